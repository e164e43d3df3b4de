//! Any input of SPEC section 7 → one result: the IdP values it holds, every certificate with its
//! details, and the signing certificate to use. The CLI, the www page, the popup's file input and
//! the worker's metadata fetch all go through here.

use crate::certificate::{self, Certificate, Report};
use crate::error::{Error, Result};
use crate::i18n::{Arg, Lang, Message};
use crate::metadata;
use crate::rollover::{self, Reason};
use crate::shapes;
use crate::text;
use crate::time::UnixSeconds;
use serde::{Deserialize, Serialize};

/// What the input was.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputKind {
    /// SAML metadata XML.
    Metadata,
    /// One or more certificates (PEM, Base64 or DER).
    Certificate,
}

/// The result of reading one input.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Inspection {
    /// What the input was.
    pub kind: InputKind,
    /// The IdP entity ID (metadata only).
    pub entity_id: Option<String>,
    /// The sign-in URL (Redirect binding, else POST; metadata only).
    pub sign_in_url: Option<String>,
    /// `SingleSignOnService` with the HTTP-Redirect binding (metadata only).
    pub sign_in_url_redirect: Option<String>,
    /// `SingleSignOnService` with the HTTP-POST binding (metadata only).
    pub sign_in_url_post: Option<String>,
    /// The sign-out URL (metadata only, where it lists one).
    pub sign_out_url: Option<String>,
    /// The tenant id, from the entity ID.
    pub tenant_id: Option<String>,
    /// Every signing certificate, in document order.
    pub certificates: Vec<Report>,
    /// Encryption-only keys, listed apart and never chosen.
    pub encryption_certificates: Vec<Report>,
    /// Index into `certificates` of the one to use.
    pub chosen: usize,
    /// Why that one.
    pub chosen_reason: Reason,
    /// The reason as a sentence.
    pub chosen_explanation: String,
    /// What an admin should look at (expiry, rollover).
    pub warnings: Vec<Warning>,
}

/// Something worth an admin's attention that is not an error.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// Stable name: the message table key.
    pub code: String,
    /// The message's arguments.
    #[serde(default)]
    pub args: Vec<Arg>,
    /// The warning in an English sentence (the CLI's JSON).
    pub message: String,
}

impl Warning {
    fn new(code: &str, args: Vec<Arg>) -> Self {
        let message = Message::new(code, args.clone()).render(Lang::En);
        Self {
            code: code.to_owned(),
            args,
            message,
        }
    }

    /// The warning as a message of the table.
    pub fn to_message(&self) -> Message {
        Message::new(&self.code, self.args.clone())
    }
}

/// Parsed input, before it is reported at an instant: the certificates stay typed so callers
/// can keep the DER and the metadata text.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// What the input was.
    pub kind: InputKind,
    /// Metadata fields, when the input was metadata.
    pub metadata: Option<metadata::Metadata>,
    /// The metadata text without byte-order mark, for GoTo's "Upload metadata file" mode.
    pub metadata_xml: Option<String>,
    /// Signing certificates.
    pub signing: Vec<Certificate>,
    /// Encryption-only certificates.
    pub encryption: Vec<Certificate>,
}

/// Parses any input and applies the shape checks of SPEC section 8.
pub fn parse(bytes: &[u8]) -> Result<Parsed> {
    parse_for_tenant(bytes, None)
}

/// Like [`parse`]; where metadata describes several identity providers, takes the one of
/// `tenant` (the app's), and refuses to guess without it.
pub fn parse_for_tenant(bytes: &[u8], tenant: Option<&str>) -> Result<Parsed> {
    text::check_size(bytes)?;
    if bytes.first() != Some(&0x30) {
        let decoded = text::decode(bytes);
        if let Some(xml) = decoded.as_deref().map(str::trim_start)
            && xml.starts_with('<')
        {
            let metadata = checked_metadata(xml, tenant)?;
            return Ok(Parsed {
                kind: InputKind::Metadata,
                signing: metadata.signing.clone(),
                encryption: metadata.encryption.clone(),
                metadata_xml: Some(xml.to_owned()),
                metadata: Some(metadata),
            });
        }
    }
    Ok(Parsed {
        kind: InputKind::Certificate,
        signing: certificate::parse_certificates(bytes)?,
        encryption: Vec::new(),
        metadata: None,
        metadata_xml: None,
    })
}

fn checked_metadata(xml: &str, tenant: Option<&str>) -> Result<metadata::Metadata> {
    let entities = metadata::parse(xml)?;
    let mut metadata = match entities.len() {
        1 => entities.into_iter().next(),
        _ => {
            let ids: Vec<String> = entities.iter().map(|m| m.entity_id.clone()).collect();
            let of_tenant = |m: &metadata::Metadata| {
                tenant.is_some_and(|t| shapes::tenant_of(&m.entity_id).as_deref() == Some(t))
            };
            match entities.into_iter().find(of_tenant) {
                Some(metadata) => Some(metadata),
                None => return Err(Error::SeveralIdpEntities { entity_ids: ids }),
            }
        }
    }
    .ok_or(Error::NotMetadata)?;
    if metadata.entity_id.contains("{tenantid}") {
        return Err(Error::TenantIndependentMetadata);
    }
    metadata.entity_id = shapes::entity_id(&metadata.entity_id)?;
    for url in [
        &mut metadata.sign_in_redirect,
        &mut metadata.sign_in_post,
        &mut metadata.sign_out,
    ]
    .into_iter()
    .flatten()
    {
        *url = shapes::login_url(url)?;
    }
    if metadata.sign_in_url().is_none() {
        return Err(Error::NoSignInService);
    }
    if metadata.signing.is_empty() {
        return Err(Error::NoSigningCertificate);
    }
    Ok(metadata)
}

impl Parsed {
    /// Reports the input at `now`, choosing the signing certificate (SPEC section 7).
    pub fn inspect(&self, active_thumbprint: Option<&str>, now: UnixSeconds) -> Result<Inspection> {
        let choice = rollover::choose(&self.signing, active_thumbprint, now)
            .ok_or(Error::NoSigningCertificate)?;
        let certificates: Vec<Report> = self.signing.iter().map(|c| c.report(now)).collect();
        let mut warnings = Vec::new();
        if let Some(chosen) = certificates.get(choice.index) {
            let details = &chosen.details;
            match chosen.status {
                certificate::Status::Expired => warnings.push(Warning::new(
                    "certificate-expired",
                    vec![
                        Arg::text(details.not_after.clone()),
                        Arg::text(details.thumbprint_sha1.clone()),
                    ],
                )),
                certificate::Status::Expiring => warnings.push(Warning::new(
                    "certificate-expiring",
                    vec![
                        Arg::text(details.not_after.clone()),
                        Arg::text(certificate::EXPIRING_WITHIN_DAYS.to_string()),
                    ],
                )),
                certificate::Status::NotYetValid => warnings.push(Warning::new(
                    "certificate-not-yet-valid",
                    vec![
                        Arg::text(details.not_before.clone()),
                        Arg::text(details.thumbprint_sha1.clone()),
                    ],
                )),
                certificate::Status::Valid => {}
            }
        }
        if certificates.len() > 1 {
            warnings.push(Warning::new(
                "several-signing-certificates",
                vec![
                    Arg::text(certificates.len().to_string()),
                    Arg::text((choice.index + 1).to_string()),
                    Arg::key(choice.reason.key()),
                ],
            ));
        }
        let metadata = self.metadata.as_ref();
        Ok(Inspection {
            kind: self.kind,
            entity_id: metadata.map(|m| m.entity_id.clone()),
            sign_in_url: metadata.and_then(|m| m.sign_in_url().map(str::to_owned)),
            sign_in_url_redirect: metadata.and_then(|m| m.sign_in_redirect.clone()),
            sign_in_url_post: metadata.and_then(|m| m.sign_in_post.clone()),
            sign_out_url: metadata.and_then(|m| m.sign_out.clone()),
            tenant_id: metadata.and_then(|m| shapes::tenant_of(&m.entity_id)),
            certificates,
            encryption_certificates: self.encryption.iter().map(|c| c.report(now)).collect(),
            chosen: choice.index,
            chosen_reason: choice.reason,
            chosen_explanation: Message::new(choice.reason.key(), Vec::new()).render(Lang::En),
            warnings,
        })
    }
}

impl Inspection {
    /// The same inspection with its explanation in `lang` (www and the popup show it as is).
    pub fn in_language(mut self, lang: Lang) -> Inspection {
        self.chosen_explanation = Message::new(self.chosen_reason.key(), Vec::new()).render(lang);
        self
    }
}

/// Parses and reports in one call.
pub fn inspect(
    bytes: &[u8],
    active_thumbprint: Option<&str>,
    now: UnixSeconds,
) -> Result<Inspection> {
    parse(bytes)?.inspect(active_thumbprint, now)
}
