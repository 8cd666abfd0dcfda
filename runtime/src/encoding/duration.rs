//! ISO 8601 durations (`P40D`, `PT1.5S`, `-P1DT2H`) and a duration's nanoseconds.

use super::Duration;

/// Nanoseconds in each designator's unit.
const WEEK: i128 = 7 * DAY;
const DAY: i128 = 24 * HOUR;
const HOUR: i128 = 60 * MINUTE;
const MINUTE: i128 = 60 * SECOND;
const SECOND: i128 = 1_000_000_000;

/// Every nanosecond of `value`, signed.
pub(super) fn total_nanos(value: Duration) -> i128 {
    i128::from(value.num_seconds()) * SECOND + i128::from(value.subsec_nanos())
}

/// The duration of `nanos` nanoseconds, where a `Duration` holds it.
pub(super) fn from_nanos(nanos: i128) -> Option<Duration> {
    let seconds = i64::try_from(nanos.div_euclid(SECOND)).ok()?;
    let rest = i64::try_from(nanos.rem_euclid(SECOND)).ok()?;
    Duration::try_seconds(seconds)?.checked_add(&Duration::nanoseconds(rest))
}

/// `P<d>DT<h>H<m>M<s>S` with the zero parts left out, `PT0S` for zero, `-` before a negative one.
pub(super) fn to_iso8601(value: Duration) -> String {
    let nanos = total_nanos(value);
    let mut rest = nanos.unsigned_abs();
    let mut text = String::from(if nanos < 0 { "-P" } else { "P" });
    let days = rest / DAY.unsigned_abs();
    rest %= DAY.unsigned_abs();
    if days > 0 {
        text.push_str(&format!("{days}D"));
    }
    if rest == 0 {
        if days == 0 {
            text.push_str("T0S");
        }
        return text;
    }
    text.push('T');
    let hours = rest / HOUR.unsigned_abs();
    rest %= HOUR.unsigned_abs();
    let minutes = rest / MINUTE.unsigned_abs();
    rest %= MINUTE.unsigned_abs();
    if hours > 0 {
        text.push_str(&format!("{hours}H"));
    }
    if minutes > 0 {
        text.push_str(&format!("{minutes}M"));
    }
    if rest > 0 {
        let seconds = rest / SECOND.unsigned_abs();
        let fraction = rest % SECOND.unsigned_abs();
        if fraction == 0 {
            text.push_str(&format!("{seconds}S"));
        } else {
            let digits = format!("{fraction:09}");
            text.push_str(&format!("{seconds}.{}S", digits.trim_end_matches('0')));
        }
    }
    text
}

/// Reads `[-+]P[nW][nD][T[nH][nM][nS]]`; the last number may have a fraction (`.` or `,`).
pub(super) fn from_iso8601(text: &str) -> Result<Duration, String> {
    let invalid = |why: &str| format!("`{text}` is not an ISO 8601 duration: {why}");
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let rest = rest
        .strip_prefix('P')
        .ok_or_else(|| invalid("it does not start with `P`"))?;
    let (date, time) = match rest.split_once('T') {
        Some((date, "")) => {
            return Err(invalid(&format!("nothing follows `T` in `{date}T`")));
        }
        Some((date, time)) => (date, Some(time)),
        None => (rest, None),
    };
    let mut total: i128 = 0;
    let mut parts = 0;
    let mut fraction_seen = false;
    for (section, units) in [
        (date, &[('W', WEEK), ('D', DAY)][..]),
        (
            time.unwrap_or(""),
            &[('H', HOUR), ('M', MINUTE), ('S', SECOND)][..],
        ),
    ] {
        let mut section = section;
        let mut allowed = units;
        while !section.is_empty() {
            if fraction_seen {
                return Err(invalid("only the last number may have a fraction"));
            }
            let end = section
                .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                .ok_or_else(|| invalid("a number has no designator after it"))?;
            let (number, tail) = section.split_at(end);
            let designator = tail.chars().next().unwrap_or_default();
            if matches!(designator, 'Y') || (designator == 'M' && units[0].0 == 'W') {
                return Err(invalid("years and months have no fixed length"));
            }
            let position = allowed
                .iter()
                .position(|(unit, _)| *unit == designator)
                .ok_or_else(|| invalid(&format!("`{designator}` is out of place")))?;
            let unit = allowed[position].1;
            allowed = &allowed[position + 1..];
            let (value, fractional) = scaled(number, unit)
                .ok_or_else(|| invalid("a number is malformed or too large"))?;
            fraction_seen = fractional;
            total = total
                .checked_add(value)
                .ok_or_else(|| invalid("it is too large"))?;
            parts += 1;
            section = &tail[designator.len_utf8()..];
        }
    }
    if parts == 0 {
        return Err(invalid("it has no number"));
    }
    let total = if negative { -total } else { total };
    from_nanos(total).ok_or_else(|| invalid("it is beyond the range of a duration"))
}

/// `number` (digits, and a fraction after `.` or `,`) times `unit` nanoseconds, and whether it
/// had a fraction. The fraction is kept to the nanosecond.
fn scaled(number: &str, unit: i128) -> Option<(i128, bool)> {
    let (whole, fraction) = match number.split_once(['.', ',']) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (number, None),
    };
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || whole.len() > 30 {
        return None;
    }
    let mut value = whole.parse::<i128>().ok()?.checked_mul(unit)?;
    if let Some(fraction) = fraction {
        if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // Nine digits are a nanosecond of a second; finer digits of larger units still count.
        let digits = &fraction[..fraction.len().min(18)];
        let scale = 10_i128.checked_pow(u32::try_from(digits.len()).ok()?)?;
        value = value.checked_add(digits.parse::<i128>().ok()? * unit / scale)?;
    }
    Some((value, fraction.is_some()))
}

/// A duration in .NET's TimeSpan constant format (`"c"`), Azure's `duration-constant`:
/// `[-][d.]hh:mm:ss[.fffffff]`, days only when there are any, seven fraction digits only when
/// there is a fraction (`1.02:59:59.5000000`, `00:00:36`). Below 100 ns is rounded down.
pub(super) fn to_timespan(value: Duration) -> String {
    let nanos = total_nanos(value);
    let sign = if nanos < 0 { "-" } else { "" };
    let nanos = nanos.abs();
    let (days, rest) = (nanos / DAY, nanos % DAY);
    let (hours, rest) = (rest / HOUR, rest % HOUR);
    let (minutes, rest) = (rest / MINUTE, rest % MINUTE);
    let (seconds, ticks) = (rest / SECOND, rest % SECOND / 100);
    let days = if days > 0 {
        format!("{days}.")
    } else {
        String::new()
    };
    let fraction = if ticks > 0 {
        format!(".{ticks:07}")
    } else {
        String::new()
    };
    format!("{sign}{days}{hours:02}:{minutes:02}:{seconds:02}{fraction}")
}

/// Reads [`to_timespan`]'s form: an optional sign and `d.` day count, `hh:mm:ss` (hours below
/// 24, minutes and seconds below 60, two digits each) and a fraction of one to seven digits.
pub(super) fn from_timespan(text: &str) -> Result<Duration, String> {
    let bad = || format!("`{text}` is not a duration as `[-][d.]hh:mm:ss[.fffffff]`");
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (clock, fraction) = match rest.split_once(':').and_then(|_| rest.rsplit_once('.')) {
        // A `.` after the last `:` is the fraction's; before the first, the days'.
        Some((clock, fraction)) if !fraction.contains(':') => (clock, Some(fraction)),
        _ => (rest, None),
    };
    let (days, clock) = match clock.split_once('.') {
        Some((days, clock)) => (Some(days), clock),
        None => (None, clock),
    };
    let digits = |part: &str, max: i128| -> Option<i128> {
        let ok = part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| part.parse().ok()).flatten().filter(|n| *n < max)
    };
    let mut parts = clock.split(':');
    let (Some(h), Some(m), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    let (h, m, s) = (digits(h, 24), digits(m, 60), digits(s, 60));
    let (Some(h), Some(m), Some(s)) = (h, m, s) else {
        return Err(bad());
    };
    let days = match days {
        Some(days) if !days.is_empty() && days.bytes().all(|b| b.is_ascii_digit()) => {
            days.parse::<i128>().map_err(|_| bad())?
        }
        Some(_) => return Err(bad()),
        None => 0,
    };
    let ticks = match fraction {
        Some(f) if (1..=7).contains(&f.len()) && f.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{f:0<7}").parse::<i128>().map_err(|_| bad())?
        }
        Some(_) => return Err(bad()),
        None => 0,
    };
    let nanos = days
        .checked_mul(DAY)
        .and_then(|n| n.checked_add(h * HOUR + m * MINUTE + s * SECOND + ticks * 100))
        .ok_or_else(bad)?;
    from_nanos(if negative { -nanos } else { nanos }).ok_or_else(bad)
}
