//! Bytes and duration properties: `Type_Property_{ValueTypes,Optional,Nullable}_{Bytes,Duration,
//! CollectionsByte}_*`. Each GET must decode the property into `Vec<u8>` or `Duration` (`None`
//! where absent or null), and each PUT (PATCH, as a JSON merge patch, for the nullable ones)
//! must send it back as the server expects.
#![allow(clippy::unwrap_used)]

mod common;

use specgen_runtime::Duration;
use spector_clients::type_property_encoded::*;

fn client() -> Client {
    Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

const HELLO: &[u8] = b"hello, world!";

/// `P123DT22H14M12.011S`.
fn duration() -> Duration {
    Duration::days(123)
        + Duration::hours(22)
        + Duration::minutes(14)
        + Duration::milliseconds(12_011)
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn value_types() {
    let client = client();
    let body = BytesProperty {
        property: HELLO.to_vec(),
    };
    assert_eq!(
        client.value_bytes_get().await.unwrap(),
        ValueBytesGetResponse::Ok { body: body.clone() }
    );
    assert_eq!(
        client.value_bytes_put(&body).await.unwrap(),
        ValueBytesPutResponse::NoContent
    );
    let body = DurationProperty {
        property: duration(),
    };
    assert_eq!(
        client.value_duration_get().await.unwrap(),
        ValueDurationGetResponse::Ok { body: body.clone() }
    );
    assert_eq!(
        client.value_duration_put(&body).await.unwrap(),
        ValueDurationPutResponse::NoContent
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn optional() {
    let client = client();
    let all = OptionalBytesProperty {
        property: Some(HELLO.to_vec()),
    };
    let none = OptionalBytesProperty { property: None };
    assert_eq!(
        client.optional_bytes_get_all().await.unwrap(),
        OptionalBytesGetAllResponse::Ok { body: all.clone() }
    );
    assert_eq!(
        client.optional_bytes_get_default().await.unwrap(),
        OptionalBytesGetDefaultResponse::Ok { body: none.clone() }
    );
    assert_eq!(
        client.optional_bytes_put_all(&all).await.unwrap(),
        OptionalBytesPutAllResponse::NoContent
    );
    assert_eq!(
        client.optional_bytes_put_default(&none).await.unwrap(),
        OptionalBytesPutDefaultResponse::NoContent
    );

    let all = OptionalDurationProperty {
        property: Some(duration()),
    };
    let none = OptionalDurationProperty { property: None };
    assert_eq!(
        client.optional_duration_get_all().await.unwrap(),
        OptionalDurationGetAllResponse::Ok { body: all.clone() }
    );
    assert_eq!(
        client.optional_duration_get_default().await.unwrap(),
        OptionalDurationGetDefaultResponse::Ok { body: none.clone() }
    );
    assert_eq!(
        client.optional_duration_put_all(&all).await.unwrap(),
        OptionalDurationPutAllResponse::NoContent
    );
    assert_eq!(
        client.optional_duration_put_default(&none).await.unwrap(),
        OptionalDurationPutDefaultResponse::NoContent
    );

    // An optional list is empty when absent.
    let all = OptionalCollectionsByteProperty {
        property: vec![HELLO.to_vec(), HELLO.to_vec()],
    };
    let none = OptionalCollectionsByteProperty {
        property: Vec::new(),
    };
    assert_eq!(
        client.optional_collections_byte_get_all().await.unwrap(),
        OptionalCollectionsByteGetAllResponse::Ok { body: all.clone() }
    );
    assert_eq!(
        client
            .optional_collections_byte_get_default()
            .await
            .unwrap(),
        OptionalCollectionsByteGetDefaultResponse::Ok { body: none.clone() }
    );
    assert_eq!(
        client
            .optional_collections_byte_put_all(&all)
            .await
            .unwrap(),
        OptionalCollectionsBytePutAllResponse::NoContent
    );
    assert_eq!(
        client
            .optional_collections_byte_put_default(&none)
            .await
            .unwrap(),
        OptionalCollectionsBytePutDefaultResponse::NoContent
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn nullable() {
    let client = client();
    let required = || "foo".to_owned();
    let value = NullableBytesProperty {
        required_property: required(),
        nullable_property: Some(HELLO.to_vec()),
    };
    assert_eq!(
        client.nullable_bytes_get_non_null().await.unwrap(),
        NullableBytesGetNonNullResponse::Ok {
            body: value.clone()
        }
    );
    assert_eq!(
        client.nullable_bytes_patch_non_null(&value).await.unwrap(),
        NullableBytesPatchNonNullResponse::NoContent
    );
    let null = NullableBytesProperty {
        required_property: required(),
        nullable_property: None,
    };
    assert_eq!(
        client.nullable_bytes_get_null().await.unwrap(),
        NullableBytesGetNullResponse::Ok { body: null.clone() }
    );
    assert_eq!(
        client.nullable_bytes_patch_null(&null).await.unwrap(),
        NullableBytesPatchNullResponse::NoContent
    );

    let value = NullableDurationProperty {
        required_property: required(),
        nullable_property: Some(duration()),
    };
    assert_eq!(
        client.nullable_duration_get_non_null().await.unwrap(),
        NullableDurationGetNonNullResponse::Ok {
            body: value.clone()
        }
    );
    assert_eq!(
        client
            .nullable_duration_patch_non_null(&value)
            .await
            .unwrap(),
        NullableDurationPatchNonNullResponse::NoContent
    );
    let null = NullableDurationProperty {
        required_property: required(),
        nullable_property: None,
    };
    assert_eq!(
        client.nullable_duration_get_null().await.unwrap(),
        NullableDurationGetNullResponse::Ok { body: null.clone() }
    );
    assert_eq!(
        client.nullable_duration_patch_null(&null).await.unwrap(),
        NullableDurationPatchNullResponse::NoContent
    );

    let value = NullableCollectionsByteProperty {
        required_property: required(),
        nullable_property: Some(vec![HELLO.to_vec(), HELLO.to_vec()]),
    };
    assert_eq!(
        client
            .nullable_collections_byte_get_non_null()
            .await
            .unwrap(),
        NullableCollectionsByteGetNonNullResponse::Ok {
            body: value.clone()
        }
    );
    assert_eq!(
        client
            .nullable_collections_byte_patch_non_null(&value)
            .await
            .unwrap(),
        NullableCollectionsBytePatchNonNullResponse::NoContent
    );
    let null = NullableCollectionsByteProperty {
        required_property: required(),
        nullable_property: None,
    };
    assert_eq!(
        client.nullable_collections_byte_get_null().await.unwrap(),
        NullableCollectionsByteGetNullResponse::Ok { body: null.clone() }
    );
    assert_eq!(
        client
            .nullable_collections_byte_patch_null(&null)
            .await
            .unwrap(),
        NullableCollectionsBytePatchNullResponse::NoContent
    );
}
