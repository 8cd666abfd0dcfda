//! The enums of `codegen/tests/fixtures/adversarial/inheritance`, through serde: each value
//! decodes as the derived type its discriminators name, two levels deep, through lists, maps
//! and boxed options, and is sent back as it came; a value of an unknown kind keeps every
//! member; a known kind whose members do not decode is an error, not a panic.
#![allow(clippy::expect_used, clippy::panic)]

mod common;

use adversarial::inheritance::{Bed, Default, Flower, Plant, Rose, Tree, UnknownFlower};
use common::round_trip;
use specgen_runtime::serde_json::{self, json};

#[test]
fn nested_discriminators_pick_the_derived_types_and_write_both_back() {
    let wire = json!({
        "plants": [
            {"kind": "tree", "height": 9.0, "epiphytes": {
                "low": {"kind": "flower", "colour": "plain", "height": 0.25}}},
            {"kind": "flower", "colour": "rose", "height": 1.5,
             "climbs": {"kind": "tree", "height": 3.0}},
        ],
        "border": {"kind": "flower", "colour": "plain", "height": 0.5},
    });
    let bed: Bed = round_trip(&wire);
    let Plant::Tree(Tree {
        epiphytes, height, ..
    }) = &bed.plants[0]
    else {
        panic!("{:?}", bed.plants[0]);
    };
    assert_eq!(*height, 9.0);
    assert!(matches!(
        epiphytes["low"],
        Plant::Flower(Flower::Default(Default { height: 0.25, .. }))
    ));
    let Plant::Flower(Flower::Rose(Rose { climbs, graft, .. })) = &bed.plants[1] else {
        panic!("{:?}", bed.plants[1]);
    };
    assert_eq!(*graft, None);
    assert!(matches!(
        climbs.as_deref(),
        Some(Plant::Tree(Tree { height: 3.0, .. }))
    ));
    assert!(matches!(bed.border, Some(Flower::Default(_))));
}

#[test]
fn an_unknown_kind_keeps_every_member_at_each_level() {
    let moss: Plant = round_trip(&json!({"kind": "moss", "height": 0.01, "wet": true}));
    let Plant::Other(moss) = moss else {
        panic!("{moss:?}")
    };
    assert_eq!(moss.kind.as_deref(), Some("moss"));
    assert_eq!(moss.additional_properties["wet"], json!(true));

    let blue: Plant = round_trip(&json!({"kind": "flower", "colour": "blue", "height": 0.5}));
    let Plant::Flower(Flower::Other(UnknownFlower { colour, .. })) = &blue else {
        panic!("{blue:?}")
    };
    assert_eq!(colour.as_deref(), Some("blue"));

    let bare: Plant = round_trip(&json!({"height": 2.0}));
    assert!(matches!(bare, Plant::Other(ref other) if other.kind.is_none()));
}

#[test]
fn a_known_kind_that_does_not_decode_is_an_error() {
    let error = serde_json::from_value::<Plant>(json!({"kind": "tree", "height": "tall"}))
        .expect_err("a string height");
    assert!(error.to_string().contains("invalid type"), "{error}");
    let error = serde_json::from_value::<Plant>(json!([1, 2])).expect_err("not an object");
    assert!(error.to_string().contains("map"), "{error}");
}
