//! Reading unions without a discriminator: the value is read once, then tried as each
//! variant in turn.
//!
//! The generated `Deserialize` of a union reads the value with [`Alternatives::read`], tests
//! the literal variants (`is_string`, `is_integer`, `is_number`, `is_boolean`), then tries the
//! typed ones in the order the spec lists them ([`Alternatives::read_value`] of a type,
//! [`Alternatives::read_as`] for a wire form, [`Alternatives::read_exact`] for a struct, which
//! must declare every member), and takes the first that holds the value. A struct is then
//! tried again without that condition: an object with members no struct declares reads as the
//! first struct that holds the others. A value none of them holds is
//! [`Alternatives::none_of`]: an error that says what it was.

use serde::de::{Deserialize, DeserializeOwned, Deserializer, Error};
use serde_json::Value;
use serde_with::DeserializeAs;

/// A value of a union, read but not yet told apart.
#[derive(Debug, Clone, PartialEq)]
pub struct Alternatives {
    value: Value,
}

impl Alternatives {
    /// Reads the value.
    pub fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Alternatives {
            value: Value::deserialize(deserializer)?,
        })
    }

    /// Whether the value is the string `text`, exactly.
    pub fn is_string(&self, text: &str) -> bool {
        self.value.as_str() == Some(text)
    }

    /// Whether the value is a JSON integer equal to `n`.
    pub fn is_integer(&self, n: i128) -> bool {
        self.value.as_i64().map(i128::from) == Some(n)
            || self.value.as_u64().map(i128::from) == Some(n)
    }

    /// Whether the value is a JSON number equal to `n` (`2.5` and `2.50` both are `2.5`).
    pub fn is_number(&self, n: f64) -> bool {
        self.value.as_f64() == Some(n)
    }

    /// Whether the value is the boolean `b`.
    pub fn is_boolean(&self, b: bool) -> bool {
        self.value.as_bool() == Some(b)
    }

    /// The value as a `T`, when it is one.
    pub fn read_value<T: DeserializeOwned>(&self) -> Option<T> {
        T::deserialize(&self.value).ok()
    }

    /// The value as a `T` when it is an object whose members are all among `members` (the
    /// wire names of a struct's fields): a struct that would drop a member is not the variant
    /// the value is, while another one may be.
    pub fn read_exact<T: DeserializeOwned>(&self, members: &[&str]) -> Option<T> {
        let object = self.value.as_object()?;
        if object.keys().any(|key| !members.contains(&key.as_str())) {
            return None;
        }
        self.read_value()
    }

    /// The value as a `T` in the wire form `F` (`Base64`, `Iso8601`...), when it is one.
    pub fn read_as<T, F>(&self) -> Option<T>
    where
        F: for<'de> DeserializeAs<'de, T>,
    {
        F::deserialize_as(&self.value).ok()
    }

    /// The error of a value that no variant of the union `union` holds.
    pub fn none_of<E: Error>(&self, union: &str) -> E {
        let kind = match &self.value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        };
        E::custom(format_args!(
            "{kind} that is none of the variants of `{union}`: {}",
            self.value
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encoding::Base64;

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Named {
        name: String,
    }

    fn read(json: &str) -> Alternatives {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        Alternatives::read(&mut deserializer).unwrap()
    }

    #[test]
    fn literals_match_exactly_and_numbers_by_value() {
        assert!(read(r#""a""#).is_string("a"));
        assert!(!read(r#""A""#).is_string("a"));
        assert!(read("2").is_integer(2));
        assert!(!read("2.0").is_integer(2));
        assert!(read("18446744073709551615").is_integer(u64::MAX.into()));
        assert!(read("2.50").is_number(2.5));
        assert!(read("true").is_boolean(true));
        assert!(!read(r#""true""#).is_boolean(true));
    }

    #[test]
    fn a_value_reads_as_the_types_that_hold_it_and_in_its_form() {
        let value = read("[1, 2]");
        assert_eq!(value.read_value::<Vec<u8>>(), Some(vec![1, 2]));
        assert_eq!(value.read_value::<String>(), None);
        assert_eq!(value.read_value::<Vec<i8>>(), Some(vec![1, 2]));
        assert_eq!(read("300").read_value::<u8>(), None);
        let object = read(r#"{"name": "a", "end": 1}"#);
        assert_eq!(object.read_exact::<Named>(&["name"]), None);
        assert_eq!(
            object.read_exact::<Named>(&["name", "end"]),
            Some(Named { name: "a".into() })
        );
        assert_eq!(read("[]").read_exact::<Vec<u8>>(&[]), None);
        let bytes = read(r#""aGk=""#);
        assert_eq!(bytes.read_as::<Vec<u8>, Base64>(), Some(b"hi".to_vec()));
        assert_eq!(read(r#""%%""#).read_as::<Vec<u8>, Base64>(), None);
    }

    #[test]
    fn a_value_of_no_variant_is_an_error_that_shows_it() {
        let error: serde_json::Error = read(r#"{"x": 1}"#).none_of("Pet");
        let message = error.to_string();
        assert!(
            message.contains("an object that is none of the variants of `Pet`"),
            "{message}"
        );
        assert!(message.contains(r#"{"x":1}"#), "{message}");
    }
}
