//! Lists written as one string, their elements joined by a separator: TypeSpec's
//! `ArrayEncoding` (`commaDelimited`, `spaceDelimited`, `pipeDelimited`, `newlineDelimited`).

use std::marker::PhantomData;

use serde::de::Error as _;
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serializer};
use serde_json::Value;
use serde_with::ser::SerializeAsWrap;
use serde_with::{DeserializeAs, SerializeAs};

/// What joins the elements of a [`Delimited`] list.
pub trait Separator {
    /// The separator.
    const SEPARATOR: char;
}

/// `,`: `encoding: comma-delimited`.
#[derive(Debug, Clone, Copy)]
pub struct Comma;

/// ` ` (one space): `encoding: space-delimited`.
#[derive(Debug, Clone, Copy)]
pub struct Space;

/// `|`: `encoding: pipe-delimited`.
#[derive(Debug, Clone, Copy)]
pub struct Pipe;

/// `\n` (a line feed): `encoding: newline-delimited`.
#[derive(Debug, Clone, Copy)]
pub struct Newline;

impl Separator for Comma {
    const SEPARATOR: char = ',';
}
impl Separator for Space {
    const SEPARATOR: char = ' ';
}
impl Separator for Pipe {
    const SEPARATOR: char = '|';
}
impl Separator for Newline {
    const SEPARATOR: char = '\n';
}

/// A list as one JSON string, its elements (each written as a JSON string in the form `F`)
/// joined by `S` (`["blue", "red"]` is `"blue,red"`); the empty list is `""`.
///
/// Writing refuses an element that is not a string or that holds the separator, and a list of
/// one empty string: the other side would read them as something else. Reading splits the string at every separator (no trimming:
/// `"a, b"` is `"a"` and `" b"`) and reads each piece as an element; one that does not read is
/// an error.
///
/// ```
/// use serde::{Deserialize, Serialize};
/// use specgen_runtime::encoding::{Comma, Delimited};
///
/// #[serde_with::serde_as]
/// #[derive(Debug, PartialEq, Serialize, Deserialize)]
/// struct Colors {
///     #[serde_as(as = "Delimited<Comma>")]
///     value: Vec<String>,
/// }
///
/// let colors: Colors = serde_json::from_str(r#"{"value": "blue,red"}"#)?;
/// assert_eq!(colors.value, ["blue", "red"]);
/// assert_eq!(serde_json::to_string(&colors)?, r#"{"value":"blue,red"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Delimited<S, F = serde_with::Same>(PhantomData<(S, F)>);

impl<S: Separator, F: SerializeAs<T>, T> SerializeAs<Vec<T>> for Delimited<S, F> {
    fn serialize_as<Z: Serializer>(elements: &Vec<T>, serializer: Z) -> Result<Z::Ok, Z::Error> {
        let mut joined = String::new();
        for (index, element) in elements.iter().enumerate() {
            let value = serde_json::to_value(SerializeAsWrap::<T, F>::new(element))
                .map_err(Z::Error::custom)?;
            let Value::String(text) = value else {
                return Err(Z::Error::custom(format_args!(
                    "element {index} of a delimited list is {value}, not a string"
                )));
            };
            if text.contains(S::SEPARATOR) {
                return Err(Z::Error::custom(format_args!(
                    "element {index} of a delimited list, {text:?}, holds the separator {:?}",
                    S::SEPARATOR
                )));
            }
            if index > 0 {
                joined.push(S::SEPARATOR);
            }
            joined.push_str(&text);
        }
        if joined.is_empty() && !elements.is_empty() {
            return Err(Z::Error::custom(
                "a delimited list of one empty string is written as the empty list",
            ));
        }
        serializer.serialize_str(&joined)
    }
}

impl<'de, S: Separator, F, T> DeserializeAs<'de, Vec<T>> for Delimited<S, F>
where
    F: DeserializeAs<'de, T>,
{
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<Vec<T>, D::Error> {
        let text = String::deserialize(deserializer)?;
        if text.is_empty() {
            return Ok(Vec::new());
        }
        text.split(S::SEPARATOR)
            .enumerate()
            .map(|(index, piece)| {
                let piece = serde::de::value::StringDeserializer::<D::Error>::new(piece.to_owned());
                F::deserialize_as(piece).map_err(|error| {
                    D::Error::custom(format_args!("element {index} of a delimited list: {error}"))
                })
            })
            .collect()
    }
}
