//! The Azure portal: reading the SAML single sign-on page and filling the Basic SAML
//! Configuration pane.

pub mod capture;
pub mod read;
pub mod sp;
