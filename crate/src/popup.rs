//! What the popup shows, rendered in the admin's language: the captured settings with their
//! `data-field`s (SPEC 9), the certificate's details and warnings, the fill choices, the last
//! fill's outcome, the setup checklist, what the organisation's policy sets, and the answer to
//! the admin's last action. The popup's script only draws this.

use crate::azure::sp::Product;
use crate::certificate;
use crate::field::Setting;
use crate::goto::form::Mode;
use crate::i18n::{self, Message};
use crate::settings::MetadataState;
use crate::state::{Context, WorkerState};
use serde::Serialize;

/// How the answer to the admin's last action reads.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoticeState {
    /// It worked.
    Done,
    /// It failed; nothing changed.
    Error,
    /// For information.
    Info,
}

/// The answer to the admin's last action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    state: NoticeState,
    message: Message,
}

impl Notice {
    /// Success.
    pub fn done(message: Message) -> Self {
        Self {
            state: NoticeState::Done,
            message,
        }
    }

    /// Information.
    pub fn info(message: Message) -> Self {
        Self {
            state: NoticeState::Info,
            message,
        }
    }

    /// A failure, from an error.
    pub fn error(err: &crate::Error) -> Self {
        Self::problem(err.message())
    }

    /// A failure, from its message.
    pub fn problem(message: Message) -> Self {
        Self {
            state: NoticeState::Error,
            message,
        }
    }
}

/// The popup, ready to draw.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PopupView {
    /// The largest file the core reads: the popup refuses a larger one before reading it.
    pub input_limit: usize,
    /// The captured values, in SPEC 9's order (empty values when nothing is captured).
    pub fields: Vec<ValueView>,
    /// Where the values came from and when.
    pub source: String,
    /// The certificate's details, one labelled row each.
    pub certificate: Vec<RowView>,
    /// The certificate as PEM, for the download link.
    pub pem: Option<String>,
    /// Warnings, differences and the other certificates listed.
    pub warnings: Vec<String>,
    /// The fill mode in force (the organisation's, where its policy sets it).
    pub mode: Mode,
    /// The GoTo product in force (likewise).
    pub product: Product,
    /// What the organisation's policy sets, for the popup to show and not offer.
    pub policy: PolicyView,
    /// The last fill, field by field.
    pub last_fill: Vec<LastFillView>,
    /// The setup checklist.
    pub checklist: Vec<ChecklistView>,
    /// The answer to the admin's last action.
    pub notice: Option<NoticeView>,
    /// The sign-in check (SPEC 10).
    pub signin: SigninView,
}

/// What the organisation's policy (`storage.managed`) sets, as the popup shows it: a locked
/// choice is shown disabled with [`PolicyView::locked_text`] beside it, and the sign-in check's
/// button is hidden when the policy turned the check off.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PolicyView {
    /// The fill mode is set by the organisation: show it, do not offer it.
    pub mode_locked: bool,
    /// The GoTo product is set by the organisation: likewise.
    pub product_locked: bool,
    /// The organisation turned the sign-in check off: no button.
    pub signin_check_off: bool,
    /// "Set by your organisation", for beside each locked choice.
    pub locked_text: String,
    /// Why the sign-in check has no button, when the organisation turned it off; else empty.
    pub signin_check_text: String,
    /// Managed values that were not understood and are ignored, one sentence each.
    pub ignored: Vec<String>,
}

impl PolicyView {
    fn of(policy: &crate::policy::Policy, lang: i18n::Lang) -> PolicyView {
        let signin_check_off = !policy.signin_check_allowed();
        PolicyView {
            mode_locked: policy.mode.is_some(),
            product_locked: policy.product.is_some(),
            signin_check_off,
            locked_text: i18n::render(lang, "policy-set-by-organisation", &[]),
            signin_check_text: policy
                .signin_check_off_reason()
                .map(|message| message.render(lang))
                .unwrap_or_default(),
            ignored: policy.ignored.iter().map(|m| m.render(lang)).collect(),
        }
    }
}

/// The sign-in check as the popup shows it (`data-ssobridge="signin-result"`).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SigninView {
    /// `idle` (nothing to show), `waiting`, `ok` or `problems` (its `data-state`).
    pub state: &'static str,
    /// One line per check, in SPEC 9's order.
    pub checks: Vec<SigninLine>,
    /// What the admin should do now, or what happened.
    pub text: String,
    /// What ssobridge keeps of the response (nothing but these results).
    pub privacy: String,
}

impl SigninView {
    /// The findings of one response, rendered (the www page shows them too).
    pub fn of(findings: &crate::signin::Findings, lang: crate::i18n::Lang) -> SigninView {
        SigninView {
            state: Self::state_of(findings),
            checks: Self::lines(findings, lang),
            text: String::new(),
            privacy: crate::i18n::render(lang, "signin-privacy", &[]),
        }
    }

    fn state_of(findings: &crate::signin::Findings) -> &'static str {
        match findings.state {
            crate::signin::Overall::Ok => "ok",
            crate::signin::Overall::Problems => "problems",
        }
    }

    fn lines(findings: &crate::signin::Findings, lang: crate::i18n::Lang) -> Vec<SigninLine> {
        findings
            .checks
            .iter()
            .map(|finding| SigninLine {
                check: finding.check,
                state: finding.state,
                text: finding.message.render(lang),
            })
            .collect()
    }
}

/// One check's finding.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SigninLine {
    /// The `data-check` name.
    pub check: crate::signin::Check,
    /// `ok` or `problem`.
    pub state: crate::signin::State,
    /// The finding in the admin's language.
    pub text: String,
}

/// One captured value.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ValueView {
    /// The `data-field` name.
    pub field: Setting,
    /// Its name as the admin reads it.
    pub label: String,
    /// The exact value (SPEC 7 formats), or empty.
    pub value: String,
}

/// A labelled row.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RowView {
    /// The label.
    pub label: String,
    /// The value.
    pub value: String,
}

/// One field of the last fill.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LastFillView {
    /// The `data-field` name.
    pub field: crate::fill::Field,
    /// The outcome's name (`filled`, `refused`…).
    pub outcome: crate::fill::Outcome,
    /// The line as the admin reads it.
    pub text: String,
    /// The value, for a copy button.
    pub wanted: String,
    /// Offer a copy button (the page refused or holds another value).
    pub copyable: bool,
}

/// One checklist step.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistView {
    /// Stable id.
    pub id: &'static str,
    /// The step as the admin reads it.
    pub text: String,
    /// Seen done.
    pub done: bool,
}

/// The answer to the admin's last action.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NoticeView {
    /// How it reads.
    pub state: NoticeState,
    /// The message table key (tests and machines branch on it).
    pub code: String,
    /// The sentence.
    pub text: String,
}

/// The popup for `state`, with `notice` as the answer to the last action.
pub fn view(state: &WorkerState, notice: Option<Notice>, context: &Context) -> PopupView {
    let lang = context.lang;
    let say = |key: &str| i18n::render(lang, key, &[]);
    let settings = state.settings.as_ref();
    let value_of = |field: Setting| -> String {
        let Some(s) = settings else {
            return String::new();
        };
        match field {
            Setting::SignInUrl => s.sign_in_url.clone(),
            Setting::SignOutUrl => s.sign_out_url.clone(),
            Setting::EntityId => s.entity_id.clone(),
            Setting::MetadataUrl => s.metadata_url.clone(),
            Setting::ThumbprintSha1 => s.thumbprint_sha1.clone(),
            Setting::NotAfter => s.not_after.clone(),
            Setting::TenantId | Setting::Certificate | Setting::MetadataXml => None,
        }
        .unwrap_or_default()
    };
    let fields = Setting::SHOWN
        .into_iter()
        .map(|field| ValueView {
            field,
            label: say(field.key()),
            value: value_of(field),
        })
        .collect();

    let source = match settings {
        Some(s) if !s.captured_at.is_empty() => {
            let host = crate::hosts::https_host(&s.page_url)
                .map(|h| format!("{h} · "))
                .unwrap_or_default();
            let state_key = match s.metadata_state {
                MetadataState::NotAttempted => "source-not-attempted",
                MetadataState::Fetched => "source-fetched",
                MetadataState::Failed => "source-failed",
                MetadataState::Unreadable => "source-unreadable",
                MetadataState::File => "source-file",
            };
            let problem = s
                .metadata_problem
                .as_ref()
                .map(|m| format!(" ({})", m.render(lang)))
                .unwrap_or_default();
            format!("{host}{} · {}{problem}", s.captured_at, say(state_key))
        }
        _ => say("popup-nothing"),
    };

    let mut certificate_rows = Vec::new();
    let mut pem = None;
    if let Some(cert) = settings.and_then(|s| s.certificate.as_ref()) {
        let d = &cert.details;
        let status = certificate::status_at(d, context.now);
        let row = |key: &str, value: String| RowView {
            label: say(key),
            value,
        };
        certificate_rows = vec![
            row("cert-subject", d.subject.clone()),
            row("cert-issuer", d.issuer.clone()),
            row("cert-serial", d.serial.clone()),
            row(
                "cert-valid",
                format!("{} → {} ({})", d.not_before, d.not_after, status.as_str()),
            ),
            RowView {
                label: "SHA-256".to_owned(),
                value: d.thumbprint_sha256.clone(),
            },
            row(
                "cert-key",
                format!(
                    "{} {}",
                    d.key_algorithm,
                    d.key_bits.map(|b| b.to_string()).unwrap_or_default()
                )
                .trim()
                .to_owned(),
            ),
            row(
                "cert-choice",
                settings
                    .and_then(|s| s.chosen_reason)
                    .map(|r| say(r.key()))
                    .unwrap_or_default(),
            ),
        ];
        pem = Some(d.pem.clone());
    }

    let mut warnings: Vec<String> = Vec::new();
    if let Some(s) = settings {
        warnings.extend(s.warnings.iter().map(|w| w.to_message().render(lang)));
        warnings.extend(s.other_certificates.iter().map(|c| {
            format!(
                "{}: {} ({}, {})",
                say("cert-other"),
                c.details.thumbprint_sha1,
                c.details.not_after,
                certificate::status_at(&c.details, context.now).as_str()
            )
        }));
    }

    let last_fill = state
        .last_fill
        .iter()
        .map(|report| {
            let outcome_key = format!("outcome-{}", report.outcome.as_str());
            LastFillView {
                field: report.field,
                outcome: report.outcome,
                text: format!("{}: {}", say(report.field.key()), say(&outcome_key)),
                wanted: report.wanted.clone(),
                copyable: matches!(
                    report.outcome,
                    crate::fill::Outcome::Refused | crate::fill::Outcome::Conflict
                ),
            }
        })
        .collect();

    let checklist = state
        .checklist()
        .into_iter()
        .map(|(id, done)| ChecklistView {
            id,
            text: say(&format!("check-{id}")),
            done,
        })
        .collect();

    let signin = &state.signin;
    let signin = SigninView {
        state: match (&signin.findings, signin.watching(context.now)) {
            (_, true) => "waiting",
            (Some(f), false) => SigninView::state_of(f),
            (None, false) => "idle",
        },
        checks: signin
            .findings
            .as_ref()
            .map(|f| SigninView::lines(f, lang))
            .unwrap_or_default(),
        text: if signin.watching(context.now) {
            say("signin-waiting")
        } else if signin.timed_out && signin.findings.is_none() {
            say("signin-timed-out")
        } else {
            String::new()
        },
        privacy: say("signin-privacy"),
    };

    let options = context.policy().options(state.options);
    PopupView {
        input_limit: crate::text::MAX_INPUT_BYTES,
        signin,
        fields,
        source,
        certificate: certificate_rows,
        pem,
        warnings,
        mode: options.mode,
        product: options.product,
        policy: PolicyView::of(context.policy(), lang),
        last_fill,
        checklist,
        notice: notice.map(|n| NoticeView {
            state: n.state,
            code: n.message.key.clone(),
            text: n.message.render(lang),
        }),
    }
}
