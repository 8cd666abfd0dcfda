//! Summarizes criterion's results as the Markdown tables of BENCHMARKS.md.
//!
//! `cargo run -p specgen-benches --bin bench-report -- target/criterion [more directories]`
//!
//! For every benchmark: the median time of an iteration, the median absolute deviation, the
//! fastest and slowest sample (each sample is the mean of its iterations), and the median per
//! element where the benchmark declares a throughput (operations, for generation). Then, for
//! every group holding a `specgen` benchmark beside others (`reqwest`, `progenitor`), the ratio
//! of specgen's median to each other's.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::Value;

/// One benchmark's figures, in nanoseconds.
struct Figures {
    group: String,
    function: String,
    parameter: Option<String>,
    elements: Option<u64>,
    median: f64,
    median_abs_dev: f64,
    fastest: f64,
    slowest: f64,
    samples: usize,
}

fn main() -> ExitCode {
    let dirs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if dirs.is_empty() {
        eprintln!("usage: bench-report <criterion directory>...");
        return ExitCode::FAILURE;
    }
    let mut figures = Vec::new();
    for dir in &dirs {
        if let Err(error) = collect(dir, &mut figures) {
            eprintln!("cannot read `{}`: {error}", dir.display());
            return ExitCode::FAILURE;
        }
    }
    if figures.is_empty() {
        eprintln!("no criterion results found: run `cargo bench` first");
        return ExitCode::FAILURE;
    }
    figures.sort_by(|a, b| {
        (&a.group, a.elements, &a.function).cmp(&(&b.group, b.elements, &b.function))
    });
    print_figures(&figures);
    print_ratios(&figures);
    ExitCode::SUCCESS
}

/// Reads every `new/` result under `dir`.
fn collect(dir: &Path, figures: &mut Vec<Figures>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if !path.is_dir() {
            continue;
        }
        if path.file_name().is_some_and(|name| name == "new") {
            if let Some(found) = read_result(&path) {
                figures.push(found);
            }
        } else {
            collect(&path, figures)?;
        }
    }
    Ok(())
}

fn read_json(path: &Path) -> Option<Value> {
    serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
}

fn read_result(dir: &Path) -> Option<Figures> {
    let benchmark = read_json(&dir.join("benchmark.json"))?;
    let estimates = read_json(&dir.join("estimates.json"))?;
    let sample = read_json(&dir.join("sample.json"))?;
    let numbers = |value: &Value| -> Vec<f64> {
        value
            .as_array()
            .map(|values| values.iter().filter_map(Value::as_f64).collect())
            .unwrap_or_default()
    };
    let per_iteration: Vec<f64> = numbers(&sample["times"])
        .iter()
        .zip(numbers(&sample["iters"]))
        .map(|(time, iterations)| time / iterations)
        .collect();
    Some(Figures {
        group: benchmark["group_id"].as_str()?.to_owned(),
        function: benchmark["function_id"].as_str().unwrap_or("").to_owned(),
        parameter: benchmark["value_str"].as_str().map(str::to_owned),
        elements: benchmark["throughput"]["Elements"].as_u64(),
        median: estimates["median"]["point_estimate"].as_f64()?,
        median_abs_dev: estimates["median_abs_dev"]["point_estimate"].as_f64()?,
        fastest: per_iteration.iter().copied().fold(f64::INFINITY, f64::min),
        slowest: per_iteration.iter().copied().fold(0.0, f64::max),
        samples: per_iteration.len(),
    })
}

/// A duration in nanoseconds, in the unit that suits it.
fn time(nanoseconds: f64) -> String {
    if nanoseconds >= 1e9 {
        format!("{:.3} s", nanoseconds / 1e9)
    } else if nanoseconds >= 1e6 {
        format!("{:.2} ms", nanoseconds / 1e6)
    } else if nanoseconds >= 1e3 {
        format!("{:.1} µs", nanoseconds / 1e3)
    } else {
        format!("{nanoseconds:.0} ns")
    }
}

fn print_figures(figures: &[Figures]) {
    println!(
        "| group | benchmark | median | MAD | fastest – slowest sample | samples | median per operation |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    for figure in figures {
        let name = match &figure.parameter {
            Some(parameter) => format!("{} ({parameter})", figure.function),
            None => figure.function.clone(),
        };
        let per_element = figure
            .elements
            .filter(|&elements| elements > 0)
            .map_or_else(String::new, |elements| {
                time(figure.median / elements as f64)
            });
        println!(
            "| {} | {name} | {} | ±{:.1}% | {} – {} | {} | {per_element} |",
            figure.group,
            time(figure.median),
            100.0 * figure.median_abs_dev / figure.median,
            time(figure.fastest),
            time(figure.slowest),
            figure.samples,
        );
    }
}

fn print_ratios(figures: &[Figures]) {
    let mut lines = Vec::new();
    for specgen in figures.iter().filter(|figure| figure.function == "specgen") {
        for other in figures.iter().filter(|other| {
            other.group == specgen.group
                && other.parameter == specgen.parameter
                && other.function != "specgen"
        }) {
            lines.push(format!(
                "| {}{} | {} | {} | {} | {:.3} |",
                specgen.group,
                specgen
                    .parameter
                    .as_ref()
                    .map_or_else(String::new, |parameter| format!(" ({parameter})")),
                time(specgen.median),
                other.function,
                time(other.median),
                specgen.median / other.median,
            ));
        }
    }
    if lines.is_empty() {
        return;
    }
    println!();
    println!("| group | specgen median | other | other's median | specgen / other |");
    println!("| --- | --- | --- | --- | --- |");
    for line in lines {
        println!("{line}");
    }
}
