//! The schemas of structs and their properties: descriptions, nullability, read-only members,
//! defaults, bounds and delimited lists.

use openapiv3 as oa;
use serde_json::{Value, json};

use super::{json_value, scalar_schema, scalar_value, text, type_schema};
use crate::model::{Constraints, Delimiter, Field, Scalar, Struct, Type};

pub(super) fn struct_schema(structure: &Struct, locale: &str) -> oa::Schema {
    let properties = structure
        .fields
        .iter()
        .map(|field| (field.name.wire.clone(), field_schema(field, locale)))
        .collect();
    let required = structure
        .fields
        .iter()
        .filter(|field| field.required)
        .map(|field| field.name.wire.clone())
        .collect();
    oa::Schema {
        schema_data: oa::SchemaData {
            description: text(structure.description.get(locale)),
            example: structure.example.as_deref().and_then(json_value),
            ..Default::default()
        },
        schema_kind: oa::SchemaKind::Type(oa::Type::Object(oa::ObjectType {
            properties,
            required,
            additional_properties: structure
                .additional
                .as_ref()
                .map(|ty| oa::AdditionalProperties::Schema(Box::new(type_schema(ty)))),
            ..Default::default()
        })),
    }
}

/// A property's schema, with its description and nullability. A named type's reference is
/// wrapped in `allOf` for them, since OpenAPI 3.0 ignores the siblings of a `$ref`.
fn field_schema(field: &Field, locale: &str) -> oa::ReferenceOr<Box<oa::Schema>> {
    let description = text(field.description.get(locale));
    let ty_schema = match (field.delimiter, &field.ty) {
        (Some(delimiter), Type::List(item)) => delimited_schema(delimiter, item),
        _ => type_schema(&field.ty),
    };
    let mut schema = match ty_schema {
        oa::ReferenceOr::Reference { reference }
            if description.is_none()
                && !field.nullable
                && !field.read_only
                && field.default.is_none() =>
        {
            return oa::ReferenceOr::Reference { reference };
        }
        reference @ oa::ReferenceOr::Reference { .. } => oa::Schema {
            schema_data: oa::SchemaData::default(),
            schema_kind: oa::SchemaKind::AllOf {
                all_of: vec![reference],
            },
        },
        oa::ReferenceOr::Item(schema) => schema,
    };
    schema.schema_data.nullable |= field.nullable;
    schema.schema_data.read_only |= field.read_only;
    add_bounds(&mut schema, &field.constraints);
    if field.explicit_null {
        // Absent leaves the value as it is, `null` clears it (a JSON merge patch).
        let extensions = &mut schema.schema_data.extensions;
        extensions.insert("x-specgen-explicit-null".to_owned(), Value::Bool(true));
    }
    schema.schema_data.default = field.default.as_deref().map(|text| match &field.ty {
        Type::Scalar(scalar) => scalar_value(*scalar, text),
        // A value of an enumeration of strings is a string; one of numbers, its number.
        _ => serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_owned())),
    });
    schema.schema_data.description = match (description, schema.schema_data.description.take()) {
        (Some(field), Some(scalar)) => Some(format!("{field}\n\n{scalar}")),
        (field, scalar) => field.or(scalar),
    };
    oa::ReferenceOr::Item(Box::new(schema))
}

/// A property's bounds on its schema: `minimum`, `maximum`, `minLength`, `maxLength`,
/// `minItems`, `maxItems`.
fn add_bounds(schema: &mut oa::Schema, bounds: &Constraints) {
    let count = |n: Option<u64>| n.and_then(|n| usize::try_from(n).ok());
    match &mut schema.schema_kind {
        oa::SchemaKind::Type(oa::Type::Integer(integer)) => {
            integer.minimum = bounds.minimum.map(|n| n as i64).or(integer.minimum);
            integer.maximum = bounds.maximum.map(|n| n as i64).or(integer.maximum);
        }
        oa::SchemaKind::Type(oa::Type::Number(number)) => {
            number.minimum = bounds.minimum.or(number.minimum);
            number.maximum = bounds.maximum.or(number.maximum);
        }
        oa::SchemaKind::Type(oa::Type::String(string)) => {
            string.min_length = count(bounds.min_length);
            string.max_length = count(bounds.max_length);
            string.pattern = bounds.pattern.clone().or(string.pattern.take());
        }
        oa::SchemaKind::Type(oa::Type::Array(array)) => {
            array.min_items = count(bounds.min_items);
            array.max_items = count(bounds.max_items);
        }
        _ => {}
    }
}

/// A list written as one string: a string, with the encoding and the elements' schema as
/// extensions (OpenAPI has no such form in a body).
fn delimited_schema(delimiter: Delimiter, item: &Type) -> oa::ReferenceOr<oa::Schema> {
    let mut schema = scalar_schema(Scalar::String);
    let extensions = &mut schema.schema_data.extensions;
    extensions.insert("x-specgen-encoding".into(), json!(delimiter.name()));
    let items = serde_json::to_value(type_schema(item)).unwrap_or_default();
    extensions.insert("x-specgen-items".into(), items);
    oa::ReferenceOr::Item(schema)
}
