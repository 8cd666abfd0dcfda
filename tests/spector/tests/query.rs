//! Query parameters: `Parameters_Query_Constant_post`, `Parameters_CollectionFormat_Query_*`,
//! `Routes_QueryParameters_*`.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeMap;

use spector_clients::query::*;

fn client() -> Client {
    Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

const COLORS: [&str; 3] = ["blue", "red", "green"];

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn parameters_query_constant_post() {
    assert_eq!(
        client().constant().await.unwrap(),
        ConstantResponse::NoContent
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn parameters_collection_format_query_multi() {
    let response = client().colors_multi(&COLORS).await.unwrap();
    assert_eq!(response, ColorsMultiResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn parameters_collection_format_query_csv() {
    let response = client().colors_csv(&COLORS).await.unwrap();
    assert_eq!(response, ColorsCsvResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn parameters_collection_format_query_ssv() {
    let response = client().colors_ssv(&COLORS).await.unwrap();
    assert_eq!(response, ColorsSsvResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn parameters_collection_format_query_pipes() {
    let response = client().colors_pipes(&COLORS).await.unwrap();
    assert_eq!(response, ColorsPipesResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_template_only() {
    let response = client().template_only("a").await.unwrap();
    assert_eq!(response, TemplateOnlyResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_explicit() {
    let response = client().explicit("a").await.unwrap();
    assert_eq!(response, ExplicitResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_annotation_only() {
    let response = client().annotation_only("a").await.unwrap();
    assert_eq!(response, AnnotationOnlyResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_query_expansion_standard_primitive() {
    let response = client().expansion_standard_primitive("a").await.unwrap();
    assert_eq!(response, ExpansionStandardPrimitiveResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_query_expansion_standard_array() {
    let response = client()
        .expansion_standard_array(&["a", "b"])
        .await
        .unwrap();
    assert_eq!(response, ExpansionStandardArrayResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_query_expansion_explode_primitive() {
    let response = client().expansion_explode_primitive("a").await.unwrap();
    assert_eq!(response, ExpansionExplodePrimitiveResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_query_expansion_explode_array() {
    let response = client().expansion_explode_array(&["a", "b"]).await.unwrap();
    assert_eq!(response, ExpansionExplodeArrayResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_query_continuation_standard_primitive() {
    let response = client().continuation_standard_primitive("a").await.unwrap();
    assert_eq!(response, ContinuationStandardPrimitiveResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_query_continuation_standard_array() {
    let response = client()
        .continuation_standard_array(&["a", "b"])
        .await
        .unwrap();
    assert_eq!(response, ContinuationStandardArrayResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_query_continuation_explode_primitive() {
    let response = client().continuation_explode_primitive("a").await.unwrap();
    assert_eq!(response, ContinuationExplodePrimitiveResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_query_continuation_explode_array() {
    let response = client()
        .continuation_explode_array(&["a", "b"])
        .await
        .unwrap();
    assert_eq!(response, ContinuationExplodeArrayResponse::NoContent);
}

/// `{a: 1, b: 2}`, the record of the scenarios.
fn record() -> BTreeMap<String, i64> {
    BTreeMap::from([("a".to_owned(), 1), ("b".to_owned(), 2)])
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_query_expansion_standard_record() {
    let response = client().expansion_standard_record(&record()).await.unwrap();
    assert_eq!(response, ExpansionStandardRecordResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_query_expansion_explode_record() {
    let response = client().expansion_explode_record(&record()).await.unwrap();
    assert_eq!(response, ExpansionExplodeRecordResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_query_expansion_explode_model() {
    let param = ExpandParameters {
        field: "status".into(),
        value: "active".into(),
    };
    let response = client().expansion_explode_model(&param).await.unwrap();
    assert_eq!(response, ExpansionExplodeModelResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_query_continuation_standard_record() {
    let response = client()
        .continuation_standard_record(&record())
        .await
        .unwrap();
    assert_eq!(response, ContinuationStandardRecordResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_query_parameters_query_continuation_explode_record() {
    let response = client()
        .continuation_explode_record(&record())
        .await
        .unwrap();
    assert_eq!(response, ContinuationExplodeRecordResponse::NoContent);
}
