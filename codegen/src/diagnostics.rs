//! Located diagnostics: what is wrong, where (`file:line:col` and the spec path), and how to fix it.

use std::fmt;
use std::path::{Path, PathBuf};

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
    /// A value that is not one of the allowed ones (method, kind, location, locale...).
    InvalidValue,
    /// Keys that contradict each other.
    Conflict,
    /// A text without its default-locale version.
    MissingText,
    /// A text without a translation into a declared locale (a warning: the default locale's
    /// text is shown instead).
    MissingTranslation,
}

impl Code {
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

    /// Renders the diagnostic like rustc does, with the offending source line when `source` is given.
    pub fn render(&self, source: Option<&str>) -> String {
        // As rustc: the arrow, the `|` gutter and the help align on the line number's width.
        let number = self.location.line.to_string();
        let gutter = " ".repeat(if self.location.line > 0 {
            number.len()
        } else {
            1
        });
        let mut out = format!(
            "{}[{}]: {}\n{gutter}--> {}",
            self.severity.as_str(),
            self.code.id(),
            self.message,
            self.location
        );
        if !self.spec_path.is_empty() {
            out.push_str(&format!(" ({})", self.spec_path));
        }
        out.push('\n');
        let line_text = source
            .filter(|_| self.location.line > 0)
            .and_then(|text| text.lines().nth(self.location.line - 1));
        if let Some(line_text) = line_text {
            let caret_pad: String = line_text
                .chars()
                .take(self.location.column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            // A span that goes on past its line (a block scalar) is underlined to the line's end.
            let rest = line_text
                .chars()
                .count()
                .saturating_sub(self.location.column.saturating_sub(1));
            let width = self.location.len.min(rest).clamp(1, 80);
            out.push_str(&format!(
                "{gutter} |\n{number} | {line_text}\n{gutter} | {caret_pad}{}\n",
                "^".repeat(width)
            ));
        }
        if let Some(help) = &self.help {
            out.push_str(&format!("{gutter} = help: {help}\n"));
        }
        out
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

    /// Renders every diagnostic with its source line, reading each file once.
    pub fn render(&self) -> String {
        let mut cache: Vec<(PathBuf, Option<String>)> = Vec::new();
        let mut out = String::new();
        for diagnostic in &self.0 {
            let file = &diagnostic.location.file;
            let index = match cache.iter().position(|(path, _)| path == file) {
                Some(index) => index,
                None => {
                    cache.push((file.clone(), std::fs::read_to_string(file).ok()));
                    cache.len() - 1
                }
            };
            out.push_str(&diagnostic.render(cache[index].1.as_deref()));
            out.push('\n');
        }
        for severity in [Severity::Error, Severity::Warning] {
            let count = self.0.iter().filter(|d| d.severity == severity).count();
            if count > 0 {
                let word = severity.as_str();
                let plural = if count == 1 { "" } else { "s" };
                out.push_str(&format!("{word}: the spec has {count} {word}{plural}\n"));
            }
        }
        out
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

/// The candidate closest to `word` by edit distance, when it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| {
            (
                strsim::damerau_levenshtein(&word.to_lowercase(), &candidate.to_lowercase()),
                candidate,
            )
        })
        .filter(|(distance, candidate)| *distance <= (candidate.len().max(3) / 3).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_finds_typos_only() {
        assert_eq!(
            closest("summry", ["id", "summary", "title"]),
            Some("summary")
        );
        assert_eq!(closest("zzzzzz", ["id", "summary", "title"]), None);
    }

    #[test]
    fn warnings_render_as_warnings_and_are_counted_apart() {
        let at = Location::file(Path::new("service.yaml"));
        let diagnostics = Diagnostics(vec![
            Diagnostic::warning(Code::MissingTranslation, at.clone(), "no `hu` version"),
            Diagnostic::error(Code::InvalidValue, at.clone(), "bad"),
            Diagnostic::warning(Code::MissingTranslation, at, "no `hu` version"),
        ]);
        let rendered = diagnostics.render();
        assert!(rendered.starts_with("warning[W0214]: no `hu` version\n --> service.yaml\n"));
        assert!(rendered.contains("error[E0211]: bad\n"));
        assert!(
            rendered.ends_with("error: the spec has 1 error\nwarning: the spec has 2 warnings\n")
        );
        assert_eq!(
            diagnostics.0[0].to_string(),
            "service.yaml: warning[W0214]: no `hu` version"
        );
    }

    #[test]
    fn renders_caret_under_span() {
        let diagnostic = Diagnostic::error(
            Code::InvalidStatusCode,
            Location {
                file: "op.yaml".into(),
                line: 2,
                column: 9,
                len: 4,
            },
            "status code 4044 is outside 100..=599",
        )
        .at_path("responses[0].code")
        .with_help("use a three-digit code");
        let rendered = diagnostic.render(Some("responses:\n  - code: 4044\n"));
        assert_eq!(
            rendered,
            "error[E0207]: status code 4044 is outside 100..=599\n --> op.yaml:2:9 (responses[0].code)\n  |\n2 |   - code: 4044\n  |         ^^^^\n  = help: use a three-digit code\n"
        );
    }
}
