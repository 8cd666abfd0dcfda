//! Wire forms of values whose JSON or text differs from their natural one: bytes in base64,
//! durations in ISO 8601 or as a number of seconds or milliseconds, date-times as an HTTP
//! date or a Unix timestamp or without an offset, decimals with all their digits, numbers and
//! booleans written as strings, and lists written as one delimited string.
//!
//! Each form is a unit struct. It writes and reads its value in JSON through serde_with's
//! [`SerializeAs`] and [`DeserializeAs`], which generated code names in `#[serde_as(as = "…")]`
//! so that the form applies inside `Option`, `Vec` and maps too; and as text (a path segment, a
//! query value, a header) through its `text` and `parse` functions. Reading never panics: text
//! that is not of the form, or a number beyond what the value can hold, is an error.
//!
//! ```
//! use specgen_runtime::encoding::{Base64Url, Iso8601, Seconds};
//! use specgen_runtime::Duration;
//!
//! assert_eq!(Base64Url::text(b"test"), "dGVzdA");
//! assert_eq!(Base64Url::parse("dGVzdA==").unwrap(), b"test");
//! assert_eq!(Iso8601::text(&Duration::days(40)), "P40D");
//! assert_eq!(Seconds::parse("36").unwrap(), Duration::seconds(36));
//! let date = specgen_runtime::encoding::Rfc3339::parse("2022-08-26T20:38:00+02:00").unwrap();
//! assert_eq!(specgen_runtime::encoding::Rfc3339::text(&date.to_utc().fixed_offset()), "2022-08-26T18:38:00Z");
//! ```

mod delimited;
mod duration;
mod text;

pub use delimited::{Comma, Delimited, Newline, Pipe, Separator, Space};
pub use text::{BooleanString, Decimal, DecimalNumber, NumberString, Quotable};

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD_PAD_INDIFFERENT, URL_SAFE_NO_PAD_INDIFFERENT};
use chrono::{DateTime, FixedOffset, NaiveDateTime};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serializer};
use serde_with::{DeserializeAs, SerializeAs};

/// The Rust type of `duration`: a signed length of time, to the nanosecond (chrono's `TimeDelta`).
pub type Duration = chrono::TimeDelta;

/// Bytes as base64 with padding (RFC 4648 §4), the default form of `bytes`. Reading accepts
/// text with or without padding.
#[derive(Debug, Clone, Copy)]
pub struct Base64;

/// Bytes as URL-safe base64 without padding (RFC 4648 §5), `encoding: base64url`. Reading
/// accepts text with or without padding.
#[derive(Debug, Clone, Copy)]
pub struct Base64Url;

/// A duration in ISO 8601 (`P40D`, `PT1.5S`, `P1DT2H`), the default form of `duration`.
/// Weeks, days, hours, minutes and seconds are read, with a decimal fraction on the last one;
/// years and months are refused, as they have no fixed length.
#[derive(Debug, Clone, Copy)]
pub struct Iso8601;

/// A duration in .NET's TimeSpan constant format, `encoding: duration-constant` (Azure's
/// `@encode("duration-constant")`): `[-][d.]hh:mm:ss[.fffffff]`, as `1.02:59:59.5000000`.
#[derive(Debug, Clone, Copy)]
pub struct DurationConstant;

/// A duration as a whole number of seconds (`36`), `encoding: seconds`. A duration with a
/// fraction of a second is written rounded to the nearest second.
#[derive(Debug, Clone, Copy)]
pub struct Seconds;

/// A duration as a number of seconds with a fraction (`35.625`), `encoding: seconds-float`.
#[derive(Debug, Clone, Copy)]
pub struct SecondsFloat;

/// A duration as a whole number of milliseconds (`36000`), `encoding: milliseconds`. A finer
/// duration is written rounded to the nearest millisecond.
#[derive(Debug, Clone, Copy)]
pub struct Milliseconds;

/// A duration as a number of milliseconds with a fraction (`35625.5`),
/// `encoding: milliseconds-float`.
#[derive(Debug, Clone, Copy)]
pub struct MillisecondsFloat;

/// A date-time in RFC 3339 (`2022-08-26T18:38:00Z`), the default form of `date-time`: UTC is
/// written `Z`, fractions of a second only when there are some. Reading requires the offset.
#[derive(Debug, Clone, Copy)]
pub struct Rfc3339;

/// A date and time without a UTC offset in ISO 8601 (`2018-12-01T00:00:00`,
/// `2018-12-01T00:00:00.5`), the form of `plain-date-time`: fractions of a second only when
/// there are some. Reading refuses an offset, which the value could not keep.
#[derive(Debug, Clone, Copy)]
pub struct LocalIso8601;

/// A date-time as an HTTP date (RFC 7231, `Fri, 26 Aug 2022 14:38:00 GMT`),
/// `encoding: rfc7231`. Written in GMT, to the second.
#[derive(Debug, Clone, Copy)]
pub struct Rfc7231;

/// A date-time as a Unix timestamp: whole seconds since 1970-01-01T00:00:00Z (`1686566864`),
/// `encoding: unix-timestamp`. Read in UTC; a fraction of a second is dropped when written.
#[derive(Debug, Clone, Copy)]
pub struct UnixTimestamp;

impl Base64 {
    /// The base64 text of `bytes`.
    pub fn text(bytes: &[u8]) -> String {
        STANDARD_PAD_INDIFFERENT.encode(bytes)
    }

    /// The bytes of base64 text.
    ///
    /// # Errors
    ///
    /// Why `text` is not base64.
    pub fn parse(text: &str) -> Result<Vec<u8>, String> {
        STANDARD_PAD_INDIFFERENT
            .decode(text.trim())
            .map_err(|error| format!("not base64: {error}"))
    }
}

impl Base64Url {
    /// The URL-safe base64 text of `bytes`, without padding.
    pub fn text(bytes: &[u8]) -> String {
        URL_SAFE_NO_PAD_INDIFFERENT.encode(bytes)
    }

    /// The bytes of URL-safe base64 text.
    ///
    /// # Errors
    ///
    /// Why `text` is not URL-safe base64.
    pub fn parse(text: &str) -> Result<Vec<u8>, String> {
        URL_SAFE_NO_PAD_INDIFFERENT
            .decode(text.trim())
            .map_err(|error| format!("not base64url: {error}"))
    }
}

impl Iso8601 {
    /// The ISO 8601 text of a duration: days, hours, minutes and seconds, zero parts left out.
    pub fn text(value: &Duration) -> String {
        duration::to_iso8601(*value)
    }

    /// A duration from its ISO 8601 text.
    ///
    /// # Errors
    ///
    /// Why `text` is not such a duration.
    pub fn parse(text: &str) -> Result<Duration, String> {
        duration::from_iso8601(text.trim())
    }
}

impl DurationConstant {
    /// The TimeSpan text of a duration: days only when there are any, seven fraction digits
    /// only when there is a fraction (below 100 ns is dropped).
    pub fn text(value: &Duration) -> String {
        duration::to_timespan(*value)
    }

    /// A duration from its TimeSpan text.
    ///
    /// # Errors
    ///
    /// Why `text` is not such a duration.
    pub fn parse(text: &str) -> Result<Duration, String> {
        duration::from_timespan(text.trim())
    }
}

/// Nanoseconds per second and per millisecond.
const SECOND: i128 = 1_000_000_000;
const MILLISECOND: i128 = 1_000_000;

/// `value` in whole `unit`s, rounded to the nearest (half away from zero).
fn rounded(value: Duration, unit: i128) -> i64 {
    let nanos = duration::total_nanos(value);
    let whole = (nanos.abs() + unit / 2) / unit;
    let whole = if nanos < 0 { -whole } else { whole };
    // A `Duration` is at most i64::MAX milliseconds, so its seconds and milliseconds fit.
    i64::try_from(whole).unwrap_or(if nanos < 0 { i64::MIN } else { i64::MAX })
}

/// `value` in `unit`s, with a fraction: whole units and the rest apart, so that a large
/// value keeps the precision of its units.
#[allow(clippy::cast_precision_loss)] // a float form is as precise as a float
fn fractional(value: Duration, unit: i128) -> f64 {
    let nanos = duration::total_nanos(value);
    (nanos / unit) as f64 + (nanos % unit) as f64 / unit as f64
}

/// The duration of `count` `unit`s, where it is finite and within a `Duration`'s range.
#[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)] // range checked first
fn from_fractional(count: f64, unit: i128) -> Result<Duration, String> {
    let beyond = || format!("{count} is beyond the range of a duration");
    let whole = count.trunc();
    if !whole.is_finite() || whole.abs() >= i64::MAX as f64 {
        return Err(beyond());
    }
    let rest = ((count - whole) * unit as f64).round() as i128;
    duration::from_nanos(i128::from(whole as i64) * unit + rest).ok_or_else(beyond)
}

/// The duration of `count` whole `unit`s, where it is within a `Duration`'s range.
fn from_whole(count: i64, unit: i128) -> Result<Duration, String> {
    duration::from_nanos(i128::from(count) * unit)
        .ok_or_else(|| format!("{count} is beyond the range of a duration"))
}

impl Seconds {
    /// The whole seconds of a duration, rounded, as text.
    pub fn text(value: &Duration) -> String {
        rounded(*value, SECOND).to_string()
    }

    /// A duration from a whole number of seconds.
    ///
    /// # Errors
    ///
    /// Why `text` is not such a number.
    pub fn parse(text: &str) -> Result<Duration, String> {
        let count = text
            .trim()
            .parse::<i64>()
            .map_err(|error| format!("not a whole number of seconds: {error}"))?;
        from_whole(count, SECOND)
    }
}

impl SecondsFloat {
    /// The seconds of a duration, with a fraction, as text.
    pub fn text(value: &Duration) -> String {
        fractional(*value, SECOND).to_string()
    }

    /// A duration from a number of seconds.
    ///
    /// # Errors
    ///
    /// Why `text` is not such a number.
    pub fn parse(text: &str) -> Result<Duration, String> {
        let count = text
            .trim()
            .parse::<f64>()
            .map_err(|error| format!("not a number of seconds: {error}"))?;
        from_fractional(count, SECOND)
    }
}

impl Milliseconds {
    /// The whole milliseconds of a duration, rounded, as text.
    pub fn text(value: &Duration) -> String {
        rounded(*value, MILLISECOND).to_string()
    }

    /// A duration from a whole number of milliseconds.
    ///
    /// # Errors
    ///
    /// Why `text` is not such a number.
    pub fn parse(text: &str) -> Result<Duration, String> {
        let count = text
            .trim()
            .parse::<i64>()
            .map_err(|error| format!("not a whole number of milliseconds: {error}"))?;
        from_whole(count, MILLISECOND)
    }
}

impl MillisecondsFloat {
    /// The milliseconds of a duration, with a fraction, as text.
    pub fn text(value: &Duration) -> String {
        fractional(*value, MILLISECOND).to_string()
    }

    /// A duration from a number of milliseconds.
    ///
    /// # Errors
    ///
    /// Why `text` is not such a number.
    pub fn parse(text: &str) -> Result<Duration, String> {
        let count = text
            .trim()
            .parse::<f64>()
            .map_err(|error| format!("not a number of milliseconds: {error}"))?;
        from_fractional(count, MILLISECOND)
    }
}

impl Rfc3339 {
    /// The RFC 3339 text of a date-time.
    pub fn text(value: &DateTime<FixedOffset>) -> String {
        value.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    }

    /// A date-time from RFC 3339 text.
    ///
    /// # Errors
    ///
    /// Why `text` is not an RFC 3339 date-time.
    pub fn parse(text: &str) -> Result<DateTime<FixedOffset>, String> {
        DateTime::parse_from_rfc3339(text.trim())
            .map_err(|error| format!("not an RFC 3339 date-time: {error}"))
    }
}

impl LocalIso8601 {
    /// The ISO 8601 text of a date and time without an offset.
    pub fn text(value: &NaiveDateTime) -> String {
        value.format("%Y-%m-%dT%H:%M:%S%.f").to_string()
    }

    /// A date and time from ISO 8601 text without an offset.
    ///
    /// # Errors
    ///
    /// Why `text` is not such a date and time.
    pub fn parse(text: &str) -> Result<NaiveDateTime, String> {
        text.trim()
            .parse::<NaiveDateTime>()
            .map_err(|error| format!("not a date and time without an offset: {error}"))
    }
}

impl Rfc7231 {
    /// The HTTP date of a date-time, in GMT.
    pub fn text(value: &DateTime<FixedOffset>) -> String {
        crate::http_date(value)
    }

    /// A date-time from an HTTP date (the RFC 2822 forms, which include RFC 7231's).
    ///
    /// # Errors
    ///
    /// Why `text` is not an HTTP date.
    pub fn parse(text: &str) -> Result<DateTime<FixedOffset>, String> {
        DateTime::parse_from_rfc2822(text.trim())
            .map_err(|error| format!("not an HTTP date: {error}"))
    }
}

impl UnixTimestamp {
    /// The Unix timestamp of a date-time, in whole seconds.
    pub fn text(value: &DateTime<FixedOffset>) -> String {
        value.timestamp().to_string()
    }

    /// A date-time, in UTC, from a Unix timestamp in whole seconds.
    ///
    /// # Errors
    ///
    /// Why `text` is not such a timestamp.
    pub fn parse(text: &str) -> Result<DateTime<FixedOffset>, String> {
        let seconds = text
            .trim()
            .parse::<i64>()
            .map_err(|error| format!("not a Unix timestamp: {error}"))?;
        from_timestamp(seconds)
    }
}

fn from_timestamp(seconds: i64) -> Result<DateTime<FixedOffset>, String> {
    DateTime::from_timestamp(seconds, 0)
        .map(|utc| utc.fixed_offset())
        .ok_or_else(|| format!("{seconds} is beyond the range of a date-time"))
}

/// JSON strings in the form's text.
macro_rules! string_form {
    ($($form:ident: $value:ty;)*) => {$(
        impl SerializeAs<$value> for $form {
            fn serialize_as<S: Serializer>(value: &$value, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&$form::text(value))
            }
        }

        impl<'de> DeserializeAs<'de, $value> for $form {
            fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<$value, D::Error> {
                let text = String::deserialize(deserializer)?;
                $form::parse(&text).map_err(D::Error::custom)
            }
        }
    )*};
}
string_form! {
    Base64: Vec<u8>;
    Base64Url: Vec<u8>;
    Iso8601: Duration;
    DurationConstant: Duration;
    Rfc3339: DateTime<FixedOffset>;
    Rfc7231: DateTime<FixedOffset>;
    LocalIso8601: NaiveDateTime;
}

/// A borrowed body of bytes (`&[u8]`) is written as its `Vec<u8>` would be.
macro_rules! byte_slices {
    ($($form:ident),*) => {$(
        impl SerializeAs<[u8]> for $form {
            fn serialize_as<S: Serializer>(value: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&$form::text(value))
            }
        }
    )*};
}
byte_slices!(Base64, Base64Url);

/// JSON integers, rounded from the value.
macro_rules! whole_form {
    ($($form:ident: $unit:expr;)*) => {$(
        impl SerializeAs<Duration> for $form {
            fn serialize_as<S: Serializer>(value: &Duration, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(rounded(*value, $unit))
            }
        }

        impl<'de> DeserializeAs<'de, Duration> for $form {
            fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<Duration, D::Error> {
                let count = i64::deserialize(deserializer)?;
                from_whole(count, $unit).map_err(D::Error::custom)
            }
        }
    )*};
}
whole_form! {
    Seconds: SECOND;
    Milliseconds: MILLISECOND;
}

/// JSON numbers with a fraction.
macro_rules! fractional_form {
    ($($form:ident: $unit:expr;)*) => {$(
        impl SerializeAs<Duration> for $form {
            fn serialize_as<S: Serializer>(value: &Duration, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_f64(fractional(*value, $unit))
            }
        }

        impl<'de> DeserializeAs<'de, Duration> for $form {
            fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<Duration, D::Error> {
                let count = f64::deserialize(deserializer)?;
                from_fractional(count, $unit).map_err(D::Error::custom)
            }
        }
    )*};
}
fractional_form! {
    SecondsFloat: SECOND;
    MillisecondsFloat: MILLISECOND;
}

impl SerializeAs<DateTime<FixedOffset>> for UnixTimestamp {
    fn serialize_as<S: Serializer>(
        value: &DateTime<FixedOffset>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(value.timestamp())
    }
}

impl<'de> DeserializeAs<'de, DateTime<FixedOffset>> for UnixTimestamp {
    fn deserialize_as<D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<DateTime<FixedOffset>, D::Error> {
        let seconds = i64::deserialize(deserializer)?;
        from_timestamp(seconds).map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod tests;
