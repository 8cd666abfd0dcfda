//! JSON examples: their syntax, explained, and their match with the declared type, located.

use super::*;
use crate::model::Tag;

impl FilePass<'_> {
    /// Checks a JSON example: it parses, and matches the declared type.
    pub(super) fn example(
        &mut self,
        example: &Spanned<String>,
        ty: &Type,
        types: &TypeTable,
        path: &str,
    ) {
        let value: serde_json::Value = match serde_json::from_str(&example.value) {
            Ok(value) => value,
            Err(error) => {
                let syntax = json_syntax(&example.value, &error);
                let location = match syntax.line {
                    0 => self.at(&example.referenced),
                    line => self.in_example(example, line, syntax.column, syntax.len),
                };
                let rule = rules::ExampleNotJson {
                    problem: syntax.message,
                    hint: syntax.help,
                };
                self.report_at(location, path, rule);
                return;
            }
        };
        let mut problems = Vec::new();
        check_value(&value, ty, types, "", &mut problems);
        for problem in problems {
            let location = match locate_json(&example.value, &problem.pointer, problem.key) {
                Some((offset, len)) => {
                    let before = &example.value[..offset];
                    let line = before.matches('\n').count() + 1;
                    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
                    self.in_example(example, line, column, len)
                }
                None => self.at(&example.referenced),
            };
            let rule = rules::ExampleDoesNotMatch {
                problem: problem.message,
                hint: problem.help,
            };
            self.report_at(location, path, rule);
        }
    }

    /// Where line `line`, column `column` (1-based) of an example's text is written.
    ///
    /// A block scalar (`example: |`) starts at its first content line, and its lines keep the
    /// indentation of that line: the columns shift by it. A quoted one-line scalar shifts by its
    /// quote; the lines of a quoted multi-line scalar are folded, so only its start is known.
    pub(super) fn in_example(
        &self,
        example: &Spanned<String>,
        line: usize,
        column: usize,
        len: usize,
    ) -> Location {
        let start = self.at(&example.referenced);
        let quoted = self.quoted(&start, &example.value);
        if quoted && line > 1 {
            return start;
        }
        // The end of the text (where JSON ends too early) is the end of its last line.
        let lines: Vec<&str> = example.value.lines().collect();
        let (line, column) = match lines.last() {
            Some(last) if line > lines.len() => (lines.len(), last.chars().count() + 1),
            _ => (line, column),
        };
        Location {
            line: start.line + line - 1,
            column: start.column + column - 1 + usize::from(quoted),
            len,
            ..start
        }
    }
}

/// Where an example does not match its properties: a JSON pointer, and whether the key (rather
/// than the value) written there is meant.
pub(super) struct Problem {
    pub(super) pointer: String,
    pub(super) key: bool,
    pub(super) message: String,
    pub(super) help: Option<String>,
}

impl Problem {
    pub(super) fn at(pointer: &str, message: String) -> Self {
        Problem {
            pointer: pointer.to_string(),
            key: false,
            message,
            help: None,
        }
    }
}

/// Why a text is not JSON: where (1-based line and character column; line 0: unknown), what,
/// and how to fix it.
pub(super) struct JsonSyntax {
    pub(super) line: usize,
    pub(super) column: usize,
    pub(super) len: usize,
    pub(super) message: String,
    pub(super) help: String,
}

/// Explains a JSON syntax error, recognizing what people copy from documentation pages:
/// typographic quotes, single quotes, a status line before the body, an extra closing brace.
pub(super) fn json_syntax(text: &str, error: &serde_json::Error) -> JsonSyntax {
    let at = |line: usize, column: usize, message: String, help: &str| JsonSyntax {
        line,
        column,
        len: 1,
        message,
        help: help.to_string(),
    };
    // A typographic quote looks like a JSON quote but is not one; the parser stumbles later.
    let typographic = text.lines().enumerate().find_map(|(index, line)| {
        line.chars()
            .position(|c| "\u{201c}\u{201d}\u{2018}\u{2019}\u{201e}".contains(c))
            .map(|column| {
                (
                    index + 1,
                    column + 1,
                    line.chars().nth(column).unwrap_or('"'),
                )
            })
    });
    if let Some((line, column, quote)) = typographic {
        return at(
            line,
            column,
            format!("`{quote}` is a typographic quote"),
            "replace it with a straight double quote `\"`",
        );
    }
    // `200 OK` before the body: a status line copied from a response.
    let first = text
        .lines()
        .enumerate()
        .find(|(_, line)| !line.trim().is_empty());
    if let Some((index, line)) = first {
        let trimmed = line.trim();
        let code = trimmed.split_whitespace().next().unwrap_or("");
        if code.len() == 3
            && code.chars().all(|c| c.is_ascii_digit())
            && trimmed.len() > 3
            && trimmed[3..]
                .trim()
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == ' ')
        {
            let column = line.chars().take_while(|c| c.is_whitespace()).count() + 1;
            let mut syntax = at(
                index + 1,
                column,
                format!("the example starts with the status line `{trimmed}`"),
                "remove the line: the status is the row's `code`, the example is the body alone",
            );
            syntax.len = trimmed.chars().count();
            return syntax;
        }
    }
    let line = error.line();
    // serde_json counts columns in bytes; the diagnostic counts characters.
    let column = text
        .lines()
        .nth(line.saturating_sub(1))
        .map_or(error.column(), |text| {
            text.char_indices()
                .take_while(|(byte, _)| *byte < error.column().saturating_sub(1))
                .count()
                + 1
        });
    let found = text
        .lines()
        .nth(line.saturating_sub(1))
        .and_then(|text| text.chars().nth(column - 1));
    let message = strip_json_position(&error.to_string()).to_string();
    let help = if found == Some('\'') {
        "JSON keys and strings take double quotes: write `\"name\"`, not `'name'`"
    } else if matches!(found, Some('}' | ']')) && !message.starts_with("trailing characters") {
        "this bracket closes nothing open here: remove the extra one, or add what it should close"
    } else if message.starts_with("trailing characters") {
        "remove what follows the end of the JSON value (an extra `}` or `]`?)"
    } else if error.classify() == serde_json::error::Category::Eof {
        "the JSON ends early: close every `{` and `[`"
    } else if message.starts_with("key must be a string") {
        "put the key in double quotes: `\"name\": value`"
    } else {
        "fix the JSON: keys and strings take double quotes, no trailing commas"
    };
    at(line, column.max(1), message, help)
}

/// Checks an object against `fields`; keys it does not declare are checked against the
/// `additional` type, or reported without one, when `complete` (when some property was
/// refused, the key may be that property's, already reported).
pub(super) fn check_object(
    value: &serde_json::Value,
    (fields, additional): (&[Field], Option<&Type>),
    complete: bool,
    types: &TypeTable,
    at: &str,
    problems: &mut Vec<Problem>,
) {
    let Some(object) = value.as_object() else {
        problems.push(Problem::at(
            at,
            format!("`{}` should be an object", display_pointer(at)),
        ));
        return;
    };
    let undeclared = object
        .iter()
        .filter(|(key, _)| complete && !fields.iter().any(|f| f.name.wire == **key));
    for (key, member) in undeclared {
        if let Some(additional) = additional {
            // A member the properties do not declare is one of the additional properties.
            check_value(member, additional, types, &format!("{at}/{key}"), problems);
        } else {
            let help = did_you_mean(
                closest(key, fields.iter().map(|f| f.name.wire.as_str())),
                &format!(" rename the key, or declare `{key}` under `properties`"),
                format!("declare `{key}` under `properties`, or remove it from the example"),
            );
            problems.push(Problem {
                pointer: format!("{at}/{key}"),
                key: true,
                message: format!("`{at}/{key}` is not a declared property"),
                help: Some(help),
            });
        }
    }
    for field in fields {
        let pointer = format!("{at}/{}", field.name.wire);
        match object.get(&field.name.wire) {
            // A request's example leaves out a read-only member, a response's has it.
            None if field.required && !field.read_only => problems.push(Problem::at(
                at,
                format!("required property `{pointer}` is missing"),
            )),
            None => {}
            Some(serde_json::Value::Null) if field.nullable => {}
            Some(value) => match (field.delimiter, value.as_str()) {
                (Some(delimiter), Some(text)) => {
                    let elements = delimiter.split(text).into_iter().map(Into::into).collect();
                    let list = serde_json::Value::Array(elements);
                    check_value(&list, &field.ty, types, &pointer, problems);
                }
                (Some(delimiter), None) => problems.push(Problem::at(
                    &pointer,
                    format!(
                        "`{pointer}` should be a string: its elements separated by {:?}",
                        delimiter.separator()
                    ),
                )),
                (None, _) => {
                    check_value(value, &field.ty, types, &pointer, problems);
                    if let Some(why) = field.constraints.broken_by(value) {
                        problems.push(Problem::at(&pointer, format!("`{pointer}`: {why}")));
                    }
                    if let (Some(pattern), Some(text)) =
                        (&field.constraints.pattern, value.as_str())
                        && regex_lite::Regex::new(pattern).is_ok_and(|re| !re.is_match(text))
                    {
                        let why = format!("`{pointer}` does not match the pattern `{pattern}`");
                        problems.push(Problem::at(&pointer, why));
                    }
                }
            },
        }
    }
}

/// An object without the discriminator `tag` that its type writes itself, which must have the
/// type's value when it is there.
fn without_tag(
    object: &serde_json::Map<String, serde_json::Value>,
    tag: Option<&Tag>,
    name: &str,
    at: &str,
    problems: &mut Vec<Problem>,
) -> serde_json::Map<String, serde_json::Value> {
    let mut object = object.clone();
    if let Some(tag) = tag
        && let Some(value) = object.remove(&tag.property)
        && value != tag.value.as_str()
    {
        let pointer = format!("{at}/{}", tag.property);
        problems.push(Problem::at(
            &pointer,
            format!(
                "`{pointer}` should be \"{}\", the value of `{name}`",
                tag.value
            ),
        ));
    }
    object
}

pub(super) fn check_value(
    value: &serde_json::Value,
    ty: &Type,
    types: &TypeTable,
    at: &str,
    problems: &mut Vec<Problem>,
) {
    match ty {
        Type::Nullable(_) if value.is_null() => {}
        Type::Nullable(item) => check_value(value, item, types, at, problems),
        Type::Polymorphic(name) => match (types.polymorphic(name), value.as_object()) {
            (Some(polymorphic), Some(object)) => {
                // Its base's discriminator, which it writes itself, may be in its example.
                let object = without_tag(object, polymorphic.tag.as_ref(), name, at, problems);
                let value = &serde_json::Value::Object(object.clone());
                // Checked as the variant its discriminator names, without the discriminator.
                let wire = &polymorphic.discriminator.wire;
                let discriminator = object.get(wire).and_then(|d| d.as_str());
                let variant = polymorphic
                    .variants
                    .iter()
                    .find(|v| Some(v.name.wire.as_str()) == discriminator);
                match variant {
                    Some(variant) => {
                        let mut members = object.clone();
                        members.remove(wire);
                        let members = serde_json::Value::Object(members);
                        check_value(&members, &variant.ty, types, at, problems);
                    }
                    None => {
                        let other = Type::Struct(polymorphic.other.clone());
                        check_value(value, &other, types, at, problems);
                    }
                }
            }
            _ => problems.push(Problem::at(
                at,
                format!("`{}` should be an object", display_pointer(at)),
            )),
        },
        Type::Union(name) => {
            if let Some(union) = types.union(name) {
                check_union(value, union, types, at, problems);
            }
        }
        Type::Struct(name) => {
            let complete = !types.incomplete.contains(name);
            let members = (types.fields(name), types.additional(name));
            // A derived struct's discriminator, which it writes itself, may be in its example.
            let tag = types.structs.iter().find(|s| s.name.rust == *name);
            match (tag.and_then(|s| s.tag.as_ref()), value.as_object()) {
                (Some(tag), Some(object)) => {
                    let object = without_tag(object, Some(tag), name, at, problems);
                    let value = serde_json::Value::Object(object);
                    check_object(&value, members, complete, types, at, problems);
                }
                _ => check_object(value, members, complete, types, at, problems),
            }
        }
        Type::List(item) => match value.as_array() {
            Some(items) => {
                for (index, element) in items.iter().enumerate() {
                    check_value(element, item, types, &format!("{at}/{index}"), problems);
                }
            }
            None => problems.push(Problem::at(
                at,
                format!("`{}` should be a list", display_pointer(at)),
            )),
        },
        Type::Map(item) => match value.as_object() {
            Some(entries) => {
                for (key, element) in entries {
                    check_value(element, item, types, &format!("{at}/{key}"), problems);
                }
            }
            None => problems.push(Problem::at(
                at,
                format!("`{}` should be an object (a map)", display_pointer(at)),
            )),
        },
        Type::Enum(name) => {
            let values = types.enum_values(name).unwrap_or_default();
            let value_type = types
                .enums
                .iter()
                .find(|e| e.name.rust == *name)
                .map_or(Scalar::String, |e| e.value_type);
            // A listed value, written as the values' type is on the wire.
            let text = match (value_type, value) {
                (Scalar::String, serde_json::Value::String(text)) => Some(text.clone()),
                (Scalar::Boolean, serde_json::Value::Bool(b)) => Some(b.to_string()),
                (Scalar::String | Scalar::Boolean, _) => None,
                (_, serde_json::Value::Number(n)) => Some(n.to_string()),
                _ => None,
            };
            let known = text.is_some_and(|text| {
                let key = super::enums::literal_key(&text, value_type);
                values
                    .iter()
                    .flat_map(EnumValue::spellings)
                    .any(|spelling| super::enums::literal_key(spelling, value_type) == key)
            });
            if !known {
                let listed: Vec<&str> = values.iter().map(|v| v.name.wire.as_str()).collect();
                let mut problem = Problem::at(
                    at,
                    format!(
                        "`{}` is {value}, not one of the values of `{name}`: {}",
                        display_pointer(at),
                        listed.join(", ")
                    ),
                );
                let fallback = format!(
                    "use one of the listed values, or add {value} to the `values` of `{name}`"
                );
                problem.help = Some(match value.as_str() {
                    Some(text) => did_you_mean(closest(text, listed.iter().copied()), "", fallback),
                    None => fallback,
                });
                problems.push(problem);
            }
        }
        Type::Scalar(Scalar::Json) => {}
        Type::Scalar(scalar) => {
            let result: Result<(), BadScalar> = match (scalar, value) {
                (scalar, serde_json::Value::Number(n)) if scalar.integer_range().is_some() => {
                    let (min, max) = scalar.integer_range().unwrap_or_default();
                    let value = n.as_i64().map(i128::from).or(n.as_u64().map(i128::from));
                    if value.is_some_and(|n| (min..=max).contains(&n)) {
                        Ok(())
                    } else {
                        Err(format!("should be {}", describe_scalar(*scalar)).into())
                    }
                }
                (scalar, _) if scalar.integer_range().is_some() => {
                    Err(format!("should be {}", describe_scalar(*scalar)).into())
                }
                // A JSON number is finite; a 32-bit float must also hold it.
                (Scalar::Float32, serde_json::Value::Number(n))
                    if n.as_f64().is_some_and(|n| (n as f32).is_finite()) =>
                {
                    Ok(())
                }
                (Scalar::Float64, serde_json::Value::Number(_)) => Ok(()),
                (Scalar::Float32 | Scalar::Float64, _) => {
                    Err(format!("should be {}", describe_scalar(*scalar)).into())
                }
                (Scalar::Boolean, serde_json::Value::Bool(_)) => Ok(()),
                // A decimal or a quoted number is read from a JSON number as from a string.
                (Scalar::Decimal, serde_json::Value::Number(n)) => {
                    check_scalar_text(&n.to_string(), *scalar)
                }
                (Scalar::Quoted(Scalar::Boolean), serde_json::Value::Bool(_)) => Ok(()),
                (Scalar::Quoted(natural), serde_json::Value::Number(n))
                    if **natural != Scalar::Boolean =>
                {
                    check_scalar_text(&n.to_string(), *scalar)
                }
                (Scalar::Boolean, _) => Err("should be true or false".to_string().into()),
                // Forms written as JSON numbers: the number's text, as the runtime reads it.
                (
                    Scalar::DurationSeconds
                    | Scalar::DurationMilliseconds
                    | Scalar::DurationSecondsFloat
                    | Scalar::DurationMillisecondsFloat
                    | Scalar::UnixTimestamp,
                    serde_json::Value::Number(n),
                ) => check_scalar_text(&n.to_string(), *scalar),
                (
                    Scalar::DurationSeconds
                    | Scalar::DurationMilliseconds
                    | Scalar::DurationSecondsFloat
                    | Scalar::DurationMillisecondsFloat
                    | Scalar::UnixTimestamp,
                    _,
                ) => Err(format!("should be a JSON number: {}", describe_scalar(*scalar)).into()),
                (_, serde_json::Value::String(text)) => check_scalar_text(text, *scalar),
                (Scalar::String, _) => Err("should be a string".to_string().into()),
                _ => Err(format!("should be a string holding {}", describe_scalar(*scalar)).into()),
            };
            if let Err(bad) = result {
                let mut problem =
                    Problem::at(at, format!("`{}` {}", display_pointer(at), bad.problem));
                problem.help = bad.help.map(str::to_string);
                problems.push(problem);
            }
        }
    }
}

/// The byte offset and length in `json` (valid JSON) of the value at `pointer`, or of its key.
/// Checks a value of a union: as the variant its discriminator names, or as the first
/// variant, in reading order, that holds it.
fn check_union(
    value: &serde_json::Value,
    union: &Union,
    types: &TypeTable,
    at: &str,
    problems: &mut Vec<Problem>,
) {
    let shown = display_pointer(at);
    let Some(discriminator) = &union.discriminator else {
        let mut first = None;
        for variant in union.reading_order() {
            let mut found = Vec::new();
            match &variant.kind {
                VariantKind::Literal(literal) if literal.matches(value) => return,
                VariantKind::Literal(_) => continue,
                VariantKind::Type(ty) => check_value(value, ty, types, at, &mut found),
            }
            if found.is_empty() {
                return;
            }
            first.get_or_insert(found);
        }
        let why = first
            .and_then(|found| found.into_iter().next())
            .map_or_else(String::new, |p| {
                format!(" (as its first type: {})", p.message)
            });
        let message = format!(
            "`{shown}` is none of the variants of `{}`{why}",
            union.name.wire
        );
        problems.push(Problem::at(at, message));
        return;
    };
    let Some(object) = value.as_object() else {
        problems.push(Problem::at(at, format!("`{shown}` should be an object")));
        return;
    };
    let tag = object.get(&discriminator.property).and_then(|t| t.as_str());
    let Some(variant) = union
        .variants
        .iter()
        .find(|v| Some(v.name.wire.as_str()) == tag)
    else {
        // Kept whole in `Other`: any object is a value.
        return;
    };
    let VariantKind::Type(ty) = &variant.kind else {
        return;
    };
    match &discriminator.envelope {
        Some(envelope) => match object.get(envelope) {
            Some(inner) => check_value(inner, ty, types, &format!("{at}/{envelope}"), problems),
            None => problems.push(Problem::at(
                at,
                format!("`{shown}` has no `{envelope}`, the member that holds the variant's value"),
            )),
        },
        None => {
            let mut members = object.clone();
            members.remove(&discriminator.property);
            check_value(&serde_json::Value::Object(members), ty, types, at, problems);
        }
    }
}

pub(super) fn locate_json(json: &str, pointer: &str, key: bool) -> Option<(usize, usize)> {
    let mut at = skip_whitespace(json, 0);
    let mut key_span = None;
    for segment in pointer.split('/').skip(1) {
        let (found_key, value) = json_member(json, at, segment)?;
        key_span = Some(found_key);
        at = value;
    }
    if key {
        return key_span;
    }
    let len = match json[at..].chars().next()? {
        '{' | '[' => 1,
        _ => json_value_end(json, at)? - at,
    };
    Some((at, len))
}

/// In the object or array at `at`: the span of the key `segment` (of the index, for an array)
/// and the offset of its value.
pub(super) fn json_member(json: &str, at: usize, segment: &str) -> Option<((usize, usize), usize)> {
    let array = match json[at..].chars().next()? {
        '{' => false,
        '[' => true,
        _ => return None,
    };
    let mut index = 0;
    let mut next = skip_whitespace(json, at + 1);
    loop {
        let (key_span, value) = if array {
            ((next, json_value_end(json, next)? - next), next)
        } else {
            let end = json_value_end(json, next)?;
            let name: String = serde_json::from_str(&json[next..end]).ok()?;
            let colon = skip_whitespace(json, end);
            let value = skip_whitespace(json, colon + 1);
            if name == segment {
                return Some(((next, end - next), value));
            }
            ((next, end - next), value)
        };
        if array && segment.parse() == Ok(index) {
            return Some((key_span, value));
        }
        index += 1;
        let after = skip_whitespace(json, json_value_end(json, value)?);
        if !json[after..].starts_with(',') {
            return None;
        }
        next = skip_whitespace(json, after + 1);
    }
}

/// The offset just past the JSON value that starts at `at`.
pub(super) fn json_value_end(json: &str, at: usize) -> Option<usize> {
    let mut values =
        serde_json::Deserializer::from_str(json.get(at..)?).into_iter::<serde::de::IgnoredAny>();
    values.next()?.ok()?;
    Some(at + values.byte_offset())
}

pub(super) fn skip_whitespace(json: &str, at: usize) -> usize {
    json.get(at..)
        .map_or(at, |rest| at + rest.len() - rest.trim_start().len())
}

pub(super) fn display_pointer(pointer: &str) -> &str {
    if pointer.is_empty() { "/" } else { pointer }
}

/// serde_json appends ` at line L column C`; the diagnostic's location says that.
pub(super) fn strip_json_position(message: &str) -> &str {
    message
        .rsplit_once(" at line ")
        .map_or(message, |(text, _)| text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_pointers_are_located() {
        let json = "{\n  \"a\": {\"b\": [1, {\"c\": \"x\"}]},\n  \"d\": true\n}";
        let at = |pointer, key| {
            locate_json(json, pointer, key).map(|(offset, len)| &json[offset..offset + len])
        };
        assert_eq!(at("", false), Some("{"));
        assert_eq!(at("/a", true), Some("\"a\""));
        assert_eq!(at("/a/b/1/c", false), Some("\"x\""));
        assert_eq!(at("/a/b/1/c", true), Some("\"c\""));
        assert_eq!(at("/d", false), Some("true"));
        assert_eq!(at("/e", false), None);
    }
}
