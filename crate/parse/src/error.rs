//! What reading an input can fail with: the input-shaped subset of `ssobridge::Error`, which
//! converts each variant to its own of the same name and renders it. No texts here: the
//! sentences live in ssobridge's message table.

/// A failure to read an input.
// Exhaustive on purpose: ssobridge's conversion then fails to build when a case is added here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input is larger than any real certificate or metadata document.
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// Nothing, or only white space.
    EmptyInput,
    /// Not PEM, Base64, DER or XML.
    UnrecognisedInput,
    /// XML with a DOCTYPE or entity declarations, which SAML metadata never needs.
    XmlDoctypeForbidden,
    /// XML nested deeper than any metadata document.
    XmlTooDeep {
        /// The nesting limit.
        limit: usize,
    },
    /// The XML is not well-formed.
    XmlMalformed {
        /// What the parser reported.
        detail: String,
    },
    /// Well-formed XML that is not SAML metadata.
    NotMetadata,
    /// Base64 that does not decode (truncated or damaged).
    InvalidBase64 {
        /// What the decoder reported.
        detail: String,
    },
    /// A PEM block that is malformed.
    InvalidPem {
        /// What the decoder reported.
        detail: String,
    },
    /// Bytes that decode but are not an X.509 certificate.
    NotACertificate {
        /// What the DER decoder reported.
        detail: String,
    },
    /// A certificate signing request instead of a certificate.
    CertificateRequest,
    /// A private key: never read, and the admin should know they hold one.
    PrivateKey,
}

/// Result with the reading [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
