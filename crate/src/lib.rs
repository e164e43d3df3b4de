//! ssobridge's core: reads Azure AD's SAML settings (from portal pages, metadata and
//! certificates) and plans how to write them into GoTo's Organization Center, and GoTo's
//! service-provider values back into Azure. Plain Rust, tested natively; `wasm` only binds it.
#![forbid(unsafe_code)]

pub mod admission;
pub mod azure;
pub mod certificate;
pub mod click;
pub use ssobridge_parse::distinguished_names;
pub mod error;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
pub mod field;
pub mod fill;
pub mod goto;
pub mod hosts;
pub mod i18n;
pub mod inspect;
pub mod labels;
pub mod messages;
pub mod metadata;
pub mod options;
pub mod page;
pub mod policy;
pub mod popup;
pub mod report;
pub mod request;
pub mod rollover;
pub mod settings;
pub mod shapes;
pub mod signin;
pub mod snapshot;
pub mod sorted;
pub mod state;
pub mod status;
pub mod text;
pub mod time;
pub mod variants;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::{Error, Result};
