//! Emit: an operation's method on the `Client`, with its documentation: the request line,
//! the parameter and header tables, the whole status table and a doc example.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use super::arguments::RequestParts;
use crate::emit::context::Context;
use crate::emit::{doc, docs, examples, ident, plain};
use crate::model::{Method, Operation, ResponseKind};

/// `pub async fn <operation>(&self, ...) -> Result<<Id>Response, <Id>Error>`.
pub(crate) struct OperationMethod<'a> {
    pub(crate) cx: &'a Context<'a>,
    pub(crate) operation: &'a Operation,
}

impl ToTokens for OperationMethod<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let operation = self.operation;
        let name = ident(&operation.id);
        let success = plain(&operation.response_type);
        let error = plain(&operation.error_type);
        let RequestParts {
            arguments,
            bindings,
            path,
            query,
            headers,
            body,
        } = RequestParts::new(operation);
        let http_method = plain(match operation.method {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Head => "HEAD",
        });
        let idempotent = operation.idempotent;
        let docs = doc(&method_docs(self.cx, operation));
        // The arguments are the spec's parameters, headers and body: as many as the API has.
        let many_arguments =
            (arguments.len() >= 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
        let base_url =
            super::rows::resolves_urls(operation).then(|| quote!(, self.transport.base_url()));
        tokens.extend(quote! {
            #docs
            #many_arguments
            pub async fn #name(&self, #(#arguments),*) -> ::std::result::Result<#success, #error> {
                #bindings
                let request = ::specgen_runtime::Request {
                    method: ::specgen_runtime::Method::#http_method,
                    path: &[#(#path)*],
                    query: #query,
                    headers: &[#(#headers)*],
                    body: #body,
                    idempotent: #idempotent,
                };
                let response = self.transport.send(request).await?;
                #success::from_raw(response #base_url)
            }
        });
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

fn method_docs(cx: &Context<'_>, operation: &Operation) -> String {
    let docs = &cx.docs;
    let service = cx.service;
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
    if let Some(example) = examples::operation_example(cx, operation) {
        text.push_str(&format!("\n# Example\n\n{example}"));
    }
    text
}
