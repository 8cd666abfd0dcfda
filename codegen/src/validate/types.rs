//! Types: the shared types of the service file, properties, and type expressions.

use super::*;

impl FilePass<'_> {
    /// The shared types of the service file: names first, so that types may refer to each
    /// other in any order; then their declarations, cycles and examples.
    pub(super) fn shared_types(&mut self, file: &ServiceFile) -> (TypeTable, NameSpace) {
        let mut types = TypeTable::default();
        let mut type_names = NameSpace::reserving(&reserved_type_names());
        self.shared_type_names(file, &mut types, &mut type_names);
        // Bases first: a type that extends another starts with the other's fields.
        for index in self.inheritance_order(file) {
            let path = format!("types[{index}]");
            let spec = &file.types[index].value;
            let name = |rust: &String| Name {
                wire: spec.name.value.clone(),
                rust: rust.clone(),
                raw: false,
            };
            match types.shared.get(&spec.name.value).cloned() {
                Some(Type::Struct(rust) | Type::Polymorphic(rust)) => {
                    self.struct_type(spec, name(&rust), &path, &mut types, &mut type_names);
                }
                Some(Type::Enum(rust)) => self.enum_type(spec, name(&rust), &path, &mut types),
                Some(Type::Union(rust)) => self.union_type(spec, name(&rust), &path, &mut types),
                _ => {}
            }
        }
        self.derived_variants(file, &mut types);
        self.self_containing_types(file, &mut types);
        self.unreachable_variants(&types);
        // Examples once every shared type is declared: an example holds the types it refers to.
        self.shared_examples(file, &types);
        (types, type_names)
    }

    fn shared_type_names(
        &mut self,
        file: &ServiceFile,
        types: &mut TypeTable,
        type_names: &mut NameSpace,
    ) {
        // A discriminated base that others extend is an enum of them.
        let extended: BTreeSet<&str> = file
            .types
            .iter()
            .filter_map(|t| t.value.extends.as_ref().map(|base| base.value.as_str()))
            .collect();
        for (index, spanned) in file.types.iter().enumerate() {
            let path = format!("types[{index}].name");
            let spec = &spanned.value;
            let polymorphic =
                spec.discriminator.is_some() && extended.contains(spec.name.value.as_str());
            if let (Some(envelope), None) = (&spec.envelope, &spec.variants) {
                self.report(
                    &envelope.referenced,
                    &format!("types[{index}].envelope"),
                    rules::EnvelopeOutsideUnion {
                        name: spec.name.value.clone(),
                    },
                );
            }
            let declared = match (&spec.properties, &spec.values, &spec.variants) {
                (Some(_), None, None) if polymorphic => {
                    Some(Type::Polymorphic as fn(String) -> Type)
                }
                (Some(_), None, None) => Some(Type::Struct as fn(String) -> Type),
                (None, Some(_), None) => Some(Type::Enum as fn(String) -> Type),
                (None, None, Some(_)) => Some(Type::Union as fn(String) -> Type),
                _ => {
                    self.report(
                        &spec.name.referenced,
                        &format!("types[{index}]"),
                        rules::TypeNeedsPropertiesOrValues {
                            name: spec.name.value.clone(),
                        },
                    );
                    None
                }
            };
            match (self.type_name(&spec.name, &path, type_names), declared) {
                (Some(name), Some(kind)) => {
                    types
                        .shared
                        .insert(spec.name.value.clone(), kind(name.rust));
                }
                _ => {
                    types.rejected.insert(spec.name.value.clone());
                }
            }
        }
    }

    /// Reports types that contain themselves through fields that must hold a value (no value
    /// could end them), and boxes the fields that lead back to their own struct otherwise.
    fn self_containing_types(&mut self, file: &ServiceFile, types: &mut TypeTable) {
        for (index, spanned) in file.types.iter().enumerate() {
            let Some(Type::Struct(rust)) = types.shared.get(&spanned.value.name.value) else {
                continue;
            };
            if reaches(rust, rust, types, true) {
                self.report(
                    &spanned.value.name.referenced,
                    &format!("types[{index}].name"),
                    rules::RecursiveType {
                        name: spanned.value.name.value.clone(),
                    },
                );
            }
        }
        let mut boxed = Vec::new();
        for (s, owner) in types.structs.iter().enumerate() {
            for (f, field) in owner.fields.iter().enumerate() {
                if let Some(next) = held_in_place(&field.ty)
                    && reaches(next, &owner.name.rust, types, false)
                {
                    boxed.push((s, f));
                }
            }
        }
        for (s, f) in boxed {
            types.structs[s].fields[f].boxed = true;
        }
    }

    fn shared_examples(&mut self, file: &ServiceFile, types: &TypeTable) {
        for (index, spanned) in file.types.iter().enumerate() {
            let ty = types.shared.get(&spanned.value.name.value).cloned();
            if let (Some(example), Some(ty)) = (&spanned.value.example, ty) {
                self.example(example, &ty, types, &format!("types[{index}].example"));
            }
        }
    }
}

impl FilePass<'_> {
    /// A scalar type name, other than the `excluded` ones (which make no sense where it is used).
    pub(super) fn scalar(
        &mut self,
        ty: &Spanned<String>,
        path: &str,
        excluded: &[Scalar],
    ) -> Option<Scalar> {
        let names: Vec<&str> = Scalar::ALL
            .iter()
            .filter(|(_, scalar)| !excluded.contains(scalar))
            .map(|(name, _)| *name)
            .collect();
        let found = Scalar::named(&ty.value);
        if let Some(scalar) = found.filter(|scalar| excluded.contains(scalar)) {
            self.report(
                &ty.referenced,
                path,
                rules::ScalarNotAllowedHere {
                    ty: scalar.spec_name(),
                    allowed: names,
                },
            );
            return None;
        }
        if found.is_none() {
            self.report(
                &ty.referenced,
                path,
                rules::UnknownScalar {
                    ty: ty.value.clone(),
                    allowed: names,
                },
            );
        }
        found
    }

    /// Reports a scalar used where it cannot work (see [`misplaced_scalar`]).
    pub(super) fn misplaced(&mut self, scalar: Scalar, ty: &Spanned<String>, path: &str) {
        match scalar {
            Scalar::UrlReference => {
                self.report(&ty.referenced, path, rules::UrlReferenceOutOfPlace {})
            }
            _ => self.report(&ty.referenced, path, rules::EmailListOutOfPlace {}),
        }
    }

    /// Declares a struct (and the structs of its inline objects) in `types`.
    pub(super) fn struct_type(
        &mut self,
        spec: &TypeSpec,
        name: Name,
        path: &str,
        types: &mut TypeTable,
        type_names: &mut NameSpace,
    ) {
        for (key, at) in [
            (
                "value-type",
                spec.value_type.as_ref().map(|ty| &ty.referenced),
            ),
            (
                "extensible",
                spec.extensible.as_ref().map(|e| &e.referenced),
            ),
        ] {
            if let Some(at) = at {
                self.report(at, &format!("{path}.{key}"), rules::EnumKeyOnObject { key });
            }
        }
        let description = self.optional_text(&spec.description, &format!("{path}.description"));
        let fields = self.fields(
            spec.properties.as_deref().unwrap_or_default(),
            &name.rust,
            &format!("{path}.properties"),
            types,
            type_names,
        );
        let additional = spec
            .additional_properties
            .as_ref()
            .and_then(|ty| self.additional_type(ty, spec, &fields, path, types));
        let inherited = self.inherit(spec, fields, additional, path, types);
        if matches!(
            types.shared.get(&spec.name.value),
            Some(Type::Polymorphic(_))
        ) {
            self.polymorphic_type(spec, name, inherited, path, types, type_names);
            return;
        }
        let example = spec.example.as_ref().map(|example| example.value.clone());
        types.structs.push(Struct {
            name,
            description,
            fields: inherited.fields,
            additional: inherited.additional,
            example,
            inline: false,
            tag: inherited.tag,
        });
    }

    /// The type of an object type's `additional-properties`: a type expression, as of a map's
    /// values. A declared property may not take the Rust name of the field that holds them.
    fn additional_type(
        &mut self,
        ty: &Spanned<String>,
        spec: &TypeSpec,
        fields: &[Field],
        path: &str,
        types: &TypeTable,
    ) -> Option<Type> {
        let taken = fields
            .iter()
            .any(|field| field.name.rust == ADDITIONAL_PROPERTIES);
        let properties = spec.properties.iter().flatten().enumerate();
        for (index, property) in properties.filter(|_| taken) {
            let property = &property.value;
            let (at, key) = match &property.rust_name {
                Some(explicit) => (&explicit.referenced, "rust-name"),
                None => (&property.name.referenced, "name"),
            };
            let rust = property.rust_name.as_ref().map_or_else(
                || to_ident(&property.name.value, Case::Snake).map(|name| name.rust),
                |explicit| Some(explicit.value.clone()),
            );
            if rust.as_deref() == Some(ADDITIONAL_PROPERTIES) {
                self.report(
                    at,
                    &format!("{path}.properties[{index}].{key}"),
                    rules::FieldTakenByAdditionalProperties {
                        property: property.name.value.clone(),
                        field: ADDITIONAL_PROPERTIES,
                    },
                );
            }
        }
        let path = format!("{path}.additional-properties");
        let resolved = self.type_reference(ty, &path, types)?;
        if let Some(scalar) = misplaced_scalar(&resolved, false) {
            self.misplaced(scalar, ty, &path);
            return None;
        }
        Some(resolved)
    }

    pub(super) fn fields(
        &mut self,
        properties: &[Spanned<PropertySpec>],
        owner: &str,
        path: &str,
        types: &mut TypeTable,
        type_names: &mut NameSpace,
    ) -> Vec<Field> {
        let mut names = NameSpace::default();
        // Wire names: with `rust-name`, two properties of one wire name need not clash in Rust.
        let mut wire_names = NameSpace::default();
        let mut fields = Vec::new();
        for (index, property) in properties.iter().enumerate() {
            let property = &property.value;
            let path = format!("{path}[{index}]");
            let Some((name, at, name_path)) = self.field_name(property, &path) else {
                continue;
            };
            let wire = Name {
                rust: name.wire.clone(),
                ..name.clone()
            };
            let name_key = format!("{path}.name");
            if !self.unique(
                &mut wire_names,
                &wire,
                &property.name.referenced,
                &name_key,
                "property",
            ) || !self.unique(&mut names, &name, at, &name_path, "property")
            {
                continue;
            }
            let Some(ty) = self.property_type(property, owner, &name, &path, types, type_names)
            else {
                continue;
            };
            let encoding_path = format!("{path}.encoding");
            let delimiter = property.encoding.as_ref().and_then(|encoding| {
                Delimiter::named(encoding.value.trim()).map(|delimiter| (delimiter, encoding))
            });
            let (ty, delimiter) = match delimiter {
                Some((delimiter, encoding)) => {
                    if !self.delimited(&ty, encoding, &encoding_path, types) {
                        continue;
                    }
                    (ty, Some(delimiter))
                }
                None => match self.with_encoding(ty, property.encoding.as_ref(), &encoding_path) {
                    Some(ty) => (ty, None),
                    None => continue,
                },
            };
            // A property's `nullable<T>` is `nullable: true` with `T`: one `Option`, not two.
            let (ty, nullable_type) = match ty {
                Type::Nullable(item) => (*item, true),
                ty => (ty, false),
            };
            let nullable = nullable_type || property.nullable.as_ref().is_some_and(|n| n.value);
            if let Some(scalar) = misplaced_scalar(&ty, true) {
                self.misplaced(scalar, &property.ty, &format!("{path}.type"));
                continue;
            }
            if ty == Type::Scalar(Scalar::EmailList) && nullable {
                self.report(
                    property
                        .nullable
                        .as_ref()
                        .map_or(&property.ty.referenced, |n| &n.referenced),
                    &format!("{path}.nullable"),
                    rules::NullableEmailList {},
                );
                continue;
            }
            let default = self.property_default(property, &ty, nullable, &path, types);
            let constraints = self.constraints(property, &ty, &path);
            let explicit_null = self.explicit_null(property, nullable, &default, &path);
            fields.push(Field {
                name,
                ty,
                required: property.required.as_ref().is_some_and(|r| r.value),
                nullable,
                delimiter,
                read_only: property.read_only.as_ref().is_some_and(|r| r.value),
                default,
                constraints,
                explicit_null,
                // Decided once every type is declared (`self_containing_types`).
                boxed: false,
                description: self
                    .optional_text(&property.description, &format!("{path}.description")),
            });
        }
        if fields.len() != properties.len() {
            // Already reported; its examples are not checked for unknown properties.
            types.incomplete.insert(owner.to_string());
        }
        fields
    }

    pub(super) fn property_type(
        &mut self,
        property: &PropertySpec,
        owner: &str,
        name: &Name,
        path: &str,
        types: &mut TypeTable,
        type_names: &mut NameSpace,
    ) -> Option<Type> {
        let ty = &property.ty;
        let type_path = format!("{path}.type");
        if ty.value != "list"
            && let Some(items) = &property.items
        {
            self.report(
                &items.referenced,
                &format!("{path}.items"),
                rules::ItemsOnNonList {
                    ty: ty.value.clone(),
                },
            );
        }
        match ty.value.as_str() {
            "object" => {
                let Some(properties) = &property.properties else {
                    self.report(
                        &ty.referenced,
                        &type_path,
                        rules::ObjectWithoutProperties {},
                    );
                    return None;
                };
                let rust = self.derived_type_name(
                    &format!("{owner}{}", name.rust.to_upper_camel_case()),
                    &property.name.referenced,
                    &format!("{path}.name"),
                    &format!("the struct of inline object `{}`", property.name.value),
                    type_names,
                )?;
                let fields = self.fields(
                    properties,
                    &rust.rust,
                    &format!("{path}.properties"),
                    types,
                    type_names,
                );
                let description =
                    self.optional_text(&property.description, &format!("{path}.description"));
                types.structs.push(Struct {
                    name: rust.clone(),
                    description,
                    fields,
                    additional: None,
                    example: None,
                    inline: true,
                    tag: None,
                });
                Some(Type::Struct(rust.rust))
            }
            "list" => {
                let Some(items) = &property.items else {
                    self.report(&ty.referenced, &type_path, rules::ListWithoutItems {});
                    return None;
                };
                self.no_properties(property, path);
                let item = self.type_reference(items, &format!("{path}.items"), types)?;
                Some(Type::List(Box::new(item)))
            }
            _ => {
                self.no_properties(property, path);
                self.type_reference(ty, &type_path, types)
            }
        }
    }

    pub(super) fn no_properties(&mut self, property: &PropertySpec, path: &str) {
        if property.properties.is_some() {
            self.report(
                &property.ty.referenced,
                &format!("{path}.properties"),
                rules::PropertiesOnNonObject {
                    ty: property.ty.value.clone(),
                },
            );
        }
    }

    /// A scalar or a declared type name.
    pub(super) fn type_reference(
        &mut self,
        ty: &Spanned<String>,
        path: &str,
        types: &TypeTable,
    ) -> Option<Type> {
        let nesting = collection_nesting(ty.value.trim());
        if nesting > MAX_TYPE_NESTING {
            self.report(
                &ty.referenced,
                path,
                rules::TypeNestedTooDeep {
                    nesting,
                    max: MAX_TYPE_NESTING,
                },
            );
            return None;
        }
        match resolve_type(ty.value.trim(), types) {
            Ok(resolved) if nullable_twice(&resolved) => {
                self.report(
                    &ty.referenced,
                    path,
                    rules::NullableOfNullable {
                        ty: ty.value.clone(),
                    },
                );
                return None;
            }
            Ok(resolved) => return Some(resolved),
            Err(None) => return None,
            Err(Some(unknown)) if unknown != ty.value.trim() => {
                let inner = Spanned {
                    value: unknown,
                    ..ty.clone()
                };
                return self.type_reference(&inner, path, types);
            }
            Err(Some(_)) => {}
        }
        let mut candidates: Vec<&str> = Scalar::ALL.iter().map(|(name, _)| *name).collect();
        candidates.extend(["object", "list"]);
        candidates.extend(types.shared.keys().map(String::as_str));
        self.report(
            &ty.referenced,
            path,
            rules::UnknownType {
                ty: ty.value.clone(),
                candidates: candidates.iter().map(|c| c.to_string()).collect(),
            },
        );
        None
    }
}

/// Declared structs and enumerations, and the shared ones by spec name.
#[derive(Default)]
pub(super) struct TypeTable {
    pub(super) shared: BTreeMap<String, Type>,
    pub(super) structs: Vec<Struct>,
    pub(super) enums: Vec<Enumeration>,
    /// Spec names of shared types whose names were refused (and reported).
    pub(super) rejected: BTreeSet<String>,
    /// Rust names of structs with a property that was refused (and reported).
    pub(super) incomplete: BTreeSet<String>,
    /// The enums of discriminated bases that other types extend.
    pub(super) polymorphic: Vec<Polymorphic>,
    /// What each object type passes on to the types that extend it, by spec name.
    pub(super) inheritance: BTreeMap<String, Inheritance>,
    /// The enumeration a discriminated base declares its discriminator as, by spec name.
    pub(super) discriminator_enums: BTreeMap<String, String>,
    /// The unions.
    pub(super) unions: Vec<Union>,
    /// Where each variant of each union is written (its `type` or `value`), by Rust name.
    pub(super) union_sites: BTreeMap<String, Vec<(serde_saphyr::Location, String)>>,
}

impl TypeTable {
    pub(super) fn fields(&self, rust_name: &str) -> &[Field] {
        self.structs
            .iter()
            .find(|s| s.name.rust == rust_name)
            .map_or(&[], |s| s.fields.as_slice())
    }

    /// The type of the additional properties of a struct, when it has them.
    pub(super) fn additional(&self, rust_name: &str) -> Option<&Type> {
        self.structs
            .iter()
            .find(|s| s.name.rust == rust_name)
            .and_then(|s| s.additional.as_ref())
    }

    /// The enum of a discriminated base, by its spec name.
    pub(super) fn polymorphic_named(&self, spec_name: &str) -> Option<&Polymorphic> {
        self.polymorphic.iter().find(|p| p.name.wire == spec_name)
    }

    /// The enum of a discriminated base, by its Rust name.
    pub(super) fn polymorphic(&self, rust_name: &str) -> Option<&Polymorphic> {
        self.polymorphic.iter().find(|p| p.name.rust == rust_name)
    }

    /// A union, by its Rust name.
    pub(super) fn union(&self, rust_name: &str) -> Option<&Union> {
        self.unions.iter().find(|u| u.name.rust == rust_name)
    }

    pub(super) fn enum_values(&self, rust_name: &str) -> Option<&[EnumValue]> {
        self.enums
            .iter()
            .find(|e| e.name.rust == rust_name)
            .map(|e| e.values.as_slice())
    }
}

/// How deeply `list<T>` and `map<T>` may nest in a type expression (`list<map<string>>` is 2).
/// The generated `Vec<BTreeMap<..>>` of deeper ones is parsed, formatted and compiled by
/// recursive code that would run out of stack.
pub(super) const MAX_TYPE_NESTING: usize = 8;

/// How many `list<`/`map<` a type expression opens before its innermost name.
pub(super) fn collection_nesting(text: &str) -> usize {
    let mut rest = text;
    let mut nesting = 0;
    while let Some(inner) = rest
        .strip_prefix("list<")
        .or_else(|| rest.strip_prefix("map<"))
        .or_else(|| rest.strip_prefix("nullable<"))
    {
        nesting += 1;
        rest = inner.trim_start();
    }
    nesting
}

/// Resolves a type expression: a scalar, a declared type, `list<T>` or `map<T>`.
///
/// `Err(Some(name))`: `name` (the innermost part) is unknown; `Err(None)`: already reported.
pub(super) fn resolve_type(text: &str, types: &TypeTable) -> Result<Type, Option<String>> {
    for (prefix, make) in [
        ("list<", Type::List as fn(Box<Type>) -> Type),
        ("map<", Type::Map),
        ("nullable<", Type::Nullable),
    ] {
        if let Some(inner) = text
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix('>'))
        {
            return resolve_type(inner.trim(), types).map(|item| make(Box::new(item)));
        }
    }
    if let Some(scalar) = Scalar::named(text) {
        return Ok(Type::Scalar(scalar));
    }
    if let Some(ty) = types.shared.get(text) {
        return Ok(ty.clone());
    }
    if types.rejected.contains(text) {
        // Declared in `types` under a name that was refused, and reported there.
        return Err(None);
    }
    Err(Some(text.to_string()))
}

/// A scalar in a body type that only works elsewhere: a `url-reference` (resolved only in
/// headers), or an `email-list` that is not itself a property (it is one comma-separated string).
pub(super) fn misplaced_scalar(ty: &Type, property: bool) -> Option<Scalar> {
    match ty {
        Type::Scalar(Scalar::UrlReference) => Some(Scalar::UrlReference),
        Type::Scalar(Scalar::EmailList) if !property => Some(Scalar::EmailList),
        Type::List(item) | Type::Map(item) => misplaced_scalar(item, false),
        Type::Nullable(item) => misplaced_scalar(item, property),
        _ => None,
    }
}

/// Whether a type holds `nullable<nullable<T>>` anywhere.
fn nullable_twice(ty: &Type) -> bool {
    match ty {
        Type::Nullable(item) => matches!(**item, Type::Nullable(_)) || nullable_twice(item),
        Type::List(item) | Type::Map(item) => nullable_twice(item),
        _ => false,
    }
}

/// The struct or enum a field of type `ty` holds in place: `Option<T>` does, a list or a map
/// puts it behind a pointer.
fn held_in_place(ty: &Type) -> Option<&str> {
    match ty {
        Type::Nullable(item) => held_in_place(item),
        Type::Struct(name) | Type::Polymorphic(name) | Type::Union(name) => Some(name),
        _ => None,
    }
}

/// Whether the struct or enum `from` holds `to` in place, through fields (only required,
/// non-null ones when `required`: the cycles no value can end) and the variants of enums of
/// discriminated bases.
fn reaches(from: &str, to: &str, types: &TypeTable, required: bool) -> bool {
    let mut stack: Vec<&str> = vec![from];
    let mut seen = BTreeSet::new();
    while let Some(current) = stack.pop() {
        let fields = types
            .fields(current)
            .iter()
            .filter(|f| !required || (f.required && !f.nullable))
            .filter_map(|f| held_in_place(&f.ty));
        // A value of an enum is one of its variants: only `required` cycles of fields count.
        let mut variants: Vec<&str> = match types.polymorphic(current).filter(|_| !required) {
            Some(p) => p
                .variants
                .iter()
                .filter_map(|v| held_in_place(&v.ty))
                .chain([p.other.as_str()])
                .collect(),
            None => Vec::new(),
        };
        if let Some(union) = types.union(current).filter(|_| !required) {
            variants.extend(union.variants.iter().filter_map(|v| match &v.kind {
                VariantKind::Type(ty) => held_in_place(ty),
                VariantKind::Literal(_) => None,
            }));
        }
        for next in fields.chain(variants) {
            if next == to {
                return true;
            }
            if seen.insert(next) {
                stack.push(next);
            }
        }
    }
    false
}
