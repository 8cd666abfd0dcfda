//! The complete example of `spec/README.md` is a valid spec that generates a client.
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
