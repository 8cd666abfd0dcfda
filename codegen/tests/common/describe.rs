//! Reading an OpenAPI schema back as the spec type it stands for, for the export's tests.

use openapiv3::{
    AdditionalProperties, IntegerFormat, OpenAPI, ReferenceOr, Schema, SchemaKind, StringFormat,
    Type as OaType, VariantOrUnknownOrEmpty,
};
use serde_json::json;
use specgen::model::{Scalar, Type};

pub fn describe_boxed(document: &OpenAPI, schema: &ReferenceOr<Box<Schema>>) -> Type {
    match schema {
        ReferenceOr::Reference { reference } => describe_reference(document, reference),
        ReferenceOr::Item(schema) => describe_schema(document, schema),
    }
}

/// The spec type a schema stands for.
pub fn describe(document: &OpenAPI, schema: &ReferenceOr<Schema>) -> Type {
    match schema {
        ReferenceOr::Reference { reference } => describe_reference(document, reference),
        ReferenceOr::Item(schema) => describe_schema(document, schema),
    }
}

pub fn describe_reference(document: &OpenAPI, reference: &str) -> Type {
    let name = reference
        .strip_prefix("#/components/schemas/")
        .unwrap_or_else(|| panic!("`{reference}` is not a schema reference"));
    let component = document.components.as_ref().expect("components").schemas[name]
        .as_item()
        .expect("an inline component");
    match &component.schema_kind {
        SchemaKind::Type(OaType::String(string)) if !string.enumeration.is_empty() => {
            Type::Enum(name.to_owned())
        }
        SchemaKind::Type(OaType::Integer(integer)) if !integer.enumeration.is_empty() => {
            Type::Enum(name.to_owned())
        }
        SchemaKind::Type(OaType::Number(number)) if !number.enumeration.is_empty() => {
            Type::Enum(name.to_owned())
        }
        SchemaKind::Type(OaType::Boolean(boolean)) if !boolean.enumeration.is_empty() => {
            Type::Enum(name.to_owned())
        }
        SchemaKind::Type(OaType::Object(_)) => Type::Struct(name.to_owned()),
        // A discriminated base is one of its derived types' components, a discriminated union
        // one of inline objects that name their variant; a union is any of its variants.
        SchemaKind::OneOf { one_of } if component.schema_data.discriminator.is_some() => {
            match one_of.iter().all(|s| s.as_item().is_none()) {
                true => Type::Polymorphic(name.to_owned()),
                false => Type::Union(name.to_owned()),
            }
        }
        SchemaKind::AnyOf { .. } => Type::Union(name.to_owned()),
        other => panic!("component {name} is neither a struct nor an enumeration: {other:?}"),
    }
}

fn describe_schema(document: &OpenAPI, schema: &Schema) -> Type {
    // A `nullable<T>` (any JSON value includes null already).
    if schema.schema_data.nullable && !matches!(schema.schema_kind, SchemaKind::Any(_)) {
        let mut inner = schema.clone();
        inner.schema_data.nullable = false;
        return Type::Nullable(Box::new(describe_schema(document, &inner)));
    }
    // A list written as one delimited string.
    if let Some(items) = schema.schema_data.extensions.get("x-specgen-items") {
        let items: ReferenceOr<Schema> = serde_json::from_value(items.clone()).expect("a schema");
        return Type::List(Box::new(describe(document, &items)));
    }
    let extension = schema.schema_data.extensions.get("x-specgen-type");
    // A number that is a duration or a date-time in an encoding, or a quoted number.
    if let (Some(base), Some(encoding)) = (
        extension.and_then(|value| value.as_str()),
        schema
            .schema_data
            .extensions
            .get("x-specgen-encoding")
            .and_then(|value| value.as_str()),
    ) {
        let scalar = Scalar::named(base)
            .and_then(|scalar| scalar.encoded(encoding))
            .unwrap_or_else(|| panic!("`{base}` in `{encoding}`"));
        return Type::Scalar(scalar);
    }
    match &schema.schema_kind {
        SchemaKind::AllOf { all_of } if all_of.len() == 1 => describe(document, &all_of[0]),
        SchemaKind::Type(OaType::String(string)) => Type::Scalar(match &string.format {
            VariantOrUnknownOrEmpty::Empty if extension == Some(&json!("email-list")) => {
                Scalar::EmailList
            }
            VariantOrUnknownOrEmpty::Empty if extension == Some(&json!("http-date")) => {
                Scalar::HttpDate
            }
            VariantOrUnknownOrEmpty::Empty => Scalar::String,
            VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Scalar::Date,
            VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Scalar::DateTime,
            VariantOrUnknownOrEmpty::Unknown(format) if format == "uuid" => Scalar::Guid,
            VariantOrUnknownOrEmpty::Unknown(format) if format == "time" => Scalar::PlainTime,
            VariantOrUnknownOrEmpty::Unknown(format) if format == "date-time-local" => {
                Scalar::PlainDateTime
            }
            VariantOrUnknownOrEmpty::Unknown(format) if format == "uri" => Scalar::Url,
            VariantOrUnknownOrEmpty::Unknown(format) if format == "uri-reference" => {
                Scalar::UrlReference
            }
            VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => Scalar::Bytes,
            VariantOrUnknownOrEmpty::Unknown(format) if format == "byte" => Scalar::Bytes,
            VariantOrUnknownOrEmpty::Unknown(format) if format == "base64url" => {
                Scalar::BytesBase64Url
            }
            VariantOrUnknownOrEmpty::Unknown(format) if format == "duration" => Scalar::Duration,
            other => panic!("an unexpected string format {other:?}"),
        }),
        SchemaKind::Type(OaType::Integer(integer)) => Type::Scalar(match &integer.format {
            VariantOrUnknownOrEmpty::Item(IntegerFormat::Int64) => Scalar::Integer,
            VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Scalar::Int32,
            VariantOrUnknownOrEmpty::Unknown(format) => {
                let scalar = Scalar::named(format)
                    .filter(|scalar| scalar.integer_range().is_some())
                    .unwrap_or_else(|| panic!("an integer of format {format}"));
                let (minimum, maximum) = scalar.integer_range().expect("an integer");
                assert_eq!(integer.minimum, i64::try_from(minimum).ok(), "{format}");
                assert_eq!(integer.maximum, i64::try_from(maximum).ok(), "{format}");
                scalar
            }
            other => panic!("an integer of format {other:?}"),
        }),
        SchemaKind::Type(OaType::Boolean(_)) => Type::Scalar(Scalar::Boolean),
        SchemaKind::Type(OaType::Number(number)) => match &number.format {
            openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::NumberFormat::Float) => {
                Type::Scalar(Scalar::Float32)
            }
            openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::NumberFormat::Double) => {
                Type::Scalar(Scalar::Float64)
            }
            openapiv3::VariantOrUnknownOrEmpty::Unknown(format) if format == "decimal" => {
                Type::Scalar(Scalar::Decimal)
            }
            other => panic!("a number of format {other:?}"),
        },
        SchemaKind::Type(OaType::Array(array)) => Type::List(Box::new(describe_boxed(
            document,
            array.items.as_ref().expect("array items"),
        ))),
        SchemaKind::Type(OaType::Object(object)) => match &object.additional_properties {
            Some(AdditionalProperties::Schema(item)) if object.properties.is_empty() => {
                Type::Map(Box::new(describe(document, item)))
            }
            other => panic!("an inline object that is not a map: {other:?}"),
        },
        SchemaKind::Any(any) if *any == openapiv3::AnySchema::default() => {
            assert!(schema.schema_data.nullable, "any JSON value includes null");
            Type::Scalar(Scalar::Json)
        }
        other => panic!("an unexpected schema {other:?}"),
    }
}
