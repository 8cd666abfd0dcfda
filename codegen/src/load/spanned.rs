//! [`Spanned`]: a value with where it was written.

use serde::{Deserialize, Deserializer};

/// A value with where it was written: the YAML node (`defined`) and, through an alias, where it
/// was used (`referenced`). Validation points its diagnostics there.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where the value is used (the alias, when it is one).
    pub referenced: serde_saphyr::Location,
    /// Where the value is written.
    pub defined: serde_saphyr::Location,
}

// serde-saphyr records the locations; this type adds what its `Spanned` lacks, a JSON Schema
// (in `schema`).
impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        Ok(Spanned {
            value: spanned.value,
            referenced: spanned.referenced,
            defined: spanned.defined,
        })
    }
}
