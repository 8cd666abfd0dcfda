//! Spec to formatted source, phase by phase (load, validate, emit, format) and whole, for the
//! real spec and synthetic specs of 10, 100 and 1,000 operations.
//!
//! `cargo bench -p specgen-benches --bench generation`; per-operation figures and growth with
//! `cargo run -p specgen-benches --bin bench-report -- target/criterion` (see BENCHMARKS.md).
#![allow(missing_docs, clippy::expect_used, clippy::panic)]

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
// The phases one at a time: hidden from specgen's API, there for this benchmark.
use specgen::__phases::{EmitOptions, emit, format, load, validate};
use specgen_benches::{REAL_SPEC, SIZES, write_synthetic_spec};

fn phases(c: &mut Criterion, label: &str, service_file: &Path) {
    let loaded = load(service_file).expect("the spec loads");
    let service = validate(&loaded).expect("the spec validates");
    let options = EmitOptions::for_service(&service);
    let tokens = emit(&service, &options);
    let operations = service.operations.len();

    let mut group = c.benchmark_group(format!("generation/{label}"));
    group.throughput(Throughput::Elements(operations as u64));
    if operations >= 1_000 {
        group.sample_size(20);
        group.measurement_time(Duration::from_secs(20));
    } else if operations >= 100 {
        group.sample_size(30);
    }
    group.bench_with_input(
        BenchmarkId::new("load", operations),
        service_file,
        |b, file| {
            b.iter(|| load(black_box(file)).expect("the spec loads"));
        },
    );
    group.bench_with_input(
        BenchmarkId::new("validate", operations),
        &loaded,
        |b, loaded| {
            b.iter(|| validate(black_box(loaded)).expect("the spec validates"));
        },
    );
    group.bench_with_input(
        BenchmarkId::new("emit", operations),
        &service,
        |b, service| {
            b.iter(|| emit(black_box(service), &options));
        },
    );
    group.bench_with_input(
        BenchmarkId::new("format", operations),
        &tokens,
        |b, tokens| {
            b.iter_batched(
                || tokens.clone(),
                |tokens| format(&service, tokens).expect("the tokens format"),
                criterion::BatchSize::LargeInput,
            );
        },
    );
    group.bench_with_input(
        BenchmarkId::new("total", operations),
        service_file,
        |b, file| {
            b.iter(|| {
                specgen::Generator::new(black_box(file))
                    .generate()
                    .expect("the spec generates")
            });
        },
    );
    group.finish();
}

fn generation(c: &mut Criterion) {
    phases(c, "real", Path::new(REAL_SPEC));
    let dir = tempfile::tempdir().expect("a temporary directory");
    for operations in SIZES {
        let service_file =
            write_synthetic_spec(&dir.path().join(operations.to_string()), operations)
                .expect("the synthetic spec is written");
        phases(c, &format!("synthetic-{operations}"), &service_file);
    }
}

criterion_group!(benches, generation);
criterion_main!(benches);
