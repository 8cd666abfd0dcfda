//! Scalar literals as written in a spec, a header or a query.
//!
//! A literal is checked with the parser the generated client decodes the scalar with (chrono,
//! uuid, url, email_address, as `specgen-runtime` and the generated code use them), so that
//! every literal that validates decodes: a date is a [`NaiveDate`], a date-time is RFC 3339
//! with its UTC offset ([`DateTime::parse_from_rfc3339`]), an HTTP date parses with
//! [`DateTime::parse_from_rfc2822`]. Where the spec format names one form of several the
//! parser accepts (`2017-10-31` for a date, the IMF-fixdate for an HTTP date), that form is
//! required as well.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD_PAD_INDIFFERENT, URL_SAFE_NO_PAD_INDIFFERENT};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime};

use super::*;

/// The runtime's reader of ISO 8601 durations, compiled here as well: the validator accepts
/// exactly the durations the client reads. Its writer is the runtime's alone.
#[allow(dead_code)]
#[path = "../../../runtime/src/encoding/duration.rs"]
mod duration;

/// What [`duration`] reads into, as in the runtime.
type Duration = chrono::TimeDelta;

/// Whether `count` whole units of `unit` nanoseconds fit a duration.
fn whole_duration(text: &str, unit: i128) -> bool {
    text.parse::<i64>()
        .is_ok_and(|count| duration::from_nanos(i128::from(count) * unit).is_some())
}

/// Whether `count` units of `unit` nanoseconds, with a fraction, fit a duration: the
/// runtime's check, on the whole units (the fraction adds less than one).
#[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)] // range checked first
fn fractional_duration(text: &str, unit: i128) -> bool {
    text.parse::<f64>().is_ok_and(|count| {
        let whole = count.trunc();
        whole.is_finite()
            && whole.abs() < i64::MAX as f64
            && duration::from_nanos(i128::from(whole as i64) * unit + unit).is_some()
    })
}

/// Why a literal is not a value of its scalar: what it should be, and how to fix it when the
/// general help of the place it is written in would not say.
pub(super) struct BadScalar {
    pub(super) problem: String,
    pub(super) help: Option<&'static str>,
}

impl From<String> for BadScalar {
    fn from(problem: String) -> Self {
        BadScalar {
            problem,
            help: None,
        }
    }
}

impl std::fmt::Display for BadScalar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.problem)
    }
}

/// How to fix a date-time without its UTC offset.
const OFFSET_HELP: &str = "add `Z` (UTC) or an offset such as `+01:00` after the time: the generated client decodes RFC 3339 date-times, which carry their offset; where the API writes no offset, use the type `plain-date-time`";

/// Whether `text` is a valid value of `scalar` as written in a spec, a header or a query.
pub(super) fn check_scalar_text(text: &str, scalar: Scalar) -> Result<(), BadScalar> {
    let ok = match scalar {
        Scalar::String | Scalar::Json => true,
        Scalar::Integer
        | Scalar::Int8
        | Scalar::Int16
        | Scalar::Int32
        | Scalar::Uint8
        | Scalar::Uint16
        | Scalar::Uint32
        | Scalar::Uint64
        | Scalar::SafeInt => {
            let (min, max) = scalar.integer_range().unwrap_or_default();
            // What the runtime parses: `str::parse` of the integer type (an optional sign, digits).
            text.parse::<i128>().is_ok_and(|n| (min..=max).contains(&n))
        }
        // What the runtime parses: Rust's float syntax, finite (no `inf`, no `NaN`).
        Scalar::Float32 => text.parse::<f32>().is_ok_and(f32::is_finite),
        Scalar::Float64 => text.parse::<f64>().is_ok_and(f64::is_finite),
        // What the runtime parses: digits with a point, or an exponent form, within 28 digits.
        Scalar::Decimal => is_decimal(text.trim()),
        Scalar::Boolean => matches!(text, "true" | "false"),
        // The runtime reads a quoted boolean in any ASCII case.
        Scalar::Quoted(Scalar::Boolean) => {
            let text = text.trim();
            text.eq_ignore_ascii_case("true") || text.eq_ignore_ascii_case("false")
        }
        Scalar::Quoted(natural) => return check_scalar_text(text.trim(), *natural),
        Scalar::Date if is_calendar_shaped(text) && !is_date(text) => {
            return Err("should be a day that exists, such as 2017-10-31"
                .to_string()
                .into());
        }
        Scalar::Date => is_date(text),
        Scalar::DateTime => {
            if is_date_time_without_offset(text) {
                return Err(BadScalar {
                    problem: format!("should have a UTC offset, such as {text}Z"),
                    help: Some(OFFSET_HELP),
                });
            }
            DateTime::parse_from_rfc3339(text).is_ok()
        }
        // What the runtime parses: chrono's `FromStr` of the type.
        Scalar::PlainTime => text.parse::<NaiveTime>().is_ok(),
        Scalar::PlainDateTime => text.parse::<NaiveDateTime>().is_ok(),
        Scalar::Guid => uuid::Uuid::parse_str(text).is_ok(),
        Scalar::Url => !text.contains(char::is_whitespace) && url::Url::parse(text).is_ok(),
        Scalar::EmailList => text.split(',').all(|address| is_email(address.trim())),
        Scalar::UrlReference => {
            // Resolved against the base URL, as the runtime resolves the header.
            !text.is_empty()
                && !text.contains(char::is_whitespace)
                && url::Url::parse("https://example.com/").is_ok_and(|base| base.join(text).is_ok())
        }
        Scalar::HttpDate => is_http_date(text),
        Scalar::Bytes => STANDARD_PAD_INDIFFERENT.decode(text.trim()).is_ok(),
        Scalar::BytesBase64Url => URL_SAFE_NO_PAD_INDIFFERENT.decode(text.trim()).is_ok(),
        Scalar::Duration => duration::from_iso8601(text.trim()).is_ok(),
        Scalar::DurationConstant => duration::from_timespan(text.trim()).is_ok(),
        Scalar::DurationSeconds => whole_duration(text.trim(), 1_000_000_000),
        Scalar::DurationMilliseconds => whole_duration(text.trim(), 1_000_000),
        Scalar::DurationSecondsFloat => fractional_duration(text.trim(), 1_000_000_000),
        Scalar::DurationMillisecondsFloat => fractional_duration(text.trim(), 1_000_000),
        Scalar::UnixTimestamp => text
            .trim()
            .parse::<i64>()
            .is_ok_and(|seconds| DateTime::from_timestamp(seconds, 0).is_some()),
    };
    if ok {
        Ok(())
    } else {
        Err(format!("should be {}", describe_scalar(scalar)).into())
    }
}

pub(super) fn describe_scalar(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::String => "a string",
        Scalar::Integer => "an integer",
        Scalar::Int8 => "an integer from -128 to 127",
        Scalar::Int16 => "an integer from -32768 to 32767",
        Scalar::Int32 => "an integer from -2147483648 to 2147483647",
        Scalar::Uint8 => "an integer from 0 to 255",
        Scalar::Uint16 => "an integer from 0 to 65535",
        Scalar::Uint32 => "an integer from 0 to 4294967295",
        Scalar::Uint64 => "an integer from 0 to 18446744073709551615",
        Scalar::SafeInt => "an integer from -9007199254740991 to 9007199254740991",
        Scalar::Float32 => "a finite number within the range of a 32-bit float",
        Scalar::Float64 => "a finite number",
        Scalar::Decimal => "a decimal number within 28 significant digits, such as 0.33333",
        Scalar::Quoted(Scalar::Boolean) => "`true` or `false`, in any case",
        Scalar::Quoted(natural) => describe_scalar(*natural),
        Scalar::Boolean => "`true` or `false`",
        Scalar::Date => "a date such as 2017-10-31",
        Scalar::DateTime => "an RFC 3339 date-time such as 2018-01-01T10:00:00Z",
        Scalar::PlainTime => "a time of day such as 13:06:12",
        Scalar::PlainDateTime => "a date and time without an offset, such as 2018-12-01T00:00:00",
        Scalar::Guid => "a GUID such as 56615b67-2185-49fe-80d2-c4ddf77bb2e8",
        Scalar::Url => "an absolute URL",
        Scalar::EmailList => "comma-separated e-mail addresses",
        Scalar::UrlReference => "a URL, absolute or relative",
        Scalar::Json => "JSON",
        Scalar::HttpDate => "an HTTP date such as Fri, 26 Aug 2022 14:38:00 GMT",
        Scalar::Bytes => "base64 text such as dGVzdA==",
        Scalar::BytesBase64Url => "URL-safe base64 text such as dGVzdA",
        Scalar::Duration => {
            "an ISO 8601 duration of weeks, days, hours, minutes and seconds, such as P40D or PT1.5S"
        }
        Scalar::DurationConstant => {
            "a duration as .NET's TimeSpan writes it, such as 1.02:59:59.5000000"
        }
        Scalar::DurationSeconds => "a whole number of seconds",
        Scalar::DurationMilliseconds => "a whole number of milliseconds",
        Scalar::DurationSecondsFloat => "a number of seconds",
        Scalar::DurationMillisecondsFloat => "a number of milliseconds",
        Scalar::UnixTimestamp => "a Unix timestamp in whole seconds, such as 1686566864",
    }
}

/// A decimal as the runtime's `DecimalNumber` reads it.
fn is_decimal(text: &str) -> bool {
    text.parse::<rust_decimal::Decimal>().is_ok()
        || rust_decimal::Decimal::from_scientific(text).is_ok()
}

/// `2017-10-31`: a day that exists, in the form the spec format documents.
fn is_date(text: &str) -> bool {
    is_calendar_shaped(text) && text.parse::<NaiveDate>().is_ok()
}

/// `YYYY-MM-DD` with a month from 1 to 12 and a day from 1 to 31, which may not exist.
fn is_calendar_shaped(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() == 3
        && [4, 2, 2]
            .iter()
            .zip(&parts)
            .all(|(len, part)| part.len() == *len && part.chars().all(|c| c.is_ascii_digit()))
        && matches!(parts[1].parse::<u8>(), Ok(1..=12))
        && matches!(parts[2].parse::<u8>(), Ok(1..=31))
}

/// `2018-12-01T00:00:00`: a date and a time that would be a date-time with an offset.
fn is_date_time_without_offset(text: &str) -> bool {
    ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dt%H:%M:%S%.f"]
        .iter()
        .any(|format| NaiveDateTime::parse_from_str(text, format).is_ok())
}

/// An e-mail address as [`email_address::EmailAddress`] parses it, with a dot in its domain.
fn is_email(address: &str) -> bool {
    address.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty() && domain.contains('.') && !address.contains(char::is_whitespace)
    }) && address.parse::<email_address::EmailAddress>().is_ok()
}

/// `Fri, 26 Aug 2022 14:38:00 GMT`: the IMF-fixdate of RFC 9110, a day that exists and its
/// weekday, as [`DateTime::parse_from_rfc2822`] (which the runtime decodes it with) reads it.
fn is_http_date(text: &str) -> bool {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = text.split(' ').collect();
    let [day, date, month, year, time, zone] = parts.as_slice() else {
        return false;
    };
    let clock: Vec<&str> = time.split(':').collect();
    day.strip_suffix(',').is_some_and(|day| DAYS.contains(&day))
        && digits(date, 2)
        && MONTHS.contains(month)
        && digits(year, 4)
        && clock.len() == 3
        && clock.iter().all(|part| digits(part, 2))
        && *zone == "GMT"
        && DateTime::parse_from_rfc2822(text).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalar_texts() {
        assert!(check_scalar_text("2017-10-31", Scalar::Date).is_ok());
        assert!(check_scalar_text("2017-13-31", Scalar::Date).is_err());
        assert!(check_scalar_text("a@b.com, c@d.org", Scalar::EmailList).is_ok());
        assert!(check_scalar_text("not an address", Scalar::EmailList).is_err());
        assert!(check_scalar_text("/api/operations/1", Scalar::Url).is_err());
        assert!(check_scalar_text("56615b67-2185-49fe-80d2-c4ddf77bb2e8", Scalar::Guid).is_ok());
    }

    #[test]
    fn dates_are_days_that_exist() {
        assert!(check_scalar_text("2016-02-29", Scalar::Date).is_ok());
        for text in [
            "2017-02-31",
            "2017-02-29",
            "2017-10-32",
            "2017-1-5",
            "20171031",
        ] {
            assert!(check_scalar_text(text, Scalar::Date).is_err(), "{text}");
        }
    }

    #[test]
    fn date_times_carry_their_offset() {
        for text in [
            "2018-01-01T10:00:00Z",
            "2018-01-01T10:00:00.123+02:00",
            "2018-01-01t10:00:00z",
        ] {
            assert!(check_scalar_text(text, Scalar::DateTime).is_ok(), "{text}");
        }
        let bad = check_scalar_text("2018-12-01T00:00:00", Scalar::DateTime).unwrap_err();
        assert_eq!(
            bad.problem,
            "should have a UTC offset, such as 2018-12-01T00:00:00Z"
        );
        assert_eq!(bad.help, Some(OFFSET_HELP));
        for text in [
            "2018-02-30T00:00:00Z",
            "2018-01-01Tnoon",
            "2018-01-01T25:00:00Z",
        ] {
            let bad = check_scalar_text(text, Scalar::DateTime).unwrap_err();
            assert_eq!(bad.help, None, "{text}");
        }
    }

    #[test]
    fn http_dates_are_imf_fixdates_that_exist() {
        assert!(check_scalar_text("Fri, 26 Aug 2022 14:38:00 GMT", Scalar::HttpDate).is_ok());
        for text in [
            "Mon, 26 Aug 2022 14:38:00 GMT",
            "Fri, 31 Feb 2022 14:38:00 GMT",
            "Fri, 26 Aug 2022 14:38:00 +0000",
        ] {
            assert!(check_scalar_text(text, Scalar::HttpDate).is_err(), "{text}");
        }
    }

    #[test]
    fn urls_and_addresses_are_what_the_runtime_parses() {
        assert!(check_scalar_text("https://example.com/a?b=c", Scalar::Url).is_ok());
        assert!(check_scalar_text("https://exa mple.com", Scalar::Url).is_err());
        assert!(check_scalar_text("/api/operations/1", Scalar::UrlReference).is_ok());
        assert!(check_scalar_text("a@@b.com", Scalar::EmailList).is_err());
        assert!(check_scalar_text("{56615b67-2185-49fe-80d2-c4ddf77bb2e8}", Scalar::Guid).is_ok());
        assert!(check_scalar_text("56615b67-2185-49fe-80d2-c4ddf77bb2eg", Scalar::Guid).is_err());
    }
}
