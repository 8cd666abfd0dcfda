//! [`Error`]: why a generator run failed.

use std::fmt;
use std::path::PathBuf;

use crate::diagnostics::Diagnostics;

/// Why generation failed.
#[derive(Debug)]
pub enum Error {
    /// The spec has errors; each is located. Its warnings come along.
    Spec(Diagnostics),
    /// The spec has warnings only, and [`Generator::deny_warnings`](crate::Generator::deny_warnings) makes them fail the run.
    DeniedWarnings(Diagnostics),
    /// Writing the output failed.
    Io {
        /// The file being written.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The generator produced Rust that does not parse: a bug in specgen, please report it.
    Internal(String),
    /// A checked-in output (`docs` or `schema`) was to be written, but no place was given
    /// and the service file's `checked-in` names none.
    NotCheckedIn(&'static str),
    /// The name given to [`Generator::crate_name`](crate::Generator::crate_name) is not a Rust path.
    CrateName(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Spec(diagnostics) => f.write_str(&diagnostics.render()),
            Error::DeniedWarnings(diagnostics) => writeln!(
                f,
                "{}error: the warnings are denied (`Generator::deny_warnings`)",
                diagnostics.render()
            ),
            Error::Io { path, source } => write!(f, "cannot write `{}`: {source}", path.display()),
            Error::Internal(message) => {
                write!(f, "internal error in specgen (please report it): {message}")
            }
            Error::CrateName(name) => write!(
                f,
                "`{name}` cannot be the crate name of the doc examples: give a Rust path such as `my_crate` or `my_crate::module`"
            ),
            Error::NotCheckedIn(key) => write!(
                f,
                "nowhere to write the {key}: pass `--out`, or name a path in the service file under `checked-in.{key}`"
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Spec(diagnostics) | Error::DeniedWarnings(diagnostics) => Some(diagnostics),
            Error::Io { source, .. } => Some(source),
            Error::Internal(_) | Error::NotCheckedIn(_) | Error::CrateName(_) => None,
        }
    }
}

impl From<Diagnostics> for Error {
    fn from(diagnostics: Diagnostics) -> Self {
        Error::Spec(diagnostics)
    }
}
