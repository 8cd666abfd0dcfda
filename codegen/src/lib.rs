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
//! `specgen openapi`).

#![deny(missing_docs)]

pub mod diagnostics;
pub mod emit;
pub mod load;
pub mod model;
pub mod validate;

use std::fmt;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;

pub use diagnostics::{Diagnostic, Diagnostics};
pub use emit::EmitOptions;

/// Loads and validates a service spec and the operation files it lists.
pub fn check(service_file: impl AsRef<Path>) -> Result<model::Service, Diagnostics> {
    // An operation file that cannot be loaded does not hide the problems of the others.
    let (loaded, mut diagnostics) = load::load_partial(service_file.as_ref())?;
    match validate::validate(&loaded) {
        Ok(service) => diagnostics.into_result(service),
        Err(more) => {
            diagnostics.0.extend(more.0);
            Err(diagnostics)
        }
    }
}

/// Why generation failed.
#[derive(Debug)]
pub enum Error {
    /// The spec has problems; each is located.
    Spec(Diagnostics),
    /// Writing the output failed.
    Io {
        /// The file being written.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The generator produced Rust that does not parse: a bug in specgen, please report it.
    Internal(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Spec(diagnostics) => f.write_str(&diagnostics.render()),
            Error::Io { path, source } => write!(f, "cannot write `{}`: {source}", path.display()),
            Error::Internal(message) => {
                write!(f, "internal error in specgen (please report it): {message}")
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Spec(diagnostics) => Some(diagnostics),
            Error::Io { source, .. } => Some(source),
            Error::Internal(_) => None,
        }
    }
}

impl From<Diagnostics> for Error {
    fn from(diagnostics: Diagnostics) -> Self {
        Error::Spec(diagnostics)
    }
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
}

/// Runs the generator, as `build.rs` and the CLI do (in the manner of prost-build).
#[derive(Debug, Clone)]
pub struct Generator {
    service_file: PathBuf,
    out_dir: Option<PathBuf>,
    crate_name: Option<String>,
}

impl Generator {
    /// A generator for the service spec at `service_file`.
    pub fn new(service_file: impl Into<PathBuf>) -> Self {
        Generator {
            service_file: service_file.into(),
            out_dir: None,
            crate_name: None,
        }
    }

    /// Where [`Generator::write`] puts the source (default: `$OUT_DIR`).
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// The crate name used in doc examples (default: the service name in snake case).
    pub fn crate_name(mut self, name: impl Into<String>) -> Self {
        self.crate_name = Some(name.into());
        self
    }

    /// Loads, validates and emits, in memory.
    pub fn generate(&self) -> Result<Output, Error> {
        let (service, options) = self.validated()?;
        let source =
            emit::source(&service, &options).map_err(|error| Error::Internal(error.to_string()))?;
        let file_name = format!("{}.rs", service.name.replace('-', "_"));
        Ok(Output {
            service,
            file_name,
            source,
        })
    }

    /// Loads, validates and emits the code as tokens, unformatted: what the proc-macro front-end
    /// expands to. They are the tokens of [`Output::source`], which only adds formatting.
    pub fn tokens(&self) -> Result<TokenStream, Error> {
        let (service, options) = self.validated()?;
        Ok(emit::tokens(&service, &options))
    }

    /// Loads and validates the spec and returns its OpenAPI 3.0 document, as JSON (see
    /// [`emit::openapi::document`]).
    pub fn openapi(&self) -> Result<String, Error> {
        let service = check(&self.service_file)?;
        emit::openapi::json(&service).map_err(|error| Error::Internal(error.to_string()))
    }

    /// Writes the spec's OpenAPI 3.0 document, as JSON, to `file` (its directory is created
    /// when missing; the file is rewritten only when its content changed).
    pub fn write_openapi(&self, file: impl AsRef<Path>) -> Result<(), Error> {
        write_if_changed(file.as_ref(), &self.openapi()?)
    }

    fn validated(&self) -> Result<(model::Service, EmitOptions), Error> {
        let service = check(&self.service_file)?;
        let mut options = EmitOptions::for_service(&service);
        if let Some(name) = &self.crate_name {
            options.crate_name = name.clone();
        }
        Ok((service, options))
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
    pub fn build_script(&self) -> Result<PathBuf, Error> {
        match self.generate() {
            Ok(output) => {
                for file in &output.service.files {
                    println!("cargo:rerun-if-changed={}", file.display());
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
        && let Ok(service) = serde_saphyr::from_str::<load::ServiceFile>(&text)
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
