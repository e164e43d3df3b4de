//! ssobridge's core: reads Azure AD's SAML settings (from portal pages, metadata and
//! certificates) and plans how to write them into GoTo's Organization Center, and GoTo's
//! service-provider values back into Azure. Plain Rust, tested natively; `wasm` only binds it.
#![forbid(unsafe_code)]

pub mod certificate;
pub mod error;
pub mod hosts;
pub mod inspect;
pub mod metadata;
pub mod rollover;
pub mod shapes;
pub mod text;
pub mod time;

pub use error::{Error, Result};
