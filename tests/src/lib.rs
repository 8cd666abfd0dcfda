//! Conformance tests live in `tests/`: the generated client checked against the spec, on a
//! loopback mock server.
//!
//! - `every_operation`: every row of every operation's status table, the request and the typed
//!   result; `-- --nocapture` prints the coverage (operations x rows).
//! - `long_running`: the `202` rows followed by the generated pollers (completed, failed,
//!   `Retry-After`, timeout, cancel).
//! - `cancel_operation`: the first operation's particulars, failures and token handling.
