//! `spec/DIAGNOSTICS.md` held against the codes: every code has a `## <code>: <title>`
//! section with the code's title (` (a warning)` after a warning's), and there is no section
//! for a code specgen does not have. `specgen check` runs this over the service file's
//! `checked-in.diagnostics`.

use super::{Code, Severity};

/// The heading the catalogue page gives `code`: `E0203: unknown type`,
/// `W0214: missing translation (a warning)`.
pub fn heading(code: Code) -> String {
    match code.severity() {
        Severity::Error => format!("{}: {}", code.id(), code.title()),
        Severity::Warning => format!("{}: {} (a warning)", code.id(), code.title()),
    }
}

/// Where the Markdown page `markdown` and the codes disagree, one sentence each; empty when
/// they agree. Sections whose heading does not start with a code (`## Codes split in this
/// version`) are not entries.
pub fn catalogue_disagreements(markdown: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = Vec::new();
    let mut fence: Option<&str> = None;
    for (index, line) in markdown.lines().enumerate() {
        let trimmed = line.trim_start();
        if let Some(open) = fence {
            if trimmed.starts_with(open) {
                fence = None;
            }
            continue;
        }
        if trimmed.starts_with("```") {
            fence = Some("```");
            continue;
        }
        if trimmed.starts_with("~~~") {
            fence = Some("~~~");
            continue;
        }
        let Some(heading) = line.strip_prefix("## ") else {
            continue;
        };
        let heading = heading.trim();
        let id = heading.split(':').next().unwrap_or_default();
        if !looks_like_a_code(id) {
            continue;
        }
        let line = index + 1;
        let Some(code) = Code::from_id(id) else {
            problems.push(format!(
                "line {line}: `## {heading}` is not a code of specgen's catalogue"
            ));
            continue;
        };
        if seen.contains(&code) {
            problems.push(format!("line {line}: {id} has a second section"));
            continue;
        }
        seen.push(code);
        let expected = self::heading(code);
        if heading != expected {
            problems.push(format!(
                "line {line}: `## {heading}` should be `## {expected}`, as the catalogue names it"
            ));
        }
    }
    for code in Code::ALL {
        if !seen.contains(&code) {
            problems.push(format!(
                "{} ({}) has no `## {}` section",
                code.id(),
                code.title(),
                self::heading(code)
            ));
        }
    }
    problems
}

/// `E0203`, `W0214`: a letter and four digits.
fn looks_like_a_code(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('E' | 'W')) && id.len() == 5 && chars.all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> String {
        Code::ALL
            .iter()
            .map(|code| format!("## {}\n\ntext\n\n", heading(*code)))
            .collect()
    }

    #[test]
    fn a_page_with_every_heading_agrees() {
        let page = format!(
            "# title\n\n## Codes split\n\n```text\n## E9999: in code\n```\n{}",
            page()
        );
        assert_eq!(catalogue_disagreements(&page), Vec::<String>::new());
    }

    #[test]
    fn a_missing_renamed_or_unknown_section_is_reported() {
        let page = page()
            .replace("## E0203: unknown type\n", "## E0203: unknwn type\n")
            .replace("## E0105: unsupported version\n", "")
            + "## E0999: no such code\n";
        let problems = catalogue_disagreements(&page);
        assert_eq!(problems.len(), 3, "{problems:#?}");
        assert!(problems[0].contains("should be `## E0203: unknown type`"));
        assert!(problems[1].contains("E0999"));
        assert!(problems[2].starts_with("E0105 (unsupported version) has no"));
    }
}
