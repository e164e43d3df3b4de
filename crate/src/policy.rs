//! What an IT department decides for everyone through the browser's enterprise policy
//! (`storage.managed`; Chrome and Edge read it from `3rdparty.extensions.<id>`, Firefox from
//! `policies.json` `3rdparty.Extensions.<gecko id>`): the GoTo fill mode, the GoTo product, and
//! whether the sign-in check may run. A value set there wins over the admin's own choice and
//! cannot be changed in the popup. The worker hands the managed object over as the browser
//! gives it; everything here is decided on it.
//!
//! Chrome validates managed values against `extension/schema.json` and drops what does not
//! fit; Firefox does not validate at all, so each value is read here on its own with serde (as
//! the stored options are): a value that does not parse is ignored and named, never fatal for
//! the others, and the admin's own choice stands for it. The sign-in check reads fail-closed:
//! a `signinCheck` that is present and not `true` turns it off, and so does a managed storage
//! the browser cannot read (the popup says why).

use crate::azure::sp::Product;
use crate::goto::form::Mode;
use crate::i18n::{Arg, Message};
use crate::options::Options;
use crate::sorted::Members;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

/// The managed keys, as `extension/schema.json` names them.
pub const KEYS: [&str; 3] = ["mode", "product", "signinCheck"];

/// The organisation's settings, read from `storage.managed`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policy {
    /// The GoTo fill mode, locked.
    pub mode: Option<Mode>,
    /// The GoTo product (Relay State), locked.
    pub product: Option<Product>,
    /// `Some(false)`: the organisation turned the sign-in check off.
    pub signin_check: Option<bool>,
    /// Managed values that were not understood and so are ignored, one message each.
    pub ignored: Vec<Message>,
    /// The browser could not read the managed storage: why, as it said.
    pub unreadable: Option<String>,
}

/// What Firefox answers when no policy names the extension: no policy, not a failure.
const FIREFOX_NO_POLICY: &str = "Managed storage manifest not found";

impl Policy {
    /// No policy: every choice is the admin's.
    pub const NONE: Policy = Policy {
        mode: None,
        product: None,
        signin_check: None,
        ignored: Vec::new(),
        unreadable: None,
    };

    /// Reads the managed storage object as JSON text (`None` or `null` where none is set, as
    /// when no policy names ssobridge). Never fails: what cannot be read is ignored and listed
    /// in `ignored`. Each value is read from its own text (`RawValue`), without building a
    /// `serde_json::Value` of the whole object first (issue 22).
    pub fn from_managed(managed: Option<&RawValue>) -> Policy {
        let mut policy = Policy::default();
        let Some(managed) = managed.filter(|managed| managed.get() != "null") else {
            return policy;
        };
        let Ok(members) = serde_json::from_str::<Members<&RawValue>>(managed.get()) else {
            policy.ignored.push(Message::new(
                "policy-not-object",
                vec![Arg::text(shown(managed.get()))],
            ));
            return policy;
        };
        for (key, value) in members.iter() {
            let text = value.get();
            match key {
                "mode" => policy.mode = read(key, text, &mut policy.ignored),
                "product" => policy.product = read(key, text, &mut policy.ignored),
                // Fail-closed: only a plain `true` leaves the check on (Firefox does not
                // validate, so "false" or 0 must not read as "not set").
                "signinCheck" if text != "null" => {
                    if text != "true" && text != "false" {
                        policy.ignored.push(Message::new(
                            "policy-invalid-value",
                            vec![Arg::text(key), Arg::text(shown(text))],
                        ));
                    }
                    policy.signin_check = Some(text == "true");
                }
                "signinCheck" => {}
                // A misspelt key would otherwise look as if the policy did nothing.
                _ => policy
                    .ignored
                    .push(Message::new("policy-unknown-key", vec![Arg::text(key)])),
            }
        }
        policy
    }

    /// The managed storage could not be read (`storage.managed.get()` rejected with `error`).
    /// Firefox's answer when no policy names ssobridge is no policy; anything else turns the
    /// sign-in check off, since the organisation may have meant to.
    pub fn from_read_error(error: &str) -> Policy {
        if error.contains(FIREFOX_NO_POLICY) {
            return Policy::default();
        }
        Policy {
            signin_check: Some(false),
            unreadable: Some(shown(&serde_json::to_string(error).unwrap_or_default())),
            ..Policy::default()
        }
    }

    /// Why the sign-in check is off, when it is.
    pub fn signin_check_off_reason(&self) -> Option<Message> {
        if let Some(error) = &self.unreadable {
            return Some(Message::new(
                "policy-unreadable",
                vec![Arg::text(error.clone())],
            ));
        }
        (!self.signin_check_allowed()).then(|| Message::new("signin-check-off", Vec::new()))
    }

    /// The options in force: the organisation's where it set them, the admin's elsewhere.
    pub fn options(&self, chosen: Options) -> Options {
        Options {
            mode: self.mode.unwrap_or(chosen.mode),
            product: self.product.unwrap_or(chosen.product),
        }
    }

    /// Whether the sign-in check may run (it may unless the organisation turned it off).
    pub fn signin_check_allowed(&self) -> bool {
        self.signin_check != Some(false)
    }
}

/// One managed value with serde, from its JSON text; `null` counts as not set (Chrome's
/// policy editors write it for a cleared value).
fn read<T: DeserializeOwned>(key: &str, text: &str, ignored: &mut Vec<Message>) -> Option<T> {
    if text == "null" {
        return None;
    }
    match serde_json::from_str(text) {
        Ok(parsed) => Some(parsed),
        Err(_) => {
            ignored.push(Message::new(
                "policy-invalid-value",
                vec![Arg::text(key), Arg::text(shown(text))],
            ));
            None
        }
    }
}

/// A managed value as the admin typed it (its JSON text), cut short: policy files are written
/// by hand, and a whole pasted document should not fill the popup.
fn shown(text: &str) -> String {
    const LIMIT: usize = 60;
    if text.chars().count() <= LIMIT {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(LIMIT).collect();
        format!("{cut}…")
    }
}
