//! Wire forms: `Encode_Bytes_*`, `Encode_Duration_*`, `Encode_Datetime_*`, `Encode_Numeric_*`,
//! `Encode_Boolean_*` and `Encode_Array_*`. Each call sends its typed value, which the server checks in its
//! wire form; each property call also decodes the model the server answers and compares the
//! typed value.
#![allow(clippy::unwrap_used)]

mod common;

use specgen_runtime::Duration;

macro_rules! client {
    ($module:ident) => {
        spector_clients::$module::Client::builder()
            .base_url(common::base_url())
            .build()
            .unwrap()
    };
}

/// A POST of a model whose `value` is `$value`, answered with the same model.
macro_rules! property {
    ($client:expr, $call:ident, $model:ident, $response:ident, $value:expr) => {{
        let body = $model { value: $value };
        let response = $client.$call(&body).await.unwrap();
        assert_eq!(response, $response::Ok { body }, stringify!($call));
    }};
}

const TEST: &[u8] = b"test";

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn encode_bytes() {
    use spector_clients::encode_bytes::*;
    let client = client!(encode_bytes);
    assert_eq!(
        client.query_default(TEST).await.unwrap(),
        QueryDefaultResponse::NoContent
    );
    assert_eq!(
        client.query_base64(TEST).await.unwrap(),
        QueryBase64Response::NoContent
    );
    assert_eq!(
        client.query_base64url(TEST).await.unwrap(),
        QueryBase64urlResponse::NoContent
    );
    let both = [TEST.to_vec(), TEST.to_vec()];
    assert_eq!(
        client.query_base64url_array(&both).await.unwrap(),
        QueryBase64urlArrayResponse::NoContent
    );
    assert_eq!(
        client.header_default(TEST).await.unwrap(),
        HeaderDefaultResponse::NoContent
    );
    assert_eq!(
        client.header_base64(TEST).await.unwrap(),
        HeaderBase64Response::NoContent
    );
    assert_eq!(
        client.header_base64url(TEST).await.unwrap(),
        HeaderBase64urlResponse::NoContent
    );
    property!(
        client,
        property_default,
        DefaultBytesProperty,
        PropertyDefaultResponse,
        TEST.to_vec()
    );
    property!(
        client,
        property_base64,
        Base64BytesProperty,
        PropertyBase64Response,
        TEST.to_vec()
    );
    property!(
        client,
        property_base64url,
        Base64urlBytesProperty,
        PropertyBase64urlResponse,
        TEST.to_vec()
    );
    property!(
        client,
        property_base64url_array,
        Base64urlArrayBytesProperty,
        PropertyBase64urlArrayResponse,
        both.to_vec()
    );
    assert_eq!(
        client.request_body_base64(TEST).await.unwrap(),
        RequestBodyBase64Response::NoContent
    );
    assert_eq!(
        client.request_body_base64url(TEST).await.unwrap(),
        RequestBodyBase64urlResponse::NoContent
    );
    let body = TEST.to_vec();
    assert_eq!(
        client.response_body_base64().await.unwrap(),
        ResponseBodyBase64Response::Ok { body: body.clone() }
    );
    assert_eq!(
        client.response_body_base64url().await.unwrap(),
        ResponseBodyBase64urlResponse::Ok { body }
    );
}

fn millis(value: i64) -> Duration {
    Duration::milliseconds(value)
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn encode_duration_query_and_header() {
    let client = client!(encode_duration);
    let cases = [
        (Duration::days(40), 0),
        (Duration::days(40), 1),
        (Duration::seconds(36), 2),
        (millis(35_625), 3),
        (millis(35_625), 4),
        (Duration::seconds(36), 5),
        (millis(35_625), 6),
        (millis(35_625), 7),
        (Duration::minutes(2), 8),
        (millis(150_000), 9),
        (Duration::minutes(3), 10),
        (millis(210_000), 11),
    ];
    for (value, case) in cases {
        let (query, header) = match case {
            0 => (
                client.query_default(value).await.is_ok(),
                client.header_default(value).await.is_ok(),
            ),
            1 => (
                client.query_iso8601(value).await.is_ok(),
                client.header_iso8601(value).await.is_ok(),
            ),
            2 => (
                client.query_int32_seconds(value).await.is_ok(),
                client.header_int32_seconds(value).await.is_ok(),
            ),
            3 => (
                client.query_float_seconds(value).await.is_ok(),
                client.header_float_seconds(value).await.is_ok(),
            ),
            4 => (
                client.query_float64_seconds(value).await.is_ok(),
                client.header_float64_seconds(value).await.is_ok(),
            ),
            5 => (
                client
                    .query_int32_milliseconds(millis(36_000))
                    .await
                    .is_ok(),
                client
                    .header_int32_milliseconds(millis(36_000))
                    .await
                    .is_ok(),
            ),
            6 => (
                client.query_float_milliseconds(value).await.is_ok(),
                client.header_float_milliseconds(value).await.is_ok(),
            ),
            7 => (
                client.query_float64_milliseconds(value).await.is_ok(),
                client.header_float64_milliseconds(value).await.is_ok(),
            ),
            8 => (
                client.query_int32_seconds_larger_unit(value).await.is_ok(),
                client.header_int32_seconds_larger_unit(value).await.is_ok(),
            ),
            9 => (
                client.query_float_seconds_larger_unit(value).await.is_ok(),
                client.header_float_seconds_larger_unit(value).await.is_ok(),
            ),
            10 => (
                client
                    .query_int32_milliseconds_larger_unit(value)
                    .await
                    .is_ok(),
                client
                    .header_int32_milliseconds_larger_unit(value)
                    .await
                    .is_ok(),
            ),
            _ => (
                client
                    .query_float_milliseconds_larger_unit(value)
                    .await
                    .is_ok(),
                client
                    .header_float_milliseconds_larger_unit(value)
                    .await
                    .is_ok(),
            ),
        };
        assert!(
            query && header,
            "case {case}: query {query}, header {header}"
        );
    }
    client
        .query_int32_seconds_array(&[Duration::seconds(36), Duration::seconds(47)])
        .await
        .unwrap();
    client
        .query_int32_milliseconds_array(&[millis(36_000), millis(47_000)])
        .await
        .unwrap();
    // 36.25 seconds sent as a whole number of the unit: rounded.
    client.lossy_int32_seconds(millis(36_250)).await.unwrap();
    client
        .lossy_int32_milliseconds(Duration::microseconds(36_250_500))
        .await
        .unwrap();
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn encode_duration_property() {
    use spector_clients::encode_duration::*;
    let client = client!(encode_duration);
    property!(
        client,
        property_default,
        DefaultDurationProperty,
        PropertyDefaultResponse,
        Duration::days(40)
    );
    property!(
        client,
        property_iso8601,
        Iso8601DurationProperty,
        PropertyIso8601Response,
        Duration::days(40)
    );
    property!(
        client,
        property_int32_seconds,
        Int32SecondsDurationProperty,
        PropertyInt32SecondsResponse,
        Duration::seconds(36)
    );
    property!(
        client,
        property_float_seconds,
        FloatSecondsDurationProperty,
        PropertyFloatSecondsResponse,
        millis(35_625)
    );
    property!(
        client,
        property_float64_seconds,
        Float64SecondsDurationProperty,
        PropertyFloat64SecondsResponse,
        millis(35_625)
    );
    property!(
        client,
        property_int32_milliseconds,
        Int32MillisecondsDurationProperty,
        PropertyInt32MillisecondsResponse,
        millis(36_000)
    );
    property!(
        client,
        property_float_milliseconds,
        FloatMillisecondsDurationProperty,
        PropertyFloatMillisecondsResponse,
        millis(35_625)
    );
    property!(
        client,
        property_float64_milliseconds,
        Float64MillisecondsDurationProperty,
        PropertyFloat64MillisecondsResponse,
        millis(35_625)
    );
    property!(
        client,
        property_int32_seconds_larger_unit,
        Int32SecondsLargerUnitDurationProperty,
        PropertyInt32SecondsLargerUnitResponse,
        Duration::minutes(2)
    );
    property!(
        client,
        property_float_seconds_larger_unit,
        FloatSecondsLargerUnitDurationProperty,
        PropertyFloatSecondsLargerUnitResponse,
        millis(150_000)
    );
    property!(
        client,
        property_int32_milliseconds_larger_unit,
        Int32MillisecondsLargerUnitDurationProperty,
        PropertyInt32MillisecondsLargerUnitResponse,
        Duration::minutes(3)
    );
    property!(
        client,
        property_float_milliseconds_larger_unit,
        FloatMillisecondsLargerUnitDurationProperty,
        PropertyFloatMillisecondsLargerUnitResponse,
        millis(210_000)
    );
    property!(
        client,
        property_float_seconds_array,
        FloatSecondsArrayDurationProperty,
        PropertyFloatSecondsArrayResponse,
        vec![millis(35_625), millis(46_750)]
    );
    property!(
        client,
        property_float_milliseconds_array,
        FloatMillisecondsArrayDurationProperty,
        PropertyFloatMillisecondsArrayResponse,
        vec![millis(35_625), millis(46_750)]
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn encode_datetime() {
    use spector_clients::encode_datetime::*;
    let client = client!(encode_datetime);
    let date = DateTime::parse_from_rfc3339("2022-08-26T18:38:00Z").unwrap();
    let http_date = DateTime::parse_from_rfc2822("Fri, 26 Aug 2022 14:38:00 GMT").unwrap();
    let unix = specgen_runtime::chrono::DateTime::from_timestamp(1_686_566_864, 0)
        .unwrap()
        .fixed_offset();
    let later = specgen_runtime::chrono::DateTime::from_timestamp(1_686_734_256, 0)
        .unwrap()
        .fixed_offset();
    for (value, result) in [
        (date, client.query_default(date).await.is_ok()),
        (date, client.query_rfc3339(date).await.is_ok()),
        (http_date, client.query_rfc7231(http_date).await.is_ok()),
        (unix, client.query_unix_timestamp(unix).await.is_ok()),
        (date, client.header_rfc3339(date).await.is_ok()),
        (http_date, client.header_default(http_date).await.is_ok()),
        (http_date, client.header_rfc7231(http_date).await.is_ok()),
        (unix, client.header_unix_timestamp(unix).await.is_ok()),
    ] {
        assert!(result, "{value}");
    }
    client
        .query_unix_timestamp_array(&[unix, later])
        .await
        .unwrap();
    property!(
        client,
        property_default,
        DefaultDatetimeProperty,
        PropertyDefaultResponse,
        date
    );
    property!(
        client,
        property_rfc3339,
        Rfc3339DatetimeProperty,
        PropertyRfc3339Response,
        date
    );
    property!(
        client,
        property_rfc7231,
        Rfc7231DatetimeProperty,
        PropertyRfc7231Response,
        http_date
    );
    property!(
        client,
        property_unix_timestamp,
        UnixTimestampDatetimeProperty,
        PropertyUnixTimestampResponse,
        unix
    );
    property!(
        client,
        property_unix_timestamp_array,
        UnixTimestampArrayDatetimeProperty,
        PropertyUnixTimestampArrayResponse,
        vec![unix, later]
    );
    assert_eq!(
        client.response_header_default().await.unwrap(),
        ResponseHeaderDefaultResponse::NoContent { value: http_date }
    );
    assert_eq!(
        client.response_header_rfc3339().await.unwrap(),
        ResponseHeaderRfc3339Response::NoContent { value: date }
    );
    assert_eq!(
        client.response_header_rfc7231().await.unwrap(),
        ResponseHeaderRfc7231Response::NoContent { value: http_date }
    );
    assert_eq!(
        client.response_header_unix_timestamp().await.unwrap(),
        ResponseHeaderUnixTimestampResponse::NoContent { value: unix }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn encode_numbers_and_booleans_as_strings() {
    use spector_clients::encode_numeric::*;
    let client = client!(encode_numeric);
    property!(
        client,
        safeint,
        SafeintAsStringProperty,
        SafeintResponse,
        10_000_000_000
    );
    property!(
        client,
        uint32,
        Uint32AsStringProperty,
        Uint32Response,
        Some(1)
    );
    property!(client, uint8, Uint8AsStringProperty, Uint8Response, 255);
    // The server answers the case it was asked to: `"TRUE"` and `"FaLsE"` read as booleans.
    property!(
        client,
        true_lower,
        BoolAsStringProperty,
        TrueLowerResponse,
        true
    );
    property!(
        client,
        false_lower,
        BoolAsStringProperty,
        FalseLowerResponse,
        false
    );
    property!(
        client,
        true_upper,
        BoolAsStringProperty,
        TrueUpperResponse,
        true
    );
    property!(
        client,
        false_mixed,
        BoolAsStringProperty,
        FalseMixedResponse,
        false
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn encode_array() {
    use spector_clients::encode_array::*;
    let client = client!(encode_array);
    let strings = || ["blue", "red", "green"].map(str::to_owned).to_vec();
    let colors = || vec![Colors::Blue, Colors::Red, Colors::Green];
    let extensible = || {
        vec![
            ColorsExtensibleEnum::Blue,
            ColorsExtensibleEnum::Red,
            ColorsExtensibleEnum::Green,
        ]
    };
    property!(
        client,
        comma_delimited,
        CommaDelimitedArrayProperty,
        CommaDelimitedResponse,
        strings()
    );
    property!(
        client,
        space_delimited,
        SpaceDelimitedArrayProperty,
        SpaceDelimitedResponse,
        strings()
    );
    property!(
        client,
        pipe_delimited,
        PipeDelimitedArrayProperty,
        PipeDelimitedResponse,
        strings()
    );
    property!(
        client,
        newline_delimited,
        NewlineDelimitedArrayProperty,
        NewlineDelimitedResponse,
        strings()
    );
    property!(
        client,
        enum_comma_delimited,
        CommaDelimitedEnumArrayProperty,
        EnumCommaDelimitedResponse,
        colors()
    );
    property!(
        client,
        enum_space_delimited,
        SpaceDelimitedEnumArrayProperty,
        EnumSpaceDelimitedResponse,
        colors()
    );
    property!(
        client,
        enum_pipe_delimited,
        PipeDelimitedEnumArrayProperty,
        EnumPipeDelimitedResponse,
        colors()
    );
    property!(
        client,
        enum_newline_delimited,
        NewlineDelimitedEnumArrayProperty,
        EnumNewlineDelimitedResponse,
        colors()
    );
    property!(
        client,
        extensible_enum_comma_delimited,
        CommaDelimitedExtensibleEnumArrayProperty,
        ExtensibleEnumCommaDelimitedResponse,
        extensible()
    );
    property!(
        client,
        extensible_enum_space_delimited,
        SpaceDelimitedExtensibleEnumArrayProperty,
        ExtensibleEnumSpaceDelimitedResponse,
        extensible()
    );
    property!(
        client,
        extensible_enum_pipe_delimited,
        PipeDelimitedExtensibleEnumArrayProperty,
        ExtensibleEnumPipeDelimitedResponse,
        extensible()
    );
    property!(
        client,
        extensible_enum_newline_delimited,
        NewlineDelimitedExtensibleEnumArrayProperty,
        ExtensibleEnumNewlineDelimitedResponse,
        extensible()
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn list_headers_join_their_elements_with_commas() {
    {
        use spector_clients::encode_bytes::*;
        let client = client!(encode_bytes);
        assert_eq!(
            client
                .header_base64url_array(&[TEST.to_vec(), TEST.to_vec()])
                .await
                .unwrap(),
            HeaderBase64urlArrayResponse::NoContent
        );
    }
    {
        use spector_clients::encode_datetime::*;
        let client = client!(encode_datetime);
        let at = |seconds| {
            specgen_runtime::chrono::DateTime::from_timestamp(seconds, 0)
                .unwrap()
                .fixed_offset()
        };
        assert_eq!(
            client
                .header_unix_timestamp_array(&[at(1_686_566_864), at(1_686_734_256)])
                .await
                .unwrap(),
            HeaderUnixTimestampArrayResponse::NoContent
        );
    }
    use spector_clients::encode_duration::*;
    let client = client!(encode_duration);
    assert_eq!(
        client
            .header_iso8601_array(&[Duration::days(40), Duration::days(50)])
            .await
            .unwrap(),
        HeaderIso8601ArrayResponse::NoContent
    );
    assert_eq!(
        client
            .header_int32_milliseconds_array(&[
                Duration::milliseconds(36_000),
                Duration::milliseconds(47_000)
            ])
            .await
            .unwrap(),
        HeaderInt32MillisecondsArrayResponse::NoContent
    );
}
