//! What a page is and what ssobridge offers on it: which in-page buttons to draw, and on GoTo's
//! form the drift check.

use crate::azure;
use crate::goto;
use crate::hosts::{self, Site};
use crate::settings::Settings;
use crate::snapshot::PageSnapshot;
use crate::time::UnixSeconds;
#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;
use serde::Serialize;

/// An in-page button (its `data-ssobridge` value).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Button {
    /// "Send to GoTo" on Azure's SAML page.
    Capture,
    /// "Fill GoTo values" on Azure's Basic SAML Configuration pane.
    FillSp,
    /// "Fill from Azure AD" on GoTo's Identity provider tab.
    Fill,
}

impl Button {
    /// The button's label in the message table.
    pub fn key(self) -> &'static str {
        match self {
            Button::Capture => "button-capture",
            Button::FillSp => "button-fill-sp",
            Button::Fill => "button-fill",
        }
    }
}

/// The view of one frame.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PageView {
    /// Which side, if any.
    pub site: Option<Site>,
    /// The buttons to draw; none on pages ssobridge does not act on.
    pub buttons: Vec<Button>,
    /// The drift check, on GoTo's form when it holds a configuration and something is captured.
    pub drift: Option<goto::drift::Drift>,
    /// The snapshot keys of the elements the buttons and the drift check stand on: while they and the part of the page around them keep their shape, the view stays the
    /// same, whatever else there changes (SPEC 3: a page may change at any rate for its whole
    /// life, and a snapshot is taken only when something the core reads has changed).
    pub witnesses: Vec<u32>,
}

/// Classifies a snapshot. Once ssobridge has written into the page, the form no longer shows
/// what GoTo has saved, so there is no drift check to make.
pub fn view(
    snapshot: &PageSnapshot,
    settings: Option<&Settings>,
    filled_here: bool,
    now: UnixSeconds,
) -> PageView {
    let site = hosts::site_of(&snapshot.url);
    let mut buttons = Vec::new();
    let mut drift = None;
    let mut witnesses = Vec::new();
    match site {
        Some(Site::Azure) => {
            if azure::read::is_saml_page(snapshot) {
                buttons.push(Button::Capture);
                witnesses.extend(azure::read::saml_page_witnesses(snapshot));
            }
            let pane = azure::sp::recognise(snapshot);
            if pane.is_present() {
                buttons.push(Button::FillSp);
                witnesses.extend(pane.keys());
            }
        }
        Some(Site::Goto) => {
            let form = goto::form::recognise(snapshot);
            if form.is_present() {
                buttons.push(Button::Fill);
                witnesses.extend(form.keys());
                if !filled_here {
                    drift = settings.and_then(|s| goto::drift::check(&form, s, now));
                }
            }
        }
        None => {}
    }
    // Without repeats: a few dozen keys at most, so no set (nor sort) in the wasm module.
    let mut unique = Vec::with_capacity(witnesses.len());
    for key in witnesses {
        if !unique.contains(&key) {
            unique.push(key);
        }
    }
    PageView {
        site,
        buttons,
        drift,
        witnesses: unique,
    }
}

/// What a content script watches for before it sends a snapshot (SPEC 3; the portal is heavy
/// and open all day): the words and value fragments only the pages ssobridge acts on show. It
/// ships as data in the content script of each side (`extension/probe/`, written by
/// `cargo run -p ssobridge --example probes`), so a page that shows none of them costs no
/// message to the worker, and the decision of what matters stays here.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Probe {
    /// A case-insensitive regular expression source matching any of the markers.
    pub pattern: String,
    /// Snapshot only around the markers.
    pub focus: bool,
    /// The markers that count in a page's text, and where a focused snapshot centres: a
    /// case-insensitive regular expression source matching those that name the page's subject
    /// (its headings and labels), not the sign-in host names, which a portal's activity logs and
    /// sign-in grids repeat anywhere. Those count only in the values of `fields` (where a
    /// language ssobridge has no words for still shows them), and in a focused snapshot, which
    /// centres on these and on the fields' matches, only inside the part they mark. Centred on every marker, a snapshot of a portal showing a sign-in
    /// log spans the whole portal, and each change of the log is one it covers.
    pub anchors: String,
    /// The form fields whose values can show a marker, as CSS selectors each queried on its own
    /// (none where only text can): those whose value the page shows and the core reads, which
    /// is never what someone can type (SPEC 4.2). Reading every field's value would cost a heavy
    /// page a wrapper per field, search boxes and grid checkboxes included; one selector per
    /// tag lets the browser look only at elements of that tag.
    pub fields: Vec<String>,
    /// A case-insensitive regular expression source that a page's text must match before the
    /// first look reads `fields` (empty: always read them). The SAML page names SAML in every
    /// language the portal speaks (its sections' headings), and reading every field of a heavy
    /// portal page is most of what each load of a page that never mentions it would cost.
    /// Fields that come later are read as they come.
    pub fields_after: String,
    /// The attributes whose arrival makes a field one of `fields` (a form that locks its fields
    /// once loaded): watched until the page matters.
    pub locks: Vec<String>,
    /// Look for the markers inside shadow roots too, from the first look on: every element of
    /// the page is visited to find them, which a small admin page affords and a heavy portal,
    /// open all day, does not. Where false, roots are entered once the light DOM shows a marker.
    pub deep: bool,
    /// How much of a page the collector reads.
    pub limits: Limits,
}

/// The collector's cut-offs (`extension/snapshot.js`): how much of a page a snapshot reads.
/// They decide what the core sees, so they are the core's; the collector keeps these numbers as
/// a fallback only for tests that run it without a probe (a native test keeps them equal).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Limits {
    /// Elements in one snapshot: a portal blade holds a few hundred candidates; a page with more
    /// is cut rather than copied whole once a second.
    pub elements: u32,
    /// Characters of an element's text or value: more than any URL, thumbprint or label.
    pub text: u32,
    /// Elements a preceding sibling may hold and still be read as a label: a label is a few
    /// nodes, a sibling section is not.
    pub label_elements: u32,
    /// Elements of a subtree without a marker that a focused snapshot skips whole (a portal's
    /// grids and menus beside the SAML blade).
    pub unmatched_subtree: u32,
    /// Characters of a label: longer text is a paragraph, not a field's name.
    pub label_chars: u32,
    /// Characters of a region's name (its heading or ARIA label).
    pub region_name_chars: u32,
}

/// The cut-offs every side's collector uses.
pub const LIMITS: Limits = Limits {
    elements: 4000,
    text: 2000,
    label_elements: 100,
    unmatched_subtree: 200,
    label_chars: 300,
    region_name_chars: 120,
};

/// The value fragments among a side's markers: host names and paths, which a portal shows in its
/// logs and grids as well as on the pages ssobridge acts on.
const AZURE_VALUE_MARKERS: &[&[&str]] = &[
    hosts::LOGIN_HOSTS,
    hosts::STS_HOSTS,
    &["federationmetadata"],
];

/// The words and value fragments only the pages ssobridge acts on on `site` show, lower case.
pub fn markers(site: Site) -> Vec<String> {
    let mut markers = anchor_markers(site);
    if site == Site::Azure {
        markers.extend(
            AZURE_VALUE_MARKERS
                .iter()
                .flat_map(|terms| terms.iter())
                .map(|term| crate::text::lowercase(term)),
        );
    }
    with_typographic_apostrophes(markers)
}

/// The markers that name a page's subject (its headings and labels), lower case: the markers
/// without the value fragments.
pub fn anchor_markers(site: Site) -> Vec<String> {
    use crate::labels;
    let vocabularies: &[labels::Vocabulary] = match site {
        Site::Azure => &[
            labels::AZURE_SAML_PAGE,
            labels::AZURE_IDP_SECTIONS,
            labels::AZURE_SP_REPLY_URL,
            labels::AZURE_SP_RELAY_STATE,
        ],
        Site::Goto => &[
            labels::GOTO_MODE,
            labels::GOTO_SIGN_IN_URL,
            labels::GOTO_METADATA_URL,
            labels::GOTO_METADATA_FILE,
            labels::GOTO_ENTITY_ID,
        ],
    };
    with_typographic_apostrophes(lowered(vocabularies))
}

fn lowered(vocabularies: &[crate::labels::Vocabulary]) -> Vec<String> {
    vocabularies
        .iter()
        .flat_map(|v| v.terms())
        .map(crate::text::lowercase)
        .collect()
}

fn with_typographic_apostrophes(mut markers: Vec<String>) -> Vec<String> {
    use crate::labels;
    // The page may print a typographic apostrophe where a term has a plain one.
    let typographic: Vec<String> = markers
        .iter()
        .filter(|m| m.contains('\''))
        .flat_map(|m| {
            labels::TYPOGRAPHIC_APOSTROPHES
                .map(|apostrophe| m.replace('\'', &apostrophe.to_string()))
        })
        .collect();
    markers.extend(typographic);
    // Sorted and without repeats, inserted one by one (`crate::sorted` says why).
    let mut unique = Vec::new();
    for marker in markers {
        crate::sorted::insert(&mut unique, marker);
    }
    unique
}

/// The probe for a side.
pub fn probe(site: Site) -> Probe {
    Probe {
        pattern: alternatives(&markers(site)),
        // GoTo's pages are small, and its dropdowns render their options elsewhere in the page.
        focus: site == Site::Azure,
        anchors: alternatives(&anchor_markers(site)),
        // GoTo's markers are its form's labels, which are text.
        fields: match site {
            Site::Azure => {
                let not_editable = LOCKS
                    .iter()
                    .map(|lock| lock_selector(lock))
                    .collect::<Vec<_>>()
                    .join(", ");
                vec![
                    format!(
                        "input:not([type=hidden], [type=password]):is({not_editable}, {BUTTONS})"
                    ),
                    format!("textarea:is({not_editable})"),
                ]
            }
            Site::Goto => Vec::new(),
        },
        fields_after: match site {
            Site::Azure => "saml".to_owned(),
            Site::Goto => String::new(),
        },
        locks: match site {
            Site::Azure => LOCKS.iter().map(|lock| (*lock).to_owned()).collect(),
            Site::Goto => Vec::new(),
        },
        // GoTo's admin pages are a few hundred elements and its design system is web
        // components; the Azure portal is thousands, and its sections' headings are text.
        deep: site == Site::Goto,
        limits: LIMITS,
    }
}

/// The attributes that make a field one no one can type into (the snapshot's `editable` is
/// false; `extension/snapshot.js`), as every portal era's copy fields are.
const LOCKS: [&str; 4] = ["readonly", "disabled", "aria-readonly", "aria-disabled"];

/// A field carrying `lock`: present for the HTML attributes, `true` for the ARIA ones.
fn lock_selector(lock: &str) -> String {
    if lock.starts_with("aria-") {
        format!("[{lock}=true]")
    } else {
        format!("[{lock}]")
    }
}

/// Inputs that show their value as a button's label, which the core reads as any other value.
const BUTTONS: &str = "[type=button], [type=submit], [type=reset]";

/// A regular expression source matching any of `markers` literally.
fn alternatives(markers: &[String]) -> String {
    markers
        .iter()
        .map(|marker| regex_literal(marker))
        .collect::<Vec<_>>()
        .join("|")
}

/// A marker as a literal in a JavaScript regular expression.
fn regex_literal(marker: &str) -> String {
    let mut literal = String::with_capacity(marker.len());
    for c in marker.chars() {
        if "\\^$.*+?()[]{}|/".contains(c) {
            literal.push('\\');
        }
        literal.push(c);
    }
    literal
}

/// The content script that hands a side's probe to `content.js` (`extension/probe/<site>.js`).
pub fn probe_script(site: Site) -> String {
    let probe = serde_json::to_string_pretty(&probe(site)).unwrap_or_default();
    format!(
        "// Generated from the Rust core (crate/src/page.rs) by `cargo run -p ssobridge --example probes`;\n\
         // a native test fails when it differs. What content.js watches for on this side's pages.\n\
         globalThis.ssobridgeProbe = {probe};\n"
    )
}
