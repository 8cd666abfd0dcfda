//! Encoded names: `Serialization_EncodedName_Json_Property_{send,get}`. The property is
//! `default_name` in Rust (its `rust-name`) and `wireName` on the wire: the server checks the
//! body sent, and the test checks the body read into the typed field.
#![allow(clippy::unwrap_used)]

mod common;

use spector_clients::serialization_encoded_name::*;

fn client() -> Client {
    Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

/// `Serialization_EncodedName_Json_Property_send`
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn serialization_encoded_name_json_property_send() {
    let body = JsonEncodedNameModel { default_name: true };
    let response = client().property_send(&body).await.unwrap();
    assert_eq!(response, PropertySendResponse::NoContent);
}

/// `Serialization_EncodedName_Json_Property_get`
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn serialization_encoded_name_json_property_get() {
    let response = client().property_get().await.unwrap();
    assert_eq!(
        response,
        PropertyGetResponse::Ok {
            body: JsonEncodedNameModel { default_name: true }
        }
    );
}

/// Without the server: the field is written and read under its wire name only.
#[test]
fn the_field_is_named_on_the_wire_by_its_wire_name() {
    let body = JsonEncodedNameModel { default_name: true };
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        serde_json::json!({ "wireName": true })
    );
    let read: JsonEncodedNameModel = serde_json::from_str(r#"{"wireName": false}"#).unwrap();
    assert_eq!(
        read,
        JsonEncodedNameModel {
            default_name: false
        }
    );
    assert!(serde_json::from_str::<JsonEncodedNameModel>(r#"{"defaultName": true}"#).is_err());
    assert!(serde_json::from_str::<JsonEncodedNameModel>(r#"{"default_name": true}"#).is_err());
}
