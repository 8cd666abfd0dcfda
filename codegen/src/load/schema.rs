//! The JSON Schema of the spec format, from the serde types of the two kinds of file.

use super::{OperationFile, ServiceFile};

/// The JSON Schema of spec files, generated from the types above: a file matches it when it is
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
