//! `specgen generate` and `specgen openapi` write what the library generates.

use super::SPEC;

#[test]
fn the_cli_generates_and_validates() {
    let out = std::env::temp_dir().join(format!("specgen-cli-{}", std::process::id()));
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_specgen"))
        .args(["generate", SPEC, "--out"])
        .arg(&out)
        .status()
        .expect("specgen runs");
    assert!(status.success());
    let written = std::fs::read_to_string(out.join("cloud_partner_portal.rs")).expect("written");
    assert_eq!(
        written,
        specgen::Generator::new(SPEC)
            .generate()
            .expect("the real spec generates")
            .source
    );
    std::fs::remove_dir_all(&out).ok();

    let validate = std::process::Command::new(env!("CARGO_BIN_EXE_specgen"))
        .args(["validate", SPEC])
        .output()
        .expect("specgen runs");
    assert!(
        validate.status.success(),
        "{}",
        String::from_utf8_lossy(&validate.stderr)
    );
}

#[test]
fn the_cli_writes_the_document() {
    let dir = std::env::temp_dir().join(format!("specgen-openapi-{}", std::process::id()));
    let out = dir.join("nested").join("openapi.json");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_specgen"))
        .args(["openapi", SPEC, "--out"])
        .arg(&out)
        .status()
        .expect("the CLI runs");
    assert!(status.success());
    let written = std::fs::read_to_string(&out).expect("the document is written");
    assert_eq!(written, specgen::Generator::new(SPEC).openapi().unwrap());
    let _ = std::fs::remove_dir_all(&dir);

    let output = std::process::Command::new(env!("CARGO_BIN_EXE_specgen"))
        .args([
            "openapi",
            "../tests/fixtures/invalid/missing-operation-file/service.yaml",
        ])
        .args(["--out", "unused.json"])
        .output()
        .expect("the CLI runs");
    assert!(!output.status.success());
    assert!(!std::path::Path::new("unused.json").exists());
}
