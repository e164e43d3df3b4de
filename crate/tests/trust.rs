//! What the capture may trust (SPEC 4.2, 4.3, 7): only the identity provider's own sections,
//! one tenant and one app per page, the Active certificate row, and metadata entities read one
//! by one. Pages are the recorded replica snapshots with hostile or rolled-over content planted
//! where the real portal puts it: Basic SAML Configuration and claims above the certificates.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;
use common::*;
use ssobridge::azure::{capture, read};
use ssobridge::i18n::Lang;
use ssobridge::inspect;
use ssobridge::settings::Fetched;
use ssobridge::snapshot::{Element, PageSnapshot};
use ssobridge::status::State;

const NOW: &str = "2026-11-23T00:00:00Z";
const OURS: &str = "81c1df79-e153-4f9d-a101-8dcf04af6c2c";
const OTHER: &str = "0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
const OTHER_APP: &str = "11111111-2222-4333-8444-555555555555";

fn snapshot(name: &str) -> PageSnapshot {
    serde_json::from_slice(&fixture(&format!("snapshots/{name}.json"))).unwrap()
}

fn text(tag: &str, value: &str) -> Element {
    Element {
        tag: tag.into(),
        value: value.into(),
        visible: true,
        editable: true,
        ..Element::default()
    }
}

/// Replaces the text of the `nth` element (1-based key) of a recorded snapshot.
fn set(snapshot: &mut PageSnapshot, key: u32, value: &str) {
    let element = snapshot.elements.iter_mut().find(|e| e.key == key).unwrap();
    assert!(!element.is_text_input(), "only shown text is planted");
    element.value = value.into();
}

/// Inserts elements before the element with `key`, renumbering keys.
fn insert_before(snapshot: &mut PageSnapshot, key: u32, mut elements: Vec<Element>) {
    let at = snapshot.elements.iter().position(|e| e.key == key).unwrap();
    let tail = snapshot.elements.split_off(at);
    snapshot.elements.append(&mut elements);
    snapshot.elements.extend(tail);
    for (index, element) in snapshot.elements.iter_mut().enumerate() {
        element.key = index as u32 + 1;
    }
}

fn other_metadata_url() -> String {
    format!(
        "https://login.microsoftonline.com/{OTHER}/federationmetadata/2007-06/federationmetadata.xml?appid={OTHER_APP}"
    )
}

/// The Entra page with another tenant's values in every field an app owner can type: Sign on
/// URL, Relay State and Logout Url of Basic SAML Configuration, and a constant claim value.
fn planted_entra() -> PageSnapshot {
    let mut page = snapshot("azure-entra-en");
    set(
        &mut page,
        14,
        &format!("https://login.microsoftonline.com/{OTHER}/saml2"),
    );
    set(&mut page, 16, &other_metadata_url());
    set(
        &mut page,
        18,
        &format!("https://login.microsoftonline.com/{OTHER}/saml2"),
    );
    set(&mut page, 23, &format!("https://sts.windows.net/{OTHER}/"));
    page
}

#[test]
fn values_an_app_owner_typed_are_never_read_on_the_entra_page() {
    let values = read::read(&planted_entra()).unwrap();
    assert_eq!(values.tenant_id.as_deref(), Some(OURS));
    assert_eq!(
        values.entity_id,
        Some(format!("https://sts.windows.net/{OURS}/"))
    );
    assert_eq!(
        values.sign_in_url,
        Some(format!("https://login.microsoftonline.com/{OURS}/saml2"))
    );
    assert!(values.metadata_url.unwrap().contains(OURS));
}

#[test]
fn the_planted_page_captures_this_tenant_and_checks_out_against_its_metadata() {
    let values = read::read(&planted_entra()).unwrap();
    let body = fixture("metadata/ggtristams-samlsso_federationmetadata.xml");
    let captured = capture::finish(&values, Some(&Fetched::Ok { body }), at(NOW));
    assert_eq!(captured.status.state, State::Done, "{:?}", captured.status);
    let settings = captured.settings.unwrap();
    assert_eq!(
        settings.entity_id,
        Some(format!("https://sts.windows.net/{OURS}/"))
    );
}

#[test]
fn values_an_app_owner_typed_are_never_read_in_dutch_and_swedish() {
    for name in ["azure-2019-nl", "azure-2019-sv"] {
        let mut page = snapshot(name);
        set(&mut page, 16, &other_metadata_url());
        set(
            &mut page,
            14,
            &format!("https://login.microsoftonline.com/{OTHER}/saml2"),
        );
        set(&mut page, 23, &format!("https://sts.windows.net/{OTHER}/"));
        let values = read::read(&page).unwrap();
        assert_eq!(values.tenant_id.as_deref(), Some(TENANT), "{name}");
        assert!(!values.metadata_url.unwrap().contains(OTHER), "{name}");
    }
}

#[test]
fn the_2017_domain_and_urls_section_is_never_read() {
    let mut page = snapshot("azure-2017-quickref");
    set(
        &mut page,
        7,
        &format!("Relay State: {}", other_metadata_url()),
    );
    let values = read::read(&page).unwrap();
    assert_eq!(
        values.tenant_id.as_deref(),
        Some("cedda796-3a82-499e-a9ea-c8f5030750bf")
    );
    assert!(
        values.metadata_url_built,
        "built from the tenant and the deep link's app"
    );
}

#[test]
fn the_2016_app_settings_step_is_never_read() {
    let mut page = snapshot("azure-2016-classic");
    insert_before(
        &mut page,
        4,
        vec![
            text("h2", "Configure App Settings"),
            text("span", "Sign On URL"),
            text(
                "div",
                &format!("https://login.microsoftonline.com/{OTHER}/saml2"),
            ),
            text("span", "Identifier"),
            text("div", &format!("https://sts.windows.net/{OTHER}/")),
        ],
    );
    let values = read::read(&page).unwrap();
    assert_eq!(
        values.tenant_id.as_deref(),
        Some("4afbc689-805b-48cf-a24c-d4aa3248a248")
    );
}

#[test]
fn editable_text_boxes_are_never_read_even_in_an_unknown_section() {
    let mut page = snapshot("azure-entra-en");
    let mut typed = text("input", &format!("https://sts.windows.net/{OTHER}/"));
    typed.input_type = "text".into();
    insert_before(&mut page, 50, vec![typed]);
    let values = read::read(&page).unwrap();
    assert_eq!(values.tenant_id.as_deref(), Some(OURS));
}

#[test]
fn two_tenants_in_the_identity_provider_sections_are_an_error_naming_both() {
    let mut page = snapshot("azure-entra-en");
    // A second "Set up" section, as a page mixing two apps would show it.
    insert_before(
        &mut page,
        62,
        vec![
            text("h3", "Set up Contoso Portal"),
            text("div", "Login URL"),
            text(
                "div",
                &format!("https://login.microsoftonline.com/{OTHER}/saml2"),
            ),
        ],
    );
    let err = read::read(&page).unwrap_err();
    assert_eq!(err.code(), "two-tenants");
    let text = err.render(Lang::Nl);
    assert!(text.contains(OURS) && text.contains(OTHER), "{text}");
    // The capture stops there: nothing to fetch, nothing stored.
    let step = capture::step(&page, &Default::default());
    assert!(!step.finish);
    assert_eq!(step.status.code, "two-tenants");
}

#[test]
fn two_metadata_urls_are_an_error() {
    let mut page = snapshot("azure-entra-en");
    let second = format!(
        "https://login.microsoftonline.com/{OURS}/federationmetadata/2007-06/federationmetadata.xml?appid={OTHER_APP}"
    );
    insert_before(&mut page, 43, vec![text("div", &second)]);
    let err = read::read(&page).unwrap_err();
    assert_eq!(err.code(), "two-metadata-urls");
    assert!(err.to_string().contains(OTHER_APP));
}

#[test]
fn a_metadata_url_of_another_app_than_the_deep_link_is_an_error() {
    let mut page = snapshot("azure-entra-en");
    page.url = page
        .url
        .replace("2f6c1a3e-8d4b-4b7e-9a51-6c0d3e7b9f21", OTHER_APP);
    let err = read::read(&page).unwrap_err();
    assert_eq!(err.code(), "app-mismatch");
    assert!(err.to_string().contains(OTHER_APP));
}

/// A certificate list as the portal's grid shows it after a rollover: the expired certificate's
/// row first, marked Inactive in the page's language, then the Active one.
fn rollover_grid(status_words: (&str, &str), with_rows: bool) -> PageSnapshot {
    let mut page = snapshot("azure-entra-en");
    let row = |n: u32, cells: Vec<Element>| -> Vec<Element> {
        cells
            .into_iter()
            .map(|mut e| {
                e.row = if with_rows { n } else { 0 };
                e
            })
            .collect()
    };
    let mut grid = vec![
        text("div", "Thumbprint"),
        text("div", "Status"),
        text("div", "Expiration"),
    ];
    grid.extend(row(
        1,
        vec![
            text("div", "9B6A4331329E0D853B20BD364CD7131D3652942F"),
            text("div", status_words.1),
            text("div", "9/28/2025, 9:17:32 AM"),
        ],
    ));
    grid.extend(row(
        2,
        vec![
            text("div", "815D70419E644F95BE30F309616EBDA58C5B591B"),
            text("div", status_words.0),
            text("div", "5/7/2027, 4:44:56 PM"),
        ],
    ));
    // Replace the card (Status … Expiration) with the grid.
    page.elements.retain(|e| !(32..=37).contains(&e.key));
    insert_before(&mut page, 38, grid);
    page
}

#[test]
fn rollover_prefers_the_certificate_the_portal_marks_active_in_every_language() {
    for words in [
        ("Active", "Inactive"),
        ("Actief", "Inactief"),
        ("Aktiv", "Inaktiv"),
        ("Aktiv", "Inaktiv"),
    ] {
        for with_rows in [true, false] {
            let page = rollover_grid(words, with_rows);
            let values = read::read(&page).unwrap();
            assert_eq!(
                values.thumbprint_sha1.as_deref(),
                Some("815D70419E644F95BE30F309616EBDA58C5B591B"),
                "{words:?} rows={with_rows}"
            );
        }
    }
}

#[test]
fn the_active_row_decides_the_certificate_filled_after_a_rollover() {
    let values = read::read(&rollover_grid(("Active", "Inactive"), true)).unwrap();
    let body = fixture("metadata/ggtristams-samlsso_federationmetadata.xml");
    let captured = capture::finish(&values, Some(&Fetched::Ok { body }), at(NOW));
    assert_eq!(captured.status.state, State::Done);
    let settings = captured.settings.unwrap();
    assert_eq!(
        settings.certificate.unwrap().details.thumbprint_sha1,
        "815D70419E644F95BE30F309616EBDA58C5B591B"
    );
}

#[test]
fn a_grid_with_only_an_inactive_row_does_not_name_an_active_thumbprint() {
    let mut page = rollover_grid(("Active", "Inactive"), true);
    page.elements
        .retain(|e| e.value != "815D70419E644F95BE30F309616EBDA58C5B591B");
    let values = read::read(&page).unwrap();
    assert_eq!(values.thumbprint_sha1, None);
}

// ---- Metadata documents with several entities -------------------------------------------

fn entity(tenant: &str, idp: bool, certificate: &str) -> String {
    let descriptor = if idp {
        format!(
            r#"<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
      {}
      <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/{tenant}/saml2" />
    </md:IDPSSODescriptor>"#,
            key("signing", certificate)
        )
    } else {
        r#"<md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example/acs" index="0"/></md:SPSSODescriptor>"#.to_owned()
    };
    format!(
        r#"<md:EntityDescriptor entityID="https://sts.windows.net/{tenant}/">{descriptor}</md:EntityDescriptor>"#
    )
}

fn entities(parts: &[String]) -> Vec<u8> {
    format!(
        r#"<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">{}</md:EntitiesDescriptor>"#,
        parts.join("")
    )
    .into_bytes()
}

#[test]
fn each_entity_is_read_on_its_own_and_values_never_mix() {
    let cert = base64_of("certs/dooooling-saml-azure_Saml.cer");
    let doc = entities(&[entity(OTHER, false, &cert), entity(OURS, true, &cert)]);
    let result = inspect::inspect(&doc, None, at("2021-01-01T00:00:00Z")).unwrap();
    assert_eq!(
        result.entity_id,
        Some(format!("https://sts.windows.net/{OURS}/"))
    );
    assert_eq!(
        result.sign_in_url,
        Some(format!("https://login.microsoftonline.com/{OURS}/saml2"))
    );
}

#[test]
fn with_several_identity_providers_the_apps_tenant_is_chosen_or_nothing() {
    let cert = base64_of("certs/dooooling-saml-azure_Saml.cer");
    let doc = entities(&[entity(OTHER, true, &cert), entity(OURS, true, &cert)]);
    let err = inspect::inspect(&doc, None, at("2021-01-01T00:00:00Z")).unwrap_err();
    assert_eq!(err.code(), "several-idp-entities");
    assert!(err.to_string().contains(OTHER) && err.to_string().contains(OURS));
    let chosen = inspect::parse_for_tenant(&doc, Some(OURS))
        .unwrap()
        .inspect(None, at("2021-01-01T00:00:00Z"))
        .unwrap();
    assert_eq!(
        chosen.entity_id,
        Some(format!("https://sts.windows.net/{OURS}/"))
    );
}

#[test]
fn metadata_without_a_sign_in_service_has_its_own_error() {
    let cert = base64_of("certs/dooooling-saml-azure_Saml.cer");
    let doc = format!(
        r#"<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.windows.net/{OURS}/"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">{}</md:IDPSSODescriptor></md:EntityDescriptor>"#,
        key("signing", &cert)
    );
    let err = inspect::inspect(doc.as_bytes(), None, at(NOW)).unwrap_err();
    assert_eq!(err.code(), "no-sign-in-service");
    assert!(err.to_string().contains("SingleSignOnService"), "{err}");
}

/// Found by the request fuzzer (crate/fuzz/regressions/request-progress-round-overflow.json): a
/// content script's progress is input too, and a round counter at its maximum panicked.
#[test]
fn a_progress_counter_at_its_maximum_ends_the_step_instead_of_overflowing() {
    // A later round carries the round token its click earned (admission checks it first).
    let mut request: serde_json::Value = serde_json::from_slice(&fixture_regression()).unwrap();
    request["token"] = "round-token-of-the-click".into();
    let request: ssobridge::messages::Request = serde_json::from_value(request).unwrap();
    let stored = serde_json::json!({"rounds": [{"token": "round-token-of-the-click", "tabId": 1,
        "frameId": 0, "action": "fill-sp", "until": at(NOW) + 60}]});
    let context = ssobridge::messages::Context {
        extension_id: "x".into(),
        extension_base: "chrome-extension://x/".into(),
        lang: Lang::En,
        now: at(NOW),
        fresh_token: "0123456789abcdef0123".into(),
        policy: Some(Default::default()),
    };
    let sender: ssobridge::messages::Sender = serde_json::from_str(
        r#"{"id":"x","url":"https://portal.azure.com/","origin":"https://portal.azure.com","tabId":1,"frameId":0}"#,
    )
    .unwrap();
    // A later round (progress set) is admitted without click facts: the path that panicked.
    let effect =
        ssobridge::messages::handle(request, &sender, &stored.to_string(), &context).unwrap();
    assert!(effect.reply.is_some());
    let capture = ssobridge::fill::Progress {
        round: u32::MAX,
        ..Default::default()
    };
    let step = capture::step(&snapshot("azure-entra-home"), &capture);
    assert_eq!(step.progress.round, u32::MAX);
    let fill = ssobridge::azure::sp::plan(
        &snapshot("azure-entra-home"),
        Default::default(),
        false,
        &capture,
    );
    assert_eq!(fill.status.state, State::Error);
}

fn fixture_regression() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fuzz/regressions/request-progress-round-overflow.json"
    ))
    .unwrap()
}
