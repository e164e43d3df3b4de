//! What the in-page status line says (SPEC section 9: `data-state`): a state, a message from the
//! message table, and notes (warnings, per-field details) that follow it. The worker renders it
//! in the admin's language before it leaves the core.

use crate::i18n::{Arg, Lang, Message};
use serde::{Deserialize, Serialize};

/// The status line's `data-state`.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// Work in progress.
    Working,
    /// Finished well.
    Done,
    /// Waiting for the admin to confirm overwriting.
    Conflict,
    /// Failed; the text says why.
    Error,
}

/// A status for the page.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    /// The state.
    pub state: State,
    /// Stable message code (the message table key; errors use their variant code).
    pub code: String,
    /// The message's arguments.
    pub args: Vec<Arg>,
    /// Sentences that follow the main one (warnings, field details), in order.
    pub notes: Vec<Message>,
    /// The whole status in the admin's language; filled by [`Status::rendered`].
    #[serde(default)]
    pub text: String,
    /// The page was not understood (nothing found, values or fields missing): the status
    /// offers a page report (SPEC 2.1). Filled by [`Status::rendered`].
    #[serde(default)]
    pub report: bool,
}

/// The errors that mean ssobridge did not understand the page, where a page report helps.
const NOT_UNDERSTOOD: &[&str] = &[
    "nothing-found",
    "capture-incomplete",
    "form-not-found",
    "mode-not-available",
];

impl Status {
    /// A status from its state and message code.
    pub fn new(state: State, code: &str) -> Self {
        Self {
            state,
            code: code.to_owned(),
            args: Vec::new(),
            notes: Vec::new(),
            text: String::new(),
            report: false,
        }
    }

    /// The same status with arguments for its message.
    pub fn with_args(mut self, args: impl IntoIterator<Item = Arg>) -> Self {
        self.args = args.into_iter().collect();
        self
    }

    /// The same status followed by `notes`.
    pub fn with_notes(mut self, notes: impl IntoIterator<Item = Message>) -> Self {
        self.notes.extend(notes);
        self
    }

    /// The status for an error.
    pub fn error(err: &crate::Error) -> Self {
        let message = err.message();
        Self::new(State::Error, &message.key).with_args(message.args)
    }

    /// The main message.
    pub fn message(&self) -> Message {
        Message::new(&self.code, self.args.clone())
    }

    /// The same status with `text` rendered in `lang`: the message, then each note on its own
    /// line.
    pub fn rendered(mut self, lang: Lang) -> Self {
        let mut text = self.message().render(lang);
        for note in &self.notes {
            text.push('\n');
            text.push_str(&note.render(lang));
        }
        self.text = text;
        self.report = self.state == State::Error && NOT_UNDERSTOOD.contains(&self.code.as_str());
        self
    }
}
