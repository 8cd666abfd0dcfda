//! The resolved model (IR): what the emitters read.
//!
//! Everything here has been checked: names are valid, unique Rust identifiers, every type
//! reference resolves, every status code is valid and unique. No YAML concern is left and
//! nothing downstream can fail on user input.

use std::collections::BTreeMap;
use std::path::PathBuf;

pub use operation::*;
pub use properties::*;
pub use union::*;

mod operation;
mod properties;
mod union;

/// Whether `c` is an explicit bidirectional embedding, override or isolate (U+202A..U+202E,
/// U+2066..U+2069), which can make text read differently from how it is stored: rustc denies
/// them in source (`text_direction_codepoint_in_literal`), so the docs leave them out and a
/// path may not hold them. Right-to-left text itself, and the marks U+200E and U+200F, are
/// fine.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether a media type names JSON: `application/json`, or a `+json` type such as
/// `application/merge-patch+json` (RFC 6839), in any case, parameters (`; charset=utf-8`) aside.
pub fn is_json_media_type(value: &str) -> bool {
    let essence = value.split(';').next().unwrap_or_default().trim();
    let essence = essence.to_ascii_lowercase();
    essence.strip_prefix("application/").is_some_and(|subtype| {
        subtype == "json"
            || subtype
                .strip_suffix("+json")
                .is_some_and(|name| !name.is_empty() && !name.contains(['/', ' ']))
    })
}

/// The items of `specgen_runtime` that the generated code re-exports beside the spec's types:
/// its errors and helpers, and every type its fields can have (with the `chrono` and
/// `serde_json` crates), so that a user needs no other dependency to build a request.
pub const RUNTIME_EXPORTS: [&str; 22] = [
    "BuildError",
    "DateTime",
    "DecodeError",
    "DecodeErrorKind",
    "Decimal",
    "Duration",
    "EmailAddress",
    "Failure",
    "NaiveDate",
    "NaiveDateTime",
    "NaiveTime",
    "Outcome",
    "Patch",
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
    /// Every discriminated base with derived types (an enum of the generated code).
    pub polymorphic: Vec<Polymorphic>,
    /// Every union (an enum of the generated code).
    pub unions: Vec<Union>,
    /// The operations, in spec order.
    pub operations: Vec<Operation>,
    /// Every spec file that was read.
    pub files: Vec<PathBuf>,
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
    /// A time of day without a date or an offset (`13:06:12`, `13:06:12.5`).
    PlainTime,
    /// A date and time without a UTC offset (`2018-12-01T00:00:00`), as many reference pages
    /// write them.
    PlainDateTime,
    /// A GUID.
    Guid,
    /// A 64-bit signed integer (`integer`, also written `int64`).
    Integer,
    /// An 8-bit signed integer (`i8`).
    Int8,
    /// A 16-bit signed integer (`i16`).
    Int16,
    /// A 32-bit signed integer (`i32`).
    Int32,
    /// An 8-bit unsigned integer (`u8`).
    Uint8,
    /// A 16-bit unsigned integer (`u16`).
    Uint16,
    /// A 32-bit unsigned integer (`u32`).
    Uint32,
    /// A 64-bit unsigned integer (`u64`).
    Uint64,
    /// An integer that a JSON number holds exactly in every language: within ±(2^53 − 1)
    /// (TypeSpec's `safeint`), an `i64` in Rust.
    SafeInt,
    /// A 32-bit floating-point number (`f32`): finite, as JSON numbers are.
    Float32,
    /// A 64-bit floating-point number (`f64`): finite, as JSON numbers are.
    Float64,
    /// An exact decimal number (`specgen_runtime::Decimal`), written as a JSON number with
    /// all its digits (`decimal`, also written `decimal128`).
    Decimal,
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
    /// parameters and headers such as `If-Modified-Since`, and a `date-time` of
    /// `encoding: rfc7231`.
    HttpDate,
    /// Bytes (`Vec<u8>`), written in base64 with padding.
    Bytes,
    /// Bytes written in URL-safe base64 without padding (`encoding: base64url`).
    BytesBase64Url,
    /// A length of time (`specgen_runtime::Duration`), written in ISO 8601 (`P40D`).
    Duration,
    /// `duration` as .NET's TimeSpan constant form (`1.02:59:59.5000000`), `encoding:
    /// duration-constant`.
    DurationConstant,
    /// A duration written as whole seconds (`encoding: seconds`).
    DurationSeconds,
    /// A duration written as seconds with a fraction (`encoding: seconds-float`).
    DurationSecondsFloat,
    /// A duration written as whole milliseconds (`encoding: milliseconds`).
    DurationMilliseconds,
    /// A duration written as milliseconds with a fraction (`encoding: milliseconds-float`).
    DurationMillisecondsFloat,
    /// A date and time written as a Unix timestamp in seconds (`encoding: unix-timestamp`).
    UnixTimestamp,
    /// A number or a boolean written as a JSON string (`encoding: string`): the scalar it
    /// holds: an integer, a float, a decimal or a boolean.
    Quoted(&'static Scalar),
}

impl Scalar {
    /// Every scalar with its spec name.
    pub const ALL: [(&'static str, Scalar); 26] = [
        ("string", Scalar::String),
        ("date", Scalar::Date),
        ("date-time", Scalar::DateTime),
        ("plain-time", Scalar::PlainTime),
        ("plain-date-time", Scalar::PlainDateTime),
        ("guid", Scalar::Guid),
        ("integer", Scalar::Integer),
        ("int8", Scalar::Int8),
        ("int16", Scalar::Int16),
        ("int32", Scalar::Int32),
        ("uint8", Scalar::Uint8),
        ("uint16", Scalar::Uint16),
        ("uint32", Scalar::Uint32),
        ("uint64", Scalar::Uint64),
        ("safe-int", Scalar::SafeInt),
        ("float32", Scalar::Float32),
        ("float64", Scalar::Float64),
        ("decimal", Scalar::Decimal),
        ("boolean", Scalar::Boolean),
        ("url", Scalar::Url),
        ("email-list", Scalar::EmailList),
        ("url-reference", Scalar::UrlReference),
        ("json", Scalar::Json),
        ("http-date", Scalar::HttpDate),
        ("bytes", Scalar::Bytes),
        ("duration", Scalar::Duration),
    ];

    /// The wire forms an `encoding` key chooses: the scalar named, the encoding, and the scalar
    /// it makes. The first of each scalar is its default form.
    pub const ENCODINGS: [(Scalar, &'static str, Scalar); 24] = [
        (Scalar::Bytes, "base64", Scalar::Bytes),
        (Scalar::Bytes, "base64url", Scalar::BytesBase64Url),
        (Scalar::Duration, "iso8601", Scalar::Duration),
        (Scalar::Duration, "seconds", Scalar::DurationSeconds),
        (
            Scalar::Duration,
            "duration-constant",
            Scalar::DurationConstant,
        ),
        (
            Scalar::Duration,
            "seconds-float",
            Scalar::DurationSecondsFloat,
        ),
        (
            Scalar::Duration,
            "milliseconds",
            Scalar::DurationMilliseconds,
        ),
        (
            Scalar::Duration,
            "milliseconds-float",
            Scalar::DurationMillisecondsFloat,
        ),
        (Scalar::DateTime, "rfc3339", Scalar::DateTime),
        (Scalar::DateTime, "rfc7231", Scalar::HttpDate),
        (Scalar::DateTime, "unix-timestamp", Scalar::UnixTimestamp),
        (Scalar::Integer, "string", Scalar::Quoted(&Scalar::Integer)),
        (Scalar::Int8, "string", Scalar::Quoted(&Scalar::Int8)),
        (Scalar::Int16, "string", Scalar::Quoted(&Scalar::Int16)),
        (Scalar::Int32, "string", Scalar::Quoted(&Scalar::Int32)),
        (Scalar::Uint8, "string", Scalar::Quoted(&Scalar::Uint8)),
        (Scalar::Uint16, "string", Scalar::Quoted(&Scalar::Uint16)),
        (Scalar::Uint32, "string", Scalar::Quoted(&Scalar::Uint32)),
        (Scalar::Uint64, "string", Scalar::Quoted(&Scalar::Uint64)),
        (Scalar::SafeInt, "string", Scalar::Quoted(&Scalar::SafeInt)),
        (Scalar::Float32, "string", Scalar::Quoted(&Scalar::Float32)),
        (Scalar::Float64, "string", Scalar::Quoted(&Scalar::Float64)),
        (Scalar::Decimal, "string", Scalar::Quoted(&Scalar::Decimal)),
        (Scalar::Boolean, "string", Scalar::Quoted(&Scalar::Boolean)),
    ];

    /// Whether the JSON form of a value is a string (a `date`, a `guid`, `bytes`, a number
    /// with `encoding: string`...), not a number, a boolean or any JSON.
    pub fn json_is_string(self) -> bool {
        match self {
            Scalar::String
            | Scalar::Date
            | Scalar::DateTime
            | Scalar::PlainTime
            | Scalar::PlainDateTime
            | Scalar::Guid
            | Scalar::Url
            | Scalar::UrlReference
            | Scalar::EmailList
            | Scalar::HttpDate
            | Scalar::Bytes
            | Scalar::BytesBase64Url
            | Scalar::Duration
            | Scalar::DurationConstant
            | Scalar::Quoted(_) => true,
            // Numbers (decimals, numeric durations and timestamps too), booleans, any JSON.
            _ => false,
        }
    }

    /// The scalar `self` written in `encoding`, when the encoding applies to it.
    pub fn encoded(self, encoding: &str) -> Option<Scalar> {
        Scalar::ENCODINGS
            .iter()
            .find(|(base, name, _)| *base == self && *name == encoding)
            .map(|(_, _, encoded)| *encoded)
    }

    /// The scalar named in the spec and the encoding that made `self`, for a scalar an
    /// `encoding` key made (`DurationSeconds` is `duration` in `seconds`).
    pub fn encoding(self) -> Option<(Scalar, &'static str)> {
        Scalar::ENCODINGS
            .iter()
            .find(|(base, _, encoded)| *encoded == self && *base != self)
            .map(|(base, name, _)| (*base, *name))
    }

    /// Other spellings of scalars, accepted where a type is named: `int64` is `integer`.
    pub const ALIASES: [(&'static str, Scalar); 4] = [
        ("int64", Scalar::Integer),
        ("decimal128", Scalar::Decimal),
        ("safeint", Scalar::SafeInt),
        ("unknown", Scalar::Json),
    ];

    /// The scalar a type name stands for, by its spec name or an alias.
    pub fn named(name: &str) -> Option<Scalar> {
        Scalar::ALL
            .iter()
            .chain(&Scalar::ALIASES)
            .find(|(spelling, _)| *spelling == name)
            .map(|(_, scalar)| *scalar)
    }

    /// The smallest and the largest value of an integer scalar; `None` for the others.
    pub fn integer_range(self) -> Option<(i128, i128)> {
        Some(match self {
            Scalar::Integer => (i64::MIN.into(), i64::MAX.into()),
            Scalar::Int8 => (i8::MIN.into(), i8::MAX.into()),
            Scalar::Int16 => (i16::MIN.into(), i16::MAX.into()),
            Scalar::Int32 => (i32::MIN.into(), i32::MAX.into()),
            Scalar::Uint8 => (0, u8::MAX.into()),
            Scalar::Uint16 => (0, u16::MAX.into()),
            Scalar::Uint32 => (0, u32::MAX.into()),
            Scalar::Uint64 => (0, u64::MAX.into()),
            Scalar::SafeInt => (-(1 << 53) + 1, (1 << 53) - 1),
            _ => return None,
        })
    }

    /// The name used in the spec: a scalar an `encoding` key made has the name of the scalar
    /// it encodes (`duration` for `DurationSeconds`).
    pub fn spec_name(self) -> &'static str {
        let named = Scalar::ALL.iter().find(|(_, scalar)| *scalar == self);
        match (named, self.encoding()) {
            (Some((name, _)), _) => name,
            (None, Some((base, _))) => base.spec_name(),
            (None, None) => "string",
        }
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
    /// A value that may be JSON `null` (`Option<T>`): `nullable<T>`, as an element of a list
    /// or a map, or a body. A property says so with `nullable: true` instead.
    Nullable(Box<Type>),
    /// A discriminated base and the types derived from it, declared in
    /// [`Service::polymorphic`] (a Rust enum), by Rust name.
    Polymorphic(String),
    /// A union declared in [`Service::unions`] (a Rust enum), by Rust name.
    Union(String),
}

/// An enumeration of the generated code: string values by default, or numbers or booleans.
#[derive(Debug, Clone, PartialEq)]
pub struct Enumeration {
    /// Rust name (PascalCase) and the spec's name.
    pub name: Name,
    /// What it is.
    pub description: Text,
    /// Its values: wire value (as the spec writes it) and variant name.
    pub values: Vec<EnumValue>,
    /// The type of the values: `String`, an integer, a float or `Boolean`.
    pub value_type: Scalar,
    /// Whether values it does not list are kept (in `Unknown`) rather than refused.
    pub extensible: bool,
}

/// One value of an enumeration.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumValue {
    /// The value on the wire and the variant name.
    pub name: Name,
    /// Other spellings read as this value (an enumeration of strings only); never written.
    pub aliases: Vec<String>,
    /// What it means.
    pub description: Text,
}

impl EnumValue {
    /// Every spelling the value is read from: its own, then its aliases.
    pub fn spellings(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.wire.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// The Rust name of the field of a struct with `additional-properties`: a
/// `BTreeMap<String, T>` of the members the spec does not declare. No declared property's
/// Rust name may be this.
pub const ADDITIONAL_PROPERTIES: &str = "additional_properties";

/// A struct of the generated code.
#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    /// Rust name (PascalCase) and the spec's name.
    pub name: Name,
    /// What it is.
    pub description: Text,
    /// Its fields.
    pub fields: Vec<Field>,
    /// The type of the members that `fields` does not declare (`additional-properties`),
    /// kept in the field [`ADDITIONAL_PROPERTIES`]; `None` when the spec does not say.
    pub additional: Option<Type>,
    /// A JSON example, already checked against the fields.
    pub example: Option<String>,
    /// Declared where it is used (an `object` property, a request body's `properties`)
    /// rather than among the service's named `types`.
    pub inline: bool,
    /// The discriminator this struct writes before its fields, when it is derived from a
    /// discriminated base: its property's wire name and this type's value.
    pub tag: Option<Tag>,
}

/// The discriminator a derived struct writes: `"kind": "seagull"`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    /// The discriminator property's wire name.
    pub property: String,
    /// The value that stands for the struct.
    pub value: String,
}

/// A type that others extend with a discriminator: a Rust enum with a variant per derived
/// type, and one for the values of another or no discriminator value.
#[derive(Debug, Clone, PartialEq)]
pub struct Polymorphic {
    /// Rust name (PascalCase) and the spec's name.
    pub name: Name,
    /// What it is.
    pub description: Text,
    /// The discriminator property: its wire name, and the Rust name of its field in
    /// [`Polymorphic::other`].
    pub discriminator: Name,
    /// The derived types, in spec order.
    pub variants: Vec<DerivedVariant>,
    /// The struct (in [`Service::types`]) of a value whose discriminator names no derived
    /// type, or that has none: the base's properties, the discriminator as sent, and the
    /// members of the derived type this client does not know.
    pub other: String,
    /// The discriminator this enum writes around every variant's members, when it is itself
    /// derived from a discriminated base (a base with a discriminator of its own).
    pub tag: Option<Tag>,
    /// A JSON example, already checked.
    pub example: Option<String>,
}

/// The Rust name of the variant of a [`Polymorphic`] enum that holds [`Polymorphic::other`].
pub const OTHER_VARIANT: &str = "Other";

/// One derived type of a [`Polymorphic`] base.
#[derive(Debug, Clone, PartialEq)]
pub struct DerivedVariant {
    /// The discriminator value on the wire, and the variant's Rust name.
    pub name: Name,
    /// The derived type: a [`Type::Struct`], or a [`Type::Polymorphic`] with a discriminator
    /// of its own.
    pub ty: Type,
}

impl Field {
    /// Whether the generated field always holds a value (no `Option`, no empty default): a
    /// required property that a request carries too (a read-only one it does not).
    pub fn always_present(&self) -> bool {
        (self.required || self.default.is_some()) && !self.read_only
    }
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
    /// A list written as one string, its elements joined by this (`encoding: comma-delimited`).
    pub delimiter: Option<Delimiter>,
    /// Written by the server only: read from responses, never sent.
    pub read_only: bool,
    /// The value an absent member stands for, as the spec writes it (checked against the
    /// type: a string, a number, a boolean or a value of an enumeration).
    pub default: Option<String>,
    /// The bounds the API sets on the value (checked in examples, shown in the docs).
    pub constraints: Constraints,
    /// Absent and `null` differ (`explicit-null`): the field is a `specgen_runtime::Patch`.
    pub explicit_null: bool,
    /// Held behind a `Box`: the field's type reaches back to the struct through fields that
    /// are not lists or maps (only an optional or nullable field can).
    pub boxed: bool,
    /// What it holds.
    pub description: Text,
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
    fn json_media_types_are_json_and_plus_json_types() {
        for json in [
            "application/json",
            "Application/JSON; charset=utf-8",
            "application/merge-patch+json",
            "application/problem+json",
        ] {
            assert!(is_json_media_type(json), "{json}");
        }
        for other in [
            "text/json",
            "application/+json",
            "application/jsonx",
            "application/xml",
            "",
        ] {
            assert!(!is_json_media_type(other), "{other}");
        }
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
