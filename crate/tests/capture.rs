//! The capture's second half: the metadata is the truth, disagreements are reported, and a
//! failed fetch keeps what the page showed and says what happened.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;
use common::*;
use ssobridge::azure::capture;
use ssobridge::settings::{Fetched, MetadataState, PageValues};
use ssobridge::status::State;

const TENANT: &str = "81c1df79-e153-4f9d-a101-8dcf04af6c2c";

fn page() -> PageValues {
    PageValues {
        sign_in_url: Some(format!("https://login.microsoftonline.com/{TENANT}/saml2")),
        sign_out_url: Some(format!("https://login.microsoftonline.com/{TENANT}/saml2")),
        entity_id: Some(format!("https://sts.windows.net/{TENANT}/")),
        metadata_url: Some(format!(
            "https://login.microsoftonline.com/{TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=2f6c1a3e-8d4b-4b7e-9a51-6c0d3e7b9f21"
        )),
        thumbprint_sha1: Some("815D70419E644F95BE30F309616EBDA58C5B591B".into()),
        ..PageValues::default()
    }
}

fn rollover() -> Fetched {
    Fetched::Ok {
        body: fixture("metadata/ggtristams-samlsso_federationmetadata.xml"),
    }
}

#[test]
fn agreeing_page_and_metadata_capture_cleanly() {
    let captured = capture::finish(&page(), Some(&rollover()), at("2026-11-23T00:00:00Z"));
    assert_eq!(captured.status.state, State::Done);
    assert!(captured.settings.differences.is_empty());
    assert_eq!(captured.settings.metadata_state, MetadataState::Fetched);
}

#[test]
fn a_page_thumbprint_missing_from_the_metadata_and_another_entity_id_are_reported() {
    let mut shown = page();
    shown.thumbprint_sha1 = Some("0000000000000000000000000000000000000000".into());
    shown.entity_id = Some("https://sts.windows.net/00000000-0000-4000-8000-000000000000/".into());
    let captured = capture::finish(&shown, Some(&rollover()), at("2026-11-23T00:00:00Z"));
    let fields: Vec<&str> = captured
        .settings
        .differences
        .iter()
        .map(|d| d.field.as_str())
        .collect();
    assert_eq!(fields, ["entityId", "thumbprintSha1"]);
    assert_eq!(captured.status.code, "captured-with-differences");
    assert!(
        captured
            .status
            .text
            .contains("0000000000000000000000000000000000000000")
    );
    // The metadata wins.
    assert_eq!(
        captured.settings.entity_id,
        Some(format!("https://sts.windows.net/{TENANT}/"))
    );
}

#[test]
fn fetch_failures_keep_the_page_values_and_say_what_happened() {
    let cases = [
        (
            Fetched::Failed {
                detail: "HTTP 404".into(),
            },
            "could not be fetched (HTTP 404)",
            MetadataState::Failed,
        ),
        (
            Fetched::Failed {
                detail: "network error: Failed to fetch".into(),
            },
            "could not be fetched (network error",
            MetadataState::Failed,
        ),
        (
            Fetched::Ok {
                body: b"<html><body>Sign in to your account</body></html>".to_vec(),
            },
            "not SAML metadata",
            MetadataState::Unreadable,
        ),
        (
            Fetched::Ok {
                body: b"{\"error\":\"invalid_request\"}".to_vec(),
            },
            "neither a certificate",
            MetadataState::Unreadable,
        ),
    ];
    for (fetched, says, state) in cases {
        let captured = capture::finish(&page(), Some(&fetched), at("2026-11-23T00:00:00Z"));
        assert_eq!(captured.status.state, State::Error, "{says}");
        assert_eq!(captured.settings.metadata_state, state);
        assert!(
            captured.status.text.contains(says),
            "{}",
            captured.status.text
        );
        assert_eq!(
            captured.settings.entity_id,
            page().entity_id,
            "page values kept"
        );
        assert_eq!(captured.settings.thumbprint_sha1, page().thumbprint_sha1);
        assert!(captured.settings.certificate.is_none());
    }
}

fn recorded(name: &str) -> ssobridge::snapshot::PageSnapshot {
    serde_json::from_slice(&fixture(&format!("snapshots/{name}.json"))).unwrap()
}

#[test]
fn the_first_half_waits_for_late_values_then_gives_up_with_a_clear_error() {
    use ssobridge::snapshot::Then;
    let home = recorded("azure-entra-home");
    let mut progress = ssobridge::fill::Progress::default();
    for _ in 1..capture::MAX_ROUNDS {
        let step = capture::step(&home, &progress);
        assert_eq!((step.then, step.finish), (Then::Resnapshot, false));
        progress = step.progress;
    }
    let last = capture::step(&home, &progress);
    assert_eq!((last.then, last.finish), (Then::Done, false));
    assert_eq!(last.status.code, "nothing-found");
}

#[test]
fn the_first_half_hands_the_shown_metadata_url_to_the_worker() {
    let step = capture::step(&recorded("azure-entra-en"), &Default::default());
    assert!(step.finish);
    assert_eq!(step.fetch, page().metadata_url);
    assert_eq!(step.values.thumbprint_sha1, page().thumbprint_sha1);
}
