use super::*;
use proptest::prelude::*;
use std::collections::BTreeMap;

#[serde_with::serde_as]
#[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
struct Quoted {
    #[serde_as(as = "DecimalNumber")]
    exact: Decimal,
    #[serde_as(as = "Option<NumberString>")]
    count: Option<u8>,
    #[serde_as(as = "Vec<NumberString>")]
    ratios: Vec<f64>,
    #[serde_as(as = "BooleanString")]
    flag: bool,
}

/// The same members behind `#[serde(flatten)]`, where serde buffers them before they are read.
#[derive(serde::Deserialize, Debug, PartialEq)]
struct Flattened {
    #[serde(flatten)]
    inner: Quoted,
    #[serde(flatten)]
    rest: BTreeMap<String, serde_json::Value>,
}

#[test]
fn decimals_keep_every_digit_both_ways() {
    let text =
        r#"{"exact":1234567890.123456789012345678,"count":"7","ratios":["1.5"],"flag":"true"}"#;
    let quoted: Quoted = serde_json::from_str(text).unwrap();
    assert_eq!(quoted.exact.to_string(), "1234567890.123456789012345678");
    assert_eq!(serde_json::to_string(&quoted).unwrap(), text);
    // Through a `Value` and from bytes, as the client reads bodies.
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(
        serde_json::from_value::<Quoted>(value).unwrap().count,
        Some(7)
    );
    assert_eq!(
        serde_json::from_slice::<Quoted>(text.as_bytes()).unwrap(),
        quoted
    );
    let sum: Decimal = ["0.1", "0.1", "0.1"]
        .iter()
        .map(|text| DecimalNumber::parse(text).unwrap())
        .sum();
    assert_eq!(
        serde_json::to_string(&serde_with::ser::SerializeAsWrap::<_, DecimalNumber>::new(
            &sum
        ))
        .unwrap(),
        "0.3"
    );
}

#[test]
fn quoted_scalars_read_strings_numbers_and_any_case() {
    let text = r#"{"exact":"0.33333","count":255,"ratios":[2,"1e3",0.5],"flag":"FaLsE"}"#;
    let quoted: Quoted = serde_json::from_str(text).unwrap();
    assert_eq!(quoted.exact, Decimal::new(33333, 5));
    assert_eq!(quoted.count, Some(255));
    assert_eq!(quoted.ratios, [2.0, 1000.0, 0.5]);
    assert!(!quoted.flag);
    let flattened: Flattened = serde_json::from_str(text).unwrap();
    assert_eq!(flattened.inner, quoted);
    assert_eq!(DecimalNumber::parse("1.5e3"), Ok(Decimal::new(1500, 0)));
    assert_eq!(BooleanString::parse(" TRUE "), Ok(true));
}

#[test]
fn quoted_scalars_refuse_what_they_cannot_hold() {
    for bad in [
        r#"{"exact":null,"count":1,"ratios":[],"flag":true}"#,
        r#"{"exact":{},"count":1,"ratios":[],"flag":true}"#,
        r#"{"exact":1e40,"count":1,"ratios":[],"flag":true}"#,
        r#"{"exact":1,"count":"256","ratios":[],"flag":true}"#,
        r#"{"exact":1,"count":-1,"ratios":[],"flag":true}"#,
        r#"{"exact":1,"count":1.5,"ratios":[],"flag":true}"#,
        r#"{"exact":1,"count":1,"ratios":["NaN"],"flag":true}"#,
        r#"{"exact":1,"count":1,"ratios":["inf"],"flag":true}"#,
        r#"{"exact":1,"count":1,"ratios":[],"flag":"yes"}"#,
        r#"{"exact":1,"count":1,"ratios":[],"flag":1}"#,
    ] {
        assert!(serde_json::from_str::<Quoted>(bad).is_err(), "{bad}");
        assert!(serde_json::from_str::<Flattened>(bad).is_err(), "{bad}");
    }
}

proptest! {
    #[test]
    fn decimals_round_trip_through_json(mantissa in any::<i64>(), scale in 0_u32..=18) {
        let value = Decimal::new(mantissa, scale);
        let json = serde_json::to_string(&serde_with::ser::SerializeAsWrap::<_, DecimalNumber>::new(&value)).unwrap();
        let read: serde_with::de::DeserializeAsWrap<Decimal, DecimalNumber> = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(read.into_inner(), value);
    }

    #[test]
    fn reading_any_text_never_panics(text in "\\PC{0,32}") {
        let _ = DecimalNumber::parse(&text);
        let _ = NumberString::parse::<i64>(&text);
        let _ = NumberString::parse::<f32>(&text);
        let _ = BooleanString::parse(&text);
        let _ = serde_json::from_str::<Quoted>(&text);
    }
}
