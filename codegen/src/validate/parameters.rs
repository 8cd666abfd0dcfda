//! Path and query parameters: location, type, collection format, constants and values.

use super::*;

impl FilePass<'_> {
    pub(super) fn parameters(
        &mut self,
        file: &OperationFile,
        arguments: &mut NameSpace,
        types: &TypeTable,
    ) -> Vec<Parameter> {
        let mut parameters = Vec::new();
        let mut wire_names = BTreeSet::new();
        for (index, spanned) in file.parameters.iter().enumerate() {
            let p = &spanned.value;
            let path = format!("parameters[{index}]");
            let location = self.parameter_location(p, &path);
            let ty = self.parameter_type(p, location, &path, types);
            let description = self.text(&p.description, &format!("{path}.description"));
            if !wire_names.insert(p.name.value.clone()) {
                self.report(
                    &p.name.referenced,
                    &format!("{path}.name"),
                    rules::ParameterDeclaredTwice {
                        name: p.name.value.clone(),
                    },
                );
                continue;
            }
            if self.cx.api_version.as_deref() == Some(p.name.value.as_str()) {
                self.report(
                    &p.name.referenced,
                    &format!("{path}.name"),
                    rules::ApiVersionParameterRedeclared {
                        name: p.name.value.clone(),
                    },
                );
                continue;
            }
            let Some(name) = self.ident(&p.name, &format!("{path}.name"), Case::Snake) else {
                continue;
            };
            if !self.unique(
                arguments,
                &name,
                &p.name.referenced,
                &format!("{path}.name"),
                "parameter",
            ) {
                continue;
            }
            if location == Some(ParameterLocation::Path)
                && let Some(required) = &p.required
                && !required.value
            {
                self.report(
                    &required.referenced,
                    &format!("{path}.required"),
                    rules::OptionalPathParameter {
                        name: p.name.value.clone(),
                    },
                );
            }
            self.parameter_values(p, ty.as_ref(), &path, types);
            self.constant_parameter(p, location, &path);
            let allow_reserved = p.allow_reserved.as_ref().is_some_and(|allow| allow.value);
            self.allow_reserved(p, location, &path);
            if let (Some(location), Some(ty)) = (location, ty) {
                if location == ParameterLocation::Path
                    && ty == ParameterType::Scalar(Scalar::EmailList)
                {
                    self.report(
                        &p.ty.referenced,
                        &format!("{path}.type"),
                        rules::EmailListPathParameter {},
                    );
                    continue;
                }
                parameters.push(Parameter {
                    name,
                    location,
                    ty,
                    required: location == ParameterLocation::Path
                        || p.required.as_ref().is_some_and(|r| r.value),
                    default: p.default.as_ref().map(|d| d.value.clone()),
                    example: p.example.as_ref().map(|e| e.value.clone()),
                    description,
                    constant: p.value.as_ref().map(|v| v.value.clone()),
                    allow_reserved,
                });
            }
        }
        parameters
    }

    /// A parameter's `in`: `path` or `query`.
    fn parameter_location(
        &mut self,
        p: &crate::load::ParameterSpec,
        path: &str,
    ) -> Option<ParameterLocation> {
        match p.location.value.as_str() {
            "path" => Some(ParameterLocation::Path),
            "query" => Some(ParameterLocation::Query),
            other => {
                self.report(
                    &p.location.referenced,
                    &format!("{path}.in"),
                    rules::UnknownParameterLocation {
                        location: other.to_string(),
                    },
                );
                None
            }
        }
    }

    /// `allow-reserved` keeps the reserved characters of a path parameter only.
    fn allow_reserved(
        &mut self,
        p: &crate::load::ParameterSpec,
        location: Option<ParameterLocation>,
        path: &str,
    ) {
        if let Some(allow) = p.allow_reserved.as_ref().filter(|allow| allow.value)
            && location != Some(ParameterLocation::Path)
        {
            self.report(
                &allow.referenced,
                &format!("{path}.allow-reserved"),
                rules::AllowReservedOffPath {
                    name: p.name.value.clone(),
                },
            );
        }
    }

    /// The type of a parameter: a scalar; in the query also a `list<T>` or a `map<T>` of a
    /// scalar, or a named object type whose properties are scalars or enumerations, with its
    /// collection format.
    pub(super) fn parameter_type(
        &mut self,
        p: &crate::load::ParameterSpec,
        location: Option<ParameterLocation>,
        path: &str,
        types: &TypeTable,
    ) -> Option<ParameterType> {
        let type_path = format!("{path}.type");
        let text = p.ty.value.trim();
        let element = |prefix: &str| {
            text.strip_prefix(prefix)
                .and_then(|rest| rest.strip_suffix('>'))
                .map(|item| Spanned {
                    value: item.trim().to_string(),
                    ..p.ty.clone()
                })
        };
        // A parameter is text in a URL: JSON and relative URLs have no place there, and an
        // `email-list` is already a list.
        let in_collection = [Scalar::Json, Scalar::UrlReference, Scalar::EmailList];
        let encoding = p.encoding.as_ref();
        let encoding_path = format!("{path}.encoding");
        let (what, ty) = if let Some(item) = element("list<") {
            let item = self
                .scalar(&item, &type_path, &in_collection)
                .and_then(|item| self.scalar_with_encoding(item, encoding, &encoding_path));
            ("a list", item.map(|item| (item, None)))
        } else if let Some(item) = element("map<") {
            let item = self
                .scalar(&item, &type_path, &in_collection)
                .and_then(|item| self.scalar_with_encoding(item, encoding, &encoding_path));
            ("a map", item.map(|item| (item, Some(None))))
        } else if let Some(shared) = types.shared.get(text)
            && let Type::Struct(rust) = shared
        {
            let rust = rust.clone();
            if encoding.is_some() {
                // An object's members have their own types: reported as not applying.
                self.with_encoding(Type::Struct(rust.clone()), encoding, &encoding_path);
            }
            let object = self.query_object(p, &rust, types, &type_path);
            (
                "an object",
                object.map(|()| (Scalar::String, Some(Some(rust)))),
            )
        } else if types.rejected.contains(text) {
            // Its declaration has errors, reported there.
            return None;
        } else {
            let scalar = self.scalar(&p.ty, &type_path, &in_collection[..2])?;
            let scalar = self.scalar_with_encoding(scalar, encoding, &encoding_path)?;
            if p.collection_format.is_some() {
                self.collection_format(p, path);
            }
            return Some(ParameterType::Scalar(scalar));
        };
        if location == Some(ParameterLocation::Path) {
            self.report(
                &p.ty.referenced,
                &type_path,
                rules::CollectionPathParameter { what },
            );
            return None;
        }
        let format = self.collection_format(p, path)?;
        Some(match ty? {
            (item, None) => ParameterType::List(item, format),
            (item, Some(None)) => ParameterType::Map(item, format),
            (_, Some(Some(rust))) => ParameterType::Object(rust, format),
        })
    }

    /// Checks that the named object type `rust` can be written in a query: its properties
    /// are scalars or enumerations, and it has no `additional-properties` (E0203 otherwise).
    pub(super) fn query_object(
        &mut self,
        p: &crate::load::ParameterSpec,
        rust: &str,
        types: &TypeTable,
        path: &str,
    ) -> Option<()> {
        if types.additional(rust).is_some() {
            // Its members are not known before it is sent, so not their order or form either.
            self.report(
                &p.ty.referenced,
                path,
                rules::QueryObjectWithAdditionalProperties {
                    ty: p.ty.value.trim().to_string(),
                },
            );
            return None;
        }
        let nested: Vec<&str> = types
            .fields(rust)
            .iter()
            .filter(|field| {
                !matches!(
                    field.ty,
                    Type::Enum(_)
                        | Type::Scalar(
                            Scalar::String
                                | Scalar::Date
                                | Scalar::DateTime
                                | Scalar::Guid
                                | Scalar::Integer
                                | Scalar::Int8
                                | Scalar::Int16
                                | Scalar::Int32
                                | Scalar::Uint8
                                | Scalar::Uint16
                                | Scalar::Uint32
                                | Scalar::Uint64
                                | Scalar::Float32
                                | Scalar::Float64
                                | Scalar::Boolean
                                | Scalar::Url
                        )
                )
            })
            .map(|field| field.name.wire.as_str())
            .collect();
        if nested.is_empty() {
            return Some(());
        }
        self.report(
            &p.ty.referenced,
            path,
            rules::QueryObjectNotFlat {
                ty: p.ty.value.trim().to_string(),
                nested: nested.iter().map(|name| name.to_string()).collect(),
            },
        );
        None
    }

    /// The `collection-format` of a collection parameter (`csv` when it has none); on a
    /// scalar, E0212.
    pub(super) fn collection_format(
        &mut self,
        p: &crate::load::ParameterSpec,
        path: &str,
    ) -> Option<CollectionFormat> {
        let Some(format) = &p.collection_format else {
            return Some(CollectionFormat::Csv);
        };
        let collection = p.ty.value.trim();
        if !collection.starts_with("list<")
            && !collection.starts_with("map<")
            && let Some(scalar) = Scalar::named(collection)
        {
            self.report(
                &format.referenced,
                &format!("{path}.collection-format"),
                rules::CollectionFormatOnScalar {
                    ty: scalar.spec_name(),
                },
            );
            return None;
        }
        let found = CollectionFormat::ALL
            .iter()
            .find(|(name, _)| *name == format.value)
            .map(|(_, f)| *f);
        if found.is_none() {
            self.report(
                &format.referenced,
                &format!("{path}.collection-format"),
                rules::UnknownCollectionFormat {
                    format: format.value.clone(),
                },
            );
        }
        found.or(Some(CollectionFormat::Csv))
    }

    /// Checks a parameter's `default`, `example` and `value` against its type: a scalar's as
    /// its text, a list's as its items joined as on the wire, a map's or an object's as JSON
    /// (which cannot be a constant).
    pub(super) fn parameter_values(
        &mut self,
        p: &crate::load::ParameterSpec,
        ty: Option<&ParameterType>,
        path: &str,
        types: &TypeTable,
    ) {
        for (key, value) in [
            ("default", &p.default),
            ("example", &p.example),
            ("value", &p.value),
        ] {
            let (Some(value), Some(ty)) = (value, ty) else {
                continue;
            };
            let key_path = format!("{path}.{key}");
            let (scalar, separator) = match ty {
                ParameterType::Scalar(scalar) => (*scalar, None),
                ParameterType::List(item, format) => {
                    (*item, Some(format.separator().unwrap_or(",")))
                }
                ParameterType::Map(..) | ParameterType::Object(..) if key == "value" => {
                    let what = if matches!(ty, ParameterType::Map(..)) {
                        "a map"
                    } else {
                        "an object"
                    };
                    self.report(
                        &value.referenced,
                        &key_path,
                        rules::ConstantCollection {
                            name: p.name.value.clone(),
                            what,
                        },
                    );
                    continue;
                }
                ParameterType::Map(item, _) => {
                    let ty = Type::Map(Box::new(Type::Scalar(*item)));
                    self.example(value, &ty, types, &key_path);
                    continue;
                }
                ParameterType::Object(rust, _) => {
                    self.example(value, &Type::Struct(rust.clone()), types, &key_path);
                    continue;
                }
            };
            let items: Vec<&str> = match separator {
                Some(separator) => value.value.split(separator).collect(),
                None => vec![value.value.as_str()],
            };
            for item in items {
                let item = Spanned {
                    value: item.to_string(),
                    ..value.clone()
                };
                self.argument_value(&item, scalar, &key_path);
            }
        }
    }

    /// A parameter with a constant `value`: a query parameter, and no argument.
    pub(super) fn constant_parameter(
        &mut self,
        p: &crate::load::ParameterSpec,
        location: Option<ParameterLocation>,
        path: &str,
    ) {
        let Some(value) = &p.value else { return };
        if location == Some(ParameterLocation::Path) {
            self.report(
                &value.referenced,
                &format!("{path}.value"),
                rules::ConstantPathParameter {
                    name: p.name.value.clone(),
                },
            );
        }
        for (key, given) in [
            ("required", p.required.as_ref().map(|r| r.referenced)),
            ("default", p.default.as_ref().map(|d| d.referenced)),
            ("example", p.example.as_ref().map(|e| e.referenced)),
        ] {
            if let Some(at) = given {
                self.report(
                    &at,
                    &format!("{path}.{key}"),
                    rules::KeyOnConstantParameter {
                        key,
                        name: p.name.value.clone(),
                        value: value.value.clone(),
                    },
                );
            }
        }
    }

    /// A fixed value sent in a header or query must be a valid header value (no CR/LF).
    pub(super) fn header_or_query_value(&mut self, value: &Spanned<String>, path: &str) {
        if value.value.chars().any(|c| c.is_control()) {
            self.report(&value.referenced, path, rules::ControlCharacterInValue {});
        }
    }

    /// Checks a value given as text for a parameter or a caller-supplied header (its
    /// `default` or `example`): a header-safe value of its type.
    pub(super) fn argument_value(&mut self, value: &Spanned<String>, ty: Scalar, path: &str) {
        self.header_or_query_value(value, path);
        if let Err(problem) = check_scalar_text(&value.value, ty) {
            self.report(
                &value.referenced,
                path,
                rules::ArgumentNotOfItsType {
                    value: value.value.clone(),
                    ty: ty.spec_name(),
                    problem: problem.to_string(),
                    hint: problem.help,
                },
            );
        }
    }
}
