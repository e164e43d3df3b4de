//! Writes each side's probe (`extension/probe/<side>.js`: what a content script watches for
//! before it sends anything) from the core (`cargo run -p ssobridge --example probes`). A native
//! test fails when they differ.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use ssobridge::hosts::Site;
use ssobridge::page::probe_script;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../extension/probe");
    std::fs::create_dir_all(&root).expect("created");
    for site in Site::ALL {
        let path = root.join(format!("{}.js", site.name()));
        std::fs::write(&path, probe_script(site)).expect("written");
        println!("{}", path.display());
    }
}
