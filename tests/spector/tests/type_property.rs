//! Property value types: `Type_Property_ValueTypes_{Boolean,String,Int,Float}_*`. Each GET
//! must decode `{"property": <value>}` into the typed field, and each PUT must send it back as
//! the server expects (the server checks the body).
#![allow(clippy::unwrap_used)]

mod common;

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
