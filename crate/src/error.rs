//! The one error type of the core. Each variant is a distinct failure an administrator can act
//! on: `code()` names it for JavaScript, `message()` gives the sentence's key and arguments in the
//! message table (`crate::i18n`), and `Display` renders that sentence in English (the CLI).

use crate::i18n::{Arg, Lang, Message};
use thiserror::Error;

/// Everything that can go wrong in the core.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than any real certificate or metadata document.
    #[error("{}", self.english())]
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// Nothing, or only white space.
    #[error("{}", self.english())]
    EmptyInput,
    /// Not PEM, Base64, DER or XML.
    #[error("{}", self.english())]
    UnrecognisedInput,
    /// XML with a DOCTYPE or entity declarations, which SAML metadata never needs.
    #[error("{}", self.english())]
    XmlDoctypeForbidden,
    /// XML nested deeper than any metadata document.
    #[error("{}", self.english())]
    XmlTooDeep {
        /// The nesting limit.
        limit: usize,
    },
    /// The XML is not well-formed.
    #[error("{}", self.english())]
    XmlMalformed {
        /// What the parser reported.
        detail: String,
    },
    /// Well-formed XML that is not SAML metadata.
    #[error("{}", self.english())]
    NotMetadata,
    /// Microsoft's tenant-independent ("common") metadata instead of the app's.
    #[error("{}", self.english())]
    TenantIndependentMetadata,
    /// Metadata without any signing certificate.
    #[error("{}", self.english())]
    NoSigningCertificate,
    /// Metadata whose identity provider has no SingleSignOnService.
    #[error("{}", self.english())]
    NoSignInService,
    /// Metadata describing several identity providers, none of them the app's tenant.
    #[error("{}", self.english())]
    SeveralIdpEntities {
        /// Their entity IDs.
        entity_ids: Vec<String>,
    },
    /// Base64 that does not decode (truncated or damaged).
    #[error("{}", self.english())]
    InvalidBase64 {
        /// What the decoder reported.
        detail: String,
    },
    /// A PEM block that is malformed.
    #[error("{}", self.english())]
    InvalidPem {
        /// What the decoder reported.
        detail: String,
    },
    /// Bytes that decode but are not an X.509 certificate.
    #[error("{}", self.english())]
    NotACertificate {
        /// What the DER decoder reported.
        detail: String,
    },
    /// A certificate signing request instead of a certificate.
    #[error("{}", self.english())]
    CertificateRequest,
    /// A private key: never read, and the admin should know they hold one.
    #[error("{}", self.english())]
    PrivateKey,
    /// An entity ID that is not Azure's.
    #[error("{}", self.english())]
    BadEntityId {
        /// The rejected value.
        value: String,
    },
    /// A sign-in or sign-out URL that is not on a Microsoft login host over https.
    #[error("{}", self.english())]
    BadLoginUrl {
        /// The rejected value.
        value: String,
    },
    /// A metadata URL that is not Azure's.
    #[error("{}", self.english())]
    BadMetadataUrl {
        /// The rejected value.
        value: String,
    },
    /// A message from JavaScript that does not have the expected shape.
    #[error("{}", self.english())]
    BadMessage {
        /// What serde reported.
        detail: String,
    },
    /// A host outside SPEC section 8's lists, or not https.
    #[error("{}", self.english())]
    HostNotAllowed {
        /// The refused origin.
        origin: String,
    },
    /// Fill requested before anything was captured.
    #[error("{}", self.english())]
    NothingCaptured,
    /// The page shows none of the values.
    #[error("{}", self.english())]
    NothingFound,
    /// A value the chosen fill mode needs was not captured.
    #[error("{}", self.english())]
    MissingValue {
        /// Which value.
        what: crate::field::Setting,
    },
    /// The form the fill needs is not on the page.
    #[error("{}", self.english())]
    FormNotFound {
        /// What is missing: `form-…` keys of the message table.
        missing: Vec<&'static str>,
    },
    /// GoTo's configuration dropdown lacks the mode, or does not keep it.
    #[error("{}", self.english())]
    ModeNotAvailable {
        /// The mode's `mode-…` key.
        mode: &'static str,
    },
    /// The page's identity provider sections name two tenants.
    #[error("{}", self.english())]
    TwoTenants {
        /// One tenant id.
        first: String,
        /// The other.
        second: String,
    },
    /// The page's identity provider sections show two metadata URLs.
    #[error("{}", self.english())]
    TwoMetadataUrls {
        /// One URL.
        first: String,
        /// The other.
        second: String,
    },
    /// The metadata URL's `appid` is not the app of the page's deep link.
    #[error("{}", self.english())]
    AppMismatch {
        /// The deep link's app id.
        page_app: String,
        /// The metadata URL's app id.
        url_app: String,
    },
    /// The page and the metadata disagree.
    #[error("{}", self.english())]
    PageDisagrees {
        /// Each difference.
        differences: Vec<crate::field::Difference>,
    },
    /// The chosen signing certificate has expired.
    #[error("{}", self.english())]
    CertificateExpired {
        /// Its notAfter, RFC 3339.
        not_after: String,
        /// Its SHA-1 thumbprint.
        thumbprint: String,
    },
    /// The chosen signing certificate is not valid yet.
    #[error("{}", self.english())]
    CertificateNotYetValid {
        /// Its notBefore, RFC 3339.
        not_before: String,
        /// Its SHA-1 thumbprint.
        thumbprint: String,
    },
    /// A certificate file that is not the one the portal shows as active.
    #[error("{}", self.english())]
    CertificateNotActive {
        /// The file's thumbprint.
        file: String,
        /// The portal's active thumbprint.
        shown: String,
    },
    /// The stored capture did not succeed, so there is nothing checked to fill.
    #[error("{}", self.english())]
    CaptureIncomplete,
    /// A click or key press that may not have been the admin's (clickjacking).
    #[error("{}", self.english())]
    UnsafeClick {
        /// Why: a `click-…` key of the message table.
        reason: &'static str,
    },
    /// A frame ssobridge does not act in: sandboxed, or framed by another site.
    #[error("{}", self.english())]
    FrameNotAllowed {
        /// Why: a `frame-…` key of the message table.
        reason: &'static str,
    },
    /// The metadata URL answered with an HTTP error instead of the document.
    #[error("{}", self.english())]
    FetchHttpStatus {
        /// The HTTP status code.
        status: u16,
    },
    /// The metadata URL answered with a redirect, which is never followed.
    #[error("{}", self.english())]
    FetchRedirected,
    /// The metadata did not arrive in time.
    #[error("{}", self.english())]
    FetchTimedOut {
        /// The time allowed, in seconds.
        seconds: u64,
    },
    /// The request failed without an answer: offline, blocked or refused.
    #[error("{}", self.english())]
    FetchNetwork,
    /// The answer went on past the size limit, so reading stopped.
    #[error("{}", self.english())]
    FetchTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// Readable input that is not a SAML 2.0 response (sign-in check, SPEC 10.4).
    #[error("{}", self.english())]
    NotSamlResponse,
    /// A posted `SAMLResponse` value whose Base64 does not decode.
    #[error("{}", self.english())]
    ResponseBase64 {
        /// What the decoder reported.
        detail: String,
    },
    /// A choice the organisation's policy sets (`storage.managed`), which the popup may not
    /// change.
    #[error("{}", self.english())]
    PolicyLocked {
        /// The choice: a `popup-…` key of the message table.
        setting: &'static str,
    },
    /// The organisation's policy turned the sign-in check off.
    #[error("{}", self.english())]
    SigninCheckOff,
}

impl Error {
    /// The frame itself is refused (sandboxed, framed by another site, not a host ssobridge
    /// serves): every later request from it would be refused too, so its content script stops
    /// watching.
    pub fn refuses_the_frame(&self) -> bool {
        matches!(
            self,
            Error::FrameNotAllowed { .. } | Error::HostNotAllowed { .. }
        )
    }

    /// A stable machine-readable name of the variant: the `variant` of the JS error and the
    /// message table key.
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
            Error::NoSignInService => "no-sign-in-service",
            Error::SeveralIdpEntities { .. } => "several-idp-entities",
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
            Error::ModeNotAvailable { .. } => "mode-not-available",
            Error::TwoTenants { .. } => "two-tenants",
            Error::TwoMetadataUrls { .. } => "two-metadata-urls",
            Error::AppMismatch { .. } => "app-mismatch",
            Error::PageDisagrees { .. } => "page-disagrees",
            Error::CertificateExpired { .. } => "certificate-expired",
            Error::CertificateNotYetValid { .. } => "certificate-not-yet-valid",
            Error::CertificateNotActive { .. } => "certificate-not-active",
            Error::CaptureIncomplete => "capture-incomplete",
            Error::UnsafeClick { .. } => "unsafe-click",
            Error::FrameNotAllowed { .. } => "frame-not-allowed",
            Error::FetchHttpStatus { .. } => "fetch-http-status",
            Error::FetchRedirected => "fetch-redirected",
            Error::FetchTimedOut { .. } => "fetch-timed-out",
            Error::FetchNetwork => "fetch-network",
            Error::FetchTooLarge { .. } => "fetch-too-large",
            Error::NotSamlResponse => "not-saml-response",
            Error::ResponseBase64 { .. } => "response-base64",
            Error::PolicyLocked { .. } => "policy-locked",
            Error::SigninCheckOff => "signin-check-off",
        }
    }

    /// The sentence as a message: the table key is the code, the arguments are the details.
    pub fn message(&self) -> Message {
        let text = |value: &String| Arg::Text(value.clone());
        let args = match self {
            Error::InputTooLarge { size, limit } => {
                vec![Arg::text(size.to_string()), Arg::text(limit.to_string())]
            }
            Error::XmlTooDeep { limit } => vec![Arg::text(limit.to_string())],
            Error::XmlMalformed { detail }
            | Error::InvalidBase64 { detail }
            | Error::InvalidPem { detail }
            | Error::NotACertificate { detail }
            | Error::BadMessage { detail } => vec![text(detail)],
            Error::SeveralIdpEntities { entity_ids } => {
                vec![Arg::List(entity_ids.iter().map(text).collect())]
            }
            Error::BadEntityId { value }
            | Error::BadLoginUrl { value }
            | Error::BadMetadataUrl { value } => vec![text(value)],
            Error::HostNotAllowed { origin } => vec![text(origin)],
            Error::MissingValue { what } => vec![Arg::key(what.key())],
            Error::FormNotFound { missing } => {
                vec![Arg::List(missing.iter().map(|key| Arg::key(key)).collect())]
            }
            Error::ModeNotAvailable { mode } => vec![Arg::key(mode)],
            Error::TwoTenants { first, second } | Error::TwoMetadataUrls { first, second } => {
                vec![text(first), text(second)]
            }
            Error::AppMismatch { page_app, url_app } => vec![text(page_app), text(url_app)],
            Error::PageDisagrees { differences } => vec![Arg::List(
                differences
                    .iter()
                    .map(|d| Arg::Message(d.message("page-metadata-difference")))
                    .collect(),
            )],
            Error::CertificateExpired {
                not_after: date,
                thumbprint,
            }
            | Error::CertificateNotYetValid {
                not_before: date,
                thumbprint,
            } => vec![text(date), text(thumbprint)],
            Error::CertificateNotActive { file, shown } => vec![text(file), text(shown)],
            Error::UnsafeClick { reason } | Error::FrameNotAllowed { reason } => {
                vec![Arg::key(reason)]
            }
            Error::EmptyInput
            | Error::UnrecognisedInput
            | Error::XmlDoctypeForbidden
            | Error::NotMetadata
            | Error::TenantIndependentMetadata
            | Error::NoSigningCertificate
            | Error::NoSignInService
            | Error::CertificateRequest
            | Error::PrivateKey
            | Error::NothingCaptured
            | Error::NothingFound
            | Error::CaptureIncomplete => Vec::new(),
            Error::FetchHttpStatus { status } => vec![Arg::text(status.to_string())],
            Error::FetchTimedOut { seconds } => vec![Arg::text(seconds.to_string())],
            Error::FetchTooLarge { limit } => vec![Arg::text(limit.to_string())],
            Error::FetchRedirected | Error::FetchNetwork => Vec::new(),
            Error::NotSamlResponse => Vec::new(),
            Error::ResponseBase64 { detail } => vec![text(detail)],
            Error::PolicyLocked { setting } => vec![Arg::key(setting)],
            Error::SigninCheckOff => Vec::new(),
        };
        Message::new(self.code(), args)
    }

    /// The sentence in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        self.message().render(lang)
    }

    fn english(&self) -> String {
        self.render(Lang::En)
    }
}

/// Input reading (`ssobridge-parse`) fails with the same cases under the same names.
impl From<ssobridge_parse::Error> for Error {
    fn from(err: ssobridge_parse::Error) -> Error {
        use ssobridge_parse::Error as Parse;
        match err {
            Parse::InputTooLarge { size, limit } => Error::InputTooLarge { size, limit },
            Parse::EmptyInput => Error::EmptyInput,
            Parse::UnrecognisedInput => Error::UnrecognisedInput,
            Parse::XmlDoctypeForbidden => Error::XmlDoctypeForbidden,
            Parse::XmlTooDeep { limit } => Error::XmlTooDeep { limit },
            Parse::XmlMalformed { detail } => Error::XmlMalformed { detail },
            Parse::NotMetadata => Error::NotMetadata,
            Parse::InvalidBase64 { detail } => Error::InvalidBase64 { detail },
            Parse::InvalidPem { detail } => Error::InvalidPem { detail },
            Parse::NotACertificate { detail } => Error::NotACertificate { detail },
            Parse::CertificateRequest => Error::CertificateRequest,
            Parse::PrivateKey => Error::PrivateKey,
        }
    }
}

/// The core's result type.
pub type Result<T> = std::result::Result<T, Error>;
