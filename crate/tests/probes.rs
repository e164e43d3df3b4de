//! Each side's probe ships as data in its content script (`extension/probe/`), generated from
//! the core, and the manifest loads each side's probe on exactly that side's hosts. Regenerate
//! with `cargo run -p ssobridge --example probes`. Native only: it reads the files.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use ssobridge::hosts::{Site, site_of};
use ssobridge::page::{markers, probe_script};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn probes_are_generated_from_the_core() {
    for site in Site::ALL {
        let path = root().join(format!("extension/probe/{}.js", site.name()));
        let shipped = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            shipped == probe_script(site),
            "{} differs from the core: run `cargo run -p ssobridge --example probes`",
            path.display()
        );
    }
}

#[test]
fn the_manifest_loads_each_sides_probe_on_that_sides_hosts_only() {
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("manifest.json")).unwrap())
            .unwrap();
    let entries = manifest["content_scripts"].as_array().unwrap();
    let mut seen = Vec::new();
    for entry in entries {
        let scripts: Vec<&str> = entry["js"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        let probes: Vec<Site> = Site::ALL
            .into_iter()
            .filter(|site| scripts.contains(&format!("probe/{}.js", site.name()).as_str()))
            .collect();
        assert_eq!(probes.len(), 1, "one probe per entry, first: {scripts:?}");
        assert!(
            scripts[0].starts_with("probe/"),
            "the probe loads first: {scripts:?}"
        );
        for pattern in entry["matches"].as_array().unwrap() {
            // A match pattern's host, with a wildcard subdomain made concrete.
            let url = pattern.as_str().unwrap().replace("://*.", "://blade.");
            assert_eq!(
                site_of(&url),
                Some(probes[0]),
                "{pattern} loads the {} probe",
                probes[0].name()
            );
        }
        seen.push(probes[0]);
    }
    seen.sort_by_key(|site| site.name());
    assert_eq!(seen, vec![Site::Azure, Site::Goto]);
}

/// A probe's pattern as the content script uses it (on lowered text) and as the focused snapshot
/// does (case-insensitive); JavaScript and the regex crate read this syntax alike.
fn compiled(site: Site) -> regex::Regex {
    regex::Regex::new(&format!("(?i){}", ssobridge::page::probe(site).pattern)).unwrap()
}

#[test]
fn the_pattern_finds_every_marker_in_any_case_and_its_characters_literally() {
    for site in Site::ALL {
        let pattern = compiled(site);
        for marker in markers(site) {
            assert!(pattern.is_match(&format!("… {marker} …")), "{marker}");
            assert!(pattern.is_match(&marker.to_uppercase()), "{marker}");
        }
    }
    let azure = compiled(Site::Azure);
    // Host names are markers; their dots must not match any character.
    assert!(!azure.is_match("loginXmicrosoftonlineXcom"));
    assert!(!azure.is_match("Home · Enterprise applications · Overview"));
}

#[test]
fn the_collectors_fallback_cut_offs_are_the_cores() {
    let collector = std::fs::read_to_string(root().join("extension/snapshot.js")).unwrap();
    let start = collector
        .find("const FALLBACK_LIMITS = ")
        .expect("snapshot.js names its fallback FALLBACK_LIMITS")
        + "const FALLBACK_LIMITS = ".len();
    let end = start + collector[start..].find(';').unwrap();
    let fallback: ssobridge::page::Limits = serde_json::from_str(&collector[start..end]).unwrap();
    assert_eq!(fallback, ssobridge::page::LIMITS);
    for site in Site::ALL {
        assert_eq!(ssobridge::page::probe(site).limits, ssobridge::page::LIMITS);
    }
}

/// content.js marks its panel before the collector may be loaded (on the portal it comes
/// later); the collector must skip the panel by the same attribute.
#[test]
fn the_panel_and_the_collector_name_ssobridges_own_nodes_alike() {
    let named = |file: &str| {
        let source = std::fs::read_to_string(root().join(file)).unwrap();
        let start = source.find("const UI_ATTR = '").expect("UI_ATTR") + "const UI_ATTR = '".len();
        source[start..start + source[start..].find('\'').unwrap()].to_owned()
    };
    assert_eq!(
        named("extension/content.js"),
        named("extension/snapshot.js")
    );
    assert_eq!(named("extension/content.js"), "data-ssobridge-ui");
}

#[test]
fn a_focused_snapshot_centres_on_the_pages_words_not_on_sign_in_hosts_a_log_repeats() {
    let anchors = regex::Regex::new(&format!(
        "(?i){}",
        ssobridge::page::probe(Site::Azure).anchors
    ))
    .unwrap();
    assert!(anchors.is_match("SAML Certificates"));
    assert!(anchors.is_match("Set up Single Sign-On with SAML"));
    assert!(!anchors.is_match("https://login.microsoftonline.com/contoso/oauth2"));
    assert!(!anchors.is_match("https://sts.windows.net/contoso/"));
    for marker in ssobridge::page::anchor_markers(Site::Azure) {
        assert!(
            markers(Site::Azure).contains(&marker),
            "{marker} is a marker too"
        );
    }
}
