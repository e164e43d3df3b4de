//! Certificates in every form an admin meets (PEM, bare Base64, DER) → the one form GoTo wants
//! (RFC 7468 PEM) plus what an admin checks. The reading lives in `ssobridge-parse` (built for
//! speed); this module gives it ssobridge's error type.

use crate::error::Result;
pub use ssobridge_parse::certificate::{
    Certificate, Details, EXPIRING_WITHIN_DAYS, Report, Status, status_at, upper_hex,
};

/// Parses every certificate-only input form: DER, PEM (one or more blocks, any line length,
/// LF or CRLF, with or without byte-order mark) or bare Base64.
pub fn parse_certificates(bytes: &[u8]) -> Result<Vec<Certificate>> {
    Ok(ssobridge_parse::certificate::parse_certificates(bytes)?)
}

/// Parses PEM or bare Base64 text.
pub fn parse_certificate_text(text: &str) -> Result<Vec<Certificate>> {
    Ok(ssobridge_parse::certificate::parse_certificate_text(text)?)
}
