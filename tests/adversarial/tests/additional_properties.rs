//! The structs of `codegen/tests/fixtures/adversarial/additional-properties`, through serde:
//! the members their properties do not declare are kept on read and sent on write, a declared
//! member lands in its field and not in the map, and a member not of the additional type fails
//! decoding with an error rather than a panic.
#![allow(clippy::expect_used)]

mod common;

use adversarial::additional_properties::{Item, Labels, Level, Levels, Note, Scores};
use common::round_trip;
use specgen_runtime::serde_json::{self, json};

#[test]
fn typed_members_are_kept_beside_the_declared_ones() {
    let scores: Scores = round_trip(&json!({"name": "apple", "ann": 4.5, "bob": -1.0}));
    assert_eq!(scores.name, "apple");
    let members: Vec<(&str, f32)> = scores
        .additional_properties
        .iter()
        .map(|(key, value)| (key.as_str(), *value))
        .collect();
    assert_eq!(members, [("ann", 4.5), ("bob", -1.0)]);
}

#[test]
fn a_declared_member_is_read_into_its_field_and_not_into_the_map() {
    let wire = json!({
        "additional_properties": 3,
        "firstSeen": "2024-01-01T00:00:00Z",
        "colour": "red",
        "size": null,
    });
    let labels: Labels = round_trip(&wire);
    assert_eq!(labels.declared_additional_properties, Some(3));
    assert!(labels.first_seen.is_some());
    assert_eq!(labels.last_seen, None);
    let keys: Vec<&str> = labels
        .additional_properties
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["colour", "size"]);
    assert_eq!(labels.additional_properties["size"], None);
}

#[test]
fn untyped_named_and_enumerated_members_are_kept() {
    let note: Note = round_trip(&json!({"text": "hi", "by": {"name": "Ann"}, "seen": [1, 2]}));
    assert_eq!(note.additional_properties["by"], json!({"name": "Ann"}));
    let levels: Levels =
        serde_json::from_value(json!({"hall": "LOUD", "attic": "muffled"})).expect("decodes");
    assert_eq!(levels.additional_properties["hall"], Level::Loud);
    assert_eq!(
        levels.additional_properties["attic"],
        Level::Unknown("muffled".to_owned())
    );
    let item: Item = round_trip(&json!({
        "scores": {"name": "pear"},
        "twin": {"scores": {"name": "plum", "cy": 0.25}},
    }));
    assert_eq!(item.additional_properties["twin"].scores.name, "plum");
    assert_eq!(
        item.additional_properties["twin"]
            .scores
            .additional_properties["cy"],
        0.25
    );
}

#[test]
fn a_member_of_another_type_is_a_decode_error() {
    let error = serde_json::from_value::<Scores>(json!({"name": "apple", "ann": "four"}))
        .expect_err("a string is not a float32");
    assert!(error.to_string().contains("f32"), "{error}");
    // A member of the item that is not an item.
    let error = serde_json::from_value::<Item>(json!({"scores": {"name": "pear"}, "twin": 1}))
        .expect_err("a number is not an item");
    assert!(error.to_string().contains("Item"), "{error}");
}

#[test]
fn the_entries_of_the_map_are_sent_as_members() {
    let mut scores = Scores {
        name: "kiwi".to_owned(),
        ..Scores::default()
    };
    scores.additional_properties.insert("dee".to_owned(), 0.5);
    assert_eq!(
        serde_json::to_value(&scores).expect("encodes"),
        json!({"name": "kiwi", "dee": 0.5})
    );
}

#[test]
fn an_alias_reads_as_its_value_and_the_value_is_written() {
    for spelling in ["loud", "LOUD!", "very loud", "Very Loud"] {
        let level: Level = serde_json::from_value(json!(spelling)).expect("decodes");
        assert_eq!(level, Level::Loud, "{spelling}");
        assert_eq!(
            serde_json::to_value(&level).expect("encodes"),
            json!("loud")
        );
    }
    let other: Level = serde_json::from_value(json!("loud!")).expect("decodes");
    assert_eq!(other, Level::Loud);
    let unknown: Level = serde_json::from_value(json!("louder")).expect("decodes");
    assert_eq!(unknown, Level::Unknown("louder".to_owned()));
}
