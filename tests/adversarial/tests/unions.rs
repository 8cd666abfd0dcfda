//! The unions of `codegen/tests/fixtures/adversarial/unions`, through serde: literals match
//! exactly, typed variants in the order written, an object type only while it declares every
//! member; each value is sent back as it came; discriminated unions read the variant they name,
//! from an envelope or beside the discriminator, and keep other kinds whole; a value no variant
//! reads is an error that shows it, never a panic.
#![allow(clippy::expect_used, clippy::panic)]

mod common;

use adversarial::unions::{
    Device, Frame, Grade, Level, Node, NodeOrName, Reading, Sample, Span, Tree,
};
use common::round_trip;
use proptest::prelude::*;
use specgen_runtime::serde_json::{self, Value, json};

fn read(wire: Value) -> Reading {
    round_trip(&wire)
}

#[test]
fn literals_match_exactly_before_the_types() {
    assert_eq!(read(json!("offline")), Reading::Offline);
    assert_eq!(read(json!(u64::MAX)), Reading::Value18446744073709551615);
    assert_eq!(read(json!(-1)), Reading::ValueMinus1);
    assert_eq!(read(json!(0.5)), Reading::Value0_5);
    assert_eq!(read(json!(false)), Reading::False);
    // Not the literals: the same text in another case, another number, a float for an integer.
    assert_eq!(read(json!(0.25)), Reading::Float64(0.25));
    assert_eq!(read(json!(-1.0)), Reading::Float64(-1.0));
    assert_eq!(read(json!(2)), Reading::Level(Level::Int32(2)));
    assert!(serde_json::from_value::<Reading>(json!(true)).is_err());
}

#[test]
fn typed_variants_are_tried_in_order_each_in_its_wire_form() {
    assert_eq!(
        read(json!("high")),
        Reading::Level(Level::Grade(Grade::High))
    );
    assert_eq!(read(json!("aGk=")), Reading::Bytes(b"hi".to_vec()));
    assert_eq!(
        read(json!([1.5, 2.0])),
        Reading::Float64List(vec![1.5, 2.0])
    );
    let Reading::ReadingMap(map) = read(json!({"a": "offline", "b": [0.5]})) else {
        panic!("a map of readings");
    };
    assert_eq!(map["a"], Reading::Offline);
    // `Level`, written first, reads the integers; `float64` the other numbers.
    assert_eq!(read(json!(7)), Reading::Level(Level::Int32(7)));
    assert_eq!(read(json!(7.5)), Reading::Float64(7.5));
    assert_eq!(read(json!(3e9)), Reading::Float64(3e9));
}

#[test]
fn an_object_type_reads_only_the_objects_whose_members_it_declares_first() {
    let sample = read(json!({"at": "2024-05-01T10:00:00Z", "value": 1.5, "next": "offline"}));
    let Reading::Sample(Sample { next, .. }) = &sample else {
        panic!("{sample:?}");
    };
    assert_eq!(next.as_deref(), Some(&Reading::Offline));
    // `Sample` would drop `to`: the value is the `Span` written after it.
    let span =
        read(json!({"at": "2024-05-01T10:00:00Z", "value": 1.5, "to": "2024-05-02T10:00:00Z"}));
    assert!(
        matches!(span, Reading::Span(Span { to: Some(_), .. })),
        "{span:?}"
    );
    // A member neither declares: the first that reads the others, with it dropped.
    let wire = json!({"at": "2024-05-01T10:00:00Z", "value": 1.5, "unit": "kWh"});
    let lenient: Reading = serde_json::from_value(wire).expect("decodes");
    assert!(matches!(lenient, Reading::Sample(_)), "{lenient:?}");
    // Not a sample: any object is a map of readings, if its values are readings.
    assert!(matches!(
        read(json!({"at": "offline"})),
        Reading::ReadingMap(_)
    ));
}

#[test]
fn unions_hold_themselves_through_lists_and_boxed_fields() {
    let tree: Tree = round_trip(&json!(["a", ["b", []]]));
    assert_eq!(
        tree,
        Tree::TreeList(vec![
            Tree::String("a".to_owned()),
            Tree::TreeList(vec![Tree::String("b".to_owned()), Tree::TreeList(vec![])]),
        ])
    );
    let node: Node = round_trip(&json!({"child": {"child": "leaf"}}));
    let NodeOrName::Node(inner) = *node.child else {
        panic!("a node");
    };
    assert_eq!(*inner.child, NodeOrName::String("leaf".to_owned()));
}

#[test]
fn discriminated_unions_read_the_variant_they_name_and_keep_the_others() {
    let frame: Frame = round_trip(&json!({"kind": "raw", "data": "aGk="}));
    assert_eq!(frame, Frame::Raw(b"hi".to_vec()));
    let frame: Frame = round_trip(&json!({"kind": "samples", "data": []}));
    assert_eq!(frame, Frame::Samples(vec![]));
    let other = json!({"kind": "video", "data": {"fps": 30}, "extra": true});
    assert_eq!(round_trip::<Frame>(&other), Frame::Other(other.clone()));
    let untagged = json!({"data": "x"});
    assert_eq!(
        round_trip::<Frame>(&untagged),
        Frame::Other(untagged.clone())
    );
    // A known kind whose value does not decode, or without its envelope: errors.
    for bad in [
        json!({"kind": "raw", "data": "%%"}),
        json!({"kind": "raw"}),
        json!("raw"),
    ] {
        assert!(serde_json::from_value::<Frame>(bad).is_err());
    }
    let device: Device =
        round_trip(&json!({"type": "span-meter", "at": "2024-05-01T10:00:00Z", "value": 2.0}));
    assert!(
        matches!(device, Device::SpanMeter(Span { to: None, .. })),
        "{device:?}"
    );
}

#[test]
fn a_value_no_variant_reads_is_an_error_that_shows_it() {
    let error = serde_json::from_value::<Level>(json!("medium")).expect_err("no variant");
    let message = error.to_string();
    assert!(
        message.contains("a string that is none of the variants of `Level`"),
        "{message}"
    );
    assert!(message.contains("\"medium\""), "{message}");
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "[a-z0-9=+/]{0,8}".prop_map(Value::from),
        Just(json!("2024-05-01T10:00:00Z")),
    ];
    leaf.prop_recursive(4, 32, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map(
                "(at|value|next|to|kind|data|type|[a-z]{1,3})",
                inner,
                0..4
            )
            .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    /// Whatever a server sends, reading is an error or a value that is written back as it came.
    #[test]
    fn any_json_reads_without_panicking_and_what_reads_is_written_back(wire in json_value()) {
        for read in [
            |w: &Value| serde_json::from_value::<Reading>(w.clone()).map(|v| serde_json::to_value(v).map(|_| ())),
            |w: &Value| serde_json::from_value::<Frame>(w.clone()).map(|v| serde_json::to_value(v).map(|_| ())),
            |w: &Value| serde_json::from_value::<Device>(w.clone()).map(|v| serde_json::to_value(v).map(|_| ())),
            |w: &Value| serde_json::from_value::<Tree>(w.clone()).map(|v| serde_json::to_value(v).map(|_| ())),
        ] {
            if let Ok(written) = read(&wire) {
                prop_assert!(written.is_ok());
            }
        }
        if let Ok(tree) = serde_json::from_value::<Tree>(wire.clone()) {
            prop_assert_eq!(serde_json::to_value(tree).expect("encodes"), wire);
        }
    }
}
