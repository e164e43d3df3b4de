//! The captured Azure settings: what the worker stores in `storage.session`, the popup shows and
//! every fill writes. Assembled from what the page showed and what the metadata says; the
//! metadata is the source of truth and every disagreement is reported.

use crate::certificate::Report;
use crate::inspect::{self, InputKind, Warning};
use crate::time::{self, UnixSeconds};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};

/// Where the metadata stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MetadataState {
    /// Not fetched: no metadata URL was known.
    #[default]
    NotAttempted,
    /// Fetched and parsed.
    Fetched,
    /// The fetch failed (offline, blocked, HTTP error); `metadata_detail` says how.
    Failed,
    /// Fetched, but not usable metadata (an HTML page, damaged XML); `metadata_detail` says why.
    Unreadable,
    /// Read from a file the admin gave.
    File,
}

/// A value the page and the metadata disagree on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Difference {
    /// `signInUrl`, `signOutUrl`, `entityId`, `thumbprintSha1`, `notAfter`, `metadataUrl`.
    pub field: String,
    /// One side's value (the page's, or GoTo's in a drift check).
    pub here: String,
    /// The other side's value (the metadata's, or Azure's in a drift check).
    pub there: String,
}

/// Everything captured for one app.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    /// Sign-in URL.
    pub sign_in_url: Option<String>,
    /// Sign-out URL.
    pub sign_out_url: Option<String>,
    /// Entity ID.
    pub entity_id: Option<String>,
    /// App Federation Metadata Url.
    pub metadata_url: Option<String>,
    /// SHA-1 thumbprint of the signing certificate.
    pub thumbprint_sha1: Option<String>,
    /// Its expiry, RFC 3339.
    pub not_after: Option<String>,
    /// Tenant id.
    pub tenant_id: Option<String>,
    /// App id (from the portal's deep link or the metadata URL).
    pub app_id: Option<String>,
    /// The signing certificate to use.
    pub certificate: Option<Report>,
    /// The other signing certificates listed (rollover).
    pub other_certificates: Vec<Report>,
    /// Why the certificate was chosen.
    pub chosen_explanation: Option<String>,
    /// The metadata XML without byte-order mark, for GoTo's "Upload metadata file" mode.
    pub metadata_xml: Option<String>,
    /// The page the values were captured on.
    pub page_url: String,
    /// Where the metadata stands.
    pub metadata_state: MetadataState,
    /// Why the metadata failed, when it did.
    pub metadata_detail: Option<String>,
    /// Values the page and the metadata disagree on.
    pub differences: Vec<Difference>,
    /// Expiry and rollover warnings.
    pub warnings: Vec<Warning>,
    /// When the capture happened, RFC 3339.
    pub captured_at: String,
}

/// What the portal page showed, already shape-checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PageValues {
    /// Sign-in URL shown.
    pub sign_in_url: Option<String>,
    /// Sign-out URL shown.
    pub sign_out_url: Option<String>,
    /// Entity ID shown.
    pub entity_id: Option<String>,
    /// Metadata URL shown, or built from tenant and app id.
    pub metadata_url: Option<String>,
    /// Whether the metadata URL was built rather than shown.
    pub metadata_url_built: bool,
    /// Thumbprint shown (the active certificate).
    pub thumbprint_sha1: Option<String>,
    /// Expiry text shown, as the page wrote it.
    pub expiry_text: Option<String>,
    /// App id from the deep link.
    pub app_id: Option<String>,
    /// Tenant id from the values.
    pub tenant_id: Option<String>,
    /// The page's URL.
    pub page_url: String,
}

impl PageValues {
    /// True when the page showed anything worth capturing.
    pub fn is_empty(&self) -> bool {
        self.sign_in_url.is_none() && self.entity_id.is_none() && self.metadata_url.is_none()
    }
}

/// How the worker's fetch of the metadata URL went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum Fetched {
    /// The body, as bytes.
    Ok {
        /// Response body.
        #[serde(with = "serde_bytes")]
        body: Vec<u8>,
    },
    /// Offline, blocked or an HTTP error: what happened.
    Failed {
        /// What happened.
        detail: String,
    },
}

impl Settings {
    /// Settings from the page alone, then corrected by the metadata when it could be had.
    pub fn capture(page: &PageValues, fetched: Option<&Fetched>, now: UnixSeconds) -> Settings {
        let mut settings = Settings {
            sign_in_url: page.sign_in_url.clone(),
            sign_out_url: page.sign_out_url.clone(),
            entity_id: page.entity_id.clone(),
            metadata_url: page.metadata_url.clone(),
            thumbprint_sha1: page.thumbprint_sha1.clone(),
            tenant_id: page.tenant_id.clone(),
            app_id: page.app_id.clone(),
            page_url: page.page_url.clone(),
            captured_at: time::rfc3339(now),
            ..Settings::default()
        };
        match fetched {
            None => {}
            Some(Fetched::Failed { detail }) => {
                settings.fail_metadata(MetadataState::Failed, detail.clone());
            }
            Some(Fetched::Ok { body }) => {
                match settings.apply_metadata(body, page.thumbprint_sha1.as_deref(), now) {
                    Ok(()) => {
                        settings.metadata_state = MetadataState::Fetched;
                        settings.differences = differences(page, &settings);
                    }
                    Err(err) => settings.fail_metadata(MetadataState::Unreadable, err.to_string()),
                }
            }
        }
        settings
    }

    fn fail_metadata(&mut self, state: MetadataState, detail: String) {
        self.metadata_state = state;
        self.metadata_detail = Some(detail);
    }

    /// Adds a file the admin dropped into the popup: metadata replaces everything it holds, a
    /// certificate fills the certificate. Nothing already captured is lost on error.
    pub fn with_file(&self, bytes: &[u8], now: UnixSeconds) -> Result<Settings> {
        let mut next = self.clone();
        let parsed = inspect::parse(bytes)?;
        match parsed.kind {
            InputKind::Metadata => {
                next.apply_parsed(&parsed, self.thumbprint_sha1.as_deref(), now)?;
                next.metadata_state = MetadataState::File;
                next.metadata_detail = None;
            }
            InputKind::Certificate => {
                let inspection = parsed.inspect(self.thumbprint_sha1.as_deref(), now)?;
                let chosen = inspection
                    .certificates
                    .get(inspection.chosen)
                    .cloned()
                    .ok_or(Error::NoSigningCertificate)?;
                if let Some(shown) = &self.thumbprint_sha1
                    && !shown.eq_ignore_ascii_case(&chosen.details.thumbprint_sha1)
                {
                    next.differences.push(Difference {
                        field: "thumbprintSha1".to_owned(),
                        here: shown.clone(),
                        there: chosen.details.thumbprint_sha1.clone(),
                    });
                }
                next.set_certificate(&inspection);
            }
        }
        if next.captured_at.is_empty() {
            next.captured_at = time::rfc3339(now);
        }
        Ok(next)
    }

    fn apply_metadata(
        &mut self,
        body: &[u8],
        active: Option<&str>,
        now: UnixSeconds,
    ) -> Result<()> {
        let parsed = inspect::parse(body)?;
        if parsed.kind != InputKind::Metadata {
            return Err(Error::NotMetadata);
        }
        self.apply_parsed(&parsed, active, now)
    }

    fn apply_parsed(
        &mut self,
        parsed: &inspect::Parsed,
        active: Option<&str>,
        now: UnixSeconds,
    ) -> Result<()> {
        let inspection = parsed.inspect(active, now)?;
        self.entity_id = inspection.entity_id.clone();
        self.sign_in_url = inspection.sign_in_url.clone();
        self.sign_out_url = inspection.sign_out_url.clone();
        self.tenant_id = inspection.tenant_id.clone();
        self.metadata_xml = parsed.metadata_xml.clone();
        self.set_certificate(&inspection);
        Ok(())
    }

    fn set_certificate(&mut self, inspection: &inspect::Inspection) {
        let chosen = inspection.certificates.get(inspection.chosen).cloned();
        self.thumbprint_sha1 = chosen.as_ref().map(|c| c.details.thumbprint_sha1.clone());
        self.not_after = chosen.as_ref().map(|c| c.details.not_after.clone());
        self.certificate = chosen;
        self.other_certificates = inspection
            .certificates
            .iter()
            .enumerate()
            .filter(|(index, _)| *index != inspection.chosen)
            .map(|(_, c)| c.clone())
            .collect();
        self.chosen_explanation = Some(inspection.chosen_explanation.clone());
        self.warnings = inspection.warnings.clone();
    }
}

/// What the page showed that the metadata contradicts.
fn differences(page: &PageValues, settings: &Settings) -> Vec<Difference> {
    let mut found = Vec::new();
    let mut compare = |field: &str, shown: &Option<String>, truth: &Option<String>| {
        if let (Some(shown), Some(truth)) = (shown, truth)
            && !shown.eq_ignore_ascii_case(truth)
        {
            found.push(Difference {
                field: field.to_owned(),
                here: shown.clone(),
                there: truth.clone(),
            });
        }
    };
    compare("entityId", &page.entity_id, &settings.entity_id);
    compare("signInUrl", &page.sign_in_url, &settings.sign_in_url);
    compare("signOutUrl", &page.sign_out_url, &settings.sign_out_url);
    if let Some(shown) = &page.thumbprint_sha1 {
        let listed = settings
            .certificate
            .iter()
            .chain(&settings.other_certificates)
            .any(|c| c.details.thumbprint_sha1.eq_ignore_ascii_case(shown));
        if !listed {
            found.push(Difference {
                field: "thumbprintSha1".to_owned(),
                here: shown.clone(),
                there: settings.thumbprint_sha1.clone().unwrap_or_default(),
            });
        }
    }
    found
}
