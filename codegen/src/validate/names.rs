//! Identifiers: spec names into Rust names, keywords, and collisions after case conversion.

use super::*;

/// Names the generated crate declares or re-exports itself, which a spec's type names must
/// not take: the model's lists, which the emitters use too.
pub(super) fn reserved_type_names() -> Vec<&'static str> {
    crate::model::RUNTIME_EXPORTS
        .iter()
        .chain(&crate::model::BEARER_EXPORTS)
        .chain(&crate::model::GENERATED_TYPE_NAMES)
        .copied()
        .collect()
}

/// Where the names of one kind live, to report collisions after case conversion.
#[derive(Default)]
pub(super) struct NameSpace {
    pub(super) seen: BTreeMap<String, (String, Location)>,
}

impl NameSpace {
    /// A namespace in which the generated code already uses `names`.
    pub(super) fn reserving(names: &[&str]) -> Self {
        let generated = Location::file(Path::new("<generated code>"));
        let seen = names
            .iter()
            .map(|name| (name.to_string(), (name.to_string(), generated.clone())))
            .collect();
        NameSpace { seen }
    }
}

impl FilePass<'_> {
    /// A PascalCase type name, unique among all generated types.
    pub(super) fn type_name(
        &mut self,
        name: &Spanned<String>,
        path: &str,
        names: &mut NameSpace,
    ) -> Option<Name> {
        let rust = self.ident(name, path, Case::Pascal)?;
        self.unique(names, &rust, &name.referenced, path, "type")
            .then_some(rust)
    }

    /// A type name the generator makes (`<Id>Response`, `<Owner><Property>`) for what `made`
    /// says, unique among all generated types; a collision is reported at `at`.
    pub(super) fn derived_type_name(
        &mut self,
        rust: &str,
        at: &serde_saphyr::Location,
        path: &str,
        made: &str,
        names: &mut NameSpace,
    ) -> Option<Name> {
        // Derived from names that are identifiers already, with a suffix: never empty.
        let name = to_ident(rust, Case::Pascal)?;
        let Some((other, other_location)) = names.seen.get(&name.rust) else {
            let location = self.at(at);
            names
                .seen
                .insert(name.rust.clone(), (name.wire.clone(), location));
            return Some(name);
        };
        if other_location.line == 0 {
            self.report(
                at,
                path,
                rules::DerivedNameTakenByGeneratedCode {
                    made: made.to_string(),
                    rust: name.rust,
                },
            );
        } else {
            let rule = rules::DerivedNameTaken {
                made: made.to_string(),
                rust: name.rust,
                other_wire: other.clone(),
                other: other_location.clone(),
            };
            self.report(at, path, rule);
        }
        None
    }

    /// Converts a spec name into a Rust identifier, reporting names that cannot become one.
    pub(super) fn ident(&mut self, name: &Spanned<String>, path: &str, case: Case) -> Option<Name> {
        match to_ident(&name.value, case) {
            Some(ident) => Some(ident),
            None => {
                self.report(
                    &name.referenced,
                    path,
                    rules::NotARustName {
                        name: name.value.clone(),
                    },
                );
                None
            }
        }
    }

    /// The Rust name of a property: its `rust-name` as written, or else its wire name in
    /// snake_case. Also where a collision with it is reported, and under which key.
    pub(super) fn field_name<'p>(
        &mut self,
        property: &'p PropertySpec,
        path: &str,
    ) -> Option<(Name, &'p serde_saphyr::Location, String)> {
        let Some(explicit) = &property.rust_name else {
            let name = self.ident(&property.name, &format!("{path}.name"), Case::Snake)?;
            return Some((name, &property.name.referenced, format!("{path}.name")));
        };
        let key = format!("{path}.rust-name");
        match to_ident(&explicit.value, Case::Snake) {
            Some(ident) if ident.rust == explicit.value => {
                let name = Name {
                    wire: property.name.value.clone(),
                    ..ident
                };
                Some((name, &explicit.referenced, key))
            }
            converted => {
                let rule = rules::NotASnakeCaseIdentifier {
                    name: explicit.value.clone(),
                    suggestion: converted.map(|name| name.rust),
                };
                self.report(&explicit.referenced, &key, rule);
                None
            }
        }
    }

    /// Records a name; reports it when another name already became the same identifier.
    pub(super) fn unique(
        &mut self,
        names: &mut NameSpace,
        name: &Name,
        at: &serde_saphyr::Location,
        path: &str,
        what: &str,
    ) -> bool {
        let location = self.at(at);
        match names.seen.get(&name.rust) {
            Some((other, other_location)) => {
                let what = what.to_string();
                let wire = name.wire.clone();
                let diagnostic = if other_location.line == 0 {
                    rules::NameTakenByGeneratedCode {
                        what,
                        wire,
                        rust: name.rust.clone(),
                    }
                    .at(location)
                } else if *other == name.wire {
                    rules::DeclaredTwice {
                        what,
                        name: wire,
                        other: other_location.clone(),
                    }
                    .at(location)
                } else {
                    rules::SameRustName {
                        what,
                        wire,
                        other_wire: other.clone(),
                        rust: name.rust.clone(),
                        other: other_location.clone(),
                    }
                    .at(location)
                };
                self.diagnostics.push(diagnostic.at_path(path));
                false
            }
            None => {
                names
                    .seen
                    .insert(name.rust.clone(), (name.wire.clone(), location));
                true
            }
        }
    }
}

#[derive(Clone, Copy)]
pub(super) enum Case {
    Snake,
    Pascal,
}

/// Strict and reserved keywords of Rust 2024.
pub(super) const KEYWORDS: [&str; 52] = [
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Converts a spec name into a Rust identifier in `case`; `None` when nothing usable is left.
///
/// Keywords become raw identifiers (`r#type`), except those that cannot be raw (`self`,
/// `Self`, `super`, `crate`), which get a trailing underscore. A leading digit gets a leading
/// underscore. The wire name is kept for serde renames and the request.
pub(super) fn to_ident(wire: &str, case: Case) -> Option<Name> {
    let cleaned: String = wire
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let mut rust = match case {
        Case::Snake => cleaned.to_snake_case(),
        Case::Pascal => cleaned.to_upper_camel_case(),
    };
    rust.retain(|c| c.is_alphanumeric() || c == '_');
    if rust.is_empty() {
        return None;
    }
    if rust.starts_with(|c: char| c.is_ascii_digit()) {
        rust.insert(0, '_');
    }
    let mut raw = false;
    if KEYWORDS.contains(&rust.as_str()) {
        if ["self", "Self", "super", "crate"].contains(&rust.as_str()) {
            rust.push('_');
        } else {
            raw = true;
        }
    }
    let checked = if raw {
        format!("r#{rust}")
    } else {
        rust.clone()
    };
    syn::parse_str::<syn::Ident>(&checked).ok()?;
    Some(Name {
        wire: wire.to_string(),
        rust,
        raw,
    })
}

/// `cloud-partner-portal`: lowercase ASCII words joined by single hyphens.
pub(super) fn is_kebab_case(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.split('-').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// An HTTP token (RFC 9110), as header names must be.
pub(super) fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_identifiers() {
        let cases = [
            (
                "notification-emails",
                Case::Snake,
                "notification_emails",
                false,
            ),
            ("offerId", Case::Snake, "offer_id", false),
            (
                "Operation-Location",
                Case::Snake,
                "operation_location",
                false,
            ),
            ("type", Case::Snake, "type", true),
            ("self", Case::Snake, "self_", false),
            ("Self", Case::Pascal, "Self_", false),
            ("2fa", Case::Snake, "_2fa", false),
            ("cancel-operation", Case::Pascal, "CancelOperation", false),
            ("név", Case::Snake, "név", false),
        ];
        for (wire, case, rust, raw) in cases {
            let name = to_ident(wire, case).unwrap();
            assert_eq!((name.rust.as_str(), name.raw), (rust, raw), "{wire}");
        }
        assert!(to_ident("---", Case::Snake).is_none());
    }
}
