//! (De)serializes a `Vec<T>` as one comma-separated string.
//!
//! Use it with `#[serde(with = "specgen_runtime::comma_separated")]` on a
//! `Vec<T>` field where `T: FromStr + Display`. Serializing joins the items
//! with `,` (no spaces); deserializing splits on `,` and trims whitespace
//! around each item, and an empty (or whitespace-only) string is an empty
//! list.
//!
//! ```
//! use serde::{Deserialize, Serialize};
//! use specgen_runtime::EmailAddress;
//!
//! #[derive(Serialize, Deserialize)]
//! struct Notification {
//!     #[serde(with = "specgen_runtime::comma_separated")]
//!     emails: Vec<EmailAddress>,
//! }
//!
//! let parsed: Notification =
//!     serde_json::from_str(r#"{"emails": "a@b.c, d@e.f"}"#)?;
//! assert_eq!(parsed.emails.len(), 2);
//! assert_eq!(
//!     serde_json::to_string(&parsed)?,
//!     r#"{"emails":"a@b.c,d@e.f"}"#
//! );
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::fmt::{Display, Write as _};
use std::str::FromStr;

use serde::de::Error as _;
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serializer};

/// Joins the items' text with `,` (no spaces), e.g. for a query parameter.
///
/// Items are not escaped: an item whose text contains a `,` cannot be told
/// apart from two items on the other side ([`serialize`] refuses those).
///
/// ```
/// use specgen_runtime::EmailAddress;
///
/// let emails: Vec<EmailAddress> = vec!["a@b.c".parse()?, "d@e.f".parse()?];
/// assert_eq!(specgen_runtime::comma_separated::join(&emails), "a@b.c,d@e.f");
/// assert_eq!(specgen_runtime::comma_separated::join::<u8>(&[]), "");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn join<T: Display>(items: &[T]) -> String {
    let mut joined = String::new();
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            joined.push(',');
        }
        // Writing to a `String` only fails if `item`'s `Display` does.
        let _ = write!(joined, "{item}");
    }
    joined
}

/// Serializes the items as one string joined with `,`.
///
/// # Errors
///
/// A serializer error when an item's text contains a `,`, which could not be
/// read back.
pub fn serialize<T, S>(items: &[T], serializer: S) -> Result<S::Ok, S::Error>
where
    T: Display,
    S: Serializer,
{
    let mut joined = String::new();
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            joined.push(',');
        }
        let item_start = joined.len();
        write!(joined, "{item}").map_err(S::Error::custom)?;
        if joined[item_start..].contains(',') {
            return Err(S::Error::custom(format!(
                "item `{}` of a comma-separated list contains a comma",
                &joined[item_start..]
            )));
        }
    }
    serializer.serialize_str(&joined)
}

/// Deserializes a comma-separated string into items.
///
/// # Errors
///
/// A deserializer error when the value is not a string or an item does not
/// parse; the message names the item.
pub fn deserialize<'de, T, D>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    T: FromStr,
    T::Err: Display,
    D: Deserializer<'de>,
{
    let text = String::deserialize(deserializer)?;
    parse(&text).map_err(D::Error::custom)
}

/// Parses every item of a comma-separated list; the error names the first bad item.
pub(crate) fn parse<T>(text: &str) -> Result<Vec<T>, String>
where
    T: FromStr,
    T::Err: Display,
{
    split(text)
        .map(|item| {
            item.parse()
                .map_err(|error| format!("invalid item `{item}` in comma-separated list: {error}"))
        })
        .collect()
}

/// The trimmed items of a comma-separated list; none for a blank string.
fn split(text: &str) -> impl Iterator<Item = &str> {
    let blank = text.trim().is_empty();
    text.split(',').map(str::trim).filter(move |_| !blank)
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Numbers {
        #[serde(with = "super")]
        values: Vec<u32>,
    }

    #[derive(Debug, Serialize)]
    struct Words {
        #[serde(with = "super")]
        values: Vec<String>,
    }

    #[test]
    fn round_trip() {
        let numbers = Numbers {
            values: vec![1, 22, 333],
        };
        let json = serde_json::to_string(&numbers).unwrap();
        assert_eq!(json, r#"{"values":"1,22,333"}"#);
        assert_eq!(serde_json::from_str::<Numbers>(&json).unwrap(), numbers);
    }

    #[test]
    fn trims_and_accepts_empty() {
        let parsed: Numbers = serde_json::from_str(r#"{"values":" 1 ,2 "}"#).unwrap();
        assert_eq!(parsed.values, vec![1, 2]);
        let parsed: Numbers = serde_json::from_str(r#"{"values":""}"#).unwrap();
        assert_eq!(parsed.values, Vec::<u32>::new());
        let parsed: Numbers = serde_json::from_str(r#"{"values":"  "}"#).unwrap();
        assert_eq!(parsed.values, Vec::<u32>::new());
        assert_eq!(
            serde_json::to_string(&Numbers { values: vec![] }).unwrap(),
            r#"{"values":""}"#
        );
    }

    #[test]
    fn bad_item_is_named() {
        let error = serde_json::from_str::<Numbers>(r#"{"values":"1,x2,3"}"#).unwrap_err();
        assert!(error.to_string().contains("`x2`"), "{error}");
        let error = serde_json::from_str::<Numbers>(r#"{"values":"1,,3"}"#).unwrap_err();
        assert!(error.to_string().contains("``"), "{error}");
        assert!(serde_json::from_str::<Numbers>(r#"{"values":[1]}"#).is_err());
    }

    #[test]
    fn join_matches_serialize() {
        assert_eq!(super::join(&[1, 22, 333]), "1,22,333");
        assert_eq!(super::join::<u32>(&[]), "");
        assert_eq!(super::join(&["a b"]), "a b");
    }

    #[test]
    fn item_with_comma_is_refused() {
        let words = Words {
            values: vec!["a".to_owned(), "b,c".to_owned()],
        };
        let error = serde_json::to_string(&words).unwrap_err();
        assert!(error.to_string().contains("`b,c`"), "{error}");
    }

    #[test]
    fn email_addresses() {
        #[derive(Debug, Serialize, Deserialize)]
        struct Emails {
            #[serde(with = "super")]
            to: Vec<crate::EmailAddress>,
        }
        let parsed: Emails = serde_json::from_str(r#"{"to":"a@b.c, d@e.f"}"#).unwrap();
        assert_eq!(parsed.to.len(), 2);
        assert_eq!(
            serde_json::to_string(&parsed).unwrap(),
            r#"{"to":"a@b.c,d@e.f"}"#
        );
        let error = serde_json::from_str::<Emails>(r#"{"to":"a@b.c,not-an-email"}"#).unwrap_err();
        assert!(error.to_string().contains("`not-an-email`"), "{error}");
    }
}
