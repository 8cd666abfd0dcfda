//! Scalar literals as written in a spec, a header or a query.

use super::*;

/// Whether `text` is a valid value of `scalar` as written in a spec, a header or a query.
pub(super) fn check_scalar_text(text: &str, scalar: Scalar) -> Result<(), String> {
    let ok = match scalar {
        Scalar::String => true,
        Scalar::Integer => text.parse::<i64>().is_ok(),
        Scalar::Boolean => matches!(text, "true" | "false"),
        Scalar::Date => is_date(text),
        Scalar::DateTime => text
            .split_once(['T', 't'])
            .is_some_and(|(date, time)| is_date(date) && !time.is_empty()),
        Scalar::Guid => is_guid(text),
        Scalar::Url => text.split_once("://").is_some_and(|(scheme, rest)| {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && !rest.is_empty()
                && !text.contains(char::is_whitespace)
        }),
        Scalar::EmailList => text.split(',').all(|address| {
            let address = address.trim();
            address.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty() && domain.contains('.') && !address.contains(char::is_whitespace)
            })
        }),
        Scalar::UrlReference => !text.is_empty() && !text.contains(char::is_whitespace),
        Scalar::Json => true,
        Scalar::HttpDate => is_http_date(text),
    };
    if ok {
        Ok(())
    } else {
        Err(format!("should be {}", describe_scalar(scalar)))
    }
}

pub(super) fn describe_scalar(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::String => "a string",
        Scalar::Integer => "an integer",
        Scalar::Boolean => "`true` or `false`",
        Scalar::Date => "a date such as 2017-10-31",
        Scalar::DateTime => "an RFC 3339 date-time such as 2018-01-01T10:00:00Z",
        Scalar::Guid => "a GUID such as 56615b67-2185-49fe-80d2-c4ddf77bb2e8",
        Scalar::Url => "an absolute URL",
        Scalar::EmailList => "comma-separated e-mail addresses",
        Scalar::UrlReference => "a URL, absolute or relative",
        Scalar::Json => "JSON",
        Scalar::HttpDate => "an HTTP date such as Fri, 26 Aug 2022 14:38:00 GMT",
    }
}

pub(super) fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() == 3
        && [4, 2, 2]
            .iter()
            .zip(&parts)
            .all(|(len, part)| part.len() == *len && part.chars().all(|c| c.is_ascii_digit()))
        && matches!(parts[1].parse::<u8>(), Ok(1..=12))
        && matches!(parts[2].parse::<u8>(), Ok(1..=31))
}

/// `Fri, 26 Aug 2022 14:38:00 GMT`: the IMF-fixdate of RFC 9110.
pub(super) fn is_http_date(text: &str) -> bool {
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
}

pub(super) fn is_guid(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() == 5
        && [8, 4, 4, 4, 12]
            .iter()
            .zip(&parts)
            .all(|(len, part)| part.len() == *len && part.chars().all(|c| c.is_ascii_hexdigit()))
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
}
