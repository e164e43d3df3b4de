//! Every host ssobridge trusts, in one place (SPEC section 8). Hosts match exactly; the one
//! pattern is the portal's blade-iframe domain.

/// Microsoft login hosts: sign-in/sign-out URLs and metadata URLs live here.
pub const LOGIN_HOSTS: &[&str] = &[
    "login.microsoftonline.com",        // public cloud, 2017 onwards
    "login.windows.net",                // older tenants; 2015-2016 metadata (AspNetKatana fixture)
    "login.microsoftonline.us",         // US Government
    "login.partner.microsoftonline.cn", // China (21Vianet)
    "login.chinacloudapi.cn",           // China, older form
];

/// Security token service hosts: the entity ID lives here.
pub const STS_HOSTS: &[&str] = &[
    "sts.windows.net",      // public and US Government clouds
    "sts.chinacloudapi.cn", // China
];

/// Azure portal hosts where the capture runs.
pub const AZURE_PORTAL_HOSTS: &[&str] = &[
    "portal.azure.com",        // 2017 onwards
    "entra.microsoft.com",     // Entra admin center, 2023 onwards
    "portal.azure.us",         // US Government
    "portal.azure.cn",         // China
    "manage.windowsazure.com", // the retired classic portal of the 2016 tutorials
];

/// Blade iframes are served from `<name>.reactblade.portal.azure.net`.
pub const AZURE_BLADE_DOMAIN: &str = "reactblade.portal.azure.net";

/// GoTo Organization Center hosts where the fill runs.
pub const GOTO_HOSTS: &[&str] = &[
    "organization.logmeininc.com", // LogMeIn / GoTo, 2017 onwards
    "account.citrixonline.com",    // Citrix era, 2016 tutorials
];

/// Which side of the job a page is on.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Site {
    /// An Azure portal host.
    Azure,
    /// A GoTo Organization Center host.
    Goto,
}

impl Site {
    /// Both sides.
    pub const ALL: [Site; 2] = [Site::Azure, Site::Goto];

    /// The side's name in file names (`extension/probe/<name>.js`).
    pub fn name(self) -> &'static str {
        match self {
            Site::Azure => "azure",
            Site::Goto => "goto",
        }
    }
}

/// The host of an `https://` URL without port or user info, or `None` for anything else.
pub fn https_host(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let valid = !authority.is_empty()
        && authority
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    valid.then_some(authority)
}

/// The site a page URL belongs to, by exact host over https.
pub fn site_of(url: &str) -> Option<Site> {
    let host = https_host(url)?.to_ascii_lowercase();
    if AZURE_PORTAL_HOSTS.contains(&host.as_str()) || is_blade_host(&host) {
        Some(Site::Azure)
    } else if GOTO_HOSTS.contains(&host.as_str()) {
        Some(Site::Goto)
    } else {
        None
    }
}

fn is_blade_host(host: &str) -> bool {
    host.strip_suffix(AZURE_BLADE_DOMAIN)
        .and_then(|prefix| prefix.strip_suffix('.'))
        .is_some_and(|name| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portal_and_goto_hosts_are_recognised_exactly() {
        assert_eq!(
            site_of("https://entra.microsoft.com/#view/x"),
            Some(Site::Azure)
        );
        assert_eq!(site_of("https://portal.azure.com/"), Some(Site::Azure));
        assert_eq!(
            site_of("https://sso.reactblade.portal.azure.net/blade"),
            Some(Site::Azure)
        );
        assert_eq!(
            site_of("https://organization.logmeininc.com/idp"),
            Some(Site::Goto)
        );
        assert_eq!(
            site_of("https://account.citrixonline.com/organization/administration/"),
            Some(Site::Goto)
        );
    }

    #[test]
    fn lookalike_hosts_and_plain_http_are_refused() {
        for url in [
            "http://portal.azure.com/",
            "https://portal.azure.com.evil.example/",
            "https://evilportal.azure.com/",
            "https://portal.azure.com@evil.example/",
            "https://portal.azure.com:8443/",
            "https://a.b.reactblade.portal.azure.net/",
            "https://reactblade.portal.azure.net/",
            "https://organization.logmeininc.com.evil.example/",
        ] {
            assert_eq!(site_of(url), None, "{url}");
        }
    }
}
