//! Instants as the product shows them: RFC 3339 UTC with whole seconds (`2029-10-13T12:54:16Z`).
//! Formatting and parsing live in `ssobridge-parse` (certificate dates need them); the clock is
//! the platform's, here.

pub use ssobridge_parse::time::{UnixSeconds, format_date_time, parse_rfc3339, rfc3339};

/// The current time from the platform: the system clock natively, `Date.now()` in wasm.
pub fn now() -> UnixSeconds {
    #[cfg(target_arch = "wasm32")]
    {
        // Date.now() is milliseconds as an f64; a negative or NaN clock is treated as the epoch.
        let millis = js_sys::Date::now();
        if millis.is_finite() && millis > 0.0 {
            (millis / 1000.0) as UnixSeconds
        } else {
            0
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_secs())
    }
}
