//! `ssobridge inspect` as SPEC section 9 defines it: one JSON object and exit 0, or nothing on
//! stdout, one `error:` line on stderr and exit 1.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::PathBuf;
use std::process::{Command, Output};

fn fixture(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .join(relative)
}

fn inspect(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ssobridge"))
        .arg("inspect")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn json_for_rollover_metadata_has_the_contract_fields() {
    let file = fixture("metadata/ggtristams-samlsso_federationmetadata.xml");
    let out = inspect(&[
        file.to_str().unwrap(),
        "--json",
        "--now",
        "2026-11-23T00:00:00Z",
    ]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["entityId"],
        "https://sts.windows.net/81c1df79-e153-4f9d-a101-8dcf04af6c2c/"
    );
    assert_eq!(
        json["signInUrl"],
        "https://login.microsoftonline.com/81c1df79-e153-4f9d-a101-8dcf04af6c2c/saml2"
    );
    assert_eq!(json["signInUrlPost"], json["signInUrl"]);
    assert_eq!(json["signOutUrl"], json["signInUrl"]);
    assert_eq!(json["chosen"], 1);
    let chosen = &json["certificates"][1];
    for key in [
        "thumbprintSha1",
        "thumbprintSha256",
        "subject",
        "notBefore",
        "notAfter",
        "status",
        "pem",
    ] {
        assert!(chosen[key].is_string(), "{key}");
    }
    assert_eq!(
        chosen["thumbprintSha1"],
        "815D70419E644F95BE30F309616EBDA58C5B591B"
    );
    assert_eq!(chosen["notAfter"], "2027-05-07T16:44:56Z");
    assert_eq!(json["certificates"][0]["status"], "expired");
}

#[test]
fn json_for_a_certificate_has_null_metadata_fields_and_pem_can_be_written() {
    let out_file = std::env::temp_dir().join(format!("ssobridge-cli-{}.pem", std::process::id()));
    let file = fixture("certs/derived/dooooling-saml-azure_Saml_as_RAW.der.cer");
    let out = inspect(&[
        file.to_str().unwrap(),
        "--json",
        "--pem",
        out_file.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        json["entityId"].is_null() && json["signInUrl"].is_null() && json["signOutUrl"].is_null()
    );
    assert_eq!(json["chosen"], 0);
    let pem = std::fs::read_to_string(&out_file).unwrap();
    let openssl = std::fs::read_to_string(fixture("certs/expected/dooooling.openssl.pem")).unwrap();
    assert_eq!(pem, openssl);
    std::fs::remove_file(out_file).unwrap();
}

#[test]
fn bad_input_prints_nothing_on_stdout_one_error_line_and_exits_1() {
    let cases = [
        fixture("metadata/ErikGrootoonk-saml_common_federationmetadata.xml"),
        fixture("metadata/derived/greenpau-caddy-auth-saml_azure_ad_app_metadata_TEMPLATE.xml"),
        fixture("EXPECTED.md"),
    ];
    for file in cases {
        let out = inspect(&[file.to_str().unwrap(), "--json"]);
        assert_eq!(out.status.code(), Some(1), "{}", file.display());
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.starts_with("error: ") && stderr.lines().count() == 1,
            "{stderr}"
        );
    }
    let missing = inspect(&["/nonexistent/file.xml", "--json"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(missing.stdout.is_empty());
}

#[test]
fn human_output_names_the_chosen_certificate() {
    let file = fixture("metadata/ggtristams-samlsso_federationmetadata.xml");
    let out = inspect(&[file.to_str().unwrap(), "--now", "2026-11-23T00:00:00Z"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Certificate 2 (chosen)"));
    assert!(text.contains("815D70419E644F95BE30F309616EBDA58C5B591B"));
}
