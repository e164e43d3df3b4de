//! From what was posted to the response's XML: XML as is (UTF-8 or UTF-16), or the
//! `SAMLResponse` value (Base64, URL-encoded or not, alone or in a whole form body).

use super::model::PROTOCOL;
use crate::error::{Error, Result};
use crate::metadata;
use crate::text;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD_PAD_INDIFFERENT;
use quick_xml::events::Event;
use quick_xml::reader::NsReader;

/// Whether `bytes` hold a SAML response rather than a certificate or metadata: XML whose root
/// is `samlp:Response`, or text that decodes from Base64 into XML. The CLI and www route on it.
pub fn looks_like_response(bytes: &[u8]) -> bool {
    if text::check_size(bytes).is_err() {
        return false;
    }
    let Some(text) = text::decode(bytes) else {
        return false;
    };
    let text = text.trim();
    if text.starts_with('<') {
        return root_is_response(text);
    }
    if form_value(text, "SAMLResponse").is_some() {
        return true;
    }
    // Base64 of XML starts with `P` (`<` is 0x3C), of a certificate with `MII`. Only the first
    // four characters are decoded, so a truncated response still reaches the sign-in check and
    // gets its own error there rather than a certificate's.
    let head: String = percent_decode(text, false)
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(4)
        .collect();
    STANDARD_PAD_INDIFFERENT
        .decode(head.as_bytes())
        .is_ok_and(|bytes| bytes.first() == Some(&b'<') || bytes == [0xEF, 0xBB, 0xBF])
}

/// The response's XML, from the forms a response arrives in: XML (UTF-8 or UTF-16, with or
/// without byte-order mark), or the posted `SAMLResponse` value (Base64 with any white space,
/// URL-encoded or not, alone or in a whole form body).
pub fn decode(posted: &[u8]) -> Result<String> {
    text::check_size(posted)?;
    let text = text::decode(posted).ok_or(Error::NotSamlResponse)?;
    let text = text.trim();
    if text.starts_with('<') {
        return Ok(text.to_owned());
    }
    decode_posted(text)
}

fn decode_posted(text: &str) -> Result<String> {
    let value = form_value(text, "SAMLResponse").unwrap_or(text);
    // In a form body `+` is a space and a Base64 `+` arrives as `%2B`; tools that escape only
    // some characters leave `+` alone, so both readings are tried and the one giving XML wins.
    let readings = if value.contains('%') {
        vec![percent_decode(value, true), percent_decode(value, false)]
    } else {
        vec![Some(value.to_owned())]
    };
    let mut first_error = None;
    for reading in readings.into_iter().flatten() {
        let compact: String = reading.chars().filter(|c| !c.is_whitespace()).collect();
        match STANDARD_PAD_INDIFFERENT.decode(compact.as_bytes()) {
            Ok(bytes) => {
                if let Some(xml) = text::decode(&bytes)
                    && xml.trim_start().starts_with('<')
                {
                    return Ok(xml.trim().to_owned());
                }
                first_error.get_or_insert(Error::NotSamlResponse);
            }
            Err(err) => {
                first_error.get_or_insert(Error::ResponseBase64 {
                    detail: err.to_string(),
                });
            }
        }
    }
    Err(first_error.unwrap_or(Error::NotSamlResponse))
}

/// The value of `name` in an `application/x-www-form-urlencoded` body, still encoded.
fn form_value<'a>(body: &'a str, name: &str) -> Option<&'a str> {
    body.split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}

/// Percent-decoding; `None` when the result is not UTF-8 (then it was not Base64 either).
fn percent_decode(text: &str, plus_is_space: bool) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let escaped = (byte == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .filter(|hex| hex.iter().all(u8::is_ascii_hexdigit))
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(decoded) => {
                out.push(decoded);
                i += 3;
            }
            None => {
                out.push(if byte == b'+' && plus_is_space {
                    b' '
                } else {
                    byte
                });
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

fn root_is_response(xml: &str) -> bool {
    let mut reader = NsReader::from_str(xml);
    loop {
        match reader.read_resolved_event() {
            Ok((namespace, Event::Start(start) | Event::Empty(start))) => {
                return metadata::bound(namespace).as_deref() == Some(PROTOCOL)
                    && start.local_name().as_ref() == "Response";
            }
            Ok((_, Event::Eof | Event::DocType(_))) | Err(_) => return false,
            Ok(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_bodies_and_percent_escapes_are_undone() {
        assert_eq!(
            form_value("RelayState=x&SAMLResponse=PD94%2B&y=1", "SAMLResponse"),
            Some("PD94%2B")
        );
        assert_eq!(
            percent_decode("a%2Bb+c%3D", true).as_deref(),
            Some("a+b c=")
        );
        assert_eq!(
            percent_decode("a%2Bb+c%3D", false).as_deref(),
            Some("a+b+c=")
        );
        assert_eq!(percent_decode("100%", true).as_deref(), Some("100%"));
        assert_eq!(percent_decode("%+1", false).as_deref(), Some("%+1"));
    }
}
