//! The delimited lists of `codegen/tests/fixtures/adversarial/scalar-positions` (`Schedule`),
//! through serde: each list is one string on the wire, its elements in their own form (dates,
//! ISO 8601 durations, enumeration values); an optional one is left out when empty, an optional
//! nullable one when `None` (`null` reads as it); a piece that does not read is an error, never a panic.
#![allow(clippy::expect_used)]

mod common;

use adversarial::scalar_positions::{Mode, Schedule};
use common::round_trip;
use specgen_runtime::serde_json::{self, json};
use specgen_runtime::{Duration, NaiveDate};

#[test]
fn each_list_is_one_string_of_its_elements_forms() {
    let schedule: Schedule = round_trip(&json!({
        "days": "2024-01-01,2024-01-02",
        "intervals": "PT1M PT1H",
        "modes": "fast|Thorough",
        "notes": "a\nb",
    }));
    assert_eq!(
        schedule.days,
        [
            NaiveDate::from_ymd_opt(2024, 1, 1).expect("a date"),
            NaiveDate::from_ymd_opt(2024, 1, 2).expect("a date"),
        ]
    );
    assert_eq!(
        schedule.intervals,
        [Duration::minutes(1), Duration::hours(1)]
    );
    assert_eq!(schedule.modes, Some(vec![Mode::Fast, Mode::Thorough]));
    assert_eq!(schedule.notes, ["a", "b"]);
}

#[test]
fn absent_empty_and_null_lists_keep_their_shapes() {
    let schedule: Schedule = round_trip(&json!({"days": ""}));
    assert!(schedule.days.is_empty() && schedule.intervals.is_empty());
    assert_eq!(schedule.modes, None);
    // An optional nullable list: `null` reads as `None`, which is left out.
    let read: Schedule =
        serde_json::from_value(json!({"days": "", "modes": null})).expect("decodes");
    assert_eq!(read, schedule);
}

#[test]
fn a_piece_that_does_not_read_is_an_error() {
    for bad in [
        json!({"days": "2024-01-01,monday"}),
        json!({"days": ["2024-01-01"]}),
        json!({"days": "", "modes": "fast|slow"}),
        json!({"days": "", "intervals": "PT1M,PT1H"}),
    ] {
        let error = serde_json::from_value::<Schedule>(bad.clone()).expect_err("refused");
        assert!(!error.to_string().is_empty(), "{bad}");
    }
}
