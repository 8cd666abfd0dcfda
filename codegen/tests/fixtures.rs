//! The bad-spec fixture suite of the loader and validator.
//!
//! Every directory under `tests/fixtures/invalid` is a small complete spec (`service.yaml` and
//! `operations/*.yaml`) derived from `spec/cloud-partner-portal.yaml` with one kind of mistake
//! (a few hold several, to prove that one run reports them all), or with something to warn
//! about. It is checked as `specgen validate` checks it, with `--locale <locale>` when the
//! directory has a `locale.txt`. Its `expected.txt` is the whole rendered diagnostic output. Run with `UPDATE_EXPECT=1` to rewrite the expected files, then
//! review every change by hand: the location, the message and the help are the product.
//!
//! Every directory under `tests/fixtures/valid` must validate and generate Rust that parses.
//!
//! Paths are relative to the crate directory (cargo runs integration tests there), so the
//! rendered paths do not depend on the machine.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use specgen::diagnostics::Code;

use common::fixture_dirs;

const INVALID: &str = "tests/fixtures/invalid";
const VALID: &str = "tests/fixtures/valid";
const REAL_SPEC: &str = "../spec/cloud-partner-portal.yaml";

/// The diagnostics of an invalid fixture, as `specgen validate` reports them: with
/// `--locale <locale>` when the fixture has a `locale.txt` holding that locale.
fn diagnose_fixture(name: &str) -> specgen::Diagnostics {
    let dir = Path::new(INVALID).join(name);
    let locale = std::fs::read_to_string(dir.join("locale.txt")).ok();
    // A `/`-joined relative path, so that the rendered locations are the same everywhere.
    let service = format!("{INVALID}/{name}/service.yaml");
    specgen::diagnose(&service, locale.as_deref().map(str::trim)).diagnostics
}

#[test]
fn invalid_fixtures_render_their_expected_diagnostics() {
    let update = common::update_expect();
    let names = fixture_dirs(INVALID);
    assert!(
        names.len() >= 25,
        "expected the whole fixture suite under {INVALID}, found {names:?}"
    );

    let mut seen = BTreeSet::new();
    let mut failures = Vec::new();
    for name in &names {
        let diagnostics = diagnose_fixture(name);
        if diagnostics.is_empty() {
            failures.push(format!(
                "{name}: the spec has no diagnostic, but the fixture is meant to have some"
            ));
            continue;
        }
        for diagnostic in &diagnostics.0 {
            let code = diagnostic.code;
            seen.insert(code.id());
            if diagnostic.severity != code.severity() {
                failures.push(format!(
                    "{name}: {} is reported as {:?}",
                    code.id(),
                    diagnostic.severity
                ));
            }
        }
        let actual = diagnostics.render();
        let expected_path = Path::new(INVALID).join(name).join("expected.txt");
        if let Err(failure) = common::expect_file(&expected_path, &actual, update) {
            failures.push(format!("{name}: {failure}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture(s) failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );

    let unseen: Vec<&str> = Code::ALL
        .iter()
        .map(|code| code.id())
        .filter(|id| !seen.contains(id))
        .collect();
    assert!(
        unseen.is_empty(),
        "no invalid fixture produces {unseen:?}; add one (codes seen: {seen:?})"
    );
}

#[test]
fn valid_fixtures_validate_and_generate_parsable_rust() {
    let names = fixture_dirs(VALID);
    assert!(
        names.iter().any(|name| name == "keywords"),
        "missing {VALID}/keywords"
    );
    for name in &names {
        let service = format!("{VALID}/{name}/service.yaml");
        let output = match specgen::Generator::new(&service).generate() {
            Ok(output) => output,
            Err(error) => panic!("{name}: generation failed:\n{error}"),
        };
        if let Err(error) = syn::parse_file(&output.source) {
            panic!(
                "{name}: the generated source does not parse: {error}\n{}",
                output.source
            );
        }
    }
}

#[test]
fn a_service_without_auth_says_nothing_of_credentials() {
    let service = format!("{VALID}/no-auth/service.yaml");
    let generator = specgen::Generator::new(&service);
    let output = generator
        .generate()
        .unwrap_or_else(|error| panic!("{error}"));
    let pages = generator.pages().unwrap_or_else(|error| panic!("{error}"));
    let texts = std::iter::once(output.source.as_str())
        .chain(pages.iter().map(|page| page.content.as_str()));
    for text in texts {
        let lower = text.to_lowercase();
        for word in ["bearer", "token", "api key", "api_key"] {
            assert!(!lower.contains(word), "`{word}` in:\n{text}");
        }
    }
    assert!(
        output
            .source
            .contains("without credentials: the service takes none")
    );
}

#[test]
fn status_rows_are_matched_in_the_order_of_precedence() {
    let output = specgen::Generator::new(format!("{VALID}/status-ranges/service.yaml"))
        .generate()
        .unwrap_or_else(|error| panic!("{error}"));
    let source = &output.source;
    let mapping = &source[source.find("fn from_raw").expect("the mapping")..];
    let arm = |pattern: &str| {
        mapping
            .find(&format!("{pattern} => "))
            .unwrap_or_else(|| panic!("no arm `{pattern}` in:\n{mapping}"))
    };
    // Exact codes, then the narrower range, the wider one, and `default` instead of
    // `Failure::UnexpectedStatus`.
    let order = [
        arm("200"),
        arm("404"),
        arm("494..=499"),
        arm("400..=499"),
        arm("_"),
    ];
    assert!(order.is_sorted(), "{order:?}\n{source}");
    assert!(!source.contains("_ => Err(Failure::UnexpectedStatus"));
    // A row of several statuses shows the status received.
    assert!(source.contains("&::specgen_runtime::status_text(response.status)"));
    // The docs show the codes as the spec writes them.
    for row in ["| 4XX |", "| 494-499 |", "| default |", "| 404 |"] {
        assert!(source.contains(row), "no status table row `{row}`");
    }
}

#[test]
fn keyword_and_digit_names_become_valid_identifiers() {
    let output = specgen::Generator::new(format!("{VALID}/keywords/service.yaml"))
        .generate()
        .unwrap_or_else(|error| panic!("{error}"));
    let file = syn::parse_file(&output.source).expect("the generated source parses");
    assert!(!file.items.is_empty());
    for ident in ["r#type", "r#match", "self_", "r#async", "_2fa"] {
        assert!(
            output.source.contains(ident),
            "`{ident}` is not in the generated source:\n{}",
            output.source
        );
    }
    // The wire names stay what the spec says.
    for wire in ["\"type\"", "\"match\"", "\"self\"", "\"async\"", "\"2fa\""] {
        assert!(
            output.source.contains(wire),
            "wire name {wire} is not in the generated source"
        );
    }
}

#[test]
fn the_real_spec_validates_without_warnings() {
    let diagnosis = specgen::diagnose(REAL_SPEC, None);
    assert!(
        diagnosis.service.is_some() && diagnosis.diagnostics.is_empty(),
        "{}",
        diagnosis.diagnostics.render()
    );
}

/// A copy of the real spec in a fresh temporary directory, removed on drop.
struct TempSpec {
    dir: PathBuf,
}

impl TempSpec {
    fn copy_real_spec() -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_nanos());
        let dir =
            std::env::temp_dir().join(format!("specgen-fixtures-{}-{nanos}", std::process::id()));
        let spec = Path::new(REAL_SPEC).parent().expect("spec directory");
        std::fs::create_dir_all(dir.join("operations"))
            .expect("create the temporary spec directory");
        std::fs::copy(REAL_SPEC, dir.join("cloud-partner-portal.yaml"))
            .expect("copy the service file");
        for entry in std::fs::read_dir(spec.join("operations")).expect("list spec/operations") {
            let entry = entry.expect("directory entry");
            std::fs::copy(entry.path(), dir.join("operations").join(entry.file_name()))
                .expect("copy an operation file");
        }
        TempSpec { dir }
    }
}

impl Drop for TempSpec {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn the_real_spec_with_status_4044_is_reported_at_the_code() {
    let temp = TempSpec::copy_real_spec();
    let operation = temp.dir.join("operations").join("cancel-operation.yaml");
    let text = std::fs::read_to_string(&operation).expect("read the copied operation");
    assert_eq!(
        text.matches("- code: 404\n").count(),
        1,
        "the real spec has one 404 row"
    );
    let text = text.replace("- code: 404\n", "- code: 4044\n");
    std::fs::write(&operation, &text).expect("write the modified operation");

    // Where `4044` is written: 1-based line and column.
    let (line, column) = text
        .lines()
        .enumerate()
        .find_map(|(index, line)| {
            line.find("code: 4044")
                .map(|at| (index + 1, at + "code: ".len() + 1))
        })
        .expect("the modified row");

    let diagnostics = match specgen::check(temp.dir.join("cloud-partner-portal.yaml")) {
        Ok(_) => panic!("a status code 4044 must be rejected"),
        Err(diagnostics) => diagnostics,
    };
    assert_eq!(diagnostics.0.len(), 1, "{}", diagnostics.render());
    let diagnostic = &diagnostics.0[0];
    assert_eq!(diagnostic.code, Code::InvalidStatusCode);
    assert_eq!(diagnostic.spec_path, "responses[4].code");
    assert_eq!(diagnostic.location.file, operation);
    assert_eq!(
        (diagnostic.location.line, diagnostic.location.column),
        (line, column)
    );
    let rendered = diagnostics.render();
    let expected_location = format!("cancel-operation.yaml:{line}:{column}\n");
    assert!(
        rendered.contains(&expected_location),
        "`{expected_location}` is not in:\n{rendered}"
    );
    assert!(
        rendered.contains(&format!(
            "\n    |{}^^^^ responses[4].code\n",
            " ".repeat(column)
        )),
        "the caret is not under `4044`:\n{rendered}"
    );
    assert!(rendered.contains("4044"), "{rendered}");
}

// ---------------------------------------------------------------------------------------------
// The diagnostic catalogue (spec/DIAGNOSTICS.md)

const CATALOGUE: &str = "../spec/DIAGNOSTICS.md";
const SPEC_README: &str = "../spec/README.md";

/// One entry of the catalogue: a `## E0207: title` section naming the fixture file that holds
/// its bad example (a link to `../codegen/tests/fixtures/invalid/<fixture>/<file>`), then three
/// code blocks: the bad example (`yaml`), what specgen prints (`text`), the fix (`yaml`).
#[derive(Debug, Default)]
struct Entry {
    code: String,
    fixture: String,
    file: String,
    bad: String,
    output: String,
    fix: String,
}

fn catalogue_entries(markdown: &str) -> Vec<Entry> {
    use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Parser, Tag, TagEnd};

    const FIXTURE_LINK: &str = "../codegen/tests/fixtures/invalid/";
    let mut entries: Vec<Entry> = Vec::new();
    let mut blocks = 0;
    let mut in_heading = false;
    let mut code_block: Option<String> = None;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                ..
            }) => {
                in_heading = true;
                entries.push(Entry::default());
                blocks = 0;
            }
            Event::End(TagEnd::Heading(HeadingLevel::H2)) => in_heading = false,
            Event::Text(text) if in_heading => {
                let entry = entries.last_mut().expect("in a heading");
                if entry.code.is_empty() {
                    entry.code = text.split(':').next().unwrap_or_default().to_string();
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let (Some(entry), Some(rest)) =
                    (entries.last_mut(), dest_url.strip_prefix(FIXTURE_LINK))
                {
                    let (fixture, file) = rest.split_once('/').expect("a file in the fixture");
                    assert!(
                        entry.fixture.is_empty(),
                        "{}: links to two fixtures",
                        entry.code
                    );
                    entry.fixture = fixture.to_string();
                    entry.file = file.to_string();
                }
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => {
                code_block = Some(String::new());
            }
            Event::Text(text) if code_block.is_some() => {
                code_block
                    .as_mut()
                    .expect("in a code block")
                    .push_str(&text);
            }
            Event::End(TagEnd::CodeBlock) => {
                let text = code_block.take().expect("in a code block");
                if let Some(entry) = entries.last_mut() {
                    let slot = match blocks {
                        0 => &mut entry.bad,
                        1 => &mut entry.output,
                        2 => &mut entry.fix,
                        _ => panic!("{}: more than three code blocks", entry.code),
                    };
                    *slot = text;
                    blocks += 1;
                }
            }
            _ => {}
        }
    }
    // Sections that are not entries (an introduction) have no code.
    entries.retain(|entry| Code::from_id(&entry.code).is_some());
    entries
}

/// Where `snippet` (indented as a whole, or not) is in `text`: the index of its first line
/// and its indentation, when it is there exactly once.
fn find_snippet(text: &str, snippet: &str) -> Result<(usize, String), String> {
    let lines: Vec<&str> = text.lines().collect();
    let wanted: Vec<&str> = snippet.lines().collect();
    let first = *wanted.first().ok_or("the example is empty")?;
    let mut found = Vec::new();
    for start in 0..lines.len().saturating_sub(wanted.len() - 1) {
        let Some(indent) = lines[start].strip_suffix(first) else {
            continue;
        };
        if !indent.chars().all(|c| c == ' ') {
            continue;
        }
        let matches = wanted.iter().enumerate().all(|(offset, line)| {
            let actual = lines[start + offset];
            if line.is_empty() {
                actual.is_empty()
            } else {
                actual.strip_prefix(indent) == Some(*line)
            }
        });
        if matches {
            found.push((start, indent.to_string()));
        }
    }
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err("the example is not in the fixture file".to_string()),
        _ => Err("the example is in the fixture file more than once".to_string()),
    }
}

/// How many diagnostics of each code.
fn code_counts(
    diagnostics: &specgen::Diagnostics,
) -> std::collections::BTreeMap<&'static str, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for diagnostic in &diagnostics.0 {
        *counts.entry(diagnostic.code.id()).or_insert(0) += 1;
    }
    counts
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the copy's directory");
    for entry in std::fs::read_dir(from).expect("list the fixture") {
        let entry = entry.expect("directory entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a fixture file");
        }
    }
}

/// What is wrong with one entry: its example, its output or its fix.
fn check_entry(entry: &Entry) -> Result<(), String> {
    let code = Code::from_id(&entry.code).ok_or("unknown code")?;
    let dir = Path::new(INVALID).join(&entry.fixture);
    if entry.fixture.is_empty() || !dir.is_dir() {
        return Err(format!("no fixture `{}`", entry.fixture));
    }
    let diagnostics = diagnose_fixture(&entry.fixture);

    // The output is what specgen prints for the fixture, paths relative to its directory.
    let rendered: Vec<String> = diagnostics
        .0
        .iter()
        .filter(|diagnostic| diagnostic.code == code)
        .map(|diagnostic| {
            let source = std::fs::read_to_string(&diagnostic.location.file).ok();
            diagnostic.relative_to(&dir).render(source.as_deref())
        })
        .collect();
    if rendered.is_empty() {
        return Err(format!("fixture `{}` does not produce it", entry.fixture));
    }
    if !rendered.contains(&entry.output) {
        return Err(format!(
            "the output is not what the fixture prints; it prints:\n\n{}",
            rendered.join("\n")
        ));
    }

    // The bad example is in the fixture file; the fix removes the diagnostic, adding none.
    let file = dir.join(&entry.file);
    let text =
        std::fs::read_to_string(&file).map_err(|error| format!("{}: {error}", file.display()))?;
    let (start, indent) = find_snippet(&text, &entry.bad)?;
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let fix = entry.fix.lines().map(|line| {
        if line.is_empty() {
            String::new()
        } else {
            format!("{indent}{line}")
        }
    });
    lines.splice(start..start + entry.bad.lines().count(), fix);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_nanos());
    let copy = std::env::temp_dir().join(format!(
        "specgen-catalogue-{}-{}-{nanos}",
        entry.code,
        std::process::id()
    ));
    copy_dir(&dir, &copy);
    std::fs::write(copy.join(&entry.file), lines.join("\n") + "\n").expect("write the fix");
    let locale = std::fs::read_to_string(dir.join("locale.txt")).ok();
    let fixed = specgen::diagnose(copy.join("service.yaml"), locale.as_deref().map(str::trim));
    let _ = std::fs::remove_dir_all(&copy);
    let (before, after) = (code_counts(&diagnostics), code_counts(&fixed.diagnostics));
    let fixed_it = after.get(code.id()).copied().unwrap_or(0) < before[code.id()];
    let added: Vec<_> = after
        .iter()
        .filter(|(id, count)| before.get(*id).is_none_or(|was| *count > was))
        .collect();
    if !fixed_it || !added.is_empty() {
        return Err(format!(
            "the fix does not remove a {} without adding another diagnostic:\n{}",
            code.id(),
            fixed.diagnostics.render()
        ));
    }
    Ok(())
}

#[test]
fn the_catalogue_and_the_fixtures_match_one_to_one() {
    let markdown = std::fs::read_to_string(CATALOGUE).expect("spec/DIAGNOSTICS.md");
    let entries = catalogue_entries(&markdown);
    let catalogued: Vec<&str> = entries.iter().map(|entry| entry.code.as_str()).collect();
    let unique: BTreeSet<&str> = catalogued.iter().copied().collect();
    assert_eq!(
        catalogued.len(),
        unique.len(),
        "a code has two entries: {catalogued:?}"
    );

    let produced: BTreeSet<&str> = fixture_dirs(INVALID)
        .iter()
        .flat_map(|name| diagnose_fixture(name).0)
        .map(|diagnostic| diagnostic.code.id())
        .collect();
    let every: BTreeSet<&str> = Code::ALL.iter().map(|code| code.id()).collect();
    assert_eq!(
        unique, produced,
        "the catalogue's codes (left) and the codes the fixtures produce (right) differ"
    );
    assert_eq!(unique, every, "the catalogue lacks some codes");

    let failures: Vec<String> = entries
        .iter()
        .filter_map(|entry| {
            check_entry(entry)
                .err()
                .map(|failure| format!("{} ({}): {failure}", entry.code, entry.fixture))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_spec_reference_lists_every_code_and_links_the_catalogue() {
    let readme = std::fs::read_to_string(SPEC_README).expect("spec/README.md");
    assert!(
        readme.contains("(DIAGNOSTICS.md)"),
        "spec/README.md does not link the catalogue"
    );
    let listed: BTreeSet<&str> = readme
        .lines()
        .filter_map(|line| line.strip_prefix("| "))
        .filter_map(|row| row.split(' ').next())
        .filter(|id| Code::from_id(id).is_some())
        .collect();
    let every: BTreeSet<&str> = Code::ALL.iter().map(|code| code.id()).collect();
    assert_eq!(listed, every, "the Codes table of spec/README.md");
}
