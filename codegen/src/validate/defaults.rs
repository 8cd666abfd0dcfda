//! Property defaults: the value a response means when it leaves a member out.

use super::*;

impl FilePass<'_> {
    /// A property's `default`, checked against its type: the text of a string, a number or a
    /// boolean, or one of an enumeration's values (any spelling). `None` (reported) otherwise.
    pub(super) fn property_default(
        &mut self,
        property: &PropertySpec,
        ty: &Type,
        nullable: bool,
        path: &str,
        types: &TypeTable,
    ) -> Option<String> {
        let default = property.default.as_ref()?;
        let at = &default.referenced;
        let path = format!("{path}.default");
        let flags = [
            (
                "required: true",
                property.required.as_ref().is_some_and(|r| r.value),
            ),
            ("nullable: true", nullable),
            (
                "read-only: true",
                property.read_only.as_ref().is_some_and(|r| r.value),
            ),
        ];
        if let Some((key, _)) = flags.iter().find(|(_, set)| *set) {
            self.report(at, &path, rules::DefaultOnRequired { key });
            return None;
        }
        let problem = match ty {
            Type::Scalar(scalar) if literal_default(*scalar) => {
                check_scalar_text(&default.value, *scalar)
                    .err()
                    .map(|bad| (scalar.spec_name().to_owned(), bad.problem))
            }
            Type::Enum(name) => match types.enums.iter().find(|e| e.name.rust == *name) {
                Some(e) => {
                    let key = super::enums::literal_key(&default.value, e.value_type);
                    let listed = e.values.iter().flat_map(EnumValue::spellings);
                    let mut listed = listed.map(|s| super::enums::literal_key(s, e.value_type));
                    (!listed.any(|listed| listed == key)).then(|| {
                        (
                            e.name.wire.clone(),
                            "it is not one of its values".to_owned(),
                        )
                    })
                }
                // Declared later in the file: its values are checked by the generated code's
                // compilation only if they were not here, so refuse rather than guess.
                None => Some((
                    name.clone(),
                    "the enumeration is declared after this type; declare it first".to_owned(),
                )),
            },
            _ => {
                let ty = property.ty.value.clone();
                self.report(at, &path, rules::DefaultNotApplicable { ty });
                return None;
            }
        };
        if let Some((ty, problem)) = problem {
            let value = default.value.clone();
            self.report(at, &path, rules::DefaultNotOfItsType { value, ty, problem });
            return None;
        }
        Some(default.value.clone())
    }
}

/// Whether a property of this scalar type can have a `default`: its literal is a Rust literal.
fn literal_default(scalar: Scalar) -> bool {
    matches!(
        scalar,
        Scalar::String | Scalar::Boolean | Scalar::Float32 | Scalar::Float64
    ) || scalar.integer_range().is_some()
}
