//! Values to JSON text, for the wasm surface. Generic code is compiled at the level of the crate
//! that instantiates it: `serde_json::to_string::<T>` called from ssobridge (built for size)
//! would escape strings at "z", five times slower (a call per byte). Taking the value as a
//! type-erased `Serialize` makes this crate, built for speed, the one that instantiates
//! serde_json's writer; the callers keep only each type's field walk.
#![forbid(unsafe_code)]

pub use erased_serde::Serialize;

/// `value` as compact JSON text, as `serde_json::to_string` writes it.
pub fn to_string(value: &dyn Serialize) -> serde_json::Result<String> {
    serde_json::to_string(value)
}
