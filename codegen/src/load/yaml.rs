//! Reading YAML within the limits a spec needs, and turning its errors into located
//! diagnostics with a fix.

use serde::Deserialize;

use super::SourceFile;
use crate::diagnostics::catalogue as rules;
use crate::diagnostics::{Diagnostic, Location, Rule};

/// A carriage return not followed by a line feed. YAML reads it as a line break, and the
/// diagnostics (and most tools) do not: the lines would be numbered differently.
pub(super) fn lone_carriage_return(source: &SourceFile) -> Option<Diagnostic> {
    let text = &source.text;
    let at = text
        .match_indices('\r')
        .map(|(at, _)| at)
        .find(|&at| !text[at + 1..].starts_with('\n'))?;
    let line_start = text[..at].rfind('\n').map_or(0, |newline| newline + 1);
    let location = Location {
        file: source.path.clone(),
        line: text[..at].matches('\n').count() + 1,
        column: text[line_start..at].chars().count() + 1,
        len: 1,
    };
    Some(rules::LoneCarriageReturn {}.at(location))
}

/// How deeply YAML collections may nest in a spec file. The real spec nests 12 levels (an
/// inline object is two: its mapping and its `properties`); deeper input is refused before
/// it can exhaust the stack of the recursive deserializer (a test thread has 2 MiB).
pub const MAX_DEPTH: usize = 32;

/// Deserializes a spec file's YAML, within the limits a spec needs (nesting, size, aliases).
pub(crate) fn from_yaml<T: for<'de> Deserialize<'de>>(
    text: &str,
) -> Result<T, serde_saphyr::Error> {
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            flow_nesting_limit: MAX_DEPTH,
        },
    };
    serde_saphyr::from_str_with_options(text, options)
}

/// Turn a YAML or structure error into a located diagnostic with a fix.
pub(super) fn structure_diagnostic(source: &SourceFile, error: &serde_saphyr::Error) -> Diagnostic {
    let mut location = match error.location() {
        Some(at) if at.line() > 0 => Location {
            file: source.path.clone(),
            line: at.line() as usize,
            column: at.column() as usize,
            len: at.span().len() as usize,
        },
        _ => Location::file(&source.path),
    };
    let error = error.without_snippet();
    let message = strip_position(&error.to_string());
    if let Some((unknown, expected)) = parse_unknown_field(&message) {
        let rule = rules::UnknownKey {
            key: unknown,
            expected,
        };
        return rule.at(location);
    }
    let shape = |problem: String| rules::WrongShape { problem }.at(location.clone());
    match error {
        serde_saphyr::Error::SerdeMissingField { field, .. } => {
            if location.line > 0 {
                (location.line, location.column, location.len) =
                    mapping_start(&source.text, location.line, location.column);
            }
            rules::MissingKey {
                key: field.to_string(),
            }
            .at(location)
        }
        // The parser's own limit, of `[` and `{` nested in flow style.
        serde_saphyr::Error::ExternalMessage { msg, .. } if msg.contains("recursion limit") => {
            too_deep(location)
        }
        serde_saphyr::Error::ExternalMessage { msg, .. } => rules::InvalidYaml {
            problem: msg.to_string(),
        }
        .at(location),
        serde_saphyr::Error::DuplicateMappingKey { key, .. } => rules::DuplicateKey {
            key: key.as_ref().map(|key| key.to_string()),
        }
        .at(location),
        serde_saphyr::Error::InvalidScalar { ty, .. } => {
            let expected = match *ty {
                "bool" | "boolean" => "`true` or `false`",
                ty if ty.starts_with(['i', 'u']) => "an integer",
                _ => "a number",
            };
            shape(format!("expected {expected}"))
        }
        serde_saphyr::Error::Budget {
            breach: serde_saphyr::budget::BudgetBreach::Depth { .. },
            ..
        } => too_deep(location),
        serde_saphyr::Error::Budget { breach, .. } => rules::OverLoaderLimit {
            breach: format!("{breach:?}"),
        }
        .at(location),
        serde_saphyr::Error::Unexpected { expected, .. } => {
            let expected = match *expected {
                "sequence start" => "a list (`[a, b]`, or one `- item` per line)",
                "mapping start" => "a mapping (`key: value` lines)",
                other => other,
            };
            shape(format!("expected {expected}"))
        }
        _ => shape(message),
    }
}

/// YAML nested deeper than [`MAX_DEPTH`].
fn too_deep(location: Location) -> Diagnostic {
    rules::NestedTooDeep { max: MAX_DEPTH }.at(location)
}

/// serde-saphyr reports a missing key after the last key of its mapping: the line, column and
/// length of the mapping's first key instead, where the missing one is to be added.
fn mapping_start(text: &str, line: usize, column: usize) -> (usize, usize, usize) {
    let lines: Vec<&str> = text.lines().collect();
    let indent = column.saturating_sub(1);
    let mut first = line;
    for index in (0..line.saturating_sub(1).min(lines.len())).rev() {
        let trimmed = lines[index].trim_start();
        let own = lines[index].len() - trimmed.len();
        if trimmed.is_empty() || trimmed.starts_with('#') || own > indent {
            continue;
        }
        if own == indent {
            first = index + 1;
            continue;
        }
        // `- key: value`: the item's first key sits at the mapping's column.
        if let Some(item) = trimmed.strip_prefix('-')
            && own + 1 + (item.len() - item.trim_start().len()) == indent
        {
            first = index + 1;
        }
        break;
    }
    let key_len = lines
        .get(first - 1)
        .and_then(|text| text.get(indent..))
        .map_or(0, |key| {
            key.chars()
                .take_while(|c| *c != ':' && !c.is_whitespace())
                .count()
        });
    (first, column, key_len)
}

/// serde-saphyr prefixes messages with `error: line N column M: ` or appends
/// ` at line N, column M`; the location is ours to print.
fn strip_position(message: &str) -> String {
    let message = message.trim().trim_start_matches("error: ");
    let message = match message.rsplit_once(" at line ") {
        Some((text, position)) if position.contains(", column ") => text,
        _ => message,
    };
    match message.strip_prefix("line ") {
        Some(rest) => match rest.split_once(": ") {
            Some((position, text)) if position.contains("column") => text.to_string(),
            _ => message.to_string(),
        },
        None => message.to_string(),
    }
}

/// `unknown field `x`, expected one of a, b` → (`x`, [a, b]).
fn parse_unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (name, rest) = rest.split_once('`')?;
    let expected = rest
        .split_once("expected ")
        .map(|(_, list)| list)
        .unwrap_or_default()
        .trim_start_matches("one of ")
        .split(',')
        .map(|item| item.trim().trim_matches('`').to_string())
        .filter(|item| !item.is_empty())
        .collect();
    Some((name.to_string(), expected))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_serde_saphyr_position_prefix() {
        assert_eq!(
            strip_position("error: line 4 column 1: unknown field"),
            "unknown field"
        );
        assert_eq!(strip_position("invalid u16"), "invalid u16");
        assert_eq!(
            strip_position("missing field `method` at line 56, column 1"),
            "missing field `method`"
        );
    }

    #[test]
    fn missing_keys_point_at_the_start_of_their_mapping() {
        let text = "id: x\nresponses:\n  - code: 404\n    # a comment\n    description: |\n      text\n    kind: error\n";
        // Reported after the last key of the row (`kind`, line 7): the row starts at `code`.
        assert_eq!(mapping_start(text, 7, 5), (3, 5, 4));
        // Reported at `responses` (line 2): the file's mapping starts at `id`.
        assert_eq!(mapping_start(text, 2, 1), (1, 1, 2));
    }

    #[test]
    fn splits_unknown_field_message() {
        let (name, expected) =
            parse_unknown_field("unknown field `summry`, expected one of id, code, text").unwrap();
        assert_eq!(name, "summry");
        assert_eq!(expected, ["id", "code", "text"]);
    }
}
