//! Bodies that are not objects: `Type_Array_*`, `Type_Dictionary_*`, `Type_Enum_*`,
//! `Type_Scalar_{String,Boolean,Unknown}_*` and `SpecialWords_ExtensibleStrings_*`. Each GET must
//! decode the whole body into the typed list, map, enumeration or scalar, and each PUT must send
//! the same value back (the server checks the body).
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeMap;

use specgen_runtime::serde_json::{Value, json};

/// A test of one GET/PUT pair: the GET decodes `$value`, the PUT sends it.
macro_rules! round_trip {
    ($test:ident, $client:ident, $get:ident, $put:ident, $get_response:ident, $put_response:ident, $value:expr) => {
        #[tokio::test]
        #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
        async fn $test() {
            use spector_clients::$client::*;
            let client = Client::builder()
                .base_url(common::base_url())
                .build()
                .unwrap();
            let value = $value;
            let response = client.$get().await.unwrap();
            assert_eq!(
                response,
                $get_response::Ok {
                    body: value.clone()
                }
            );
            let response = client.$put(&value).await.unwrap();
            assert_eq!(response, $put_response::NoContent);
        }
    };
}

/// `P123DT22H14M12.011S`.
fn p123dt22h14m12s011() -> specgen_runtime::Duration {
    specgen_runtime::Duration::days(123)
        + specgen_runtime::Duration::hours(22)
        + specgen_runtime::Duration::minutes(14)
        + specgen_runtime::Duration::milliseconds(12_011)
}

fn inner(text: &str) -> spector_clients::type_array::InnerModel {
    spector_clients::type_array::InnerModel {
        property: text.to_owned(),
    }
}

fn entries<T, const N: usize>(pairs: [(&str, T); N]) -> BTreeMap<String, T> {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

round_trip!(
    type_array_int32,
    type_array,
    int32_get,
    int32_put,
    Int32GetResponse,
    Int32PutResponse,
    vec![1, 2]
);
round_trip!(
    type_array_int64,
    type_array,
    int64_get,
    int64_put,
    Int64GetResponse,
    Int64PutResponse,
    vec![9_007_199_254_740_991_i64, -9_007_199_254_740_991]
);
round_trip!(
    type_array_boolean,
    type_array,
    boolean_get,
    boolean_put,
    BooleanGetResponse,
    BooleanPutResponse,
    vec![true, false]
);
round_trip!(
    type_array_string,
    type_array,
    string_get,
    string_put,
    StringGetResponse,
    StringPutResponse,
    vec!["hello".to_owned(), String::new()]
);
// 43.125 is exact in binary, so equality is the right check.
round_trip!(
    type_array_float32,
    type_array,
    float32_get,
    float32_put,
    Float32GetResponse,
    Float32PutResponse,
    vec![43.125_f32]
);
round_trip!(
    type_array_datetime,
    type_array,
    datetime_get,
    datetime_put,
    DatetimeGetResponse,
    DatetimePutResponse,
    vec![DateTime::parse_from_rfc3339("2022-08-26T18:38:00Z").unwrap()]
);
round_trip!(
    type_array_duration,
    type_array,
    duration_get,
    duration_put,
    DurationGetResponse,
    DurationPutResponse,
    vec![p123dt22h14m12s011()]
);
round_trip!(
    type_array_unknown,
    type_array,
    unknown_get,
    unknown_put,
    UnknownGetResponse,
    UnknownPutResponse,
    vec![json!(1), json!("hello"), Value::Null]
);
round_trip!(
    type_array_model,
    type_array,
    model_get,
    model_put,
    ModelGetResponse,
    ModelPutResponse,
    vec![inner("hello"), inner("world")]
);
round_trip!(
    type_array_nullable_float,
    type_array,
    nullable_float_get,
    nullable_float_put,
    NullableFloatGetResponse,
    NullableFloatPutResponse,
    vec![Some(1.25), None, Some(3.0)]
);
round_trip!(
    type_array_nullable_boolean,
    type_array,
    nullable_boolean_get,
    nullable_boolean_put,
    NullableBooleanGetResponse,
    NullableBooleanPutResponse,
    vec![Some(true), None, Some(false)]
);
round_trip!(
    type_array_nullable_int32,
    type_array,
    nullable_int32_get,
    nullable_int32_put,
    NullableInt32GetResponse,
    NullableInt32PutResponse,
    vec![Some(1), None, Some(3)]
);
round_trip!(
    type_array_nullable_string,
    type_array,
    nullable_string_get,
    nullable_string_put,
    NullableStringGetResponse,
    NullableStringPutResponse,
    vec![Some("hello".to_owned()), None, Some("world".to_owned())]
);
round_trip!(
    type_array_nullable_model,
    type_array,
    nullable_model_get,
    nullable_model_put,
    NullableModelGetResponse,
    NullableModelPutResponse,
    vec![Some(inner("hello")), None, Some(inner("world"))]
);

fn dictionary_inner(text: &str) -> spector_clients::type_dictionary::InnerModel {
    spector_clients::type_dictionary::InnerModel {
        property: text.to_owned(),
    }
}

fn recursive(
    text: &str,
    children: Option<BTreeMap<String, spector_clients::type_dictionary::RecursiveModel>>,
) -> spector_clients::type_dictionary::RecursiveModel {
    spector_clients::type_dictionary::RecursiveModel {
        property: text.to_owned(),
        children: children.unwrap_or_default(),
    }
}

round_trip!(
    type_dictionary_int32,
    type_dictionary,
    int32_get,
    int32_put,
    Int32GetResponse,
    Int32PutResponse,
    entries([("k1", 1), ("k2", 2)])
);
round_trip!(
    type_dictionary_int64,
    type_dictionary,
    int64_get,
    int64_put,
    Int64GetResponse,
    Int64PutResponse,
    entries([
        ("k1", 9_007_199_254_740_991_i64),
        ("k2", -9_007_199_254_740_991)
    ])
);
round_trip!(
    type_dictionary_boolean,
    type_dictionary,
    boolean_get,
    boolean_put,
    BooleanGetResponse,
    BooleanPutResponse,
    entries([("k1", true), ("k2", false)])
);
round_trip!(
    type_dictionary_string,
    type_dictionary,
    string_get,
    string_put,
    StringGetResponse,
    StringPutResponse,
    entries([("k1", "hello".to_owned()), ("k2", String::new())])
);
round_trip!(
    type_dictionary_float32,
    type_dictionary,
    float32_get,
    float32_put,
    Float32GetResponse,
    Float32PutResponse,
    entries([("k1", 43.125_f32)])
);
round_trip!(
    type_dictionary_datetime,
    type_dictionary,
    datetime_get,
    datetime_put,
    DatetimeGetResponse,
    DatetimePutResponse,
    entries([(
        "k1",
        DateTime::parse_from_rfc3339("2022-08-26T18:38:00Z").unwrap()
    )])
);
round_trip!(
    type_dictionary_duration,
    type_dictionary,
    duration_get,
    duration_put,
    DurationGetResponse,
    DurationPutResponse,
    entries([("k1", p123dt22h14m12s011())])
);
round_trip!(
    type_dictionary_unknown,
    type_dictionary,
    unknown_get,
    unknown_put,
    UnknownGetResponse,
    UnknownPutResponse,
    entries([
        ("k1", json!(1)),
        ("k2", json!("hello")),
        ("k3", Value::Null)
    ])
);
round_trip!(
    type_dictionary_model,
    type_dictionary,
    model_get,
    model_put,
    ModelGetResponse,
    ModelPutResponse,
    entries([
        ("k1", dictionary_inner("hello")),
        ("k2", dictionary_inner("world"))
    ])
);
/// Only the GET: an optional map is an empty `BTreeMap` when absent and is left out when empty,
/// so the PUT would not send `k1`'s empty `children: {}` back (reasons.txt).
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_dictionary_recursive_model_get() {
    use spector_clients::type_dictionary::*;
    let client = Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap();
    let value = entries([
        ("k1", recursive("hello", None)),
        (
            "k2",
            recursive(
                "world",
                Some(entries([("k2.1", recursive("inner world", None))])),
            ),
        ),
    ]);
    let response = client.recursive_model_get().await.unwrap();
    assert_eq!(response, RecursiveModelGetResponse::Ok { body: value });
}

round_trip!(
    type_dictionary_nullable_float,
    type_dictionary,
    nullable_float_get,
    nullable_float_put,
    NullableFloatGetResponse,
    NullableFloatPutResponse,
    entries([("k1", Some(1.25)), ("k2", Some(0.5)), ("k3", None)])
);

round_trip!(
    type_scalar_string,
    type_scalar,
    string_get,
    string_put,
    StringGetResponse,
    StringPutResponse,
    "test".to_owned()
);
round_trip!(
    type_scalar_boolean,
    type_scalar,
    boolean_get,
    boolean_put,
    BooleanGetResponse,
    BooleanPutResponse,
    true
);
round_trip!(
    type_scalar_unknown,
    type_scalar,
    unknown_get,
    unknown_put,
    UnknownGetResponse,
    UnknownPutResponse,
    json!("test")
);

/// `decimal` and `decimal128` as whole bodies and in the query, and the sum of three tenths,
/// which is `0.3` exactly only in decimal.
macro_rules! decimal_scenarios {
    ($test:ident, [$response_body:ident, $request_body:ident, $parameter:ident, $prepare:ident, $verify:ident], [$response_body_response:ident, $request_body_response:ident, $parameter_response:ident, $prepare_response:ident, $verify_response:ident]) => {
        #[tokio::test]
        #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
        async fn $test() {
            use specgen_runtime::Decimal;
            use spector_clients::type_scalar::*;
            let client = Client::builder()
                .base_url(common::base_url())
                .build()
                .unwrap();
            let third = Decimal::new(33333, 5);
            let response = client.$response_body().await.unwrap();
            assert_eq!(response, $response_body_response::Ok { body: third });
            let response = client.$request_body(&third).await.unwrap();
            assert_eq!(response, $request_body_response::NoContent);
            let response = client.$parameter(third).await.unwrap();
            assert_eq!(response, $parameter_response::NoContent);
            let response = client.$prepare().await.unwrap();
            let $prepare_response::Ok { body } = response;
            assert_eq!(body, [Decimal::new(1, 1); 3]);
            let sum: Decimal = body.iter().sum();
            assert_eq!(sum.to_string(), "0.3");
            let response = client.$verify(&sum).await.unwrap();
            assert_eq!(response, $verify_response::NoContent);
        }
    };
}
decimal_scenarios!(
    type_scalar_decimal,
    [
        decimal_response_body,
        decimal_request_body,
        decimal_request_parameter,
        decimal_prepare_verify,
        decimal_verify
    ],
    [
        DecimalResponseBodyResponse,
        DecimalRequestBodyResponse,
        DecimalRequestParameterResponse,
        DecimalPrepareVerifyResponse,
        DecimalVerifyResponse
    ]
);
decimal_scenarios!(
    type_scalar_decimal128,
    [
        decimal128_response_body,
        decimal128_request_body,
        decimal128_request_parameter,
        decimal128_prepare_verify,
        decimal128_verify
    ],
    [
        Decimal128ResponseBodyResponse,
        Decimal128RequestBodyResponse,
        Decimal128RequestParameterResponse,
        Decimal128PrepareVerifyResponse,
        Decimal128VerifyResponse
    ]
);

round_trip!(
    type_enum_extensible_known,
    type_enum,
    extensible_known_get,
    extensible_known_put,
    ExtensibleKnownGetResponse,
    ExtensibleKnownPutResponse,
    DaysOfWeekExtensibleEnum::Monday
);
round_trip!(
    type_enum_extensible_unknown,
    type_enum,
    extensible_unknown_get,
    extensible_unknown_put,
    ExtensibleUnknownGetResponse,
    ExtensibleUnknownPutResponse,
    DaysOfWeekExtensibleEnum::Unknown("Weekend".to_owned())
);
round_trip!(
    type_enum_fixed_known,
    type_enum,
    fixed_known_get,
    fixed_known_put,
    FixedKnownGetResponse,
    FixedKnownPutResponse,
    DaysOfWeekEnum::Monday
);

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn special_words_extensible_strings() {
    use spector_clients::special_words_strings::*;
    let client = Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap();
    let response = client
        .put_extensible_string_value(&ExtensibleString::Class)
        .await
        .unwrap();
    assert_eq!(
        response,
        PutExtensibleStringValueResponse::Ok {
            body: ExtensibleString::Class
        }
    );
}
