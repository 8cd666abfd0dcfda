//! Properties: `Type_Property_ValueTypes_*` (a model with one property of each value type),
//! `Type_Property_Optional_*` (optional properties set or left out) and
//! `Type_Property_Nullable_*` (nullable properties with a value or `null`). Each GET must decode
//! the body into the typed model, and each PUT (PATCH, as a JSON merge patch, for the nullable
//! ones: `None` is sent as `null`) must send the same model back as the server expects (the
//! server checks the body).
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeMap;

use specgen_runtime::chrono::DateTime;
use specgen_runtime::serde_json::json;
use spector_clients::type_property::*;

fn client() -> Client {
    Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_value_types_boolean() {
    let body = BooleanProperty { property: true };
    let response = client().boolean_get().await.unwrap();
    assert_eq!(response, BooleanGetResponse::Ok { body: body.clone() });
    let response = client().boolean_put(&body).await.unwrap();
    assert_eq!(response, BooleanPutResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_value_types_string() {
    let body = StringProperty {
        property: "hello".to_owned(),
    };
    let response = client().string_get().await.unwrap();
    assert_eq!(response, StringGetResponse::Ok { body: body.clone() });
    let response = client().string_put(&body).await.unwrap();
    assert_eq!(response, StringPutResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_value_types_int() {
    let body = IntProperty { property: 42 };
    let response = client().int_get().await.unwrap();
    assert_eq!(response, IntGetResponse::Ok { body: body.clone() });
    let response = client().int_put(&body).await.unwrap();
    assert_eq!(response, IntPutResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_value_types_float() {
    // 43.125 is exact in binary, so equality is the right check.
    let body = FloatProperty { property: 43.125 };
    let response = client().float_get().await.unwrap();
    assert_eq!(response, FloatGetResponse::Ok { body: body.clone() });
    let response = client().float_put(&body).await.unwrap();
    assert_eq!(response, FloatPutResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_property_value_types_decimal() {
    // 0.33333 has no exact binary form: the decimal keeps its five digits both ways.
    let value = specgen_runtime::Decimal::new(33333, 5);
    let body = DecimalProperty { property: value };
    let response = client().decimal_get().await.unwrap();
    assert_eq!(response, DecimalGetResponse::Ok { body: body.clone() });
    assert_eq!(body.property.to_string(), "0.33333");
    let response = client().decimal_put(&body).await.unwrap();
    assert_eq!(response, DecimalPutResponse::NoContent);
    let body = Decimal128Property { property: value };
    let response = client().decimal128_get().await.unwrap();
    assert_eq!(response, Decimal128GetResponse::Ok { body: body.clone() });
    let response = client().decimal128_put(&body).await.unwrap();
    assert_eq!(response, Decimal128PutResponse::NoContent);
}

/// A test of a GET and a PUT of `$client`: the GET decodes `$value`, the PUT sends it.
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

fn date_time() -> specgen_runtime::DateTime {
    DateTime::parse_from_rfc3339("2022-08-26T18:38:00Z").unwrap()
}

fn strings(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|text| (*text).to_owned()).collect()
}

round_trip!(
    type_property_value_types_datetime,
    type_property,
    datetime_get,
    datetime_put,
    DatetimeGetResponse,
    DatetimePutResponse,
    DatetimeProperty {
        property: date_time()
    }
);
round_trip!(
    type_property_value_types_enum,
    type_property,
    enum_get,
    enum_put,
    EnumGetResponse,
    EnumPutResponse,
    EnumProperty {
        property: FixedInnerEnum::ValueOne
    }
);
round_trip!(
    type_property_value_types_extensible_enum,
    type_property,
    extensible_enum_get,
    extensible_enum_put,
    ExtensibleEnumGetResponse,
    ExtensibleEnumPutResponse,
    ExtensibleEnumProperty {
        property: InnerEnum::Unknown("UnknownValue".to_owned())
    }
);
round_trip!(
    type_property_value_types_model,
    type_property,
    model_get,
    model_put,
    ModelGetResponse,
    ModelPutResponse,
    ModelProperty {
        property: InnerModel {
            property: "hello".to_owned()
        }
    }
);
round_trip!(
    type_property_value_types_collections_string,
    type_property,
    collections_string_get,
    collections_string_put,
    CollectionsStringGetResponse,
    CollectionsStringPutResponse,
    CollectionsStringProperty {
        property: strings(&["hello", "world"])
    }
);
round_trip!(
    type_property_value_types_collections_int,
    type_property,
    collections_int_get,
    collections_int_put,
    CollectionsIntGetResponse,
    CollectionsIntPutResponse,
    CollectionsIntProperty {
        property: vec![1, 2]
    }
);
round_trip!(
    type_property_value_types_collections_model,
    type_property,
    collections_model_get,
    collections_model_put,
    CollectionsModelGetResponse,
    CollectionsModelPutResponse,
    CollectionsModelProperty {
        property: strings(&["hello", "world"])
            .into_iter()
            .map(|property| InnerModel { property })
            .collect()
    }
);
round_trip!(
    type_property_value_types_dictionary_string,
    type_property,
    dictionary_string_get,
    dictionary_string_put,
    DictionaryStringGetResponse,
    DictionaryStringPutResponse,
    DictionaryStringProperty {
        property: BTreeMap::from([
            ("k1".to_owned(), "hello".to_owned()),
            ("k2".to_owned(), "world".to_owned()),
        ])
    }
);
round_trip!(
    type_property_value_types_never,
    type_property,
    never_get,
    never_put,
    NeverGetResponse,
    NeverPutResponse,
    NeverProperty {}
);
round_trip!(
    type_property_value_types_unknown_string,
    type_property,
    unknown_string_get,
    unknown_string_put,
    UnknownStringGetResponse,
    UnknownStringPutResponse,
    UnknownStringProperty {
        property: json!("hello")
    }
);
round_trip!(
    type_property_value_types_unknown_int,
    type_property,
    unknown_int_get,
    unknown_int_put,
    UnknownIntGetResponse,
    UnknownIntPutResponse,
    UnknownIntProperty {
        property: json!(42)
    }
);
round_trip!(
    type_property_value_types_unknown_dict,
    type_property,
    unknown_dict_get,
    unknown_dict_put,
    UnknownDictGetResponse,
    UnknownDictPutResponse,
    UnknownDictProperty {
        property: json!({"k1": "hello", "k2": 42})
    }
);
round_trip!(
    type_property_value_types_unknown_array,
    type_property,
    unknown_array_get,
    unknown_array_put,
    UnknownArrayGetResponse,
    UnknownArrayPutResponse,
    UnknownArrayProperty {
        property: json!(["hello", "world"])
    }
);

round_trip!(
    type_property_optional_string_all,
    type_property_optional,
    string_get_all,
    string_put_all,
    StringGetAllResponse,
    StringPutAllResponse,
    StringProperty {
        property: Some("hello".to_owned())
    }
);
round_trip!(
    type_property_optional_string_default,
    type_property_optional,
    string_get_default,
    string_put_default,
    StringGetDefaultResponse,
    StringPutDefaultResponse,
    StringProperty { property: None }
);
round_trip!(
    type_property_optional_datetime_all,
    type_property_optional,
    datetime_get_all,
    datetime_put_all,
    DatetimeGetAllResponse,
    DatetimePutAllResponse,
    DatetimeProperty {
        property: Some(date_time())
    }
);
round_trip!(
    type_property_optional_datetime_default,
    type_property_optional,
    datetime_get_default,
    datetime_put_default,
    DatetimeGetDefaultResponse,
    DatetimePutDefaultResponse,
    DatetimeProperty { property: None }
);
round_trip!(
    type_property_optional_plain_date_all,
    type_property_optional,
    plain_date_get_all,
    plain_date_put_all,
    PlainDateGetAllResponse,
    PlainDatePutAllResponse,
    PlainDateProperty {
        property: Some(NaiveDate::from_ymd_opt(2022, 12, 12).unwrap())
    }
);
round_trip!(
    type_property_optional_plain_date_default,
    type_property_optional,
    plain_date_get_default,
    plain_date_put_default,
    PlainDateGetDefaultResponse,
    PlainDatePutDefaultResponse,
    PlainDateProperty { property: None }
);
round_trip!(
    type_property_optional_plain_time_all,
    type_property_optional,
    plain_time_get_all,
    plain_time_put_all,
    PlainTimeGetAllResponse,
    PlainTimePutAllResponse,
    PlainTimeProperty {
        property: Some(specgen_runtime::chrono::NaiveTime::from_hms_opt(13, 6, 12).unwrap())
    }
);
round_trip!(
    type_property_optional_plain_time_default,
    type_property_optional,
    plain_time_get_default,
    plain_time_put_default,
    PlainTimeGetDefaultResponse,
    PlainTimePutDefaultResponse,
    PlainTimeProperty { property: None }
);
round_trip!(
    type_property_optional_collections_model_all,
    type_property_optional,
    collections_model_get_all,
    collections_model_put_all,
    CollectionsModelGetAllResponse,
    CollectionsModelPutAllResponse,
    CollectionsModelProperty {
        property: vec![
            StringProperty {
                property: Some("hello".to_owned())
            },
            StringProperty {
                property: Some("world".to_owned())
            },
        ]
    }
);
round_trip!(
    type_property_optional_collections_model_default,
    type_property_optional,
    collections_model_get_default,
    collections_model_put_default,
    CollectionsModelGetDefaultResponse,
    CollectionsModelPutDefaultResponse,
    // Absent, the optional list is empty; empty, it is left out: `{}` both ways.
    CollectionsModelProperty { property: vec![] }
);
round_trip!(
    type_property_optional_required_and_optional_all,
    type_property_optional,
    required_and_optional_get_all,
    required_and_optional_put_all,
    RequiredAndOptionalGetAllResponse,
    RequiredAndOptionalPutAllResponse,
    RequiredAndOptionalProperty {
        optional_property: Some("hello".to_owned()),
        required_property: 42,
    }
);
round_trip!(
    type_property_optional_required_and_optional_required_only,
    type_property_optional,
    required_and_optional_get_required_only,
    required_and_optional_put_required_only,
    RequiredAndOptionalGetRequiredOnlyResponse,
    RequiredAndOptionalPutRequiredOnlyResponse,
    RequiredAndOptionalProperty {
        optional_property: None,
        required_property: 42,
    }
);

round_trip!(
    type_property_nullable_string_non_null,
    type_property_nullable,
    string_get_non_null,
    string_patch_non_null,
    StringGetNonNullResponse,
    StringPatchNonNullResponse,
    StringProperty {
        required_property: "foo".to_owned(),
        nullable_property: Some("hello".to_owned()),
    }
);
round_trip!(
    type_property_nullable_string_null,
    type_property_nullable,
    string_get_null,
    string_patch_null,
    StringGetNullResponse,
    StringPatchNullResponse,
    StringProperty {
        required_property: "foo".to_owned(),
        nullable_property: None,
    }
);
round_trip!(
    type_property_nullable_datetime_non_null,
    type_property_nullable,
    datetime_get_non_null,
    datetime_patch_non_null,
    DatetimeGetNonNullResponse,
    DatetimePatchNonNullResponse,
    DatetimeProperty {
        required_property: "foo".to_owned(),
        nullable_property: Some(date_time()),
    }
);
round_trip!(
    type_property_nullable_datetime_null,
    type_property_nullable,
    datetime_get_null,
    datetime_patch_null,
    DatetimeGetNullResponse,
    DatetimePatchNullResponse,
    DatetimeProperty {
        required_property: "foo".to_owned(),
        nullable_property: None,
    }
);
round_trip!(
    type_property_nullable_collections_model_non_null,
    type_property_nullable,
    collections_model_get_non_null,
    collections_model_patch_non_null,
    CollectionsModelGetNonNullResponse,
    CollectionsModelPatchNonNullResponse,
    CollectionsModelProperty {
        required_property: "foo".to_owned(),
        nullable_property: Some(
            strings(&["hello", "world"])
                .into_iter()
                .map(|property| InnerModel { property })
                .collect()
        ),
    }
);
round_trip!(
    type_property_nullable_collections_model_null,
    type_property_nullable,
    collections_model_get_null,
    collections_model_patch_null,
    CollectionsModelGetNullResponse,
    CollectionsModelPatchNullResponse,
    CollectionsModelProperty {
        required_property: "foo".to_owned(),
        nullable_property: None,
    }
);
round_trip!(
    type_property_nullable_collections_string_non_null,
    type_property_nullable,
    collections_string_get_non_null,
    collections_string_patch_non_null,
    CollectionsStringGetNonNullResponse,
    CollectionsStringPatchNonNullResponse,
    CollectionsStringProperty {
        required_property: "foo".to_owned(),
        nullable_property: Some(strings(&["hello", "world"])),
    }
);
round_trip!(
    type_property_nullable_collections_string_null,
    type_property_nullable,
    collections_string_get_null,
    collections_string_patch_null,
    CollectionsStringGetNullResponse,
    CollectionsStringPatchNullResponse,
    CollectionsStringProperty {
        required_property: "foo".to_owned(),
        nullable_property: None,
    }
);
