//! The `specgen` command line: validate a spec, generate its Rust client, write its Markdown
//! reference pages, or check that the checked-in pages are current.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use specgen::diagnostics::{Severity, Style, count_of, title};

mod check;

/// Spec-driven generator of typed Rust HTTP clients, error enums and docs.
///
/// Exit status: 0 on success (warnings alone do not fail), 1 when the spec has errors (or
/// warnings, with `validate --deny-warnings`) or a command fails, 2 on a usage error.
#[derive(Parser)]
#[command(name = "specgen", version, about)]
struct Cli {
    /// When to color diagnostics: `auto` colors them on a terminal unless `NO_COLOR` is set.
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    color: Color,
    #[command(subcommand)]
    command: Command,
}

/// When to color diagnostics.
#[derive(Clone, Copy, ValueEnum)]
enum Color {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    /// Always, with ANSI escape codes.
    Always,
    /// Never.
    Never,
}

/// How `validate` prints diagnostics.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Rendered like rustc, on standard error.
    Human,
    /// One JSON document on standard output (see spec/README.md, Diagnostics).
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Check a spec and print every problem with its file:line:col; exit 1 when there is an
    /// error.
    Validate {
        /// The service file, e.g. spec/cloud-partner-portal.yaml.
        service: PathBuf,
        /// Also warn about every text that has no version in this locale.
        #[arg(long)]
        locale: Option<String>,
        /// How to print the diagnostics.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Exit 1 when there are warnings, as when there are errors.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Generate the Rust client of a spec into a directory, for review.
    Generate {
        /// The service file, e.g. spec/cloud-partner-portal.yaml.
        service: PathBuf,
        /// Directory to write `<service>.rs` into (created if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// Write the OpenAPI 3.0 document of a spec, as JSON (for Swagger UI, Redoc, progenitor...).
    Openapi {
        /// The service file, e.g. spec/cloud-partner-portal.yaml.
        service: PathBuf,
        /// The file to write, e.g. target/openapi.json (its directory is created if missing).
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

// Generation builds and drops many small token trees and strings: mimalloc does that in about
// a fifth less time than the system allocator (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let style = match cli.color {
        Color::Auto => Style::detect(std::io::stderr().is_terminal()),
        Color::Always => Style::Colored,
        Color::Never => Style::Plain,
    };
    let fail = |error: &specgen::Error| fail(error, style);
    match cli.command {
        Command::Validate {
            service,
            locale,
            format,
            deny_warnings,
        } => validate(&service, locale.as_deref(), format, deny_warnings, style),
        Command::Schema { service, out } => {
            match specgen::Generator::new(service).write_schema(out.as_deref()) {
                Ok(path) => {
                    println!("wrote {}", path.display());
                    ExitCode::SUCCESS
                }
                Err(error) => fail(&error),
            }
        }
        Command::Openapi { service, out } => {
            match specgen::Generator::new(service).write_openapi(&out) {
                Ok(()) => {
                    println!("wrote {}", out.display());
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
                eprint!("{}", check::render(&report, &service));
                ExitCode::FAILURE
            }
            Err(error) => fail(&error),
        },
    }
}

fn validate(
    service: &std::path::Path,
    locale: Option<&str>,
    format: Format,
    deny_warnings: bool,
    style: Style,
) -> ExitCode {
    let specgen::Diagnosis {
        service,
        diagnostics,
    } = specgen::diagnose(service, locale);
    let warnings = diagnostics.count(Severity::Warning);
    let denied = deny_warnings && warnings > 0;
    if format == Format::Json {
        print!("{}", diagnostics.to_json());
    } else {
        eprint!("{}", diagnostics.render_styled(style));
        if denied && !diagnostics.has_errors() {
            let denied = format!(
                "{} denied by `--deny-warnings`",
                count_of(warnings, "warning")
            );
            eprint!("{}", title(Severity::Error, &denied, style));
        }
    }
    match service {
        Some(service) if !denied => {
            if format == Format::Human {
                println!(
                    "{}: ok ({}, {})",
                    service.name,
                    count_of(service.operations.len(), "operation"),
                    count_of(service.files.len(), "file"),
                );
            }
            ExitCode::SUCCESS
        }
        _ => ExitCode::FAILURE,
    }
}

fn fail(error: &specgen::Error, style: Style) -> ExitCode {
    match error {
        specgen::Error::Spec(diagnostics) => eprint!("{}", diagnostics.render_styled(style)),
        other => {
            let message = other.to_string();
            eprint!("{message}");
            if !message.ends_with('\n') {
                eprintln!();
            }
        }
    }
    ExitCode::FAILURE
}
