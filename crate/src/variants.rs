//! Enums of unit variants read from their names through one shared reader. The derived
//! `Deserialize` of such an enum brings, per enum, serde_json's enum access, its identifier
//! reader and a variant visitor (about 1 KB of the wasm module each); [`deserialize_by_name!`]
//! reads the name as a string instead, with one visitor for every enum, and looks it up.
//! Only the string form is read: serde_json's derived reader also took `{"name": null}`,
//! which nothing writes.

use serde::Deserializer;
use serde::de::{self, Visitor};
use std::fmt;

/// An enum of unit variants and the name of each, as its `Serialize` writes it.
pub trait ByName: Sized + Copy + 'static {
    /// The names, in the order of [`ByName::VARIANTS`].
    const NAMES: &'static [&'static str];
    /// Every variant.
    const VARIANTS: &'static [Self];
}

/// Implements [`ByName`] and `Deserialize` for an enum of unit variants from each variant's
/// name. A variant left out fails to compile; the test it names checks that every name reads
/// back to its variant and that an unknown one is refused.
macro_rules! deserialize_by_name {
    ($test:ident: $ty:ident { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl $crate::variants::ByName for $ty {
            const NAMES: &'static [&'static str] = &[$($name),+];
            const VARIANTS: &'static [Self] = &[$($ty::$variant),+];
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(
                deserializer: D,
            ) -> std::result::Result<Self, D::Error> {
                $crate::variants::read(deserializer)
            }
        }

        // Every variant has a name.
        const _: fn($ty) = |variant| match variant {
            $($ty::$variant => {}),+
        };

        #[cfg(test)]
        #[test]
        fn $test() {
            $crate::variants::check::<$ty>();
        }
    };
}
pub(crate) use deserialize_by_name;

/// Reads `T` from its name.
pub fn read<'de, T: ByName, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    let index = deserializer.deserialize_str(Name(T::NAMES))?;
    T::VARIANTS
        .get(index)
        .copied()
        .ok_or_else(|| de::Error::custom("variant without a name"))
}

/// A variant's name among `names`, as its index.
struct Name(&'static [&'static str]);

impl<'de> Visitor<'de> for Name {
    type Value = usize;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("variant identifier")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|known| *known == name)
            .ok_or_else(|| E::unknown_variant(name, self.0))
    }
}

/// Every name reads back to its variant, names are distinct, and an unknown one is refused.
#[cfg(test)]
pub fn check<T: ByName + fmt::Debug + PartialEq + serde::de::DeserializeOwned>() {
    assert_eq!(T::NAMES.len(), T::VARIANTS.len());
    for (name, variant) in T::NAMES.iter().zip(T::VARIANTS) {
        let read: Result<T, _> = serde_json::from_str(&format!("\"{name}\""));
        assert_eq!(read.ok().as_ref(), Some(variant), "{name}");
        assert_eq!(T::NAMES.iter().filter(|n| *n == name).count(), 1, "{name}");
    }
    assert!(serde_json::from_str::<T>("\"no-such-variant\"").is_err());
    assert!(serde_json::from_str::<T>("5").is_err());
}

/// For an enum that is also written: each variant is written as its name.
#[cfg(test)]
pub fn check_written<T: ByName + fmt::Debug + serde::Serialize>() {
    for (name, variant) in T::NAMES.iter().zip(T::VARIANTS) {
        let written = serde_json::to_string(variant).ok();
        assert_eq!(written, Some(format!("\"{name}\"")), "{variant:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::check_written;

    #[test]
    fn every_written_enum_is_written_as_the_names_it_is_read_by() {
        check_written::<crate::goto::form::Mode>();
        check_written::<crate::fill::Field>();
        check_written::<crate::fill::Outcome>();
        check_written::<crate::rollover::Reason>();
        check_written::<crate::field::Setting>();
        check_written::<crate::snapshot::Then>();
        check_written::<crate::signin::Check>();
        check_written::<crate::signin::State>();
        check_written::<crate::signin::Overall>();
        check_written::<crate::signin::SignedPart>();
        check_written::<crate::azure::sp::Product>();
        check_written::<crate::settings::MetadataState>();
    }
}
