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
    /// The language the view is rendered in (the popup's `<html lang>`).
    pub lang: &'static str,
    /// The answer at a glance: what was captured, whether it is good, and the next step.
    pub glance: GlanceView,
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
    /// Warnings and differences: what the admin must read before filling GoTo.
    pub warnings: Vec<String>,
    /// The other certificates the app lists, one line each (with the details, one disclosure away).
    pub other_certificates: Vec<String>,
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
    /// One line per check: the problems first, then the passed checks, each group in SPEC 9's
    /// order.
    pub checks: Vec<SigninLine>,
    /// How many checks passed and how many found a problem, in one sentence; empty without
    /// findings.
    pub summary: String,
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
            summary: Self::summary(findings, lang),
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

    /// The problems first (what the admin has to act on), each group in SPEC 9's order.
    fn lines(findings: &crate::signin::Findings, lang: crate::i18n::Lang) -> Vec<SigninLine> {
        use crate::signin::State;
        // Two passes keep SPEC 9's order within each group (a stable sort would too, at the
        // price of its own copy of the sort in the wasm module).
        let problems = findings.checks.iter().filter(|f| f.state == State::Problem);
        let others = findings.checks.iter().filter(|f| f.state != State::Problem);
        problems
            .chain(others)
            .map(|finding| SigninLine {
                check: finding.check,
                state: finding.state,
                name: crate::i18n::render(
                    lang,
                    &format!("signin-name-{}", finding.check.as_str()),
                    &[],
                ),
                state_text: crate::i18n::render(
                    lang,
                    match finding.state {
                        State::Ok => "signin-state-ok",
                        State::Problem => "signin-state-problem",
                    },
                    &[],
                ),
                text: finding.message.render(lang),
            })
            .collect()
    }

    fn summary(findings: &crate::signin::Findings, lang: crate::i18n::Lang) -> String {
        let problems = findings
            .checks
            .iter()
            .filter(|f| f.state == crate::signin::State::Problem)
            .count();
        let total = findings.checks.len().to_string();
        if problems == 0 {
            crate::i18n::render(lang, "signin-summary-ok", &[total])
        } else {
            crate::i18n::render(
                lang,
                "signin-summary-problems",
                &[problems.to_string(), total],
            )
        }
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
    /// The check's short name ("Audience").
    pub name: String,
    /// The state as a word ("Problem"), so that it is never told by colour alone.
    pub state_text: String,
    /// The finding in the admin's language.
    pub text: String,
}

/// The answer at a glance, at the top of the popup.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GlanceView {
    /// `empty` (nothing captured), `partial` (captured, something missing), `warnings`
    /// (captured, read the warnings first) or `ready` (its `data-state`).
    pub state: &'static str,
    /// Whether what was captured is good, in one sentence.
    pub text: String,
    /// The next step of the procedure; empty when every step is done.
    pub next: String,
}

impl GlanceView {
    fn of(state: &WorkerState, warnings: usize, lang: i18n::Lang) -> GlanceView {
        let settings = state.settings.as_ref();
        let (kind, key) = match settings {
            None => ("empty", "glance-empty"),
            Some(s) if !s.complete => ("partial", "glance-partial"),
            Some(_) if warnings > 0 => ("warnings", "glance-warnings"),
            Some(_) => ("ready", "glance-ready"),
        };
        let text = i18n::render(lang, key, &[warnings.to_string()]);
        let next = state
            .checklist()
            .into_iter()
            .find(|(_, done)| !done)
            .map(|(id, _)| {
                i18n::render(
                    lang,
                    "glance-next",
                    &[i18n::render(lang, &format!("check-{id}"), &[])],
                )
            })
            .unwrap_or_else(|| i18n::render(lang, "glance-all-done", &[]));
        GlanceView {
            state: kind,
            text,
            next,
        }
    }
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
    /// The name of its copy button ("Copy Sign-in page url"): six buttons, six names.
    pub copy_label: String,
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
            copy_label: i18n::render(lang, "popup-copy-field", &[say(field.key())]),
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
    let mut other_certificates: Vec<String> = Vec::new();
    if let Some(s) = settings {
        warnings.extend(s.warnings.iter().map(|w| w.to_message().render(lang)));
        other_certificates.extend(s.other_certificates.iter().map(|c| {
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
        summary: match (&signin.findings, signin.watching(context.now)) {
            (Some(f), false) => SigninView::summary(f, lang),
            _ => String::new(),
        },
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
        lang: lang.code(),
        glance: GlanceView::of(state, warnings.len(), lang),
        other_certificates,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signin::{Check, Finding, Findings, Overall, State};

    fn findings(problems: &[Check]) -> Findings {
        Findings {
            state: if problems.is_empty() {
                Overall::Ok
            } else {
                Overall::Problems
            },
            checks: Check::ALL
                .into_iter()
                .map(|check| Finding {
                    check,
                    state: if problems.contains(&check) {
                        State::Problem
                    } else {
                        State::Ok
                    },
                    message: i18n::Message::new("signin-status-ok", vec![]),
                })
                .collect(),
        }
    }

    #[test]
    fn signin_result_lists_the_problems_first_each_group_in_spec_order() {
        let view = SigninView::of(&findings(&[Check::NameId, Check::Audience]), i18n::Lang::En);
        let order: Vec<Check> = view.checks.iter().map(|line| line.check).collect();
        assert_eq!(
            order,
            [
                Check::Audience,
                Check::NameId,
                Check::Status,
                Check::Issuer,
                Check::Destination,
                Check::Certificate,
                Check::Signed,
                Check::Time,
            ]
        );
        assert_eq!(view.checks[0].state_text, "Problem");
        assert_eq!(view.checks[0].name, "Audience");
        assert_eq!(view.checks[2].state_text, "OK");
        assert_eq!(
            view.summary,
            "2 of 8 checks found a problem; each says what to change."
        );
    }

    #[test]
    fn signin_result_without_problems_keeps_spec_order_and_says_all_passed() {
        let view = SigninView::of(&findings(&[]), i18n::Lang::En);
        let order: Vec<Check> = view.checks.iter().map(|line| line.check).collect();
        assert_eq!(order, Check::ALL);
        assert_eq!(
            view.summary,
            "All 8 checks passed: GoTo will accept this sign-in."
        );
    }

    #[test]
    fn every_check_has_a_name_and_every_state_a_word_in_every_language() {
        for lang in i18n::Lang::ALL {
            let view = SigninView::of(&findings(&[Check::Time]), lang);
            for line in &view.checks {
                assert!(
                    !line.name.starts_with("signin-name-"),
                    "{lang:?}: {}",
                    line.name
                );
                assert!(!line.state_text.starts_with("signin-state-"), "{lang:?}");
            }
        }
    }
}
