//! The page report (SPEC 2.1): what ssobridge saw of a page it did not understand (its
//! structure, the portal's words) and what it concluded, every value redacted to its shape.
//! The admin saves it and may share it; a replica made from it turns the page into a test
//! (`cargo run -p ssobridge --example replica -- REPORT.json`).

pub mod redact;
// Replicas are made by a developer's tool, never in the browser.
#[cfg(not(target_arch = "wasm32"))]
pub mod replica;

use crate::azure::{read, sp};
use crate::goto::form;
use crate::hosts::{self, Site};
use crate::labels;
use crate::page::{self, Button};
use crate::snapshot::{Element, PageSnapshot, SelectOption};
use crate::sorted;
use crate::time::UnixSeconds;
use redact::Aliases;
#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;
use serde::Serialize;

/// The report's format; a replica tool refuses one it does not know.
pub const FORMAT: u32 = 1;

/// One page report.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
// Read back only by the replica tool: the module carries no deserializer for it.
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PageReport {
    /// [`FORMAT`].
    pub format: u32,
    /// The ssobridge version that saw the page.
    pub version: String,
    /// The browser, as its name and major version (`Chromium 156`).
    pub browser: String,
    /// Which side the page is on.
    pub site: Option<Site>,
    /// The frame's URL, redacted (its host and the endpoint words kept).
    pub url: String,
    /// The portal's language.
    pub lang: String,
    /// The top frame, or a frame inside it.
    pub top_frame: bool,
    /// Sandboxed.
    pub sandboxed: bool,
    /// The frames around it, redacted as URLs.
    pub ancestor_origins: Option<Vec<String>>,
    /// How many shadow roots the collector walked.
    pub shadow_roots: u32,
    /// What the collector saw, in its order, every value redacted.
    pub elements: Vec<Element>,
    /// What the core concluded from it.
    pub conclusions: Conclusions,
}

/// What the core made of the page.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Conclusions {
    /// The words and value fragments ssobridge watches for on this side that the page shows.
    pub markers: Vec<String>,
    /// The in-page buttons it offers.
    pub buttons: Vec<Button>,
    /// The names of the sections it saw, redacted.
    pub sections: Vec<String>,
    /// The values or form fields found (message-table keys: `field-sign-in-url`, …).
    pub found: Vec<String>,
    /// The values or form fields looked for and not found.
    pub missing: Vec<String>,
    /// Why reading the page failed, as an error's code, where it did.
    pub error: Option<String>,
}

/// The browser's name and major version from its user agent (`Firefox 153`, `Chromium 156`,
/// `Edge 140`): all a report needs to say of it.
pub fn browser_of(user_agent: &str) -> String {
    // `HeadlessChrome/156.0…` counts as Chrome.
    let version = |product: &str| {
        user_agent.split(' ').find_map(|token| {
            let (name, rest) = token.split_once('/')?;
            name.ends_with(product).then_some(())?;
            let major: String = rest.chars().take_while(char::is_ascii_digit).collect();
            (!major.is_empty()).then_some(major)
        })
    };
    for (product, name) in [
        ("Firefox", "Firefox"),
        ("Edg", "Edge"),
        ("Chrome", "Chromium"),
    ] {
        if let Some(major) = version(product) {
            return format!("{name} {major}");
        }
    }
    // Already a name and version (the tests), or a browser this does not know.
    user_agent
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(40)
        .collect()
}

/// Builds the report of a snapshot: the core's conclusions on the page as it is, then the
/// snapshot redacted. `browser`: the user agent, of which the name and major version are kept.
pub fn build(snapshot: &PageSnapshot, browser: &str, now: UnixSeconds) -> PageReport {
    let browser = browser_of(browser);
    let site = hosts::site_of(&snapshot.url);
    let conclusions = conclude(snapshot, site, now);
    let mut aliases = Aliases::default();
    // The deep link first: its ids name the tenant's app before any value does.
    let url = redact::value(&snapshot.url, &mut aliases);
    let elements = redact_elements(&snapshot.elements, &mut aliases);
    let shadow_roots = snapshot
        .elements
        .iter()
        .map(|e| e.shadow_root)
        .max()
        .unwrap_or(0);
    PageReport {
        format: FORMAT,
        version: env!("CARGO_PKG_VERSION").to_owned(),
        browser: redact::words(&browser, &mut aliases),
        site,
        url,
        lang: snapshot.lang.chars().take(35).collect(),
        top_frame: snapshot.top_frame,
        sandboxed: snapshot.sandboxed,
        ancestor_origins: snapshot.ancestor_origins.as_ref().map(|origins| {
            origins
                .iter()
                .map(|o| redact::value(o, &mut aliases))
                .collect()
        }),
        shadow_roots,
        conclusions: Conclusions {
            sections: conclusions
                .sections
                .iter()
                .map(|s| redact::words(s, &mut aliases))
                .collect(),
            ..conclusions
        },
        elements,
    }
}

/// The field keys a side looks for and whether the page showed them.
fn found_and_missing(pairs: &[(&str, bool)]) -> (Vec<String>, Vec<String>) {
    let pick = |wanted: bool| {
        pairs
            .iter()
            .filter(|(_, present)| *present == wanted)
            .map(|(key, _)| (*key).to_owned())
            .collect()
    };
    (pick(true), pick(false))
}

fn conclude(snapshot: &PageSnapshot, site: Option<Site>, now: UnixSeconds) -> Conclusions {
    let text: String = snapshot
        .elements
        .iter()
        .flat_map(|e| [&e.value, &e.label, &e.aria_label, &e.placeholder])
        .map(|s| crate::text::lowercase(s))
        .collect::<Vec<_>>()
        .join("\n");
    let markers = site
        .map(|site| {
            page::markers(site)
                .into_iter()
                .filter(|marker| text.contains(marker.as_str()))
                .collect()
        })
        .unwrap_or_default();
    let buttons = page::view(snapshot, None, false, now).buttons;
    // Sorted and without repeats, inserted one by one (`crate::sorted` says why).
    let mut sections = Vec::new();
    for section in snapshot.elements.iter().flat_map(|e| &e.sections) {
        sorted::insert(&mut sections, section.clone());
    }
    let mut conclusions = Conclusions {
        markers,
        buttons,
        sections,
        ..Conclusions::default()
    };
    match site {
        Some(Site::Azure) => {
            match read::read(snapshot) {
                Ok(values) => {
                    (conclusions.found, conclusions.missing) = found_and_missing(&[
                        ("field-sign-in-url", values.sign_in_url.is_some()),
                        ("field-sign-out-url", values.sign_out_url.is_some()),
                        ("field-entity-id", values.entity_id.is_some()),
                        (
                            "field-metadata-url",
                            values.metadata_url.is_some() && !values.metadata_url_built,
                        ),
                        ("field-thumbprint-sha1", values.thumbprint_sha1.is_some()),
                        ("field-not-after", values.expiry_text.is_some()),
                    ]);
                }
                Err(err) => conclusions.error = Some(err.code().to_owned()),
            }
            let pane = sp::recognise(snapshot);
            if pane.is_present() {
                conclusions.found.push("pane-basic-saml".to_owned());
            }
        }
        Some(Site::Goto) => {
            let recognised = form::recognise(snapshot);
            (conclusions.found, conclusions.missing) = found_and_missing(&[
                ("form-mode", recognised.mode.is_some()),
                ("field-sign-in-url", recognised.sign_in_url.is_some()),
                (
                    "field-sign-in-binding",
                    recognised.sign_in_binding.is_some(),
                ),
                ("field-sign-out-url", recognised.sign_out_url.is_some()),
                (
                    "field-sign-out-binding",
                    recognised.sign_out_binding.is_some(),
                ),
                ("field-entity-id", recognised.entity_id.is_some()),
                (
                    "field-certificate",
                    recognised.certificate_text.is_some() || recognised.certificate_file.is_some(),
                ),
                ("field-metadata-url", recognised.metadata_url.is_some()),
                (
                    "field-metadata-xml",
                    recognised.metadata_text.is_some() || recognised.metadata_file.is_some(),
                ),
            ]);
        }
        None => conclusions.error = Some("host-not-allowed".to_owned()),
    }
    conclusions
}

/// Whether an element's own text is the portal's: a label, a heading, a column's name, a tab.
fn is_labelling(element: &Element) -> bool {
    element.is_heading()
        || matches!(
            element.tag.as_str(),
            "label" | "th" | "dt" | "summary" | "option"
        )
        || matches!(
            element.role.as_str(),
            "columnheader" | "rowheader" | "tab" | "option" | "menuitem"
        )
}

/// Whether an element is a control, which the portal names with its own words. (The label of
/// a text may be no more than the text before it, which can be anything the page shows.)
fn is_control(element: &Element) -> bool {
    matches!(element.tag.as_str(), "input" | "textarea" | "select")
        || element.is_radio()
        || element.is_listbox_trigger()
        || matches!(
            element.role.as_str(),
            "textbox" | "combobox" | "checkbox" | "switch"
        )
}

/// Every word list the core reads pages with: text holding one of these is the portal's.
const PORTAL_VOCABULARIES: &[labels::Vocabulary] = &[
    labels::AZURE_SIGN_OUT,
    labels::AZURE_THUMBPRINT,
    labels::AZURE_EXPIRY,
    labels::AZURE_SAML_PAGE,
    labels::AZURE_SP_IDENTIFIER,
    labels::AZURE_SP_REPLY_URL,
    labels::AZURE_SP_RELAY_STATE,
    labels::AZURE_IDP_SECTIONS,
    labels::AZURE_APP_OWNER_SECTIONS,
    labels::AZURE_STATUS_ACTIVE,
    labels::AZURE_STATUS_INACTIVE,
    labels::GOTO_MODE,
    labels::GOTO_MODE_AUTOMATIC,
    labels::GOTO_MODE_METADATA_FILE,
    labels::GOTO_MODE_MANUAL,
    labels::GOTO_SIGN_IN_URL,
    labels::GOTO_SIGN_OUT_URL,
    labels::GOTO_BINDING,
    labels::GOTO_REDIRECT,
    labels::GOTO_ENTITY_ID,
    labels::GOTO_CERTIFICATE,
    labels::GOTO_METADATA_URL,
    labels::GOTO_METADATA_FILE,
];

fn has_portal_words(text: &str) -> bool {
    let lower = crate::text::lowercase(text);
    PORTAL_VOCABULARIES
        .iter()
        .any(|vocabulary| labels::matches(&lower, *vocabulary))
}

/// The snapshot's elements with every value replaced by its shape. Text survives where it is
/// the portal's: the text of labelling elements (labels, headings, column headers, tabs,
/// options), section names, the labels of controls, and text holding a word the core reads
/// pages by (`Expiration`, `Thumbprint`, in every language it knows); anything else the page shows (a name,
/// a note, a value of no known shape) is `<text:N chars>`. Value-shaped tokens inside kept text
/// (URLs, GUIDs, email addresses, thumbprints, Base64) are replaced too.
fn redact_elements(elements: &[Element], aliases: &mut Aliases) -> Vec<Element> {
    // A sorted list (`crate::sorted` says why).
    let mut portal_words: Vec<&str> = Vec::new();
    for element in elements {
        if is_labelling(element) || has_portal_words(&element.value) {
            sorted::insert(&mut portal_words, &element.value);
        }
        if has_portal_words(&element.label) {
            sorted::insert(&mut portal_words, &element.label);
        }
        for section in &element.sections {
            sorted::insert(&mut portal_words, section);
        }
        if is_control(element) {
            sorted::insert(&mut portal_words, &element.label);
            sorted::insert(&mut portal_words, &element.group_label);
        }
    }
    let text = |s: &str, aliases: &mut Aliases| {
        if sorted::contains(&portal_words, &s) {
            redact::words(s, aliases)
        } else {
            redact::value(s, aliases)
        }
    };
    elements
        .iter()
        .map(|element| Element {
            key: element.key,
            tag: element.tag.clone(),
            input_type: element.input_type.clone(),
            name: redact::words(&element.name, aliases),
            id: redact::words(&element.id, aliases),
            placeholder: redact::words(&element.placeholder, aliases),
            accept: redact::words(&element.accept, aliases),
            aria_label: redact::words(&element.aria_label, aliases),
            role: element.role.clone(),
            has_popup: element.has_popup.clone(),
            expanded: element.expanded,
            label: text(&element.label, aliases),
            group_label: text(&element.group_label, aliases),
            value: text(&element.value, aliases),
            options: element
                .options
                .iter()
                .map(|option| SelectOption {
                    value: redact::words(&option.value, aliases),
                    text: redact::words(&option.text, aliases),
                    selected: option.selected,
                })
                .collect(),
            checked: element.checked,
            visible: element.visible,
            editable: element.editable,
            sections: element
                .sections
                .iter()
                .map(|s| redact::words(s, aliases))
                .collect(),
            row: element.row,
            shadow_root: element.shadow_root,
            host: redact::words(&element.host, aliases),
        })
        .collect()
}
