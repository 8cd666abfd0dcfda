//! Estimated sizes of generated types, for the two clippy lints that compare sizes:
//! `large_enum_variant` (a variant 200 bytes larger than the next) and `result_large_err` (an
//! `Err` of 128 bytes or more). The generated code allows a lint only where it may fire, so
//! the estimate errs on the large side and the allowance starts a margin below the threshold.
//!
//! Sizes are those of a 64-bit target, from the layouts of std, chrono, uuid, url and
//! serde_json; a struct is the sum of its fields rounded up to 8 (rustc reorders fields, so
//! padding stays within that).

use crate::model::{Scalar, Service, Type, VariantKind};

/// `clippy::large_enum_variant`'s default threshold, less the margin of the estimate.
const LARGE_VARIANT: usize = 200 - 32;
/// `clippy::result_large_err`'s default threshold, less the margin of the estimate.
const LARGE_ERR: usize = 128 - 16;
/// `specgen_runtime::Failure` (checked by the runtime's `error_sizes_stay_small` test).
pub(crate) const FAILURE: usize = 80;
/// A `Box`, reference or `fn` pointer.
pub(crate) const POINTER: usize = 8;
/// A `serde_json::Value`.
const JSON_VALUE: usize = 32;
/// Struct nesting followed before a type counts as "large": the validator refuses a struct
/// that contains itself by value, so this only bounds work on deep specs.
const DEPTH: usize = 32;

/// The estimated size of a value and whether `Option` of it costs nothing (a niche).
#[derive(Debug, Clone, Copy)]
struct Layout {
    size: usize,
    niche: bool,
}

/// The estimated size of a field of type `ty`, `Option` of it when `optional`.
pub(crate) fn field(service: &Service, ty: &Type, optional: bool) -> usize {
    let layout = layout(service, ty, 0);
    if optional && !layout.niche {
        round_up(layout.size + 1)
    } else {
        layout.size
    }
}

/// Whether an enum whose variants hold `variants` bytes may trip `large_enum_variant`.
pub(crate) fn has_large_variant(variants: &[usize]) -> bool {
    let mut sizes = variants.to_vec();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    match sizes.as_slice() {
        [largest, next, ..] => largest.saturating_sub(*next) >= LARGE_VARIANT,
        _ => false,
    }
}

/// Whether an error enum whose variants hold `variants` bytes may trip `result_large_err`.
pub(crate) fn is_large_error(variants: &[usize]) -> bool {
    // The discriminant: at most a word.
    variants.iter().max().copied().unwrap_or(0) + POINTER >= LARGE_ERR
}

/// The sizes of the variants of the enum of a discriminated base, its other values last.
pub(crate) fn polymorphic_sizes(service: &Service, name: &str, depth: usize) -> Vec<usize> {
    let Some(polymorphic) = service.polymorphic.iter().find(|p| p.name.rust == name) else {
        return Vec::new();
    };
    let other = Type::Struct(polymorphic.other.clone());
    polymorphic
        .variants
        .iter()
        .map(|v| &v.ty)
        .chain([&other])
        .map(|ty| layout(service, ty, depth + 1).size)
        .collect()
}

/// The sizes of the variants of a union (a literal holds nothing), its other values last
/// when it is discriminated.
pub(crate) fn union_sizes(service: &Service, name: &str, depth: usize) -> Vec<usize> {
    let Some(union) = service.unions.iter().find(|u| u.name.rust == name) else {
        return Vec::new();
    };
    let other = union.discriminator.as_ref().map(|_| JSON_VALUE);
    union
        .variants
        .iter()
        .map(|v| match &v.kind {
            VariantKind::Type(ty) => layout(service, ty, depth + 1).size,
            VariantKind::Literal(_) => 0,
        })
        .chain(other)
        .collect()
}

fn layout(service: &Service, ty: &Type, depth: usize) -> Layout {
    let (size, niche) = match ty {
        Type::Scalar(scalar) => scalar_layout(*scalar),
        Type::List(_) | Type::Map(_) | Type::Enum(_) => (24, true),
        Type::Struct(_) | Type::Polymorphic(_) | Type::Union(_) if depth > DEPTH => {
            (usize::MAX / 4, true)
        }
        Type::Union(name) => {
            let largest = union_sizes(service, name, depth)
                .into_iter()
                .max()
                .unwrap_or(0);
            (round_up(largest.saturating_add(POINTER)), true)
        }
        Type::Polymorphic(name) => {
            let variants = polymorphic_sizes(service, name, depth);
            // The discriminant: at most a word.
            let largest = variants.into_iter().max().unwrap_or(0);
            (round_up(largest.saturating_add(POINTER)), true)
        }
        Type::Nullable(item) => {
            let inner = layout(service, item, depth);
            if inner.niche {
                (inner.size, true)
            } else {
                (round_up(inner.size + 1), true)
            }
        }
        Type::Struct(name) => {
            let fields = service.types.iter().find(|s| s.name.rust == *name);
            let size = fields.map_or(0, |s| {
                s.fields
                    .iter()
                    .map(|f| {
                        if f.boxed {
                            return POINTER;
                        }
                        let inner = layout(service, &f.ty, depth + 1);
                        if f.explicit_null {
                            // Three states: a discriminant beside the value.
                            round_up(inner.size.saturating_add(POINTER))
                        } else if (!f.always_present() || f.nullable) && !inner.niche {
                            round_up(inner.size + 1)
                        } else {
                            inner.size
                        }
                    })
                    .fold(0, usize::saturating_add)
                    // The map of additional properties.
                    .saturating_add(s.additional.as_ref().map_or(0, |_| 24))
            });
            (round_up(size), true)
        }
    };
    Layout { size, niche }
}

fn scalar_layout(scalar: Scalar) -> (usize, bool) {
    match scalar {
        Scalar::String | Scalar::EmailList => (24, true),
        Scalar::Date => (4, true),
        Scalar::PlainTime => (8, false),
        Scalar::PlainDateTime => (12, true),
        Scalar::DateTime | Scalar::HttpDate => (16, true),
        Scalar::Guid => (16, false),
        Scalar::Integer | Scalar::SafeInt | Scalar::Uint64 | Scalar::Float64 => (8, false),
        Scalar::Int32 | Scalar::Uint32 => (4, false),
        Scalar::Int16 | Scalar::Uint16 => (2, false),
        Scalar::Int8 | Scalar::Uint8 => (1, false),
        Scalar::Float32 => (4, false),
        Scalar::Decimal => (16, false),
        Scalar::Boolean => (1, true),
        Scalar::Url | Scalar::UrlReference => (88, true),
        Scalar::Json => (JSON_VALUE, true),
        Scalar::Bytes | Scalar::BytesBase64Url => (24, true),
        Scalar::Duration
        | Scalar::DurationConstant
        | Scalar::DurationSeconds
        | Scalar::DurationSecondsFloat
        | Scalar::DurationMilliseconds
        | Scalar::DurationMillisecondsFloat => (16, true),
        Scalar::UnixTimestamp => (16, true),
        Scalar::Quoted(scalar) => scalar_layout(*scalar),
    }
}

fn round_up(size: usize) -> usize {
    size.div_ceil(8).saturating_mul(8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_far_apart_are_large() {
        assert!(has_large_variant(&[0, 400]));
        assert!(!has_large_variant(&[0, 100]));
        assert!(!has_large_variant(&[300, 290, 0]));
        assert!(!has_large_variant(&[500]));
    }

    #[test]
    fn errors_over_the_threshold_are_large() {
        assert!(is_large_error(&[FAILURE, 120]));
        assert!(!is_large_error(&[FAILURE, 32]));
    }
}
