//! The `specgen` command line: validate a spec, generate its Rust client, write its Markdown
//! reference pages, or check that the checked-in pages are current.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Spec-driven generator of typed Rust HTTP clients, error enums and docs.
#[derive(Parser)]
#[command(name = "specgen", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a spec and print every problem with its file:line:col; exit 1 when there is any.
    Validate {
        /// The service file, e.g. spec/cloud-partner-portal.yaml.
        service: PathBuf,
        /// Also warn about every text that has no version in this locale (exit 0 all the same).
        #[arg(long)]
        locale: Option<String>,
    },
    /// Generate the Rust client of a spec into a directory, for review.
    Generate {
        /// The service file, e.g. spec/cloud-partner-portal.yaml.
        service: PathBuf,
        /// Directory to write `<service>.rs` into (created if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// Write the JSON Schema of spec files, for editors (YAML language server).
    Schema {
        /// The service file, e.g. spec/cloud-partner-portal.yaml.
        service: PathBuf,
        /// The file to write (default: the service file's `checked-in.schema`).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Write the Markdown reference pages: `<dir>/<locale>/<operation>.md`, `index.md`, `types.md`.
    Docs {
        /// The service file, e.g. spec/cloud-partner-portal.yaml.
        service: PathBuf,
        /// Directory to write into (default: the service file's `checked-in.docs`).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Regenerate the checked-in files in memory; exit 1 and list those that differ.
    Check {
        /// The service file, e.g. spec/cloud-partner-portal.yaml.
        service: PathBuf,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Validate { service, locale } => validate(service, locale),
        Command::Schema { service, out } => {
            match specgen::Generator::new(service).write_schema(out.as_deref()) {
                Ok(path) => {
                    println!("wrote {}", path.display());
                    ExitCode::SUCCESS
                }
                Err(error) => fail(&error),
            }
        }
        Command::Generate { service, out } => {
            match specgen::Generator::new(service).out_dir(out).write() {
                Ok(path) => {
                    println!("wrote {}", path.display());
                    ExitCode::SUCCESS
                }
                Err(error) => fail(&error),
            }
        }
        Command::Docs { service, out } => {
            match specgen::Generator::new(service).write_docs(out.as_deref()) {
                Ok(written) => {
                    for path in &written.changed {
                        println!("wrote {}", path.display());
                    }
                    for path in &written.removed {
                        println!("removed {}", path.display());
                    }
                    println!(
                        "{} pages, {} changed, {} removed",
                        written.pages.len(),
                        written.changed.len(),
                        written.removed.len()
                    );
                    ExitCode::SUCCESS
                }
                Err(error) => fail(&error),
            }
        }
        Command::Check { service } => match specgen::Generator::new(&service).check() {
            Ok(report) if report.is_current() => {
                println!("{} checked-in files are current", report.checked);
                ExitCode::SUCCESS
            }
            Ok(report) => {
                eprint!("{}", report.render());
                let count = report.stale.len() + report.missing.len() + report.extra.len();
                let commands: Vec<String> = report
                    .outdated
                    .iter()
                    .map(|output| format!("`specgen {output} {}`", service.display()))
                    .collect();
                eprintln!(
                    "error: {count} checked-in file{} not what the spec generates; run {}",
                    if count == 1 { " is" } else { "s are" },
                    commands.join(" and ")
                );
                ExitCode::FAILURE
            }
            Err(error) => fail(&error),
        },
    }
}

fn validate(service: PathBuf, locale: Option<String>) -> ExitCode {
    let checked = match &locale {
        Some(locale) => specgen::untranslated(&service, locale)
            .and_then(|warnings| specgen::check(&service).map(|checked| (checked, warnings))),
        None => specgen::check(&service).map(|checked| (checked, Default::default())),
    };
    match checked {
        Ok((service, warnings)) => {
            if !warnings.is_empty() {
                eprint!("{}", warnings.render());
            }
            let plural = |n: usize| if n == 1 { "" } else { "s" };
            println!(
                "{}: ok ({} operation{}, {} file{})",
                service.name,
                service.operations.len(),
                plural(service.operations.len()),
                service.files.len(),
                plural(service.files.len()),
            );
            ExitCode::SUCCESS
        }
        Err(diagnostics) => {
            eprint!("{}", diagnostics.render());
            ExitCode::FAILURE
        }
    }
}

fn fail(error: &specgen::Error) -> ExitCode {
    eprint!("{error}");
    if !matches!(error, specgen::Error::Spec(_)) {
        eprintln!();
    }
    ExitCode::FAILURE
}
