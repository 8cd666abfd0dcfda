//! What `specgen check` prints when checked-in files are not what the spec generates: the list,
//! a short diff of each stale file, and what to do, which fixes what was listed.

use std::path::Path;

use specgen::CheckReport;

/// The most lines of diff shown per stale file.
const DIFF_LINES: usize = 40;

/// The files that differ, the diff of each stale one, then a last line saying what makes them
/// current: the command that writes each output with stale or missing files, and the removal
/// of each extra file (the commands remove only the pages they wrote themselves).
pub fn render(report: &CheckReport, service: &Path) -> String {
    let mut out = report.render();
    for file in &report.stale {
        out.push('\n');
        out.push_str(&short_diff(&file.path, &file.on_disk, &file.generated));
    }
    let count = report.stale.len()
        + report.missing.len()
        + report.extra.len()
        + usize::from(report.catalogue.is_some());
    let mut advice = Vec::new();
    if !report.outdated.is_empty() {
        let commands: Vec<String> = report
            .outdated
            .iter()
            .map(|output| format!("`specgen {output} {}`", service.display()))
            .collect();
        advice.push(format!("run {}", commands.join(" and ")));
    }
    if !report.extra.is_empty() {
        let files: Vec<String> = report
            .extra
            .iter()
            .map(|path| format!("`{}`", path.display()))
            .collect();
        advice.push(format!("remove {}", files.join(", ")));
    }
    if let Some(drift) = &report.catalogue {
        advice.push(format!(
            "make the sections of `{}` name the catalogue's codes and titles",
            drift.path.display()
        ));
    }
    out.push_str(&format!(
        "error: {count} checked-in file{} not what the spec generates; {}\n",
        if count == 1 { " is" } else { "s are" },
        advice.join(" and ")
    ));
    out
}

/// A unified diff from the file on disk to the generated content, cut short.
fn short_diff(path: &Path, on_disk: &str, generated: &str) -> String {
    let diff = similar::TextDiff::from_lines(on_disk, generated);
    let name = path.display().to_string();
    let text = diff
        .unified_diff()
        .context_radius(2)
        .header(
            &format!("{name} (checked in)"),
            &format!("{name} (generated)"),
        )
        .to_string();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = lines
        .iter()
        .take(DIFF_LINES)
        .map(|line| format!("{line}\n"))
        .collect::<String>();
    if lines.len() > DIFF_LINES {
        out.push_str(&format!("... {} more lines\n", lines.len() - DIFF_LINES));
    }
    out
}
