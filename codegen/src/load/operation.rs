//! The serde types of an operation file (`spec/operations/<id>.yaml`).

use serde::{Deserialize, Deserializer};

use super::Spanned;
use super::service::{PropertySpec, Text};

/// An operation file (`spec/operations/<id>.yaml`).
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ["GET", "PUT", "POST", "PATCH", "DELETE", "HEAD"])))]
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
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ParameterSpec {
    /// Wire name.
    pub name: Spanned<String>,
    /// `path` or `query`.
    #[serde(rename = "in")]
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ["path", "query"])))]
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
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ["multi", "csv", "ssv", "pipes"])))]
    pub collection_format: Option<Spanned<String>>,
    /// A path parameter whose reserved characters (`/`, `:`, `?`...) are sent as they are
    /// (RFC 6570 `{+name}`): it may fill several segments. Default: false.
    #[serde(default)]
    pub allow_reserved: Option<Spanned<bool>>,
    /// The wire form, where it differs from the type's default: `base64url` for `bytes`;
    /// `seconds`, `seconds-float`, `milliseconds` or `milliseconds-float` for `duration`;
    /// `rfc7231` or `unix-timestamp` for `date-time`; `string` for a number or a boolean written
    /// as a JSON string. Applies to the elements of a list or map.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(schema_with = "super::schema::encoding"))]
    pub encoding: Option<Spanned<String>>,
}

/// One request header.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ["uuid"])))]
    pub generated: Option<Spanned<String>>,
    /// The wire form, where it differs from the type's default: `base64url` for `bytes`;
    /// `seconds`, `seconds-float`, `milliseconds` or `milliseconds-float` for `duration`;
    /// `rfc7231` or `unix-timestamp` for `date-time`; `string` for a number or a boolean written
    /// as a JSON string. Applies to the elements of a list or map.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(schema_with = "super::schema::encoding"))]
    pub encoding: Option<Spanned<String>>,
}

/// The request body.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct BodySpec {
    /// The body's type: a named type, a scalar, `list<T>`, `map<T>` or `nullable<T>`; when absent
    /// the body is an object with `properties`.
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
    /// The wire form of a `type` body, where it differs from the type's default: `base64url` for `bytes`;
    /// `seconds`, `seconds-float`, `milliseconds` or `milliseconds-float` for `duration`;
    /// `rfc7231` or `unix-timestamp` for `date-time`; `string` for a number or a boolean written
    /// as a JSON string. Applies to the elements of a list or map.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(schema_with = "super::schema::encoding"))]
    pub encoding: Option<Spanned<String>>,
}

/// One response header.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// The wire form, where it differs from the type's default: `base64url` for `bytes`;
    /// `seconds`, `seconds-float`, `milliseconds` or `milliseconds-float` for `duration`;
    /// `rfc7231` or `unix-timestamp` for `date-time`; `string` for a number or a boolean written
    /// as a JSON string. Applies to the elements of a list or map.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(schema_with = "super::schema::encoding"))]
    pub encoding: Option<Spanned<String>>,
}

/// One row of the status table.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ResponseSpec {
    /// The status codes the row stands for: a code (`404`), a class (`4XX`), a range
    /// (`494-499`) or `default`.
    pub code: Spanned<StatusCodeSpec>,
    /// PascalCase variant name.
    pub name: Spanned<String>,
    /// `success` or `error`.
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ["success", "error"])))]
    pub kind: Spanned<String>,
    /// The row's description.
    pub description: Spanned<Text>,
    /// Response headers (declared in `response-headers`) this row carries.
    #[serde(default)]
    pub headers: Vec<Spanned<String>>,
    /// Type of the JSON body this row carries (a named type, a scalar, `list<T>`, `map<T>`,
    /// `nullable<T>`).
    #[serde(default)]
    pub body: Option<Spanned<String>>,
    /// A JSON example of the body, checked against `body`.
    #[serde(default)]
    pub example: Option<Spanned<String>>,
    /// The row starts an operation whose status is read through another operation.
    #[serde(default)]
    pub long_running: Option<Spanned<LongRunningSpec>>,
    /// The wire form of the `body`, where it differs from the type's default: `base64url` for `bytes`;
    /// `seconds`, `seconds-float`, `milliseconds` or `milliseconds-float` for `duration`;
    /// `rfc7231` or `unix-timestamp` for `date-time`; `string` for a number or a boolean written
    /// as a JSON string. Applies to the elements of a list or map.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(schema_with = "super::schema::encoding"))]
    pub encoding: Option<Spanned<String>>,
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
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
