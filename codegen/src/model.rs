//! The resolved model (IR): what the emitters read.
//!
//! Everything here has been checked: names are valid, unique Rust identifiers, every type
//! reference resolves, every status code is valid and unique. No YAML concern is left and
//! nothing downstream can fail on user input.

use std::collections::BTreeMap;
use std::path::PathBuf;

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
}

impl Service {
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
    pub ty: Scalar,
    /// Must be given.
    pub required: bool,
    /// Value the server assumes when it is left out.
    pub default: Option<String>,
    /// Example value.
    pub example: Option<String>,
    /// What it is.
    pub description: Text,
    /// A list of `ty` (`list<T>`), and how it is written in the query.
    pub list: Option<CollectionFormat>,
    /// A constant value, always sent; the parameter is then no argument.
    pub constant: Option<String>,
    /// A path parameter whose reserved characters are not encoded (`allow-reserved: true`).
    pub allow_reserved: bool,
}

/// How a list query parameter is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectionFormat {
    /// `name=a&name=b`.
    Multi,
    /// `name=a,b`.
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
    /// Status code, 100..=599.
    pub code: u16,
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
}

/// Whether `c` is an explicit bidirectional embedding, override or isolate (U+202A..U+202E,
/// U+2066..U+2069), which can make text read differently from how it is stored: rustc denies
/// them in source (`text_direction_codepoint_in_literal`), so the docs leave them out and a
/// path may not hold them. Right-to-left text itself, and the marks U+200E and U+200F, are
/// fine.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}
