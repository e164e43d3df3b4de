//! The capture (SPEC section 4) in two halves around the worker's fetch: read the page (waiting,
//! bounded, for values that render late), then combine it with the metadata. Only a capture
//! that succeeded, or one that kept the page's values because no metadata could be had (SPEC
//! 4.4), yields settings to store; every other outcome stores nothing.

use super::read;
use crate::Error;
use crate::fill::Progress;
use crate::i18n::Arg;
use crate::settings::{Fetched, MetadataState, PageValues, Settings};
use crate::snapshot::{PageSnapshot, Then};
use crate::status::{State, Status};
use crate::time::UnixSeconds;
use serde::Serialize;

/// Rounds to wait for values that render after the page (the content script waits for DOM
/// changes, up to about a second and a half per round).
pub const MAX_ROUNDS: u32 = 6;

/// The first half's answer.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
        round: progress.round.saturating_add(1),
        ..progress.clone()
    };
    let done = |values: PageValues, status: Status| CaptureStep {
        then: Then::Done,
        progress: next.clone(),
        values,
        finish: false,
        fetch: None,
        status,
    };
    let values = match read::read(snapshot) {
        Ok(values) => values,
        // Two tenants or two apps on one page: nothing to wait for, nothing to store.
        Err(err) => return done(PageValues::default(), Status::error(&err)),
    };
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
            status: Status::new(State::Working, "waiting-for-values"),
        };
    }
    if values.is_empty() {
        return done(values, Status::error(&Error::NothingFound));
    }
    CaptureStep {
        then: Then::Done,
        progress: next,
        finish: true,
        fetch: values.metadata_url.clone(),
        values,
        status: Status::new(State::Working, "fetching-metadata"),
    }
}

/// The capture's result: what to store (nothing when it failed) and what to tell the admin.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Captured {
    /// What to store; `None` keeps the previous settings.
    pub settings: Option<Settings>,
    /// The status line.
    pub status: Status,
}

/// Combines the page's values with the fetched metadata.
pub fn finish(values: &PageValues, fetched: Option<&Fetched>, now: UnixSeconds) -> Captured {
    match Settings::capture(values, fetched, now) {
        Ok(settings) => Captured {
            status: status_of(&settings),
            settings: Some(settings),
        },
        Err(err) => Captured {
            settings: None,
            status: Status::error(&err),
        },
    }
}

fn status_of(settings: &Settings) -> Status {
    let detail = || {
        vec![
            settings
                .metadata_problem
                .clone()
                .map_or_else(|| Arg::text(""), Arg::Message),
        ]
    };
    let warnings = settings.warnings.iter().map(|w| w.to_message());
    match settings.metadata_state {
        MetadataState::Fetched | MetadataState::File => Status::new(State::Done, "captured")
            .with_args([
                Arg::text(settings.thumbprint_sha1.clone().unwrap_or_default()),
                Arg::text(settings.not_after.clone().unwrap_or_default()),
            ])
            .with_notes(warnings),
        MetadataState::Failed => {
            Status::new(State::Error, "metadata-fetch-failed").with_args(detail())
        }
        MetadataState::Unreadable => {
            Status::new(State::Error, "metadata-unreadable").with_args(detail())
        }
        MetadataState::NotAttempted => Status::new(State::Error, "metadata-unknown"),
    }
}
