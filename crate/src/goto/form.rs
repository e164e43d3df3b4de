//! Recognising GoTo's Identity provider form in any DOM shape: by label text in several
//! languages, then by name/id/placeholder hints, then by element type and order. Never one
//! fixed selector.

use crate::labels::{self, Vocabulary};
use crate::snapshot::{Element, PageSnapshot};
use crate::text::lowercase;
use serde::Serialize;

/// GoTo's three ways to configure the IdP (popup `data-ssobridge="mode"` values).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// Each value typed in (the default).
    #[default]
    Manual,
    /// GoTo fetches the metadata URL.
    Automatic,
    /// The metadata XML pasted or uploaded.
    MetadataFile,
}

crate::variants::deserialize_by_name!(mode_is_read_by_name: Mode {
    Manual = "manual",
    Automatic = "automatic",
    MetadataFile = "metadata-file",
});

impl Mode {
    /// The mode's name in the message table.
    pub fn key(self) -> &'static str {
        match self {
            Mode::Manual => "mode-manual",
            Mode::Automatic => "mode-automatic",
            Mode::MetadataFile => "mode-metadata-file",
        }
    }

    fn of_text(text: &str) -> Option<Mode> {
        let text = lowercase(text);
        // "Upload SAML metadata file" would also match nothing else; manual last since
        // "manual" is the shortest and least specific word.
        if labels::matches(&text, labels::GOTO_MODE_AUTOMATIC) {
            Some(Mode::Automatic)
        } else if labels::matches(&text, labels::GOTO_MODE_METADATA_FILE) {
            Some(Mode::MetadataFile)
        } else if labels::matches(&text, labels::GOTO_MODE_MANUAL) {
            Some(Mode::Manual)
        } else {
            None
        }
    }
}

/// The mode dropdown, native or custom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModeControl {
    /// A native `<select>`: option values by mode.
    Select {
        /// Element key.
        key: u32,
        /// `(option value, mode)`.
        options: Vec<(String, Mode)>,
        /// The selected mode.
        current: Option<Mode>,
    },
    /// A custom ARIA dropdown: a trigger and, while open, its options.
    Listbox {
        /// The trigger's key.
        trigger: u32,
        /// Visible options `(key, mode)`; empty while closed.
        options: Vec<(u32, Mode)>,
        /// The mode the trigger shows.
        current: Option<Mode>,
    },
}

impl ModeControl {
    /// The mode the control shows.
    pub fn current(&self) -> Option<Mode> {
        match self {
            ModeControl::Select { current, .. } | ModeControl::Listbox { current, .. } => *current,
        }
    }
}

/// A REDIRECT/POST choice: a radio group, or a `<select>`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BindingGroup {
    /// The REDIRECT radio.
    pub redirect: Option<u32>,
    /// The POST radio.
    pub post: Option<u32>,
    /// A `<select>` instead of radios: its key and its REDIRECT option's value.
    pub select: Option<(u32, String)>,
    /// `REDIRECT`, `POST` or empty.
    pub checked: String,
}

/// A text field found on the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextField {
    /// Element key.
    pub key: u32,
    /// Current value.
    pub value: String,
    /// Whether it can be typed into.
    pub editable: bool,
}

/// What the form holds, as far as it is recognised.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GotoForm {
    /// The mode dropdown.
    pub mode: Option<ModeControl>,
    /// Sign-in page url.
    pub sign_in_url: Option<TextField>,
    /// Sign-in binding.
    pub sign_in_binding: Option<BindingGroup>,
    /// Sign-out page url.
    pub sign_out_url: Option<TextField>,
    /// Sign-out binding.
    pub sign_out_binding: Option<BindingGroup>,
    /// Identity Provider Entity ID.
    pub entity_id: Option<TextField>,
    /// Verification certificate text area.
    pub certificate_text: Option<TextField>,
    /// Certificate file input.
    pub certificate_file: Option<u32>,
    /// Metadata url.
    pub metadata_url: Option<TextField>,
    /// Metadata file text area.
    pub metadata_text: Option<TextField>,
    /// Metadata file input.
    pub metadata_file: Option<u32>,
}

impl GotoForm {
    /// Every control found: what the Fill button and the drift check stand on.
    pub fn keys(&self) -> Vec<u32> {
        let mut keys = Vec::new();
        match &self.mode {
            Some(ModeControl::Select { key, .. }) => keys.push(*key),
            Some(ModeControl::Listbox {
                trigger, options, ..
            }) => {
                keys.push(*trigger);
                keys.extend(options.iter().map(|(key, _)| *key));
            }
            None => {}
        }
        for binding in [&self.sign_in_binding, &self.sign_out_binding]
            .into_iter()
            .flatten()
        {
            keys.extend([binding.redirect, binding.post].into_iter().flatten());
            keys.extend(binding.select.as_ref().map(|(key, _)| *key));
        }
        for field in [
            &self.sign_in_url,
            &self.sign_out_url,
            &self.entity_id,
            &self.certificate_text,
            &self.metadata_url,
            &self.metadata_text,
        ]
        .into_iter()
        .flatten()
        {
            keys.push(field.key);
        }
        keys.extend(
            [self.certificate_file, self.metadata_file]
                .into_iter()
                .flatten(),
        );
        keys
    }

    /// True when anything of the Identity provider form is on the page.
    pub fn is_present(&self) -> bool {
        self.mode.is_some()
            || self.metadata_url.is_some()
            || self.metadata_text.is_some()
            || [&self.sign_in_url, &self.entity_id, &self.certificate_text]
                .iter()
                .filter(|f| f.is_some())
                .count()
                >= 2
    }

    /// True when the fields the mode needs are there.
    pub fn ready_for(&self, mode: Mode) -> bool {
        match mode {
            Mode::Manual => {
                self.sign_in_url.is_some()
                    && self.entity_id.is_some()
                    && (self.certificate_text.is_some() || self.certificate_file.is_some())
            }
            Mode::Automatic => self.metadata_url.is_some(),
            Mode::MetadataFile => self.metadata_text.is_some() || self.metadata_file.is_some(),
        }
    }
}

/// What a text box is, by its label first, then its hints.
fn text_field_kind(element: &Element) -> Option<Kind> {
    let label = element.label_text();
    let hints = element.hints();
    let by = |vocabulary: Vocabulary| labels::matches(&label, vocabulary);
    let by_hint = |terms: &[&str]| terms.iter().any(|t| hints.contains(t));
    // Sign-out before sign-in: some translations share words between the two.
    if by(labels::GOTO_SIGN_OUT_URL) {
        Some(Kind::SignOutUrl)
    } else if by(labels::GOTO_SIGN_IN_URL) {
        Some(Kind::SignInUrl)
    } else if by(labels::GOTO_METADATA_URL) {
        Some(Kind::MetadataUrl)
    } else if by(labels::GOTO_ENTITY_ID) {
        Some(Kind::EntityId)
    } else if by_hint(&["signout", "sign-out", "sign_out", "logout", "slo"]) {
        Some(Kind::SignOutUrl)
    } else if by_hint(&["signin", "sign-in", "sign_in", "login", "ssourl", "sso_url"]) {
        Some(Kind::SignInUrl)
    } else if by_hint(&[
        "metadataurl",
        "metadata-url",
        "metadata_url",
        "metadata url",
    ]) {
        Some(Kind::MetadataUrl)
    } else if by_hint(&["entity", "issuer"]) {
        Some(Kind::EntityId)
    } else {
        None
    }
}

fn textarea_kind(element: &Element) -> Option<Kind> {
    let text = format!("{} {}", element.label_text(), element.hints());
    if labels::matches(&text, labels::GOTO_METADATA_FILE) || text.contains("metadata") {
        Some(Kind::MetadataText)
    } else if labels::matches(&text, labels::GOTO_CERTIFICATE) || text.contains("cert") {
        Some(Kind::CertificateText)
    } else {
        None
    }
}

fn file_input_kind(element: &Element) -> Option<Kind> {
    let text = format!("{} {}", element.label_text(), element.hints());
    if text.contains("xml")
        || labels::matches(&text, labels::GOTO_METADATA_FILE)
        || text.contains("metadata")
    {
        Some(Kind::MetadataFile)
    } else if text.contains(".cer")
        || text.contains(".pem")
        || labels::matches(&text, labels::GOTO_CERTIFICATE)
        || text.contains("cert")
    {
        Some(Kind::CertificateFile)
    } else {
        None
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    SignInUrl,
    SignOutUrl,
    EntityId,
    MetadataUrl,
    CertificateText,
    MetadataText,
    CertificateFile,
    MetadataFile,
}

/// Recognises the form in a snapshot. Hidden elements count only where pages hide them on
/// purpose (file inputs behind an "Upload" button).
pub fn recognise(snapshot: &PageSnapshot) -> GotoForm {
    let mut form = GotoForm {
        mode: mode_control(snapshot),
        ..GotoForm::default()
    };
    let mut unlabelled_inputs = Vec::new();
    for element in &snapshot.elements {
        if element.is_file_input() {
            match file_input_kind(element) {
                Some(Kind::MetadataFile) => {
                    form.metadata_file = form.metadata_file.or(Some(element.key))
                }
                Some(Kind::CertificateFile) => {
                    form.certificate_file = form.certificate_file.or(Some(element.key))
                }
                _ => {}
            }
            continue;
        }
        if !element.visible {
            continue;
        }
        let field = || TextField {
            key: element.key,
            value: element.value.clone(),
            editable: element.editable,
        };
        if element.is_textarea() {
            let slot = match textarea_kind(element) {
                Some(Kind::MetadataText) => &mut form.metadata_text,
                _ => &mut form.certificate_text,
            };
            slot.get_or_insert_with(field);
        } else if element.is_text_input() {
            let slot = match text_field_kind(element) {
                Some(Kind::SignInUrl) => &mut form.sign_in_url,
                Some(Kind::SignOutUrl) => &mut form.sign_out_url,
                Some(Kind::EntityId) => &mut form.entity_id,
                Some(Kind::MetadataUrl) => &mut form.metadata_url,
                _ => {
                    unlabelled_inputs.push(field());
                    continue;
                }
            };
            slot.get_or_insert_with(field);
        }
    }
    // Last resort for label-less shapes: GoTo's Manual form lists sign-in, sign-out and entity
    // ID in this order, so the unlabelled text boxes fill the gaps in order.
    if form.mode.as_ref().and_then(ModeControl::current) == Some(Mode::Manual)
        || form.certificate_text.is_some()
    {
        let mut rest = unlabelled_inputs.into_iter();
        for slot in [
            &mut form.sign_in_url,
            &mut form.sign_out_url,
            &mut form.entity_id,
        ] {
            if slot.is_none() {
                *slot = rest.next();
            }
        }
    }
    let (sign_in, sign_out) = binding_groups(snapshot);
    form.sign_in_binding = sign_in;
    form.sign_out_binding = sign_out;
    form
}

fn mode_control(snapshot: &PageSnapshot) -> Option<ModeControl> {
    let visible = || snapshot.elements.iter().filter(|e| e.visible);
    for element in visible().filter(|e| e.is_select()) {
        let options: Vec<(String, Mode)> = element
            .options
            .iter()
            .filter_map(|o| Mode::of_text(&o.text).map(|m| (o.value.clone(), m)))
            .collect();
        if options.len() >= 2 {
            let current = element
                .options
                .iter()
                .find(|o| o.selected)
                .and_then(|o| Mode::of_text(&o.text));
            return Some(ModeControl::Select {
                key: element.key,
                options,
                current,
            });
        }
    }
    let trigger = visible().find(|e| {
        e.is_listbox_trigger()
            && (labels::matches(&e.label_text(), labels::GOTO_MODE)
                || Mode::of_text(&e.value).is_some())
    })?;
    let options = visible()
        .filter(|e| e.is_option())
        .filter_map(|e| Mode::of_text(&e.value).map(|m| (e.key, m)))
        .collect();
    Some(ModeControl::Listbox {
        trigger: trigger.key,
        options,
        current: Mode::of_text(&trigger.value),
    })
}

/// A `<select>` offering REDIRECT and POST, as a binding group.
fn binding_select(element: &Element) -> Option<BindingGroup> {
    let option = |word: &str| {
        element
            .options
            .iter()
            .find(|o| lowercase(&o.text).contains(word) || lowercase(&o.value).contains(word))
    };
    let redirect = labels::GOTO_REDIRECT.terms().find_map(option)?;
    option("post")?;
    let checked = element
        .options
        .iter()
        .find(|o| o.selected)
        .map_or(String::new(), |o| {
            let text = lowercase(&format!("{} {}", o.text, o.value));
            if labels::matches(&text, labels::GOTO_REDIRECT) {
                "REDIRECT"
            } else if text.contains("post") {
                "POST"
            } else {
                ""
            }
            .to_owned()
        });
    Some(BindingGroup {
        select: Some((element.key, redirect.value.clone())),
        checked,
        ..BindingGroup::default()
    })
}

/// REDIRECT/POST radio groups or selects, the sign-out one told by its label, else by order.
fn binding_groups(snapshot: &PageSnapshot) -> (Option<BindingGroup>, Option<BindingGroup>) {
    let mut groups: Vec<(String, BindingGroup)> = Vec::new();
    for element in snapshot
        .elements
        .iter()
        .filter(|e| e.visible && e.is_select())
    {
        if let Some(group) = binding_select(element) {
            groups.push((format!("select {}", element.key), group));
        }
    }
    for radio in snapshot
        .elements
        .iter()
        .filter(|e| e.is_radio() && e.visible)
    {
        // A native radio is named by its label; an ARIA radio by its own text (the text before
        // it is its neighbour's).
        let text = if radio.tag == "input" {
            radio.label_text()
        } else {
            lowercase(&radio.value)
        };
        let is_redirect = labels::matches(&text, labels::GOTO_REDIRECT);
        let is_post = text.contains("post");
        if !is_redirect && !is_post {
            continue;
        }
        // A name groups radios within one root: two web components may each render a group
        // under the same inner name.
        let group_key = if radio.name.is_empty() {
            format!("{} label {}", radio.shadow_root, radio.group_label)
        } else {
            format!("{} name {}", radio.shadow_root, radio.name)
        };
        let index = match groups.iter().position(|(k, _)| *k == group_key) {
            Some(index) => index,
            None => {
                groups.push((group_key, BindingGroup::default()));
                groups.len() - 1
            }
        };
        let Some((_, group)) = groups.get_mut(index) else {
            continue;
        };
        if is_redirect {
            group.redirect = Some(radio.key);
        } else {
            group.post = Some(radio.key);
        }
        if radio.checked {
            group.checked = if is_redirect { "REDIRECT" } else { "POST" }.to_owned();
        }
    }
    let group_label_of = |group: &BindingGroup| {
        let key = group
            .redirect
            .or(group.post)
            .or(group.select.as_ref().map(|(key, _)| *key));
        snapshot
            .elements
            .iter()
            .find(|e| Some(e.key) == key)
            .map(|e| {
                if e.is_select() {
                    e.label_text()
                } else {
                    lowercase(&e.group_label)
                }
            })
            .unwrap_or_default()
    };
    // Groups in document order, whatever control each is.
    let first_key = |group: &BindingGroup| {
        group
            .select
            .as_ref()
            .map(|(key, _)| *key)
            .or(group.redirect)
            .or(group.post)
    };
    // A handful of groups: taking the first smallest each time orders them as a stable sort
    // would, without a copy of the sort for this type in the wasm module.
    let mut in_order = Vec::with_capacity(groups.len());
    while let Some(next) =
        (0..groups.len()).min_by_key(|&i| groups.get(i).map(|(_, g)| first_key(g)))
    {
        in_order.push(groups.remove(next));
    }
    let mut sign_out = None;
    let mut unnamed = Vec::new();
    for (_, group) in in_order {
        let label = group_label_of(&group);
        if labels::matches(&label, labels::GOTO_SIGN_OUT_WORDS) {
            sign_out.get_or_insert(group);
        } else {
            unnamed.push(group);
        }
    }
    // GoTo lists the sign-in binding first.
    let mut rest = unnamed.into_iter();
    let sign_in = rest.next();
    if sign_out.is_none() {
        sign_out = rest.next();
    }
    (sign_in, sign_out)
}
