//! What the in-page status line says (SPEC section 9: `data-state`).

use serde::{Deserialize, Serialize};

/// The status line's `data-state`.
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

/// A status for the page: state, a stable code for `_locales`, and the English sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    /// The state.
    pub state: State,
    /// Stable message code (`_locales` key suffix); errors use their variant code.
    pub code: String,
    /// The sentence in English, used where no translation exists.
    pub text: String,
    /// Values for the translation's `$1`…`$9` placeholders.
    pub args: Vec<String>,
}

impl Status {
    /// A status from parts.
    pub fn new(state: State, code: &str, text: impl Into<String>) -> Self {
        Self {
            state,
            code: code.to_owned(),
            text: text.into(),
            args: Vec::new(),
        }
    }

    /// The same status with placeholder values for its translations.
    pub fn with_args(mut self, args: impl IntoIterator<Item = String>) -> Self {
        self.args = args.into_iter().collect();
        self
    }

    /// The status for an error.
    pub fn error(err: &crate::Error) -> Self {
        Self::new(State::Error, err.code(), err.to_string())
    }
}
