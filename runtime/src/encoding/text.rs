//! Scalars whose JSON is read as text: decimals, whose digits a float would round, and the
//! numbers and booleans an API writes as JSON strings (`encoding: string`).
//!
//! Every form here reads a value through [`scalar_text`]: the text of a JSON number as the body
//! wrote it (serde_json's raw value, so no digit goes through `f64`), or the contents of a JSON
//! string. Where serde has already buffered the value (a flattened or untagged member), the
//! number arrives as serde's own `u64`, `i64` or `f64`, written back in its shortest form.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serializer};
use serde_json::value::RawValue;
use serde_with::{DeserializeAs, SerializeAs};

/// The Rust type of `decimal`: a decimal number of up to 28 significant digits, exact
/// (rust_decimal's `Decimal`), so that `0.1 + 0.2` is `0.3`.
pub type Decimal = rust_decimal::Decimal;

/// A decimal as a JSON number with every digit it has (`0.33333`), the default form of
/// `decimal`. Reading accepts a JSON number, also in exponent form (`1.5e3`), or a string
/// holding one; a number with more digits than a [`Decimal`] holds is rounded to 28
/// significant digits, and one beyond its range (about 7.9e28) is an error.
#[derive(Debug, Clone, Copy)]
pub struct DecimalNumber;

/// A number written as a JSON string (`"42"`, `"1.5"`), `encoding: string`. Reading accepts
/// the string or a plain JSON number, as APIs that quote numbers in some responses often
/// leave them bare in others; text that is not a number of the type, or a float that is not
/// finite, is an error.
#[derive(Debug, Clone, Copy)]
pub struct NumberString;

/// A boolean written as a JSON string (`"true"`, `"false"`), `encoding: string`. Reading
/// ignores ASCII case (`"TRUE"`, `"FaLsE"`) and accepts a plain JSON boolean too.
#[derive(Debug, Clone, Copy)]
pub struct BooleanString;

impl DecimalNumber {
    /// The decimal's text: its digits, without an exponent (`0.33333`, `-12`).
    pub fn text(value: &Decimal) -> String {
        value.to_string()
    }

    /// A decimal from its text: digits with an optional sign and point, or an exponent form.
    ///
    /// # Errors
    ///
    /// Why `text` is not such a decimal.
    pub fn parse(text: &str) -> Result<Decimal, String> {
        let text = text.trim();
        text.parse::<Decimal>()
            .or_else(|_| Decimal::from_scientific(text))
            .map_err(|error| format!("not a decimal number: {error}"))
    }
}

impl NumberString {
    /// The number's text (`42`, `1.5`).
    pub fn text<T: fmt::Display>(value: &T) -> String {
        value.to_string()
    }

    /// A number of the type from its text.
    ///
    /// # Errors
    ///
    /// Why `text` is not such a number.
    pub fn parse<T: Quotable>(text: &str) -> Result<T, String> {
        T::from_text(text.trim())
    }
}

impl BooleanString {
    /// `true` or `false`.
    pub fn text(value: &bool) -> String {
        value.to_string()
    }

    /// A boolean from `true` or `false` in any ASCII case.
    ///
    /// # Errors
    ///
    /// Why `text` is neither.
    pub fn parse(text: &str) -> Result<bool, String> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("true") {
            Ok(true)
        } else if text.eq_ignore_ascii_case("false") {
            Ok(false)
        } else {
            Err(format!(
                "not a boolean: `{text}` is neither `true` nor `false`"
            ))
        }
    }
}

/// A number [`NumberString`] writes and reads: the integers, the floats and [`Decimal`].
pub trait Quotable: Sized + fmt::Display {
    /// The number from its text.
    ///
    /// # Errors
    ///
    /// Why `text` is not such a number.
    fn from_text(text: &str) -> Result<Self, String>;
}

macro_rules! quotable_integers {
    ($($integer:ty),*) => {$(
        impl Quotable for $integer {
            fn from_text(text: &str) -> Result<Self, String> {
                text.parse::<$integer>().map_err(|error| {
                    format!("not an integer from {} to {}: {error}", <$integer>::MIN, <$integer>::MAX)
                })
            }
        }
    )*};
}
quotable_integers!(i8, i16, i32, i64, u8, u16, u32, u64);

macro_rules! quotable_floats {
    ($($float:ty),*) => {$(
        impl Quotable for $float {
            fn from_text(text: &str) -> Result<Self, String> {
                match text.parse::<$float>() {
                    Ok(number) if number.is_finite() => Ok(number),
                    Ok(_) => Err(format!("`{text}` is not a finite number")),
                    Err(error) => Err(format!("not a number: {error}")),
                }
            }
        }
    )*};
}
quotable_floats!(f32, f64);

impl Quotable for Decimal {
    fn from_text(text: &str) -> Result<Self, String> {
        DecimalNumber::parse(text)
    }
}

/// The text of a JSON scalar: a number's digits as written, a string's contents, or `true`
/// and `false`. Anything else (an object, an array, `null`) is an error.
fn scalar_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    // serde_json answers a newtype struct of this name with the raw text of the value: the
    // protocol of its `RawValue`, whose own `Deserialize` is no use where serde buffers.
    deserializer.deserialize_newtype_struct(RAW_VALUE, ScalarText)
}

/// The name under which serde_json hands out a value's raw text (`serde_json::value::RawValue`).
const RAW_VALUE: &str = "$serde_json::private::RawValue";

struct ScalarText;

impl<'de> Visitor<'de> for ScalarText {
    type Value = String;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a number, a string or a boolean")
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<String, A::Error> {
        let raw = Box::<RawValue>::deserialize(de::value::MapAccessDeserializer::new(map))?;
        let raw = raw.get();
        match raw.as_bytes().first() {
            Some(b'"') => serde_json::from_str::<String>(raw).map_err(de::Error::custom),
            Some(b'-' | b'0'..=b'9' | b't' | b'f') => Ok(raw.to_owned()),
            _ => Err(de::Error::invalid_type(de::Unexpected::Other(raw), &self)),
        }
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, inner: D) -> Result<String, D::Error> {
        inner.deserialize_any(self)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<String, E> {
        Ok(value.to_owned())
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<String, E> {
        Ok(value)
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<String, E> {
        Ok(value.to_string())
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<String, E> {
        Ok(value.to_string())
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<String, E> {
        Ok(value.to_string())
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<String, E> {
        Ok(value.to_string())
    }
}

impl SerializeAs<Decimal> for DecimalNumber {
    fn serialize_as<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
        // A raw value is written as it is: the digits, not a float's approximation of them.
        let raw = RawValue::from_string(value.to_string()).map_err(serde::ser::Error::custom)?;
        serde::Serialize::serialize(&raw, serializer)
    }
}

impl<'de> DeserializeAs<'de, Decimal> for DecimalNumber {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
        let text = scalar_text(deserializer)?;
        DecimalNumber::parse(&text).map_err(de::Error::custom)
    }
}

impl<T: Quotable> SerializeAs<T> for NumberString {
    fn serialize_as<S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(value)
    }
}

impl<'de, T: Quotable> DeserializeAs<'de, T> for NumberString {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
        let text = scalar_text(deserializer)?;
        T::from_text(text.trim()).map_err(de::Error::custom)
    }
}

impl SerializeAs<bool> for BooleanString {
    fn serialize_as<S: Serializer>(value: &bool, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(if *value { "true" } else { "false" })
    }
}

impl<'de> DeserializeAs<'de, bool> for BooleanString {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
        let text = scalar_text(deserializer)?;
        BooleanString::parse(&text).map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests;
