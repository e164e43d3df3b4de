//! Redaction for page reports: every value becomes its shape, the portal's words stay. A report
//! leaves the admin's machine only when the admin shares it, so nothing in it may name the
//! tenant, the app, a person or a certificate; and it must still show a developer which shape
//! of value sat where, so that a replica of the page can be made from it.
//!
//! Identifiers are replaced consistently: the same tenant GUID is `<tenant-1>` wherever it
//! appears (in a sign-in URL, an entity ID, the deep link), so the report still shows that two
//! values named the same tenant, or two different ones.

use crate::hosts;
use crate::shapes;

/// What a GUID stands for, read from where it sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Tenant,
    App,
    Object,
    Thumbprint,
    Other,
}

impl Role {
    fn name(self) -> &'static str {
        match self {
            Role::Tenant => "tenant",
            Role::App => "app",
            Role::Object => "object",
            Role::Thumbprint => "thumbprint",
            Role::Other => "guid",
        }
    }
}

/// The aliases given so far: one per distinct GUID, numbered per role in order of appearance.
// A page shows a handful of ids: a list searched in order is all it takes.
#[derive(Debug, Default)]
pub struct Aliases {
    given: Vec<(String, Role, String)>,
}

impl Aliases {
    fn alias(&mut self, id: &str, role: Role) -> String {
        let key = id.to_ascii_lowercase();
        if let Some((_, _, alias)) = self.given.iter().find(|(given, _, _)| *given == key) {
            return alias.clone();
        }
        let count = 1 + self.given.iter().filter(|(_, r, _)| *r == role).count();
        let alias = format!("<{}-{count}>", role.name());
        self.given.push((key, role, alias.clone()));
        alias
    }
}

/// Path segments and query words of Microsoft's and GoTo's URLs that are the same for every
/// tenant, so they say which endpoint a URL is without saying whose.
const URL_WORDS: &[&str] = &[
    "saml2",
    "saml",
    "acs",
    "sp",
    "common",
    "wsfederation",
    "wa",
    "wsignout1.0",
    "federationmetadata",
    "2007-06",
    "federationmetadata.xml",
    "view",
    "microsoft_aad_iam",
    "managedappmenublade",
    "~",
    "signon",
    "objectid",
    "appid",
    "preferredsinglesignonmode",
    "serviceprincipaltype",
    "application",
    "fromnav",
    "identity-provider",
    "organization",
    "administration",
    "",
];

/// A URL with a trusted host kept and everything tenant-specific replaced; any other host's
/// URL is only a `<url>`.
fn url(text: &str, aliases: &mut Aliases) -> String {
    let Some((scheme, rest)) = text.split_once("://") else {
        return "<url>".to_owned();
    };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let known = hosts::LOGIN_HOSTS
        .iter()
        .chain(hosts::STS_HOSTS)
        .chain(hosts::AZURE_PORTAL_HOSTS)
        .chain(hosts::GOTO_HOSTS)
        .chain(["authentication.logmeininc.com"].iter())
        .any(|known| known.eq_ignore_ascii_case(host))
        || host.ends_with(hosts::AZURE_BLADE_DOMAIN);
    if !known || !matches!(scheme, "https" | "http") {
        return "<url>".to_owned();
    }
    let tenant_first = hosts::LOGIN_HOSTS
        .iter()
        .chain(hosts::STS_HOSTS)
        .any(|known| known.eq_ignore_ascii_case(host));
    let mut out = format!("{scheme}://{}", host.to_ascii_lowercase());
    let mut previous = "";
    // Path, query and fragment pieces in order, each with the separator before it.
    let mut start = 0;
    let mut pieces: Vec<(char, &str)> = Vec::new();
    let mut separator = '/';
    for (index, c) in path.char_indices() {
        if matches!(c, '/' | '?' | '&' | '#' | '=') {
            pieces.push((separator, &path[start..index]));
            separator = c;
            start = index + c.len_utf8();
        }
    }
    pieces.push((separator, &path[start..]));
    for (position, (separator, piece)) in pieces.into_iter().enumerate() {
        out.push(separator);
        let lower = piece.to_ascii_lowercase();
        let role = match previous {
            "appid" => Role::App,
            "objectid" => Role::Object,
            _ if position == 0 && tenant_first => Role::Tenant,
            _ => Role::Other,
        };
        if shapes::is_guid(piece) {
            out.push_str(&aliases.alias(piece, role));
        } else if URL_WORDS.contains(&lower.as_str()) {
            out.push_str(piece);
        } else {
            out.push_str(&format!("<segment:{}>", piece.chars().count()));
        }
        previous = match lower.as_str() {
            "appid" => "appid",
            "objectid" => "objectid",
            _ => "",
        };
    }
    out
}

fn is_hex(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_hexdigit())
}

/// Base64 text of some length with both letters and digits: a certificate, a key, a token.
fn is_base64_run(text: &str) -> bool {
    text.len() >= 24
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '='))
        && text.chars().any(|c| c.is_ascii_digit())
        && text.chars().any(|c| c.is_ascii_alphabetic())
}

fn is_email(text: &str) -> bool {
    text.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
    })
}

/// The shape of one white-space-separated token, or `None` when it is a plain word.
fn token_shape(token: &str, aliases: &mut Aliases) -> Option<String> {
    let trimmed = token.trim_matches(|c: char| {
        matches!(
            c,
            '(' | ')' | ',' | ';' | '"' | '\'' | '<' | '>' | '[' | ']'
        )
    });
    if trimmed.is_empty() {
        return None;
    }
    let shape = if trimmed.contains("://") {
        url(trimmed, aliases)
    } else if shapes::is_guid(trimmed) {
        aliases.alias(trimmed, Role::Other)
    } else if is_email(trimmed) {
        "<email>".to_owned()
    } else if let Some(thumbprint) = shapes::thumbprint(trimmed) {
        aliases.alias(&thumbprint, Role::Thumbprint)
    } else if trimmed.len() == 64 && is_hex(trimmed) {
        "<sha256:64hex>".to_owned()
    } else if trimmed.len() >= 16 && is_hex(&trimmed.replace(':', "")) {
        format!("<hex:{}>", trimmed.len())
    } else if is_base64_run(trimmed) {
        format!("<base64:{} chars>", trimmed.len())
    } else {
        return ids_within(token, aliases);
    };
    Some(token.replacen(trimmed, &shape, 1))
}

/// Dates, times and one- or two-digit numbers (`5/7/2027,` `16:44:56` `3`): the portal's
/// formats, which say how it writes an expiry, and name no one. A phone number's groups are
/// longer, or more.
fn is_date_or_number(token: &str) -> bool {
    let token = token.trim_end_matches(',');
    let parts: Vec<&str> = token.split(['/', '.', '-', ':']).collect();
    let digits: usize = parts.iter().map(|p| p.len()).sum();
    let all_digits = parts
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()));
    all_digits && ((2..=3).contains(&parts.len()) && digits <= 8 || parts.len() == 1 && digits <= 2)
}

/// A token a value keeps as it is: a date, a time, a small number, or a meridiem.
fn kept_in_values(token: &str) -> bool {
    is_date_or_number(token) || matches!(token, "AM" | "PM" | "am" | "pm")
}

/// A word with a GUID or a long hex run inside it (`user-<guid>`, `thumbprint=<hex>`): those
/// parts replaced, the rest kept; `None` when it has neither.
fn ids_within(token: &str, aliases: &mut Aliases) -> Option<String> {
    let mut out = String::with_capacity(token.len());
    let mut changed = false;
    let mut rest = token;
    while !rest.is_empty() {
        let start = rest
            .find(|c: char| c.is_ascii_hexdigit())
            .unwrap_or(rest.len());
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let run = rest
            .find(|c: char| !(c.is_ascii_hexdigit() || c == '-'))
            .unwrap_or(rest.len());
        let (candidate, after) = rest.split_at(run);
        // A GUID may sit inside a longer run of hex and dashes (`user-<guid>` starts one).
        let guid_at = (0..candidate.len().saturating_sub(35))
            .filter(|i| candidate.is_char_boundary(*i) && candidate.is_char_boundary(i + 36))
            .find(|i| shapes::is_guid(&candidate[*i..i + 36]));
        if let Some(at) = guid_at {
            out.push_str(&candidate[..at]);
            out.push_str(&aliases.alias(&candidate[at..at + 36], Role::Other));
            out.push_str(&candidate[at + 36..]);
            changed = true;
        } else if candidate.chars().filter(char::is_ascii_hexdigit).count() >= 16 {
            out.push_str(&format!("<hex:{}>", candidate.len()));
            changed = true;
        } else {
            out.push_str(candidate);
        }
        rest = after;
    }
    changed.then_some(out)
}

/// Text the portal wrote (a label, a heading, a section's name): its words stay, whatever in it
/// has the shape of a value (a URL, a GUID, an email address, a thumbprint, Base64) does not.
pub fn words(text: &str, aliases: &mut Aliases) -> String {
    if text.contains("-----BEGIN") {
        return format!("<certificate:{} chars>", text.chars().count());
    }
    text.split(' ')
        .map(|token| token_shape(token, aliases).unwrap_or_else(|| token.to_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A value (what a field holds, the text of an element no one reads as a label): its shape
/// alone. Values of a known shape keep it with their identifiers aliased; any other text becomes
/// `<text:N chars>`, digits and separators kept out.
pub fn value(text: &str, aliases: &mut Aliases) -> String {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return String::new();
    }
    if trimmed.contains("-----BEGIN") {
        return format!("<certificate:{} chars>", trimmed.chars().count());
    }
    let mut out: Vec<String> = Vec::new();
    let mut plain = 0usize;
    let flush = |plain: &mut usize, out: &mut Vec<String>| {
        if *plain > 0 {
            out.push(format!("<text:{plain} chars>"));
            *plain = 0;
        }
    };
    for token in trimmed.split_whitespace() {
        match token_shape(token, aliases) {
            Some(shape) => {
                flush(&mut plain, &mut out);
                out.push(shape);
            }
            None if kept_in_values(token) => {
                flush(&mut plain, &mut out);
                out.push(token.to_owned());
            }
            None => plain += token.chars().count() + usize::from(plain > 0),
        }
    }
    flush(&mut plain, &mut out);
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TENANT: &str = "81c1df79-e153-4f9d-a101-8dcf04af6c2c";
    const APP: &str = "2f6c1a3e-8d4b-4b7e-9a51-6c0d3e7b9f21";

    #[test]
    fn microsoft_urls_keep_their_endpoint_and_alias_the_tenant_and_app() {
        let mut aliases = Aliases::default();
        assert_eq!(
            value(
                &format!("https://login.microsoftonline.com/{TENANT}/saml2"),
                &mut aliases
            ),
            "https://login.microsoftonline.com/<tenant-1>/saml2"
        );
        assert_eq!(
            value(&format!("https://sts.windows.net/{TENANT}/"), &mut aliases),
            "https://sts.windows.net/<tenant-1>/"
        );
        assert_eq!(
            value(
                &format!(
                    "https://login.microsoftonline.com/{TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid={APP}"
                ),
                &mut aliases
            ),
            "https://login.microsoftonline.com/<tenant-1>/federationmetadata/2007-06/federationmetadata.xml?appid=<app-1>"
        );
        let other = "70186da4-868e-4177-9155-949d9fd1af15";
        assert_eq!(
            value(&format!("https://sts.windows.net/{other}/"), &mut aliases),
            "https://sts.windows.net/<tenant-2>/"
        );
    }

    #[test]
    fn other_hosts_people_and_certificates_leave_only_a_shape() {
        let mut aliases = Aliases::default();
        assert_eq!(
            value("https://idp.example.org/sso/saml", &mut aliases),
            "<url>"
        );
        assert_eq!(value("jane.doe@contoso.example", &mut aliases), "<email>");
        assert_eq!(
            value("815D70419E644F95BE30F309616EBDA58C5B591B", &mut aliases),
            "<thumbprint-1>"
        );
        assert_eq!(
            value("5/7/2027, 4:44:56 PM", &mut aliases),
            "5/7/2027, 4:44:56 PM"
        );
        assert_eq!(value("+1 425 555 0100", &mut aliases), "<text:15 chars>");
        assert_eq!(value("Jane Doe", &mut aliases), "<text:8 chars>");
        assert_eq!(
            value(
                "-----BEGIN CERTIFICATE-----\nMIIC8DCC\n-----END CERTIFICATE-----",
                &mut aliases
            ),
            "<certificate:62 chars>"
        );
        assert_eq!(
            value("MIIC8DCCAdigAwIBAgIQeFy4eMc2lKxIL0t", &mut aliases),
            "<base64:35 chars>"
        );
    }

    #[test]
    fn portal_words_stay_and_values_inside_them_do_not() {
        let mut aliases = Aliases::default();
        assert_eq!(
            words("Set up GoToMeeting", &mut aliases),
            "Set up GoToMeeting"
        );
        assert_eq!(
            words("Notification Email jane.doe@contoso.example", &mut aliases),
            "Notification Email <email>"
        );
        assert_eq!(
            words(&format!("Tenant ({TENANT})"), &mut aliases),
            "Tenant (<guid-1>)"
        );
    }
}
