//! The Markdown reference pages: current, complete, well-formed, linked, and in step with the
//! rustdoc; `specgen check`, `specgen docs` and `specgen validate --locale`.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use specgen::emit::markdown::{self, Page};
use specgen::model::{Service, Text};

const SPEC: &str = "../spec/cloud-partner-portal.yaml";
const DOCS: &str = "../generated-client/docs";
const ESCAPING: &str = "tests/fixtures/valid/markdown-escaping/service.yaml";
const ADVERSARIAL: &str = "tests/fixtures/adversarial";

/// The specs whose pages must be well-formed: the real one, the escaping fixture, and every
/// adversarial fixture that is not meant to be refused (one without an `expected.txt`).
fn page_specs() -> Vec<String> {
    let mut specs = vec![SPEC.to_string(), ESCAPING.to_string()];
    let mut adversarial: Vec<String> = std::fs::read_dir(ADVERSARIAL)
        .expect("list the adversarial fixtures")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|dir| !dir.join("expected.txt").exists())
        .map(|dir| format!("{}/service.yaml", dir.display()))
        .collect();
    adversarial.sort();
    specs.extend(adversarial);
    specs
}

fn service(spec: &str) -> Service {
    specgen::check(spec).unwrap_or_else(|diagnostics| panic!("{}", diagnostics.render()))
}

fn specgen(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_specgen"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("specgen runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

// ---------------------------------------------------------------------------------------------
// What is generated, and where

#[test]
fn the_cancel_pages_exist_in_both_locales_and_are_current() {
    for locale in ["en", "hu"] {
        let path = Path::new(DOCS).join(locale).join("cancel-operation.md");
        assert!(path.is_file(), "{} is missing", path.display());
    }
    let report = specgen::Generator::new(SPEC)
        .check()
        .unwrap_or_else(|error| panic!("{error}"));
    assert!(report.is_current(), "{}", report.render());
    // Every operation in every locale, an index and a types page per locale.
    let service = service(SPEC);
    // And the JSON Schema of the format.
    assert_eq!(
        report.checked,
        service.locales.len() * (service.operations.len() + 2) + 1
    );

    let output = specgen(
        &["check", "spec/cloud-partner-portal.yaml"],
        Path::new(".."),
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains(&format!("{} checked-in files are current", report.checked)),
        "{}",
        text(&output.stdout)
    );
}

/// A copy of `spec/` and `generated-client/docs/` in a fresh temporary directory, with the
/// same layout, removed on drop.
struct Workspace {
    root: PathBuf,
}

impl Workspace {
    fn copy() -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_nanos());
        let root =
            std::env::temp_dir().join(format!("specgen-docs-{}-{nanos}", std::process::id()));
        copy_dir(Path::new("../spec"), &root.join("spec"));
        copy_dir(Path::new(DOCS), &root.join("generated-client/docs"));
        Workspace { root }
    }

    fn edit(&self, file: &str, from: &str, to: &str) {
        let path = self.root.join(file);
        let text = std::fs::read_to_string(&path).expect("read the copied file");
        assert_eq!(text.matches(from).count(), 1, "`{from}` once in {file}");
        std::fs::write(&path, text.replace(from, to)).expect("write the copied file");
    }

    fn check(&self) -> Output {
        specgen(&["check", "spec/cloud-partner-portal.yaml"], &self.root)
    }
}

impl Drop for Workspace {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create a directory");
    for entry in std::fs::read_dir(from).expect("list a directory") {
        let entry = entry.expect("directory entry");
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).expect("copy a file");
        }
    }
}

#[test]
fn check_fails_when_a_description_is_edited_without_regenerating() {
    let workspace = Workspace::copy();
    assert!(workspace.check().status.success());

    // A Hungarian description: only the Hungarian page is stale.
    workspace.edit(
        "spec/operations/cancel-operation.yaml",
        "hu: Nem található. A megadott entitás nem létezik.",
        "hu: Nem található. A megadott entitás már nem létezik.",
    );
    let output = workspace.check();
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("stale:   generated-client/docs/hu/cancel-operation.md\n"),
        "{stderr}"
    );
    assert!(!stderr.contains("docs/en/"), "{stderr}");
    // The short diff shows the row as it is and as it would be.
    assert!(
        stderr.contains("-| 404 | Nem található. A megadott entitás nem létezik. |"),
        "{stderr}"
    );
    assert!(
        stderr.contains("+| 404 | Nem található. A megadott entitás már nem létezik. |"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: 1 checked-in file is not what the spec generates; run `specgen docs spec/cloud-partner-portal.yaml`"),
        "{stderr}"
    );

    // An English description of a shared type: the types pages of both locales (the
    // Hungarian one falls back to it) are stale.
    workspace.edit(
        "spec/cloud-partner-portal.yaml",
        "Offer is published. Shown by",
        "The offer is published. Shown by",
    );
    let stderr = text(&workspace.check().stderr);
    for page in ["en/types.md", "hu/types.md", "hu/cancel-operation.md"] {
        assert!(
            stderr.contains(&format!("stale:   generated-client/docs/{page}\n")),
            "{page}: {stderr}"
        );
    }

    // Regenerating makes them current again.
    let docs = specgen(&["docs", "spec/cloud-partner-portal.yaml"], &workspace.root);
    assert!(docs.status.success(), "{}", text(&docs.stderr));
    assert!(
        text(&docs.stdout).contains("3 changed, 0 removed"),
        "{}",
        text(&docs.stdout)
    );
    let output = workspace.check();
    assert!(output.status.success(), "{}", text(&output.stderr));
}

#[test]
fn check_fails_when_the_schema_is_stale() {
    let workspace = Workspace::copy();
    workspace.edit(
        "spec/spec.schema.json",
        "\"title\": \"specgen spec file\"",
        "\"title\": \"an older schema\"",
    );
    let output = workspace.check();
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("stale:   spec/spec.schema.json\n"),
        "{stderr}"
    );
    assert!(!stderr.contains("generated-client/docs"), "{stderr}");
    assert!(
        stderr.contains("run `specgen schema spec/cloud-partner-portal.yaml`"),
        "{stderr}"
    );

    let schema = specgen(
        &["schema", "spec/cloud-partner-portal.yaml"],
        &workspace.root,
    );
    assert!(schema.status.success(), "{}", text(&schema.stderr));
    let output = workspace.check();
    assert!(output.status.success(), "{}", text(&output.stderr));
}

#[test]
fn check_lists_missing_and_extra_files_and_docs_removes_only_its_own_stale_pages() {
    let workspace = Workspace::copy();
    let docs = workspace.root.join("generated-client/docs");
    std::fs::remove_file(docs.join("en/go-live.md")).expect("remove a page");
    // A page of an operation the spec no longer has, and a file specgen did not write.
    std::fs::copy(docs.join("en/index.md"), docs.join("en/old-operation.md")).expect("copy");
    std::fs::write(docs.join("en/notes.txt"), "kept by hand\n").expect("write");

    let output = workspace.check();
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("missing: generated-client/docs/en/go-live.md\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("extra:   generated-client/docs/en/old-operation.md\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("extra:   generated-client/docs/en/notes.txt\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: 3 checked-in files are not"),
        "{stderr}"
    );

    let output = specgen(&["docs", "spec/cloud-partner-portal.yaml"], &workspace.root);
    let stdout = text(&output.stdout);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        stdout.contains("wrote generated-client/docs/en/go-live.md\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("removed generated-client/docs/en/old-operation.md\n"),
        "{stdout}"
    );
    assert!(
        docs.join("en/notes.txt").is_file(),
        "a file specgen did not write is kept"
    );
    let stderr = text(&workspace.check().stderr);
    assert_eq!(
        stderr.lines().next(),
        Some("extra:   generated-client/docs/en/notes.txt")
    );
}

#[test]
fn docs_writes_where_it_is_told_and_needs_a_directory() {
    let workspace = Workspace::copy();
    let output = specgen(
        &[
            "docs",
            "spec/cloud-partner-portal.yaml",
            "--out",
            "elsewhere",
        ],
        &workspace.root,
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let written = std::fs::read_to_string(workspace.root.join("elsewhere/hu/cancel-operation.md"))
        .expect("the page was written under --out");
    let checked_in = std::fs::read_to_string(Path::new(DOCS).join("hu/cancel-operation.md"))
        .expect("the checked-in page");
    assert_eq!(written, checked_in);

    workspace.edit(
        "spec/cloud-partner-portal.yaml",
        "checked-in:\n  docs: ../generated-client/docs\n  schema: spec.schema.json\n",
        "",
    );
    let output = specgen(&["docs", "spec/cloud-partner-portal.yaml"], &workspace.root);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("nowhere to write the docs"),
        "{}",
        text(&output.stderr)
    );
    // Nothing is checked in: nothing to check.
    let output = workspace.check();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("0 checked-in files are current"));
}

/// Every text the spec holds, in the model: each mutated in turn must change the pages.
fn texts(service: &mut Service) -> Vec<(String, &mut Text)> {
    let mut out: Vec<(String, &mut Text)> = vec![
        ("service.title".into(), &mut service.title),
        ("service.description".into(), &mut service.description),
    ];
    if let Some(version) = &mut service.api_version {
        out.push(("api-version".into(), &mut version.description));
    }
    if let Some(auth) = &mut service.auth {
        out.push(("auth".into(), &mut auth.description));
    }
    for object in &mut service.types {
        let name = object.name.wire.clone();
        // An inline object's description is its property's (or its request body's), and is
        // mutated there.
        if !object.inline {
            out.push((name.clone(), &mut object.description));
        }
        for field in &mut object.fields {
            out.push((
                format!("{name}.{}", field.name.wire),
                &mut field.description,
            ));
        }
    }
    for enumeration in &mut service.enums {
        let name = enumeration.name.wire.clone();
        out.push((name.clone(), &mut enumeration.description));
        for value in &mut enumeration.values {
            out.push((
                format!("{name}.{}", value.name.wire),
                &mut value.description,
            ));
        }
    }
    for operation in &mut service.operations {
        let id = operation.id.wire.clone();
        out.push((format!("{id} title"), &mut operation.title));
        out.push((format!("{id} summary"), &mut operation.summary));
        out.push((format!("{id} description"), &mut operation.description));
        for parameter in &mut operation.parameters {
            out.push((
                format!("{id} {}", parameter.name.wire),
                &mut parameter.description,
            ));
        }
        for header in &mut operation.headers {
            out.push((
                format!("{id} {}", header.name.wire),
                &mut header.description,
            ));
        }
        if let Some(body) = &mut operation.body {
            out.push((format!("{id} request-body"), &mut body.description));
        }
        for header in &mut operation.response_headers {
            out.push((
                format!("{id} {}", header.name.wire),
                &mut header.description,
            ));
        }
        for row in &mut operation.responses {
            out.push((format!("{id} {}", row.code), &mut row.description));
        }
    }
    out
}

#[test]
fn every_text_of_the_spec_reaches_the_pages_of_its_locale() {
    let original = service(SPEC);
    let pages = markdown::pages(&original);
    let mut count = 0;
    let mut unseen = Vec::new();
    let total = texts(&mut original.clone()).len();
    for index in 0..total {
        // Each locale version that the spec writes: the default one and each translation.
        let mut probe = original.clone();
        let locales: Vec<String> = {
            let (_, text) = &texts(&mut probe)[index];
            if text.default.is_empty() {
                continue; // left out of the spec: nothing to edit
            }
            std::iter::once(original.locales[0].clone())
                .chain(text.translations.keys().cloned())
                .collect()
        };
        for locale in locales {
            let mut mutated = original.clone();
            let (place, text) = texts(&mut mutated).swap_remove(index);
            let edited = match text.translations.get_mut(&locale) {
                Some(translation) => translation,
                None => &mut text.default,
            };
            edited.push_str(" (edited)");
            count += 1;
            let changed: Vec<Page> = markdown::pages(&mutated)
                .into_iter()
                .filter(|page| !pages.contains(page))
                .collect();
            if !changed
                .iter()
                .any(|page| page.path.starts_with(&format!("{locale}/")))
            {
                unseen.push(format!("{place} ({locale})"));
            }
        }
    }
    assert!(count > 300, "only {count} texts were edited");
    assert!(
        unseen.is_empty(),
        "these texts are in no page of their locale, so editing them leaves the docs current: {unseen:#?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Well-formed Markdown

/// Checks every table of a page with pulldown-cmark: each row has as many cells as the header,
/// none padded by the parser and none dropped, and every `|`-line is part of a table.
/// Returns the number of tables.
fn check_tables(page: &str) -> Result<usize, String> {
    let mut tables = 0;
    let mut columns = 0;
    let mut cells: Vec<std::ops::Range<usize>> = Vec::new();
    let mut table_lines = BTreeSet::new();
    let line_of = |offset: usize| page[..offset].matches('\n').count();
    for (event, range) in Parser::new_ext(page, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Table(alignments)) => {
                tables += 1;
                columns = alignments.len();
                for line in line_of(range.start)..line_of(range.end) {
                    table_lines.insert(line);
                }
            }
            Event::Start(Tag::TableHead | Tag::TableRow) => cells.clear(),
            Event::End(TagEnd::TableCell) => cells.push(range),
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                let row = page[range.clone()].trim_end();
                if cells.len() != columns {
                    return Err(format!(
                        "{} cells in a {columns}-column table: {row}",
                        cells.len()
                    ));
                }
                if let Some(padded) = cells.iter().find(|cell| cell.start >= range.end) {
                    return Err(format!("a cell is missing (padded at {padded:?}): {row}"));
                }
                let after = cells.last().map_or(range.start, |cell| cell.end);
                let rest = page[after..range.end].trim();
                if rest != "|" {
                    return Err(format!("cells beyond the header's ({rest}): {row}"));
                }
            }
            _ => {}
        }
    }
    for (number, line) in page.lines().enumerate() {
        if line.starts_with('|') && !table_lines.contains(&number) {
            return Err(format!(
                "line {} is not part of a table: {line}",
                number + 1
            ));
        }
    }
    Ok(tables)
}

#[test]
fn the_table_check_catches_rows_of_the_wrong_width() {
    let good = "| **A** | **B** |\n| --- | --- |\n| 1 | 2 |\n";
    assert_eq!(check_tables(good), Ok(1));
    for bad in [
        "| **A** | **B** |\n| --- | --- |\n| 1 |\n",
        "| **A** | **B** |\n| --- | --- |\n| 1 | 2 | 3 |\n",
        "| **A** | **B** |\n| --- | --- |\n| 1 | a|b |\n",
        "| **A** | **B** |\n| --- |\n| 1 | 2 |\n",
    ] {
        assert!(check_tables(bad).is_err(), "not caught: {bad}");
    }
}

#[test]
fn every_page_parses_with_consistent_table_widths() {
    for spec in page_specs() {
        let spec = spec.as_str();
        let pages = markdown::pages(&service(spec));
        let mut tables = 0;
        for page in &pages {
            match check_tables(&page.content) {
                Ok(count) => tables += count,
                Err(problem) => panic!("{spec}: {}: {problem}\n\n{}", page.path, page.content),
            }
            // The front matter is YAML that reads back as strings, with a title.
            let front_matter = page
                .content
                .strip_prefix("---\n")
                .and_then(|rest| rest.split_once("\n---\n"))
                .map(|(yaml, _)| yaml)
                .unwrap_or_else(|| panic!("{}: no front matter", page.path));
            let fields: BTreeMap<String, String> = serde_saphyr::from_str(front_matter)
                .unwrap_or_else(|error| panic!("{}: {error}\n{front_matter}", page.path));
            assert!(fields.contains_key("title"), "{}", page.path);
        }
        assert!(
            tables >= pages.len(),
            "{spec}: only {tables} tables in {} pages",
            pages.len()
        );
    }
}

/// The text of each cell of each table, as a reader sees it (markup rendered away).
fn table_texts(page: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    for event in Parser::new_ext(page, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableCell) => cell.clear(),
            Event::Text(text) | Event::Code(text) => cell.push_str(&text),
            Event::InlineHtml(html) => cell.push_str(&html),
            Event::End(TagEnd::TableCell) => row.push(std::mem::take(&mut cell)),
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => rows.push(std::mem::take(&mut row)),
            _ => {}
        }
    }
    rows
}

#[test]
fn cells_escape_pipes_line_breaks_spaces_and_html() {
    let service = service(ESCAPING);
    let pages = markdown::pages(&service);
    let page = &pages
        .iter()
        .find(|page| page.path == "en/get-thing.md")
        .expect("the page of get-thing")
        .content;
    let rows = table_texts(page);
    let row = |first: &str| {
        rows.iter()
            .find(|row| row.first().is_some_and(|cell| cell == first))
            .unwrap_or_else(|| panic!("no row `{first}` in:\n{page}"))
            .clone()
    };
    // A pipe, in text and in a code span; lines joined; surrounding spaces dropped; HTML shown
    // as text.
    assert_eq!(
        row("filter"),
        [
            "filter",
            "Either a|b or x|y, written <b>bold</b> on two lines. (optional) Default: a|b.",
            "String"
        ]
    );
    // Names are shown as written, whatever Markdown would make of them.
    assert_eq!(row("X-Odd|*Name*_")[0], "X-Odd|*Name*_");
    // A paragraph break stays visible in a cell.
    assert_eq!(row("404")[1], "Not there.<br><br>Really not.");
    // No raw HTML from the spec reaches the page.
    assert!(!page.contains("<b>"), "{page}");
    assert!(page.contains("&lt;b&gt;bold&lt;/b&gt;"), "{page}");
}

// ---------------------------------------------------------------------------------------------
// Links

/// Every `<a name="…">` anchor of a page.
fn anchors(page: &str) -> BTreeSet<String> {
    page.split("<a name=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_string)
        .collect()
}

#[test]
fn every_relative_link_leads_to_a_generated_page_and_anchor() {
    for spec in page_specs() {
        let spec = spec.as_str();
        let pages = markdown::pages(&service(spec));
        let by_path: BTreeMap<&str, &str> = pages
            .iter()
            .map(|page| (page.path.as_str(), page.content.as_str()))
            .collect();
        let mut links = 0;
        for page in &pages {
            let dir = page.path.rsplit_once('/').map_or("", |(dir, _)| dir);
            for event in Parser::new_ext(&page.content, Options::ENABLE_TABLES) {
                let Event::Start(Tag::Link { dest_url, .. }) = event else {
                    continue;
                };
                if dest_url.contains("://") || dest_url.starts_with("mailto:") {
                    continue;
                }
                links += 1;
                let (file, anchor) = dest_url.split_once('#').unwrap_or((&dest_url, ""));
                let target = if file.is_empty() {
                    page.path.clone()
                } else {
                    format!("{dir}/{file}")
                };
                let content = by_path.get(target.as_str()).unwrap_or_else(|| {
                    panic!(
                        "{spec}: {}: the link `{dest_url}` leads to no generated page",
                        page.path
                    )
                });
                assert!(
                    anchor.is_empty() || anchors(content).contains(anchor),
                    "{spec}: {}: the link `{dest_url}` names no anchor of {target}",
                    page.path
                );
            }
        }
        let expected = if spec == SPEC { 100 } else { 8 };
        assert!(links >= expected, "{spec}: only {links} links");
    }
}

#[test]
fn mentions_of_operations_and_types_become_links() {
    let service = service(SPEC);
    let pages = markdown::pages(&service);
    let types = &pages
        .iter()
        .find(|page| page.path == "en/types.md")
        .expect("en/types.md")
        .content;
    // "To get a detailed definition, use the Retrieve a specific offer API (`retrieve-offer`)."
    assert!(
        types.contains("[`retrieve-offer`](retrieve-offer.md)"),
        "{types}"
    );
    // "For the list of possible values, see `OfferStatus`."
    assert!(
        types.contains("see [`OfferStatus`](types.md#offer-status)"),
        "{types}"
    );
    assert!(
        types.contains("<a name=\"offer-status\"></a>OfferStatus"),
        "{types}"
    );

    // The rustdoc links the same mentions to the client's items, under their Rust names.
    let source = specgen::Generator::new(SPEC)
        .generate()
        .unwrap_or_else(|error| panic!("{error}"))
        .source;
    assert!(
        source.contains("[`retrieve_offer`](Client::retrieve_offer)"),
        "no rustdoc link to the operation"
    );
    assert!(
        source.contains("see [`OfferStatus`](enum@OfferStatus)."),
        "no rustdoc link to the type"
    );
}

// ---------------------------------------------------------------------------------------------
// One renderer for the pages and the rustdoc

/// The doc comment of `Client::<method>` in the generated source.
fn method_docs(source: &str, method: &str) -> String {
    let file = syn::parse_file(source).expect("the generated source parses");
    for item in &file.items {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        for item in &block.items {
            let syn::ImplItem::Fn(function) = item else {
                continue;
            };
            if function.sig.ident != method {
                continue;
            }
            let lines: Vec<String> = function
                .attrs
                .iter()
                .filter(|attr| attr.path().is_ident("doc"))
                .filter_map(|attr| match &attr.meta {
                    syn::Meta::NameValue(syn::MetaNameValue {
                        value:
                            syn::Expr::Lit(syn::ExprLit {
                                lit: syn::Lit::Str(text),
                                ..
                            }),
                        ..
                    }) => Some(text.value()),
                    _ => None,
                })
                .map(|line| line.strip_prefix(' ').unwrap_or(&line).to_string())
                .collect();
            return lines.join("\n");
        }
    }
    panic!("no method `{method}`");
}

/// The first table after the line `heading`.
fn table_after(text: &str, heading: &str) -> String {
    let after = text
        .split_once(&format!("{heading}\n"))
        .unwrap_or_else(|| panic!("no `{heading}` in:\n{text}"))
        .1;
    after
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .map(|line| format!("{line}\n"))
        .collect()
}

#[test]
fn rustdoc_and_pages_show_the_same_status_tables() {
    let output = specgen::Generator::new(SPEC)
        .generate()
        .unwrap_or_else(|error| panic!("{error}"));
    let pages = markdown::pages(&output.service);
    for operation in &output.service.operations {
        let page = &pages
            .iter()
            .find(|page| page.path == format!("en/{}.md", operation.id.wire))
            .expect("the operation's English page")
            .content;
        let on_page = table_after(
            page,
            "### <a name=\"response-status-codes\"></a>Response status codes",
        );
        let in_rustdoc = table_after(
            &method_docs(&output.source, &operation.id.rust),
            "# Responses",
        );
        assert_eq!(in_rustdoc, on_page, "{}", operation.id.wire);
        assert_eq!(on_page.lines().count(), operation.responses.len() + 2);
    }
    let cancel = table_after(
        &method_docs(&output.source, "cancel_operation"),
        "# Responses",
    );
    assert!(
        cancel
            .starts_with("| **Code** | **Description** |\n| --- | --- |\n| 200 | Ok. The request")
    );
}

// ---------------------------------------------------------------------------------------------
// Translations

#[test]
fn validate_with_a_locale_warns_about_each_untranslated_text() {
    let output = specgen(
        &[
            "validate",
            "spec/cloud-partner-portal.yaml",
            "--locale",
            "hu",
        ],
        Path::new(".."),
    );
    let stderr = text(&output.stderr);
    assert!(output.status.success(), "warnings do not fail: {stderr}");
    assert!(text(&output.stdout).contains("cloud-partner-portal: ok"));

    let warnings = specgen::untranslated(SPEC, "hu").unwrap_or_else(|d| panic!("{}", d.render()));
    assert!(warnings.0.len() > 10, "{stderr}");
    assert_eq!(
        stderr
            .matches("warning[W0214]: the text has no `hu` version")
            .count(),
        warnings.0.len()
    );
    assert!(stderr.ends_with(&format!(
        "warning: the spec has {} warnings\n",
        warnings.0.len()
    )));
    // The `published` offer status, written in English only, at its description.
    let service_file = std::fs::read_to_string(SPEC).expect("the service file");
    let line = service_file
        .lines()
        .position(|line| line.contains("Offer is published. Shown by"))
        .expect("the description of `published`");
    let arrow = format!("--> spec/cloud-partner-portal.yaml:{line}:11\n");
    let block = stderr
        .split("\n\n")
        .find(|block| block.contains(&arrow))
        .unwrap_or_else(|| panic!("`{arrow}` is not in:\n{stderr}"));
    assert!(
        block.contains("^ types[1].values[7].description\n"),
        "{block}"
    );
    assert!(stderr.contains("= help: add `hu:` next to `en:`; until then the `en` text is shown"));

    // Each warning is a text that has no Hungarian version in the model either.
    let service = service(SPEC);
    let mut model = service.clone();
    let untranslated = texts(&mut model)
        .into_iter()
        .filter(|(_, text)| !text.default.is_empty() && !text.translations.contains_key("hu"))
        .count();
    assert!(
        warnings.0.len() >= untranslated,
        "{} < {untranslated}",
        warnings.0.len()
    );

    // Nothing to say about the default locale; an undeclared locale is an error.
    let output = specgen(
        &[
            "validate",
            "spec/cloud-partner-portal.yaml",
            "--locale",
            "en",
        ],
        Path::new(".."),
    );
    assert!(output.status.success());
    assert_eq!(text(&output.stderr), "");
    let output = specgen(
        &[
            "validate",
            "spec/cloud-partner-portal.yaml",
            "--locale",
            "de",
        ],
        Path::new(".."),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr)
            .contains("error[E0211]: locale `de` is not declared in `service.locales`"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn untranslated_texts_fall_back_to_the_default_locale_on_the_pages() {
    let service = service(SPEC);
    let pages = markdown::pages(&service);
    let hu_types = &pages
        .iter()
        .find(|page| page.path == "hu/types.md")
        .expect("hu/types.md")
        .content;
    // Localized words, translated texts, English fallback, identifiers untouched.
    assert!(hu_types.contains("| **Name (Név)** | **Leírás** | **Adattípus** |"));
    assert!(hu_types.contains("| neverPublished | Az ajánlat soha nem lett közzétéve. |"));
    assert!(hu_types.contains("| published | Offer is published."));
    assert!(hu_types.contains(
        "| changedTime | Az ajánlat utolsó módosításának időpontja (UTC) | Dátum és idő |"
    ));
}
