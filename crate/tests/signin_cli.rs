//! `ssobridge inspect RESPONSE [--against FILE] [--json]` (SPEC 10.4): one line or one JSON entry
//! per check and exit 0 for any readable response; nothing on stdout, one `error:` line and
//! exit 1 for input that cannot be read. Metadata and certificates keep their own output.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;
mod signin_gen;

use common::at;
use signin_gen::*;
use std::path::PathBuf;
use std::process::{Command, Output};

const NOW: &str = "2026-03-01T12:00:00Z";

fn fixture(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .join(relative)
}

/// Writes `content` to a temporary file named after the test, for the CLI to read.
fn temp_file(name: &str, content: &[u8]) -> PathBuf {
    let path = std::env::temp_dir().join(format!("ssobridge-signin-{}-{name}", std::process::id()));
    std::fs::write(&path, content).unwrap();
    path
}

fn inspect(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ssobridge"))
        .arg("inspect")
        .args(args)
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// Azure signing with 9B6A… in June 2025 while GoTo was filled from metadata that, by then,
/// makes 815D… the one to use: the rollover case, posted as the browser posts it.
fn rollover_response() -> String {
    Response::azure(at("2025-06-01T11:59:30Z"), &metadata_certificate(0)).posted()
}

#[test]
fn text_output_has_one_line_per_check_and_exits_0_even_with_problems() {
    let response = temp_file("rollover.b64", rollover_response().as_bytes());
    let metadata = fixture(METADATA);
    let out = inspect(&[
        response.to_str().unwrap(),
        "--against",
        metadata.to_str().unwrap(),
        "--now",
        "2025-06-01T12:00:00Z",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 9, "{text}");
    for (line, check) in lines.iter().zip([
        "status",
        "issuer",
        "destination",
        "audience",
        "certificate",
        "signed",
        "time",
        "nameid",
    ]) {
        assert!(line.starts_with(check), "{line}");
    }
    assert!(lines[4].contains("PROBLEM"), "{}", lines[4]);
    assert!(
        lines[4].contains(&format!(
            "Azure still signs with the older certificate {OLD_THUMBPRINT}; GoTo already holds {NEW_THUMBPRINT}"
        )),
        "{}",
        lines[4]
    );
    assert!(
        lines[1].contains("the entity ID GoTo holds"),
        "{}",
        lines[1]
    );
    assert_eq!(lines[8], "result       1 problem(s)");
    std::fs::remove_file(response).unwrap();
}

#[test]
fn json_output_has_the_checks_and_what_the_response_holds() {
    let mut response = Response::azure(at(NOW) - 30, &metadata_certificate(1));
    response.name_id = Some("4f0c2d1e-88aa-4a43-9c52-0b7f1b1d9e21".to_owned());
    let file = temp_file("nameid.xml", response.xml().as_bytes());
    let certificate = fixture("certs/derived/ggtristams_active_signing_cert.cer");
    let out = inspect(&[
        file.to_str().unwrap(),
        "--json",
        "--against",
        certificate.to_str().unwrap(),
        "--now",
        NOW,
    ]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["kind"], "saml-response");
    assert_eq!(json["state"], "problems");
    let checks = json["checks"].as_array().unwrap();
    assert_eq!(checks.len(), 8);
    for check in checks {
        assert!(check["check"].is_string() && check["message"].is_string());
        assert!(check["state"] == "ok" || check["state"] == "problem");
    }
    assert_eq!(checks[7]["check"], "nameid");
    assert_eq!(checks[7]["state"], "problem");
    assert!(
        checks[7]["message"]
            .as_str()
            .unwrap()
            .contains("user.mail or user.userprincipalname")
    );
    assert_eq!(checks[4]["state"], "ok");
    assert_eq!(json["issuer"], ENTITY_ID);
    assert_eq!(json["destination"], ACS);
    assert_eq!(json["audience"][0], SP);
    assert_eq!(json["nameId"], "4f0c2d1e-88aa-4a43-9c52-0b7f1b1d9e21");
    assert_eq!(json["thumbprintSha1"], NEW_THUMBPRINT);
    assert_eq!(json["notOnOrAfter"], "2026-03-01T12:59:30Z");
    assert_eq!(json["subjectNotOnOrAfter"], "2026-03-01T12:04:30Z");
    assert_eq!(json["reference"]["thumbprintSha1"], NEW_THUMBPRINT);
    assert!(json["reference"]["entityId"].is_null());
    assert_eq!(
        json["signatures"][0]["certificate"]["thumbprintSha1"],
        NEW_THUMBPRINT
    );
    std::fs::remove_file(file).unwrap();
}

#[test]
fn without_against_the_reference_checks_say_what_the_response_holds() {
    let response = Response::azure(at(NOW) - 30, &metadata_certificate(1));
    let file = temp_file("alone.b64", wrapped(&response.posted()).as_bytes());
    let out = inspect(&[file.to_str().unwrap(), "--now", NOW]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.ends_with("result       ok\n"), "{text}");
    assert!(text.contains(&format!(
        "issuer       ok       The response is issued by {ENTITY_ID}."
    )));
    assert!(text.contains("GoTo's Verification certificate must have this thumbprint"));
    std::fs::remove_file(file).unwrap();
}

#[test]
fn pem_writes_the_certificate_the_response_is_signed_with() {
    let response = Response::azure(at(NOW) - 30, &metadata_certificate(1));
    let form = format!(
        "SAMLResponse={}&RelayState=",
        form_encode(&response.posted())
    );
    let file = temp_file("form.txt", form.as_bytes());
    let out = inspect(&[file.to_str().unwrap(), "--pem", "-", "--now", NOW]);
    assert_eq!(out.status.code(), Some(0));
    let expected =
        std::fs::read_to_string(fixture("certs/derived/ggtristams_active_signing_cert.cer"))
            .unwrap();
    assert!(stdout(&out).ends_with(&expected), "{}", stdout(&out));
    std::fs::remove_file(file).unwrap();
}

#[test]
fn unreadable_responses_print_nothing_on_stdout_one_error_line_and_exit_1() {
    let good = Response::azure(at(NOW) - 30, &metadata_certificate(1));
    let doctype = format!(r#"<!DOCTYPE r [<!ENTITY e "x">]>{}"#, good.xml());
    let posted = good.posted();
    let mut oversized = posted.clone();
    oversized.push_str(&" ".repeat(1024 * 1024));
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "doctype.b64",
            base64::Engine::encode(&base64::engine::general_purpose::STANDARD, &doctype)
                .into_bytes(),
        ),
        (
            "truncated.b64",
            posted.as_bytes()[..posted.len() - 5].to_vec(),
        ),
        ("oversized.b64", oversized.into_bytes()),
    ];
    for (name, bytes) in cases {
        let file = temp_file(name, &bytes);
        let out = inspect(&[file.to_str().unwrap(), "--json", "--now", NOW]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert!(out.stdout.is_empty(), "{name}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.starts_with("error: ") && stderr.lines().count() == 1,
            "{name}: {stderr}"
        );
        std::fs::remove_file(file).unwrap();
    }
}

#[test]
fn against_needs_a_response_and_a_readable_reference() {
    let metadata = fixture(METADATA);
    let out = inspect(&[
        metadata.to_str().unwrap(),
        "--against",
        metadata.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let response = temp_file(
        "against.xml",
        Response::azure(at(NOW) - 30, &metadata_certificate(1))
            .xml()
            .as_bytes(),
    );
    let out = inspect(&[
        response.to_str().unwrap(),
        "--against",
        fixture("EXPECTED.md").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .starts_with("error: ")
    );
    std::fs::remove_file(response).unwrap();
}

#[test]
fn metadata_and_certificates_keep_their_inspect_output() {
    let out = inspect(&[fixture(METADATA).to_str().unwrap(), "--json", "--now", NOW]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["kind"], "metadata");
    assert_eq!(json["chosen"], 1);
    let base64 = common::base64_of("certs/derived/ggtristams_active_signing_cert.cer");
    let file = temp_file("bare.b64", base64.as_bytes());
    let out = inspect(&[file.to_str().unwrap(), "--json", "--now", NOW]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["kind"], "certificate");
    std::fs::remove_file(file).unwrap();
}

#[test]
fn the_real_2015_azure_response_reads_from_the_cli() {
    let file = fixture("responses/socialflow-net-saml2_azure-ad_2015.xml");
    let out = inspect(&[
        file.to_str().unwrap(),
        "--json",
        "--now",
        "2015-05-22T17:20:00Z",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["issuer"],
        "https://sts.windows.net/acb72633-aa5b-4728-893c-8566381b4d2b/"
    );
    assert_eq!(json["checks"][6]["state"], "ok");
}
