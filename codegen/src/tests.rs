//! Unit tests of what only the crate can reach: the phases one at a time, and the model
//! changed before it is emitted. Everything else is tested through the public API, in
//! `codegen/tests`.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use crate::emit::markdown::{self, Page};
use crate::model::{Service, Text};
use crate::{Generator, emit};

const SPEC: &str = "../spec/cloud-partner-portal.yaml";

fn service(spec: &str) -> Service {
    crate::check(spec).unwrap_or_else(|diagnostics| panic!("{}", diagnostics.render()))
}

/// `build.rs` formats the items a group at a time; the proc-macro hands over the tokens of
/// them all. Formatted, the two are one text.
#[test]
fn the_formatted_source_is_the_tokens_formatted() {
    let generator = Generator::new(SPEC);
    let output = generator.generate().expect("the real spec generates");
    let tokens = generator.tokens().expect("the real spec generates");
    let whole = emit::format(&output.service, tokens).expect("the tokens parse");
    assert_eq!(whole, output.source);
}

// ---------------------------------------------------------------------------------------------
// The reference pages of a changed model (`tests/docs.rs` tests the pages of the specs)

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

#[test]
fn each_untranslated_text_has_a_warning() {
    let warnings = crate::untranslated(SPEC, "hu").unwrap_or_else(|d| panic!("{}", d.render()));
    assert!(warnings.0.len() > 10, "{warnings}");
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
}

// ---------------------------------------------------------------------------------------------
// The JSON Schema against the loader alone (`tests/schema.rs` tests it against the spec files)

#[cfg(feature = "schema")]
mod schema {
    use std::path::{Path, PathBuf};

    use serde_json::Value;

    use crate::diagnostics::Code;

    fn validator() -> jsonschema::Validator {
        let schema: Value = serde_json::from_str(&crate::json_schema()).unwrap();
        jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
    }

    /// The directories under `root`, sorted.
    fn fixture_dirs(root: &str) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(root)
            .unwrap_or_else(|error| panic!("cannot list `{root}`: {error}"))
            .map(|entry| entry.expect("directory entry"))
            .filter(|entry| entry.path().is_dir())
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// Every `.yaml` file under `dir`, sorted.
    fn yaml_files(dir: &Path) -> Vec<PathBuf> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files.extend(yaml_files(&path));
            } else if path
                .extension()
                .is_some_and(|extension| extension == "yaml")
            {
                files.push(path);
            }
        }
        files.sort();
        files
    }

    /// The schema's problems with a file, rendered (empty when it matches).
    fn schema_errors(validator: &jsonschema::Validator, path: &Path) -> Vec<String> {
        let text = std::fs::read_to_string(path).unwrap();
        match serde_saphyr::from_str::<Value>(&text) {
            Ok(instance) => validator
                .iter_errors(&instance)
                .map(|error| format!("{}: {error}", error.instance_path()))
                .collect(),
            Err(error) => vec![format!("not YAML: {error}")],
        }
    }

    /// Every fixture the loader rejects (the YAML does not have the shape of a spec: syntax, unknown
    /// or missing keys, wrong value types) has a file the schema rejects. The validator's semantic
    /// checks are beyond a schema.
    #[test]
    fn every_fixture_with_a_structural_mistake_fails_the_schema() {
        let validator = validator();
        let mut structural = Vec::new();
        for name in fixture_dirs("tests/fixtures/invalid") {
            let dir = Path::new("tests/fixtures/invalid").join(&name);
            let Err(diagnostics) = crate::load::load(&dir.join("service.yaml")) else {
                continue;
            };
            if diagnostics
                .0
                .iter()
                .all(|diagnostic| diagnostic.code == Code::UnreadableFile)
            {
                continue;
            }
            let failing: Vec<PathBuf> = yaml_files(&dir)
                .into_iter()
                .filter(|file| !schema_errors(&validator, file).is_empty())
                .collect();
            assert!(
                !failing.is_empty(),
                "fixture `{name}` does not load ({diagnostics}), but the schema accepts all its files"
            );
            structural.push(name);
        }
        assert!(structural.len() >= 5, "{structural:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Names

/// A `rust-name` names the field as written; the wire name stays the property's `name`.
#[test]
fn a_rust_name_names_the_field_and_keeps_the_wire_name() {
    let service = service("../tests/spector/spec/serialization-encoded-name.yaml");
    let model = service
        .types
        .iter()
        .find(|s| s.name.rust == "JsonEncodedNameModel")
        .expect("the model");
    let names: Vec<&crate::model::Name> = model.fields.iter().map(|f| &f.name).collect();
    assert_eq!(
        names,
        [&crate::model::Name {
            wire: "wireName".into(),
            rust: "default_name".into(),
            raw: false,
        }]
    );
}
