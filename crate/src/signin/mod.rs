//! The sign-in check (SPEC section 10): reads one SAML response on its way to GoTo and says,
//! check by check, whether GoTo will accept it and, if not, which field on which side to change.
//!
//! # For the code that wires it in
//!
//! ```text
//! posted bytes ──► signin::check(posted, &Reference, now) ──► Findings { state, checks }
//! ```
//!
//! * `posted` is the `SAMLResponse` form value as the browser sent it (Base64, possibly
//!   URL-encoded, possibly with line breaks), the whole `application/x-www-form-urlencoded`
//!   body (`SAMLResponse=…&RelayState=…`, as `webRequest`'s `requestBody.raw` gives it), or the
//!   decoded XML. Over 1 MiB, a DOCTYPE or entity declarations, or anything that is not a SAML
//!   2.0 `samlp:Response` is an [`Error`](crate::Error); every readable response gives [`Findings`].
//! * The [`Reference`] is what the response is compared with, standing for what GoTo was filled
//!   with: [`Reference::from_settings`] for the captured settings (the extension),
//!   [`Reference::from_file`] for a metadata file or certificate (the CLI's `--against`, www),
//!   [`Reference::default`] for nothing. Without a reference the `issuer` and `certificate`
//!   checks are `ok` and say what the response holds and what GoTo must hold to match; the other
//!   checks compare with GoTo's constants ([`GOTO_SP_ACS_URL`](crate::azure::sp::GOTO_SP_ACS_URL),
//!   [`GOTO_SP_ENTITY_ID`](crate::azure::sp::GOTO_SP_ENTITY_ID)) and need
//!   no reference.
//! * `now` is passed in (`crate::time::now()` in production); the time check allows
//!   [`CLOCK_SKEW_SECONDS`].
//! * [`Findings`] serialise (camelCase) as `{ state: "ok" | "problems", checks: [{ check,
//!   state: "ok" | "problem", message: { key, args } }] }`, always the eight checks in the order
//!   of SPEC section 9's `data-check` names. Render each `message` with `crate::i18n` in the
//!   user's language; the popup's `data-ssobridge="signin-result"` takes `state`, each child
//!   `data-check` / `data-state` from a finding.
//! * The response names a person (SPEC 10.3): keep only the findings. [`SamlResponse`] and its
//!   [`Summary`] (what the response holds, for the CLI and www) are never to be stored.
//!
//! Signatures are found, never verified: GoTo verifies them with the certificate it holds.
//!
//! Three steps, one file each: `decode` turns what was posted (Base64, a form body, XML) into
//! the response's XML, `model` reads that XML into a [`SamlResponse`], and `checks` turns a
//! response into the eight [`Findings`].

mod checks;
mod decode;
mod model;

pub use checks::{CLOCK_SKEW_SECONDS, Check, Finding, Findings, Overall, Reference, State};
pub use decode::{decode, looks_like_response};
pub use model::{
    Assertion, SamlResponse, Signature, SignatureSummary, SignedPart, Summary, parse, parse_instant,
};

use crate::error::Result;
use crate::time::UnixSeconds;

/// Decodes and checks a posted response: the extension's one call.
pub fn check(posted: &[u8], reference: &Reference, now: UnixSeconds) -> Result<Findings> {
    Ok(read(posted)?.check(reference, now))
}

/// Decodes and parses a response given in any form [`decode`] accepts.
pub fn read(posted: &[u8]) -> Result<SamlResponse> {
    parse(&decode(posted)?)
}
