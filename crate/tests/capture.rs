//! The capture's second half: the metadata is the truth, any disagreement or dead certificate is
//! an error that stores nothing, and a failed fetch keeps what the page showed and says what
//! happened.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;
use common::*;
use ssobridge::azure::capture;
use ssobridge::i18n::Lang;
use ssobridge::settings::{Fetched, MetadataState, PageValues};
use ssobridge::status::State;

const TENANT: &str = "81c1df79-e153-4f9d-a101-8dcf04af6c2c";
const NOW: &str = "2026-11-23T00:00:00Z";

fn page() -> PageValues {
    PageValues {
        sign_in_url: Some(format!("https://login.microsoftonline.com/{TENANT}/saml2")),
        sign_out_url: Some(format!("https://login.microsoftonline.com/{TENANT}/saml2")),
        entity_id: Some(format!("https://sts.windows.net/{TENANT}/")),
        metadata_url: Some(format!(
            "https://login.microsoftonline.com/{TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=2f6c1a3e-8d4b-4b7e-9a51-6c0d3e7b9f21"
        )),
        thumbprint_sha1: Some("815D70419E644F95BE30F309616EBDA58C5B591B".into()),
        tenant_id: Some(TENANT.into()),
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
    let captured = capture::finish(&page(), Some(&rollover()), at(NOW));
    assert_eq!(captured.status.state, State::Done);
    let settings = captured.settings.unwrap();
    assert!(settings.complete);
    assert_eq!(settings.metadata_state, MetadataState::Fetched);
    assert_eq!(
        settings.thumbprint_sha1.as_deref(),
        Some("815D70419E644F95BE30F309616EBDA58C5B591B")
    );
}

#[test]
fn a_disagreeing_page_is_an_error_that_names_each_difference_and_stores_nothing() {
    let mut shown = page();
    shown.thumbprint_sha1 = Some("0000000000000000000000000000000000000000".into());
    shown.entity_id = Some("https://sts.windows.net/00000000-0000-4000-8000-000000000000/".into());
    let captured = capture::finish(&shown, Some(&rollover()), at(NOW));
    assert_eq!(captured.status.state, State::Error);
    assert_eq!(captured.status.code, "page-disagrees");
    assert!(captured.settings.is_none(), "nothing stored");
    for lang in Lang::ALL {
        let text = captured.status.clone().rendered(lang).text;
        assert!(
            text.contains("0000000000000000000000000000000000000000"),
            "{text}"
        );
        assert!(
            text.contains("https://sts.windows.net/00000000-0000-4000-8000-000000000000/"),
            "{text}"
        );
        assert!(
            text.contains(&format!("https://sts.windows.net/{TENANT}/")),
            "{text}"
        );
    }
    let english = captured.status.rendered(Lang::En).text;
    assert!(english.contains("Entity ID: the page shows"), "{english}");
    assert!(
        english.contains("Thumbprint (SHA-1): the page shows"),
        "{english}"
    );
}

#[test]
fn metadata_of_another_tenant_than_the_shown_metadata_url_is_refused() {
    // Only the metadata URL was on the page; the document it returned names another tenant.
    let shown = PageValues {
        metadata_url: page().metadata_url,
        tenant_id: Some(TENANT.into()),
        ..PageValues::default()
    };
    let other = Fetched::Ok {
        body: fixture("metadata/coveooss-saml-client_azure.xml"),
    };
    let captured = capture::finish(&shown, Some(&other), at("2020-06-01T00:00:00Z"));
    assert_eq!(captured.status.code, "page-disagrees");
    assert!(captured.settings.is_none());
}

#[test]
fn an_expired_active_certificate_is_an_error_with_the_date_and_what_to_do() {
    let captured = capture::finish(&page(), Some(&rollover()), at("2027-06-01T00:00:00Z"));
    assert_eq!(captured.status.state, State::Error);
    assert_eq!(captured.status.code, "certificate-expired");
    assert!(
        captured.settings.is_none(),
        "a dead certificate is never stored"
    );
    let english = captured.status.clone().rendered(Lang::En).text;
    assert!(
        english.contains("expired on 2027-05-07T16:44:56Z"),
        "{english}"
    );
    assert!(english.contains("create a new certificate"), "{english}");
    let dutch = captured.status.rendered(Lang::Nl).text;
    assert!(
        dutch.contains("verlopen op 2027-05-07T16:44:56Z"),
        "{dutch}"
    );
}

#[test]
fn a_not_yet_valid_active_certificate_is_an_error() {
    let captured = capture::finish(&page(), Some(&rollover()), at("2024-01-01T00:00:00Z"));
    assert_eq!(captured.status.code, "certificate-not-yet-valid");
    assert!(captured.settings.is_none());
    assert!(
        captured
            .status
            .rendered(Lang::Sv)
            .text
            .contains("2024-05-07T16:45:24Z")
    );
}

#[test]
fn an_expiring_certificate_is_done_with_the_warning_in_every_language() {
    let captured = capture::finish(&page(), Some(&rollover()), at("2027-04-01T00:00:00Z"));
    assert_eq!(captured.status.state, State::Done);
    assert!(captured.settings.is_some());
    let codes: Vec<&str> = captured
        .status
        .notes
        .iter()
        .map(|n| n.key.as_str())
        .collect();
    assert!(codes.contains(&"certificate-expiring"), "{codes:?}");
    for (lang, word) in [
        (Lang::En, "expires on 2027-05-07T16:44:56Z"),
        (Lang::Nl, "verloopt op 2027-05-07T16:44:56Z"),
        (Lang::Sv, "upphör 2027-05-07T16:44:56Z"),
        (Lang::De, "läuft am 2027-05-07T16:44:56Z ab"),
    ] {
        let text = captured.status.clone().rendered(lang).text;
        assert!(text.contains(word), "{lang:?}: {text}");
        assert!(
            text.contains("815D70419E644F95BE30F309616EBDA58C5B591B"),
            "{text}"
        );
    }
}

#[test]
fn fetch_failures_keep_the_page_values_and_say_what_happened() {
    let cases = [
        (
            Fetched::Failed {
                problem: ssobridge::Error::FetchHttpStatus { status: 404 }.message(),
            },
            "could not be fetched: The server answered HTTP 404",
            MetadataState::Failed,
        ),
        (
            Fetched::Failed {
                problem: ssobridge::Error::FetchNetwork.message(),
            },
            "could not be fetched: The request failed",
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
        let captured = capture::finish(&page(), Some(&fetched), at(NOW));
        assert_eq!(captured.status.state, State::Error, "{says}");
        let text = captured.status.clone().rendered(Lang::En).text;
        assert!(text.contains(says), "{text}");
        let settings = captured.settings.unwrap();
        assert_eq!(settings.metadata_state, state);
        assert_eq!(settings.entity_id, page().entity_id, "page values kept");
        assert_eq!(settings.thumbprint_sha1, page().thumbprint_sha1);
        assert!(settings.certificate.is_none());
        assert!(!settings.complete, "nothing checked, nothing to fill from");
    }
}

#[test]
fn a_certificate_file_completes_a_failed_capture_only_when_it_is_the_active_one() {
    let failed = capture::finish(
        &page(),
        Some(&Fetched::Failed {
            problem: ssobridge::Error::FetchHttpStatus { status: 404 }.message(),
        }),
        at(NOW),
    )
    .settings
    .unwrap();
    // The expired certificate of the same rollover is not the one the portal shows as active.
    let old = fixture("metadata/ggtristams-samlsso_federationmetadata.xml");
    let old_cert = ssobridge::inspect::inspect(&old, None, at(NOW)).unwrap();
    let old_pem = old_cert
        .certificates
        .iter()
        .find(|c| c.details.thumbprint_sha1.starts_with("9B6A"))
        .unwrap()
        .details
        .pem
        .clone();
    let err = failed.with_file(old_pem.as_bytes(), at(NOW)).unwrap_err();
    assert_eq!(err.code(), "certificate-not-active");
    let active_pem = old_cert
        .certificates
        .iter()
        .find(|c| c.details.thumbprint_sha1.starts_with("815D"))
        .unwrap()
        .details
        .pem
        .clone();
    let completed = failed.with_file(active_pem.as_bytes(), at(NOW)).unwrap();
    assert!(completed.complete);
    assert_eq!(
        completed.thumbprint_sha1.as_deref(),
        Some("815D70419E644F95BE30F309616EBDA58C5B591B")
    );
}

#[test]
fn an_expired_certificate_file_changes_nothing() {
    let before = ssobridge::settings::Settings::default();
    let err = before
        .with_file(&fixture("certs/dooooling-saml-azure_Saml.cer"), at(NOW))
        .unwrap_err();
    assert_eq!(err.code(), "certificate-expired");
    assert!(err.to_string().contains("2023-12-02T07:47:23Z"));
}

#[test]
fn fills_refuse_settings_from_a_capture_that_did_not_succeed() {
    let failed = capture::finish(
        &page(),
        Some(&Fetched::Failed {
            problem: ssobridge::Error::FetchHttpStatus { status: 404 }.message(),
        }),
        at(NOW),
    )
    .settings
    .unwrap();
    assert_eq!(
        failed.check_fillable(at(NOW)).unwrap_err().code(),
        "capture-incomplete"
    );
    let good = capture::finish(&page(), Some(&rollover()), at(NOW))
        .settings
        .unwrap();
    assert!(good.check_fillable(at(NOW)).is_ok());
    // A capture stored while valid is checked again at fill time.
    assert_eq!(
        good.check_fillable(at("2027-06-01T00:00:00Z"))
            .unwrap_err()
            .code(),
        "certificate-expired"
    );
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
