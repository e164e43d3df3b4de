//! The one metadata fetch (SPEC section 8), shared by the service worker, the popup and the www
//! page: only a checked metadata URL, no redirects, no cookies, a deadline, and a body read up to
//! 1 MiB and no further. Runs wherever `fetch` exists, in a window or a worker.

use crate::error::{Error, Result};
use crate::shapes;
use crate::text::MAX_INPUT_BYTES;
use gloo_timers::callback::Timeout;
use js_sys::{Promise, Uint8Array};
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, ReadableStreamDefaultReader, ReadableStreamReadResult, RequestCache,
    RequestCredentials, RequestInit, RequestRedirect, Response, ResponseType, Window,
    WorkerGlobalScope,
};

/// How long a metadata fetch may take, headers and body together.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// The bounds of one fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The most body bytes accepted; one more and the fetch fails without reading further.
    pub max_bytes: usize,
    /// The deadline for the whole exchange, body included.
    pub timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: MAX_INPUT_BYTES,
            timeout: DEFAULT_TIMEOUT,
        }
    }
}

/// Fetches an app's federation metadata. The URL must have the shape of an App Federation
/// Metadata Url (checked before any request is made); returns the body's bytes.
pub async fn fetch_metadata(url: &str) -> Result<Vec<u8>> {
    let url = shapes::metadata_url(url)?;
    fetch_bytes(&url, Limits::default()).await
}

/// Fetches `url` under SPEC section 8's rules and `limits`, without checking the URL's shape:
/// [`fetch_metadata`] is the entry point for real URLs; tests call this with a local one.
pub async fn fetch_bytes(url: &str, limits: Limits) -> Result<Vec<u8>> {
    let controller = AbortController::new().map_err(|_| Error::FetchNetwork)?;
    let timed_out = Rc::new(Cell::new(false));
    // One abort ends whichever step is pending, the request or a body read.
    let _deadline = {
        let controller = controller.clone();
        let timed_out = Rc::clone(&timed_out);
        Timeout::new(timer_millis(limits.timeout), move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    // Whatever the way out (error, too large, done), the browser stops downloading.
    let _abort = AbortOnDrop(controller.clone());
    let failed = |_: JsValue| {
        if timed_out.get() {
            Error::FetchTimedOut {
                seconds: whole_seconds(limits.timeout),
            }
        } else {
            Error::FetchNetwork
        }
    };

    let init = RequestInit::new();
    init.set_method("GET");
    // "manual", not "error": both never follow, but "error" rejects exactly like a network
    // failure, while "manual" hands back an opaque redirect that can be reported as such.
    init.set_redirect(RequestRedirect::Manual);
    init.set_credentials(RequestCredentials::Omit);
    init.set_cache(RequestCache::NoStore);
    init.set_signal(Some(&controller.signal()));

    let response: Response = JsFuture::from(start_fetch(url, &init)?)
        .await
        .map_err(failed)?
        .dyn_into()
        .map_err(|_| Error::FetchNetwork)?;
    if response.type_() == ResponseType::Opaqueredirect {
        return Err(Error::FetchRedirected);
    }
    if !response.ok() {
        return Err(Error::FetchHttpStatus {
            status: response.status(),
        });
    }
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader = ReadableStreamDefaultReader::new(&body).map_err(failed)?;
    let mut bytes = Vec::new();
    loop {
        let result: ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(failed)?
            .unchecked_into();
        if result.get_done().unwrap_or(true) {
            return Ok(bytes);
        }
        let chunk: Uint8Array = result
            .get_value()
            .dyn_into()
            .map_err(|_| Error::FetchNetwork)?;
        let start = bytes.len();
        let end = start.saturating_add(chunk.length() as usize);
        // Checked before copying, so no more than the limit is ever held.
        if end > limits.max_bytes {
            // Cancelling tells the browser the rest is unwanted; its promise carries nothing.
            let _ = reader.cancel();
            return Err(Error::FetchTooLarge {
                limit: limits.max_bytes,
            });
        }
        bytes.resize(end, 0);
        chunk.copy_to(&mut bytes[start..]);
    }
}

/// Calls the global scope's `fetch`: `Window` in the popup, the www page and Firefox's background
/// page, `WorkerGlobalScope` in Chrome's service worker (where `window` does not exist).
fn start_fetch(url: &str, init: &RequestInit) -> Result<Promise> {
    let global = js_sys::global();
    if let Some(window) = global.dyn_ref::<Window>() {
        Ok(window.fetch_with_str_and_init(url, init))
    } else if let Some(worker) = global.dyn_ref::<WorkerGlobalScope>() {
        Ok(worker.fetch_with_str_and_init(url, init))
    } else {
        Err(Error::FetchNetwork)
    }
}

/// `setTimeout` takes a signed 32-bit delay; anything longer would fire at once.
fn timer_millis(timeout: Duration) -> u32 {
    let max = i32::MAX.unsigned_abs();
    u32::try_from(timeout.as_millis()).map_or(max, |ms| ms.min(max))
}

/// The timeout in whole seconds for the message, rounded up so it is never understated.
fn whole_seconds(timeout: Duration) -> u64 {
    timeout.as_secs() + u64::from(timeout.subsec_nanos() > 0)
}

struct AbortOnDrop(AbortController);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        // A no-op once the body has been read whole.
        self.0.abort();
    }
}
