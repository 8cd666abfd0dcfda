//! Emit: the pollers of an operation's long-running rows, and their final results.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::arguments;
use crate::emit::context::Context;
use crate::emit::{doc, ident, plain, rust_type};
use crate::model::{FinalResult, LongRunning, Operation, ResponseKind};

/// `<operation>_poller`: follows the operation a long-running row starts.
pub(super) fn pollers(cx: &Context<'_>, operation: &Operation) -> Vec<TokenStream> {
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
            let decode = decoder(cx, &lro.status_operation, &status);
            let (result, text) = final_result(cx, lro, text);
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
fn decoder(cx: &Context<'_>, method: &str, success: &Ident) -> TokenStream {
    let resolves = cx.operation(method).is_some_and(super::rows::resolves_urls);
    if resolves {
        quote!(#success::from_raw)
    } else {
        quote!(|response, _| #success::from_raw(response))
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
    cx: &Context<'_>,
    lro: &LongRunning,
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
            let rust = rust_type(ty);
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
            let Some(target) = cx.operation(method) else {
                return (none, text);
            };
            let arguments = arguments::path_arguments(target);
            let path = arguments::path(target);
            let (response, error) = (plain(response), plain(error));
            text.push_str(&format!(
                "\n\nWhen the operation succeeds, [`Poller::wait`] returns its result: the answer of \
                 [`Client::{method}`], called with the given path parameters."
            ));
            let tokens = FinalResultTokens {
                arguments,
                ty: quote!(, #response, #error),
                call: {
                    let decode = decoder(cx, method, &response);
                    quote!(.result_get(&[#(#path)*], #decode))
                },
            };
            (tokens, text)
        }
    }
}
