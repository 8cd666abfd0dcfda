//! Long-running operations: `Azure_Core_Lro_Rpc_longRunningRpc`,
//! `Azure_Core_Lro_Standard_{createOrReplace,delete,export}`. Each starts with a 201 or 202
//! whose `operation-location` the generated poller reads (adding the API version) until the
//! status is terminal; the poller then returns the result: a member of the status body
//! (`final-result: { property: result }`), the answer of a final GET of the resource
//! (`final-result: { operation: get-user }`), or the last status.
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
    // The `result` member of the succeeded status.
    assert_eq!(
        outcome,
        Outcome::Succeeded(GenerationResult {
            data: "text data".into()
        })
    );
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
    // The poller reads the status, then the user with a final GET of its URL.
    let outcome = client
        .create_or_replace_user_created_poller(operation_location, "madge")
        .interval(INTERVAL)
        .timeout(TIMEOUT)
        .wait()
        .await
        .unwrap();
    assert_eq!(
        outcome,
        Outcome::Succeeded(GetUserResponse::Ok { body: madge })
    );
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
    assert_eq!(
        outcome,
        Outcome::Succeeded(ExportedUser {
            name: "madge".into(),
            resource_uri: "/users/madge".into(),
        })
    );
}
