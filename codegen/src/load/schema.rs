//! The JSON Schema of the spec format, from the serde types of the two kinds of file.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};

use super::{OperationFile, ServiceFile, Spanned, StatusCodeSpec, Text};

/// The JSON Schema of spec files, generated from the serde types: a file matches it when it is
/// a service file or an operation file. It is the structure only; the validator checks the rest.
///
/// Written to `spec/spec.schema.json` for editors: a spec file that starts with
/// `# yaml-language-server: $schema=spec.schema.json` gets completion and checking of its keys.
pub fn json_schema() -> String {
    let mut generator = schemars::generate::SchemaSettings::draft07().into_generator();
    let service = generator.subschema_for::<ServiceFile>();
    let operation = generator.subschema_for::<OperationFile>();
    let definitions = generator.take_definitions(true);
    let schema = serde_json::json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "specgen spec file",
        "description": "A service file (`specgen: 1`, `service`, `types`, `operations`) or an operation file (`id`, `method`, `path`, `responses`...). spec/README.md describes every key.",
        "anyOf": [service, operation],
        "definitions": definitions,
    });
    // Serializing a `serde_json::Value` cannot fail.
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The wire forms an `encoding` key names; the validator says which apply to which type.
const ENCODINGS: [&str; 12] = [
    "base64",
    "base64url",
    "iso8601",
    "seconds",
    "duration-constant",
    "seconds-float",
    "milliseconds",
    "milliseconds-float",
    "rfc3339",
    "rfc7231",
    "unix-timestamp",
    "string",
];

/// The forms of a list property written as one string.
const DELIMITED: [&str; 4] = [
    "comma-delimited",
    "space-delimited",
    "pipe-delimited",
    "newline-delimited",
];

/// The schema of the `encoding` of a parameter, a header or a body: one of [`ENCODINGS`].
pub(super) fn encoding(_: &mut SchemaGenerator) -> Schema {
    schemars::json_schema!({"type": ["string", "null"], "enum": ENCODINGS})
}

/// The schema of a property's `encoding`: one of [`ENCODINGS`] or [`DELIMITED`].
pub(super) fn property_encoding(_: &mut SchemaGenerator) -> Schema {
    let names: Vec<&str> = ENCODINGS.iter().chain(&DELIMITED).copied().collect();
    schemars::json_schema!({"type": ["string", "null"], "enum": names})
}

/// In the schema, a spanned value is just its value.
impl<T: JsonSchema> JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        generator.subschema_for::<T>()
    }
}

/// A text is a string, or a mapping from locale to string.
impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        schemars::json_schema!({
            "description": "A text in the default locale, or a mapping from locale (`en`, `hu`) to the text in that locale.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "minProperties": 1,
                    "additionalProperties": { "type": "string" }
                }
            ]
        })
    }
}

impl JsonSchema for StatusCodeSpec {
    fn schema_name() -> Cow<'static, str> {
        "StatusCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        schemars::json_schema!({
            "description": "A status code (`404`), a class of codes (`4XX`), a range (`494-499`), or `default` for any status that no other row has.",
            "anyOf": [
                { "type": "integer", "minimum": 100, "maximum": 599 },
                { "type": "string", "pattern": "^([1-5][0-9][0-9]|[1-5]XX|[1-5][0-9][0-9]-[1-5][0-9][0-9]|default)$" }
            ]
        })
    }
}
