//! The write-and-verify engine shared by every fill (SPEC 5.3, 5.4): decide which fields to
//! write, never overwrite a different value without confirmation, and judge each field by what
//! the page holds afterwards.

use crate::Error;
use crate::certificate;
use crate::i18n::{Arg, Message};
use crate::snapshot::{Op, Then};
use crate::status::{State, Status};
use serde::{Deserialize, Serialize};

/// Every field ssobridge writes, on either side. Names are the test contract's `data-field`s.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Field {
    /// GoTo: sign-in page url.
    SignInUrl,
    /// GoTo: sign-in binding.
    SignInBinding,
    /// GoTo: sign-out page url.
    SignOutUrl,
    /// GoTo: sign-out binding.
    SignOutBinding,
    /// GoTo: Identity Provider Entity ID.
    EntityId,
    /// GoTo: verification certificate (PEM text or `.cer` file).
    Certificate,
    /// GoTo: metadata url.
    MetadataUrl,
    /// GoTo: metadata file (XML text or file).
    MetadataFile,
    /// Azure: Identifier (Entity ID).
    Identifier,
    /// Azure: Reply URL.
    ReplyUrl,
    /// Azure: Relay State.
    RelayState,
}

crate::variants::deserialize_by_name!(field_is_read_by_name: Field {
    SignInUrl = "signInUrl",
    SignInBinding = "signInBinding",
    SignOutUrl = "signOutUrl",
    SignOutBinding = "signOutBinding",
    EntityId = "entityId",
    Certificate = "certificate",
    MetadataUrl = "metadataUrl",
    MetadataFile = "metadataFile",
    Identifier = "identifier",
    ReplyUrl = "replyUrl",
    RelayState = "relayState",
});

impl Field {
    /// The field's name as the page shows it: its message table key.
    pub fn key(self) -> &'static str {
        match self {
            Field::SignInUrl => "form-sign-in-url",
            Field::SignInBinding => "form-sign-in-binding",
            Field::SignOutUrl => "form-sign-out-url",
            Field::SignOutBinding => "form-sign-out-binding",
            Field::EntityId => "form-entity-id",
            Field::Certificate => "form-certificate",
            Field::MetadataUrl => "form-metadata-url",
            Field::MetadataFile => "form-metadata-file",
            Field::Identifier => "form-identifier",
            Field::ReplyUrl => "form-reply-url",
            Field::RelayState => "form-relay-state",
        }
    }
}

/// How a field is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Write {
    /// Type text into an input or text area.
    Text,
    /// Click this radio (its group's current choice is the target's `current`).
    Radio {
        /// The radio to click.
        key: u32,
    },
    /// Choose this `<select>` option value.
    Select {
        /// The option value.
        value: String,
    },
    /// Attach a file; the page cannot be read back, so it is judged attached once written.
    File {
        /// File name.
        name: String,
        /// MIME type.
        mime: String,
    },
}

/// One field to bring to a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Which field.
    pub field: Field,
    /// The element written (the text box, the select, the file input or the group's radio).
    pub key: u32,
    /// What it holds now.
    pub current: String,
    /// What it should hold.
    pub desired: String,
    /// How to write it.
    pub write: Write,
}

/// The outcome for one field.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Written, and the page holds it.
    Filled,
    /// It already held the value; nothing written.
    AlreadyCorrect,
    /// Written, but the page holds something else now (a framework reverted it).
    Refused,
    /// It holds a different value; waiting for the admin's confirmation.
    Conflict,
    /// A file was attached (file inputs cannot be read back).
    Attached,
}

crate::variants::deserialize_by_name!(fill_outcome_is_read_by_name: Outcome {
    Filled = "filled",
    AlreadyCorrect = "already-correct",
    Refused = "refused",
    Conflict = "conflict",
    Attached = "attached",
});

impl Outcome {
    /// The outcome's name, as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Filled => "filled",
            Outcome::AlreadyCorrect => "already-correct",
            Outcome::Refused => "refused",
            Outcome::Conflict => "conflict",
            Outcome::Attached => "attached",
        }
    }
}

/// The report for one field.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldReport {
    /// Which field.
    pub field: Field,
    /// What happened.
    pub outcome: Outcome,
    /// What the page holds now.
    pub current: String,
    /// What ssobridge wanted it to hold (the copy-to-clipboard fallback offers this).
    pub wanted: String,
}

/// State carried between rounds by the content script, opaque to it.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Progress {
    /// Rounds so far.
    pub round: u32,
    /// Attempts to switch the mode dropdown.
    pub mode_attempts: u32,
    /// Fields written in the write round; `None` before it.
    pub written: Option<Vec<Field>>,
}

/// One round's answer to the content script.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FillStep {
    /// Operations to apply, in order.
    pub ops: Vec<Op>,
    /// What to do afterwards.
    pub then: Then,
    /// To send back with the next snapshot.
    pub progress: Progress,
    /// The status line.
    pub status: Status,
    /// Per-field results (final round, and conflicts).
    pub fields: Vec<FieldReport>,
    /// The operations only write values (text, radio, option, file): the page need not render
    /// anything, but the read-back waits long enough to see a value the page reverts. Choosing
    /// a mode or waiting for a form leaves it false.
    pub writes_only: bool,
}

impl FillStep {
    /// A step that waits for the page and asks again.
    pub fn wait(progress: Progress, code: &str) -> Self {
        Self {
            ops: Vec::new(),
            then: Then::Resnapshot,
            progress,
            status: Status::new(State::Working, code),
            fields: Vec::new(),
            writes_only: false,
        }
    }

    /// A final step that reports an error.
    pub fn failed(progress: Progress, err: &Error) -> Self {
        Self {
            ops: Vec::new(),
            then: Then::Done,
            progress,
            status: Status::error(err),
            fields: Vec::new(),
            writes_only: false,
        }
    }
}

/// The write round, then the verify round, as a step for the content script.
pub fn step(targets: &[Target], progress: &Progress, confirmed: bool) -> FillStep {
    let (ops, then, reports, progress) = round(targets, progress, confirmed);
    if then == Then::Resnapshot {
        return FillStep {
            ops,
            then,
            progress,
            status: Status::new(State::Working, "verifying"),
            fields: reports,
            writes_only: true,
        };
    }
    let state = summary(&reports);
    let count = |wanted: &[Outcome]| {
        let n = reports
            .iter()
            .filter(|r| wanted.contains(&r.outcome))
            .count();
        Arg::text(n.to_string())
    };
    let (code, args) = match state {
        State::Done => (
            "filled",
            vec![
                count(&[Outcome::Filled, Outcome::Attached]),
                count(&[Outcome::AlreadyCorrect]),
            ],
        ),
        State::Conflict => ("conflict", vec![titles(&reports, Outcome::Conflict)]),
        _ => ("refused", vec![titles(&reports, Outcome::Refused)]),
    };
    // Each field that needs the admin: its name, what it holds and what ssobridge would write.
    let notes = reports
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Conflict | Outcome::Refused))
        .map(|r| {
            Message::new(
                "field-change",
                vec![
                    Arg::key(r.field.key()),
                    Arg::text(r.current.clone()),
                    Arg::text(r.wanted.clone()),
                ],
            )
        });
    FillStep {
        ops,
        then,
        progress,
        status: Status::new(state, code).with_args(args).with_notes(notes),
        fields: reports,
        writes_only: true,
    }
}

fn titles(reports: &[FieldReport], outcome: Outcome) -> Arg {
    Arg::List(
        reports
            .iter()
            .filter(|r| r.outcome == outcome)
            .map(|r| Arg::key(r.field.key()))
            .collect(),
    )
}

/// Fields compare by meaning: a certificate in another layout is the same certificate.
pub fn same_value(field: Field, current: &str, desired: &str) -> bool {
    let (current, desired) = (current.trim(), desired.trim());
    if current == desired {
        return true;
    }
    match field {
        Field::Certificate => {
            match (
                certificate::parse_certificate_text(current),
                certificate::parse_certificate_text(desired),
            ) {
                (Ok(a), Ok(b)) => a.first().map(|c| c.der()) == b.first().map(|c| c.der()),
                _ => false,
            }
        }
        Field::SignInBinding | Field::SignOutBinding => current.eq_ignore_ascii_case(desired),
        _ => false,
    }
}

/// One round of the engine: the write round when nothing was written yet, else the verify round.
pub fn round(
    targets: &[Target],
    progress: &Progress,
    confirmed: bool,
) -> (Vec<Op>, Then, Vec<FieldReport>, Progress) {
    let mut next = progress.clone();
    let report = |target: &Target, outcome| FieldReport {
        field: target.field,
        outcome,
        current: target.current.clone(),
        wanted: target.desired.clone(),
    };
    if let Some(written) = &progress.written {
        let reports = targets
            .iter()
            .map(|target| {
                let holds = same_value(target.field, &target.current, &target.desired);
                let outcome = match (written.contains(&target.field), &target.write, holds) {
                    (true, Write::File { .. }, _) => Outcome::Attached,
                    (true, _, true) => Outcome::Filled,
                    (true, _, false) => Outcome::Refused,
                    (false, _, true) => Outcome::AlreadyCorrect,
                    (false, _, false) => Outcome::Conflict,
                };
                report(target, outcome)
            })
            .collect();
        return (Vec::new(), Then::Done, reports, next);
    }
    let mut ops = Vec::new();
    let mut written = Vec::new();
    let mut reports = Vec::new();
    for target in targets {
        let is_file = matches!(target.write, Write::File { .. });
        if !is_file && same_value(target.field, &target.current, &target.desired) {
            reports.push(report(target, Outcome::AlreadyCorrect));
            continue;
        }
        // Radios and selects always hold some choice; choosing another is not overwriting data.
        let overwrites = matches!(target.write, Write::Text) && !target.current.trim().is_empty();
        if overwrites && !confirmed {
            reports.push(report(target, Outcome::Conflict));
            continue;
        }
        ops.push(match &target.write {
            Write::Text => Op::SetText {
                key: target.key,
                value: target.desired.clone(),
            },
            Write::Radio { key } => Op::Click { key: *key },
            Write::Select { value } => Op::SelectOption {
                key: target.key,
                value: value.clone(),
            },
            Write::File { name, mime } => Op::AttachFile {
                key: target.key,
                name: name.clone(),
                mime: mime.clone(),
                content: target.desired.clone(),
            },
        });
        written.push(target.field);
    }
    if ops.is_empty() {
        return (ops, Then::Done, reports, next);
    }
    next.written = Some(written);
    (ops, Then::Resnapshot, reports, next)
}

/// The state a set of reports puts the status line in.
pub fn summary(reports: &[FieldReport]) -> State {
    let any = |outcome: Outcome| reports.iter().any(|r| r.outcome == outcome);
    if any(Outcome::Refused) {
        State::Error
    } else if any(Outcome::Conflict) {
        State::Conflict
    } else {
        State::Done
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_target(field: Field, current: &str, desired: &str) -> Target {
        Target {
            field,
            key: 1,
            current: current.into(),
            desired: desired.into(),
            write: Write::Text,
        }
    }

    #[test]
    fn different_non_empty_value_is_a_conflict_until_confirmed() {
        let targets = [text_target(Field::EntityId, "https://old/", "https://new/")];
        let (ops, then, reports, _) = round(&targets, &Progress::default(), false);
        assert!(ops.is_empty());
        assert_eq!(then, Then::Done);
        assert_eq!(reports[0].outcome, Outcome::Conflict);
        let (ops, then, _, progress) = round(&targets, &Progress::default(), true);
        assert_eq!(
            ops,
            vec![Op::SetText {
                key: 1,
                value: "https://new/".into()
            }]
        );
        assert_eq!(then, Then::Resnapshot);
        assert_eq!(progress.written, Some(vec![Field::EntityId]));
    }

    #[test]
    fn verify_round_tells_filled_from_refused() {
        let progress = Progress {
            written: Some(vec![Field::SignInUrl, Field::EntityId]),
            ..Progress::default()
        };
        let targets = [
            text_target(Field::SignInUrl, "a", "a"),
            text_target(Field::EntityId, "", "b"),
        ];
        let (_, then, reports, _) = round(&targets, &progress, false);
        assert_eq!(then, Then::Done);
        assert_eq!(reports[0].outcome, Outcome::Filled);
        assert_eq!(reports[1].outcome, Outcome::Refused);
        assert_eq!(summary(&reports), crate::status::State::Error);
    }

    #[test]
    fn trailing_spaces_do_not_make_a_conflict() {
        let targets = [text_target(Field::SignInUrl, " https://x ", "https://x")];
        let (ops, _, reports, _) = round(&targets, &Progress::default(), false);
        assert!(ops.is_empty());
        assert_eq!(reports[0].outcome, Outcome::AlreadyCorrect);
    }
}
