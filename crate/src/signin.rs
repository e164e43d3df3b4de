//! The sign-in check (SPEC section 10): reads one SAML response on its way to GoTo and says,
//! check by check, whether GoTo will accept it and, if not, which field on which side to change.
//!
//! # For the code that wires it in
//!
//! ```text
//! posted bytes ──► signin::check(posted, &Reference, now) ──► Findings { state, checks }
//! ```
//!
//! * `posted` is the `SAMLResponse` form value as the browser sent it (Base64, possibly
//!   URL-encoded, possibly with line breaks), the whole `application/x-www-form-urlencoded`
//!   body (`SAMLResponse=…&RelayState=…`, as `webRequest`'s `requestBody.raw` gives it), or the
//!   decoded XML. Over 1 MiB, a DOCTYPE or entity declarations, or anything that is not a SAML
//!   2.0 `samlp:Response` is an [`Error`]; every readable response gives [`Findings`].
//! * The [`Reference`] is what the response is compared with, standing for what GoTo was filled
//!   with: [`Reference::from_settings`] for the captured settings (the extension),
//!   [`Reference::from_file`] for a metadata file or certificate (the CLI's `--against`, www),
//!   [`Reference::default`] for nothing. Without a reference the `issuer` and `certificate`
//!   checks are `ok` and say what the response holds and what GoTo must hold to match; the other
//!   checks compare with GoTo's constants ([`GOTO_SP_ACS_URL`], [`GOTO_SP_ENTITY_ID`]) and need
//!   no reference.
//! * `now` is passed in (`crate::time::now()` in production); the time check allows
//!   [`CLOCK_SKEW_SECONDS`].
//! * [`Findings`] serialise (camelCase) as `{ state: "ok" | "problems", checks: [{ check,
//!   state: "ok" | "problem", message: { key, args } }] }`, always the eight checks in the order
//!   of SPEC section 9's `data-check` names. Render each `message` with `crate::i18n` in the
//!   user's language; the popup's `data-ssobridge="signin-result"` takes `state`, each child
//!   `data-check` / `data-state` from a finding.
//! * The response names a person (SPEC 10.3): keep only the findings. [`SamlResponse`] and its
//!   [`Summary`] (what the response holds, for the CLI and www) are never to be stored.
//!
//! Signatures are found, never verified: GoTo verifies them with the certificate it holds.

use crate::azure::sp::{GOTO_SP_ACS_URL, GOTO_SP_ENTITY_ID};
use crate::certificate::{self, Certificate, Report};
use crate::error::{Error, Result};
use crate::i18n::{Arg, Message};
use crate::inspect::{self, Inspection};
use crate::metadata::{self, MAX_DEPTH};
use crate::settings::Settings;
use crate::text;
use crate::time::{self, UnixSeconds};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD_PAD_INDIFFERENT;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::NsReader;
use serde::{Deserialize, Serialize};

const PROTOCOL: &str = "urn:oasis:names:tc:SAML:2.0:protocol";
const ASSERTION: &str = "urn:oasis:names:tc:SAML:2.0:assertion";
const DS: &str = "http://www.w3.org/2000/09/xmldsig#";
const STATUS_PREFIX: &str = "urn:oasis:names:tc:SAML:2.0:status:";
const SUCCESS: &str = "urn:oasis:names:tc:SAML:2.0:status:Success";

/// How far the assertion's validity may be off from now and still pass: the 5 minutes of
/// clock skew SAML service providers conventionally allow (SPEC 10.2).
pub const CLOCK_SKEW_SECONDS: u64 = 300;

/// One check of SPEC 10.2, serialised as the popup's `data-check` name (SPEC section 9).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Check {
    /// The top-level status code is Success.
    Status,
    /// The Issuer is the entity ID GoTo holds.
    Issuer,
    /// Destination and Recipient are GoTo's Assertion Consumer Service URL.
    Destination,
    /// The Audience is GoTo's entity ID.
    Audience,
    /// The signature's certificate is the one GoTo holds, and current.
    Certificate,
    /// The response or its assertion carries a signature.
    Signed,
    /// Now lies within the assertion's validity, give or take the clock skew.
    Time,
    /// The NameID is an email address.
    #[serde(rename = "nameid")]
    NameId,
}

impl Check {
    /// Every check, in the order findings list them.
    pub const ALL: [Check; 8] = [
        Check::Status,
        Check::Issuer,
        Check::Destination,
        Check::Audience,
        Check::Certificate,
        Check::Signed,
        Check::Time,
        Check::NameId,
    ];

    /// The `data-check` name.
    pub fn as_str(self) -> &'static str {
        match self {
            Check::Status => "status",
            Check::Issuer => "issuer",
            Check::Destination => "destination",
            Check::Audience => "audience",
            Check::Certificate => "certificate",
            Check::Signed => "signed",
            Check::Time => "time",
            Check::NameId => "nameid",
        }
    }
}

/// The outcome of one check (`data-state` of its child element).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// GoTo will accept this part.
    Ok,
    /// GoTo will refuse it; the message names the fix.
    Problem,
}

/// The outcome of all checks (`data-state` of the result element).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Overall {
    /// Every check is ok.
    Ok,
    /// At least one check is a problem.
    Problems,
}

/// One check's result.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Which check.
    pub check: Check,
    /// Ok or a problem.
    pub state: State,
    /// What was found, and for a problem which field on which side to change.
    pub message: Message,
}

/// The result of checking one response: what the extension keeps (SPEC 10.3).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Findings {
    /// `problems` when any check is a problem.
    pub state: Overall,
    /// The eight checks, in [`Check::ALL`] order.
    pub checks: Vec<Finding>,
}

impl Findings {
    /// The finding of `check`.
    pub fn get(&self, check: Check) -> Option<&Finding> {
        self.checks.iter().find(|f| f.check == check)
    }
}

/// What the response is compared with: what GoTo was filled with. Every field is optional;
/// a check whose value is missing says what the response holds instead.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Reference {
    /// The identity provider entity ID (GoTo's Identity Provider Entity ID).
    pub entity_id: Option<String>,
    /// SHA-1 thumbprint of the certificate GoTo holds (its Verification certificate).
    pub thumbprint_sha1: Option<String>,
    /// That certificate's notBefore, RFC 3339, when known: it tells whether Azure signs with a
    /// newer certificate (GoTo must follow) or an older one (Azure must activate the new one).
    pub not_before: Option<String>,
}

impl Reference {
    /// The captured settings, which GoTo is filled from.
    pub fn from_settings(settings: &Settings) -> Reference {
        let thumbprint = settings.thumbprint_sha1.clone().or_else(|| {
            settings
                .certificate
                .as_ref()
                .map(|c| c.details.thumbprint_sha1.clone())
        });
        let not_before = settings
            .certificate
            .as_ref()
            .filter(|c| {
                thumbprint
                    .as_deref()
                    .is_some_and(|t| t.eq_ignore_ascii_case(&c.details.thumbprint_sha1))
            })
            .map(|c| c.details.not_before.clone());
        Reference {
            entity_id: settings.entity_id.clone(),
            thumbprint_sha1: thumbprint,
            not_before,
        }
    }

    /// A metadata file's or certificate's values: its entity ID (metadata only) and the signing
    /// certificate SPEC section 7 chooses.
    pub fn from_inspection(inspection: &Inspection) -> Reference {
        let chosen = inspection.certificates.get(inspection.chosen);
        Reference {
            entity_id: inspection.entity_id.clone(),
            thumbprint_sha1: chosen.map(|c| c.details.thumbprint_sha1.clone()),
            not_before: chosen.map(|c| c.details.not_before.clone()),
        }
    }

    /// Reads any input of SPEC section 7 as the reference; `active_thumbprint` guides the
    /// rollover choice as in [`inspect::inspect`].
    pub fn from_file(
        bytes: &[u8],
        active_thumbprint: Option<&str>,
        now: UnixSeconds,
    ) -> Result<Reference> {
        Ok(Reference::from_inspection(&inspect::inspect(
            bytes,
            active_thumbprint,
            now,
        )?))
    }
}

/// Which element a signature signs.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SignedPart {
    /// The `samlp:Response` (Azure's "Sign SAML response").
    Response,
    /// The `Assertion` (Azure's default, "Sign SAML assertion").
    Assertion,
}

/// A `ds:Signature` that is a child of the response or of the assertion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// What it signs.
    pub on: SignedPart,
    /// The certificate in its `KeyInfo/X509Data/X509Certificate`: `None` when it names none,
    /// an error when its Base64 or DER is damaged.
    pub certificate: Option<Result<Certificate>>,
}

/// The assertion's fields the checks read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Assertion {
    /// `Assertion/Issuer`.
    pub issuer: Option<String>,
    /// `Subject/NameID`.
    pub name_id: Option<String>,
    /// `Subject/NameID/@Format`.
    pub name_id_format: Option<String>,
    /// The subject is an `EncryptedID`.
    pub name_id_encrypted: bool,
    /// `SubjectConfirmationData/@Recipient`.
    pub recipient: Option<String>,
    /// `SubjectConfirmationData/@NotBefore`, as written.
    pub subject_not_before: Option<String>,
    /// `SubjectConfirmationData/@NotOnOrAfter`, as written.
    pub subject_not_on_or_after: Option<String>,
    /// `Conditions/@NotBefore`, as written.
    pub not_before: Option<String>,
    /// `Conditions/@NotOnOrAfter`, as written.
    pub not_on_or_after: Option<String>,
    /// Each `AudienceRestriction`'s `Audience` values (each restriction must admit GoTo).
    pub audience_restrictions: Vec<Vec<String>>,
}

/// A SAML response as read: what the checks look at. Names a person; never store it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SamlResponse {
    /// `Response/@Version`.
    pub version: Option<String>,
    /// `Response/@Destination`.
    pub destination: Option<String>,
    /// `Response/@IssueInstant`, as written.
    pub issue_instant: Option<String>,
    /// `Response/Issuer`.
    pub issuer: Option<String>,
    /// `Status/StatusCode/@Value`.
    pub status_code: Option<String>,
    /// The nested, second-level `StatusCode/@Value`.
    pub second_status_code: Option<String>,
    /// `Status/StatusMessage` (Azure puts its AADSTS error here).
    pub status_message: Option<String>,
    /// The response carries an `EncryptedAssertion`.
    pub encrypted_assertion: bool,
    /// The first plain `Assertion`.
    pub assertion: Option<Assertion>,
    /// Signatures on the response and on the assertion, in document order.
    pub signatures: Vec<Signature>,
}

/// What a response holds, for the CLI's JSON and the www page. Names a person; never store it.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// `Response/@Version`.
    pub version: Option<String>,
    /// `Response/Issuer`.
    pub issuer: Option<String>,
    /// `Assertion/Issuer`.
    pub assertion_issuer: Option<String>,
    /// `Response/@Destination`.
    pub destination: Option<String>,
    /// `SubjectConfirmationData/@Recipient`.
    pub recipient: Option<String>,
    /// Every `Audience`, in document order.
    pub audience: Vec<String>,
    /// The top-level status code.
    pub status_code: Option<String>,
    /// The second-level status code.
    pub second_status_code: Option<String>,
    /// The status message.
    pub status_message: Option<String>,
    /// The response carries an `EncryptedAssertion`.
    pub encrypted_assertion: bool,
    /// `Subject/NameID`.
    pub name_id: Option<String>,
    /// `Subject/NameID/@Format`.
    pub name_id_format: Option<String>,
    /// `Response/@IssueInstant`, RFC 3339.
    pub issue_instant: Option<String>,
    /// `Conditions/@NotBefore`, RFC 3339.
    pub not_before: Option<String>,
    /// `Conditions/@NotOnOrAfter`, RFC 3339.
    pub not_on_or_after: Option<String>,
    /// `SubjectConfirmationData/@NotBefore`, RFC 3339.
    pub subject_not_before: Option<String>,
    /// `SubjectConfirmationData/@NotOnOrAfter`, RFC 3339.
    pub subject_not_on_or_after: Option<String>,
    /// SHA-1 thumbprint of the first certificate a signature carries.
    pub thumbprint_sha1: Option<String>,
    /// Every signature.
    pub signatures: Vec<SignatureSummary>,
}

/// A signature as [`Summary`] lists it.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SignatureSummary {
    /// What it signs.
    pub on: SignedPart,
    /// Its certificate, when it carries a readable one.
    pub certificate: Option<Report>,
}

/// Decodes and checks a posted response: the extension's one call.
pub fn check(posted: &[u8], reference: &Reference, now: UnixSeconds) -> Result<Findings> {
    Ok(read(posted)?.check(reference, now))
}

/// Decodes and parses a response given in any form [`decode`] accepts.
pub fn read(posted: &[u8]) -> Result<SamlResponse> {
    parse(&decode(posted)?)
}

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

/// Where the reader is: the elements whose contents the checks read, each under the parent
/// SAML puts it in, so an `Issuer` or `NameID` elsewhere (an attribute value, an advice) never
/// counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Node {
    Response,
    Status,
    StatusCode,
    NestedStatusCode,
    /// A signature or anything inside it, with the signature's index.
    Signature(usize),
    Assertion,
    Subject,
    SubjectConfirmation,
    Conditions,
    AudienceRestriction,
    /// An element whose text is read.
    Text(Field),
    /// Anything else, or a second occurrence of something read once.
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    ResponseIssuer,
    StatusMessage,
    Certificate(usize),
    AssertionIssuer,
    NameId,
    Audience,
}

/// Parses a response's XML, namespace-aware with any prefixes (Azure writes `samlp:` for the
/// protocol, default namespaces for the assertion and mixes `ds:` with unprefixed `KeyInfo`).
pub fn parse(xml: &str) -> Result<SamlResponse> {
    let mut reader = NsReader::from_str(xml);
    reader.config_mut().expand_empty_elements = true;
    let mut response = SamlResponse::default();
    let mut stack: Vec<Node> = Vec::new();
    let mut captured = String::new();
    let mut root_seen = false;
    loop {
        let (namespace, event) = reader.read_resolved_event().map_err(metadata::malformed)?;
        let namespace = metadata::bound(namespace);
        match event {
            Event::DocType(_) => return Err(Error::XmlDoctypeForbidden),
            Event::Start(start) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(Error::XmlTooDeep { limit: MAX_DEPTH });
                }
                let node = match stack.last() {
                    None if root_seen => {
                        return Err(Error::XmlMalformed {
                            detail: "content after the root element".to_owned(),
                        });
                    }
                    None => {
                        root_seen = true;
                        enter_root(&reader, &start, namespace.as_deref(), &mut response)?
                    }
                    Some(&parent) => {
                        enter(&reader, &start, namespace.as_deref(), parent, &mut response)?
                    }
                };
                if matches!(node, Node::Text(_)) {
                    captured.clear();
                }
                stack.push(node);
            }
            Event::Text(text) => {
                if let Some(Node::Text(_)) = stack.last() {
                    captured.push_str(&text.xml10_content());
                }
            }
            Event::CData(cdata) => {
                if let Some(Node::Text(_)) = stack.last() {
                    captured.push_str(&cdata.xml10_content());
                }
            }
            Event::GeneralRef(reference) => {
                // Character references and the five predefined entities are text; any other
                // entity could only come from a DTD, which is refused.
                let resolved = match reference.resolve_char_ref().map_err(metadata::malformed)? {
                    Some(c) => c.to_string(),
                    None => quick_xml::escape::resolve_predefined_entity(&reference)
                        .map(str::to_owned)
                        .ok_or_else(|| Error::XmlMalformed {
                            detail: format!("unknown entity &{};", &*reference),
                        })?,
                };
                if let Some(Node::Text(_)) = stack.last() {
                    captured.push_str(&resolved);
                }
            }
            Event::End(_) => {
                if let Some(Node::Text(field)) = stack.pop() {
                    store(&mut response, field, std::mem::take(&mut captured));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !root_seen {
        return Err(Error::NotSamlResponse);
    }
    // quick-xml reports the end of input as such even inside open elements; a response cut
    // short (a truncated paste) must not pass as one without its assertion.
    if !stack.is_empty() {
        return Err(Error::XmlMalformed {
            detail: "the XML ends before its elements are closed".to_owned(),
        });
    }
    Ok(response)
}

fn enter_root(
    reader: &NsReader<&[u8]>,
    start: &BytesStart<'_>,
    namespace: Option<&str>,
    response: &mut SamlResponse,
) -> Result<Node> {
    if namespace != Some(PROTOCOL) || start.local_name().as_ref() != "Response" {
        return Err(Error::NotSamlResponse);
    }
    response.version = metadata::attribute(reader, start, "Version")?;
    response.destination = trimmed(metadata::attribute(reader, start, "Destination")?);
    response.issue_instant = metadata::attribute(reader, start, "IssueInstant")?;
    Ok(Node::Response)
}

/// The node a child element of `parent` is, reading the attributes the checks need.
fn enter(
    reader: &NsReader<&[u8]>,
    start: &BytesStart<'_>,
    namespace: Option<&str>,
    parent: Node,
    response: &mut SamlResponse,
) -> Result<Node> {
    let local = start.local_name();
    let attribute = |name: &str| metadata::attribute(reader, start, name);
    let node = match (parent, namespace, local.as_ref()) {
        (Node::Signature(index), Some(DS), "X509Certificate") => {
            match response.signatures.get(index) {
                Some(signature) if signature.certificate.is_none() => {
                    Node::Text(Field::Certificate(index))
                }
                _ => Node::Signature(index),
            }
        }
        (Node::Signature(index), _, _) => Node::Signature(index),
        (Node::Response | Node::Assertion, Some(DS), "Signature") => {
            response.signatures.push(Signature {
                on: if parent == Node::Response {
                    SignedPart::Response
                } else {
                    SignedPart::Assertion
                },
                certificate: None,
            });
            Node::Signature(response.signatures.len() - 1)
        }
        (Node::Response, Some(ASSERTION), "Issuer") if response.issuer.is_none() => {
            Node::Text(Field::ResponseIssuer)
        }
        (Node::Response, Some(PROTOCOL), "Status") if response.status_code.is_none() => {
            Node::Status
        }
        (Node::Response, Some(ASSERTION), "EncryptedAssertion") => {
            response.encrypted_assertion = true;
            Node::Other
        }
        // A second assertion is not read: Azure sends one, and a checker that merged two could
        // be led to report fields of an assertion GoTo would not use.
        (Node::Response, Some(ASSERTION), "Assertion") if response.assertion.is_none() => {
            response.assertion = Some(Assertion::default());
            Node::Assertion
        }
        (Node::Status, Some(PROTOCOL), "StatusCode") if response.status_code.is_none() => {
            response.status_code = trimmed(attribute("Value")?);
            Node::StatusCode
        }
        (Node::Status, Some(PROTOCOL), "StatusMessage") if response.status_message.is_none() => {
            Node::Text(Field::StatusMessage)
        }
        (Node::StatusCode, Some(PROTOCOL), "StatusCode")
            if response.second_status_code.is_none() =>
        {
            response.second_status_code = trimmed(attribute("Value")?);
            Node::NestedStatusCode
        }
        (Node::Assertion, Some(ASSERTION), "Issuer") => Node::Text(Field::AssertionIssuer),
        (Node::Assertion, Some(ASSERTION), "Subject") => Node::Subject,
        (Node::Assertion, Some(ASSERTION), "Conditions") => {
            let (not_before, not_on_or_after) =
                (attribute("NotBefore")?, attribute("NotOnOrAfter")?);
            if let Some(assertion) = response.assertion.as_mut() {
                assertion.not_before = trimmed(not_before);
                assertion.not_on_or_after = trimmed(not_on_or_after);
            }
            Node::Conditions
        }
        (Node::Subject, Some(ASSERTION), "NameID") => {
            let format = trimmed(attribute("Format")?);
            if let Some(assertion) = response.assertion.as_mut() {
                assertion.name_id_format = format;
            }
            Node::Text(Field::NameId)
        }
        (Node::Subject, Some(ASSERTION), "EncryptedID") => {
            if let Some(assertion) = response.assertion.as_mut() {
                assertion.name_id_encrypted = true;
            }
            Node::Other
        }
        (Node::Subject, Some(ASSERTION), "SubjectConfirmation") => Node::SubjectConfirmation,
        (Node::SubjectConfirmation, Some(ASSERTION), "SubjectConfirmationData") => {
            let values = (
                attribute("Recipient")?,
                attribute("NotBefore")?,
                attribute("NotOnOrAfter")?,
            );
            if let Some(assertion) = response.assertion.as_mut()
                && assertion.recipient.is_none()
                && assertion.subject_not_on_or_after.is_none()
            {
                assertion.recipient = trimmed(values.0);
                assertion.subject_not_before = trimmed(values.1);
                assertion.subject_not_on_or_after = trimmed(values.2);
            }
            Node::Other
        }
        (Node::Conditions, Some(ASSERTION), "AudienceRestriction") => {
            if let Some(assertion) = response.assertion.as_mut() {
                assertion.audience_restrictions.push(Vec::new());
            }
            Node::AudienceRestriction
        }
        (Node::AudienceRestriction, Some(ASSERTION), "Audience") => Node::Text(Field::Audience),
        _ => Node::Other,
    };
    Ok(node)
}

fn store(response: &mut SamlResponse, field: Field, text: String) {
    let text = text.trim().to_owned();
    let assertion = response.assertion.as_mut();
    match field {
        Field::ResponseIssuer => response.issuer = Some(text),
        Field::StatusMessage => response.status_message = Some(text),
        Field::Certificate(index) => {
            if let Some(signature) = response.signatures.get_mut(index) {
                signature.certificate = Some(Certificate::from_base64(&text));
            }
        }
        Field::AssertionIssuer => {
            if let Some(assertion) = assertion.filter(|a| a.issuer.is_none()) {
                assertion.issuer = Some(text);
            }
        }
        Field::NameId => {
            if let Some(assertion) = assertion.filter(|a| a.name_id.is_none()) {
                assertion.name_id = Some(text);
            }
        }
        Field::Audience => {
            if let Some(restriction) = assertion.and_then(|a| a.audience_restrictions.last_mut()) {
                restriction.push(text);
            }
        }
    }
}

fn trimmed(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned())
}

/// An `xs:dateTime` as SAML writes it (`2026-03-01T12:00:00.123Z`; UTC, a `±hh:mm` offset or no
/// zone, which SAML defines as UTC). Fractions of a second are dropped: against 5 minutes of
/// skew they do not matter.
pub fn parse_instant(text: &str) -> Option<UnixSeconds> {
    let (date, rest) = text.trim().split_once('T')?;
    let (clock, offset) = if let Some(clock) = rest.strip_suffix('Z') {
        (clock, 0i64)
    } else if let Some(split) = rest.len().checked_sub(6)
        && rest.is_char_boundary(split)
        && matches!(rest.as_bytes().get(split), Some(b'+' | b'-'))
    {
        let (clock, zone) = rest.split_at(split);
        let sign = if zone.starts_with('-') { -1 } else { 1 };
        let (hours, minutes) = zone.get(1..)?.split_once(':')?;
        let seconds = hours.parse::<i64>().ok()? * 3600 + minutes.parse::<i64>().ok()? * 60;
        (clock, sign * seconds)
    } else {
        (rest, 0)
    };
    let whole = match clock.split_once('.') {
        Some((whole, fraction)) if fraction.chars().all(|c| c.is_ascii_digit()) => whole,
        Some(_) => return None,
        None => clock,
    };
    let local = time::parse_rfc3339(&format!("{date}T{whole}Z"))?;
    // Local time is UTC plus the offset, so UTC is local time minus it.
    UnixSeconds::try_from(i64::try_from(local).ok()?.checked_sub(offset)?).ok()
}

impl SamlResponse {
    /// Runs every check of SPEC 10.2 against `reference` at `now`.
    pub fn check(&self, reference: &Reference, now: UnixSeconds) -> Findings {
        let checks: Vec<Finding> = Check::ALL
            .iter()
            .map(|&check| {
                let (state, message) = match check {
                    Check::Status => self.check_status(),
                    Check::Issuer => self.check_issuer(reference),
                    Check::Destination => self.check_destination(),
                    Check::Audience => self.check_audience(),
                    Check::Certificate => self.check_certificate(reference, now),
                    Check::Signed => self.check_signed(),
                    Check::Time => self.check_time(now),
                    Check::NameId => self.check_name_id(),
                };
                Finding {
                    check,
                    state,
                    message,
                }
            })
            .collect();
        let state = if checks.iter().all(|f| f.state == State::Ok) {
            Overall::Ok
        } else {
            Overall::Problems
        };
        Findings { state, checks }
    }

    /// What the response holds, with each certificate's status at `now`.
    pub fn summary(&self, now: UnixSeconds) -> Summary {
        let assertion = self.assertion.as_ref();
        let field = |get: fn(&Assertion) -> &Option<String>| assertion.and_then(|a| get(a).clone());
        let instant =
            |value: Option<String>| value.map(|v| parse_instant(&v).map_or(v, time::rfc3339));
        let signatures: Vec<SignatureSummary> = self
            .signatures
            .iter()
            .map(|s| SignatureSummary {
                on: s.on,
                certificate: match &s.certificate {
                    Some(Ok(certificate)) => Some(certificate.report(now)),
                    _ => None,
                },
            })
            .collect();
        Summary {
            version: self.version.clone(),
            issuer: self.issuer.clone(),
            assertion_issuer: field(|a| &a.issuer),
            destination: self.destination.clone(),
            recipient: field(|a| &a.recipient),
            audience: assertion
                .map(|a| a.audience_restrictions.concat())
                .unwrap_or_default(),
            status_code: self.status_code.clone(),
            second_status_code: self.second_status_code.clone(),
            status_message: self.status_message.clone(),
            encrypted_assertion: self.encrypted_assertion,
            name_id: field(|a| &a.name_id),
            name_id_format: field(|a| &a.name_id_format),
            issue_instant: instant(self.issue_instant.clone()),
            not_before: instant(field(|a| &a.not_before)),
            not_on_or_after: instant(field(|a| &a.not_on_or_after)),
            subject_not_before: instant(field(|a| &a.subject_not_before)),
            subject_not_on_or_after: instant(field(|a| &a.subject_not_on_or_after)),
            thumbprint_sha1: signatures
                .iter()
                .find_map(|s| s.certificate.as_ref())
                .map(|c| c.details.thumbprint_sha1.clone()),
            signatures,
        }
    }

    /// The assertion, or why a check that needs it cannot be made.
    fn assertion(&self) -> std::result::Result<&Assertion, (State, Message)> {
        match &self.assertion {
            Some(assertion) => Ok(assertion),
            None if self.encrypted_assertion => Err(encrypted()),
            None => Err(problem("signin-no-assertion", Vec::new())),
        }
    }

    fn check_status(&self) -> (State, Message) {
        if let Some(version) = self.version.as_deref().filter(|v| *v != "2.0") {
            return problem("signin-status-version", vec![Arg::text(version)]);
        }
        let Some(code) = self.status_code.as_deref() else {
            return problem("signin-status-missing", Vec::new());
        };
        if code == SUCCESS {
            return ok("signin-status-ok", Vec::new());
        }
        let mut names = short_status(code).to_owned();
        if let Some(second) = &self.second_status_code {
            names.push_str(" / ");
            names.push_str(short_status(second));
        }
        let words = self
            .second_status_code
            .as_deref()
            .and_then(status_words)
            .or_else(|| status_words(code))
            .unwrap_or("signin-code-unknown");
        match self.status_message.as_deref().filter(|m| !m.is_empty()) {
            Some(message) => problem(
                "signin-status-problem-message",
                vec![Arg::text(names), Arg::key(words), Arg::text(message)],
            ),
            None => problem(
                "signin-status-problem",
                vec![Arg::text(names), Arg::key(words)],
            ),
        }
    }

    fn check_issuer(&self, reference: &Reference) -> (State, Message) {
        let in_assertion = self.assertion.as_ref().and_then(|a| a.issuer.as_deref());
        if let (Some(outer), Some(inner)) = (self.issuer.as_deref(), in_assertion)
            && outer != inner
        {
            return problem(
                "signin-issuer-inconsistent",
                vec![Arg::text(outer), Arg::text(inner)],
            );
        }
        let Some(issuer) = self.issuer.as_deref().or(in_assertion) else {
            return if self.encrypted_assertion {
                encrypted()
            } else {
                problem("signin-issuer-missing", Vec::new())
            };
        };
        match reference.entity_id.as_deref().map(str::trim) {
            Some(expected) if expected == issuer => ok("signin-issuer-ok", vec![Arg::text(issuer)]),
            Some(expected) => problem(
                "signin-issuer-differs",
                vec![Arg::text(issuer), Arg::text(expected)],
            ),
            None => ok("signin-issuer-unchecked", vec![Arg::text(issuer)]),
        }
    }

    fn check_destination(&self) -> (State, Message) {
        let recipient = self.assertion.as_ref().and_then(|a| a.recipient.as_deref());
        let named = [
            ("Destination", self.destination.as_deref()),
            ("SubjectConfirmationData Recipient", recipient),
        ];
        for (attribute, value) in named {
            if let Some(value) = value
                && value != GOTO_SP_ACS_URL
            {
                return problem(
                    "signin-destination-differs",
                    vec![
                        Arg::text(attribute),
                        Arg::text(value),
                        Arg::text(GOTO_SP_ACS_URL),
                    ],
                );
            }
        }
        match (self.destination.as_deref(), recipient) {
            (None, None) if self.encrypted_assertion => encrypted(),
            (None, None) => problem(
                "signin-destination-missing",
                vec![Arg::text(GOTO_SP_ACS_URL)],
            ),
            _ => ok("signin-destination-ok", vec![Arg::text(GOTO_SP_ACS_URL)]),
        }
    }

    fn check_audience(&self) -> (State, Message) {
        let assertion = match self.assertion() {
            Ok(assertion) => assertion,
            Err(finding) => return finding,
        };
        let restrictions = &assertion.audience_restrictions;
        if restrictions.iter().all(Vec::is_empty) {
            return problem(
                "signin-audience-missing",
                vec![Arg::text(GOTO_SP_ENTITY_ID)],
            );
        }
        // Every restriction must admit GoTo (SAML core 2.5.1.4).
        if restrictions
            .iter()
            .all(|r| r.iter().any(|a| a == GOTO_SP_ENTITY_ID))
        {
            return ok("signin-audience-ok", vec![Arg::text(GOTO_SP_ENTITY_ID)]);
        }
        let others: Vec<&str> = restrictions
            .iter()
            .flatten()
            .map(String::as_str)
            .filter(|a| *a != GOTO_SP_ENTITY_ID)
            .collect();
        problem(
            "signin-audience-differs",
            vec![Arg::text(others.join(", ")), Arg::text(GOTO_SP_ENTITY_ID)],
        )
    }

    fn check_certificate(&self, reference: &Reference, now: UnixSeconds) -> (State, Message) {
        if self.signatures.is_empty() {
            return if self.encrypted_assertion {
                encrypted()
            } else if self.assertion.is_none() {
                problem("signin-no-assertion", Vec::new())
            } else {
                problem("signin-certificate-unsigned", Vec::new())
            };
        }
        let mut certificates: Vec<&Certificate> = Vec::new();
        for signature in &self.signatures {
            match &signature.certificate {
                Some(Ok(certificate))
                    if !certificates.iter().any(|c| c.der() == certificate.der()) =>
                {
                    certificates.push(certificate);
                }
                Some(Err(err)) => {
                    return problem(
                        "signin-certificate-unreadable",
                        vec![Arg::Message(err.message())],
                    );
                }
                Some(Ok(_)) | None => {}
            }
        }
        if certificates.is_empty() {
            return ok("signin-certificate-not-named", Vec::new());
        }
        for certificate in &certificates {
            if let Some(finding) = certificate_problem(certificate, reference, now) {
                return finding;
            }
        }
        let first = certificates.first().map(|c| c.details());
        let args = first.map_or_else(Vec::new, |d| {
            vec![
                Arg::text(d.thumbprint_sha1.clone()),
                Arg::text(d.not_after.clone()),
            ]
        });
        if reference.thumbprint_sha1.is_some() {
            ok("signin-certificate-ok", args)
        } else {
            ok("signin-certificate-unchecked", args)
        }
    }

    fn check_signed(&self) -> (State, Message) {
        let on = |part| self.signatures.iter().any(|s| s.on == part);
        match (on(SignedPart::Response), on(SignedPart::Assertion)) {
            (true, true) => ok("signin-signed-both", Vec::new()),
            (true, false) => ok("signin-signed-response", Vec::new()),
            (false, true) => ok("signin-signed-assertion", Vec::new()),
            // Azure signs inside an encrypted assertion, where ssobridge cannot look.
            (false, false) if self.encrypted_assertion => encrypted(),
            (false, false) if self.assertion.is_none() => {
                problem("signin-no-assertion", Vec::new())
            }
            (false, false) => problem("signin-signed-missing", Vec::new()),
        }
    }

    fn check_time(&self, now: UnixSeconds) -> (State, Message) {
        let assertion = match self.assertion() {
            Ok(assertion) => assertion,
            Err(finding) => return finding,
        };
        let bounds = [
            ("Conditions NotBefore", &assertion.not_before, false),
            ("Conditions NotOnOrAfter", &assertion.not_on_or_after, true),
            (
                "SubjectConfirmationData NotBefore",
                &assertion.subject_not_before,
                false,
            ),
            (
                "SubjectConfirmationData NotOnOrAfter",
                &assertion.subject_not_on_or_after,
                true,
            ),
        ];
        let (mut from, mut until): (Option<UnixSeconds>, Option<UnixSeconds>) = (None, None);
        for (attribute, value, is_end) in bounds {
            let Some(value) = value else { continue };
            let Some(instant) = parse_instant(value) else {
                return problem(
                    "signin-time-unreadable",
                    vec![Arg::text(attribute), Arg::text(value.clone())],
                );
            };
            let args = vec![
                Arg::text(attribute),
                Arg::text(time::rfc3339(instant)),
                Arg::text(time::rfc3339(now)),
            ];
            if is_end {
                if now >= instant.saturating_add(CLOCK_SKEW_SECONDS) {
                    return problem("signin-time-expired", args);
                }
                until = Some(until.map_or(instant, |u| u.min(instant)));
            } else {
                if now.saturating_add(CLOCK_SKEW_SECONDS) < instant {
                    return problem("signin-time-early", args);
                }
                from = Some(from.map_or(instant, |f| f.max(instant)));
            }
        }
        if from.is_none() && until.is_none() {
            return ok("signin-time-none", Vec::new());
        }
        let bound = |instant: Option<UnixSeconds>| {
            instant.map_or_else(
                || Arg::key("signin-time-open"),
                |i| Arg::text(time::rfc3339(i)),
            )
        };
        ok(
            "signin-time-ok",
            vec![bound(from), bound(until), Arg::text(time::rfc3339(now))],
        )
    }

    fn check_name_id(&self) -> (State, Message) {
        let assertion = match self.assertion() {
            Ok(assertion) => assertion,
            Err(finding) => return finding,
        };
        if assertion.name_id_encrypted {
            return encrypted();
        }
        let Some(name_id) = assertion.name_id.as_deref().filter(|n| !n.is_empty()) else {
            return problem("signin-nameid-missing", Vec::new());
        };
        if looks_like_email(name_id) {
            return ok("signin-nameid-ok", vec![Arg::text(name_id)]);
        }
        // SAML core 8.3.1: no Format means "unspecified".
        let format = assertion
            .name_id_format
            .as_deref()
            .and_then(|f| f.rsplit(':').next())
            .unwrap_or("unspecified");
        problem(
            "signin-nameid-not-email",
            vec![Arg::text(name_id), Arg::text(format)],
        )
    }
}

/// A mismatch with the certificate GoTo holds, or a certificate out of its validity.
fn certificate_problem(
    certificate: &Certificate,
    reference: &Reference,
    now: UnixSeconds,
) -> Option<(State, Message)> {
    let details = certificate.details();
    let signs = Arg::text(details.thumbprint_sha1.clone());
    if let Some(held) = reference.thumbprint_sha1.as_deref()
        && !held.eq_ignore_ascii_case(&details.thumbprint_sha1)
    {
        let held_since = reference
            .not_before
            .as_deref()
            .and_then(time::parse_rfc3339);
        let key = match held_since.map(|since| certificate.not_before().cmp(&since)) {
            Some(std::cmp::Ordering::Greater) => "signin-certificate-newer",
            Some(std::cmp::Ordering::Less) => "signin-certificate-older",
            _ => "signin-certificate-differs",
        };
        return Some(problem(key, vec![signs, Arg::text(held)]));
    }
    match certificate.status(now) {
        certificate::Status::Expired => Some(problem(
            "signin-certificate-expired",
            vec![signs, Arg::text(details.not_after.clone())],
        )),
        certificate::Status::NotYetValid => Some(problem(
            "signin-certificate-not-yet-valid",
            vec![signs, Arg::text(details.not_before.clone())],
        )),
        certificate::Status::Valid | certificate::Status::Expiring => None,
    }
}

/// The last part of a status URN (`Requester`), or the value itself when it is not one.
fn short_status(code: &str) -> &str {
    code.strip_prefix(STATUS_PREFIX).unwrap_or(code)
}

/// The table key explaining a status code (SAML core 3.2.2.2), if it is a known one.
fn status_words(code: &str) -> Option<&'static str> {
    Some(match short_status(code) {
        "Requester" => "signin-code-requester",
        "Responder" => "signin-code-responder",
        "VersionMismatch" => "signin-code-version-mismatch",
        "AuthnFailed" => "signin-code-authn-failed",
        "InvalidAttrNameOrValue" => "signin-code-invalid-attr-name-or-value",
        "InvalidNameIDPolicy" => "signin-code-invalid-name-id-policy",
        "NoAuthnContext" => "signin-code-no-authn-context",
        "NoAvailableIDP" => "signin-code-no-available-idp",
        "NoPassive" => "signin-code-no-passive",
        "NoSupportedIDP" => "signin-code-no-supported-idp",
        "PartialLogout" => "signin-code-partial-logout",
        "ProxyCountExceeded" => "signin-code-proxy-count-exceeded",
        "RequestDenied" => "signin-code-request-denied",
        "RequestUnsupported" => "signin-code-request-unsupported",
        "RequestVersionDeprecated" => "signin-code-request-version-deprecated",
        "RequestVersionTooHigh" => "signin-code-request-version-too-high",
        "RequestVersionTooLow" => "signin-code-request-version-too-low",
        "ResourceNotRecognized" => "signin-code-resource-not-recognized",
        "TooManyResponses" => "signin-code-too-many-responses",
        "UnknownAttrProfile" => "signin-code-unknown-attr-profile",
        "UnknownPrincipal" => "signin-code-unknown-principal",
        "UnsupportedBinding" => "signin-code-unsupported-binding",
        _ => return None,
    })
}

/// Shaped like `local@domain.tld`: GoTo looks users up by email, so a GUID, an object id or a
/// bare user name never matches.
fn looks_like_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn ok(key: &str, args: Vec<Arg>) -> (State, Message) {
    (State::Ok, Message::new(key, args))
}

fn problem(key: &str, args: Vec<Arg>) -> (State, Message) {
    (State::Problem, Message::new(key, args))
}

fn encrypted() -> (State, Message) {
    problem("signin-encrypted", Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_in_every_xs_datetime_form_are_read() {
        let at = |s| time::parse_rfc3339(s);
        assert_eq!(
            parse_instant("2026-03-01T12:00:00.1234567Z"),
            at("2026-03-01T12:00:00Z")
        );
        assert_eq!(
            parse_instant("2026-03-01T12:00:00Z"),
            at("2026-03-01T12:00:00Z")
        );
        assert_eq!(
            parse_instant("2026-03-01T12:00:00"),
            at("2026-03-01T12:00:00Z")
        );
        assert_eq!(
            parse_instant("2026-03-01T13:30:00+01:30"),
            at("2026-03-01T12:00:00Z")
        );
        assert_eq!(
            parse_instant("2026-03-01T07:00:00.5-05:00"),
            at("2026-03-01T12:00:00Z")
        );
        assert_eq!(parse_instant("yesterday"), None);
        assert_eq!(parse_instant("2026-03-01T12:00:00.x1Z"), None);
    }

    #[test]
    fn email_shapes() {
        assert!(looks_like_email("ann@contoso.com"));
        assert!(looks_like_email("ann.lee@contoso.onmicrosoft.com"));
        assert!(!looks_like_email(
            "Dh7tdLu2gHm-Vi4emADxWxfoPB2XZvADD_H2EBlaKAw"
        ));
        assert!(!looks_like_email("ann@localhost"));
        assert!(!looks_like_email("@contoso.com"));
        assert!(!looks_like_email("ann lee@contoso.com"));
        assert!(!looks_like_email("a@b@contoso.com"));
    }

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

    #[test]
    fn every_status_code_of_saml_core_has_words_in_the_table() {
        for code in [
            "Requester",
            "Responder",
            "VersionMismatch",
            "AuthnFailed",
            "InvalidAttrNameOrValue",
            "InvalidNameIDPolicy",
            "NoAuthnContext",
            "NoAvailableIDP",
            "NoPassive",
            "NoSupportedIDP",
            "PartialLogout",
            "ProxyCountExceeded",
            "RequestDenied",
            "RequestUnsupported",
            "RequestVersionDeprecated",
            "RequestVersionTooHigh",
            "RequestVersionTooLow",
            "ResourceNotRecognized",
            "TooManyResponses",
            "UnknownAttrProfile",
            "UnknownPrincipal",
            "UnsupportedBinding",
        ] {
            let key = status_words(&format!("{STATUS_PREFIX}{code}"));
            assert!(
                key.is_some_and(|k| crate::i18n::entry(k).is_some()),
                "{code}"
            );
        }
        assert!(crate::i18n::entry("signin-code-unknown").is_some());
    }

    #[test]
    fn check_names_are_the_data_check_names() {
        for check in Check::ALL {
            assert_eq!(
                serde_json::to_value(check).ok(),
                Some(serde_json::Value::String(check.as_str().to_owned()))
            );
        }
    }
}
