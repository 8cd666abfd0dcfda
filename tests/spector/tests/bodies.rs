//! Request and response bodies: `Parameters_Basic_*`, `Parameters_BodyOptionality_*`,
//! `Type_Model_Usage_*`, `Type_Model_Empty_*`.
#![allow(clippy::unwrap_used)]

mod common;

use spector_clients::bodies::*;

fn client() -> Client {
    Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn parameters_basic_explicit_body_simple() {
    let body = User { name: "foo".into() };
    let response = client().explicit_body(&body).await.unwrap();
    assert_eq!(response, ExplicitBodyResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn parameters_basic_implicit_body_simple() {
    let body = ImplicitBodyRequest { name: "foo".into() };
    let response = client().implicit_body(&body).await.unwrap();
    assert_eq!(response, ImplicitBodyResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn parameters_body_optionality_required_explicit() {
    let body = BodyModel { name: "foo".into() };
    let response = client().required_explicit(&body).await.unwrap();
    assert_eq!(response, RequiredExplicitResponse::NoContent);
}

/// Both halves of `Parameters_BodyOptionality_OptionalExplicit`: with the body (and its
/// `Content-Type`), then without either.
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn parameters_body_optionality_optional_explicit() {
    let body = BodyModel { name: "foo".into() };
    let set = client().optional_explicit_set(Some(&body)).await.unwrap();
    assert_eq!(set, OptionalExplicitSetResponse::NoContent);
    let omit = client().optional_explicit_omit(None).await.unwrap();
    assert_eq!(omit, OptionalExplicitOmitResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn parameters_body_optionality_required_implicit() {
    let body = RequiredImplicitRequest { name: "foo".into() };
    let response = client().required_implicit(&body).await.unwrap();
    assert_eq!(response, RequiredImplicitResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_model_usage_input() {
    let body = InputRecord {
        required_prop: "example-value".into(),
    };
    let response = client().usage_input(&body).await.unwrap();
    assert_eq!(response, UsageInputResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_model_usage_output() {
    let response = client().usage_output().await.unwrap();
    let UsageOutputResponse::Ok { body } = response;
    assert_eq!(body.required_prop, "example-value");
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_model_usage_input_and_output() {
    let body = InputOutputRecord {
        required_prop: "example-value".into(),
    };
    let response = client().usage_input_output(&body).await.unwrap();
    assert_eq!(response, UsageInputOutputResponse::Ok { body });
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_model_empty_put_empty() {
    let response = client().empty_put(&EmptyInput {}).await.unwrap();
    assert_eq!(response, EmptyPutResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_model_empty_get_empty() {
    let response = client().empty_get().await.unwrap();
    assert_eq!(
        response,
        EmptyGetResponse::Ok {
            body: EmptyOutput {}
        }
    );
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn type_model_empty_post_round_trip_empty() {
    let response = client()
        .empty_round_trip(&EmptyInputOutput {})
        .await
        .unwrap();
    assert_eq!(
        response,
        EmptyRoundTripResponse::Ok {
            body: EmptyInputOutput {}
        }
    );
}
