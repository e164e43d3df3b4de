//! Distinguished names as an admin reads them (RFC 4514: `CN=…,O=…`). x509-cert's own Display
//! looks every attribute up in const-oid's full name database, which is most of the module's
//! certificate code by size; the attributes real certificates carry fit in a short table.

use crate::x509::{AttributeTypeAndValueRef, NameRef};
use der::asn1::{Ia5StringRef, PrintableStringRef, TeletexStringRef, Utf8StringRef};
use der::{Tag, Tagged as _};

/// The attribute types a certificate's names use, by OID (RFC 4514 section 3, RFC 4519).
const SHORT_NAMES: &[(&str, &str)] = &[
    ("2.5.4.3", "CN"),
    ("2.5.4.6", "C"),
    ("2.5.4.7", "L"),
    ("2.5.4.8", "ST"),
    ("2.5.4.9", "STREET"),
    ("2.5.4.10", "O"),
    ("2.5.4.11", "OU"),
    ("2.5.4.5", "SERIALNUMBER"),
    ("0.9.2342.19200300.100.1.25", "DC"),
    ("0.9.2342.19200300.100.1.1", "UID"),
    ("1.2.840.113549.1.9.1", "EMAILADDRESS"),
];

/// The name in RFC 4514 form: the last RDN first, `+` inside an RDN, special characters
/// escaped; an attribute type not in the table as its OID with the value's DER in hex.
pub fn distinguished_name(name: &NameRef<'_>) -> String {
    // Written piece by piece: `format!` and `join` per attribute were a third of the
    // certificate reader's own code in the wasm module.
    let mut out = String::new();
    for (i, rdn) in name.iter().rev().enumerate() {
        if i > 0 {
            out.push(',');
        }
        for (j, atv) in rdn.0.iter().enumerate() {
            if j > 0 {
                out.push('+');
            }
            attribute(atv, &mut out);
        }
    }
    out
}

fn attribute(atv: &AttributeTypeAndValueRef<'_>, out: &mut String) {
    let oid = atv.oid.to_string();
    let short = SHORT_NAMES
        .iter()
        .find(|(known, _)| *known == oid)
        .map(|(_, short)| *short);
    let value = atv.value;
    let text = match value.tag() {
        Tag::PrintableString => PrintableStringRef::try_from(value).ok().map(|s| s.as_str()),
        Tag::Utf8String => Utf8StringRef::try_from(value).ok().map(|s| s.as_str()),
        Tag::Ia5String => Ia5StringRef::try_from(value).ok().map(|s| s.as_str()),
        Tag::TeletexString => TeletexStringRef::try_from(value).ok().map(|s| s.as_str()),
        _ => None,
    };
    match (short, text) {
        (Some(short), Some(text)) => {
            out.push_str(short);
            out.push('=');
            escape(text, out);
        }
        _ => {
            use der::Encode as _;
            let der = value.to_der().unwrap_or_default();
            out.push_str(&oid);
            out.push_str("=#");
            out.push_str(&crate::certificate::upper_hex(&der).to_ascii_lowercase());
        }
    }
}

/// RFC 4514 section 2.4 escaping.
fn escape(value: &str, out: &mut String) {
    let last = value.chars().count().saturating_sub(1);
    for (i, c) in value.chars().enumerate() {
        match c {
            '#' if i == 0 => out.push_str("\\#"),
            ' ' if i == 0 || i == last => out.push_str("\\ "),
            '"' | '+' | ',' | ';' | '<' | '>' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\u{0}'..='\u{1f}' | '\u{7f}' => {
                out.push('\\');
                let byte = u8::try_from(c).unwrap_or_default();
                out.push_str(&crate::certificate::upper_hex(&[byte]).to_ascii_lowercase());
            }
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use der::{Decode as _, Encode as _};
    use std::str::FromStr as _;

    /// A name as x509-cert writes it from RFC 4514 text, read back as the certificate reader does.
    fn name_of(text: &str) -> String {
        let der = x509_cert::name::Name::from_str(text)
            .unwrap()
            .to_der()
            .unwrap();
        distinguished_name(&NameRef::from_der(&der).unwrap())
    }

    #[test]
    fn names_read_like_rfc_4514_with_the_last_rdn_first_and_escapes() {
        assert_eq!(
            name_of("CN=Microsoft Azure Federated SSO Certificate,O=Contoso\\, Ltd,C=NL"),
            "CN=Microsoft Azure Federated SSO Certificate,O=Contoso\\, Ltd,C=NL"
        );
    }

    #[test]
    fn leading_hash_edge_spaces_specials_and_control_characters_are_escaped() {
        let mut out = String::new();
        escape("#a\u{1}\u{7f};b ", &mut out);
        assert_eq!(out, "\\#a\\01\\7f\\;b\\ ");
    }

    #[test]
    fn a_multi_valued_rdn_reads_in_der_order_joined_by_plus() {
        assert_eq!(name_of("CN=a+O=b,DC=example"), "CN=a+O=b,DC=example");
    }
}
