//! The examples of `spec/README.md` are valid: the complete example generates a client, and
//! every `types:` snippet of the reference validates.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

/// The YAML code blocks of the README's "A complete example" section, `##` annotations removed.
fn example_files() -> (String, String) {
    let readme = std::fs::read_to_string("../spec/README.md").unwrap();
    let section = readme
        .split("\n## A complete example")
        .nth(1)
        .expect("the section exists");
    let mut blocks = section
        .split("```yaml\n")
        .skip(1)
        .map(|block| block.split("```").next().unwrap_or_default())
        .map(|block| {
            block
                .lines()
                .filter(|line| !line.trim_start().starts_with("## "))
                .collect::<Vec<_>>()
                .join("\n")
        });
    (
        blocks.next().expect("a service file"),
        blocks.next().expect("an operation file"),
    )
}

#[test]
fn the_readme_example_validates_and_generates() {
    let (service, operation) = example_files();
    let dir = std::env::temp_dir().join(format!("specgen-readme-example-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("operations")).unwrap();
    std::fs::write(dir.join("cloud-partner-portal.yaml"), &service).unwrap();
    std::fs::write(dir.join("operations/cancel-operation.yaml"), &operation).unwrap();
    let output = specgen::Generator::new(dir.join("cloud-partner-portal.yaml"))
        .generate()
        .unwrap_or_else(|error| panic!("the README example is not a valid spec:\n{error}"));
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(output.service.operations.len(), 1);
    assert!(output.source.contains("pub async fn cancel_operation("));
    syn::parse_file(&output.source).expect("the generated code parses");
}

/// Types that the `types:` snippets of spec/README.md refer to without declaring them.
const PRELUDE: &str = r#"
  - name: Sample
    description: A timed value.
    properties:
      - name: at
        type: date-time
        required: true
        description: When.
  - name: Cat
    description: A cat.
    properties:
      - name: name
        type: string
        required: true
        description: Its name.
  - name: Dog
    description: A dog.
    properties:
      - name: name
        type: string
        required: true
        description: Its name.
"#;

#[test]
fn every_types_snippet_of_the_reference_validates() {
    let readme = std::fs::read_to_string("../spec/README.md").unwrap();
    let snippets: Vec<&str> = readme
        .split("```yaml\n")
        .skip(1)
        .filter_map(|block| block.split("```").next())
        .filter(|block| block.starts_with("types:\n"))
        .collect();
    assert!(snippets.len() >= 6, "{} snippets", snippets.len());
    let dir = std::env::temp_dir().join(format!("specgen-readme-types-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("operations")).unwrap();
    std::fs::write(
        dir.join("operations/get.yaml"),
        "id: get\ntitle: Get\nsummary: Gets.\ndescription: Gets.\nmethod: GET\npath: /\n\
         responses:\n  - code: 204\n    name: NoContent\n    kind: success\n    description: Done.\n",
    )
    .unwrap();
    for snippet in snippets {
        let declared = |name: &str| snippet.contains(&format!("- name: {name}\n"));
        let prelude: String = PRELUDE
            .split("\n  - name: ")
            .filter(|entry| !entry.trim().is_empty())
            .filter(|entry| {
                let name = entry.lines().next().unwrap_or_default();
                snippet.contains(&format!("type: {name}")) && !declared(name)
            })
            .map(|entry| format!("\n  - name: {entry}"))
            .collect();
        let service = format!(
            "specgen: 1\nservice:\n  name: snippet\n  title: Snippet\n  description: A snippet.\n  \
             base-url: https://example.com\n{}{prelude}\noperations:\n  - operations/get.yaml\n",
            snippet.trim_end()
        );
        std::fs::write(dir.join("service.yaml"), &service).unwrap();
        if let Err(error) = specgen::Generator::new(dir.join("service.yaml")).generate() {
            panic!("a `types:` snippet of spec/README.md is not valid:\n{service}\n{error}");
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}
