//! Located diagnostics: what is wrong, where (`file:line:col` and the spec path), and how to fix it.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde::Serialize;

use crate::files::SpecFiles;

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
    /// A named type, property, enumeration value, request body or caller-supplied request
    /// header without a description (a warning: its documentation falls back to a generic
    /// sentence).
    Undocumented,
}

impl Code {
    /// Every code, in the order of their identifiers.
    pub const ALL: [Code; 20] = [
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

    fn level(self) -> Level<'static> {
        match self {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
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

    /// Renders the diagnostic like rustc does, without colors, with the offending source line
    /// when `source` (the text of [`Location::file`]) is given.
    pub fn render(&self, source: Option<&str>) -> String {
        self.render_styled(source, Style::Plain)
    }

    /// Renders the diagnostic like rustc does, with [annotate-snippets], rustc's own renderer:
    /// `error[E0207]: message`, `--> file:line:col`, the source line with the span underlined
    /// and labelled with the spec path, then `= help: ...`.
    ///
    /// Without a line (a problem of the whole file), or when the line is not in `source`, the
    /// location is printed alone and the spec path goes into a `= note:`.
    ///
    /// [annotate-snippets]: https://docs.rs/annotate-snippets
    pub fn render_styled(&self, source: Option<&str>, style: Style) -> String {
        let level = self.severity.level();
        let file = printable(&self.location.file.display().to_string());
        let mut group = Group::with_title(level.primary_title(&self.message).id(self.code.id()));
        match source.and_then(|source| self.source_line(source)) {
            Some((text, span)) => {
                let mut annotation = AnnotationKind::Primary.span(span);
                if !self.spec_path.is_empty() {
                    annotation = annotation.label(&self.spec_path);
                }
                group = group.element(
                    Snippet::source(text)
                        .line_start(self.location.line)
                        .path(file)
                        .annotation(annotation),
                );
            }
            None => {
                let mut origin = Origin::path(file);
                if self.location.line > 0 {
                    origin = origin
                        .line(self.location.line)
                        .char_column(self.location.column);
                }
                group = group.element(origin);
                if !self.spec_path.is_empty() {
                    group = group.element(Level::NOTE.message(format!("at `{}`", self.spec_path)));
                }
            }
        }
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(help));
        }
        let mut out = style.renderer().render(&[group]);
        out.push('\n');
        out
    }

    /// The line of the location in `source` and the byte range of the span in it, cut at the
    /// line's end (a block scalar's span runs on over the next lines). `None` when the line or
    /// the column is not in `source`.
    fn source_line<'s>(&self, source: &'s str) -> Option<(&'s str, Range<usize>)> {
        let Location {
            line, column, len, ..
        } = self.location;
        let text = source.lines().nth(line.checked_sub(1)?)?;
        let skip = column.checked_sub(1)?;
        // The byte offset of every character, and of the line's end.
        let mut offsets = text
            .char_indices()
            .map(|(offset, _)| offset)
            .chain([text.len()]);
        let start = offsets.nth(skip)?;
        let end = match len.checked_sub(1) {
            Some(last) => offsets.nth(last).unwrap_or(text.len()),
            None => start,
        };
        Some((text, start..end))
    }

    /// Where the span ends (1-based line and column just past its last character), following
    /// it over line breaks in `source`; on the same line when `source` is not given. `None`
    /// for a problem of the whole file.
    pub fn end(&self, source: Option<&str>) -> Option<(usize, usize)> {
        let Location {
            line, column, len, ..
        } = self.location;
        if line == 0 {
            return None;
        }
        let Some(text) = source.and_then(|source| {
            let start = source
                .split_inclusive('\n')
                .take(line - 1)
                .map(str::len)
                .sum();
            source.get(start..)
        }) else {
            return Some((line, column + len));
        };
        let (mut end_line, mut end_column) = (line, column);
        for c in text.chars().skip(column.saturating_sub(1)).take(len) {
            if c == '\n' {
                (end_line, end_column) = (end_line + 1, 1);
            } else {
                end_column += 1;
            }
        }
        Some((end_line, end_column))
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

    /// Renders every diagnostic with its source line, without colors, then a line counting the
    /// errors and one counting the warnings (each when there is any).
    pub fn render(&self) -> String {
        self.render_styled(Style::Plain)
    }

    /// [`Diagnostics::render`], colored when `style` says so.
    pub fn render_styled(&self, style: Style) -> String {
        self.render_styled_from(&SpecFiles::Disk, style)
    }

    /// [`Diagnostics::render`], showing the source lines of the spec files in `files` (a spec
    /// held in memory).
    pub fn render_from(&self, files: &SpecFiles) -> String {
        self.render_styled_from(files, Style::Plain)
    }

    fn render_styled_from(&self, files: &SpecFiles, style: Style) -> String {
        let mut sources = Sources::new(files);
        let mut out = String::new();
        for diagnostic in &self.0 {
            let source = sources.get(&diagnostic.location.file);
            out.push_str(&diagnostic.render_styled(source, style));
            out.push('\n');
        }
        for severity in [Severity::Error, Severity::Warning] {
            let count = self.count(severity);
            if count > 0 {
                let what = count_of(count, severity.as_str());
                out.push_str(&title(severity, &format!("the spec has {what}"), style));
            }
        }
        out
    }

    /// The diagnostics as one JSON document, for tools; spec/README.md describes its fields.
    ///
    /// ```json
    /// {
    ///   "diagnostics": [
    ///     {
    ///       "severity": "error",
    ///       "code": "E0103",
    ///       "message": "unknown key `methd`",
    ///       "file": "spec/operations/go-live.yaml",
    ///       "line": 12,
    ///       "column": 1,
    ///       "end_line": 12,
    ///       "end_column": 6,
    ///       "spec_path": null,
    ///       "help": "did you mean `method`? ..."
    ///     }
    ///   ],
    ///   "errors": 1,
    ///   "warnings": 0
    /// }
    /// ```
    pub fn to_json(&self) -> String {
        let mut sources = Sources::new(&SpecFiles::Disk);
        let diagnostics = self
            .0
            .iter()
            .map(|diagnostic| {
                let location = &diagnostic.location;
                let end = diagnostic.end(sources.get(&location.file));
                let at = |value: usize| (location.line > 0).then_some(value);
                JsonDiagnostic {
                    severity: diagnostic.severity.as_str(),
                    code: diagnostic.code.id(),
                    message: &diagnostic.message,
                    file: location.file.display().to_string(),
                    line: at(location.line),
                    column: at(location.column),
                    end_line: end.map(|(line, _)| line),
                    end_column: end.map(|(_, column)| column),
                    spec_path: Some(diagnostic.spec_path.as_str()).filter(|path| !path.is_empty()),
                    help: diagnostic.help.as_deref(),
                }
            })
            .collect();
        let document = JsonDocument {
            diagnostics,
            errors: self.count(Severity::Error),
            warnings: self.count(Severity::Warning),
        };
        // Serializing strings and numbers cannot fail.
        let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The warnings as build-script output: each line of each rendered warning as a
    /// `cargo:warning=` line, which cargo shows even when the build succeeds.
    pub fn cargo_warnings(&self) -> Vec<String> {
        let mut sources = Sources::new(&SpecFiles::Disk);
        self.0
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .flat_map(|diagnostic| {
                let source = sources.get(&diagnostic.location.file);
                diagnostic
                    .render(source)
                    .lines()
                    .map(|line| format!("cargo:warning={line}"))
                    .collect::<Vec<_>>()
            })
            .collect()
    }
}

/// `1 error`, `2 warnings`.
pub fn count_of(count: usize, word: &str) -> String {
    let plural = if count == 1 { "" } else { "s" };
    format!("{count} {word}{plural}")
}

/// A line such as `error: the spec has 2 errors`, styled as a diagnostic's title.
pub fn title(severity: Severity, text: &str, style: Style) -> String {
    let title = severity.level().primary_title(text);
    let mut out = style.renderer().render(&[Group::with_title(title)]);
    out.push('\n');
    out
}

/// The text of each file diagnostics point into, read once.
struct Sources<'a> {
    files: &'a SpecFiles,
    read: Vec<(PathBuf, Option<String>)>,
}

impl<'a> Sources<'a> {
    fn new(files: &'a SpecFiles) -> Self {
        Sources {
            files,
            read: Vec::new(),
        }
    }

    fn get(&mut self, file: &Path) -> Option<&str> {
        let index = match self.read.iter().position(|(path, _)| path == file) {
            Some(index) => index,
            None => {
                self.read
                    .push((file.to_path_buf(), self.files.read(file).ok()));
                self.read.len() - 1
            }
        };
        self.read[index].1.as_deref()
    }
}

/// The JSON form of [`Diagnostics`]: the field names are a stable interface.
#[derive(Serialize)]
struct JsonDocument<'a> {
    diagnostics: Vec<JsonDiagnostic<'a>>,
    errors: usize,
    warnings: usize,
}

/// The JSON form of one [`Diagnostic`].
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: &'static str,
    code: &'static str,
    message: &'a str,
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    spec_path: Option<&'a str>,
    help: Option<&'a str>,
}

/// How diagnostics are drawn: plain text, or with the colors of a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Style {
    /// No escape codes: for files, pipes and tests.
    #[default]
    Plain,
    /// rustc's colors (ANSI escape codes).
    Colored,
}

impl Style {
    /// Colored when the output is a terminal and the `NO_COLOR` environment variable is not
    /// set to a non-empty value (<https://no-color.org>).
    pub fn detect(output_is_terminal: bool) -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        if output_is_terminal && !no_color {
            Style::Colored
        } else {
            Style::Plain
        }
    }

    fn renderer(self) -> Renderer {
        match self {
            Style::Plain => Renderer::plain(),
            Style::Colored => Renderer::styled(),
        }
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

/// The help for a likely typo: `did you mean `best`?` followed by `then` when [`closest`]
/// found a `best` candidate, else `otherwise`.
pub fn did_you_mean(best: Option<&str>, then: &str, otherwise: String) -> String {
    match best {
        Some(best) => format!("did you mean `{best}`?{then}"),
        None => otherwise,
    }
}

/// Whether `c` is an explicit bidirectional embedding, override or isolate (U+202A..U+202E,
/// U+2066..U+2069), which can make text read differently from how it is stored: rustc denies
/// them in source (`text_direction_codepoint_in_literal`), so the docs leave them out and a
/// path may not hold them. Right-to-left text itself, and the marks U+200E and U+200F, are
/// fine.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` safe to print on a terminal, as annotate-snippets prints messages and source lines:
/// an ASCII control character as its Unicode control picture (`\r` as `␍`), another control or
/// a bidirectional control as `�`. A path in a spec may hold them, and would be printed as is.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{0}'..='\u{1f}' => {
                char::from_u32(0x2400 + u32::from(c)).map_or_else(String::new, String::from)
            }
            '\u{7f}' => '\u{2421}'.to_string(),
            c if c.is_control() || is_bidi_control(c) => '\u{fffd}'.to_string(),
            c => c.to_string(),
        })
        .collect()
}

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
            | Code::Undocumented => {}
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
        assert!(
            rendered.starts_with("warning[W0214]: no `hu` version\n--> service.yaml\n"),
            "{rendered}"
        );
        assert!(rendered.contains("\nerror[E0211]: bad\n"));
        assert!(
            rendered.ends_with("error: the spec has 1 error\nwarning: the spec has 2 warnings\n")
        );
        assert_eq!(diagnostics.count(Severity::Warning), 2);
        assert!(diagnostics.has_errors());
        assert_eq!(
            diagnostics.0[0].to_string(),
            "service.yaml: warning[W0214]: no `hu` version"
        );
        // Only the warnings become cargo warnings.
        let cargo = diagnostics.cargo_warnings();
        assert!(cargo.iter().all(|line| line.starts_with("cargo:warning=")));
        assert_eq!(
            cargo.iter().filter(|line| line.contains("W0214")).count(),
            2
        );
        assert!(!cargo.iter().any(|line| line.contains("E0211")));
    }

    fn at(line: usize, column: usize, len: usize) -> Location {
        Location {
            file: "op.yaml".into(),
            line,
            column,
            len,
        }
    }

    #[test]
    fn renders_caret_under_span() {
        let diagnostic = Diagnostic::error(
            Code::InvalidStatusCode,
            at(2, 9, 4),
            "status code 4044 is outside 100..=599",
        )
        .at_path("responses[0].code")
        .with_help("use a three-digit code");
        let rendered = diagnostic.render(Some("responses:\n  - code: 4044\n"));
        assert_eq!(
            rendered,
            "error[E0207]: status code 4044 is outside 100..=599
 --> op.yaml:2:9
  |
2 |   - code: 4044
  |         ^^^^ responses[0].code
  |
  = help: use a three-digit code
"
        );
        // Colored, the same text with escape codes.
        let colored =
            diagnostic.render_styled(Some("responses:\n  - code: 4044\n"), Style::Colored);
        assert!(colored.contains("\x1b["));
        assert_ne!(colored, rendered);
    }

    #[test]
    fn columns_count_characters_and_tabs_are_laid_out() {
        // `é` is two bytes, `名` is two columns wide, a tab is laid out as 4 spaces.
        let source = "x: 1\n\tnév: 名前 strng\n";
        let diagnostic = Diagnostic::error(Code::UnknownType, at(2, 10, 5), "unknown type");
        assert_eq!(
            diagnostic.render(Some(source)),
            "error[E0203]: unknown type
 --> op.yaml:2:10
  |
2 |     név: 名前 strng
  |               ^^^^^
"
        );
    }

    #[test]
    fn spans_are_cut_at_the_end_of_their_line() {
        let source = "description: >-\n  one\n  two\n";
        // From `>-` over the next lines: underlined on its first line.
        let rendered = Diagnostic::error(Code::Structure, at(1, 14, 14), "x").render(Some(source));
        assert!(
            rendered.contains("1 | description: >-\n  |              ^^\n"),
            "{rendered}"
        );
        // A point just past the end of the line.
        let rendered = Diagnostic::error(Code::Structure, at(2, 6, 0), "x").render(Some(source));
        assert!(rendered.contains("2 |   one\n  |      ^\n"), "{rendered}");
    }

    #[test]
    fn a_location_not_in_the_source_is_printed_alone() {
        let source = "one line\n";
        for location in [at(5, 1, 3), at(1, 30, 1)] {
            let (line, column) = (location.line, location.column);
            let rendered = Diagnostic::error(Code::Structure, location, "x")
                .at_path("responses")
                .render(Some(source));
            assert_eq!(
                rendered,
                format!("error[E0102]: x\n--> op.yaml:{line}:{column}\n = note: at `responses`\n")
            );
        }
        // No source at all.
        let rendered = Diagnostic::error(Code::Structure, at(1, 1, 3), "x").render(None);
        assert_eq!(rendered, "error[E0102]: x\n--> op.yaml:1:1\n");
    }

    #[test]
    fn control_characters_of_a_path_are_not_printed() {
        // Found by the fuzz target: a spec's operation path goes into `-->` as it is written,
        // and an escape sequence or a bidirectional override in it would reach the terminal.
        let path = "op\u{1b}[31m\u{b}\u{202e}\u{85}.yaml";
        for source in [None, Some("one line\n")] {
            let location = Location {
                file: PathBuf::from(path),
                line: 1,
                column: 1,
                len: 3,
            };
            let rendered = Diagnostic::error(Code::UnreadableFile, location, "x").render(source);
            assert!(
                rendered.contains("--> op\u{241b}[31m\u{240b}\u{fffd}\u{fffd}.yaml:1:1"),
                "{rendered}"
            );
            assert!(
                !rendered.contains(['\u{1b}', '\u{b}', '\u{202e}', '\u{85}']),
                "{rendered}"
            );
        }
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
