//! Turns a page report into a replica (`cargo run -p ssobridge --example replica -- REPORT.json
//! [NAME]`): a static page under `tests/replicas/<host>/report-<NAME>.html`, served under the
//! page's real host name by the end-to-end harness, and the snapshot the core would get there
//! under `tests/fixtures/snapshots/report-<NAME>.json`, for a native recogniser test. Prints the
//! address to open. An admin's report of a page ssobridge did not understand becomes a test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use ssobridge::report::{self, PageReport, replica};
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(input) = args.next() else {
        eprintln!("usage: cargo run -p ssobridge --example replica -- REPORT.json [NAME]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&input).unwrap_or_else(|err| {
        eprintln!("error: {input}: {err}");
        std::process::exit(1);
    });
    let parsed: PageReport = serde_json::from_str(&text).unwrap_or_else(|err| {
        eprintln!("error: {input} is not a page report: {err}");
        std::process::exit(1);
    });
    if parsed.format != report::FORMAT {
        eprintln!(
            "error: {input} is a page report of format {}, this tool reads {}",
            parsed.format,
            report::FORMAT
        );
        std::process::exit(1);
    }
    let name = args.next().unwrap_or_else(|| {
        PathBuf::from(&input)
            .file_stem()
            .map_or("page".into(), |s| s.to_string_lossy().into_owned())
    });
    let name: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let snapshot = replica::snapshot(&parsed);
    let url = url::parse(&snapshot.url);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let page = root
        .join("tests/replicas")
        .join(&url.host)
        .join(format!("report-{name}.html"));
    std::fs::create_dir_all(page.parent().expect("a folder")).expect("created");
    std::fs::write(&page, replica::page(&parsed)).expect("written");
    let recorded = root.join(format!("tests/fixtures/snapshots/report-{name}.json"));
    std::fs::write(
        &recorded,
        serde_json::to_string_pretty(&snapshot).expect("serialises") + "\n",
    )
    .expect("written");
    println!("{}", page.display());
    println!("{}", recorded.display());
    println!("https://{}/report-{name}.html{}", url.host, url.fragment);
}

/// The host and the fragment (the portal's deep link) of the replica's address.
mod url {
    pub struct Parts {
        pub host: String,
        pub fragment: String,
    }

    pub fn parse(url: &str) -> Parts {
        let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
        let host = rest.split(['/', '?', '#']).next().unwrap_or("").to_owned();
        let fragment = url
            .find('#')
            .map_or(String::new(), |at| url[at..].to_owned());
        Parts { host, fragment }
    }
}
