//! Following a long-running operation: states, Retry-After, timeout, API version, errors.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use specgen_runtime::{Failure, Outcome, PollSpec, Poller, RawResponse, Url, WaitError};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate, matchers::any};

const SPEC: PollSpec = PollSpec {
    status_property: "status",
    succeeded: &["completed"],
    failed: &["failed"],
    canceled: &["canceled"],
};

/// Serves the given (status, state, Retry-After) answers in turn, the last one forever, and
/// records when each request arrived.
struct Script {
    answers: Vec<(u16, &'static str, Option<&'static str>)>,
    seen: Mutex<Vec<(Instant, String)>>,
}

impl Respond for Script {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let mut seen = self.seen.lock().unwrap();
        seen.push((Instant::now(), request.url.to_string()));
        let (status, state, retry_after) =
            self.answers[(seen.len() - 1).min(self.answers.len() - 1)];
        let mut template = ResponseTemplate::new(status).set_body_raw(
            format!(r#"{{"status":"{state}","id":"7"}}"#),
            "application/json",
        );
        if let Some(retry_after) = retry_after {
            template = template.insert_header("Retry-After", retry_after);
        }
        template
    }
}

/// A stand-in for a generated status decoder: the body's state as text, errors for non-200.
fn decode(response: RawResponse, _base_url: &Url) -> Result<String, Failure> {
    if response.status.as_u16() != 200 {
        return Err(Failure::Refused(
            specgen_runtime::RequestError::InvalidUrl {
                reason: format!("status {}", response.status),
            },
        ));
    }
    let body: serde_json::Value = response.json().map_err(|error| {
        Failure::Refused(specgen_runtime::RequestError::InvalidUrl {
            reason: error.to_string(),
        })
    })?;
    Ok(body["status"].as_str().unwrap_or_default().to_owned())
}

async fn serve(
    answers: Vec<(u16, &'static str, Option<&'static str>)>,
) -> (MockServer, Arc<Script>) {
    let script = Arc::new(Script {
        answers,
        seen: Mutex::new(Vec::new()),
    });
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(Shared(Arc::clone(&script)))
        .mount(&server)
        .await;
    (server, script)
}

/// The script, shared between the server and the test that reads what it saw.
struct Shared(Arc<Script>);

impl Respond for Shared {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        self.0.respond(request)
    }
}

fn poller(server: &MockServer, path: &str) -> Poller<String, Failure> {
    let transport = common::transport(&server.uri());
    let url = Url::parse(&format!("{}{path}", server.uri())).unwrap();
    Poller::new(&transport, url, &SPEC, decode).interval(Duration::from_millis(5))
}

#[tokio::test]
async fn polls_through_running_to_completed_with_the_api_version() {
    let (server, script) = serve(vec![
        (200, "running", None),
        (200, "running", None),
        (200, "completed", None),
    ])
    .await;
    let outcome = poller(&server, "/api/operations/7").wait().await.unwrap();
    assert_eq!(outcome, Outcome::Succeeded("completed".to_owned()));
    let seen = script.seen.lock().unwrap();
    assert_eq!(seen.len(), 3);
    for (_, url) in seen.iter() {
        assert!(
            url.ends_with("/api/operations/7?api-version=2017-10-31"),
            "{url}"
        );
    }
}

#[tokio::test]
async fn a_failed_state_ends_the_wait_as_failed() {
    let (server, script) = serve(vec![(200, "running", None), (200, "FAILED", None)]).await;
    let outcome = poller(&server, "/op").wait().await.unwrap();
    assert_eq!(outcome, Outcome::Failed("FAILED".to_owned()));
    assert_eq!(script.seen.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn a_canceled_state_ends_the_wait_as_canceled() {
    let (server, _) = serve(vec![(200, "canceled", None)]).await;
    let outcome = poller(&server, "/op").wait().await.unwrap();
    assert_eq!(outcome, Outcome::Canceled("canceled".to_owned()));
}

#[tokio::test]
async fn retry_after_is_honoured_between_polls() {
    // The interval is 5 ms; the server asks for 1 s before the second read.
    let (server, script) = serve(vec![(200, "running", Some("1")), (200, "completed", None)]).await;
    poller(&server, "/op").wait().await.unwrap();
    let seen = script.seen.lock().unwrap();
    assert_eq!(seen.len(), 2);
    let gap = seen[1].0 - seen[0].0;
    assert!(
        gap >= Duration::from_secs(1),
        "the second read came {gap:?} after the first"
    );
}

#[tokio::test]
async fn the_timeout_stops_a_wait_that_never_ends() {
    let (server, script) = serve(vec![(200, "running", None)]).await;
    let mut poller = poller(&server, "/op")
        .interval(Duration::from_millis(20))
        .timeout(Duration::from_millis(70));
    let Err(WaitError::TimedOut { status_url, polls }) = poller.wait().await else {
        panic!("expected a timeout");
    };
    assert!(status_url.path().ends_with("/op"));
    let seen = script.seen.lock().unwrap().len();
    assert_eq!(polls as usize, seen);
    assert!((2..=5).contains(&seen), "{seen} reads");
}

#[tokio::test]
async fn an_existing_api_version_is_kept_not_repeated() {
    let (server, script) = serve(vec![(200, "completed", None)]).await;
    poller(&server, "/api/operations/c$1$2?api-version=2017-10-31")
        .wait()
        .await
        .unwrap();
    let seen = script.seen.lock().unwrap();
    assert_eq!(seen[0].1.matches("api-version").count(), 1, "{}", seen[0].1);
}

#[tokio::test]
async fn a_status_read_that_fails_ends_the_wait_with_its_error() {
    let (server, _) = serve(vec![(200, "running", None), (500, "oops", None)]).await;
    let error = poller(&server, "/op").wait().await.unwrap_err();
    assert!(matches!(error, WaitError::Status(_)), "{error:?}");
    assert!(error.to_string().contains("status 500"), "{error}");
}

#[tokio::test]
async fn poll_reads_once_and_reports_the_state() {
    let (server, script) = serve(vec![(200, "running", None), (200, "completed", None)]).await;
    let mut poller = poller(&server, "/op");
    let (state, status) = poller.poll().await.unwrap();
    assert_eq!(
        (state, status.as_str()),
        (specgen_runtime::PollState::Running, "running")
    );
    let (state, _) = poller.poll().await.unwrap();
    assert_eq!(state, specgen_runtime::PollState::Succeeded);
    assert_eq!(script.seen.lock().unwrap().len(), 2);
    assert!(format!("{poller:?}").contains("/op"));
}
