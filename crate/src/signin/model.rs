//! The response's XML read into typed structs: namespace-aware, each element counted only
//! under the parent SAML puts it in. Reading decides nothing; the checks do.

use crate::certificate::{Certificate, Report};
use crate::error::{Error, Result};
use crate::metadata::{self, MAX_DEPTH};
use crate::time::{self, UnixSeconds};
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::NsReader;
use serde::Serialize;

pub(super) const PROTOCOL: &str = "urn:oasis:names:tc:SAML:2.0:protocol";
const ASSERTION: &str = "urn:oasis:names:tc:SAML:2.0:assertion";
const DS: &str = "http://www.w3.org/2000/09/xmldsig#";

/// Which element a signature signs.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SignedPart {
    /// The `samlp:Response` (Azure's "Sign SAML response").
    Response,
    /// The `Assertion` (Azure's default, "Sign SAML assertion").
    Assertion,
}

crate::variants::deserialize_by_name!(signed_part_is_read_by_name: SignedPart {
    Response = "response",
    Assertion = "assertion",
});

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
                signature.certificate = Some(Certificate::from_base64(&text).map_err(Error::from));
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
}
