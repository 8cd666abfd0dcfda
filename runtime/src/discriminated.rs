//! Reading the enums of discriminated bases: a JSON object whose discriminator member says
//! which derived type it is.
//!
//! The generated `Deserialize` of such an enum reads the object once with
//! [`Discriminated::read`], matches on the discriminator's value, and decodes the members as
//! the variant it names ([`Discriminated::variant`], which leaves the discriminator out) or
//! as the struct of the other values ([`Discriminated::other`], which keeps it, so that
//! nothing the server sent is lost).
//!
//! A discriminated union with an envelope reads its variant from one member
//! ([`Discriminated::enveloped`]) and writes it with [`write_enveloped`].

use serde::de::{Deserialize, DeserializeOwned, Deserializer, Error};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};
use serde_with::DeserializeAs;

/// The members of an object that a discriminator tells apart.
#[derive(Debug, Clone, PartialEq)]
pub struct Discriminated {
    discriminator: &'static str,
    members: Map<String, Value>,
}

impl Discriminated {
    /// Reads an object, and the string value of its `discriminator` member (`None` when it is
    /// absent or not a string). `written_by_base` is the discriminator of the base this enum
    /// is itself derived from, which is dropped: it said what the enum is, not which variant.
    pub fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
        discriminator: &'static str,
        written_by_base: Option<&str>,
    ) -> Result<(Option<String>, Self), D::Error> {
        let mut members = Map::deserialize(deserializer)?;
        if let Some(outer) = written_by_base {
            members.remove(outer);
        }
        let value = members
            .get(discriminator)
            .and_then(Value::as_str)
            .map(str::to_owned);
        Ok((
            value,
            Discriminated {
                discriminator,
                members,
            },
        ))
    }

    /// Decodes the members, without the discriminator, as the derived type it names.
    pub fn variant<T: DeserializeOwned, E: Error>(mut self) -> Result<T, E> {
        self.members.remove(self.discriminator);
        T::deserialize(Value::Object(self.members)).map_err(E::custom)
    }

    /// Decodes the member `envelope` as the variant the discriminator names (a missing one is
    /// an error).
    pub fn enveloped<T: DeserializeOwned, E: Error>(self, envelope: &str) -> Result<T, E> {
        T::deserialize(self.envelope(envelope)?).map_err(E::custom)
    }

    /// [`Discriminated::enveloped`], in the wire form `F` (`Base64`, `Iso8601`...).
    pub fn enveloped_as<T, F, E>(self, envelope: &str) -> Result<T, E>
    where
        F: for<'de> DeserializeAs<'de, T>,
        E: Error,
    {
        F::deserialize_as(self.envelope(envelope)?).map_err(E::custom)
    }

    fn envelope<E: Error>(mut self, envelope: &str) -> Result<Value, E> {
        self.members
            .remove(envelope)
            .ok_or_else(|| E::custom(format_args!("missing field `{envelope}`")))
    }

    /// Decodes every member, the discriminator too, as the struct of the values no derived
    /// type stands for.
    pub fn other<T: DeserializeOwned, E: Error>(self) -> Result<T, E> {
        T::deserialize(Value::Object(self.members)).map_err(E::custom)
    }
}

/// Writes `{"<discriminator>": "<name>", "<envelope>": <value>}`: a variant of a discriminated
/// union with an envelope.
pub fn write_enveloped<S: Serializer, T: Serialize + ?Sized>(
    serializer: S,
    (discriminator, name): (&str, &str),
    envelope: &str,
    value: &T,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(2))?;
    map.serialize_entry(discriminator, name)?;
    map.serialize_entry(envelope, value)?;
    map.end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize, PartialEq)]
    struct Wings {
        wingspan: i32,
    }

    fn read(json: &str, outer: Option<&str>) -> (Option<String>, Discriminated) {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        Discriminated::read(&mut deserializer, "kind", outer).unwrap()
    }

    #[test]
    fn the_variant_is_read_without_the_discriminator_and_the_other_with_it() {
        let (kind, members) = read(r#"{"kind":"seagull","wingspan":2}"#, None);
        assert_eq!(kind.as_deref(), Some("seagull"));
        let wings: Wings = members.clone().variant::<_, serde_json::Error>().unwrap();
        assert_eq!(wings, Wings { wingspan: 2 });
        let all: Map<String, Value> = members.other::<_, serde_json::Error>().unwrap();
        assert_eq!(all.get("kind"), Some(&Value::from("seagull")));
    }

    #[test]
    fn a_missing_or_non_string_discriminator_is_none_and_the_base_s_is_dropped() {
        assert_eq!(read(r#"{"wingspan":2}"#, None).0, None);
        assert_eq!(read(r#"{"kind":3}"#, None).0, None);
        let (kind, members) = read(r#"{"kind":"shark","sharktype":"saw"}"#, Some("kind"));
        assert_eq!(kind, None);
        let all: Map<String, Value> = members.other::<_, serde_json::Error>().unwrap();
        assert!(!all.contains_key("kind"));
    }

    #[test]
    fn a_value_that_is_not_an_object_or_does_not_decode_is_an_error() {
        let mut deserializer = serde_json::Deserializer::from_str("[1]");
        assert!(Discriminated::read(&mut deserializer, "kind", None).is_err());
        let (_, members) = read(r#"{"kind":"seagull","wingspan":"wide"}"#, None);
        let error = members.variant::<Wings, serde_json::Error>().unwrap_err();
        assert!(error.to_string().contains("invalid type"), "{error}");
    }
}
