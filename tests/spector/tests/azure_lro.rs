//! Long-running operations: `Azure_Core_Lro_Rpc_longRunningRpc`,
//! `Azure_Core_Lro_Standard_{createOrReplace,delete,export}`. Each starts with a 201 or 202
//! whose `operation-location` the generated poller reads (adding the API version) until the
//! status is terminal; the result is in the status body, or read with a final GET.
#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::time::Duration;

use spector_clients::azure_lro::*;

fn client() -> Client {
    Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

const INTERVAL: Duration = Duration::from_millis(50);
const TIMEOUT: Duration = Duration::from_secs(10);

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn azure_core_lro_rpc_long_running_rpc() {
    let client = client();
    let body = GenerationOptions {
        prompt: "text".into(),
    };
    let SubmitGenerationResponse::Accepted {
        operation_location,
        body,
    } = client.submit_generation(&body).await.unwrap();
    assert_eq!(body.status, OperationState::InProgress);
    let outcome = client
        .submit_generation_poller(operation_location)
        .interval(INTERVAL)
        .timeout(TIMEOUT)
        .wait()
        .await
        .unwrap();
    let Outcome::Succeeded(GenerationStatusResponse::Ok { body: status }) = outcome else {
        panic!("expected success, got {outcome:?}");
    };
    assert_eq!(status.status, OperationState::Succeeded);
    assert_eq!(status.result.unwrap().data, "text data");
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn azure_core_lro_standard_create_or_replace() {
    let client = client();
    let body = UserRole {
        role: "contributor".into(),
    };
    let madge = User {
        name: "madge".into(),
        role: "contributor".into(),
    };
    let response = client.create_or_replace_user("madge", &body).await.unwrap();
    let CreateOrReplaceUserResponse::Created {
        operation_location,
        body,
    } = response
    else {
        panic!("expected 201 Created, got {response:?}");
    };
    assert_eq!(body, madge);
    let outcome = client
        .create_or_replace_user_created_poller(operation_location)
        .interval(INTERVAL)
        .timeout(TIMEOUT)
        .wait()
        .await
        .unwrap();
    let Outcome::Succeeded(UserOperationStatusResponse::Ok { body: status }) = outcome else {
        panic!("expected success, got {outcome:?}");
    };
    assert_eq!(status.id, "operation1");
    // The final GET of the resource.
    let GetUserResponse::Ok { body: user } = client.get_user("madge").await.unwrap();
    assert_eq!(user, madge);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn azure_core_lro_standard_delete() {
    let client = client();
    let DeleteUserResponse::Accepted {
        operation_location,
        body,
    } = client.delete_user("madge").await.unwrap();
    assert_eq!(
        (body.id.as_str(), &body.status),
        ("operation2", &OperationState::InProgress)
    );
    let outcome = client
        .delete_user_poller(operation_location)
        .interval(INTERVAL)
        .timeout(TIMEOUT)
        .wait()
        .await
        .unwrap();
    let Outcome::Succeeded(UserOperationStatusResponse::Ok { body: status }) = outcome else {
        panic!("expected success, got {outcome:?}");
    };
    assert_eq!(status.status, OperationState::Succeeded);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn azure_core_lro_standard_export() {
    let client = client();
    let ExportUserResponse::Accepted {
        operation_location, ..
    } = client.export_user("madge", "json").await.unwrap();
    let outcome = client
        .export_user_poller(operation_location)
        .interval(INTERVAL)
        .timeout(TIMEOUT)
        .wait()
        .await
        .unwrap();
    let Outcome::Succeeded(ExportStatusResponse::Ok { body: status }) = outcome else {
        panic!("expected success, got {outcome:?}");
    };
    let result = status.result.unwrap();
    assert_eq!(
        (result.name.as_str(), result.resource_uri.as_str()),
        ("madge", "/users/madge")
    );
}
