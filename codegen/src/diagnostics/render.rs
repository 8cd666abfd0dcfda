//! Drawing diagnostics: like rustc, with annotate-snippets (plain or colored), as JSON for
//! tools, and as `cargo:warning=` lines for build scripts.

use std::ops::Range;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde::Serialize;

use super::{Diagnostic, Diagnostics, Location, Severity};
use crate::files::SpecFiles;
use crate::model::is_bidi_control;

impl Severity {
    fn level(self) -> Level<'static> {
        match self {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        }
    }
}

impl Diagnostic {
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
}

impl Diagnostics {
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
    use crate::diagnostics::Code;

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
}
