//! The service file: its format version, locales, name, base URL, texts, API version and
//! authentication (its shared types are in [`super::types`]).

use super::*;

/// What the service file says of the service itself, besides its types and operations.
pub(super) struct ServiceHead {
    pub(super) name: String,
    pub(super) title: Text,
    pub(super) description: Text,
    pub(super) api_version: Option<ApiVersion>,
    pub(super) auth: Option<Auth>,
}

/// The header the service's credentials travel in, when it declares `auth` (empty for an
/// `api-key` scheme without its header, which the service pass reports).
pub(super) fn auth_header(auth: &AuthSpec) -> String {
    match (auth.scheme.value.as_str(), &auth.header) {
        ("api-key", Some(header)) => header.value.clone(),
        ("api-key", None) => String::new(),
        _ => "Authorization".to_string(),
    }
}

impl FilePass<'_> {
    /// The checks the service context depends on: the format version and the locales.
    pub(super) fn format_and_locales(&mut self, file: &ServiceFile) -> Vec<String> {
        if file.specgen.value != 1 {
            self.report(
                &file.specgen.referenced,
                "specgen",
                rules::UnsupportedVersion {
                    version: file.specgen.value,
                },
            );
        }
        self.locales(&file.service.locales)
    }

    /// The service's name, base URL, texts, API version and authentication.
    pub(super) fn service_head(&mut self, s: &ServiceSpec) -> ServiceHead {
        let name = self.service_name(&s.name);
        self.base_url(&s.base_url);
        let title = self.text(&s.title, "service.title");
        let description = self.text(&s.description, "service.description");
        let api_version = s.api_version.as_ref().map(|v| self.api_version(v));
        let auth = s.auth.as_ref().map(|auth| Auth {
            scheme: self.auth_scheme(auth),
            description: self.text(&auth.description, "service.auth.description"),
        });
        ServiceHead {
            name,
            title,
            description,
            api_version,
            auth,
        }
    }

    /// The service name, which names the generated file and crate.
    fn service_name(&mut self, spanned: &Spanned<String>) -> String {
        let name = spanned.value.clone();
        if !is_kebab_case(&name) {
            self.report(
                &spanned.referenced,
                "service.name",
                rules::ServiceNameNotKebabCase { name: name.clone() },
            );
        }
        let crate_name = crate::model::rust_name(&name);
        if KEYWORDS.contains(&crate_name.as_str()) {
            self.report(
                &spanned.referenced,
                "service.name",
                rules::ServiceNameIsKeyword { name: name.clone() },
            );
        }
        name
    }

    fn api_version(&mut self, v: &ApiVersionSpec) -> ApiVersion {
        let version = ApiVersion {
            name: v.name.value.clone(),
            value: v.value.value.clone(),
            ty: self
                .scalar(&v.ty, "service.api-version.type", &[])
                .unwrap_or(Scalar::String),
            description: self.text(&v.description, "service.api-version.description"),
        };
        self.header_or_query_value(&v.value, "service.api-version.value");
        if let Err(problem) = check_scalar_text(&v.value.value, version.ty) {
            self.report(
                &v.value.referenced,
                "service.api-version.value",
                rules::ApiVersionNotOfItsType {
                    value: v.value.value.clone(),
                    ty: version.ty.spec_name(),
                    problem: problem.to_string(),
                    hint: problem.help,
                },
            );
        }
        version
    }

    fn auth_scheme(&mut self, auth: &AuthSpec) -> AuthScheme {
        match (auth.scheme.value.as_str(), &auth.header) {
            ("bearer", None) => AuthScheme::Bearer,
            ("bearer", Some(header)) => {
                self.report(
                    &header.referenced,
                    "service.auth.header",
                    rules::HeaderOnBearerAuth {},
                );
                AuthScheme::Bearer
            }
            ("api-key", Some(header)) => {
                if !is_token(&header.value) {
                    self.report(
                        &header.referenced,
                        "service.auth.header",
                        rules::InvalidHeaderName {
                            name: header.value.clone(),
                            example: "x-ms-api-key",
                        },
                    );
                }
                AuthScheme::ApiKey {
                    header: header.value.clone(),
                }
            }
            ("api-key", None) => {
                self.report(
                    &auth.scheme.referenced,
                    "service.auth",
                    rules::ApiKeyWithoutHeader {},
                );
                AuthScheme::ApiKey {
                    header: String::new(),
                }
            }
            (other, _) => {
                self.report(
                    &auth.scheme.referenced,
                    "service.auth.scheme",
                    rules::UnknownAuthScheme {
                        scheme: other.to_string(),
                    },
                );
                AuthScheme::Bearer
            }
        }
    }

    /// The `checked-in` docs directory, schema file and diagnostics page, joined to the service
    /// file's directory.
    /// Checks the `checked-in` paths; the front end joins them to the service file's
    /// directory (`crate::CheckedIn`).
    pub(super) fn checked_in(&mut self, file: &ServiceFile) {
        let Some(checked_in) = file.checked_in.as_ref() else {
            return;
        };
        if let Some(docs) = &checked_in.docs {
            self.checked_in_path(docs, "docs", "directory", "../generated-client/docs");
        }
        if let Some(schema) = &checked_in.schema {
            self.checked_in_path(schema, "schema", "file", "spec.schema.json");
        }
        if let Some(page) = &checked_in.diagnostics {
            self.checked_in_path(page, "diagnostics", "file", "DIAGNOSTICS.md");
        }
    }

    /// Reports a `checked-in` path (`key`) that cannot name a place next to the service file.
    pub(super) fn checked_in_path(
        &mut self,
        docs: &Spanned<String>,
        key: &'static str,
        what: &'static str,
        example: &'static str,
    ) {
        let path = Path::new(&docs.value);
        let problem = if docs.value.trim().is_empty() {
            Some("the path is empty")
        } else if path.has_root() || path.is_absolute() {
            Some("the path is absolute")
        } else if docs.value.chars().any(char::is_control) {
            Some("the path contains a control character")
        } else {
            None
        };
        if let Some(problem) = problem {
            self.report(
                &docs.referenced,
                &format!("checked-in.{key}"),
                rules::InvalidCheckedInPath {
                    path: docs.value.clone(),
                    key,
                    what,
                    problem,
                    example,
                },
            );
        }
    }

    pub(super) fn locales(&mut self, locales: &[Spanned<String>]) -> Vec<String> {
        if locales.is_empty() {
            return vec!["en".to_string()];
        }
        let mut out = Vec::new();
        for (index, locale) in locales.iter().enumerate() {
            let valid = !locale.value.is_empty()
                && locale.value.len() <= 8
                && locale
                    .value
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-');
            if !valid {
                self.report(
                    &locale.referenced,
                    &format!("service.locales[{index}]"),
                    rules::NotALocale {
                        locale: locale.value.clone(),
                    },
                );
            } else if out.contains(&locale.value) {
                self.report(
                    &locale.referenced,
                    &format!("service.locales[{index}]"),
                    rules::LocaleListedTwice {
                        locale: locale.value.clone(),
                    },
                );
            } else {
                out.push(locale.value.clone());
            }
        }
        if out.is_empty() {
            out.push("en".to_string());
        }
        out
    }

    pub(super) fn base_url(&mut self, url: &Spanned<String>) {
        let value = url.value.as_str();
        let scheme_ok = value.starts_with("https://") || value.starts_with("http://");
        let host = value.split_once("://").map_or("", |(_, rest)| rest);
        let host_ok = !host.is_empty() && !host.starts_with('/');
        let clean = !value.contains(['?', '#', ' ', '{', '}']) && !value.ends_with('/');
        if !(scheme_ok && host_ok && clean) {
            self.report(
                &url.referenced,
                "service.base-url",
                rules::InvalidBaseUrl {
                    url: value.to_string(),
                },
            );
        }
    }
}
