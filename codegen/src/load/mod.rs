//! Load: YAML spec files into serde types that mirror what people write.
//!
//! Every value a later check may complain about is wrapped in [`Spanned`], so that
//! validation can point at `file:line:col`. Unknown keys are errors
//! (`deny_unknown_fields`). This module knows YAML; nothing after it does.
//!
//! The modules: `spanned` (a value with where it was written), `service` and `operation`
//! (the serde types of the two kinds of file), `yaml` (reading YAML within a spec's limits,
//! and turning its errors into diagnostics) and `schema` (the JSON Schema of the format, with the
//! `schema` feature).

mod operation;
#[cfg(feature = "schema")]
mod schema;
mod service;
mod spanned;
mod yaml;

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostics::{Diagnostic, Diagnostics, Location, Rule, catalogue};
use crate::files::SpecFiles;

pub use operation::{
    BodySpec, FinalResultSpec, LongRunningSpec, OperationFile, ParameterSpec, RequestHeaderSpec,
    ResponseSpec, StatusCodeSpec,
};
#[cfg(feature = "schema")]
pub use schema::json_schema;
pub use service::{
    ApiVersionSpec, AuthSpec, EnumValueSpec, PropertySpec, ServiceFile, ServiceSpec, Text,
    TypeSpec, VariantSpec,
};
pub use spanned::Spanned;
pub use yaml::MAX_DEPTH;
pub(crate) use yaml::from_yaml;
use yaml::{lone_carriage_return, structure_diagnostic};

/// A spec file's text, kept for locating diagnostics (e.g. inside JSON examples).
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as given (relative paths stay relative).
    pub path: PathBuf,
    /// Its text.
    pub text: String,
}

/// Everything read: the service file and its operation files.
#[derive(Debug)]
pub struct LoadedSpec {
    /// The service file.
    pub service: ServiceFile,
    /// Its source.
    pub service_source: SourceFile,
    /// The operations, in the order the service file lists them.
    pub operations: Vec<(OperationFile, SourceFile)>,
    /// Whether some operation file could not be read or parsed (and is not in `operations`).
    pub incomplete: bool,
}

impl LoadedSpec {
    /// Every file read, in order (for `rerun-if-changed` and `include_str!`).
    pub fn files(&self) -> impl Iterator<Item = &Path> {
        std::iter::once(self.service_source.path.as_path())
            .chain(self.operations.iter().map(|(_, s)| s.path.as_path()))
    }
}

/// Read a service file and every operation file it lists.
///
/// Reports every file that cannot be read or parsed, not just the first.
pub fn load(service_path: &Path) -> Result<LoadedSpec, Diagnostics> {
    let (spec, diagnostics) = load_partial(service_path)?;
    diagnostics.into_result(spec)
}

/// Like [`load`], but when only operation files fail, returns the spec without them along with
/// their problems, so that validating the rest can report its problems in the same run.
pub fn load_partial(service_path: &Path) -> Result<(LoadedSpec, Diagnostics), Diagnostics> {
    load_partial_from(&SpecFiles::Disk, service_path)
}

/// [`load_partial`], reading the files from `files` (the file system, or texts in memory).
pub fn load_partial_from(
    files: &SpecFiles,
    service_path: &Path,
) -> Result<(LoadedSpec, Diagnostics), Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let service_source = read(files, service_path).map_err(|d| Diagnostics::from(*d))?;
    let service: ServiceFile = parse(&service_source).map_err(|d| Diagnostics::from(*d))?;

    let base = service_path.parent().unwrap_or_else(|| Path::new(""));
    let mut operations = Vec::new();
    for entry in &service.operations {
        let path = base.join(&entry.value);
        let source = match read(files, &path) {
            Ok(source) => source,
            Err(mut diagnostic) => {
                diagnostic.location = Location::of(&service_source.path, &entry.referenced);
                diagnostic.spec_path = "operations".into();
                diagnostics.push(*diagnostic);
                continue;
            }
        };
        match parse::<OperationFile>(&source) {
            Ok(operation) => operations.push((operation, source)),
            Err(diagnostic) => diagnostics.push(*diagnostic),
        }
    }
    let spec = LoadedSpec {
        service,
        service_source,
        operations,
        incomplete: !diagnostics.is_empty(),
    };
    Ok((spec, diagnostics))
}

fn read(files: &SpecFiles, path: &Path) -> Result<SourceFile, Box<Diagnostic>> {
    match files.read(path) {
        Ok(text) => Ok(SourceFile {
            path: path.to_path_buf(),
            text,
        }),
        Err(error) => {
            let problem = match error.kind() {
                std::io::ErrorKind::NotFound => "the file does not exist".to_string(),
                _ => error.to_string(),
            };
            let rule = catalogue::UnreadableFile {
                path: path.display().to_string(),
                problem,
            };
            Err(Box::new(rule.at(Location::file(path))))
        }
    }
}

fn parse<T: for<'de> Deserialize<'de>>(source: &SourceFile) -> Result<T, Box<Diagnostic>> {
    if let Some(diagnostic) = lone_carriage_return(source) {
        return Err(Box::new(diagnostic));
    }
    from_yaml(&source.text).map_err(|error| Box::new(structure_diagnostic(source, &error)))
}
