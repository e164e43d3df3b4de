//! Values to JSON text, for the wasm surface. Generic code is compiled at the level of the crate
//! that instantiates it: `serde_json::to_string::<T>` called from ssobridge (built for size)
//! would escape strings at "z", five times slower (a call per byte). [`Writer`] is a concrete
//! serializer whose methods are not generic, so this crate, built for speed, is the one that
//! instantiates serde_json's writing; its callers keep only each type's field walk. Cheaper than
//! a type-erased `Serialize` (erased-serde: about 9 KiB of vtable glue in the module).
#![forbid(unsafe_code)]

use serde::Serialize;
use serde::ser::{self, Error as _};
use serde_json::ser::{CompactFormatter, Formatter};
use std::io;

pub use serde_json::Error;

type Result<T> = std::result::Result<T, Error>;

/// `value` as compact JSON text, as `serde_json::to_string` writes it, except that a map key
/// must serialize as a string (serde_json also quotes numbers and booleans there) and
/// serde_json's `RawValue` is not written raw.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    let mut writer = Writer::default();
    value.serialize(&mut writer)?;
    writer.finish()
}

/// JSON text being written: serde_json's escaping and number formatting, with the punctuation
/// of its `CompactFormatter`.
#[derive(Default)]
pub struct Writer {
    out: Vec<u8>,
}

impl Writer {
    fn finish(self) -> Result<String> {
        String::from_utf8(self.out).map_err(Error::custom)
    }

    fn json(&mut self) -> serde_json::Serializer<&mut Vec<u8>> {
        serde_json::Serializer::new(&mut self.out)
    }

    fn punctuate(
        &mut self,
        write: fn(&mut CompactFormatter, &mut Vec<u8>) -> io::Result<()>,
    ) -> Result<()> {
        write(&mut CompactFormatter, &mut self.out).map_err(Error::io)
    }

    /// The separator before a key, the key, and the colon.
    fn key(&mut self, first: bool, key: &str) -> Result<()> {
        self.key_start(first)?;
        ser::Serializer::serialize_str(&mut self.json(), key)?;
        self.key_end()
    }

    fn key_start(&mut self, first: bool) -> Result<()> {
        CompactFormatter
            .begin_object_key(&mut self.out, first)
            .map_err(Error::io)
    }

    fn key_end(&mut self) -> Result<()> {
        self.punctuate(|f, out| {
            f.end_object_key(out)?;
            f.begin_object_value(out)
        })
    }

    /// Checks that the key written from `at` on is a string, as JSON requires.
    fn checked_key_end(&mut self, at: usize) -> Result<()> {
        if self.out.get(at) != Some(&b'"') {
            return Err(Error::custom("key must be a string"));
        }
        self.key_end()
    }

    fn element_start(&mut self, first: bool) -> Result<()> {
        CompactFormatter
            .begin_array_value(&mut self.out, first)
            .map_err(Error::io)
    }

    /// `{"variant":`, the start of an externally tagged enum variant.
    fn variant_start(&mut self, variant: &str) -> Result<()> {
        self.punctuate(|f, out| f.begin_object(out))?;
        self.key(true, variant)
    }

    fn close(&mut self, close: Close) -> Result<()> {
        match close {
            Close::Array => self.punctuate(|f, out| f.end_array(out)),
            Close::Object => self.punctuate(|f, out| f.end_object(out)),
            Close::ArrayInVariant => self.punctuate(|f, out| {
                f.end_array(out)?;
                f.end_object_value(out)?;
                f.end_object(out)
            }),
            Close::ObjectInVariant => self.punctuate(|f, out| {
                f.end_object(out)?;
                f.end_object_value(out)?;
                f.end_object(out)
            }),
        }
    }

    fn open(&mut self, open: Close) -> Result<Compound<'_>> {
        match open {
            Close::Array | Close::ArrayInVariant => self.punctuate(|f, out| f.begin_array(out))?,
            Close::Object | Close::ObjectInVariant => {
                self.punctuate(|f, out| f.begin_object(out))?
            }
        }
        Ok(Compound {
            writer: self,
            first: true,
            close: open,
        })
    }
}

/// What ends a compound value.
#[derive(Clone, Copy)]
enum Close {
    Array,
    Object,
    /// A tuple variant's `]}`.
    ArrayInVariant,
    /// A struct variant's `}}`.
    ObjectInVariant,
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<()> {
        self.json().serialize_bool(v)
    }
    fn serialize_i8(self, v: i8) -> Result<()> {
        self.json().serialize_i8(v)
    }
    fn serialize_i16(self, v: i16) -> Result<()> {
        self.json().serialize_i16(v)
    }
    fn serialize_i32(self, v: i32) -> Result<()> {
        self.json().serialize_i32(v)
    }
    fn serialize_i64(self, v: i64) -> Result<()> {
        self.json().serialize_i64(v)
    }
    fn serialize_i128(self, v: i128) -> Result<()> {
        self.json().serialize_i128(v)
    }
    fn serialize_u8(self, v: u8) -> Result<()> {
        self.json().serialize_u8(v)
    }
    fn serialize_u16(self, v: u16) -> Result<()> {
        self.json().serialize_u16(v)
    }
    fn serialize_u32(self, v: u32) -> Result<()> {
        self.json().serialize_u32(v)
    }
    fn serialize_u64(self, v: u64) -> Result<()> {
        self.json().serialize_u64(v)
    }
    fn serialize_u128(self, v: u128) -> Result<()> {
        self.json().serialize_u128(v)
    }
    fn serialize_f32(self, v: f32) -> Result<()> {
        self.json().serialize_f32(v)
    }
    fn serialize_f64(self, v: f64) -> Result<()> {
        self.json().serialize_f64(v)
    }
    fn serialize_char(self, v: char) -> Result<()> {
        self.json().serialize_char(v)
    }
    fn serialize_str(self, v: &str) -> Result<()> {
        self.json().serialize_str(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<()> {
        self.json().serialize_bytes(v)
    }
    fn serialize_none(self) -> Result<()> {
        self.json().serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<()> {
        self.json().serialize_unit()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<()> {
        self.json().serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<()> {
        self.json().serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<()> {
        self.variant_start(variant)?;
        value.serialize(&mut *self)?;
        self.punctuate(|f, out| {
            f.end_object_value(out)?;
            f.end_object(out)
        })
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>> {
        self.open(Close::Array)
    }
    fn serialize_tuple(self, _len: usize) -> Result<Compound<'a>> {
        self.open(Close::Array)
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'a>> {
        self.open(Close::Array)
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>> {
        self.variant_start(variant)?;
        self.open(Close::ArrayInVariant)
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>> {
        self.open(Close::Object)
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'a>> {
        self.open(Close::Object)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>> {
        self.variant_start(variant)?;
        self.open(Close::ObjectInVariant)
    }
}

/// An array or object being written.
pub struct Compound<'a> {
    writer: &'a mut Writer,
    first: bool,
    close: Close,
}

impl Compound<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.writer.element_start(self.first)?;
        self.first = false;
        value.serialize(&mut *self.writer)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<()> {
        self.writer.key(self.first, key)?;
        self.first = false;
        value.serialize(&mut *self.writer)
    }

    fn end(self) -> Result<()> {
        self.writer.close(self.close)
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }
    fn end(self) -> Result<()> {
        Compound::end(self)
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }
    fn end(self) -> Result<()> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }
    fn end(self) -> Result<()> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }
    fn end(self) -> Result<()> {
        Compound::end(self)
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        self.writer.key_start(self.first)?;
        self.first = false;
        let at = self.writer.out.len();
        key.serialize(&mut *self.writer)?;
        self.writer.checked_key_end(at)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        value.serialize(&mut *self.writer)
    }
    fn end(self) -> Result<()> {
        Compound::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        self.field(key, value)
    }
    fn end(self) -> Result<()> {
        Compound::end(self)
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        self.field(key, value)
    }
    fn end(self) -> Result<()> {
        Compound::end(self)
    }
}

#[cfg(test)]
mod tests {
    use super::to_string;
    use serde::Serialize;
    use std::collections::BTreeMap;

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    enum Shape {
        Unit,
        Newtype(u8),
        Tuple(u8, String),
        Struct { a: Option<u8>, b: Vec<bool> },
    }

    #[derive(Serialize)]
    #[serde(tag = "type", rename_all = "camelCase")]
    enum Tagged {
        One { text: String },
    }

    #[derive(Serialize)]
    struct Flat {
        id: u32,
        #[serde(flatten)]
        inner: Inner,
    }

    #[derive(Serialize)]
    struct Inner {
        x: i64,
        y: Option<String>,
    }

    #[derive(Serialize)]
    struct All {
        shapes: Vec<Shape>,
        tagged: Tagged,
        flat: Flat,
        map: BTreeMap<String, f64>,
        empty: Vec<u8>,
        unit: (),
        tuple: (char, &'static str),
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let all = All {
            shapes: vec![
                Shape::Unit,
                Shape::Newtype(7),
                Shape::Tuple(1, "a\"b\\\n\u{1}é".into()),
                Shape::Struct {
                    a: None,
                    b: vec![true, false],
                },
            ],
            tagged: Tagged::One { text: "t".into() },
            flat: Flat {
                id: 3,
                inner: Inner {
                    x: -4,
                    y: Some("y".into()),
                },
            },
            map: [("k".to_owned(), 1.5), ("l".to_owned(), -0.0)].into(),
            empty: vec![],
            unit: (),
            tuple: ('\u{7f}', "</script>"),
        };
        assert_eq!(to_string(&all).ok(), serde_json::to_string(&all).ok());
    }

    #[test]
    fn refuses_a_key_that_is_not_a_string() {
        let map: BTreeMap<u8, u8> = [(1, 2)].into();
        assert!(to_string(&map).is_err());
    }
}
