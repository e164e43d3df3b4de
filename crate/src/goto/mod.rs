//! GoTo's Organization Center: recognising the Identity provider form, filling it, and checking
//! it against Azure.

pub mod drift;
pub mod form;
pub mod plan;
