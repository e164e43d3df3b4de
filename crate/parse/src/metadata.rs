//! SAML metadata XML → the IdP settings GoTo needs. Namespace-aware, never prefix-aware: real
//! Azure documents use `ds:`, unprefixed and mixed KeyInfo markup (fixtures' PROVENANCE.md).

use crate::certificate::Certificate;
use crate::error::{Error, Result};
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::reader::NsReader;

const MD: &str = "urn:oasis:names:tc:SAML:2.0:metadata";
const DS: &str = "http://www.w3.org/2000/09/xmldsig#";
const BINDING_REDIRECT: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
const BINDING_POST: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
/// Real documents nest 8 levels; anything past this is not metadata.
pub const MAX_DEPTH: usize = 64;

/// What an `IDPSSODescriptor` says, before shape checks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// `EntityDescriptor/@entityID`.
    pub entity_id: String,
    /// `SingleSignOnService` with the HTTP-Redirect binding.
    pub sign_in_redirect: Option<String>,
    /// `SingleSignOnService` with the HTTP-POST binding.
    pub sign_in_post: Option<String>,
    /// `SingleLogoutService` (Azure lists Redirect only; POST is taken when it is alone).
    pub sign_out: Option<String>,
    /// Signing certificates in document order, duplicates removed.
    pub signing: Vec<Certificate>,
    /// Keys marked `use="encryption"`: never offered for signing.
    pub encryption: Vec<Certificate>,
}

impl Metadata {
    /// The sign-in URL GoTo should use: Redirect first (GoTo's default binding), else POST.
    pub fn sign_in_url(&self) -> Option<&str> {
        self.sign_in_redirect
            .as_deref()
            .or(self.sign_in_post.as_deref())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum KeyUse {
    Signing,
    Encryption,
}

/// Where the reader is, as far as the IdP settings are concerned.
#[derive(Default)]
struct Position {
    /// The `EntityDescriptor` being read and its depth; each is read on its own so that values
    /// of two entities (two tenants) never mix.
    entity: Option<(Metadata, usize)>,
    idp_depth: Option<usize>,
    seen_idp: bool,
    sign_out_post: Option<String>,
    key_use: Option<(KeyUse, usize)>,
    cert_text: Option<String>,
}

/// Parses a metadata document that is already text (see [`crate::text::decode`]): every
/// `EntityDescriptor` that has an `IDPSSODescriptor`, in document order, each on its own.
pub fn parse(xml: &str) -> Result<Vec<Metadata>> {
    let mut reader = NsReader::from_str(xml);
    reader.config_mut().expand_empty_elements = true;
    let mut found = Vec::new();
    let mut pos = Position::default();
    let mut depth = 0usize;
    loop {
        let (namespace, event) = reader.read_resolved_event().map_err(malformed)?;
        let namespace = known(&namespace);
        match event {
            Event::DocType(_) => return Err(Error::XmlDoctypeForbidden),
            Event::Start(start) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(Error::XmlTooDeep { limit: MAX_DEPTH });
                }
                let local = start.local_name();
                match (namespace, local.as_ref()) {
                    (Some(MD), "EntityDescriptor") if pos.entity.is_none() => {
                        let entity_id = attribute(&reader, &start, "entityID")?
                            .unwrap_or_default()
                            .trim()
                            .to_owned();
                        pos = Position {
                            entity: Some((
                                Metadata {
                                    entity_id,
                                    ..Metadata::default()
                                },
                                depth,
                            )),
                            ..Position::default()
                        };
                    }
                    (Some(MD), "IDPSSODescriptor")
                        if pos.entity.is_some() && !pos.seen_idp && pos.idp_depth.is_none() =>
                    {
                        pos.seen_idp = true;
                        pos.idp_depth = Some(depth);
                    }
                    (Some(MD), "KeyDescriptor") if pos.idp_depth.is_some() => {
                        let key_use = match attribute(&reader, &start, "use")?.as_deref() {
                            Some("encryption") => KeyUse::Encryption,
                            // No `use` means the key serves both purposes (SAML metadata §2.4.1.1).
                            _ => KeyUse::Signing,
                        };
                        pos.key_use = Some((key_use, depth));
                    }
                    (Some(DS), "X509Certificate") if pos.key_use.is_some() => {
                        pos.cert_text = Some(String::new());
                    }
                    (Some(MD), "SingleSignOnService") if pos.idp_depth == Some(depth - 1) => {
                        let binding = attribute(&reader, &start, "Binding")?;
                        let location = attribute(&reader, &start, "Location")?;
                        if let Some((metadata, _)) = pos.entity.as_mut() {
                            let slot = match binding.as_deref() {
                                Some(BINDING_REDIRECT) => &mut metadata.sign_in_redirect,
                                Some(BINDING_POST) => &mut metadata.sign_in_post,
                                _ => &mut None,
                            };
                            if slot.is_none() {
                                *slot = location.map(|l| l.trim().to_owned());
                            }
                        }
                    }
                    (Some(MD), "SingleLogoutService") if pos.idp_depth == Some(depth - 1) => {
                        let binding = attribute(&reader, &start, "Binding")?;
                        let location =
                            attribute(&reader, &start, "Location")?.map(|l| l.trim().to_owned());
                        match (binding.as_deref(), pos.entity.as_mut()) {
                            (Some(BINDING_REDIRECT), Some((metadata, _)))
                                if metadata.sign_out.is_none() =>
                            {
                                metadata.sign_out = location;
                            }
                            (Some(BINDING_POST), _) if pos.sign_out_post.is_none() => {
                                pos.sign_out_post = location
                            }
                            _ => {}
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(text) => {
                if let Some(cert_text) = pos.cert_text.as_mut() {
                    cert_text.push_str(&text);
                }
            }
            Event::GeneralRef(reference) => {
                // Character references such as `&#xD;` appear in re-serialised Base64, and the
                // five predefined entities anywhere; others cannot exist without a DTD.
                let resolved = match reference.resolve_char_ref().map_err(malformed)? {
                    Some(c) => Some(c.to_string()),
                    None => {
                        quick_xml::escape::resolve_predefined_entity(&reference).map(str::to_owned)
                    }
                };
                match (resolved, pos.cert_text.as_mut()) {
                    (Some(text), Some(cert_text)) => cert_text.push_str(&text),
                    (Some(_), None) => {}
                    (None, _) => {
                        return Err(Error::XmlMalformed {
                            detail: format!("unknown entity &{};", &*reference),
                        });
                    }
                }
            }
            Event::End(_) => {
                if let Some(text) = pos.cert_text.take() {
                    let certificate = Certificate::from_base64(&text)?;
                    if let Some((metadata, _)) = pos.entity.as_mut() {
                        let list = match pos.key_use {
                            Some((KeyUse::Encryption, _)) => &mut metadata.encryption,
                            _ => &mut metadata.signing,
                        };
                        if !list.iter().any(|c| c.der() == certificate.der()) {
                            list.push(certificate);
                        }
                    }
                }
                if pos.key_use.is_some_and(|(_, at)| at == depth) {
                    pos.key_use = None;
                }
                if pos.idp_depth == Some(depth) {
                    pos.idp_depth = None;
                }
                if pos.entity.as_ref().is_some_and(|(_, at)| *at == depth) {
                    let finished = std::mem::take(&mut pos);
                    if let (Some((mut metadata, _)), true) = (finished.entity, finished.seen_idp) {
                        if metadata.sign_out.is_none() {
                            metadata.sign_out = finished.sign_out_post;
                        }
                        found.push(metadata);
                    }
                }
                depth = depth.saturating_sub(1);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if found.is_empty() {
        return Err(Error::NotMetadata);
    }
    Ok(found)
}

/// Which of the two namespaces read here an element is bound to, without copying it (this
/// runs for every event of the document).
fn known(namespace: &ResolveResult<'_>) -> Option<&'static str> {
    match namespace {
        ResolveResult::Bound(Namespace(ns)) if *ns == MD => Some(MD),
        ResolveResult::Bound(Namespace(ns)) if *ns == DS => Some(DS),
        _ => None,
    }
}

/// The namespace an element is bound to, if any (shared with ssobridge's sign-in reading).
pub fn bound(namespace: ResolveResult<'_>) -> Option<String> {
    match namespace {
        ResolveResult::Bound(Namespace(ns)) => Some(ns.to_owned()),
        _ => None,
    }
}

/// An unprefixed attribute's unescaped value (shared with ssobridge's sign-in reading).
pub fn attribute(
    reader: &NsReader<&[u8]>,
    start: &BytesStart<'_>,
    name: &str,
) -> Result<Option<String>> {
    for attr in start.attributes() {
        let attr = attr.map_err(malformed)?;
        let (namespace, local) = reader.resolver().resolve_attribute(attr.key);
        if matches!(namespace, ResolveResult::Unbound) && local.as_ref() == name {
            return Ok(Some(
                attr.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(malformed)?
                    .into_owned(),
            ));
        }
    }
    Ok(None)
}

pub(crate) fn malformed(err: impl std::fmt::Display) -> Error {
    Error::XmlMalformed {
        detail: err.to_string(),
    }
}
