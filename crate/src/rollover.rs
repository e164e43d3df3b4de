//! Which signing certificate is the active one when metadata lists several (SPEC section 7).

use crate::certificate::Certificate;
use crate::time::UnixSeconds;
use serde::Serialize;

/// Why a certificate was chosen.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// The only signing certificate.
    Only,
    /// Its SHA-1 is the thumbprint the portal shows as active.
    MatchesPortalThumbprint,
    /// Valid now, and the most recently issued of the valid ones.
    NewestValid,
    /// None is valid now; this one expires last. It needs attention.
    NoneValidLatestExpiry,
}

crate::variants::deserialize_by_name!(reason_is_read_by_name: Reason {
    Only = "only",
    MatchesPortalThumbprint = "matches-portal-thumbprint",
    NewestValid = "newest-valid",
    NoneValidLatestExpiry = "none-valid-latest-expiry",
});

impl Reason {
    /// The reason's message table key.
    pub fn key(self) -> &'static str {
        match self {
            Reason::Only => "reason-only",
            Reason::MatchesPortalThumbprint => "reason-matches-portal-thumbprint",
            Reason::NewestValid => "reason-newest-valid",
            Reason::NoneValidLatestExpiry => "reason-none-valid-latest-expiry",
        }
    }
}

/// The chosen certificate's index among the signing certificates, and why.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Choice {
    /// Index into the signing certificates.
    pub index: usize,
    /// Why it was chosen.
    pub reason: Reason,
}

/// Chooses the signing certificate; `None` only for an empty list.
pub fn choose(
    certificates: &[Certificate],
    active_thumbprint: Option<&str>,
    now: UnixSeconds,
) -> Option<Choice> {
    if let Some(thumbprint) = active_thumbprint
        && let Some(index) = certificates
            .iter()
            .position(|c| c.thumbprint_sha1().eq_ignore_ascii_case(thumbprint))
    {
        return Some(Choice {
            index,
            reason: Reason::MatchesPortalThumbprint,
        });
    }
    let only_one = certificates.len() == 1;
    let newest_valid = certificates
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_current(now))
        .max_by_key(|(index, c)| (c.not_before(), std::cmp::Reverse(*index)))
        .map(|(index, _)| Choice {
            index,
            reason: if only_one {
                Reason::Only
            } else {
                Reason::NewestValid
            },
        });
    newest_valid.or_else(|| {
        certificates
            .iter()
            .enumerate()
            .max_by_key(|(index, c)| (c.not_after(), std::cmp::Reverse(*index)))
            .map(|(index, _)| Choice {
                index,
                reason: Reason::NoneValidLatestExpiry,
            })
    })
}
