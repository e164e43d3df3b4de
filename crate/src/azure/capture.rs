//! The capture (SPEC section 4) in two halves around the worker's fetch: read the page (waiting,
//! bounded, for values that render late), then combine it with the metadata.

use super::read;
use crate::Error;
use crate::fill::Progress;
use crate::settings::{Fetched, MetadataState, PageValues, Settings};
use crate::snapshot::{PageSnapshot, Then};
use crate::status::{State, Status};
use crate::time::UnixSeconds;
use serde::Serialize;

/// Rounds to wait for values that render after the page (the content script waits for DOM
/// changes, up to about a second and a half per round).
pub const MAX_ROUNDS: u32 = 6;

/// The first half's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CaptureStep {
    /// Resnapshot (values still rendering) or done (read what there is).
    pub then: Then,
    /// To send back with the next snapshot.
    pub progress: Progress,
    /// What the page shows.
    pub values: PageValues,
    /// The page was read: the worker fetches `fetch` (if any) and calls [`finish`].
    pub finish: bool,
    /// The metadata URL for the worker to fetch, if any.
    pub fetch: Option<String>,
    /// The status line.
    pub status: Status,
}

/// Reads the page, or asks to wait while it is still rendering.
pub fn step(snapshot: &PageSnapshot, progress: &Progress) -> CaptureStep {
    let next = Progress {
        round: progress.round + 1,
        ..progress.clone()
    };
    let values = read::read(snapshot);
    let complete = values.metadata_url.is_some()
        || (values.sign_in_url.is_some() && values.entity_id.is_some());
    let rounds_left = next.round < MAX_ROUNDS;
    if !complete && rounds_left {
        return CaptureStep {
            then: Then::Resnapshot,
            progress: next,
            values,
            finish: false,
            fetch: None,
            status: Status::new(
                State::Working,
                "waiting-for-values",
                "Waiting for the SAML values to appear…",
            ),
        };
    }
    if values.is_empty() {
        return CaptureStep {
            then: Then::Done,
            progress: next,
            values,
            finish: false,
            fetch: None,
            status: Status::error(&Error::NothingFound),
        };
    }
    CaptureStep {
        then: Then::Done,
        progress: next,
        finish: true,
        fetch: values.metadata_url.clone(),
        values,
        status: Status::new(
            State::Working,
            "fetching-metadata",
            "Reading the app's federation metadata…",
        ),
    }
}

/// The capture's result: what to store and what to tell the admin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Captured {
    /// What to store.
    pub settings: Settings,
    /// The status line.
    pub status: Status,
}

/// Combines the page's values with the fetched metadata.
pub fn finish(values: &PageValues, fetched: Option<&Fetched>, now: UnixSeconds) -> Captured {
    let settings = Settings::capture(values, fetched, now);
    let status = status_of(&settings);
    Captured { settings, status }
}

fn status_of(settings: &Settings) -> Status {
    let detail = settings
        .metadata_detail
        .as_deref()
        .unwrap_or("unknown error");
    let differences = settings
        .differences
        .iter()
        .map(|d| {
            format!(
                "{}: the page shows {} but the metadata says {}",
                d.field, d.here, d.there
            )
        })
        .collect::<Vec<_>>();
    match settings.metadata_state {
        MetadataState::Fetched | MetadataState::File if differences.is_empty() => {
            let expiry = settings.not_after.as_deref().unwrap_or("?");
            let warnings: Vec<&str> = settings
                .warnings
                .iter()
                .map(|w| w.message.as_str())
                .collect();
            Status::new(
                State::Done,
                "captured",
                format!(
                    "Captured and checked against the app's metadata (certificate {} valid until {expiry}). Now open GoTo's Identity provider tab and press \"Fill from Azure AD\". {}",
                    settings.thumbprint_sha1.as_deref().unwrap_or("?"),
                    warnings.join(" ")
                )
                .trim_end()
                .to_owned(),
            )
            .with_args([settings.thumbprint_sha1.clone().unwrap_or_default(), expiry.to_owned()])
        }
        MetadataState::Fetched | MetadataState::File => Status::new(
            State::Done,
            "captured-with-differences",
            format!(
                "Captured from the app's metadata, which disagrees with the page: {}.",
                differences.join("; ")
            ),
        )
        .with_args([differences.join("; ")]),
        MetadataState::Failed => Status::new(
            State::Error,
            "metadata-fetch-failed",
            format!(
                "The app's federation metadata could not be fetched ({detail}). Kept what the page shows; add the certificate (Base64) or the Federation Metadata XML in the ssobridge popup."
            ),
        )
        .with_args([detail.to_owned()]),
        MetadataState::Unreadable => Status::new(
            State::Error,
            "metadata-unreadable",
            format!(
                "The app's federation metadata was fetched but is not usable: {detail} Kept what the page shows; add the certificate (Base64) or the Federation Metadata XML in the ssobridge popup."
            ),
        )
        .with_args([detail.to_owned()]),
        MetadataState::NotAttempted => Status::new(
            State::Error,
            "metadata-unknown",
            "Kept what the page shows, but the metadata URL is not on the page, so the certificate is missing: add the certificate (Base64) or the Federation Metadata XML in the ssobridge popup.",
        ),
    }
}
