//! Load: YAML spec files into serde types that mirror what people write.
//!
//! Every value a later check may complain about is wrapped in [`Spanned`], so that
//! validation can point at `file:line:col`. Unknown keys are errors
//! (`deny_unknown_fields`). This module knows YAML; nothing after it does.

use std::path::{Path, PathBuf};

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer};

use crate::diagnostics::{Code, Diagnostic, Diagnostics, Location};
use crate::files::SpecFiles;

/// A value with where it was written: the YAML node (`defined`) and, through an alias, where it
/// was used (`referenced`). Validation points its diagnostics there.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where the value is used (the alias, when it is one).
    pub referenced: serde_saphyr::Location,
    /// Where the value is written.
    pub defined: serde_saphyr::Location,
}

// serde-saphyr records the locations; this type adds what its `Spanned` lacks, a JSON Schema.
impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        Ok(Spanned {
            value: spanned.value,
            referenced: spanned.referenced,
            defined: spanned.defined,
        })
    }
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

/// The service file (`spec/<service>.yaml`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ServiceFile {
    /// Version of the spec format; `1` is the only one.
    #[schemars(extend("const" = 1))]
    pub specgen: Spanned<u32>,
    /// Facts about the service as a whole.
    pub service: ServiceSpec,
    /// Named types shared by several operations.
    #[serde(default)]
    pub types: Vec<Spanned<TypeSpec>>,
    /// Operation files, relative to the service file.
    pub operations: Vec<Spanned<String>>,
    /// Generated files kept in the repository, which `specgen check` keeps current.
    #[serde(default)]
    pub checked_in: Option<CheckedInSpec>,
}

/// `checked-in`: where generated files are kept, relative to the service file.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CheckedInSpec {
    /// The directory of the Markdown reference pages (`../generated-client/docs`).
    #[serde(default)]
    pub docs: Option<Spanned<String>>,
    /// The JSON Schema of the spec format, for editors (`spec.schema.json`).
    #[serde(default)]
    pub schema: Option<Spanned<String>>,
}

/// The `service:` section.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ServiceSpec {
    /// Kebab-case id of the service (`cloud-partner-portal`).
    pub name: Spanned<String>,
    /// Human title.
    pub title: Spanned<Text>,
    /// What the service is.
    pub description: Spanned<Text>,
    /// Default base URL of every request.
    pub base_url: Spanned<String>,
    /// Locales the spec's texts are written in; the first is the default.
    #[serde(default)]
    pub locales: Vec<Spanned<String>>,
    /// The API version query parameter that every operation sends.
    #[serde(default)]
    pub api_version: Option<ApiVersionSpec>,
    /// How requests authenticate.
    #[serde(default)]
    pub auth: Option<AuthSpec>,
}

/// `service.api-version`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ApiVersionSpec {
    /// Query parameter name (`api-version`).
    pub name: Spanned<String>,
    /// The version this spec describes (`2017-10-31`).
    pub value: Spanned<String>,
    /// Data type as the reference pages state it (`date`).
    #[serde(rename = "type")]
    pub ty: Spanned<String>,
    /// What the parameter is.
    pub description: Spanned<Text>,
}

/// `service.auth`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AuthSpec {
    /// The scheme: `bearer` (an OAuth 2.0 or other bearer token in `Authorization`) or
    /// `api-key` (a key in the header named by `header`).
    #[schemars(extend("enum" = ["bearer", "api-key"]))]
    pub scheme: Spanned<String>,
    /// The header that carries the key of the `api-key` scheme (`x-ms-api-key`).
    #[serde(default)]
    pub header: Option<Spanned<String>>,
    /// How to obtain a token.
    pub description: Spanned<Text>,
}

/// A text in the default locale, or one per locale.
#[derive(Debug, Clone)]
pub enum Text {
    /// Plain string: the default locale only.
    Plain(String),
    /// `{ en: ..., hu: ... }`, in the order written; each locale keeps where it was written.
    Localized(Vec<(Spanned<String>, String)>),
}

impl Text {
    /// The text of `locale`, when given.
    pub fn get(&self, locale: &str) -> Option<&str> {
        match self {
            Text::Plain(_) => None,
            Text::Localized(texts) => texts
                .iter()
                .find(|(key, _)| key.value == locale)
                .map(|(_, text)| text.as_str()),
        }
    }
}

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

// Written by hand rather than `#[serde(untagged)]`: an untagged enum buffers its input and
// loses the locations of the locale keys.
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> serde::de::Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a text, or a mapping from locale to text")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Text, E> {
                Ok(Text::Plain(text.to_string()))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut texts = Vec::new();
                while let Some(locale) = map.next_key::<Spanned<String>>()? {
                    texts.push((locale, map.next_value::<String>()?));
                }
                Ok(Text::Localized(texts))
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

/// A named type (`types:` in the service file) or an inline object.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TypeSpec {
    /// Type name (PascalCase in Rust).
    pub name: Spanned<String>,
    /// What the type is.
    #[serde(default)]
    pub description: Option<Spanned<Text>>,
    /// The properties of an object type.
    #[serde(default)]
    pub properties: Option<Vec<Spanned<PropertySpec>>>,
    /// The values of an enumeration (a string on the wire).
    #[serde(default)]
    pub values: Option<Vec<Spanned<EnumValueSpec>>>,
    /// A JSON example, checked against the properties.
    #[serde(default)]
    pub example: Option<Spanned<String>>,
}

/// One value of an enumeration.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct EnumValueSpec {
    /// The value on the wire.
    pub value: Spanned<String>,
    /// What it means.
    #[serde(default)]
    pub description: Option<Spanned<Text>>,
}

/// One property of an object.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PropertySpec {
    /// Wire name.
    pub name: Spanned<String>,
    /// Data type: a scalar, `object`, `list` or a named type.
    #[serde(rename = "type")]
    pub ty: Spanned<String>,
    /// What the property holds.
    #[serde(default)]
    pub description: Option<Spanned<Text>>,
    /// Whether the property is always present (default: false).
    #[serde(default)]
    pub required: Option<Spanned<bool>>,
    /// Properties of an inline `object`.
    #[serde(default)]
    pub properties: Option<Vec<Spanned<PropertySpec>>>,
    /// Element type of a `list`.
    #[serde(default)]
    pub items: Option<Spanned<String>>,
    /// Whether the value may be JSON `null` (default: false).
    #[serde(default)]
    pub nullable: Option<Spanned<bool>>,
}

/// An operation file (`spec/operations/<id>.yaml`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct OperationFile {
    /// Kebab-case id; every generated name derives from it.
    pub id: Spanned<String>,
    /// Page title.
    pub title: Spanned<Text>,
    /// One-line summary.
    pub summary: Spanned<Text>,
    /// What the operation does.
    pub description: Spanned<Text>,
    /// HTTP method.
    #[schemars(extend("enum" = ["GET", "PUT", "POST", "PATCH", "DELETE", "HEAD"]))]
    pub method: Spanned<String>,
    /// Whether sending the request twice has the same effect as sending it once (default: the
    /// method's own, per RFC 9110: true for GET, PUT, DELETE and HEAD). Only idempotent
    /// operations are retried.
    #[serde(default)]
    pub idempotent: Option<Spanned<bool>>,
    /// Path template with `{name}` placeholders.
    pub path: Spanned<String>,
    /// URI parameters (path and query).
    #[serde(default)]
    pub parameters: Vec<Spanned<ParameterSpec>>,
    /// Request headers.
    #[serde(default)]
    pub headers: Vec<Spanned<RequestHeaderSpec>>,
    /// The request body.
    #[serde(default)]
    pub request_body: Option<Spanned<BodySpec>>,
    /// Headers that response rows may carry.
    #[serde(default)]
    pub response_headers: Vec<Spanned<ResponseHeaderSpec>>,
    /// The status-code table.
    pub responses: Vec<Spanned<ResponseSpec>>,
}

/// One URI parameter.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ParameterSpec {
    /// Wire name.
    pub name: Spanned<String>,
    /// `path` or `query`.
    #[serde(rename = "in")]
    #[schemars(extend("enum" = ["path", "query"]))]
    pub location: Spanned<String>,
    /// Data type (a scalar).
    #[serde(rename = "type")]
    pub ty: Spanned<String>,
    /// What the parameter is.
    pub description: Spanned<Text>,
    /// Whether it must be given (path parameters always are).
    #[serde(default)]
    pub required: Option<Spanned<bool>>,
    /// Value the server assumes when it is left out.
    #[serde(default)]
    pub default: Option<Spanned<String>>,
    /// An example value.
    #[serde(default)]
    pub example: Option<Spanned<String>>,
    /// A query parameter's constant value: always sent, not an argument.
    #[serde(default)]
    pub value: Option<Spanned<String>>,
    /// How a `list<T>` query parameter is written: `multi` (`a=1&a=2`), `csv` (`a=1,2`, the
    /// default), `ssv` (space-separated) or `pipes` (`|`-separated).
    #[serde(default)]
    #[schemars(extend("enum" = ["multi", "csv", "ssv", "pipes"]))]
    pub collection_format: Option<Spanned<String>>,
    /// A path parameter whose reserved characters (`/`, `:`, `?`...) are sent as they are
    /// (RFC 6570 `{+name}`): it may fill several segments. Default: false.
    #[serde(default)]
    pub allow_reserved: Option<Spanned<bool>>,
}

/// One request header.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RequestHeaderSpec {
    /// Header name.
    pub name: Spanned<String>,
    /// A fixed value the client always sends.
    #[serde(default)]
    pub value: Option<Spanned<String>>,
    /// `true`: the service's auth fills this header.
    #[serde(default)]
    pub auth: Option<Spanned<bool>>,
    /// Data type of a caller-supplied header.
    #[serde(default, rename = "type")]
    pub ty: Option<Spanned<String>>,
    /// Whether a caller-supplied header must be given (default: false).
    #[serde(default)]
    pub required: Option<Spanned<bool>>,
    /// What the header carries.
    #[serde(default)]
    pub description: Option<Spanned<Text>>,
    /// An example value of a caller-supplied header.
    #[serde(default)]
    pub example: Option<Spanned<String>>,
    /// `uuid`: when the caller gives no value, the client sends a new random UUID (a client
    /// request id such as `x-ms-client-request-id`).
    #[serde(default)]
    #[schemars(extend("enum" = ["uuid"]))]
    pub generated: Option<Spanned<String>>,
}

/// The request body.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct BodySpec {
    /// A named type; when absent the body is an object with `properties`.
    #[serde(default, rename = "type")]
    pub ty: Option<Spanned<String>>,
    /// What the body is.
    #[serde(default)]
    pub description: Option<Spanned<Text>>,
    /// Properties of an inline body.
    #[serde(default)]
    pub properties: Option<Vec<Spanned<PropertySpec>>>,
    /// Whether the caller must send a body (default: true); `false` makes it optional.
    #[serde(default)]
    pub required: Option<Spanned<bool>>,
    /// A JSON example, checked against the declared properties.
    #[serde(default)]
    pub example: Option<Spanned<String>>,
}

/// One response header.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ResponseHeaderSpec {
    /// Header name.
    pub name: Spanned<String>,
    /// Data type (a scalar).
    #[serde(rename = "type")]
    pub ty: Spanned<String>,
    /// What it carries.
    pub description: Spanned<Text>,
    /// An example value.
    #[serde(default)]
    pub example: Option<Spanned<String>>,
}

/// One row of the status table.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ResponseSpec {
    /// The status codes the row stands for: a code (`404`), a class (`4XX`), a range
    /// (`494-499`) or `default`.
    pub code: Spanned<StatusCodeSpec>,
    /// PascalCase variant name.
    pub name: Spanned<String>,
    /// `success` or `error`.
    #[schemars(extend("enum" = ["success", "error"]))]
    pub kind: Spanned<String>,
    /// The row's description.
    pub description: Spanned<Text>,
    /// Response headers (declared in `response-headers`) this row carries.
    #[serde(default)]
    pub headers: Vec<Spanned<String>>,
    /// Type of the JSON body this row carries (a named type, `list<T>`, `map<T>`...).
    #[serde(default)]
    pub body: Option<Spanned<String>>,
    /// A JSON example of the body, checked against `body`.
    #[serde(default)]
    pub example: Option<Spanned<String>>,
    /// The row starts an operation whose status is read through another operation.
    #[serde(default)]
    pub long_running: Option<Spanned<LongRunningSpec>>,
}

/// A row's `code` as written: YAML reads `404` as a number and `4XX`, `494-499` or `default`
/// as text; validation reads either.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusCodeSpec {
    /// A number (`404`).
    Number(i64),
    /// A text (`4XX`, `494-499`, `default`, or a quoted code such as `"404"`).
    Text(String),
}

impl std::fmt::Display for StatusCodeSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StatusCodeSpec::Number(code) => write!(f, "{code}"),
            StatusCodeSpec::Text(text) => f.write_str(text),
        }
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

// Written by hand: an untagged enum would not say what a status code may be.
impl<'de> Deserialize<'de> for StatusCodeSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CodeVisitor;

        impl serde::de::Visitor<'_> for CodeVisitor {
            type Value = StatusCodeSpec;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(
                    "a status code (`404`), a class (`4XX`), a range (`494-499`) or `default`",
                )
            }

            fn visit_i64<E: serde::de::Error>(self, code: i64) -> Result<StatusCodeSpec, E> {
                Ok(StatusCodeSpec::Number(code))
            }

            fn visit_u64<E: serde::de::Error>(self, code: u64) -> Result<StatusCodeSpec, E> {
                Ok(StatusCodeSpec::Number(
                    i64::try_from(code).unwrap_or(i64::MAX),
                ))
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<StatusCodeSpec, E> {
                Ok(StatusCodeSpec::Text(text.to_string()))
            }
        }

        deserializer.deserialize_any(CodeVisitor)
    }
}

/// `long-running:` on a success row: how to follow the operation it starts.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LongRunningSpec {
    /// The row's header holding the status URL (`Operation-Location`).
    pub location: Spanned<String>,
    /// Id of the operation that reads the status at that URL.
    pub status_operation: Spanned<String>,
    /// Top-level property of that operation's success body holding the state.
    pub status_property: Spanned<String>,
    /// States meaning the operation completed successfully.
    pub succeeded: Vec<Spanned<String>>,
    /// States meaning it failed.
    pub failed: Vec<Spanned<String>>,
    /// States meaning it was canceled.
    #[serde(default)]
    pub canceled: Vec<Spanned<String>>,
    /// Id of the operation that cancels it.
    #[serde(default)]
    pub cancel_operation: Option<Spanned<String>>,
    /// Where the result of an operation that succeeded is: a member of the status body, or
    /// the answer of another operation. Without it, the result is the last status response.
    #[serde(default)]
    pub final_result: Option<Spanned<FinalResultSpec>>,
}

/// `final-result:` of a long-running row: exactly one of its keys.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FinalResultSpec {
    /// A top-level property of the status body that holds the result once the operation
    /// succeeded (`result`).
    #[serde(default)]
    pub property: Option<Spanned<String>>,
    /// Id of a `GET` operation whose answer is the result (the resource the operation
    /// created), called with this operation's path parameters of the same names.
    #[serde(default)]
    pub operation: Option<Spanned<String>>,
}

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

/// A spec file's text, kept for locating diagnostics (e.g. inside JSON examples).
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as given (relative paths stay relative).
    pub path: PathBuf,
    /// Its text.
    pub text: String,
}

/// Everything read: the service file and its operation files.
#[derive(Debug)]
pub struct LoadedSpec {
    /// The service file.
    pub service: ServiceFile,
    /// Its source.
    pub service_source: SourceFile,
    /// The operations, in the order the service file lists them.
    pub operations: Vec<(OperationFile, SourceFile)>,
    /// Whether some operation file could not be read or parsed (and is not in `operations`).
    pub incomplete: bool,
}

impl LoadedSpec {
    /// Every file read, in order (for `rerun-if-changed` and `include_str!`).
    pub fn files(&self) -> impl Iterator<Item = &Path> {
        std::iter::once(self.service_source.path.as_path())
            .chain(self.operations.iter().map(|(_, s)| s.path.as_path()))
    }
}

/// Read a service file and every operation file it lists.
///
/// Reports every file that cannot be read or parsed, not just the first.
pub fn load(service_path: &Path) -> Result<LoadedSpec, Diagnostics> {
    let (spec, diagnostics) = load_partial(service_path)?;
    diagnostics.into_result(spec)
}

/// Like [`load`], but when only operation files fail, returns the spec without them along with
/// their problems, so that validating the rest can report its problems in the same run.
pub fn load_partial(service_path: &Path) -> Result<(LoadedSpec, Diagnostics), Diagnostics> {
    load_partial_from(&SpecFiles::Disk, service_path)
}

/// [`load_partial`], reading the files from `files` (the file system, or texts in memory).
pub fn load_partial_from(
    files: &SpecFiles,
    service_path: &Path,
) -> Result<(LoadedSpec, Diagnostics), Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let service_source = read(files, service_path).map_err(|d| Diagnostics::from(*d))?;
    let service: ServiceFile = parse(&service_source).map_err(|d| Diagnostics::from(*d))?;

    let base = service_path.parent().unwrap_or_else(|| Path::new(""));
    let mut operations = Vec::new();
    for entry in &service.operations {
        let path = base.join(&entry.value);
        let source = match read(files, &path) {
            Ok(source) => source,
            Err(mut diagnostic) => {
                diagnostic.location = Location::of(&service_source.path, &entry.referenced);
                diagnostic.spec_path = "operations".into();
                diagnostics.push(*diagnostic);
                continue;
            }
        };
        match parse::<OperationFile>(&source) {
            Ok(operation) => operations.push((operation, source)),
            Err(diagnostic) => diagnostics.push(*diagnostic),
        }
    }
    let spec = LoadedSpec {
        service,
        service_source,
        operations,
        incomplete: !diagnostics.is_empty(),
    };
    Ok((spec, diagnostics))
}

fn read(files: &SpecFiles, path: &Path) -> Result<SourceFile, Box<Diagnostic>> {
    match files.read(path) {
        Ok(text) => Ok(SourceFile {
            path: path.to_path_buf(),
            text,
        }),
        Err(error) => Err(Box::new(
            Diagnostic::error(
                Code::UnreadableFile,
                Location::file(path),
                match error.kind() {
                    std::io::ErrorKind::NotFound => {
                        format!("cannot read `{}`: the file does not exist", path.display())
                    }
                    _ => format!("cannot read `{}`: {error}", path.display()),
                },
            )
            .with_help("check the path; operation files are listed relative to the service file"),
        )),
    }
}

fn parse<T: for<'de> Deserialize<'de>>(source: &SourceFile) -> Result<T, Box<Diagnostic>> {
    if let Some(diagnostic) = lone_carriage_return(source) {
        return Err(Box::new(diagnostic));
    }
    from_yaml(&source.text).map_err(|error| Box::new(structure_diagnostic(source, &error)))
}

/// A carriage return not followed by a line feed. YAML reads it as a line break, and the
/// diagnostics (and most tools) do not: the lines would be numbered differently.
fn lone_carriage_return(source: &SourceFile) -> Option<Diagnostic> {
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
    Some(
        Diagnostic::error(
            Code::Structure,
            location,
            "a carriage return (CR) without a line feed after it".to_string(),
        )
        .with_help("end lines with LF or CR LF; a carriage return inside a text is written `\\r` in a double-quoted string"),
    )
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
fn structure_diagnostic(source: &SourceFile, error: &serde_saphyr::Error) -> Diagnostic {
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
        let help = match crate::diagnostics::closest(&unknown, expected.iter().map(String::as_str))
        {
            Some(best) => format!(
                "did you mean `{best}`? the keys allowed here are: {}",
                expected.join(", ")
            ),
            None => format!("the keys allowed here are: {}", expected.join(", ")),
        };
        return Diagnostic::error(
            Code::UnknownKey,
            location,
            format!("unknown key `{unknown}`"),
        )
        .with_help(help);
    }
    let shape_help = "see spec/README.md for the shape of each section".to_string();
    let (code, message, help) = match error {
        serde_saphyr::Error::SerdeMissingField { field, .. } => {
            if location.line > 0 {
                (location.line, location.column, location.len) =
                    mapping_start(&source.text, location.line, location.column);
            }
            (
                Code::MissingKey,
                format!("missing key `{field}`"),
                format!(
                    "add `{field}:` to the mapping that starts here; spec/README.md lists the keys of each section"
                ),
            )
        }
        // The parser's own limit, of `[` and `{` nested in flow style.
        serde_saphyr::Error::ExternalMessage { msg, .. } if msg.contains("recursion limit") => {
            too_deep()
        }
        serde_saphyr::Error::ExternalMessage { msg, .. } => (
            Code::Structure,
            format!("invalid YAML: {msg}"),
            "quote a value that contains `: ` or ` #`, close every `[` and `{`, and indent with spaces"
                .to_string(),
        ),
        serde_saphyr::Error::DuplicateMappingKey { key, .. } => (
            Code::Structure,
            match key {
                Some(key) => format!("key `{key}` is given twice"),
                None => "a key is given twice in this mapping".to_string(),
            },
            "remove one of them".to_string(),
        ),
        serde_saphyr::Error::InvalidScalar { ty, .. } => {
            let expected = match *ty {
                "bool" | "boolean" => "`true` or `false`",
                ty if ty.starts_with(['i', 'u']) => "an integer",
                _ => "a number",
            };
            (Code::Structure, format!("expected {expected}"), shape_help)
        }
        serde_saphyr::Error::Budget {
            breach: serde_saphyr::budget::BudgetBreach::Depth { .. },
            ..
        } => too_deep(),
        serde_saphyr::Error::Budget { breach, .. } => (
            Code::Structure,
            format!("the YAML is over a limit of the loader ({breach:?})"),
            "a spec needs no more than a few thousand nodes and few aliases: write the file out plainly".to_string(),
        ),
        serde_saphyr::Error::Unexpected { expected, .. } => {
            let expected = match *expected {
                "sequence start" => "a list (`[a, b]`, or one `- item` per line)",
                "mapping start" => "a mapping (`key: value` lines)",
                other => other,
            };
            (Code::Structure, format!("expected {expected}"), shape_help)
        }
        _ => (Code::Structure, message, shape_help),
    };
    Diagnostic::error(code, location, message).with_help(help)
}

/// The code, message and help of YAML nested deeper than [`MAX_DEPTH`].
fn too_deep() -> (Code, String, String) {
    (
        Code::Structure,
        format!("the YAML nests more than {MAX_DEPTH} levels deep here"),
        "flatten it: declare a nested object under the service file's `types` and give the property that type's name".to_string(),
    )
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
