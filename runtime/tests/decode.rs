//! Decoding a `RawResponse`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::{DateTime, FixedOffset, NaiveDate};
use common::transport;
use serde::Deserialize;
use specgen_runtime::reqwest::header::HeaderValue;
use specgen_runtime::{
    Bytes, DecodeError, DecodeErrorKind, HeaderMap, PathPart, RawResponse, Request, StatusCode,
    Url, Uuid,
};
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[derive(Debug, Deserialize, PartialEq)]
struct ErrorResponse {
    code: String,
}

fn response(status: u16, headers: &[(&'static str, &[u8])], body: &'static [u8]) -> RawResponse {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        map.append(*name, HeaderValue::from_bytes(value).unwrap());
    }
    RawResponse {
        status: StatusCode::from_u16(status).unwrap(),
        headers: map,
        body: Bytes::from_static(body),
    }
}

/// Checks that the error kept the whole response.
fn assert_keeps(error: &DecodeError, original: &RawResponse) {
    assert_eq!(error.response.status, original.status);
    assert_eq!(error.response.headers, original.headers);
    assert_eq!(error.response.body, original.body);
}

#[test]
fn json_success_and_failure() {
    let ok = response(400, &[], br#"{"code": "BadRequest"}"#);
    assert_eq!(
        ok.json::<ErrorResponse>().unwrap(),
        ErrorResponse {
            code: "BadRequest".to_owned()
        }
    );

    let bad = response(400, &[("x-request-id", b"r-1")], b"<html>oops</html>");
    let error = bad.json::<ErrorResponse>().unwrap_err();
    assert_keeps(&error, &bad);
    assert!(matches!(error.kind, DecodeErrorKind::Body(_)));
    let text = error.to_string();
    assert!(
        text.starts_with("status 400: response body is not a valid ErrorResponse JSON: "),
        "{text}"
    );
    assert!(std::error::Error::source(&error).is_some());

    let error = bad.json::<Vec<ErrorResponse>>().unwrap_err();
    assert!(
        error
            .to_string()
            .contains("not a valid Vec<ErrorResponse> JSON"),
        "{error}"
    );

    let wrong_shape = response(200, &[], br#"{"other": 1}"#);
    let error = wrong_shape.json::<ErrorResponse>().unwrap_err();
    assert_keeps(&error, &wrong_shape);
    assert!(
        error.to_string().contains("missing field `code`"),
        "{error}"
    );

    let empty = response(200, &[], b"");
    assert!(empty.json::<ErrorResponse>().is_err());
}

#[test]
fn optional_json() {
    for blank in [&b""[..], b"  \r\n\t"] {
        let mut blank_response = response(200, &[], b"");
        blank_response.body = Bytes::copy_from_slice(blank);
        assert_eq!(
            blank_response.optional_json::<ErrorResponse>().unwrap(),
            None
        );
    }
    let present = response(200, &[], br#" {"code":"x"} "#);
    assert_eq!(
        present.optional_json::<ErrorResponse>().unwrap(),
        Some(ErrorResponse {
            code: "x".to_owned()
        })
    );
    let null = response(200, &[], b"null");
    assert_eq!(
        null.optional_json::<serde_json::Value>().unwrap(),
        Some(serde_json::Value::Null)
    );
    let bad = response(502, &[("server", b"proxy")], b"Bad Gateway");
    let error = bad.optional_json::<ErrorResponse>().unwrap_err();
    assert_keeps(&error, &bad);
    assert!(error.to_string().starts_with("status 502: "), "{error}");
}

#[test]
fn body_text() {
    assert_eq!(response(200, &[], b"caf\xc3\xa9").body_text(), Some("café"));
    assert_eq!(response(200, &[], b"\xff\xfe").body_text(), None);
}

#[test]
fn typed_headers() {
    let r = response(
        201,
        &[
            ("location", b"https://example.com/operations/1"),
            ("x-count", b"42"),
            ("x-negative", b"-7"),
            ("x-flag", b"true"),
            ("x-flag-upper", b"FALSE"),
            ("x-request-id", b"67e55044-10b1-426f-9247-bb680e5fe0c8"),
            ("x-date", b"2024-05-01"),
            ("x-rfc3339", b"2024-05-01T12:30:00+02:00"),
            ("date", b"Wed, 01 May 2024 10:30:00 GMT"),
            ("x-text", "caf\u{e9}".as_bytes()),
            ("x-repeated", b"first"),
            ("x-repeated", b"second"),
        ],
        b"",
    );
    assert_eq!(
        r.header::<Url>("location").unwrap().as_str(),
        "https://example.com/operations/1"
    );
    assert_eq!(r.header::<i64>("x-count").unwrap(), 42);
    assert_eq!(r.header::<i64>("X-Count").unwrap(), 42);
    assert_eq!(r.header::<i64>("x-negative").unwrap(), -7);
    assert!(r.header::<bool>("x-flag").unwrap());
    assert!(!r.header::<bool>("x-flag-upper").unwrap());
    assert_eq!(
        r.header::<Uuid>("x-request-id").unwrap().to_string(),
        "67e55044-10b1-426f-9247-bb680e5fe0c8"
    );
    assert_eq!(
        r.header::<NaiveDate>("x-date").unwrap(),
        NaiveDate::from_ymd_opt(2024, 5, 1).unwrap()
    );
    let rfc3339 = r.header::<DateTime<FixedOffset>>("x-rfc3339").unwrap();
    let http_date = r.header::<DateTime<FixedOffset>>("date").unwrap();
    assert_eq!(rfc3339, http_date);
    assert_eq!(r.header::<String>("x-text").unwrap(), "café");
    assert_eq!(r.header::<String>("x-repeated").unwrap(), "first");
    assert_eq!(r.optional_header::<i64>("x-count").unwrap(), Some(42));
    assert_eq!(r.optional_header::<i64>("x-absent").unwrap(), None);
}

#[test]
fn header_failures_name_the_header_and_keep_the_response() {
    let r = response(
        200,
        &[
            ("location", b"/relative/path"),
            ("x-count", b"many"),
            ("x-flag", b"yes"),
            ("x-request-id", b"not-a-uuid"),
            ("x-date", b"01/05/2024"),
            ("date", b"yesterday"),
            ("x-binary", b"\xff\xfe"),
        ],
        b"{}",
    );
    let error = r.header::<Url>("location").unwrap_err();
    assert_keeps(&error, &r);
    assert!(
        matches!(&error.kind, DecodeErrorKind::InvalidHeader { name: "location", reason } if reason == "relative URL"),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "status 200: header `location` is invalid: relative URL"
    );
    assert!(std::error::Error::source(&error).is_none());

    let invalid = [
        r.header::<i64>("x-count").unwrap_err(),
        r.header::<bool>("x-flag").unwrap_err(),
        r.header::<Uuid>("x-request-id").unwrap_err(),
        r.header::<NaiveDate>("x-date").unwrap_err(),
        r.header::<DateTime<FixedOffset>>("date").unwrap_err(),
        r.header::<String>("x-binary").unwrap_err(),
        r.optional_header::<i64>("x-count").unwrap_err(),
        r.optional_header::<String>("x-binary").unwrap_err(),
    ];
    let names = [
        "x-count",
        "x-flag",
        "x-request-id",
        "x-date",
        "date",
        "x-binary",
        "x-count",
        "x-binary",
    ];
    for (error, expected) in invalid.iter().zip(names) {
        assert_keeps(error, &r);
        match &error.kind {
            DecodeErrorKind::InvalidHeader { name, .. } => assert_eq!(*name, expected),
            other => panic!("{other:?}"),
        }
        assert!(error.to_string().contains(&format!("`{expected}`")));
    }

    let missing = r.header::<String>("x-ms-request-id").unwrap_err();
    assert_keeps(&missing, &r);
    assert!(matches!(
        missing.kind,
        DecodeErrorKind::MissingHeader {
            name: "x-ms-request-id"
        }
    ));
    assert_eq!(
        missing.to_string(),
        "status 200: required header `x-ms-request-id` is missing"
    );
}

#[tokio::test]
async fn decode_errors_keep_what_the_server_sent() {
    let server = MockServer::start().await;
    Mock::given(path("/broken"))
        .respond_with(
            ResponseTemplate::new(400)
                .insert_header("x-ms-request-id", "abc")
                .insert_header("content-type", "application/json")
                .set_body_bytes(&b"{\"code\": \xff"[..]),
        )
        .mount(&server)
        .await;
    let response = transport(&server.uri())
        .send(Request::get(&[PathPart::Literal("/broken")]))
        .await
        .unwrap();
    let error = response.json::<ErrorResponse>().unwrap_err();
    assert_eq!(error.response.status, StatusCode::BAD_REQUEST);
    assert_eq!(error.response.headers["x-ms-request-id"], "abc");
    assert_eq!(&error.response.body[..], b"{\"code\": \xff");
    assert!(error.to_string().starts_with("status 400: "), "{error}");
    let constructed = DecodeError::new(
        (*error.response).clone(),
        DecodeErrorKind::MissingHeader { name: "etag" },
    );
    assert_eq!(
        constructed.to_string(),
        "status 400: required header `etag` is missing"
    );
}

#[test]
fn email_list_header() {
    let ok = response(200, &[("x-notify", b"a@contoso.com, b@contoso.com")], b"");
    let list: Vec<specgen_runtime::EmailAddress> = ok.header("x-notify").unwrap();
    let texts: Vec<String> = list.iter().map(ToString::to_string).collect();
    assert_eq!(texts, ["a@contoso.com", "b@contoso.com"]);

    let bad = response(200, &[("x-notify", b"a@contoso.com, not-an-address")], b"");
    let error = bad
        .header::<Vec<specgen_runtime::EmailAddress>>("x-notify")
        .unwrap_err();
    assert!(error.to_string().contains("not-an-address"), "{error}");
    assert_keeps(&error, &bad);
}
