//! The names of the captured values, shared by the capture, the fill, the drift check and the
//! errors. A leaf: it sits below all of them, so none of them imports another to name a field.

use crate::i18n::{Arg, Message};
use serde::{Deserialize, Serialize};

/// One value of the captured settings, serialized as its `data-field` name (SPEC 9).
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Setting {
    /// Sign-in URL.
    SignInUrl,
    /// Sign-out URL.
    SignOutUrl,
    /// Entity ID.
    EntityId,
    /// App Federation Metadata Url.
    MetadataUrl,
    /// SHA-1 thumbprint of the signing certificate.
    ThumbprintSha1,
    /// The signing certificate's expiry.
    NotAfter,
    /// The tenant the values name.
    TenantId,
    /// The signing certificate itself.
    Certificate,
    /// The metadata file.
    MetadataXml,
}

crate::variants::deserialize_by_name!(setting_is_read_by_name: Setting {
    SignInUrl = "signInUrl",
    SignOutUrl = "signOutUrl",
    EntityId = "entityId",
    MetadataUrl = "metadataUrl",
    ThumbprintSha1 = "thumbprintSha1",
    NotAfter = "notAfter",
    TenantId = "tenantId",
    Certificate = "certificate",
    MetadataXml = "metadataXml",
});

impl Setting {
    /// The values the popup lists, in its order.
    pub const SHOWN: [Setting; 6] = [
        Setting::SignInUrl,
        Setting::SignOutUrl,
        Setting::EntityId,
        Setting::MetadataUrl,
        Setting::ThumbprintSha1,
        Setting::NotAfter,
    ];

    /// The `data-field` name, as serialized.
    pub fn as_str(self) -> &'static str {
        match self {
            Setting::SignInUrl => "signInUrl",
            Setting::SignOutUrl => "signOutUrl",
            Setting::EntityId => "entityId",
            Setting::MetadataUrl => "metadataUrl",
            Setting::ThumbprintSha1 => "thumbprintSha1",
            Setting::NotAfter => "notAfter",
            Setting::TenantId => "tenantId",
            Setting::Certificate => "certificate",
            Setting::MetadataXml => "metadataXml",
        }
    }

    /// The value's name as the popup shows it: its message table key.
    pub fn key(self) -> &'static str {
        match self {
            Setting::SignInUrl => "field-sign-in-url",
            Setting::SignOutUrl => "field-sign-out-url",
            Setting::EntityId => "field-entity-id",
            Setting::MetadataUrl => "field-metadata-url",
            Setting::ThumbprintSha1 => "field-thumbprint-sha1",
            Setting::NotAfter => "field-not-after",
            Setting::TenantId => "field-tenant-id",
            Setting::Certificate => "field-certificate",
            Setting::MetadataXml => "field-metadata-xml",
        }
    }
}

/// A value two sources disagree on.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Difference {
    /// Which value.
    pub field: Setting,
    /// One side's value (the page's, or GoTo's in a drift check).
    pub here: String,
    /// The other side's value (the metadata's, or Azure's in a drift check).
    pub there: String,
}

impl Difference {
    /// A difference of `field`.
    pub fn new(field: Setting, here: impl Into<String>, there: impl Into<String>) -> Self {
        Self {
            field,
            here: here.into(),
            there: there.into(),
        }
    }

    /// The difference as a sentence of the message table (`key` takes the field's name, then
    /// `here` and `there`).
    pub fn message(&self, key: &str) -> Message {
        Message::new(
            key,
            vec![
                Arg::key(self.field.key()),
                Arg::text(self.here.clone()),
                Arg::text(self.there.clone()),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_serializes_as_its_data_field_name_and_has_a_table_entry() {
        let all = [
            Setting::SignInUrl,
            Setting::SignOutUrl,
            Setting::EntityId,
            Setting::MetadataUrl,
            Setting::ThumbprintSha1,
            Setting::NotAfter,
            Setting::TenantId,
            Setting::Certificate,
            Setting::MetadataXml,
        ];
        for field in all {
            let json = serde_json::to_string(&field).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", field.as_str()));
            let english = crate::i18n::render(crate::i18n::Lang::En, field.key(), &[]);
            assert_ne!(english, field.key(), "{field:?} has no table entry");
        }
    }
}
