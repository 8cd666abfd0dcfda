//! Rules of names, types, examples and documentation.

use super::*;

catalogue! {
    /// A name with no letter or digit, which cannot become a Rust identifier.
    NotARustName { name: String } => InvalidName,
    message: format!("`{name}` cannot be made into a Rust name"),
    help: "use a name with at least one letter or digit, e.g. `offerId` or `notification-emails`",

    /// A `rust-name` that is not a snake_case Rust identifier as written.
    NotASnakeCaseIdentifier { name: String, suggestion: Option<String> } => InvalidRustName,
    message: format!("`{name}` is not a snake_case Rust identifier that a field can have"),
    help: format!(
        "a `rust-name` is used as written: lowercase letters and digits, words joined by single `_`, e.g. `{}`",
        suggestion.as_deref().unwrap_or("default_name")
    ),

    /// A header name that is not an HTTP token.
    InvalidHeaderName { name: String, example: &'static str } => InvalidName,
    message: format!("`{name}` is not a valid header name"),
    help: format!("header names are letters, digits and `-`, e.g. `{example}`"),

    /// A name that is, or becomes, one the generated code takes itself.
    NameTakenByGeneratedCode { what: String, wire: String, rust: String } => NameCollision,
    message: if wire == rust {
        format!("{what} name `{wire}` is taken by the generated code")
    } else {
        format!("{what} `{wire}` becomes `{rust}`, a name taken by the generated code")
    },
    help: format!("rename this {what}"),

    /// A property whose Rust name is that of the field of additional properties.
    FieldTakenByAdditionalProperties { property: String, field: &'static str } => NameCollision,
    message: format!("property `{property}` becomes the Rust field `{field}`, which holds the type's `additional-properties`"),
    help: format!("give the property another `rust-name`, e.g. `{field}_value`"),

    /// A name declared twice in one namespace.
    DeclaredTwice { what: String, name: String, other: Location } => NameCollision,
    message: format!("{what} `{name}` is declared twice"),
    help: format!("the other one is at {other}; rename one of them"),

    /// Two names that become the same Rust identifier.
    SameRustName { what: String, wire: String, other_wire: String, rust: String, other: Location } => NameCollision,
    message: format!("{what} `{wire}` and `{other_wire}` both become `{rust}` in Rust"),
    help: format!("the other one is at {other}; rename one of them"),

    /// A type name the generator derives that the generated code takes itself.
    DerivedNameTakenByGeneratedCode { made: String, rust: String } => NameCollision,
    message: format!("{made} would be named `{rust}`, a name the generated code takes itself"),
    help: "rename the operation or property it is named after",

    /// A type name the generator derives that another type has already.
    DerivedNameTaken { made: String, rust: String, other_wire: String, other: Location } => NameCollision,
    message: format!("{made} would be named `{rust}`, a name taken already"),
    help: format!("`{other_wire}` at {other} has that name in Rust; rename one of them"),

    /// An enumeration value listed twice, ignoring case.
    EnumValueListedTwice { value: String } => NameCollision,
    message: format!("value `{value}` is listed twice (values are compared ignoring case)"),
    help: "list each value once",

    /// A named type without exactly one of `properties` and `values`.
    TypeNeedsPropertiesOrValues { name: String } => Conflict,
    message: format!("type `{name}` needs exactly one of `properties`, `values` or `variants`"),
    help: "`properties` for an object, `values` for an enumeration, `variants` for a union",

    /// `additional-properties` on an enumeration, which is a string.
    AdditionalPropertiesOfEnumeration { name: String } => Conflict,
    message: format!("enumeration `{name}` cannot have `additional-properties`: its values are strings"),
    help: "remove `additional-properties`, or declare an object type with `properties`",

    /// A named type that contains itself other than through a `list` or a `map`.
    RecursiveType { name: String } => RecursiveType,
    message: format!("type `{name}` contains itself, so it would be infinitely large"),
    help: "break the cycle with a `list` (an empty list ends it) or an optional property, or remove the property that leads back",

    /// A delimited-list `encoding` on a property that is not a list of strings.
    DelimitedNotApplicable { encoding: String } => UnknownType,
    message: format!("`encoding: {encoding}` applies only to a list whose elements are strings"),
    help: "give the property a `list<T>` type whose `T` is written as a string (`string`, `date`, `guid`, an enumeration of strings...), or remove `encoding`",

    /// `aliases` on a value of an enumeration of numbers or booleans.
    AliasOfNonString {} => Conflict,
    message: "only the values of an enumeration of strings can have `aliases`",
    help: "remove `aliases`: a number or a boolean has one spelling",

    /// A `default` on a property that always has a value, or that may be `null`.
    DefaultOnRequired { key: &'static str } => Conflict,
    message: format!("a property with `{key}` cannot have a `default`: the default is what an absent member means"),
    help: format!("remove `default`, or `{key}`"),

    /// A `default` on a property of a type that has no literal values.
    DefaultNotApplicable { ty: String } => UnknownType,
    message: format!("a `default` cannot be given for a property of type `{ty}`"),
    help: "a default applies to `string`, numbers, `boolean` and enumerations; say the default in the `description` instead",

    /// A `default` that is not a value of the property's type.
    DefaultNotOfItsType { value: String, ty: String, problem: String } => InvalidExample,
    message: format!("default `{value}` is not a valid {ty}: {problem}"),
    help: "write the default as the type reads it, or correct the type",

    /// A bound of a kind of value the property does not hold.
    BoundNotApplicable { key: &'static str, ty: String } => Conflict,
    message: format!("`{key}` does not apply to a property of type `{ty}`"),
    help: "`minimum` and `maximum` bound numbers, `min-length` and `max-length` strings, `min-items` and `max-items` lists",

    /// A least bound above the greatest.
    BoundsCrossed { key: &'static str } => Conflict,
    message: format!("`{key}` is more than its greatest bound: no value could be between them"),
    help: "swap the bounds, or correct one of them",

    /// `explicit-null` on a property that cannot be both absent and `null`.
    ExplicitNullNotApplicable { why: &'static str } => Conflict,
    message: format!("`explicit-null` tells an absent member from `null`, but {why}"),
    help: "use `explicit-null: true` on an optional property with `nullable: true`, or remove it",

    /// A `pattern` that is not a regular expression.
    PatternInvalid { pattern: String, problem: String } => InvalidValue,
    message: format!("`{pattern}` is not a regular expression: {problem}"),
    help: "write the pattern in the syntax of JSON Schema and ECMAScript (as regex-lite reads it: `^[a-z]+$`, `\\d{4}`)",

    /// A scalar type that the place it is used in excludes.
    ScalarNotAllowedHere { ty: &'static str, allowed: Vec<&'static str> } => UnknownType,
    message: format!("type `{ty}` cannot be used here"),
    help: format!("the types allowed here are: {}", allowed.join(", ")),

    /// A type name that is not a scalar where only a scalar may be.
    UnknownScalar { ty: String, allowed: Vec<&'static str> } => UnknownType,
    message: format!("unknown type `{ty}`"),
    help: {
        let list = format!("the types allowed here are: {}", allowed.join(", "));
        suggest(ty, allowed.iter().copied(), &format!(" {list}"), list)
    },

    /// `url-reference` where nothing resolves it against the base URL.
    UrlReferenceOutOfPlace {} => UnknownType,
    message: "`url-reference` is for response headers, which are resolved against the base URL",
    help: "use `url` for an absolute URL, or `string`",

    /// An `email-list` as an element of a list or a map, or as a whole body.
    EmailListOutOfPlace {} => UnknownType,
    message: "an `email-list` is one comma-separated string: it can be a property, a parameter or a header, not an element of a list, a map or a whole body",
    help: "use `list<string>` for a JSON array of addresses, or make it a property of an object",

    /// Lists and maps nested deeper than the generator allows.
    TypeNestedTooDeep { nesting: usize, max: usize } => UnknownType,
    message: format!("the type nests {nesting} lists and maps; at most {max} can be nested"),
    help: "declare an object type under `types` for the inner levels, and refer to it by name",

    /// An `encoding` that does not apply to the type's scalar.
    EncodingNotApplicable { encoding: String, ty: String, allowed: Vec<&'static str> } => UnknownType,
    message: format!("the encoding `{encoding}` does not apply to `{ty}`"),
    help: if allowed.is_empty() {
        "an `encoding` applies to `bytes`, `duration`, `date-time`, numbers, `decimal` and `boolean` (and to lists and maps of them), and `comma-delimited`, `space-delimited`, `pipe-delimited` or `newline-delimited` to a list property of strings; remove it".to_string()
    } else {
        format!("the encodings of `{ty}` are: {}", allowed.join(", "))
    },

    /// `nullable<nullable<T>>`: `null` would have two meanings.
    NullableOfNullable { ty: String } => UnknownType,
    message: format!("`{ty}` is nullable twice: a JSON `null` cannot say which of the two it is"),
    help: "write `nullable<T>` once",

    /// A type name that is neither built in nor declared.
    UnknownType { ty: String, candidates: Vec<String> } => UnknownType,
    message: format!("unknown type `{ty}`"),
    help: {
        let usable = format!(
            "use a built-in type ({}), `object`, `list`, `list<T>`, `map<T>`, `nullable<T>`, or a type declared in the service file's `types`",
            crate::model::Scalar::ALL.map(|(n, _)| n).join(", ")
        );
        suggest(ty, candidates.iter().map(String::as_str), &format!(" {usable}"), usable)
    },

    /// An enumeration's `value-type` that is no string, integer, float or boolean.
    EnumValueTypeNotAllowed { ty: String } => UnknownType,
    message: format!("an enumeration's values cannot be of type `{ty}`"),
    help: "use `string` (the default), an integer type (`integer`, `int32`...), `float32`, `float64` or `boolean`",

    /// A `value-type` or `extensible` on an object type.
    EnumKeyOnObject { key: &'static str } => Conflict,
    message: format!("`{key}` is a key of enumerations, and this type has `properties`"),
    help: "remove it, or make the type an enumeration with `values`",

    /// An enumeration's value that is not a value of its `value-type`.
    EnumValueNotOfItsType { value: String, ty: &'static str, problem: String } => InvalidExample,
    message: format!("`{value}` is not a valid {ty}: {problem}"),
    help: "write the value as the `value-type` reads it, or change `value-type`",

    /// An enumeration with an empty `values`.
    EnumWithoutValues { name: String } => MissingKey,
    message: format!("enumeration `{name}` has no values"),
    help: "list its values under `values:`, each with `value:` and `description:`",

    /// An `object` property without `properties`.
    ObjectWithoutProperties {} => MissingKey,
    message: "an `object` property needs `properties`",
    help: "list the object's properties under `properties:`, or refer to a type declared in the service file's `types`",

    /// A `list` property without `items`.
    ListWithoutItems {} => MissingKey,
    message: "a `list` property needs `items`",
    help: "name the element type under `items:`, e.g. `items: string`",

    /// `nullable` on an `email-list`, whose absence is an empty list already.
    NullableEmailList {} => Conflict,
    message: "an `email-list` cannot be nullable",
    help: "remove `nullable`: an absent or empty list is already an empty `Vec`",

    /// `items` on a property that is not a `list`.
    ItemsOnNonList { ty: String } => Conflict,
    message: format!("`items` is given, but the type is `{ty}`"),
    help: "use `type: list` for a list, or remove `items`",

    /// `properties` on a property that is not an `object`.
    PropertiesOnNonObject { ty: String } => Conflict,
    message: format!("`properties` is given, but the type is `{ty}`"),
    help: "use `type: object` for an inline object, or remove `properties`",

    /// A JSON example that does not parse.
    ExampleNotJson { problem: String, hint: String } => InvalidExample,
    message: format!("the example is not valid JSON: {problem}"),
    help: hint.as_str(),

    /// A JSON example that does not match its type.
    ExampleDoesNotMatch { problem: String, hint: Option<String> } => InvalidExample,
    message: format!("the example does not match the declared properties: {problem}"),
    help: hint.as_deref().unwrap_or("make the example and the `properties` agree"),

    /// A request or response header `example` that is not a value of its type.
    HeaderExampleNotOfItsType { ty: &'static str, problem: String, hint: Option<&'static str> } => InvalidExample,
    message: format!("the example is not a valid {ty}: {problem}"),
    help: hint.unwrap_or("give an example of the declared type"),

    /// An item that documents the generated code without a `description` (a warning).
    Undocumented { what: String } => Undocumented,
    message: format!("{what} has no description"),
    help: "add a `description:`, which becomes the item's rustdoc and its line in the reference pages",
}
