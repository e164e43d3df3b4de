//! The worker's message protocol: what a content script may ask, who may ask it (SPEC section 8:
//! extension id, tab, frame origin, host), the state the worker keeps, and the setup checklist.

use crate::azure::sp::Product;
use crate::fill::Progress;
use crate::goto::form::Mode;
use crate::hosts::{self, Site};
use crate::settings::Settings;
use crate::snapshot::PageSnapshot;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};

/// A content script's request. Unknown types and ill-typed fields are refused.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(
    tag = "type",
    rename_all = "kebab-case",
    rename_all_fields = "camelCase"
)]
pub enum Request {
    /// Which buttons to draw, and the drift check.
    View {
        /// The frame's snapshot.
        snapshot: PageSnapshot,
        /// ssobridge has written into this page since it loaded.
        #[serde(default)]
        filled_here: bool,
    },
    /// "Send to GoTo".
    Capture {
        /// The frame's snapshot.
        snapshot: PageSnapshot,
        /// From the previous round.
        #[serde(default)]
        progress: Option<Progress>,
    },
    /// "Fill from Azure AD".
    Fill {
        /// The frame's snapshot.
        snapshot: PageSnapshot,
        /// From the previous round.
        #[serde(default)]
        progress: Option<Progress>,
        /// The admin confirmed overwriting different values.
        #[serde(default)]
        confirmed: Option<bool>,
    },
    /// "Fill GoTo values".
    FillSp {
        /// The frame's snapshot.
        snapshot: PageSnapshot,
        /// From the previous round.
        #[serde(default)]
        progress: Option<Progress>,
        /// The admin confirmed overwriting different values.
        #[serde(default)]
        confirmed: Option<bool>,
    },
}

impl Request {
    fn snapshot(&self) -> &PageSnapshot {
        match self {
            Request::View { snapshot, .. }
            | Request::Capture { snapshot, .. }
            | Request::Fill { snapshot, .. }
            | Request::FillSp { snapshot, .. } => snapshot,
        }
    }

    /// The request's `type`, for the worker's bookkeeping.
    pub fn kind(&self) -> &'static str {
        match self {
            Request::View { .. } => "view",
            Request::Capture { .. } => "capture",
            Request::Fill { .. } => "fill",
            Request::FillSp { .. } => "fill-sp",
        }
    }
}

/// What the browser says about a message's sender (`runtime.MessageSender`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Sender {
    /// Extension id.
    pub id: String,
    /// The frame's URL.
    pub url: String,
    /// The frame's origin (`"null"` in sandboxed frames), where the browser reports it.
    pub origin: Option<String>,
    /// The tab, present for content scripts.
    pub tab_id: Option<i64>,
    /// The frame (0 is the top frame).
    pub frame_id: i64,
}

/// Admits a request only from this extension's content script in an allowed, unsandboxed
/// https frame whose host matches the snapshot and suits the request.
pub fn admit(request: &Request, sender: &Sender, extension_id: &str) -> Result<Site> {
    let refuse = || Error::HostNotAllowed {
        origin: sender.url.clone(),
    };
    if sender.id != extension_id || sender.tab_id.is_none() {
        return Err(Error::BadMessage {
            detail: "not from this extension's content script".to_owned(),
        });
    }
    let site = hosts::site_of(&sender.url).ok_or_else(refuse)?;
    let host = hosts::https_host(&sender.url).ok_or_else(refuse)?;
    if let Some(origin) = &sender.origin
        && *origin != format!("https://{host}")
    {
        return Err(refuse());
    }
    if hosts::https_host(&request.snapshot().url) != Some(host) {
        return Err(Error::BadMessage {
            detail: "the snapshot is not of the sending frame".to_owned(),
        });
    }
    let fits = match request {
        Request::View { .. } => true,
        Request::Capture { .. } | Request::FillSp { .. } => site == Site::Azure,
        Request::Fill { .. } => site == Site::Goto,
    };
    if fits { Ok(site) } else { Err(refuse()) }
}

/// The admin's choices in the popup.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// GoTo fill mode.
    pub mode: Mode,
    /// GoTo product (Relay State).
    pub product: Product,
}

/// Steps of the procedure ssobridge has seen done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Seen {
    /// Basic SAML Configuration filled.
    pub sp_filled: bool,
    /// GoTo's form filled.
    pub goto_filled: bool,
    /// GoTo's saved configuration matched Azure's.
    pub in_sync: bool,
}

/// Everything the worker keeps in `storage.session`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct WorkerState {
    /// The capture, if any.
    pub settings: Option<Settings>,
    /// The popup's choices.
    pub options: Options,
    /// What was seen done.
    pub seen: Seen,
    /// The per-field outcome of the last finished fill, for the popup.
    pub last_fill: Vec<crate::fill::FieldReport>,
}

impl WorkerState {
    /// Records what a finished step shows was done, and a fill's per-field outcome.
    pub fn record(
        &mut self,
        request: &str,
        state: crate::status::State,
        drift_in_sync: bool,
        fields: Vec<crate::fill::FieldReport>,
    ) {
        if matches!(request, "fill" | "fill-sp") && !fields.is_empty() {
            self.last_fill = fields;
        }
        let done = state == crate::status::State::Done;
        match request {
            "fill-sp" if done => self.seen.sp_filled = true,
            "fill" if done => self.seen.goto_filled = true,
            _ => {}
        }
        if drift_in_sync {
            self.seen.in_sync = true;
        }
    }

    /// The setup checklist, in the order of Microsoft's tutorial.
    pub fn checklist(&self) -> Vec<ChecklistStep> {
        let captured = self
            .settings
            .as_ref()
            .is_some_and(|s| s.certificate.is_some());
        let step =
            |id: &'static str, text: &'static str, done: bool| ChecklistStep { id, text, done };
        vec![
            step(
                "add-app",
                "In Azure, add the GoToMeeting gallery app and choose SAML single sign-on.",
                captured || self.seen.sp_filled,
            ),
            step(
                "basic-saml",
                "Fill Basic SAML Configuration (Identifier, Reply URL, Relay State) and save it.",
                self.seen.sp_filled,
            ),
            step(
                "capture",
                "Capture the sign-in URL, entity ID and certificate (Send to GoTo).",
                captured,
            ),
            step(
                "goto-fill",
                "In GoTo's Organization Center, fill the Identity provider form.",
                self.seen.goto_filled,
            ),
            step(
                "goto-save",
                "Review and save the form in GoTo.",
                self.seen.in_sync,
            ),
            step(
                "assign-test",
                "Assign users to the app in Azure and test sign-in.",
                false,
            ),
        ]
    }
}

/// One checklist line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistStep {
    /// Stable id (`_locales` key suffix).
    pub id: &'static str,
    /// English text.
    pub text: &'static str,
    /// Seen done.
    pub done: bool,
}
