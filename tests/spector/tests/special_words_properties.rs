//! Spector's SpecialWords scenarios of property names: `SpecialWords_ModelProperties_*` (a
//! property named like its model, like the methods of Python's dict, and `list`) and
//! `SpecialWords_ReservedOperationBodyParams_withItems` (a body member named `items`). The
//! server checks that each body carries its members under their own names.
#![allow(clippy::unwrap_used)]

mod common;

use spector_clients::special_words_properties::*;

fn client() -> Client {
    Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

/// `SpecialWords_ModelProperties_sameAsModel`
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn special_words_model_properties_same_as_model() {
    let body = SameAsModel {
        same_as_model: "ok".into(),
    };
    let response = client().same_as_model(&body).await.unwrap();
    assert_eq!(response, SameAsModelResponse::NoContent);
}

/// `SpecialWords_ModelProperties_dictMethods`
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn special_words_model_properties_dict_methods() {
    let body = DictMethods {
        keys: "ok".into(),
        items: "ok".into(),
        values: "ok".into(),
        popitem: "ok".into(),
        clear: "ok".into(),
        update: "ok".into(),
        setdefault: "ok".into(),
        pop: "ok".into(),
        get: "ok".into(),
        copy: "ok".into(),
    };
    let response = client().dict_methods(&body).await.unwrap();
    assert_eq!(response, DictMethodsResponse::NoContent);
}

/// `SpecialWords_ModelProperties_withList`
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn special_words_model_properties_with_list() {
    let body = ModelWithList { list: "ok".into() };
    let response = client().with_list(&body).await.unwrap();
    assert_eq!(response, WithListResponse::NoContent);
}

/// `SpecialWords_ReservedOperationBodyParams_withItems`
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn special_words_reserved_operation_body_params_with_items() {
    let body = WithItemsRequest {
        items: vec!["item".into()],
    };
    let response = client().with_items(&body).await.unwrap();
    assert_eq!(response, WithItemsResponse::NoContent);
}

/// Without the server: the members keep their spelling on the wire (`SameAsModel` is not
/// renamed to the field's snake_case).
#[test]
fn the_members_keep_their_wire_names() {
    let body = SameAsModel {
        same_as_model: "ok".into(),
    };
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        serde_json::json!({ "SameAsModel": "ok" })
    );
    let body = WithItemsRequest {
        items: vec!["item".into()],
    };
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        serde_json::json!({ "items": ["item"] })
    );
}
