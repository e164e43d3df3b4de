//! Reading the SAML single sign-on page of any portal era (2016 classic dialog, 2017-2018 Quick
//! Reference, 2019-2023 "Set up single sign-on with SAML", today's Entra admin center) in any
//! language: values are found by their shape first and told apart by their labels second.
//!
//! Only the sections where the portal shows the identity provider's own settings count (SPEC
//! 4.2): an app owner can type any URL into Basic SAML Configuration, a claim or a note, and a
//! value read from there would send GoTo to another tenant. Every value read must name one
//! tenant and one app; a page that shows two is refused, naming them.

use crate::labels;
use crate::settings::PageValues;
use crate::shapes;
use crate::snapshot::{Element, PageSnapshot};
use crate::text::lowercase;
use crate::{Error, Result};

/// Whose words an element is, by the section it sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Region {
    /// The identity provider's own settings, shown by the portal.
    Idp,
    /// Text an app owner types.
    AppOwner,
    /// A section ssobridge does not know (or none).
    Other,
}

/// The region a section name (lower-case) denotes, if it denotes one. `loose` names (short texts
/// that are not headings) only count for the distinctive section names, not "Set up <app>".
fn region_named(name: &str, loose: bool) -> Option<Region> {
    if labels::matches(name, labels::AZURE_APP_OWNER_SECTIONS) {
        return Some(Region::AppOwner);
    }
    let sets_up_app = !loose
        && !name.contains("saml")
        && !name.contains("single sign-on")
        && (labels::AZURE_SET_UP_APP_PREFIXES
            .terms()
            .any(|p| name.starts_with(p))
            || labels::AZURE_SET_UP_APP_SUFFIXES
                .terms()
                .any(|s| name.ends_with(s)));
    if sets_up_app || labels::matches(name, labels::AZURE_IDP_SECTIONS) {
        return Some(Region::Idp);
    }
    None
}

/// Each element's region: the innermost named region around it that ssobridge knows, else the
/// last heading before it in document order (pages whose sections are only headings).
fn regions(snapshot: &PageSnapshot) -> Vec<Region> {
    let mut current = Region::Other;
    snapshot
        .elements
        .iter()
        .map(|element| {
            let text = lowercase(element.value.trim());
            // Headings drawn as plain text: short, and not a control.
            let loose = !element.is_heading();
            let heading_like =
                !loose || (!element.is_text_input() && !element.is_textarea() && text.len() <= 48);
            if element.visible && heading_like {
                match region_named(&text, loose) {
                    Some(region) => current = region,
                    // An unknown heading starts an unknown section.
                    None if element.is_heading() => current = Region::Other,
                    None => {}
                }
            }
            element
                .sections
                .iter()
                .find_map(|name| region_named(&lowercase(name), false))
                .unwrap_or(current)
        })
        .collect()
}

/// A certificate row's status word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowStatus {
    Active,
    Inactive,
}

fn row_status(element: &Element) -> Option<RowStatus> {
    let text = lowercase(element.value.trim());
    if labels::is_one_of(&text, labels::AZURE_STATUS_INACTIVE) {
        Some(RowStatus::Inactive)
    } else if labels::is_one_of(&text, labels::AZURE_STATUS_ACTIVE) {
        Some(RowStatus::Active)
    } else {
        None
    }
}

/// A thumbprint seen on the page, with what tells whether it is the active one.
struct ShownThumbprint {
    value: String,
    labelled: bool,
    status: Option<RowStatus>,
    index: usize,
}

/// Reads what the page shows. Read-only inputs (2019+), plain text (2017-2018) and classic
/// dialog fields (2016) all arrive as elements with a value.
pub fn read(snapshot: &PageSnapshot) -> Result<PageValues> {
    let regions = regions(snapshot);
    let readable = |(element, region): &(&Element, Region)| {
        element.visible && !element.is_typed_text() && *region != Region::AppOwner
    };
    let mut candidates: Vec<(usize, &Element, Region)> = snapshot
        .elements
        .iter()
        .zip(regions.iter().copied())
        .enumerate()
        .filter(|(_, pair)| readable(pair))
        .map(|(index, (element, region))| (index, element, region))
        .collect();
    // Where the page has identity provider sections, nothing outside them counts.
    let idp_shows_values = candidates
        .iter()
        .any(|(_, element, region)| *region == Region::Idp && shows_a_value(element));
    if idp_shows_values {
        candidates.retain(|(_, _, region)| *region == Region::Idp);
    }

    let mut values = PageValues {
        page_url: snapshot.url.clone(),
        ..PageValues::default()
    };
    let mut entity_ids: Vec<String> = Vec::new();
    let mut metadata_urls: Vec<String> = Vec::new();
    let mut login_urls: Vec<(String, bool)> = Vec::new();
    let mut thumbprints: Vec<ShownThumbprint> = Vec::new();
    let mut expiries: Vec<(usize, String)> = Vec::new();
    for (index, element, _) in &candidates {
        let label = format!(
            "{} {}",
            element.label_text(),
            lowercase(&element.group_label)
        );
        let own_text = lowercase(&element.value);
        for token in element.value.split_whitespace().map(trim_token) {
            // "Logout URL: https://…" in one element names itself; a bare value is named by the
            // label before it.
            let own_label = own_text.replace(&lowercase(token), " ");
            let name = if own_label.chars().any(char::is_alphabetic) {
                &own_label
            } else {
                &label
            };
            if let Ok(entity_id) = shapes::entity_id(token) {
                push_distinct(&mut entity_ids, entity_id);
            } else if let Ok(url) = shapes::metadata_url(token) {
                push_distinct(&mut metadata_urls, url);
            } else if let Ok(url) = shapes::login_url(token) {
                let is_sign_out =
                    url.contains("wsignout") || labels::matches(name, labels::AZURE_SIGN_OUT);
                login_urls.push((url, is_sign_out));
            } else if let Some(thumbprint) = shapes::thumbprint(token) {
                thumbprints.push(ShownThumbprint {
                    value: thumbprint,
                    labelled: labels::matches(name, labels::AZURE_THUMBPRINT),
                    status: None,
                    index: *index,
                });
            }
        }
        if is_expiry(element, &label) {
            expiries.push((*index, element.value.trim().to_owned()));
        }
    }
    for thumbprint in &mut thumbprints {
        thumbprint.status = status_near(snapshot, &candidates, thumbprint.index);
    }

    // One app, one tenant (SPEC 4.2).
    let mut tenants: Vec<String> = Vec::new();
    for value in entity_ids
        .iter()
        .chain(&metadata_urls)
        .chain(login_urls.iter().map(|(url, _)| url))
    {
        if let Some(tenant) = shapes::tenant_of(value) {
            push_distinct(&mut tenants, tenant);
        }
    }
    if let [first, second, ..] = tenants.as_slice() {
        return Err(Error::TwoTenants {
            first: first.clone(),
            second: second.clone(),
        });
    }
    if let [first, second, ..] = metadata_urls.as_slice() {
        return Err(Error::TwoMetadataUrls {
            first: first.clone(),
            second: second.clone(),
        });
    }
    values.entity_id = entity_ids.into_iter().next();
    values.metadata_url = metadata_urls.into_iter().next();
    values.app_id = app_id_of(&snapshot.url);
    if let (Some(page_app), Some(url_app)) = (
        values.app_id.as_deref(),
        values.metadata_url.as_deref().and_then(app_id_in_query),
    ) && page_app != url_app
    {
        return Err(Error::AppMismatch {
            page_app: page_app.to_owned(),
            url_app,
        });
    }
    if values.app_id.is_none() {
        values.app_id = values.metadata_url.as_deref().and_then(app_id_in_query);
    }

    let active = active_thumbprint(&thumbprints);
    values.thumbprint_sha1 = active.map(|t| t.value.clone());
    values.expiry_text = active
        .and_then(|t| expiry_of_row(snapshot, &expiries, t.index))
        .or_else(|| expiries.first().map(|(_, text)| text.clone()));

    values.sign_in_url = login_urls
        .iter()
        .find(|(_, out)| !out)
        .map(|(url, _)| url.clone());
    values.sign_out_url = login_urls
        .iter()
        .find(|(_, out)| *out)
        .map(|(url, _)| url.clone());
    // Since 2019 both URLs are the same; unlabelled, the second one listed is the sign-out URL.
    if values.sign_out_url.is_none() && login_urls.len() >= 2 {
        values.sign_out_url = login_urls.get(1).map(|(url, _)| url.clone());
    }
    values.tenant_id = tenants.into_iter().next();
    if values.metadata_url.is_none()
        && let (Some(tenant), Some(app)) = (&values.tenant_id, &values.app_id)
    {
        let host = values
            .sign_in_url
            .as_deref()
            .and_then(shapes::login_host_of)
            .unwrap_or("login.microsoftonline.com");
        values.metadata_url = shapes::build_metadata_url(host, tenant, app).ok();
        values.metadata_url_built = values.metadata_url.is_some();
    }
    Ok(values)
}

/// True when the element holds one of the values the capture reads.
fn shows_a_value(element: &Element) -> bool {
    element
        .value
        .split_whitespace()
        .map(trim_token)
        .any(|token| {
            shapes::entity_id(token).is_ok()
                || shapes::metadata_url(token).is_ok()
                || shapes::login_url(token).is_ok()
                || shapes::thumbprint(token).is_some()
        })
}

fn push_distinct(list: &mut Vec<String>, value: String) {
    if !list.iter().any(|v| v.eq_ignore_ascii_case(&value)) {
        list.push(value);
    }
}

/// The status word that belongs to the thumbprint at `index`: the one in its table row, else
/// the nearest one in document order with no other thumbprint between them (cards that list
/// Status and Thumbprint as label-value pairs).
fn status_near(
    snapshot: &PageSnapshot,
    candidates: &[(usize, &Element, Region)],
    index: usize,
) -> Option<RowStatus> {
    let row = snapshot.elements.get(index).map_or(0, |e| e.row);
    if row != 0 {
        return candidates
            .iter()
            .filter(|(_, element, _)| element.row == row)
            .find_map(|(_, element, _)| row_status(element));
    }
    let position = candidates.iter().position(|(i, _, _)| *i == index)?;
    let is_thumbprint = |element: &Element| {
        element
            .value
            .split_whitespace()
            .any(|token| shapes::thumbprint(trim_token(token)).is_some())
    };
    let before = candidates[..position]
        .iter()
        .rev()
        .take_while(|(_, element, _)| !is_thumbprint(element))
        .enumerate()
        .find_map(|(distance, (_, element, _))| row_status(element).map(|s| (distance, s)));
    let after = candidates[position + 1..]
        .iter()
        .take_while(|(_, element, _)| !is_thumbprint(element))
        .enumerate()
        .find_map(|(distance, (_, element, _))| row_status(element).map(|s| (distance, s)));
    match (before, after) {
        (Some((near, status)), Some((far, other))) => {
            Some(if near <= far { status } else { other })
        }
        (Some((_, status)), None) | (None, Some((_, status))) => Some(status),
        (None, None) => None,
    }
}

/// The active certificate's thumbprint (SPEC 4.2): the row marked Active; without status words,
/// the one labelled Thumbprint or the only one shown. Inactive rows never count.
fn active_thumbprint(shown: &[ShownThumbprint]) -> Option<&ShownThumbprint> {
    fn distinct(items: Vec<&ShownThumbprint>) -> Option<&ShownThumbprint> {
        let first = items.first().copied()?;
        items
            .iter()
            .all(|t| t.value == first.value)
            .then_some(first)
    }
    let active: Vec<&ShownThumbprint> = shown
        .iter()
        .filter(|t| t.status == Some(RowStatus::Active))
        .collect();
    if !active.is_empty() {
        return distinct(active);
    }
    let eligible: Vec<&ShownThumbprint> = shown
        .iter()
        .filter(|t| t.status != Some(RowStatus::Inactive))
        .collect();
    let labelled: Vec<&ShownThumbprint> = eligible.iter().copied().filter(|t| t.labelled).collect();
    if !labelled.is_empty() {
        return distinct(labelled);
    }
    distinct(eligible)
}

fn expiry_of_row(
    snapshot: &PageSnapshot,
    expiries: &[(usize, String)],
    index: usize,
) -> Option<String> {
    let row = snapshot.elements.get(index).map_or(0, |e| e.row);
    if row == 0 {
        return None;
    }
    expiries
        .iter()
        .find(|(i, _)| snapshot.elements.get(*i).is_some_and(|e| e.row == row))
        .map(|(_, text)| text.clone())
}

fn trim_token(token: &str) -> &str {
    token.trim_matches(|c: char| {
        matches!(
            c,
            '"' | '\'' | ',' | ';' | '(' | ')' | '<' | '>' | '«' | '»' | '“' | '”'
        )
    })
}

fn is_expiry(element: &Element, label: &str) -> bool {
    labels::matches(label, labels::AZURE_EXPIRY)
        && element.value.chars().any(|c| c.is_ascii_digit())
        && !element.value.contains("://")
        && element.value.len() < 64
}

/// The app id in the portal's deep link: `…/appId/<guid>/…`.
pub fn app_id_of(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    let start = lower.find("/appid/")? + "/appid/".len();
    let candidate = lower.get(start..start + 36)?;
    shapes::is_guid(candidate).then(|| candidate.to_owned())
}

fn app_id_in_query(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    let start = lower.find("appid=")? + "appid=".len();
    let candidate = lower.get(start..start + 36)?;
    shapes::is_guid(candidate).then(|| candidate.to_owned())
}

/// True when the snapshot is the SAML single sign-on page: it shows an Azure-shaped value (or
/// values that conflict, which the capture then reports), or its headings name the SAML
/// sections (the values may not have rendered yet).
pub fn is_saml_page(snapshot: &PageSnapshot) -> bool {
    read(snapshot).map_or(true, |values| !values.is_empty())
        || snapshot.elements.iter().any(names_the_saml_page)
}

/// The elements that make the page the SAML page (is_saml_page()): those showing a value the
/// capture reads, and those naming the page. Nothing else of the page can turn it into another
/// one, so a change elsewhere in it (a clock, a spinner) needs no new look.
pub fn saml_page_witnesses(snapshot: &PageSnapshot) -> impl Iterator<Item = u32> + '_ {
    snapshot
        .elements
        .iter()
        .filter(|e| (e.visible && shows_a_value(e)) || names_the_saml_page(e))
        .map(|e| e.key)
}

fn names_the_saml_page(element: &Element) -> bool {
    element.visible
        && element.value.len() < 200
        && labels::matches(&lowercase(&element.value), labels::AZURE_SAML_PAGE)
}
