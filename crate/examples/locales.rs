//! Writes the extension's `_locales/*/messages.json` from the message table
//! (`cargo run -p ssobridge --example locales`). A native test fails when they differ.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use ssobridge::i18n::{Lang, locales_json};
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../extension/_locales");
    for lang in Lang::ALL {
        let path = root.join(lang.code()).join("messages.json");
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("created");
        std::fs::write(&path, locales_json(lang)).expect("written");
        println!("{}", path.display());
    }
}
