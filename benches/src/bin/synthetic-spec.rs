//! Writes a synthetic spec of N operations into a directory, for `benches/build-cost.sh`.
//!
//! `cargo run -p specgen-benches --bin synthetic-spec -- 100 target/synthetic-100`

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(operations), Some(dir), None) = (args.next(), args.next(), args.next()) else {
        eprintln!("usage: synthetic-spec <operations> <directory>");
        return ExitCode::FAILURE;
    };
    let Ok(operations) = operations.parse::<usize>() else {
        eprintln!("`{operations}` is not a number of operations");
        return ExitCode::FAILURE;
    };
    match specgen_benches::write_synthetic_spec(&PathBuf::from(&dir), operations) {
        Ok(service_file) => {
            println!("{}", service_file.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("cannot write the spec into `{dir}`: {error}");
            ExitCode::FAILURE
        }
    }
}
