//! Bytes → text: byte-order marks, UTF-8 and UTF-16 (Azure metadata is UTF-8 with a BOM; some
//! tools re-save it as UTF-16).

use crate::error::{Error, Result};
use std::borrow::Cow;

/// The largest input any surface accepts (SPEC section 8).
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;

/// Refuses inputs over [`MAX_INPUT_BYTES`] and empty ones.
pub fn check_size(bytes: &[u8]) -> Result<()> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Error::InputTooLarge {
            size: bytes.len(),
            limit: MAX_INPUT_BYTES,
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::EmptyInput);
    }
    Ok(())
}

/// Decodes text, removing every leading byte-order mark (a UTF-8 file re-encoded as UTF-16
/// carries two: `FF FE FF FE`). Returns `None` for bytes that are not text (DER).
pub fn decode(bytes: &[u8]) -> Option<Cow<'_, str>> {
    let text: Cow<'_, str> = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        Cow::Owned(decode_utf16(rest, u16::from_le_bytes)?)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        Cow::Owned(decode_utf16(rest, u16::from_be_bytes)?)
    } else {
        Cow::Borrowed(std::str::from_utf8(bytes).ok()?)
    };
    Some(strip_boms(text))
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Option<String> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<std::result::Result<String, _>>()
        .ok()
}

fn strip_boms(text: Cow<'_, str>) -> Cow<'_, str> {
    if !text.starts_with('\u{FEFF}') {
        return text;
    }
    match text {
        Cow::Borrowed(s) => Cow::Borrowed(s.trim_start_matches('\u{FEFF}')),
        Cow::Owned(s) => Cow::Owned(s.trim_start_matches('\u{FEFF}').to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_removed() {
        assert_eq!(decode(b"\xEF\xBB\xBF<a/>").as_deref(), Some("<a/>"));
    }

    #[test]
    fn utf16le_with_double_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "\u{FEFF}<a/>".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes).as_deref(), Some("<a/>"));
    }

    #[test]
    fn utf16be_is_decoded() {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in "<b/>".encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode(&bytes).as_deref(), Some("<b/>"));
    }

    #[test]
    fn der_is_not_text() {
        assert_eq!(decode(&[0x30, 0x82, 0x02, 0xF0, 0xFF, 0x80]), None);
    }

    #[test]
    fn oversized_and_empty_inputs_are_refused() {
        let big = vec![b'a'; MAX_INPUT_BYTES + 1];
        assert!(matches!(check_size(&big), Err(Error::InputTooLarge { .. })));
        assert_eq!(check_size(b" \r\n\t"), Err(Error::EmptyInput));
        assert_eq!(check_size(b"x"), Ok(()));
    }
}
