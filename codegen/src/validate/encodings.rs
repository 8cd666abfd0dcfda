//! Encodings: the `encoding` key of properties, parameters, headers and bodies, which names a
//! wire form other than a type's natural one, or a delimited list.

use super::*;

/// `ty` in the wire form `encoding` names, which applies to its scalar, or to the scalar of its
/// elements. `Err` with the scalar it does not apply to (`None`: no scalar, an object or an
/// enumeration).
pub(super) fn encoded(ty: &Type, encoding: &str) -> Result<Type, Option<Scalar>> {
    match ty {
        Type::Scalar(scalar) => scalar
            .encoded(encoding)
            .map(Type::Scalar)
            .ok_or(Some(*scalar)),
        Type::List(item) => encoded(item, encoding).map(|item| Type::List(Box::new(item))),
        Type::Map(item) => encoded(item, encoding).map(|item| Type::Map(Box::new(item))),
        Type::Nullable(item) => encoded(item, encoding).map(|item| Type::Nullable(Box::new(item))),
        Type::Struct(_) | Type::Enum(_) | Type::Polymorphic(_) | Type::Union(_) => Err(None),
    }
}

/// The type inside a type's lists, maps and `nullable`s.
fn innermost(ty: &Type) -> &Type {
    match ty {
        Type::List(item) | Type::Map(item) | Type::Nullable(item) => innermost(item),
        ty => ty,
    }
}

impl FilePass<'_> {
    /// `ty` in the form its `encoding` key names, or `None` (reported) when it does not apply.
    pub(super) fn with_encoding(
        &mut self,
        ty: Type,
        encoding: Option<&Spanned<String>>,
        path: &str,
    ) -> Option<Type> {
        let Some(encoding) = encoding else {
            return Some(ty);
        };
        match encoded(&ty, encoding.value.trim()) {
            Ok(ty) => Some(ty),
            Err(scalar) => {
                let allowed = scalar.map_or_else(Vec::new, |scalar| {
                    Scalar::ENCODINGS
                        .iter()
                        .filter(|(base, _, _)| *base == scalar)
                        .map(|(_, name, _)| *name)
                        .collect()
                });
                let ty = match (scalar, innermost(&ty)) {
                    (Some(scalar), _) => scalar.spec_name().to_owned(),
                    (
                        None,
                        Type::Struct(name)
                        | Type::Enum(name)
                        | Type::Polymorphic(name)
                        | Type::Union(name),
                    ) => name.clone(),
                    (None, _) => encoding.value.clone(),
                };
                self.report(
                    &encoding.referenced,
                    path,
                    rules::EncodingNotApplicable {
                        encoding: encoding.value.clone(),
                        ty,
                        allowed,
                    },
                );
                None
            }
        }
    }

    /// Whether a property of type `ty` can be a delimited list: a list (or a `nullable` one)
    /// whose elements are written as JSON strings. Reports it otherwise.
    pub(super) fn delimited(
        &mut self,
        ty: &Type,
        encoding: &Spanned<String>,
        path: &str,
        types: &TypeTable,
    ) -> bool {
        let element = match ty {
            Type::List(item) => Some(&**item),
            Type::Nullable(inner) => match &**inner {
                Type::List(item) => Some(&**item),
                _ => None,
            },
            _ => None,
        };
        let string_element = element.is_some_and(|item| match item {
            Type::Scalar(scalar) => scalar.json_is_string(),
            Type::Enum(name) => types
                .enums
                .iter()
                .any(|e| e.name.rust == *name && e.value_type == Scalar::String),
            _ => false,
        });
        if !string_element {
            self.report(
                &encoding.referenced,
                path,
                rules::DelimitedNotApplicable {
                    encoding: encoding.value.clone(),
                },
            );
        }
        string_element
    }

    /// A scalar in the form its `encoding` key names.
    pub(super) fn scalar_with_encoding(
        &mut self,
        scalar: Scalar,
        encoding: Option<&Spanned<String>>,
        path: &str,
    ) -> Option<Scalar> {
        match self.with_encoding(Type::Scalar(scalar), encoding, path)? {
            Type::Scalar(scalar) => Some(scalar),
            _ => None,
        }
    }
}
