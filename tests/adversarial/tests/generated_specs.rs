//! The adversarial specs too big for the repository (`specs.rs`) that are not compiled: a
//! thousand operations are generated, parsed and documented; a thousand status rows and specs
//! nested deeper than specgen allows are refused with located errors. The compiled ones are in
//! the crate itself (`src/lib.rs`).
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

#[path = "../specs.rs"]
#[allow(dead_code)]
mod specs;

use specgen::{Generator, SpecFiles};
use specs::Spec;

fn generate(spec: &Spec) -> Result<specgen::Output, (specgen::Diagnostics, SpecFiles)> {
    let files = SpecFiles::memory(spec.files.clone());
    match Generator::new(spec.service())
        .files(files.clone())
        .generate()
    {
        Ok(output) => Ok(output),
        Err(specgen::Error::Spec(diagnostics)) => Err((diagnostics, files)),
        Err(other) => panic!("{}: {other}", spec.name),
    }
}

#[test]
fn a_thousand_operations_generate_parse_and_render() {
    // Compiling them adds minutes to a build: the crate compiles them with the feature
    // `many-operations` only (CI runs it). Here the source parses and the pages render.
    let spec = specs::many_operations(1000);
    let output = generate(&spec)
        .unwrap_or_else(|(diagnostics, files)| panic!("{}", diagnostics.render_from(&files)));
    let file = syn::parse_file(&output.source).expect("the generated source parses");
    let methods = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Impl(block) if block.self_ty == syn::parse_quote!(Client) => Some(block),
            _ => None,
        })
        .flat_map(|block| &block.items)
        .filter(|item| matches!(item, syn::ImplItem::Fn(method) if method.sig.asyncness.is_some()))
        .count();
    assert_eq!(methods, 1000);
    assert!(output.source.contains("pub async fn operation_0999("));
    let pages = Generator::new(spec.service())
        .files(SpecFiles::memory(spec.files.clone()))
        .pages()
        .unwrap_or_else(|error| panic!("{error}"));
    // A page per operation, an index and a types page.
    assert_eq!(pages.len(), 1002);
    let index = pages
        .iter()
        .find(|page| page.path == "en/index.md")
        .expect("the index page");
    assert_eq!(index.content.matches("(operation-").count(), 1000);
}

#[test]
fn a_thousand_status_rows_are_refused_at_each_repeated_code() {
    // HTTP has 500 status codes (100 to 599): rows 500 to 999 repeat those of rows 0 to 499.
    let spec = specs::many_rows(1000);
    let Err((diagnostics, files)) = generate(&spec) else {
        panic!("a table that repeats codes is refused");
    };
    assert_eq!(
        diagnostics.0.len(),
        500,
        "{}",
        diagnostics.render_from(&files)
    );
    let text = spec.text("operations/read-status.yaml");
    let lines: Vec<&str> = text.lines().collect();
    for (index, diagnostic) in diagnostics.0.iter().enumerate() {
        let code = 100 + index;
        assert_eq!(
            diagnostic.code,
            specgen::diagnostics::Code::DuplicateStatusCode
        );
        assert_eq!(
            diagnostic.message,
            format!("status code {code} is listed twice")
        );
        // At the second `code: <code>`.
        let line = lines[diagnostic.location.line - 1];
        assert_eq!(line, format!("  - code: {code}"));
        let first = lines
            .iter()
            .position(|line| *line == format!("  - code: {code}"));
        assert!(first.is_some_and(|first| first + 1 < diagnostic.location.line));
    }
}

#[test]
fn specs_nested_too_deep_are_refused_where_they_are_too_deep() {
    for (spec, expected) in specs::too_deep() {
        let (diagnostics, files) = generate(&spec)
            .err()
            .unwrap_or_else(|| panic!("{expected}: a spec nested too deep was generated"));
        let rendered = diagnostics.render_from(&files);
        assert!(rendered.contains(expected), "{expected}:\n{rendered}");
        assert!(
            diagnostics
                .0
                .iter()
                .all(|diagnostic| diagnostic.location.line > 0),
            "{rendered}"
        );
    }
}

#[test]
fn the_compiled_specs_are_as_deep_and_long_as_specgen_allows() {
    // The deepest spec is one level short of the refused one, and its texts reach the docs.
    let deep = specs::deep_nesting(specs::deepest_objects());
    let output = generate(&deep)
        .unwrap_or_else(|(diagnostics, files)| panic!("{}", diagnostics.render_from(&files)));
    let level = format!("PostNestedRequestLevel0{}", "Level".repeat(0));
    assert!(output.source.contains(&level), "{level}");
    let long = specs::long_texts();
    let output = generate(&long)
        .unwrap_or_else(|(diagnostics, files)| panic!("{}", diagnostics.render_from(&files)));
    assert!(
        output.source.len() > 400 * 1024,
        "{} bytes",
        output.source.len()
    );
}
