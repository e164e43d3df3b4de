//! Filling GoTo's service-provider values into Azure's Basic SAML Configuration pane (SPEC
//! section 6), with the same writing rules as the GoTo fill.

use crate::Error;
use crate::fill::{self, Field, FillStep, Progress, Target, Write};
use crate::labels::{self, Vocabulary};
use crate::snapshot::{Element, PageSnapshot};
use serde::Serialize;

/// GoTo's SAML service-provider entity ID (every tutorial since 2016).
pub const GOTO_SP_ENTITY_ID: &str = "https://authentication.logmeininc.com/saml/sp";
/// GoTo's assertion consumer service URL.
pub const GOTO_SP_ACS_URL: &str = "https://authentication.logmeininc.com/saml/acs";

/// The GoTo product whose Relay State is filled (popup `data-ssobridge="product"` values).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Product {
    /// GoToMeeting (the default).
    #[default]
    Gotomeeting,
    /// GoToTraining.
    Gototraining,
    /// GoToWebinar.
    Gotowebinar,
    /// GoToAssist.
    Gotoassist,
}

crate::variants::deserialize_by_name!(product_is_read_by_name: Product {
    Gotomeeting = "gotomeeting",
    Gototraining = "gototraining",
    Gotowebinar = "gotowebinar",
    Gotoassist = "gotoassist",
});

impl Product {
    /// The Relay State Microsoft's tutorials give for the product.
    pub fn relay_state(self) -> &'static str {
        match self {
            Product::Gotomeeting => "https://global.gotomeeting.com",
            Product::Gototraining => "https://global.gototraining.com",
            Product::Gotowebinar => "https://global.gotowebinar.com",
            Product::Gotoassist => "https://app.gotoassist.com",
        }
    }
}

/// The pane's three inputs, where found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpPane {
    /// Identifier (Entity ID): the first row.
    pub identifier: Option<(u32, String)>,
    /// Reply URL: the first row.
    pub reply_url: Option<(u32, String)>,
    /// Relay State.
    pub relay_state: Option<(u32, String)>,
}

impl SpPane {
    /// The edit pane is open when its identifier and reply URL inputs can be typed into.
    pub fn is_present(&self) -> bool {
        self.identifier.is_some() && self.reply_url.is_some()
    }

    /// The inputs found: what the pane's button stands on.
    pub fn keys(&self) -> impl Iterator<Item = u32> + '_ {
        [&self.identifier, &self.reply_url, &self.relay_state]
            .into_iter()
            .flatten()
            .map(|(key, _)| *key)
    }
}

fn field_of(element: &Element) -> Option<Field> {
    let label = format!(
        "{} {}",
        element.label_text(),
        crate::text::lowercase(&element.group_label)
    );
    let hints = element.hints();
    let by = |vocabulary: Vocabulary| labels::matches(&label, vocabulary);
    if by(labels::AZURE_SP_REPLY_URL)
        || hints.contains("reply")
        || hints.contains("assertionconsumer")
    {
        Some(Field::ReplyUrl)
    } else if by(labels::AZURE_SP_RELAY_STATE) || hints.contains("relay") {
        Some(Field::RelayState)
    } else if by(labels::AZURE_SP_IDENTIFIER)
        || hints.contains("identifier")
        || hints.contains("entityid")
    {
        Some(Field::Identifier)
    } else {
        None
    }
}

/// Finds the pane's inputs: visible, editable text boxes only, so the read-only values of the
/// SAML page ("Microsoft Entra Identifier") never count.
pub fn recognise(snapshot: &PageSnapshot) -> SpPane {
    let mut pane = SpPane::default();
    for element in snapshot
        .elements
        .iter()
        .filter(|e| e.visible && e.is_text_input() && e.editable)
    {
        let slot = match field_of(element) {
            Some(Field::Identifier) => &mut pane.identifier,
            Some(Field::ReplyUrl) => &mut pane.reply_url,
            Some(Field::RelayState) => &mut pane.relay_state,
            _ => continue,
        };
        slot.get_or_insert((element.key, element.value.clone()));
    }
    pane
}

/// Plans one round of the Basic SAML Configuration fill.
pub fn plan(
    snapshot: &PageSnapshot,
    product: Product,
    confirmed: bool,
    progress: &Progress,
) -> FillStep {
    let next = Progress {
        round: progress.round.saturating_add(1),
        ..progress.clone()
    };
    let pane = recognise(snapshot);
    if !pane.is_present() {
        return if next.round < crate::goto::plan::MAX_ROUNDS {
            FillStep::wait(next, "waiting-for-sp-pane")
        } else {
            FillStep::failed(
                next,
                &Error::FormNotFound {
                    missing: vec![Field::Identifier.key(), Field::ReplyUrl.key()],
                },
            )
        };
    }
    let target = |field, found: &Option<(u32, String)>, desired: &str| {
        found.as_ref().map(|(key, current)| Target {
            field,
            key: *key,
            current: current.clone(),
            desired: desired.to_owned(),
            write: Write::Text,
        })
    };
    let targets: Vec<Target> = [
        target(Field::Identifier, &pane.identifier, GOTO_SP_ENTITY_ID),
        target(Field::ReplyUrl, &pane.reply_url, GOTO_SP_ACS_URL),
        target(Field::RelayState, &pane.relay_state, product.relay_state()),
    ]
    .into_iter()
    .flatten()
    .collect();
    fill::step(&targets, &next, confirmed)
}
