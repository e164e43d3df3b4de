//! The worker's readers of JSON text: a request (`type` first, then its variant's struct:
//! `Request::from_json`), the stored state (part by part: `WorkerState::from_stored`), what
//! waits for a fetch and its outcome (`Pending::from_json`, `Fetched::from_json`), a message's
//! arguments (`Arg`, tag first) and a certificate report (`Report`, one plain struct). All
//! replaced serde's buffering readers (internally and adjacently tagged enums, `flatten`) to
//! keep serde's `Content` out of the wasm module, and must read exactly what those read.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use serde::{Deserialize, Serialize};
use ssobridge::certificate::{Details, Report, Status};
use ssobridge::i18n::Arg;
use ssobridge::messages::{Pending, Request, WorkerState};
use ssobridge::settings::Fetched;
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

#[test]
fn pending_and_fetched_from_json_read_what_the_derived_readers_read() {
    let capture = serde_json::json!({
        "progress": {"round": 2, "modeAttempts": 0, "written": null},
        "values": {"signInUrl": "https://login.microsoftonline.com/x/saml2"},
        "kind": "capture",
    })
    .to_string();
    let pending = [
        capture.as_str(),
        r#"{"kind": "popup-url", "url": "https://example.com/", "extra": [1]}"#,
    ];
    for text in pending {
        let derived: Pending = serde_json::from_str(text).unwrap();
        assert_eq!(Pending::from_json(text).unwrap(), derived, "{text}");
    }
    for text in [
        r#"{"kind": "popup-url"}"#,
        r#"{"kind": "sideways", "url": "u"}"#,
        r#"{"url": "u"}"#,
        r#"{"kind": "capture", "values": {}}"#,
        "null",
    ] {
        assert!(Pending::from_json(text).is_err(), "{text}");
        assert!(serde_json::from_str::<Pending>(text).is_err(), "{text}");
    }

    let fetched = [
        r#"{"outcome": "ok", "body": [60, 63, 120]}"#,
        r#"{"problem": {"key": "fetch-offline", "args": [{"kind": "text", "value": "x"}]}, "outcome": "failed"}"#,
    ];
    for text in fetched {
        let derived: Fetched = serde_json::from_str(text).unwrap();
        assert_eq!(Fetched::from_json(text).unwrap(), derived, "{text}");
    }
    for text in [
        r#"{"outcome": "ok"}"#,
        r#"{"outcome": "failed", "problem": 5}"#,
        r#"{"outcome": "maybe"}"#,
        r#"{"body": []}"#,
    ] {
        assert!(Fetched::from_json(text).is_err(), "{text}");
        assert!(serde_json::from_str::<Fetched>(text).is_err(), "{text}");
    }
}

/// The derived adjacently tagged reader `Arg` had, the reference.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
enum DerivedArg {
    Text(String),
    Key(String),
    Message(DerivedMessage),
    List(Vec<DerivedArg>),
}

#[derive(Debug, Serialize, Deserialize)]
struct DerivedMessage {
    key: String,
    args: Vec<DerivedArg>,
}

#[test]
fn arg_reads_what_the_derived_adjacently_tagged_reader_reads() {
    let nested = r#"{"kind": "message", "value": {"key": "k", "args": [{"kind": "list", "value": [{"kind": "key", "value": "field-entity-id"}, {"value": "b", "kind": "text"}]}]}}"#;
    for text in [
        r#"{"kind": "text", "value": "https://example.com/"}"#,
        r#"{"value": "field-sign-in-url", "kind": "key"}"#,
        r#"{"kind": "list", "value": [], "other": {"a": 1}}"#,
        r#"{"value": {"key": "k", "args": []}, "kind": "message"}"#,
        nested,
    ] {
        let ours: Arg = serde_json::from_str(text).unwrap_or_else(|err| panic!("{text}: {err}"));
        let derived: DerivedArg = serde_json::from_str(text).unwrap();
        assert_eq!(
            serde_json::to_value(&ours).unwrap(),
            serde_json::to_value(&derived).unwrap(),
            "{text}"
        );
    }
    for text in [
        r#"{"kind": "text"}"#,
        r#"{"value": "x"}"#,
        r#"{"kind": "text", "value": 5}"#,
        r#"{"value": 5, "kind": "text"}"#,
        r#"{"kind": "bold", "value": "x"}"#,
        r#"{"kind": "text", "kind": "key", "value": "x"}"#,
        r#"{"kind": "text", "value": "x", "value": "y"}"#,
        // The positional form: the vendored serde_json reads structs from objects only
        // (crate/vendor/serde_json/SSOBRIDGE.md), for the derived reader as for ours.
        r#"["text", "positional"]"#,
        r#"["text"]"#,
        r#""text""#,
    ] {
        assert!(serde_json::from_str::<Arg>(text).is_err(), "{text}");
        assert!(serde_json::from_str::<DerivedArg>(text).is_err(), "{text}");
    }
}

/// The derived reader with `flatten` `Report` had, the reference.
#[derive(Debug, Deserialize)]
struct DerivedReport {
    #[serde(flatten)]
    details: Details,
    status: Status,
}

#[test]
fn report_reads_what_the_flattened_reader_reads() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/certs/dooooling-saml-azure_Saml.cer");
    let cert = ssobridge::certificate::parse_certificates(&std::fs::read(path).unwrap()).unwrap();
    let mut report = serde_json::to_value(cert[0].report(0)).unwrap();
    report["extra"] = serde_json::json!(true);
    let text = report.to_string();
    let ours: Report = serde_json::from_str(&text).unwrap();
    let derived: DerivedReport = serde_json::from_str(&text).unwrap();
    assert_eq!(ours.details, derived.details);
    assert_eq!(ours.status, derived.status);

    report.as_object_mut().unwrap().remove("keyBits");
    let ours: Report = serde_json::from_str(&report.to_string()).unwrap();
    assert_eq!(ours.details.key_bits, None);
    for field in ["pem", "status", "thumbprintSha1"] {
        let mut partial = report.clone();
        partial.as_object_mut().unwrap().remove(field);
        let text = partial.to_string();
        assert!(serde_json::from_str::<Report>(&text).is_err(), "{field}");
        assert!(
            serde_json::from_str::<DerivedReport>(&text).is_err(),
            "{field}"
        );
    }
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct S {
    url: String,
    n: Option<u32>,
    inner: Option<Box<S>>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Nest {
    n: Option<Box<Nest>>,
}

/// The vendored serde_json opens and closes structs and reads `null` for options outside the
/// generic readers (crate/vendor/serde_json/SSOBRIDGE.md, changes 3 and 4): the errors are
/// upstream's, word for word and at the same positions (taken from serde_json 1.0.154 as
/// published).
#[test]
fn struct_and_option_errors_read_as_upstream_serde_json_words_them() {
    let error = |text: &str| serde_json::from_str::<S>(text).unwrap_err().to_string();
    assert_eq!(
        error("5"),
        "invalid type: integer `5`, expected struct S at line 1 column 1"
    );
    assert_eq!(error(""), "EOF while parsing a value at line 1 column 0");
    assert_eq!(
        error(r#"{"url":"a""#),
        "EOF while parsing an object at line 1 column 10"
    );
    assert_eq!(
        error(r#"{"url":"a","n":nul}"#),
        "expected ident at line 1 column 19"
    );
    assert_eq!(
        error(r#"{"url":"a","inner":5}"#),
        "invalid type: integer `5`, expected struct S at line 1 column 20"
    );
    let deep = format!("{}null{}", r#"{"n":"#.repeat(200), "}".repeat(200));
    assert_eq!(
        serde_json::from_str::<Nest>(&deep).unwrap_err().to_string(),
        "recursion limit exceeded at line 1 column 636"
    );
    let fine = format!("{}null{}", r#"{"n":"#.repeat(100), "}".repeat(100));
    assert!(serde_json::from_str::<Nest>(&fine).is_ok());
}
