//! Rules of an operation's method, path, parameters, request headers and request body.

use super::*;

catalogue! {
    /// A `method` that is not an HTTP method of the format.
    UnknownMethod { method: String } => InvalidValue,
    message: format!("unknown HTTP method `{method}`"),
    help: {
        let names = crate::model::Method::ALL.map(|(name, _)| name);
        match names.iter().find(|name| name.eq_ignore_ascii_case(method)) {
            Some(name) => format!("write the method in capitals: `{name}`"),
            None => suggest(method, names, "", format!("use one of: {}", names.join(", "))),
        }
    },

    /// A request body without a JSON `Content-Type` among the headers.
    BodyWithoutContentType {} => MissingKey,
    message: "an operation with a request body must send `Content-Type: application/json` (or another JSON media type)",
    help: "add `- name: Content-Type` with `value: application/json` to `headers` (or `application/merge-patch+json`, or another `application/...+json` type)",

    /// A request body without exactly one of `type` and `properties`.
    BodyNeedsTypeOrProperties {} => Conflict,
    message: "a request body needs exactly one of `type` or `properties`",
    help: "name a type from `types`, or list the body's `properties`",

    /// A path that does not start with `/`, or has a query or a fragment.
    NotAPathTemplate { path: String } => InvalidPath,
    message: format!("`{path}` is not a path template"),
    help: "write the path from the root, without query string, e.g. `/api/publishers/{publisherId}/offers`",

    /// A path with a space, a control character or a bidirectional control.
    PathWithSpaceOrControl {} => InvalidPath,
    message: "the path contains a space, a control character or a bidirectional control",
    help: "write the path as it is sent, without spaces or line breaks, e.g. `/api/publishers/{publisherId}/offers`",

    /// A path with a `.` or `..` segment.
    PathWithDotSegment {} => InvalidPath,
    message: "the path has a `.` or `..` segment, which URL normalization would remove",
    help: "write the path without `.` and `..` segments",

    /// A placeholder that does not start a path segment, or shares it.
    PlaceholderNotAtSegmentStart { name: String } => InvalidPath,
    message: format!("placeholder `{{{name}}}` does not start a path segment, or shares it with another placeholder"),
    help: "a placeholder starts a path segment, right after a `/`; literal text may follow it: `/offers/{offerId}/cancel`, `/users/{id}:export`",

    /// A `{` that is not closed.
    UnclosedBrace { path: String } => InvalidPath,
    message: format!("unclosed `{{` in `{path}`"),
    help: "close the placeholder: `{name}`",

    /// A `}` without its `{`.
    UnmatchedBrace { path: String } => InvalidPath,
    message: format!("unmatched `}}` in `{path}`"),
    help: "placeholders are written `{name}`",

    /// A placeholder used twice in one path.
    PlaceholderUsedTwice { name: String } => InvalidPath,
    message: format!("placeholder `{{{name}}}` is used twice"),
    help: "use each path parameter once",

    /// A `{placeholder}` without an `in: path` parameter of that name.
    UndeclaredPathParameter { name: String, declared_in_query: bool, best: Option<String> } => UndeclaredPathParameter,
    message: format!("path placeholder `{{{name}}}` has no path parameter"),
    help: if *declared_in_query {
        format!("`{name}` is declared with `in: query`; make it `in: path`")
    } else {
        did_you_mean(
            best.as_ref().map(|best| format!("{{{best}}}")).as_deref(),
            &format!(" or declare `{name}` under `parameters` with `in: path`"),
            format!("declare `{name}` under `parameters` with `in: path`"),
        )
    },

    /// An `in: path` parameter that the path does not use.
    UnusedPathParameter { name: String, path: String } => UnusedPathParameter,
    message: format!("path parameter `{name}` does not appear in the path `{path}`"),
    help: format!("add `{{{name}}}` to `path`, or make the parameter `in: query`"),

    /// A parameter declared twice.
    ParameterDeclaredTwice { name: String } => NameCollision,
    message: format!("parameter `{name}` is declared twice"),
    help: "remove one of them",

    /// An operation parameter named like the service's API version parameter.
    ApiVersionParameterRedeclared { name: String } => NameCollision,
    message: format!("`{name}` is the service's API version parameter, which every request already sends"),
    help: "remove this parameter: `service.api-version` in the service file states it once for every operation",

    /// `required: false` on a path parameter.
    OptionalPathParameter { name: String } => Conflict,
    message: format!("path parameter `{name}` cannot be optional"),
    help: "remove `required: false`: a path parameter is always required",

    /// A parameter `in` that is neither `path` nor `query`.
    UnknownParameterLocation { location: String } => InvalidValue,
    message: format!("unknown parameter location `{location}`"),
    help: if location == "header" {
        "declare headers under `headers`, not `parameters`".to_string()
    } else {
        suggest(location, ["path", "query"], "", "use `path` or `query`".to_string())
    },

    /// `allow-reserved` on a parameter that is not in the path.
    AllowReservedOffPath { name: String } => Conflict,
    message: format!("`allow-reserved` on `{name}`, which is not a path parameter"),
    help: "remove `allow-reserved`: it keeps the reserved characters of a path parameter",

    /// An `email-list` path parameter.
    EmailListPathParameter {} => UnknownType,
    message: "a path parameter cannot be an `email-list`",
    help: "use `string` for a path parameter",

    /// A list, a map or an object as a path parameter.
    CollectionPathParameter { what: &'static str } => UnknownType,
    message: format!("a path parameter cannot be {what}"),
    help: "use a scalar type such as `string` for a path parameter; collections go in the query",

    /// A named object type with `additional-properties` as a query parameter.
    QueryObjectWithAdditionalProperties { ty: String } => UnknownType,
    message: format!("`{ty}` cannot be written in a query: it has `additional-properties`, members its properties do not list"),
    help: "declare each member the query takes as a property, in a type without `additional-properties`",

    /// A query object type with a property that is neither a scalar nor an enumeration.
    QueryObjectNotFlat { ty: String, nested: Vec<String> } => UnknownType,
    message: format!(
        "`{ty}` cannot be written in a query: {} {}",
        nested.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", "),
        if nested.len() == 1 {
            "is neither a scalar nor an enumeration"
        } else {
            "are neither scalars nor enumerations"
        },
    ),
    help: "a query parameter's object type has properties of the types `string`, `date`, `date-time`, `guid`, `integer`, `boolean`, `url`, or enumerations",

    /// `collection-format` on a scalar parameter.
    CollectionFormatOnScalar { ty: &'static str } => Conflict,
    message: format!("`collection-format` is given, but the type is `{ty}`"),
    help: "make the parameter a `list<T>`, a `map<T>` or an object type, or remove `collection-format`",

    /// A `collection-format` that the format does not have.
    UnknownCollectionFormat { format: String } => InvalidValue,
    message: format!("unknown collection format `{format}`"),
    help: {
        let names = crate::model::CollectionFormat::ALL.map(|(name, _)| name);
        suggest(
            format,
            names,
            &format!(" the formats are: {}", names.join(", ")),
            format!("use one of: {}", names.join(", ")),
        )
    },

    /// A constant `value` on a map or object parameter.
    ConstantCollection { name: String, what: &'static str } => Conflict,
    message: format!("`{name}` is {what}, and has a constant `value`"),
    help: "a constant is a scalar or a list: remove `value`, or write the constant pairs as constant parameters of their own",

    /// A constant `value` on a path parameter.
    ConstantPathParameter { name: String } => Conflict,
    message: format!("path parameter `{name}` has a constant `value`"),
    help: "write the constant into the `path` itself, or make the parameter `in: query`",

    /// `required`, `default` or `example` on a constant parameter.
    KeyOnConstantParameter { key: &'static str, name: String, value: String } => Conflict,
    message: format!("`{key}` on `{name}`, whose value is the constant `{value}`"),
    help: format!("remove `{key}`: a constant is always sent, and the caller does not give it"),

    /// A control character in a fixed value, an API version, a `default` or an `example`.
    ControlCharacterInValue {} => InvalidValue,
    message: "the value contains a control character (such as CR or LF)",
    help: "remove line breaks and control characters from the value",

    /// A parameter's or request header's `default` or `example` that is not a value of its type.
    ArgumentNotOfItsType { value: String, ty: &'static str, problem: String, hint: Option<&'static str> } => InvalidExample,
    message: format!("`{value}` is not a valid {ty}: {problem}"),
    help: hint.unwrap_or("give a value of the declared type"),

    /// A request header declared twice, ignoring case.
    HeaderDeclaredTwice { name: String } => NameCollision,
    message: format!("header `{name}` is declared twice"),
    help: "remove one of them",

    /// A request header without exactly one of `value`, `auth: true` and `type`.
    HeaderNeedsOneSource { name: String } => Conflict,
    message: format!("header `{name}` needs exactly one of `value`, `auth: true` or `type`"),
    help: "`value` for a fixed value, `auth: true` for the token, `type` for a value the caller passes",

    /// `required`, `example` or `generated` on a header the caller does not give.
    CallerKeyOnFixedHeader { key: &'static str, name: String } => Conflict,
    message: format!("`{key}` on `{name}`, whose value the caller does not give"),
    help: format!("remove `{key}`: it applies only to headers with a `type`, which the caller passes"),

    /// `auth: true` on a header other than the one the service's credentials travel in.
    AuthOnOtherHeader { name: String, expected: String } => MisplacedCredentials,
    message: if expected == "Authorization" {
        format!("`auth: true` on `{name}`: bearer tokens travel in `Authorization`")
    } else {
        format!("`auth: true` on `{name}`: the service's API key travels in `{expected}`")
    },
    help: format!("name the header `{expected}`, as `service.auth` says"),

    /// `auth: true` when the service declares no `auth`.
    AuthWithoutServiceAuth {} => MisplacedCredentials,
    message: "`auth: true`, but the service declares no `auth`",
    help: "add `auth:` with `scheme: bearer` to the service file, or give the header a `value`",

    /// A `generated` value other than `uuid`.
    UnknownGeneratedValue { value: String } => InvalidValue,
    message: format!("unknown generated value `{value}`"),
    help: suggest(
        value,
        ["uuid"],
        " it is the only generated value",
        "write `generated: uuid`, the only generated value".to_string(),
    ),

    /// A header generated as a UUID whose type is not `guid`.
    GeneratedHeaderNotGuid { name: String, ty: &'static str } => Conflict,
    message: format!("header `{name}` is generated as a UUID, but its type is `{ty}`"),
    help: "give the header `type: guid`",

    /// A header both `required` and `generated`.
    GeneratedHeaderRequired { name: String } => Conflict,
    message: format!("header `{name}` is both `required` and `generated`"),
    help: "remove `required: true`: the client generates the value when the caller gives none",
}
