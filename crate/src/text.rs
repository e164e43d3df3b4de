//! Bytes → text: byte-order marks, UTF-8 and UTF-16. The decoding lives in `ssobridge-parse`;
//! this module gives it ssobridge's error type.

use crate::error::Result;
pub use ssobridge_parse::text::{MAX_INPUT_BYTES, decode};

/// Refuses inputs over [`MAX_INPUT_BYTES`] and empty ones.
pub fn check_size(bytes: &[u8]) -> Result<()> {
    Ok(ssobridge_parse::text::check_size(bytes)?)
}
