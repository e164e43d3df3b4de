//! The metadata fetch in headless Chromium, against tests/fetch-server.mjs: `make test-wasm`
//! starts it and names it in SSOBRIDGE_FETCH_SERVER at build time.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use ssobridge::fetch::{self, Limits};
use ssobridge::text::MAX_INPUT_BYTES;
use ssobridge::{Error, wasm};
use std::time::Duration;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SERVER: &str = match option_env!("SSOBRIDGE_FETCH_SERVER") {
    Some(origin) => origin,
    None => "http://127.0.0.1:47913",
};

const METADATA: &[u8] =
    include_bytes!("../../tests/fixtures/metadata/ggtristams-samlsso_federationmetadata.xml");

fn at(path: &str) -> String {
    format!("{SERVER}{path}")
}

async fn get(path: &str) -> Result<Vec<u8>, Error> {
    fetch::fetch_bytes(&at(path), Limits::default()).await
}

fn seconds_since(start: f64) -> f64 {
    (js_sys::Date::now() - start) / 1000.0
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let set_timeout = js_sys::Reflect::get(&js_sys::global(), &"setTimeout".into()).unwrap();
        js_sys::Function::from(set_timeout)
            .call2(&JsValue::UNDEFINED, &resolve, &ms.into())
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn good_metadata_arrives_whole() {
    assert_eq!(get("/metadata").await.unwrap(), METADATA);
}

#[wasm_bindgen_test]
async fn a_body_that_is_not_metadata_is_still_returned() {
    // Judging the content is the metadata reader's job, not the fetch's.
    assert_eq!(
        get("/not-metadata").await.unwrap(),
        b"<html><body>Sign in to continue</body></html>"
    );
}

#[wasm_bindgen_test]
async fn an_http_error_reports_its_status() {
    assert_eq!(
        get("/not-found").await,
        Err(Error::FetchHttpStatus { status: 404 })
    );
}

#[wasm_bindgen_test]
async fn a_redirect_to_another_host_is_not_followed() {
    assert_eq!(get("/redirect").await, Err(Error::FetchRedirected));
}

#[wasm_bindgen_test]
async fn a_dropped_connection_is_a_network_error() {
    assert_eq!(get("/reset").await, Err(Error::FetchNetwork));
}

#[wasm_bindgen_test]
async fn a_body_that_never_ends_fails_at_the_deadline() {
    let limits = Limits {
        timeout: Duration::from_millis(1000),
        ..Limits::default()
    };
    let start = js_sys::Date::now();
    let result = fetch::fetch_bytes(&at("/endless"), limits).await;
    let took = seconds_since(start);
    assert_eq!(result, Err(Error::FetchTimedOut { seconds: 1 }));
    assert!((0.9..3.0).contains(&took), "took {took} s");
    console_log!("endless body: timed out after {took:.3} s");
}

#[wasm_bindgen_test]
async fn a_300_mb_body_is_cut_after_1_mib_without_reading_the_rest() {
    let start = js_sys::Date::now();
    let result = get("/huge").await;
    let took = seconds_since(start);
    // Lengths, not bodies: a failure must not print 300 MB.
    assert_eq!(
        result.map(|body| body.len()),
        Err(Error::FetchTooLarge {
            limit: MAX_INPUT_BYTES
        })
    );
    // The server records how much it could send before the browser hung up; it learns of the
    // hang-up asynchronously, so ask again briefly.
    let mut report = serde_json::Value::Null;
    for _ in 0..50 {
        report = serde_json::from_slice(&get("/report?of=huge").await.unwrap()).unwrap();
        if !report.is_null() {
            break;
        }
        sleep(20).await;
    }
    let sent = report["sent"]
        .as_u64()
        .expect("the server saw the client leave");
    assert!(sent < 100 * 1024 * 1024, "the server sent {sent} bytes");
    console_log!("300 MB body: cut after {took:.3} s; the server had sent {sent} bytes");
    assert!(took < 5.0, "took {took} s");
}

#[wasm_bindgen_test]
async fn only_a_metadata_url_is_fetched() {
    for url in [
        "https://evil.example.com/federationmetadata/2007-06/federationmetadata.xml",
        "http://login.microsoftonline.com/81c1df79-e153-4f9d-a101-8dcf04af6c2c/federationmetadata/2007-06/federationmetadata.xml",
        // The local server would answer this one with good metadata: refused before any request.
        &at("/metadata"),
    ] {
        assert!(
            matches!(
                fetch::fetch_metadata(url).await,
                Err(Error::BadMetadataUrl { .. })
            ),
            "{url}"
        );
    }
}

#[wasm_bindgen_test]
async fn the_export_resolves_to_the_failure_and_its_message_key() {
    let fetched = wasm::fetch_metadata(at("/metadata")).await.unwrap();
    let field = |value: &JsValue, key: &str| js_sys::Reflect::get(value, &key.into()).unwrap();
    assert_eq!(
        field(&fetched, "outcome").as_string().as_deref(),
        Some("failed")
    );
    let problem = field(&fetched, "problem");
    assert_eq!(
        field(&problem, "key").as_string().as_deref(),
        Some("bad-metadata-url")
    );
}
