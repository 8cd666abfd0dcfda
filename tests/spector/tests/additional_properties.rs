//! Additional properties: `Type_Property_AdditionalProperties_*`; the discriminated ones decode
//! their derived type, which inherits the additional properties. Each GET must decode the model
//! with its undeclared members in `additional_properties`, typed (a `json` value, a string, an
//! `f32`, a `ModelForRecord`, a list of them, a union of them), and its declared ones in their
//! fields; each PUT
//! must send them back beside the fields, as the server expects (it checks the body). And,
//! against a loopback server, a member that is not of the additional type: a decode error,
//! with the response kept.
#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::collections::BTreeMap;

use specgen_runtime::chrono::DateTime;
use specgen_runtime::serde_json::json;
use specgen_runtime::{DecodeErrorKind, Failure};
use spector_clients::type_additional_properties::*;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client() -> Client {
    Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

/// The additional properties of a model, from its members.
fn members<T, const N: usize>(entries: [(&str, T); N]) -> BTreeMap<String, T> {
    entries
        .into_iter()
        .map(|(key, value)| (key.to_owned(), value))
        .collect()
}

/// `{"state": "ok"}`, the `ModelForRecord` of every model scenario.
fn ok() -> ModelForRecord {
    ModelForRecord {
        state: "ok".to_owned(),
    }
}

/// GETs `$body` (the answer must decode to it, its undeclared members included), then PUTs it
/// (the server checks that the JSON sent is the same).
macro_rules! round_trip {
    ($get:ident, $put:ident, $got:ident, $put_response:ident, $body:expr) => {{
        let body = $body;
        let response = client().$get().await.unwrap();
        assert_eq!(response, $got::Ok { body: body.clone() });
        let response = client().$put(&body).await.unwrap();
        assert_eq!(response, $put_response::NoContent);
    }};
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_extends_unknown() {
    round_trip!(
        extends_unknown_get,
        extends_unknown_put,
        ExtendsUnknownGetResponse,
        ExtendsUnknownPutResponse,
        ExtendsUnknownAdditionalProperties {
            name: "ExtendsUnknownAdditionalProperties".to_owned(),
            additional_properties: members([
                ("prop1", json!(32)),
                ("prop2", json!(true)),
                ("prop3", json!("abc"))
            ]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_extends_unknown_derived() {
    round_trip!(
        extends_unknown_derived_get,
        extends_unknown_derived_put,
        ExtendsUnknownDerivedGetResponse,
        ExtendsUnknownDerivedPutResponse,
        ExtendsUnknownAdditionalPropertiesDerived {
            name: "ExtendsUnknownAdditionalProperties".to_owned(),
            index: 314,
            age: Some(2.71875),
            additional_properties: members([
                ("prop1", json!(32)),
                ("prop2", json!(true)),
                ("prop3", json!("abc"))
            ]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_is_unknown() {
    round_trip!(
        is_unknown_get,
        is_unknown_put,
        IsUnknownGetResponse,
        IsUnknownPutResponse,
        IsUnknownAdditionalProperties {
            name: "IsUnknownAdditionalProperties".to_owned(),
            additional_properties: members([
                ("prop1", json!(32)),
                ("prop2", json!(true)),
                ("prop3", json!("abc"))
            ]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_is_unknown_derived() {
    round_trip!(
        is_unknown_derived_get,
        is_unknown_derived_put,
        IsUnknownDerivedGetResponse,
        IsUnknownDerivedPutResponse,
        IsUnknownAdditionalPropertiesDerived {
            name: "IsUnknownAdditionalProperties".to_owned(),
            index: 314,
            age: Some(2.71875),
            additional_properties: members([
                ("prop1", json!(32)),
                ("prop2", json!(true)),
                ("prop3", json!("abc"))
            ]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_extends_string() {
    round_trip!(
        extends_string_get,
        extends_string_put,
        ExtendsStringGetResponse,
        ExtendsStringPutResponse,
        ExtendsStringAdditionalProperties {
            name: "ExtendsStringAdditionalProperties".to_owned(),
            additional_properties: members([("prop", "abc".to_owned())]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_is_string() {
    round_trip!(
        is_string_get,
        is_string_put,
        IsStringGetResponse,
        IsStringPutResponse,
        IsStringAdditionalProperties {
            name: "IsStringAdditionalProperties".to_owned(),
            additional_properties: members([("prop", "abc".to_owned())]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_spread_string() {
    round_trip!(
        spread_string_get,
        spread_string_put,
        SpreadStringGetResponse,
        SpreadStringPutResponse,
        SpreadStringRecord {
            name: "SpreadSpringRecord".to_owned(),
            additional_properties: members([("prop", "abc".to_owned())]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_extends_float() {
    round_trip!(
        extends_float_get,
        extends_float_put,
        ExtendsFloatGetResponse,
        ExtendsFloatPutResponse,
        ExtendsFloatAdditionalProperties {
            id: 43.125,
            additional_properties: members([("prop", 43.125)]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_is_float() {
    round_trip!(
        is_float_get,
        is_float_put,
        IsFloatGetResponse,
        IsFloatPutResponse,
        IsFloatAdditionalProperties {
            id: 43.125,
            additional_properties: members([("prop", 43.125)]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_spread_float() {
    round_trip!(
        spread_float_get,
        spread_float_put,
        SpreadFloatGetResponse,
        SpreadFloatPutResponse,
        SpreadFloatRecord {
            id: 43.125,
            additional_properties: members([("prop", 43.125)]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_extends_model() {
    round_trip!(
        extends_model_get,
        extends_model_put,
        ExtendsModelGetResponse,
        ExtendsModelPutResponse,
        ExtendsModelAdditionalProperties {
            known_prop: ok(),
            additional_properties: members([("prop", ok())]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_is_model() {
    round_trip!(
        is_model_get,
        is_model_put,
        IsModelGetResponse,
        IsModelPutResponse,
        IsModelAdditionalProperties {
            known_prop: ok(),
            additional_properties: members([("prop", ok())]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_spread_model() {
    round_trip!(
        spread_model_get,
        spread_model_put,
        SpreadModelGetResponse,
        SpreadModelPutResponse,
        SpreadModelRecord {
            known_prop: ok(),
            additional_properties: members([("prop", ok())]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_extends_model_array() {
    round_trip!(
        extends_model_array_get,
        extends_model_array_put,
        ExtendsModelArrayGetResponse,
        ExtendsModelArrayPutResponse,
        ExtendsModelArrayAdditionalProperties {
            known_prop: vec![ok(), ok()],
            additional_properties: members([("prop", vec![ok(), ok()])]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_is_model_array() {
    round_trip!(
        is_model_array_get,
        is_model_array_put,
        IsModelArrayGetResponse,
        IsModelArrayPutResponse,
        IsModelArrayAdditionalProperties {
            known_prop: vec![ok(), ok()],
            additional_properties: members([("prop", vec![ok(), ok()])]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_spread_model_array() {
    round_trip!(
        spread_model_array_get,
        spread_model_array_put,
        SpreadModelArrayGetResponse,
        SpreadModelArrayPutResponse,
        SpreadModelArrayRecord {
            known_prop: vec![ok(), ok()],
            additional_properties: members([("prop", vec![ok(), ok()])]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_spread_different_string() {
    round_trip!(
        spread_different_string_get,
        spread_different_string_put,
        SpreadDifferentStringGetResponse,
        SpreadDifferentStringPutResponse,
        DifferentSpreadStringRecord {
            id: 43.125,
            additional_properties: members([("prop", "abc".to_owned())]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_spread_different_float() {
    round_trip!(
        spread_different_float_get,
        spread_different_float_put,
        SpreadDifferentFloatGetResponse,
        SpreadDifferentFloatPutResponse,
        DifferentSpreadFloatRecord {
            name: "abc".to_owned(),
            additional_properties: members([("prop", 43.125)]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_spread_different_model() {
    round_trip!(
        spread_different_model_get,
        spread_different_model_put,
        SpreadDifferentModelGetResponse,
        SpreadDifferentModelPutResponse,
        DifferentSpreadModelRecord {
            known_prop: "abc".to_owned(),
            additional_properties: members([("prop", ok())]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_spread_different_model_array() {
    round_trip!(
        spread_different_model_array_get,
        spread_different_model_array_put,
        SpreadDifferentModelArrayGetResponse,
        SpreadDifferentModelArrayPutResponse,
        DifferentSpreadModelArrayRecord {
            known_prop: "abc".to_owned(),
            additional_properties: members([("prop", vec![ok(), ok()])]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_extends_different_spread_string() {
    round_trip!(
        extends_different_spread_string_get,
        extends_different_spread_string_put,
        ExtendsDifferentSpreadStringGetResponse,
        ExtendsDifferentSpreadStringPutResponse,
        DifferentSpreadStringDerived {
            id: 43.125,
            derived_prop: "abc".to_owned(),
            additional_properties: members([("prop", "abc".to_owned())]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_extends_different_spread_float() {
    round_trip!(
        extends_different_spread_float_get,
        extends_different_spread_float_put,
        ExtendsDifferentSpreadFloatGetResponse,
        ExtendsDifferentSpreadFloatPutResponse,
        DifferentSpreadFloatDerived {
            name: "abc".to_owned(),
            derived_prop: 43.125,
            additional_properties: members([("prop", 43.125)]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_extends_different_spread_model() {
    round_trip!(
        extends_different_spread_model_get,
        extends_different_spread_model_put,
        ExtendsDifferentSpreadModelGetResponse,
        ExtendsDifferentSpreadModelPutResponse,
        DifferentSpreadModelDerived {
            known_prop: "abc".to_owned(),
            derived_prop: ok(),
            additional_properties: members([("prop", ok())]),
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_extends_different_spread_model_array() {
    round_trip!(
        extends_different_spread_model_array_get,
        extends_different_spread_model_array_put,
        ExtendsDifferentSpreadModelArrayGetResponse,
        ExtendsDifferentSpreadModelArrayPutResponse,
        DifferentSpreadModelArrayDerived {
            known_prop: "abc".to_owned(),
            derived_prop: vec![ok(), ok()],
            additional_properties: members([("prop", vec![ok(), ok()])]),
        }
    );
}

#[tokio::test]
async fn a_member_not_of_the_additional_type_is_a_decode_error() {
    let server = MockServer::start().await;
    let body = r#"{"id": 43.125, "prop": "not a float"}"#;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
        .mount(&server)
        .await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let error = client.extends_float_get().await.unwrap_err();
    let ExtendsFloatGetError::Failure(Failure::Decode(decode)) = &error else {
        panic!("expected a decode failure, got {error:?}");
    };
    let DecodeErrorKind::Body(json) = &decode.kind else {
        panic!("expected the body not to decode, got {:?}", decode.kind);
    };
    assert!(json.to_string().contains("f32"), "{json}");
    // The response is kept as it came.
    assert_eq!(decode.response.body.as_ref(), body.as_bytes());
}

/// `{"kind": "derived", "name": "Derived", "index": 314, "age": 2.71875, ...}` of both
/// discriminated scenarios: the derived type, with the base's additional properties.
macro_rules! discriminated_derived {
    ($derived:ident) => {
        $derived {
            name: "Derived".to_owned(),
            index: 314,
            age: Some(2.71875),
            additional_properties: members([
                ("prop1", json!(32)),
                ("prop2", json!(true)),
                ("prop3", json!("abc")),
            ]),
        }
    };
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_extends_unknown_discriminated() {
    round_trip!(
        extends_unknown_discriminated_get,
        extends_unknown_discriminated_put,
        ExtendsUnknownDiscriminatedGetResponse,
        ExtendsUnknownDiscriminatedPutResponse,
        ExtendsUnknownAdditionalPropertiesDiscriminated::ExtendsUnknownAdditionalPropertiesDiscriminatedDerived(
            discriminated_derived!(ExtendsUnknownAdditionalPropertiesDiscriminatedDerived)
        )
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_is_unknown_discriminated() {
    round_trip!(
        is_unknown_discriminated_get,
        is_unknown_discriminated_put,
        IsUnknownDiscriminatedGetResponse,
        IsUnknownDiscriminatedPutResponse,
        IsUnknownAdditionalPropertiesDiscriminated::IsUnknownAdditionalPropertiesDiscriminatedDerived(
            discriminated_derived!(IsUnknownAdditionalPropertiesDiscriminatedDerived)
        )
    );
}

fn string_and_float() -> BTreeMap<String, StringOrFloat32> {
    members([
        ("prop1", StringOrFloat32::String("abc".to_owned())),
        ("prop2", StringOrFloat32::Float32(43.125)),
    ])
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_unions_of_scalars() {
    round_trip!(
        multiple_spread_get,
        multiple_spread_put,
        MultipleSpreadGetResponse,
        MultipleSpreadPutResponse,
        MultipleSpreadRecord {
            flag: true,
            additional_properties: string_and_float(),
        }
    );
    round_trip!(
        spread_record_union_get,
        spread_record_union_put,
        SpreadRecordUnionGetResponse,
        SpreadRecordUnionPutResponse,
        SpreadRecordForUnion {
            flag: true,
            additional_properties: string_and_float(),
        }
    );
}

fn at(text: &str) -> specgen_runtime::DateTime {
    DateTime::parse_from_rfc3339(text).unwrap()
}

/// `{"kind": "kind1", "start": "2021-01-01T00:00:00Z", "end": "2021-01-02T00:00:00Z"}`.
fn widget1() -> WidgetData1 {
    WidgetData1 {
        kind: Kind1::Kind1,
        start: at("2021-01-01T00:00:00Z"),
        end: Some(at("2021-01-02T00:00:00Z")),
    }
}

/// `{"kind": "kind1", "start": "2021-01-01T00:00:00Z"}`: a `WidgetData2`, declared first.
fn widget2() -> WidgetData2 {
    WidgetData2 {
        kind: Kind1::Kind1,
        start: "2021-01-01T00:00:00Z".to_owned(),
    }
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_additional_properties_unions_of_models() {
    round_trip!(
        spread_record_non_discriminated_union_get,
        spread_record_non_discriminated_union_put,
        SpreadRecordNonDiscriminatedUnionGetResponse,
        SpreadRecordNonDiscriminatedUnionPutResponse,
        SpreadRecordForNonDiscriminatedUnion {
            name: "abc".to_owned(),
            additional_properties: members([
                (
                    "prop1",
                    WidgetData0Or1::WidgetData0(WidgetData0 {
                        kind: Kind0::Kind0,
                        foo_prop: "abc".to_owned(),
                    }),
                ),
                ("prop2", WidgetData0Or1::WidgetData1(widget1())),
            ]),
        }
    );
    // `prop2` has an `end`, which `WidgetData2` would drop: it reads as `WidgetData1`.
    round_trip!(
        spread_record_non_discriminated_union2_get,
        spread_record_non_discriminated_union2_put,
        SpreadRecordNonDiscriminatedUnion2GetResponse,
        SpreadRecordNonDiscriminatedUnion2PutResponse,
        SpreadRecordForNonDiscriminatedUnion2 {
            name: "abc".to_owned(),
            additional_properties: members([
                ("prop1", WidgetData2Or1::WidgetData2(widget2())),
                ("prop2", WidgetData2Or1::WidgetData1(widget1())),
            ]),
        }
    );
    round_trip!(
        spread_record_non_discriminated_union3_get,
        spread_record_non_discriminated_union3_put,
        SpreadRecordNonDiscriminatedUnion3GetResponse,
        SpreadRecordNonDiscriminatedUnion3PutResponse,
        SpreadRecordForNonDiscriminatedUnion3 {
            name: "abc".to_owned(),
            additional_properties: members([
                (
                    "prop1",
                    WidgetData2ListOr1::WidgetData2List(vec![widget2(), widget2()]),
                ),
                ("prop2", WidgetData2ListOr1::WidgetData1(widget1())),
            ]),
        }
    );
}
