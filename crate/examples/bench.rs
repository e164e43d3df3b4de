//! `make bench`, native half: how long the core takes on real inputs. Prints figures; asserts
//! nothing (speed is measured, never tested).
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::hint::black_box;
use std::time::{Duration, Instant};

fn fixture(relative: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/../tests/fixtures/{relative}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn measure(label: &str, bytes: &[u8], run: impl Fn(&[u8])) {
    let start = Instant::now();
    let mut runs = 0u32;
    while start.elapsed() < Duration::from_millis(700) {
        run(black_box(bytes));
        runs += 1;
    }
    let micros = start.elapsed().as_secs_f64() * 1e6 / f64::from(runs);
    println!(
        "  {label:<58} {:>6} B  {micros:>8.1} µs/op  ({runs} runs)",
        bytes.len()
    );
}

fn main() {
    let now = 1_790_000_000;
    println!("native (release), one core:");
    for (label, file) in [
        (
            "app metadata, 1 certificate (coveooss)",
            "metadata/coveooss-saml-client_azure.xml",
        ),
        (
            "app metadata, rollover with 2 certificates (ggtristams)",
            "metadata/ggtristams-samlsso_federationmetadata.xml",
        ),
        (
            "tenant metadata, 5 certificates (diegonorman)",
            "metadata/diegonorman-sso-azure_tenant_azure_metadata.xml",
        ),
        (
            "metadata as UTF-16 (coveooss)",
            "metadata/derived/coveooss-saml-client_azure-utf-16.xml",
        ),
        (
            "certificate, PEM 76 columns CRLF (dooooling)",
            "certs/dooooling-saml-azure_Saml.cer",
        ),
        (
            "certificate, DER (dooooling)",
            "certs/derived/dooooling-saml-azure_Saml_as_RAW.der.cer",
        ),
    ] {
        measure(label, &fixture(file), |bytes| {
            black_box(ssobridge::inspect::inspect(bytes, None, now).unwrap());
        });
    }
    println!("parts:");
    let xml = fixture("metadata/coveooss-saml-client_azure.xml");
    let text = ssobridge::text::decode(&xml).unwrap().into_owned();
    measure(
        "metadata::parse alone (coveooss)",
        text.as_bytes(),
        |bytes| {
            black_box(ssobridge::metadata::parse(std::str::from_utf8(bytes).unwrap()).unwrap());
        },
    );
    measure(
        "quick-xml NsReader, events only (coveooss)",
        text.as_bytes(),
        |bytes| {
            let mut reader =
                quick_xml::reader::NsReader::from_str(std::str::from_utf8(bytes).unwrap());
            let mut events = 0u32;
            while !matches!(
                reader.read_resolved_event().unwrap().1,
                quick_xml::events::Event::Eof
            ) {
                events += 1;
            }
            black_box(events);
        },
    );
    measure(
        "Certificate::from_der alone (dooooling)",
        &fixture("certs/derived/dooooling-saml-azure_Saml_as_RAW.der.cer"),
        |bytes| {
            black_box(ssobridge::certificate::Certificate::from_der(bytes).unwrap());
        },
    );
}
