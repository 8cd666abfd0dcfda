//! The `specgen` command line: validate a spec, or generate its Rust client.

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
        /// The file to write, e.g. spec/spec.schema.json.
        #[arg(long)]
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Validate { service } => match specgen::check(&service) {
            Ok(service) => {
                println!(
                    "{}: ok ({} operation{}, {} file{})",
                    service.name,
                    service.operations.len(),
                    if service.operations.len() == 1 {
                        ""
                    } else {
                        "s"
                    },
                    service.files.len(),
                    if service.files.len() == 1 { "" } else { "s" },
                );
                ExitCode::SUCCESS
            }
            Err(diagnostics) => {
                eprint!("{}", diagnostics.render());
                ExitCode::FAILURE
            }
        },
        Command::Schema { out } => match std::fs::write(&out, specgen::load::json_schema()) {
            Ok(()) => {
                println!("wrote {}", out.display());
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("cannot write `{}`: {error}", out.display());
                ExitCode::FAILURE
            }
        },
        Command::Openapi { service, out } => {
            match specgen::Generator::new(service).write_openapi(&out) {
                Ok(()) => {
                    println!("wrote {}", out.display());
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprint!("{error}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Generate { service, out } => {
            match specgen::Generator::new(service).out_dir(out).write() {
                Ok(path) => {
                    println!("wrote {}", path.display());
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprint!("{error}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
