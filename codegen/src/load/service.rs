//! The serde types of the service file (`spec/<service>.yaml`).

use serde::Deserialize;

use super::Spanned;

/// The service file (`spec/<service>.yaml`).
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ServiceFile {
    /// Version of the spec format; `1` is the only one.
    #[cfg_attr(feature = "schema", schemars(extend("const" = 1)))]
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
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CheckedInSpec {
    /// The directory of the Markdown reference pages (`../generated-client/docs`).
    #[serde(default)]
    pub docs: Option<Spanned<String>>,
    /// The JSON Schema of the spec format, for editors (`spec.schema.json`).
    #[serde(default)]
    pub schema: Option<Spanned<String>>,
    /// The page of every diagnostic code (`DIAGNOSTICS.md`), which `specgen check` holds
    /// against specgen's catalogue: a `## <code>: <title>` section per code, and no other.
    #[serde(default)]
    pub diagnostics: Option<Spanned<String>>,
}

/// The `service:` section.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AuthSpec {
    /// The scheme: `bearer` (an OAuth 2.0 or other bearer token in `Authorization`) or
    /// `api-key` (a key in the header named by `header`).
    #[cfg_attr(feature = "schema", schemars(extend("enum" = ["bearer", "api-key"])))]
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
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// The values of an enumeration (a string on the wire, unless `value-type` says otherwise).
    #[serde(default)]
    pub values: Option<Vec<Spanned<EnumValueSpec>>>,
    /// The variants of a union: each a type, or a literal value.
    #[serde(default)]
    pub variants: Option<Vec<Spanned<VariantSpec>>>,
    /// The property that holds a union's envelope: with `discriminator`, each variant's value
    /// is this member of an object beside the discriminator, rather than the object itself.
    #[serde(default)]
    pub envelope: Option<Spanned<String>>,
    /// The type of an enumeration's values: `string` (the default), an integer type,
    /// `float32`, `float64` or `boolean`. A literal type is an enumeration of one value.
    #[serde(default)]
    pub value_type: Option<Spanned<String>>,
    /// Whether an enumeration keeps values it does not list (default: true). A fixed one
    /// (`false`) refuses them: reading one is a decode error.
    #[serde(default)]
    pub extensible: Option<Spanned<bool>>,
    /// The type of the members of an object type that `properties` does not declare (a type
    /// expression, as of a map's values): they are kept on read and sent on write.
    #[serde(default)]
    pub additional_properties: Option<Spanned<String>>,
    /// The object type this one extends: its properties come first, then this type's own.
    #[serde(default)]
    pub extends: Option<Spanned<String>>,
    /// The wire name of the property whose value tells which of the types that extend this
    /// one a value is (`kind`): this type becomes a Rust enum of them. On a union: the
    /// member whose value is the name of the variant.
    #[serde(default)]
    pub discriminator: Option<Spanned<String>>,
    /// The value of the discriminator of the type this one `extends` that stands for this type.
    #[serde(default)]
    pub discriminator_value: Option<Spanned<String>>,
    /// A JSON example, checked against the properties.
    #[serde(default)]
    pub example: Option<Spanned<String>>,
}

/// One variant of a union: a type, or a literal value of a scalar type.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct VariantSpec {
    /// The variant's name (its Rust name in PascalCase); in a discriminated union, also the
    /// discriminator's value on the wire. Derived from `type` or `value` when left out.
    #[serde(default)]
    pub name: Option<Spanned<String>>,
    /// The variant's type; with `value`, the literal's scalar type (default: `string`).
    #[serde(default, rename = "type")]
    pub ty: Option<Spanned<String>>,
    /// A literal: the variant is this one value, written as text (`"a"`, `"2"`, `"true"`).
    #[serde(default)]
    pub value: Option<Spanned<String>>,
    /// What the variant means.
    #[serde(default)]
    pub description: Option<Spanned<Text>>,
}

/// One value of an enumeration.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct EnumValueSpec {
    /// The value on the wire.
    pub value: Spanned<String>,
    /// Other spellings of the value that the API sends (`In Progress` beside `InProgress`):
    /// read as this value, never written.
    #[serde(default)]
    pub aliases: Option<Vec<Spanned<String>>>,
    /// What it means.
    #[serde(default)]
    pub description: Option<Spanned<Text>>,
}

/// One property of an object.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PropertySpec {
    /// Wire name.
    pub name: Spanned<String>,
    /// The Rust field's name, when it is not the snake_case form of `name`: a snake_case
    /// Rust identifier (`default_name`).
    #[serde(default)]
    pub rust_name: Option<Spanned<String>>,
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
    /// Whether the API tells an absent member (left unchanged) from `null` (cleared), as a
    /// JSON merge patch does: an optional, nullable property whose field then has three states.
    #[serde(default)]
    pub explicit_null: Option<Spanned<bool>>,
    /// The least value of a number.
    #[serde(default)]
    pub minimum: Option<Spanned<f64>>,
    /// The greatest value of a number.
    #[serde(default)]
    pub maximum: Option<Spanned<f64>>,
    /// The least number of characters of a string.
    #[serde(default)]
    pub min_length: Option<Spanned<u64>>,
    /// The greatest number of characters of a string.
    #[serde(default)]
    pub max_length: Option<Spanned<u64>>,
    /// A regular expression a string matches (anywhere, unless anchored with `^` and `$`).
    #[serde(default)]
    pub pattern: Option<Spanned<String>>,
    /// The least number of elements of a list.
    #[serde(default)]
    pub min_items: Option<Spanned<u64>>,
    /// The greatest number of elements of a list.
    #[serde(default)]
    pub max_items: Option<Spanned<u64>>,
    /// The value a response means when it leaves the property out ("if not returned, false"),
    /// written as text (`"false"`, `"10"`, `active`): the field then always holds a value.
    #[serde(default)]
    pub default: Option<Spanned<String>>,
    /// Whether only the server writes the property (default: false): it is read from
    /// responses and never sent.
    #[serde(default)]
    pub read_only: Option<Spanned<bool>>,
    /// The wire form, where it differs from the type's default: `base64url` for `bytes`;
    /// `seconds`, `seconds-float`, `milliseconds` or `milliseconds-float` for `duration`;
    /// `rfc7231` or `unix-timestamp` for `date-time`; `string` for a number or a boolean written
    /// as a JSON string. Applies to the elements of a list or map. `comma-delimited`,
    /// `space-delimited`, `pipe-delimited` or `newline-delimited`: a list of strings written as
    /// one string.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "super::schema::property_encoding")
    )]
    pub encoding: Option<Spanned<String>>,
}
