//! What a property may say beyond its type: bounds, and the delimiter of a list written as
//! one string.

/// Bounds on a property's value: of a number, of a string's length in characters, of a
/// list's number of elements. Examples are checked against them; the client does not check
/// what it sends (the server is the authority, and a newer one may accept more).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Constraints {
    /// The least value of a number.
    pub minimum: Option<f64>,
    /// The greatest value of a number.
    pub maximum: Option<f64>,
    /// The least number of characters of a string.
    pub min_length: Option<u64>,
    /// The greatest number of characters of a string.
    pub max_length: Option<u64>,
    /// A regular expression a string matches (anywhere, unless anchored), as the spec writes it.
    pub pattern: Option<String>,
    /// The least number of elements of a list.
    pub min_items: Option<u64>,
    /// The greatest number of elements of a list.
    pub max_items: Option<u64>,
}

impl Constraints {
    /// Why `value` breaks a bound, if it does.
    pub fn broken_by(&self, value: &serde_json::Value) -> Option<String> {
        let number = match value {
            serde_json::Value::Number(n) => n.as_f64(),
            // A decimal or a quoted number may be a string.
            serde_json::Value::String(text) if self.minimum.is_some() || self.maximum.is_some() => {
                text.trim().parse().ok()
            }
            _ => None,
        };
        if let (Some(n), Some(min)) = (number, self.minimum)
            && n < min
        {
            return Some(format!("{n} is less than the minimum, {min}"));
        }
        if let (Some(n), Some(max)) = (number, self.maximum)
            && n > max
        {
            return Some(format!("{n} is more than the maximum, {max}"));
        }
        let bounded = |count: usize, min: Option<u64>, max: Option<u64>, what: &str| {
            let count = count as u64;
            match (min, max) {
                (Some(min), _) if count < min => {
                    Some(format!("it has {count} {what}, fewer than {min}"))
                }
                (_, Some(max)) if count > max => {
                    Some(format!("it has {count} {what}, more than {max}"))
                }
                _ => None,
            }
        };
        match value {
            serde_json::Value::String(text) => bounded(
                text.chars().count(),
                self.min_length,
                self.max_length,
                "characters",
            ),
            serde_json::Value::Array(items) => {
                bounded(items.len(), self.min_items, self.max_items, "elements")
            }
            _ => None,
        }
    }
}

/// What joins the elements of a list property written as one string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delimiter {
    /// `,`: `comma-delimited`.
    Comma,
    /// ` `: `space-delimited`.
    Space,
    /// `|`: `pipe-delimited`.
    Pipe,
    /// A line feed: `newline-delimited`.
    Newline,
}

impl Delimiter {
    /// Every delimiter, by the `encoding` that names it.
    pub const ALL: [(&'static str, Delimiter); 4] = [
        ("comma-delimited", Delimiter::Comma),
        ("space-delimited", Delimiter::Space),
        ("pipe-delimited", Delimiter::Pipe),
        ("newline-delimited", Delimiter::Newline),
    ];

    /// The delimiter an `encoding` names.
    pub fn named(encoding: &str) -> Option<Delimiter> {
        Delimiter::ALL
            .iter()
            .find(|(name, _)| *name == encoding)
            .map(|(_, delimiter)| *delimiter)
    }

    /// The `encoding` that names it.
    pub fn name(self) -> &'static str {
        Delimiter::ALL
            .iter()
            .find(|(_, delimiter)| *delimiter == self)
            .map_or("", |(name, _)| name)
    }

    /// The elements of a list written as `text`, as the client reads it: split at every
    /// separator, none in the empty string.
    pub fn split(self, text: &str) -> Vec<&str> {
        match text {
            "" => Vec::new(),
            text => text.split(self.separator()).collect(),
        }
    }

    /// The separator.
    pub fn separator(self) -> char {
        match self {
            Delimiter::Comma => ',',
            Delimiter::Space => ' ',
            Delimiter::Pipe => '|',
            Delimiter::Newline => '\n',
        }
    }
}
