//! The organisation's policy (`storage.managed`): read with serde value by value, an invalid
//! value ignored and named, a managed value winning over the admin's choice in the popup and in
//! the fills, locked choices and a switched-off sign-in check refused with a sentence, all
//! through the worker's one entry point as the extension calls it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use common::*;
use serde_json::{Value, json};
use ssobridge::azure::sp::Product;
use ssobridge::goto::form::Mode;
use ssobridge::i18n::Lang;
use ssobridge::messages::{self, Context, Effect, Event, Reply, Request, Sender};
use ssobridge::policy::Policy;
use ssobridge::popup::PopupView;
use ssobridge::snapshot::{Op, PageSnapshot};

const NOW: &str = "2026-11-23T00:00:00Z";
const EXTENSION: &str = "abcdefghijklmnopabcdefghijklmnop";
const BASE: &str = "chrome-extension://abcdefghijklmnopabcdefghijklmnop/";
const TENANT_ROLLOVER: &str = "81c1df79-e153-4f9d-a101-8dcf04af6c2c";
const CLICK: &str = r#"{"trusted":true,"onButton":true,"inViewport":true,"widthPx":120,"heightPx":32,"visibleMs":2000,"opacityPercent":100,"styleIntact":true,"topLayer":true}"#;

/// The policy read from the managed object as the worker hands it over: its JSON text.
fn policy_of(managed: &Value) -> Policy {
    Policy::from_managed(Some(&serde_json::value::to_raw_value(managed).unwrap()))
}

fn context(managed: Value, lang: Lang) -> Context {
    Context {
        extension_id: EXTENSION.to_owned(),
        extension_base: BASE.to_owned(),
        lang,
        now: at(NOW),
        fresh_token: "0123456789abcdef0123".to_owned(),
        policy: Some(policy_of(&managed)),
    }
}

fn popup_sender() -> Sender {
    Sender {
        id: EXTENSION.to_owned(),
        url: format!("{BASE}popup.html"),
        origin: Some(BASE.trim_end_matches('/').to_owned()),
        ..Sender::default()
    }
}

fn page_sender(url: &str) -> Sender {
    let host = ssobridge::hosts::https_host(url).expect("https");
    Sender {
        id: EXTENSION.to_owned(),
        url: url.to_owned(),
        origin: Some(format!("https://{host}")),
        tab_id: Some(1),
        frame_id: 0,
        sandboxed: false,
    }
}

fn request(json: &str) -> Request {
    serde_json::from_str(json).unwrap()
}

fn popup(effect: &Effect) -> &PopupView {
    match &effect.reply {
        Some(Reply::Popup(view)) => view,
        other => panic!("not a popup view: {other:?}"),
    }
}

fn ask(json: &str, stored: &Value, managed: Value) -> Effect {
    messages::handle(
        request(json),
        &popup_sender(),
        &stored.to_string(),
        &context(managed, Lang::En),
    )
    .unwrap()
}

fn snapshot(name: &str) -> PageSnapshot {
    serde_json::from_slice(&fixture(&format!("snapshots/{name}.json"))).unwrap()
}

#[test]
fn managed_values_are_read_one_by_one_and_a_bad_one_is_ignored_and_named() {
    let policy = policy_of(&json!({
        "mode": "automatic",
        "product": "gotomeating",
        "signinCheck": "no",
        "Mode": "manual",
    }));
    assert_eq!(policy.mode, Some(Mode::Automatic));
    assert_eq!(policy.product, None, "a misspelt product is not a product");
    assert_eq!(
        policy.signin_check,
        Some(false),
        "fail-closed: a signinCheck that is present and not true turns the check off"
    );
    assert!(!policy.signin_check_allowed());
    let said: Vec<String> = policy.ignored.iter().map(|m| m.render(Lang::En)).collect();
    assert_eq!(said.len(), 3, "{said:?}");
    assert!(
        said.iter()
            .any(|s| s.contains("product") && s.contains("\"gotomeating\""))
    );
    assert!(
        said.iter()
            .any(|s| s.contains("signinCheck") && s.contains("\"no\""))
    );
    assert!(said.iter().any(|s| s.contains("names Mode")));

    // Nothing managed (Chrome: {}, Firefox: no policy, so null), or null values: no policy.
    for nothing in [
        json!(null),
        json!({}),
        json!({"mode": null, "signinCheck": null}),
    ] {
        assert_eq!(policy_of(&nothing), Policy::default());
    }
    assert_eq!(Policy::from_managed(None), Policy::default());
    let odd = policy_of(&json!(["manual"]));
    assert_eq!(odd.mode, None);
    assert_eq!(odd.ignored[0].key, "policy-not-object");
    // An absurd value is named, not pasted whole into the popup.
    let long = policy_of(&json!({ "mode": "x".repeat(5000) }));
    assert!(long.ignored[0].render(Lang::En).chars().count() < 250);
}

#[test]
fn the_managed_mode_and_product_win_over_the_admins_choice_and_are_shown_locked() {
    let stored = json!({"options": {"mode": "manual", "product": "gotomeeting"}});
    let effect = ask(
        r#"{"type":"popup-open"}"#,
        &stored,
        json!({"mode": "metadata-file", "product": "gotoassist"}),
    );
    let view = popup(&effect);
    assert_eq!(view.mode, Mode::MetadataFile);
    assert_eq!(view.product, Product::Gotoassist);
    assert!(view.policy.mode_locked && view.policy.product_locked);
    assert!(!view.policy.signin_check_off);
    assert_eq!(view.policy.locked_text, "Set by your organisation");
    assert!(view.policy.ignored.is_empty());
    assert!(
        effect.store.is_none(),
        "the admin's own choice is kept, not overwritten"
    );

    // Without the policy, the admin's choice is back.
    let view = ask(r#"{"type":"popup-open"}"#, &stored, Value::Null);
    assert_eq!(popup(&view).mode, Mode::Manual);
    assert!(!popup(&view).policy.mode_locked);
}

#[test]
fn a_locked_choice_is_refused_with_a_sentence_and_nothing_is_stored() {
    let managed = json!({"mode": "automatic"});
    let effect = ask(
        r#"{"type":"set-mode","mode":"manual"}"#,
        &Value::Null,
        managed.clone(),
    );
    assert!(effect.store.is_none());
    let view = popup(&effect);
    assert_eq!(view.mode, Mode::Automatic);
    let notice = view.notice.as_ref().expect("a notice");
    assert_eq!(notice.code, "policy-locked");
    assert_eq!(
        notice.text,
        "Mode is set by your organisation and cannot be changed here."
    );

    // The product is not locked by this policy: the admin still chooses it.
    let effect = ask(
        r#"{"type":"set-product","product":"gotowebinar"}"#,
        &Value::Null,
        managed,
    );
    assert_eq!(
        effect.store.as_ref().map(|s| s.options.product),
        Some(Product::Gotowebinar)
    );
    assert!(popup(&effect).notice.is_none());

    let effect = ask(
        r#"{"type":"set-product","product":"gotowebinar"}"#,
        &Value::Null,
        json!({"product": "gototraining"}),
    );
    assert!(effect.store.is_none());
    let notice = popup(&effect).notice.clone().expect("a notice");
    assert_eq!(notice.code, "policy-locked");
    assert!(notice.text.starts_with("GoTo product (Relay State) is set"));
}

#[test]
fn the_locked_sentence_is_in_the_admins_language() {
    let effect = messages::handle(
        request(r#"{"type":"start-signin-check"}"#),
        &popup_sender(),
        "null",
        &context(json!({"signinCheck": false, "mode": "manual"}), Lang::De),
    )
    .unwrap();
    let view = popup(&effect);
    assert_eq!(view.policy.locked_text, "Von Ihrer Organisation festgelegt");
    assert_eq!(
        view.notice.as_ref().map(|n| n.text.as_str()),
        Some("Ihre Organisation hat die Anmeldeprüfung abgeschaltet.")
    );
}

#[test]
fn a_switched_off_sign_in_check_is_refused_and_a_running_watch_ends() {
    let off = json!({"signinCheck": false});
    let effect = ask(
        r#"{"type":"start-signin-check"}"#,
        &Value::Null,
        off.clone(),
    );
    assert!(!effect.watch, "no webRequest listener");
    assert!(effect.store.is_none());
    let view = popup(&effect);
    assert_eq!(
        view.notice.as_ref().map(|n| n.code.as_str()),
        Some("signin-check-off")
    );
    assert!(view.policy.signin_check_off);
    assert_eq!(
        view.policy.signin_check_text,
        "Your organisation has turned off the sign-in check."
    );
    assert_eq!(view.signin.state, "idle");

    // Allowed explicitly or by default: the watch starts.
    for allowed in [json!({"signinCheck": true}), Value::Null] {
        let effect = ask(r#"{"type":"start-signin-check"}"#, &Value::Null, allowed);
        assert!(effect.watch);
        assert_eq!(popup(&effect).signin.state, "waiting");
    }

    // A watch started before the policy arrived: the next response is not read, the watch ends.
    let watching = json!({"signin": {"watchUntil": at(NOW) + 60}});
    let effect = messages::observe_signin(
        &ssobridge::messages::Posted {
            method: "POST".into(),
            kind: "main_frame".into(),
            url: "https://authentication.logmeininc.com/saml/acs".into(),
            initiator: Some("https://login.microsoftonline.com".into()),
            ..Default::default()
        },
        b"SAMLResponse=PHNhbWxwOlJlc3BvbnNlLz4=",
        &watching.to_string(),
        &context(off, Lang::En),
    );
    assert!(!effect.watch);
    let stored = effect.store.expect("the watch's end is stored");
    assert_eq!(stored.signin.watch_until, None);
    assert_eq!(stored.signin.findings, None);
}

#[test]
fn an_ignored_managed_value_leaves_the_admins_choice_and_says_so() {
    let stored = json!({"options": {"mode": "automatic", "product": "gotowebinar"}});
    let effect = ask(
        r#"{"type":"popup-open"}"#,
        &stored,
        json!({"mode": "fast", "product": "gototraining"}),
    );
    let view = popup(&effect);
    assert_eq!(view.mode, Mode::Automatic, "the admin's choice stands");
    assert!(!view.policy.mode_locked);
    assert_eq!(view.product, Product::Gototraining);
    assert!(view.policy.product_locked);
    assert_eq!(
        view.policy.ignored,
        [
            "Your organisation's policy sets mode to \"fast\", which ssobridge does not understand; it is ignored."
        ]
    );
    // And the admin may still change what the policy did not set.
    let effect = ask(
        r#"{"type":"set-mode","mode":"manual"}"#,
        &stored,
        json!({"mode": "fast"}),
    );
    assert_eq!(
        effect.store.as_ref().map(|s| s.options.mode),
        Some(Mode::Manual)
    );
}

/// The texts a fill's first round types, for a request from a page at `url`.
fn texts_typed(message: &str, url: &str, stored: &Value, context: Context) -> Vec<String> {
    let effect = messages::handle(
        request(message),
        &page_sender(url),
        &stored.to_string(),
        &context,
    )
    .unwrap();
    let Some(Reply::Step(step)) = effect.reply else {
        panic!("not a step");
    };
    step.ops
        .into_iter()
        .filter_map(|op| match op {
            Op::SetText { value, .. } => Some(value),
            _ => None,
        })
        .collect()
}

#[test]
fn fill_goto_values_types_the_managed_products_relay_state() {
    let pane = snapshot("azure-2019-nl-basic-saml-pane");
    let message = format!(
        r#"{{"type":"fill-sp","click":{CLICK},"snapshot":{}}}"#,
        serde_json::to_string(&pane).unwrap()
    );
    let stored = json!({"options": {"product": "gotomeeting"}});
    let relay_states = |managed: Value| -> Vec<String> {
        let typed = texts_typed(&message, &pane.url, &stored, context(managed, Lang::Nl));
        typed
            .into_iter()
            .filter(|value| value.starts_with("https://global."))
            .collect()
    };
    assert_eq!(
        relay_states(json!({"product": "gotowebinar"})),
        ["https://global.gotowebinar.com"]
    );
    assert_eq!(
        relay_states(Value::Null),
        ["https://global.gotomeeting.com"]
    );
}

#[test]
fn fill_from_azure_uses_the_managed_mode() {
    let form = snapshot("goto-react-en-automatic");
    // As the popup's pasted metadata URL builds it: the URL, then the document it names.
    let settings = ssobridge::settings::Settings {
        metadata_url: Some(format!(
            "https://login.microsoftonline.com/{TENANT_ROLLOVER}/federationmetadata/2007-06/federationmetadata.xml?appid=2f6c1a3e-8d4b-4b7e-9a51-6c0d3e7b9f21"
        )),
        ..Default::default()
    }
    .with_file(
            &fixture("metadata/ggtristams-samlsso_federationmetadata.xml"),
            at(NOW),
        )
        .unwrap();
    let stored = json!({"settings": settings, "options": {"mode": "manual"}});
    let message = format!(
        r#"{{"type":"fill","click":{CLICK},"snapshot":{}}}"#,
        serde_json::to_string(&form).unwrap()
    );
    let writes =
        |managed: Value| texts_typed(&message, &form.url, &stored, context(managed, Lang::En));
    // Automatic: GoTo is given the metadata URL, which the manual mode never types.
    let automatic = writes(json!({"mode": "automatic"}));
    assert!(
        automatic
            .iter()
            .any(|v| v.contains("federationmetadata.xml")),
        "{automatic:?}"
    );
    let manual = writes(Value::Null);
    assert!(
        !manual.iter().any(|v| v.contains("federationmetadata.xml")),
        "{manual:?}"
    );
}

/// Chromium answers `storage.managed.get()` only after its start-up completes, which a page
/// that never stops changing delays by tens of seconds: what draws the buttons must not wait
/// for the policy, and what the policy decides must never go without it.
#[test]
fn the_policy_is_asked_for_only_where_it_decides_something() {
    let unread = Context {
        policy: None,
        ..context(Value::Null, Lang::En)
    };
    let pane = snapshot("azure-2019-nl-basic-saml-pane");
    let pane_json = serde_json::to_string(&pane).unwrap();
    let step = |message: &str, sender: Sender, stored: &Value| {
        messages::step(
            Event::Request(Box::new(request(message)), sender),
            &stored.to_string(),
            &unread,
        )
        .unwrap()
    };

    // The buttons: answered at once, without the policy.
    let view = step(
        &format!(r#"{{"type":"view","snapshot":{pane_json}}}"#),
        page_sender(&pane.url),
        &Value::Null,
    );
    assert!(!view.needs_policy);
    assert!(matches!(view.reply, Some(Reply::View(_))), "{view:?}");

    // A fill (mode, product) and every popup view (locks, the sign-in check): asked for,
    // nothing decided, nothing stored, the observer left as it is.
    let fill_sp = format!(r#"{{"type":"fill-sp","click":{CLICK},"snapshot":{pane_json}}}"#);
    for (message, sender) in [
        (fill_sp.as_str(), page_sender(&pane.url)),
        (r#"{"type":"popup-open"}"#, popup_sender()),
        (r#"{"type":"start-signin-check"}"#, popup_sender()),
        (r#"{"type":"clear"}"#, popup_sender()),
    ] {
        let effect = step(message, sender, &Value::Null);
        assert!(effect.needs_policy, "{message}");
        assert_eq!(
            (effect.reply, effect.store, effect.watch, effect.release),
            (None, None, false, false),
            "{message}"
        );
    }

    // A start or the watch's alarm: the policy only while a watch is in progress (a policy that
    // turned the check off ends it).
    let watching = json!({"signin": {"watchUntil": at(NOW) + 60}});
    for event in [Event::Started, Event::Deadline] {
        let idle = messages::step(event.clone(), "null", &unread).unwrap();
        assert!(!idle.needs_policy && !idle.watch);
        let effect = messages::step(event, &watching.to_string(), &unread).unwrap();
        assert!(effect.needs_policy && !effect.watch && !effect.release);
    }
    let off = Context {
        policy: Some(policy_of(&json!({"signinCheck": false}))),
        ..unread.clone()
    };
    let ended = messages::step(Event::Started, &watching.to_string(), &off).unwrap();
    assert!(!ended.needs_policy && !ended.watch && ended.release);
}
