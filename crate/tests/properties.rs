//! Property tests: every layout of a real certificate reads to the same certificate, and no
//! input panics.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;
use common::*;
use proptest::prelude::*;
use ssobridge::certificate::parse_certificates;
use ssobridge::inspect::inspect;

const SHA1: &str = "3059B1E91C186E4258CA2365D867BBD8ECB8C187";

fn wrap(text: &str, width: usize, eol: &str) -> String {
    text.as_bytes()
        .chunks(width)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(eol)
}

proptest! {
    #[test]
    fn pem_of_any_width_and_line_end_reads_to_the_same_certificate(
        width in 1usize..200, crlf in any::<bool>(), bom in any::<bool>(), pad in "[ \t\r\n]{0,4}"
    ) {
        let eol = if crlf { "\r\n" } else { "\n" };
        let body = wrap(&base64_of("certs/derived/coveooss_azure_xml_signing_cert.der.cer"), width, eol);
        let pem = format!("{}{pad}-----BEGIN CERTIFICATE-----{eol}{body}{eol}-----END CERTIFICATE-----{eol}{pad}", if bom { "\u{FEFF}" } else { "" });
        let certs = parse_certificates(pem.as_bytes()).unwrap();
        prop_assert_eq!(certs[0].thumbprint_sha1(), SHA1);
    }

    #[test]
    fn pem_out_der_in_and_base64_round_trip(width in 1usize..120) {
        let der = fixture("certs/derived/coveooss_azure_xml_signing_cert.der.cer");
        let cert = parse_certificates(&der).unwrap().remove(0);
        let from_pem = parse_certificates(cert.details().pem.as_bytes()).unwrap().remove(0);
        prop_assert_eq!(from_pem.der(), &der[..]);
        let b64 = wrap(&base64_of("certs/derived/coveooss_azure_xml_signing_cert.der.cer"), width, "\n");
        let from_base64 = parse_certificates(b64.as_bytes()).unwrap().remove(0);
        prop_assert_eq!(from_base64.der(), &der[..]);
        for line in cert.details().pem.lines() {
            prop_assert!(line.len() <= 64);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = inspect(&bytes, None, 0);
    }

    #[test]
    fn damaged_metadata_never_panics(cut in 0usize..14_000, byte in any::<u8>()) {
        let mut xml = fixture("metadata/coveooss-saml-client_azure.xml");
        let at = cut.min(xml.len() - 1);
        xml[at] = byte;
        let _ = inspect(&xml, None, 0);
        xml.truncate(at);
        let _ = inspect(&xml, None, 0);
    }
}
