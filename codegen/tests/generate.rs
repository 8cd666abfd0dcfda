//! The generated code of the real spec: its shape, and the CLI that writes it. Its reviewed
//! snapshot, with those of the other specs, is checked by `tests/snapshots.rs`.
#![allow(clippy::expect_used, clippy::panic)]

use specgen::Generator;
use specgen::model::ResponseKind;

const SPEC: &str = "../spec/cloud-partner-portal.yaml";

fn generated() -> specgen::Output {
    Generator::new(SPEC)
        .generate()
        .expect("the real spec generates")
}

#[test]
fn generated_code_parses_and_has_one_error_variant_per_error_row() {
    let output = generated();
    let file = syn::parse_file(&output.source).expect("the generated code parses as Rust");
    assert!(output.source.contains("pub async fn cancel_operation("));
    for operation in &output.service.operations {
        let error_enum = file
            .items
            .iter()
            .find_map(|item| match item {
                syn::Item::Enum(e) if e.ident == operation.error_type => Some(e),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no `pub enum {}`", operation.error_type));
        assert!(matches!(error_enum.vis, syn::Visibility::Public(_)));
        let variants: Vec<String> = error_enum
            .variants
            .iter()
            .map(|v| v.ident.to_string())
            .collect();
        let mut expected: Vec<String> = operation
            .rows(ResponseKind::Error)
            .map(|row| row.variant.rust.clone())
            .collect();
        expected.push(specgen::model::FAILURE_VARIANT.to_owned());
        assert_eq!(variants, expected);
        let non_exhaustive = error_enum
            .attrs
            .iter()
            .any(|a| a.path().is_ident("non_exhaustive"));
        assert!(
            non_exhaustive,
            "{} must be #[non_exhaustive]",
            operation.error_type
        );
    }
}

#[test]
fn cancel_operation_has_three_error_rows() {
    let output = generated();
    let cancel = &output.service.operations[0];
    let codes: Vec<Option<u16>> = cancel
        .rows(ResponseKind::Error)
        .map(|row| row.code.exact())
        .collect();
    assert_eq!(codes, [Some(400), Some(403), Some(404)]);
    assert_eq!(cancel.error_type, "CancelOperationError");
}
