//! The resolved operations: method, path, parameters, headers, body and the status table.

use super::{Name, Scalar, Text, Type};

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
        /// Its type; of each element, when `list`.
        ty: Scalar,
        /// A list of values, sent as one header, the elements' texts joined by `,` (RFC 9110's
        /// list syntax).
        list: bool,
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
    /// The body's type: a struct, or any other type (a list, a map, a scalar, an enum).
    pub ty: Type,
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
