//! Fidelity: the Hungarian page generated for the Cancel operation against the seed page.
//!
//! Both pages are parsed with a CommonMark parser (pulldown-cmark) into their sections: the
//! front matter, headings, paragraphs, code blocks and tables. They are compared section by
//! section and cell by cell, after normalizing whitespace (runs of spaces and line breaks are
//! one space; leading and trailing spaces do not count) and table padding (the spaces that
//! align the columns, the separator row, and the empty row the reference pages close each
//! table with). Markup is compared as written: a heading keeps its `<a name>` anchor, a cell
//! its code spans.
//!
//! Every difference must be listed below, with its reason: where the seed page translated an
//! identifier (the generated page keeps the real name), and the few places where the seed
//! page is itself wrong and the spec keeps the right contract (each recorded in the spec and
//! in the reference pages' list of known defects). A difference that is not listed fails the
//! test, and so does a listed one that is no longer there.
//!
//! The seed page is the fixture `tests/fixtures/seed/` (see its README): the test reads
//! nothing outside the repository.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::collections::BTreeMap;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

const SPEC: &str = "../spec/cloud-partner-portal.yaml";
const SEED: &str = "tests/fixtures/seed/cloud-partner-portal-api-cancel-operation.hu-hu.md";

/// A difference between the seed page and the generated one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Difference {
    /// Where: `front matter title`, `paragraph 1 of "…"`, `Fejléc › Authorization › Érték`.
    place: String,
    /// The seed page's text there, normalized.
    seed: String,
    /// The generated page's text there, normalized.
    generated: String,
}

/// An accepted difference and why.
struct Known {
    place: &'static str,
    seed: &'static str,
    generated: &'static str,
    why: &'static str,
}

/// The seed page translated these identifiers; the generated page keeps the real names.
const TRANSLATED_IDENTIFIERS: [Known; 4] = [
    Known {
        place: "Fejléc › Authorization › Name (Név)",
        seed: "Engedélyezés",
        generated: "Authorization",
        why: "the header name `Authorization`, translated",
    },
    Known {
        place: "Fejléc › Authorization › Érték",
        seed: "Tulajdonosi a JOGKIVONAT",
        generated: "Bearer YOUR_TOKEN",
        why: "the header value `Bearer YOUR TOKEN` (the `Bearer` scheme and the token placeholder), translated",
    },
    Known {
        place: "Kérelem törzse tulajdonságai › notification-emails › Name (Név)",
        seed: "Értesítés-e-mailek",
        generated: "notification-emails",
        why: "the body property `notification-emails`, translated",
    },
    Known {
        place: "Válaszfejléc › Operation-Location › Name (Név)",
        seed: "A művelet-helye",
        generated: "Operation-Location",
        why: "the response header `Operation-Location`, translated",
    },
];

/// Where the seed page is wrong, the spec states the right contract (each decision is a
/// comment in `spec/operations/cancel-operation.yaml`, each defect in the reference pages'
/// list of known defects); the generated page follows the spec.
const SEED_DEFECTS: [Known; 3] = [
    Known {
        place: "front matter title",
        seed: "Szakítsa meg a műveletet API |} Az Azure Marketplace-en",
        generated: "A művelet megszakítása",
        why: "the publishing site's window title (`Cancel operation API | Microsoft Docs`) \
              machine-translated, with a stray `}`; a generated page's title is the \
              operation's title, the page's heading",
    },
    Known {
        place: "paragraph 1 of \"A művelet megszakítása\"",
        seed: "Ez az API megszakítja az ajánlatot a folyamatban lévő művelet. Használja a \
               [beolvasni a műveleti API](./cloud-partner-portal-api-retrieve-operations.md) \
               beolvasni egy `operationId` átadása az API-t. Megszakítás általában a egy \
               szinkronizált művelet, azonban néhány összetett helyzetekben egy új művelet \
               szükség lehet egy meglévő megszakítása. Ebben az esetben a HTTP-válasz \
               törzsében tartalmaz állapotának lekérdezéséhez használt helyet a műveletet.",
        generated: "Ez az API megszakítja az ajánlatot a folyamatban lévő művelet. Megszakítás \
                    általában a egy szinkronizált művelet, azonban néhány összetett \
                    helyzetekben egy új művelet szükség lehet egy meglévő megszakítása. Ebben \
                    az esetben az `Operation-Location` válaszfejléc tartalmazza az \
                    állapotának lekérdezéséhez használt helyet a műveletet.",
        why: "the page asks for an `operationId` that neither the URL nor the body has, and \
              says the new operation's location comes back in the response body, while its \
              own 202 row and example put it in the `Operation-Location` header",
    },
    Known {
        place: "Kérelem törzse tulajdonságai › notification-emails › Leírás",
        seed: "Vesszővel tagolt e-mailben értesíti a közzétételi művelet előrehaladását a \
               azonosítóinak listája.",
        generated: "Vesszővel tagolt e-mailben értesíti a művelet előrehaladását a \
                    azonosítóinak listája.",
        why: "\"the publishing operation\" (`közzétételi művelet`) is copied from the publish \
              page; on cancel the addresses follow the cancellation",
    },
];

/// What the generated pages add to every reference page (issue 13, docs): the data type and
/// whether each body member is required, each status row's body type, and how a long-running
/// operation is followed.
const ADDED_COLUMNS_AND_SECTIONS: [Known; 10] = [
    Known {
        place: "Kérelem törzse tulajdonságai › header",
        seed: "**Name (Név)** | **Leírás**",
        generated: "**Name (Név)** | **Leírás** | **Adattípus** | **Kötelező**",
        why: "the data type and required columns of a body's members",
    },
    Known {
        place: "Kérelem törzse tulajdonságai › notification-emails › number of cells",
        seed: "2",
        generated: "4",
        why: "the member's data type and whether it is required",
    },
    Known {
        place: "Állapotkódok › header",
        seed: "**Kód** | **Leírás**",
        generated: "**Kód** | **Leírás** | **Törzs**",
        why: "the body column of the status table",
    },
    Known {
        place: "Állapotkódok › 200 › number of cells",
        seed: "2",
        generated: "3",
        why: "the row's body type (none)",
    },
    Known {
        place: "Állapotkódok › 202 › number of cells",
        seed: "2",
        generated: "3",
        why: "the row's body type (none)",
    },
    Known {
        place: "Állapotkódok › 400 › number of cells",
        seed: "2",
        generated: "3",
        why: "the row's body type, `ErrorResponse`",
    },
    Known {
        place: "Állapotkódok › 403 › number of cells",
        seed: "2",
        generated: "3",
        why: "the row's body type, `ErrorResponse`",
    },
    Known {
        place: "Állapotkódok › 404 › number of cells",
        seed: "2",
        generated: "3",
        why: "the row's body type, `ErrorResponse`",
    },
    Known {
        place: "section 20 after \"Állapotkódok\"",
        seed: "None",
        generated: "Some(Heading { level: 3, text: \"<a name=\\\"long-running-operation\\\"></a>Hosszan futó művelet\" })",
        why: "the heading of how the 202 row's operation is followed",
    },
    Known {
        place: "section 21 after \"Állapotkódok\"",
        seed: "None",
        generated: "Some(Paragraph(\"Egy `202` válasz tovább futó műveletet indít: a `Operation-Location` fejléc URL-jét a(z) [Műveletek beolvasása](retrieve-operation.md) művelettel kell olvasni, amíg a törzs `status` tulajdonsága végállapotba nem ér: sikeres (completed), sikertelen (failed), megszakított (canceled). Ha a kiszolgáló `Retry-After` fejlécet küld, az olvasások között annyit kell várni.\"))",
        why: "how the 202 row's operation is followed, as the poller's rustdoc says",
    },
];

/// One section of a page.
#[derive(Debug, Clone, PartialEq)]
enum Block {
    FrontMatter(BTreeMap<String, String>),
    Heading {
        level: usize,
        text: String,
    },
    Paragraph(String),
    Code {
        info: String,
        text: String,
    },
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

impl Block {
    fn kind(&self) -> &'static str {
        match self {
            Block::FrontMatter(_) => "front matter",
            Block::Heading { .. } => "heading",
            Block::Paragraph(_) => "paragraph",
            Block::Code { .. } => "code block",
            Block::Table { .. } => "table",
        }
    }
}

fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The page's sections, normalized. An HTML block (the generated-file marker comment) is not
/// a section.
fn blocks(markdown: &str) -> Vec<Block> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut blocks = Vec::new();
    // The source span of the inline content of the heading or paragraph being read.
    let mut span: Option<(usize, usize)> = None;
    let mut inline = false;
    let mut text = String::new();
    let mut header = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row = Vec::new();
    let mut info = String::new();
    let mut in_html = false;
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        match event {
            Event::Start(Tag::HtmlBlock) => in_html = true,
            Event::End(TagEnd::HtmlBlock) => in_html = false,
            _ if in_html => {}
            Event::Start(Tag::MetadataBlock(_) | Tag::CodeBlock(_)) => {
                text.clear();
                if let Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(fence))) = &event {
                    info = fence.trim().to_string();
                }
            }
            Event::End(TagEnd::MetadataBlock(_)) => {
                let front_matter: BTreeMap<String, String> =
                    serde_saphyr::from_str(&text).expect("the front matter is YAML");
                blocks.push(Block::FrontMatter(front_matter));
            }
            Event::End(TagEnd::CodeBlock) => blocks.push(Block::Code {
                info: std::mem::take(&mut info),
                text: normalize(&text),
            }),
            Event::Start(Tag::Heading { .. } | Tag::Paragraph | Tag::TableCell) => {
                inline = true;
                span = None;
                if matches!(event, Event::Start(Tag::TableCell)) {
                    span = Some((range.start, range.end));
                    inline = false;
                }
            }
            Event::End(TagEnd::Heading(level)) => {
                inline = false;
                let text = span.map_or(String::new(), |(s, e)| normalize(&markdown[s..e]));
                blocks.push(Block::Heading {
                    level: level as usize,
                    text,
                });
            }
            Event::End(TagEnd::Paragraph) => {
                inline = false;
                let text = span.map_or(String::new(), |(s, e)| normalize(&markdown[s..e]));
                blocks.push(Block::Paragraph(text));
            }
            Event::End(TagEnd::TableCell) => {
                let cell = span.map_or(String::new(), |(s, e)| normalize(&markdown[s..e]));
                row.push(cell);
            }
            Event::End(TagEnd::TableHead) => header = std::mem::take(&mut row),
            Event::End(TagEnd::TableRow) => {
                let cells = std::mem::take(&mut row);
                // Table padding: the reference pages close each table with an empty row.
                if cells.iter().any(|cell| !cell.is_empty()) {
                    rows.push(cells);
                }
            }
            Event::End(TagEnd::Table) => blocks.push(Block::Table {
                header: std::mem::take(&mut header),
                rows: std::mem::take(&mut rows),
            }),
            Event::Text(content) if !inline => text.push_str(&content),
            _ if inline => {
                span = Some(match span {
                    Some((start, end)) => (start.min(range.start), end.max(range.end)),
                    None => (range.start, range.end),
                });
            }
            _ => {}
        }
    }
    blocks
}

/// A heading's text without its `<a name="…"></a>` anchor, to name places.
fn title(heading: &str) -> String {
    match (heading.find("<a name="), heading.find("</a>")) {
        (Some(0), Some(end)) => heading[end + "</a>".len()..].trim().to_string(),
        _ => heading.to_string(),
    }
}

fn compare(seed: &[Block], generated: &[Block]) -> Vec<Difference> {
    let mut differences = Vec::new();
    let mut differ = |place: String, seed: &str, generated: &str| {
        if seed != generated {
            differences.push(Difference {
                place,
                seed: seed.to_string(),
                generated: generated.to_string(),
            });
        }
    };
    let mut section = String::from("the page");
    let mut paragraph = 0;
    for index in 0..seed.len().max(generated.len()) {
        let (seed, generated) = match (seed.get(index), generated.get(index)) {
            (Some(seed), Some(generated)) => (seed, generated),
            (seed, generated) => {
                differ(
                    format!("section {index} after \"{section}\""),
                    &format!("{seed:?}"),
                    &format!("{generated:?}"),
                );
                continue;
            }
        };
        match (seed, generated) {
            (Block::FrontMatter(seed), Block::FrontMatter(generated)) => {
                // The generated page writes a title and a description; the seed page's other
                // keys (author, ms.*) are the publishing site's.
                for (key, value) in generated {
                    let seed_value = seed.get(key).map_or("(none)".to_string(), |v| normalize(v));
                    differ(
                        format!("front matter {key}"),
                        &seed_value,
                        &normalize(value),
                    );
                }
            }
            (
                Block::Heading { level, text },
                Block::Heading {
                    level: generated_level,
                    text: generated_text,
                },
            ) => {
                differ(format!("heading after \"{section}\""), text, generated_text);
                differ(
                    format!("level of heading \"{}\"", title(generated_text)),
                    &level.to_string(),
                    &generated_level.to_string(),
                );
                section = title(generated_text);
                paragraph = 0;
            }
            (Block::Paragraph(text), Block::Paragraph(generated_text)) => {
                paragraph += 1;
                differ(
                    format!("paragraph {paragraph} of \"{section}\""),
                    text,
                    generated_text,
                );
            }
            (
                Block::Code { info, text },
                Block::Code {
                    info: generated_info,
                    text: generated_text,
                },
            ) => {
                differ(format!("code block of \"{section}\""), text, generated_text);
                differ(
                    format!("code block language of \"{section}\""),
                    info,
                    generated_info,
                );
            }
            (
                Block::Table { header, rows },
                Block::Table {
                    header: generated_header,
                    rows: generated_rows,
                },
            ) => {
                differ(
                    format!("{section} › header"),
                    &header.join(" | "),
                    &generated_header.join(" | "),
                );
                differ(
                    format!("{section} › number of rows"),
                    &rows.len().to_string(),
                    &generated_rows.len().to_string(),
                );
                for (row, generated_row) in rows.iter().zip(generated_rows) {
                    let key = generated_row.first().map_or("", String::as_str);
                    differ(
                        format!("{section} › {key} › number of cells"),
                        &row.len().to_string(),
                        &generated_row.len().to_string(),
                    );
                    for ((cell, generated_cell), column) in
                        row.iter().zip(generated_row).zip(generated_header)
                    {
                        let column = column.trim_matches('*');
                        differ(
                            format!("{section} › {key} › {column}"),
                            cell,
                            generated_cell,
                        );
                    }
                }
            }
            (seed, generated) => differ(
                format!("section {index} after \"{section}\""),
                seed.kind(),
                generated.kind(),
            ),
        }
    }
    differences
}

fn generated_page() -> String {
    let pages = specgen::Generator::new(SPEC)
        .docs()
        .unwrap_or_else(|error| panic!("{error}"));
    pages
        .into_iter()
        .find(|page| page.path.ends_with("hu/cancel-operation.md"))
        .expect("a Hungarian page for cancel-operation")
        .content
}

fn known(list: &[Known]) -> Vec<Difference> {
    list.iter()
        .map(|known| Difference {
            place: known.place.to_string(),
            seed: normalize(known.seed),
            generated: normalize(known.generated),
        })
        .collect()
}

#[test]
fn the_hungarian_cancel_page_matches_the_seed_page_but_for_the_listed_differences() {
    let seed = std::fs::read_to_string(SEED).expect("the seed page fixture");
    let seed_blocks = blocks(&seed);
    let generated_blocks = blocks(&generated_page());
    // The comparison is only as good as the parse: both pages have every section.
    assert_eq!(
        seed_blocks.iter().map(Block::kind).collect::<Vec<_>>(),
        [
            "front matter",
            "heading",
            "paragraph",
            "paragraph",
            "paragraph",
            "heading",
            "table",
            "heading",
            "table",
            "heading",
            "heading",
            "code block",
            "heading",
            "table",
            "heading",
            "paragraph",
            "heading",
            "table",
            "heading",
            "table"
        ],
        "the seed page's sections"
    );

    let mut found = compare(&seed_blocks, &generated_blocks);
    found.sort();
    let mut accepted = known(&TRANSLATED_IDENTIFIERS);
    accepted.extend(known(&SEED_DEFECTS));
    accepted.extend(known(&ADDED_COLUMNS_AND_SECTIONS));
    accepted.sort();
    let unexpected: Vec<&Difference> = found.iter().filter(|d| !accepted.contains(d)).collect();
    let gone: Vec<&Difference> = accepted.iter().filter(|d| !found.contains(d)).collect();
    assert!(
        unexpected.is_empty() && gone.is_empty(),
        "differences not listed: {unexpected:#?}\n\nlisted differences that are gone: {gone:#?}"
    );
}

#[test]
fn the_accepted_identifier_differences_are_identifiers_kept_as_the_api_names_them() {
    for known in TRANSLATED_IDENTIFIERS {
        // The generated cell is the name as the API spells it, which the seed page translated.
        assert!(
            !known.generated.contains(' ') || known.generated.starts_with("Bearer "),
            "{}: `{}` is not an identifier",
            known.place,
            known.generated
        );
        assert!(
            known.why.contains(&format!(
                "`{}",
                known.generated.split(' ').next().unwrap_or("")
            )),
            "{}: the reason must name the identifier",
            known.place
        );
        assert_ne!(known.seed, known.generated);
    }
}

#[test]
fn the_comparison_sees_a_changed_cell() {
    // A page that differs from the seed in one status description must not pass.
    let seed = std::fs::read_to_string(SEED).expect("the seed page fixture");
    let changed = seed.replace(
        "Nem található. A megadott entitás nem létezik.",
        "Nem található.",
    );
    assert_ne!(seed, changed);
    let differences = compare(&blocks(&seed), &blocks(&changed));
    assert_eq!(
        differences,
        [Difference {
            place: "Állapotkódok › 404 › Leírás".into(),
            seed: "Nem található. A megadott entitás nem létezik.".into(),
            generated: "Nem található.".into(),
        }]
    );
}
