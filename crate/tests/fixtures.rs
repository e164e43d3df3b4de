//! The core on every real fixture, asserting the values OpenSSL read from them
//! (tests/fixtures/EXPECTED.md).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;
use common::*;
use ssobridge::certificate::Status;
use ssobridge::inspect::{InputKind, inspect};
use ssobridge::rollover::Reason;

const NOW: &str = "2026-11-23T00:00:00Z";

#[test]
fn app_metadata_with_bom_yields_the_three_values_and_its_certificate() {
    let result = inspect(
        &fixture("metadata/coveooss-saml-client_azure.xml"),
        None,
        at(NOW),
    )
    .unwrap();
    assert_eq!(result.kind, InputKind::Metadata);
    let tenant = "70186da4-868e-4177-9155-949d9fd1af15";
    assert_eq!(
        result.entity_id.as_deref(),
        Some(format!("https://sts.windows.net/{tenant}/").as_str())
    );
    let saml2 = format!("https://login.microsoftonline.com/{tenant}/saml2");
    assert_eq!(result.sign_in_url.as_deref(), Some(saml2.as_str()));
    assert_eq!(result.sign_out_url.as_deref(), Some(saml2.as_str()));
    assert_eq!(result.tenant_id.as_deref(), Some(tenant));
    assert_eq!(result.certificates.len(), 1);
    let cert = &result.certificates[0];
    assert_eq!(
        cert.details.thumbprint_sha1,
        "3059B1E91C186E4258CA2365D867BBD8ECB8C187"
    );
    assert_eq!(
        cert.details.thumbprint_sha256,
        "169CFAA5E38C0E2F503C9914E5F4CD7A2B748247E7341B7E5561A545AED83B82"
    );
    assert_eq!(cert.details.not_before, "2019-10-23T09:45:10Z");
    assert_eq!(cert.details.not_after, "2022-10-23T09:45:10Z");
    assert_eq!(
        cert.details.subject,
        "CN=Microsoft Azure Federated SSO Certificate"
    );
    assert_eq!(cert.status, Status::Expired);
    assert_eq!(result.warnings[0].code, "certificate-expired");
}

#[test]
fn utf16_copy_reads_exactly_like_the_utf8_original() {
    let original = inspect(
        &fixture("metadata/coveooss-saml-client_azure.xml"),
        None,
        at(NOW),
    )
    .unwrap();
    let utf16 = fixture("metadata/derived/coveooss-saml-client_azure-utf-16.xml");
    assert_eq!(&utf16[..4], &[0xFF, 0xFE, 0xFF, 0xFE]);
    assert_eq!(inspect(&utf16, None, at(NOW)).unwrap(), original);
}

#[test]
fn rollover_metadata_picks_the_valid_newer_certificate_after_the_first_expired() {
    let result = inspect(
        &fixture("metadata/ggtristams-samlsso_federationmetadata.xml"),
        None,
        at(NOW),
    )
    .unwrap();
    let thumbprints: Vec<_> = result
        .certificates
        .iter()
        .map(|c| c.details.thumbprint_sha1.as_str())
        .collect();
    assert_eq!(
        thumbprints,
        [
            "9B6A4331329E0D853B20BD364CD7131D3652942F",
            "815D70419E644F95BE30F309616EBDA58C5B591B"
        ]
    );
    assert_eq!(result.chosen, 1);
    assert_eq!(result.chosen_reason, Reason::NewestValid);
    assert!(
        result
            .warnings
            .iter()
            .any(|w| w.code == "several-signing-certificates")
    );
}

#[test]
fn rollover_prefers_the_certificate_the_portal_marks_active() {
    // In 2025 both were valid; the portal's thumbprint names the older one as active.
    let bytes = fixture("metadata/ggtristams-samlsso_federationmetadata.xml");
    let result = inspect(
        &bytes,
        Some("9b6a4331329e0d853b20bd364cd7131d3652942f"),
        at("2025-01-01T00:00:00Z"),
    )
    .unwrap();
    assert_eq!(result.chosen, 0);
    assert_eq!(result.chosen_reason, Reason::MatchesPortalThumbprint);
    let without = inspect(&bytes, None, at("2025-01-01T00:00:00Z")).unwrap();
    assert_eq!(
        without.chosen, 1,
        "without the portal's word, the newest valid one"
    );
}

#[test]
fn tenant_metadata_of_2015_with_only_expired_keys_picks_the_latest_expiry_and_flags_it() {
    let result = inspect(
        &fixture("metadata/AspNetKatana_tenant_federationmetadata_2015.xml"),
        None,
        at(NOW),
    )
    .unwrap();
    assert_eq!(
        result.sign_in_url.as_deref(),
        Some("https://login.windows.net/4afbc689-805b-48cf-a24c-d4aa3248a248/saml2")
    );
    assert_eq!(
        result.certificates[0].details.thumbprint_sha1,
        "92B88C3DD981BF1EBCB244FCFA63C007706C79E0"
    );
    assert_eq!(
        result.certificates[1].details.thumbprint_sha1,
        "3464C5BDD2BE7F2B6112E2F08E9C0024E33D9FE0"
    );
    assert_eq!(result.chosen, 0);
    assert_eq!(result.chosen_reason, Reason::NoneValidLatestExpiry);
    assert!(
        result
            .warnings
            .iter()
            .any(|w| w.code == "certificate-expired")
    );
}

#[test]
fn modern_tenant_metadata_lists_five_keys_and_picks_the_newest_valid() {
    let result = inspect(
        &fixture("metadata/diegonorman-sso-azure_tenant_azure_metadata.xml"),
        None,
        at(NOW),
    )
    .unwrap();
    assert_eq!(result.certificates.len(), 5);
    assert_eq!(
        result.certificates[4].details.thumbprint_sha1,
        "2A6F2868351B6FFA55506B13DFC7875FCEEFD3BF"
    );
    assert_eq!(result.chosen, 4, "notBefore 2025-03-23 is the latest");
    assert!(
        result
            .certificates
            .iter()
            .all(|c| c.status == Status::Valid)
    );
}

#[test]
fn metadata_without_bom_reads_the_same_way() {
    let result = inspect(
        &fixture("metadata/brendanbond-saml-metadata-to-passport_azure.xml"),
        None,
        at(NOW),
    )
    .unwrap();
    assert_eq!(
        result.certificates[0].details.thumbprint_sha1,
        "6EA78197045DCD02FC5C9E37FF1AA5CA3A3F568F"
    );
    assert_eq!(
        result.certificates[0].details.not_after,
        "2025-05-04T19:11:04Z"
    );
}

#[test]
fn common_metadata_is_refused_with_a_pointer_to_the_app_metadata() {
    let err = inspect(
        &fixture("metadata/ErikGrootoonk-saml_common_federationmetadata.xml"),
        None,
        at(NOW),
    )
    .unwrap_err();
    assert_eq!(err.code(), "tenant-independent-metadata");
    assert!(err.to_string().contains("App Federation Metadata Url"));
}

#[test]
fn template_with_placeholder_certificates_is_refused_as_damaged_base64() {
    let err = inspect(
        &fixture("metadata/derived/greenpau-caddy-auth-saml_azure_ad_app_metadata_TEMPLATE.xml"),
        None,
        at(NOW),
    )
    .unwrap_err();
    assert_eq!(err.code(), "invalid-base64");
}

#[test]
fn every_form_of_one_certificate_gives_the_same_certificate_and_openssls_pem() {
    let openssl_pem = fixture_text("certs/expected/dooooling.openssl.pem");
    for form in [
        "certs/dooooling-saml-azure_Saml.cer",
        "certs/derived/dooooling-saml-azure_Saml_as_RAW.der.cer",
    ] {
        let result = inspect(&fixture(form), None, at(NOW)).unwrap();
        assert_eq!(result.kind, InputKind::Certificate);
        let cert = &result.certificates[0];
        assert_eq!(cert.details.pem, openssl_pem, "{form}");
        assert_eq!(
            cert.details.thumbprint_sha1,
            "883149A916D7AAB89549065669645E1E052589A8"
        );
        assert_eq!(
            cert.details.thumbprint_sha256,
            "F52F70D5231A1F1A28AB40FE9B39C8640927871EB68B6B771818AC8ADB1E7294"
        );
        assert_eq!(cert.details.serial, "76672AB5808EB29245D487E25B71292A");
        assert_eq!(cert.details.not_before, "2020-12-02T07:47:27Z");
        assert_eq!(cert.details.not_after, "2023-12-02T07:47:23Z");
        assert_eq!(
            cert.details.issuer,
            "CN=Microsoft Azure Federated SSO Certificate"
        );
        assert_eq!(
            (cert.details.key_algorithm.as_str(), cert.details.key_bits),
            ("RSA", Some(2048))
        );
        assert!(result.entity_id.is_none() && result.sign_out_url.is_none());
    }
}

#[test]
fn lf_pem_raw_der_and_76_column_crlf_base64_all_read() {
    let cases = [
        (
            "certs/nareshkhuriwal-spring-boot-security-saml-azure-ad_signature.cer",
            "ED16D952FBED05F9B2D05B61636DF4C358CC15A5",
        ),
        (
            "certs/derived/nareshkhuriwal_signature_as_RAW.der.cer",
            "ED16D952FBED05F9B2D05B61636DF4C358CC15A5",
        ),
        (
            "certs/derived/coveooss_azure_xml_signing_cert.der.cer",
            "3059B1E91C186E4258CA2365D867BBD8ECB8C187",
        ),
        (
            "certs/derived/coveooss_azure_xml_signing_cert_base64_76col_crlf.cer",
            "3059B1E91C186E4258CA2365D867BBD8ECB8C187",
        ),
    ];
    for (form, sha1) in cases {
        let result = inspect(&fixture(form), None, at(NOW)).unwrap();
        assert_eq!(
            result.certificates[0].details.thumbprint_sha1, sha1,
            "{form}"
        );
    }
    let naresh = inspect(&fixture(cases[0].0), None, at(NOW)).unwrap();
    assert_eq!(
        naresh.certificates[0].details.serial,
        "11B070046995FC9944C6CF6FB564E3B9"
    );
    assert_eq!(
        naresh.certificates[0].details.thumbprint_sha256,
        "D45511B264F50AC0EB7548B8BD9C4C09FFEBE32E0BAE8AA16733B91F2CA08A21"
    );
}

#[test]
fn status_moves_from_not_yet_valid_to_expiring_to_expired_at_the_60_day_edge() {
    let bytes = fixture("certs/dooooling-saml-azure_Saml.cer");
    let status_at =
        |instant: &str| inspect(&bytes, None, at(instant)).unwrap().certificates[0].status;
    assert_eq!(status_at("2020-12-01T00:00:00Z"), Status::NotYetValid);
    assert_eq!(status_at("2022-01-01T00:00:00Z"), Status::Valid);
    // notAfter 2023-12-02T07:47:23Z; 60 days before is 2023-10-03T07:47:23Z (inclusive).
    assert_eq!(status_at("2023-10-03T07:47:22Z"), Status::Valid);
    assert_eq!(status_at("2023-10-03T07:47:23Z"), Status::Expiring);
    assert_eq!(status_at("2023-12-02T07:47:23Z"), Status::Expiring);
    assert_eq!(status_at("2023-12-02T07:47:24Z"), Status::Expired);
    let warnings = inspect(&bytes, None, at("2023-11-01T00:00:00Z"))
        .unwrap()
        .warnings;
    assert_eq!(warnings[0].code, "certificate-expiring");
}
