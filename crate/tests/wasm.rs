//! The wasm surface in headless Chromium: what JavaScript passes in and gets back, errors as JS
//! `Error`s with `name` and `variant`. Runs with `make test-wasm`.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use js_sys::{Array, Object, Reflect};
use ssobridge::wasm;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ROLLOVER: &[u8] =
    include_bytes!("../../tests/fixtures/metadata/ggtristams-samlsso_federationmetadata.xml");
const DER: &[u8] =
    include_bytes!("../../tests/fixtures/certs/derived/coveooss_azure_xml_signing_cert.der.cer");

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.')
        .fold(value.clone(), |v, key| match key.parse::<u32>() {
            Ok(index) => Array::from(&v).get(index),
            Err(_) => Reflect::get(&v, &key.into()).unwrap(),
        })
}

fn text(value: &JsValue, path: &str) -> String {
    get(value, path).as_string().unwrap_or_default()
}

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

#[wasm_bindgen_test]
fn inspect_returns_camel_case_objects_with_the_chosen_certificate() {
    let result = wasm::inspect_bytes(ROLLOVER, None).unwrap();
    assert_eq!(text(&result, "kind"), "metadata");
    assert_eq!(
        text(&result, "entityId"),
        "https://sts.windows.net/81c1df79-e153-4f9d-a101-8dcf04af6c2c/"
    );
    assert_eq!(
        text(&result, "certificates.1.thumbprintSha1"),
        "815D70419E644F95BE30F309616EBDA58C5B591B"
    );
    assert_eq!(
        text(&result, "certificates.1.notAfter"),
        "2027-05-07T16:44:56Z"
    );
    assert!(text(&result, "certificates.1.pem").starts_with("-----BEGIN CERTIFICATE-----\n"));
    assert_eq!(
        get(&result, "signOutUrl").as_string().as_deref(),
        Some("https://login.microsoftonline.com/81c1df79-e153-4f9d-a101-8dcf04af6c2c/saml2")
    );
}

#[wasm_bindgen_test]
fn a_certificate_has_null_for_the_metadata_fields() {
    let result = wasm::inspect_bytes(DER, None).unwrap();
    assert!(get(&result, "entityId").is_null());
    assert_eq!(
        text(&result, "certificates.0.thumbprintSha1"),
        "3059B1E91C186E4258CA2365D867BBD8ECB8C187"
    );
}

#[wasm_bindgen_test]
fn errors_reach_javascript_as_errors_with_name_and_variant() {
    let err = wasm::inspect_bytes(b"<!DOCTYPE x><x/>", None).unwrap_err();
    let error = err.dyn_ref::<js_sys::Error>().expect("a JS Error");
    assert_eq!(String::from(error.name()), "SsobridgeError");
    assert_eq!(text(&err, "variant"), "xml-doctype-forbidden");
    assert!(String::from(error.message()).contains("DOCTYPE"));
}

#[wasm_bindgen_test]
fn a_snapshot_in_gives_a_fill_plan_out() {
    let snapshot = js(
        r#"{"url":"https://organization.logmeininc.com/","lang":"en","topFrame":true,"elements":[
        {"key":1,"tag":"select","label":"How would you like to configure your SAML IDP?","visible":true,"editable":true,
         "options":[{"value":"automatic","text":"Automatic","selected":true},{"value":"upload","text":"Upload SAML metadata file"},{"value":"manual","text":"Manual"}]}]}"#,
    );
    let state = Object::new();
    Reflect::set(&state, &"settings".into(), &js(r#"{"signInUrl":"https://login.microsoftonline.com/81c1df79-e153-4f9d-a101-8dcf04af6c2c/saml2","entityId":"https://sts.windows.net/81c1df79-e153-4f9d-a101-8dcf04af6c2c/","certificate":{"thumbprintSha1":"X","thumbprintSha256":"Y","subject":"","issuer":"","serial":"","notBefore":"","notAfter":"","keyAlgorithm":"RSA","keyBits":2048,"pem":"-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n","status":"valid"}}"#)).unwrap();
    let step = wasm::fill_step(snapshot, state.into(), JsValue::NULL, false).unwrap();
    assert_eq!(text(&step, "ops.0.op"), "select-option");
    assert_eq!(text(&step, "ops.0.value"), "manual");
    assert_eq!(text(&step, "then"), "resnapshot");
    assert_eq!(text(&step, "status.state"), "working");
}

#[wasm_bindgen_test]
fn a_malformed_message_is_refused_with_a_variant() {
    let err = wasm::admit(
        js(r#"{"type":"capture","snapshot":42}"#),
        js(r#"{"id":"x","url":"https://entra.microsoft.com/","tabId":1}"#),
        "x",
    )
    .unwrap_err();
    assert_eq!(text(&err, "variant"), "bad-message");
    let foreign = wasm::admit(
        js(r#"{"type":"view","snapshot":{"url":"https://evil.example.com/"}}"#),
        js(r#"{"id":"x","url":"https://evil.example.com/","tabId":1}"#),
        "x",
    )
    .unwrap_err();
    assert_eq!(text(&foreign, "variant"), "host-not-allowed");
}

#[wasm_bindgen_test]
fn add_file_keeps_the_settings_on_a_bad_file() {
    let settings =
        js(r#"{"entityId":"https://sts.windows.net/81c1df79-e153-4f9d-a101-8dcf04af6c2c/"}"#);
    let err = wasm::add_file(
        settings.clone(),
        b"-----BEGIN CERTIFICATE-----\nMIIC8DCCAdig\n",
    )
    .unwrap_err();
    assert_eq!(text(&err, "variant"), "invalid-pem");
    let added = wasm::add_file(settings, DER).unwrap();
    assert_eq!(
        text(&added, "entityId"),
        "https://sts.windows.net/81c1df79-e153-4f9d-a101-8dcf04af6c2c/"
    );
    assert_eq!(
        text(&added, "thumbprintSha1"),
        "3059B1E91C186E4258CA2365D867BBD8ECB8C187"
    );
}
