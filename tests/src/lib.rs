//! Conformance tests live in `tests/`: the generated client checked against the spec.
