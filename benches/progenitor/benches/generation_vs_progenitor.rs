//! specgen and progenitor side by side: each from its own input to formatted Rust source, on the
//! same APIs. specgen reads the YAML spec (load, validate, emit, format); progenitor reads the
//! OpenAPI document that `specgen openapi` exports from that spec (parse, generate, format, as
//! its `build.rs` example does), adapted as the crate docs say.
//!
//! Run from this directory: `cargo bench`; the table with
//! `cargo run --manifest-path ../Cargo.toml --bin bench-report -- target/criterion`.
#![allow(clippy::expect_used)]

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use specgen_benches::{REAL_SPEC, SIZES, write_synthetic_spec};

fn side_by_side(c: &mut Criterion, label: &str, service_file: &Path) {
    let openapi_file = service_file.with_extension("openapi.json");
    specgen::Generator::new(service_file)
        .write_openapi(&openapi_file)
        .expect("the spec exports");
    let operations = specgen::check(service_file)
        .expect("the spec validates")
        .operations
        .len();
    // progenitor must accept the document before it is timed.
    let text = std::fs::read_to_string(&openapi_file).expect("the export");
    specgen_progenitor_benches::generate(&text).expect("progenitor generates");

    let mut group = c.benchmark_group(format!("generation_vs_progenitor/{label}"));
    group.throughput(Throughput::Elements(operations as u64));
    if operations >= 1_000 {
        group.sample_size(10);
        group.measurement_time(Duration::from_secs(30));
    } else if operations >= 100 {
        group.sample_size(20);
    }
    group.bench_with_input(
        BenchmarkId::new("specgen", operations),
        service_file,
        |b, file| {
            b.iter(|| {
                specgen::Generator::new(black_box(file))
                    .generate()
                    .expect("specgen generates")
                    .source
            });
        },
    );
    group.bench_with_input(
        BenchmarkId::new("progenitor", operations),
        &openapi_file,
        |b, file| {
            b.iter(|| {
                let text = std::fs::read_to_string(black_box(file)).expect("the export");
                specgen_progenitor_benches::generate(&text).expect("progenitor generates")
            });
        },
    );
    group.finish();
}

fn generation(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    // The real spec's export goes beside the synthetic ones, not into spec/.
    let real = dir.path().join("real").join("cloud-partner-portal.yaml");
    copy_spec(Path::new(REAL_SPEC), &real);
    side_by_side(c, "real", &real);
    for operations in SIZES {
        let service_file =
            write_synthetic_spec(&dir.path().join(operations.to_string()), operations)
                .expect("the synthetic spec is written");
        side_by_side(c, &format!("synthetic-{operations}"), &service_file);
    }
}

/// Copies a spec (the service file and the operation files it lists) to `to`.
fn copy_spec(from: &Path, to: &Path) {
    let from_dir = from.parent().expect("a directory");
    let to_dir = to.parent().expect("a directory");
    for file in specgen::spec_files(from) {
        let relative = file
            .strip_prefix(from_dir)
            .expect("under the spec directory");
        let target = to_dir.join(relative);
        std::fs::create_dir_all(target.parent().expect("a directory")).expect("a directory");
        std::fs::copy(&file, &target).expect("the spec file copies");
    }
    std::fs::rename(to_dir.join(from.file_name().expect("a name")), to).expect("renamed");
}

criterion_group!(benches, generation);
criterion_main!(benches);
