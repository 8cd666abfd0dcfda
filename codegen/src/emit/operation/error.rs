//! Emit: an operation's error enum, a variant per error row and one `Failure` variant for
//! what no row describes (`specgen_runtime::Failure`, which holds what every operation
//! shares).

use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens, quote};

use super::rows::{row_fields, row_summary, rows_line, variant_sizes};
use crate::emit::context::Context;
use crate::emit::{doc, plain, size};
use crate::model::{Operation, Response, ResponseKind};

/// `pub enum <Id>Error`, its methods, `Display`, `Error` and its `From` every runtime error.
pub(super) struct ErrorEnum<'a> {
    pub(super) cx: &'a Context<'a>,
    pub(super) operation: &'a Operation,
}

impl ToTokens for ErrorEnum<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let rows: Vec<&Response> = self.operation.rows(ResponseKind::Error).collect();
        let name = plain(&self.operation.error_type);
        tokens.extend(self.declaration(&name, &rows));
        tokens.extend(methods(&name, &rows));
        tokens.extend(display(&name, &rows));
    }
}

impl ErrorEnum<'_> {
    fn declaration(&self, name: &Ident, rows: &[&Response]) -> TokenStream {
        let (operation, docs) = (self.operation, &self.cx.docs);
        let variants = rows.iter().map(|row| {
            let variant = plain(&row.variant.rust);
            let text = doc(&docs.markdown(&row_summary(row)));
            let fields = row_fields(operation, row, docs);
            quote! {
                #text
                #variant {
                    #(#fields)*
                    /// The response as received: status, headers and body bytes.
                    response: ::std::boxed::Box<RawResponse>,
                },
            }
        });
        let method = &operation.id.rust;
        let text = if rows.is_empty() {
            format!(
                "Why [`Client::{method}`] failed.\n\nIts status table has no error row: a failure \
                 is always [`Self::Failure`]."
            )
        } else {
            format!(
                "Why [`Client::{method}`] failed.\n\n{} [`Self::Failure`] holds anything else.",
                rows_line(operation, ResponseKind::Error)
            )
        };
        let text = doc(&text);
        let mut sizes = variant_sizes(self.cx.service, operation, ResponseKind::Error);
        sizes.push(size::FAILURE);
        let allow =
            size::has_large_variant(&sizes).then(|| quote!(#[allow(clippy::large_enum_variant)]));
        quote! {
            #text
            #[derive(Debug)]
            #[non_exhaustive]
            #allow
            pub enum #name {
                #(#variants)*
                /// A failure no row describes: an undocumented status, a response that does not
                /// decode, a request refused before sending, or a transport failure.
                Failure(Failure),
            }
        }
    }
}

/// What every error enum shares, from the runtime's `operation_error!`: `response()`,
/// `status()`, `is_retryable()`, a predicate per row, `Error` and `From<impl Into<Failure>>`.
fn methods(name: &Ident, rows: &[&Response]) -> TokenStream {
    let rows = rows.iter().map(|row| {
        // The code as the status table shows it: `404`, `"4XX"`, `"default"`.
        let code = match row.code.exact() {
            Some(code) => proc_macro2::Literal::u16_unsuffixed(code),
            None => proc_macro2::Literal::string(&row.code.to_string()),
        };
        let variant = plain(&row.variant.rust);
        let predicate = plain(&row.predicate());
        quote!(#code #variant #predicate)
    });
    quote!(::specgen_runtime::operation_error!(#name { #(#rows),* });)
}

/// `Display`: a row's code and description, or the failure's message.
fn display(name: &Ident, rows: &[&Response]) -> TokenStream {
    // A row of several statuses shows the one received.
    let displays = rows.iter().map(|row| {
        let variant = plain(&row.variant.rust);
        if row.code.exact().is_some() {
            let text = row_summary(row);
            quote!(Self::#variant { .. } => #text,)
        } else {
            let text = format!(": {}", row.description.default);
            quote! {
                Self::#variant { response, .. } => {
                    f.write_str(&::specgen_runtime::status_text(response.status))?;
                    #text
                }
            }
        }
    });
    let display = if rows.is_empty() {
        quote!(match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        })
    } else {
        quote! {
            let text = match self {
                #(#displays)*
                Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
            };
            f.write_str(text)
        }
    };
    quote! {
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                #display
            }
        }
    }
}
