//! The schemas of unions: `anyOf` their variants (reading takes the first that holds a
//! value), or, with a discriminator, `oneOf` objects that name their variant.

use openapiv3 as oa;

use super::{json_value, text, type_schema};
use crate::model::{Literal, Union, UnionDiscriminator, UnionVariant, VariantKind};

/// A union's schema.
pub(super) fn union_schema(union: &Union, locale: &str) -> oa::Schema {
    let schema_data = oa::SchemaData {
        description: text(union.description.get(locale)),
        example: union.example.as_deref().and_then(json_value),
        ..Default::default()
    };
    let Some(discriminator) = &union.discriminator else {
        let any_of = union.reading_order().map(variant_schema).collect();
        return oa::Schema {
            schema_data,
            schema_kind: oa::SchemaKind::AnyOf { any_of },
        };
    };
    let one_of = union
        .variants
        .iter()
        .map(|v| oa::ReferenceOr::Item(tagged_schema(v, discriminator)))
        .collect();
    oa::Schema {
        schema_data: oa::SchemaData {
            discriminator: Some(oa::Discriminator {
                property_name: discriminator.property.clone(),
                ..Default::default()
            }),
            ..schema_data
        },
        schema_kind: oa::SchemaKind::OneOf { one_of },
    }
}

fn variant_schema(variant: &UnionVariant) -> oa::ReferenceOr<oa::Schema> {
    match &variant.kind {
        VariantKind::Type(ty) => type_schema(ty),
        VariantKind::Literal(literal) => oa::ReferenceOr::Item(literal_schema(literal)),
    }
}

/// A one-value schema of the literal's type.
fn literal_schema(literal: &Literal) -> oa::Schema {
    let schema_type = match literal {
        Literal::String(text) => oa::Type::String(oa::StringType {
            enumeration: vec![Some(text.clone())],
            ..Default::default()
        }),
        Literal::Integer(n, _) => oa::Type::Integer(oa::IntegerType {
            enumeration: vec![i64::try_from(*n).ok()],
            ..Default::default()
        }),
        Literal::Float(n, _) => oa::Type::Number(oa::NumberType {
            enumeration: vec![Some(*n)],
            ..Default::default()
        }),
        Literal::Boolean(b) => oa::Type::Boolean(oa::BooleanType {
            enumeration: vec![Some(*b)],
        }),
    };
    oa::Schema {
        schema_data: oa::SchemaData::default(),
        schema_kind: oa::SchemaKind::Type(schema_type),
    }
}

/// An object whose discriminator is the variant's name, with the variant's value in the
/// envelope or its members beside the discriminator.
fn tagged_schema(variant: &UnionVariant, discriminator: &UnionDiscriminator) -> oa::Schema {
    let tag = literal_schema(&Literal::String(variant.name.wire.clone()));
    let mut object = oa::ObjectType::default();
    object.properties.insert(
        discriminator.property.clone(),
        oa::ReferenceOr::Item(Box::new(tag)),
    );
    object.required.push(discriminator.property.clone());
    let value = variant_schema(variant);
    let tagged = |object| oa::Schema {
        schema_data: oa::SchemaData::default(),
        schema_kind: oa::SchemaKind::Type(oa::Type::Object(object)),
    };
    match &discriminator.envelope {
        Some(envelope) => {
            let boxed = match value {
                oa::ReferenceOr::Item(schema) => oa::ReferenceOr::Item(Box::new(schema)),
                oa::ReferenceOr::Reference { reference } => {
                    oa::ReferenceOr::Reference { reference }
                }
            };
            object.properties.insert(envelope.clone(), boxed);
            object.required.push(envelope.clone());
            tagged(object)
        }
        None => oa::Schema {
            schema_data: oa::SchemaData::default(),
            schema_kind: oa::SchemaKind::AllOf {
                all_of: vec![value, oa::ReferenceOr::Item(tagged(object))],
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Name, Scalar, Text, Type};

    fn variant(name: &str, kind: VariantKind) -> UnionVariant {
        UnionVariant {
            name: Name {
                wire: name.to_owned(),
                rust: name.to_owned(),
                raw: false,
            },
            description: Text::default(),
            kind,
        }
    }

    fn union(discriminator: Option<UnionDiscriminator>) -> Union {
        Union {
            name: Name {
                wire: "Pet".to_owned(),
                rust: "Pet".to_owned(),
                raw: false,
            },
            description: Text::default(),
            variants: vec![
                variant("cat", VariantKind::Type(Type::Struct("Cat".to_owned()))),
                variant(
                    "two",
                    VariantKind::Literal(Literal::Integer(2, Scalar::Int32)),
                ),
            ],
            discriminator,
            example: None,
        }
    }

    #[test]
    fn a_union_is_any_of_its_variants_in_reading_order() {
        let schema = serde_json::to_value(union_schema(&union(None), "en")).unwrap();
        assert_eq!(
            schema,
            serde_json::json!({"anyOf": [
                {"type": "integer", "enum": [2]},
                {"$ref": "#/components/schemas/Cat"},
            ]})
        );
    }

    #[test]
    fn a_discriminated_union_is_one_of_objects_that_name_their_variant() {
        let discriminator = |envelope: Option<&str>| UnionDiscriminator {
            property: "kind".to_owned(),
            envelope: envelope.map(str::to_owned),
        };
        let mut pet = union(Some(discriminator(Some("value"))));
        pet.variants.truncate(1);
        let schema = serde_json::to_value(union_schema(&pet, "en")).unwrap();
        let tag = serde_json::json!({"type": "string", "enum": ["cat"]});
        assert_eq!(schema["discriminator"]["propertyName"], "kind");
        assert_eq!(
            schema["oneOf"][0],
            serde_json::json!({"type": "object", "required": ["kind", "value"], "properties": {
                "kind": tag, "value": {"$ref": "#/components/schemas/Cat"}}})
        );
        pet.discriminator = Some(discriminator(None));
        let schema = serde_json::to_value(union_schema(&pet, "en")).unwrap();
        assert_eq!(
            schema["oneOf"][0]["allOf"],
            serde_json::json!([{"$ref": "#/components/schemas/Cat"},
                {"type": "object", "required": ["kind"], "properties": {"kind": tag}}])
        );
    }
}
