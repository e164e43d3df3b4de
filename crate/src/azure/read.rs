//! Reading the SAML single sign-on page of any portal era (2016 classic dialog, 2017-2018 Quick
//! Reference, 2019-2023 "Set up single sign-on with SAML", today's Entra admin center) in any
//! language: values are found by their shape first and told apart by their labels second.

use crate::labels;
use crate::settings::PageValues;
use crate::shapes;
use crate::snapshot::{Element, PageSnapshot};

/// Reads what the page shows. Read-only inputs (2019+), plain text (2017-2018) and classic
/// dialog fields (2016) all arrive as elements with a value.
pub fn read(snapshot: &PageSnapshot) -> PageValues {
    let mut values = PageValues {
        page_url: snapshot.url.clone(),
        ..PageValues::default()
    };
    let mut login_urls: Vec<(String, bool)> = Vec::new();
    let mut unlabelled_thumbprints = Vec::new();
    for element in snapshot.elements.iter().filter(|e| e.visible) {
        let label = format!(
            "{} {}",
            element.label_text(),
            element.group_label.to_lowercase()
        );
        let own_text = element.value.to_lowercase();
        for token in element.value.split_whitespace().map(trim_token) {
            // "Logout URL: https://…" in one element names itself; a bare value is named by the
            // label before it.
            let own_label = own_text.replace(&token.to_lowercase(), " ");
            let name = if own_label.chars().any(char::is_alphabetic) {
                &own_label
            } else {
                &label
            };
            if let Ok(entity_id) = shapes::entity_id(token) {
                values.entity_id.get_or_insert(entity_id);
            } else if let Ok(url) = shapes::metadata_url(token) {
                values.metadata_url.get_or_insert(url);
            } else if let Ok(url) = shapes::login_url(token) {
                let is_sign_out =
                    url.contains("wsignout") || labels::matches(name, labels::AZURE_SIGN_OUT);
                login_urls.push((url, is_sign_out));
            } else if let Some(thumbprint) = shapes::thumbprint(token) {
                if labels::matches(name, labels::AZURE_THUMBPRINT) {
                    values.thumbprint_sha1.get_or_insert(thumbprint);
                } else {
                    unlabelled_thumbprints.push(thumbprint);
                }
            }
        }
        if values.expiry_text.is_none() && is_expiry(element, &label) {
            values.expiry_text = Some(element.value.trim().to_owned());
        }
    }
    // A page shows one certificate thumbprint; a lone 40-hex value is it even without a label.
    if values.thumbprint_sha1.is_none() && unlabelled_thumbprints.len() == 1 {
        values.thumbprint_sha1 = unlabelled_thumbprints.pop();
    }
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
    values.app_id = app_id_of(&snapshot.url)
        .or_else(|| values.metadata_url.as_deref().and_then(app_id_in_query));
    values.tenant_id = [&values.entity_id, &values.sign_in_url, &values.metadata_url]
        .into_iter()
        .flatten()
        .find_map(|v| shapes::tenant_of(v));
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
    values
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

/// True when the snapshot is the SAML single sign-on page: it shows an Azure-shaped value, or
/// its headings name the SAML sections (the values may not have rendered yet).
pub fn is_saml_page(snapshot: &PageSnapshot, values: &PageValues) -> bool {
    !values.is_empty()
        || snapshot
            .elements
            .iter()
            .filter(|e| e.visible && e.value.len() < 200)
            .any(|e| labels::matches(&e.value.to_lowercase(), labels::AZURE_SAML_PAGE))
}
