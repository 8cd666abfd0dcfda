//! Rules of the status table (codes, kinds, headers, bodies) and of `long-running` rows.

use super::*;
use crate::model::StatusCode;

/// Why a row's `code` is no status code, class, range or `default` (the fields: the text
/// as written, and the codes read from it).
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum StatusCodeProblem {
    /// A code outside 100..=599.
    Outside(i64),
    /// A class written with a lowercase `x` (`4xx`).
    LowercaseClass { text: String, class: u16 },
    /// A class outside `1XX`..=`5XX`.
    ClassOutside(String),
    /// A range written with spaces (`420 - 429`).
    RangeWithSpaces { text: String, low: i64, high: i64 },
    /// A range outside 100..=599.
    RangeOutside(String),
    /// A range of one code (`494-494`).
    SingleCodeRange { text: String, code: i64 },
    /// A range that ends before it starts (`499-494`).
    ReversedRange { text: String, low: i64, high: i64 },
    /// Text that is no form of a status at all.
    NotAStatus(String),
}

catalogue! {
    /// A `code` that is no status code, class, range or `default`, or is outside 100..=599.
    InvalidStatusCode { problem: StatusCodeProblem } => InvalidStatusCode,
    message: match problem {
        StatusCodeProblem::Outside(code) => format!("status code {code} is outside 100..=599"),
        StatusCodeProblem::LowercaseClass { text, .. }
        | StatusCodeProblem::RangeWithSpaces { text, .. }
        | StatusCodeProblem::NotAStatus(text) => format!("`{text}` is not a status code"),
        StatusCodeProblem::ClassOutside(text) => {
            format!("the status class {text} is outside 100..=599")
        }
        StatusCodeProblem::RangeOutside(text) => {
            format!("the status range {text} is outside 100..=599")
        }
        StatusCodeProblem::SingleCodeRange { text, .. } => {
            format!("the status range {text} has a single code")
        }
        StatusCodeProblem::ReversedRange { text, .. } => {
            format!("the status range {text} ends before it starts")
        }
    },
    help: match problem {
        StatusCodeProblem::Outside(_) => {
            "use an HTTP status code between 100 and 599, e.g. 404".to_string()
        }
        StatusCodeProblem::LowercaseClass { class, .. } => {
            format!("write a class of codes with capital X: `{class}XX`")
        }
        StatusCodeProblem::ClassOutside(_) => "use a class from `1XX` to `5XX`".to_string(),
        StatusCodeProblem::RangeWithSpaces { low, high, .. } => {
            format!("write the range without spaces: `{low}-{high}`")
        }
        StatusCodeProblem::RangeOutside(_) => {
            "write a range of HTTP status codes between 100 and 599, e.g. `494-499`".to_string()
        }
        StatusCodeProblem::SingleCodeRange { code, .. } => {
            format!("write the code itself: `{code}`")
        }
        StatusCodeProblem::ReversedRange { low, high, .. } => {
            format!("write the lower code first: `{high}-{low}`")
        }
        StatusCodeProblem::NotAStatus(text) => {
            let forms = "write a status code (`404`), a class of codes (`4XX`), a range (`494-499`) or `default`";
            suggest(text, ["default"], &format!(" or {forms}"), forms.to_string())
        }
    },

    /// Two rows with the same status code, class, range or `default`.
    StatusListedTwice { code: StatusCode, written: String, first: Location } => DuplicateStatusCode,
    message: match code {
        StatusCode::Code(code) => format!("status code {code} is listed twice"),
        StatusCode::Range(..) if *written != code.to_string() => {
            format!("the status range {written} ({code}) is listed twice")
        }
        StatusCode::Range(..) => format!("the status range {code} is listed twice"),
        StatusCode::Default => "`default` is listed twice".to_string(),
    },
    help: format!("the status is first listed at {first}; merge the two rows"),

    /// Two ranges that overlap without one holding the other.
    StatusRangesOverlap { code: StatusCode, listed: StatusCode, at: Location } => DuplicateStatusCode,
    message: format!("the status range {code} overlaps the range {listed}"),
    help: format!(
        "make one range contain the other (the narrower one is matched first) or keep them apart; {listed} is listed at {at}"
    ),

    /// A range whose every code has a row of higher precedence.
    StatusRangeNeverRead { code: StatusCode } => DuplicateStatusCode,
    message: format!("no status is read by this row: every code of {code} has a row of its own"),
    help: "remove the row, or the rows that take each of its codes",

    /// An operation with an empty `responses`.
    NoResponses {} => MissingKey,
    message: "the operation has no responses",
    help: "list the status table under `responses:`",

    /// A status table without a `success` row.
    NoSuccessRow {} => MissingKey,
    message: "the status table has no success row",
    help: "mark the rows that mean success with `kind: success`",

    /// A row `kind` that is neither `success` nor `error`.
    UnknownResponseKind { kind: String } => InvalidValue,
    message: format!("unknown response kind `{kind}`"),
    help: suggest(kind, ["success", "error"], "", "use `success` or `error`".to_string()),

    /// A header listed twice on one row.
    HeaderListedTwiceInRow { name: String } => NameCollision,
    message: format!("header `{name}` is listed twice in this row"),
    help: "list each header once",

    /// A row naming a header that `response-headers` does not declare.
    UndeclaredResponseHeader { name: String, declared: Vec<String> } => UndeclaredHeader,
    message: format!("response header `{name}` is not declared in `response-headers`"),
    help: suggest(
        name,
        declared.iter().map(String::as_str),
        &format!(" or declare `{name}` under `response-headers`"),
        format!("declare `{name}` under `response-headers` (type, description)"),
    ),

    /// A row `example` without a `body`.
    ExampleWithoutBody {} => Conflict,
    message: "the row has an `example` but no `body`",
    help: "declare the body's type under `body`, or remove the example",

    /// A `success` row with a code outside 100..=399.
    SuccessWithErrorStatus { code: u16 } => SuccessStatus,
    message: format!("status {code} is marked `success`"),
    help: "mark 4xx and 5xx rows `kind: error`",

    /// A `success` row with a class, a range or `default`.
    SuccessWithSeveralStatuses { code: StatusCode } => SuccessStatus,
    message: format!("the `success` row has the code `{code}`, which is not one status"),
    help: "give each success status a row of its own with its code (`200`), or mark the row `kind: error`",

    /// `long-running` on an error row.
    LongRunningOnErrorRow {} => LongRunningMismatch,
    message: "`long-running` on an error row",
    help: "declare `long-running` on the success row (e.g. 202) that starts the operation",

    /// A poller method named like another operation.
    PollerNameTaken { poller: String, operation: String } => NameCollision,
    message: format!("the poller method `{poller}` has the name of operation `{operation}`"),
    help: "rename that operation",

    /// A `long-running` whose `succeeded` or `failed` is empty.
    NoTerminalStates {} => MissingKey,
    message: "`succeeded` and `failed` each need at least one state",
    help: "list the terminal states the status operation reports",

    /// A `long-running.location` header that is not a URL.
    LocationNotAUrl { name: String } => LongRunningMismatch,
    message: format!("header `{name}` is not a URL"),
    help: "declare the header with `type: url` or `type: url-reference`",

    /// A `long-running.location` that the row does not carry.
    LocationNotCarried { name: String, carried: Vec<String> } => UndeclaredHeader,
    message: format!("the row does not carry a header `{name}`"),
    help: suggest(
        name,
        carried.iter().map(String::as_str),
        "",
        "list the header in the row's `headers`, or name one it carries".to_string(),
    ),

    /// A `long-running` operation id that no operation has.
    UnknownOperation { id: String, ids: Vec<String> } => UnknownReference,
    message: format!("no operation has the id `{id}`"),
    help: suggest(
        id,
        ids.iter().map(String::as_str),
        " name the `id` of an operation of this service",
        format!("name the `id` of an operation of this service: {}", ids.join(", ")),
    ),

    /// A status operation without a success row whose body is an object.
    StatusOperationWithoutObjectBody { operation: String } => LongRunningMismatch,
    message: format!("operation `{operation}` has no success row with an object body to read the state from"),
    help: "give the status operation a success row whose `body` is an object type",

    /// A `status-property` that is neither a string nor an enumeration.
    StatusPropertyNotAState { property: String } => LongRunningMismatch,
    message: format!("property `{property}` is not a string or an enumeration of strings"),
    help: "name the property holding the operation's state",

    /// A `status-property` or `final-result.property` that the status body does not have.
    UnknownStatusProperty { property: String, properties: Vec<String> } => UnknownReference,
    message: format!("the status operation's body has no property `{property}`"),
    help: suggest(
        property,
        properties.iter().map(String::as_str),
        "",
        "name a top-level property of the status operation's success body".to_string(),
    ),

    /// A state that is not a value of the `status-property` enumeration.
    UnknownState { state: String, enumeration: String, values: Vec<String> } => UnknownReference,
    message: format!("`{state}` is not a value of `{enumeration}`"),
    help: suggest(
        state,
        values.iter().map(String::as_str),
        "",
        format!("use one of: {}", values.join(", ")),
    ),

    /// A `cancel-operation` with path parameters this operation lacks.
    CancelOperationNeedsMore { id: String, missing: Vec<String> } => LongRunningMismatch,
    message: format!("`{id}` needs path parameters this operation does not have: {}", missing.join(", ")),
    help: "name a cancel operation whose path parameters are among this operation's",

    /// A `final-result` with both `property` and `operation`.
    FinalResultBoth {} => Conflict,
    message: "`final-result` has both `property` and `operation`",
    help: "keep `property` for a result in the status body, or `operation` for one read with a `GET`",

    /// A `final-result` with neither `property` nor `operation`.
    FinalResultNeither {} => Conflict,
    message: "`final-result` has neither `property` nor `operation`",
    help: "write `property: <name>` for a result in the status body, or `operation: <id>` for one read with a `GET`",

    /// A `final-result.operation` that is not a bare `GET` of this operation's path parameters.
    ResultOperationCannotRead { id: String, problems: Vec<String> } => LongRunningMismatch,
    message: format!("`{id}` cannot read the result: {}", problems.join("; ")),
    help: "name a `GET` operation that needs only path parameters this operation has (the poller sends no query parameters but the API version, and no headers but the credentials)",

    /// A path parameter of a `final-result` operation named like the poller's `status_url`.
    ResultParameterNamedStatusUrl { parameter: String, id: String } => NameCollision,
    message: format!("the path parameter `{parameter}` of `{id}` would be named like the poller's `status_url` argument"),
    help: "rename the path parameter",
}
