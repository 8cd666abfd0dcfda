//! Emit: the `Client`, its builder, and one async method per operation.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::docs::{self, Docs};
use super::examples;
use super::{EmitOptions, doc, ident, plain};
use crate::model::{
    AuthScheme, FinalResult, HeaderValue, Method, Operation, ParameterLocation, ParameterType,
    PathSegment, ResponseKind, Scalar, Service,
};

/// The client struct, its builder alias and its methods.
pub fn client(service: &Service, options: &EmitOptions) -> TokenStream {
    let base_url = &service.base_url;
    let api_version = match &service.api_version {
        Some(version) => {
            let (parameter, value) = (&version.name, &version.value);
            quote!(Some(::specgen_runtime::ApiVersion { parameter: #parameter, value: #value }))
        }
        None => quote!(None),
    };
    // The header of an API key is the spec's; the builder learns it here.
    let api_key_header = match service.auth.as_ref().map(|auth| &auth.scheme) {
        Some(AuthScheme::ApiKey { header }) => quote!(.api_key_header(#header)),
        _ => quote!(),
    };
    let methods = service
        .operations
        .iter()
        .map(|operation| method(service, operation, options));
    let pollers = service
        .operations
        .iter()
        .flat_map(|operation| pollers(service, operation));
    let client_doc = doc(&client_docs(service, options));
    let builder_doc = doc(if service.auth.is_some() {
        "Configures and builds a [`Client`]: base URL, credentials, API version, HTTP client, \
         timeouts and the response size limit."
    } else {
        "Configures and builds a [`Client`]: base URL, API version, HTTP client, timeouts and \
         the response size limit."
    });
    let base_url_doc = doc(&format!(
        "The base URL requests go to unless [`ClientBuilder::base_url`] says otherwise: `{base_url}`."
    ));
    let api_version_const = service.api_version.as_ref().map(|version| {
        let value = &version.value;
        let text = doc(&format!(
            "The API version this client was generated for, sent as the `{}` query parameter of every request; [`ClientBuilder::api_version`] overrides it.",
            version.name
        ));
        quote!(#text pub const API_VERSION: &'static str = #value;)
    });
    quote! {
        #client_doc
        #[derive(Debug, Clone)]
        pub struct Client {
            transport: ::specgen_runtime::Transport,
        }

        #builder_doc
        pub type ClientBuilder = ::specgen_runtime::ClientBuilder<Client>;

        impl ::std::convert::From<::specgen_runtime::Transport> for Client {
            fn from(transport: ::specgen_runtime::Transport) -> Self {
                Client { transport }
            }
        }

        impl Client {
            #base_url_doc
            pub const DEFAULT_BASE_URL: &'static str = #base_url;

            #api_version_const

            /// A builder with the service's defaults; call [`ClientBuilder::build`] to finish.
            #[must_use]
            pub fn builder() -> ClientBuilder {
                ::specgen_runtime::ClientBuilder::new(::specgen_runtime::ServiceDefaults {
                    base_url: #base_url,
                    api_version: #api_version,
                    user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
                })
                #api_key_header
            }

            #(#methods)*

            #(#pollers)*
        }
    }
}

fn client_docs(service: &Service, options: &EmitOptions) -> String {
    let crate_name = &options.crate_name;
    let docs = Docs::rustdoc(service);
    let mut text = format!(
        "A client of the {}.\n\n{}\n\nEvery request goes to the base URL (`{}` by default), ",
        docs.cell(&service.title),
        docs.text(&service.description),
        service.base_url
    );
    if let Some(version) = &service.api_version {
        text.push_str(&format!(
            "carries `{}={}` in its query, ",
            version.name, version.value
        ));
    }
    text.push_str(match service.auth.as_ref().map(|auth| &auth.scheme) {
        Some(AuthScheme::ApiKey { .. }) => "and the API key the builder was given.",
        Some(AuthScheme::Bearer) => "and the bearer token the builder was given.",
        None => "without credentials: the service takes none.",
    });
    text.push_str("\n\n# Operations\n\n");
    for operation in &service.operations {
        text.push_str(&format!(
            "- [`{}`]({}): {}\n",
            operation.id.rust,
            docs.operation_link(operation),
            docs.cell(&operation.summary)
        ));
    }
    let credentials = match credentials_call(service) {
        Some(call) => format!("\n    {call}"),
        None => String::new(),
    };
    text.push_str(&format!(
        "\n# Example\n\n```no_run\n# fn main() -> Result<(), {crate_name}::BuildError> {{\nlet client = {crate_name}::Client::builder(){credentials}\n    .build()?;\n# Ok(())\n# }}\n```"
    ));
    text
}

/// The builder call that gives the client its credentials, in examples (none without auth).
pub(crate) fn credentials_call(service: &Service) -> Option<&'static str> {
    match service.auth.as_ref().map(|auth| &auth.scheme) {
        Some(AuthScheme::ApiKey { .. }) => Some(".api_key(\"YOUR_API_KEY\")"),
        Some(AuthScheme::Bearer) => Some(".bearer_token(\"YOUR_TOKEN\")"),
        None => None,
    }
}

fn method(service: &Service, operation: &Operation, options: &EmitOptions) -> TokenStream {
    let name = ident(&operation.id);
    let success = plain(&operation.response_type);
    let error = plain(&operation.error_type);
    let mut arguments = Vec::new();
    let path = operation.path.iter().map(|segment| match segment {
        PathSegment::Literal(text) => quote!(::specgen_runtime::PathPart::Literal(#text),),
        PathSegment::Parameter(index) => {
            let parameter = &operation.parameters[*index];
            // A path parameter is a scalar (validated).
            path_part(parameter, parameter.ty.scalar().unwrap_or(Scalar::String))
        }
    });
    for segment in &operation.path {
        if let PathSegment::Parameter(index) = segment {
            let parameter = &operation.parameters[*index];
            let scalar = parameter.ty.scalar().unwrap_or(Scalar::String);
            arguments.push(argument(&parameter.name, scalar, true));
        }
    }
    // Each query parameter is one `(name, Option<text>)` pair, but a `multi` collection, which
    // is a pair per item or entry: the pairs are then collected into a `Vec` rather than
    // written as a slice. An object argument is first shadowed by its members as text.
    let mut objects = Vec::new();
    let pairs: Vec<(TokenStream, bool)> = operation
        .parameters
        .iter()
        .filter(|p| p.location == ParameterLocation::Query)
        .map(|p| {
            let wire = &p.name.wire;
            if let Some(constant) = &p.constant {
                return (quote!((#wire, Some(::std::string::String::from(#constant)))), false);
            }
            let name = ident(&p.name);
            let (items, separator) = match &p.ty {
                ParameterType::Scalar(ty) => {
                    arguments.push(argument(&p.name, *ty, p.required));
                    let value = to_text(&name, *ty, p.required);
                    return (quote!((#wire, #value)), false);
                }
                ParameterType::List(ty, format) => {
                    arguments.push(list_argument(&p.name, *ty, p.required));
                    let item = to_text(&plain("item"), *ty, true);
                    let items = elements(&name, p.required);
                    let Some(separator) = format.separator() else {
                        return (quote!(#items.map(|item| (#wire, #item))), true);
                    };
                    (quote!(#items.map(|item| #item)), separator)
                }
                ParameterType::Map(ty, format) => {
                    arguments.push(map_argument(&p.name, *ty, p.required));
                    let value = to_text(&plain("value"), *ty, true);
                    let entries = elements(&name, p.required);
                    let Some(separator) = format.separator() else {
                        return (quote!(#entries.map(|(key, value)| (key.as_str(), #value))), true);
                    };
                    (quote!(#entries.flat_map(|(key, value)| [Some(key.clone()), #value])), separator)
                }
                ParameterType::Object(ty, format) => {
                    let ty = plain(ty);
                    objects.push(if p.required {
                        arguments.push(quote!(#name: &#ty));
                        quote!(let #name = ::specgen_runtime::query_object(#name)?;)
                    } else {
                        arguments.push(quote!(#name: ::std::option::Option<&#ty>));
                        quote!(let #name = #name.map(::specgen_runtime::query_object).transpose()?;)
                    });
                    let members = if p.required {
                        quote!(#name.iter())
                    } else {
                        quote!(#name.iter().flatten())
                    };
                    let Some(separator) = format.separator() else {
                        return (quote!(#members.map(|(key, value)| (key.as_str(), Some(value.clone())))), true);
                    };
                    (quote!(#members.flat_map(|(key, value)| [Some(key.clone()), Some(value.clone())])), separator)
                }
            };
            // Joined: one pair, unless an optional argument is `None`.
            let joined = quote!(::specgen_runtime::join_query_items(#items, #separator));
            let value = match (&p.ty, p.required) {
                (_, true) => joined,
                (ParameterType::Object(..), false) => quote!(#name.as_ref().and(#joined)),
                (_, false) => quote!(#name.and(#joined)),
            };
            (quote!((#wire, #value)), false)
        })
        .collect();
    let (query_binding, query) = if pairs.iter().any(|(_, many)| *many) {
        let chained = pairs.iter().map(|(pair, many)| {
            if *many {
                quote!(.chain(#pair))
            } else {
                quote!(.chain(::std::iter::once(#pair)))
            }
        });
        (
            quote! {
                #(#objects)*
                let query: ::std::vec::Vec<(&str, ::std::option::Option<::std::string::String>)> =
                    ::std::iter::empty()#(#chained)*.collect();
            },
            quote!(&query),
        )
    } else {
        let pairs = pairs.iter().map(|(pair, _)| pair);
        (quote!(#(#objects)*), quote!(&[#(#pairs,)*]))
    };
    let optional_body = operation.body.as_ref().is_some_and(|body| !body.required);
    let headers = operation
        .headers
        .iter()
        .filter_map(|h| {
            let wire = &h.name.wire;
            match &h.value {
                // An optional body's type is sent only with the body.
                HeaderValue::Fixed(value)
                    if optional_body && h.name.wire.eq_ignore_ascii_case("content-type") =>
                {
                    Some(quote!((#wire, body.map(|_| ::std::borrow::Cow::Borrowed(#value))),))
                }
                HeaderValue::Fixed(value) => {
                    Some(quote!((#wire, Some(::std::borrow::Cow::Borrowed(#value))),))
                }
                HeaderValue::Auth => None,
                HeaderValue::Caller {
                    generated: true, ..
                } => {
                    let name = ident(&h.name);
                    arguments.push(quote!(#name: ::std::option::Option<Uuid>));
                    Some(quote!((#wire, Some(::std::borrow::Cow::Owned(#name.unwrap_or_else(Uuid::new_v4).to_string()))),))
                }
                HeaderValue::Caller { ty, required, .. } => {
                    arguments.push(argument(&h.name, *ty, *required));
                    let value = header_text(&ident(&h.name), *ty, *required);
                    Some(quote!((#wire, #value),))
                }
            }
        })
        .collect::<Vec<_>>();
    let body = match &operation.body {
        Some(body) if body.required => {
            let ty = plain(&body.ty);
            arguments.push(quote!(body: &#ty));
            quote!(Some(::specgen_runtime::json_body(body)?))
        }
        Some(body) => {
            let ty = plain(&body.ty);
            arguments.push(quote!(body: ::std::option::Option<&#ty>));
            quote!(body.map(::specgen_runtime::json_body).transpose()?)
        }
        None => quote!(None),
    };
    let http_method = plain(match operation.method {
        Method::Get => "GET",
        Method::Put => "PUT",
        Method::Post => "POST",
        Method::Patch => "PATCH",
        Method::Delete => "DELETE",
        Method::Head => "HEAD",
    });
    let idempotent = operation.idempotent;
    let docs = doc(&method_docs(service, operation, options));
    // The arguments are the spec's parameters, headers and body: as many as the API has.
    let many_arguments =
        (arguments.len() >= 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let base_url =
        super::responses::resolves_urls(operation).then(|| quote!(, self.transport.base_url()));
    quote! {
        #docs
        #many_arguments
        pub async fn #name(&self, #(#arguments),*) -> ::std::result::Result<#success, #error> {
            #query_binding
            let response = self
                .transport
                .send(::specgen_runtime::Request {
                    method: ::specgen_runtime::Method::#http_method,
                    path: &[#(#path)*],
                    query: #query,
                    headers: &[#(#headers)*],
                    body: #body,
                    idempotent: #idempotent,
                })
                .await?;
            #success::from_raw(response #base_url)
        }
    }
}

/// `<operation>_poller`: follows the operation a long-running row starts.
fn pollers(service: &Service, operation: &Operation) -> Vec<TokenStream> {
    operation
        .rows(ResponseKind::Success)
        .filter_map(|row| row.long_running.as_ref().map(|lro| (row, lro)))
        .map(|(row, lro)| {
            let name = plain(&lro.poller);
            let status = plain(&lro.status_response);
            let error = plain(&lro.status_error);
            let status_property = &lro.status_property;
            let [succeeded, failed, canceled] = [&lro.succeeded, &lro.failed, &lro.canceled]
                .map(|states| quote!(&[#(#states),*]));
            let location = operation
                .response_headers
                .get(lro.location)
                .map_or("", |header| header.name.wire.as_str());
            let field = operation
                .response_headers
                .get(lro.location)
                .map_or_else(String::new, |header| ident(&header.name).to_string());
            let cancel = match &lro.cancel_operation {
                Some(cancel) => format!(
                    " Cancel it with [`Client::{cancel}`]; the poller then reports it canceled."
                ),
                None => String::new(),
            };
            let text = format!(
                "Follows the operation that a `{code}` answer of [`Client::{method}`] started \
                 ([`{response}::{variant}`]): pass its `{field}`, the `{location}` header.\n\n\
                 The poller reads that URL with [`Client::{status_method}`]'s decoding until the \
                 `{status_property}` property of the body is a terminal state: succeeded ({}), \
                 failed ({}){}. It waits for the server's `Retry-After` between reads when there is one.{cancel}",
                lro.succeeded.join(", "),
                lro.failed.join(", "),
                if lro.canceled.is_empty() { String::new() } else { format!(", canceled ({})", lro.canceled.join(", ")) },
                code = row.code,
                method = operation.id.rust,
                response = operation.response_type,
                variant = row.variant.rust,
                status_method = lro.status_operation,
            );
            let decode = decoder(service, &lro.status_operation, &status);
            let (result, text) = final_result(service, lro, text);
            let FinalResultTokens { arguments, ty, call } = result;
            let docs = doc(&text);
            quote! {
                #docs
                #[must_use]
                pub fn #name(&self, status_url: Url #(, #arguments)*) -> Poller<#status, #error #ty> {
                    Poller::new(
                        &self.transport,
                        status_url,
                        &::specgen_runtime::PollSpec {
                            status_property: #status_property,
                            succeeded: #succeeded,
                            failed: #failed,
                            canceled: #canceled,
                        },
                        #decode,
                    )
                    #call
                }
            }
        })
        .collect()
}

/// The `fn(RawResponse, &Url)` a poller decodes the responses of `method` with: its success
/// enum's `from_raw`, which takes the base URL only when it resolves a relative URL.
fn decoder(service: &Service, method: &str, success: &Ident) -> TokenStream {
    let resolves = service
        .operations
        .iter()
        .find(|operation| operation.id.rust == method)
        .is_some_and(super::responses::resolves_urls);
    if resolves {
        quote!(#success::from_raw)
    } else {
        quote!(|response, _| #success::from_raw(response))
    }
}

/// An iterator over a list's items or a map's entries: an optional one (`None`) has none.
fn elements(name: &Ident, required: bool) -> TokenStream {
    if required {
        quote!(#name.iter())
    } else {
        quote!(#name.into_iter().flatten())
    }
}

/// `PathPart::Param { name, value }` of a path parameter, `Reserved` with `allow-reserved`.
fn path_part(parameter: &crate::model::Parameter, scalar: Scalar) -> TokenStream {
    let wire = &parameter.name.wire;
    let value = ident(&parameter.name);
    let value = match scalar {
        Scalar::String => quote!(#value),
        Scalar::Url => quote!(#value.as_str()),
        Scalar::DateTime => quote!(&#value.to_rfc3339()),
        Scalar::HttpDate => quote!(&::specgen_runtime::http_date(&#value)),
        _ => quote!(&#value.to_string()),
    };
    if parameter.allow_reserved {
        quote!(::specgen_runtime::PathPart::Reserved { name: #wire, value: #value },)
    } else {
        quote!(::specgen_runtime::PathPart::Param { name: #wire, value: #value },)
    }
}

/// What a poller with a final result adds to its method.
struct FinalResultTokens {
    /// The method's arguments after `status_url`.
    arguments: Vec<TokenStream>,
    /// The poller's result type parameters after the status ones (`, User`).
    ty: TokenStream,
    /// The call that sets the result on the poller.
    call: TokenStream,
}

/// The poller's final result (none: the last status response), and its docs added to `text`.
fn final_result(
    service: &Service,
    lro: &crate::model::LongRunning,
    mut text: String,
) -> (FinalResultTokens, String) {
    let none = FinalResultTokens {
        arguments: Vec::new(),
        ty: quote!(),
        call: quote!(),
    };
    match &lro.result {
        None => (none, text),
        Some(FinalResult::Property { name, ty }) => {
            let rust = super::rust_type(ty);
            text.push_str(&format!(
                "\n\nWhen the operation succeeds, [`Poller::wait`] returns its result, the `{name}` \
                 property of the last status body; a body without it is a `Decode` error."
            ));
            let tokens = FinalResultTokens {
                arguments: Vec::new(),
                ty: quote!(, #rust),
                call: quote!(.result_member(#name)),
            };
            (tokens, text)
        }
        Some(FinalResult::Operation {
            method,
            response,
            error,
        }) => {
            // Validated: the operation exists, and its path parameters are scalars.
            let Some(target) = service.operations.iter().find(|op| op.id.rust == *method) else {
                return (none, text);
            };
            let mut arguments = Vec::new();
            let path = target
                .path
                .iter()
                .map(|segment| match segment {
                    PathSegment::Literal(literal) => {
                        quote!(::specgen_runtime::PathPart::Literal(#literal),)
                    }
                    PathSegment::Parameter(index) => {
                        let parameter = &target.parameters[*index];
                        let scalar = parameter.ty.scalar().unwrap_or(Scalar::String);
                        arguments.push(argument(&parameter.name, scalar, true));
                        path_part(parameter, scalar)
                    }
                })
                .collect::<Vec<_>>();
            let (response, error) = (plain(response), plain(error));
            text.push_str(&format!(
                "\n\nWhen the operation succeeds, [`Poller::wait`] returns its result: the answer of \
                 [`Client::{method}`], called with the given path parameters."
            ));
            let tokens = FinalResultTokens {
                arguments,
                ty: quote!(, #response, #error),
                call: {
                    let decode = decoder(service, method, &response);
                    quote!(.result_get(&[#(#path)*], #decode))
                },
            };
            (tokens, text)
        }
    }
}

/// `name: &str`, `name: Option<i64>`...: borrowed where the value is not `Copy`.
fn argument(name: &crate::model::Name, ty: Scalar, required: bool) -> TokenStream {
    let name = ident(name);
    let ty = match ty {
        Scalar::String => quote!(&str),
        Scalar::Url => quote!(&Url),
        Scalar::EmailList => quote!(&[EmailAddress]),
        other => super::scalar_type(other),
    };
    if required {
        quote!(#name: #ty)
    } else {
        quote!(#name: ::std::option::Option<#ty>)
    }
}

/// `name: &[&str]`, `name: Option<&[i64]>`...: a list query parameter.
fn list_argument(name: &crate::model::Name, ty: Scalar, required: bool) -> TokenStream {
    let name = ident(name);
    let item = match ty {
        Scalar::String => quote!(&str),
        Scalar::Url => quote!(Url),
        other => super::scalar_type(other),
    };
    if required {
        quote!(#name: &[#item])
    } else {
        quote!(#name: ::std::option::Option<&[#item]>)
    }
}

/// `name: &BTreeMap<String, i64>`, `name: Option<&BTreeMap<String, String>>`...: a map query
/// parameter.
fn map_argument(name: &crate::model::Name, ty: Scalar, required: bool) -> TokenStream {
    let name = ident(name);
    let value = super::scalar_type(ty);
    let map = quote!(&::std::collections::BTreeMap<::std::string::String, #value>);
    if required {
        quote!(#name: #map)
    } else {
        quote!(#name: ::std::option::Option<#map>)
    }
}

/// The value of a header argument, as `Option<Cow<str>>` (`None`: not sent): a string is
/// borrowed.
fn header_text(value: &Ident, ty: Scalar, required: bool) -> TokenStream {
    match (ty, required) {
        (Scalar::String, true) => quote!(Some(::std::borrow::Cow::Borrowed(#value))),
        (Scalar::String, false) => quote!(#value.map(::std::borrow::Cow::Borrowed)),
        (_, true) => {
            let text = scalar_text(quote!(#value), ty);
            quote!(Some(::std::borrow::Cow::Owned(#text)))
        }
        (_, false) => {
            let text = scalar_text(quote!(value), ty);
            quote!(#value.map(|value| ::std::borrow::Cow::Owned(#text)))
        }
    }
}

/// The wire text of an argument, as `Option<String>` (`None`: not sent).
fn to_text(value: &Ident, ty: Scalar, required: bool) -> TokenStream {
    match (required, text_function(ty)) {
        (true, _) => {
            let text = scalar_text(quote!(#value), ty);
            quote!(Some(#text))
        }
        (false, Some(function)) => quote!(#value.map(#function)),
        (false, None) => {
            let text = scalar_text(quote!(value), ty);
            quote!(#value.map(|value| #text))
        }
    }
}

/// The function that makes a scalar's wire text, where one applies to the value as it is.
fn text_function(ty: Scalar) -> Option<TokenStream> {
    match ty {
        Scalar::String => Some(quote!(::std::string::ToString::to_string)),
        Scalar::EmailList => Some(quote!(::specgen_runtime::comma_separated::join)),
        _ => None,
    }
}

/// The wire text of the scalar `value`, as a `String`.
fn scalar_text(value: TokenStream, ty: Scalar) -> TokenStream {
    match (text_function(ty), ty) {
        (Some(function), _) => quote!(#function(#value)),
        (None, Scalar::DateTime) => quote!(#value.to_rfc3339()),
        (None, Scalar::HttpDate) => quote!(::specgen_runtime::http_date(&#value)),
        (None, _) => quote!(::std::string::ToString::to_string(&#value)),
    }
}

/// Whether a [`RetryPolicy`] applies to the operation, and why.
fn retry_docs(operation: &Operation) -> String {
    let method = operation.method.as_str();
    let reason = match (
        operation.idempotent,
        operation.idempotent == operation.method.is_idempotent(),
    ) {
        (true, true) => format!("`{method}` is idempotent"),
        (false, true) => format!("`{method}` is not idempotent"),
        (true, false) => "the spec marks the operation idempotent".to_owned(),
        (false, false) => "the spec marks the operation not idempotent".to_owned(),
    };
    if operation.idempotent {
        format!(
            "
With a [`RetryPolicy`] on the builder, a transient failure is retried, since {reason}.
"
        )
    } else {
        format!(
            "
Never retried, even with a [`RetryPolicy`] on the builder, since {reason}.
"
        )
    }
}

fn method_docs(service: &Service, operation: &Operation, options: &EmitOptions) -> String {
    let docs = Docs::rustdoc(service);
    let mut text = format!("{}\n\n", docs.text(&operation.description));
    text.push_str(&format!(
        "{}\n\n",
        docs::code_span(&docs::request_line(service, operation))
    ));
    if let Some(parameters) = docs.parameters_table(operation) {
        text.push_str(&format!("# Parameters\n\n{parameters}"));
    }
    if let Some(headers) = docs.headers_table(operation) {
        // Fixed and auth headers are sent for the caller; the others are arguments.
        text.push_str(&format!("\n# Headers\n\n{headers}"));
    }
    match &operation.body {
        Some(body) if body.required => text.push_str("\n`body` is the JSON request body.\n"),
        Some(_) => text.push_str(
            "\n`body` is the JSON request body; with `None`, the request has no body and no `Content-Type`.\n",
        ),
        None => {}
    }
    // The same table as the reference page's, then what each row becomes in Rust.
    text.push_str(&format!(
        "\n# Responses\n\n{}\nBy status code: ",
        docs.status_table(operation)
    ));
    let rows: Vec<String> = operation
        .responses
        .iter()
        .map(|row| {
            let ty = match row.kind {
                ResponseKind::Success => &operation.response_type,
                ResponseKind::Error => &operation.error_type,
            };
            format!("{} [`{ty}::{}`]", row.code, row.variant.rust)
        })
        .collect();
    text.push_str(&format!("{}.\n", rows.join(", ")));
    text.push_str(&format!(
        "\n# Errors\n\n[`{error}`] for every error row above, and [`{error}::Failure`] for an \
         undocumented status, a response that does not decode, a request refused before sending \
         (such as an empty path parameter) and a transport failure.\n",
        error = operation.error_type,
    ));
    text.push_str(&retry_docs(operation));
    if let Some(example) = examples::operation_example(service, operation, options) {
        text.push_str(&format!("\n# Example\n\n{example}"));
    }
    text
}
