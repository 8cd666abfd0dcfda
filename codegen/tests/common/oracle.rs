//! What the generator must do with any input: generate Rust that parses and docs that render,
//! or fail with located diagnostics. Never panic, never produce code that does not parse.
//!
//! Shared by the property tests (`tests/no_panic.rs`) and the fuzz target (`fuzz/`), which
//! include this file by path.

use std::path::Path;

use specgen::{Error, Generator, SpecFiles};

/// What a run over a spec ended in (when it did not break the contract).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Rust that parses was generated, and the reference pages rendered.
    Generated,
    /// The spec was refused with located diagnostics.
    Refused,
}

/// Runs load, validate and emit over the spec whose service file is `service` in `files`;
/// `Err` says how the generator broke its contract. A panic inside is the caller's to catch
/// (the property tests and the fuzzer each report it their own way).
pub fn check_spec(files: &SpecFiles, service: &Path) -> Result<Verdict, String> {
    match Generator::new(service).files(files.clone()).generate() {
        Ok(output) => {
            // `generate` parsed the tokens; the formatted text must parse too.
            syn::parse_file(&output.source)
                .map_err(|error| format!("the formatted source does not parse: {error}"))?;
            let pages = Generator::new(service)
                .files(files.clone())
                .pages()
                .map_err(|error| format!("the pages do not render: {error}"))?;
            if pages.is_empty() {
                return Err("a generated spec has no reference pages".into());
            }
            let _ = output.warnings.render_from(files);
            Ok(Verdict::Generated)
        }
        Err(Error::Spec(diagnostics)) => {
            if !diagnostics.has_errors() {
                return Err("the spec was refused without an error".into());
            }
            for diagnostic in &diagnostics.0 {
                located(files, diagnostic)?;
            }
            let rendered = diagnostics.render_from(files);
            let rendered_text = visible(&rendered);
            if let Some(missing) = diagnostics.0.iter().find(|diagnostic| {
                !rendered_text.contains(&visible(
                    diagnostic.message.lines().next().unwrap_or_default(),
                ))
            }) {
                return Err(format!(
                    "`{}` is not in the rendered diagnostics",
                    missing.message
                ));
            }
            let _ = diagnostics.to_json();
            Ok(Verdict::Refused)
        }
        Err(other) => Err(format!("unexpected failure: {other}")),
    }
}

/// `text` without what the renderer shows its own way (whitespace, control characters as
/// control pictures or `�`, bidirectional controls as `�`), to compare a message with its
/// rendering.
fn visible(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !c.is_control()
                && !specgen::model::is_bidi_control(*c)
                && !('\u{2400}'..='\u{2426}').contains(c)
                && *c != '\u{fffd}'
        })
        .collect()
}

/// A diagnostic names a file of the spec, and a line and column in it (or the whole file).
fn located(files: &SpecFiles, diagnostic: &specgen::Diagnostic) -> Result<(), String> {
    let location = &diagnostic.location;
    if diagnostic.message.trim().is_empty() {
        return Err(format!("a diagnostic at {location} has no message"));
    }
    let text = match files.read(&location.file) {
        Ok(text) => text,
        // A missing operation file is reported where the service file lists it; a file the
        // diagnostic itself says cannot be read is the one exception.
        Err(_) if diagnostic.code == specgen::diagnostics::Code::UnreadableFile => return Ok(()),
        Err(_) => {
            return Err(format!(
                "`{}` points into no spec file: {location}",
                diagnostic.message
            ));
        }
    };
    if location.line == 0 {
        return Ok(());
    }
    // The line may be one past the last, and the column one past the end of the line (the
    // end of the file, or of a line without its line break).
    let line = text.lines().nth(location.line - 1).unwrap_or_default();
    let lines = text.lines().count().max(1) + 1;
    if location.line > lines || location.column == 0 || location.column > line.chars().count() + 1 {
        return Err(format!(
            "`{}` points outside its file ({lines} lines): {location}",
            diagnostic.message
        ));
    }
    Ok(())
}
