//! Special request headers: `SpecialHeaders_ConditionalRequest_*` and
//! `Azure_SpecialHeaders_XmsClientRequestId`.
#![allow(clippy::unwrap_used)]

mod common;

use specgen_runtime::chrono::DateTime;
use spector_clients::headers::*;

fn client() -> Client {
    Client::builder()
        .base_url(common::base_url())
        .build()
        .unwrap()
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn special_headers_conditional_request_post_if_match() {
    let response = client().post_if_match(Some("\"valid\"")).await.unwrap();
    assert_eq!(response, PostIfMatchResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn special_headers_conditional_request_post_if_none_match() {
    let response = client()
        .post_if_none_match(Some("\"invalid\""))
        .await
        .unwrap();
    assert_eq!(response, PostIfNoneMatchResponse::NoContent);
}

/// The date is given in another offset: the header is always written in GMT.
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn special_headers_conditional_request_head_if_modified_since() {
    let date = DateTime::parse_from_rfc3339("2022-08-26T16:38:00+02:00").unwrap();
    let response = client().head_if_modified_since(Some(date)).await.unwrap();
    assert_eq!(response, HeadIfModifiedSinceResponse::NoContent);
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn special_headers_conditional_request_post_if_unmodified_since() {
    let date = DateTime::parse_from_rfc2822("Fri, 26 Aug 2022 14:38:00 GMT").unwrap();
    let response = client().post_if_unmodified_since(Some(date)).await.unwrap();
    assert_eq!(response, PostIfUnmodifiedSinceResponse::NoContent);
}

/// The caller's id is sent and echoed; without one, the client sends a new UUID of its own.
#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn azure_special_headers_xms_client_request_id() {
    let id: Uuid = "123e4567-e89b-12d3-a456-426614174000".parse().unwrap();
    let ClientRequestIdResponse::NoContent {
        x_ms_client_request_id,
    } = client().client_request_id(Some(id)).await.unwrap();
    assert_eq!(x_ms_client_request_id, id);

    let ClientRequestIdResponse::NoContent {
        x_ms_client_request_id: first,
    } = client().client_request_id(None).await.unwrap();
    let ClientRequestIdResponse::NoContent {
        x_ms_client_request_id: second,
    } = client().client_request_id(None).await.unwrap();
    assert_eq!(first.get_version_num(), 4);
    assert_ne!(first, second, "each request gets a new id");
}
