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

impl FilePass<'_> {
    /// A property's bounds: `minimum` and `maximum` of a number, `min-length` and
    /// `max-length` of a string, `min-items` and `max-items` of a list. A bound of another
    /// type, or a least bound above the greatest, is reported and left out.
    pub(super) fn constraints(
        &mut self,
        property: &PropertySpec,
        ty: &Type,
        path: &str,
    ) -> Constraints {
        let number = matches!(ty, Type::Scalar(s) if s.integer_range().is_some()
            || matches!(s, Scalar::Float32 | Scalar::Float64 | Scalar::Decimal | Scalar::Quoted(_)));
        let string = matches!(ty, Type::Scalar(Scalar::String));
        let list = matches!(ty, Type::List(_));
        let mut constraints = Constraints::default();
        let keep =
            |this: &mut Self, key: &'static str, applies: bool, at: &serde_saphyr::Location| {
                if !applies {
                    let ty = property.ty.value.clone();
                    this.report(
                        at,
                        &format!("{path}.{key}"),
                        rules::BoundNotApplicable { key, ty },
                    );
                }
                applies
            };
        if let Some(min) = &property.minimum
            && keep(self, "minimum", number, &min.referenced)
        {
            constraints.minimum = Some(min.value);
        }
        if let Some(max) = &property.maximum
            && keep(self, "maximum", number, &max.referenced)
        {
            constraints.maximum = Some(max.value);
        }
        let counts = [
            ("min-length", &property.min_length, string),
            ("max-length", &property.max_length, string),
            ("min-items", &property.min_items, list),
            ("max-items", &property.max_items, list),
        ];
        for (key, bound, applies) in counts {
            let Some(bound) = bound else { continue };
            if !keep(self, key, applies, &bound.referenced) {
                continue;
            }
            let slot = match key {
                "min-length" => &mut constraints.min_length,
                "max-length" => &mut constraints.max_length,
                "min-items" => &mut constraints.min_items,
                _ => &mut constraints.max_items,
            };
            *slot = Some(bound.value);
        }
        if let Some(pattern) = &property.pattern
            && keep(self, "pattern", string, &pattern.referenced)
        {
            match regex_lite::Regex::new(&pattern.value) {
                Ok(_) => constraints.pattern = Some(pattern.value.clone()),
                Err(error) => {
                    let rule = rules::PatternInvalid {
                        pattern: pattern.value.clone(),
                        problem: error.to_string(),
                    };
                    self.report(&pattern.referenced, &format!("{path}.pattern"), rule);
                }
            }
        }
        let pairs = [
            (
                constraints.minimum,
                constraints.maximum,
                "minimum",
                &property.minimum.as_ref().map(|b| b.referenced),
            ),
            (
                constraints.min_length.map(|n| n as f64),
                constraints.max_length.map(|n| n as f64),
                "min-length",
                &property.min_length.as_ref().map(|b| b.referenced),
            ),
            (
                constraints.min_items.map(|n| n as f64),
                constraints.max_items.map(|n| n as f64),
                "min-items",
                &property.min_items.as_ref().map(|b| b.referenced),
            ),
        ];
        for (min, max, key, at) in pairs {
            if let (Some(min), Some(max), Some(at)) = (min, max, at)
                && min > max
            {
                self.report(at, &format!("{path}.{key}"), rules::BoundsCrossed { key });
                return Constraints::default();
            }
        }
        constraints
    }
}

impl FilePass<'_> {
    /// Whether a property tells absent from `null` (`explicit-null: true`): it must be optional,
    /// `nullable`, and have no `default` and not be `read-only` (E0212 otherwise).
    pub(super) fn explicit_null(
        &mut self,
        property: &PropertySpec,
        nullable: bool,
        default: &Option<String>,
        path: &str,
    ) -> bool {
        let Some(explicit) = property.explicit_null.as_ref().filter(|e| e.value) else {
            return false;
        };
        let required = property.required.as_ref().is_some_and(|r| r.value);
        let read_only = property.read_only.as_ref().is_some_and(|r| r.value);
        let conflict = [
            (required, "it is `required`: it is never absent"),
            (!nullable, "it is not `nullable`: it is never `null`"),
            (
                default.is_some(),
                "it has a `default`: an absent member is that value",
            ),
            (read_only, "it is `read-only`: it is never sent"),
        ];
        if let Some((_, why)) = conflict.iter().find(|(set, _)| *set) {
            let at = &explicit.referenced;
            self.report(
                at,
                &format!("{path}.explicit-null"),
                rules::ExplicitNullNotApplicable { why },
            );
            return false;
        }
        true
    }
}
