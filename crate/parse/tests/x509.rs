//! The borrowed certificate reader (`x509`) against x509-cert's full decoder, on every real
//! certificate of tests/fixtures: the same serial, validity, names, key and extensions, and
//! what the product shows from them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use der::{Decode as _, Encode as _};
use ssobridge_parse::certificate::{Certificate, parse_certificates};
use ssobridge_parse::distinguished_names::distinguished_name;
use ssobridge_parse::x509::{CertificateRef, NameRef};
use std::str::FromStr as _;
use x509_cert::attr::AttributeTypeAndValue;
use x509_cert::name::Name;
use x509_cert::{Certificate as X509, der};

fn fixture(path: &str) -> Vec<u8> {
    let full = format!("{}/../../tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&full).unwrap_or_else(|err| panic!("{full}: {err}"))
}

/// Every certificate of the fixtures, as DER: the downloads (PEM, DER), the derived ones, and
/// each `X509Certificate` of the metadata documents (signing and encryption, tenant and app).
fn fixture_certificates() -> Vec<(String, Vec<u8>)> {
    let mut all = Vec::new();
    for dir in ["certs", "certs/derived", "metadata", "metadata/derived"] {
        let full = format!("{}/../../tests/fixtures/{dir}", env!("CARGO_MANIFEST_DIR"));
        let mut names: Vec<String> = std::fs::read_dir(&full)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().into_string().unwrap())
            .filter(|name| name.ends_with(".cer") || name.ends_with(".xml"))
            .collect();
        names.sort();
        for name in names {
            let bytes = fixture(&format!("{dir}/{name}"));
            let certificates = if name.ends_with(".xml") {
                let text = ssobridge_parse::text::decode(&bytes).unwrap();
                match ssobridge_parse::metadata::parse(&text) {
                    Ok(documents) => documents
                        .into_iter()
                        .flat_map(|doc| doc.signing.into_iter().chain(doc.encryption))
                        .collect(),
                    // Templates and damaged documents: their own tests say why.
                    Err(_) => Vec::new(),
                }
            } else {
                parse_certificates(&bytes).unwrap()
            };
            for (i, certificate) in certificates.iter().enumerate() {
                all.push((format!("{dir}/{name} #{i}"), certificate.der().to_vec()));
            }
        }
    }
    all
}

fn rdns_of_x509(name: &Name) -> Vec<Vec<(String, Vec<u8>)>> {
    name.iter_rdn()
        .map(|rdn| {
            rdn.iter()
                .map(|atv| (atv.oid.to_string(), atv.value.to_der().unwrap()))
                .collect()
        })
        .collect()
}

fn rdns_of_ref(name: &NameRef<'_>) -> Vec<Vec<(String, Vec<u8>)>> {
    name.iter()
        .map(|rdn| {
            rdn.0
                .iter()
                .map(|atv| (atv.oid.to_string(), atv.value.to_der().unwrap()))
                .collect()
        })
        .collect()
}

#[test]
fn the_borrowed_reader_agrees_with_x509_cert_on_every_fixture_certificate() {
    let certificates = fixture_certificates();
    // 4 downloads and their derived forms, 2 made here, 17 in the metadata documents.
    assert!(certificates.len() >= 25, "{}", certificates.len());
    let mut with_extensions = 0;
    for (name, der) in &certificates {
        let full = X509::from_der(der).unwrap_or_else(|err| panic!("{name}: {err}"));
        let read = CertificateRef::from_der(der).unwrap_or_else(|err| panic!("{name}: {err}"));
        let (tbs, ours) = (full.tbs_certificate(), &read.tbs_certificate);
        assert_eq!(tbs.version(), ours.version, "{name}");
        assert_eq!(
            tbs.serial_number().as_bytes(),
            ours.serial_number.as_bytes(),
            "{name}"
        );
        assert_eq!(
            tbs.validity().not_before,
            ours.validity.not_before,
            "{name}"
        );
        assert_eq!(tbs.validity().not_after, ours.validity.not_after, "{name}");
        assert_eq!(
            rdns_of_x509(tbs.issuer()),
            rdns_of_ref(&ours.issuer),
            "{name}"
        );
        assert_eq!(
            rdns_of_x509(tbs.subject()),
            rdns_of_ref(&ours.subject),
            "{name}"
        );
        let (spki, our_spki) = (tbs.subject_public_key_info(), &ours.subject_public_key_info);
        assert_eq!(spki.algorithm.oid, our_spki.algorithm.oid, "{name}");
        assert_eq!(
            spki.algorithm
                .parameters
                .as_ref()
                .map(|p| p.to_der().unwrap()),
            our_spki.algorithm.parameters.map(|p| p.to_der().unwrap()),
            "{name}"
        );
        assert_eq!(
            spki.subject_public_key.raw_bytes(),
            our_spki.subject_public_key.raw_bytes(),
            "{name}"
        );
        let extensions: Vec<_> = tbs
            .extensions()
            .into_iter()
            .flatten()
            .map(|e| (e.extn_id, e.critical, e.extn_value.as_bytes().to_vec()))
            .collect();
        let our_extensions: Vec<_> = ours
            .extensions
            .iter()
            .flatten()
            .map(|e| (e.extn_id, e.critical, e.extn_value.as_bytes().to_vec()))
            .collect();
        assert_eq!(extensions, our_extensions, "{name}");
        with_extensions += usize::from(!extensions.is_empty());
        assert_eq!(
            full.signature().raw_bytes(),
            read.signature.raw_bytes(),
            "{name}"
        );
    }
    assert!(with_extensions >= 9, "{with_extensions}");
}

#[test]
fn a_certificate_made_here_shows_its_multi_valued_name_ec_key_and_generalized_time() {
    let ec = Certificate::from_der(&fixture(
        "certs/derived/openssl_ec384_multivalued_rdn_extensions.der.cer",
    ))
    .unwrap();
    let details = ec.details();
    assert_eq!(details.subject, "DC=com,DC=example,CN=a+O=b+C=SE");
    assert_eq!(details.issuer, details.subject);
    assert_eq!(details.serial, "013577337768733E0C7D07357A89F073EB9B205E");
    assert_eq!(details.not_after, "2027-01-06T04:37:47Z");
    assert_eq!(
        (details.key_algorithm.as_str(), details.key_bits),
        ("EC", Some(384))
    );
    assert_eq!(
        details.thumbprint_sha1,
        "0093BBEFB8A857B74724D41D06161B2EFF0C61B1"
    );

    let rsa = Certificate::from_der(&fixture(
        "certs/derived/openssl_rsa3072_generalizedtime_utf8.der.cer",
    ))
    .unwrap();
    let details = rsa.details();
    assert_eq!(details.subject, "O=\\\"q\\\"\\;\\<x\\>,CN=long lived\\ ");
    assert_eq!(details.not_before, "2026-12-07T04:37:48Z");
    assert_eq!(details.not_after, "2081-09-09T04:37:48Z");
    assert_eq!(
        (details.key_algorithm.as_str(), details.key_bits),
        ("RSA", Some(3072))
    );
}

/// The DER of the name `CN=a+OU=b` (one RDN of two attributes, in DER order: CN is 2.5.4.3,
/// OU 2.5.4.11), and the same bytes with the two attributes swapped: x509-cert sorts a set
/// when it writes one, so the out-of-order set is made by swapping the encoded attributes
/// (the same length, so every header stays valid).
fn name_in_and_out_of_order() -> (Vec<u8>, Vec<u8>) {
    let cn: AttributeTypeAndValue = "CN=a".parse().unwrap();
    let ou: AttributeTypeAndValue = "OU=b".parse().unwrap();
    let (cn, ou) = (cn.to_der().unwrap(), ou.to_der().unwrap());
    assert_eq!(cn.len(), ou.len());
    let in_order = Name::from_str("CN=a+OU=b").unwrap().to_der().unwrap();
    let at = |needle: &[u8]| {
        in_order
            .windows(needle.len())
            .position(|w| w == needle)
            .unwrap()
    };
    let (pos_cn, pos_ou) = (at(&cn), at(&ou));
    assert!(pos_cn < pos_ou);
    let mut swapped = in_order.clone();
    swapped[pos_cn..pos_cn + ou.len()].copy_from_slice(&ou);
    swapped[pos_ou..pos_ou + cn.len()].copy_from_slice(&cn);
    (in_order, swapped)
}

#[test]
fn a_name_set_out_of_der_order_is_refused_not_reordered() {
    let (in_order, swapped) = name_in_and_out_of_order();
    assert_eq!(
        distinguished_name(&NameRef::from_der(&in_order).unwrap()),
        "CN=a+OU=b"
    );
    // DER asks a SET OF in order; x509-cert 0.3 sorts what it reads, this reader refuses.
    assert!(Name::from_der(&swapped).is_ok());
    assert!(NameRef::from_der(&swapped).is_err());
}
