//! The property defaults of `codegen/tests/fixtures/adversarial/scalar-positions` (`Limits`):
//! a member a response leaves out reads as the spec's default, `Default` starts from the
//! defaults, and every member is sent; the bounds are not checked by the client; and
//! `LimitsPatch`'s `explicit-null` members keep absent, `null` and a value apart.
#![allow(clippy::expect_used)]

use adversarial::scalar_positions::{Limits, Mode};
use specgen_runtime::serde_json::{self, json};

#[test]
fn absent_members_read_as_their_defaults() {
    let limits: Limits = serde_json::from_value(json!({"max": 3})).expect("decodes");
    assert_eq!(
        limits,
        Limits {
            enabled: false,
            max: 3,
            ratio: 0.5,
            label: "none".to_owned(),
            mode: Mode::Thorough,
            tags: Vec::new(),
        }
    );
    assert_eq!(
        serde_json::to_value(&limits).expect("encodes"),
        json!({"enabled": false, "max": 3, "ratio": 0.5, "label": "none", "mode": "Thorough"})
    );
}

#[test]
fn default_starts_from_the_spec_s_defaults() {
    let limits = Limits::default();
    assert_eq!(
        (limits.max, limits.ratio, limits.mode),
        (10, 0.5, Mode::Thorough)
    );
    let read: Limits = serde_json::from_value(json!({})).expect("decodes");
    assert_eq!(read, limits);
    assert!(serde_json::from_value::<Limits>(json!({"max": "ten"})).is_err());
    // Bounds are the spec's documentation: the client reads what the server sends.
    let beyond: Limits =
        serde_json::from_value(json!({"max": 500, "tags": ["a", "b", "c", "d"]})).expect("decodes");
    assert_eq!((beyond.max, beyond.tags.len()), (500, 4));
}

#[test]
fn explicit_null_members_keep_absent_null_and_value_apart() {
    use adversarial::scalar_positions::{LimitsPatch, Patch};
    use specgen_runtime::Duration;
    let wire = json!({"label": null, "max": 5, "window": 90, "tags": ["a"]});
    let patch: LimitsPatch = serde_json::from_value(wire.clone()).expect("decodes");
    assert_eq!(
        patch,
        LimitsPatch {
            label: Patch::Null,
            max: Patch::Value(5),
            window: Patch::Value(Duration::seconds(90)),
            tags: Patch::Value(vec!["a".to_owned()]),
        }
    );
    assert_eq!(serde_json::to_value(&patch).expect("encodes"), wire);
    let untouched = LimitsPatch::default();
    assert_eq!(untouched.max, Patch::Absent);
    assert_eq!(
        serde_json::to_value(&untouched).expect("encodes"),
        json!({})
    );
    let read: LimitsPatch = serde_json::from_value(json!({})).expect("decodes");
    assert_eq!(read, untouched);
}
