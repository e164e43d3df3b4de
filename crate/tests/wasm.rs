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
    let result = wasm::inspect_bytes(ROLLOVER, None, None).unwrap();
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
    let result = wasm::inspect_bytes(DER, None, None).unwrap();
    assert!(get(&result, "entityId").is_null());
    assert_eq!(
        text(&result, "certificates.0.thumbprintSha1"),
        "3059B1E91C186E4258CA2365D867BBD8ECB8C187"
    );
}

/// The module carries no sentences; the worker hands it English and the admin's `_locales`
/// file at start.
fn speak(lang: &str) {
    let file = match lang {
        "nl" => include_str!("../../extension/_locales/nl/messages.json"),
        "pl" => include_str!("../../extension/_locales/pl/messages.json"),
        _ => include_str!("../../extension/_locales/en/messages.json"),
    };
    wasm::use_language(file).unwrap();
}

#[wasm_bindgen_test]
fn the_module_speaks_a_language_from_the_locales_file_it_is_given() {
    let message = r#"{"key":"button-capture","args":[]}"#;
    speak("en");
    let english = wasm::render(js_sys::JSON::parse(message).unwrap(), "en".into()).unwrap();
    assert_eq!(english, "Send to GoTo");
    assert_eq!(
        wasm::language_files("pl-PL"),
        ["_locales/en/messages.json", "_locales/pl/messages.json"]
    );
    assert_eq!(
        wasm::language_files("pt-BR"),
        ["_locales/en/messages.json", "_locales/pt_BR/messages.json"]
    );
    assert_eq!(wasm::language_files("en-GB"), ["_locales/en/messages.json"]);
    speak("pl");
    let polish = wasm::render(js_sys::JSON::parse(message).unwrap(), "pl".into()).unwrap();
    assert_eq!(polish, "Wyślij do GoTo");
    assert!(wasm::use_language("{not json").is_err());
}

#[wasm_bindgen_test]
fn errors_reach_javascript_as_errors_with_name_and_variant() {
    speak("nl");
    let err = wasm::inspect_bytes(b"<!DOCTYPE x><x/>", None, Some("nl".into())).unwrap_err();
    let error = err.dyn_ref::<js_sys::Error>().expect("a JS Error");
    assert_eq!(String::from(error.name()), "SsobridgeError");
    assert_eq!(text(&err, "variant"), "xml-doctype-forbidden");
    assert!(String::from(error.message()).contains("De XML declareert een DOCTYPE"));
}

const EXTENSION: &str = "abcdefghijklmnopabcdefghijklmnop";
const BASE: &str = "chrome-extension://abcdefghijklmnopabcdefghijklmnop/";

/// Where the worker runs, as worker.js passes it to `step`, with the policy it read.
fn env(lang: &str, managed: &str) -> JsValue {
    js(&format!(
        r#"{{"extensionId":"{EXTENSION}","extensionBase":"{BASE}","lang":"{lang}","policy":{{"managed":{managed}}},"token":"0123456789abcdef0123456789abcdef"}}"#
    ))
}

/// The same before the worker has read the policy: the core says when it needs it.
fn env_without_policy(lang: &str) -> JsValue {
    js(&format!(
        r#"{{"extensionId":"{EXTENSION}","extensionBase":"{BASE}","lang":"{lang}","token":"0123456789abcdef0123456789abcdef"}}"#
    ))
}

/// A request event, as worker.js builds it.
fn request_event(message: &str, sender: &str) -> JsValue {
    let event = Object::new();
    Reflect::set(&event, &"kind".into(), &"request".into()).unwrap();
    Reflect::set(&event, &"message".into(), &js(message)).unwrap();
    Reflect::set(&event, &"sender".into(), &js(sender)).unwrap();
    event.into()
}

fn handle(message: &str, sender: &str, stored: JsValue, lang: &str) -> Result<JsValue, JsValue> {
    wasm::step(request_event(message, sender), stored, env(lang, "null"))
}

const GOTO_SENDER: &str = r#"{"id":"abcdefghijklmnopabcdefghijklmnop","url":"https://organization.logmeininc.com/","origin":"https://organization.logmeininc.com","tabId":1,"frameId":0}"#;
const POPUP_SENDER: &str = r#"{"id":"abcdefghijklmnopabcdefghijklmnop","url":"chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html","origin":"chrome-extension://abcdefghijklmnopabcdefghijklmnop"}"#;

#[wasm_bindgen_test]
fn a_request_in_gives_an_effect_out_with_the_status_in_the_admins_language() {
    speak("nl");
    let message = r#"{"type":"fill","click":{"trusted":true,"onButton":true,"inViewport":true,"widthPx":120,"heightPx":32,"visibleMs":2000,"opacityPercent":100,"styleIntact":true,"topLayer":true},
        "snapshot":{"url":"https://organization.logmeininc.com/","lang":"en","topFrame":true,"elements":[]}}"#;
    let effect = handle(message, GOTO_SENDER, JsValue::NULL, "nl-NL").unwrap();
    assert_eq!(text(&effect, "reply.kind"), "step");
    assert_eq!(text(&effect, "reply.status.state"), "error");
    assert_eq!(text(&effect, "reply.status.code"), "nothing-captured");
    assert!(text(&effect, "reply.status.text").starts_with("Er is nog niets vastgelegd"));
    assert!(
        get(&effect, "store").is_null(),
        "nothing changed, nothing to store"
    );
}

#[wasm_bindgen_test]
fn a_managed_policy_from_javascript_locks_what_it_sets() {
    let effect = wasm::step(
        request_event(r#"{"type":"set-mode","mode":"manual"}"#, POPUP_SENDER),
        JsValue::NULL,
        env("en", r#"{"mode":"automatic","signinCheck":false}"#),
    )
    .unwrap();
    assert_eq!(text(&effect, "reply.mode"), "automatic");
    assert_eq!(text(&effect, "reply.notice.code"), "policy-locked");
    assert_eq!(
        get(&effect, "reply.policy.modeLocked").as_bool(),
        Some(true)
    );
    assert_eq!(
        get(&effect, "reply.policy.signinCheckOff").as_bool(),
        Some(true)
    );
    assert!(get(&effect, "store").is_null(), "nothing stored");
}

#[wasm_bindgen_test]
fn a_choice_the_policy_decides_waits_for_the_policy_and_a_view_does_not() {
    let effect = wasm::step(
        request_event(r#"{"type":"set-mode","mode":"manual"}"#, POPUP_SENDER),
        JsValue::NULL,
        env_without_policy("en"),
    )
    .unwrap();
    assert_eq!(get(&effect, "needsPolicy").as_bool(), Some(true));
    assert!(
        get(&effect, "store").is_null(),
        "nothing stored before the policy is read"
    );
    // Drawing a page's buttons never waits for the policy (a stalled policy read must not
    // leave a page without its button).
    let view = r#"{"type":"view","snapshot":{"url":"https://organization.logmeininc.com/","lang":"en","topFrame":true,"elements":[]}}"#;
    let effect = wasm::step(
        request_event(view, GOTO_SENDER),
        JsValue::NULL,
        env_without_policy("en"),
    )
    .unwrap();
    assert_eq!(get(&effect, "needsPolicy").as_bool(), Some(false));
    assert!(
        !get(&effect, "reply").is_null(),
        "the view is answered at once"
    );
}

#[wasm_bindgen_test]
fn the_popup_sets_options_through_the_worker_and_bad_values_are_refused() {
    let effect = handle(
        r#"{"type":"set-mode","mode":"automatic"}"#,
        POPUP_SENDER,
        JsValue::NULL,
        "en",
    )
    .unwrap();
    assert_eq!(text(&effect, "store.options.mode"), "automatic");
    assert_eq!(text(&effect, "reply.mode"), "automatic");
    let err = handle(
        r#"{"type":"set-mode","mode":"telepathy"}"#,
        POPUP_SENDER,
        JsValue::NULL,
        "en",
    )
    .unwrap_err();
    assert_eq!(text(&err, "variant"), "bad-message");
    // A damaged stored option is dropped, not fatal.
    let stored = js(r#"{"options":{"mode":"telepathy","product":"gotowebinar"}}"#);
    let effect = handle(r#"{"type":"popup-open"}"#, POPUP_SENDER, stored, "en").unwrap();
    assert_eq!(text(&effect, "reply.mode"), "manual");
    assert_eq!(text(&effect, "reply.product"), "gotowebinar");
    assert_eq!(text(&effect, "reply.notice.code"), "state-reset");
}

#[wasm_bindgen_test]
fn a_capture_asks_for_its_fetch_and_resume_finishes_it() {
    let message = r#"{"type":"capture","click":{"trusted":true,"onButton":true,"inViewport":true,"widthPx":120,"heightPx":32,"visibleMs":2000,"opacityPercent":100,"styleIntact":true,"topLayer":true},
        "snapshot":{"url":"https://entra.microsoft.com/#view/x/appId/2f6c1a3e-8d4b-4b7e-9a51-6c0d3e7b9f21/","topFrame":true,"elements":[
        {"key":1,"tag":"h3","value":"SAML Certificates","visible":true},
        {"key":2,"tag":"input","inputType":"text","label":"App Federation Metadata Url","visible":true,"editable":false,
         "value":"https://login.microsoftonline.com/81c1df79-e153-4f9d-a101-8dcf04af6c2c/federationmetadata/2007-06/federationmetadata.xml?appid=2f6c1a3e-8d4b-4b7e-9a51-6c0d3e7b9f21"}]}}"#;
    let sender = r#"{"id":"abcdefghijklmnopabcdefghijklmnop","url":"https://entra.microsoft.com/","origin":"https://entra.microsoft.com","tabId":1,"frameId":0}"#;
    let effect = handle(message, sender, JsValue::NULL, "en").unwrap();
    assert!(text(&effect, "fetch.url").contains("appid=2f6c1a3e"));
    let fetched = Object::new();
    Reflect::set(&fetched, &"outcome".into(), &"ok".into()).unwrap();
    Reflect::set(
        &fetched,
        &"body".into(),
        &js_sys::Uint8Array::from(ROLLOVER).into(),
    )
    .unwrap();
    let event = Object::new();
    Reflect::set(&event, &"kind".into(), &"fetched".into()).unwrap();
    Reflect::set(&event, &"pending".into(), &get(&effect, "fetch.pending")).unwrap();
    Reflect::set(&event, &"fetched".into(), &fetched).unwrap();
    let done = wasm::step(event.into(), JsValue::NULL, env("en", "null")).unwrap();
    assert_eq!(
        text(&done, "reply.status.state"),
        "done",
        "{}",
        text(&done, "reply.status.text")
    );
    assert_eq!(
        text(&done, "store.settings.thumbprintSha1"),
        "815D70419E644F95BE30F309616EBDA58C5B591B"
    );
}

#[wasm_bindgen_test]
fn a_malformed_or_foreign_message_is_refused_with_a_variant() {
    let err = handle(
        r#"{"type":"capture","snapshot":42}"#,
        r#"{"id":"abcdefghijklmnopabcdefghijklmnop","url":"https://entra.microsoft.com/","tabId":1}"#,
        JsValue::NULL,
        "en",
    )
    .unwrap_err();
    assert_eq!(text(&err, "variant"), "bad-message");
    let frame_refused =
        |err: &JsValue| Reflect::get(err, &"frameRefused".into()).unwrap().as_bool();
    assert_eq!(
        frame_refused(&err),
        Some(false),
        "a bad message may be followed by good ones"
    );
    let foreign = handle(
        r#"{"type":"view","snapshot":{"url":"https://evil.example.com/"}}"#,
        r#"{"id":"abcdefghijklmnopabcdefghijklmnop","url":"https://evil.example.com/","tabId":1}"#,
        JsValue::NULL,
        "en",
    )
    .unwrap_err();
    assert_eq!(text(&foreign, "variant"), "host-not-allowed");
    assert_eq!(
        frame_refused(&foreign),
        Some(true),
        "the frame stops asking"
    );
    // A page cannot pose as the popup.
    let posing = handle(
        r#"{"type":"clear"}"#,
        r#"{"id":"abcdefghijklmnopabcdefghijklmnop","url":"https://entra.microsoft.com/","tabId":1}"#,
        JsValue::NULL,
        "en",
    )
    .unwrap_err();
    assert_eq!(text(&posing, "variant"), "bad-message");
}
