//! Unions: a value that is one of several types or literals.

use super::{Name, Scalar, Text, Type};

/// A value that is one of several types or literals: a Rust enum with a variant per
/// alternative. Without a discriminator the wire form is the variant's own, and reading tries
/// the literals, then the types in spec order; with one, a member names the variant.
#[derive(Debug, Clone, PartialEq)]
pub struct Union {
    /// Rust name (PascalCase) and the spec's name.
    pub name: Name,
    /// What it is.
    pub description: Text,
    /// The alternatives, in spec order.
    pub variants: Vec<UnionVariant>,
    /// The member that names the variant, when one does.
    pub discriminator: Option<UnionDiscriminator>,
    /// A JSON example, already checked.
    pub example: Option<String>,
}

impl Union {
    /// The variants in the order reading tries them: literals first (they match exactly),
    /// then the types, in spec order.
    pub fn reading_order(&self) -> impl Iterator<Item = &UnionVariant> {
        let literals = self.variants.iter().filter(|v| v.literal().is_some());
        literals.chain(self.variants.iter().filter(|v| v.literal().is_none()))
    }
}

/// How a discriminated union says which variant a value is.
#[derive(Debug, Clone, PartialEq)]
pub struct UnionDiscriminator {
    /// The wire name of the member whose value is the variant's name (`kind`).
    pub property: String,
    /// The member that holds the variant's value (`value`); `None`: the variant's members sit
    /// beside the discriminator.
    pub envelope: Option<String>,
}

/// One alternative of a [`Union`].
#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    /// The Rust variant name; `wire` is the discriminator's value in a discriminated union,
    /// the spec's name otherwise.
    pub name: Name,
    /// What it means.
    pub description: Text,
    /// A type or a literal.
    pub kind: VariantKind,
}

impl UnionVariant {
    /// The literal, when the variant is one value.
    pub fn literal(&self) -> Option<&Literal> {
        match &self.kind {
            VariantKind::Literal(literal) => Some(literal),
            VariantKind::Type(_) => None,
        }
    }
}

/// What a [`UnionVariant`] holds.
#[derive(Debug, Clone, PartialEq)]
pub enum VariantKind {
    /// A value of a type (a tuple variant).
    Type(Type),
    /// One value (a unit variant).
    Literal(Literal),
}

/// A literal value of a union: a string, a number or a boolean.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    /// A string.
    String(String),
    /// An integer, and the type the spec gives it.
    Integer(i128, Scalar),
    /// A floating-point number, and the type the spec gives it.
    Float(f64, Scalar),
    /// `true` or `false`.
    Boolean(bool),
}

impl Literal {
    /// Whether a JSON value is this literal, as the generated code reads it: a string or a
    /// boolean exactly, an integer as a JSON integer of its value, a float as any number of
    /// its value (`2.5`, `2.50`).
    pub fn matches(&self, value: &serde_json::Value) -> bool {
        match self {
            Literal::String(text) => value.as_str() == Some(text.as_str()),
            Literal::Integer(n, _) => {
                value.as_i64().map(i128::from) == Some(*n)
                    || value.as_u64().map(i128::from) == Some(*n)
            }
            Literal::Float(n, _) => value.as_f64() == Some(*n),
            Literal::Boolean(b) => value.as_bool() == Some(*b),
        }
    }

    /// The literal as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Literal::String(text) => serde_json::Value::from(text.as_str()),
            Literal::Integer(n, _) => match i64::try_from(*n) {
                Ok(n) => serde_json::Value::from(n),
                Err(_) => serde_json::Value::from(*n as u64),
            },
            Literal::Float(n, _) => serde_json::Value::from(*n),
            Literal::Boolean(b) => serde_json::Value::from(*b),
        }
    }
}
