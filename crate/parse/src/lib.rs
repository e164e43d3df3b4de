//! ssobridge's input reading: SAML metadata XML and certificates in every form → the values,
//! thumbprints and details the product shows. Its own crate so the wasm build compiles this path
//! (and the generic parsing code it instantiates) for speed and the rest of ssobridge for size.
#![forbid(unsafe_code)]

pub mod certificate;
pub mod distinguished_names;
pub mod error;
pub mod metadata;
pub mod text;
pub mod time;
pub mod x509;

pub use error::{Error, Result};
