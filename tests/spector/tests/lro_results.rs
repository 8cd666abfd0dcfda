//! The results of long-running operations, against a loopback server: the generated pollers
//! of `spec/azure-lro.yaml` return a member of the succeeded status body
//! (`final-result: { property: result }`) or the answer of a final GET of another operation
//! (`final-result: { operation: get-user }`), and report each way of failing.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::time::Duration;

use serde_json::json;
use spector_clients::azure_lro::*;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const STATUS_PATH: &str = "/azure/core/lro/standard/users/madge/operations/operation1";

/// A server whose status URL answers `InProgress`, then each of `statuses` in turn (the last
/// one forever).
async fn status_server(statuses: &[serde_json::Value]) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(STATUS_PATH))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"id": "operation1", "status": "InProgress"})),
        )
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    for (index, status) in statuses.iter().enumerate() {
        let last = index + 1 == statuses.len();
        let mock = Mock::given(method("GET"))
            .and(path(STATUS_PATH))
            .respond_with(ResponseTemplate::new(200).set_body_json(status))
            .with_priority(2);
        let mock = if last { mock } else { mock.up_to_n_times(1) };
        mock.mount(&server).await;
    }
    server
}

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

fn status_url(server: &MockServer) -> Url {
    format!("{}{STATUS_PATH}", server.uri()).parse().unwrap()
}

const FAST: Duration = Duration::from_millis(5);

#[tokio::test]
async fn the_final_get_reads_the_resource_with_the_path_arguments_and_the_api_version() {
    let server = status_server(&[json!({"id": "operation1", "status": "Succeeded"})]).await;
    Mock::given(method("GET"))
        .and(path("/azure/core/lro/standard/users/ma%20dge"))
        .and(query_param("api-version", "2022-12-01-preview"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"name": "ma dge", "role": "owner"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let outcome = client(&server)
        .create_or_replace_user_created_poller(status_url(&server), "ma dge")
        .interval(FAST)
        .wait()
        .await
        .unwrap();
    assert_eq!(
        outcome,
        Outcome::Succeeded(GetUserResponse::Ok {
            body: User {
                name: "ma dge".into(),
                role: "owner".into(),
            }
        })
    );
}

#[tokio::test]
async fn a_final_get_that_fails_is_a_result_error_of_that_operation() {
    let server = status_server(&[json!({"id": "operation1", "status": "Succeeded"})]).await;
    Mock::given(method("GET"))
        .and(path("/azure/core/lro/standard/users/madge"))
        .respond_with(ResponseTemplate::new(404))
        .mount(&server)
        .await;
    let error = client(&server)
        .create_or_replace_user_ok_poller(status_url(&server), "madge")
        .interval(FAST)
        .wait()
        .await
        .unwrap_err();
    let WaitError::Result(GetUserError::Failure(Failure::UnexpectedStatus(response))) = &error
    else {
        panic!("expected the final GET's error, got {error:?}");
    };
    assert_eq!(response.status.as_u16(), 404);
    assert!(
        error.to_string().contains("reading its result failed"),
        "{error}"
    );
}

#[tokio::test]
async fn a_final_get_of_an_empty_path_argument_is_refused_before_sending() {
    let server = status_server(&[json!({"id": "operation1", "status": "Succeeded"})]).await;
    let error = client(&server)
        .create_or_replace_user_created_poller(status_url(&server), "")
        .interval(FAST)
        .wait()
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            WaitError::Result(GetUserError::Failure(Failure::Refused(
                RequestError::EmptyPathParameter { name: "name" }
            )))
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn an_operation_that_failed_ends_with_its_status_and_no_final_get() {
    let server =
        status_server(&[json!({"id": "operation1", "status": "Failed", "error": {"code": "x"}})])
            .await;
    Mock::given(method("GET"))
        .and(path("/azure/core/lro/standard/users/madge"))
        .respond_with(ResponseTemplate::new(200))
        .expect(0)
        .mount(&server)
        .await;
    let outcome = client(&server)
        .create_or_replace_user_created_poller(status_url(&server), "madge")
        .interval(FAST)
        .wait()
        .await
        .unwrap();
    let Outcome::Failed(UserOperationStatusResponse::Ok { body }) = outcome else {
        panic!("expected a failure, got {outcome:?}");
    };
    assert_eq!(body.error, Some(json!({"code": "x"})));
}

#[tokio::test]
async fn the_result_member_of_the_succeeded_status_is_the_result() {
    let server = status_server(&[json!({
        "id": "operation1",
        "status": "Succeeded",
        "result": {"name": "madge", "resourceUri": "/users/madge"}
    })])
    .await;
    let outcome = client(&server)
        .export_user_poller(status_url(&server))
        .interval(FAST)
        .wait()
        .await
        .unwrap();
    assert_eq!(
        outcome.succeeded(),
        Some(ExportedUser {
            name: "madge".into(),
            resource_uri: "/users/madge".into(),
        })
    );
}

#[tokio::test]
async fn a_succeeded_status_without_its_result_is_a_decode_error() {
    let server = status_server(&[json!({"id": "operation1", "status": "Succeeded"})]).await;
    let error = client(&server)
        .export_user_poller(status_url(&server))
        .interval(FAST)
        .wait()
        .await
        .unwrap_err();
    let WaitError::Status(ExportStatusError::Failure(Failure::Decode(decode))) = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert!(
        matches!(
            decode.kind,
            DecodeErrorKind::MissingMember { name: "result" }
        ),
        "{decode:?}"
    );
    assert!(error.to_string().contains("no member `result`"), "{error}");
}

#[tokio::test]
async fn a_poller_without_a_final_result_ends_with_the_last_status() {
    let server = status_server(&[json!({"id": "operation1", "status": "Succeeded"})]).await;
    let outcome = client(&server)
        .delete_user_poller(status_url(&server))
        .interval(FAST)
        .wait()
        .await
        .unwrap();
    let UserOperationStatusResponse::Ok { body } = outcome.into_status();
    assert_eq!(body.status, OperationState::Succeeded);
}
