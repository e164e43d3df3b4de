//! The sign-in check (SPEC 10.2, 10.4) on generated Azure-shaped responses and one real one:
//! each check passing and failing, every form a response arrives in, and the input it refuses.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;
mod signin_gen;

use common::*;
use signin_gen::*;
use ssobridge::i18n::Lang;
use ssobridge::settings::Settings;
use ssobridge::signin::{self, Check, Findings, Overall, Reference, State};

/// The test sign-in happens here; responses are issued 30 seconds earlier.
const NOW: &str = "2026-03-01T12:00:00Z";

fn now() -> u64 {
    at(NOW)
}

fn issued() -> u64 {
    now() - 30
}

/// Azure's correct response, signed with 815D… (valid in 2026).
fn good() -> Response {
    Response::azure(issued(), &metadata_certificate(1))
}

/// The captured settings, as a capture from the rollover metadata leaves them in 2026 (815D…
/// chosen: the valid certificate with the latest notBefore).
fn captured() -> Reference {
    let settings = Settings::default()
        .with_file(&fixture(METADATA), now())
        .unwrap();
    assert_eq!(settings.thumbprint_sha1.as_deref(), Some(NEW_THUMBPRINT));
    Reference::from_settings(&settings)
}

fn check(response: &Response, reference: &Reference) -> Findings {
    signin::check(response.xml().as_bytes(), reference, now()).unwrap()
}

fn state_of(findings: &Findings, check: Check) -> State {
    findings.get(check).unwrap().state
}

fn english(findings: &Findings, check: Check) -> String {
    findings.get(check).unwrap().message.render(Lang::En)
}

/// Only `check` is a problem, and its English sentence contains every one of `words`.
fn only_problem(findings: &Findings, check: Check, words: &[&str]) {
    for finding in &findings.checks {
        let expected = if finding.check == check {
            State::Problem
        } else {
            State::Ok
        };
        assert_eq!(
            finding.state,
            expected,
            "{:?}: {}",
            finding.check,
            finding.message.render(Lang::En)
        );
    }
    assert_eq!(findings.state, Overall::Problems);
    let text = english(findings, check);
    for word in words {
        assert!(text.contains(word), "{check:?} lacks {word:?}: {text}");
    }
}

// ---- The whole response ------------------------------------------------------------------

#[test]
fn a_correct_azure_response_passes_all_eight_checks_against_the_captured_settings() {
    let findings = check(&good(), &captured());
    let names: Vec<&str> = findings.checks.iter().map(|f| f.check.as_str()).collect();
    assert_eq!(
        names,
        [
            "status",
            "issuer",
            "destination",
            "audience",
            "certificate",
            "signed",
            "time",
            "nameid"
        ]
    );
    for finding in &findings.checks {
        assert_eq!(
            finding.state,
            State::Ok,
            "{:?}: {}",
            finding.check,
            finding.message.render(Lang::En)
        );
    }
    assert_eq!(findings.state, Overall::Ok);
    assert!(english(&findings, Check::Certificate).contains(NEW_THUMBPRINT));
    assert!(english(&findings, Check::NameId).contains("ann.lee@contoso.com"));
}

#[test]
fn findings_serialise_with_the_data_check_and_data_state_names() {
    let mut response = good();
    response.name_id = Some("4f0c2d1e-88aa-4a43-9c52-0b7f1b1d9e21".to_owned());
    let json = serde_json::to_value(check(&response, &captured())).unwrap();
    assert_eq!(json["state"], "problems");
    assert_eq!(json["checks"][7]["check"], "nameid");
    assert_eq!(json["checks"][7]["state"], "problem");
    assert_eq!(
        json["checks"][7]["message"]["key"],
        "signin-nameid-not-email"
    );
    assert_eq!(json["checks"][0]["state"], "ok");
    let back: Findings = serde_json::from_value(json).unwrap();
    assert_eq!(back.checks.len(), 8);
}

#[test]
fn every_finding_renders_in_every_language_without_placeholders_left() {
    let mut broken = good();
    broken.status = "Responder".to_owned();
    broken.second_status = Some("RequestDenied".to_owned());
    broken.status_message = Some("AADSTS50105: not assigned".to_owned());
    broken.audiences = vec!["https://global.gotomeeting.com".to_owned()];
    for response in [good(), broken] {
        let findings = check(&response, &captured());
        for finding in &findings.checks {
            for lang in Lang::ALL {
                let text = finding.message.render(lang);
                assert!(
                    !text.contains('{') && !text.contains("signin-"),
                    "{lang:?}: {text}"
                );
            }
        }
    }
}

// ---- status ------------------------------------------------------------------------------

#[test]
fn a_non_success_status_is_said_in_words_with_azures_message() {
    let mut response = good();
    response.status = "Requester".to_owned();
    response.second_status = Some("RequestDenied".to_owned());
    response.status_message = Some(
        "AADSTS50105: The signed in user 'ann.lee@contoso.com' is not assigned to a role for the application."
            .to_owned(),
    );
    let findings = check(&response, &captured());
    only_problem(
        &findings,
        Check::Status,
        &[
            "Requester / RequestDenied",
            "Users and groups",
            "assign the user",
            "AADSTS50105",
        ],
    );
}

#[test]
fn an_error_response_without_an_assertion_blames_the_status_not_the_signature() {
    // Microsoft's documented failure (Requester / RequestUnsupported, AADSTS75006), no assertion.
    let mut response = good();
    response.status = "Requester".to_owned();
    response.second_status = Some("RequestUnsupported".to_owned());
    response.status_message = Some(
        "AADSTS75006: An error occurred while processing a SAML2 Authentication request."
            .to_owned(),
    );
    response.assertion = false;
    let findings = check(&response, &captured());
    assert!(english(&findings, Check::Status).contains("does not support something"));
    for check in [Check::Audience, Check::Signed, Check::Time, Check::NameId] {
        assert_eq!(state_of(&findings, check), State::Problem);
        assert!(
            english(&findings, check).contains("no assertion"),
            "{check:?}"
        );
    }
}

#[test]
fn top_level_codes_alone_have_words_too() {
    for (code, words) in [
        ("Responder", "could not complete the sign-in"),
        ("VersionMismatch", "SAML version"),
        ("Requester", "Basic SAML Configuration"),
    ] {
        let mut response = good();
        response.status = code.to_owned();
        let findings = check(&response, &captured());
        only_problem(&findings, Check::Status, &[code, words]);
    }
}

#[test]
fn second_level_codes_have_their_own_words() {
    for (code, words) in [
        ("AuthnFailed", "could not authenticate"),
        ("NoPassive", "interactively"),
        ("InvalidNameIDPolicy", "Email address format"),
        ("UnknownPrincipal", "does not know this user"),
        // An unknown second-level code falls back to the top-level code's words.
        ("SomethingNew", "could not complete the sign-in"),
    ] {
        let mut response = good();
        response.status = "Responder".to_owned();
        response.second_status = Some(code.to_owned());
        let findings = check(&response, &captured());
        only_problem(&findings, Check::Status, &[code, words]);
    }
}

#[test]
fn an_unknown_status_code_is_shown_as_written() {
    let mut response = good();
    response.status = "SomethingNew".to_owned();
    only_problem(
        &check(&response, &captured()),
        Check::Status,
        &[
            "SomethingNew",
            "no words for this status code",
            "sign-in logs",
        ],
    );
}

#[test]
fn a_saml_version_other_than_2_0_is_a_status_problem() {
    let mut response = good();
    response.version = "2.1".to_owned();
    only_problem(
        &check(&response, &captured()),
        Check::Status,
        &["2.1", "SAML 2.0"],
    );
}

// ---- issuer ------------------------------------------------------------------------------

#[test]
fn an_issuer_other_than_the_captured_entity_id_names_both_and_the_fix() {
    let other = "https://sts.windows.net/70186da4-868e-4177-9155-949d9fd1af15/";
    let mut response = good();
    response.issuer = Some(other.to_owned());
    response.assertion_issuer = Some(other.to_owned());
    only_problem(
        &check(&response, &captured()),
        Check::Issuer,
        &[
            other,
            ENTITY_ID,
            "fill GoTo again",
            "Identity Provider Entity ID",
        ],
    );
}

#[test]
fn a_missing_trailing_slash_is_a_different_entity_id() {
    let reference = Reference {
        entity_id: Some(ENTITY_ID.trim_end_matches('/').to_owned()),
        ..captured()
    };
    only_problem(&check(&good(), &reference), Check::Issuer, &[ENTITY_ID]);
}

#[test]
fn response_and_assertion_issued_by_different_parties_is_a_problem() {
    let mut response = good();
    response.assertion_issuer = Some("https://sts.windows.net/other/".to_owned());
    only_problem(
        &check(&response, &captured()),
        Check::Issuer,
        &["https://sts.windows.net/other/", "one identity provider"],
    );
}

#[test]
fn without_a_reference_the_issuer_check_says_what_goto_must_hold() {
    let findings = check(&good(), &Reference::default());
    assert_eq!(state_of(&findings, Check::Issuer), State::Ok);
    let text = english(&findings, Check::Issuer);
    assert!(
        text.contains(ENTITY_ID) && text.contains("must be exactly this"),
        "{text}"
    );
}

#[test]
fn an_issuer_outside_the_assertion_namespace_is_not_read() {
    let xml = good().xml().replacen(
        &format!(r#"<Issuer xmlns="{ASSERTION}">"#),
        r#"<Issuer xmlns="urn:example:not-saml">"#,
        1,
    );
    let response = signin::read(xml.as_bytes()).unwrap();
    assert_eq!(response.issuer, None);
    // The assertion's own Issuer still names the tenant.
    let findings = response.check(&captured(), now());
    assert_eq!(state_of(&findings, Check::Issuer), State::Ok);
}

#[test]
fn no_issuer_at_all_is_a_problem() {
    let mut response = good();
    response.issuer = None;
    response.assertion_issuer = None;
    only_problem(
        &check(&response, &captured()),
        Check::Issuer,
        &["no Issuer"],
    );
}

// ---- destination -------------------------------------------------------------------------

#[test]
fn a_wrong_reply_url_names_the_azure_field_to_fix() {
    let typo = "https://authentication.logmeininc.com/saml/acs/";
    let mut response = good();
    response.destination = Some(typo.to_owned());
    response.recipient = Some(typo.to_owned());
    only_problem(
        &check(&response, &captured()),
        Check::Destination,
        &[
            "Destination is https://authentication.logmeininc.com/saml/acs/",
            "Basic SAML Configuration",
            "Reply URL",
            ACS,
        ],
    );
}

#[test]
fn a_wrong_recipient_alone_is_a_destination_problem() {
    let mut response = good();
    response.recipient = Some("https://app.example.com/saml".to_owned());
    only_problem(
        &check(&response, &captured()),
        Check::Destination,
        &[
            "SubjectConfirmationData Recipient",
            "https://app.example.com/saml",
        ],
    );
}

#[test]
fn neither_destination_nor_recipient_is_a_problem() {
    let mut response = good();
    response.destination = None;
    response.recipient = None;
    only_problem(
        &check(&response, &captured()),
        Check::Destination,
        &["neither a Destination nor a Recipient", ACS],
    );
}

// ---- audience ----------------------------------------------------------------------------

#[test]
fn a_wrong_audience_says_to_set_the_identifier_in_basic_saml_configuration() {
    let mut response = good();
    response.audiences = vec!["https://global.gotomeeting.com".to_owned()];
    only_problem(
        &check(&response, &captured()),
        Check::Audience,
        &[
            "Audience is https://global.gotomeeting.com",
            "Basic SAML Configuration",
            "set Identifier (Entity ID) to https://authentication.logmeininc.com/saml/sp",
        ],
    );
}

#[test]
fn gotos_entity_id_among_several_audiences_is_accepted() {
    let mut response = good();
    response.audiences = vec!["https://global.gotomeeting.com".to_owned(), SP.to_owned()];
    assert_eq!(
        check(&response, &captured()).state,
        Overall::Ok,
        "one restriction listing GoTo admits GoTo"
    );
}

#[test]
fn a_missing_audience_is_a_problem() {
    let mut response = good();
    response.audiences = Vec::new();
    only_problem(
        &check(&response, &captured()),
        Check::Audience,
        &["no Audience", SP],
    );
}

// ---- certificate -------------------------------------------------------------------------

#[test]
fn rollover_azure_signs_with_the_new_certificate_while_goto_still_holds_the_old_one() {
    // June 2025: both certificates valid; GoTo was filled with 9B6A…, Azure switched to 815D….
    let june = at("2025-06-01T12:00:00Z");
    let response = Response::azure(june - 30, &metadata_certificate(1));
    let reference = Reference::from_file(&fixture(METADATA), Some(OLD_THUMBPRINT), june).unwrap();
    assert_eq!(reference.thumbprint_sha1.as_deref(), Some(OLD_THUMBPRINT));
    let findings = signin::check(response.xml().as_bytes(), &reference, june).unwrap();
    only_problem(
        &findings,
        Check::Certificate,
        &[
            &format!("Azure signs with the newer certificate {NEW_THUMBPRINT}"),
            &format!("GoTo still holds {OLD_THUMBPRINT}"),
            "fill GoTo again",
        ],
    );
}

#[test]
fn rollover_azure_still_signs_with_the_old_certificate_while_goto_already_holds_the_new_one() {
    let june = at("2025-06-01T12:00:00Z");
    let response = Response::azure(june - 30, &metadata_certificate(0));
    let reference = Reference::from_file(&fixture(METADATA), Some(NEW_THUMBPRINT), june).unwrap();
    let findings = signin::check(response.xml().as_bytes(), &reference, june).unwrap();
    only_problem(
        &findings,
        Check::Certificate,
        &[
            &format!("Azure still signs with the older certificate {OLD_THUMBPRINT}"),
            &format!("GoTo already holds {NEW_THUMBPRINT}"),
            &format!("make {NEW_THUMBPRINT} active"),
        ],
    );
}

#[test]
fn an_expired_signing_certificate_is_a_problem_even_when_goto_holds_it() {
    // 2026: Azure still signs with 9B6A…, which expired in September 2025, and GoTo holds it.
    let response = Response::azure(issued(), &metadata_certificate(0));
    let reference = Reference {
        entity_id: Some(ENTITY_ID.to_owned()),
        thumbprint_sha1: Some(OLD_THUMBPRINT.to_owned()),
        not_before: None,
    };
    only_problem(
        &check(&response, &reference),
        Check::Certificate,
        &[
            OLD_THUMBPRINT,
            "expired on 2025-09-28T09:17:32Z",
            "create a new certificate",
        ],
    );
}

#[test]
fn a_different_certificate_of_unknown_age_says_to_fill_goto_with_the_active_one() {
    let reference = Reference {
        thumbprint_sha1: Some("883149A916D7AAB89549065669645E1E052589A8".to_owned()),
        not_before: None,
        ..captured()
    };
    only_problem(
        &check(&good(), &reference),
        Check::Certificate,
        &[
            NEW_THUMBPRINT,
            "883149A916D7AAB89549065669645E1E052589A8",
            "marks active",
        ],
    );
}

#[test]
fn the_captured_thumbprint_matches_in_any_letter_case() {
    let reference = Reference {
        thumbprint_sha1: Some(NEW_THUMBPRINT.to_lowercase()),
        ..captured()
    };
    assert_eq!(check(&good(), &reference).state, Overall::Ok);
}

#[test]
fn against_a_certificate_file_the_thumbprint_is_compared() {
    let reference = Reference::from_file(
        &fixture("certs/derived/ggtristams_active_signing_cert.cer"),
        None,
        now(),
    )
    .unwrap();
    assert_eq!(reference.entity_id, None);
    let findings = check(&good(), &reference);
    assert_eq!(findings.state, Overall::Ok);
    assert!(english(&findings, Check::Certificate).contains("the one GoTo holds"));
    assert!(english(&findings, Check::Issuer).contains("must be exactly this"));
}

#[test]
fn without_a_reference_the_certificate_check_names_the_thumbprint_goto_needs() {
    let findings = check(&good(), &Reference::default());
    assert_eq!(findings.state, Overall::Ok);
    let text = english(&findings, Check::Certificate);
    assert!(
        text.contains(NEW_THUMBPRINT) && text.contains("2027-05-07T16:44:56Z"),
        "{text}"
    );
}

#[test]
fn a_signature_without_its_certificate_cannot_be_compared_and_says_so() {
    let mut response = good();
    response.certificate = None;
    let findings = check(&response, &captured());
    assert_eq!(state_of(&findings, Check::Certificate), State::Ok);
    assert!(english(&findings, Check::Certificate).contains("does not include its certificate"));
}

#[test]
fn a_damaged_certificate_in_the_signature_is_a_problem_not_an_error() {
    let mut response = good();
    response.certificate = Some("MIIC8DCCAdigAwIBAgIQ".to_owned());
    let findings = check(&response, &captured());
    assert_eq!(state_of(&findings, Check::Certificate), State::Problem);
    assert!(english(&findings, Check::Certificate).contains("cannot be read"));
}

// ---- signed ------------------------------------------------------------------------------

#[test]
fn an_unsigned_response_says_which_azure_option_to_set() {
    let mut response = good();
    response.sign_assertion = false;
    let findings = check(&response, &captured());
    assert_eq!(findings.state, Overall::Problems);
    assert_eq!(state_of(&findings, Check::Signed), State::Problem);
    assert!(english(&findings, Check::Signed).contains("Signing Option to Sign SAML assertion"));
    assert_eq!(state_of(&findings, Check::Certificate), State::Problem);
}

#[test]
fn a_signature_on_the_response_or_on_both_counts() {
    let mut response = good();
    response.sign_assertion = false;
    response.sign_response = true;
    let findings = check(&response, &captured());
    assert_eq!(findings.state, Overall::Ok);
    assert!(english(&findings, Check::Signed).starts_with("The response is signed"));
    response.sign_assertion = true;
    let findings = check(&response, &captured());
    assert!(english(&findings, Check::Signed).contains("response and its assertion"));
}

#[test]
fn a_signature_nested_deeper_than_the_assertion_does_not_count() {
    // A Signature inside an attribute value signs nothing GoTo reads.
    let mut response = good();
    response.sign_assertion = false;
    let xml = response.xml().replacen(
        "<AttributeValue>ann.lee@contoso.com</AttributeValue>",
        &format!(r#"<AttributeValue><Signature xmlns="{DS}"/></AttributeValue>"#),
        1,
    );
    let findings = signin::check(xml.as_bytes(), &captured(), now()).unwrap();
    assert_eq!(state_of(&findings, Check::Signed), State::Problem);
}

// ---- time --------------------------------------------------------------------------------

#[test]
fn expired_conditions_name_the_times_and_the_clock_skew_rule() {
    // Checked two hours after Azure issued it: Conditions ended an hour ago.
    let late = now() + 2 * 3600;
    let findings = signin::check(good().xml().as_bytes(), &captured(), late).unwrap();
    assert_eq!(state_of(&findings, Check::Time), State::Problem);
    let text = english(&findings, Check::Time);
    for word in [
        "NotOnOrAfter was 2026-03-01T12:59:30Z",
        "it is now 2026-03-01T14:00:00Z",
        "5 minutes",
        "Sign in again",
    ] {
        assert!(text.contains(word), "{word:?}: {text}");
    }
}

#[test]
fn the_five_minutes_of_clock_skew_are_allowed_on_both_ends() {
    let mut response = good();
    // Ended 4 minutes ago, starts in 4 minutes: both within the skew.
    response.subject_not_on_or_after = Some(azure_instant(now() - 240));
    response.not_before = Some(azure_instant(now() + 240));
    assert_eq!(
        state_of(&check(&response, &captured()), Check::Time),
        State::Ok
    );
    // Ended 5 minutes ago (to the second, fractions dropped): expired.
    response.subject_not_on_or_after = Some(ssobridge::time::rfc3339(now() - 300));
    only_problem(
        &check(&response, &captured()),
        Check::Time,
        &["SubjectConfirmationData NotOnOrAfter"],
    );
}

#[test]
fn a_not_before_more_than_five_minutes_ahead_points_at_a_wrong_clock() {
    let mut response = good();
    response.not_before = Some(azure_instant(now() + 600));
    only_problem(
        &check(&response, &captured()),
        Check::Time,
        &["Conditions NotBefore is 2026-03-01T12:10:00Z", "clock"],
    );
}

#[test]
fn the_time_check_reports_the_window_it_checked() {
    let findings = check(&good(), &captured());
    let text = english(&findings, Check::Time);
    assert!(
        text.contains("from 2026-03-01T11:54:30Z to 2026-03-01T12:04:30Z")
            && text.contains("it is now 2026-03-01T12:00:00Z"),
        "{text}"
    );
}

#[test]
fn an_unreadable_time_is_a_problem() {
    let mut response = good();
    response.not_on_or_after = Some("tomorrow".to_owned());
    only_problem(
        &check(&response, &captured()),
        Check::Time,
        &["\"tomorrow\""],
    );
}

#[test]
fn no_validity_period_at_all_passes_and_says_so() {
    let mut response = good();
    response.not_before = None;
    response.not_on_or_after = None;
    response.subject_not_on_or_after = None;
    let findings = check(&response, &captured());
    assert_eq!(state_of(&findings, Check::Time), State::Ok);
    assert!(english(&findings, Check::Time).contains("no validity period"));
}

// ---- nameid ------------------------------------------------------------------------------

#[test]
fn a_nameid_that_is_not_an_email_names_the_claim_to_change() {
    let mut response = good();
    response.name_id = Some("Dh7tdLu2gHm-Vi4emADxWxfoPB2XZvADD_H2EBlaKAw".to_owned());
    response.name_id_format =
        Some("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent".to_owned());
    only_problem(
        &check(&response, &captured()),
        Check::NameId,
        &[
            "Dh7tdLu2gHm-Vi4emADxWxfoPB2XZvADD_H2EBlaKAw",
            "format persistent",
            "Attributes & Claims",
            "Unique User Identifier",
            "user.mail or user.userprincipalname",
            "Email address format",
        ],
    );
}

#[test]
fn an_email_shaped_nameid_passes_whatever_its_format() {
    let mut response = good();
    response.name_id_format = None;
    response.name_id = Some("ann.lee@contoso.onmicrosoft.com".to_owned());
    assert_eq!(check(&response, &captured()).state, Overall::Ok);
}

#[test]
fn a_missing_nameid_is_a_problem_and_an_unformatted_one_is_called_unspecified() {
    let mut response = good();
    response.name_id = None;
    only_problem(
        &check(&response, &captured()),
        Check::NameId,
        &["no NameID"],
    );
    response.name_id = Some("annlee".to_owned());
    response.name_id_format = None;
    only_problem(
        &check(&response, &captured()),
        Check::NameId,
        &["format unspecified"],
    );
}

// ---- encrypted assertions ----------------------------------------------------------------

#[test]
fn an_encrypted_assertion_is_reported_as_such_not_guessed_at() {
    let mut response = good();
    response.assertion = false;
    response.encrypted = true;
    let findings = check(&response, &captured());
    assert_eq!(findings.state, Overall::Problems);
    // What lies outside the encryption is still checked.
    for check in [Check::Status, Check::Issuer, Check::Destination] {
        assert_eq!(state_of(&findings, check), State::Ok, "{check:?}");
    }
    for check in [
        Check::Audience,
        Check::Certificate,
        Check::Signed,
        Check::Time,
        Check::NameId,
    ] {
        assert_eq!(state_of(&findings, check), State::Problem, "{check:?}");
        let text = english(&findings, check);
        assert!(
            text.contains("encrypted") && text.contains("Token encryption"),
            "{check:?}: {text}"
        );
    }
    let summary = signin::read(response.xml().as_bytes())
        .unwrap()
        .summary(now());
    assert!(summary.encrypted_assertion && summary.name_id.is_none());
}

#[test]
fn an_encrypted_response_signed_on_the_outside_still_has_its_certificate_checked() {
    let mut response = good();
    response.assertion = false;
    response.encrypted = true;
    response.sign_response = true;
    let findings = check(&response, &captured());
    assert_eq!(state_of(&findings, Check::Certificate), State::Ok);
    assert_eq!(state_of(&findings, Check::Signed), State::Ok);
    assert_eq!(state_of(&findings, Check::NameId), State::Problem);
}

// ---- forms and spellings -----------------------------------------------------------------

#[test]
fn every_form_a_response_arrives_in_gives_the_same_findings() {
    let response = good();
    let expected = check(&response, &captured());
    let posted = response.posted();
    let mut bom_xml = "\u{FEFF}".as_bytes().to_vec();
    bom_xml.extend_from_slice(response.xml().as_bytes());
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in response.xml().encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let forms: Vec<(&str, Vec<u8>)> = vec![
        ("posted Base64", posted.clone().into_bytes()),
        (
            "Base64 with CRLF line breaks",
            wrapped(&posted).into_bytes(),
        ),
        (
            "Base64 with LF line breaks and indentation",
            format!("\n    {}\n", wrapped(&posted).replace("\r\n", "\n    ")).into_bytes(),
        ),
        ("URL-encoded form value", form_encode(&posted).into_bytes()),
        (
            "whole form body",
            format!(
                "SAMLResponse={}&RelayState={}",
                form_encode(&posted),
                form_encode("https://global.gotomeeting.com")
            )
            .into_bytes(),
        ),
        (
            "percent-escaped except +",
            posted.replace('=', "%3D").replace('/', "%2F").into_bytes(),
        ),
        ("XML with byte-order mark", bom_xml),
        ("UTF-16 XML", utf16),
    ];
    for (form, bytes) in forms {
        assert!(signin::looks_like_response(&bytes), "{form}");
        let findings =
            signin::check(&bytes, &captured(), now()).unwrap_or_else(|e| panic!("{form}: {e}"));
        assert_eq!(findings, expected, "{form}");
    }
}

#[test]
fn other_namespace_prefixes_and_default_namespaces_read_the_same() {
    let expected = check(&good(), &captured());
    assert_eq!(expected.state, Overall::Ok);
    for style in [Style::Azure2015, Style::Prefixed, Style::Unprefixed] {
        let mut response = good();
        response.style = style;
        response.sign_response = true;
        let xml = response.xml();
        let findings = check(&response, &captured());
        assert_eq!(findings.state, Overall::Ok, "{style:?}: {xml}");
        assert!(english(&findings, Check::Certificate).contains(NEW_THUMBPRINT));
        assert!(english(&findings, Check::Signed).contains("response and its assertion"));
    }
    let mut prefixed = good();
    prefixed.style = Style::Prefixed;
    assert!(prefixed.xml().starts_with("<saml2p:Response"));
    assert!(prefixed.xml().contains("<saml2:Assertion"));
}

#[test]
fn the_summary_holds_what_the_response_says() {
    let summary = signin::read(good().posted().as_bytes())
        .unwrap()
        .summary(now());
    assert_eq!(summary.issuer.as_deref(), Some(ENTITY_ID));
    assert_eq!(summary.destination.as_deref(), Some(ACS));
    assert_eq!(summary.recipient.as_deref(), Some(ACS));
    assert_eq!(summary.audience, vec![SP.to_owned()]);
    assert_eq!(summary.name_id.as_deref(), Some("ann.lee@contoso.com"));
    assert_eq!(summary.name_id_format.as_deref(), Some(EMAIL_FORMAT));
    assert_eq!(summary.thumbprint_sha1.as_deref(), Some(NEW_THUMBPRINT));
    assert_eq!(
        summary.not_on_or_after.as_deref(),
        Some("2026-03-01T12:59:30Z")
    );
    assert_eq!(
        summary.issue_instant.as_deref(),
        Some("2026-03-01T11:59:30Z")
    );
    assert_eq!(
        summary.status_code.as_deref(),
        Some("urn:oasis:names:tc:SAML:2.0:status:Success")
    );
}

// ---- a real Azure AD response ------------------------------------------------------------

#[test]
fn a_real_2015_azure_ad_response_is_read_and_its_gaps_for_goto_are_named() {
    let xml = fixture("responses/socialflow-net-saml2_azure-ad_2015.xml");
    let response = signin::read(&xml).unwrap();
    let summary = response.summary(at("2015-05-22T17:20:00Z"));
    assert_eq!(
        summary.issuer.as_deref(),
        Some("https://sts.windows.net/acb72633-aa5b-4728-893c-8566381b4d2b/")
    );
    assert_eq!(summary.audience, vec!["https://sso.dev.saturn.sfsrv.net"]);
    assert_eq!(
        summary.thumbprint_sha1.as_deref(),
        Some("3270BF5597004DF339A4E62224731B6BD82810A6")
    );
    // At the time it was posted, for the app it was posted to, only GoTo's rules fail: its
    // audience, its destination and its opaque NameID.
    let findings = response.check(&Reference::default(), at("2015-05-22T17:20:00Z"));
    let problems: Vec<&str> = findings
        .checks
        .iter()
        .filter(|f| f.state == State::Problem)
        .map(|f| f.check.as_str())
        .collect();
    assert_eq!(problems, ["destination", "audience", "nameid"]);
    // Today its time and its certificate (valid to 2016-10-27) have run out too.
    let findings = response.check(&Reference::default(), now());
    assert_eq!(state_of(&findings, Check::Time), State::Problem);
    assert!(english(&findings, Check::Certificate).contains("expired on 2016-10-27T00:00:00Z"));
}

// ---- refused input -----------------------------------------------------------------------

fn error_code(bytes: &[u8]) -> &'static str {
    signin::check(bytes, &Reference::default(), now())
        .unwrap_err()
        .code()
}

#[test]
fn a_doctype_is_refused_in_xml_and_in_base64() {
    let xml = format!(
        r#"<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "ann@contoso.com">]>{}"#,
        good().xml()
    );
    assert_eq!(error_code(xml.as_bytes()), "xml-doctype-forbidden");
    let posted = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, &xml);
    assert!(signin::looks_like_response(posted.as_bytes()));
    assert_eq!(error_code(posted.as_bytes()), "xml-doctype-forbidden");
}

#[test]
fn an_undeclared_entity_is_refused() {
    let xml = good().xml().replacen("ann.lee@contoso.com", "&user;", 1);
    assert_eq!(error_code(xml.as_bytes()), "xml-malformed");
}

#[test]
fn input_over_1_mib_is_refused_before_decoding() {
    let mut posted = good().posted();
    posted.push_str(&" ".repeat(1024 * 1024));
    assert_eq!(error_code(posted.as_bytes()), "input-too-large");
    assert!(!signin::looks_like_response(posted.as_bytes()));
}

#[test]
fn what_is_not_a_saml_2_response_is_refused_by_name() {
    let metadata = fixture(METADATA);
    assert_eq!(error_code(&metadata), "not-saml-response");
    assert!(!signin::looks_like_response(&metadata));
    let saml11 = r#"<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:1.0:protocol" MajorVersion="1" MinorVersion="1"/>"#;
    assert_eq!(error_code(saml11.as_bytes()), "not-saml-response");
    let request =
        format!(r#"<samlp:AuthnRequest xmlns:samlp="{PROTOCOL}" ID="_1" Version="2.0"/>"#);
    assert_eq!(error_code(request.as_bytes()), "not-saml-response");
    // Base64 that decodes to something other than XML (a certificate).
    let certificate = base64_of("certs/derived/ggtristams_active_signing_cert.cer");
    assert_eq!(error_code(certificate.as_bytes()), "not-saml-response");
    assert!(!signin::looks_like_response(certificate.as_bytes()));
    assert!(!signin::looks_like_response(&fixture(
        "certs/derived/ggtristams_active_signing_cert.cer"
    )));
    assert_eq!(error_code(b"   "), "empty-input");
}

#[test]
fn truncated_base64_gets_the_responses_own_error() {
    let posted = good().posted();
    let truncated = &posted[..posted.len() - 3];
    assert!(signin::looks_like_response(truncated.as_bytes()));
    assert_eq!(error_code(truncated.as_bytes()), "response-base64");
    let err = signin::check(truncated.as_bytes(), &Reference::default(), now()).unwrap_err();
    for lang in Lang::ALL {
        let text = err.render(lang);
        assert!(
            text.contains("SAMLResponse") && !text.contains('{'),
            "{text}"
        );
    }
    for lang in Lang::ALL {
        let text = ssobridge::Error::NotSamlResponse.render(lang);
        assert!(text.contains("SAML 2.0") && !text.contains('{'), "{text}");
    }
}

/// Verified to fail against the parser before it checked for unclosed elements: quick-xml ends
/// a truncated document with `Eof`, not an error, and half a response read as one without its
/// assertion.
#[test]
fn malformed_xml_is_an_error_not_a_finding() {
    let xml = good().xml();
    let cut = &xml[..xml.len() / 2];
    assert_eq!(error_code(cut.as_bytes()), "xml-malformed");
    let doubled = format!("{xml}{xml}");
    assert_eq!(error_code(doubled.as_bytes()), "xml-malformed");
}

// ---- no input panics ---------------------------------------------------------------------

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let _ = signin::looks_like_response(&bytes);
            let _ = signin::check(&bytes, &captured(), now());
        }

        #[test]
        fn any_cut_or_damaged_byte_of_a_response_never_panics(
            cut in 0usize..6000, at in 0usize..6000, byte in any::<u8>(), posted in any::<bool>()
        ) {
            let response = good();
            let mut bytes = if posted { response.posted() } else { response.xml() }.into_bytes();
            let len = bytes.len();
            if let Some(b) = bytes.get_mut(at % len) {
                *b = byte;
            }
            bytes.truncate(cut % (len + 1));
            let _ = signin::looks_like_response(&bytes);
            if let Ok(findings) = signin::check(&bytes, &captured(), now()) {
                prop_assert_eq!(findings.checks.len(), 8);
            }
        }
    }
}
