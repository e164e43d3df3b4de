//! The wasm-bindgen surface: conversions between JS values and the core's types, and errors as
//! JS `Error`s with `name` and `variant`. No logic lives here: each export converts its
//! arguments, calls one core function, and converts the result.

use crate::i18n::Lang;
use crate::messages::{self, Context, Event, Pending, Posted, Request, Sender};
use crate::policy::Policy;
use crate::settings::Fetched;
use crate::{Error, inspect, time};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;

type JsResult<T> = std::result::Result<T, JsValue>;

/// An error as a JS `Error`: `name` "SsobridgeError", `variant` its code, `frameRefused` when
/// the sending frame is refused for good, the message in `lang`.
fn js_error(err: &Error, lang: Lang) -> JsValue {
    let js = js_sys::Error::new(&err.render(lang));
    js.set_name("SsobridgeError");
    // Setting a property on a fresh Error object cannot fail; ignore the Result.
    let _ = js_sys::Reflect::set(&js, &"variant".into(), &err.code().into());
    let _ = js_sys::Reflect::set(&js, &"frameRefused".into(), &err.refuses_the_frame().into());
    js.into()
}

impl From<Error> for JsValue {
    fn from(err: Error) -> JsValue {
        js_error(&err, Lang::En)
    }
}

fn bad_message(detail: impl ToString) -> JsValue {
    Error::BadMessage {
        detail: detail.to_string(),
    }
    .into()
}

// Values cross as JSON text: the engine's `JSON.stringify`/`JSON.parse` walk JS objects far
// faster than field-by-field conversion through the boundary, and serde_json is then the one
// serializer in the module.
fn json_text(value: &JsValue) -> JsResult<String> {
    let text: JsValue = js_sys::JSON::stringify(value)
        .map_err(bad_message_of)?
        .into();
    // `JSON.stringify(undefined)` is undefined: the absent value.
    Ok(text.as_string().unwrap_or_else(|| "null".to_owned()))
}

#[cfg_attr(feature = "serde-wasm-bindgen", allow(dead_code))]
fn bad_message_of(err: JsValue) -> JsValue {
    bad_message(
        err.dyn_ref::<js_sys::Error>()
            .map(|err| String::from(err.message()))
            .unwrap_or_else(|| "not serializable".to_owned()),
    )
}

#[cfg(not(feature = "serde-wasm-bindgen"))]
fn from_js<T: DeserializeOwned>(value: JsValue) -> JsResult<T> {
    serde_json::from_str(&json_text(&value)?).map_err(bad_message)
}

// Written by ssobridge-json, built for speed (its crate docs say why): `inspect`'s certificates'
// PEM text is most of its output, and escaping it at this crate's "z" took longer than parsing
// the metadata.
#[cfg(not(feature = "serde-wasm-bindgen"))]
fn to_js<T: Serialize>(value: &T) -> JsResult<JsValue> {
    let text = ssobridge_json::to_string(value).map_err(bad_message)?;
    js_sys::JSON::parse(&text).map_err(bad_message_of)
}

// The design card's alternative, field by field through the boundary, built only for the
// bench that compares the two (tests/bench/boundary.mjs).
#[cfg(feature = "serde-wasm-bindgen")]
fn from_js<T: DeserializeOwned>(value: JsValue) -> JsResult<T> {
    serde_wasm_bindgen::from_value(value).map_err(bad_message)
}

#[cfg(feature = "serde-wasm-bindgen")]
fn to_js<T: Serialize>(value: &T) -> JsResult<JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(bad_message)
}

/// A request: `type` first, then its variant's struct (`Request::from_json`).
#[cfg(not(feature = "serde-wasm-bindgen"))]
fn request_from_js(value: JsValue) -> JsResult<Request> {
    Request::from_json(&json_text(&value)?).map_err(bad_message)
}

#[cfg(feature = "serde-wasm-bindgen")]
fn request_from_js(value: JsValue) -> JsResult<Request> {
    from_js(value)
}

/// What waits for a fetch: `kind` first, then its variant's fields (`Pending::from_json`).
#[cfg(not(feature = "serde-wasm-bindgen"))]
fn pending_from_js(value: JsValue) -> JsResult<Pending> {
    Pending::from_json(&json_text(&value)?).map_err(bad_message)
}

#[cfg(feature = "serde-wasm-bindgen")]
fn pending_from_js(value: JsValue) -> JsResult<Pending> {
    from_js(value)
}

/// A fetch's outcome that is not a body: `outcome` first (`Fetched::from_json`).
#[cfg(not(feature = "serde-wasm-bindgen"))]
fn outcome_from_js(value: JsValue) -> JsResult<Fetched> {
    Fetched::from_json(&json_text(&value)?).map_err(bad_message)
}

#[cfg(feature = "serde-wasm-bindgen")]
fn outcome_from_js(value: JsValue) -> JsResult<Fetched> {
    from_js(value)
}

/// The fetched body stays bytes on its way through the worker (a `Uint8Array`, not JSON).
fn fetched_to_js(fetched: &Fetched) -> JsResult<JsValue> {
    let Fetched::Ok { body } = fetched else {
        return to_js(fetched);
    };
    let object = js_sys::Object::new();
    js_sys::Reflect::set(&object, &"outcome".into(), &"ok".into())?;
    js_sys::Reflect::set(
        &object,
        &"body".into(),
        &js_sys::Uint8Array::from(&body[..]),
    )?;
    Ok(object.into())
}

fn fetched_from_js(value: JsValue) -> JsResult<Fetched> {
    let body = js_sys::Reflect::get(&value, &"body".into())?;
    match body.dyn_into::<js_sys::Uint8Array>() {
        Ok(body) => Ok(Fetched::Ok {
            body: body.to_vec(),
        }),
        Err(_) => outcome_from_js(value),
    }
}

/// Where the worker runs, as it passes it with every event.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct Env {
    extension_id: String,
    extension_base: String,
    lang: String,
    /// The organisation's policy, when the worker read it for this event (the core asks).
    #[serde(default)]
    policy: Option<PolicyRead>,
    /// A fresh random token (`crypto.randomUUID()`).
    #[serde(default)]
    token: String,
}

/// What `storage.managed.get()` answered.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct PolicyRead {
    /// The managed object (`null` where none is set), as its JSON text.
    #[serde(default)]
    managed: Option<Box<serde_json::value::RawValue>>,
    /// Why the read rejected, when it did.
    #[serde(default)]
    error: Option<String>,
}

fn context(env: Env) -> Context {
    let policy = env.policy.map(|read| match &read.error {
        Some(error) => Policy::from_read_error(error),
        None => Policy::from_managed(read.managed.as_deref()),
    });
    Context {
        extension_id: env.extension_id,
        extension_base: env.extension_base,
        lang: Lang::from_tag(&env.lang),
        now: time::now(),
        fresh_token: env.token,
        policy,
    }
}

/// Installs the panic hook once, so a bug that slips through is readable in the console.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

fn field(value: &JsValue, name: &str) -> JsResult<JsValue> {
    js_sys::Reflect::get(value, &name.into())
}

/// The event, by its `kind`: `request` {message, sender}, `fetched` {pending, fetched},
/// `posted` {posted, body: Uint8Array}, `deadline`, `started`.
fn event_from_js(event: JsValue) -> JsResult<Event> {
    let kind = field(&event, "kind")?.as_string().unwrap_or_default();
    Ok(match kind.as_str() {
        "request" => Event::Request(
            Box::new(request_from_js(field(&event, "message")?)?),
            from_js::<Sender>(field(&event, "sender")?)?,
        ),
        "fetched" => Event::Fetched(
            pending_from_js(field(&event, "pending")?)?,
            fetched_from_js(field(&event, "fetched")?)?,
        ),
        "posted" => {
            let body = field(&event, "body")?
                .dyn_into::<js_sys::Uint8Array>()
                .map(|body| body.to_vec())
                .unwrap_or_default();
            Event::Posted(from_js::<Posted>(field(&event, "posted")?)?, body)
        }
        "deadline" => Event::Deadline,
        "started" => Event::Started,
        other => return Err(bad_message(format!("unknown event {other:?}"))),
    })
}

/// The worker's one entry point: an event, the stored state and where the worker runs in; the
/// effect (reply, state to store, a metadata fetch to perform, the sign-in observer's fate)
/// out.
#[wasm_bindgen(js_name = step, unchecked_return_type = "Effect")]
pub fn step(
    #[wasm_bindgen(unchecked_param_type = "WorkerEvent")] event: JsValue,
    #[wasm_bindgen(unchecked_param_type = "WorkerState | null")] stored: JsValue,
    #[wasm_bindgen(unchecked_param_type = "WorkerEnv")] env: JsValue,
) -> JsResult<JsValue> {
    let context = context(from_js(env)?);
    let event = event_from_js(event).map_err(|err| {
        js_error(
            &Error::BadMessage {
                detail: err.as_string().unwrap_or_else(|| "bad event".to_owned()),
            },
            context.lang,
        )
    })?;
    // The stored state as text: `null` and `undefined` are JSON null.
    let effect = messages::step(event, &json_text(&stored)?, &context)
        .map_err(|err| js_error(&err, context.lang))?;
    to_js(&effect)
}

/// The sizes the JavaScript shell cuts at before it copies anything: the core reads no more.
#[wasm_bindgen(js_name = limits, unchecked_return_type = "{ inputBytes: number }")]
pub fn limits() -> JsResult<JsValue> {
    to_js(&Limits {
        input_bytes: crate::admission::MAX_INPUT_BYTES,
    })
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Limits {
    input_bytes: usize,
}

/// Fetches an app's federation metadata under SPEC section 8's rules. Never rejects: resolves
/// to `{outcome: "ok", body}` or `{outcome: "failed", problem}`.
#[wasm_bindgen(js_name = fetchMetadata, unchecked_return_type = "Fetched")]
pub async fn fetch_metadata(url: String) -> JsResult<JsValue> {
    fetched_to_js(&Fetched::from(crate::fetch::fetch_metadata(&url).await))
}

/// Reads any input of SPEC section 7 (certificate or metadata); errors in `lang`.
#[wasm_bindgen(js_name = inspect, unchecked_return_type = "Inspection")]
pub fn inspect_bytes(
    bytes: &[u8],
    active_thumbprint: Option<String>,
    lang: Option<String>,
) -> JsResult<JsValue> {
    let lang = Lang::from_tag(lang.as_deref().unwrap_or_default());
    let inspection = inspect::inspect(bytes, active_thumbprint.as_deref(), time::now())
        .map_err(|err| js_error(&err, lang))?;
    to_js(&inspection.in_language(lang))
}

/// A message of the core (a `problem` of a failed fetch, a warning) in `lang`.
#[wasm_bindgen(js_name = render)]
pub fn render(
    #[wasm_bindgen(unchecked_param_type = "Message")] message: JsValue,
    lang: String,
) -> JsResult<String> {
    let message: crate::i18n::Message = from_js(message)?;
    Ok(message.render(Lang::from_tag(&lang)))
}

/// The `_locales` files to hand `useLanguage`, in order, for the language a BCP 47 tag names:
/// English (`_locales/en/messages.json` beside the page), then that language's when it is
/// another. The module carries no sentences; one that could not be read still names its
/// message and details.
#[wasm_bindgen(js_name = languageFiles)]
pub fn language_files(tag: &str) -> Vec<String> {
    Lang::from_tag(tag).locales_files()
}

/// Reads a language's `_locales` file (the text of one `languageFiles` names): the core speaks
/// it from now on.
#[wasm_bindgen(js_name = useLanguage)]
pub fn use_language(messages: &str) -> JsResult<()> {
    crate::i18n::use_catalogue(crate::i18n::Catalogue::from_locales_json(messages)?);
    Ok(())
}

/// The sign-in check without the extension (SPEC 10.4, the www page): a SAML response as
/// posted or as XML, compared with a metadata file or certificate when one is given.
#[wasm_bindgen(js_name = checkSignin, unchecked_return_type = "SigninView")]
pub fn check_signin(
    posted: &[u8],
    against: Option<Vec<u8>>,
    lang: Option<String>,
) -> JsResult<JsValue> {
    let lang = Lang::from_tag(lang.as_deref().unwrap_or_default());
    let now = time::now();
    let reference = match against {
        Some(bytes) => crate::signin::Reference::from_file(&bytes, None, now),
        None => Ok(crate::signin::Reference::default()),
    }
    .map_err(|err| js_error(&err, lang))?;
    let findings =
        crate::signin::check(posted, &reference, now).map_err(|err| js_error(&err, lang))?;
    to_js(&crate::popup::SigninView::of(&findings, lang))
}

/// True when the input is a SAML response (the www page routes it to the sign-in check).
#[wasm_bindgen(js_name = isSamlResponse)]
pub fn is_saml_response(bytes: &[u8]) -> bool {
    crate::signin::looks_like_response(bytes)
}

/// The core's version, for the popup and bug reports.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

#[wasm_bindgen(typescript_custom_section)]
const WORKER_TYPES: &str = r#"
/** What the worker hands the core's `step`. */
export type WorkerEvent =
  | { kind: "request"; message: Request; sender: Sender }
  | { kind: "fetched"; pending: Pending; fetched: Fetched }
  | { kind: "posted"; posted: Posted; body: Uint8Array }
  | { kind: "deadline" }
  | { kind: "started" };
/** Where the worker runs, passed with every event. */
export interface WorkerEnv {
  extensionId: string;
  extensionBase: string;
  lang: string;
  /** Read only when the core asks (`Effect.needsPolicy`). */
  policy?: { managed: Record<string, unknown> | null; error?: string | null } | null;
  token: string;
}
"#;
