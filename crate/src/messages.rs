//! The worker's protocol, whole: what a content script or the popup may ask, who may ask it
//! (SPEC section 8: extension id, tab, frame origin, host), and what each request does to the
//! state the worker keeps. [`handle`] is the one entry point; the worker (JavaScript) performs
//! only the effect it returns: store the new state, send the reply. The one step that waits for
//! the network is handed back as `Effect::fetch` and finished by [`resume`] against the state
//! as it is then (the admin may have changed an option meanwhile).

use crate::admission::{self, MAX_INPUT_BYTES};
use crate::azure::capture;
use crate::azure::sp;
use crate::fill::{FillStep, Progress};
use crate::goto;
use crate::i18n::{Lang, Message};
use crate::page::{self, Button};
use crate::popup::{self, PopupView};
use crate::settings::{Fetched, PageValues, Settings};
use crate::snapshot::{Op, Then};
use crate::status::Status;
use crate::time::UnixSeconds;
use crate::{Error, Result};
use base64::Engine as _;
use serde::{Deserialize, Serialize};

pub use crate::options::Options;
pub use crate::request::{
    AddFileRequest, PageReportRequest, Posted, Request, RoundRequest, Sender, SetModeRequest,
    SetProductRequest, UrlRequest, ViewRequest,
};
pub use crate::state::{Context, Round, SIGNIN_WATCH_SECONDS, Seen, SigninCheck, WorkerState};

/// Something that happened, for the worker to hand the core ([`step`]): the worker is a pump
/// that passes each event in and performs the effect that comes out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A content script's or the popup's message, with what the browser says of its sender.
    Request(Box<Request>, Sender),
    /// A metadata fetch the core asked for has finished.
    Fetched(Pending, Fetched),
    /// The sign-in observer saw a request (its details and, when small enough, its body).
    Posted(Posted, Vec<u8>),
    /// The sign-in watch's alarm rang.
    Deadline,
    /// The worker (re)started: bring the sign-in observer in line with the stored watch.
    Started,
}

/// The one entry point: an event and the stored state in, the effect out. `Err` only for a
/// refused sender or request; everything an admin can cause is in the reply.
pub fn step(event: Event, stored: &str, context: &Context) -> Result<Effect> {
    if context.policy.is_none() && event.depends_on_policy(stored) {
        return Ok(Effect::policy_needed());
    }
    match event {
        Event::Request(request, sender) => handle(*request, &sender, stored, context),
        Event::Fetched(pending, fetched) => Ok(resume(pending, fetched, stored, context)),
        Event::Posted(posted, body) => Ok(observe_signin(&posted, &body, stored, context)),
        Event::Deadline | Event::Started => Ok(watch_check(stored, context)),
    }
}

impl Event {
    /// Whether the answer depends on the organisation's policy, which the worker then reads
    /// and hands over with the same event again ([`Effect::needs_policy`]).
    pub fn depends_on_policy(&self, stored: &str) -> bool {
        match self {
            Event::Request(request, _) => request.depends_on_policy(),
            Event::Fetched(pending, _) => matches!(pending, Pending::PopupUrl { .. }),
            // A policy that turned the sign-in check off ends a watch in progress.
            Event::Posted(..) => true,
            Event::Deadline | Event::Started => WorkerState::from_stored(stored)
                .0
                .signin
                .watch_until
                .is_some(),
        }
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
    /// The round token to send with the next round of this action.
    pub token: Option<String>,
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
    pub field: crate::field::Setting,
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
    /// The snapshot keys of the elements the buttons and the drift line stand on
    /// (`PageView::witnesses`): the content script looks again when one of them changes, not
    /// for every change around them.
    pub witnesses: Vec<u32>,
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
    /// To a page-report request.
    Report(Box<crate::report::PageReport>),
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
    /// The watch ended (or none is in progress at a start or deadline): remove the listener
    /// and give the optional permissions back.
    pub release: bool,
    /// When the watch in progress ends (milliseconds since the epoch): set the alarm.
    pub deadline_ms: Option<u64>,
    /// Nothing was decided: read the organisation's policy and hand the same event over again
    /// with it. Everything else is empty, and the observer stays as it is.
    pub needs_policy: bool,
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

/// [`Pending`]'s variants, as `kind` names them.
#[derive(Debug, Clone, Copy, PartialEq)]
enum PendingKind {
    Capture,
    PopupUrl,
}

crate::variants::deserialize_by_name!(pending_kind_is_read_by_name: PendingKind {
    Capture = "capture",
    PopupUrl = "popup-url",
});

/// `kind` alone; serde_json skips the other fields without buffering them.
#[derive(Deserialize)]
struct PendingTag {
    kind: PendingKind,
}

/// [`Pending::Capture`]'s fields.
#[derive(Deserialize)]
struct PendingCapture {
    values: Box<PageValues>,
    progress: Progress,
}

/// [`Pending::PopupUrl`]'s fields.
#[derive(Deserialize)]
struct PendingPopupUrl {
    url: String,
}

impl Pending {
    /// Reads what waits for a fetch from its JSON text: `kind` first, then that variant's
    /// fields from the same text, as [`Request::from_json`] does (the derived, internally
    /// tagged reader would buffer the text into serde's `Content` and bring its machinery).
    pub fn from_json(text: &str) -> serde_json::Result<Pending> {
        use serde_json::from_str;
        Ok(match from_str::<PendingTag>(text)?.kind {
            PendingKind::Capture => {
                let PendingCapture { values, progress } = from_str(text)?;
                Pending::Capture { values, progress }
            }
            PendingKind::PopupUrl => Pending::PopupUrl {
                url: from_str::<PendingPopupUrl>(text)?.url,
            },
        })
    }
}

/// Handles one request against the stored state (as storage returned it). `Err` only for a
/// refused sender or request; everything an admin can cause is in the reply.
pub fn handle(
    request: Request,
    sender: &Sender,
    stored: &str,
    context: &Context,
) -> Result<Effect> {
    let (mut state, dropped) = WorkerState::from_stored(stored);
    let admitted = admission::admit(&request, sender, &state, context)?;
    let before = if dropped.is_empty() {
        Some(state.clone())
    } else {
        None
    };
    state.signin.refresh(context);
    let token = admission::round_token(&request, admitted.grant.as_ref()).map(str::to_owned);
    if let Some(grant) = admitted.grant {
        admission::keep_round(&mut state, grant, context.now);
    }
    let lang = context.lang;
    let now = context.now;
    // The options in force: the organisation's where its policy sets them.
    let options = context.policy().options(state.options);
    let reply = match request {
        Request::View(ViewRequest {
            snapshot,
            filled_here,
        }) => {
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
        Request::PageReport(PageReportRequest {
            snapshot,
            user_agent,
        }) => Reply::Report(Box::new(crate::report::build(&snapshot, &user_agent, now))),
        Request::Capture(RoundRequest {
            snapshot, progress, ..
        }) => {
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
                token: token.clone(),
            })
        }
        Request::Fill(RoundRequest {
            snapshot,
            progress,
            confirmed,
            ..
        }) => {
            let step = goto::plan::plan(
                &snapshot,
                state.settings.as_ref(),
                options.mode,
                confirmed,
                &progress.unwrap_or_default(),
                now,
            );
            state.record_fill(Button::Fill, &step);
            Reply::Step(step_reply(step, lang, token.clone()))
        }
        Request::FillSp(RoundRequest {
            snapshot,
            progress,
            confirmed,
            ..
        }) => {
            let step = sp::plan(
                &snapshot,
                options.product,
                confirmed,
                &progress.unwrap_or_default(),
            );
            state.record_fill(Button::FillSp, &step);
            Reply::Step(step_reply(step, lang, token.clone()))
        }
        Request::PopupOpen => {
            let notice = (!dropped.is_empty()).then(|| Message::new("state-reset", Vec::new()));
            Reply::popup(popup::view(
                &state,
                notice.map(popup::Notice::info),
                context,
            ))
        }
        Request::SetMode(SetModeRequest { mode }) => {
            let locked = context.policy().mode.is_some();
            let notice = choose(locked, "popup-mode", &mut state.options.mode, mode);
            Reply::popup(popup::view(&state, notice, context))
        }
        Request::SetProduct(SetProductRequest { product }) => {
            let locked = context.policy().product.is_some();
            let notice = choose(locked, "popup-product", &mut state.options.product, product);
            Reply::popup(popup::view(&state, notice, context))
        }
        Request::AddFile(AddFileRequest { base64, size }) => {
            let notice = match add_file(&state, &base64, size, now) {
                Ok(settings) => {
                    state.settings = Some(settings);
                    popup::Notice::done(Message::new("popup-added", Vec::new()))
                }
                Err(err) => popup::Notice::error(&err),
            };
            Reply::popup(popup::view(&state, Some(notice), context))
        }
        Request::ReadMetadataUrl(UrlRequest { url }) => match crate::shapes::metadata_url(&url) {
            Ok(url) => {
                return Ok(Effect::fetch(url.clone(), Pending::PopupUrl { url }));
            }
            Err(err) => Reply::popup(popup::view(
                &state,
                Some(popup::Notice::error(&err)),
                context,
            )),
        },
        Request::StartSigninCheck if !context.policy().signin_check_allowed() => {
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
            state.rounds.clear();
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
    if let Reply::Step(step) = &reply
        && step.then == Then::Done
    {
        admission::end_round(&mut state, token.as_deref());
    }
    Ok(effect(reply, state, before))
}

/// Finishes a request that waited for the metadata fetch.
pub fn resume(pending: Pending, fetched: Fetched, stored: &str, context: &Context) -> Effect {
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
        token: None,
    });
    effect(reply, state, before)
}

fn effect(reply: Reply, mut state: WorkerState, before: Option<WorkerState>) -> Effect {
    let until = state.signin.watch_until;
    let watched = before
        .as_ref()
        .is_none_or(|b| b.signin.watch_until.is_some());
    let changed = before.as_ref() != Some(&state);
    Effect {
        reply: Some(reply),
        store: changed.then(|| std::mem::take(&mut state)),
        fetch: None,
        watch: until.is_some(),
        release: watched && until.is_none(),
        deadline_ms: until.map(|s| s.saturating_mul(1000)),
        needs_policy: false,
    }
}

/// At the worker's start and at the watch's alarm: ends a watch whose time is over and says
/// whether the observer and the optional permissions stay.
fn watch_check(stored: &str, context: &Context) -> Effect {
    let (mut state, dropped) = WorkerState::from_stored(stored);
    let before = dropped.is_empty().then(|| state.clone());
    state.signin.refresh(context);
    let mut effect = effect(
        Reply::popup(popup::view(&state, None, context)),
        state,
        before,
    );
    effect.reply = None;
    // A watch that ended gives the permissions back (effect() says so). Without one, the worker
    // drops any observer an earlier run left, but takes no permission back: the admin may have
    // just granted them for a check whose request this start runs ahead of (a popup's message
    // can start the worker between the grant and the check).
    effect
}

/// The browser posted a SAML response to GoTo's Assertion Consumer Service (`webRequest`,
/// observing only). Checked when a watch is in progress, then the watch ends: one response,
/// at most 5 minutes (SPEC 10.1). The response is read here and dropped; only the findings are
/// kept (SPEC 10.3). Not a [`Request`]: no content script or page can send it.
pub fn observe_signin(posted: &Posted, body: &[u8], stored: &str, context: &Context) -> Effect {
    let (mut state, dropped) = WorkerState::from_stored(stored);
    let before = dropped.is_empty().then(|| state.clone());
    let now = context.now;
    state.signin.refresh(context);
    // Only the admin's test sign-in counts: a post from any other page is ignored, and the
    // watch goes on (SPEC 10.1).
    if state.signin.watching(now) && admission::admit_post(posted) {
        let reference = state
            .settings
            .as_ref()
            .map(crate::signin::Reference::from_settings)
            .unwrap_or_default();
        // A post that is not a readable SAML response (another form, a damaged body) does not
        // end the watch: the admin's real test sign-in may still come.
        if let Ok(findings) = crate::signin::check(body, &reference, now) {
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
    fn policy_needed() -> Effect {
        Effect {
            reply: None,
            store: None,
            fetch: None,
            watch: false,
            release: false,
            deadline_ms: None,
            needs_policy: true,
        }
    }

    fn fetch(url: String, pending: Pending) -> Effect {
        Effect {
            reply: None,
            store: None,
            fetch: Some(FetchStep { url, pending }),
            watch: false,
            release: false,
            deadline_ms: None,
            needs_policy: false,
        }
    }
}

fn add_file(
    state: &WorkerState,
    base64: &str,
    size: Option<u64>,
    now: UnixSeconds,
) -> Result<Settings> {
    // Refused before decoding: Base64 of more than the core reads is not read at all.
    let base64 = base64.trim();
    let size = size
        .and_then(|size| usize::try_from(size).ok())
        .unwrap_or(0)
        .max(base64.len() / 4 * 3);
    if size > MAX_INPUT_BYTES {
        return Err(Error::InputTooLarge {
            size,
            limit: MAX_INPUT_BYTES,
        });
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(base64)
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

fn step_reply(step: FillStep, lang: Lang, token: Option<String>) -> StepReply {
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
        token,
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
                field: d.field,
                text: crate::i18n::render(lang, d.field.key(), &[]),
            })
            .collect(),
    });
    ViewReply {
        buttons,
        drift,
        witnesses: view.witnesses.clone(),
    }
}
