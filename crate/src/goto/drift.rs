//! The drift check (SPEC 5.5): does what GoTo holds match what Azure holds? This is how an admin
//! finds out that Azure rolled the certificate over and GoTo still has the old one.

use super::form::{GotoForm, Mode};
use crate::certificate;
use crate::field::{Difference, Setting};
use crate::inspect;
use crate::settings::Settings;
use serde::Serialize;

/// `data-state` of the drift line.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DriftState {
    /// GoTo holds what Azure holds.
    InSync,
    /// At least one value differs.
    Differs,
}

/// The drift check's result.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Drift {
    /// In sync or not.
    pub state: DriftState,
    /// Each difference: `here` is GoTo's value, `there` Azure's.
    pub differences: Vec<Difference>,
}

/// Compares the form's saved configuration with the captured settings; `None` when the form
/// holds no configuration yet.
pub fn check(form: &GotoForm, settings: &Settings, now: crate::time::UnixSeconds) -> Option<Drift> {
    let value = |field: &Option<super::form::TextField>| {
        field
            .as_ref()
            .map(|f| f.value.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let mut differences = Vec::new();
    let mut compared = false;
    let mut compare = |field: Setting, goto: Option<String>, azure: &Option<String>| {
        let Some(goto) = goto else { return };
        compared = true;
        let azure = azure.clone().unwrap_or_default();
        if !goto.eq_ignore_ascii_case(azure.trim()) {
            differences.push(Difference::new(field, goto, azure));
        }
    };
    let shown_mode = form.mode.as_ref().and_then(|m| m.current());
    match shown_mode {
        Some(Mode::Automatic) => compare(
            Setting::MetadataUrl,
            value(&form.metadata_url),
            &settings.metadata_url,
        ),
        Some(Mode::MetadataFile) => {
            if let Some(xml) = value(&form.metadata_text) {
                let parsed =
                    inspect::inspect(xml.as_bytes(), settings.thumbprint_sha1.as_deref(), now).ok();
                let chosen = parsed.as_ref().and_then(|p| p.certificates.get(p.chosen));
                compare(
                    Setting::EntityId,
                    parsed.as_ref().and_then(|p| p.entity_id.clone()),
                    &settings.entity_id,
                );
                compare(
                    Setting::ThumbprintSha1,
                    Some(
                        chosen
                            .map(|c| c.details.thumbprint_sha1.clone())
                            .unwrap_or_default(),
                    ),
                    &settings.thumbprint_sha1,
                );
            }
        }
        _ => {
            compare(
                Setting::SignInUrl,
                value(&form.sign_in_url),
                &settings.sign_in_url,
            );
            compare(
                Setting::SignOutUrl,
                value(&form.sign_out_url),
                &settings.sign_out_url,
            );
            compare(
                Setting::EntityId,
                value(&form.entity_id),
                &settings.entity_id,
            );
            if let Some(pem) = value(&form.certificate_text) {
                match certificate::parse_certificate_text(&pem)
                    .ok()
                    .and_then(|c| c.into_iter().next())
                {
                    Some(held) => {
                        let report = held.report(now);
                        compare(
                            Setting::ThumbprintSha1,
                            Some(report.details.thumbprint_sha1),
                            &settings.thumbprint_sha1,
                        );
                        compare(
                            Setting::NotAfter,
                            Some(report.details.not_after),
                            &settings.not_after,
                        );
                    }
                    None => compare(
                        Setting::ThumbprintSha1,
                        Some("(not a certificate)".to_owned()),
                        &settings.thumbprint_sha1,
                    ),
                }
            }
        }
    }
    if !compared {
        return None;
    }
    let state = if differences.is_empty() {
        DriftState::InSync
    } else {
        DriftState::Differs
    };
    Some(Drift { state, differences })
}
