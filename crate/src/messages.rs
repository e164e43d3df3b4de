//! The worker's protocol, whole: what a content script or the popup may ask, who may ask it
//! (SPEC section 8: extension id, tab, frame origin, host), and what each request does to the
//! state the worker keeps. [`handle`] is the one entry point; the worker (JavaScript) performs
//! only the effect it returns: store the new state, send the reply. The one step that waits for
//! the network is handed back as `Effect::fetch` and finished by [`resume`] against the state
//! as it is then (the admin may have changed an option meanwhile).

use crate::azure::capture;
use crate::azure::sp::{self, Product};
use crate::click::{self, ClickFacts};
use crate::fill::{FieldReport, FillStep, Progress};
use crate::goto::{self, form::Mode};
use crate::hosts::{self, Site};
use crate::i18n::{Lang, Message};
use crate::page::{self, Button};
use crate::policy::Policy;
use crate::popup::{self, PopupView};
use crate::settings::{Fetched, PageValues, Settings};
use crate::snapshot::{Op, PageSnapshot, Then};
use crate::status::Status;
use crate::time::UnixSeconds;
use crate::{Error, Result};
use base64::Engine as _;
use serde::{Deserialize, Serialize};

/// A request. Unknown types and ill-typed fields are refused.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(
    tag = "type",
    rename_all = "kebab-case",
    rename_all_fields = "camelCase"
)]
pub enum Request {
    /// Content script: which buttons to draw, and the drift check.
    View {
        /// The frame's snapshot.
        snapshot: PageSnapshot,
        /// ssobridge has written into this page since it loaded.
        #[serde(default)]
        filled_here: bool,
    },
    /// Content script: "Send to GoTo".
    Capture {
        /// The frame's snapshot.
        snapshot: PageSnapshot,
        /// From the previous round.
        #[serde(default)]
        progress: Option<Progress>,
        /// What the content script saw of the click (first round).
        #[serde(default)]
        click: Option<ClickFacts>,
    },
    /// Content script: "Fill from Azure AD".
    Fill {
        /// The frame's snapshot.
        snapshot: PageSnapshot,
        /// From the previous round.
        #[serde(default)]
        progress: Option<Progress>,
        /// The admin confirmed overwriting different values.
        #[serde(default)]
        confirmed: bool,
        /// What the content script saw of the click (first round).
        #[serde(default)]
        click: Option<ClickFacts>,
    },
    /// Content script: "Fill GoTo values".
    FillSp {
        /// The frame's snapshot.
        snapshot: PageSnapshot,
        /// From the previous round.
        #[serde(default)]
        progress: Option<Progress>,
        /// The admin confirmed overwriting different values.
        #[serde(default)]
        confirmed: bool,
        /// What the content script saw of the click (first round).
        #[serde(default)]
        click: Option<ClickFacts>,
    },
    /// Popup: what to show.
    PopupOpen,
    /// Popup: the GoTo fill mode.
    SetMode {
        /// The mode.
        mode: Mode,
    },
    /// Popup: the GoTo product (Relay State).
    SetProduct {
        /// The product.
        product: Product,
    },
    /// Popup: a certificate or metadata file, Base64-encoded (extension messages carry JSON).
    AddFile {
        /// The file's bytes in Base64.
        base64: String,
    },
    /// Popup: an App Federation Metadata Url pasted by the admin, to fetch and read.
    ReadMetadataUrl {
        /// The URL as typed.
        url: String,
    },
    /// Popup: forget the capture.
    Clear,
    /// Popup: watch the next test sign-in (SPEC 10.1); the popup has asked for the optional
    /// permissions first.
    StartSigninCheck,
}

impl Request {
    /// For the first round of an action, the click that started it (`Some(None)`: no facts,
    /// so no click a person made).
    fn first_click(&self) -> Option<Option<&ClickFacts>> {
        match self {
            Request::Capture {
                progress: None,
                click,
                ..
            }
            | Request::Fill {
                progress: None,
                click,
                ..
            }
            | Request::FillSp {
                progress: None,
                click,
                ..
            } => Some(click.as_ref()),
            _ => None,
        }
    }

    fn snapshot(&self) -> Option<&PageSnapshot> {
        match self {
            Request::View { snapshot, .. }
            | Request::Capture { snapshot, .. }
            | Request::Fill { snapshot, .. }
            | Request::FillSp { snapshot, .. } => Some(snapshot),
            _ => None,
        }
    }
}

/// What the browser says about a message's sender (`runtime.MessageSender`).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Sender {
    /// Extension id.
    pub id: String,
    /// The frame's or page's URL.
    pub url: String,
    /// The frame's origin (`"null"` in sandboxed frames), where the browser reports it.
    pub origin: Option<String>,
    /// The tab, present for content scripts.
    pub tab_id: Option<i64>,
    /// The frame (0 is the top frame).
    pub frame_id: i64,
}

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
    /// The organisation's policy (`storage.managed`), read afresh for each request: an IT
    /// department may change it while the browser runs.
    pub policy: Policy,
}

/// Admits a request only from this extension: content scripts in an allowed, unsandboxed https
/// frame whose host matches the snapshot and suits the request; popup requests from the
/// extension's own pages only.
pub fn admit(request: &Request, sender: &Sender, context: &Context) -> Result<Option<Site>> {
    if sender.id != context.extension_id {
        return Err(Error::BadMessage {
            detail: "not from this extension".to_owned(),
        });
    }
    let Some(snapshot) = request.snapshot() else {
        // The toolbar popup has no tab; the same page opened in a tab has one. Either way its
        // URL is the extension's own, which no web page or content script can have.
        let own_page =
            !context.extension_base.is_empty() && sender.url.starts_with(&context.extension_base);
        return if own_page {
            Ok(None)
        } else {
            Err(Error::BadMessage {
                detail: "popup requests come from the extension's pages only".to_owned(),
            })
        };
    };
    let refuse = || Error::HostNotAllowed {
        origin: sender.url.clone(),
    };
    if sender.tab_id.is_none() {
        return Err(Error::BadMessage {
            detail: "not from a content script".to_owned(),
        });
    }
    let site = hosts::site_of(&sender.url).ok_or_else(refuse)?;
    let host = hosts::https_host(&sender.url).ok_or_else(refuse)?;
    if let Some(origin) = &sender.origin
        && *origin != format!("https://{host}")
    {
        return Err(refuse());
    }
    if hosts::https_host(&snapshot.url) != Some(host) {
        return Err(Error::BadMessage {
            detail: "the snapshot is not of the sending frame".to_owned(),
        });
    }
    let fits = match request {
        Request::Capture { .. } | Request::FillSp { .. } => site == Site::Azure,
        Request::Fill { .. } => site == Site::Goto,
        _ => true,
    };
    if !fits {
        return Err(refuse());
    }
    check_frame(snapshot, sender, site)?;
    match request.first_click() {
        Some(Some(facts)) => click::judge(facts)?,
        Some(None) => {
            return Err(Error::UnsafeClick {
                reason: "click-not-trusted",
            });
        }
        None => {}
    }
    Ok(Some(site))
}

/// A frame counts only when it is not sandboxed and every frame around it is a host of the
/// same side (SPEC 8): a GoTo page framed by another site, or by Azure, gets no button.
fn check_frame(snapshot: &PageSnapshot, sender: &Sender, site: Site) -> Result<()> {
    let refuse = |reason: &'static str| Err(Error::FrameNotAllowed { reason });
    if snapshot.sandboxed || sender.origin.as_deref() == Some("null") {
        return refuse("frame-sandboxed");
    }
    // The browser's frame id is the truth; the snapshot's own claim can only add suspicion.
    if sender.frame_id == 0 && snapshot.top_frame {
        return Ok(());
    }
    let Some(ancestors) = snapshot.ancestor_origins.as_ref().filter(|a| !a.is_empty()) else {
        return refuse("frame-ancestry-unknown");
    };
    let same_side = |origin: &String| hosts::site_of(&format!("{origin}/")) == Some(site);
    if ancestors.iter().all(same_side) {
        Ok(())
    } else {
        refuse("frame-foreign-ancestor")
    }
}

/// The admin's choices in the popup.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// GoTo fill mode.
    pub mode: Mode,
    /// GoTo product (Relay State).
    pub product: Product,
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
        if !context.policy.signin_check_allowed() {
            self.watch_until = None;
        }
    }
}

impl WorkerState {
    /// Reads what storage holds, part by part: a part that does not parse (an older version's
    /// shape, a damaged value) is dropped and named, never fatal for the rest.
    pub fn from_stored(stored: &serde_json::Value) -> (WorkerState, Vec<&'static str>) {
        let mut state = WorkerState::default();
        let mut dropped = Vec::new();
        let Some(object) = stored.as_object() else {
            if !stored.is_null() {
                dropped.push("state");
            }
            return (state, dropped);
        };
        fn part<T: serde::de::DeserializeOwned + Default>(
            object: &serde_json::Map<String, serde_json::Value>,
            key: &'static str,
            dropped: &mut Vec<&'static str>,
        ) -> T {
            match object.get(key) {
                None | Some(serde_json::Value::Null) => T::default(),
                Some(value) => serde_json::from_value(value.clone()).unwrap_or_else(|_| {
                    dropped.push(key);
                    T::default()
                }),
            }
        }
        state.settings = part(object, "settings", &mut dropped);
        if let Some(options) = object.get("options").and_then(|o| o.as_object()) {
            state.options.mode = part(options, "mode", &mut dropped);
            state.options.product = part(options, "product", &mut dropped);
        }
        state.seen = part(object, "seen", &mut dropped);
        state.last_fill = part(object, "lastFill", &mut dropped);
        state.signin = part(object, "signin", &mut dropped);
        (state, dropped)
    }

    fn record_fill(&mut self, button: Button, step: &FillStep) {
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

/// The longest wait for a page to render what was asked (a blade, a form, a mode's fields).
const WAIT_FOR_PAGE_MS: u32 = 1500;
/// After plain writes, the read-back waits this long, whatever the page does meanwhile: a page
/// that reverts a value sets the field's property, which no observer sees, and a revert a tick
/// later must not read as filled (tests/e2e/goto.test.mjs, preset "late").
const WAIT_AFTER_WRITES_MS: u32 = 300;
/// The page has settled when nothing changed for this long: frameworks render a blade or a
/// mode's fields in bursts.
const SETTLE_FOR_PAGE_MS: u32 = 50;

/// A reply to a content script's step (capture or fill round).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepReply {
    /// Operations to apply, in order, on snapshot keys.
    pub ops: Vec<Op>,
    /// Ask again after the page changed, or stop.
    pub then: Then,
    /// How long to wait at most for the page before asking again: shorter after plain writes
    /// than after a click that opens or switches something.
    pub wait_ms: u32,
    /// The page must change before it is read again (a mode's fields, a blade to render), then
    /// settle, within `wait_ms`; false after plain writes, where the read-back waits `wait_ms`.
    pub expect_change: bool,
    /// How long the page must stay unchanged to count as settled (when a change is expected).
    pub settle_ms: u32,
    /// To send back with the next snapshot.
    pub progress: Progress,
    /// The status line, rendered.
    pub status: Status,
    /// Per-field outcome, each with its name in the admin's language.
    pub fields: Vec<FieldView>,
}

/// One field's outcome, for the in-page copy buttons.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldView {
    /// The `data-field` name.
    pub field: crate::fill::Field,
    /// The outcome.
    pub outcome: crate::fill::Outcome,
    /// The field's name as the admin reads it.
    pub label: String,
    /// What ssobridge meant to write (for a copy button where the page refused it).
    pub wanted: String,
    /// The page refused the value: offer a copy button.
    pub copyable: bool,
}

/// The drift line, rendered (SPEC 5.5). Only field names reach the page's DOM: Azure's values
/// are for the admin's eyes in the popup, not for scripts on GoTo's page (SPEC 8).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DriftView {
    /// `in-sync` or `differs`.
    pub state: goto::drift::DriftState,
    /// The heading line.
    pub text: String,
    /// One line per difference.
    pub differences: Vec<DriftLine>,
}

/// One difference of the drift line.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DriftLine {
    /// The `data-field` name.
    pub field: String,
    /// The field's name as the admin reads it.
    pub text: String,
}

/// A reply to a content script's view request.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ViewReply {
    /// The buttons to draw.
    pub buttons: Vec<ButtonView>,
    /// The drift line, if any.
    pub drift: Option<DriftView>,
}

/// An in-page button and its label in the admin's language.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ButtonView {
    /// The `data-ssobridge` value.
    pub kind: Button,
    /// The label.
    pub label: String,
}

/// What the worker answers.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Reply {
    /// To a view request.
    View(ViewReply),
    /// To a capture or fill round.
    Step(StepReply),
    /// To a popup request (boxed: the popup's view is much the largest reply).
    Popup(Box<PopupView>),
}

impl Reply {
    fn popup(view: PopupView) -> Reply {
        Reply::Popup(Box::new(view))
    }
}

/// What the worker does with a handled request: store `store` (when the state changed), then
/// send `reply`; or, when `fetch` is set, fetch its URL and hand the result to [`resume`].
/// `watch` says whether the sign-in check's `webRequest` listener should be registered.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Effect {
    /// The reply to send (none while a fetch is pending).
    pub reply: Option<Reply>,
    /// The new state, when it differs from the stored one.
    pub store: Option<WorkerState>,
    /// A metadata fetch the request waits for.
    pub fetch: Option<FetchStep>,
    /// A sign-in watch is in progress: keep the `webRequest` listener (SPEC 10.1).
    pub watch: bool,
}

/// A metadata fetch a request waits for.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FetchStep {
    /// The checked metadata URL.
    pub url: String,
    /// What waits for it; handed back unchanged to [`resume`].
    pub pending: Pending,
}

/// A request waiting for the metadata fetch.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    rename_all = "kebab-case",
    rename_all_fields = "camelCase"
)]
pub enum Pending {
    /// The capture's second half.
    Capture {
        /// What the page showed.
        values: Box<PageValues>,
        /// The round's progress.
        progress: Progress,
    },
    /// The popup's pasted metadata URL.
    PopupUrl {
        /// The checked URL.
        url: String,
    },
}

/// Handles one request against the stored state (as storage returned it). `Err` only for a
/// refused sender or request; everything an admin can cause is in the reply.
pub fn handle(
    request: Request,
    sender: &Sender,
    stored: &serde_json::Value,
    context: &Context,
) -> Result<Effect> {
    admit(&request, sender, context)?;
    let (mut state, dropped) = WorkerState::from_stored(stored);
    let before = if dropped.is_empty() {
        Some(state.clone())
    } else {
        None
    };
    state.signin.refresh(context);
    let lang = context.lang;
    let now = context.now;
    // The options in force: the organisation's where its policy sets them.
    let options = context.policy.options(state.options);
    let reply = match request {
        Request::View {
            snapshot,
            filled_here,
        } => {
            let view = page::view(&snapshot, state.settings.as_ref(), filled_here, now);
            if view
                .drift
                .as_ref()
                .is_some_and(|d| d.state == goto::drift::DriftState::InSync)
            {
                state.seen.in_sync = true;
            }
            Reply::View(view_reply(&view, lang))
        }
        Request::Capture {
            snapshot, progress, ..
        } => {
            let step = capture::step(&snapshot, &progress.unwrap_or_default());
            if step.finish {
                return Ok(match step.fetch {
                    Some(url) => Effect::fetch(
                        url,
                        Pending::Capture {
                            values: Box::new(step.values),
                            progress: step.progress,
                        },
                    ),
                    None => {
                        finish_capture(state, before, &step.values, step.progress, None, context)
                    }
                });
            }
            Reply::Step(StepReply {
                ops: Vec::new(),
                wait_ms: WAIT_FOR_PAGE_MS,
                expect_change: true,
                settle_ms: SETTLE_FOR_PAGE_MS,
                then: step.then,
                progress: step.progress,
                status: step.status.rendered(lang),
                fields: Vec::new(),
            })
        }
        Request::Fill {
            snapshot,
            progress,
            confirmed,
            ..
        } => {
            let step = goto::plan::plan(
                &snapshot,
                state.settings.as_ref(),
                options.mode,
                confirmed,
                &progress.unwrap_or_default(),
                now,
            );
            state.record_fill(Button::Fill, &step);
            Reply::Step(step_reply(step, lang))
        }
        Request::FillSp {
            snapshot,
            progress,
            confirmed,
            ..
        } => {
            let step = sp::plan(
                &snapshot,
                options.product,
                confirmed,
                &progress.unwrap_or_default(),
            );
            state.record_fill(Button::FillSp, &step);
            Reply::Step(step_reply(step, lang))
        }
        Request::PopupOpen => {
            let notice = (!dropped.is_empty()).then(|| Message::new("state-reset", Vec::new()));
            Reply::popup(popup::view(
                &state,
                notice.map(popup::Notice::info),
                context,
            ))
        }
        Request::SetMode { mode } => {
            let locked = context.policy.mode.is_some();
            let notice = choose(locked, "popup-mode", &mut state.options.mode, mode);
            Reply::popup(popup::view(&state, notice, context))
        }
        Request::SetProduct { product } => {
            let locked = context.policy.product.is_some();
            let notice = choose(locked, "popup-product", &mut state.options.product, product);
            Reply::popup(popup::view(&state, notice, context))
        }
        Request::AddFile { base64 } => {
            let notice = match add_file(&state, &base64, now) {
                Ok(settings) => {
                    state.settings = Some(settings);
                    popup::Notice::done(Message::new("popup-added", Vec::new()))
                }
                Err(err) => popup::Notice::error(&err),
            };
            Reply::popup(popup::view(&state, Some(notice), context))
        }
        Request::ReadMetadataUrl { url } => match crate::shapes::metadata_url(&url) {
            Ok(url) => {
                return Ok(Effect::fetch(url.clone(), Pending::PopupUrl { url }));
            }
            Err(err) => Reply::popup(popup::view(
                &state,
                Some(popup::Notice::error(&err)),
                context,
            )),
        },
        Request::StartSigninCheck if !context.policy.signin_check_allowed() => {
            Reply::popup(popup::view(
                &state,
                Some(popup::Notice::error(&Error::SigninCheckOff)),
                context,
            ))
        }
        Request::StartSigninCheck => {
            state.signin = SigninCheck {
                watch_until: Some(now + SIGNIN_WATCH_SECONDS),
                findings: None,
                timed_out: false,
            };
            Reply::popup(popup::view(&state, None, context))
        }
        Request::Clear => {
            state.settings = None;
            state.last_fill.clear();
            state.seen = Seen::default();
            state.signin = SigninCheck::default();
            Reply::popup(popup::view(
                &state,
                Some(popup::Notice::info(Message::new(
                    "popup-cleared",
                    Vec::new(),
                ))),
                context,
            ))
        }
    };
    Ok(effect(reply, state, before))
}

/// Finishes a request that waited for the metadata fetch.
pub fn resume(
    pending: Pending,
    fetched: Fetched,
    stored: &serde_json::Value,
    context: &Context,
) -> Effect {
    let (mut state, dropped) = WorkerState::from_stored(stored);
    let before = dropped.is_empty().then(|| state.clone());
    state.signin.refresh(context);
    match pending {
        Pending::Capture { values, progress } => {
            finish_capture(state, before, &values, progress, Some(&fetched), context)
        }
        Pending::PopupUrl { url } => {
            let notice = match fetched {
                Fetched::Ok { body } => {
                    let mut base = state.settings.clone().unwrap_or_default();
                    base.metadata_url = Some(url);
                    match base.with_file(&body, context.now) {
                        Ok(settings) => {
                            state.settings = Some(settings);
                            popup::Notice::done(Message::new("popup-added", Vec::new()))
                        }
                        Err(err) => popup::Notice::error(&err),
                    }
                }
                Fetched::Failed { problem } => popup::Notice::problem(problem),
            };
            let reply = Reply::popup(popup::view(&state, Some(notice), context));
            effect(reply, state, before)
        }
    }
}

fn finish_capture(
    mut state: WorkerState,
    before: Option<WorkerState>,
    values: &PageValues,
    progress: Progress,
    fetched: Option<&Fetched>,
    context: &Context,
) -> Effect {
    let captured = capture::finish(values, fetched, context.now);
    if let Some(settings) = captured.settings {
        // A new capture starts the procedure's later steps afresh.
        state.seen.goto_filled = false;
        state.seen.in_sync = false;
        state.last_fill.clear();
        state.settings = Some(settings);
    }
    let reply = Reply::Step(StepReply {
        ops: Vec::new(),
        wait_ms: WAIT_FOR_PAGE_MS,
        expect_change: true,
        settle_ms: SETTLE_FOR_PAGE_MS,
        then: Then::Done,
        progress,
        status: captured.status.rendered(context.lang),
        fields: Vec::new(),
    });
    effect(reply, state, before)
}

fn effect(reply: Reply, mut state: WorkerState, before: Option<WorkerState>) -> Effect {
    let watch = state.signin.watch_until.is_some();
    let changed = before.as_ref() != Some(&state);
    Effect {
        reply: Some(reply),
        store: changed.then(|| std::mem::take(&mut state)),
        fetch: None,
        watch,
    }
}

/// The browser posted a SAML response to GoTo's Assertion Consumer Service (`webRequest`,
/// observing only). Checked when a watch is in progress, then the watch ends: one response,
/// at most 5 minutes (SPEC 10.1). The response is read here and dropped; only the findings are
/// kept (SPEC 10.3). Not a [`Request`]: no content script or page can send it.
pub fn observe_signin(posted: &[u8], stored: &serde_json::Value, context: &Context) -> Effect {
    let (mut state, dropped) = WorkerState::from_stored(stored);
    let before = dropped.is_empty().then(|| state.clone());
    let now = context.now;
    state.signin.refresh(context);
    if state.signin.watching(now) {
        let reference = state
            .settings
            .as_ref()
            .map(crate::signin::Reference::from_settings)
            .unwrap_or_default();
        // A post that is not a readable SAML response (another form, a damaged body) does not
        // end the watch: the admin's real test sign-in may still come.
        if let Ok(findings) = crate::signin::check(posted, &reference, now) {
            state.signin = SigninCheck {
                watch_until: None,
                findings: Some(findings),
                timed_out: false,
            };
        }
    }
    let mut effect = effect(
        Reply::popup(popup::view(&state, None, context)),
        state,
        before,
    );
    effect.reply = None;
    effect
}

impl Effect {
    fn fetch(url: String, pending: Pending) -> Effect {
        Effect {
            reply: None,
            store: None,
            fetch: Some(FetchStep { url, pending }),
            watch: false,
        }
    }
}

fn add_file(state: &WorkerState, base64: &str, now: UnixSeconds) -> Result<Settings> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(base64.trim())
        .map_err(|err| Error::BadMessage {
            detail: err.to_string(),
        })?;
    state
        .settings
        .clone()
        .unwrap_or_default()
        .with_file(&bytes, now)
}

/// The admin's choice in the popup, stored unless the organisation's policy locks `setting`:
/// then refused, not stored, so the admin's own choice is kept for the day the policy goes away.
fn choose<T>(locked: bool, setting: &'static str, slot: &mut T, value: T) -> Option<popup::Notice> {
    if locked {
        return Some(popup::Notice::error(&Error::PolicyLocked { setting }));
    }
    *slot = value;
    None
}

fn step_reply(step: FillStep, lang: Lang) -> StepReply {
    let fields = step
        .fields
        .iter()
        .map(|report| FieldView {
            field: report.field,
            outcome: report.outcome,
            label: crate::i18n::render(lang, report.field.key(), &[]),
            wanted: report.wanted.clone(),
            copyable: report.outcome == crate::fill::Outcome::Refused,
        })
        .collect();
    // Writes alone: the page keeps the value or reverts it right away. Choosing a mode makes
    // the page render its fields, which may take a while.
    StepReply {
        wait_ms: if step.writes_only {
            WAIT_AFTER_WRITES_MS
        } else {
            WAIT_FOR_PAGE_MS
        },
        expect_change: !step.writes_only,
        settle_ms: SETTLE_FOR_PAGE_MS,
        ops: step.ops,
        then: step.then,
        progress: step.progress,
        status: step.status.rendered(lang),
        fields,
    }
}

fn view_reply(view: &page::PageView, lang: Lang) -> ViewReply {
    let buttons = view
        .buttons
        .iter()
        .map(|kind| ButtonView {
            kind: *kind,
            label: crate::i18n::render(lang, kind.key(), &[]),
        })
        .collect();
    let drift = view.drift.as_ref().map(|drift| DriftView {
        state: drift.state,
        text: crate::i18n::render(
            lang,
            match drift.state {
                goto::drift::DriftState::InSync => "drift-in-sync",
                goto::drift::DriftState::Differs => "drift-differs",
            },
            &[],
        ),
        differences: drift
            .differences
            .iter()
            .map(|d| DriftLine {
                field: d.field.clone(),
                text: crate::i18n::render(lang, &crate::settings::field_key(&d.field), &[]),
            })
            .collect(),
    });
    ViewReply { buttons, drift }
}
