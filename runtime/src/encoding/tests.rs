use super::*;
use proptest::prelude::*;

#[test]
fn iso8601_reads_and_writes_the_forms_apis_use() {
    for (text, seconds, nanos) in [
        ("P40D", 40 * 86_400, 0),
        ("PT1.5S", 1, 500_000_000),
        (
            "P123DT22H14M12.011S",
            123 * 86_400 + 22 * 3_600 + 14 * 60 + 12,
            11_000_000,
        ),
        ("PT0S", 0, 0),
        ("P2W", 14 * 86_400, 0),
        ("PT36H", 36 * 3_600, 0),
        ("-PT1S", -1, 0),
    ] {
        let expected = Duration::seconds(seconds) + Duration::nanoseconds(nanos);
        assert_eq!(Iso8601::parse(text), Ok(expected), "{text}");
    }
    assert_eq!(Iso8601::text(&Duration::days(40)), "P40D");
    assert_eq!(Iso8601::text(&Duration::milliseconds(1_500)), "PT1.5S");
    assert_eq!(Iso8601::text(&Duration::zero()), "PT0S");
    assert_eq!(Iso8601::text(&Duration::hours(36)), "P1DT12H");
    assert_eq!(Iso8601::text(&-Duration::seconds(1)), "-PT1S");
    assert_eq!(Iso8601::parse("PT0.5H"), Ok(Duration::minutes(30)));
}

#[test]
fn iso8601_refuses_what_has_no_fixed_length_or_no_form() {
    for text in [
        "",
        "P",
        "PT",
        "40D",
        "P1Y",
        "P1M",
        "P1.5DT1H",
        "PT1S1M",
        "PT1H1H",
        "P1D2",
        "PT1.S",
        "PT.5S",
        "P-1D",
        "P99999999999999999999999999999D",
        "PT1X",
    ] {
        assert!(Iso8601::parse(text).is_err(), "{text}");
    }
}

#[test]
fn numeric_forms_round_and_check_their_range() {
    assert_eq!(Seconds::text(&Duration::milliseconds(35_625)), "36");
    assert_eq!(Seconds::text(&Duration::milliseconds(-1_500)), "-2");
    assert_eq!(Milliseconds::text(&Duration::microseconds(1_500)), "2");
    assert_eq!(
        SecondsFloat::text(&Duration::milliseconds(35_625)),
        "35.625"
    );
    assert_eq!(
        MillisecondsFloat::parse("35625"),
        Ok(Duration::milliseconds(35_625))
    );
    assert_eq!(SecondsFloat::parse("150"), Ok(Duration::seconds(150)));
    for text in ["1e300", "NaN", "inf", "x"] {
        assert!(SecondsFloat::parse(text).is_err(), "{text}");
    }
    assert!(Seconds::parse(&i64::MAX.to_string()).is_err());
    assert!(Seconds::parse("1.5").is_err());
}

#[test]
fn bytes_and_date_times_read_their_forms() {
    assert_eq!(Base64::text(b"test"), "dGVzdA==");
    assert_eq!(Base64::parse("dGVzdA"), Ok(b"test".to_vec()));
    assert_eq!(Base64Url::text(&[0xfb, 0xff]), "-_8");
    assert!(Base64::parse("-_8").is_err());
    assert!(Base64Url::parse("dGVzdA=x").is_err());
    let date = UnixTimestamp::parse("1686566864").unwrap();
    assert_eq!(date.to_rfc3339(), "2023-06-12T10:47:44+00:00");
    assert_eq!(Rfc7231::text(&date), "Mon, 12 Jun 2023 10:47:44 GMT");
    assert_eq!(Rfc7231::parse("Mon, 12 Jun 2023 10:47:44 GMT"), Ok(date));
    assert!(UnixTimestamp::parse(&i64::MAX.to_string()).is_err());
}

#[test]
fn json_forms_write_strings_or_numbers() {
    #[serde_with::serde_as]
    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Sample {
        #[serde_as(as = "Vec<Base64Url>")]
        bytes: Vec<Vec<u8>>,
        #[serde_as(as = "Option<Seconds>")]
        seconds: Option<Duration>,
        #[serde_as(as = "Iso8601")]
        iso: Duration,
        #[serde_as(as = "UnixTimestamp")]
        at: DateTime<FixedOffset>,
    }
    let text = r#"{"bytes":["dGVzdA"],"seconds":36,"iso":"P40D","at":1686566864}"#;
    let sample: Sample = serde_json::from_str(text).unwrap();
    assert_eq!(sample.seconds, Some(Duration::seconds(36)));
    assert_eq!(serde_json::to_string(&sample).unwrap(), text);
    for bad in [
        r#"{"bytes":["$"],"seconds":1,"iso":"P1D","at":0}"#,
        r#"{"bytes":[],"seconds":1.5,"iso":"P1D","at":0}"#,
        r#"{"bytes":[],"seconds":1,"iso":"P1Y","at":0}"#,
        r#"{"bytes":[],"seconds":1,"iso":"P1D","at":"0"}"#,
    ] {
        assert!(serde_json::from_str::<Sample>(bad).is_err(), "{bad}");
    }
}

proptest! {
    #[test]
    fn iso8601_round_trips(nanos in -(1_i64 << 62)..(1_i64 << 62)) {
        let value = Duration::nanoseconds(nanos);
        prop_assert_eq!(Iso8601::parse(&Iso8601::text(&value)), Ok(value));
    }

    #[test]
    fn whole_and_fractional_forms_round_trip(seconds in -(1_i64 << 40)..(1_i64 << 40), millis in 0_i64..1000) {
        let whole = Duration::seconds(seconds);
        prop_assert_eq!(Seconds::parse(&Seconds::text(&whole)), Ok(whole));
        prop_assert_eq!(Milliseconds::parse(&Milliseconds::text(&whole)), Ok(whole));
        let exact = whole + Duration::milliseconds(millis);
        prop_assert_eq!(Milliseconds::parse(&Milliseconds::text(&exact)), Ok(exact));
        prop_assert_eq!(MillisecondsFloat::parse(&MillisecondsFloat::text(&exact)), Ok(exact));
    }

    #[test]
    fn base64_forms_round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        prop_assert_eq!(Base64::parse(&Base64::text(&bytes)), Ok(bytes.clone()));
        prop_assert_eq!(Base64Url::parse(&Base64Url::text(&bytes)), Ok(bytes));
    }

    #[test]
    fn reading_any_text_never_panics(text in "\\PC{0,24}") {
        let _ = Iso8601::parse(&text);
        let _ = Seconds::parse(&text);
        let _ = SecondsFloat::parse(&text);
        let _ = Milliseconds::parse(&text);
        let _ = MillisecondsFloat::parse(&text);
        let _ = Base64::parse(&text);
        let _ = Base64Url::parse(&text);
        let _ = Rfc7231::parse(&text);
        let _ = UnixTimestamp::parse(&text);
    }

    #[test]
    fn unix_timestamps_round_trip(seconds in -(1_i64 << 35)..(1_i64 << 35)) {
        let date = UnixTimestamp::parse(&seconds.to_string()).unwrap();
        prop_assert_eq!(UnixTimestamp::text(&date), seconds.to_string());
    }
}

#[test]
fn local_date_times_have_no_offset() {
    let value = LocalIso8601::parse("2018-12-01T00:00:00").unwrap();
    assert_eq!(LocalIso8601::text(&value), "2018-12-01T00:00:00");
    let fraction = LocalIso8601::parse("2018-12-01T13:06:12.5").unwrap();
    assert_eq!(LocalIso8601::text(&fraction), "2018-12-01T13:06:12.500");
    for bad in [
        "2018-12-01T00:00:00Z",
        "2018-12-01",
        "2018-12-01 00:00",
        "x",
    ] {
        assert!(LocalIso8601::parse(bad).is_err(), "{bad}");
    }
}

#[serde_with::serde_as]
#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Lists {
    #[serde_as(as = "Delimited<Pipe>")]
    words: Vec<String>,
    #[serde_as(as = "Delimited<Newline, Rfc3339>")]
    times: Vec<DateTime<FixedOffset>>,
}

#[test]
fn delimited_lists_join_and_split_their_elements_in_their_form() {
    let wire = r#"{"words":"a|b c|","times":"2022-08-26T18:38:00Z\n2022-08-27T00:00:00+02:00"}"#;
    let lists: Lists = serde_json::from_str(wire).unwrap();
    assert_eq!(lists.words, ["a", "b c", ""]);
    assert_eq!(lists.times.len(), 2);
    assert_eq!(serde_json::to_string(&lists).unwrap(), wire);
    let empty: Lists = serde_json::from_str(r#"{"words":"","times":""}"#).unwrap();
    assert!(empty.words.is_empty() && empty.times.is_empty());
}

#[test]
fn delimited_lists_refuse_what_would_not_read_back() {
    let holding = Lists {
        words: vec!["a|b".to_owned()],
        times: Vec::new(),
    };
    let error = serde_json::to_string(&holding).unwrap_err().to_string();
    assert!(error.contains("holds the separator '|'"), "{error}");
    for bad in [
        r#"{"words":["a"],"times":""}"#,
        r#"{"words":"","times":"yesterday"}"#,
        r#"{"words":7,"times":""}"#,
    ] {
        assert!(serde_json::from_str::<Lists>(bad).is_err(), "{bad}");
    }
    #[serde_with::serde_as]
    #[derive(serde::Serialize)]
    struct Numbers(#[serde_as(as = "Delimited<Comma>")] Vec<u8>);
    let error = serde_json::to_string(&Numbers(vec![1]))
        .unwrap_err()
        .to_string();
    assert!(error.contains("not a string"), "{error}");
}

proptest! {
    #[test]
    fn delimited_lists_round_trip_and_never_panic(
        words in prop::collection::vec("[^|]{0,6}", 0..6),
        text in ".{0,24}",
    ) {
        let lists = Lists { words, times: Vec::new() };
        match serde_json::to_string(&lists) {
            // The empty list and a list of one empty string would both be `""`.
            Err(_) => prop_assert_eq!(&lists.words, &[String::new()]),
            Ok(wire) => {
                let read: Lists = serde_json::from_str(&wire).unwrap();
                prop_assert_eq!(read, lists);
            }
        }
        let json = serde_json::json!({"words": text, "times": text}).to_string();
        let _ = serde_json::from_str::<Lists>(&json);
    }
}

#[test]
fn duration_constant_reads_and_writes_net_timespans() {
    let azure = Duration::days(1)
        + Duration::hours(2)
        + Duration::minutes(59)
        + Duration::milliseconds(59_500);
    assert_eq!(DurationConstant::text(&azure), "1.02:59:59.5000000");
    assert_eq!(DurationConstant::parse("1.02:59:59.5000000"), Ok(azure));
    assert_eq!(DurationConstant::text(&Duration::seconds(36)), "00:00:36");
    assert_eq!(
        DurationConstant::parse("00:00:36.5"),
        Ok(Duration::milliseconds(36_500))
    );
    assert_eq!(DurationConstant::text(&-Duration::hours(1)), "-01:00:00");
    assert_eq!(
        DurationConstant::parse("-01:00:00"),
        Ok(-Duration::hours(1))
    );
    for bad in [
        "",
        "1:00:00",
        "24:00:00",
        "00:60:00",
        "00:00:00.12345678",
        "1.",
        "x.01:00:00",
        "00:00",
        "PT1S",
    ] {
        assert!(DurationConstant::parse(bad).is_err(), "{bad}");
    }
}

proptest! {
    #[test]
    fn duration_constant_round_trips(ticks in -8_000_000_000_000_000i64..8_000_000_000_000_000, text in ".{0,20}") {
        let value = Duration::nanoseconds(ticks) * 100;
        prop_assert_eq!(DurationConstant::parse(&DurationConstant::text(&value)), Ok(value));
        let _ = DurationConstant::parse(&text);
    }
}
