//! Sets and JSON objects of a few hundred entries at most, as sorted `Vec`s searched by
//! bisection. The wasm module pays for each map type it uses: `HashMap`/`HashSet` brought
//! hashbrown and SipHash, each `BTreeMap`/`BTreeSet` instance its own B-tree code, and
//! `sort`/`collect` into a set a sort of its own per element type (issue 22).

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

/// Inserts `item` into the sorted `items`, unless it is there already.
pub fn insert<T: Ord>(items: &mut Vec<T>, item: T) {
    if let Err(at) = items.binary_search(&item) {
        items.insert(at, item);
    }
}

/// Whether the sorted `items` hold `item`.
pub fn contains<T: Ord>(items: &[T], item: &T) -> bool {
    items.binary_search(item).is_ok()
}

/// A JSON object's members, sorted by key; a repeated key keeps its last value, as a map does.
/// Only an object reads as one (a struct would also take an array).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Members<V>(Vec<(String, V)>);

impl<V> Members<V> {
    /// No members.
    pub fn new() -> Members<V> {
        Members(Vec::new())
    }

    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        let at = self.0.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok()?;
        self.0.get(at).map(|(_, value)| value)
    }

    /// The members in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.0.iter().map(|(key, value)| (key.as_str(), value))
    }

    /// Sets the value under `key`.
    pub fn insert(&mut self, key: String, value: V) {
        match self.0.binary_search_by(|(k, _)| k.cmp(&key)) {
            Ok(at) => {
                if let Some(slot) = self.0.get_mut(at) {
                    slot.1 = value;
                }
            }
            Err(at) => self.0.insert(at, (key, value)),
        }
    }
}

impl<V> Default for Members<V> {
    fn default() -> Members<V> {
        Members::new()
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Members<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Members<V>, D::Error> {
        struct MembersVisitor<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for MembersVisitor<V> {
            type Value = Members<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members<V>, A::Error> {
                let mut members = Members::new();
                while let Some((key, value)) = map.next_entry::<String, V>()? {
                    members.insert(key, value);
                }
                Ok(members)
            }
        }
        deserializer.deserialize_map(MembersVisitor(std::marker::PhantomData))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn members_are_sorted_by_key_and_a_repeated_key_keeps_its_last_value() {
        let members: Members<u32> = serde_json::from_str(r#"{"b": 1, "a": 2, "b": 3}"#).unwrap();
        assert_eq!(members.iter().collect::<Vec<_>>(), [("a", &2), ("b", &3)]);
        assert_eq!(members.get("b"), Some(&3));
        assert_eq!(members.get("c"), None);
        assert!(serde_json::from_str::<Members<u32>>("[1, 2]").is_err());
    }

    #[test]
    fn a_set_keeps_one_of_each_in_order() {
        let mut set = Vec::new();
        for word in ["b", "a", "b", "c", "a"] {
            insert(&mut set, word);
        }
        assert_eq!(set, ["a", "b", "c"]);
        assert!(contains(&set, &"c") && !contains(&set, &"d"));
    }
}
