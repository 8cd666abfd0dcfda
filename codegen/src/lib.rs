//! specgen: a declarative, spec-driven generator of typed Rust HTTP clients.
//!
//! A YAML spec describes each endpoint the way its reference page does (URI parameters,
//! headers, request body, response headers, the status-code table). specgen validates it with
//! located diagnostics and emits a reqwest client, one error enum per operation, typed
//! responses and their documentation.
//!
//! The flow runs one way, a module per step:
//!
//! ```text
//! spec/*.yaml --load--> load::LoadedSpec --validate--> model::Service --emit--> Rust source
//! ```
//!
//! Those steps are private modules. The API is [`Generator`] and what it returns
//! ([`Output`], [`Page`], [`GeneratedFile`], [`Error`], ...), [`check`], [`diagnose`] and
//! [`untranslated`], the [`diagnostics`] they report and the [`model`] of the validated
//! service, which users may read.
//!
//! # From `build.rs`
//!
//! ```no_run
//! // in build.rs's `fn main`:
//! if let Err(error) = specgen::Generator::new("../spec/cloud-partner-portal.yaml").build_script() {
//!     eprintln!("{error}");
//!     std::process::exit(1);
//! }
//! ```
//!
//! and in `src/lib.rs`: `include!(concat!(env!("OUT_DIR"), "/cloud_partner_portal.rs"));`.
//!
//! The same library backs the `specgen` command line (`specgen validate`, `specgen generate`,
//! `specgen docs`, `specgen check`, `specgen schema`, `specgen openapi`), package `specgen-cli`.
//!
//! # Features
//!
//! Off by default, so that a build script compiles only what generating needs; the command
//! line turns both on.
//!
//! - `openapi`: the OpenAPI 3.0 export (`Generator::openapi`, `Generator::write_openapi`).
//! - `schema`: the JSON Schema of the spec format (`json_schema`,
//!   `Generator::write_schema`) and `Generator::check`, which compares the checked-in schema
//!   too.
//!
//! # Documentation
//!
//! [`Generator::docs`] renders the Markdown reference pages of every operation in every locale
//! of the spec, with the same renderer as the rustdoc. The pages are kept in
//! the repository, in the directory the service file names under `checked-in.docs`;
//! `Generator::check` (with the `schema` feature) regenerates them in memory and lists the files
//! that differ.

#![deny(missing_docs)]

pub mod diagnostics;
mod emit;
mod error;
mod files;
mod load;
pub mod model;
mod validate;

#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;

pub use diagnostics::{Diagnostic, Diagnostics};
use emit::EmitOptions;
pub use emit::markdown::Page;
pub use error::Error;
pub use files::SpecFiles;
pub use load::MAX_DEPTH;
#[cfg(feature = "schema")]
pub use load::json_schema;

/// The phases of a run (load, validate, emit, format) one at a time, for the benchmarks that
/// time each (`benches/benches/generation.rs`). Not part of the API: hidden from the docs,
/// exempt from semver, and changed with the phases themselves. Use [`Generator`].
#[doc(hidden)]
pub mod __phases {
    use std::path::Path;

    use proc_macro2::TokenStream;

    pub use crate::emit::EmitOptions;
    pub use crate::load::LoadedSpec;
    use crate::{Diagnostics, model};

    /// Reads the service file and the operation files it lists.
    pub fn load(service_file: &Path) -> Result<LoadedSpec, Diagnostics> {
        crate::load::load(service_file)
    }

    /// Checks a loaded spec and resolves it into the model.
    pub fn validate(spec: &LoadedSpec) -> Result<model::Service, Diagnostics> {
        crate::validate::validate(spec)
    }

    /// The generated code, as tokens.
    pub fn emit(service: &model::Service, options: &EmitOptions) -> TokenStream {
        crate::emit::tokens(service, options)
    }

    /// The tokens formatted, as [`crate::Output::source`] holds them.
    pub fn format(service: &model::Service, tokens: TokenStream) -> Result<String, syn::Error> {
        crate::emit::format(service, tokens)
    }
}

/// Loads and validates a service spec and the operation files it lists.
pub fn check(service_file: impl AsRef<Path>) -> Result<model::Service, Diagnostics> {
    check_from(&SpecFiles::Disk, service_file.as_ref()).map(|(service, _)| service)
}

/// The validated service, and where the service file says its generated files are kept.
fn check_from(
    files: &SpecFiles,
    service_file: &Path,
) -> Result<(model::Service, CheckedIn), Diagnostics> {
    // An operation file that cannot be loaded does not hide the problems of the others.
    let (loaded, mut diagnostics) = load::load_partial_from(files, service_file)?;
    match validate::validate(&loaded) {
        Ok(service) => diagnostics.into_result((service, CheckedIn::of(&loaded))),
        Err(more) => {
            diagnostics.0.extend(more.0);
            Err(diagnostics)
        }
    }
}

/// The service file's `checked-in` paths, joined to its directory: where `docs`,
/// `write_schema` and `check` find the generated files kept in the repository. Only this
/// front end reads them, so they are not in the model the emitters read; the validator has
/// checked them.
#[derive(Debug, Default)]
struct CheckedIn {
    /// The directory of the Markdown reference pages (`checked-in.docs`).
    docs: Option<PathBuf>,
    /// The JSON Schema of the spec format (`checked-in.schema`).
    #[cfg(feature = "schema")]
    schema: Option<PathBuf>,
    /// The page of the diagnostic codes (`checked-in.diagnostics`), which `check` holds
    /// against the catalogue.
    #[cfg(feature = "schema")]
    diagnostics: Option<PathBuf>,
}

impl CheckedIn {
    fn of(spec: &load::LoadedSpec) -> Self {
        let Some(checked_in) = &spec.service.checked_in else {
            return CheckedIn::default();
        };
        let base = spec
            .service_source
            .path
            .parent()
            .unwrap_or_else(|| Path::new(""));
        let join =
            |path: &Option<load::Spanned<String>>| path.as_ref().map(|path| base.join(&path.value));
        CheckedIn {
            docs: join(&checked_in.docs),
            #[cfg(feature = "schema")]
            schema: join(&checked_in.schema),
            #[cfg(feature = "schema")]
            diagnostics: join(&checked_in.diagnostics),
        }
    }
}

/// What [`diagnose`] found in a spec.
#[derive(Debug, Clone)]
pub struct Diagnosis {
    /// The validated service, when the spec has no error.
    pub service: Option<model::Service>,
    /// Every error, then every warning.
    pub diagnostics: Diagnostics,
}

/// Loads and validates a spec as `specgen validate` does, and lists its warnings as well: the
/// items without a description (W0215) and, when `locale` is given, the texts without a
/// version in that locale (W0214).
///
/// A `locale` that `service.locales` does not declare is an error (E0221).
pub fn diagnose(service_file: impl AsRef<Path>, locale: Option<&str>) -> Diagnosis {
    diagnose_from(&SpecFiles::Disk, service_file.as_ref(), locale)
}

fn diagnose_from(files: &SpecFiles, service_file: &Path, locale: Option<&str>) -> Diagnosis {
    let (loaded, mut diagnostics) = match load::load_partial_from(files, service_file) {
        Ok(loaded) => loaded,
        Err(diagnostics) => {
            return Diagnosis {
                service: None,
                diagnostics,
            };
        }
    };
    let (validated, untranslated) = match locale {
        Some(locale) => validate::validate_translated(&loaded, locale),
        None => (validate::validate(&loaded), Diagnostics::default()),
    };
    let mut service = match validated {
        Ok(service) => Some(service).filter(|_| diagnostics.is_empty()),
        Err(errors) => {
            diagnostics.0.extend(errors.0);
            None
        }
    };
    if let (Some(locale), Some(declared)) = (locale, &service)
        && !declared.locales.iter().any(|known| known == locale)
    {
        use diagnostics::Rule;
        let rule = diagnostics::catalogue::UndeclaredLocaleOption {
            locale: locale.to_string(),
            declared: declared.locales.clone(),
        };
        diagnostics.push(
            rule.at(diagnostics::Location::file(service_file))
                .at_path("service.locales"),
        );
        service = None;
    }
    diagnostics.0.extend(validate::undocumented(&loaded).0);
    diagnostics.0.extend(untranslated.0);
    Diagnosis {
        service,
        diagnostics,
    }
}

/// The warnings for the texts of a spec that have no `locale` version (W0214).
///
/// `Err` holds the spec's errors, or an error when `locale` is not one of `service.locales`.
pub fn untranslated(
    service_file: impl AsRef<Path>,
    locale: &str,
) -> Result<Diagnostics, Diagnostics> {
    let diagnosis = diagnose(service_file, Some(locale));
    let (warnings, errors): (Vec<_>, Vec<_>) = diagnosis
        .diagnostics
        .0
        .into_iter()
        .partition(|d| d.severity == diagnostics::Severity::Warning);
    if !errors.is_empty() {
        return Err(Diagnostics(errors));
    }
    Ok(Diagnostics(
        warnings
            .into_iter()
            .filter(|d| d.code == diagnostics::Code::MissingTranslation)
            .collect(),
    ))
}

/// What a generator run produces.
#[derive(Debug, Clone)]
pub struct Output {
    /// The validated service.
    pub service: model::Service,
    /// File name of the Rust source (`cloud_partner_portal.rs`).
    pub file_name: String,
    /// The formatted Rust source.
    pub source: String,
    /// The spec's warnings (the code is generated all the same).
    pub warnings: Diagnostics,
}

/// Runs the generator, as `build.rs` and the CLI do (in the manner of prost-build).
#[derive(Debug, Clone)]
pub struct Generator {
    service_file: PathBuf,
    files: SpecFiles,
    out_dir: Option<PathBuf>,
    crate_name: Option<String>,
    deny_warnings: bool,
}

impl Generator {
    /// A generator for the service spec at `service_file`.
    pub fn new(service_file: impl Into<PathBuf>) -> Self {
        Generator {
            service_file: service_file.into(),
            files: SpecFiles::Disk,
            out_dir: None,
            crate_name: None,
            deny_warnings: false,
        }
    }

    /// Where the spec files are read from (default: [`SpecFiles::Disk`]). With
    /// [`SpecFiles::Memory`] the service file and the operation files it lists are looked up
    /// there, and nothing is read from disk:
    ///
    /// ```
    /// use specgen::{Generator, SpecFiles};
    ///
    /// let files = SpecFiles::memory([("spec/service.yaml", "specgen: 1\n")]);
    /// let generated = Generator::new("spec/service.yaml").files(files.clone()).generate();
    /// // A service file without a `service` section is an error.
    /// let Err(specgen::Error::Spec(diagnostics)) = generated else { unreachable!() };
    /// assert!(diagnostics.render_from(&files).contains("missing key `service`"));
    /// ```
    pub fn files(mut self, files: SpecFiles) -> Self {
        self.files = files;
        self
    }

    /// Where [`Generator::write`] puts the source (default: `$OUT_DIR`).
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// The crate name used in doc examples (default: the service name in snake case): a Rust
    /// path, which may name the module the code is included in (`my_crate::partner`).
    pub fn crate_name(mut self, name: impl Into<String>) -> Self {
        self.crate_name = Some(name.into());
        self
    }

    /// Makes the spec's warnings fail the run ([`Error::DeniedWarnings`]), as
    /// `specgen validate --deny-warnings` does; by default they are reported and the code is
    /// generated.
    pub fn deny_warnings(mut self, deny: bool) -> Self {
        self.deny_warnings = deny;
        self
    }

    /// Loads, validates and emits, in memory.
    pub fn generate(&self) -> Result<Output, Error> {
        let (service, options, warnings) = self.validated()?;
        let source =
            emit::source(&service, &options).map_err(|error| Error::Internal(error.to_string()))?;
        let file_name = format!("{}.rs", service.rust_name());
        Ok(Output {
            service,
            file_name,
            source,
            warnings,
        })
    }

    /// Loads, validates and emits the code as tokens, unformatted: what the proc-macro front-end
    /// expands to. They are the tokens of [`Output::source`], which only adds formatting.
    pub fn tokens(&self) -> Result<TokenStream, Error> {
        let (service, options, _) = self.validated()?;
        Ok(emit::tokens(&service, &options))
    }

    /// Loads and validates the spec and returns its OpenAPI 3.0 document, as JSON.
    #[cfg(feature = "openapi")]
    pub fn openapi(&self) -> Result<String, Error> {
        let service = check(&self.service_file)?;
        emit::openapi::json(&service).map_err(|error| Error::Internal(error.to_string()))
    }

    /// Writes the spec's OpenAPI 3.0 document, as JSON, to `file` (its directory is created
    /// when missing; the file is rewritten only when its content changed).
    #[cfg(feature = "openapi")]
    pub fn write_openapi(&self, file: impl AsRef<Path>) -> Result<(), Error> {
        write_if_changed(file.as_ref(), &self.openapi()?)
    }

    /// The service, the options of the emitters and the spec's warnings.
    fn validated(&self) -> Result<(model::Service, EmitOptions, Diagnostics), Error> {
        let Diagnosis {
            service,
            diagnostics,
        } = diagnose_from(&self.files, &self.service_file, None);
        let Some(service) = service else {
            return Err(Error::Spec(diagnostics));
        };
        if self.deny_warnings && !diagnostics.is_empty() {
            return Err(Error::DeniedWarnings(diagnostics));
        }
        let mut options = EmitOptions::for_service(&service);
        if let Some(name) = &self.crate_name {
            if !emit::is_crate_path(name) {
                return Err(Error::CrateName(name.clone()));
            }
            options.crate_name = name.clone();
        }
        Ok((service, options, diagnostics))
    }

    /// Generates and writes the source into the output directory; returns its path.
    ///
    /// The file is rewritten only when its content changed, so that builds depending on it
    /// are not redone needlessly.
    pub fn write(&self) -> Result<PathBuf, Error> {
        let output = self.generate()?;
        self.write_output(&output)
    }

    /// For `build.rs`: prints `cargo:rerun-if-changed` for every spec file read, and writes
    /// the source into `OUT_DIR`. On a spec error every file the service lists is still
    /// tracked, so that fixing the spec reruns the build script.
    ///
    /// The spec's warnings are printed as `cargo:warning=` lines, one per line of each rendered
    /// warning: cargo shows them, and the build goes on (unless
    /// [`Generator::deny_warnings`]).
    pub fn build_script(&self) -> Result<PathBuf, Error> {
        match self.generate() {
            Ok(output) => {
                for file in &output.service.files {
                    println!("cargo:rerun-if-changed={}", file.display());
                }
                for line in output.warnings.cargo_warnings() {
                    println!("{line}");
                }
                self.write_output(&output)
            }
            Err(error) => {
                for file in spec_files(&self.service_file) {
                    println!("cargo:rerun-if-changed={}", file.display());
                }
                Err(error)
            }
        }
    }

    /// The Markdown reference pages, in memory: one per operation and locale, an index and
    /// a types page per locale, under the service file's `checked-in.docs` directory.
    pub fn docs(&self) -> Result<Vec<GeneratedFile>, Error> {
        let (service, checked_in) = check_from(&self.files, &self.service_file)?;
        let dir = checked_in.docs.ok_or(Error::NotCheckedIn("docs"))?;
        Ok(docs_files(&service, &dir))
    }

    /// The Markdown reference pages, in memory, by their paths in the docs directory
    /// (`en/index.md`, `hu/cancel-operation.md`): what [`Generator::docs`] returns, for a
    /// spec that keeps its pages anywhere or nowhere.
    pub fn pages(&self) -> Result<Vec<Page>, Error> {
        let (service, _) = check_from(&self.files, &self.service_file)?;
        Ok(emit::markdown::pages(&service))
    }

    /// Writes the Markdown reference pages into `dir`, or into the service file's
    /// `checked-in.docs` directory when `dir` is `None`.
    ///
    /// A page is rewritten only when its content changed. Pages of an earlier run that the
    /// spec no longer has (those that carry the generated-file marker) are removed; other
    /// files are left alone.
    pub fn write_docs(&self, dir: Option<&Path>) -> Result<DocsWritten, Error> {
        let (service, checked_in) = check_from(&self.files, &self.service_file)?;
        let dir = match dir {
            Some(dir) => dir.to_path_buf(),
            None => checked_in.docs.ok_or(Error::NotCheckedIn("docs"))?,
        };
        let files = docs_files(&service, &dir);
        let mut written = DocsWritten::default();
        for file in &files {
            if std::fs::read_to_string(&file.path).ok().as_deref() != Some(&file.content) {
                written.changed.push(files::normalize(&file.path));
            }
            write_if_changed(&file.path, &file.content)?;
            written.pages.push(files::normalize(&file.path));
        }
        for path in files_under(&dir)? {
            let generated_before = std::fs::read_to_string(&path)
                .is_ok_and(|text| text.contains(emit::markdown::GENERATED_MARKER));
            if generated_before && !files.iter().any(|file| file.path == path) {
                std::fs::remove_file(&path).map_err(|source| Error::Io {
                    path: path.clone(),
                    source,
                })?;
                written.removed.push(files::normalize(&path));
            }
        }
        Ok(written)
    }

    /// Writes the JSON Schema of the spec format ([`json_schema`]) to `file`, or to the
    /// service file's `checked-in.schema` when `file` is `None`; returns where it went.
    #[cfg(feature = "schema")]
    pub fn write_schema(&self, file: Option<&Path>) -> Result<PathBuf, Error> {
        let path = match file {
            Some(file) => file.to_path_buf(),
            None => check_from(&self.files, &self.service_file)?
                .1
                .schema
                .ok_or(Error::NotCheckedIn("schema"))?,
        };
        write_if_changed(&path, &load::json_schema())?;
        Ok(files::normalize(&path))
    }

    /// Regenerates in memory every file the spec says is checked in (the docs of
    /// `checked-in.docs`, the schema of `checked-in.schema`) and compares each with the file
    /// on disk.
    #[cfg(feature = "schema")]
    pub fn check(&self) -> Result<CheckReport, Error> {
        let (service, checked_in) = check_from(&self.files, &self.service_file)?;
        let mut report = CheckReport::default();
        // Each kind of checked-in output: its name (the command that writes it), the
        // directory it owns (where a file it does not generate is extra), and its files.
        let mut outputs = Vec::new();
        if let Some(dir) = &checked_in.docs {
            outputs.push(("docs", Some(dir.clone()), docs_files(&service, dir)));
        }
        if let Some(file) = &checked_in.schema {
            let schema = GeneratedFile {
                path: file.clone(),
                content: load::json_schema(),
            };
            outputs.push(("schema", None, vec![schema]));
        }
        if let Some(page) = &checked_in.diagnostics {
            report.checked += 1;
            let markdown = std::fs::read_to_string(page).map_err(|source| Error::Io {
                path: page.clone(),
                source,
            })?;
            let problems = diagnostics::catalogue_disagreements(&markdown);
            if !problems.is_empty() {
                report.catalogue = Some(CatalogueDrift {
                    path: files::normalize(page),
                    problems,
                });
            }
        }
        for (output, dir, files) in outputs {
            for file in &files {
                report.checked += 1;
                match std::fs::read_to_string(&file.path) {
                    Ok(on_disk) if on_disk == file.content => {}
                    Ok(on_disk) => {
                        report.stale.push(StaleFile {
                            path: files::normalize(&file.path),
                            on_disk,
                            generated: file.content.clone(),
                        });
                        report.outdated.insert(output);
                    }
                    Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                        report.missing.push(files::normalize(&file.path));
                        report.outdated.insert(output);
                    }
                    Err(source) => {
                        return Err(Error::Io {
                            path: file.path.clone(),
                            source,
                        });
                    }
                }
            }
            let Some(dir) = dir else { continue };
            for path in files_under(&dir)? {
                // Regenerating does not remove it when specgen did not write it: the file is
                // the person's to remove, and not a reason to regenerate.
                if !files.iter().any(|file| file.path == path) {
                    report.extra.push(files::normalize(&path));
                }
            }
        }
        Ok(report)
    }

    fn write_output(&self, output: &Output) -> Result<PathBuf, Error> {
        let dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or_else(|| Error::Io {
                    path: PathBuf::from("$OUT_DIR"),
                    source: std::io::Error::other(
                        "OUT_DIR is not set: call out_dir(..) outside build scripts",
                    ),
                })?,
        };
        let path = dir.join(&output.file_name);
        write_if_changed(&path, &output.source)?;
        Ok(path)
    }
}

/// The files a run over `service_file` reads: the service file and the operation files it
/// lists, as far as they can be made out even when the spec is invalid. Build scripts and the
/// proc-macro track them, so that fixing a broken spec reruns the generator.
pub fn spec_files(service_file: &Path) -> Vec<PathBuf> {
    let mut files = vec![service_file.to_path_buf()];
    if let Ok(text) = std::fs::read_to_string(service_file)
        && let Ok(service) = load::from_yaml::<load::ServiceFile>(&text)
    {
        let base = service_file.parent().unwrap_or_else(|| Path::new(""));
        files.extend(
            service
                .operations
                .iter()
                .map(|entry| base.join(&entry.value)),
        );
    }
    files
}

/// The pages of `service` as files under `dir`.
fn docs_files(service: &model::Service, dir: &Path) -> Vec<GeneratedFile> {
    emit::markdown::pages(service)
        .into_iter()
        .map(|page| GeneratedFile {
            path: page
                .path
                .split('/')
                .fold(dir.to_path_buf(), |path, part| path.join(part)),
            content: page.content,
        })
        .collect()
}

/// A file generated in memory, and where it belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Where the file is kept.
    pub path: PathBuf,
    /// Its content.
    pub content: String,
}

/// The docs written by [`Generator::write_docs`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocsWritten {
    /// Every page, whether it changed or not.
    pub pages: Vec<PathBuf>,
    /// The pages whose content changed (new ones included).
    pub changed: Vec<PathBuf>,
    /// Generated pages of an earlier run that the spec no longer has, now removed.
    pub removed: Vec<PathBuf>,
}

/// A checked-in file that is not what the spec generates.
#[cfg(feature = "schema")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaleFile {
    /// The file.
    pub path: PathBuf,
    /// Its content on disk.
    pub on_disk: String,
    /// What the spec generates in its place.
    pub generated: String,
}

/// What [`Generator::check`] found: the checked-in files that differ from what the spec
/// generates.
#[cfg(feature = "schema")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// How many generated files were compared.
    pub checked: usize,
    /// Files whose content differs.
    pub stale: Vec<StaleFile>,
    /// Files the spec generates that are not on disk.
    pub missing: Vec<PathBuf>,
    /// Files in a generated directory that the spec does not generate: to be removed (the
    /// command that writes the directory removes only the pages it wrote itself).
    pub extra: Vec<PathBuf>,
    /// The outputs (`docs`, `schema`) to regenerate, `specgen <output> <service.yaml>` each,
    /// for the stale and missing files.
    pub outdated: std::collections::BTreeSet<&'static str>,
    /// Where the page of diagnostic codes (`checked-in.diagnostics`) and specgen's catalogue
    /// disagree, if they do.
    pub catalogue: Option<CatalogueDrift>,
}

/// How the page of diagnostic codes (`spec/DIAGNOSTICS.md`) departs from the catalogue.
#[cfg(feature = "schema")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CatalogueDrift {
    /// The page.
    pub path: PathBuf,
    /// What disagrees, one sentence each: a code without its section, a section for no code,
    /// a heading that is not the code's title.
    pub problems: Vec<String>,
}

#[cfg(feature = "schema")]
impl CheckReport {
    /// Whether every checked-in file is current.
    pub fn is_current(&self) -> bool {
        self.stale.is_empty()
            && self.missing.is_empty()
            && self.extra.is_empty()
            && self.catalogue.is_none()
    }

    /// The list of files that differ, one a line (`stale:`, `missing:`, `extra:`). The command
    /// line prints a short diff of each stale file after it.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for file in &self.stale {
            out.push_str(&format!("stale:   {}\n", file.path.display()));
        }
        for path in &self.missing {
            out.push_str(&format!("missing: {}\n", path.display()));
        }
        for path in &self.extra {
            out.push_str(&format!("extra:   {}\n", path.display()));
        }
        if let Some(drift) = &self.catalogue {
            for problem in &drift.problems {
                out.push_str(&format!("catalogue: {}: {problem}\n", drift.path.display()));
            }
        }
        out
    }
}

/// Every file under `dir`, recursively (none when it does not exist).
fn files_under(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
            Err(source) => return Err(Error::Io { path: dir, source }),
        };
        for entry in entries {
            let entry = entry.map_err(|source| Error::Io {
                path: dir.clone(),
                source,
            })?;
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

fn write_if_changed(path: &Path, content: &str) -> Result<(), Error> {
    if std::fs::read_to_string(path).is_ok_and(|existing| existing == content) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|source| Error::Io {
            path: parent.to_path_buf(),
            source,
        })?;
    }
    std::fs::write(path, content).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}
