//! Shared helpers for the native tests: fixture paths and instants.
#![allow(dead_code, missing_docs)]

use std::path::PathBuf;

pub fn fixture(relative: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .join(relative);
    std::fs::read(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

pub fn fixture_text(relative: &str) -> String {
    let bytes = fixture(relative);
    String::from_utf8(bytes).expect("fixture is UTF-8")
}

pub fn at(rfc3339: &str) -> u64 {
    ssobridge::time::parse_rfc3339(rfc3339).expect("valid instant")
}

/// Base64 of the certificate inside a certificate fixture, on one line.
pub fn base64_of(relative: &str) -> String {
    use base64::Engine as _;
    let parsed = ssobridge::certificate::parse_certificates(&fixture(relative)).expect("parses");
    base64::engine::general_purpose::STANDARD.encode(parsed[0].der())
}

pub const TENANT: &str = "70186da4-868e-4177-9155-949d9fd1af15";

/// A metadata document in Azure's shape, with the given KeyDescriptors and hosts, for edge
/// cases no real fixture covers. Certificates inside are real (from the fixtures).
pub fn metadata_doc(login_host: &str, sts_host: &str, key_descriptors: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<md:EntityDescriptor ID="_x" entityID="https://{sts_host}/{TENANT}/" xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    {key_descriptors}
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://{login_host}/{TENANT}/saml2" />
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://{login_host}/{TENANT}/saml2" />
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://{login_host}/{TENANT}/saml2" />
  </md:IDPSSODescriptor>
</md:EntityDescriptor>"#
    )
    .replace('\n', "\r\n")
}

pub fn key(use_: &str, base64: &str) -> String {
    format!(
        r#"<md:KeyDescriptor use="{use_}"><dsig:KeyInfo xmlns:dsig="http://www.w3.org/2000/09/xmldsig#"><dsig:X509Data><dsig:X509Certificate>
{base64}
</dsig:X509Certificate></dsig:X509Data></dsig:KeyInfo></md:KeyDescriptor>"#
    )
}
