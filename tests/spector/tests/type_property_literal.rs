//! Literal properties: `Type_Property_{ValueTypes,Optional}_*Literal_*` and
//! `Type_Property_ValueTypes_UnionEnumValue_*`. A literal, or a union of literals, is a fixed
//! enumeration: each GET must decode the variant the server sends, and each PUT must send it.
#![allow(clippy::unwrap_used)]

mod common;

use spector_clients::type_property_literal::*;

fn client() -> Client {
    Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn value_types() {
    let client = client();
    let body = StringLiteralProperty {
        property: StringLiteralValue::Hello,
    };
    assert_eq!(
        client.string_literal_get().await.unwrap(),
        StringLiteralGetResponse::Ok { body: body.clone() }
    );
    assert_eq!(
        client.string_literal_put(&body).await.unwrap(),
        StringLiteralPutResponse::NoContent
    );
    let body = IntLiteralProperty {
        property: IntLiteralValue::Value42,
    };
    assert_eq!(
        client.int_literal_get().await.unwrap(),
        IntLiteralGetResponse::Ok { body: body.clone() }
    );
    assert_eq!(
        client.int_literal_put(&body).await.unwrap(),
        IntLiteralPutResponse::NoContent
    );
    let body = FloatLiteralProperty {
        property: FloatLiteralValue::Value43_125,
    };
    assert_eq!(
        client.float_literal_get().await.unwrap(),
        FloatLiteralGetResponse::Ok { body: body.clone() }
    );
    assert_eq!(
        client.float_literal_put(&body).await.unwrap(),
        FloatLiteralPutResponse::NoContent
    );
    let body = BooleanLiteralProperty {
        property: BooleanLiteralValue::True,
    };
    assert_eq!(
        client.boolean_literal_get().await.unwrap(),
        BooleanLiteralGetResponse::Ok { body: body.clone() }
    );
    assert_eq!(
        client.boolean_literal_put(&body).await.unwrap(),
        BooleanLiteralPutResponse::NoContent
    );
    let body = UnionStringLiteralProperty {
        property: UnionStringLiteralValue::World,
    };
    assert_eq!(
        client.union_string_literal_get().await.unwrap(),
        UnionStringLiteralGetResponse::Ok { body: body.clone() }
    );
    assert_eq!(
        client.union_string_literal_put(&body).await.unwrap(),
        UnionStringLiteralPutResponse::NoContent
    );
    let body = UnionIntLiteralProperty {
        property: UnionIntLiteralValue::Value42,
    };
    assert_eq!(
        client.union_int_literal_get().await.unwrap(),
        UnionIntLiteralGetResponse::Ok { body: body.clone() }
    );
    assert_eq!(
        client.union_int_literal_put(&body).await.unwrap(),
        UnionIntLiteralPutResponse::NoContent
    );
    let body = UnionFloatLiteralProperty {
        property: UnionFloatLiteralValue::Value46_875,
    };
    assert_eq!(
        client.union_float_literal_get().await.unwrap(),
        UnionFloatLiteralGetResponse::Ok { body: body.clone() }
    );
    assert_eq!(
        client.union_float_literal_put(&body).await.unwrap(),
        UnionFloatLiteralPutResponse::NoContent
    );
    let body = UnionEnumValueProperty {
        property: ExtendedEnumValue2::Value2,
    };
    assert_eq!(
        client.union_enum_value_get().await.unwrap(),
        UnionEnumValueGetResponse::Ok { body: body.clone() }
    );
    assert_eq!(
        client.union_enum_value_put(&body).await.unwrap(),
        UnionEnumValuePutResponse::NoContent
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn optional() {
    let client = client();
    let all = OptionalStringLiteralProperty {
        property: Some(OptionalStringLiteralValue::Hello),
    };
    let none = OptionalStringLiteralProperty { property: None };
    assert_eq!(
        client.optional_string_literal_get_all().await.unwrap(),
        OptionalStringLiteralGetAllResponse::Ok { body: all.clone() }
    );
    assert_eq!(
        client.optional_string_literal_get_default().await.unwrap(),
        OptionalStringLiteralGetDefaultResponse::Ok { body: none.clone() }
    );
    assert_eq!(
        client.optional_string_literal_put_all(&all).await.unwrap(),
        OptionalStringLiteralPutAllResponse::NoContent
    );
    assert_eq!(
        client
            .optional_string_literal_put_default(&none)
            .await
            .unwrap(),
        OptionalStringLiteralPutDefaultResponse::NoContent
    );
    let all = OptionalIntLiteralProperty {
        property: Some(OptionalIntLiteralValue::Value1),
    };
    let none = OptionalIntLiteralProperty { property: None };
    assert_eq!(
        client.optional_int_literal_get_all().await.unwrap(),
        OptionalIntLiteralGetAllResponse::Ok { body: all.clone() }
    );
    assert_eq!(
        client.optional_int_literal_get_default().await.unwrap(),
        OptionalIntLiteralGetDefaultResponse::Ok { body: none.clone() }
    );
    assert_eq!(
        client.optional_int_literal_put_all(&all).await.unwrap(),
        OptionalIntLiteralPutAllResponse::NoContent
    );
    assert_eq!(
        client
            .optional_int_literal_put_default(&none)
            .await
            .unwrap(),
        OptionalIntLiteralPutDefaultResponse::NoContent
    );
    let all = OptionalFloatLiteralProperty {
        property: Some(OptionalFloatLiteralValue::Value1_25),
    };
    let none = OptionalFloatLiteralProperty { property: None };
    assert_eq!(
        client.optional_float_literal_get_all().await.unwrap(),
        OptionalFloatLiteralGetAllResponse::Ok { body: all.clone() }
    );
    assert_eq!(
        client.optional_float_literal_get_default().await.unwrap(),
        OptionalFloatLiteralGetDefaultResponse::Ok { body: none.clone() }
    );
    assert_eq!(
        client.optional_float_literal_put_all(&all).await.unwrap(),
        OptionalFloatLiteralPutAllResponse::NoContent
    );
    assert_eq!(
        client
            .optional_float_literal_put_default(&none)
            .await
            .unwrap(),
        OptionalFloatLiteralPutDefaultResponse::NoContent
    );
    let all = OptionalBooleanLiteralProperty {
        property: Some(OptionalBooleanLiteralValue::True),
    };
    let none = OptionalBooleanLiteralProperty { property: None };
    assert_eq!(
        client.optional_boolean_literal_get_all().await.unwrap(),
        OptionalBooleanLiteralGetAllResponse::Ok { body: all.clone() }
    );
    assert_eq!(
        client.optional_boolean_literal_get_default().await.unwrap(),
        OptionalBooleanLiteralGetDefaultResponse::Ok { body: none.clone() }
    );
    assert_eq!(
        client.optional_boolean_literal_put_all(&all).await.unwrap(),
        OptionalBooleanLiteralPutAllResponse::NoContent
    );
    assert_eq!(
        client
            .optional_boolean_literal_put_default(&none)
            .await
            .unwrap(),
        OptionalBooleanLiteralPutDefaultResponse::NoContent
    );
    let all = OptionalUnionStringLiteralProperty {
        property: Some(OptionalUnionStringLiteralValue::World),
    };
    let none = OptionalUnionStringLiteralProperty { property: None };
    assert_eq!(
        client
            .optional_union_string_literal_get_all()
            .await
            .unwrap(),
        OptionalUnionStringLiteralGetAllResponse::Ok { body: all.clone() }
    );
    assert_eq!(
        client
            .optional_union_string_literal_get_default()
            .await
            .unwrap(),
        OptionalUnionStringLiteralGetDefaultResponse::Ok { body: none.clone() }
    );
    assert_eq!(
        client
            .optional_union_string_literal_put_all(&all)
            .await
            .unwrap(),
        OptionalUnionStringLiteralPutAllResponse::NoContent
    );
    assert_eq!(
        client
            .optional_union_string_literal_put_default(&none)
            .await
            .unwrap(),
        OptionalUnionStringLiteralPutDefaultResponse::NoContent
    );
    let all = OptionalUnionIntLiteralProperty {
        property: Some(OptionalUnionIntLiteralValue::Value2),
    };
    let none = OptionalUnionIntLiteralProperty { property: None };
    assert_eq!(
        client.optional_union_int_literal_get_all().await.unwrap(),
        OptionalUnionIntLiteralGetAllResponse::Ok { body: all.clone() }
    );
    assert_eq!(
        client
            .optional_union_int_literal_get_default()
            .await
            .unwrap(),
        OptionalUnionIntLiteralGetDefaultResponse::Ok { body: none.clone() }
    );
    assert_eq!(
        client
            .optional_union_int_literal_put_all(&all)
            .await
            .unwrap(),
        OptionalUnionIntLiteralPutAllResponse::NoContent
    );
    assert_eq!(
        client
            .optional_union_int_literal_put_default(&none)
            .await
            .unwrap(),
        OptionalUnionIntLiteralPutDefaultResponse::NoContent
    );
    let all = OptionalUnionFloatLiteralProperty {
        property: Some(OptionalUnionFloatLiteralValue::Value2_375),
    };
    let none = OptionalUnionFloatLiteralProperty { property: None };
    assert_eq!(
        client.optional_union_float_literal_get_all().await.unwrap(),
        OptionalUnionFloatLiteralGetAllResponse::Ok { body: all.clone() }
    );
    assert_eq!(
        client
            .optional_union_float_literal_get_default()
            .await
            .unwrap(),
        OptionalUnionFloatLiteralGetDefaultResponse::Ok { body: none.clone() }
    );
    assert_eq!(
        client
            .optional_union_float_literal_put_all(&all)
            .await
            .unwrap(),
        OptionalUnionFloatLiteralPutAllResponse::NoContent
    );
    assert_eq!(
        client
            .optional_union_float_literal_put_default(&none)
            .await
            .unwrap(),
        OptionalUnionFloatLiteralPutDefaultResponse::NoContent
    );
}

/// A fixed enumeration refuses what it does not list: the decode error keeps the response.
#[tokio::test]
async fn an_unlisted_literal_is_a_decode_error() {
    use wiremock::{Mock, MockServer, ResponseTemplate, matchers};
    let server = MockServer::start().await;
    Mock::given(matchers::method("GET"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(r#"{"property": 44}"#, "application/json"),
        )
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri().as_str())
        .build()
        .unwrap();
    let error = client.union_int_literal_get().await.unwrap_err();
    let text = error.to_string();
    assert!(
        text.contains("44 is not a value of `UnionIntLiteralValue`"),
        "{text}"
    );
    let response = error.response().expect("the response is kept");
    assert_eq!(&response.body[..], br#"{"property": 44}"#);
    assert_eq!(
        UnionIntLiteralValue::try_from(43),
        Ok(UnionIntLiteralValue::Value43)
    );
    assert_eq!(i32::from(UnionIntLiteralValue::Value42), 42);
}
