//! The OpenAPI schema of each scalar, and a scalar's text as the JSON value of its type.

use openapiv3 as oa;
use serde_json::{Value, json};

use crate::model::Scalar;

/// The schema of a scalar: an OpenAPI type and format.
pub(super) fn scalar_schema(scalar: Scalar) -> oa::Schema {
    let string = |format: Option<&str>| {
        oa::SchemaKind::Type(oa::Type::String(oa::StringType {
            format: match format {
                Some("date") => oa::VariantOrUnknownOrEmpty::Item(oa::StringFormat::Date),
                Some("date-time") => oa::VariantOrUnknownOrEmpty::Item(oa::StringFormat::DateTime),
                Some("byte") => oa::VariantOrUnknownOrEmpty::Item(oa::StringFormat::Byte),
                Some(other) => oa::VariantOrUnknownOrEmpty::Unknown(other.to_owned()),
                None => oa::VariantOrUnknownOrEmpty::Empty,
            },
            ..Default::default()
        }))
    };
    let mut schema_data = oa::SchemaData::default();
    let schema_kind = match scalar {
        Scalar::String => string(None),
        Scalar::Date => string(Some("date")),
        Scalar::DateTime => string(Some("date-time")),
        // The formats of JSON Schema and of TypeSpec's OpenAPI emitter.
        Scalar::PlainTime => string(Some("time")),
        Scalar::PlainDateTime => string(Some("date-time-local")),
        Scalar::Guid => string(Some("uuid")),
        Scalar::Url => string(Some("uri")),
        Scalar::UrlReference => string(Some("uri-reference")),
        Scalar::EmailList => {
            schema_data.description = Some(
                "Comma-separated e-mail addresses, for example \
                 `jondoe@contoso.com,janedoe@contoso.com`."
                    .to_owned(),
            );
            schema_data
                .extensions
                .insert("x-specgen-type".to_owned(), json!("email-list"));
            string(None)
        }
        Scalar::HttpDate => {
            schema_data.description = Some(
                "An HTTP-date (RFC 9110), for example `Fri, 26 Aug 2022 14:38:00 GMT`.".to_owned(),
            );
            schema_data
                .extensions
                .insert("x-specgen-type".to_owned(), json!("http-date"));
            string(None)
        }
        Scalar::Integer => oa::SchemaKind::Type(oa::Type::Integer(oa::IntegerType {
            format: oa::VariantOrUnknownOrEmpty::Item(oa::IntegerFormat::Int64),
            ..Default::default()
        })),
        Scalar::Int32 => oa::SchemaKind::Type(oa::Type::Integer(oa::IntegerType {
            format: oa::VariantOrUnknownOrEmpty::Item(oa::IntegerFormat::Int32),
            ..Default::default()
        })),
        // OpenAPI names only int32 and int64: the others are bounded, with the spec's name as
        // the format (OpenAPI allows any).
        Scalar::Int8
        | Scalar::Int16
        | Scalar::Uint8
        | Scalar::Uint16
        | Scalar::Uint32
        | Scalar::Uint64
        | Scalar::SafeInt => {
            let (minimum, maximum) = scalar.integer_range().unwrap_or_default();
            oa::SchemaKind::Type(oa::Type::Integer(oa::IntegerType {
                format: oa::VariantOrUnknownOrEmpty::Unknown(scalar.spec_name().to_owned()),
                minimum: i64::try_from(minimum).ok(),
                maximum: i64::try_from(maximum).ok(),
                ..Default::default()
            }))
        }
        Scalar::Float32 | Scalar::Float64 => {
            oa::SchemaKind::Type(oa::Type::Number(oa::NumberType {
                format: oa::VariantOrUnknownOrEmpty::Item(if scalar == Scalar::Float32 {
                    oa::NumberFormat::Float
                } else {
                    oa::NumberFormat::Double
                }),
                ..Default::default()
            }))
        }
        Scalar::Decimal => oa::SchemaKind::Type(oa::Type::Number(oa::NumberType {
            format: oa::VariantOrUnknownOrEmpty::Unknown("decimal".to_owned()),
            ..Default::default()
        })),
        Scalar::Boolean => oa::SchemaKind::Type(oa::Type::Boolean(oa::BooleanType::default())),
        // A string holding the number or boolean: its type as the format.
        Scalar::Quoted(natural) => {
            encoding_extension(scalar, &mut schema_data);
            string(Some(natural.spec_name()))
        }
        Scalar::Bytes => string(Some("byte")),
        Scalar::BytesBase64Url => string(Some("base64url")),
        Scalar::Duration => string(Some("duration")),
        // A string of its own form: the encoding says which.
        Scalar::DurationConstant => {
            encoding_extension(scalar, &mut schema_data);
            string(None)
        }
        // Numbers of a unit: the encoding says which (`x-specgen-encoding`).
        Scalar::DurationSeconds | Scalar::DurationMilliseconds | Scalar::UnixTimestamp => {
            encoding_extension(scalar, &mut schema_data);
            oa::SchemaKind::Type(oa::Type::Integer(oa::IntegerType {
                format: oa::VariantOrUnknownOrEmpty::Item(oa::IntegerFormat::Int64),
                ..Default::default()
            }))
        }
        Scalar::DurationSecondsFloat | Scalar::DurationMillisecondsFloat => {
            encoding_extension(scalar, &mut schema_data);
            oa::SchemaKind::Type(oa::Type::Number(oa::NumberType {
                format: oa::VariantOrUnknownOrEmpty::Item(oa::NumberFormat::Double),
                ..Default::default()
            }))
        }
        // Any JSON value, `null` included.
        Scalar::Json => {
            schema_data.nullable = true;
            oa::SchemaKind::Any(oa::AnySchema::default())
        }
    };
    oa::Schema {
        schema_data,
        schema_kind,
    }
}

/// `x-specgen-type` and `x-specgen-encoding`: the spec's type and encoding of a number that is a
/// duration or a date-time, or of a string that is a number or a boolean.
fn encoding_extension(scalar: Scalar, schema_data: &mut oa::SchemaData) {
    if let Some((base, encoding)) = scalar.encoding() {
        schema_data
            .extensions
            .insert("x-specgen-type".to_owned(), json!(base.spec_name()));
        schema_data
            .extensions
            .insert("x-specgen-encoding".to_owned(), json!(encoding));
    }
}

/// A scalar value given as text in the spec, as the JSON value of its type: numbers and
/// booleans as such, everything else as a string.
pub(super) fn scalar_value(scalar: Scalar, text: &str) -> Value {
    match scalar {
        Scalar::DurationSeconds | Scalar::DurationMilliseconds | Scalar::UnixTimestamp => text
            .parse::<i64>()
            .map_or_else(|_| Value::String(text.to_owned()), Value::from),
        Scalar::DurationSecondsFloat | Scalar::DurationMillisecondsFloat => text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map_or_else(|| Value::String(text.to_owned()), Value::Number),
        scalar if scalar.integer_range().is_some() => text
            .parse::<i64>()
            .map(Value::from)
            .or_else(|_| text.parse::<u64>().map(Value::from))
            .unwrap_or_else(|_| Value::String(text.to_owned())),
        Scalar::Float32 | Scalar::Float64 | Scalar::Decimal => text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map_or_else(|| Value::String(text.to_owned()), Value::Number),
        Scalar::Boolean => match text {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => Value::String(text.to_owned()),
        },
        _ => Value::String(text.to_owned()),
    }
}
