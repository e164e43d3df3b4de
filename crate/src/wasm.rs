//! The wasm-bindgen surface: conversions between JS values and the core's types, and errors as
//! JS `Error`s with `name` and `variant`. No logic lives here.

use crate::azure::{capture, sp};
use crate::fill::Progress;
use crate::goto::plan;
use crate::messages::{self, Request, Sender, WorkerState};
use crate::settings::{Fetched, PageValues, Settings};
use crate::snapshot::PageSnapshot;
use crate::{Error, inspect, page, time};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;

type JsResult<T> = std::result::Result<T, JsValue>;

impl From<Error> for JsValue {
    fn from(err: Error) -> JsValue {
        let js = js_sys::Error::new(&err.to_string());
        js.set_name("SsobridgeError");
        // Setting a property on a fresh Error object cannot fail; ignore the Result.
        let _ = js_sys::Reflect::set(&js, &"variant".into(), &err.code().into());
        js.into()
    }
}

fn from_js<T: DeserializeOwned>(value: JsValue) -> JsResult<T> {
    serde_wasm_bindgen::from_value(value).map_err(|err| {
        Error::BadMessage {
            detail: err.to_string(),
        }
        .into()
    })
}

fn to_js<T: Serialize>(value: &T) -> JsResult<JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|err| {
            Error::BadMessage {
                detail: err.to_string(),
            }
            .into()
        })
}

/// `null` and `undefined` mean "none yet": the type's default.
fn or_default<T: DeserializeOwned + Default>(value: JsValue) -> JsResult<T> {
    Ok(optional(value)?.unwrap_or_default())
}

fn optional<T: DeserializeOwned>(value: JsValue) -> JsResult<Option<T>> {
    if value.is_null() || value.is_undefined() {
        Ok(None)
    } else {
        from_js(value).map(Some)
    }
}

/// Installs the panic hook once, so a bug that slips through is readable in the console.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Checks a content script's message and its sender; returns the parsed request.
#[wasm_bindgen(js_name = admit)]
pub fn admit(message: JsValue, sender: JsValue, extension_id: &str) -> JsResult<JsValue> {
    let request: Request = from_js(message)?;
    let sender: Sender = from_js(sender)?;
    messages::admit(&request, &sender, extension_id)?;
    Ok(JsValue::TRUE)
}

/// The request's type after admission (`view`, `capture`, `fill`, `fill-sp`).
#[wasm_bindgen(js_name = requestKind)]
pub fn request_kind(message: JsValue) -> JsResult<String> {
    Ok(from_js::<Request>(message)?.kind().to_owned())
}

/// Buttons and drift for a snapshot.
#[wasm_bindgen(js_name = pageView)]
pub fn page_view(snapshot: JsValue, state: JsValue, filled_here: bool) -> JsResult<JsValue> {
    let snapshot: PageSnapshot = from_js(snapshot)?;
    let state: WorkerState = or_default(state)?;
    to_js(&page::view(
        &snapshot,
        state.settings.as_ref(),
        filled_here,
        time::now(),
    ))
}

/// First half of the capture.
#[wasm_bindgen(js_name = captureStep)]
pub fn capture_step(snapshot: JsValue, progress: JsValue) -> JsResult<JsValue> {
    let progress: Progress = or_default(progress)?;
    to_js(&capture::step(&from_js(snapshot)?, &progress))
}

/// Second half of the capture, after the worker's fetch.
#[wasm_bindgen(js_name = captureFinish)]
pub fn capture_finish(values: JsValue, fetched: JsValue) -> JsResult<JsValue> {
    let values: PageValues = from_js(values)?;
    let fetched: Option<Fetched> = optional(fetched)?;
    to_js(&capture::finish(&values, fetched.as_ref(), time::now()))
}

/// One round of the GoTo fill.
#[wasm_bindgen(js_name = fillStep)]
pub fn fill_step(
    snapshot: JsValue,
    state: JsValue,
    progress: JsValue,
    confirmed: bool,
) -> JsResult<JsValue> {
    let state: WorkerState = or_default(state)?;
    let progress: Progress = or_default(progress)?;
    to_js(&plan::plan(
        &from_js(snapshot)?,
        state.settings.as_ref(),
        state.options.mode,
        confirmed,
        &progress,
    ))
}

/// One round of the Basic SAML Configuration fill.
#[wasm_bindgen(js_name = fillSpStep)]
pub fn fill_sp_step(
    snapshot: JsValue,
    state: JsValue,
    progress: JsValue,
    confirmed: bool,
) -> JsResult<JsValue> {
    let state: WorkerState = or_default(state)?;
    let progress: Progress = or_default(progress)?;
    to_js(&sp::plan(
        &from_js(snapshot)?,
        state.options.product,
        confirmed,
        &progress,
    ))
}

/// The worker state after a finished step.
#[wasm_bindgen(js_name = recordStep)]
pub fn record_step(state: JsValue, kind: &str, step: JsValue) -> JsResult<JsValue> {
    #[derive(serde::Deserialize, Default)]
    #[serde(default)]
    struct Finished {
        status: Option<crate::status::Status>,
        drift: Option<DriftState>,
        fields: Vec<crate::fill::FieldReport>,
    }
    #[derive(serde::Deserialize, Default)]
    #[serde(default)]
    struct DriftState {
        state: String,
    }
    let mut state: WorkerState = or_default(state)?;
    let finished: Finished = or_default(step)?;
    let status = finished
        .status
        .map(|s| s.state)
        .unwrap_or(crate::status::State::Working);
    state.record(
        kind,
        status,
        finished.drift.is_some_and(|d| d.state == "in-sync"),
        finished.fields,
    );
    to_js(&state)
}

/// The setup checklist for the popup.
#[wasm_bindgen(js_name = checklist)]
pub fn checklist(state: JsValue) -> JsResult<JsValue> {
    let state: WorkerState = or_default(state)?;
    to_js(&state.checklist())
}

/// Reads any input of SPEC section 7 (certificate or metadata).
#[wasm_bindgen(js_name = inspect)]
pub fn inspect_bytes(bytes: &[u8], active_thumbprint: Option<String>) -> JsResult<JsValue> {
    to_js(&inspect::inspect(
        bytes,
        active_thumbprint.as_deref(),
        time::now(),
    )?)
}

/// Adds a certificate or metadata file to the captured settings; the old settings stay intact
/// on error.
#[wasm_bindgen(js_name = addFile)]
pub fn add_file(settings: JsValue, bytes: &[u8]) -> JsResult<JsValue> {
    let settings: Settings = or_default(settings)?;
    to_js(&settings.with_file(bytes, time::now())?)
}

/// Settings from a metadata URL pasted in the popup: checked, stored for the worker to fetch.
#[wasm_bindgen(js_name = settingsForMetadataUrl)]
pub fn settings_for_metadata_url(settings: JsValue, url: &str) -> JsResult<JsValue> {
    let mut settings: Settings = or_default(settings)?;
    settings.metadata_url = Some(crate::shapes::metadata_url(url)?);
    to_js(&settings)
}

/// The core's version, for the popup and bug reports.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
