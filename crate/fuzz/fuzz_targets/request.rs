//! Any bytes as a message to the worker (the JSON a content script or the popup sends): never a
//! panic. A request that parses goes through `messages::handle` from a sender that passes
//! admission (the snapshot's own https frame, or the extension's popup), against an empty state
//! and against a state holding a real capture; a snapshot also goes straight to every planner
//! and reader (`goto::plan::plan`, `azure::sp::plan`, `azure::read::read`, `azure::capture`,
//! `page::view`). Checked on the way:
//!
//! * every operation of a plan names an element of the snapshot it was planned on;
//! * every effect serialises (the worker posts it as JSON);
//! * a state the worker is told to store reads back unchanged through `WorkerState::from_stored`;
//! * a pending fetch resumes, with the fetch failed and with real metadata;
//! * the same bytes read as the organisation's managed storage (`Policy::from_managed`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use ssobridge::azure::{capture, read, sp};
use ssobridge::fill::{FillStep, Progress};
use ssobridge::goto::{self, form::Mode};
use ssobridge::i18n::Lang;
use ssobridge::messages::{self, Context, Effect, Reply, Request, Sender, WorkerState};
use ssobridge::policy::Policy;
use ssobridge::settings::{Fetched, Settings};
use ssobridge::snapshot::{Op, PageSnapshot};
use serde_json::value::RawValue;
use std::sync::LazyLock;

const EXTENSION_ID: &str = "fuzzssobridgeextensionid";
const EXTENSION_BASE: &str = "chrome-extension://fuzzssobridgeextensionid/";
/// The instant of crate/tests/capture.rs: the fixture's active certificate is current.
const NOW: &str = "2026-11-23T00:00:00Z";
const METADATA: &[u8] =
    include_bytes!("../../../tests/fixtures/metadata/ggtristams-samlsso_federationmetadata.xml");
const ENTRA_PAGE: &str = include_str!("../../../tests/fixtures/snapshots/azure-entra-en.json");

struct Fixed {
    now: u64,
    /// A complete capture (Entra replica page + the ggtristams metadata), as the worker has it.
    settings: Settings,
    /// The same, as `storage.session` returns it.
    captured: serde_json::Value,
}

static FIXED: LazyLock<Fixed> = LazyLock::new(|| {
    let now = ssobridge::time::parse_rfc3339(NOW).expect("NOW parses");
    let page: PageSnapshot = serde_json::from_str(ENTRA_PAGE).expect("fixture snapshot parses");
    let values = read::read(&page).expect("fixture page reads");
    let settings = Settings::capture(
        &values,
        Some(&Fetched::Ok {
            body: METADATA.to_vec(),
        }),
        now,
    )
    .expect("fixture capture succeeds");
    assert!(settings.complete && settings.check_fillable(now).is_ok());
    let captured = serde_json::to_value(&settings).expect("settings serialise");
    Fixed {
        now,
        settings,
        captured,
    }
});

fn check_ops(ops: &[Op], snapshot: &PageSnapshot, what: &str) {
    for op in ops {
        let key = match op {
            Op::SetText { key, .. }
            | Op::SelectOption { key, .. }
            | Op::Click { key }
            | Op::AttachFile { key, .. } => *key,
        };
        assert!(
            snapshot.elements.iter().any(|e| e.key == key),
            "{what}: op on key {key}, not in the snapshot: {op:?}"
        );
    }
}

fn check_step(step: &FillStep, snapshot: &PageSnapshot, what: &str) {
    check_ops(&step.ops, snapshot, what);
}

fn check_effect(
    effect: &Effect,
    snapshot: Option<&PageSnapshot>,
    stored: &str,
    context: &Context,
) {
    serde_json::to_vec(effect).expect("an effect serialises");
    if let (Some(Reply::Step(step)), Some(snapshot)) = (&effect.reply, snapshot) {
        check_ops(&step.ops, snapshot, "handle");
    }
    if let Some(state) = &effect.store {
        let text = serde_json::to_string(state).expect("a state serialises");
        let (again, dropped) = WorkerState::from_stored(&text);
        assert!(
            dropped.is_empty(),
            "stored state dropped {dropped:?} on reading back"
        );
        assert_eq!(&again, state, "stored state reads back changed");
    }
    if let Some(fetch) = &effect.fetch {
        for fetched in [
            Fetched::from(Err::<Vec<u8>, _>(ssobridge::Error::FetchNetwork)),
            Fetched::Ok {
                body: METADATA.to_vec(),
            },
        ] {
            let resumed = messages::resume(fetch.pending.clone(), fetched, stored, context);
            check_effect(&resumed, None, stored, context);
        }
    }
}

fn snapshot_of(request: &Request) -> Option<(&PageSnapshot, Option<&Progress>, bool)> {
    match request {
        Request::View(view) => Some((&view.snapshot, None, false)),
        Request::Capture(round) => Some((&round.snapshot, round.progress.as_ref(), false)),
        Request::Fill(round) | Request::FillSp(round) => {
            Some((&round.snapshot, round.progress.as_ref(), round.confirmed))
        }
        _ => None,
    }
}

fuzz_target!(|data: &[u8]| {
    // The same bytes as an organisation's managed storage (Firefox does not validate it).
    if let Ok(managed) = serde_json::from_slice::<&RawValue>(data) {
        let _ = Policy::from_managed(Some(managed));
    }
    // As the worker reads it (`type` first, then that request's struct).
    let Some(request) = std::str::from_utf8(data)
        .ok()
        .and_then(|text| Request::from_json(text).ok())
    else {
        return;
    };
    let fixed = &*FIXED;
    let snapshot = snapshot_of(&request);
    let lang = snapshot.map_or(Lang::En, |(s, _, _)| Lang::from_tag(&s.lang));
    let context = Context {
        extension_id: EXTENSION_ID.to_owned(),
        extension_base: EXTENSION_BASE.to_owned(),
        lang,
        now: fixed.now,
        fresh_token: "fuzz-round-token".to_owned(),
        // Every other input runs under an organisation policy that locks both choices and
        // turns the sign-in check off, so the refusals are fuzzed too.
        policy: Some(if data.len() % 2 == 0 {
            Policy::default()
        } else {
            let managed = r#"{"mode":"automatic","product":"gotowebinar","signinCheck":false}"#;
            Policy::from_managed(serde_json::from_str::<&RawValue>(managed).ok())
        }),
    };
    // A sender that passes admission: the snapshot's own top frame over https, or the popup.
    let sender = match snapshot {
        Some((s, _, _)) => Sender {
            id: EXTENSION_ID.to_owned(),
            url: s.url.clone(),
            origin: ssobridge::hosts::https_host(&s.url).map(|host| format!("https://{host}")),
            tab_id: Some(1),
            frame_id: 0,
            sandboxed: false,
        },
        None => Sender {
            id: EXTENSION_ID.to_owned(),
            url: format!("{EXTENSION_BASE}popup.html"),
            origin: Some(EXTENSION_BASE.trim_end_matches('/').to_owned()),
            tab_id: None,
            frame_id: 0,
            sandboxed: false,
        },
    };
    // The options vary with the input's length, so the fuzzer reaches every mode and product.
    let mode = [Mode::Manual, Mode::Automatic, Mode::MetadataFile][data.len() % 3];
    let product = [
        sp::Product::Gotomeeting,
        sp::Product::Gototraining,
        sp::Product::Gotowebinar,
        sp::Product::Gotoassist,
    ][data.len() / 3 % 4];
    let stored_states = [
        "null".to_owned(),
        serde_json::json!({
            "settings": fixed.captured,
            "options": {"mode": mode, "product": product},
            "seen": {"spFilled": true},
        })
        .to_string(),
    ];
    for stored in &stored_states {
        if let Ok(effect) = messages::handle(request.clone(), &sender, stored, &context) {
            check_effect(&effect, snapshot.map(|(s, _, _)| s), stored, &context);
        }
    }

    let Some((snapshot, progress, confirmed)) = snapshot else {
        return;
    };
    let progress = progress.cloned().unwrap_or_default();
    let now = fixed.now;
    let settings = Some(&fixed.settings);
    check_step(
        &goto::plan::plan(snapshot, settings, mode, confirmed, &progress, now),
        snapshot,
        "goto::plan",
    );
    check_step(
        &sp::plan(snapshot, product, confirmed, &progress),
        snapshot,
        "sp::plan",
    );
    let _ = read::read(snapshot);
    let step = capture::step(snapshot, &progress);
    if step.finish {
        let _ = capture::finish(&step.values, None, now);
        let _ = capture::finish(
            &step.values,
            Some(&Fetched::Ok {
                body: METADATA.to_vec(),
            }),
            now,
        );
    }
    let _ = ssobridge::page::view(snapshot, settings, false, now);
    let _ = ssobridge::page::view(snapshot, None, true, now);
});
