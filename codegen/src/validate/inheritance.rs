//! Inheritance: `extends`, discriminators, and the enums of discriminated bases.
//!
//! A type that `extends` another has the other's properties first, then its own. A base with a
//! `discriminator` that other types extend becomes a [`Polymorphic`] enum: a variant per
//! derived type, chosen by the `discriminator-value` each one states, and one more for a value
//! that names none of them (kept whole in the struct [`Polymorphic::other`]).

use super::*;
use crate::model::{DerivedVariant, Polymorphic, Tag};

/// What an object type passes on to the types that extend it.
#[derive(Debug, Clone, Default)]
pub(super) struct Inheritance {
    /// Its fields and its ancestors', without their discriminators.
    pub(super) fields: Vec<Field>,
    /// The type of its additional properties, its own or inherited.
    pub(super) additional: Option<Type>,
    /// The wire names of its and its ancestors' discriminators, which its descendants' values
    /// set: none of them may declare a property of that name.
    pub(super) discriminators: Vec<String>,
}

/// The declared fields of an object type, split by what inheritance makes of them.
pub(super) struct Inherited {
    /// Every field of the struct: the inherited ones first.
    pub(super) fields: Vec<Field>,
    /// The type of the additional properties.
    pub(super) additional: Option<Type>,
    /// The discriminator this type writes, when it extends a discriminated base.
    pub(super) tag: Option<Tag>,
}

impl FilePass<'_> {
    /// The indexes of `file`'s types with every base before the types that extend it.
    /// Reports an `extends` of no object type, circles, and inheritance keys of enumerations.
    pub(super) fn inheritance_order(&mut self, file: &ServiceFile) -> Vec<usize> {
        let by_name: BTreeMap<&str, usize> = file
            .types
            .iter()
            .enumerate()
            .map(|(index, spanned)| (spanned.value.name.value.as_str(), index))
            .collect();
        let mut base_of = vec![None; file.types.len()];
        for (index, spanned) in file.types.iter().enumerate() {
            let spec = &spanned.value;
            if spec.values.is_some() {
                self.enumeration_keys(spec, &format!("types[{index}]"));
                continue;
            }
            let Some(base) = &spec.extends else { continue };
            let found = by_name
                .get(base.value.as_str())
                .filter(|&&b| file.types[b].value.properties.is_some());
            match found {
                Some(&b) => base_of[index] = Some(b),
                None => {
                    let candidates = file
                        .types
                        .iter()
                        .filter(|t| t.value.properties.is_some())
                        .map(|t| t.value.name.value.clone())
                        .collect();
                    self.report(
                        &base.referenced,
                        &format!("types[{index}].extends"),
                        rules::UnknownBase {
                            name: spec.name.value.clone(),
                            base: base.value.clone(),
                            candidates,
                        },
                    );
                }
            }
        }
        let mut order = Vec::with_capacity(file.types.len());
        let mut placed = vec![false; file.types.len()];
        for start in 0..file.types.len() {
            // The chain up from `start` to a placed type or a type without a base.
            let mut chain = vec![start];
            let mut current = start;
            while let Some(base) = base_of[current].filter(|&base| !placed[base]) {
                if chain.contains(&base) {
                    let spec = &file.types[start].value;
                    if base == start {
                        let at = spec
                            .extends
                            .as_ref()
                            .map_or(&spec.name.referenced, |e| &e.referenced);
                        let rule = rules::InheritanceCycle {
                            name: spec.name.value.clone(),
                        };
                        self.report(at, &format!("types[{start}].extends"), rule);
                    }
                    break;
                }
                chain.push(base);
                current = base;
            }
            for &index in chain.iter().rev() {
                if !placed[index] {
                    placed[index] = true;
                    order.push(index);
                }
            }
        }
        order
    }

    fn enumeration_keys(&mut self, spec: &TypeSpec, path: &str) {
        for (key, at) in [
            ("extends", &spec.extends),
            ("discriminator", &spec.discriminator),
            ("discriminator-value", &spec.discriminator_value),
        ] {
            if let Some(at) = at {
                self.report(
                    &at.referenced,
                    &format!("{path}.{key}"),
                    rules::InheritanceOfEnumeration {
                        name: spec.name.value.clone(),
                        key,
                    },
                );
            }
        }
    }

    /// The fields of an object type with what it inherits, and what it passes on (recorded in
    /// `types`). `own` are the fields of its own `properties`.
    pub(super) fn inherit(
        &mut self,
        spec: &TypeSpec,
        own: Vec<Field>,
        additional: Option<Type>,
        path: &str,
        types: &mut TypeTable,
    ) -> Inherited {
        let base_name = spec.extends.as_ref().map(|base| base.value.as_str());
        let inheritance = base_name
            .and_then(|base| types.inheritance.get(base))
            .cloned()
            .unwrap_or_default();
        let mut fields = inheritance.fields.clone();
        let mut passed_on = inheritance.fields;
        for (index, field) in own.into_iter().enumerate() {
            let inherited = fields.iter().any(|f| f.name.wire == field.name.wire)
                || inheritance.discriminators.contains(&field.name.wire);
            if let (true, Some(base)) = (inherited, base_name) {
                let at = spec.properties.as_ref().and_then(|p| p.get(index));
                let at = at.map_or(&spec.name.referenced, |p| &p.value.name.referenced);
                let rule = rules::InheritedPropertyRedeclared {
                    property: field.name.wire.clone(),
                    base: base.to_string(),
                };
                self.report(at, &format!("{path}.properties[{index}].name"), rule);
                continue;
            }
            if spec.discriminator.as_ref().map(|d| &d.value) != Some(&field.name.wire) {
                passed_on.push(field.clone());
            }
            fields.push(field);
        }
        if spec.additional_properties.is_none() && inheritance.additional.is_some() {
            self.additional_taken(spec, &fields, path);
        }
        let additional = additional.or(inheritance.additional);
        let mut discriminators = inheritance.discriminators;
        discriminators.extend(spec.discriminator.as_ref().map(|d| d.value.clone()));
        let tag = self.tag(spec, types);
        types.inheritance.insert(
            spec.name.value.clone(),
            Inheritance {
                fields: passed_on,
                additional: additional.clone(),
                discriminators,
            },
        );
        Inherited {
            fields,
            additional,
            tag,
        }
    }

    /// The discriminator a derived type writes: its base's discriminator and its own value.
    fn tag(&self, spec: &TypeSpec, types: &TypeTable) -> Option<Tag> {
        let base = types.polymorphic_named(&spec.extends.as_ref()?.value)?;
        Some(Tag {
            property: base.discriminator.wire.clone(),
            value: spec.discriminator_value.as_ref()?.value.clone(),
        })
    }

    /// Declares the enum of a discriminated base that others extend, and the struct of its
    /// values that no derived type stands for (`Unknown{Base}`). Its variants are added by
    /// [`FilePass::derived_variants`] once every type is declared.
    pub(super) fn polymorphic_type(
        &mut self,
        spec: &TypeSpec,
        name: Name,
        inherited: Inherited,
        path: &str,
        types: &mut TypeTable,
        type_names: &mut NameSpace,
    ) {
        let Some(discriminator) = &spec.discriminator else {
            return;
        };
        let (declared, mut fields): (Vec<Field>, Vec<Field>) = inherited
            .fields
            .into_iter()
            .partition(|f| f.name.wire == discriminator.value);
        let declared = declared.into_iter().next();
        if let Some(field) = &declared {
            self.discriminator_type(field, spec, path, types);
        }
        let field_name = match &declared {
            Some(field) => field.name.clone(),
            None => match to_ident(&discriminator.value, Case::Snake) {
                Some(name) => name,
                None => {
                    let path = format!("{path}.discriminator");
                    self.ident(discriminator, &path, Case::Snake);
                    return;
                }
            },
        };
        if let Some(clash) = fields.iter().find(|f| f.name.rust == field_name.rust) {
            let rule = rules::SameRustName {
                what: "property".to_string(),
                wire: discriminator.value.clone(),
                other_wire: clash.name.wire.clone(),
                rust: field_name.rust.clone(),
                other: self.at(&spec.name.referenced),
            };
            self.report(
                &discriminator.referenced,
                &format!("{path}.discriminator"),
                rule,
            );
            return;
        }
        let Some(other) = self.derived_type_name(
            &format!("Unknown{}", name.rust),
            &spec.name.referenced,
            &format!("{path}.name"),
            &format!("the struct of the other values of `{}`", name.wire),
            type_names,
        ) else {
            return;
        };
        // As sent, whatever the declared type: a value no derived type stands for may be one
        // that the declared enumeration does not list either.
        let description = declared
            .as_ref()
            .map_or_else(Text::default, |f| f.description.clone());
        fields.insert(
            0,
            Field {
                name: field_name.clone(),
                ty: Type::Scalar(Scalar::String),
                required: false,
                nullable: false,
                delimiter: None,
                read_only: false,
                default: None,
                constraints: Constraints::default(),
                explicit_null: false,
                boxed: false,
                description,
            },
        );
        if inherited.additional.is_none() && self.additional_taken(spec, &fields, path) {
            return;
        }
        let description = self.optional_text(&spec.description, &format!("{path}.description"));
        types.structs.push(Struct {
            name: other.clone(),
            // Described by the emitter, as what the enum keeps in it.
            description: Text::default(),
            fields,
            // Nothing of a derived type this client does not know is lost.
            additional: Some(inherited.additional.unwrap_or(Type::Scalar(Scalar::Json))),
            example: None,
            inline: false,
            // The enum writes its own tag around this struct's members.
            tag: None,
        });
        types.polymorphic.push(Polymorphic {
            name,
            description,
            discriminator: Name {
                wire: discriminator.value.clone(),
                ..field_name
            },
            variants: Vec::new(),
            other: other.rust,
            tag: inherited.tag,
            example: spec.example.as_ref().map(|example| example.value.clone()),
        });
    }

    /// Reports a field named as the field of additional properties that the struct gets from
    /// inheritance (its base's, or `Unknown<Base>`'s), where the property is declared: here, or
    /// at the type when it is inherited. Whether there is one.
    fn additional_taken(&mut self, spec: &TypeSpec, fields: &[Field], path: &str) -> bool {
        let Some(field) = fields.iter().find(|f| f.name.rust == ADDITIONAL_PROPERTIES) else {
            return false;
        };
        let own = spec.properties.iter().flatten().enumerate();
        let own = own
            .map(|(index, p)| (index, &p.value))
            .find(|(_, p)| p.name.value == field.name.wire);
        let (at, path) = match own {
            Some((index, property)) => (
                &property.name.referenced,
                format!("{path}.properties[{index}].name"),
            ),
            None => (&spec.name.referenced, format!("{path}.name")),
        };
        let rule = rules::FieldTakenByAdditionalProperties {
            property: field.name.wire.clone(),
            field: ADDITIONAL_PROPERTIES,
        };
        self.report(at, &path, rule);
        true
    }

    /// A declared discriminator property: a string, or an enumeration of strings.
    fn discriminator_type(
        &mut self,
        field: &Field,
        spec: &TypeSpec,
        path: &str,
        types: &mut TypeTable,
    ) {
        let string_enum = match &field.ty {
            Type::Enum(rust) => types
                .enums
                .iter()
                .find(|e| e.name.rust == *rust)
                .is_some_and(|e| e.value_type == Scalar::String),
            _ => false,
        };
        if string_enum {
            if let Type::Enum(rust) = &field.ty {
                types
                    .discriminator_enums
                    .insert(spec.name.value.clone(), rust.clone());
            }
            return;
        }
        if field.ty == Type::Scalar(Scalar::String) {
            return;
        }
        let index = spec
            .properties
            .iter()
            .flatten()
            .position(|p| p.value.name.value == field.name.wire)
            .unwrap_or_default();
        let property = spec.properties.as_ref().and_then(|p| p.get(index));
        let at = property.map_or(&spec.name.referenced, |p| &p.value.ty.referenced);
        let ty = property.map_or_else(String::new, |p| p.value.ty.value.clone());
        let rule = rules::DiscriminatorNotAString {
            property: field.name.wire.clone(),
            ty,
        };
        self.report(at, &format!("{path}.properties[{index}].type"), rule);
    }

    /// The variants of every discriminated base: each type that extends one, by its
    /// `discriminator-value`. Reports values that are missing, repeated, unlisted, or given
    /// where no base has a discriminator.
    pub(super) fn derived_variants(&mut self, file: &ServiceFile, types: &mut TypeTable) {
        let mut seen: BTreeMap<(String, String), Location> = BTreeMap::new();
        for (index, spanned) in file.types.iter().enumerate() {
            let spec = &spanned.value;
            let path = format!("types[{index}]");
            let base = spec.extends.as_ref().and_then(|base| {
                file.types
                    .iter()
                    .map(|t| &t.value)
                    .find(|t| t.name.value == base.value && t.values.is_none())
            });
            let discriminator = base.and_then(|base| base.discriminator.as_ref());
            let (base, value) = match (base, discriminator, &spec.discriminator_value) {
                (Some(base), Some(_), Some(value)) => (base, value),
                (Some(base), Some(discriminator), None) => {
                    let rule = rules::MissingDiscriminatorValue {
                        name: spec.name.value.clone(),
                        base: base.name.value.clone(),
                        discriminator: discriminator.value.clone(),
                    };
                    self.report(&spec.name.referenced, &format!("{path}.name"), rule);
                    continue;
                }
                (_, None, Some(value)) if spec.values.is_none() => {
                    let rule = rules::ValueWithoutDiscriminator {
                        name: spec.name.value.clone(),
                    };
                    self.report(
                        &value.referenced,
                        &format!("{path}.discriminator-value"),
                        rule,
                    );
                    continue;
                }
                _ => continue,
            };
            let value_path = format!("{path}.discriminator-value");
            let key = (base.name.value.clone(), value.value.clone());
            if let Some(other) = seen.get(&key) {
                let rule = rules::DiscriminatorValueTwice {
                    value: value.value.clone(),
                    base: base.name.value.clone(),
                    other: other.clone(),
                };
                self.report(&value.referenced, &value_path, rule);
                continue;
            }
            seen.insert(key, self.at(&value.referenced));
            if let Some(enumeration) = types.discriminator_enums.get(&base.name.value) {
                let values = types.enum_values(enumeration).unwrap_or_default();
                if !values.iter().any(|v| v.name.wire == value.value) {
                    let rule = rules::DiscriminatorValueNotListed {
                        value: value.value.clone(),
                        enumeration: enumeration.clone(),
                        allowed: values.iter().map(|v| v.name.wire.clone()).collect(),
                    };
                    self.report(&value.referenced, &value_path, rule);
                    continue;
                }
            }
            let derived = types.shared.get(&spec.name.value).cloned();
            let rust = match &derived {
                Some(Type::Struct(rust) | Type::Polymorphic(rust)) => rust.clone(),
                _ => continue,
            };
            let variant = DerivedVariant {
                name: Name {
                    wire: value.value.clone(),
                    rust,
                    raw: false,
                },
                ty: derived.unwrap_or(Type::Scalar(Scalar::Json)),
            };
            if let Some(polymorphic) = types
                .polymorphic
                .iter_mut()
                .find(|p| p.name.wire == base.name.value)
            {
                polymorphic.variants.push(variant);
            }
        }
    }
}
