//! Bytes → text: byte-order marks, UTF-8 and UTF-16. The decoding lives in `ssobridge-parse`;
//! this module gives it ssobridge's error type.

use crate::error::Result;
pub use ssobridge_parse::text::{MAX_INPUT_BYTES, decode};

/// Refuses inputs over [`MAX_INPUT_BYTES`] and empty ones.
pub fn check_size(bytes: &[u8]) -> Result<()> {
    Ok(ssobridge_parse::text::check_size(bytes)?)
}

/// `text` in lower case, as [`str::to_lowercase`] writes it for the letters of the alphabets
/// the portals ssobridge reads are written in (ASCII, Latin-1 and Latin Extended-A: Dutch,
/// Swedish, German, French, Spanish, Italian, Portuguese, Polish; Japanese has no case) and
/// fullwidth Latin; other characters stay as they are. Every label and word the core matches
/// pages by is in those alphabets (a test checks), and this leaves core's Unicode case table
/// (about 8 KiB of the wasm module gzipped) out.
pub fn lowercase(text: &str) -> String {
    text.chars().map(lowercase_char).collect()
}

fn lowercase_char(c: char) -> char {
    let code = u32::from(c);
    let lower = match code {
        // ASCII, Latin-1 (not × U+00D7).
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => code + 0x20,
        // Latin Extended-A: pairs, capital first at even code points here…
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if code % 2 == 0 => code + 1,
        // …and at odd ones here.
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        0x178 => 0xFF,
        // Fullwidth Latin.
        0xFF21..=0xFF3A => code + 0x20,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_is_to_lowercase_for_the_latin_letters_and_fullwidth() {
        // U+0130 (İ) lowers to two characters; it stays as it is.
        let covered = (0..=0x17F_u32)
            .chain(0xFF00..=0xFF5E)
            .filter(|&code| code != 0x130)
            .filter_map(char::from_u32);
        for c in covered {
            assert_eq!(
                lowercase(&c.to_string()),
                c.to_lowercase().to_string(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn every_letter_the_core_matches_pages_by_reads_the_same_in_upper_case() {
        // The sources of every vocabulary and word list: each of their letters, written in
        // upper case by a page, lowers back to itself as `to_lowercase` would lower it.
        let sources = [
            include_str!("labels.rs"),
            include_str!("goto/form.rs"),
            include_str!("azure/read.rs"),
            include_str!("azure/sp.rs"),
            include_str!("page.rs"),
            include_str!("report/mod.rs"),
            include_str!("snapshot.rs"),
        ];
        for c in sources.iter().flat_map(|source| source.chars()) {
            let mut upper = c.to_uppercase();
            let (Some(u), None) = (upper.next(), upper.next()) else {
                continue;
            };
            let expected = u.to_lowercase().to_string();
            assert_eq!(
                lowercase(&u.to_string()),
                expected,
                "{c:?} written as {u:?}"
            );
        }
    }
}
