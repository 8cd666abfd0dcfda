//! The Markdown reference pages: current, complete, well-formed, linked, and in step with the
//! rustdoc. The commands that write and check them (`specgen docs`, `specgen check`,
//! `specgen validate --locale`) are tested in the command line's package (codegen/cli).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use specgen::Page;
use specgen::model::Service;

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

fn pages_of(spec: &str) -> Vec<Page> {
    specgen::Generator::new(spec)
        .pages()
        .unwrap_or_else(|error| panic!("{error}"))
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
    // And the JSON Schema of the format, and the page of the diagnostic codes.
    assert_eq!(
        report.checked,
        service.locales.len() * (service.operations.len() + 2) + 2
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
        let pages = pages_of(spec);
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
    let pages = pages_of(ESCAPING);
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
        let pages = pages_of(spec);
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
    let pages = pages_of(SPEC);
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

/// Markdown with each link `[text](target)` as its text, code spans unquoted.
fn link_texts(markdown: &str) -> String {
    let mut out = String::new();
    let mut rest = markdown;
    while let Some(start) = rest.find("](") {
        out.push_str(&rest[..start]);
        rest = &rest[start + 2..];
        rest = rest.find(')').map_or("", |end| &rest[end + 1..]);
    }
    out.push_str(rest);
    out.replace(['[', '`'], "")
}

#[test]
fn rustdoc_and_pages_show_the_same_status_tables() {
    let output = specgen::Generator::new(SPEC)
        .generate()
        .unwrap_or_else(|error| panic!("{error}"));
    let pages = pages_of(SPEC);
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
        // The same text, but for where the body types link to (an item, a section of types.md).
        assert_eq!(
            link_texts(&in_rustdoc),
            link_texts(&on_page),
            "{}",
            operation.id.wire
        );
        assert_eq!(on_page.lines().count(), operation.responses.len() + 2);
    }
    let cancel = table_after(
        &method_docs(&output.source, "cancel_operation"),
        "# Responses",
    );
    assert!(cancel.starts_with(
        "| **Code** | **Description** | **Body** |\n| --- | --- | --- |\n| 200 | Ok. The request"
    ));
    // An error row names its body type, linked to its item.
    assert!(
        cancel.contains("| [`ErrorResponse`](struct@ErrorResponse) |"),
        "{cancel}"
    );
}

// ---------------------------------------------------------------------------------------------
// Translations
#[test]
fn untranslated_texts_fall_back_to_the_default_locale_on_the_pages() {
    let pages = pages_of(SPEC);
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

#[test]
fn additional_properties_are_shown_under_the_properties_in_each_locale() {
    let pages = pages_of("tests/fixtures/valid/openapi/service.yaml");
    let types = |path: &str| {
        let page = pages.iter().find(|page| page.path == path).expect(path);
        // The section of `Metrics`, up to the next type.
        let start = page
            .content
            .find("</a>Metrics\n")
            .expect("the Metrics section");
        let section = &page.content[start..];
        let end = section.find("\n## ").unwrap_or(section.len());
        section[..end].to_owned()
    };
    let en = types("en/types.md");
    assert!(
        en.contains("|\n\nAdditional properties: List of [Child](types.md#child)\n"),
        "{en}"
    );
    let hu = types("hu/types.md");
    assert!(
        hu.contains("|\n\nTovábbi tulajdonságok: Lista ([Child](types.md#child))\n"),
        "{hu}"
    );
    // The types without them have no such line.
    let all = &pages
        .iter()
        .find(|page| page.path == "en/types.md")
        .unwrap()
        .content;
    assert_eq!(all.matches("Additional properties:").count(), 1, "{all}");
}
