//! SAML metadata XML → the IdP settings GoTo needs. The reading lives in `ssobridge-parse` (built
//! for speed); this module gives it ssobridge's error type, and lends its XML helpers to the
//! sign-in reading.

use crate::error::{Error, Result};
use quick_xml::events::BytesStart;
use quick_xml::reader::NsReader;
pub use ssobridge_parse::metadata::{MAX_DEPTH, Metadata, bound};

/// Parses a metadata document that is already text (see [`crate::text::decode`]): every
/// `EntityDescriptor` that has an `IDPSSODescriptor`, in document order, each on its own.
pub fn parse(xml: &str) -> Result<Vec<Metadata>> {
    Ok(ssobridge_parse::metadata::parse(xml)?)
}

/// An unprefixed attribute's unescaped value.
pub(crate) fn attribute(
    reader: &NsReader<&[u8]>,
    start: &BytesStart<'_>,
    name: &str,
) -> Result<Option<String>> {
    Ok(ssobridge_parse::metadata::attribute(reader, start, name)?)
}

pub(crate) fn malformed(err: impl std::fmt::Display) -> Error {
    Error::XmlMalformed {
        detail: err.to_string(),
    }
}
