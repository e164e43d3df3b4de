//! What the worker keeps (`storage.session`) and what it knows about where it runs: the
//! capture, the admin's options, the steps seen done, the sign-in watch, and the round tokens
//! of fills started by a judged click. Read part by part, so a damaged part never loses the rest.

use crate::fill::{FieldReport, FillStep};
use crate::i18n::Lang;
use crate::options::Options;
use crate::page::Button;
use crate::policy::Policy;
use crate::settings::Settings;
use crate::snapshot::Then;
use crate::time::UnixSeconds;
use serde::{Deserialize, Serialize};

/// What the worker knows about where it runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// `runtime.id`.
    pub extension_id: String,
    /// `runtime.getURL('')`: the origin of the extension's own pages (Firefox gives each
    /// install its own UUID host, so the id alone does not name it).
    pub extension_base: String,
    /// The browser's UI language.
    pub lang: Lang,
    /// The time now.
    pub now: UnixSeconds,
    /// A fresh random token (the worker's `crypto.randomUUID()`), issued as the round token
    /// when this request is a judged click that starts a fill.
    pub fresh_token: String,
    /// The organisation's policy (`storage.managed`), read afresh for each event that needs it
    /// (an IT department may change it while the browser runs); `None` when the worker has not
    /// read it for this event. Chromium answers `storage.managed.get()` only once its start-up
    /// completes, which a page that never stops changing delays by tens of seconds: the core asks
    /// for the policy ([`crate::messages::Effect::needs_policy`]) only where it decides something.
    pub policy: Option<Policy>,
}

/// Where no policy was read: only events that decide nothing by the policy see it.
static NOT_READ: Policy = Policy::NONE;

impl Context {
    /// The policy read for this event, or none set where the event does not depend on it.
    pub fn policy(&self) -> &Policy {
        self.policy.as_ref().unwrap_or(&NOT_READ)
    }
}

/// Steps of the procedure ssobridge has seen done.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
    pub last_fill: Vec<FieldReport>,
    /// The sign-in check: a watch in progress, or the findings of the response it saw.
    pub signin: SigninCheck,
    /// Round tokens of actions started by a judged click (see `admission`).
    pub rounds: Vec<Round>,
}

/// A round token: issued for a judged click, carried by every later round of that action.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Round {
    /// The token (random, from the worker).
    pub token: String,
    /// The tab the click was in.
    pub tab_id: i64,
    /// The frame the click was in.
    pub frame_id: i64,
    /// The request type the click started (`capture`, `fill`, `fill-sp`).
    pub action: String,
    /// The admin confirmed overwriting different values with that click.
    pub confirmed: bool,
    /// The token is refused after this (Unix seconds).
    pub until: UnixSeconds,
}

/// The sign-in check's state (SPEC 10). The response itself is never kept: only the findings.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SigninCheck {
    /// Watching for one response until then (Unix seconds).
    pub watch_until: Option<UnixSeconds>,
    /// The findings of the response seen.
    pub findings: Option<crate::signin::Findings>,
    /// The last watch ended without a response.
    pub timed_out: bool,
}

/// How long a sign-in check watches for the test sign-in (SPEC 10.1).
pub const SIGNIN_WATCH_SECONDS: UnixSeconds = 300;

impl SigninCheck {
    /// Watching now.
    pub fn watching(&self, now: UnixSeconds) -> bool {
        self.watch_until.is_some_and(|until| now < until)
    }

    /// Ends a watch whose 5 minutes are over.
    pub fn expire(&mut self, now: UnixSeconds) {
        if self.watch_until.is_some() && !self.watching(now) {
            self.watch_until = None;
            self.timed_out = true;
        }
    }

    /// Brings the watch up to date: ends it when its time is over, and at once when the
    /// organisation turned the check off meanwhile (a watch started before the policy arrived
    /// must not go on reading sign-ins).
    pub fn refresh(&mut self, context: &Context) {
        self.expire(context.now);
        if !context.policy().signin_check_allowed() {
            self.watch_until = None;
        }
    }
}

impl WorkerState {
    /// Reads what storage holds (its JSON text, `null` when empty), part by part: a part that
    /// does not parse (an older version's shape, a damaged value) is dropped and named, never
    /// fatal for the rest. Each part is read from its own slice of the text, so every stored
    /// type has the one deserializer the requests use (no `serde_json::Value` in between).
    pub fn from_stored(stored: &str) -> (WorkerState, Vec<&'static str>) {
        use serde_json::value::RawValue;
        // An object's members as raw text: only an object reads as one (a struct would also
        // take an array), and a repeated key keeps its last value, as `serde_json::Value` did.
        type Members<'a> = crate::sorted::Members<&'a RawValue>;
        fn part<T: serde::de::DeserializeOwned + Default>(
            members: &Members,
            key: &'static str,
            dropped: &mut Vec<&'static str>,
        ) -> T {
            let Some(raw) = members.get(key) else {
                return T::default();
            };
            // `null` reads as absent.
            serde_json::from_str::<Option<T>>(raw.get())
                .unwrap_or_else(|_| {
                    dropped.push(key);
                    None
                })
                .unwrap_or_default()
        }
        let mut state = WorkerState::default();
        let mut dropped = Vec::new();
        let members = match serde_json::from_str::<Option<Members>>(stored) {
            Ok(Some(members)) => members,
            Ok(None) => return (state, dropped),
            Err(_) => {
                dropped.push("state");
                return (state, dropped);
            }
        };
        state.settings = part(&members, "settings", &mut dropped);
        // Options that are not an object are ignored, as a missing one.
        if let Some(options) = members
            .get("options")
            .and_then(|raw| serde_json::from_str::<Members>(raw.get()).ok())
        {
            state.options.mode = part(&options, "mode", &mut dropped);
            state.options.product = part(&options, "product", &mut dropped);
        }
        state.seen = part(&members, "seen", &mut dropped);
        state.last_fill = part(&members, "lastFill", &mut dropped);
        state.signin = part(&members, "signin", &mut dropped);
        state.rounds = part(&members, "rounds", &mut dropped);
        (state, dropped)
    }

    /// Notes a finished fill for the popup and the checklist.
    pub fn record_fill(&mut self, button: Button, step: &FillStep) {
        if step.then != Then::Done {
            return;
        }
        if !step.fields.is_empty() {
            self.last_fill = step.fields.clone();
        }
        if step.status.state == crate::status::State::Done {
            match button {
                Button::Fill => self.seen.goto_filled = true,
                Button::FillSp => self.seen.sp_filled = true,
                Button::Capture => {}
            }
        }
    }

    /// The setup checklist, in the order of Microsoft's tutorial: `(id, done)`; the text is the
    /// message table's `check-<id>`.
    pub fn checklist(&self) -> Vec<(&'static str, bool)> {
        let captured = self.settings.as_ref().is_some_and(|s| s.complete);
        vec![
            ("add-app", captured || self.seen.sp_filled),
            ("basic-saml", self.seen.sp_filled),
            ("capture", captured),
            ("goto-fill", self.seen.goto_filled),
            ("goto-save", self.seen.in_sync),
            (
                "assign-test",
                self.signin
                    .findings
                    .as_ref()
                    .is_some_and(|f| f.state == crate::signin::Overall::Ok),
            ),
        ]
    }
}
