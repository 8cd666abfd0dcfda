//! Status-code ranges: `Response_StatusCodeRange_errorResponseStatusCodeInRange` and
//! `Response_StatusCodeRange_errorResponseStatusCode404`, against the Spector server; and the
//! precedence of the rows (an exact code, then the narrower range, then `default`) for every
//! kind of status, against a loopback server.
#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use spector_clients::response::*;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(base_url: &str) -> Client {
    Client::builder().base_url(base_url).build().unwrap()
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn response_status_code_range_error_response_status_code_in_range() {
    let error = client(&common::base_url())
        .error_in_range()
        .await
        .unwrap_err();
    let ErrorInRangeError::ErrorInRange {
        body: Some(body),
        response,
    } = &error
    else {
        panic!("expected the 494-499 row, got {error:?}");
    };
    assert_eq!(
        body,
        &ErrorInRange {
            code: "request-header-too-large".into(),
            message: "Request header too large".into(),
        }
    );
    assert_eq!(response.status.as_u16(), 494);
    assert_eq!(error.status().unwrap().as_u16(), 494);
    assert!(error.is_error_in_range());
    assert!(error.to_string().starts_with("494: "), "{error}");
}

#[tokio::test]
#[ignore = "needs the Spector mock server: tests/spector/run.sh"]
async fn response_status_code_range_error_response_status_code404() {
    let error = client(&common::base_url()).error_404().await.unwrap_err();
    let Error404Error::NotFound {
        body: Some(body), ..
    } = &error
    else {
        panic!("expected the 404 row, got {error:?}");
    };
    assert_eq!(
        body,
        &NotFoundError {
            code: "not-found".into(),
            resource_id: "resource1".into(),
        }
    );
    assert_eq!(error.status().unwrap().as_u16(), 404);
    assert!(error.is_not_found() && !error.is_standard4_xx_error());
}

/// A loopback server answering every request with `status` and a JSON body.
async fn answering(status: u16, body: &str) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(status)
                .set_body_raw(body.as_bytes().to_vec(), "application/json"),
        )
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn an_exact_code_beats_its_class_and_a_class_takes_the_other_codes_in_it() {
    for (status, expected) in [
        (404, "NotFound"),
        (400, "Standard4XxError"),
        (499, "Standard4XxError"),
        (418, "Standard4XxError"),
    ] {
        let server = answering(status, r#"{"code":"c","resourceId":"r"}"#).await;
        let error = client(&server.uri()).error_404().await.unwrap_err();
        assert!(
            format!("{error:?}").starts_with(expected),
            "{status}: {error:?}"
        );
        assert_eq!(error.status().unwrap().as_u16(), status);
    }
    // Outside the class, and no `default` row: an undocumented status.
    for status in [500, 302] {
        let server = answering(status, "{}").await;
        let error = client(&server.uri()).error_404().await.unwrap_err();
        assert!(
            matches!(error, Error404Error::Failure(Failure::UnexpectedStatus(_))),
            "{status}: {error:?}"
        );
    }
}

#[tokio::test]
async fn a_range_beats_default_and_default_takes_every_other_status() {
    for (status, in_range) in [
        (494, true),
        (497, true),
        (499, true),
        (493, false),
        (500, false),
        (201, false),
    ] {
        let server = answering(status, r#"{"code":"c","message":"m"}"#).await;
        let error = client(&server.uri()).error_in_range().await.unwrap_err();
        match &error {
            ErrorInRangeError::ErrorInRange { body, .. } if in_range => {
                assert_eq!(body.as_ref().unwrap().message, "m");
            }
            ErrorInRangeError::DefaultError { body, .. } if !in_range => {
                assert_eq!(body.as_ref().unwrap().code, "c");
            }
            other => panic!("{status}: {other:?}"),
        }
        // The message shows the status received, not the row's range.
        assert!(
            error.to_string().starts_with(&status.to_string()),
            "{status}: {error}"
        );
    }
    let server = answering(204, "").await;
    assert_eq!(
        client(&server.uri()).error_in_range().await.unwrap(),
        ErrorInRangeResponse::NoContent
    );
}
