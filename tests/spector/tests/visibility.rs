//! Visibility: `Type_Model_Visibility_*`. One model serves every operation: each sends the
//! properties it sets, a read-only one is never sent (even when set) and is read from the
//! response, and the query property is a query parameter.
#![allow(clippy::unwrap_used)]

mod common;

use spector_clients::type_model_visibility::*;

fn client() -> Client {
    Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

/// The model with its read-only property set: a request must not send it.
fn with_read_prop(model: VisibilityModel) -> VisibilityModel {
    VisibilityModel {
        read_prop: Some("never sent".to_owned()),
        ..model
    }
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn each_operation_sends_its_phase_s_properties() {
    let client = client();
    assert_eq!(
        client.get_model(123).await.unwrap(),
        GetModelResponse::Ok {
            body: VisibilityModel {
                read_prop: Some("abc".to_owned()),
                ..VisibilityModel::default()
            }
        }
    );
    assert_eq!(client.head_model(123).await.unwrap(), HeadModelResponse::Ok);
    let create = || vec!["foo".to_owned(), "bar".to_owned()];
    let put = with_read_prop(VisibilityModel {
        create_prop: create(),
        update_prop: vec![1, 2],
        ..VisibilityModel::default()
    });
    assert_eq!(
        client.put_model(&put).await.unwrap(),
        PutModelResponse::NoContent
    );
    let patch = with_read_prop(VisibilityModel {
        update_prop: vec![1, 2],
        ..VisibilityModel::default()
    });
    assert_eq!(
        client.patch_model(&patch).await.unwrap(),
        PatchModelResponse::NoContent
    );
    let post = with_read_prop(VisibilityModel {
        create_prop: create(),
        ..VisibilityModel::default()
    });
    assert_eq!(
        client.post_model(&post).await.unwrap(),
        PostModelResponse::NoContent
    );
    let delete = with_read_prop(VisibilityModel {
        delete_prop: Some(true),
        ..VisibilityModel::default()
    });
    assert_eq!(
        client.delete_model(&delete).await.unwrap(),
        DeleteModelResponse::NoContent
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn read_only_properties_are_read_and_not_sent() {
    let sent = ReadOnlyModel {
        optional_nullable_int_list: Some(vec![9]),
        optional_string_record: [("k".to_owned(), "v".to_owned())].into(),
    };
    assert_eq!(specgen_runtime::serde_json::to_string(&sent).unwrap(), "{}");
    assert_eq!(
        client().put_read_only_model(&sent).await.unwrap(),
        PutReadOnlyModelResponse::Ok {
            body: ReadOnlyModel {
                optional_nullable_int_list: Some(vec![1, 2, 3]),
                optional_string_record: [("k1", "value1"), ("k2", "value2")]
                    .map(|(k, v)| (k.to_owned(), v.to_owned()))
                    .into(),
            }
        }
    );
}
