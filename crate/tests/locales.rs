//! The extension's `_locales` are the message table, generated: they never drift from what the
//! core renders. Regenerate with `cargo run -p ssobridge --example locales`. Native only: the
//! wasm module compiles no sentences in (it reads these files).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use ssobridge::i18n::{Lang, locales_json};
use std::path::PathBuf;

#[test]
fn locales_are_generated_from_the_message_table() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../extension/_locales");
    for lang in Lang::ALL {
        let path = root.join(lang.code()).join("messages.json");
        let shipped = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            shipped == locales_json(lang),
            "{} differs from the table: run `cargo run -p ssobridge --example locales`",
            path.display()
        );
    }
}

#[test]
fn every_error_renders_in_every_language_with_all_its_details() {
    use ssobridge::Error;
    use ssobridge::field::{Difference, Setting};
    let errors = [
        Error::InputTooLarge {
            size: 2_000_001,
            limit: 1_048_576,
        },
        Error::EmptyInput,
        Error::UnrecognisedInput,
        Error::XmlDoctypeForbidden,
        Error::XmlTooDeep { limit: 64 },
        Error::XmlMalformed {
            detail: "«detail»".into(),
        },
        Error::NotMetadata,
        Error::TenantIndependentMetadata,
        Error::NoSigningCertificate,
        Error::NoSignInService,
        Error::SeveralIdpEntities {
            entity_ids: vec!["«a»".into(), "«b»".into()],
        },
        Error::InvalidBase64 {
            detail: "«detail»".into(),
        },
        Error::InvalidPem {
            detail: "«detail»".into(),
        },
        Error::NotACertificate {
            detail: "«detail»".into(),
        },
        Error::CertificateRequest,
        Error::PrivateKey,
        Error::BadEntityId {
            value: "«value»".into(),
        },
        Error::BadLoginUrl {
            value: "«value»".into(),
        },
        Error::BadMetadataUrl {
            value: "«value»".into(),
        },
        Error::BadMessage {
            detail: "«detail»".into(),
        },
        Error::HostNotAllowed {
            origin: "«origin»".into(),
        },
        Error::NothingCaptured,
        Error::NothingFound,
        Error::MissingValue {
            what: Setting::Certificate,
        },
        Error::FormNotFound {
            missing: vec!["form-identifier", "form-reply-url"],
        },
        Error::ModeNotAvailable {
            mode: "mode-automatic",
        },
        Error::TwoTenants {
            first: "«a»".into(),
            second: "«b»".into(),
        },
        Error::TwoMetadataUrls {
            first: "«a»".into(),
            second: "«b»".into(),
        },
        Error::AppMismatch {
            page_app: "«a»".into(),
            url_app: "«b»".into(),
        },
        Error::PageDisagrees {
            differences: vec![Difference::new(Setting::EntityId, "«a»", "«b»")],
        },
        Error::CertificateExpired {
            not_after: "«date»".into(),
            thumbprint: "«hex»".into(),
        },
        Error::CertificateNotYetValid {
            not_before: "«date»".into(),
            thumbprint: "«hex»".into(),
        },
        Error::CertificateNotActive {
            file: "«a»".into(),
            shown: "«b»".into(),
        },
        Error::CaptureIncomplete,
        Error::UnsafeClick {
            reason: "click-covered",
        },
        Error::FrameNotAllowed {
            reason: "frame-foreign-ancestor",
        },
        Error::FetchHttpStatus { status: 404 },
        Error::FetchRedirected,
        Error::FetchTimedOut { seconds: 10 },
        Error::FetchNetwork,
        Error::FetchTooLarge { limit: 1_048_576 },
        Error::NotSamlResponse,
        Error::ResponseBase64 {
            detail: "«detail»".into(),
        },
        Error::PolicyLocked {
            setting: "popup-product",
        },
        Error::SigninCheckOff,
    ];
    for err in &errors {
        assert!(
            ssobridge::i18n::entry(err.code()).is_some(),
            "{} has no table entry",
            err.code()
        );
        for lang in Lang::ALL {
            let text = err.render(lang);
            assert!(
                !text.contains('{')
                    && ["field-", "form-", "mode-", "click-", "frame-", "popup-"]
                        .iter()
                        .all(|key| !text.contains(key)),
                "{lang:?} {}: a key was not rendered: {text}",
                err.code()
            );
            for detail in [
                "«a»",
                "«b»",
                "«detail»",
                "«value»",
                "«origin»",
                "«date»",
                "«hex»",
                "2000001",
                "404",
            ] {
                if format!("{err:?}").contains(detail.trim_matches(['«', '»']))
                    && format!("{err:?}").contains(detail)
                {
                    assert!(
                        text.contains(detail),
                        "{lang:?} {} drops {detail}: {text}",
                        err.code()
                    );
                }
            }
        }
    }
}

/// The Chrome Web Store refuses a manifest `description` over 132 characters; every language's
/// text is checked here, since the store only says so at upload.
#[test]
fn every_store_description_fits_the_chrome_web_store_limit() {
    for lang in Lang::ALL {
        let text = ssobridge::i18n::compiled_text(lang, "extDescription").unwrap_or_default();
        let chars = text.chars().count();
        assert!(
            (1..=132).contains(&chars),
            "{lang:?} extDescription is {chars} characters (limit 132): {text}"
        );
    }
}
