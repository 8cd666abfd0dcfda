//! Rules of the service file: format version, locales and texts, name, base URL, API version,
//! authentication, `checked-in` paths.

use super::*;

catalogue! {
    /// The service file's `specgen:` is not 1, the only version of the format.
    UnsupportedVersion { version: u32 } => UnsupportedVersion,
    message: format!("spec format version {version} is not supported"),
    help: "write `specgen: 1`",

    /// A declared locale that is not a lowercase language code.
    NotALocale { locale: String } => InvalidLocale,
    message: format!("`{locale}` is not a locale code"),
    help: "use a lowercase language code such as `en` or `hu`",

    /// A locale that `service.locales` lists twice.
    LocaleListedTwice { locale: String } => InvalidLocale,
    message: format!("locale `{locale}` is listed twice"),
    help: "list each locale once",

    /// A text in a locale that `service.locales` does not declare.
    TextInUndeclaredLocale { locale: String, declared: Vec<String> } => InvalidLocale,
    message: format!("locale `{locale}` is not declared in `service.locales`"),
    help: {
        let known = declared.join(", ");
        suggest(
            locale,
            declared.iter().map(String::as_str),
            &format!(" the service declares the locales: {known}"),
            format!("add `{locale}` to `service.locales`, or use one of: {known}"),
        )
    },

    /// A `--locale` that `service.locales` does not declare.
    UndeclaredLocaleOption { locale: String, declared: Vec<String> } => InvalidLocale,
    message: format!("locale `{locale}` is not declared in `service.locales`"),
    help: {
        let known = declared.join(", ");
        suggest(
            locale,
            declared.iter().map(String::as_str),
            &format!(" the declared locales are: {known}"),
            format!("use one of: {known}"),
        )
    },

    /// A localized text without the default locale's version.
    MissingDefaultText { default_locale: String } => MissingText,
    message: format!("the text has no `{default_locale}` version"),
    help: format!("add `{default_locale}:`, the default locale, which every text needs"),

    /// A text without a version in the locale asked for (`--locale`).
    MissingTranslation { locale: String, default_locale: String } => MissingTranslation,
    message: format!("the text has no `{locale}` version"),
    help: format!(
        "add `{locale}:` next to `{default_locale}:`; until then the `{default_locale}` text is shown"
    ),

    /// A service name that is not kebab-case.
    ServiceNameNotKebabCase { name: String } => InvalidName,
    message: format!("the service name `{name}` is not kebab-case"),
    help: "use lowercase ASCII letters, digits and single `-` between words, starting with a letter, such as `cloud-partner-portal`: it names the generated file and crate",

    /// A service name that is a Rust keyword once its `-` are `_`.
    ServiceNameIsKeyword { name: String } => InvalidName,
    message: format!("the service name `{name}` is a Rust keyword"),
    help: format!("it names the generated file and crate, which cannot be a keyword: add a word, such as `{name}-api`"),

    /// A `base-url` that is not an absolute http(s) URL without query, fragment or trailing slash.
    InvalidBaseUrl { url: String } => InvalidBaseUrl,
    message: format!("`{url}` is not a base URL"),
    help: "write an absolute http(s) URL without query, fragment or trailing slash, e.g. `https://cloudpartner.azure.com`",

    /// An `api-version.value` that is not a value of its `type`.
    ApiVersionNotOfItsType { value: String, ty: &'static str, problem: String, hint: Option<&'static str> } => InvalidExample,
    message: format!("`{value}` is not a valid {ty}: {problem}"),
    help: hint.unwrap_or("give a value of the declared `type`, or change the type"),

    /// A `header` on a bearer scheme, whose tokens travel in `Authorization`.
    HeaderOnBearerAuth {} => MisplacedCredentials,
    message: "`header` is given, but bearer tokens travel in `Authorization`",
    help: "remove `header`, or write `scheme: api-key` for a key in that header",

    /// An `api-key` scheme without the `header` it travels in.
    ApiKeyWithoutHeader {} => MissingKey,
    message: "the `api-key` scheme needs `header`",
    help: "name the header that carries the key, e.g. `header: x-ms-api-key`",

    /// An `auth.scheme` that is neither `bearer` nor `api-key`.
    UnknownAuthScheme { scheme: String } => InvalidValue,
    message: format!("unknown auth scheme `{scheme}`"),
    help: suggest(
        scheme,
        ["bearer", "api-key"],
        "",
        "the schemes are `bearer` (OAuth 2.0 and other bearer tokens) and `api-key`".to_string(),
    ),

    /// A `checked-in` path that is empty, absolute or holds a control character.
    InvalidCheckedInPath { path: String, key: &'static str, what: &'static str, problem: &'static str, example: &'static str } => InvalidCheckedInPath,
    message: format!("`{path}` cannot be the {key} {what}: {problem}"),
    help: format!("write the {what} relative to the service file, e.g. `{example}`"),
}
