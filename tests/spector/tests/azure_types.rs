//! Azure Core types and examples: `Azure_Core_Scalar_*` (an `azureLocation`, a string, as a bare
//! body, a property, a header and a query parameter), `Azure_Core_Model_*` (an
//! `EmbeddingVector<int32>`, a bare array body and a property) and `Azure_Example_Basic` (an
//! operation given by an example file), and `Azure_Encode_Duration_durationConstant` (.NET's
//! TimeSpan form). Each GET must decode the typed value, each send must
//! write what the server checks.
#![allow(clippy::unwrap_used)]

mod common;

macro_rules! client {
    ($module:ident) => {
        spector_clients::$module::Client::builder()
            .base_url(common::base_url())
            .build()
            .unwrap()
    };
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn azure_core_scalar_azure_location() {
    use spector_clients::azure_core_scalar::*;
    let client = client!(azure_core_scalar);
    assert_eq!(
        client.get().await.unwrap(),
        GetResponse::Ok {
            body: "eastus".to_owned()
        }
    );
    assert_eq!(client.put("eastus").await.unwrap(), PutResponse::NoContent);
    let model = AzureLocationModel {
        location: "eastus".to_owned(),
    };
    assert_eq!(
        client.post(&model).await.unwrap(),
        PostResponse::Ok { body: model }
    );
    assert_eq!(
        client.header("eastus").await.unwrap(),
        HeaderResponse::NoContent
    );
    assert_eq!(
        client.query("eastus").await.unwrap(),
        QueryResponse::NoContent
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn azure_core_model_embedding_vector() {
    use spector_clients::azure_core_model::*;
    let client = client!(azure_core_model);
    assert_eq!(
        client.get().await.unwrap(),
        GetResponse::Ok {
            body: vec![0, 1, 2, 3, 4]
        }
    );
    assert_eq!(
        client.put(&[0, 1, 2, 3, 4]).await.unwrap(),
        PutResponse::NoContent
    );
    let sent = AzureEmbeddingModel {
        embedding: vec![0, 1, 2, 3, 4],
    };
    assert_eq!(
        client.post(&sent).await.unwrap(),
        PostResponse::Ok {
            body: AzureEmbeddingModel {
                embedding: vec![5, 6, 7, 8, 9]
            }
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn azure_example_basic() {
    use spector_clients::azure_example::*;
    let client = client!(azure_example);
    let body = ActionRequest {
        string_property: "text".to_owned(),
        model_property: Some(Model {
            int32_property: Some(1),
            float32_property: Some(1.5),
            enum_property: Some(Enum::EnumValue1),
        }),
        array_property: vec!["item".to_owned()],
        record_property: [("record".to_owned(), "value".to_owned())].into(),
    };
    assert_eq!(
        client.basic("query", "header", &body).await.unwrap(),
        BasicResponse::Ok {
            body: ActionRequest {
                string_property: "text".to_owned(),
                ..ActionRequest::default()
            }
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn azure_encode_duration_constant() {
    use specgen_runtime::Duration;
    use spector_clients::azure_encode_duration::*;
    let client = client!(azure_encode_duration);
    let input = Duration::days(1)
        + Duration::hours(2)
        + Duration::minutes(59)
        + Duration::milliseconds(59_500);
    assert_eq!(
        client
            .duration_constant(&DurationModel { input })
            .await
            .unwrap(),
        DurationConstantResponse::NoContent
    );
}
