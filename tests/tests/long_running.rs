//! Long-running operations through the generated client, against a loopback mock server: the
//! `202` row's `Operation-Location`, then the generated poller reading the status operation
//! until a terminal state, with `Retry-After`, the timeout, and a cancellation on the way.
//!
//! The states, the status operation, its example body and the locations are read from the
//! spec's model (`row.long_running`); the assertions are on the requests the server saw, never
//! on the time things took.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use cloud_partner_portal::{
    CancelOperationResponse, Client, GoLiveResponse, Outcome, Poller, PublishOfferResponse,
    RetrieveOperationError, RetrieveOperationResponse, Url, WaitError,
};
use pretty_assertions::assert_eq;
use serde_json::Value;
use specgen::model::{LongRunning, Operation, Response, ResponseKind, Scalar, Type};
use tokio::sync::Notify;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use common::{Arguments, Optional, SECRET};

/// A poller of the generated client: every long-running row of the spec reads its status with
/// `retrieve-operation`.
type StatusPoller = Poller<RetrieveOperationResponse, RetrieveOperationError>;

/// A poll interval short enough for the tests, where the server sends no `Retry-After`.
const SHORT: Duration = Duration::from_millis(10);

/// A wait no test reaches: only a poller that ignores `Retry-After` or the states runs into it.
const GENEROUS_TIMEOUT: Duration = Duration::from_secs(20);

/// A poll interval that would stall a test that reached it.
const AN_HOUR: Duration = Duration::from_secs(3600);

// ---------------------------------------------------------------------------------------------
// Per operation: starting it and taking its poller
// ---------------------------------------------------------------------------------------------

/// Starts the operation of `case` with the spec's example arguments and returns the location
/// its long-running row carries.
async fn start(client: &Client, case: &Case) -> Url {
    let a = Arguments::new(case.operation, Optional::Given);
    match case.operation.id.wire.as_str() {
        "publish-offer" => {
            let PublishOfferResponse::Accepted { operation_location } = client
                .publish_offer(a.path("publisherId"), a.path("offerId"), &a.body())
                .await
                .unwrap();
            operation_location
        }
        "go-live" => {
            let GoLiveResponse::Accepted { operation_location } = client
                .go_live(a.path("publisherId"), a.path("offerId"))
                .await
                .unwrap();
            operation_location
        }
        "cancel-operation" => match client
            .cancel_operation(a.path("publisherId"), a.path("offerId"), &a.body())
            .await
            .unwrap()
        {
            CancelOperationResponse::Accepted { operation_location } => operation_location,
            other => panic!("expected the long-running row, got {other:?}"),
        },
        other => panic!("the long-running operation `{other}` has no call in `start`"),
    }
}

/// The generated poller of `case`, following `location`.
fn poller(client: &Client, case: &Case, location: Url) -> StatusPoller {
    match case.long_running.poller.as_str() {
        "publish_offer_poller" => client.publish_offer_poller(location),
        "go_live_poller" => client.go_live_poller(location),
        "cancel_operation_poller" => client.cancel_operation_poller(location),
        other => panic!("the poller `{other}` is not called in `poller`"),
    }
}

/// Cancels the operation of `case` with its `cancel-operation`, with the spec's example
/// arguments (the same publisher and offer as the operation's), expecting the synchronous row.
async fn cancel(client: &Client, case: &Case) {
    let cancel = case.cancel_operation();
    let a = Arguments::new(cancel, Optional::Given);
    assert_eq!(
        cancel.id.wire, "cancel-operation",
        "a new cancel operation: call it here"
    );
    let result = client
        .cancel_operation(a.path("publisherId"), a.path("offerId"), &a.body())
        .await;
    assert!(
        matches!(result, Ok(CancelOperationResponse::Canceled)),
        "{result:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// What the spec says about a long-running row
// ---------------------------------------------------------------------------------------------

/// A long-running row of the spec.
struct Case {
    operation: &'static Operation,
    row: &'static Response,
    long_running: &'static LongRunning,
}

impl Case {
    /// The long-running row of the operation `id`.
    fn of(id: &str) -> Case {
        let operation = common::operation(id);
        let row = operation
            .responses
            .iter()
            .find(|row| row.long_running.is_some())
            .unwrap_or_else(|| panic!("`{id}` has no long-running row"));
        Case {
            operation,
            row,
            long_running: row.long_running.as_ref().unwrap(),
        }
    }

    /// Every long-running row of the spec.
    fn all() -> Vec<Case> {
        common::service()
            .operations
            .iter()
            .filter(|operation| {
                operation
                    .responses
                    .iter()
                    .any(|row| row.long_running.is_some())
            })
            .map(|operation| Case::of(&operation.id.wire))
            .collect()
    }

    /// The spec's example of the location header and its type.
    fn location_example(&self) -> (&'static str, Scalar) {
        let header = &self.operation.response_headers[self.long_running.location];
        let example = header
            .example
            .as_deref()
            .unwrap_or_else(|| panic!("`{}` has no example", header.name.wire));
        (example, header.ty)
    }

    /// The location as the mock server sends it: the spec's example, with an absolute URL
    /// moved to the server (the tests never leave 127.0.0.1), a relative one as it is.
    fn served_location(&self, server: &MockServer) -> String {
        let (example, _) = self.location_example();
        match Url::parse(example) {
            Ok(mut absolute) => {
                let base = common::base_url(server);
                absolute.set_scheme(base.scheme()).unwrap();
                absolute.set_host(base.host_str()).unwrap();
                absolute.set_port(base.port()).unwrap();
                absolute.to_string()
            }
            Err(_) => example.to_owned(),
        }
    }

    /// The status operation (`retrieve-operation`).
    fn status_operation(&self) -> &'static Operation {
        common::operation_by_method(&self.long_running.status_operation)
    }

    /// The cancel operation the spec names for this row.
    fn cancel_operation(&self) -> &'static Operation {
        let method = self
            .long_running
            .cancel_operation
            .as_deref()
            .unwrap_or_else(|| panic!("`{}` names no cancel operation", self.operation.id.wire));
        common::operation_by_method(method)
    }

    /// The status operation's first success row with a body: the one the poller decodes.
    fn status_row(&self) -> &'static Response {
        self.status_operation()
            .rows(ResponseKind::Success)
            .find(|row| row.body.is_some())
            .expect("the status operation has a success row with a body")
    }

    /// The status body of the spec's example, reporting `state`.
    fn status_body(&self, state: &str) -> Value {
        let row = self.status_row();
        let mut body = common::body_example(self.status_operation(), row)
            .expect("the status row has an example")
            .value();
        body[&self.long_running.status_property] = Value::String(state.to_owned());
        body
    }

    /// The states of the status property that end nothing: its enumeration's other values.
    fn running_states(&self) -> Vec<String> {
        let Some(Type::Struct(name)) = &self.status_row().body else {
            panic!("the status body is not an object type");
        };
        let field = common::struct_named(name)
            .fields
            .iter()
            .find(|field| field.name.wire == self.long_running.status_property)
            .expect("the status body has the status property");
        let Type::Enum(enumeration) = &field.ty else {
            panic!("the status property is not an enumeration: list its running states here");
        };
        let lr = self.long_running;
        let terminal = || lr.succeeded.iter().chain(&lr.failed).chain(&lr.canceled);
        let running: Vec<String> = common::service()
            .enums
            .iter()
            .find(|candidate| candidate.name.rust == *enumeration)
            .expect("the enumeration is declared")
            .values
            .iter()
            .map(|value| value.name.wire.clone())
            .filter(|value| !terminal().any(|state| state.eq_ignore_ascii_case(value)))
            .collect();
        assert!(
            !running.is_empty(),
            "the status enumeration has no running state"
        );
        running
    }

    fn succeeded(&self) -> &'static str {
        &self.long_running.succeeded[0]
    }

    fn failed(&self) -> &'static str {
        &self.long_running.failed[0]
    }

    fn canceled(&self) -> &'static str {
        self.long_running
            .canceled
            .first()
            .expect("the row lists a canceled state")
    }

    /// A mock server where the operation answers its long-running row with the location, and
    /// the status URL answers with `status`. Returns the server and the status URL the client
    /// must resolve the location to.
    async fn serve(&self, status: impl Respond + 'static) -> (MockServer, Url) {
        let server = MockServer::start().await;
        let served = self.served_location(&server);
        let status_url = common::base_url(&server).join(&served).unwrap();
        let start_path =
            common::expected_path(self.operation, &common::path_examples(self.operation));
        Mock::given(method(self.operation.method.as_str()))
            .and(path(start_path))
            .respond_with(
                ResponseTemplate::new(common::status_of(self.operation, self.row)).insert_header(
                    self.operation.response_headers[self.long_running.location]
                        .name
                        .wire
                        .as_str(),
                    served.as_str(),
                ),
            )
            .expect(1)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path(status_url.path()))
            .respond_with(status)
            .mount(&server)
            .await;
        (server, status_url)
    }

    /// Starts the operation on `server` and checks the location it gave: the spec's example,
    /// resolved against the base URL when relative.
    async fn start(&self, client: &Client, status_url: &Url) -> Url {
        let location = start(client, self).await;
        assert_eq!(
            &location, status_url,
            "`{}`: the location",
            self.operation.id.wire
        );
        location
    }

    /// Checks the polls the server saw: each a GET of the status URL with the bearer token and
    /// the service's API version exactly once, the location's query kept. Returns how many.
    async fn check_polls(&self, server: &MockServer, status_url: &Url) -> usize {
        let api_version = common::service().api_version.as_ref().unwrap();
        let mut expected_query: Vec<(String, String)> =
            status_url.query_pairs().into_owned().collect();
        if !expected_query
            .iter()
            .any(|(name, _)| *name == api_version.name)
        {
            expected_query.push((api_version.name.clone(), api_version.value.clone()));
        }
        let polls = status_polls(server, status_url).await;
        for poll in &polls {
            let query: Vec<(String, String)> = poll.url.query_pairs().into_owned().collect();
            assert_eq!(query, expected_query, "the query of a poll");
            assert_eq!(
                query
                    .iter()
                    .filter(|(name, value)| *name == api_version.name
                        && *value == api_version.value)
                    .count(),
                1,
                "the API version, once"
            );
            assert_eq!(
                common::header_values(&poll.headers, "authorization"),
                vec![format!("Bearer {SECRET}")]
            );
        }
        polls.len()
    }

    /// Checks that an outcome's status is the status body reporting `state`, as typed.
    fn check_status(&self, status: &RetrieveOperationResponse, state: &str) {
        let RetrieveOperationResponse::Ok { body } = status;
        assert_eq!(body.status.as_str(), state);
        let ty = self.status_row().body.as_ref().unwrap();
        assert_eq!(
            serde_json::to_value(body).unwrap(),
            common::canonical(ty, &self.status_body(state)).value
        );
    }
}

/// The GETs of the status URL the server saw, in order.
async fn status_polls(server: &MockServer, status_url: &Url) -> Vec<Request> {
    server
        .received_requests()
        .await
        .unwrap()
        .into_iter()
        .filter(|request| {
            request.method.as_str() == "GET" && request.url.path() == status_url.path()
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Status responders
// ---------------------------------------------------------------------------------------------

/// Answers the status URL with the states in turn (each with an optional `Retry-After`), the
/// last one for every later poll.
struct Script {
    answers: Vec<(Value, Option<&'static str>)>,
    served: AtomicUsize,
}

impl Script {
    fn new(case: &Case, states: &[(&str, Option<&'static str>)]) -> Script {
        Script {
            answers: states
                .iter()
                .map(|(state, retry_after)| (case.status_body(state), *retry_after))
                .collect(),
            served: AtomicUsize::new(0),
        }
    }

    /// The running states of `case`, then `end`.
    fn running_then(case: &Case, end: &str) -> Script {
        let running = case.running_states();
        let mut states: Vec<(&str, Option<&'static str>)> =
            running.iter().map(|state| (state.as_str(), None)).collect();
        states.push((end, None));
        Script::new(case, &states)
    }
}

impl Respond for Script {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let index = self.served.fetch_add(1, Ordering::SeqCst);
        let (body, retry_after) = &self.answers[index.min(self.answers.len() - 1)];
        status_template(body, *retry_after)
    }
}

fn status_template(body: &Value, retry_after: Option<&str>) -> ResponseTemplate {
    let mut template = ResponseTemplate::new(200)
        .set_body_raw(serde_json::to_vec(body).unwrap(), "application/json");
    if let Some(retry_after) = retry_after {
        template = template.insert_header("Retry-After", retry_after);
    }
    template
}

/// Reports a running state until the cancel operation was called, then the canceled state;
/// tells `running_polls` after the second running poll.
struct UntilCanceled {
    running: Value,
    canceled: Value,
    was_canceled: Arc<AtomicBool>,
    running_served: AtomicUsize,
    running_polls: Arc<Notify>,
}

impl Respond for UntilCanceled {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        if self.was_canceled.load(Ordering::SeqCst) {
            return status_template(&self.canceled, None);
        }
        if self.running_served.fetch_add(1, Ordering::SeqCst) + 1 == 2 {
            self.running_polls.notify_one();
        }
        status_template(&self.running, None)
    }
}

/// The cancel operation's synchronous answer, noting that it was called.
struct Cancels {
    code: u16,
    was_canceled: Arc<AtomicBool>,
}

impl Respond for Cancels {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        self.was_canceled.store(true, Ordering::SeqCst);
        ResponseTemplate::new(self.code)
    }
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn every_long_running_row_is_followed_by_its_poller_to_success() {
    let cases = Case::all();
    let ids: Vec<&str> = cases
        .iter()
        .map(|case| case.operation.id.wire.as_str())
        .collect();
    for id in ["publish-offer", "go-live", "cancel-operation"] {
        assert!(
            ids.contains(&id),
            "`{id}` is long-running in the spec: {ids:?}"
        );
    }
    for case in &cases {
        let running = case.running_states();
        let (server, status_url) = case
            .serve(Script::running_then(case, case.succeeded()))
            .await;
        let client = common::client(&server);
        let location = case.start(&client, &status_url).await;
        let mut poller = poller(&client, case, location)
            .interval(SHORT)
            .timeout(GENEROUS_TIMEOUT);
        assert_eq!(poller.status_url(), &status_url);
        common::assert_no_secret("a poller's Debug", &format!("{poller:?}"));

        let outcome = poller.wait().await.unwrap();
        let Outcome::Succeeded(status) = &outcome else {
            panic!("`{}`: {outcome:?}", case.operation.id.wire);
        };
        case.check_status(status, case.succeeded());
        assert_eq!(
            case.check_polls(&server, &status_url).await,
            running.len() + 1,
            "`{}`: a poll per running state, then the end",
            case.operation.id.wire
        );
        server.verify().await;
    }
}

#[tokio::test]
async fn a_relative_location_is_resolved_against_the_base_url() {
    // The publish page's location is relative; the poller follows it on the client's server.
    let case = Case::of("publish-offer");
    let (example, ty) = case.location_example();
    assert_eq!(ty, Scalar::UrlReference);
    assert!(
        Url::parse(example).is_err() && example.starts_with('/'),
        "the spec's example is relative: {example}"
    );
    let (server, status_url) = case
        .serve(Script::running_then(&case, case.succeeded()))
        .await;
    let client = common::client(&server);
    let location = case.start(&client, &status_url).await;
    assert_eq!(
        location.as_str(),
        format!("{}{example}", server.uri()),
        "the location on the client's server, its query kept"
    );
    assert!(
        location
            .query_pairs()
            .any(|(name, _)| name == "api-version"),
        "the example carries the API version already"
    );
    let outcome = poller(&client, &case, location)
        .interval(SHORT)
        .wait()
        .await
        .unwrap();
    assert!(outcome.is_succeeded(), "{outcome:?}");
    // The API version is not repeated on a URL that has it.
    assert!(case.check_polls(&server, &status_url).await >= 2);
}

#[tokio::test]
async fn publish_runs_then_fails() {
    let case = Case::of("publish-offer");
    let running = case.running_states();
    let (server, status_url) = case.serve(Script::running_then(&case, case.failed())).await;
    let client = common::client(&server);
    let location = case.start(&client, &status_url).await;
    let outcome = poller(&client, &case, location)
        .interval(SHORT)
        .timeout(GENEROUS_TIMEOUT)
        .wait()
        .await
        .unwrap();
    let Outcome::Failed(status) = &outcome else {
        panic!("expected Failed, got {outcome:?}");
    };
    case.check_status(status, case.failed());
    assert_eq!(
        case.check_polls(&server, &status_url).await,
        running.len() + 1
    );
}

#[tokio::test]
async fn retry_after_is_honoured_instead_of_the_interval() {
    // An interval of an hour and a timeout of 20 s: a poller that ignored the server's
    // `Retry-After` would give up after the first poll (its next poll would be past the
    // timeout), and one that waited the hour would stall the test.
    let case = Case::of("publish-offer");
    let running = case.running_states();
    let states = [
        (running[0].as_str(), Some("0")),
        (running[running.len() - 1].as_str(), Some("1")),
        (case.succeeded(), None),
    ];
    let (server, status_url) = case.serve(Script::new(&case, &states)).await;
    let client = common::client(&server);
    let location = case.start(&client, &status_url).await;
    let outcome = poller(&client, &case, location)
        .interval(AN_HOUR)
        .timeout(GENEROUS_TIMEOUT)
        .wait()
        .await;
    let Ok(Outcome::Succeeded(status)) = &outcome else {
        panic!("expected Succeeded, got {outcome:?}");
    };
    case.check_status(status, case.succeeded());
    assert_eq!(case.check_polls(&server, &status_url).await, 3);
}

#[tokio::test]
async fn without_retry_after_the_interval_applies_and_the_timeout_ends_the_wait() {
    let case = Case::of("publish-offer");
    let running = case.running_states();
    // No `Retry-After` and an interval of an hour, or a `Retry-After` of an hour and a short
    // interval: either way the next poll would come after the timeout, so the wait ends at
    // once with `TimedOut`, after one poll.
    for (interval, retry_after) in [(AN_HOUR, None), (SHORT, Some("3600"))] {
        let states = [(running[0].as_str(), retry_after)];
        let (server, status_url) = case.serve(Script::new(&case, &states)).await;
        let client = common::client(&server);
        let location = case.start(&client, &status_url).await;
        let outcome = poller(&client, &case, location)
            .interval(interval)
            .timeout(GENEROUS_TIMEOUT)
            .wait()
            .await;
        match &outcome {
            Err(WaitError::TimedOut {
                status_url: polled,
                polls,
            }) => {
                assert_eq!(polled, &status_url);
                assert_eq!(*polls, 1);
            }
            other => panic!("expected TimedOut, got {other:?}"),
        }
        let message = outcome.unwrap_err().to_string();
        assert!(message.contains("timeout"), "{message}");
        common::assert_no_secret("a wait error", &message);
        assert_eq!(case.check_polls(&server, &status_url).await, 1);
    }
}

#[tokio::test]
async fn canceling_while_polling_ends_canceled() {
    let case = Case::of("publish-offer");
    let cancel_operation = case.cancel_operation();
    let cancel_row = cancel_operation
        .rows(ResponseKind::Success)
        .find(|row| row.long_running.is_none() && row.headers.is_empty() && row.body.is_none())
        .expect("the cancel operation has a synchronous success row");
    let was_canceled = Arc::new(AtomicBool::new(false));
    let running_polls = Arc::new(Notify::new());
    let running = case.running_states();
    let status = UntilCanceled {
        running: case.status_body(&running[running.len() - 1]),
        canceled: case.status_body(case.canceled()),
        was_canceled: Arc::clone(&was_canceled),
        running_served: AtomicUsize::new(0),
        running_polls: Arc::clone(&running_polls),
    };
    let (server, status_url) = case.serve(status).await;
    let cancel_path =
        common::expected_path(cancel_operation, &common::path_examples(cancel_operation));
    Mock::given(method(cancel_operation.method.as_str()))
        .and(path(cancel_path.as_str()))
        .respond_with(Cancels {
            code: common::status_of(cancel_operation, cancel_row),
            was_canceled: Arc::clone(&was_canceled),
        })
        .expect(1)
        .mount(&server)
        .await;

    let client = common::client(&server);
    let location = case.start(&client, &status_url).await;
    let mut poller = poller(&client, &case, location)
        .interval(SHORT)
        .timeout(GENEROUS_TIMEOUT);
    // Cancel once the poller has seen the operation running twice.
    let (outcome, ()) = tokio::join!(poller.wait(), async {
        running_polls.notified().await;
        cancel(&client, &case).await;
    });
    let outcome = outcome.unwrap();
    let Outcome::Canceled(status) = &outcome else {
        panic!("expected Canceled, got {outcome:?}");
    };
    case.check_status(status, case.canceled());

    // The server saw the polls reporting running, the cancel (with the spec's body), then one
    // poll reporting canceled.
    let requests = server.received_requests().await.unwrap();
    let cancel_at = requests
        .iter()
        .position(|request| request.url.path() == cancel_path)
        .expect("the server saw the cancel");
    let cancel_request = &requests[cancel_at];
    common::check_request(
        &Arguments::new(cancel_operation, Optional::Given),
        cancel_request,
    );
    let is_poll = |request: &Request| request.url.path() == status_url.path();
    let polls_before = requests[..cancel_at].iter().filter(|r| is_poll(r)).count();
    let polls_after = requests[cancel_at + 1..]
        .iter()
        .filter(|r| is_poll(r))
        .count();
    assert!(polls_before >= 2, "{polls_before} polls before the cancel");
    assert_eq!(polls_after, 1, "one poll after the cancel reports it");
    assert_eq!(
        case.check_polls(&server, &status_url).await,
        polls_before + polls_after
    );
    server.verify().await;
}
