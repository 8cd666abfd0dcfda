//! What the emitters of an operation's enums share: a row's summary, fields and sizes.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::docs::{Docs, status_label};
use crate::emit::{allow_complex_type, doc, ident, rust_type, scalar_type, size};
use crate::model::{Operation, Response, ResponseKind, Scalar, Service, Type};

/// `200 OK: Ok. The request was successfully processed...`, `4XX: A client error.`
pub(super) fn row_summary(row: &Response) -> String {
    format!("{}: {}", status_label(row.code), row.description.default)
}

/// `A variant per success row of the status table of [`Client::m`]: 200 [`Self::Ok`], 202
/// [`Self::Accepted`].`: the enum's own rows, and a link to the method with the whole table.
pub(super) fn rows_line(operation: &Operation, kind: ResponseKind) -> String {
    let method = &operation.id.rust;
    let rows: Vec<String> = operation
        .rows(kind)
        .map(|row| format!("{} [`Self::{}`]", row.code, row.variant.rust))
        .collect();
    let which = match kind {
        ResponseKind::Success => "success",
        ResponseKind::Error => "error",
    };
    format!(
        "A variant per {which} row of the status table of [`Client::{method}`]: {}.",
        rows.join(", ")
    )
}

/// The sizes of what each row's variant holds, for [`size`]'s lints.
pub(super) fn variant_sizes(
    service: &Service,
    operation: &Operation,
    kind: ResponseKind,
) -> Vec<usize> {
    operation
        .rows(kind)
        .map(|row| {
            let headers: usize = row
                .headers
                .iter()
                .filter_map(|index| operation.response_headers.get(*index))
                .map(|header| size::field(service, &Type::Scalar(header.ty), false))
                .sum();
            let body = row.body.as_ref().map_or(0, |body| {
                size::field(service, body, kind == ResponseKind::Error)
            });
            let response = match kind {
                ResponseKind::Success => 0,
                ResponseKind::Error => size::POINTER,
            };
            headers + body + response
        })
        .collect()
}

/// The typed fields a row carries: its headers and its body.
pub(super) fn row_fields(operation: &Operation, row: &Response, docs: &Docs) -> Vec<TokenStream> {
    let mut fields: Vec<TokenStream> = row
        .headers
        .iter()
        .filter_map(|index| operation.response_headers.get(*index))
        .map(|header| {
            let name = ident(&header.name);
            let ty = scalar_type(header.ty);
            let text = doc(&format!(
                "The `{}` header: {}",
                header.name.wire,
                docs.text(&header.description)
            ));
            quote!(#text #name: #ty,)
        })
        .collect();
    if let Some(body) = &row.body {
        let ty = rust_type(body);
        let complex = allow_complex_type(body);
        fields.push(match row.kind {
            ResponseKind::Success => quote! {
                /// The response body.
                #complex
                body: #ty,
            },
            ResponseKind::Error => quote! {
                /// The error body, when the server sent one (`None` for an empty body).
                #complex
                body: ::std::option::Option<#ty>,
            },
        });
    }
    fields
}

/// Whether the error enum of `operation` may trip `result_large_err`: the functions that
/// return it then allow the lint.
pub(super) fn large_error(service: &Service, operation: &Operation) -> bool {
    let mut sizes = variant_sizes(service, operation, ResponseKind::Error);
    sizes.push(size::FAILURE);
    size::is_large_error(&sizes)
}

/// Whether decoding a response of `operation` needs the base URL (a relative URL header).
pub(super) fn resolves_urls(operation: &Operation) -> bool {
    operation
        .response_headers
        .iter()
        .any(|header| header.ty == Scalar::UrlReference)
}
