//! Every operation of the spec, every row of its status table, through the generated client
//! against a loopback mock server.
//!
//! For each operation and each row the server answers with the row's status, its declared
//! headers with the spec's examples, an extra header, and its body (the row's example, else
//! the body type's, else the same type's example elsewhere in the spec; error rows also with an
//! empty and a blank body). The call passes the spec's example arguments, once with the
//! optional ones given and once without them when there are any. The test checks the request
//! (method, path, query, headers, body) and the result (variant, typed headers and body, and
//! for errors the status, the kept response, the message and the absence of the token).
//!
//! Everything is read from the spec's model (`specgen::check`), except what cannot be: which
//! method an operation is and how its arguments are passed (`call`), and what each success
//! variant holds (the `SuccessFields` impls, exhaustive matches that stop compiling when a
//! variant is added). A new row needs no new code; a new operation fails until `call` has it.
//!
//! `cargo test -p conformance --test every_operation -- --nocapture` prints the coverage
//! table: operations x status rows.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fmt::{Debug, Write as _};

use cloud_partner_portal::{
    CancelOperationError, CancelOperationResponse, Client, CreateOfferError, CreateOfferResponse,
    EmailAddress, ErrorResponse, GoLiveError, GoLiveResponse, NaiveDate, PublishOfferError,
    PublishOfferResponse, RawResponse, RetrieveOfferError, RetrieveOfferResponse,
    RetrieveOfferSlotError, RetrieveOfferSlotResponse, RetrieveOfferStatusError,
    RetrieveOfferStatusResponse, RetrieveOfferVersionError, RetrieveOfferVersionResponse,
    RetrieveOffersError, RetrieveOffersResponse, RetrieveOperationError, RetrieveOperationResponse,
    RetrieveOperationsError, RetrieveOperationsResponse, Url, Uuid,
};
use pretty_assertions::assert_eq;
use serde_json::Value;
use specgen::model::{Operation, Response, ResponseKind, Type};
use specgen_runtime::StatusCode;
use specgen_runtime::chrono::{DateTime, FixedOffset, SecondsFormat};
use specgen_runtime::serde::Serialize;
use specgen_runtime::serde::de::DeserializeOwned;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer};

use common::{Arguments, EXTRA_HEADER, RETRYABLE};

// ---------------------------------------------------------------------------------------------
// Per operation: the method and its arguments, and what each success variant holds
// ---------------------------------------------------------------------------------------------

/// Calls the generated method of `arguments.operation` with `arguments`.
async fn call(client: &Client, arguments: &Arguments) -> Called {
    let a = arguments;
    match a.operation.id.wire.as_str() {
        "cancel-operation" => called(
            client
                .cancel_operation(a.path("publisherId"), a.path("offerId"), &a.body())
                .await,
        ),
        "retrieve-offers" => called(client.retrieve_offers(a.path("publisherId")).await),
        "retrieve-offer" => called(
            client
                .retrieve_offer(a.path("publisherId"), a.path("offerId"))
                .await,
        ),
        "retrieve-offer-version" => called(
            client
                .retrieve_offer_version(
                    a.path("publisherId"),
                    a.path("offerId"),
                    a.path_as("version"),
                )
                .await,
        ),
        "retrieve-offer-slot" => called(
            client
                .retrieve_offer_slot(a.path("publisherId"), a.path("offerId"), a.path("slotId"))
                .await,
        ),
        "retrieve-offer-status" => called(
            client
                .retrieve_offer_status(a.path("publisherId"), a.path("offerId"))
                .await,
        ),
        "create-offer" => called(
            client
                .create_offer(
                    a.path("publisherId"),
                    a.path("offerId"),
                    a.header("If-Match"),
                    &a.body(),
                )
                .await,
        ),
        "publish-offer" => called(
            client
                .publish_offer(a.path("publisherId"), a.path("offerId"), &a.body())
                .await,
        ),
        "retrieve-operations" => called(
            client
                .retrieve_operations(a.path("publisherId"), a.path("offerId"), a.query("status"))
                .await,
        ),
        "retrieve-operation" => called(
            client
                .retrieve_operation(
                    a.path("publisherId"),
                    a.path("offerId"),
                    a.path_as("operationId"),
                )
                .await,
        ),
        "go-live" => called(
            client
                .go_live(a.path("publisherId"), a.path("offerId"))
                .await,
        ),
        other => panic!(
            "the spec's operation `{other}` has no call in this test: add its method to `call`, \
             and its success variants to a `SuccessFields` impl"
        ),
    }
}

impl SuccessFields for CancelOperationResponse {
    fn fields(&self) -> Fields {
        match self {
            Self::Canceled => Fields::default(),
            Self::Accepted { operation_location } => {
                Fields::header("Operation-Location", operation_location)
            }
        }
    }
}

impl SuccessFields for CreateOfferResponse {
    fn fields(&self) -> Fields {
        match self {
            Self::Ok { body } | Self::Created { body } => Fields::body(body),
        }
    }
}

/// Success enums whose only variant is `Ok { body }`.
macro_rules! body_only {
    ($($response:ty),* $(,)?) => {$(
        impl SuccessFields for $response {
            fn fields(&self) -> Fields {
                match self {
                    Self::Ok { body } => Fields::body(body),
                }
            }
        }
    )*};
}

body_only!(
    RetrieveOffersResponse,
    RetrieveOfferResponse,
    RetrieveOfferVersionResponse,
    RetrieveOfferSlotResponse,
    RetrieveOfferStatusResponse,
    RetrieveOperationsResponse,
    RetrieveOperationResponse,
);

/// Success enums whose only variant is `Accepted { operation_location }`.
macro_rules! location_only {
    ($($response:ty),* $(,)?) => {$(
        impl SuccessFields for $response {
            fn fields(&self) -> Fields {
                match self {
                    Self::Accepted { operation_location } => {
                        Fields::header("Operation-Location", operation_location)
                    }
                }
            }
        }
    )*};
}

location_only!(PublishOfferResponse, GoLiveResponse);

/// An error row's body read into its generated type (by the row's `body` type): the `Debug` of
/// what the error variant's `body` field must hold for `served` (`None` for an empty or blank
/// body), and, for a body, the typed value written back as JSON.
fn typed_error_body(ty: &Type, served: Option<&[u8]>) -> (String, Option<Value>) {
    match ty {
        Type::Struct(name) if name == "ErrorResponse" => read_optional::<ErrorResponse>(served),
        other => panic!("add the generated type of the error body {other:?} to `typed_error_body`"),
    }
}

// ---------------------------------------------------------------------------------------------
// The same view of every operation's result
// ---------------------------------------------------------------------------------------------

/// What a success variant holds.
#[derive(Debug, Default)]
struct Fields {
    /// Typed headers, by wire name, in their wire form.
    headers: Vec<(&'static str, String)>,
    /// The typed body, written back as JSON.
    body: Option<Value>,
}

impl Fields {
    fn header(name: &'static str, value: &impl WireText) -> Self {
        Fields {
            headers: vec![(name, value.wire_text())],
            body: None,
        }
    }

    fn body(body: &impl Serialize) -> Self {
        Fields {
            headers: Vec::new(),
            body: Some(serde_json::to_value(body).expect("a typed body serializes")),
        }
    }
}

/// The typed fields of a success variant.
trait SuccessFields: Debug {
    fn fields(&self) -> Fields;
}

/// A typed header value in the form the wire carries it.
trait WireText {
    fn wire_text(&self) -> String;
}

/// Types whose `Display` is their wire form.
macro_rules! wire_text_is_display {
    ($($ty:ty),* $(,)?) => {$(
        impl WireText for $ty {
            fn wire_text(&self) -> String {
                self.to_string()
            }
        }
    )*};
}

wire_text_is_display!(Url, String, i64, bool, Uuid, NaiveDate);

impl WireText for DateTime<FixedOffset> {
    fn wire_text(&self) -> String {
        self.to_rfc3339_opts(SecondsFormat::AutoSi, true)
    }
}

impl WireText for Vec<EmailAddress> {
    fn wire_text(&self) -> String {
        self.iter()
            .map(EmailAddress::as_str)
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// What every generated error enum offers, under names of its own (the enums' inherent methods
/// have the plain names).
trait ErrorView: Error + 'static {
    fn status_code(&self) -> Option<StatusCode>;
    fn raw_response(&self) -> Option<&RawResponse>;
    fn retryable(&self) -> bool;
}

/// Implements [`ErrorView`] for generated error enums.
macro_rules! error_view {
    ($($error:ty),* $(,)?) => {$(
        impl ErrorView for $error {
            fn status_code(&self) -> Option<StatusCode> {
                self.status()
            }
            fn raw_response(&self) -> Option<&RawResponse> {
                self.response()
            }
            fn retryable(&self) -> bool {
                self.is_retryable()
            }
        }
    )*};
}

// Every operation's error enum.
error_view!(
    CancelOperationError,
    RetrieveOffersError,
    RetrieveOfferError,
    RetrieveOfferVersionError,
    RetrieveOfferSlotError,
    RetrieveOfferStatusError,
    CreateOfferError,
    PublishOfferError,
    RetrieveOperationsError,
    RetrieveOperationError,
    GoLiveError,
);

/// The result of a call, seen the same way for every operation.
#[derive(Debug)]
enum Called {
    Success { debug: String, fields: Fields },
    Failure(Box<dyn ErrorView>),
}

fn called<T: SuccessFields, E: ErrorView>(result: Result<T, E>) -> Called {
    match result {
        Ok(response) => Called::Success {
            debug: format!("{response:?}"),
            fields: response.fields(),
        },
        Err(error) => Called::Failure(Box::new(error)),
    }
}

/// `served` read as an optional JSON body of type `T`, as the generated code reads error
/// bodies: the `Debug` of the `Option<T>`, and the value written back as JSON.
fn read_optional<T: DeserializeOwned + Serialize + Debug>(
    served: Option<&[u8]>,
) -> (String, Option<Value>) {
    let typed: Option<T> = served
        .filter(|bytes| !bytes.iter().all(u8::is_ascii_whitespace))
        .map(|bytes| serde_json::from_slice(bytes).expect("the spec's example decodes"));
    let written = typed
        .as_ref()
        .map(|typed| serde_json::to_value(typed).expect("a typed body serializes"));
    (format!("{typed:?}"), written)
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/// Where a check is, for messages.
fn at(operation: &Operation, row: &Response, arguments: &Arguments) -> String {
    format!(
        "`{}` status {} ({:?} optional arguments)",
        operation.id.wire, row.code, arguments.optional
    )
}

/// Checks a success: the row's variant, every declared header typed with the example's value
/// (and nothing else), and the typed body equal to the example in its canonical form. Returns
/// the example's changes on the way to that form.
fn check_success(
    operation: &'static Operation,
    row: &'static Response,
    example: Option<&common::BodyExample>,
    debug: &str,
    fields: &Fields,
    base_url: &Url,
    at: &str,
) -> Vec<String> {
    assert_eq!(
        common::leading_identifier(debug),
        row.variant.rust,
        "{at}: {debug}"
    );
    let mut typed = fields.headers.clone();
    typed.sort();
    let mut declared: Vec<(&str, String)> = common::row_headers(operation, row)
        .into_iter()
        .map(|(name, ty, example)| (name, common::header_wire_form(ty, &example, base_url)))
        .collect();
    declared.sort();
    assert_eq!(typed, declared, "{at}: typed headers");
    match (&row.body, example) {
        (Some(ty), Some(example)) => {
            let canonical = common::canonical(ty, &example.value());
            assert_eq!(
                fields.body.as_ref(),
                Some(&canonical.value),
                "{at}: the typed body is not the example (from {})",
                example.source
            );
            canonical.changes
        }
        (None, _) => {
            assert_eq!(fields.body, None, "{at}: a body the row does not declare");
            Vec::new()
        }
        (Some(_), None) => unreachable!("rows with a body have an example (checked before)"),
    }
}

/// Checks an error: the row's variant, its status, the response kept (status, headers, bytes),
/// the typed body, the message quoting the spec, and no token shown. Returns the example's
/// changes on the way to the typed body's form.
fn check_error(
    operation: &'static Operation,
    row: &'static Response,
    served: Option<&[u8]>,
    error: &dyn ErrorView,
    at: &str,
) -> Vec<String> {
    common::assert_error_redacted(error as &dyn Error);
    let status = common::status_of(operation, row);
    let debug = format!("{error:?}");
    assert_eq!(
        common::leading_identifier(&debug),
        row.variant.rust,
        "{at}: {debug}"
    );
    assert_eq!(
        error.status_code().map(|status| status.as_u16()),
        Some(status),
        "{at}: status()"
    );
    assert_eq!(
        error.retryable(),
        RETRYABLE.contains(&status),
        "{at}: is_retryable()"
    );

    let response = error
        .raw_response()
        .unwrap_or_else(|| panic!("{at}: an error row keeps its response"));
    assert_eq!(response.status.as_u16(), status, "{at}: response().status");
    assert_eq!(
        common::header_text(&response.headers, EXTRA_HEADER.0),
        Some(EXTRA_HEADER.1),
        "{at}: response().headers"
    );
    for (name, _, example) in common::row_headers(operation, row) {
        assert_eq!(
            common::header_text(&response.headers, name),
            Some(example.as_str()),
            "{at}: response header `{name}`"
        );
    }
    assert_eq!(
        &response.body[..],
        served.unwrap_or_default(),
        "{at}: response().body"
    );

    // The typed body: the variant's fields are `body` (when the row declares one), then
    // `response`, which `Debug` shows in that order.
    let mut changes = Vec::new();
    let fields = match &row.body {
        Some(ty) => {
            let (typed, written) = typed_error_body(ty, served);
            if let (Some(written), Some(served)) = (written, served) {
                let example: Value = serde_json::from_slice(served).unwrap();
                let canonical = common::canonical(ty, &example);
                assert_eq!(
                    written, canonical.value,
                    "{at}: the error body's round trip"
                );
                changes = canonical.changes;
            }
            format!("body: {typed}, response: ")
        }
        None => "response: ".to_owned(),
    };
    let prefix = format!("{} {{ {fields}", row.variant.rust);
    assert!(
        debug.starts_with(&prefix),
        "{at}: expected the error to start with `{prefix}`: {debug}"
    );

    let display = error.to_string();
    assert!(
        display.starts_with(&status.to_string()),
        "{at}: the message does not start with the status: {display}"
    );
    assert!(
        display.contains(&row.description.default),
        "{at}: the message does not quote the spec's description `{}`: {display}",
        row.description.default
    );
    changes
}

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

/// One status row of one operation, as exercised.
#[derive(Debug)]
struct Covered {
    operation: &'static str,
    code: u16,
    variant: &'static str,
    kind: ResponseKind,
    example: Option<String>,
    calls: usize,
    changes: BTreeSet<String>,
}

#[tokio::test]
async fn every_status_row_of_every_operation_through_the_client() {
    let service = common::service();
    let server = MockServer::start().await;
    let client = common::client(&server);
    let base_url = common::base_url(&server);
    let mut covered: Vec<Covered> = Vec::new();
    let mut request_changes: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();

    for operation in &service.operations {
        for row in &operation.responses {
            let example = common::body_example(operation, row);
            assert!(
                row.body.is_none() || example.is_some(),
                "`{}` status {}: its body type has no example anywhere in the spec",
                operation.id.wire,
                row.code
            );
            let mut bodies: Vec<Option<&[u8]>> =
                vec![example.as_ref().map(|example| example.text.as_bytes())];
            if common::error_row_with_body(row) {
                bodies.push(None);
                bodies.push(Some(b" \r\n"));
            }
            let mut entry = Covered {
                operation: &operation.id.wire,
                code: common::status_of(operation, row),
                variant: &row.variant.rust,
                kind: row.kind,
                example: example.as_ref().map(|example| example.source.clone()),
                calls: 0,
                changes: BTreeSet::new(),
            };
            for arguments in Arguments::variants(operation) {
                let at = at(operation, row, &arguments);
                for body in &bodies {
                    server.reset().await;
                    Mock::given(any())
                        .respond_with(common::row_template(operation, row, *body))
                        .mount(&server)
                        .await;
                    let result = call(&client, &arguments).await;
                    let request = common::single_request(&server).await;
                    request_changes
                        .entry(&operation.id.wire)
                        .or_default()
                        .extend(common::check_request(&arguments, &request));
                    let changes = match (row.kind, &result) {
                        (ResponseKind::Success, Called::Success { debug, fields }) => {
                            check_success(
                                operation,
                                row,
                                example.as_ref(),
                                debug,
                                fields,
                                &base_url,
                                &at,
                            )
                        }
                        (ResponseKind::Error, Called::Failure(error)) => {
                            check_error(operation, row, *body, error.as_ref(), &at)
                        }
                        (kind, result) => panic!("{at}: a {kind:?} row, got {result:?}"),
                    };
                    entry.changes.extend(changes);
                    entry.calls += 1;
                }
            }
            covered.push(entry);
        }
    }

    println!("{}", coverage_table(&covered, &request_changes));
    let expected: BTreeSet<(&str, u16)> = service
        .operations
        .iter()
        .flat_map(|operation| {
            operation.responses.iter().map(|row| {
                (
                    operation.id.wire.as_str(),
                    common::status_of(operation, row),
                )
            })
        })
        .collect();
    let exercised: BTreeSet<(&str, u16)> = covered
        .iter()
        .filter(|entry| entry.calls > 0)
        .map(|entry| (entry.operation, entry.code))
        .collect();
    assert_eq!(exercised, expected, "operations x rows exercised");
    assert_eq!(covered.len(), expected.len());
    assert_eq!(
        covered
            .iter()
            .map(|entry| entry.operation)
            .collect::<BTreeSet<_>>()
            .len(),
        service.operations.len(),
        "every operation of the spec"
    );
}

/// The coverage as text: a table of operations x status codes (each cell the variant, `Ok(..)`
/// for a success row, `Err(..)` for an error row), then each row's example and the changes its
/// example needed to round-trip.
fn coverage_table(
    covered: &[Covered],
    request_changes: &BTreeMap<&str, BTreeSet<String>>,
) -> String {
    let codes: BTreeSet<u16> = covered.iter().map(|entry| entry.code).collect();
    let mut by_operation: BTreeMap<&str, Vec<&Covered>> = BTreeMap::new();
    let mut order: Vec<&str> = Vec::new();
    for entry in covered {
        if !by_operation.contains_key(entry.operation) {
            order.push(entry.operation);
        }
        by_operation.entry(entry.operation).or_default().push(entry);
    }
    let cell = |entry: &Covered| match entry.kind {
        ResponseKind::Success => format!("Ok({})", entry.variant),
        ResponseKind::Error => format!("Err({})", entry.variant),
    };
    let operation_width = order
        .iter()
        .map(|name| name.len())
        .max()
        .unwrap_or(9)
        .max(9);
    let code_width = covered
        .iter()
        .map(|entry| cell(entry).len())
        .max()
        .unwrap_or(3);
    let mut out = String::new();
    let calls: usize = covered.iter().map(|entry| entry.calls).sum();
    writeln!(
        out,
        "Coverage: {} operations x {} status rows ({} calls)",
        order.len(),
        covered.len(),
        calls
    )
    .unwrap();
    write!(out, "| {:operation_width$} |", "operation").unwrap();
    for code in &codes {
        write!(out, " {code:code_width$} |").unwrap();
    }
    writeln!(out).unwrap();
    write!(out, "|{}|", "-".repeat(operation_width + 2)).unwrap();
    for _ in &codes {
        write!(out, "{}|", "-".repeat(code_width + 2)).unwrap();
    }
    writeln!(out).unwrap();
    for name in &order {
        write!(out, "| {name:operation_width$} |").unwrap();
        for code in &codes {
            let text = by_operation[name]
                .iter()
                .find(|entry| entry.code == *code)
                .map_or_else(String::new, |entry| cell(entry));
            write!(out, " {text:code_width$} |").unwrap();
        }
        writeln!(out).unwrap();
    }
    writeln!(
        out,
        "\nRequest bodies (the spec's example, deserialized and sent) and what their round trip changed:"
    )
    .unwrap();
    for operation in &common::service().operations {
        if operation.body.is_none() {
            continue;
        }
        let changes = &request_changes[operation.id.wire.as_str()];
        writeln!(
            out,
            "- {}: {}",
            operation.id.wire,
            round_trip(changes.len())
        )
        .unwrap();
        for change in changes {
            writeln!(out, "    {change}").unwrap();
        }
    }
    writeln!(
        out,
        "\nResponse bodies served and what their round trip changed:"
    )
    .unwrap();
    for entry in covered {
        let Some(source) = &entry.example else {
            continue;
        };
        writeln!(
            out,
            "- {} {}: example from {source}, {} calls; {}",
            entry.operation,
            entry.code,
            entry.calls,
            round_trip(entry.changes.len())
        )
        .unwrap();
        for change in &entry.changes {
            writeln!(out, "    {change}").unwrap();
        }
    }
    out
}

/// How many changes a round trip made, in words.
fn round_trip(changes: usize) -> String {
    match changes {
        0 => "round-trips exactly".to_owned(),
        1 => "1 change:".to_owned(),
        n => format!("{n} changes:"),
    }
}
