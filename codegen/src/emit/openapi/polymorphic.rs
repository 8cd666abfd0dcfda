//! The schemas of discriminated bases: `oneOf` their derived types, with a discriminator.

use openapiv3 as oa;

use super::{json_value, reference, scalar_schema, text};
use crate::model::{Polymorphic, Scalar, Struct};

/// A discriminated base: one of its derived types, told apart by the discriminator's value,
/// or else its other values' struct.
pub(super) fn polymorphic_schema(polymorphic: &Polymorphic, locale: &str) -> oa::Schema {
    let mapping = polymorphic
        .variants
        .iter()
        .map(|v| {
            let target = format!("#/components/schemas/{}", v.name.rust);
            (v.name.wire.clone(), target)
        })
        .collect();
    let one_of = polymorphic
        .variants
        .iter()
        .map(|v| reference(&v.name.rust))
        .chain([reference(&polymorphic.other)])
        .collect();
    oa::Schema {
        schema_data: oa::SchemaData {
            description: text(polymorphic.description.get(locale)),
            example: polymorphic.example.as_deref().and_then(json_value),
            discriminator: Some(oa::Discriminator {
                property_name: polymorphic.discriminator.wire.clone(),
                mapping,
                ..Default::default()
            }),
            ..Default::default()
        },
        schema_kind: oa::SchemaKind::OneOf { one_of },
    }
}

/// The discriminator a derived struct's schema states: its value, required.
pub(super) fn add_tag(structure: &Struct, schema: &mut oa::Schema) {
    let (Some(tag), oa::SchemaKind::Type(oa::Type::Object(object))) =
        (&structure.tag, &mut schema.schema_kind)
    else {
        return;
    };
    let mut value = scalar_schema(Scalar::String);
    if let oa::SchemaKind::Type(oa::Type::String(string)) = &mut value.schema_kind {
        string.enumeration = vec![Some(tag.value.clone())];
    }
    object
        .properties
        .insert(tag.property.clone(), oa::ReferenceOr::Item(Box::new(value)));
    object.required.insert(0, tag.property.clone());
}
