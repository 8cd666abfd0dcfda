//! `specgen check`, `specgen docs` and `specgen schema` on a copy of the repository's spec and
//! docs: check fails on a stale, missing or extra file and says what makes it pass again.

use std::path::{Path, PathBuf};
use std::process::Output;

use super::{DOCS, ROOT, SPEC, specgen_in, text};

#[test]
fn the_checked_in_files_of_the_repository_are_current() {
    let report = specgen::Generator::new(SPEC)
        .check()
        .unwrap_or_else(|error| panic!("{error}"));
    let output = specgen_in(
        &["check", "spec/cloud-partner-portal.yaml"],
        Path::new(ROOT),
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
        copy_dir(&Path::new(ROOT).join("spec"), &root.join("spec"));
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
        specgen_in(&["check", "spec/cloud-partner-portal.yaml"], &self.root)
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
    let docs = specgen_in(&["docs", "spec/cloud-partner-portal.yaml"], &workspace.root);
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

    let schema = specgen_in(
        &["schema", "spec/cloud-partner-portal.yaml"],
        &workspace.root,
    );
    assert!(schema.status.success(), "{}", text(&schema.stderr));
    let output = workspace.check();
    assert!(output.status.success(), "{}", text(&output.stderr));
}

#[test]
fn check_fails_when_diagnostics_md_and_the_catalogue_disagree() {
    let workspace = Workspace::copy();
    // A renamed title, a section for a code specgen does not have, and a code without its
    // section: each is listed, and nothing is to be regenerated.
    workspace.edit(
        "spec/DIAGNOSTICS.md",
        "## E0203: unknown type\n",
        "## E0203: unknown kind of type\n",
    );
    workspace.edit(
        "spec/DIAGNOSTICS.md",
        "## E0222: invalid base URL\n",
        "## E0299: invalid base URL\n",
    );
    let output = workspace.check();
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    for problem in [
        "catalogue: spec/DIAGNOSTICS.md: line ",
        "`## E0203: unknown kind of type` should be `## E0203: unknown type`, as the catalogue names it\n",
        "`## E0299: invalid base URL` is not a code of specgen's catalogue\n",
        "catalogue: spec/DIAGNOSTICS.md: E0222 (invalid base URL) has no `## E0222: invalid base URL` section\n",
    ] {
        assert!(stderr.contains(problem), "no `{problem}` in:\n{stderr}");
    }
    assert!(!stderr.contains("stale:"), "{stderr}");
    assert!(!stderr.contains("run `specgen"), "{stderr}");
    assert!(
        stderr.contains("error: 1 checked-in file is not what the spec generates; make the sections of `spec/DIAGNOSTICS.md` name the catalogue's codes and titles\n"),
        "{stderr}"
    );

    // Put back, the page agrees again.
    workspace.edit(
        "spec/DIAGNOSTICS.md",
        "## E0203: unknown kind of type\n",
        "## E0203: unknown type\n",
    );
    workspace.edit(
        "spec/DIAGNOSTICS.md",
        "## E0299: invalid base URL\n",
        "## E0222: invalid base URL\n",
    );
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
    // What to do fixes each: `specgen docs` writes the missing page, and the extra files are
    // to be removed (`specgen docs` removes only the pages it wrote itself).
    assert!(
        stderr.ends_with(
            "error: 3 checked-in files are not what the spec generates; \
             run `specgen docs spec/cloud-partner-portal.yaml` and \
             remove `generated-client/docs/en/notes.txt`, `generated-client/docs/en/old-operation.md`\n"
        ),
        "{stderr}"
    );

    let output = specgen_in(&["docs", "spec/cloud-partner-portal.yaml"], &workspace.root);
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
    let output = workspace.check();
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(
        stderr,
        "extra:   generated-client/docs/en/notes.txt\n\
         error: 1 checked-in file is not what the spec generates; \
         remove `generated-client/docs/en/notes.txt`\n"
    );

    // Following the advice makes the check pass.
    std::fs::remove_file(docs.join("en/notes.txt")).expect("remove the extra file");
    let output = workspace.check();
    assert!(output.status.success(), "{}", text(&output.stderr));
}

#[test]
fn an_extra_file_alone_is_to_be_removed_not_regenerated() {
    let workspace = Workspace::copy();
    let docs = workspace.root.join("generated-client/docs");
    std::fs::write(docs.join("hu/notes.md"), "# Jegyzetek\n").expect("write");
    let output = workspace.check();
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("specgen docs"), "{stderr}");
    assert!(
        stderr.ends_with("; remove `generated-client/docs/hu/notes.md`\n"),
        "{stderr}"
    );
    // `specgen docs`, the advice of old, leaves the failure in place.
    let output = specgen_in(&["docs", "spec/cloud-partner-portal.yaml"], &workspace.root);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(!workspace.check().status.success());
}

#[test]
fn docs_writes_where_it_is_told_and_needs_a_directory() {
    let workspace = Workspace::copy();
    let output = specgen_in(
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
        "checked-in:\n  docs: ../generated-client/docs\n  schema: spec.schema.json\n  diagnostics: DIAGNOSTICS.md\n",
        "",
    );
    let output = specgen_in(&["docs", "spec/cloud-partner-portal.yaml"], &workspace.root);
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
