//! The captured Azure settings: what the worker stores in `storage.session`, the popup shows and
//! every fill writes. Assembled from what the page showed and what the metadata says; the
//! metadata is the source of truth and every disagreement is reported.

use crate::certificate::{self, Report};
pub use crate::field::Difference;
use crate::field::Setting;
use crate::i18n::Message;
use crate::inspect::{self, InputKind, Warning};
use crate::time::{self, UnixSeconds};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};

/// Where the metadata stands.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
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

crate::variants::deserialize_by_name!(metadata_state_is_read_by_name: MetadataState {
    NotAttempted = "not-attempted",
    Fetched = "fetched",
    Failed = "failed",
    Unreadable = "unreadable",
    File = "file",
});

/// Everything captured for one app.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
    /// Why the certificate was chosen, in English (the CLI's words).
    pub chosen_explanation: Option<String>,
    /// Why the certificate was chosen.
    pub chosen_reason: Option<crate::rollover::Reason>,
    /// The metadata XML without byte-order mark, for GoTo's "Upload metadata file" mode.
    pub metadata_xml: Option<String>,
    /// The page the values were captured on.
    pub page_url: String,
    /// Where the metadata stands.
    pub metadata_state: MetadataState,
    /// Why the metadata failed, when it did (shown in the admin's language).
    pub metadata_problem: Option<Message>,
    /// Values the page and the metadata disagree on.
    pub differences: Vec<Difference>,
    /// Expiry and rollover warnings.
    pub warnings: Vec<Warning>,
    /// When the capture happened, RFC 3339.
    pub captured_at: String,
    /// The capture (or the file that completed it) succeeded: the only settings a fill uses.
    pub complete: bool,
}

/// What the portal page showed, already shape-checked.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum Fetched {
    /// The body, as bytes.
    Ok {
        /// Response body.
        #[serde(with = "serde_bytes")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "Uint8Array"))]
        body: Vec<u8>,
    },
    /// Offline, blocked, an HTTP error, a redirect, too large or too slow: what happened.
    Failed {
        /// What happened.
        problem: Message,
    },
}

/// [`Fetched`]'s variants, as `outcome` names them.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Outcome {
    Ok,
    Failed,
}

crate::variants::deserialize_by_name!(fetch_outcome_is_read_by_name: Outcome {
    Ok = "ok",
    Failed = "failed",
});

/// `outcome` alone; serde_json skips the other fields without buffering them.
#[derive(Deserialize)]
struct OutcomeTag {
    outcome: Outcome,
}

/// [`Fetched::Ok`]'s fields.
#[derive(Deserialize)]
struct FetchedOk {
    #[serde(with = "serde_bytes")]
    body: Vec<u8>,
}

/// [`Fetched::Failed`]'s fields.
#[derive(Deserialize)]
struct FetchedFailed {
    problem: Message,
}

impl Fetched {
    /// Reads a fetch's outcome from its JSON text: `outcome` first, then that variant's fields
    /// from the same text (as `Request::from_json`), not through serde's buffering `Content`.
    pub fn from_json(text: &str) -> serde_json::Result<Fetched> {
        use serde_json::from_str;
        Ok(match from_str::<OutcomeTag>(text)?.outcome {
            Outcome::Ok => Fetched::Ok {
                body: from_str::<FetchedOk>(text)?.body,
            },
            Outcome::Failed => Fetched::Failed {
                problem: from_str::<FetchedFailed>(text)?.problem,
            },
        })
    }
}

impl From<Result<Vec<u8>>> for Fetched {
    fn from(result: Result<Vec<u8>>) -> Fetched {
        match result {
            Ok(body) => Fetched::Ok { body },
            Err(err) => Fetched::Failed {
                problem: err.message(),
            },
        }
    }
}

impl Settings {
    /// The capture: the page's values checked against the metadata, which is the truth.
    ///
    /// * metadata fetched and agreeing, certificate valid → `Ok`, complete;
    /// * no metadata (not known, failed, unusable) → `Ok`, the page's values only, incomplete
    ///   (SPEC 4.4: keep them and ask for the certificate file);
    /// * page and metadata disagree, or the chosen certificate is expired or not yet valid →
    ///   `Err`: nothing may be stored (SPEC 4.3, 4.6).
    pub fn capture(
        page: &PageValues,
        fetched: Option<&Fetched>,
        now: UnixSeconds,
    ) -> Result<Settings> {
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
            Some(Fetched::Failed { problem }) => {
                settings.fail_metadata(MetadataState::Failed, problem.clone());
            }
            Some(Fetched::Ok { body }) => {
                let parsed =
                    inspect::parse_for_tenant(body, page.tenant_id.as_deref()).and_then(|parsed| {
                        match parsed.kind {
                            InputKind::Metadata => Ok(parsed),
                            InputKind::Certificate => Err(Error::NotMetadata),
                        }
                    });
                match parsed {
                    Ok(parsed) => {
                        settings.apply_parsed(&parsed, page.thumbprint_sha1.as_deref(), now)?;
                        settings.metadata_state = MetadataState::Fetched;
                        let differences = differences(page, &settings);
                        if !differences.is_empty() {
                            return Err(Error::PageDisagrees { differences });
                        }
                        settings.check_certificate_is_current(now)?;
                        settings.complete = true;
                    }
                    Err(err) => settings.fail_metadata(MetadataState::Unreadable, err.message()),
                }
            }
        }
        Ok(settings)
    }

    fn fail_metadata(&mut self, state: MetadataState, problem: Message) {
        self.metadata_state = state;
        self.metadata_problem = Some(problem);
    }

    /// An expired or not-yet-valid signing certificate is never "captured" (SPEC 4.6).
    fn check_certificate_is_current(&self, now: UnixSeconds) -> Result<()> {
        let Some(chosen) = &self.certificate else {
            return Ok(());
        };
        let thumbprint = chosen.details.thumbprint_sha1.clone();
        match certificate::status_at(&chosen.details, now) {
            certificate::Status::Expired => Err(Error::CertificateExpired {
                not_after: chosen.details.not_after.clone(),
                thumbprint,
            }),
            certificate::Status::NotYetValid => Err(Error::CertificateNotYetValid {
                not_before: chosen.details.not_before.clone(),
                thumbprint,
            }),
            certificate::Status::Valid | certificate::Status::Expiring => Ok(()),
        }
    }

    /// Whether a fill may use these settings: they come from a capture or file that
    /// succeeded, and the certificate is still current.
    pub fn check_fillable(&self, now: UnixSeconds) -> Result<()> {
        if !self.complete {
            return Err(Error::CaptureIncomplete);
        }
        self.check_certificate_is_current(now)
    }

    /// Adds a file the admin dropped into the popup. Metadata completes or replaces the
    /// capture; a certificate completes the page's values. The result is checked like a capture
    /// (same tenant, the portal's active certificate, not expired); on any error nothing changes.
    pub fn with_file(&self, bytes: &[u8], now: UnixSeconds) -> Result<Settings> {
        let mut next = self.clone();
        let parsed = inspect::parse_for_tenant(bytes, self.tenant_id.as_deref())?;
        match parsed.kind {
            InputKind::Metadata => {
                next.apply_parsed(&parsed, self.thumbprint_sha1.as_deref(), now)?;
                next.metadata_state = MetadataState::File;
                next.metadata_problem = None;
                // A file that completes a page capture must agree with the page; one that
                // follows a finished capture replaces it.
                if !self.complete {
                    let shown = self.as_page_values();
                    let differences = differences(&shown, &next);
                    if !differences.is_empty() {
                        return Err(Error::PageDisagrees { differences });
                    }
                } else if next.tenant_id != self.tenant_id {
                    next.metadata_url = None;
                    next.app_id = None;
                }
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
                    return Err(Error::CertificateNotActive {
                        file: chosen.details.thumbprint_sha1.clone(),
                        shown: shown.clone(),
                    });
                }
                next.set_certificate(&inspection);
            }
        }
        next.check_certificate_is_current(now)?;
        next.complete = true;
        if next.captured_at.is_empty() {
            next.captured_at = time::rfc3339(now);
        }
        Ok(next)
    }

    /// What these settings say, as if a page had shown it (to check a file against).
    fn as_page_values(&self) -> PageValues {
        PageValues {
            sign_in_url: self.sign_in_url.clone(),
            sign_out_url: self.sign_out_url.clone(),
            entity_id: self.entity_id.clone(),
            metadata_url: self.metadata_url.clone(),
            thumbprint_sha1: self.thumbprint_sha1.clone(),
            tenant_id: self.tenant_id.clone(),
            app_id: self.app_id.clone(),
            page_url: self.page_url.clone(),
            ..PageValues::default()
        }
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
        self.chosen_reason = Some(inspection.chosen_reason);
        self.warnings = inspection.warnings.clone();
    }
}

/// What the page showed that the metadata contradicts: every value the page showed, the
/// tenant its values name, and the thumbprint it marks active.
fn differences(page: &PageValues, settings: &Settings) -> Vec<Difference> {
    let mut found = Vec::new();
    let mut compare = |field: Setting, shown: &Option<String>, truth: &Option<String>| {
        if let (Some(shown), Some(truth)) = (shown, truth)
            && !shown.eq_ignore_ascii_case(truth)
        {
            found.push(Difference::new(field, shown.clone(), truth.clone()));
        }
    };
    // A page that showed only the metadata URL still names a tenant, which the metadata must
    // be for.
    if page.entity_id.is_none() && page.sign_in_url.is_none() {
        compare(Setting::TenantId, &page.tenant_id, &settings.tenant_id);
    }
    compare(Setting::EntityId, &page.entity_id, &settings.entity_id);
    compare(Setting::SignInUrl, &page.sign_in_url, &settings.sign_in_url);
    // The 2016-2017 sign-out URL was tenant-independent (`common/wsfederation`); it is not a
    // tenant's value, so a page showing it disagrees with nothing.
    if !page
        .sign_out_url
        .as_deref()
        .is_some_and(|u| u.contains("/common/"))
    {
        compare(
            Setting::SignOutUrl,
            &page.sign_out_url,
            &settings.sign_out_url,
        );
    }
    if let Some(shown) = &page.thumbprint_sha1 {
        let listed = settings
            .certificate
            .iter()
            .chain(&settings.other_certificates)
            .any(|c| c.details.thumbprint_sha1.eq_ignore_ascii_case(shown));
        if !listed {
            found.push(Difference::new(
                Setting::ThumbprintSha1,
                shown.clone(),
                settings.thumbprint_sha1.clone().unwrap_or_default(),
            ));
        }
    }
    found
}
