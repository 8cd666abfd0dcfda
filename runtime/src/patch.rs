//! A member that may be absent, `null`, or a value: the three states a JSON merge patch
//! (RFC 7396) tells apart, where an absent member leaves a value unchanged and `null` clears it.

use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, Serializer};
use serde_with::{DeserializeAs, SerializeAs};

/// A property with `explicit-null: true`: [`Patch::Absent`] is left out of the JSON,
/// [`Patch::Null`] is written `null`, [`Patch::Value`] the value; reading gives back the
/// state that was sent.
///
/// ```
/// use specgen_runtime::Patch;
///
/// #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
/// struct Update {
///     #[serde(default, skip_serializing_if = "Patch::is_absent")]
///     name: Patch<String>,
/// }
///
/// let clear = Update { name: Patch::Null };
/// assert_eq!(serde_json::to_string(&clear)?, r#"{"name":null}"#);
/// assert_eq!(serde_json::to_string(&Update { name: Patch::Absent })?, "{}");
/// let read: Update = serde_json::from_str("{}")?;
/// assert_eq!(read.name, Patch::Absent);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Patch<T> {
    /// Not in the JSON: left as it is.
    #[default]
    Absent,
    /// `null`: cleared.
    Null,
    /// A value.
    Value(T),
}

impl<T> Patch<T> {
    /// Whether the member is absent (serde's `skip_serializing_if`).
    pub fn is_absent(&self) -> bool {
        matches!(self, Patch::Absent)
    }

    /// The value, when there is one.
    pub fn value(&self) -> Option<&T> {
        match self {
            Patch::Value(value) => Some(value),
            Patch::Absent | Patch::Null => None,
        }
    }
}

impl<T> From<Option<T>> for Patch<T> {
    /// `Some` is a value, `None` is `null`.
    fn from(value: Option<T>) -> Self {
        value.map_or(Patch::Null, Patch::Value)
    }
}

impl<T: Serialize> Serialize for Patch<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Patch::Value(value) => serializer.serialize_some(value),
            // An absent member is skipped by `skip_serializing_if`; on its own it is `null`.
            Patch::Absent | Patch::Null => serializer.serialize_none(),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Patch<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Called only for a member that is there: an absent one is `Default`.
        Option::<T>::deserialize(deserializer).map(Patch::from)
    }
}

impl<T, F: SerializeAs<T>> SerializeAs<Patch<T>> for Patch<F> {
    fn serialize_as<S: Serializer>(source: &Patch<T>, serializer: S) -> Result<S::Ok, S::Error> {
        match source {
            Patch::Value(value) => {
                serializer.serialize_some(&serde_with::ser::SerializeAsWrap::<T, F>::new(value))
            }
            Patch::Absent | Patch::Null => serializer.serialize_none(),
        }
    }
}

impl<'de, T, F: DeserializeAs<'de, T>> DeserializeAs<'de, Patch<T>> for Patch<F> {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<Patch<T>, D::Error> {
        let value: Option<T> = serde_with::As::<Option<F>>::deserialize(deserializer)?;
        Ok(Patch::from(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encoding::Base64;

    #[serde_with::serde_as]
    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Update {
        #[serde(default, skip_serializing_if = "Patch::is_absent")]
        count: Patch<u8>,
        #[serde_as(as = "Patch<Base64>")]
        #[serde(default, skip_serializing_if = "Patch::is_absent")]
        data: Patch<Vec<u8>>,
    }

    #[test]
    fn the_three_states_are_written_and_read_back() {
        for (update, wire) in [
            (
                Update {
                    count: Patch::Absent,
                    data: Patch::Absent,
                },
                "{}",
            ),
            (
                Update {
                    count: Patch::Null,
                    data: Patch::Null,
                },
                r#"{"count":null,"data":null}"#,
            ),
            (
                Update {
                    count: Patch::Value(3),
                    data: Patch::Value(b"hi".to_vec()),
                },
                r#"{"count":3,"data":"aGk="}"#,
            ),
        ] {
            assert_eq!(serde_json::to_string(&update).unwrap(), wire);
            assert_eq!(serde_json::from_str::<Update>(wire).unwrap(), update);
        }
        assert!(serde_json::from_str::<Update>(r#"{"count":300}"#).is_err());
        assert!(serde_json::from_str::<Update>(r#"{"data":"%%"}"#).is_err());
    }
}
