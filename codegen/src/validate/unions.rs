//! Unions: their variants (types and literals), the discriminator that may name them, and
//! whether reading can tell them apart.

use super::types::MAX_TYPE_NESTING;
use super::*;
use crate::load::VariantSpec;
use crate::model::{Literal, OTHER_VARIANT, Union, UnionDiscriminator, UnionVariant, VariantKind};

impl FilePass<'_> {
    /// Declares a union in `types`.
    pub(super) fn union_type(
        &mut self,
        spec: &TypeSpec,
        name: Name,
        path: &str,
        types: &mut TypeTable,
    ) {
        self.union_keys(spec, path);
        let description = self.optional_text(&spec.description, &format!("{path}.description"));
        let discriminator = spec.discriminator.as_ref().map(|d| UnionDiscriminator {
            property: d.value.clone(),
            envelope: spec.envelope.as_ref().map(|e| e.value.clone()),
        });
        // `Other` keeps the values whose discriminator names no variant.
        let reserved: &[&str] = match discriminator {
            Some(_) => &[OTHER_VARIANT],
            None => &[],
        };
        let mut names = NameSpace::reserving(reserved);
        let mut literals = BTreeSet::new();
        let mut variants: Vec<(UnionVariant, &serde_saphyr::Location, String)> = Vec::new();
        let specs = spec.variants.iter().flatten().enumerate();
        for (index, variant) in specs {
            let path = format!("{path}.variants[{index}]");
            let at = &variant.referenced;
            let variant = &variant.value;
            let Some(kind) = self.variant_kind(
                variant,
                &spec.name.value,
                &discriminator,
                (at, &path),
                types,
            ) else {
                continue;
            };
            // Where the variant's type or value is written: what a clash points at.
            let (written, written_path) = match (&variant.value, &variant.ty) {
                (Some(value), _) => (&value.referenced, format!("{path}.value")),
                (None, Some(ty)) => (&ty.referenced, format!("{path}.type")),
                (None, None) => (at, path.clone()),
            };
            let twice = match &kind {
                VariantKind::Literal(literal) => (!literals.insert(literal.to_json().to_string()))
                    .then(|| literal.to_json().to_string()),
                VariantKind::Type(ty) => variants
                    .iter()
                    .any(|(v, _, _)| v.kind == kind)
                    .then(|| type_label(ty)),
            };
            if let Some(variant) = twice {
                let union = spec.name.value.clone();
                self.report(
                    written,
                    &written_path,
                    rules::VariantTwice { union, variant },
                );
                continue;
            }
            let Some(variant_name) =
                self.variant_name(variant, &kind, discriminator.is_some(), &path, at)
            else {
                continue;
            };
            if !self.unique(&mut names, &variant_name, at, &path, "variant") {
                continue;
            }
            let description =
                self.optional_text(&variant.description, &format!("{path}.description"));
            variants.push((
                UnionVariant {
                    name: variant_name,
                    description,
                    kind,
                },
                written,
                written_path,
            ));
        }
        if spec.variants.as_ref().is_some_and(Vec::is_empty) {
            self.report(
                &spec.name.referenced,
                &format!("{path}.variants"),
                rules::UnionWithoutVariants {
                    name: spec.name.value.clone(),
                },
            );
        }
        let sites = variants.iter().map(|(_, at, path)| (**at, path.clone()));
        types.union_sites.insert(name.rust.clone(), sites.collect());
        types.unions.push(Union {
            name,
            description,
            variants: variants.into_iter().map(|(v, _, _)| v).collect(),
            discriminator,
            example: spec.example.as_ref().map(|example| example.value.clone()),
        });
    }

    /// Reports the keys of object types and enumerations on a union, and an `envelope` without
    /// a `discriminator`.
    fn union_keys(&mut self, spec: &TypeSpec, path: &str) {
        let keys = [
            (
                "value-type",
                spec.value_type.as_ref().map(|k| &k.referenced),
            ),
            (
                "extensible",
                spec.extensible.as_ref().map(|k| &k.referenced),
            ),
            (
                "additional-properties",
                spec.additional_properties.as_ref().map(|k| &k.referenced),
            ),
            ("extends", spec.extends.as_ref().map(|k| &k.referenced)),
            (
                "discriminator-value",
                spec.discriminator_value.as_ref().map(|k| &k.referenced),
            ),
        ];
        for (key, at) in keys {
            if let Some(at) = at {
                self.report(
                    at,
                    &format!("{path}.{key}"),
                    rules::KeyOnUnion {
                        name: spec.name.value.clone(),
                        key,
                    },
                );
            }
        }
        if let (Some(envelope), None) = (&spec.envelope, &spec.discriminator) {
            self.report(
                &envelope.referenced,
                &format!("{path}.envelope"),
                rules::EnvelopeWithoutDiscriminator {
                    name: spec.name.value.clone(),
                },
            );
        }
    }

    /// What a variant holds: a literal of a scalar (with `value`), or a value of its `type`.
    fn variant_kind(
        &mut self,
        variant: &VariantSpec,
        union: &str,
        discriminator: &Option<UnionDiscriminator>,
        (at, path): (&serde_saphyr::Location, &str),
        types: &TypeTable,
    ) -> Option<VariantKind> {
        if let Some(value) = &variant.value {
            if discriminator.is_some() {
                self.report(
                    &value.referenced,
                    &format!("{path}.value"),
                    rules::LiteralInDiscriminatedUnion {
                        union: union.to_owned(),
                    },
                );
                return None;
            }
            return self
                .literal(value, variant.ty.as_ref(), path)
                .map(VariantKind::Literal);
        }
        let Some(ty_spec) = &variant.ty else {
            self.report(
                at,
                path,
                rules::VariantWithoutType {
                    union: union.to_owned(),
                },
            );
            return None;
        };
        let type_path = format!("{path}.type");
        let ty = self.type_reference(ty_spec, &type_path, types)?;
        if let Some(scalar) = misplaced_scalar(&ty, false) {
            self.misplaced(scalar, ty_spec, &type_path);
            return None;
        }
        let refused = match (&ty, discriminator) {
            (Type::Nullable(_), _) => Some(
                "a variant cannot be `null`: make the property, element or body that holds the union nullable instead",
            ),
            (Type::Struct(_), Some(UnionDiscriminator { envelope: None, .. })) => None,
            (_, Some(UnionDiscriminator { envelope: None, .. })) => Some(
                "without an `envelope`, a variant's members sit beside the discriminator: its type must be an object type",
            ),
            _ => None,
        };
        if let Some(reason) = refused {
            self.report(
                &ty_spec.referenced,
                &type_path,
                rules::VariantTypeNotAllowed {
                    union: union.to_owned(),
                    ty: ty_spec.value.clone(),
                    reason,
                },
            );
            return None;
        }
        if let (Type::Struct(rust), Some(d)) = (&ty, discriminator)
            && d.envelope.is_none()
            && types.fields(rust).iter().any(|f| f.name.wire == d.property)
        {
            self.report(
                &ty_spec.referenced,
                &type_path,
                rules::VariantDeclaresDiscriminator {
                    union: union.to_owned(),
                    ty: ty_spec.value.clone(),
                    discriminator: d.property.clone(),
                },
            );
            return None;
        }
        Some(VariantKind::Type(ty))
    }

    /// A literal variant's value, checked as its scalar type (`string` when `type` is left out).
    fn literal(
        &mut self,
        value: &Spanned<String>,
        ty: Option<&Spanned<String>>,
        path: &str,
    ) -> Option<Literal> {
        let scalar = match ty {
            None => Scalar::String,
            Some(ty) => match super::enums::literal_scalar(&ty.value) {
                Some(scalar) => scalar,
                None => {
                    self.report(
                        &ty.referenced,
                        &format!("{path}.type"),
                        rules::LiteralTypeNotAllowed {
                            ty: ty.value.clone(),
                        },
                    );
                    return None;
                }
            },
        };
        if let Err(bad) = check_scalar_text(&value.value, scalar) {
            self.report(
                &value.referenced,
                &format!("{path}.value"),
                rules::LiteralNotOfItsType {
                    value: value.value.clone(),
                    ty: scalar.spec_name(),
                    problem: bad.problem,
                },
            );
            return None;
        }
        let text = value.value.trim();
        Some(match scalar {
            Scalar::String => Literal::String(value.value.clone()),
            Scalar::Boolean => Literal::Boolean(text.eq_ignore_ascii_case("true")),
            Scalar::Float32 | Scalar::Float64 => {
                Literal::Float(text.parse().unwrap_or_default(), scalar)
            }
            _ => Literal::Integer(
                text.trim_start_matches('+').parse().unwrap_or_default(),
                scalar,
            ),
        })
    }

    /// The variant's name: its `name` in PascalCase, or one derived from its type or value.
    fn variant_name(
        &mut self,
        variant: &VariantSpec,
        kind: &VariantKind,
        discriminated: bool,
        path: &str,
        at: &serde_saphyr::Location,
    ) -> Option<Name> {
        if let Some(name) = &variant.name {
            let ident = self.ident(name, &format!("{path}.name"), Case::Pascal)?;
            return Some(Name {
                wire: name.value.clone(),
                ..ident
            });
        }
        if discriminated {
            self.report(
                at,
                &format!("{path}.name"),
                rules::DiscriminatedVariantWithoutName {},
            );
            return None;
        }
        let derived = match kind {
            VariantKind::Literal(Literal::String(text)) => {
                let spanned = variant.value.as_ref()?;
                let ident = self.ident(
                    &Spanned {
                        value: text.clone(),
                        ..spanned.clone()
                    },
                    &format!("{path}.value"),
                    Case::Pascal,
                )?;
                return Some(ident);
            }
            VariantKind::Literal(Literal::Boolean(b)) => {
                if *b {
                    "True".to_owned()
                } else {
                    "False".to_owned()
                }
            }
            VariantKind::Literal(Literal::Integer(..) | Literal::Float(..)) => {
                let text = variant.value.as_ref().map_or("", |v| v.value.as_str());
                super::enums::number_variant(text).rust
            }
            VariantKind::Type(ty) => type_variant_name(ty),
        };
        let wire = variant
            .value
            .as_ref()
            .or(variant.ty.as_ref())
            .map_or_else(|| derived.clone(), |v| v.value.clone());
        Some(Name {
            wire,
            rust: derived,
            raw: false,
        })
    }

    /// Reports the variants that reading can never pick, once every type is declared: one
    /// before them reads every value they could hold.
    pub(super) fn unreachable_variants(&mut self, types: &TypeTable) {
        for union in types.unions.iter().filter(|u| u.discriminator.is_none()) {
            let Some(sites) = types.union_sites.get(&union.name.rust) else {
                continue;
            };
            let typed: Vec<_> = union
                .variants
                .iter()
                .zip(sites)
                .filter_map(|(v, site)| match &v.kind {
                    VariantKind::Type(ty) => Some((v, shapes(ty, types, 0), site)),
                    VariantKind::Literal(_) => None,
                })
                .collect();
            for (index, (later, later_shapes, (at, path))) in typed.iter().enumerate() {
                let covering = typed[..index].iter().find(|(_, earlier, _)| {
                    later_shapes.accepted != 0
                        && earlier.total & later_shapes.accepted == later_shapes.accepted
                });
                if let Some((earlier, _, _)) = covering {
                    let rule = rules::UnreachableVariant {
                        union: union.name.wire.clone(),
                        variant: later.name.rust.clone(),
                        earlier: earlier.name.rust.clone(),
                    };
                    self.report(at, path, rule);
                }
            }
        }
    }
}

/// The variant name a type gives: its Rust name, or the scalar's name in PascalCase, with
/// `List` or `Map` after the element's for collections (`StringList`).
fn type_variant_name(ty: &Type) -> String {
    match ty {
        Type::Scalar(scalar) => scalar.spec_name().to_upper_camel_case(),
        Type::Struct(name) | Type::Enum(name) | Type::Polymorphic(name) | Type::Union(name) => {
            name.clone()
        }
        Type::List(item) => format!("{}List", type_variant_name(item)),
        Type::Map(item) => format!("{}Map", type_variant_name(item)),
        Type::Nullable(item) => format!("Nullable{}", type_variant_name(item)),
    }
}

/// How a type shows in a diagnostic.
fn type_label(ty: &Type) -> String {
    match ty {
        Type::Scalar(scalar) => scalar.spec_name().to_owned(),
        Type::Struct(name) | Type::Enum(name) | Type::Polymorphic(name) | Type::Union(name) => {
            format!("`{name}`")
        }
        Type::List(item) => format!("list<{}>", type_label(item)),
        Type::Map(item) => format!("map<{}>", type_label(item)),
        Type::Nullable(item) => format!("nullable<{}>", type_label(item)),
    }
}

/// The kinds of JSON value a type reads (`accepted`), and those of which it reads every value
/// (`total`): a later variant whose `accepted` an earlier one's `total` covers is never read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Shapes {
    accepted: u8,
    total: u8,
}

const STRING: u8 = 1;
const INTEGER: u8 = 2;
const FRACTION: u8 = 4;
const BOOLEAN: u8 = 8;
const ARRAY: u8 = 16;
const OBJECT: u8 = 32;
const NULL: u8 = 64;

/// The [`Shapes`] of a type.
pub(super) fn shapes(ty: &Type, types: &TypeTable, depth: usize) -> Shapes {
    // A union may hold itself (through a list): its deeper levels count as unknown.
    if depth > MAX_TYPE_NESTING {
        return Shapes {
            accepted: 0,
            total: 0,
        };
    }
    let shapes = |ty: &Type, types: &TypeTable| shapes(ty, types, depth + 1);
    let partial = |accepted| Shapes { accepted, total: 0 };
    let total = |accepted| Shapes {
        accepted,
        total: accepted,
    };
    match ty {
        Type::Scalar(Scalar::Json) => {
            total(STRING | INTEGER | FRACTION | BOOLEAN | ARRAY | OBJECT | NULL)
        }
        Type::Scalar(Scalar::String) => total(STRING),
        Type::Scalar(Scalar::Boolean) => total(BOOLEAN),
        Type::Scalar(Scalar::Float64) => total(INTEGER | FRACTION),
        Type::Scalar(Scalar::Float32) => partial(INTEGER | FRACTION),
        Type::Scalar(Scalar::Decimal) => partial(STRING | INTEGER | FRACTION),
        Type::Scalar(scalar) if scalar.integer_range().is_some() => partial(INTEGER),
        Type::Scalar(_) => partial(STRING),
        Type::Enum(name) => match types.enums.iter().find(|e| e.name.rust == *name) {
            Some(e) if e.extensible => total(literal_shape(e.value_type)),
            Some(e) => partial(literal_shape(e.value_type)),
            None => partial(0),
        },
        Type::List(item) => match shapes(item, types) {
            inner if inner.total == inner.accepted && inner.accepted != 0 => total(ARRAY),
            _ => partial(ARRAY),
        },
        Type::Map(item) => match shapes(item, types) {
            inner if inner.total == inner.accepted && inner.accepted != 0 => total(OBJECT),
            _ => partial(OBJECT),
        },
        // Every object reads as a discriminated base: another discriminator is `Other`.
        Type::Polymorphic(_) => total(OBJECT),
        // An object type without members it needs (required, not read-only) reads every object.
        Type::Struct(name) => match types
            .fields(name)
            .iter()
            .any(|f| f.required && !f.read_only)
        {
            false
                if !types
                    .structs
                    .iter()
                    .any(|s| s.name.rust == *name && s.tag.is_some()) =>
            {
                total(OBJECT)
            }
            _ => partial(OBJECT),
        },
        Type::Union(name) => match types.unions.iter().find(|u| u.name.rust == *name) {
            Some(union) if union.discriminator.is_some() => partial(OBJECT),
            Some(union) => union
                .variants
                .iter()
                .map(|v| match &v.kind {
                    VariantKind::Type(ty) => shapes(ty, types),
                    VariantKind::Literal(_) => partial(0),
                })
                .fold(partial(0), |a, b| Shapes {
                    accepted: a.accepted | b.accepted,
                    total: a.total | b.total,
                }),
            None => partial(0),
        },
        Type::Nullable(item) => {
            let inner = shapes(item, types);
            Shapes {
                accepted: inner.accepted | NULL,
                total: inner.total | NULL,
            }
        }
    }
}

fn literal_shape(scalar: Scalar) -> u8 {
    match scalar {
        Scalar::String => STRING,
        Scalar::Boolean => BOOLEAN,
        Scalar::Float32 | Scalar::Float64 => INTEGER | FRACTION,
        _ => INTEGER,
    }
}
