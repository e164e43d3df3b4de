//! The shapes Azure's values have (SPEC section 1.2). A value is accepted only in its shape:
//! this is what stops a wrong or hostile value from being filled anywhere.

use crate::error::{Error, Result};
use crate::hosts;

/// Trims the white space admins paste along with values.
fn clean(value: &str) -> &str {
    value.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}')
}

/// True for `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` in hex.
pub fn is_guid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, len)| group.len() == len && group.chars().all(|c| c.is_ascii_hexdigit()))
}

/// `https://<login host>/` and the rest of the URL, for an exact login host only.
fn split_login_url(url: &str) -> Option<(&'static str, &str)> {
    let rest = url.strip_prefix("https://")?;
    let (host, path) = rest.split_once('/')?;
    let host = hosts::LOGIN_HOSTS.iter().find(|known| **known == host)?;
    Some((host, path))
}

/// A sign-in or sign-out URL: `https://<login host>/<tenant-guid>/saml2`, or the 2016-2017
/// sign-out `https://<login host>/<tenant-guid or common>/wsfederation?wa=wsignout1.0`.
pub fn login_url(value: &str) -> Result<String> {
    let value = clean(value);
    let bad = || Error::BadLoginUrl {
        value: value.to_owned(),
    };
    let (_, path) = split_login_url(value).ok_or_else(bad)?;
    let (tenant, endpoint) = path.split_once('/').ok_or_else(bad)?;
    let ok = match endpoint {
        "saml2" | "saml2/" => is_guid(tenant),
        "wsfederation?wa=wsignout1.0" => is_guid(tenant) || tenant == "common",
        _ => false,
    };
    if ok { Ok(value.to_owned()) } else { Err(bad()) }
}

/// An entity ID: `https://sts.windows.net/<tenant-guid>/` (or the China cloud's STS host).
pub fn entity_id(value: &str) -> Result<String> {
    let value = clean(value);
    let tenant = hosts::STS_HOSTS.iter().find_map(|host| {
        value
            .strip_prefix("https://")?
            .strip_prefix(host)?
            .strip_prefix('/')?
            .strip_suffix('/')
    });
    match tenant {
        Some(tenant) if is_guid(tenant) => Ok(value.to_owned()),
        _ => Err(Error::BadEntityId {
            value: value.to_owned(),
        }),
    }
}

/// An App Federation Metadata Url:
/// `https://<login host>/<tenant-guid>/federationmetadata/2007-06/federationmetadata.xml?appid=<guid>`.
/// The tenant-wide form without `?appid=` is accepted too (older tutorials used it).
pub fn metadata_url(value: &str) -> Result<String> {
    let value = clean(value);
    let bad = || Error::BadMetadataUrl {
        value: value.to_owned(),
    };
    let (_, path) = split_login_url(value).ok_or_else(bad)?;
    let (tenant, rest) = path.split_once('/').ok_or_else(bad)?;
    let (document, query) = match rest.split_once('?') {
        Some((document, query)) => (document, Some(query)),
        None => (rest, None),
    };
    let document_ok =
        document.eq_ignore_ascii_case("federationmetadata/2007-06/federationmetadata.xml");
    let query_ok = match query {
        None => true,
        Some(query) => query
            .strip_prefix("appid=")
            .or_else(|| query.strip_prefix("appId="))
            .is_some_and(is_guid),
    };
    if is_guid(tenant) && document_ok && query_ok {
        Ok(value.to_owned())
    } else {
        Err(bad())
    }
}

/// The tenant id inside a login URL, entity ID or metadata URL of the right shape.
pub fn tenant_of(value: &str) -> Option<String> {
    let value = clean(value);
    let after_scheme = value.strip_prefix("https://")?;
    let (_, path) = after_scheme.split_once('/')?;
    let tenant = path.split(['/', '?']).next()?;
    is_guid(tenant).then(|| tenant.to_ascii_lowercase())
}

/// The metadata URL Azure shows, built from the tenant, the app and the login host in use.
pub fn build_metadata_url(login_host: &str, tenant_id: &str, app_id: &str) -> Result<String> {
    metadata_url(&format!(
        "https://{login_host}/{tenant_id}/federationmetadata/2007-06/federationmetadata.xml?appid={app_id}"
    ))
}

/// The login host of a login or metadata URL of the right shape.
pub fn login_host_of(value: &str) -> Option<&'static str> {
    split_login_url(clean(value)).map(|(host, _)| host)
}

/// A SHA-1 thumbprint as Azure shows it: 40 hex digits, returned upper-case without separators.
pub fn thumbprint(value: &str) -> Option<String> {
    let compact: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ':' && *c != '\u{200E}')
        .collect();
    (compact.len() == 40 && compact.chars().all(|c| c.is_ascii_hexdigit()))
        .then(|| compact.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TENANT: &str = "70186da4-4dd1-4b5a-a8f8-3e3b4b9d8f1c";

    #[test]
    fn login_urls_of_every_cloud_and_era_are_accepted() {
        for url in [
            format!("https://login.microsoftonline.com/{TENANT}/saml2"),
            format!("https://login.windows.net/{TENANT}/saml2"),
            format!("https://login.microsoftonline.us/{TENANT}/saml2"),
            format!("https://login.partner.microsoftonline.cn/{TENANT}/saml2"),
            format!("https://login.chinacloudapi.cn/{TENANT}/saml2"),
            "https://login.microsoftonline.com/common/wsfederation?wa=wsignout1.0".to_owned(),
        ] {
            assert_eq!(login_url(&url), Ok(url.clone()), "{url}");
        }
    }

    #[test]
    fn login_urls_with_host_tricks_are_refused() {
        for url in [
            format!("http://login.microsoftonline.com/{TENANT}/saml2"),
            format!("https://login.microsoftonline.com.evil.example/{TENANT}/saml2"),
            format!("https://evil.example/login.microsoftonline.com/{TENANT}/saml2"),
            format!("https://login.microsoftonline.com@evil.example/{TENANT}/saml2"),
            format!("https://xlogin.microsoftonline.com/{TENANT}/saml2"),
            format!("https://login.microsoftonline.com:444/{TENANT}/saml2"),
            "https://login.microsoftonline.com/common/saml2".to_owned(),
            format!("https://login.microsoftonline.com/{TENANT}/saml2?next=https://evil"),
        ] {
            assert!(login_url(&url).is_err(), "{url}");
        }
    }

    #[test]
    fn trailing_spaces_are_trimmed_not_refused() {
        let url = format!(" https://login.microsoftonline.com/{TENANT}/saml2 \u{200B}");
        assert_eq!(
            login_url(&url),
            Ok(format!("https://login.microsoftonline.com/{TENANT}/saml2"))
        );
    }

    #[test]
    fn entity_id_needs_the_sts_host_and_trailing_slash() {
        let good = format!("https://sts.windows.net/{TENANT}/");
        assert_eq!(entity_id(&good), Ok(good.clone()));
        let china = format!("https://sts.chinacloudapi.cn/{TENANT}/");
        assert_eq!(entity_id(&china), Ok(china.clone()));
        for bad in [
            format!("https://sts.windows.net/{TENANT}"),
            "https://sts.windows.net/{tenantid}/".to_owned(),
            format!("https://sts.windows.net.evil.example/{TENANT}/"),
            format!("http://sts.windows.net/{TENANT}/"),
        ] {
            assert!(entity_id(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn metadata_url_with_app_id_is_built_and_checked() {
        let app = "2ae8d3e3-6d1b-4c55-9b2c-3b0e0e2a2f11";
        let url = build_metadata_url("login.microsoftonline.com", TENANT, app);
        assert_eq!(
            url,
            Ok(format!(
                "https://login.microsoftonline.com/{TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid={app}"
            ))
        );
        assert!(metadata_url("https://login.microsoftonline.com/common/federationmetadata/2007-06/federationmetadata.xml").is_err());
        assert!(metadata_url(&format!("https://login.microsoftonline.com/{TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=x")).is_err());
    }

    #[test]
    fn metadata_url_refuses_anything_the_fetch_must_never_reach() {
        // `fetch::fetch_metadata` requests only what this accepts.
        let path = format!("{TENANT}/federationmetadata/2007-06/federationmetadata.xml");
        for url in [
            format!("https://evil.example.com/{path}"),
            format!("http://login.microsoftonline.com/{path}"),
            format!("https://login.microsoftonline.com.evil.example/{path}"),
            format!("https://login.microsoftonline.com@evil.example/{path}"),
            format!("https://login.microsoftonline.com:8443/{path}"),
            format!("https://login.microsoftonline.com\\@evil.example/{path}"),
            format!("https://login.microsoftonline.com/{path}?appid=x@evil.example"),
            format!("https://login.microsoftonline.com/{TENANT}/saml2"),
            format!("javascript:fetch('https://login.microsoftonline.com/{path}')"),
            "http://127.0.0.1:47913/metadata".to_owned(),
        ] {
            assert!(
                matches!(metadata_url(&url), Err(Error::BadMetadataUrl { .. })),
                "{url}"
            );
        }
        assert!(metadata_url(&format!("https://login.microsoftonline.com/{path}")).is_ok());
    }

    #[test]
    fn thumbprints_are_normalised_to_azure_form() {
        assert_eq!(
            thumbprint("88:31:49:a9:16:d7:aa:b8:95:49:06:56:69:64:5e:1e:05:25:89:a8"),
            Some("883149A916D7AAB89549065669645E1E052589A8".to_owned())
        );
        assert_eq!(thumbprint("883149A9"), None);
    }

    #[test]
    fn tenant_is_read_from_any_shaped_value() {
        assert_eq!(
            tenant_of(&format!("https://sts.windows.net/{TENANT}/")),
            Some(TENANT.to_owned())
        );
        assert_eq!(tenant_of("https://sts.windows.net/{tenantid}/"), None);
    }
}
