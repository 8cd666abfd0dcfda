//! Authentication: `Authentication_ApiKey_*` (a key in `x-ms-api-key`) and
//! `Authentication_OAuth2_*` (an OAuth 2.0 access token as a bearer token).
#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use spector_clients::{auth_api_key as api_key, auth_oauth2 as oauth2};

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn authentication_api_key_valid() {
    let client = api_key::Client::builder()
        .base_url(common::base_url())
        .api_key("valid-key")
        .build()
        .unwrap();
    let response = client.valid().await.unwrap();
    assert_eq!(response, api_key::ValidResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn authentication_api_key_invalid() {
    let client = api_key::Client::builder()
        .base_url(common::base_url())
        .api_key("invalid-key")
        .build()
        .unwrap();
    match client.invalid().await {
        Err(api_key::InvalidError::Forbidden { body, response }) => {
            assert_eq!(body.unwrap().error, "invalid-api-key");
            assert_eq!(response.status.as_u16(), 403);
        }
        other => panic!("expected the 403 row, got {other:?}"),
    }
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn authentication_oauth2_valid() {
    let client = oauth2::Client::builder()
        .base_url(common::base_url())
        .bearer_token("https://security.microsoft.com/.default")
        .build()
        .unwrap();
    let response = client.valid().await.unwrap();
    assert_eq!(response, oauth2::ValidResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn authentication_oauth2_invalid() {
    let client = oauth2::Client::builder()
        .base_url(common::base_url())
        .bearer_token("an-expired-token")
        .build()
        .unwrap();
    match client.invalid().await {
        Err(oauth2::InvalidError::Forbidden { body, response }) => {
            assert_eq!(body.unwrap().error, "invalid-grant");
            assert_eq!(response.status.as_u16(), 403);
        }
        other => panic!("expected the 403 row, got {other:?}"),
    }
}
