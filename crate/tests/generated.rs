//! Edge cases no real fixture covers, built around real certificates: encryption keys, national
//! clouds, prefixes, several PEM blocks, odd layouts.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;
use common::*;
use ssobridge::inspect::inspect;

const NOW: &str = "2021-06-01T00:00:00Z";
const DOOOOLING: &str = "certs/dooooling-saml-azure_Saml.cer";
const COVEO: &str = "certs/derived/coveooss_azure_xml_signing_cert.der.cer";

#[test]
fn encryption_key_listed_first_is_never_the_signing_certificate() {
    let keys = key("encryption", &base64_of(DOOOOLING)) + &key("signing", &base64_of(COVEO));
    let doc = metadata_doc("login.microsoftonline.com", "sts.windows.net", &keys);
    let result = inspect(doc.as_bytes(), None, at(NOW)).unwrap();
    assert_eq!(result.certificates.len(), 1);
    assert_eq!(
        result.certificates[0].details.thumbprint_sha1,
        "3059B1E91C186E4258CA2365D867BBD8ECB8C187"
    );
    assert_eq!(
        result.encryption_certificates[0].details.thumbprint_sha1,
        "883149A916D7AAB89549065669645E1E052589A8"
    );
    // Even when the portal's thumbprint names the encryption key, it is not offered.
    let named = inspect(
        doc.as_bytes(),
        Some("883149A916D7AAB89549065669645E1E052589A8"),
        at(NOW),
    )
    .unwrap();
    assert_eq!(
        named.certificates[named.chosen].details.thumbprint_sha1,
        "3059B1E91C186E4258CA2365D867BBD8ECB8C187"
    );
}

#[test]
fn key_without_use_attribute_counts_as_signing() {
    let keys = key("signing", &base64_of(COVEO)).replace(r#" use="signing""#, "");
    let doc = metadata_doc("login.microsoftonline.com", "sts.windows.net", &keys);
    assert_eq!(
        inspect(doc.as_bytes(), None, at(NOW))
            .unwrap()
            .certificates
            .len(),
        1
    );
}

#[test]
fn national_clouds_are_accepted() {
    for (login, sts) in [
        ("login.microsoftonline.us", "sts.windows.net"),
        ("login.partner.microsoftonline.cn", "sts.chinacloudapi.cn"),
        ("login.chinacloudapi.cn", "sts.chinacloudapi.cn"),
    ] {
        let doc = metadata_doc(login, sts, &key("signing", &base64_of(COVEO)));
        let result = inspect(doc.as_bytes(), None, at(NOW)).unwrap();
        assert_eq!(
            result.sign_in_url,
            Some(format!("https://{login}/{TENANT}/saml2"))
        );
        assert_eq!(result.entity_id, Some(format!("https://{sts}/{TENANT}/")));
    }
}

#[test]
fn metadata_urls_or_entity_id_of_the_wrong_shape_are_refused() {
    let good = metadata_doc(
        "login.microsoftonline.com",
        "sts.windows.net",
        &key("signing", &base64_of(COVEO)),
    );
    let cases = [
        (
            good.replace(
                "https://login.microsoftonline.com/",
                "http://login.microsoftonline.com/",
            ),
            "bad-login-url",
        ),
        (
            good.replace(
                "login.microsoftonline.com",
                "login.microsoftonline.com.evil.example",
            ),
            "bad-login-url",
        ),
        (
            good.replace("https://sts.windows.net/", "https://sts.evil.example/"),
            "bad-entity-id",
        ),
    ];
    for (doc, code) in cases {
        assert_eq!(
            inspect(doc.as_bytes(), None, at(NOW)).unwrap_err().code(),
            code
        );
    }
}

#[test]
fn several_pem_blocks_with_crlf_bom_and_odd_widths_all_read() {
    let pem_a = String::from_utf8(fixture(DOOOOLING)).unwrap();
    let der_b = fixture(COVEO);
    let wide = base64_of(COVEO);
    let pem_b = format!(
        "-----BEGIN CERTIFICATE-----\n{}\n{}\n-----END CERTIFICATE-----\n",
        &wide[..100],
        &wide[100..]
    );
    let text = format!("\u{FEFF}{pem_a}\r\nsome note between blocks\r\n{pem_b}");
    let result = inspect(text.as_bytes(), None, at(NOW)).unwrap();
    assert_eq!(result.certificates.len(), 2);
    assert_eq!(
        result.certificates[1].details.thumbprint_sha1,
        "3059B1E91C186E4258CA2365D867BBD8ECB8C187"
    );
    assert_eq!(
        ssobridge::certificate::Certificate::from_der(&der_b)
            .unwrap()
            .details()
            .thumbprint_sha1,
        "3059B1E91C186E4258CA2365D867BBD8ECB8C187"
    );
}

#[test]
fn bare_base64_as_in_metadata_with_spaces_and_newlines_reads() {
    let spaced: String = base64_of(COVEO)
        .chars()
        .enumerate()
        .flat_map(|(i, c)| {
            if i % 50 == 49 {
                vec![c, '\r', '\n', ' ']
            } else {
                vec![c]
            }
        })
        .collect();
    let result = inspect(spaced.as_bytes(), None, at(NOW)).unwrap();
    assert_eq!(
        result.certificates[0].details.thumbprint_sha1,
        "3059B1E91C186E4258CA2365D867BBD8ECB8C187"
    );
}

#[test]
fn pretty_printed_metadata_with_other_prefixes_and_char_refs_reads() {
    let b64 = base64_of(COVEO);
    let with_ref = format!("{}&#13;\n{}", &b64[..64], &b64[64..]);
    let doc = metadata_doc(
        "login.microsoftonline.com",
        "sts.windows.net",
        &key("signing", &with_ref),
    )
    .replace("md:", "saml2md:")
    .replace("xmlns:md=", "xmlns:saml2md=");
    let result = inspect(doc.as_bytes(), None, at(NOW)).unwrap();
    assert_eq!(
        result.certificates[0].details.thumbprint_sha1,
        "3059B1E91C186E4258CA2365D867BBD8ECB8C187"
    );
}

#[test]
fn elements_in_a_foreign_namespace_are_not_mistaken_for_metadata() {
    let doc = metadata_doc(
        "login.microsoftonline.com",
        "sts.windows.net",
        &key("signing", &base64_of(COVEO)),
    )
    .replace(
        "urn:oasis:names:tc:SAML:2.0:metadata",
        "urn:example:not-saml",
    );
    assert_eq!(
        inspect(doc.as_bytes(), None, at(NOW)).unwrap_err().code(),
        "not-metadata"
    );
}
