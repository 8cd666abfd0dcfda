//! The resolved model (IR): what the emitters read.
//!
//! Everything here has been checked: names are valid, unique Rust identifiers, every type
//! reference resolves, every status code is valid and unique. No YAML concern is left and
//! nothing downstream can fail on user input.

use std::collections::BTreeMap;
use std::path::PathBuf;

/// Re-exported for the emitters, which leave such characters out of the docs.
pub use crate::diagnostics::is_bidi_control;

/// The items of `specgen_runtime` that the generated code re-exports beside the spec's types.
pub const RUNTIME_EXPORTS: [&str; 16] = [
    "BuildError",
    "DecodeError",
    "DecodeErrorKind",
    "EmailAddress",
    "Failure",
    "NaiveDate",
    "Outcome",
    "PollState",
    "Poller",
    "RawResponse",
    "RequestError",
    "RetryPolicy",
    "TransportError",
    "Url",
    "Uuid",
    "WaitError",
];

/// The items of `specgen_runtime` that the generated code of a service with bearer auth
/// re-exports as well. No spec's type may take one, whatever its auth.
pub const BEARER_EXPORTS: [&str; 2] = ["Token", "TokenProvider"];

/// The type names the generated code declares itself, beside [`RUNTIME_EXPORTS`] and
/// [`BEARER_EXPORTS`]: no type of a spec may take one of these lists.
pub const GENERATED_TYPE_NAMES: [&str; 2] = ["Client", "ClientBuilder"];

/// The variant of every error enum that holds a `specgen_runtime::Failure`: what no row of
/// the operation's status table describes.
pub const FAILURE_VARIANT: &str = "Failure";

/// [`FAILURE_VARIANT`], and the variant whose predicate would be the error enum's
/// `is_retryable` method: no row of a status table may take either name.
pub const RESERVED_VARIANTS: [&str; 2] = [FAILURE_VARIANT, "Retryable"];

/// A validated service with all its operations.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    /// Kebab-case id (`cloud-partner-portal`).
    pub name: String,
    /// Human title.
    pub title: Text,
    /// What the service is.
    pub description: Text,
    /// Default base URL.
    pub base_url: String,
    /// Locales of the spec's texts; the first is the default.
    pub locales: Vec<String>,
    /// The API version query parameter every request sends.
    pub api_version: Option<ApiVersion>,
    /// Bearer-token auth, when the service uses it.
    pub auth: Option<Auth>,
    /// Every struct the generated code declares, shared and inline alike, in declaration order.
    pub types: Vec<Struct>,
    /// Every enumeration the generated code declares.
    pub enums: Vec<Enumeration>,
    /// The operations, in spec order.
    pub operations: Vec<Operation>,
    /// Every spec file that was read.
    pub files: Vec<PathBuf>,
    /// The directory the Markdown reference pages are kept in (`checked-in.docs`, joined to
    /// the service file's directory), when the spec says they are checked in.
    pub docs_dir: Option<PathBuf>,
    /// Where the JSON Schema of the spec format is kept (`checked-in.schema`), if it is.
    pub schema_file: Option<PathBuf>,
    /// The page of the diagnostic codes (`checked-in.diagnostics`), which `specgen check`
    /// holds against the catalogue, if the spec names one.
    pub diagnostics_file: Option<PathBuf>,
}

/// The Rust name of a service (its kebab-case name in snake case): the generated file is
/// `<it>.rs`, and the doc examples' crate is named so unless the generator is told otherwise.
pub fn rust_name(service_name: &str) -> String {
    service_name.replace('-', "_")
}

impl Service {
    /// [`rust_name`] of the service's name (`cloud_partner_portal`).
    pub fn rust_name(&self) -> String {
        rust_name(&self.name)
    }

    /// The locale of [`Text::default`] (the first of `locales`).
    pub fn default_locale(&self) -> &str {
        self.locales.first().map_or("en", String::as_str)
    }
}

/// Text with its translations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    /// The default locale's text.
    pub default: String,
    /// Other locales' texts, by locale.
    pub translations: BTreeMap<String, String>,
}

impl Text {
    /// The text in `locale`, falling back to the default locale.
    pub fn get(&self, locale: &str) -> &str {
        self.translations
            .get(locale)
            .map_or(&self.default, String::as_str)
    }
}

/// The API version query parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiVersion {
    /// Wire name (`api-version`).
    pub name: String,
    /// Value (`2017-10-31`).
    pub value: String,
    /// Documented data type.
    pub ty: Scalar,
    /// What it is.
    pub description: Text,
}

/// How requests authenticate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Auth {
    /// The scheme.
    pub scheme: AuthScheme,
    /// How to obtain a token or key.
    pub description: Text,
}

/// The authentication schemes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthScheme {
    /// `Authorization: Bearer <token>` (OAuth 2.0 access tokens included).
    Bearer,
    /// A key in a header of the service's choosing.
    ApiKey {
        /// The header's name (`x-ms-api-key`).
        header: String,
    },
}

impl Auth {
    /// The request header that carries the credentials.
    pub fn header(&self) -> &str {
        match &self.scheme {
            AuthScheme::Bearer => "Authorization",
            AuthScheme::ApiKey { header } => header,
        }
    }
}

/// A Rust identifier made from a wire name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Name {
    /// The name on the wire or in the spec.
    pub wire: String,
    /// The Rust identifier, without `r#` (see [`Name::raw`]).
    pub rust: String,
    /// Whether the identifier is a keyword that must be written `r#ident`.
    pub raw: bool,
}

/// Built-in scalar types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar {
    /// Text.
    String,
    /// A calendar date (`2017-10-31`).
    Date,
    /// A date and time with offset (RFC 3339).
    DateTime,
    /// A GUID.
    Guid,
    /// A 64-bit signed integer.
    Integer,
    /// `true` or `false`.
    Boolean,
    /// An absolute URL.
    Url,
    /// A list of e-mail addresses, comma-separated on the wire.
    EmailList,
    /// An absolute URL, or a reference relative to the client's base URL (resolved when read).
    UrlReference,
    /// Any JSON value, left untyped where the API leaves it open.
    Json,
    /// A date and time written as an HTTP date (`Fri, 26 Aug 2022 14:38:00 GMT`): in
    /// parameters and headers such as `If-Modified-Since`.
    HttpDate,
}

impl Scalar {
    /// Every scalar with its spec name.
    pub const ALL: [(&'static str, Scalar); 11] = [
        ("string", Scalar::String),
        ("date", Scalar::Date),
        ("date-time", Scalar::DateTime),
        ("guid", Scalar::Guid),
        ("integer", Scalar::Integer),
        ("boolean", Scalar::Boolean),
        ("url", Scalar::Url),
        ("email-list", Scalar::EmailList),
        ("url-reference", Scalar::UrlReference),
        ("json", Scalar::Json),
        ("http-date", Scalar::HttpDate),
    ];

    /// The name used in the spec.
    pub fn spec_name(self) -> &'static str {
        Scalar::ALL
            .iter()
            .find(|(_, scalar)| *scalar == self)
            .map_or("string", |(name, _)| name)
    }
}

/// A property or body type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Type {
    /// A built-in scalar.
    Scalar(Scalar),
    /// A list of elements.
    List(Box<Type>),
    /// A JSON object used as a map from string keys to values.
    Map(Box<Type>),
    /// A struct declared in [`Service::types`], by Rust name.
    Struct(String),
    /// An enumeration declared in [`Service::enums`], by Rust name.
    Enum(String),
}

/// A string enumeration of the generated code, which keeps values it does not know.
#[derive(Debug, Clone, PartialEq)]
pub struct Enumeration {
    /// Rust name (PascalCase) and the spec's name.
    pub name: Name,
    /// What it is.
    pub description: Text,
    /// Its values: wire value and variant name.
    pub values: Vec<EnumValue>,
}

/// One value of an enumeration.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumValue {
    /// The value on the wire and the variant name.
    pub name: Name,
    /// What it means.
    pub description: Text,
}

/// A struct of the generated code.
#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    /// Rust name (PascalCase) and the spec's name.
    pub name: Name,
    /// What it is.
    pub description: Text,
    /// Its fields.
    pub fields: Vec<Field>,
    /// A JSON example, already checked against the fields.
    pub example: Option<String>,
    /// Declared where it is used (an `object` property, a request body's `properties`)
    /// rather than among the service's named `types`.
    pub inline: bool,
}

/// A struct field.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Wire name and Rust name.
    pub name: Name,
    /// Its type.
    pub ty: Type,
    /// Always present on the wire.
    pub required: bool,
    /// May be JSON `null`.
    pub nullable: bool,
    /// What it holds.
    pub description: Text,
}

/// HTTP methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// GET
    Get,
    /// PUT
    Put,
    /// POST
    Post,
    /// PATCH
    Patch,
    /// DELETE
    Delete,
    /// HEAD
    Head,
}

impl Method {
    /// Every method with its name.
    pub const ALL: [(&'static str, Method); 6] = [
        ("GET", Method::Get),
        ("PUT", Method::Put),
        ("POST", Method::Post),
        ("PATCH", Method::Patch),
        ("DELETE", Method::Delete),
        ("HEAD", Method::Head),
    ];

    /// Whether RFC 9110 defines the method as idempotent: `GET`, `HEAD`, `PUT` and
    /// `DELETE` are, `POST` and `PATCH` are not.
    pub fn is_idempotent(self) -> bool {
        !matches!(self, Method::Post | Method::Patch)
    }

    /// The method's name (`POST`).
    pub fn as_str(self) -> &'static str {
        Method::ALL
            .iter()
            .find(|(_, method)| *method == self)
            .map_or("GET", |(name, _)| name)
    }
}

/// One piece of a path template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSegment {
    /// Literal text, sent as is.
    Literal(String),
    /// A path parameter, by index into [`Operation::parameters`].
    Parameter(usize),
}

/// An operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The spec id (`cancel-operation`) and the method name (`cancel_operation`).
    pub id: Name,
    /// Name of the success enum (`CancelOperationResponse`).
    pub response_type: String,
    /// Name of the error enum (`CancelOperationError`).
    pub error_type: String,
    /// Page title.
    pub title: Text,
    /// One-line summary.
    pub summary: Text,
    /// What the operation does.
    pub description: Text,
    /// HTTP method.
    pub method: Method,
    /// Whether sending the request twice has the same effect as once: the spec's
    /// `idempotent`, else [`Method::is_idempotent`]. Only idempotent operations are retried.
    pub idempotent: bool,
    /// The path template as written (`/api/publishers/{publisherId}/...`).
    pub path_template: String,
    /// The path template, parsed.
    pub path: Vec<PathSegment>,
    /// URI parameters, path parameters first in template order, then query parameters.
    pub parameters: Vec<Parameter>,
    /// Request headers.
    pub headers: Vec<RequestHeader>,
    /// The request body.
    pub body: Option<Body>,
    /// Response headers rows may carry.
    pub response_headers: Vec<ResponseHeader>,
    /// The status table, in spec order.
    pub responses: Vec<Response>,
}

impl Operation {
    /// Rows of one kind.
    pub fn rows(&self, kind: ResponseKind) -> impl Iterator<Item = &Response> {
        self.responses.iter().filter(move |row| row.kind == kind)
    }

    /// The rows in the order a status is matched against them: exact codes, then ranges from
    /// the narrowest to the widest, then `default`; rows of equal precedence in spec order.
    pub fn rows_by_precedence(&self) -> Vec<&Response> {
        let mut rows: Vec<&Response> = self.responses.iter().collect();
        rows.sort_by_key(|row| row.code.precedence());
        rows
    }

    /// The row a response status selects, if any: an exact code beats a range, a narrower
    /// range beats a wider one that contains it, and any range beats `default`.
    pub fn row_for(&self, status: u16) -> Option<&Response> {
        let codes: Vec<StatusCode> = self.responses.iter().map(|row| row.code).collect();
        StatusCode::select(&codes, status).map(|index| &self.responses[index])
    }

    /// A status that selects `row` (see [`Operation::row_for`]), for tests and examples: the
    /// row's code, else the lowest code of its range that no row of higher precedence takes;
    /// for `default`, the lowest such code among 400–599, then 200–399, then 100–199.
    /// `None` when every status the row stands for is taken by other rows.
    pub fn status_for(&self, row: &Response) -> Option<u16> {
        let candidates: Vec<u16> = match row.code {
            StatusCode::Code(code) => vec![code],
            StatusCode::Range(low, high) => (low..=high).collect(),
            StatusCode::Default => (400..=599).chain(200..=399).chain(100..=199).collect(),
        };
        candidates.into_iter().find(|status| {
            self.row_for(*status)
                .is_some_and(|found| found.variant == row.variant)
        })
    }
}

/// The statuses a row of the status table stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusCode {
    /// One status code (`404`).
    Code(u16),
    /// The codes from the first to the second, both included: `494-499`, or `4XX` for
    /// 400–499. The first is lower than the second.
    Range(u16, u16),
    /// Any status that no other row has (`default`).
    Default,
}

impl StatusCode {
    /// Whether the row stands for `status`.
    pub fn contains(self, status: u16) -> bool {
        match self {
            StatusCode::Code(code) => code == status,
            StatusCode::Range(low, high) => (low..=high).contains(&status),
            StatusCode::Default => true,
        }
    }

    /// The code of a row for one status.
    pub fn exact(self) -> Option<u16> {
        match self {
            StatusCode::Code(code) => Some(code),
            _ => None,
        }
    }

    /// The index of the code in `codes` that `status` selects, if any: an exact code beats a
    /// range, a narrower range beats a wider one, any range beats `default`; among codes of
    /// equal precedence, the first.
    pub fn select(codes: &[StatusCode], status: u16) -> Option<usize> {
        codes
            .iter()
            .enumerate()
            .filter(|(_, code)| code.contains(status))
            .min_by_key(|(index, code)| (code.precedence(), *index))
            .map(|(index, _)| index)
    }

    /// The matching order: exact codes first, then ranges by width, then `default`.
    pub fn precedence(self) -> (u8, u16) {
        match self {
            StatusCode::Code(_) => (0, 0),
            StatusCode::Range(low, high) => (1, high - low),
            StatusCode::Default => (2, 0),
        }
    }
}

/// As the status tables show it: `404`, `4XX` (a range of a whole class), `494-499`, `default`.
impl std::fmt::Display for StatusCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            StatusCode::Code(code) => write!(f, "{code}"),
            StatusCode::Range(low, high) if low % 100 == 0 && high == low + 99 => {
                write!(f, "{}XX", low / 100)
            }
            StatusCode::Range(low, high) => write!(f, "{low}-{high}"),
            StatusCode::Default => f.write_str("default"),
        }
    }
}

/// Where a URI parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParameterLocation {
    /// A path segment.
    Path,
    /// The query string.
    Query,
}

/// A URI parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// Wire name and argument name.
    pub name: Name,
    /// Path or query.
    pub location: ParameterLocation,
    /// Its type.
    pub ty: ParameterType,
    /// Must be given.
    pub required: bool,
    /// Value the server assumes when it is left out.
    pub default: Option<String>,
    /// Example value.
    pub example: Option<String>,
    /// What it is.
    pub description: Text,
    /// A constant value, always sent; the parameter is then no argument.
    pub constant: Option<String>,
    /// A path parameter whose reserved characters are not encoded (`allow-reserved: true`).
    pub allow_reserved: bool,
}

/// The type of a URI parameter. Only a query parameter is a collection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParameterType {
    /// A scalar.
    Scalar(Scalar),
    /// `list<T>` of a scalar: its items, written as the format says.
    List(Scalar, CollectionFormat),
    /// `map<T>` of a scalar: its entries, each a key and a value.
    Map(Scalar, CollectionFormat),
    /// A named object type whose properties are scalars or enumerations (the struct's Rust
    /// name): its members, each a property name and a value.
    Object(String, CollectionFormat),
}

impl ParameterType {
    /// The scalar of a parameter that is one.
    pub fn scalar(&self) -> Option<Scalar> {
        match self {
            ParameterType::Scalar(scalar) => Some(*scalar),
            _ => None,
        }
    }

    /// How a collection is written in the query (`None` for a scalar).
    pub fn format(&self) -> Option<CollectionFormat> {
        match self {
            ParameterType::Scalar(_) => None,
            ParameterType::List(_, format)
            | ParameterType::Map(_, format)
            | ParameterType::Object(_, format) => Some(*format),
        }
    }

    /// Whether it is written as pairs of a name and a value (a map or an object).
    pub fn has_entries(&self) -> bool {
        matches!(self, ParameterType::Map(..) | ParameterType::Object(..))
    }
}

/// How a collection query parameter is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectionFormat {
    /// A pair per item: `name=a&name=b`; for a map or an object, a pair per entry, named by
    /// its key: `k1=v1&k2=v2`.
    Multi,
    /// `name=a,b`; for a map or an object, `name=k1,v1,k2,v2`.
    Csv,
    /// `name=a b`.
    Ssv,
    /// `name=a|b`.
    Pipes,
}

impl CollectionFormat {
    /// Every format with its spec name.
    pub const ALL: [(&'static str, CollectionFormat); 4] = [
        ("multi", CollectionFormat::Multi),
        ("csv", CollectionFormat::Csv),
        ("ssv", CollectionFormat::Ssv),
        ("pipes", CollectionFormat::Pipes),
    ];

    /// The separator of the joined formats (`None` for `multi`).
    pub fn separator(self) -> Option<&'static str> {
        match self {
            CollectionFormat::Multi => None,
            CollectionFormat::Csv => Some(","),
            CollectionFormat::Ssv => Some(" "),
            CollectionFormat::Pipes => Some("|"),
        }
    }
}

impl Parameter {
    /// Whether the caller passes it (every parameter but a constant).
    pub fn is_argument(&self) -> bool {
        self.constant.is_none()
    }
}

/// A request header.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestHeader {
    /// Header name, and the argument name of a caller-supplied header.
    pub name: Name,
    /// Where its value comes from.
    pub value: HeaderValue,
    /// What it carries.
    pub description: Text,
}

/// Where a request header's value comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderValue {
    /// Always this value.
    Fixed(String),
    /// The service's bearer token.
    Auth,
    /// A method argument.
    Caller {
        /// Its type.
        ty: Scalar,
        /// Must be given.
        required: bool,
        /// Example value.
        example: Option<String>,
        /// When the caller gives none, a new random UUID is sent (`generated: uuid`).
        generated: bool,
    },
}

/// The request body.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    /// Rust name of the body's struct.
    pub ty: String,
    /// What the body is.
    pub description: Text,
    /// Whether the caller must send it; an optional body is an `Option` argument, and its
    /// `Content-Type` is sent only with it.
    pub required: bool,
    /// A JSON example, already checked.
    pub example: Option<String>,
}

/// A response header.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseHeader {
    /// Header name and field name.
    pub name: Name,
    /// Its type.
    pub ty: Scalar,
    /// What it carries.
    pub description: Text,
    /// Example value.
    pub example: Option<String>,
}

/// Success or error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseKind {
    /// `Ok(..)`.
    Success,
    /// `Err(..)`.
    Error,
}

/// A row of the status table.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// The statuses the row stands for: codes and ranges within 100..=599, or `default`.
    /// A `success` row has an exact code.
    pub code: StatusCode,
    /// Variant name (PascalCase) and predicate name (`is_not_found`).
    pub variant: Name,
    /// Success or error.
    pub kind: ResponseKind,
    /// The row's description.
    pub description: Text,
    /// Indices into [`Operation::response_headers`] of the headers the row carries.
    pub headers: Vec<usize>,
    /// Type of the JSON body.
    pub body: Option<Type>,
    /// A JSON example of the body, already checked.
    pub example: Option<String>,
    /// How to follow the operation this row starts.
    pub long_running: Option<LongRunning>,
}

impl Response {
    /// The name of the error enum's predicate for this row: `is_not_found` for `NotFound`.
    pub fn predicate(&self) -> String {
        format!(
            "is_{}",
            heck::ToSnakeCase::to_snake_case(self.variant.rust.as_str())
        )
    }
}

/// A success row that starts a long-running operation, and how to follow it.
#[derive(Debug, Clone, PartialEq)]
pub struct LongRunning {
    /// Name of the `Client` method that returns the poller (`publish_offer_poller`).
    pub poller: String,
    /// Index into [`Operation::response_headers`] of the header with the status URL.
    pub location: usize,
    /// Method name of the operation whose responses report the status.
    pub status_operation: String,
    /// Its success enum (`RetrieveOperationResponse`).
    pub status_response: String,
    /// Its error enum.
    pub status_error: String,
    /// Top-level property of its success body holding the state (wire name).
    pub status_property: String,
    /// States meaning success.
    pub succeeded: Vec<String>,
    /// States meaning failure.
    pub failed: Vec<String>,
    /// States meaning cancellation.
    pub canceled: Vec<String>,
    /// Method name of the operation that cancels it.
    pub cancel_operation: Option<String>,
    /// Where the result is once the operation succeeded; `None`: the last status response.
    pub result: Option<FinalResult>,
}

/// Where a long-running operation's result is once it succeeded.
#[derive(Debug, Clone, PartialEq)]
pub enum FinalResult {
    /// A top-level property of the status body.
    Property {
        /// Its wire name.
        name: String,
        /// Its type.
        ty: Type,
    },
    /// The answer of a `GET` operation, called with the path parameters of the operation that
    /// started it.
    Operation {
        /// The operation's method name (`get_user`).
        method: String,
        /// Its success enum.
        response: String,
        /// Its error enum.
        error: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(code: StatusCode, name: &str) -> Response {
        Response {
            code,
            variant: Name {
                wire: name.to_owned(),
                rust: name.to_owned(),
                raw: false,
            },
            kind: ResponseKind::Error,
            description: Text::default(),
            headers: Vec::new(),
            body: None,
            example: None,
            long_running: None,
        }
    }

    fn operation(rows: Vec<Response>) -> Operation {
        let name = Name {
            wire: "get".to_owned(),
            rust: "get".to_owned(),
            raw: false,
        };
        Operation {
            id: name,
            response_type: "GetResponse".to_owned(),
            error_type: "GetError".to_owned(),
            title: Text::default(),
            summary: Text::default(),
            description: Text::default(),
            method: Method::Get,
            idempotent: true,
            path_template: "/".to_owned(),
            path: Vec::new(),
            parameters: Vec::new(),
            headers: Vec::new(),
            body: None,
            response_headers: Vec::new(),
            responses: rows,
        }
    }

    #[test]
    fn exact_codes_beat_narrow_ranges_beat_wide_ranges_beat_default() {
        let op = operation(vec![
            row(StatusCode::Default, "Other"),
            row(StatusCode::Range(400, 499), "ClientError"),
            row(StatusCode::Range(494, 499), "InRange"),
            row(StatusCode::Code(404), "NotFound"),
            row(StatusCode::Code(200), "Ok"),
        ]);
        let selected = |status| op.row_for(status).map(|row| row.variant.rust.as_str());
        assert_eq!(selected(404), Some("NotFound"));
        assert_eq!(selected(494), Some("InRange"));
        assert_eq!(selected(499), Some("InRange"));
        assert_eq!(selected(493), Some("ClientError"));
        assert_eq!(selected(400), Some("ClientError"));
        assert_eq!(selected(500), Some("Other"));
        assert_eq!(selected(200), Some("Ok"));
        assert_eq!(selected(201), Some("Other"));
        let order: Vec<String> = op
            .rows_by_precedence()
            .iter()
            .map(|row| row.code.to_string())
            .collect();
        assert_eq!(order, ["404", "200", "494-499", "4XX", "default"]);
        let samples: Vec<Option<u16>> = op.responses.iter().map(|r| op.status_for(r)).collect();
        assert_eq!(
            samples,
            [Some(500), Some(400), Some(494), Some(404), Some(200)]
        );
    }

    #[test]
    fn a_table_without_default_leaves_other_statuses_unmatched() {
        let op = operation(vec![
            row(StatusCode::Code(404), "NotFound"),
            row(StatusCode::Range(404, 405), "Shadowed"),
        ]);
        assert!(op.row_for(500).is_none());
        assert_eq!(op.status_for(&op.responses[1]), Some(405));
        let op = operation(vec![
            row(StatusCode::Code(404), "NotFound"),
            row(StatusCode::Code(405), "NotAllowed"),
            row(StatusCode::Range(404, 405), "Shadowed"),
        ]);
        assert_eq!(op.status_for(&op.responses[2]), None);
    }

    #[test]
    fn codes_show_as_the_status_tables_write_them() {
        assert_eq!(StatusCode::Code(404).to_string(), "404");
        assert_eq!(StatusCode::Range(400, 499).to_string(), "4XX");
        assert_eq!(StatusCode::Range(494, 499).to_string(), "494-499");
        assert_eq!(StatusCode::Range(400, 498).to_string(), "400-498");
        assert_eq!(StatusCode::Default.to_string(), "default");
    }
}
