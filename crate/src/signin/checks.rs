//! The eight checks of SPEC 10.2: a read response against what GoTo was filled with, each
//! saying whether GoTo will accept it and, if not, which field on which side to change.

use super::model::{Assertion, SamlResponse, SignedPart, parse_instant};
use crate::azure::sp::{GOTO_SP_ACS_URL, GOTO_SP_ENTITY_ID};
use crate::certificate::{self, Certificate};
use crate::error::Result;
use crate::i18n::{Arg, Message};
use crate::inspect::{self, Inspection};
use crate::settings::Settings;
use crate::time::{self, UnixSeconds};
use serde::{Deserialize, Serialize};

const STATUS_PREFIX: &str = "urn:oasis:names:tc:SAML:2.0:status:";
const SUCCESS: &str = "urn:oasis:names:tc:SAML:2.0:status:Success";

/// How far the assertion's validity may be off from now and still pass: the 5 minutes of
/// clock skew SAML service providers conventionally allow (SPEC 10.2).
pub const CLOCK_SKEW_SECONDS: u64 = 300;

/// One check of SPEC 10.2, serialised as the popup's `data-check` name (SPEC section 9).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Check {
    /// The top-level status code is Success.
    Status,
    /// The Issuer is the entity ID GoTo holds.
    Issuer,
    /// Destination and Recipient are GoTo's Assertion Consumer Service URL.
    Destination,
    /// The Audience is GoTo's entity ID.
    Audience,
    /// The signature's certificate is the one GoTo holds, and current.
    Certificate,
    /// The response or its assertion carries a signature.
    Signed,
    /// Now lies within the assertion's validity, give or take the clock skew.
    Time,
    /// The NameID is an email address.
    #[serde(rename = "nameid")]
    NameId,
}

crate::variants::deserialize_by_name!(check_is_read_by_name: Check {
    Status = "status",
    Issuer = "issuer",
    Destination = "destination",
    Audience = "audience",
    Certificate = "certificate",
    Signed = "signed",
    Time = "time",
    NameId = "nameid",
});

impl Check {
    /// Every check, in the order findings list them.
    pub const ALL: [Check; 8] = [
        Check::Status,
        Check::Issuer,
        Check::Destination,
        Check::Audience,
        Check::Certificate,
        Check::Signed,
        Check::Time,
        Check::NameId,
    ];

    /// The `data-check` name.
    pub fn as_str(self) -> &'static str {
        match self {
            Check::Status => "status",
            Check::Issuer => "issuer",
            Check::Destination => "destination",
            Check::Audience => "audience",
            Check::Certificate => "certificate",
            Check::Signed => "signed",
            Check::Time => "time",
            Check::NameId => "nameid",
        }
    }
}

/// The outcome of one check (`data-state` of its child element).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// GoTo will accept this part.
    Ok,
    /// GoTo will refuse it; the message names the fix.
    Problem,
}

crate::variants::deserialize_by_name!(state_is_read_by_name: State {
    Ok = "ok",
    Problem = "problem",
});

/// The outcome of all checks (`data-state` of the result element).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Overall {
    /// Every check is ok.
    Ok,
    /// At least one check is a problem.
    Problems,
}

crate::variants::deserialize_by_name!(overall_is_read_by_name: Overall {
    Ok = "ok",
    Problems = "problems",
});

/// One check's result.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Which check.
    pub check: Check,
    /// Ok or a problem.
    pub state: State,
    /// What was found, and for a problem which field on which side to change.
    pub message: Message,
}

/// The result of checking one response: what the extension keeps (SPEC 10.3).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Findings {
    /// `problems` when any check is a problem.
    pub state: Overall,
    /// The eight checks, in [`Check::ALL`] order.
    pub checks: Vec<Finding>,
}

impl Findings {
    /// The finding of `check`.
    pub fn get(&self, check: Check) -> Option<&Finding> {
        self.checks.iter().find(|f| f.check == check)
    }
}

/// What the response is compared with: what GoTo was filled with. Every field is optional;
/// a check whose value is missing says what the response holds instead.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Reference {
    /// The identity provider entity ID (GoTo's Identity Provider Entity ID).
    pub entity_id: Option<String>,
    /// SHA-1 thumbprint of the certificate GoTo holds (its Verification certificate).
    pub thumbprint_sha1: Option<String>,
    /// That certificate's notBefore, RFC 3339, when known: it tells whether Azure signs with a
    /// newer certificate (GoTo must follow) or an older one (Azure must activate the new one).
    pub not_before: Option<String>,
}

impl Reference {
    /// The captured settings, which GoTo is filled from.
    pub fn from_settings(settings: &Settings) -> Reference {
        let thumbprint = settings.thumbprint_sha1.clone().or_else(|| {
            settings
                .certificate
                .as_ref()
                .map(|c| c.details.thumbprint_sha1.clone())
        });
        let not_before = settings
            .certificate
            .as_ref()
            .filter(|c| {
                thumbprint
                    .as_deref()
                    .is_some_and(|t| t.eq_ignore_ascii_case(&c.details.thumbprint_sha1))
            })
            .map(|c| c.details.not_before.clone());
        Reference {
            entity_id: settings.entity_id.clone(),
            thumbprint_sha1: thumbprint,
            not_before,
        }
    }

    /// A metadata file's or certificate's values: its entity ID (metadata only) and the signing
    /// certificate SPEC section 7 chooses.
    pub fn from_inspection(inspection: &Inspection) -> Reference {
        let chosen = inspection.certificates.get(inspection.chosen);
        Reference {
            entity_id: inspection.entity_id.clone(),
            thumbprint_sha1: chosen.map(|c| c.details.thumbprint_sha1.clone()),
            not_before: chosen.map(|c| c.details.not_before.clone()),
        }
    }

    /// Reads any input of SPEC section 7 as the reference; `active_thumbprint` guides the
    /// rollover choice as in [`inspect::inspect`].
    pub fn from_file(
        bytes: &[u8],
        active_thumbprint: Option<&str>,
        now: UnixSeconds,
    ) -> Result<Reference> {
        Ok(Reference::from_inspection(&inspect::inspect(
            bytes,
            active_thumbprint,
            now,
        )?))
    }
}

impl SamlResponse {
    /// Runs every check of SPEC 10.2 against `reference` at `now`.
    pub fn check(&self, reference: &Reference, now: UnixSeconds) -> Findings {
        let checks: Vec<Finding> = Check::ALL
            .iter()
            .map(|&check| {
                let (state, message) = match check {
                    Check::Status => self.check_status(),
                    Check::Issuer => self.check_issuer(reference),
                    Check::Destination => self.check_destination(),
                    Check::Audience => self.check_audience(),
                    Check::Certificate => self.check_certificate(reference, now),
                    Check::Signed => self.check_signed(),
                    Check::Time => self.check_time(now),
                    Check::NameId => self.check_name_id(),
                };
                Finding {
                    check,
                    state,
                    message,
                }
            })
            .collect();
        let state = if checks.iter().all(|f| f.state == State::Ok) {
            Overall::Ok
        } else {
            Overall::Problems
        };
        Findings { state, checks }
    }

    /// The assertion, or why a check that needs it cannot be made.
    fn assertion(&self) -> std::result::Result<&Assertion, (State, Message)> {
        match &self.assertion {
            Some(assertion) => Ok(assertion),
            None if self.encrypted_assertion => Err(encrypted()),
            None => Err(problem("signin-no-assertion", Vec::new())),
        }
    }

    fn check_status(&self) -> (State, Message) {
        if let Some(version) = self.version.as_deref().filter(|v| *v != "2.0") {
            return problem("signin-status-version", vec![Arg::text(version)]);
        }
        let Some(code) = self.status_code.as_deref() else {
            return problem("signin-status-missing", Vec::new());
        };
        if code == SUCCESS {
            return ok("signin-status-ok", Vec::new());
        }
        let mut names = short_status(code).to_owned();
        if let Some(second) = &self.second_status_code {
            names.push_str(" / ");
            names.push_str(short_status(second));
        }
        let words = self
            .second_status_code
            .as_deref()
            .and_then(status_words)
            .or_else(|| status_words(code))
            .unwrap_or("signin-code-unknown");
        match self.status_message.as_deref().filter(|m| !m.is_empty()) {
            Some(message) => problem(
                "signin-status-problem-message",
                vec![Arg::text(names), Arg::key(words), Arg::text(message)],
            ),
            None => problem(
                "signin-status-problem",
                vec![Arg::text(names), Arg::key(words)],
            ),
        }
    }

    fn check_issuer(&self, reference: &Reference) -> (State, Message) {
        let in_assertion = self.assertion.as_ref().and_then(|a| a.issuer.as_deref());
        if let (Some(outer), Some(inner)) = (self.issuer.as_deref(), in_assertion)
            && outer != inner
        {
            return problem(
                "signin-issuer-inconsistent",
                vec![Arg::text(outer), Arg::text(inner)],
            );
        }
        let Some(issuer) = self.issuer.as_deref().or(in_assertion) else {
            return if self.encrypted_assertion {
                encrypted()
            } else {
                problem("signin-issuer-missing", Vec::new())
            };
        };
        match reference.entity_id.as_deref().map(str::trim) {
            Some(expected) if expected == issuer => ok("signin-issuer-ok", vec![Arg::text(issuer)]),
            Some(expected) => problem(
                "signin-issuer-differs",
                vec![Arg::text(issuer), Arg::text(expected)],
            ),
            None => ok("signin-issuer-unchecked", vec![Arg::text(issuer)]),
        }
    }

    fn check_destination(&self) -> (State, Message) {
        let recipient = self.assertion.as_ref().and_then(|a| a.recipient.as_deref());
        let named = [
            ("Destination", self.destination.as_deref()),
            ("SubjectConfirmationData Recipient", recipient),
        ];
        for (attribute, value) in named {
            if let Some(value) = value
                && value != GOTO_SP_ACS_URL
            {
                return problem(
                    "signin-destination-differs",
                    vec![
                        Arg::text(attribute),
                        Arg::text(value),
                        Arg::text(GOTO_SP_ACS_URL),
                    ],
                );
            }
        }
        match (self.destination.as_deref(), recipient) {
            (None, None) if self.encrypted_assertion => encrypted(),
            (None, None) => problem(
                "signin-destination-missing",
                vec![Arg::text(GOTO_SP_ACS_URL)],
            ),
            _ => ok("signin-destination-ok", vec![Arg::text(GOTO_SP_ACS_URL)]),
        }
    }

    fn check_audience(&self) -> (State, Message) {
        let assertion = match self.assertion() {
            Ok(assertion) => assertion,
            Err(finding) => return finding,
        };
        let restrictions = &assertion.audience_restrictions;
        if restrictions.iter().all(Vec::is_empty) {
            return problem(
                "signin-audience-missing",
                vec![Arg::text(GOTO_SP_ENTITY_ID)],
            );
        }
        // Every restriction must admit GoTo (SAML core 2.5.1.4).
        if restrictions
            .iter()
            .all(|r| r.iter().any(|a| a == GOTO_SP_ENTITY_ID))
        {
            return ok("signin-audience-ok", vec![Arg::text(GOTO_SP_ENTITY_ID)]);
        }
        let others: Vec<&str> = restrictions
            .iter()
            .flatten()
            .map(String::as_str)
            .filter(|a| *a != GOTO_SP_ENTITY_ID)
            .collect();
        problem(
            "signin-audience-differs",
            vec![Arg::text(others.join(", ")), Arg::text(GOTO_SP_ENTITY_ID)],
        )
    }

    fn check_certificate(&self, reference: &Reference, now: UnixSeconds) -> (State, Message) {
        if self.signatures.is_empty() {
            return if self.encrypted_assertion {
                encrypted()
            } else if self.assertion.is_none() {
                problem("signin-no-assertion", Vec::new())
            } else {
                problem("signin-certificate-unsigned", Vec::new())
            };
        }
        let mut certificates: Vec<&Certificate> = Vec::new();
        for signature in &self.signatures {
            match &signature.certificate {
                Some(Ok(certificate))
                    if !certificates.iter().any(|c| c.der() == certificate.der()) =>
                {
                    certificates.push(certificate);
                }
                Some(Err(err)) => {
                    return problem(
                        "signin-certificate-unreadable",
                        vec![Arg::Message(err.message())],
                    );
                }
                Some(Ok(_)) | None => {}
            }
        }
        if certificates.is_empty() {
            return ok("signin-certificate-not-named", Vec::new());
        }
        for certificate in &certificates {
            if let Some(finding) = certificate_problem(certificate, reference, now) {
                return finding;
            }
        }
        let first = certificates.first().map(|c| c.details());
        let args = first.map_or_else(Vec::new, |d| {
            vec![
                Arg::text(d.thumbprint_sha1.clone()),
                Arg::text(d.not_after.clone()),
            ]
        });
        if reference.thumbprint_sha1.is_some() {
            ok("signin-certificate-ok", args)
        } else {
            ok("signin-certificate-unchecked", args)
        }
    }

    fn check_signed(&self) -> (State, Message) {
        let on = |part| self.signatures.iter().any(|s| s.on == part);
        match (on(SignedPart::Response), on(SignedPart::Assertion)) {
            (true, true) => ok("signin-signed-both", Vec::new()),
            (true, false) => ok("signin-signed-response", Vec::new()),
            (false, true) => ok("signin-signed-assertion", Vec::new()),
            // Azure signs inside an encrypted assertion, where ssobridge cannot look.
            (false, false) if self.encrypted_assertion => encrypted(),
            (false, false) if self.assertion.is_none() => {
                problem("signin-no-assertion", Vec::new())
            }
            (false, false) => problem("signin-signed-missing", Vec::new()),
        }
    }

    fn check_time(&self, now: UnixSeconds) -> (State, Message) {
        let assertion = match self.assertion() {
            Ok(assertion) => assertion,
            Err(finding) => return finding,
        };
        let bounds = [
            ("Conditions NotBefore", &assertion.not_before, false),
            ("Conditions NotOnOrAfter", &assertion.not_on_or_after, true),
            (
                "SubjectConfirmationData NotBefore",
                &assertion.subject_not_before,
                false,
            ),
            (
                "SubjectConfirmationData NotOnOrAfter",
                &assertion.subject_not_on_or_after,
                true,
            ),
        ];
        let (mut from, mut until): (Option<UnixSeconds>, Option<UnixSeconds>) = (None, None);
        for (attribute, value, is_end) in bounds {
            let Some(value) = value else { continue };
            let Some(instant) = parse_instant(value) else {
                return problem(
                    "signin-time-unreadable",
                    vec![Arg::text(attribute), Arg::text(value.clone())],
                );
            };
            let args = vec![
                Arg::text(attribute),
                Arg::text(time::rfc3339(instant)),
                Arg::text(time::rfc3339(now)),
            ];
            if is_end {
                if now >= instant.saturating_add(CLOCK_SKEW_SECONDS) {
                    return problem("signin-time-expired", args);
                }
                until = Some(until.map_or(instant, |u| u.min(instant)));
            } else {
                if now.saturating_add(CLOCK_SKEW_SECONDS) < instant {
                    return problem("signin-time-early", args);
                }
                from = Some(from.map_or(instant, |f| f.max(instant)));
            }
        }
        if from.is_none() && until.is_none() {
            return ok("signin-time-none", Vec::new());
        }
        let bound = |instant: Option<UnixSeconds>| {
            instant.map_or_else(
                || Arg::key("signin-time-open"),
                |i| Arg::text(time::rfc3339(i)),
            )
        };
        ok(
            "signin-time-ok",
            vec![bound(from), bound(until), Arg::text(time::rfc3339(now))],
        )
    }

    fn check_name_id(&self) -> (State, Message) {
        let assertion = match self.assertion() {
            Ok(assertion) => assertion,
            Err(finding) => return finding,
        };
        if assertion.name_id_encrypted {
            return encrypted();
        }
        let Some(name_id) = assertion.name_id.as_deref().filter(|n| !n.is_empty()) else {
            return problem("signin-nameid-missing", Vec::new());
        };
        if looks_like_email(name_id) {
            return ok("signin-nameid-ok", vec![Arg::text(name_id)]);
        }
        // SAML core 8.3.1: no Format means "unspecified".
        let format = assertion
            .name_id_format
            .as_deref()
            .and_then(|f| f.rsplit(':').next())
            .unwrap_or("unspecified");
        problem(
            "signin-nameid-not-email",
            vec![Arg::text(name_id), Arg::text(format)],
        )
    }
}

/// A mismatch with the certificate GoTo holds, or a certificate out of its validity.
fn certificate_problem(
    certificate: &Certificate,
    reference: &Reference,
    now: UnixSeconds,
) -> Option<(State, Message)> {
    let details = certificate.details();
    let signs = Arg::text(details.thumbprint_sha1.clone());
    if let Some(held) = reference.thumbprint_sha1.as_deref()
        && !held.eq_ignore_ascii_case(&details.thumbprint_sha1)
    {
        let held_since = reference
            .not_before
            .as_deref()
            .and_then(time::parse_rfc3339);
        let key = match held_since.map(|since| certificate.not_before().cmp(&since)) {
            Some(std::cmp::Ordering::Greater) => "signin-certificate-newer",
            Some(std::cmp::Ordering::Less) => "signin-certificate-older",
            _ => "signin-certificate-differs",
        };
        return Some(problem(key, vec![signs, Arg::text(held)]));
    }
    match certificate.status(now) {
        certificate::Status::Expired => Some(problem(
            "signin-certificate-expired",
            vec![signs, Arg::text(details.not_after.clone())],
        )),
        certificate::Status::NotYetValid => Some(problem(
            "signin-certificate-not-yet-valid",
            vec![signs, Arg::text(details.not_before.clone())],
        )),
        certificate::Status::Valid | certificate::Status::Expiring => None,
    }
}

/// The last part of a status URN (`Requester`), or the value itself when it is not one.
fn short_status(code: &str) -> &str {
    code.strip_prefix(STATUS_PREFIX).unwrap_or(code)
}

/// The table key explaining a status code (SAML core 3.2.2.2), if it is a known one.
fn status_words(code: &str) -> Option<&'static str> {
    Some(match short_status(code) {
        "Requester" => "signin-code-requester",
        "Responder" => "signin-code-responder",
        "VersionMismatch" => "signin-code-version-mismatch",
        "AuthnFailed" => "signin-code-authn-failed",
        "InvalidAttrNameOrValue" => "signin-code-invalid-attr-name-or-value",
        "InvalidNameIDPolicy" => "signin-code-invalid-name-id-policy",
        "NoAuthnContext" => "signin-code-no-authn-context",
        "NoAvailableIDP" => "signin-code-no-available-idp",
        "NoPassive" => "signin-code-no-passive",
        "NoSupportedIDP" => "signin-code-no-supported-idp",
        "PartialLogout" => "signin-code-partial-logout",
        "ProxyCountExceeded" => "signin-code-proxy-count-exceeded",
        "RequestDenied" => "signin-code-request-denied",
        "RequestUnsupported" => "signin-code-request-unsupported",
        "RequestVersionDeprecated" => "signin-code-request-version-deprecated",
        "RequestVersionTooHigh" => "signin-code-request-version-too-high",
        "RequestVersionTooLow" => "signin-code-request-version-too-low",
        "ResourceNotRecognized" => "signin-code-resource-not-recognized",
        "TooManyResponses" => "signin-code-too-many-responses",
        "UnknownAttrProfile" => "signin-code-unknown-attr-profile",
        "UnknownPrincipal" => "signin-code-unknown-principal",
        "UnsupportedBinding" => "signin-code-unsupported-binding",
        _ => return None,
    })
}

/// Shaped like `local@domain.tld`: GoTo looks users up by email, so a GUID, an object id or a
/// bare user name never matches.
fn looks_like_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn ok(key: &str, args: Vec<Arg>) -> (State, Message) {
    (State::Ok, Message::new(key, args))
}

fn problem(key: &str, args: Vec<Arg>) -> (State, Message) {
    (State::Problem, Message::new(key, args))
}

fn encrypted() -> (State, Message) {
    problem("signin-encrypted", Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_shapes() {
        assert!(looks_like_email("ann@contoso.com"));
        assert!(looks_like_email("ann.lee@contoso.onmicrosoft.com"));
        assert!(!looks_like_email(
            "Dh7tdLu2gHm-Vi4emADxWxfoPB2XZvADD_H2EBlaKAw"
        ));
        assert!(!looks_like_email("ann@localhost"));
        assert!(!looks_like_email("@contoso.com"));
        assert!(!looks_like_email("ann lee@contoso.com"));
        assert!(!looks_like_email("a@b@contoso.com"));
    }

    // Natively, where the table is compiled in.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_status_code_of_saml_core_has_words_in_the_table() {
        for code in [
            "Requester",
            "Responder",
            "VersionMismatch",
            "AuthnFailed",
            "InvalidAttrNameOrValue",
            "InvalidNameIDPolicy",
            "NoAuthnContext",
            "NoAvailableIDP",
            "NoPassive",
            "NoSupportedIDP",
            "PartialLogout",
            "ProxyCountExceeded",
            "RequestDenied",
            "RequestUnsupported",
            "RequestVersionDeprecated",
            "RequestVersionTooHigh",
            "RequestVersionTooLow",
            "ResourceNotRecognized",
            "TooManyResponses",
            "UnknownAttrProfile",
            "UnknownPrincipal",
            "UnsupportedBinding",
        ] {
            let key = status_words(&format!("{STATUS_PREFIX}{code}"));
            assert!(
                key.is_some_and(|k| crate::i18n::entry(k).is_some()),
                "{code}"
            );
        }
        assert!(crate::i18n::entry("signin-code-unknown").is_some());
    }

    #[test]
    fn check_names_are_the_data_check_names() {
        for check in Check::ALL {
            assert_eq!(
                serde_json::to_value(check).ok(),
                Some(serde_json::Value::String(check.as_str().to_owned()))
            );
        }
    }
}
