//! Path parameters: `Parameters_Path_normal`, `Routes_PathParameters_*`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use spector_clients::paths::*;

fn client() -> Client {
    Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn parameters_path_normal() {
    let response = client().path_normal("foo").await.unwrap();
    assert_eq!(response, PathNormalResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_path_parameters_template_only() {
    let response = client().template_only("a").await.unwrap();
    assert_eq!(response, TemplateOnlyResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_path_parameters_explicit() {
    let response = client().explicit("a").await.unwrap();
    assert_eq!(response, ExplicitResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_path_parameters_annotation_only() {
    let response = client().annotation_only("a").await.unwrap();
    assert_eq!(response, AnnotationOnlyResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_path_parameters_reserved_expansion_template() {
    let response = client()
        .reserved_expansion_template("foo/bar baz")
        .await
        .unwrap();
    assert_eq!(response, ReservedExpansionTemplateResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn routes_path_parameters_reserved_expansion_annotation() {
    let response = client()
        .reserved_expansion_annotation("foo/bar baz")
        .await
        .unwrap();
    assert_eq!(response, ReservedExpansionAnnotationResponse::NoContent);
}
