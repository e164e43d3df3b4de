//! The worker's two readers of JSON text: a request (`type` first, then its variant's struct:
//! `Request::from_json`) and the stored state (part by part: `WorkerState::from_stored`). Both
//! replaced serde's buffering readers to keep one deserializer per type in the wasm module, and
//! must read exactly what those read.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use ssobridge::messages::{Request, WorkerState};
use std::path::PathBuf;

fn snapshot(name: &str) -> serde_json::Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/snapshots")
        .join(name);
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// The derived (internally tagged) reading, the reference.
fn derived(text: &str) -> Result<Request, serde_json::Error> {
    serde_json::from_str(text)
}

#[test]
fn from_json_reads_every_request_type_as_the_derived_reader_does() {
    let snap = snapshot("azure-2019-nl.json");
    let messages = [
        serde_json::json!({"type": "view", "snapshot": snap, "filledHere": true}),
        serde_json::json!({"type": "capture", "snapshot": snap, "token": "t", "extra": 1}),
        serde_json::json!({"type": "fill", "snapshot": snap, "confirmed": true}),
        serde_json::json!({"type": "fill-sp", "snapshot": snap, "progress": null}),
        serde_json::json!({"type": "page-report", "snapshot": snap, "userAgent": "Chrome/156"}),
        serde_json::json!({"type": "popup-open"}),
        serde_json::json!({"snapshot": 5, "type": "clear"}),
        serde_json::json!({"type": "start-signin-check"}),
        serde_json::json!({"type": "set-mode", "mode": "automatic"}),
        serde_json::json!({"type": "set-product", "product": "gotowebinar"}),
        serde_json::json!({"type": "add-file", "base64": "AAAA", "size": 3}),
        serde_json::json!({"type": "read-metadata-url", "url": "https://example.com/"}),
    ];
    for message in messages {
        let text = message.to_string();
        let ours = Request::from_json(&text).unwrap_or_else(|err| panic!("{text:.80}: {err}"));
        assert_eq!(ours, derived(&text).unwrap(), "{text:.80}");
    }
}

#[test]
fn from_json_refuses_what_the_derived_reader_refuses() {
    for text in [
        r#"{"type": "format-disk"}"#,
        r#"{"snapshot": {}}"#,
        r#"{"type": "set-mode", "mode": "sideways"}"#,
        r#"{"type": "set-mode"}"#,
        r#"{"type": "view", "snapshot": "not a snapshot"}"#,
        r#"{"type": "add-file", "base64": 5}"#,
        r#"{"type": "popup-open"} trailing"#,
        r#"[]"#,
        r#"null"#,
    ] {
        assert!(Request::from_json(text).is_err(), "{text}");
        assert!(derived(text).is_err(), "{text}");
    }
}

#[test]
fn from_stored_drops_only_the_part_that_does_not_parse() {
    let (state, dropped) = WorkerState::from_stored(
        r#"{"options": {"mode": "sideways", "product": "gotowebinar"}, "seen": {"gotoFilled": 5}, "signin": null}"#,
    );
    assert_eq!(dropped, ["mode", "seen"]);
    assert_eq!(
        serde_json::to_value(state.options.product).unwrap(),
        "gotowebinar"
    );

    for (text, dropped) in [
        ("null", vec![]),
        ("{}", vec![]),
        (r#"{"options": "manual"}"#, vec![]),
        ("[1]", vec!["state"]),
        ("5", vec!["state"]),
    ] {
        let (state, got) = WorkerState::from_stored(text);
        assert_eq!(got, dropped, "{text}");
        assert_eq!(state, WorkerState::default(), "{text}");
    }
}

/// The one difference, on purpose: serde reads a struct from a JSON array too, field by
/// position, and the derived reader took `["set-mode", "automatic"]` as a request. No sender
/// writes that; `from_json` refuses it (its variant's struct meets `"set-mode"` as the mode).
#[test]
fn from_json_refuses_the_array_form_of_a_request_with_fields() {
    let text = r#"["set-mode", "automatic"]"#;
    assert!(derived(text).is_ok());
    assert!(Request::from_json(text).is_err());
}
