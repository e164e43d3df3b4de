//! The admin's choices in the popup (fill mode, GoTo product): a leaf type, below both the
//! organisation's policy (which may lock them) and the worker's state (which stores them).

use crate::azure::sp::Product;
use crate::goto::form::Mode;
use serde::{Deserialize, Serialize};

/// The admin's choices in the popup.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// GoTo fill mode.
    pub mode: Mode,
    /// GoTo product (Relay State).
    pub product: Product,
}
