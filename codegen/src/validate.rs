//! Validate: the loaded spec into the resolved model, collecting every problem at once.
//!
//! Each check reports the file, line and column, the spec path (`responses[4].code`), what is
//! wrong and how to fix it, then validation goes on so that one run lists everything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use heck::{ToSnakeCase, ToUpperCamelCase};

use crate::diagnostics::{Code, Diagnostic, Diagnostics, Location, closest};
use crate::load::{
    BodySpec, LoadedSpec, OperationFile, PropertySpec, SourceFile, Spanned, StatusCodeSpec,
    Text as TextSpec, TypeSpec,
};
use crate::model::{
    ApiVersion, Auth, AuthScheme, Body, CollectionFormat, EnumValue, Enumeration, Field,
    FinalResult, HeaderValue, LongRunning, Method, Name, Operation, Parameter, ParameterLocation,
    ParameterType, PathSegment, RequestHeader, Response, ResponseHeader, ResponseKind, Scalar,
    Service, StatusCode, Struct, Text, Type,
};

/// Checks a loaded spec and resolves it into the model the emitters read.
pub fn validate(spec: &LoadedSpec) -> Result<Service, Diagnostics> {
    run(spec).0
}

/// Warnings for the texts that have no `locale` version, where each is written.
///
/// Such a text is shown in the default locale instead, so this is no error. A text that is
/// left out altogether (an optional description) is not listed: there is nothing to
/// translate. Nothing is listed for the default locale, which every text has, nor for a
/// locale that `service.locales` does not declare.
pub fn untranslated(spec: &LoadedSpec, locale: &str) -> Diagnostics {
    validate_translated(spec, locale).1
}

/// [`validate`] and [`untranslated`] in one run.
pub fn validate_translated(
    spec: &LoadedSpec,
    locale: &str,
) -> (Result<Service, Diagnostics>, Diagnostics) {
    let (result, untranslated) = run(spec);
    let mut warnings: Vec<Diagnostic> = Vec::new();
    for (missing, warning) in untranslated {
        // An inline object's description is read for its property and for its struct.
        if missing == locale && !warnings.contains(&warning) {
            warnings.push(warning);
        }
    }
    (result, Diagnostics(warnings))
}

/// Warnings for the items that document the generated code but have no `description`: named
/// types, properties, enumeration values, inline request bodies and the request headers the
/// caller gives (W0215). Fixed and `auth` headers, whose value the generated code sets, need
/// none; parameters, response headers and rows cannot leave it out.
pub fn undocumented(spec: &LoadedSpec) -> Diagnostics {
    let mut found = Diagnostics::default();
    let service = &spec.service_source.path;
    for (index, ty) in spec.service.types.iter().enumerate() {
        let ty = &ty.value;
        let path = format!("types[{index}]");
        if ty.description.is_none() {
            found.push(undocumented_item(
                service,
                &ty.name,
                &path,
                format!("type `{}`", ty.name.value),
            ));
        }
        if let Some(properties) = &ty.properties {
            undocumented_properties(
                service,
                properties,
                &format!("{path}.properties"),
                &mut found,
            );
        }
        for (value_index, value) in ty.values.iter().flatten().enumerate() {
            if value.value.description.is_none() {
                found.push(undocumented_item(
                    service,
                    &value.value.value,
                    &format!("{path}.values[{value_index}]"),
                    format!("value `{}` of `{}`", value.value.value.value, ty.name.value),
                ));
            }
        }
    }
    for (operation, source) in &spec.operations {
        let file = &source.path;
        for (index, header) in operation.headers.iter().enumerate() {
            let header = &header.value;
            let caller_supplied =
                header.ty.is_some() && header.value.is_none() && header.auth.is_none();
            if caller_supplied && header.description.is_none() {
                found.push(undocumented_item(
                    file,
                    &header.name,
                    &format!("headers[{index}]"),
                    format!("request header `{}`", header.name.value),
                ));
            }
        }
        if let Some(body) = &operation.request_body
            && let Some(properties) = &body.value.properties
        {
            if body.value.description.is_none() {
                let at = Location::of(file, &body.referenced);
                found.push(
                    Diagnostic::warning(
                        Code::Undocumented,
                        at,
                        "the request body has no description",
                    )
                    .at_path("request-body")
                    .with_help(UNDOCUMENTED_HELP),
                );
            }
            undocumented_properties(file, properties, "request-body.properties", &mut found);
        }
    }
    found
}

/// `did you mean `best`?` when a likely typo was found, else `otherwise`.
fn did_you_mean(best: Option<&str>, otherwise: String) -> String {
    match best {
        Some(best) => format!("did you mean `{best}`?"),
        None => otherwise,
    }
}

/// How to fix W0215.
const UNDOCUMENTED_HELP: &str =
    "add a `description:`, which becomes the item's rustdoc and its line in the reference pages";

fn undocumented_properties(
    file: &Path,
    properties: &[Spanned<PropertySpec>],
    path: &str,
    found: &mut Diagnostics,
) {
    for (index, property) in properties.iter().enumerate() {
        let property = &property.value;
        let path = format!("{path}[{index}]");
        if property.description.is_none() {
            found.push(undocumented_item(
                file,
                &property.name,
                &path,
                format!("property `{}`", property.name.value),
            ));
        }
        if let Some(nested) = &property.properties {
            undocumented_properties(file, nested, &format!("{path}.properties"), found);
        }
    }
}

fn undocumented_item(file: &Path, name: &Spanned<String>, path: &str, what: String) -> Diagnostic {
    Diagnostic::warning(
        Code::Undocumented,
        Location::of(file, &name.referenced),
        format!("{what} has no description"),
    )
    .at_path(path)
    .with_help(UNDOCUMENTED_HELP)
}

/// Validates; also returns, for every declared locale but the default, the texts without it.
fn run(spec: &LoadedSpec) -> (Result<Service, Diagnostics>, Vec<(String, Diagnostic)>) {
    let mut diagnostics = Diagnostics::default();
    let mut untranslated = Vec::new();
    let service = {
        let mut v = Validator {
            source: &spec.service_source,
            diagnostics: &mut diagnostics,
            untranslated: &mut untranslated,
            locales: Vec::new(),
            has_auth: spec.service.service.auth.is_some(),
            operations_incomplete: spec.incomplete,
            invalid_operations: BTreeSet::new(),
            auth_header: None,
            api_version: spec
                .service
                .service
                .api_version
                .as_ref()
                .map(|v| v.name.value.clone()),
        };
        v.service(spec)
    };
    (diagnostics.into_result(service), untranslated)
}

/// Collects diagnostics for one file at a time.
struct Validator<'a> {
    source: &'a SourceFile,
    diagnostics: &'a mut Diagnostics,
    /// Texts without a declared locale's version, with that locale.
    untranslated: &'a mut Vec<(String, Diagnostic)>,
    locales: Vec<String>,
    has_auth: bool,
    /// Whether some operation file did not load: a reference to an unknown operation id may be
    /// to one of those.
    operations_incomplete: bool,
    /// The ids of the operations whose files have errors, which are not resolved.
    invalid_operations: BTreeSet<String>,
    /// The header an `auth: true` request header must be named (`Authorization` for bearer).
    auth_header: Option<String>,
    /// Name of the API version query parameter, which operations must not declare again.
    api_version: Option<String>,
}

/// Where the names of one kind live, to report collisions after case conversion.
#[derive(Default)]
struct NameSpace {
    seen: BTreeMap<String, (String, Location)>,
}

impl NameSpace {
    /// A namespace in which the generated code already uses `names`.
    fn reserving(names: &[&str]) -> Self {
        let generated = Location::file(Path::new("<generated code>"));
        let seen = names
            .iter()
            .map(|name| (name.to_string(), (name.to_string(), generated.clone())))
            .collect();
        NameSpace { seen }
    }
}

impl<'a> Validator<'a> {
    fn at(&self, at: &serde_saphyr::Location) -> Location {
        Location::of(&self.source.path, at)
    }

    fn error(
        &mut self,
        code: Code,
        at: &serde_saphyr::Location,
        path: &str,
        message: String,
        help: &str,
    ) {
        self.error_at(code, self.at(at), path, message, help);
    }

    fn error_at(
        &mut self,
        code: Code,
        location: Location,
        path: &str,
        message: String,
        help: &str,
    ) {
        let diagnostic = Diagnostic::error(code, location, message)
            .at_path(path)
            .with_help(help);
        self.diagnostics.push(diagnostic);
    }

    /// Whether the scalar `value` written at `location` is quoted: its location is then the
    /// opening quote (a block scalar's is its first character).
    fn quoted(&self, location: &Location, value: &str) -> bool {
        self.source
            .text
            .lines()
            .nth(location.line.saturating_sub(1))
            .and_then(|line| line.chars().nth(location.column.saturating_sub(1)))
            .is_some_and(|c| (c == '"' || c == '\'') && !value.starts_with(c))
    }

    /// Where the characters `start..start + len` of a one-line scalar are (past its opening quote).
    fn within(&self, scalar: &Spanned<String>, start: usize, len: usize) -> Location {
        let mut location = self.at(&scalar.referenced);
        location.column += start + usize::from(self.quoted(&location, &scalar.value));
        location.len = len;
        location
    }

    fn service(&mut self, spec: &LoadedSpec) -> Service {
        let file = &spec.service;
        if file.specgen.value != 1 {
            self.error(
                Code::UnsupportedVersion,
                &file.specgen.referenced,
                "specgen",
                format!(
                    "spec format version {} is not supported",
                    file.specgen.value
                ),
                "write `specgen: 1`",
            );
        }
        let s = &file.service;
        self.locales = self.locales(&s.locales);
        let name = s.name.value.clone();
        if !is_kebab_case(&name) {
            self.error(
                Code::InvalidName,
                &s.name.referenced,
                "service.name",
                format!("the service name `{name}` is not kebab-case"),
                "use lowercase ASCII letters, digits and single `-` between words, starting with a letter, such as `cloud-partner-portal`: it names the generated file and crate",
            );
        }
        let crate_name = name.replace('-', "_");
        if KEYWORDS.contains(&crate_name.as_str()) {
            self.error(
                Code::InvalidName,
                &s.name.referenced,
                "service.name",
                format!("the service name `{name}` is a Rust keyword"),
                &format!("it names the generated file and crate, which cannot be a keyword: add a word, such as `{name}-api`"),
            );
        }
        self.base_url(&s.base_url);
        let title = self.text(&s.title, "service.title");
        let description = self.text(&s.description, "service.description");
        let api_version = s.api_version.as_ref().map(|v| ApiVersion {
            name: v.name.value.clone(),
            value: v.value.value.clone(),
            ty: self
                .scalar(&v.ty, "service.api-version.type", &[])
                .unwrap_or(Scalar::String),
            description: self.text(&v.description, "service.api-version.description"),
        });
        if let (Some(v), Some(version)) = (&s.api_version, &api_version) {
            self.header_or_query_value(&v.value, "service.api-version.value");
            if let Err(problem) = check_scalar_text(&v.value.value, version.ty) {
                self.error(
                    Code::InvalidExample,
                    &v.value.referenced,
                    "service.api-version.value",
                    format!(
                        "`{}` is not a valid {}: {problem}",
                        v.value.value,
                        version.ty.spec_name()
                    ),
                    "give a value of the declared `type`, or change the type",
                );
            }
        }
        let auth = s.auth.as_ref().map(|auth| {
            let scheme = match (auth.scheme.value.as_str(), &auth.header) {
                ("bearer", None) => AuthScheme::Bearer,
                ("bearer", Some(header)) => {
                    self.error(
                        Code::Conflict,
                        &header.referenced,
                        "service.auth.header",
                        "`header` is given, but bearer tokens travel in `Authorization`".into(),
                        "remove `header`, or write `scheme: api-key` for a key in that header",
                    );
                    AuthScheme::Bearer
                }
                ("api-key", Some(header)) => {
                    if !is_token(&header.value) {
                        self.error(
                            Code::InvalidName,
                            &header.referenced,
                            "service.auth.header",
                            format!("`{}` is not a valid header name", header.value),
                            "header names are letters, digits and `-`, e.g. `x-ms-api-key`",
                        );
                    }
                    AuthScheme::ApiKey {
                        header: header.value.clone(),
                    }
                }
                ("api-key", None) => {
                    self.error(
                        Code::MissingKey,
                        &auth.scheme.referenced,
                        "service.auth",
                        "the `api-key` scheme needs `header`".into(),
                        "name the header that carries the key, e.g. `header: x-ms-api-key`",
                    );
                    AuthScheme::ApiKey {
                        header: String::new(),
                    }
                }
                (other, _) => {
                    let help = did_you_mean(
                        closest(other, ["bearer", "api-key"]),
                        "the schemes are `bearer` (OAuth 2.0 and other bearer tokens) and `api-key`"
                            .to_string(),
                    );
                    self.error(
                        Code::InvalidValue,
                        &auth.scheme.referenced,
                        "service.auth.scheme",
                        format!("unknown auth scheme `{other}`"),
                        &help,
                    );
                    AuthScheme::Bearer
                }
            };
            Auth {
                scheme,
                description: self.text(&auth.description, "service.auth.description"),
            }
        });
        self.auth_header = auth.as_ref().map(|auth| auth.header().to_string());

        // Shared types: names first, so that types may refer to each other in any order.
        let mut types = TypeTable::default();
        let reserved: Vec<&str> = crate::model::RUNTIME_EXPORTS
            .iter()
            .chain(&crate::model::BEARER_EXPORTS)
            .chain(&crate::model::GENERATED_TYPE_NAMES)
            .copied()
            .collect();
        let mut type_names = NameSpace::reserving(&reserved);
        for (index, spanned) in file.types.iter().enumerate() {
            let path = format!("types[{index}].name");
            let spec = &spanned.value;
            let declared = match (&spec.properties, &spec.values) {
                (Some(_), None) => Some(Type::Struct as fn(String) -> Type),
                (None, Some(_)) => Some(Type::Enum as fn(String) -> Type),
                _ => {
                    self.error(
                        Code::Conflict,
                        &spec.name.referenced,
                        &format!("types[{index}]"),
                        format!(
                            "type `{}` needs exactly one of `properties` or `values`",
                            spec.name.value
                        ),
                        "`properties` for an object, `values` for an enumeration of strings",
                    );
                    None
                }
            };
            match (self.type_name(&spec.name, &path, &mut type_names), declared) {
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
        for (index, spanned) in file.types.iter().enumerate() {
            let path = format!("types[{index}]");
            let spec = &spanned.value;
            let name = |rust: &String| Name {
                wire: spec.name.value.clone(),
                rust: rust.clone(),
                raw: false,
            };
            match types.shared.get(&spec.name.value).cloned() {
                Some(Type::Struct(rust)) => {
                    self.struct_type(spec, name(&rust), &path, &mut types, &mut type_names);
                }
                Some(Type::Enum(rust)) => self.enum_type(spec, name(&rust), &path, &mut types),
                _ => {}
            }
        }
        for (index, spanned) in file.types.iter().enumerate() {
            let Some(Type::Struct(rust)) = types.shared.get(&spanned.value.name.value) else {
                continue;
            };
            if contains_itself(rust, &types) {
                self.error(
                    Code::Conflict,
                    &spanned.value.name.referenced,
                    &format!("types[{index}].name"),
                    format!("type `{}` contains itself, so it would be infinitely large", spanned.value.name.value),
                    "break the cycle with a `list` (an empty list ends it), or remove the property that leads back",
                );
            }
        }
        // Examples once every shared type is declared: an example holds the types it refers to.
        for (index, spanned) in file.types.iter().enumerate() {
            let ty = types.shared.get(&spanned.value.name.value).cloned();
            if let (Some(example), Some(ty)) = (&spanned.value.example, ty) {
                self.example(example, &ty, &types, &format!("types[{index}].example"));
            }
        }

        let locales = self.locales.clone();
        let mut operations = Vec::new();
        // `Client::builder` is the generated code's own; `index.md` and `types.md` are pages
        // of the generated docs, next to the operations' `<id>.md`.
        let mut operation_ids = NameSpace::reserving(&["builder", "index", "types"]);
        for (operation, source) in &spec.operations {
            let mut v = Validator {
                source,
                diagnostics: self.diagnostics,
                untranslated: self.untranslated,
                locales: locales.clone(),
                has_auth: self.has_auth,
                operations_incomplete: self.operations_incomplete,
                invalid_operations: BTreeSet::new(),
                auth_header: self.auth_header.clone(),
                api_version: self.api_version.clone(),
            };
            if let Some(op) =
                v.operation(operation, &mut types, &mut type_names, &mut operation_ids)
            {
                operations.push(op);
            }
        }
        // Long-running rows name other operations: resolved once every operation is known.
        let invalid_operations: BTreeSet<String> = spec
            .operations
            .iter()
            .map(|(file, _)| &file.id.value)
            .filter(|id| !operations.iter().any(|op| op.id.wire == **id))
            .cloned()
            .collect();
        for (operation, source) in &spec.operations {
            let mut v = Validator {
                source,
                diagnostics: self.diagnostics,
                untranslated: self.untranslated,
                locales: locales.clone(),
                has_auth: self.has_auth,
                operations_incomplete: self.operations_incomplete,
                invalid_operations: invalid_operations.clone(),
                auth_header: self.auth_header.clone(),
                api_version: self.api_version.clone(),
            };
            v.long_running(operation, &mut operations, &types);
        }
        Service {
            name,
            title,
            description,
            base_url: s.base_url.value.clone(),
            locales,
            api_version,
            auth,
            types: types.structs,
            enums: types.enums,
            operations,
            files: spec.files().map(Path::to_path_buf).collect(),
            docs_dir: file
                .checked_in
                .as_ref()
                .and_then(|checked_in| checked_in.docs.as_ref())
                .and_then(|docs| {
                    self.checked_in_path(docs, "docs", "directory", "../generated-client/docs")
                }),
            schema_file: file
                .checked_in
                .as_ref()
                .and_then(|checked_in| checked_in.schema.as_ref())
                .and_then(|schema| {
                    self.checked_in_path(schema, "schema", "file", "spec.schema.json")
                }),
        }
    }

    /// A `checked-in` path (`key`), joined to the service file's directory.
    fn checked_in_path(
        &mut self,
        docs: &Spanned<String>,
        key: &str,
        what: &str,
        example: &str,
    ) -> Option<PathBuf> {
        let path = Path::new(&docs.value);
        let problem = if docs.value.trim().is_empty() {
            Some("the path is empty")
        } else if path.has_root() || path.is_absolute() {
            Some("the path is absolute")
        } else if docs.value.chars().any(char::is_control) {
            Some("the path contains a control character")
        } else {
            None
        };
        if let Some(problem) = problem {
            self.error(
                Code::InvalidValue,
                &docs.referenced,
                &format!("checked-in.{key}"),
                format!("`{}` cannot be the {key} {what}: {problem}", docs.value),
                &format!("write the {what} relative to the service file, e.g. `{example}`"),
            );
            return None;
        }
        let base = self.source.path.parent().unwrap_or_else(|| Path::new(""));
        Some(base.join(path))
    }

    fn locales(&mut self, locales: &[Spanned<String>]) -> Vec<String> {
        if locales.is_empty() {
            return vec!["en".to_string()];
        }
        let mut out = Vec::new();
        for (index, locale) in locales.iter().enumerate() {
            let valid = !locale.value.is_empty()
                && locale.value.len() <= 8
                && locale
                    .value
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-');
            if !valid {
                self.error(
                    Code::InvalidValue,
                    &locale.referenced,
                    &format!("service.locales[{index}]"),
                    format!("`{}` is not a locale code", locale.value),
                    "use a lowercase language code such as `en` or `hu`",
                );
            } else if out.contains(&locale.value) {
                self.error(
                    Code::InvalidValue,
                    &locale.referenced,
                    &format!("service.locales[{index}]"),
                    format!("locale `{}` is listed twice", locale.value),
                    "list each locale once",
                );
            } else {
                out.push(locale.value.clone());
            }
        }
        if out.is_empty() {
            out.push("en".to_string());
        }
        out
    }

    fn base_url(&mut self, url: &Spanned<String>) {
        let value = url.value.as_str();
        let scheme_ok = value.starts_with("https://") || value.starts_with("http://");
        let host = value.split_once("://").map_or("", |(_, rest)| rest);
        let host_ok = !host.is_empty() && !host.starts_with('/');
        let clean = !value.contains(['?', '#', ' ', '{', '}']) && !value.ends_with('/');
        if !(scheme_ok && host_ok && clean) {
            self.error(Code::InvalidValue, &url.referenced, "service.base-url", format!("`{value}` is not a base URL"), "write an absolute http(s) URL without query, fragment or trailing slash, e.g. `https://cloudpartner.azure.com`");
        }
    }

    /// A fixed value sent in a header or query must be a valid header value (no CR/LF).
    fn header_or_query_value(&mut self, value: &Spanned<String>, path: &str) {
        if value.value.chars().any(|c| c.is_control()) {
            self.error(
                Code::InvalidValue,
                &value.referenced,
                path,
                "the value contains a control character (such as CR or LF)".into(),
                "remove line breaks and control characters from the value",
            );
        }
    }

    /// Checks a value given as text for a parameter or a caller-supplied header (its
    /// `default` or `example`): a header-safe value of its type.
    fn argument_value(&mut self, value: &Spanned<String>, ty: Scalar, path: &str) {
        self.header_or_query_value(value, path);
        if let Err(problem) = check_scalar_text(&value.value, ty) {
            self.error(
                Code::InvalidExample,
                &value.referenced,
                path,
                format!(
                    "`{}` is not a valid {}: {problem}",
                    value.value,
                    ty.spec_name()
                ),
                "give a value of the declared type",
            );
        }
    }

    fn text(&mut self, text: &Spanned<TextSpec>, path: &str) -> Text {
        for locale in self.locales.iter().skip(1) {
            if text.value.get(locale).is_none() {
                let default_locale = &self.locales[0];
                let warning = Diagnostic::warning(
                    Code::MissingTranslation,
                    self.at(&text.referenced),
                    format!("the text has no `{locale}` version"),
                )
                .at_path(path)
                .with_help(format!(
                    "add `{locale}:` next to `{default_locale}:`; until then the `{default_locale}` text is shown"
                ));
                self.untranslated.push((locale.clone(), warning));
            }
        }
        match &text.value {
            TextSpec::Plain(value) => Text {
                default: value.trim_end().to_string(),
                translations: BTreeMap::new(),
            },
            TextSpec::Localized(by_locale) => {
                let default_locale = self.locales.first().cloned().unwrap_or_else(|| "en".into());
                let mut translations = BTreeMap::new();
                for (spanned, value) in by_locale {
                    let locale = &spanned.value;
                    if !self.locales.contains(locale) {
                        let known = self.locales.join(", ");
                        let help = match closest(locale, self.locales.iter().map(String::as_str)) {
                            Some(best) => format!(
                                "did you mean `{best}`? the service declares the locales: {known}"
                            ),
                            None => format!(
                                "add `{locale}` to `service.locales`, or use one of: {known}"
                            ),
                        };
                        self.error(
                            Code::InvalidValue,
                            &spanned.referenced,
                            &format!("{path}.{locale}"),
                            format!("locale `{locale}` is not declared in `service.locales`"),
                            &help,
                        );
                    } else if *locale != default_locale {
                        translations.insert(locale.clone(), value.trim_end().to_string());
                    }
                }
                let default = match text.value.get(&default_locale) {
                    Some(value) => value.trim_end().to_string(),
                    None => {
                        self.error(Code::MissingText, &text.referenced, path, format!("the text has no `{default_locale}` version"), &format!("add `{default_locale}:`, the default locale, which every text needs"));
                        String::new()
                    }
                };
                Text {
                    default,
                    translations,
                }
            }
        }
    }

    fn optional_text(&mut self, text: &Option<Spanned<TextSpec>>, path: &str) -> Text {
        text.as_ref()
            .map(|text| self.text(text, path))
            .unwrap_or_default()
    }

    /// A scalar type name, other than the `excluded` ones (which make no sense where it is used).
    fn scalar(&mut self, ty: &Spanned<String>, path: &str, excluded: &[Scalar]) -> Option<Scalar> {
        let names: Vec<&str> = Scalar::ALL
            .iter()
            .filter(|(_, scalar)| !excluded.contains(scalar))
            .map(|(name, _)| *name)
            .collect();
        let found = Scalar::ALL
            .iter()
            .find(|(name, _)| *name == ty.value)
            .map(|(_, scalar)| *scalar);
        if let Some(scalar) = found.filter(|scalar| excluded.contains(scalar)) {
            self.error(
                Code::UnknownType,
                &ty.referenced,
                path,
                format!("type `{}` cannot be used here", scalar.spec_name()),
                &format!("the types allowed here are: {}", names.join(", ")),
            );
            return None;
        }
        if found.is_none() {
            let names = names.as_slice();
            let help = match closest(&ty.value, names.iter().copied()) {
                Some(best) => format!(
                    "did you mean `{best}`? the types allowed here are: {}",
                    names.join(", ")
                ),
                None => format!("the types allowed here are: {}", names.join(", ")),
            };
            self.error(
                Code::UnknownType,
                &ty.referenced,
                path,
                format!("unknown type `{}`", ty.value),
                &help,
            );
        }
        found
    }

    /// Reports a scalar used where it cannot work (see [`misplaced_scalar`]).
    fn misplaced(&mut self, scalar: Scalar, ty: &Spanned<String>, path: &str) {
        let (message, help) = match scalar {
            Scalar::UrlReference => (
                "`url-reference` is for response headers, which are resolved against the base URL",
                "use `url` for an absolute URL, or `string`",
            ),
            Scalar::HttpDate => (
                "`http-date` is the form of dates in parameters and headers, not in a JSON body",
                "use `date-time` (RFC 3339) in a body",
            ),
            _ => (
                "an `email-list` is one comma-separated string: it can be a property, a parameter or a header, not an element of a list, a map or a whole body",
                "use `list<string>` for a JSON array of addresses, or make it a property of an object",
            ),
        };
        self.error(
            Code::UnknownType,
            &ty.referenced,
            path,
            message.into(),
            help,
        );
    }

    /// A PascalCase type name, unique among all generated types.
    fn type_name(
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
    fn derived_type_name(
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
        let (message, help) = if other_location.line == 0 {
            (
                format!(
                    "{made} would be named `{}`, a name the generated code takes itself",
                    name.rust
                ),
                "rename the operation or property it is named after".to_string(),
            )
        } else {
            (
                format!(
                    "{made} would be named `{}`, a name taken already",
                    name.rust
                ),
                format!("`{other}` at {other_location} has that name in Rust; rename one of them"),
            )
        };
        self.error(Code::NameCollision, at, path, message, &help);
        None
    }

    /// Converts a spec name into a Rust identifier, reporting names that cannot become one.
    fn ident(&mut self, name: &Spanned<String>, path: &str, case: Case) -> Option<Name> {
        match to_ident(&name.value, case) {
            Some(ident) => Some(ident),
            None => {
                self.error(Code::InvalidName, &name.referenced, path, format!("`{}` cannot be made into a Rust name", name.value), "use a name with at least one letter or digit, e.g. `offerId` or `notification-emails`");
                None
            }
        }
    }

    /// Records a name; reports it when another name already became the same identifier.
    fn unique(
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
                let message = if other_location.line == 0 && name.wire == name.rust {
                    format!("{what} name `{}` is taken by the generated code", name.wire)
                } else if other_location.line == 0 {
                    format!(
                        "{what} `{}` becomes `{}`, a name taken by the generated code",
                        name.wire, name.rust
                    )
                } else if *other == name.wire {
                    format!("{what} `{}` is declared twice", name.wire)
                } else {
                    format!(
                        "{what} `{}` and `{other}` both become `{}` in Rust",
                        name.wire, name.rust
                    )
                };
                let help = if other_location.line == 0 {
                    format!("rename this {what}")
                } else {
                    format!("the other one is at {other_location}; rename one of them")
                };
                self.diagnostics.push(
                    Diagnostic::error(Code::NameCollision, location, message)
                        .at_path(path)
                        .with_help(help),
                );
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

    /// Declares a struct (and the structs of its inline objects) in `types`.
    fn struct_type(
        &mut self,
        spec: &TypeSpec,
        name: Name,
        path: &str,
        types: &mut TypeTable,
        type_names: &mut NameSpace,
    ) {
        let description = self.optional_text(&spec.description, &format!("{path}.description"));
        let fields = self.fields(
            spec.properties.as_deref().unwrap_or_default(),
            &name.rust,
            &format!("{path}.properties"),
            types,
            type_names,
        );
        let example = spec.example.as_ref().map(|example| example.value.clone());
        types.structs.push(Struct {
            name,
            description,
            fields,
            example,
            inline: false,
        });
    }

    /// Declares an enumeration in `types`.
    fn enum_type(&mut self, spec: &TypeSpec, name: Name, path: &str, types: &mut TypeTable) {
        let description = self.optional_text(&spec.description, &format!("{path}.description"));
        // `Unknown` holds the values this client does not know.
        let mut names = NameSpace::reserving(&["Unknown"]);
        let mut wire_values = BTreeSet::new();
        let mut values = Vec::new();
        for (index, value) in spec.values.iter().flatten().enumerate() {
            let value = &value.value;
            let path = format!("{path}.values[{index}]");
            if !wire_values.insert(value.value.value.to_ascii_lowercase()) {
                self.error(
                    Code::NameCollision,
                    &value.value.referenced,
                    &format!("{path}.value"),
                    format!(
                        "value `{}` is listed twice (values are compared ignoring case)",
                        value.value.value
                    ),
                    "list each value once",
                );
                continue;
            }
            let Some(variant) = self.ident(&value.value, &format!("{path}.value"), Case::Pascal)
            else {
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
            values.push(EnumValue {
                name: variant,
                description: self.optional_text(&value.description, &format!("{path}.description")),
            });
        }
        if values.is_empty() && spec.values.as_ref().is_some_and(Vec::is_empty) {
            self.error(
                Code::MissingKey,
                &spec.name.referenced,
                &format!("{path}.values"),
                format!("enumeration `{}` has no values", spec.name.value),
                "list its values under `values:`, each with `value:` and `description:`",
            );
        }
        types.enums.push(Enumeration {
            name,
            description,
            values,
        });
    }

    fn fields(
        &mut self,
        properties: &[Spanned<PropertySpec>],
        owner: &str,
        path: &str,
        types: &mut TypeTable,
        type_names: &mut NameSpace,
    ) -> Vec<Field> {
        let mut names = NameSpace::default();
        let mut fields = Vec::new();
        for (index, property) in properties.iter().enumerate() {
            let property = &property.value;
            let path = format!("{path}[{index}]");
            let Some(name) = self.ident(&property.name, &format!("{path}.name"), Case::Snake)
            else {
                continue;
            };
            if !self.unique(
                &mut names,
                &name,
                &property.name.referenced,
                &format!("{path}.name"),
                "property",
            ) {
                continue;
            }
            let Some(ty) = self.property_type(property, owner, &name, &path, types, type_names)
            else {
                continue;
            };
            if let Some(scalar) = misplaced_scalar(&ty, true) {
                self.misplaced(scalar, &property.ty, &format!("{path}.type"));
                continue;
            }
            if ty == Type::Scalar(Scalar::EmailList)
                && let Some(nullable) = property.nullable.as_ref().filter(|n| n.value)
            {
                self.error(
                    Code::Conflict,
                    &nullable.referenced,
                    &format!("{path}.nullable"),
                    "an `email-list` cannot be nullable".into(),
                    "remove `nullable`: an absent or empty list is already an empty `Vec`",
                );
                continue;
            }
            fields.push(Field {
                name,
                ty,
                required: property.required.as_ref().is_some_and(|r| r.value),
                nullable: property.nullable.as_ref().is_some_and(|n| n.value),
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

    fn property_type(
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
            self.error(
                Code::Conflict,
                &items.referenced,
                &format!("{path}.items"),
                format!("`items` is given, but the type is `{}`", ty.value),
                "use `type: list` for a list, or remove `items`",
            );
        }
        match ty.value.as_str() {
            "object" => {
                let Some(properties) = &property.properties else {
                    self.error(Code::MissingKey, &ty.referenced, &type_path, "an `object` property needs `properties`".into(), "list the object's properties under `properties:`, or refer to a type declared in the service file's `types`");
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
                    example: None,
                    inline: true,
                });
                Some(Type::Struct(rust.rust))
            }
            "list" => {
                let Some(items) = &property.items else {
                    self.error(
                        Code::MissingKey,
                        &ty.referenced,
                        &type_path,
                        "a `list` property needs `items`".into(),
                        "name the element type under `items:`, e.g. `items: string`",
                    );
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

    fn no_properties(&mut self, property: &PropertySpec, path: &str) {
        if property.properties.is_some() {
            self.error(
                Code::Conflict,
                &property.ty.referenced,
                &format!("{path}.properties"),
                format!(
                    "`properties` is given, but the type is `{}`",
                    property.ty.value
                ),
                "use `type: object` for an inline object, or remove `properties`",
            );
        }
    }

    /// A scalar or a declared type name.
    fn type_reference(
        &mut self,
        ty: &Spanned<String>,
        path: &str,
        types: &TypeTable,
    ) -> Option<Type> {
        let nesting = collection_nesting(ty.value.trim());
        if nesting > MAX_TYPE_NESTING {
            self.error(
                Code::UnknownType,
                &ty.referenced,
                path,
                format!("the type nests {nesting} lists and maps; at most {MAX_TYPE_NESTING} can be nested"),
                "declare an object type under `types` for the inner levels, and refer to it by name",
            );
            return None;
        }
        match resolve_type(ty.value.trim(), types) {
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
        let help = match closest(&ty.value, candidates.iter().copied()) {
            Some(best) => format!(
                "did you mean `{best}`? use a built-in type ({}), `object`, `list`, `list<T>`, `map<T>`, or a type declared in the service file's `types`",
                Scalar::ALL.map(|(n, _)| n).join(", ")
            ),
            None => format!(
                "use a built-in type ({}), `object`, `list`, `list<T>`, `map<T>`, or a type declared in the service file's `types`",
                Scalar::ALL.map(|(n, _)| n).join(", ")
            ),
        };
        self.error(
            Code::UnknownType,
            &ty.referenced,
            path,
            format!("unknown type `{}`", ty.value),
            &help,
        );
        None
    }

    fn operation(
        &mut self,
        file: &OperationFile,
        types: &mut TypeTable,
        type_names: &mut NameSpace,
        operation_ids: &mut NameSpace,
    ) -> Option<Operation> {
        let id = self.ident(&file.id, "id", Case::Snake);
        let id_unique = id.as_ref().is_some_and(|id| {
            self.unique(operation_ids, id, &file.id.referenced, "id", "operation")
        });
        let type_prefix = id
            .as_ref()
            .map_or_else(String::new, |id| id.rust.to_upper_camel_case());
        // Of an id that collides, the types collide too: that is reported once, at the id.
        let [response_type, error_type] = ["response", "error"].map(|kind| {
            let rust = format!("{type_prefix}{}", kind.to_upper_camel_case());
            let made = format!("the {kind} enum of operation `{}`", file.id.value);
            id_unique
                .then(|| {
                    self.derived_type_name(&rust, &file.id.referenced, "id", &made, type_names)
                })
                .flatten()
        });
        let title = self.text(&file.title, "title");
        let summary = self.text(&file.summary, "summary");
        let description = self.text(&file.description, "description");
        let method = self.method(&file.method);

        // Arguments of the generated method share one namespace.
        // The request body argument is always called `body`.
        let mut arguments = NameSpace::reserving(&["body"]);
        let parameters = self.parameters(file, &mut arguments, types);
        let path = self.path_template(&file.path, &parameters, file);
        let headers = self.request_headers(file, &mut arguments);
        let body = file
            .request_body
            .as_ref()
            .and_then(|body| self.body(body, &type_prefix, types, type_names));
        if body.is_some() {
            let json = headers.iter().any(|h| {
                h.name.wire.eq_ignore_ascii_case("content-type")
                    && h.value == HeaderValue::Fixed("application/json".into())
            });
            // A Content-Type header that was refused (bad name, conflicting keys) is reported already.
            let refused_content_type = file.headers.iter().any(|h| {
                let wire = &h.value.name.value;
                to_ident(wire, Case::Snake).is_some_and(|name| name.rust == "content_type")
                    && !headers.iter().any(|kept| kept.name.wire == *wire)
            });
            if !json
                && !refused_content_type
                && let Some(body_spec) = &file.request_body
            {
                self.error(
                    Code::MissingKey,
                    &body_spec.referenced,
                    "request-body",
                    "an operation with a request body must send `Content-Type: application/json`"
                        .into(),
                    "add `- name: Content-Type` with `value: application/json` to `headers`",
                );
            }
        }
        let response_headers = self.response_headers(file);
        let responses = self.responses(file, &response_headers, types);

        let id = id.filter(|_| id_unique)?;
        let method = method?;
        let idempotent = file
            .idempotent
            .as_ref()
            .map_or_else(|| method.is_idempotent(), |idempotent| idempotent.value);
        Some(Operation {
            id,
            response_type: response_type?.rust,
            error_type: error_type?.rust,
            title,
            summary,
            description,
            method,
            idempotent,
            path_template: file.path.value.clone(),
            path: path?,
            parameters,
            headers,
            body,
            response_headers,
            responses,
        })
    }

    /// Resolves the `long-running:` declarations of an operation's rows.
    fn long_running(
        &mut self,
        file: &OperationFile,
        operations: &mut [Operation],
        types: &TypeTable,
    ) {
        let Some(index) = operations.iter().position(|op| op.id.wire == file.id.value) else {
            return;
        };
        let several = file
            .responses
            .iter()
            .filter(|r| r.value.long_running.is_some())
            .count()
            > 1;
        for (row_index, row) in file.responses.iter().enumerate() {
            let Some(spec) = &row.value.long_running else {
                continue;
            };
            let path = format!("responses[{row_index}].long-running");
            if row.value.kind.value != "success" {
                self.error(Code::Conflict, &spec.referenced, &path, "`long-running` on an error row".into(), "declare `long-running` on the success row (e.g. 202) that starts the operation");
                continue;
            }
            // A row whose code is invalid is reported, and not in the model.
            let Ok(code) = read_status_code(&row.value.code.value) else {
                continue;
            };
            let method = &operations[index].id.rust;
            let poller = match operations[index].responses.iter().find(|r| r.code == code) {
                Some(target) if several => {
                    format!("{method}_{}_poller", target.variant.rust.to_snake_case())
                }
                _ => format!("{method}_poller"),
            };
            if let Some(other) = operations.iter().find(|op| op.id.rust == poller) {
                let message = format!(
                    "the poller method `{poller}` has the name of operation `{}`",
                    other.id.wire
                );
                self.error(
                    Code::NameCollision,
                    &spec.referenced,
                    &path,
                    message,
                    "rename that operation",
                );
                continue;
            }
            if let Some(resolved) = self.resolve_long_running(
                &spec.value,
                &path,
                (index, code),
                poller,
                operations,
                types,
            ) && let Some(target) = operations[index]
                .responses
                .iter_mut()
                .find(|r| r.code == code)
            {
                target.long_running = Some(resolved);
            }
        }
    }

    fn resolve_long_running(
        &mut self,
        spec: &crate::load::LongRunningSpec,
        path: &str,
        (index, code): (usize, StatusCode),
        poller: String,
        operations: &[Operation],
        types: &TypeTable,
    ) -> Option<LongRunning> {
        let operation = &operations[index];
        let row = operation.responses.iter().find(|r| r.code == code)?;
        let location = row.headers.iter().copied().find(|h| {
            operation
                .response_headers
                .get(*h)
                .is_some_and(|header| header.name.wire.eq_ignore_ascii_case(&spec.location.value))
        });
        let location = match location {
            Some(location)
                if matches!(
                    operation.response_headers[location].ty,
                    Scalar::Url | Scalar::UrlReference
                ) =>
            {
                Some(location)
            }
            Some(_) => {
                self.error(
                    Code::Conflict,
                    &spec.location.referenced,
                    &format!("{path}.location"),
                    format!("header `{}` is not a URL", spec.location.value),
                    "declare the header with `type: url` or `type: url-reference`",
                );
                None
            }
            None => {
                let carried: Vec<&str> = row
                    .headers
                    .iter()
                    .map(|h| operation.response_headers[*h].name.wire.as_str())
                    .collect();
                let help = did_you_mean(
                    closest(&spec.location.value, carried.iter().copied()),
                    "list the header in the row's `headers`, or name one it carries".to_string(),
                );
                self.error(
                    Code::UndeclaredHeader,
                    &spec.location.referenced,
                    &format!("{path}.location"),
                    format!("the row does not carry a header `{}`", spec.location.value),
                    &help,
                );
                None
            }
        };
        let find = |id: &Spanned<String>| operations.iter().find(|op| op.id.wire == id.value);
        let status = find(&spec.status_operation);
        if status.is_none() {
            self.unknown_operation(
                &spec.status_operation,
                &format!("{path}.status-operation"),
                operations,
            );
        }
        // The status operation's success body, which holds the state (and maybe the result).
        let status_fields = status.and_then(|status| {
            let body_fields = status.rows(ResponseKind::Success).find_map(|r| match &r.body {
                Some(Type::Struct(name)) => Some(types.fields(name)),
                _ => None,
            });
            if body_fields.is_none() {
                self.error(Code::Conflict, &spec.status_operation.referenced, &format!("{path}.status-operation"), format!("operation `{}` has no success row with an object body to read the state from", spec.status_operation.value), "give the status operation a success row whose `body` is an object type");
            }
            body_fields
        });
        // The property holding the state.
        let state_type = status_fields.and_then(|fields| {
            let field = fields
                .iter()
                .find(|f| f.name.wire == spec.status_property.value);
            match field {
                Some(field) if matches!(field.ty, Type::Scalar(Scalar::String) | Type::Enum(_)) => {
                    Some(field.ty.clone())
                }
                Some(_) => {
                    self.error(
                        Code::Conflict,
                        &spec.status_property.referenced,
                        &format!("{path}.status-property"),
                        format!(
                            "property `{}` is not a string or an enumeration",
                            spec.status_property.value
                        ),
                        "name the property holding the operation's state",
                    );
                    None
                }
                None => {
                    let help = match closest(
                        &spec.status_property.value,
                        fields.iter().map(|f| f.name.wire.as_str()),
                    ) {
                        Some(best) => format!("did you mean `{best}`?"),
                        None => "name a top-level property of the status operation's success body"
                            .to_string(),
                    };
                    self.error(
                        Code::InvalidValue,
                        &spec.status_property.referenced,
                        &format!("{path}.status-property"),
                        format!(
                            "the status operation's body has no property `{}`",
                            spec.status_property.value
                        ),
                        &help,
                    );
                    None
                }
            }
        });
        let states = |list: &[Spanned<String>], key: &str, v: &mut Self| -> Vec<String> {
            if let Some(Type::Enum(name)) = &state_type {
                let values = types.enum_values(name).unwrap_or_default();
                for state in list {
                    if !values
                        .iter()
                        .any(|value| value.name.wire.eq_ignore_ascii_case(&state.value))
                    {
                        let listed: Vec<&str> = values
                            .iter()
                            .map(|value| value.name.wire.as_str())
                            .collect();
                        let help = did_you_mean(
                            closest(&state.value, listed.iter().copied()),
                            format!("use one of: {}", listed.join(", ")),
                        );
                        v.error(
                            Code::InvalidValue,
                            &state.referenced,
                            &format!("{path}.{key}"),
                            format!("`{}` is not a value of `{name}`", state.value),
                            &help,
                        );
                    }
                }
            }
            list.iter().map(|state| state.value.clone()).collect()
        };
        let succeeded = states(&spec.succeeded, "succeeded", self);
        let failed = states(&spec.failed, "failed", self);
        let canceled = states(&spec.canceled, "canceled", self);
        if succeeded.is_empty() || failed.is_empty() {
            self.error(
                Code::MissingKey,
                &spec.status_property.referenced,
                path,
                "`succeeded` and `failed` each need at least one state".into(),
                "list the terminal states the status operation reports",
            );
        }
        let cancel = spec.cancel_operation.as_ref().and_then(|id| {
            let Some(cancel) = find(id) else {
                self.unknown_operation(id, &format!("{path}.cancel-operation"), operations);
                return None;
            };
            let missing = missing_path_parameters(operation, cancel);
            if !missing.is_empty() {
                self.error(
                    Code::Conflict,
                    &id.referenced,
                    &format!("{path}.cancel-operation"),
                    format!(
                        "`{}` needs path parameters this operation does not have: {}",
                        id.value,
                        missing.join(", ")
                    ),
                    "name a cancel operation whose path parameters are among this operation's",
                );
                return None;
            }
            Some(cancel.id.rust.clone())
        });
        let result = match &spec.final_result {
            Some(final_result) => Some(self.final_result(
                final_result,
                &format!("{path}.final-result"),
                operation,
                status_fields,
                operations,
            )?),
            None => None,
        };
        let status = status?;
        state_type?;
        Some(LongRunning {
            poller,
            location: location?,
            status_operation: status.id.rust.clone(),
            status_response: status.response_type.clone(),
            status_error: status.error_type.clone(),
            status_property: spec.status_property.value.clone(),
            succeeded,
            failed,
            canceled,
            cancel_operation: cancel,
            result,
        })
    }

    /// Reports an operation id that no operation has (E0211), with the closest id.
    fn unknown_operation(&mut self, id: &Spanned<String>, path: &str, operations: &[Operation]) {
        // An operation whose file has errors (reported already) is not in `operations`, and
        // one whose file did not load may have any id: naming them is no further error.
        if self.operations_incomplete || self.invalid_operations.contains(&id.value) {
            return;
        }
        let ids: Vec<&str> = operations.iter().map(|op| op.id.wire.as_str()).collect();
        let help = match closest(&id.value, ids.iter().copied()) {
            Some(best) => {
                format!("did you mean `{best}`? name the `id` of an operation of this service")
            }
            None => format!(
                "name the `id` of an operation of this service: {}",
                ids.join(", ")
            ),
        };
        self.error(
            Code::InvalidValue,
            &id.referenced,
            path,
            format!("no operation has the id `{}`", id.value),
            &help,
        );
    }

    /// Resolves `final-result:`: a property of the status body, or a `GET` operation that
    /// the poller can call with the starting operation's path parameters alone.
    fn final_result(
        &mut self,
        spec: &Spanned<crate::load::FinalResultSpec>,
        path: &str,
        operation: &Operation,
        status_fields: Option<&[Field]>,
        operations: &[Operation],
    ) -> Option<FinalResult> {
        match (&spec.value.property, &spec.value.operation) {
            (Some(property), None) => {
                // Without the status body (reported), the property cannot be checked.
                let fields = status_fields?;
                let Some(field) = fields.iter().find(|f| f.name.wire == property.value) else {
                    let help = did_you_mean(
                        closest(&property.value, fields.iter().map(|f| f.name.wire.as_str())),
                        "name a top-level property of the status operation's success body"
                            .to_string(),
                    );
                    self.error(
                        Code::InvalidValue,
                        &property.referenced,
                        &format!("{path}.property"),
                        format!(
                            "the status operation's body has no property `{}`",
                            property.value
                        ),
                        &help,
                    );
                    return None;
                };
                Some(FinalResult::Property {
                    name: field.name.wire.clone(),
                    ty: field.ty.clone(),
                })
            }
            (None, Some(id)) => {
                let Some(target) = operations.iter().find(|op| op.id.wire == id.value) else {
                    self.unknown_operation(id, &format!("{path}.operation"), operations);
                    return None;
                };
                let key_path = format!("{path}.operation");
                let mut problems = Vec::new();
                if target.method != Method::Get {
                    problems.push(format!("it is a `{}`", target.method.as_str()));
                }
                if target.body.is_some() {
                    problems.push("it has a request body".to_string());
                }
                let queries: Vec<&str> = target
                    .parameters
                    .iter()
                    .filter(|p| {
                        p.location == ParameterLocation::Query
                            && (p.required || p.constant.is_some())
                    })
                    .map(|p| p.name.wire.as_str())
                    .collect();
                if !queries.is_empty() {
                    problems.push(format!("it sends {}", listed("query parameter", &queries)));
                }
                let headers: Vec<&str> = target
                    .headers
                    .iter()
                    .filter(|h| {
                        matches!(
                            h.value,
                            HeaderValue::Fixed(_) | HeaderValue::Caller { required: true, .. }
                        )
                    })
                    .map(|h| h.name.wire.as_str())
                    .collect();
                if !headers.is_empty() {
                    problems.push(format!("it sends {}", listed("header", &headers)));
                }
                let missing = missing_path_parameters(operation, target);
                if !missing.is_empty() {
                    problems.push(format!(
                        "it needs {}, which this operation does not have (of the same type)",
                        listed("path parameter", &missing)
                    ));
                }
                if !problems.is_empty() {
                    self.error(
                        Code::Conflict,
                        &id.referenced,
                        &key_path,
                        format!(
                            "`{}` cannot read the result: {}",
                            id.value,
                            problems.join("; ")
                        ),
                        "name a `GET` operation that needs only path parameters this operation has (the poller sends no query parameters but the API version, and no headers but the credentials)",
                    );
                    return None;
                }
                if let Some(clash) = target
                    .parameters
                    .iter()
                    .find(|p| p.name.rust == "status_url")
                {
                    self.error(
                        Code::NameCollision,
                        &id.referenced,
                        &key_path,
                        format!(
                            "the path parameter `{}` of `{}` would be named like the poller's `status_url` argument",
                            clash.name.wire, id.value
                        ),
                        "rename the path parameter",
                    );
                    return None;
                }
                Some(FinalResult::Operation {
                    method: target.id.rust.clone(),
                    response: target.response_type.clone(),
                    error: target.error_type.clone(),
                })
            }
            (property, _) => {
                let (message, help) = if property.is_some() {
                    (
                        "`final-result` has both `property` and `operation`",
                        "keep `property` for a result in the status body, or `operation` for one read with a `GET`",
                    )
                } else {
                    (
                        "`final-result` has neither `property` nor `operation`",
                        "write `property: <name>` for a result in the status body, or `operation: <id>` for one read with a `GET`",
                    )
                };
                self.error(Code::Conflict, &spec.referenced, path, message.into(), help);
                None
            }
        }
    }

    fn method(&mut self, method: &Spanned<String>) -> Option<Method> {
        let found = Method::ALL
            .iter()
            .find(|(name, _)| *name == method.value)
            .map(|(_, m)| *m);
        if found.is_none() {
            let names = Method::ALL.map(|(name, _)| name);
            let help = match Method::ALL
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(&method.value))
            {
                Some((name, _)) => format!("write the method in capitals: `{name}`"),
                None => did_you_mean(
                    closest(&method.value, names),
                    format!("use one of: {}", names.join(", ")),
                ),
            };
            self.error(
                Code::InvalidValue,
                &method.referenced,
                "method",
                format!("unknown HTTP method `{}`", method.value),
                &help,
            );
        }
        found
    }

    fn parameters(
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
            let location = match p.location.value.as_str() {
                "path" => Some(ParameterLocation::Path),
                "query" => Some(ParameterLocation::Query),
                other => {
                    let help = if other == "header" {
                        "declare headers under `headers`, not `parameters`".to_string()
                    } else {
                        did_you_mean(
                            closest(other, ["path", "query"]),
                            "use `path` or `query`".to_string(),
                        )
                    };
                    self.error(
                        Code::InvalidValue,
                        &p.location.referenced,
                        &format!("{path}.in"),
                        format!("unknown parameter location `{other}`"),
                        &help,
                    );
                    None
                }
            };
            let ty = self.parameter_type(p, location, &path, types);
            let description = self.text(&p.description, &format!("{path}.description"));
            if !wire_names.insert(p.name.value.clone()) {
                self.error(
                    Code::NameCollision,
                    &p.name.referenced,
                    &format!("{path}.name"),
                    format!("parameter `{}` is declared twice", p.name.value),
                    "remove one of them",
                );
                continue;
            }
            if self.api_version.as_deref() == Some(p.name.value.as_str()) {
                self.error(
                    Code::NameCollision,
                    &p.name.referenced,
                    &format!("{path}.name"),
                    format!("`{}` is the service's API version parameter, which every request already sends", p.name.value),
                    "remove this parameter: `service.api-version` in the service file states it once for every operation",
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
                self.error(
                    Code::Conflict,
                    &required.referenced,
                    &format!("{path}.required"),
                    format!("path parameter `{}` cannot be optional", p.name.value),
                    "remove `required: false`: a path parameter is always required",
                );
            }
            self.parameter_values(p, ty.as_ref(), &path, types);
            self.constant_parameter(p, location, &path);
            let allow_reserved = p.allow_reserved.as_ref().is_some_and(|allow| allow.value);
            if let Some(allow) = p.allow_reserved.as_ref().filter(|allow| allow.value)
                && location != Some(ParameterLocation::Path)
            {
                self.error(
                    Code::Conflict,
                    &allow.referenced,
                    &format!("{path}.allow-reserved"),
                    format!(
                        "`allow-reserved` on `{}`, which is not a path parameter",
                        p.name.value
                    ),
                    "remove `allow-reserved`: it keeps the reserved characters of a path parameter",
                );
            }
            if let (Some(location), Some(ty)) = (location, ty) {
                if location == ParameterLocation::Path
                    && ty == ParameterType::Scalar(Scalar::EmailList)
                {
                    self.error(
                        Code::UnknownType,
                        &p.ty.referenced,
                        &format!("{path}.type"),
                        "a path parameter cannot be an `email-list`".into(),
                        "use `string` for a path parameter",
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

    /// The type of a parameter: a scalar; in the query also a `list<T>` or a `map<T>` of a
    /// scalar, or a named object type whose properties are scalars or enumerations, with its
    /// collection format.
    fn parameter_type(
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
        let (what, ty) = if let Some(item) = element("list<") {
            let item = self.scalar(&item, &type_path, &in_collection);
            ("a list", item.map(|item| (item, None)))
        } else if let Some(item) = element("map<") {
            let item = self.scalar(&item, &type_path, &in_collection);
            ("a map", item.map(|item| (item, Some(None))))
        } else if let Some(shared) = types.shared.get(text)
            && let Type::Struct(rust) = shared
        {
            let rust = rust.clone();
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
            if p.collection_format.is_some() {
                self.collection_format(p, path);
            }
            return Some(ParameterType::Scalar(scalar));
        };
        if location == Some(ParameterLocation::Path) {
            self.error(
                Code::UnknownType,
                &p.ty.referenced,
                &type_path,
                format!("a path parameter cannot be {what}"),
                "use a scalar type such as `string` for a path parameter; collections go in the query",
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
    /// are scalars or enumerations (E0203 otherwise).
    fn query_object(
        &mut self,
        p: &crate::load::ParameterSpec,
        rust: &str,
        types: &TypeTable,
        path: &str,
    ) -> Option<()> {
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
        self.error(
            Code::UnknownType,
            &p.ty.referenced,
            path,
            format!(
                "`{}` cannot be written in a query: {} {}",
                p.ty.value.trim(),
                nested
                    .iter()
                    .map(|name| format!("`{name}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                if nested.len() == 1 {
                    "is neither a scalar nor an enumeration"
                } else {
                    "are neither scalars nor enumerations"
                },
            ),
            "a query parameter's object type has properties of the types `string`, `date`, `date-time`, `guid`, `integer`, `boolean`, `url`, or enumerations",
        );
        None
    }

    /// The `collection-format` of a collection parameter (`csv` when it has none); on a
    /// scalar, E0212.
    fn collection_format(
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
            && let Some(scalar) = Scalar::ALL.iter().find(|(name, _)| *name == collection)
        {
            self.error(
                Code::Conflict,
                &format.referenced,
                &format!("{path}.collection-format"),
                format!(
                    "`collection-format` is given, but the type is `{}`",
                    scalar.0
                ),
                "make the parameter a `list<T>`, a `map<T>` or an object type, or remove `collection-format`",
            );
            return None;
        }
        let found = CollectionFormat::ALL
            .iter()
            .find(|(name, _)| *name == format.value)
            .map(|(_, f)| *f);
        if found.is_none() {
            let names = CollectionFormat::ALL.map(|(name, _)| name);
            let help = match closest(&format.value, names) {
                Some(best) => format!(
                    "did you mean `{best}`? the formats are: {}",
                    names.join(", ")
                ),
                None => format!("use one of: {}", names.join(", ")),
            };
            self.error(
                Code::InvalidValue,
                &format.referenced,
                &format!("{path}.collection-format"),
                format!("unknown collection format `{}`", format.value),
                &help,
            );
        }
        found.or(Some(CollectionFormat::Csv))
    }

    /// Checks a parameter's `default`, `example` and `value` against its type: a scalar's as
    /// its text, a list's as its items joined as on the wire, a map's or an object's as JSON
    /// (which cannot be a constant).
    fn parameter_values(
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
                    self.error(
                        Code::Conflict,
                        &value.referenced,
                        &key_path,
                        format!(
                            "`{}` is {}, and has a constant `value`",
                            p.name.value,
                            if matches!(ty, ParameterType::Map(..)) { "a map" } else { "an object" }
                        ),
                        "a constant is a scalar or a list: remove `value`, or write the constant pairs as constant parameters of their own",
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
    fn constant_parameter(
        &mut self,
        p: &crate::load::ParameterSpec,
        location: Option<ParameterLocation>,
        path: &str,
    ) {
        let Some(value) = &p.value else { return };
        if location == Some(ParameterLocation::Path) {
            self.error(
                Code::Conflict,
                &value.referenced,
                &format!("{path}.value"),
                format!("path parameter `{}` has a constant `value`", p.name.value),
                "write the constant into the `path` itself, or make the parameter `in: query`",
            );
        }
        for (key, given) in [
            ("required", p.required.as_ref().map(|r| r.referenced)),
            ("default", p.default.as_ref().map(|d| d.referenced)),
            ("example", p.example.as_ref().map(|e| e.referenced)),
        ] {
            if let Some(at) = given {
                self.error(
                    Code::Conflict,
                    &at,
                    &format!("{path}.{key}"),
                    format!(
                        "`{key}` on `{}`, whose value is the constant `{}`",
                        p.name.value, value.value
                    ),
                    &format!(
                        "remove `{key}`: a constant is always sent, and the caller does not give it"
                    ),
                );
            }
        }
    }

    fn path_template(
        &mut self,
        template: &Spanned<String>,
        parameters: &[Parameter],
        file: &OperationFile,
    ) -> Option<Vec<PathSegment>> {
        let value = &template.value;
        let mut segments = Vec::new();
        let mut used = BTreeSet::new();
        let mut ok = true;
        if !value.starts_with('/') || value.contains(['?', '#']) {
            self.error(Code::InvalidPath, &template.referenced, "path", format!("`{value}` is not a path template"), "write the path from the root, without query string, e.g. `/api/publishers/{publisherId}/offers`");
            ok = false;
        }
        if value
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || crate::model::is_bidi_control(c))
        {
            self.error(Code::InvalidPath, &template.referenced, "path", "the path contains a space, a control character or a bidirectional control".into(), "write the path as it is sent, without spaces or line breaks, e.g. `/api/publishers/{publisherId}/offers`");
            ok = false;
        } else if value
            .split('/')
            .any(|segment| segment == "." || segment == "..")
        {
            self.error(
                Code::InvalidPath,
                &template.referenced,
                "path",
                "the path has a `.` or `..` segment, which URL normalization would remove".into(),
                "write the path without `.` and `..` segments",
            );
            ok = false;
        }
        let mut rest = value.as_str();
        while !rest.is_empty() {
            match rest.find(['{', '}']) {
                Some(start) if rest[start..].starts_with('{') => {
                    if start > 0 {
                        segments.push(PathSegment::Literal(rest[..start].to_string()));
                    }
                    let Some(len) = rest[start..].find('}') else {
                        self.error(
                            Code::InvalidPath,
                            &template.referenced,
                            "path",
                            format!("unclosed `{{` in `{value}`"),
                            "close the placeholder: `{name}`",
                        );
                        return None;
                    };
                    let placeholder = &rest[start + 1..start + len];
                    // Where `{placeholder}` is written, for the diagnostics about it.
                    let offset = value[..value.len() - rest.len() + start].chars().count();
                    let at = self.within(template, offset, placeholder.chars().count() + 2);
                    let preceded_by_slash = start > 0 && rest[..start].ends_with('/')
                        || start == 0
                            && segments.last().is_some_and(
                                |s| matches!(s, PathSegment::Literal(l) if l.ends_with('/')),
                            );
                    let after = &rest[start + len + 1..];
                    // Literal text may follow a placeholder in its segment (`{id}:export`).
                    let segment_rest = after.split('/').next().unwrap_or("");
                    if !preceded_by_slash || segment_rest.contains(['{', '}']) {
                        self.error_at(Code::InvalidPath, at.clone(), "path", format!("placeholder `{{{placeholder}}}` does not start a path segment, or shares it with another placeholder"), "a placeholder starts a path segment, right after a `/`; literal text may follow it: `/offers/{offerId}/cancel`, `/users/{id}:export`");
                        ok = false;
                    }
                    match parameters.iter().position(|p| {
                        p.location == ParameterLocation::Path && p.name.wire == placeholder
                    }) {
                        Some(index) => {
                            if !used.insert(index) {
                                self.error_at(
                                    Code::InvalidPath,
                                    at,
                                    "path",
                                    format!("placeholder `{{{placeholder}}}` is used twice"),
                                    "use each path parameter once",
                                );
                                ok = false;
                            }
                            segments.push(PathSegment::Parameter(index));
                        }
                        None => {
                            let declared: Vec<&str> = parameters
                                .iter()
                                .filter(|p| p.location == ParameterLocation::Path)
                                .map(|p| p.name.wire.as_str())
                                .collect();
                            let query = parameters.iter().any(|p| p.name.wire == placeholder);
                            let help = if query {
                                format!(
                                    "`{placeholder}` is declared with `in: query`; make it `in: path`"
                                )
                            } else {
                                match closest(placeholder, declared.iter().copied()) {
                                    Some(best) => {
                                        // The likely meant parameter is not reported unused too.
                                        if let Some(meant) = parameters.iter().position(|p| {
                                            p.location == ParameterLocation::Path
                                                && p.name.wire == best
                                        }) {
                                            used.insert(meant);
                                        }
                                        format!(
                                            "did you mean `{{{best}}}`? or declare `{placeholder}` under `parameters` with `in: path`"
                                        )
                                    }
                                    None => format!(
                                        "declare `{placeholder}` under `parameters` with `in: path`"
                                    ),
                                }
                            };
                            // A parameter that failed its own checks was already reported.
                            if !file
                                .parameters
                                .iter()
                                .any(|p| p.value.name.value == placeholder)
                                || query
                            {
                                self.error_at(
                                    Code::UndeclaredPathParameter,
                                    at,
                                    "path",
                                    format!(
                                        "path placeholder `{{{placeholder}}}` has no path parameter"
                                    ),
                                    &help,
                                );
                            }
                            ok = false;
                        }
                    }
                    rest = after;
                }
                Some(_) => {
                    self.error(
                        Code::InvalidPath,
                        &template.referenced,
                        "path",
                        format!("unmatched `}}` in `{value}`"),
                        "placeholders are written `{name}`",
                    );
                    return None;
                }
                None => {
                    segments.push(PathSegment::Literal(rest.to_string()));
                    rest = "";
                }
            }
        }
        for (index, parameter) in parameters.iter().enumerate() {
            if parameter.location == ParameterLocation::Path && !used.contains(&index) {
                let spanned = file
                    .parameters
                    .iter()
                    .enumerate()
                    .find(|(_, p)| p.value.name.value == parameter.name.wire);
                if let Some((spec_index, spanned)) = spanned {
                    self.error(
                        Code::UnusedPathParameter,
                        &spanned.value.name.referenced,
                        &format!("parameters[{spec_index}].name"),
                        format!(
                            "path parameter `{}` does not appear in the path `{value}`",
                            parameter.name.wire
                        ),
                        &format!(
                            "add `{{{}}}` to `path`, or make the parameter `in: query`",
                            parameter.name.wire
                        ),
                    );
                }
                ok = false;
            }
        }
        ok.then_some(segments)
    }

    fn request_headers(
        &mut self,
        file: &OperationFile,
        arguments: &mut NameSpace,
    ) -> Vec<RequestHeader> {
        let mut headers = Vec::new();
        let mut seen = BTreeSet::new();
        for (index, spanned) in file.headers.iter().enumerate() {
            let h = &spanned.value;
            let path = format!("headers[{index}]");
            if !is_token(&h.name.value) {
                self.error(
                    Code::InvalidName,
                    &h.name.referenced,
                    &format!("{path}.name"),
                    format!("`{}` is not a valid header name", h.name.value),
                    "header names are letters, digits and `-`, e.g. `If-Match`",
                );
                continue;
            }
            if !seen.insert(h.name.value.to_ascii_lowercase()) {
                self.error(
                    Code::NameCollision,
                    &h.name.referenced,
                    &format!("{path}.name"),
                    format!("header `{}` is declared twice", h.name.value),
                    "remove one of them",
                );
                continue;
            }
            let description = self.optional_text(&h.description, &format!("{path}.description"));
            let auth = h.auth.as_ref().is_some_and(|a| a.value);
            // Keys that describe the caller's argument, on a header the caller does not give.
            let caller_keys = [
                ("required", h.required.as_ref().map(|r| r.referenced)),
                ("example", h.example.as_ref().map(|e| e.referenced)),
            ];
            let caller_keys = caller_keys
                .into_iter()
                .chain([("generated", h.generated.as_ref().map(|g| g.referenced))]);
            for (key, referenced) in caller_keys {
                if let (None, Some(referenced)) = (&h.ty, referenced) {
                    self.error(
                        Code::Conflict,
                        &referenced,
                        &format!("{path}.{key}"),
                        format!("`{key}` on `{}`, whose value the caller does not give", h.name.value),
                        &format!("remove `{key}`: it applies only to headers with a `type`, which the caller passes"),
                    );
                }
            }
            let value = match (&h.value, auth, &h.ty) {
                (Some(value), false, None) => {
                    self.header_or_query_value(value, &format!("{path}.value"));
                    HeaderValue::Fixed(value.value.clone())
                }
                (None, true, None) => {
                    let expected = self
                        .auth_header
                        .clone()
                        .unwrap_or_else(|| "Authorization".into());
                    // An `api-key` service without its header is reported at the service.
                    if self.has_auth
                        && !expected.is_empty()
                        && !h.name.value.eq_ignore_ascii_case(&expected)
                    {
                        let message = if expected == "Authorization" {
                            format!(
                                "`auth: true` on `{}`: bearer tokens travel in `Authorization`",
                                h.name.value
                            )
                        } else {
                            format!(
                                "`auth: true` on `{}`: the service's API key travels in `{expected}`",
                                h.name.value
                            )
                        };
                        self.error(
                            Code::InvalidValue,
                            &h.name.referenced,
                            &format!("{path}.name"),
                            message,
                            &format!("name the header `{expected}`, as `service.auth` says"),
                        );
                        continue;
                    }
                    if !self.has_auth {
                        let at = h.auth.as_ref().map_or(h.name.referenced, |a| a.referenced);
                        self.error(Code::Conflict, &at, &format!("{path}.auth"), "`auth: true`, but the service declares no `auth`".into(), "add `auth:` with `scheme: bearer` to the service file, or give the header a `value`");
                        continue;
                    }
                    HeaderValue::Auth
                }
                (None, false, Some(ty)) => {
                    let Some(ty) = self.scalar(
                        ty,
                        &format!("{path}.type"),
                        &[Scalar::Json, Scalar::UrlReference],
                    ) else {
                        continue;
                    };
                    let Some(name) = self.ident(&h.name, &format!("{path}.name"), Case::Snake)
                    else {
                        continue;
                    };
                    if !self.unique(
                        arguments,
                        &name,
                        &h.name.referenced,
                        &format!("{path}.name"),
                        "header",
                    ) {
                        continue;
                    }
                    if let Some(example) = &h.example {
                        self.argument_value(example, ty, &format!("{path}.example"));
                    }
                    let required = h.required.as_ref().is_some_and(|r| r.value);
                    let generated = h.generated.as_ref().is_some_and(|generated| {
                        self.generated_header(generated, ty, required, &h.name.value, &path)
                    });
                    HeaderValue::Caller {
                        ty,
                        required,
                        example: h.example.as_ref().map(|e| e.value.clone()),
                        generated,
                    }
                }
                _ => {
                    self.error(Code::Conflict, &h.name.referenced, &path, format!("header `{}` needs exactly one of `value`, `auth: true` or `type`", h.name.value), "`value` for a fixed value, `auth: true` for the token, `type` for a value the caller passes");
                    continue;
                }
            };
            let name = to_ident(&h.name.value, Case::Snake).unwrap_or_else(|| Name {
                wire: h.name.value.clone(),
                rust: String::new(),
                raw: false,
            });
            headers.push(RequestHeader {
                name,
                value,
                description,
            });
        }
        headers
    }

    /// Checks `generated:` on a caller header of type `ty`; whether the client generates it.
    fn generated_header(
        &mut self,
        generated: &Spanned<String>,
        ty: Scalar,
        required: bool,
        name: &str,
        path: &str,
    ) -> bool {
        let path = format!("{path}.generated");
        if generated.value != "uuid" {
            let help = match closest(&generated.value, ["uuid"]) {
                Some(_) => "did you mean `uuid`? it is the only generated value".to_string(),
                None => "write `generated: uuid`, the only generated value".to_string(),
            };
            self.error(
                Code::InvalidValue,
                &generated.referenced,
                &path,
                format!("unknown generated value `{}`", generated.value),
                &help,
            );
            return false;
        }
        if ty != Scalar::Guid {
            self.error(
                Code::Conflict,
                &generated.referenced,
                &path,
                format!(
                    "header `{name}` is generated as a UUID, but its type is `{}`",
                    ty.spec_name()
                ),
                "give the header `type: guid`",
            );
            return false;
        }
        if required {
            self.error(Code::Conflict, &generated.referenced, &path, format!("header `{name}` is both `required` and `generated`"), "remove `required: true`: the client generates the value when the caller gives none");
            return false;
        }
        true
    }

    fn body(
        &mut self,
        body: &Spanned<BodySpec>,
        type_prefix: &str,
        types: &mut TypeTable,
        type_names: &mut NameSpace,
    ) -> Option<Body> {
        let spec = &body.value;
        let description = self.optional_text(&spec.description, "request-body.description");
        let (ty, fields) = match (&spec.ty, &spec.properties) {
            (Some(ty), None) => {
                let name = match self.type_reference(ty, "request-body.type", types) {
                    Some(Type::Struct(name)) => name,
                    Some(_) => {
                        self.error(
                            Code::UnknownType,
                            &ty.referenced,
                            "request-body.type",
                            format!("a request body must be an object, not `{}`", ty.value),
                            "declare the body's `properties`, or name an object type from `types`",
                        );
                        return None;
                    }
                    None => return None,
                };
                let fields = types
                    .structs
                    .iter()
                    .find(|s| s.name.rust == name)
                    .map(|s| s.fields.clone())
                    .unwrap_or_default();
                (name, fields)
            }
            (None, Some(properties)) => {
                let rust = self.derived_type_name(
                    &format!("{type_prefix}Request"),
                    &body.referenced,
                    "request-body",
                    "the struct of the request body",
                    type_names,
                )?;
                let fields = self.fields(
                    properties,
                    &rust.rust,
                    "request-body.properties",
                    types,
                    type_names,
                );
                let example = spec.example.as_ref().map(|e| e.value.clone());
                types.structs.push(Struct {
                    name: rust.clone(),
                    description: description.clone(),
                    fields: fields.clone(),
                    example,
                    inline: true,
                });
                (rust.rust, fields)
            }
            _ => {
                self.error(
                    Code::Conflict,
                    &body.referenced,
                    "request-body",
                    "a request body needs exactly one of `type` or `properties`".into(),
                    "name a type from `types`, or list the body's `properties`",
                );
                return None;
            }
        };
        let _ = fields;
        if let Some(example) = &spec.example {
            self.example(
                example,
                &Type::Struct(ty.clone()),
                types,
                "request-body.example",
            );
        }
        Some(Body {
            ty,
            description,
            required: spec.required.as_ref().is_none_or(|required| required.value),
            example: spec.example.as_ref().map(|e| e.value.clone()),
        })
    }

    fn response_headers(&mut self, file: &OperationFile) -> Vec<ResponseHeader> {
        let mut headers = Vec::new();
        // Fields every response variant may have besides its headers.
        let mut names = NameSpace::reserving(&["body", "response"]);
        for (index, spanned) in file.response_headers.iter().enumerate() {
            let h = &spanned.value;
            let path = format!("response-headers[{index}]");
            let ty = self.scalar(&h.ty, &format!("{path}.type"), &[Scalar::Json]);
            let description = self.text(&h.description, &format!("{path}.description"));
            if !is_token(&h.name.value) {
                self.error(
                    Code::InvalidName,
                    &h.name.referenced,
                    &format!("{path}.name"),
                    format!("`{}` is not a valid header name", h.name.value),
                    "header names are letters, digits and `-`, e.g. `Operation-Location`",
                );
                continue;
            }
            let Some(name) = self.ident(&h.name, &format!("{path}.name"), Case::Snake) else {
                continue;
            };
            if !self.unique(
                &mut names,
                &name,
                &h.name.referenced,
                &format!("{path}.name"),
                "response header",
            ) {
                continue;
            }
            if let (Some(example), Some(ty)) = (&h.example, ty)
                && let Err(problem) = check_scalar_text(&example.value, ty)
            {
                self.error(
                    Code::InvalidExample,
                    &example.referenced,
                    &format!("{path}.example"),
                    format!("the example is not a valid {}: {problem}", ty.spec_name()),
                    "give an example of the declared type",
                );
            }
            if let Some(ty) = ty {
                headers.push(ResponseHeader {
                    name,
                    ty,
                    description,
                    example: h.example.as_ref().map(|e| e.value.clone()),
                });
            }
        }
        headers
    }

    fn responses(
        &mut self,
        file: &OperationFile,
        response_headers: &[ResponseHeader],
        types: &TypeTable,
    ) -> Vec<Response> {
        let mut responses = Vec::new();
        // The codes listed so far, where, and for which row.
        let mut codes: Vec<(StatusCode, Location, usize)> = Vec::new();
        // Variants every error enum has, and the one whose predicate would be `is_retryable`.
        let mut variants = NameSpace::reserving(&crate::model::RESERVED_VARIANTS);
        if file.responses.is_empty() {
            self.diagnostics.push(
                Diagnostic::error(
                    Code::MissingKey,
                    Location::file(&self.source.path),
                    "the operation has no responses",
                )
                .at_path("responses")
                .with_help("list the status table under `responses:`"),
            );
        }
        for (index, spanned) in file.responses.iter().enumerate() {
            let r = &spanned.value;
            let path = format!("responses[{index}]");
            let code = match read_status_code(&r.code.value) {
                Ok(code) => self.listed_once(code, &r.code, index, &mut codes, &path),
                Err((message, help)) => {
                    self.error(
                        Code::InvalidStatusCode,
                        &r.code.referenced,
                        &format!("{path}.code"),
                        message,
                        &help,
                    );
                    None
                }
            };
            let kind = match r.kind.value.as_str() {
                "success" => Some(ResponseKind::Success),
                "error" => Some(ResponseKind::Error),
                other => {
                    let help = match closest(other, ["success", "error"]) {
                        Some(best) => format!("did you mean `{best}`?"),
                        None => "use `success` or `error`".to_string(),
                    };
                    self.error(
                        Code::InvalidValue,
                        &r.kind.referenced,
                        &format!("{path}.kind"),
                        format!("unknown response kind `{other}`"),
                        &help,
                    );
                    None
                }
            };
            let description = self.text(&r.description, &format!("{path}.description"));
            let variant = self.ident(&r.name, &format!("{path}.name"), Case::Pascal);
            let variant_unique = variant.as_ref().is_some_and(|v| {
                self.unique(
                    &mut variants,
                    v,
                    &r.name.referenced,
                    &format!("{path}.name"),
                    "response",
                )
            });
            let mut headers = Vec::new();
            for (header_index, header) in r.headers.iter().enumerate() {
                match response_headers
                    .iter()
                    .position(|h| h.name.wire.eq_ignore_ascii_case(&header.value))
                {
                    Some(position) if headers.contains(&position) => {
                        self.error(
                            Code::NameCollision,
                            &header.referenced,
                            &format!("{path}.headers[{header_index}]"),
                            format!("header `{}` is listed twice in this row", header.value),
                            "list each header once",
                        );
                    }
                    Some(position) => headers.push(position),
                    None => {
                        let declared: Vec<&str> = response_headers
                            .iter()
                            .map(|h| h.name.wire.as_str())
                            .collect();
                        let help = match closest(&header.value, declared.iter().copied()) {
                            Some(best) => format!(
                                "did you mean `{best}`? or declare `{}` under `response-headers`",
                                header.value
                            ),
                            None => format!(
                                "declare `{}` under `response-headers` (type, description)",
                                header.value
                            ),
                        };
                        self.error(
                            Code::UndeclaredHeader,
                            &header.referenced,
                            &format!("{path}.headers[{header_index}]"),
                            format!(
                                "response header `{}` is not declared in `response-headers`",
                                header.value
                            ),
                            &help,
                        );
                    }
                }
            }
            let body = r.body.as_ref().and_then(|body| {
                let ty = self.type_reference(body, &format!("{path}.body"), types)?;
                match misplaced_scalar(&ty, false) {
                    Some(scalar) => {
                        self.misplaced(scalar, body, &format!("{path}.body"));
                        None
                    }
                    None => Some(ty),
                }
            });
            match (&r.example, &body, &r.body) {
                (Some(example), Some(ty), _) => {
                    self.example(example, ty, types, &format!("{path}.example"));
                }
                (Some(example), None, None) => self.error(
                    Code::Conflict,
                    &example.referenced,
                    &format!("{path}.example"),
                    "the row has an `example` but no `body`".into(),
                    "declare the body's type under `body`, or remove the example",
                ),
                _ => {}
            }
            if let (Some(code), Some(kind), Some(variant), true) =
                (code, kind, variant, variant_unique)
            {
                match code {
                    StatusCode::Code(code)
                        if kind == ResponseKind::Success && !(100..=399).contains(&code) =>
                    {
                        self.error(
                            Code::Conflict,
                            &r.kind.referenced,
                            &format!("{path}.kind"),
                            format!("status {code} is marked `success`"),
                            "mark 4xx and 5xx rows `kind: error`",
                        );
                    }
                    StatusCode::Range(..) | StatusCode::Default
                        if kind == ResponseKind::Success =>
                    {
                        self.error(
                            Code::Conflict,
                            &r.code.referenced,
                            &format!("{path}.code"),
                            format!("the `success` row has the code `{code}`, which is not one status"),
                            "give each success status a row of its own with its code (`200`), or mark the row `kind: error`",
                        );
                    }
                    _ => {}
                }
                responses.push(Response {
                    code,
                    variant,
                    kind,
                    description,
                    headers,
                    body,
                    example: r.example.as_ref().map(|e| e.value.clone()),
                    // Resolved once every operation is known (`long_running`).
                    long_running: None,
                });
            }
        }
        self.unreachable_rows(file, &codes);
        if !file.responses.is_empty()
            && !file
                .responses
                .iter()
                .any(|r| r.value.kind.value == "success")
        {
            self.diagnostics.push(
                Diagnostic::error(
                    Code::MissingKey,
                    self.at(&file.responses[0].referenced),
                    "the status table has no success row",
                )
                .at_path("responses")
                .with_help("mark the rows that mean success with `kind: success`"),
            );
        }
        responses
    }

    /// Records a row's code, unless a row lists it already (or, for a range, one that
    /// overlaps it without one containing the other): E0208.
    fn listed_once(
        &mut self,
        code: StatusCode,
        written: &Spanned<StatusCodeSpec>,
        row: usize,
        codes: &mut Vec<(StatusCode, Location, usize)>,
        path: &str,
    ) -> Option<StatusCode> {
        let clash = codes.iter().find_map(|(listed, at, _)| {
            if *listed == code {
                let message = match code {
                    StatusCode::Code(code) => format!("status code {code} is listed twice"),
                    StatusCode::Range(..) if written.value.to_string() != code.to_string() => {
                        format!(
                            "the status range {} ({code}) is listed twice",
                            written.value
                        )
                    }
                    StatusCode::Range(..) => format!("the status range {code} is listed twice"),
                    StatusCode::Default => "`default` is listed twice".to_string(),
                };
                return Some((
                    message,
                    format!("the status is first listed at {at}; merge the two rows"),
                ));
            }
            match (code, *listed) {
                (StatusCode::Range(low, high), StatusCode::Range(other_low, other_high))
                    if low <= other_high
                        && other_low <= high
                        && !(low >= other_low && high <= other_high)
                        && !(other_low >= low && other_high <= high) =>
                {
                    Some((
                        format!("the status range {code} overlaps the range {listed}"),
                        format!(
                            "make one range contain the other (the narrower one is matched first) or keep them apart; {listed} is listed at {at}"
                        ),
                    ))
                }
                _ => None,
            }
        });
        match clash {
            Some((message, help)) => {
                self.error(
                    Code::DuplicateStatusCode,
                    &written.referenced,
                    &format!("{path}.code"),
                    message,
                    &help,
                );
                None
            }
            None => {
                codes.push((code, self.at(&written.referenced), row));
                Some(code)
            }
        }
    }

    /// A range whose every code has a row of higher precedence is never matched: E0208.
    fn unreachable_rows(&mut self, file: &OperationFile, codes: &[(StatusCode, Location, usize)]) {
        let listed: Vec<StatusCode> = codes.iter().map(|(code, _, _)| *code).collect();
        for (index, (code, _, row)) in codes.iter().enumerate() {
            let StatusCode::Range(low, high) = *code else {
                continue;
            };
            if (low..=high).any(|status| StatusCode::select(&listed, status) == Some(index)) {
                continue;
            }
            let written = &file.responses[*row].value.code;
            self.error(
                Code::DuplicateStatusCode,
                &written.referenced,
                &format!("responses[{row}].code"),
                format!("no status is read by this row: every code of {code} has a row of its own"),
                "remove the row, or the rows that take each of its codes",
            );
        }
    }

    /// Checks a JSON example: it parses, and matches the declared type.
    fn example(&mut self, example: &Spanned<String>, ty: &Type, types: &TypeTable, path: &str) {
        let value: serde_json::Value = match serde_json::from_str(&example.value) {
            Ok(value) => value,
            Err(error) => {
                let syntax = json_syntax(&example.value, &error);
                let location = match syntax.line {
                    0 => self.at(&example.referenced),
                    line => self.in_example(example, line, syntax.column, syntax.len),
                };
                let message = format!("the example is not valid JSON: {}", syntax.message);
                self.error_at(Code::InvalidExample, location, path, message, &syntax.help);
                return;
            }
        };
        let mut problems = Vec::new();
        check_value(&value, ty, types, "", &mut problems);
        for problem in problems {
            let location = match locate_json(&example.value, &problem.pointer, problem.key) {
                Some((offset, len)) => {
                    let before = &example.value[..offset];
                    let line = before.matches('\n').count() + 1;
                    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
                    self.in_example(example, line, column, len)
                }
                None => self.at(&example.referenced),
            };
            self.error_at(
                Code::InvalidExample,
                location,
                path,
                format!(
                    "the example does not match the declared properties: {}",
                    problem.message
                ),
                problem
                    .help
                    .as_deref()
                    .unwrap_or("make the example and the `properties` agree"),
            );
        }
    }

    /// Where line `line`, column `column` (1-based) of an example's text is written.
    ///
    /// A block scalar (`example: |`) starts at its first content line, and its lines keep the
    /// indentation of that line: the columns shift by it. A quoted one-line scalar shifts by its
    /// quote; the lines of a quoted multi-line scalar are folded, so only its start is known.
    fn in_example(
        &self,
        example: &Spanned<String>,
        line: usize,
        column: usize,
        len: usize,
    ) -> Location {
        let start = self.at(&example.referenced);
        let quoted = self.quoted(&start, &example.value);
        if quoted && line > 1 {
            return start;
        }
        // The end of the text (where JSON ends too early) is the end of its last line.
        let lines: Vec<&str> = example.value.lines().collect();
        let (line, column) = match lines.last() {
            Some(last) if line > lines.len() => (lines.len(), last.chars().count() + 1),
            _ => (line, column),
        };
        Location {
            line: start.line + line - 1,
            column: start.column + column - 1 + usize::from(quoted),
            len,
            ..start
        }
    }
}

/// `the header `a``, `the headers `a`, `b``.
fn listed(what: &str, names: &[&str]) -> String {
    let names: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    let plural = if names.len() == 1 { "" } else { "s" };
    format!("the {what}{plural} {}", names.join(", "))
}

/// The path parameters of `target` that `operation` does not have with the same name and type.
fn missing_path_parameters<'a>(operation: &Operation, target: &'a Operation) -> Vec<&'a str> {
    target
        .parameters
        .iter()
        .filter(|p| {
            p.location == ParameterLocation::Path
                && !operation.parameters.iter().any(|own| {
                    own.location == ParameterLocation::Path
                        && own.name.wire == p.name.wire
                        && own.ty == p.ty
                })
        })
        .map(|p| p.name.wire.as_str())
        .collect()
}

/// Reads a row's `code`: its statuses, or why it is none (the message and the help of E0207).
fn read_status_code(spec: &StatusCodeSpec) -> Result<StatusCode, (String, String)> {
    let outside = |code: i64| {
        (
            format!("status code {code} is outside 100..=599"),
            "use an HTTP status code between 100 and 599, e.g. 404".to_string(),
        )
    };
    let exact = |code: i64| match u16::try_from(code) {
        Ok(code) if (100..=599).contains(&code) => Ok(StatusCode::Code(code)),
        _ => Err(outside(code)),
    };
    let text = match spec {
        StatusCodeSpec::Number(code) => return exact(*code),
        StatusCodeSpec::Text(text) => text.as_str(),
    };
    let is_number = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    if text == "default" {
        return Ok(StatusCode::Default);
    }
    if is_number(text)
        && let Ok(code) = text.parse::<i64>()
    {
        return exact(code);
    }
    // A class: `4XX`.
    if let [class @ b'0'..=b'9', x, y] = text.as_bytes()
        && x.eq_ignore_ascii_case(&b'X')
        && y.eq_ignore_ascii_case(&b'X')
    {
        let class = u16::from(class - b'0');
        if *x != b'X' || *y != b'X' {
            return Err((
                format!("`{text}` is not a status code"),
                format!("write a class of codes with capital X: `{class}XX`"),
            ));
        }
        if !(1..=5).contains(&class) {
            return Err((
                format!("the status class {text} is outside 100..=599"),
                "use a class from `1XX` to `5XX`".to_string(),
            ));
        }
        return Ok(StatusCode::Range(class * 100, class * 100 + 99));
    }
    // A range: `494-499`.
    if let Some((low_text, high_text)) = text.split_once('-')
        && is_number(low_text.trim())
        && is_number(high_text.trim())
    {
        let (low, high) = (
            low_text.trim().parse::<i64>().unwrap_or(i64::MAX),
            high_text.trim().parse::<i64>().unwrap_or(i64::MAX),
        );
        let problem = if low_text.trim() != low_text || high_text.trim() != high_text {
            Some((
                format!("`{text}` is not a status code"),
                format!("write the range without spaces: `{low}-{high}`"),
            ))
        } else if !(100..=599).contains(&low) || !(100..=599).contains(&high) {
            Some((
                format!("the status range {text} is outside 100..=599"),
                "write a range of HTTP status codes between 100 and 599, e.g. `494-499`"
                    .to_string(),
            ))
        } else if low == high {
            Some((
                format!("the status range {text} has a single code"),
                format!("write the code itself: `{low}`"),
            ))
        } else if low > high {
            Some((
                format!("the status range {text} ends before it starts"),
                format!("write the lower code first: `{high}-{low}`"),
            ))
        } else {
            None
        };
        return match (problem, u16::try_from(low), u16::try_from(high)) {
            (None, Ok(low), Ok(high)) => Ok(StatusCode::Range(low, high)),
            (Some(problem), _, _) => Err(problem),
            _ => Err(outside(low)),
        };
    }
    let forms =
        "write a status code (`404`), a class of codes (`4XX`), a range (`494-499`) or `default`";
    Err((
        format!("`{text}` is not a status code"),
        match closest(text, ["default"]) {
            Some(best) => format!("did you mean `{best}`? or {forms}"),
            None => forms.to_string(),
        },
    ))
}

/// Declared structs and enumerations, and the shared ones by spec name.
#[derive(Default)]
struct TypeTable {
    shared: BTreeMap<String, Type>,
    structs: Vec<Struct>,
    enums: Vec<Enumeration>,
    /// Spec names of shared types whose names were refused (and reported).
    rejected: BTreeSet<String>,
    /// Rust names of structs with a property that was refused (and reported).
    incomplete: BTreeSet<String>,
}

impl TypeTable {
    fn fields(&self, rust_name: &str) -> &[Field] {
        self.structs
            .iter()
            .find(|s| s.name.rust == rust_name)
            .map_or(&[], |s| s.fields.as_slice())
    }

    fn enum_values(&self, rust_name: &str) -> Option<&[EnumValue]> {
        self.enums
            .iter()
            .find(|e| e.name.rust == rust_name)
            .map(|e| e.values.as_slice())
    }
}

/// How deeply `list<T>` and `map<T>` may nest in a type expression (`list<map<string>>` is 2).
/// The generated `Vec<BTreeMap<..>>` of deeper ones is parsed, formatted and compiled by
/// recursive code that would run out of stack.
const MAX_TYPE_NESTING: usize = 8;

/// How many `list<`/`map<` a type expression opens before its innermost name.
fn collection_nesting(text: &str) -> usize {
    let mut rest = text;
    let mut nesting = 0;
    while let Some(inner) = rest
        .strip_prefix("list<")
        .or_else(|| rest.strip_prefix("map<"))
    {
        nesting += 1;
        rest = inner.trim_start();
    }
    nesting
}

/// Resolves a type expression: a scalar, a declared type, `list<T>` or `map<T>`.
///
/// `Err(Some(name))`: `name` (the innermost part) is unknown; `Err(None)`: already reported.
fn resolve_type(text: &str, types: &TypeTable) -> Result<Type, Option<String>> {
    for (prefix, make) in [
        ("list<", Type::List as fn(Box<Type>) -> Type),
        ("map<", Type::Map),
    ] {
        if let Some(inner) = text
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix('>'))
        {
            return resolve_type(inner.trim(), types).map(|item| make(Box::new(item)));
        }
    }
    if let Some((_, scalar)) = Scalar::ALL.iter().find(|(name, _)| *name == text) {
        return Ok(Type::Scalar(*scalar));
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

/// Where an example does not match its properties: a JSON pointer, and whether the key (rather
/// than the value) written there is meant.
struct Problem {
    pointer: String,
    key: bool,
    message: String,
    help: Option<String>,
}

impl Problem {
    fn at(pointer: &str, message: String) -> Self {
        Problem {
            pointer: pointer.to_string(),
            key: false,
            message,
            help: None,
        }
    }
}

/// Why a text is not JSON: where (1-based line and character column; line 0: unknown), what,
/// and how to fix it.
struct JsonSyntax {
    line: usize,
    column: usize,
    len: usize,
    message: String,
    help: String,
}

/// Explains a JSON syntax error, recognizing what people copy from documentation pages:
/// typographic quotes, single quotes, a status line before the body, an extra closing brace.
fn json_syntax(text: &str, error: &serde_json::Error) -> JsonSyntax {
    let at = |line: usize, column: usize, message: String, help: &str| JsonSyntax {
        line,
        column,
        len: 1,
        message,
        help: help.to_string(),
    };
    // A typographic quote looks like a JSON quote but is not one; the parser stumbles later.
    let typographic = text.lines().enumerate().find_map(|(index, line)| {
        line.chars()
            .position(|c| "\u{201c}\u{201d}\u{2018}\u{2019}\u{201e}".contains(c))
            .map(|column| {
                (
                    index + 1,
                    column + 1,
                    line.chars().nth(column).unwrap_or('"'),
                )
            })
    });
    if let Some((line, column, quote)) = typographic {
        return at(
            line,
            column,
            format!("`{quote}` is a typographic quote"),
            "replace it with a straight double quote `\"`",
        );
    }
    // `200 OK` before the body: a status line copied from a response.
    let first = text
        .lines()
        .enumerate()
        .find(|(_, line)| !line.trim().is_empty());
    if let Some((index, line)) = first {
        let trimmed = line.trim();
        let code = trimmed.split_whitespace().next().unwrap_or("");
        if code.len() == 3
            && code.chars().all(|c| c.is_ascii_digit())
            && trimmed.len() > 3
            && trimmed[3..]
                .trim()
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == ' ')
        {
            let column = line.chars().take_while(|c| c.is_whitespace()).count() + 1;
            let mut syntax = at(
                index + 1,
                column,
                format!("the example starts with the status line `{trimmed}`"),
                "remove the line: the status is the row's `code`, the example is the body alone",
            );
            syntax.len = trimmed.chars().count();
            return syntax;
        }
    }
    let line = error.line();
    // serde_json counts columns in bytes; the diagnostic counts characters.
    let column = text
        .lines()
        .nth(line.saturating_sub(1))
        .map_or(error.column(), |text| {
            text.char_indices()
                .take_while(|(byte, _)| *byte < error.column().saturating_sub(1))
                .count()
                + 1
        });
    let found = text
        .lines()
        .nth(line.saturating_sub(1))
        .and_then(|text| text.chars().nth(column - 1));
    let message = strip_json_position(&error.to_string()).to_string();
    let help = if found == Some('\'') {
        "JSON keys and strings take double quotes: write `\"name\"`, not `'name'`"
    } else if matches!(found, Some('}' | ']')) && !message.starts_with("trailing characters") {
        "this bracket closes nothing open here: remove the extra one, or add what it should close"
    } else if message.starts_with("trailing characters") {
        "remove what follows the end of the JSON value (an extra `}` or `]`?)"
    } else if error.classify() == serde_json::error::Category::Eof {
        "the JSON ends early: close every `{` and `[`"
    } else if message.starts_with("key must be a string") {
        "put the key in double quotes: `\"name\": value`"
    } else {
        "fix the JSON: keys and strings take double quotes, no trailing commas"
    };
    at(line, column.max(1), message, help)
}

/// Checks an object against `fields`; keys it does not declare are reported when `complete`
/// (when some property was refused, the key may be that property's, already reported).
fn check_object(
    value: &serde_json::Value,
    fields: &[Field],
    complete: bool,
    types: &TypeTable,
    at: &str,
    problems: &mut Vec<Problem>,
) {
    let Some(object) = value.as_object() else {
        problems.push(Problem::at(
            at,
            format!("`{}` should be an object", display_pointer(at)),
        ));
        return;
    };
    for key in object.keys() {
        if complete && !fields.iter().any(|f| f.name.wire == *key) {
            let help = match closest(key, fields.iter().map(|f| f.name.wire.as_str())) {
                Some(best) => format!(
                    "did you mean `{best}`? rename the key, or declare `{key}` under `properties`"
                ),
                None => {
                    format!("declare `{key}` under `properties`, or remove it from the example")
                }
            };
            problems.push(Problem {
                pointer: format!("{at}/{key}"),
                key: true,
                message: format!("`{at}/{key}` is not a declared property"),
                help: Some(help),
            });
        }
    }
    for field in fields {
        let pointer = format!("{at}/{}", field.name.wire);
        match object.get(&field.name.wire) {
            None if field.required => problems.push(Problem::at(
                at,
                format!("required property `{pointer}` is missing"),
            )),
            None => {}
            Some(serde_json::Value::Null) if field.nullable => {}
            Some(value) => check_value(value, &field.ty, types, &pointer, problems),
        }
    }
}

fn check_value(
    value: &serde_json::Value,
    ty: &Type,
    types: &TypeTable,
    at: &str,
    problems: &mut Vec<Problem>,
) {
    match ty {
        Type::Struct(name) => {
            let complete = !types.incomplete.contains(name);
            check_object(value, types.fields(name), complete, types, at, problems);
        }
        Type::List(item) => match value.as_array() {
            Some(items) => {
                for (index, element) in items.iter().enumerate() {
                    check_value(element, item, types, &format!("{at}/{index}"), problems);
                }
            }
            None => problems.push(Problem::at(
                at,
                format!("`{}` should be a list", display_pointer(at)),
            )),
        },
        Type::Map(item) => match value.as_object() {
            Some(entries) => {
                for (key, element) in entries {
                    check_value(element, item, types, &format!("{at}/{key}"), problems);
                }
            }
            None => problems.push(Problem::at(
                at,
                format!("`{}` should be an object (a map)", display_pointer(at)),
            )),
        },
        Type::Enum(name) => {
            let values = types.enum_values(name).unwrap_or_default();
            let known = value.as_str().is_some_and(|text| {
                values
                    .iter()
                    .any(|v| v.name.wire.eq_ignore_ascii_case(text))
            });
            if !known {
                let listed: Vec<&str> = values.iter().map(|v| v.name.wire.as_str()).collect();
                let mut problem = Problem::at(
                    at,
                    format!(
                        "`{}` is {value}, not one of the values of `{name}`: {}",
                        display_pointer(at),
                        listed.join(", ")
                    ),
                );
                let fallback = format!(
                    "use one of the listed values, or add {value} to the `values` of `{name}`"
                );
                problem.help = Some(match value.as_str() {
                    Some(text) => did_you_mean(closest(text, listed.iter().copied()), fallback),
                    None => fallback,
                });
                problems.push(problem);
            }
        }
        Type::Scalar(Scalar::Json) => {}
        Type::Scalar(scalar) => {
            let result = match (scalar, value) {
                (Scalar::Integer, serde_json::Value::Number(n)) if n.is_i64() => Ok(()),
                (Scalar::Integer, _) => Err("should be an integer".to_string()),
                (Scalar::Boolean, serde_json::Value::Bool(_)) => Ok(()),
                (Scalar::Boolean, _) => Err("should be true or false".to_string()),
                (_, serde_json::Value::String(text)) => check_scalar_text(text, *scalar),
                (Scalar::String, _) => Err("should be a string".to_string()),
                _ => Err(format!(
                    "should be a string holding {}",
                    describe_scalar(*scalar)
                )),
            };
            if let Err(problem) = result {
                problems.push(Problem::at(
                    at,
                    format!("`{}` {problem}", display_pointer(at)),
                ));
            }
        }
    }
}

/// The byte offset and length in `json` (valid JSON) of the value at `pointer`, or of its key.
fn locate_json(json: &str, pointer: &str, key: bool) -> Option<(usize, usize)> {
    let mut at = skip_whitespace(json, 0);
    let mut key_span = None;
    for segment in pointer.split('/').skip(1) {
        let (found_key, value) = json_member(json, at, segment)?;
        key_span = Some(found_key);
        at = value;
    }
    if key {
        return key_span;
    }
    let len = match json[at..].chars().next()? {
        '{' | '[' => 1,
        _ => json_value_end(json, at)? - at,
    };
    Some((at, len))
}

/// In the object or array at `at`: the span of the key `segment` (of the index, for an array)
/// and the offset of its value.
fn json_member(json: &str, at: usize, segment: &str) -> Option<((usize, usize), usize)> {
    let array = match json[at..].chars().next()? {
        '{' => false,
        '[' => true,
        _ => return None,
    };
    let mut index = 0;
    let mut next = skip_whitespace(json, at + 1);
    loop {
        let (key_span, value) = if array {
            ((next, json_value_end(json, next)? - next), next)
        } else {
            let end = json_value_end(json, next)?;
            let name: String = serde_json::from_str(&json[next..end]).ok()?;
            let colon = skip_whitespace(json, end);
            let value = skip_whitespace(json, colon + 1);
            if name == segment {
                return Some(((next, end - next), value));
            }
            ((next, end - next), value)
        };
        if array && segment.parse() == Ok(index) {
            return Some((key_span, value));
        }
        index += 1;
        let after = skip_whitespace(json, json_value_end(json, value)?);
        if !json[after..].starts_with(',') {
            return None;
        }
        next = skip_whitespace(json, after + 1);
    }
}

/// The offset just past the JSON value that starts at `at`.
fn json_value_end(json: &str, at: usize) -> Option<usize> {
    let mut values =
        serde_json::Deserializer::from_str(json.get(at..)?).into_iter::<serde::de::IgnoredAny>();
    values.next()?.ok()?;
    Some(at + values.byte_offset())
}

fn skip_whitespace(json: &str, at: usize) -> usize {
    json.get(at..)
        .map_or(at, |rest| at + rest.len() - rest.trim_start().len())
}

/// Whether `text` is a valid value of `scalar` as written in a spec, a header or a query.
fn check_scalar_text(text: &str, scalar: Scalar) -> Result<(), String> {
    let ok = match scalar {
        Scalar::String => true,
        Scalar::Integer => text.parse::<i64>().is_ok(),
        Scalar::Boolean => matches!(text, "true" | "false"),
        Scalar::Date => is_date(text),
        Scalar::DateTime => text
            .split_once(['T', 't'])
            .is_some_and(|(date, time)| is_date(date) && !time.is_empty()),
        Scalar::Guid => is_guid(text),
        Scalar::Url => text.split_once("://").is_some_and(|(scheme, rest)| {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && !rest.is_empty()
                && !text.contains(char::is_whitespace)
        }),
        Scalar::EmailList => text.split(',').all(|address| {
            let address = address.trim();
            address.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty() && domain.contains('.') && !address.contains(char::is_whitespace)
            })
        }),
        Scalar::UrlReference => !text.is_empty() && !text.contains(char::is_whitespace),
        Scalar::Json => true,
        Scalar::HttpDate => is_http_date(text),
    };
    if ok {
        Ok(())
    } else {
        Err(format!("should be {}", describe_scalar(scalar)))
    }
}

fn describe_scalar(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::String => "a string",
        Scalar::Integer => "an integer",
        Scalar::Boolean => "`true` or `false`",
        Scalar::Date => "a date such as 2017-10-31",
        Scalar::DateTime => "an RFC 3339 date-time such as 2018-01-01T10:00:00Z",
        Scalar::Guid => "a GUID such as 56615b67-2185-49fe-80d2-c4ddf77bb2e8",
        Scalar::Url => "an absolute URL",
        Scalar::EmailList => "comma-separated e-mail addresses",
        Scalar::UrlReference => "a URL, absolute or relative",
        Scalar::Json => "JSON",
        Scalar::HttpDate => "an HTTP date such as Fri, 26 Aug 2022 14:38:00 GMT",
    }
}

fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() == 3
        && [4, 2, 2]
            .iter()
            .zip(&parts)
            .all(|(len, part)| part.len() == *len && part.chars().all(|c| c.is_ascii_digit()))
        && matches!(parts[1].parse::<u8>(), Ok(1..=12))
        && matches!(parts[2].parse::<u8>(), Ok(1..=31))
}

/// `Fri, 26 Aug 2022 14:38:00 GMT`: the IMF-fixdate of RFC 9110.
fn is_http_date(text: &str) -> bool {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = text.split(' ').collect();
    let [day, date, month, year, time, zone] = parts.as_slice() else {
        return false;
    };
    let clock: Vec<&str> = time.split(':').collect();
    day.strip_suffix(',').is_some_and(|day| DAYS.contains(&day))
        && digits(date, 2)
        && MONTHS.contains(month)
        && digits(year, 4)
        && clock.len() == 3
        && clock.iter().all(|part| digits(part, 2))
        && *zone == "GMT"
}

fn is_guid(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() == 5
        && [8, 4, 4, 4, 12]
            .iter()
            .zip(&parts)
            .all(|(len, part)| part.len() == *len && part.chars().all(|c| c.is_ascii_hexdigit()))
}

/// An HTTP token (RFC 9110), as header names must be.
fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c))
}

fn display_pointer(pointer: &str) -> &str {
    if pointer.is_empty() { "/" } else { pointer }
}

/// serde_json appends ` at line L column C`; the diagnostic's location says that.
fn strip_json_position(message: &str) -> &str {
    message
        .rsplit_once(" at line ")
        .map_or(message, |(text, _)| text)
}

#[derive(Clone, Copy)]
enum Case {
    Snake,
    Pascal,
}

/// Strict and reserved keywords of Rust 2024.
const KEYWORDS: [&str; 52] = [
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
fn to_ident(wire: &str, case: Case) -> Option<Name> {
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
fn is_kebab_case(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.split('-').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// A scalar in a body type that only works elsewhere: a `url-reference` (resolved only in
/// headers), or an `email-list` that is not itself a property (it is one comma-separated string).
fn misplaced_scalar(ty: &Type, property: bool) -> Option<Scalar> {
    match ty {
        Type::Scalar(Scalar::UrlReference) => Some(Scalar::UrlReference),
        Type::Scalar(Scalar::HttpDate) => Some(Scalar::HttpDate),
        Type::Scalar(Scalar::EmailList) if !property => Some(Scalar::EmailList),
        Type::List(item) | Type::Map(item) => misplaced_scalar(item, false),
        _ => None,
    }
}

/// Whether a struct reaches itself through fields that are not lists (an infinitely large type).
fn contains_itself(name: &str, types: &TypeTable) -> bool {
    let mut stack: Vec<&str> = vec![name];
    let mut seen = BTreeSet::new();
    while let Some(current) = stack.pop() {
        for field in types.fields(current) {
            if let Type::Struct(next) = &field.ty {
                if next == name {
                    return true;
                }
                if seen.insert(next.as_str()) {
                    stack.push(next);
                }
            }
        }
    }
    false
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

    #[test]
    fn json_pointers_are_located() {
        let json = "{\n  \"a\": {\"b\": [1, {\"c\": \"x\"}]},\n  \"d\": true\n}";
        let at = |pointer, key| {
            locate_json(json, pointer, key).map(|(offset, len)| &json[offset..offset + len])
        };
        assert_eq!(at("", false), Some("{"));
        assert_eq!(at("/a", true), Some("\"a\""));
        assert_eq!(at("/a/b/1/c", false), Some("\"x\""));
        assert_eq!(at("/a/b/1/c", true), Some("\"c\""));
        assert_eq!(at("/d", false), Some("true"));
        assert_eq!(at("/e", false), None);
    }

    #[test]
    fn scalar_texts() {
        assert!(check_scalar_text("2017-10-31", Scalar::Date).is_ok());
        assert!(check_scalar_text("2017-13-31", Scalar::Date).is_err());
        assert!(check_scalar_text("a@b.com, c@d.org", Scalar::EmailList).is_ok());
        assert!(check_scalar_text("not an address", Scalar::EmailList).is_err());
        assert!(check_scalar_text("/api/operations/1", Scalar::Url).is_err());
        assert!(check_scalar_text("56615b67-2185-49fe-80d2-c4ddf77bb2e8", Scalar::Guid).is_ok());
    }
}
