//! The one error type of the core. Each variant is a distinct failure an administrator can act
//! on; `code()` names it for JavaScript, `Display` says it in a sentence.

use thiserror::Error;

/// Everything that can go wrong in the core.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than any real certificate or metadata document.
    #[error(
        "The file is {size} bytes; ssobridge reads at most {limit} bytes (1 MiB). Azure's metadata and certificates are far smaller, so this is probably the wrong file."
    )]
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// Nothing, or only white space.
    #[error("The input is empty.")]
    EmptyInput,
    /// Not PEM, Base64, DER or XML.
    #[error("This is neither a certificate (PEM, Base64 or DER) nor SAML metadata XML.")]
    UnrecognisedInput,
    /// XML with a DOCTYPE or entity declarations, which SAML metadata never needs.
    #[error(
        "The XML declares a DOCTYPE or entities. Azure metadata never does, and such XML can hide attacks, so it is refused."
    )]
    XmlDoctypeForbidden,
    /// XML nested deeper than any metadata document.
    #[error(
        "The XML is nested more than {limit} levels deep; Azure metadata is not, so it is refused."
    )]
    XmlTooDeep {
        /// The nesting limit.
        limit: usize,
    },
    /// The XML is not well-formed.
    #[error("The XML is not well-formed: {detail}")]
    XmlMalformed {
        /// What the parser reported.
        detail: String,
    },
    /// Well-formed XML that is not SAML metadata.
    #[error("The XML is not SAML metadata: it has no EntityDescriptor with an IDPSSODescriptor.")]
    NotMetadata,
    /// Microsoft's tenant-independent ("common") metadata instead of the app's.
    #[error(
        "This is Azure's tenant-independent (common) metadata, not your app's. Use the App Federation Metadata Url shown on the app's SAML single sign-on page."
    )]
    TenantIndependentMetadata,
    /// Metadata without any signing certificate.
    #[error("The metadata lists no signing certificate (KeyDescriptor use=\"signing\").")]
    NoSigningCertificate,
    /// Base64 that does not decode (truncated or damaged).
    #[error(
        "The Base64 text does not decode ({detail}); it may be truncated or damaged. Copy the whole certificate again."
    )]
    InvalidBase64 {
        /// What the decoder reported.
        detail: String,
    },
    /// A PEM block that is malformed.
    #[error(
        "The PEM text is damaged ({detail}). It must start with -----BEGIN CERTIFICATE----- and end with -----END CERTIFICATE-----."
    )]
    InvalidPem {
        /// What the decoder reported.
        detail: String,
    },
    /// Bytes that decode but are not an X.509 certificate.
    #[error("The data is not an X.509 certificate ({detail}).")]
    NotACertificate {
        /// What the DER decoder reported.
        detail: String,
    },
    /// A certificate signing request instead of a certificate.
    #[error(
        "The file is a certificate request, not a certificate. Download \"Certificate (Base64)\" from Azure instead."
    )]
    CertificateRequest,
    /// A private key: never read, and the admin should know they hold one.
    #[error(
        "The file contains a private key. ssobridge never reads private keys; GoTo needs only the certificate. Keep this file secret."
    )]
    PrivateKey,
    /// An entity ID that is not Azure's.
    #[error(
        "\"{value}\" is not an Azure AD entity ID (expected https://sts.windows.net/<tenant-id>/)."
    )]
    BadEntityId {
        /// The rejected value.
        value: String,
    },
    /// A sign-in or sign-out URL that is not on a Microsoft login host over https.
    #[error(
        "\"{value}\" is not a Microsoft sign-in URL (expected https://login.microsoftonline.com/<tenant-id>/saml2)."
    )]
    BadLoginUrl {
        /// The rejected value.
        value: String,
    },
    /// A metadata URL that is not Azure's.
    #[error(
        "\"{value}\" is not an Azure federation metadata URL (expected https://login.microsoftonline.com/<tenant-id>/federationmetadata/2007-06/federationmetadata.xml?appid=<app-id>)."
    )]
    BadMetadataUrl {
        /// The rejected value.
        value: String,
    },
    /// A message from JavaScript that does not have the expected shape.
    #[error("Internal message rejected: {detail}")]
    BadMessage {
        /// What serde reported.
        detail: String,
    },
    /// A host outside SPEC section 8's lists, or not https.
    #[error("ssobridge does not act on {origin}.")]
    HostNotAllowed {
        /// The refused origin.
        origin: String,
    },
    /// Fill requested before anything was captured.
    #[error(
        "Nothing has been captured yet. Open the app's SAML single sign-on page in Azure and press \"Send to GoTo\" first."
    )]
    NothingCaptured,
    /// The page shows none of the values.
    #[error(
        "No SAML settings were found on this page. Wait until the page has loaded, or open the SAML single sign-on page of the app."
    )]
    NothingFound,
    /// A value the chosen fill mode needs was not captured.
    #[error(
        "The {what} has not been captured. Capture it on Azure's SAML single sign-on page, or add the certificate or metadata file in the ssobridge popup."
    )]
    MissingValue {
        /// Which value.
        what: String,
    },
    /// The form the fill needs is not on the page.
    #[error("The Identity provider form was not found: {missing}.")]
    FormNotFound {
        /// What is missing.
        missing: String,
    },
}

impl Error {
    /// A stable machine-readable name of the variant, for JavaScript and for `_locales` keys.
    pub fn code(&self) -> &'static str {
        match self {
            Error::InputTooLarge { .. } => "input-too-large",
            Error::EmptyInput => "empty-input",
            Error::UnrecognisedInput => "unrecognised-input",
            Error::XmlDoctypeForbidden => "xml-doctype-forbidden",
            Error::XmlTooDeep { .. } => "xml-too-deep",
            Error::XmlMalformed { .. } => "xml-malformed",
            Error::NotMetadata => "not-metadata",
            Error::TenantIndependentMetadata => "tenant-independent-metadata",
            Error::NoSigningCertificate => "no-signing-certificate",
            Error::InvalidBase64 { .. } => "invalid-base64",
            Error::InvalidPem { .. } => "invalid-pem",
            Error::NotACertificate { .. } => "not-a-certificate",
            Error::CertificateRequest => "certificate-request",
            Error::PrivateKey => "private-key",
            Error::BadEntityId { .. } => "bad-entity-id",
            Error::BadLoginUrl { .. } => "bad-login-url",
            Error::BadMetadataUrl { .. } => "bad-metadata-url",
            Error::BadMessage { .. } => "bad-message",
            Error::HostNotAllowed { .. } => "host-not-allowed",
            Error::NothingCaptured => "nothing-captured",
            Error::NothingFound => "nothing-found",
            Error::MissingValue { .. } => "missing-value",
            Error::FormNotFound { .. } => "form-not-found",
        }
    }
}

/// The core's result type.
pub type Result<T> = std::result::Result<T, Error>;
