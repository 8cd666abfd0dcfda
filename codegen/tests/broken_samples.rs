//! The reference pages' original broken JSON samples, fed to the spec validator.
//!
//! Of the Cloud Partner Portal API reference pages the spec is transcribed from, only the create
//! page's JSON samples parse, and some samples contradict their page's own tables. Every
//! directory under `tests/fixtures/broken-samples` is a small spec derived from
//! `tests/fixtures/valid/cancel-operation`: it declares the types one page documents and holds
//! that page's sample where it belongs (a request-body example, a response row's `example`, or
//! a type's `example`), copied verbatim; only the indentation is adapted to the YAML block. A
//! few fixtures hold a sample with its syntax defect repaired and nothing else changed, to show
//! the defect behind it.
//!
//! Each fixture's `expected.txt` is its whole rendered diagnostic output. Run with
//! `UPDATE_EXPECT=1` to rewrite them, then review every change by hand. Independently of the
//! expected files, [`SAMPLES`] says where the offending character is written, as text to find in
//! the fixture, so that a diagnostic pointing anywhere else fails (and is never recorded in an
//! expected file); and which repairs make the spec valid, so that the sample's defect is the
//! fixture's only problem.
//!
//! Paths are relative to the crate directory, where cargo runs integration tests.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};

use specgen::diagnostics::Code;

const ROOT: &str = "tests/fixtures/broken-samples";

/// Where the offending character of a sample is written in its file.
#[derive(Clone, Copy, Debug)]
enum Mark {
    /// The `at`-th character (from 0) of `text`, which the file contains exactly once.
    Once { text: &'static str, at: usize },
    /// The first character of each occurrence of `text`: one diagnostic each, in order.
    Each(&'static str),
    /// The first non-blank character of the last of `lines`, which follow one another in the
    /// file exactly once (compared without their leading and trailing blanks).
    LastOf(&'static [&'static str]),
}

/// One page's broken sample, and what the validator must say about it.
struct Sample {
    /// The fixture directory under [`ROOT`].
    name: &'static str,
    /// The page and the defect of its sample.
    defect_of_the_page: &'static str,
    /// The file holding the sample, relative to the fixture directory.
    file: &'static str,
    /// The spec path of the sample.
    spec_path: &'static str,
    /// The offending character.
    mark: Mark,
    /// What every diagnostic's message says.
    message: &'static str,
    /// What every diagnostic's help says.
    help: &'static str,
    /// Replacements in `file` (each found at least once) after which the spec validates.
    repair: &'static [(&'static str, &'static str)],
}

const PROPERTIES_HELP: &str = "make the example and the `properties` agree";

const SAMPLES: [Sample; 9] = [
    Sample {
        name: "publish-offer-single-quotes",
        defect_of_the_page: "publish-offer: the request sample writes its keys and strings in single quotes",
        file: "operations/publish-offer.yaml",
        spec_path: "request-body.example",
        mark: Mark::Once {
            text: "'metadata'",
            at: 0,
        },
        message: "the example is not valid JSON: key must be a string",
        help: "JSON keys and strings take double quotes: write `\"name\"`, not `'name'`",
        repair: &[
            ("'metadata'", "\"metadata\""),
            ("'notification-emails'", "\"notification-emails\""),
            ("'jdoe@contoso.com'", "\"jdoe@contoso.com\""),
        ],
    },
    Sample {
        name: "retrieve-offer-status-missing-quote",
        defect_of_the_page: "retrieve-offer-status: the response sample's `liveLinks` key has no opening quote",
        file: "operations/retrieve-offer-status.yaml",
        spec_path: "responses[0].example",
        mark: Mark::Once {
            text: " liveLinks\"",
            at: 1,
        },
        message: "the example is not valid JSON: key must be a string",
        help: "put the key in double quotes: `\"name\": value`",
        repair: &[
            (" liveLinks\"", " \"liveLinks\""),
            // The next defect of the same sample: see `retrieve-offer-status-progress-percentage`.
            ("\"progressPercentage\"", "\"processPercentage\""),
        ],
    },
    Sample {
        name: "retrieve-offers-status-line",
        defect_of_the_page: "retrieve-offers: the response sample begins with the status line `200 OK`",
        file: "operations/retrieve-offers.yaml",
        spec_path: "responses[0].example",
        mark: Mark::Once {
            text: "200 OK",
            at: 0,
        },
        message: "the example is not valid JSON: the example starts with the status line `200 OK`",
        help: "remove the line: the status is the row's `code`, the example is the body alone",
        repair: &[
            ("      200 OK \n", ""),
            // The next defect of the same sample: see `retrieve-offers-undeclared-status`.
            ("\"published\"", "\"Succeeded\""),
        ],
    },
    Sample {
        name: "retrieve-specific-offer-extra-brace",
        defect_of_the_page: "retrieve-specific-offer: the response sample ends with one `}` too many",
        file: "operations/retrieve-specific-offer.yaml",
        spec_path: "responses[0].example",
        // The object closes on the line before; the last `}` closes nothing.
        mark: Mark::LastOf(&[
            "\"changedTime\": \"2017-06-07T06:15:39.7349221Z\"",
            "}",
            "}",
        ]),
        message: "the example is not valid JSON: trailing characters",
        help: "remove what follows the end of the JSON value (an extra `}` or `]`?)",
        repair: &[(
            "\"2017-06-07T06:15:39.7349221Z\"\n          }\n      }\n",
            "\"2017-06-07T06:15:39.7349221Z\"\n          }\n",
        )],
    },
    Sample {
        name: "retrieve-operation-extra-brace",
        defect_of_the_page: "retrieve-operations: the \"GET operation\" sample closes its object twice (inside an array)",
        file: "operations/retrieve-operation.yaml",
        spec_path: "responses[0].example",
        // The `}` on the line before closes the object; this one closes nothing (a `]` or a `,`
        // would be next).
        mark: Mark::LastOf(&["\"notificationEmails\": \"jondoe@contoso.com\"", "}", "}"]),
        message: "the example is not valid JSON: expected `,` or `]`",
        help: "this bracket closes nothing open here: remove the extra one, or add what it should close",
        repair: &[
            (
                "\"jondoe@contoso.com\"\n              } \n          }\n",
                "\"jondoe@contoso.com\"\n              } \n",
            ),
            // The next defect of the same sample: see `retrieve-operation-wrapped-in-array`.
            ("    example: |\n      [\n", "    example: |\n"),
            ("              } \n      ]\n", "              } \n"),
        ],
    },
    Sample {
        name: "considerations-curly-quote",
        defect_of_the_page: "considerations: the error sample closes the `error` key with a curly quote",
        file: "service.yaml",
        spec_path: "types[0].example",
        mark: Mark::Once {
            text: "\"error”",
            at: 6,
        },
        message: "the example is not valid JSON: `\u{201d}` is a typographic quote",
        help: "replace it with a straight double quote `\"`",
        repair: &[("\"error”", "\"error\"")],
    },
    Sample {
        name: "retrieve-offer-status-progress-percentage",
        defect_of_the_page: "retrieve-offer-status: the table says `processPercentage`, the sample `progressPercentage`",
        file: "operations/retrieve-offer-status.yaml",
        spec_path: "responses[0].example",
        // One per step of the sample.
        mark: Mark::Each("\"progressPercentage\""),
        message: "is not a declared property",
        help: "did you mean `processPercentage`? rename the key, or declare `progressPercentage` under `properties`",
        repair: &[("\"progressPercentage\"", "\"processPercentage\"")],
    },
    Sample {
        name: "retrieve-offers-undeclared-status",
        defect_of_the_page: "retrieve-offers: the sample's status `published` is not in the page's offer statuses",
        file: "operations/retrieve-offers.yaml",
        spec_path: "responses[0].example",
        mark: Mark::Once {
            text: "\"published\"",
            at: 0,
        },
        message: "`/0/status` is \"published\", not one of the values of `OfferStatus`: NeverPublished, NotStarted, WaitingForPublisherReview, Running, Succeeded, Canceled, Failed",
        help: "use one of the listed values, or add \"published\" to the `values` of `OfferStatus`",
        repair: &[("\"published\"", "\"Succeeded\"")],
    },
    Sample {
        name: "retrieve-operation-wrapped-in-array",
        defect_of_the_page: "retrieve-operations: the \"GET operation\" sample is an array, though the request returns one operation",
        file: "operations/retrieve-operation.yaml",
        spec_path: "responses[0].example",
        mark: Mark::LastOf(&["example: |", "["]),
        message: "the example does not match the declared properties: `/` should be an object",
        help: PROPERTIES_HELP,
        repair: &[
            ("    example: |\n      [\n", "    example: |\n"),
            ("              } \n      ]\n", "              } \n"),
        ],
    },
];

/// The 1-based line and column (in characters) of byte `offset` of `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

impl Mark {
    /// Where the offending characters are written in `text`, in order; `Err` when the mark is
    /// not found as it should be.
    fn positions(self, text: &str) -> Result<Vec<(usize, usize)>, String> {
        match self {
            Mark::Once { text: token, at } => {
                let found: Vec<usize> = text.match_indices(token).map(|(i, _)| i).collect();
                let [start] = found[..] else {
                    return Err(format!(
                        "`{token}` is written {} times, not once",
                        found.len()
                    ));
                };
                let (inner, _) = token
                    .char_indices()
                    .nth(at)
                    .ok_or_else(|| format!("`{token}` has no character {at}"))?;
                Ok(vec![line_column(text, start + inner)])
            }
            Mark::Each(token) => {
                let found: Vec<(usize, usize)> = text
                    .match_indices(token)
                    .map(|(i, _)| line_column(text, i))
                    .collect();
                if found.is_empty() {
                    return Err(format!("`{token}` is not written"));
                }
                Ok(found)
            }
            Mark::LastOf(lines) => {
                let file: Vec<&str> = text.lines().collect();
                let found: Vec<usize> = (0..file.len().saturating_sub(lines.len() - 1))
                    .filter(|&start| {
                        lines
                            .iter()
                            .zip(&file[start..])
                            .all(|(wanted, line)| line.trim() == *wanted)
                    })
                    .collect();
                let [start] = found[..] else {
                    return Err(format!(
                        "the lines {lines:?} follow one another {} times, not once",
                        found.len()
                    ));
                };
                let last = file[start + lines.len() - 1];
                let indent = last.chars().take_while(|c| c.is_whitespace()).count();
                Ok(vec![(start + lines.len(), indent + 1)])
            }
        }
    }
}

/// Checks one sample: its diagnostics point at the offending characters and say what the sample
/// says, and render as its `expected.txt` (written instead when `update`, once they are located
/// right). Returns what is wrong.
fn verify(sample: &Sample, update: bool) -> Vec<String> {
    let name = sample.name;
    let service = format!("{ROOT}/{name}/service.yaml");
    let file = Path::new(ROOT).join(name).join(sample.file);
    let text = std::fs::read_to_string(&file)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", file.display()));
    let positions = match sample.mark.positions(&text) {
        Ok(positions) => positions,
        Err(problem) => return vec![format!("{name}: {}: {problem}", file.display())],
    };
    let diagnostics = match specgen::check(&service) {
        Ok(_) => {
            return vec![format!(
                "{name}: the spec validates ({})",
                sample.defect_of_the_page
            )];
        }
        Err(diagnostics) => diagnostics,
    };
    let rendered = diagnostics.render();
    let mut failures: Vec<String> = Vec::new();
    if diagnostics.0.len() != positions.len() {
        failures.push(format!(
            "{} diagnostic(s), where the sample has {} defect(s) at {positions:?}",
            diagnostics.0.len(),
            positions.len()
        ));
    }
    for (diagnostic, &(line, column)) in diagnostics.0.iter().zip(&positions) {
        let expected = format!("{}:{line}:{column} ({})", file.display(), sample.spec_path);
        let actual = format!(
            "{}:{}:{} ({})",
            diagnostic.location.file.display(),
            diagnostic.location.line,
            diagnostic.location.column,
            diagnostic.spec_path
        );
        if actual != expected || diagnostic.location.file != file {
            failures.push(format!(
                "the diagnostic points at {actual}, not at the offending character {expected}: `{}`",
                text.lines().nth(line - 1).unwrap_or_default()
            ));
        } else {
            let arrow = format!("--> {}:{line}:{column}\n", file.display());
            let label = format!("^ {}\n", sample.spec_path);
            if !rendered.contains(&arrow) || !rendered.contains(&label) {
                failures.push(format!("`{arrow}` or `{label}` is not rendered"));
            }
        }
        if diagnostic.code != Code::InvalidExample {
            failures.push(format!("code {}, not E0210", diagnostic.code.id()));
        }
        if !diagnostic.message.contains(sample.message) {
            failures.push(format!(
                "the message `{}` does not say `{}`",
                diagnostic.message, sample.message
            ));
        }
        let help = diagnostic.help.as_deref().unwrap_or_default();
        if diagnostic.help.is_none() || !help.contains(sample.help) {
            failures.push(format!("the help `{help}` does not say `{}`", sample.help));
        }
    }
    let context = format!("{name} ({})", sample.defect_of_the_page);
    if !failures.is_empty() {
        return failures
            .into_iter()
            .map(|failure| format!("{context}: {failure}\n{rendered}"))
            .collect();
    }
    let expected_path = Path::new(ROOT).join(name).join("expected.txt");
    match common::expect_file(&expected_path, &rendered, update) {
        Ok(()) => Vec::new(),
        Err(failure) => vec![format!("{context}: {failure}")],
    }
}

fn verify_all(samples: impl Iterator<Item = &'static Sample>) {
    let update = common::update_expect();
    let failures: Vec<String> = samples.flat_map(|sample| verify(sample, update)).collect();
    assert!(
        failures.is_empty(),
        "{} failure(s):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn every_fixture_is_a_listed_sample() {
    let mut listed: Vec<&str> = SAMPLES.iter().map(|sample| sample.name).collect();
    listed.sort_unstable();
    assert_eq!(common::fixture_dirs(ROOT), listed);
}

#[test]
fn broken_samples_point_at_the_offending_character() {
    verify_all(SAMPLES.iter());
}

/// A copy of one fixture in a fresh temporary directory, removed on drop.
struct TempFixture {
    dir: PathBuf,
}

impl TempFixture {
    fn copy(name: &str) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_nanos());
        let dir = std::env::temp_dir().join(format!(
            "specgen-broken-samples-{}-{name}-{nanos}",
            std::process::id()
        ));
        let from = Path::new(ROOT).join(name);
        std::fs::create_dir_all(dir.join("operations")).expect("create the temporary fixture");
        std::fs::copy(from.join("service.yaml"), dir.join("service.yaml"))
            .expect("copy the service file");
        for entry in std::fs::read_dir(from.join("operations")).expect("list the operations") {
            let entry = entry.expect("directory entry");
            std::fs::copy(entry.path(), dir.join("operations").join(entry.file_name()))
                .expect("copy an operation file");
        }
        TempFixture { dir }
    }
}

impl Drop for TempFixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The fixtures declare what their pages document, and enough for the samples: with their
/// defects repaired, the specs validate.
#[test]
fn repaired_samples_validate() {
    for sample in &SAMPLES {
        let temp = TempFixture::copy(sample.name);
        let file = temp.dir.join(sample.file);
        let mut text = std::fs::read_to_string(&file).expect("read the copied sample");
        for (from, to) in sample.repair {
            assert!(
                text.contains(from),
                "{}: the repair `{from}` is not in {}",
                sample.name,
                sample.file
            );
            text = text.replace(from, to);
        }
        std::fs::write(&file, &text).expect("write the repaired sample");
        if let Err(diagnostics) = specgen::check(temp.dir.join("service.yaml")) {
            panic!(
                "{}: the repaired sample does not validate:\n{}",
                sample.name,
                diagnostics.render()
            );
        }
    }
}
