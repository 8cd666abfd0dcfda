//! Validate: the loaded spec into the resolved model, collecting every problem at once.
//!
//! Each check reports the file, line and column, the spec path (`responses[4].code`), what is
//! wrong and how to fix it, then validation goes on so that one run lists everything.
//!
//! The facts every file's checks read (locales, credentials, the API version parameter) are
//! gathered once into a [`ServiceContext`], which is lent to a [`FilePass`] per file. The passes
//! run in order: the service file, then each operation file, then the references across
//! operations (long-running rows name their status, cancel and result operations), then the
//! service file's `checked-in` paths. Diagnostics come out in that order.

// These imports, and the items of the modules re-imported below them, are the prelude each
// module of the validator takes with `use super::*`.
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use heck::{ToSnakeCase, ToUpperCamelCase};

use crate::diagnostics::catalogue as rules;
use crate::diagnostics::{Diagnostic, Diagnostics, Location, Rule, closest, did_you_mean};
use crate::load::{
    ApiVersionSpec, AuthSpec, BodySpec, LoadedSpec, OperationFile, PropertySpec, ServiceFile,
    ServiceSpec, SourceFile, Spanned, StatusCodeSpec, Text as TextSpec, TypeSpec,
};
use crate::model::{
    ADDITIONAL_PROPERTIES, ApiVersion, Auth, AuthScheme, Body, CollectionFormat, Constraints,
    Delimiter, EnumValue, Enumeration, Field, FinalResult, HeaderValue, LongRunning, Method, Name,
    Operation, Parameter, ParameterLocation, ParameterType, PathSegment, Polymorphic,
    RequestHeader, Response, ResponseHeader, ResponseKind, Scalar, Service, StatusCode, Struct,
    Text, Type, Union, VariantKind, is_json_media_type,
};

mod body;
mod defaults;
mod encodings;
mod enums;
mod examples;
mod headers;
mod inheritance;
mod lints;
mod long_running;
mod names;
mod operation;
mod parameters;
mod path_template;
mod responses;
mod scalars;
mod service;
mod texts;
mod types;
mod unions;

use inheritance::Inheritance;
use names::{Case, KEYWORDS, NameSpace, is_kebab_case, is_token, reserved_type_names, to_ident};
use responses::{DeclaredHeaders, read_status_code};
use scalars::{BadScalar, check_scalar_text, describe_scalar};
use types::{TypeTable, misplaced_scalar};

/// Checks a loaded spec and resolves it into the model the emitters read.
pub fn validate(spec: &LoadedSpec) -> Result<Service, Diagnostics> {
    run(spec).0
}

/// [`validate`], and the warnings for the texts that have no `locale` version, where each is
/// written.
///
/// Such a text is shown in the default locale instead, so this is no error. A text that is
/// left out altogether (an optional description) is not listed: there is nothing to
/// translate. Nothing is listed for the default locale, which every text has, nor for a
/// locale that `service.locales` does not declare.
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
    lints::undocumented(spec)
}

/// Texts without a declared locale's version, with that locale.
type Untranslated = Vec<(String, Diagnostic)>;

/// Validates; also returns, for every declared locale but the default, the texts without it.
fn run(spec: &LoadedSpec) -> (Result<Service, Diagnostics>, Untranslated) {
    let mut diagnostics = Diagnostics::default();
    let mut untranslated = Vec::new();
    let cx = ServiceContext::new(spec, &mut diagnostics);
    let service_source = &spec.service_source;

    // The service file.
    let (head, mut types, mut type_names) = {
        let mut pass = FilePass::new(&cx, service_source, &mut diagnostics, &mut untranslated);
        let head = pass.service_head(&spec.service.service);
        let (types, type_names) = pass.shared_types(&spec.service);
        (head, types, type_names)
    };

    // Each operation file.
    let mut operations = Vec::new();
    // `Client::builder` is the generated code's own; `index.md` and `types.md` are pages
    // of the generated docs, next to the operations' `<id>.md`.
    let mut operation_ids = NameSpace::reserving(&["builder", "index", "types"]);
    for (operation, source) in &spec.operations {
        let mut pass = FilePass::new(&cx, source, &mut diagnostics, &mut untranslated);
        if let Some(op) = pass.operation(operation, &mut types, &mut type_names, &mut operation_ids)
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
        let mut pass = FilePass::new(&cx, source, &mut diagnostics, &mut untranslated);
        pass.long_running(operation, &mut operations, &types, &invalid_operations);
    }

    // The service file's `checked-in` paths: checked here, read by the front end only
    // (`crate::CheckedIn`), so not in the model.
    FilePass::new(&cx, service_source, &mut diagnostics, &mut untranslated)
        .checked_in(&spec.service);

    let service = Service {
        name: head.name,
        title: head.title,
        description: head.description,
        base_url: spec.service.service.base_url.value.clone(),
        locales: cx.locales.clone(),
        api_version: head.api_version,
        auth: head.auth,
        types: types.structs,
        enums: types.enums,
        polymorphic: types.polymorphic,
        unions: types.unions,
        operations,
        files: spec.files().map(Path::to_path_buf).collect(),
    };
    (diagnostics.into_result(service), untranslated)
}

/// What every file's checks read about the service: built once, from the service file, and
/// lent to each [`FilePass`].
struct ServiceContext {
    /// The declared locales, the default first.
    locales: Vec<String>,
    /// Whether the service declares `auth`.
    has_auth: bool,
    /// The header an `auth: true` request header must be named (`Authorization` for bearer).
    auth_header: Option<String>,
    /// Name of the API version query parameter, which operations must not declare again.
    api_version: Option<String>,
    /// Whether some operation file did not load: a reference to an unknown operation id may be
    /// to one of those.
    operations_incomplete: bool,
}

impl ServiceContext {
    /// The context of `spec`; reports the problems of what it is built from (the format
    /// version and the locales) into `diagnostics`.
    fn new(spec: &LoadedSpec, diagnostics: &mut Diagnostics) -> Self {
        let service = &spec.service.service;
        let mut cx = ServiceContext {
            locales: Vec::new(),
            has_auth: service.auth.is_some(),
            auth_header: service.auth.as_ref().map(service::auth_header),
            api_version: service.api_version.as_ref().map(|v| v.name.value.clone()),
            operations_incomplete: spec.incomplete,
        };
        // The locales are checked with the service file's texts but read by every file.
        let locales = FilePass::new(&cx, &spec.service_source, diagnostics, &mut Vec::new())
            .format_and_locales(&spec.service);
        cx.locales = locales;
        cx
    }
}

/// The checks of one file, which report into the diagnostics of the whole run.
struct FilePass<'a> {
    cx: &'a ServiceContext,
    source: &'a SourceFile,
    diagnostics: &'a mut Diagnostics,
    untranslated: &'a mut Untranslated,
}

impl<'a> FilePass<'a> {
    fn new(
        cx: &'a ServiceContext,
        source: &'a SourceFile,
        diagnostics: &'a mut Diagnostics,
        untranslated: &'a mut Untranslated,
    ) -> Self {
        FilePass {
            cx,
            source,
            diagnostics,
            untranslated,
        }
    }

    fn at(&self, at: &serde_saphyr::Location) -> Location {
        Location::of(&self.source.path, at)
    }

    /// Reports `rule` where the node at `at` was written, at the spec path `path`.
    fn report(&mut self, at: &serde_saphyr::Location, path: &str, rule: impl Rule) {
        self.report_at(self.at(at), path, rule);
    }

    /// Reports `rule` at `location`, at the spec path `path`.
    fn report_at(&mut self, location: Location, path: &str, rule: impl Rule) {
        self.diagnostics.push(rule.at(location).at_path(path));
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
}
