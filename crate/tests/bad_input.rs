//! Every bad input of SPEC section 8 gets its own clear error, never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;
use common::*;
use ssobridge::inspect::inspect;

fn code_of(bytes: &[u8]) -> &'static str {
    inspect(bytes, None, at("2021-01-01T00:00:00Z"))
        .unwrap_err()
        .code()
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let mut big = fixture("metadata/coveooss-saml-client_azure.xml");
    big.resize(1024 * 1024 + 1, b' ');
    assert_eq!(code_of(&big), "input-too-large");
}

#[test]
fn doctype_and_entity_declarations_are_refused() {
    let billion_laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata">&lol2;</EntityDescriptor>"#;
    assert_eq!(code_of(billion_laughs.as_bytes()), "xml-doctype-forbidden");
    let xxe = r#"<!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>"#;
    assert_eq!(code_of(xxe.as_bytes()), "xml-doctype-forbidden");
}

#[test]
fn undeclared_entities_are_refused() {
    let doc = r#"<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata">&ext;</EntityDescriptor>"#;
    assert_eq!(code_of(doc.as_bytes()), "xml-malformed");
}

#[test]
fn absurd_nesting_is_refused() {
    let doc = "<a>".repeat(10_000) + &"</a>".repeat(10_000);
    assert_eq!(code_of(doc.as_bytes()), "xml-too-deep");
}

#[test]
fn truncated_xml_is_malformed() {
    let xml = fixture_text("metadata/brendanbond-saml-metadata-to-passport_azure.xml");
    let cut = &xml[..xml.len() / 2];
    let code = code_of(cut.as_bytes());
    assert!(
        matches!(
            code,
            "xml-malformed" | "not-metadata" | "no-signing-certificate" | "invalid-base64"
        ),
        "{code}"
    );
}

#[test]
fn truncated_base64_is_refused_as_damaged() {
    let b64 = base64_of("certs/dooooling-saml-azure_Saml.cer");
    assert_eq!(code_of(&b64.as_bytes()[..b64.len() - 3]), "invalid-base64");
    // Cut on a 4-character boundary: it decodes, but to half a certificate.
    assert_eq!(code_of(&b64.as_bytes()[..400]), "not-a-certificate");
}

#[test]
fn truncated_pem_is_refused() {
    let pem = fixture_text("certs/nareshkhuriwal-spring-boot-security-saml-azure-ad_signature.cer");
    assert_eq!(code_of(&pem.as_bytes()[..pem.len() / 2]), "invalid-pem");
}

#[test]
fn der_that_is_not_a_certificate_is_refused() {
    assert_eq!(
        code_of(&[0x30, 0x03, 0x02, 0x01, 0x05]),
        "not-a-certificate"
    );
    let mut der = fixture("certs/derived/coveooss_azure_xml_signing_cert.der.cer");
    der.extend_from_slice(b"trailing");
    assert_eq!(code_of(&der), "not-a-certificate");
}

#[test]
fn metadata_without_signing_key_is_refused() {
    let doc = metadata_doc(
        "login.microsoftonline.com",
        "sts.windows.net",
        &key(
            "encryption",
            &base64_of("certs/dooooling-saml-azure_Saml.cer"),
        ),
    );
    assert_eq!(code_of(doc.as_bytes()), "no-signing-certificate");
    let none = metadata_doc("login.microsoftonline.com", "sts.windows.net", "");
    assert_eq!(code_of(none.as_bytes()), "no-signing-certificate");
}

#[test]
fn requests_private_keys_and_other_files_are_named_for_what_they_are() {
    assert_eq!(
        code_of(b"-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n"),
        "certificate-request"
    );
    assert_eq!(
        code_of(b"-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n"),
        "private-key"
    );
    assert_eq!(
        code_of(b"-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n"),
        "private-key"
    );
    assert_eq!(code_of(b"hello, this is a note"), "unrecognised-input");
    assert_eq!(code_of(b"   \n"), "empty-input");
    assert_eq!(code_of(&[0xFF, 0xFE, 0x00]), "unrecognised-input");
    assert_eq!(
        code_of(b"<html><body>Sign in to your account</body></html>"),
        "not-metadata"
    );
}

#[test]
fn every_error_has_a_distinct_code_and_a_sentence() {
    let samples = [
        code_of(b"   "),
        code_of(b"hello, this is a note"),
        code_of(b"<!DOCTYPE x><x/>"),
        code_of(b"<html/>"),
    ];
    let mut unique = samples.to_vec();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), samples.len());
}
