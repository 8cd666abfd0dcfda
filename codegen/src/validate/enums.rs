//! Enumerations: their values, the values' type, and whether they are fixed.

use super::*;

impl FilePass<'_> {
    /// Declares an enumeration in `types`.
    pub(super) fn enum_type(
        &mut self,
        spec: &TypeSpec,
        name: Name,
        path: &str,
        types: &mut TypeTable,
    ) {
        if let Some(additional) = &spec.additional_properties {
            self.report(
                &additional.referenced,
                &format!("{path}.additional-properties"),
                rules::AdditionalPropertiesOfEnumeration {
                    name: spec.name.value.clone(),
                },
            );
        }
        let description = self.optional_text(&spec.description, &format!("{path}.description"));
        let value_type = self.enum_value_type(spec, path);
        // `Unknown` holds the values this client does not know.
        let mut names = NameSpace::reserving(&["Unknown"]);
        let mut wire_values = BTreeSet::new();
        let mut values = Vec::new();
        for (index, value) in spec.values.iter().flatten().enumerate() {
            let value = &value.value;
            let path = format!("{path}.values[{index}]");
            if let Err(bad) = check_scalar_text(&value.value.value, value_type) {
                self.report(
                    &value.value.referenced,
                    &format!("{path}.value"),
                    rules::EnumValueNotOfItsType {
                        value: value.value.value.clone(),
                        ty: value_type.spec_name(),
                        problem: bad.problem,
                    },
                );
                continue;
            }
            if !wire_values.insert(literal_key(&value.value.value, value_type)) {
                self.report(
                    &value.value.referenced,
                    &format!("{path}.value"),
                    rules::EnumValueListedTwice {
                        value: value.value.value.clone(),
                    },
                );
                continue;
            }
            let variant = match value_type {
                Scalar::String | Scalar::Boolean => {
                    self.ident(&value.value, &format!("{path}.value"), Case::Pascal)
                }
                _ => Some(number_variant(&value.value.value)),
            };
            let Some(variant) = variant else {
                continue;
            };
            if !self.unique(
                &mut names,
                &variant,
                &value.value.referenced,
                &format!("{path}.value"),
                "value",
            ) {
                continue;
            }
            let aliases = self.aliases(value, value_type, &mut wire_values, &path);
            values.push(EnumValue {
                name: variant,
                aliases,
                description: self.optional_text(&value.description, &format!("{path}.description")),
            });
        }
        if values.is_empty() && spec.values.as_ref().is_some_and(Vec::is_empty) {
            self.report(
                &spec.name.referenced,
                &format!("{path}.values"),
                rules::EnumWithoutValues {
                    name: spec.name.value.clone(),
                },
            );
        }
        types.enums.push(Enumeration {
            name,
            description,
            values,
            value_type,
            extensible: spec
                .extensible
                .as_ref()
                .is_none_or(|extensible| extensible.value),
        });
    }

    /// The aliases of a value: other spellings of a string, each listed once among every
    /// value and alias of the enumeration, ignoring ASCII case.
    fn aliases(
        &mut self,
        value: &crate::load::EnumValueSpec,
        value_type: Scalar,
        wire_values: &mut BTreeSet<String>,
        path: &str,
    ) -> Vec<String> {
        let mut aliases = Vec::new();
        for (index, alias) in value.aliases.iter().flatten().enumerate() {
            let at = format!("{path}.aliases[{index}]");
            if value_type != Scalar::String {
                self.report(&alias.referenced, &at, rules::AliasOfNonString {});
                break;
            }
            if alias.value.is_empty() || !wire_values.insert(literal_key(&alias.value, value_type))
            {
                let rule = rules::EnumValueListedTwice {
                    value: alias.value.clone(),
                };
                self.report(&alias.referenced, &at, rule);
                continue;
            }
            aliases.push(alias.value.clone());
        }
        aliases
    }

    /// An enumeration's `value-type`: `String` unless it names an integer, a float or
    /// `boolean` (anything else is reported, and read as `String`).
    fn enum_value_type(&mut self, spec: &TypeSpec, path: &str) -> Scalar {
        let Some(ty) = &spec.value_type else {
            return Scalar::String;
        };
        match literal_scalar(&ty.value) {
            Some(scalar) => scalar,
            None => {
                self.report(
                    &ty.referenced,
                    &format!("{path}.value-type"),
                    rules::EnumValueTypeNotAllowed {
                        ty: ty.value.clone(),
                    },
                );
                Scalar::String
            }
        }
    }
}

/// The scalar type named `name` when literals can be of it (the values of an enumeration, the
/// literal variants of a union): `string`, an integer type, a float or `boolean`.
pub(super) fn literal_scalar(name: &str) -> Option<Scalar> {
    match Scalar::named(name.trim())? {
        scalar @ (Scalar::String | Scalar::Boolean | Scalar::Float32 | Scalar::Float64) => {
            Some(scalar)
        }
        scalar => scalar.integer_range().map(|_| scalar),
    }
}

/// The variant of a number in an enumeration: `Value42`, `Value43_125`, `ValueMinus1`.
pub(super) fn number_variant(text: &str) -> Name {
    let digits: String = text
        .trim()
        .trim_start_matches('+')
        .replace('-', "Minus")
        .replace('.', "_")
        .replace(['e', 'E'], "E");
    Name {
        wire: text.to_owned(),
        rust: format!("Value{digits}"),
        raw: false,
    }
}

/// What makes two values of an enumeration the same: the text ignoring ASCII case for strings
/// and booleans, the number for numbers (`1.0` is `1`).
pub(super) fn literal_key(text: &str, value_type: Scalar) -> String {
    match value_type {
        Scalar::Float32 | Scalar::Float64 => text
            .parse::<f64>()
            .map_or_else(|_| text.to_owned(), |n| n.to_string()),
        scalar if scalar.integer_range().is_some() => text
            .parse::<i128>()
            .map_or_else(|_| text.to_owned(), |n| n.to_string()),
        _ => text.to_ascii_lowercase(),
    }
}
