//! Writes progenitor's client of an OpenAPI document (JSON), for `benches/build-cost.sh`.
//!
//! `cargo run --release --bin progenitor-generate -- openapi.json out.rs`

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(input), Some(output), None) = (args.next(), args.next(), args.next()) else {
        eprintln!("usage: progenitor-generate <openapi.json> <out.rs>");
        return ExitCode::FAILURE;
    };
    let result = std::fs::read_to_string(&input)
        .map_err(|error| format!("cannot read `{input}`: {error}"))
        .and_then(|text| specgen_progenitor_benches::generate(&text))
        .and_then(|source| {
            std::fs::write(&output, source)
                .map_err(|error| format!("cannot write `{output}`: {error}"))
        });
    match result {
        Ok(()) => {
            println!("wrote {output}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
