//! Page reports (SPEC 2.1) on every recorded replica snapshot, with personal data planted where
//! a page could show it: names, email addresses, tenant and app ids, thumbprints and certificate
//! text in values, in labels, in section names and in attributes. None of it may survive, and
//! the portal's own words must.
// Native only: replicas are made by a developer's tool, which the module does not carry.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;
use common::*;
use ssobridge::page::Button;
use ssobridge::report;
use ssobridge::snapshot::{Element, PageSnapshot};

const NOW: &str = "2026-11-23T00:00:00Z";

const SNAPSHOTS: &[&str] = &[
    "azure-2016-classic",
    "azure-2017-quickref",
    "azure-2019-nl-basic-saml-pane",
    "azure-2019-nl",
    "azure-2019-sv",
    "azure-entra-en",
    "azure-entra-home",
    "goto-citrix-automatic",
    "goto-citrix-listbox-open",
    "goto-components-automatic",
    "goto-components-conflict-manual",
    "goto-components-listbox-open",
    "goto-react-de-drift",
    "goto-react-en-automatic",
    "goto-react-en-users-tab",
];

/// What the replicas themselves hold that names a tenant, an app or a certificate.
const REPLICA_SECRETS: &[&str] = &[
    "81c1df79-e153-4f9d-a101-8dcf04af6c2c",
    "2f6c1a3e-8d4b-4b7e-9a51-6c0d3e7b9f21",
    "70186da4-868e-4177-9155-949d9fd1af15",
    "5b8f2d14-6c3a-4e9b-8f7d-2a1c0e9b3d47",
    "7d0c4e61-3f2a-4c5b-8e9d-1a2b3c4d5e6f",
    "815D70419E644F95BE30F309616EBDA58C5B591B",
    "9B6A4331329E0D853B20BD364CD7131D3652942F",
    "3059B1E91C186E4258CA2365D867BBD8ECB8C187",
    "admin@contoso.example",
    "idp.example.org",
    "MIIC8DCCAdigAwIBAgIQ",
];

/// What this test plants.
const PLANTED: &[&str] = &[
    "Jane Doe",
    "jane.doe@fabrikam.example",
    "0f3e9c2a-5b7d-4e1f-9a8b-2c4d6e8f0a1b",
    "4A1B2C3D4E5F60718293A4B5C6D7E8F901234567",
    "MIIDBTCCAe2gAwIBAgIQN0n3lSZIT4hI6bM0t0tZkjANBgkqhkiG",
    "Fabrikam Payroll",
];

fn snapshot(name: &str) -> PageSnapshot {
    serde_json::from_slice(&fixture(&format!("snapshots/{name}.json"))).unwrap()
}

fn leaf(key: u32, tag: &str, label: &str, value: &str, sections: &[&str]) -> Element {
    Element {
        key,
        tag: tag.to_owned(),
        label: label.to_owned(),
        value: value.to_owned(),
        visible: true,
        editable: true,
        sections: sections.iter().map(|s| (*s).to_owned()).collect(),
        ..Element::default()
    }
}

/// The snapshot with personal data where a page could show it. A person's name or an app's
/// display name is a plain word: it is planted where values are (a field, a text, a grid cell,
/// the text before a value); what has a shape (an email address, an id, a thumbprint,
/// certificate text) is planted everywhere, labels, headings and attributes included.
fn planted(mut shown: PageSnapshot) -> PageSnapshot {
    let next = shown.elements.iter().map(|e| e.key).max().unwrap_or(0);
    shown.elements.extend([
        // The app's owner as a text, then their address (whose "label" is the name before it).
        leaf(next + 1, "div", "", "Jane Doe", &[]),
        leaf(next + 2, "div", "Jane Doe", "jane.doe@fabrikam.example", &["Owners"]),
        // A heading and a section naming the tenant, as portals print ids.
        leaf(next + 3, "h2", "", "Tenant 0f3e9c2a-5b7d-4e1f-9a8b-2c4d6e8f0a1b (jane.doe@fabrikam.example)", &[]),
        // A grid row: the app's display name, then a thumbprint labelled by it.
        Element { row: 7, ..leaf(next + 4, "div", "Status", "Fabrikam Payroll", &["Tenant 0f3e9c2a-5b7d-4e1f-9a8b-2c4d6e8f0a1b"]) },
        Element { row: 7, ..leaf(next + 5, "div", "Fabrikam Payroll", "4A1B2C3D4E5F60718293A4B5C6D7E8F901234567", &[]) },
        // Certificate text in a text area, Base64 and a thumbprint in its label and placeholder.
        Element {
            placeholder: "jane.doe@fabrikam.example".to_owned(),
            ..leaf(next + 6, "textarea", "Certificate MIIDBTCCAe2gAwIBAgIQN0n3lSZIT4hI6bM0t0tZkjANBgkqhkiG 4A1B2C3D4E5F60718293A4B5C6D7E8F901234567", "-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIQN0n3lSZIT4hI6bM0t0tZkjANBgkqhkiG\n-----END CERTIFICATE-----\n", &[])
        },
        // A field holding a name, with ids in its attributes.
        Element {
            aria_label: "Owner (jane.doe@fabrikam.example)".to_owned(),
            name: "user-0f3e9c2a-5b7d-4e1f-9a8b-2c4d6e8f0a1b".to_owned(),
            id: "owner_4A1B2C3D4E5F60718293A4B5C6D7E8F901234567".to_owned(),
            input_type: "text".to_owned(),
            ..leaf(next + 7, "input", "Owner", "Jane Doe", &[])
        },
    ]);
    shown
}

#[test]
fn no_planted_personal_data_and_no_tenant_value_survives_in_any_report() {
    for name in SNAPSHOTS {
        let report = report::build(&planted(snapshot(name)), "Chromium 156", at(NOW));
        let json = serde_json::to_string(&report).unwrap();
        for secret in REPLICA_SECRETS.iter().chain(PLANTED) {
            for form in [secret.to_string(), secret.to_lowercase()] {
                assert!(!json.contains(&form), "{name}: {form:?} survived:\n{json}");
            }
        }
    }
}

#[test]
fn the_portals_words_survive_and_the_tenant_is_named_consistently() {
    let report = report::build(&snapshot("azure-entra-en"), "Chromium 156", at(NOW));
    let json = serde_json::to_string(&report).unwrap();
    for words in [
        "Login URL",
        "Microsoft Entra Identifier",
        "SAML Certificates",
        "Set up GoToMeeting",
    ] {
        assert!(json.contains(words), "{words} lost:\n{json}");
    }
    let login = report
        .elements
        .iter()
        .find(|e| e.label == "Login URL" && e.tag == "input")
        .unwrap();
    assert_eq!(
        login.value,
        "https://login.microsoftonline.com/<tenant-1>/saml2"
    );
    let entity = report
        .elements
        .iter()
        .find(|e| e.label == "Microsoft Entra Identifier" && e.tag == "input")
        .unwrap();
    assert_eq!(
        entity.value, "https://sts.windows.net/<tenant-1>/",
        "the same tenant, the same alias"
    );
    assert!(report.url.contains("/appId/<app-1>/"), "{}", report.url);
    assert!(json.contains("<thumbprint-1>"));
    assert_eq!(report.conclusions.buttons, [Button::Capture]);
    assert_eq!(report.conclusions.error, None);
    assert!(
        report.conclusions.missing.is_empty(),
        "{:?}",
        report.conclusions
    );
}

#[test]
fn a_page_without_the_values_says_what_was_missing() {
    let report = report::build(&snapshot("azure-entra-home"), "Firefox 153", at(NOW));
    assert!(report.conclusions.buttons.is_empty());
    assert_eq!(
        report.conclusions.missing.len(),
        6,
        "{:?}",
        report.conclusions
    );
    let goto = report::build(&snapshot("goto-react-en-users-tab"), "Firefox 153", at(NOW));
    assert!(goto.conclusions.buttons.is_empty());
    assert!(
        goto.conclusions.missing.contains(&"form-mode".to_owned()),
        "{:?}",
        goto.conclusions
    );
    let form = report::build(
        &snapshot("goto-components-automatic"),
        "Firefox 153",
        at(NOW),
    );
    assert!(
        form.conclusions
            .found
            .contains(&"field-metadata-url".to_owned())
    );
    assert!(form.shadow_roots > 0);
    assert!(form.elements.iter().any(|e| e.host == "chameleon-select"));
}

/// The core's decisions on a snapshot, every value redacted: what a replica must reproduce.
/// (Which markers the page's text showed is an observation of the original, whose free text
/// the report does not keep.)
fn decisions(shown: &PageSnapshot) -> (report::Conclusions, Vec<Element>) {
    let made = report::build(shown, "Chromium 156", at(NOW));
    let conclusions = report::Conclusions {
        markers: Vec::new(),
        ..made.conclusions
    };
    (conclusions, made.elements)
}

#[test]
fn a_replica_made_from_a_report_brings_the_core_to_the_same_decisions() {
    for name in [
        "azure-entra-en",
        "goto-components-conflict-manual",
        "goto-citrix-listbox-open",
        "azure-2019-nl-basic-saml-pane",
    ] {
        let original = snapshot(name);
        let made = report::build(&original, "Chromium 156", at(NOW));
        let replica = report::replica::snapshot(&made);
        assert_eq!(decisions(&replica), decisions(&original), "{name}");
        // The page itself holds only samples.
        let page = report::replica::page(&made);
        for secret in REPLICA_SECRETS {
            assert!(
                !page.contains(secret),
                "{name}: {secret} in the replica page"
            );
        }
        assert!(page.contains("aria-labelledby"), "{name}");
    }
}

#[test]
fn samples_carry_the_shape_and_the_alias_of_what_they_stand_for() {
    use report::replica::realize;
    let tenant = realize("https://login.microsoftonline.com/<tenant-1>/saml2");
    assert!(ssobridge::shapes::login_url(&tenant).is_ok(), "{tenant}");
    assert_eq!(realize("<tenant-1>"), realize("<tenant-1>"));
    assert_ne!(realize("<tenant-1>"), realize("<tenant-2>"));
    assert_ne!(realize("<tenant-1>"), realize("<app-1>"));
    assert_eq!(
        ssobridge::shapes::thumbprint(&realize("<thumbprint-2>")).map(|t| t.len()),
        Some(40)
    );
    assert_eq!(realize("<text:12 chars>").chars().count(), 12);
    assert_eq!(
        realize("a <b> c"),
        "a <b> c",
        "text that only looks like a shape stays"
    );
}

#[test]
fn the_browser_is_named_by_its_product_and_major_version_only() {
    use report::browser_of;
    assert_eq!(
        browser_of("Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0"),
        "Firefox 153"
    );
    assert_eq!(
        browser_of(
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.8078.73 Safari/537.36"
        ),
        "Chromium 156"
    );
    assert_eq!(
        browser_of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0"
        ),
        "Edge 140"
    );
}
