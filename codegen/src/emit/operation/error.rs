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
        tokens.extend(traits(&name, &rows));
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

/// `response()`, `status()`, `is_retryable()` and a predicate per row.
fn methods(name: &Ident, rows: &[&Response]) -> TokenStream {
    let row_variants: Vec<Ident> = rows.iter().map(|row| plain(&row.variant.rust)).collect();
    let response_arms = (!row_variants.is_empty())
        .then(|| quote!(#(Self::#row_variants { response, .. })|* => Some(response),));
    // Without error rows, every value is a `Failure`.
    let row_retryable = (!rows.is_empty())
        .then(|| quote!(_ => self.status().is_some_and(::specgen_runtime::is_retryable_status),));
    let predicates = rows.iter().map(|row| {
        let variant = plain(&row.variant.rust);
        let predicate = plain(&row.predicate());
        let docs = doc(&format!(
            "Whether this is [`Self::{}`], the {} row of the status table.",
            row.variant.rust, row.code
        ));
        quote! {
            #docs
            #[must_use]
            pub fn #predicate(&self) -> bool {
                matches!(self, Self::#variant { .. })
            }
        }
    });
    quote! {
        impl #name {
            /// The response as received, when a whole one arrived.
            #[must_use]
            pub fn response(&self) -> ::std::option::Option<&RawResponse> {
                match self {
                    #response_arms
                    Self::Failure(failure) => failure.response(),
                }
            }

            /// The status code of [`Self::response`].
            #[must_use]
            pub fn status(&self) -> ::std::option::Option<::specgen_runtime::StatusCode> {
                self.response().map(|response| response.status)
            }

            /// Whether sending the same request again may succeed (see
            /// [`Failure::is_retryable`]).
            #[must_use]
            pub fn is_retryable(&self) -> bool {
                match self {
                    Self::Failure(failure) => failure.is_retryable(),
                    #row_retryable
                }
            }

            #(#predicates)*
        }
    }
}

/// `Display` (a row's code and description, or the failure's message), `Error` and
/// `From<impl Into<Failure>>`.
fn traits(name: &Ident, rows: &[&Response]) -> TokenStream {
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
    let others = (!rows.is_empty()).then(|| quote!(_ => None,));
    quote! {
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                #display
            }
        }

        impl ::std::error::Error for #name {
            fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
                match self {
                    Self::Failure(failure) => ::std::error::Error::source(failure),
                    #others
                }
            }
        }

        impl<E: ::std::convert::Into<Failure>> ::std::convert::From<E> for #name {
            fn from(error: E) -> Self {
                Self::Failure(error.into())
            }
        }
    }
}
