//! The generator never panics: whatever the spec, load, validate and emit give either Rust that
//! parses (and reference pages) or located diagnostics ([`oracle::check_spec`]).
//!
//! The specs are held in memory ([`SpecFiles::Memory`]) and made from small bases: the real
//! spec cut to one operation (and the operations its long-running rows name) at a time, each
//! valid fixture, and the adversarial fixtures of the type system (encodings, inheritance,
//! additional properties, unions). Three property tests change them:
//!
//! - line mutations: a line of a file replaced by random text, deleted, duplicated, or its
//!   value rewritten;
//! - tree mutations: the file parsed into a YAML tree whose nodes are deleted, duplicated,
//!   replaced by random trees or texts, swapped, moved under other keys, grafted elsewhere,
//!   then written back as YAML;
//! - random documents: a file replaced by a random YAML tree, or by random text.
//!
//! The case counts and the seed are fixed, so CI runs the same cases every time. The fuzz
//! target (`fuzz/`) runs the same check over inputs libFuzzer makes up.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

#[path = "common/oracle.rs"]
mod oracle;

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::Value;
use specgen::SpecFiles;

use oracle::Verdict;

/// Where the specs live in memory; nothing is read from or written to disk there.
const ROOT: &str = "memory";

/// A spec to mutate: its files, the service file first, with their paths under [`ROOT`].
#[derive(Debug, Clone)]
struct Base {
    files: Vec<(PathBuf, String)>,
}

impl Base {
    fn from_dir(dir: &Path, service: &str, operations: &[String]) -> Base {
        let read = |path: &str| std::fs::read_to_string(dir.join(path)).unwrap();
        let mut files = vec![(PathBuf::from(service), read(service))];
        files.extend(
            operations
                .iter()
                .map(|path| (PathBuf::from(path), read(path))),
        );
        Base { files }
    }

    /// The spec with file `index` replaced by `text`, in memory.
    fn with(&self, index: usize, text: String) -> (SpecFiles, PathBuf) {
        let root = Path::new(ROOT);
        let files = self.files.iter().enumerate().map(|(at, (path, original))| {
            let content = if at == index {
                text.clone()
            } else {
                original.clone()
            };
            (root.join(path), content)
        });
        (SpecFiles::memory(files), root.join(&self.files[0].0))
    }
}

/// The operation files a service file lists (`  - operations/x.yaml` lines).
fn listed_operations(service: &str) -> Vec<String> {
    service
        .lines()
        .filter_map(|line| line.trim().strip_prefix("- "))
        .filter(|entry| entry.starts_with("operations/") && entry.ends_with(".yaml"))
        .map(str::to_string)
        .collect()
}

/// The real spec, one operation at a time (with the operations long-running rows name, so
/// that most unmutated bases are valid), then every valid fixture: small specs keep each case
/// fast.
fn bases() -> Vec<Base> {
    let spec = Path::new("../spec");
    let service = std::fs::read_to_string(spec.join("cloud-partner-portal.yaml")).unwrap();
    let operations = listed_operations(&service);
    let mut bases = Vec::new();
    let referenced = [
        "operations/retrieve-operation.yaml",
        "operations/cancel-operation.yaml",
    ];
    for operation in &operations {
        let kept: Vec<String> = operations
            .iter()
            .filter(|other| *other == operation || referenced.contains(&other.as_str()))
            .cloned()
            .collect();
        let mut base = Base::from_dir(spec, "cloud-partner-portal.yaml", &kept);
        // The service file lists only the kept operations.
        base.files[0].1 = service
            .lines()
            .filter(|line| {
                let entry = line.trim().strip_prefix("- ").unwrap_or_default();
                !entry.starts_with("operations/") || kept.iter().any(|kept| kept == entry)
            })
            .map(|line| format!("{line}\n"))
            .collect();
        bases.push(base);
    }
    let fixtures = Path::new("tests/fixtures/valid");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    dirs.sort();
    // The type system's hardest shapes: encodings, inheritance, additional properties, unions.
    let adversarial = [
        "scalar-positions",
        "inheritance",
        "additional-properties",
        "unions",
    ];
    dirs.extend(adversarial.map(|dir| Path::new("tests/fixtures/adversarial").join(dir)));
    for dir in dirs {
        let service = std::fs::read_to_string(dir.join("service.yaml")).unwrap();
        bases.push(Base::from_dir(
            &dir,
            "service.yaml",
            &listed_operations(&service),
        ));
    }
    bases
}

/// The keys of the spec format.
const KEYS: &[&str] = &[
    "specgen",
    "service",
    "types",
    "operations",
    "checked-in",
    "name",
    "title",
    "description",
    "base-url",
    "locales",
    "api-version",
    "auth",
    "scheme",
    "header",
    "value",
    "type",
    "id",
    "summary",
    "method",
    "idempotent",
    "path",
    "parameters",
    "in",
    "required",
    "default",
    "example",
    "headers",
    "request-body",
    "response-headers",
    "responses",
    "code",
    "kind",
    "body",
    "properties",
    "items",
    "values",
    "nullable",
    "long-running",
    "location",
    "status-operation",
    "status-property",
    "succeeded",
    "failed",
    "canceled",
    "cancel-operation",
    "collection-format",
    "allow-reserved",
    "generated",
    "rust-name",
    "encoding",
    "value-type",
    "extensible",
    "additional-properties",
    "extends",
    "discriminator",
    "discriminator-value",
    "variants",
    "envelope",
    "read-only",
    "aliases",
    "explicit-null",
    "minimum",
    "maximum",
    "min-length",
    "max-length",
    "min-items",
    "max-items",
    "pattern",
    "en",
    "hu",
];

/// Values a spec is made of, and words that have broken generators: types, Rust keywords,
/// names that collide after case conversion or with the generated code, markup, YAML syntax.
const WORDS: &[&str] = &[
    // values
    "string",
    "integer",
    "boolean",
    "date",
    "date-time",
    "guid",
    "url",
    "url-reference",
    "email-list",
    "json",
    "http-date",
    "float32",
    "float64",
    "int8",
    "int32",
    "uint8",
    "uint64",
    "int64",
    "nullable<",
    "bytes",
    "duration",
    "encoding",
    "base64url",
    "seconds-float",
    "unix-timestamp",
    "rfc7231",
    "P1Y",
    "PT1.5S",
    "dGVzdA",
    "list<nullable<string>>",
    "nullable<nullable<string>>",
    "128",
    "-1",
    "18446744073709551616",
    "1e39",
    "NaN",
    "object",
    "list",
    "list<string>",
    "map<string>",
    "list<list<string>>",
    "map<map<Offer>>",
    "list<",
    "map<>",
    "Offer",
    "ErrorResponse",
    "GET",
    "PUT",
    "POST",
    "DELETE",
    "PATCH",
    "HEAD",
    "get",
    "path",
    "query",
    "success",
    "error",
    "bearer",
    "api-key",
    "multi",
    "csv",
    "pipes",
    "uuid",
    "application/json",
    "/api/{id}",
    "/api/{a}/{a}",
    "/{x",
    "{}",
    "https://example.com",
    "http://",
    "1",
    "2017-10-31",
    // names
    "self",
    "Self",
    "crate",
    "super",
    "async",
    "match",
    "fn",
    "r#type",
    "_",
    "__",
    "2fa",
    "offer-id",
    "offerId",
    "OfferId",
    "offer_id",
    "a.b",
    "név",
    "Ünnep",
    "שלום",
    "client",
    "url",
    "request",
    "response",
    "Unknown",
    "Client",
    "Option",
    "Result",
    "String",
    "Vec",
    "Some",
    "None",
    "Ok",
    "Err",
    "Box",
    "Default",
    "builder",
    "index",
    // text
    "*/",
    "/*",
    "\"#",
    "r#\"",
    "`",
    "```",
    "|",
    "<b>",
    "</div>",
    "<script>",
    "&amp;",
    "[link](x)",
    "[`Client`]",
    "\u{0}",
    "\r",
    "\r\n",
    "\t",
    "\u{7f}",
    "\u{202e}",
    "\u{2066}",
    "\u{feff}",
    "",
    " ",
    "~",
    "null",
    "true",
    "&a",
    "*a",
    "!!str",
    "<<",
    "---",
    "? x",
];

/// Keys of mappings: the spec's keys mostly, sometimes any word.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(KEYS).prop_map(str::to_string),
        1 => word(),
    ]
}

/// A scalar text: a word, random printable text, or text of markup characters.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => select(KEYS).prop_map(str::to_string),
        4 => select(WORDS).prop_map(str::to_string),
        2 => "\\PC{0,24}",
        1 => "[{}\\[\\]:,'\"|>#&*!%@`<> a-z0-9_.-]{0,16}",
        1 => "[a-z]{1,8}",
    ]
}

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => word().prop_map(Value::String),
        1 => (-2i64..1000).prop_map(Value::from),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => Just(Value::Null),
    ]
}

/// A random YAML tree.
fn tree() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(4, 48, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// A step from a node to one of its children.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    Item(usize),
}

/// The path of every node of `tree`, the root's (`[]`) first.
fn node_paths(tree: &Value) -> Vec<Vec<Step>> {
    let mut paths = Vec::new();
    let mut pending = vec![(Vec::new(), tree)];
    while let Some((path, node)) = pending.pop() {
        match node {
            Value::Object(map) => {
                for (key, child) in map {
                    let mut child_path = path.clone();
                    child_path.push(Step::Key(key.clone()));
                    pending.push((child_path, child));
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    let mut child_path = path.clone();
                    child_path.push(Step::Item(index));
                    pending.push((child_path, child));
                }
            }
            _ => {}
        }
        paths.push(path);
    }
    paths
}

fn node<'t>(tree: &'t Value, path: &[Step]) -> Option<&'t Value> {
    path.iter().try_fold(tree, |node, step| match (node, step) {
        (Value::Object(map), Step::Key(key)) => map.get(key),
        (Value::Array(items), Step::Item(index)) => items.get(*index),
        _ => None,
    })
}

fn node_mut<'t>(tree: &'t mut Value, path: &[Step]) -> Option<&'t mut Value> {
    path.iter().try_fold(tree, |node, step| match (node, step) {
        (Value::Object(map), Step::Key(key)) => map.get_mut(key),
        (Value::Array(items), Step::Item(index)) => items.get_mut(*index),
        _ => None,
    })
}

/// One change to a YAML tree.
#[derive(Debug, Clone)]
struct TreeMutation {
    operation: u8,
    node: Index,
    other: Index,
    value: Value,
    text: String,
}

fn tree_mutation() -> impl Strategy<Value = TreeMutation> {
    // Half of the changes rewrite a text: those mostly leave a valid spec, whose odd names
    // and texts reach the emitters; the others mostly test the validator.
    let operation = prop_oneof![1 => 0u8..8, 1 => Just(3u8)];
    (operation, any::<Index>(), any::<Index>(), tree(), word()).prop_map(
        |(operation, node, other, value, text)| TreeMutation {
            operation,
            node,
            other,
            value,
            text,
        },
    )
}

/// Applies `mutation` to `tree`: deletes, duplicates, replaces, retexts, swaps, renames,
/// extends or grafts a node.
fn mutate_tree(tree: &mut Value, mutation: &TreeMutation) {
    let paths = node_paths(tree);
    let path = mutation.node.get(&paths).clone();
    let other = mutation.other.get(&paths).clone();
    let (parent, last) = match path.split_last() {
        Some((last, parent)) => (parent.to_vec(), Some(last.clone())),
        None => (Vec::new(), None),
    };
    match (mutation.operation, last) {
        // Delete the node.
        (0, Some(last)) => match (node_mut(tree, &parent), last) {
            (Some(Value::Object(map)), Step::Key(key)) => {
                map.remove(&key);
            }
            (Some(Value::Array(items)), Step::Item(index)) => {
                items.remove(index);
            }
            _ => {}
        },
        // Duplicate it: next to itself in a list, under another key in a mapping.
        (1, Some(last)) => {
            let copy = node(tree, &path).cloned();
            match (node_mut(tree, &parent), last, copy) {
                (Some(Value::Object(map)), _, Some(copy)) => {
                    map.insert(mutation.text.clone(), copy);
                }
                (Some(Value::Array(items)), Step::Item(index), Some(copy)) => {
                    items.insert(index, copy);
                }
                _ => {}
            }
        }
        // Replace it with a random tree.
        (2, _) => {
            if let Some(node) = node_mut(tree, &path) {
                *node = mutation.value.clone();
            }
        }
        // Swap it with another node (neither inside the other).
        (4, _) if !path.starts_with(&other) && !other.starts_with(&path) => {
            let first = node(tree, &path).cloned();
            let second = node(tree, &other).cloned();
            if let (Some(first), Some(second)) = (first, second) {
                *node_mut(tree, &path).unwrap() = second;
                *node_mut(tree, &other).unwrap() = first;
            }
        }
        // Move it under another key.
        (5, Some(Step::Key(key))) => {
            if let Some(Value::Object(map)) = node_mut(tree, &parent)
                && let Some(value) = map.remove(&key)
            {
                map.insert(mutation.text.clone(), value);
            }
        }
        // Extend it: a key more in a mapping, an item more in a list, a scalar made a list.
        (6, _) => match node_mut(tree, &path) {
            Some(Value::Object(map)) => {
                map.insert(mutation.text.clone(), mutation.value.clone());
            }
            Some(Value::Array(items)) => items.push(mutation.value.clone()),
            Some(scalar) => *scalar = Value::Array(vec![scalar.clone(), mutation.value.clone()]),
            None => {}
        },
        // Graft a copy of another node in its place.
        (7, _) => {
            if let Some(copy) = node(tree, &other).cloned()
                && let Some(node) = node_mut(tree, &path)
            {
                *node = copy;
            }
        }
        // Rewrite a text (any node when the tree has none).
        _ => {
            let texts: Vec<&Vec<Step>> = paths
                .iter()
                .filter(|path| matches!(node(tree, path), Some(Value::String(_))))
                .collect();
            let path = if texts.is_empty() {
                &path
            } else {
                mutation.node.get(&texts)
            };
            if let Some(node) = node_mut(tree, path) {
                *node = Value::String(mutation.text.clone());
            }
        }
    }
}

/// `tree` as YAML text.
fn yaml(tree: &Value) -> String {
    serde_saphyr::to_string(tree).unwrap_or_else(|_| tree.to_string())
}

/// Replaces, deletes or duplicates one line, or rewrites the value on it.
fn mutate_line(text: &str, line: Index, kind: u8, replacement: &str) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if lines.is_empty() {
        return replacement.to_string();
    }
    let index = line.index(lines.len());
    match kind % 4 {
        0 => lines[index] = replacement.to_string(),
        1 => {
            lines.remove(index);
        }
        2 => {
            let copy = lines[index].clone();
            lines.insert(index, copy);
        }
        _ => match lines[index].split_once(": ") {
            Some((key, _)) => lines[index] = format!("{key}: {replacement}"),
            None => lines[index].push_str(replacement),
        },
    }
    lines.join("\n")
}

/// Runs `cases` cases of `strategy`, each turned into a spec by `make`, through the oracle;
/// returns how many generated code.
fn run<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    make: impl Fn(S::Value) -> (SpecFiles, PathBuf),
) -> u32 {
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]);
    let mut runner = TestRunner::new_with_rng(config, rng);
    let generated = std::cell::Cell::new(0u32);
    let result = runner.run(&strategy, |case| {
        let (files, service) = make(case);
        match oracle::check_spec(&files, &service) {
            Ok(Verdict::Generated) => generated.set(generated.get() + 1),
            Ok(Verdict::Refused) => {}
            Err(broken) => return Err(TestCaseError::fail(broken)),
        }
        Ok(())
    });
    if let Err(error) = result {
        panic!("{name}: {error}");
    }
    println!(
        "{name}: {} of {cases} cases generated code",
        generated.get()
    );
    generated.get()
}

#[test]
fn line_mutations_never_panic() {
    const CASES: u32 = 160;
    let bases = bases();
    let strategy = (
        any::<Index>(),
        any::<Index>(),
        prop::collection::vec((any::<Index>(), 0u8..4, word()), 1..=2),
    );
    let generated = run("line mutations", CASES, strategy, |(base, file, lines)| {
        let base = base.get(&bases);
        let file = file.index(base.files.len());
        let mut text = base.files[file].1.clone();
        for (line, kind, replacement) in &lines {
            text = mutate_line(&text, *line, *kind, replacement);
        }
        base.with(file, text)
    });
    // Many mutations (a changed description, a duplicated comment) leave a valid spec: those
    // cases must have reached the emitters, or this test would only exercise the loader.
    assert!(
        generated >= CASES / 8,
        "only {generated} of {CASES} cases generated code"
    );
}

#[test]
fn tree_mutations_never_panic() {
    const CASES: u32 = 256;
    let bases = bases();
    let trees: Vec<Vec<Value>> = bases
        .iter()
        .map(|base| {
            base.files
                .iter()
                .map(|(path, text)| {
                    serde_saphyr::from_str(text)
                        .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
                })
                .collect()
        })
        .collect();
    let strategy = (
        any::<Index>(),
        any::<Index>(),
        prop::collection::vec(tree_mutation(), 1..=2),
    );
    let generated = run(
        "tree mutations",
        CASES,
        strategy,
        |(base, file, mutations)| {
            let index = base.index(bases.len());
            let file = file.index(bases[index].files.len());
            let mut tree = trees[index][file].clone();
            for mutation in &mutations {
                mutate_tree(&mut tree, mutation);
            }
            bases[index].with(file, yaml(&tree))
        },
    );
    assert!(
        generated >= CASES / 8,
        "only {generated} of {CASES} cases generated code"
    );
}

#[test]
fn random_documents_never_panic() {
    let bases = bases();
    let document = prop_oneof![
        2 => tree().prop_map(|tree| yaml(&tree)),
        1 => "\\PC{0,200}",
        1 => "([a-z-]{1,10}: [^\\n]{0,20}\\n){0,10}",
    ];
    let strategy = (any::<Index>(), any::<Index>(), document);
    run("random documents", 128, strategy, |(base, file, text)| {
        let base = base.get(&bases);
        base.with(file.index(base.files.len()), text)
    });
}

#[test]
fn the_bases_are_valid_specs() {
    // Unmutated, every base generates: the mutations start from specs that reach the emitters.
    for base in bases() {
        let (files, service) = base.with(0, base.files[0].1.clone());
        assert_eq!(
            oracle::check_spec(&files, &service),
            Ok(Verdict::Generated),
            "{}",
            service.display()
        );
    }
}
