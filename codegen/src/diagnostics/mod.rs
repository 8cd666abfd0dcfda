//! Located diagnostics: what is wrong, where (`file:line:col` and the spec path), and how to fix it.
//!
//! This module holds the codes and the diagnostic types; `catalogue` holds one entry per rule
//! (its code, message and help), `render` draws diagnostics as rustc does (with
//! annotate-snippets) and as JSON, `suggest` finds the "did you mean" of a typo, and `docs`
//! holds `spec/DIAGNOSTICS.md` against the codes.

pub mod catalogue;
mod docs;
mod render;
mod suggest;

use std::fmt;
use std::path::{Path, PathBuf};

pub use catalogue::Rule;
pub use docs::catalogue_disagreements;
pub use render::{Style, count_of, title};
pub use suggest::{closest, did_you_mean};

/// Every kind of problem the loader and validator report, each with a stable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    /// A spec file cannot be read.
    UnreadableFile,
    /// YAML that does not have the shape of a spec (wrong type, bad syntax).
    Structure,
    /// A key the format does not know.
    UnknownKey,
    /// A required key is missing.
    MissingKey,
    /// A `specgen:` format version other than 1.
    UnsupportedVersion,
    /// A name that is empty or cannot become a Rust identifier.
    InvalidName,
    /// Two names that are the same after case conversion.
    NameCollision,
    /// A type name that is neither built in nor declared.
    UnknownType,
    /// A path placeholder without a path parameter.
    UndeclaredPathParameter,
    /// A path parameter that the path template does not use.
    UnusedPathParameter,
    /// A malformed path template.
    InvalidPath,
    /// A status code outside 100..=599.
    InvalidStatusCode,
    /// A status code listed twice.
    DuplicateStatusCode,
    /// A row naming a header that `response-headers` does not declare.
    UndeclaredHeader,
    /// A body example that is not valid JSON or does not match its properties.
    InvalidExample,
    /// A value that is not one of the fixed words a key allows (method, `in`, `kind`, auth
    /// scheme, collection format, generated value), or a value sent on the wire with a
    /// control character.
    InvalidValue,
    /// Keys that contradict each other, or a key that does not apply to what it is on.
    Conflict,
    /// A text without its default-locale version.
    MissingText,
    /// A text without a translation into a declared locale (a warning: the default locale's
    /// text is shown instead).
    MissingTranslation,
    /// A named type, property, enumeration value, request body or caller-supplied request
    /// header without a description (a warning: its documentation falls back to a generic
    /// sentence).
    Undocumented,
    /// A named type that contains itself other than through a `list` or a `map`.
    RecursiveType,
    /// Credentials where the service's `auth` does not put them.
    MisplacedCredentials,
    /// A `success` row whose code is not one status of 100..=399.
    SuccessStatus,
    /// A `long-running` row whose operations, headers or properties do not fit together.
    LongRunningMismatch,
    /// A `long-running` reference to an operation, property or state that does not exist.
    UnknownReference,
    /// A locale that is not a locale code, is listed twice, or is not declared.
    InvalidLocale,
    /// A `base-url` that is not an absolute http(s) URL.
    InvalidBaseUrl,
    /// A `checked-in` path that is empty, absolute or holds a control character.
    InvalidCheckedInPath,
    /// An explicit `rust-name` that is not a snake_case Rust identifier as written.
    InvalidRustName,
    /// An `extends`, `discriminator` or `discriminator-value` that does not fit the types it
    /// relates.
    InvalidInheritance,
    /// A union whose variants do not fit together, or that reading could not tell apart.
    InvalidUnion,
}

impl Code {
    /// Every code, in the order of their identifiers.
    pub const ALL: [Code; 31] = [
        Code::UnreadableFile,
        Code::Structure,
        Code::UnknownKey,
        Code::MissingKey,
        Code::UnsupportedVersion,
        Code::InvalidName,
        Code::NameCollision,
        Code::UnknownType,
        Code::UndeclaredPathParameter,
        Code::UnusedPathParameter,
        Code::InvalidPath,
        Code::InvalidStatusCode,
        Code::DuplicateStatusCode,
        Code::UndeclaredHeader,
        Code::InvalidExample,
        Code::InvalidValue,
        Code::Conflict,
        Code::MissingText,
        Code::MissingTranslation,
        Code::Undocumented,
        Code::RecursiveType,
        Code::MisplacedCredentials,
        Code::SuccessStatus,
        Code::LongRunningMismatch,
        Code::UnknownReference,
        Code::InvalidLocale,
        Code::InvalidBaseUrl,
        Code::InvalidCheckedInPath,
        Code::InvalidRustName,
        Code::InvalidInheritance,
        Code::InvalidUnion,
    ];

    /// The code with the identifier `id` (`E0203`).
    pub fn from_id(id: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|code| code.id() == id)
    }

    /// The severity of every diagnostic with this code: `E` codes are errors, `W` codes
    /// warnings.
    pub fn severity(self) -> Severity {
        match self {
            Code::MissingTranslation | Code::Undocumented => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The stable identifier, e.g. `E0203`.
    pub fn id(self) -> &'static str {
        match self {
            Code::UnreadableFile => "E0101",
            Code::Structure => "E0102",
            Code::UnknownKey => "E0103",
            Code::MissingKey => "E0104",
            Code::UnsupportedVersion => "E0105",
            Code::InvalidName => "E0201",
            Code::NameCollision => "E0202",
            Code::UnknownType => "E0203",
            Code::UndeclaredPathParameter => "E0204",
            Code::UnusedPathParameter => "E0205",
            Code::InvalidPath => "E0206",
            Code::InvalidStatusCode => "E0207",
            Code::DuplicateStatusCode => "E0208",
            Code::UndeclaredHeader => "E0209",
            Code::InvalidExample => "E0210",
            Code::InvalidValue => "E0211",
            Code::Conflict => "E0212",
            Code::MissingText => "E0213",
            Code::MissingTranslation => "W0214",
            Code::Undocumented => "W0215",
            Code::RecursiveType => "E0216",
            Code::MisplacedCredentials => "E0217",
            Code::SuccessStatus => "E0218",
            Code::LongRunningMismatch => "E0219",
            Code::UnknownReference => "E0220",
            Code::InvalidLocale => "E0221",
            Code::InvalidBaseUrl => "E0222",
            Code::InvalidCheckedInPath => "E0223",
            Code::InvalidRustName => "E0224",
            Code::InvalidInheritance => "E0225",
            Code::InvalidUnion => "E0226",
        }
    }

    /// The title of the code, as the heading of its entry in `spec/DIAGNOSTICS.md` writes it
    /// (`E0203: unknown type`; a warning's heading adds ` (a warning)`).
    pub fn title(self) -> &'static str {
        match self {
            Code::UnreadableFile => "unreadable file",
            Code::Structure => "structure",
            Code::UnknownKey => "unknown key",
            Code::MissingKey => "missing key",
            Code::UnsupportedVersion => "unsupported version",
            Code::InvalidName => "invalid name",
            Code::NameCollision => "name collision",
            Code::UnknownType => "unknown type",
            Code::UndeclaredPathParameter => "undeclared path parameter",
            Code::UnusedPathParameter => "unused path parameter",
            Code::InvalidPath => "invalid path",
            Code::InvalidStatusCode => "invalid status code",
            Code::DuplicateStatusCode => "duplicate status code",
            Code::UndeclaredHeader => "undeclared header",
            Code::InvalidExample => "invalid example",
            Code::InvalidValue => "invalid value",
            Code::Conflict => "conflict",
            Code::MissingText => "missing text",
            Code::MissingTranslation => "missing translation",
            Code::Undocumented => "undocumented item",
            Code::RecursiveType => "recursive type",
            Code::MisplacedCredentials => "misplaced credentials",
            Code::SuccessStatus => "success row without a success status",
            Code::LongRunningMismatch => "long-running mismatch",
            Code::UnknownReference => "unknown long-running reference",
            Code::InvalidLocale => "invalid locale",
            Code::InvalidBaseUrl => "invalid base URL",
            Code::InvalidCheckedInPath => "invalid checked-in path",
            Code::InvalidRustName => "invalid Rust name",
            Code::InvalidInheritance => "invalid inheritance",
            Code::InvalidUnion => "invalid union",
        }
    }
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The spec cannot be used: nothing is generated.
    Error,
    /// Worth fixing, but the spec can be used as it is.
    Warning,
}

impl Severity {
    /// `error` or `warning`, as diagnostics print it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// Where a diagnostic points: 1-based line and column, and the length of the span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The spec file, as it was given.
    pub file: PathBuf,
    /// 1-based line (0 when the whole file is meant).
    pub line: usize,
    /// 1-based column (0 when the whole file is meant).
    pub column: usize,
    /// Length of the span in characters (0: a point).
    pub len: usize,
}

impl Location {
    /// The file as a whole.
    pub fn file(file: &Path) -> Self {
        Location {
            file: file.to_path_buf(),
            line: 0,
            column: 0,
            len: 0,
        }
    }

    /// Where a YAML node was written.
    pub fn of(file: &Path, at: &serde_saphyr::Location) -> Self {
        Location {
            file: file.to_path_buf(),
            line: at.line() as usize,
            column: at.column() as usize,
            len: at.span().len() as usize,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.file.display())
        } else {
            write!(f, "{}:{}:{}", self.file.display(), self.line, self.column)
        }
    }
}

/// One problem in a spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What kind of problem.
    pub code: Code,
    /// Where.
    pub location: Location,
    /// Where, as a path in the spec (`responses[4].code`); empty for file-level problems.
    pub spec_path: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at `location`.
    pub fn error(code: Code, location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            location,
            spec_path: String::new(),
            message: message.into(),
            help: None,
        }
    }

    /// A warning at `location`.
    pub fn warning(code: Code, location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, location, message)
        }
    }

    /// Adds the spec path (`responses[4].code`).
    pub fn at_path(mut self, spec_path: impl Into<String>) -> Self {
        self.spec_path = spec_path.into();
        self
    }

    /// Adds how to fix it.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The diagnostic with its file written relative to `base` when it lies under it, and the
    /// paths under `base` in its message and help likewise: for output that does not depend on
    /// where the project is (the proc-macro's compile errors, the diagnostic catalogue).
    pub fn relative_to(&self, base: &Path) -> Diagnostic {
        let mut shown = self.clone();
        if let Ok(relative) = shown.location.file.strip_prefix(base) {
            shown.location.file = relative.to_path_buf();
        }
        let mut prefix = base.display().to_string();
        if !prefix.is_empty() {
            if !prefix.ends_with(std::path::MAIN_SEPARATOR) {
                prefix.push(std::path::MAIN_SEPARATOR);
            }
            shown.message = shown.message.replace(&prefix, "");
            shown.help = shown.help.map(|help| help.replace(&prefix, ""));
        }
        shown
    }
}

impl fmt::Display for Diagnostic {
    /// One line: `file:line:col: error[E0207]: message (spec path)`, then the help.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}[{}]: {}",
            self.location,
            self.severity.as_str(),
            self.code.id(),
            self.message
        )?;
        if !self.spec_path.is_empty() {
            write!(f, " (at {})", self.spec_path)?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// All the problems found in a spec, in the order they were found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Records one more problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(value)` when nothing was found, else every problem.
    pub fn into_result<T>(self, value: T) -> Result<T, Diagnostics> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }

    /// How many diagnostics have `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.0.iter().filter(|d| d.severity == severity).count()
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics(vec![diagnostic])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for diagnostic in &self.0 {
            writeln!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

#[cfg(test)]
mod tests {
    use super::*;

    /// Does not compile when `Code` gains a variant: add it to `Code::ALL`.
    fn _every_code_is_in_all(code: Code) {
        match code {
            Code::UnreadableFile
            | Code::Structure
            | Code::UnknownKey
            | Code::MissingKey
            | Code::UnsupportedVersion
            | Code::InvalidName
            | Code::NameCollision
            | Code::UnknownType
            | Code::UndeclaredPathParameter
            | Code::UnusedPathParameter
            | Code::InvalidPath
            | Code::InvalidStatusCode
            | Code::DuplicateStatusCode
            | Code::UndeclaredHeader
            | Code::InvalidExample
            | Code::InvalidValue
            | Code::Conflict
            | Code::MissingText
            | Code::MissingTranslation
            | Code::Undocumented
            | Code::RecursiveType
            | Code::MisplacedCredentials
            | Code::SuccessStatus
            | Code::LongRunningMismatch
            | Code::UnknownReference
            | Code::InvalidLocale
            | Code::InvalidBaseUrl
            | Code::InvalidCheckedInPath
            | Code::InvalidRustName
            | Code::InvalidInheritance
            | Code::InvalidUnion => {}
        }
    }

    #[test]
    fn codes_are_listed_once_in_order_with_their_severity() {
        let ids: Vec<&str> = Code::ALL.iter().map(|code| code.id()).collect();
        let mut sorted = ids.clone();
        sorted.sort_by_key(|id| &id[1..]);
        sorted.dedup();
        assert_eq!(ids, sorted);
        for code in Code::ALL {
            assert_eq!(Code::from_id(code.id()), Some(code));
            let letter = match code.severity() {
                Severity::Error => "E",
                Severity::Warning => "W",
            };
            assert!(code.id().starts_with(letter), "{}", code.id());
        }
        assert_eq!(Code::from_id("E9999"), None);
    }

    #[test]
    fn relative_paths_drop_the_base_everywhere() {
        let base = Path::new("/project/crate");
        let diagnostic = Diagnostic::error(
            Code::UnreadableFile,
            Location::file(&base.join("spec/x.yaml")),
            format!("cannot read `{}`", base.join("spec/x.yaml").display()),
        )
        .with_help(format!("look in `{}`", base.join("spec").display()));
        let shown = diagnostic.relative_to(base);
        assert_eq!(shown.location.file, Path::new("spec/x.yaml"));
        assert_eq!(shown.message, "cannot read `spec/x.yaml`");
        assert_eq!(shown.help.as_deref(), Some("look in `spec`"));
    }
}
