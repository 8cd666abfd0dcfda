//! The `Price` of `codegen/tests/fixtures/adversarial/scalar-positions`, through serde: a
//! decimal keeps every digit both ways (more than an `f64` holds), a quoted number or boolean
//! is read from a string or a bare value and written as a string, times of day and date-times
//! without an offset keep their form, and what a type cannot hold is an error, not a panic.
#![allow(clippy::expect_used)]

use adversarial::scalar_positions::Price;
use specgen_runtime::Decimal;
use specgen_runtime::serde_json;

#[test]
fn decimals_and_quoted_values_keep_what_the_server_sent() {
    let wire = r#"{"amount":1234567890.123456789012345678,"tiers":[0.1,2500],"byRegion":{"eu":0.33333,"us":null},"quotedAmount":"0.3","units":"18446744073709551615","ratio":1.5,"counts":["-7",8],"taxed":"TRUE","opens":"08:30:00","listed":"2018-12-01T00:00:00"}"#;
    let price: Price = serde_json::from_str(wire).expect("decodes");
    assert_eq!(price.amount.to_string(), "1234567890.123456789012345678");
    assert_eq!(price.tiers, [Decimal::new(1, 1), Decimal::new(2500, 0)]);
    assert_eq!(price.by_region["eu"], Some(Decimal::new(33333, 5)));
    assert_eq!(price.by_region["us"], None);
    assert_eq!(price.quoted_amount, Some(Decimal::new(3, 1)));
    assert_eq!(price.units, u64::MAX);
    assert_eq!(price.ratio, Some(1.5));
    assert_eq!(price.counts, [-7, 8]);
    assert_eq!(price.taxed, Some(true));
    let sent = serde_json::to_string(&price).expect("encodes");
    assert_eq!(
        sent,
        r#"{"amount":1234567890.123456789012345678,"tiers":[0.1,2500],"byRegion":{"eu":0.33333,"us":null},"quotedAmount":"0.3","units":"18446744073709551615","ratio":"1.5","counts":["-7","8"],"taxed":"true","opens":"08:30:00","listed":"2018-12-01T00:00:00"}"#
    );
    let tenth_sum: Decimal = [Decimal::new(1, 1); 3].iter().sum();
    assert_eq!(tenth_sum, Decimal::new(3, 1));
}

#[test]
fn values_a_type_cannot_hold_are_errors() {
    for bad in [
        r#"{"amount":1e40,"units":"1"}"#,
        r#"{"amount":"twelve","units":"1"}"#,
        r#"{"amount":1,"units":"18446744073709551616"}"#,
        r#"{"amount":1,"units":"-1"}"#,
        r#"{"amount":1,"units":"1","counts":["40000"]}"#,
        r#"{"amount":1,"units":"1","ratio":"NaN"}"#,
        r#"{"amount":1,"units":"1","taxed":"yes"}"#,
        r#"{"amount":[1],"units":"1"}"#,
        r#"{"amount":1,"units":"1","opens":"25:00:00"}"#,
        r#"{"amount":1,"units":"1","listed":"2018-12-01T00:00:00Z"}"#,
    ] {
        assert!(serde_json::from_str::<Price>(bad).is_err(), "{bad}");
    }
}
