//! Any bytes as a certificate (PEM, Base64, DER): never a panic, and every certificate read
//! round-trips through its own PEM.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(certificates) = ssobridge::certificate::parse_certificates(data) {
        for certificate in certificates {
            let again = ssobridge::certificate::parse_certificates(certificate.details().pem.as_bytes());
            assert_eq!(again.ok().and_then(|c| c.into_iter().next()).as_ref().map(|c| c.der()), Some(certificate.der()));
        }
    }
});
