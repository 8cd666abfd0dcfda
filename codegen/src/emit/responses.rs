//! Emit: the success enum and the error enum of each operation, and the mapping of a raw
//! response onto them by status code.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{Docs, status_label};
use super::{allow_complex_type, doc, ident, plain, rust_type, scalar_type, size};
use crate::model::{Operation, Response, ResponseKind, Scalar, Service, StatusCode, Type};

/// The enums of one operation and the function that maps a raw response onto them.
pub fn enums(service: &Service, operation: &Operation, docs: &Docs) -> TokenStream {
    let success = success_enum(service, operation, docs);
    let error = error_enum(service, operation, docs);
    let mapping = mapping(service, operation);
    quote!(#success #error #mapping)
}

/// `200 OK: Ok. The request was successfully processed...`, `4XX: A client error.`
fn row_summary(row: &Response) -> String {
    format!("{}: {}", status_label(row.code), row.description.default)
}

/// `A variant per success row of the status table of [`Client::m`]: 200 [`Self::Ok`], 202
/// [`Self::Accepted`].`: the enum's own rows, and a link to the method with the whole table.
fn rows_line(operation: &Operation, kind: ResponseKind) -> String {
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
fn variant_sizes(service: &Service, operation: &Operation, kind: ResponseKind) -> Vec<usize> {
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

fn success_enum(service: &Service, operation: &Operation, docs: &Docs) -> TokenStream {
    let name = plain(&operation.response_type);
    let variants = operation.rows(ResponseKind::Success).map(|row| {
        let variant = plain(&row.variant.rust);
        let text = doc(&docs.markdown(&row_summary(row)));
        let fields = row_fields(operation, row, docs);
        if fields.is_empty() {
            quote!(#text #variant,)
        } else {
            quote!(#text #variant { #(#fields)* },)
        }
    });
    let text = doc(&format!(
        "What [`Client::{}`] answered.\n\n{}",
        operation.id.rust,
        rows_line(operation, ResponseKind::Success)
    ));
    // Variants hold what their rows carry, unboxed, so that a match reaches it directly;
    // their sizes differ as the spec's bodies and headers do.
    let sizes = variant_sizes(service, operation, ResponseKind::Success);
    let allow =
        size::has_large_variant(&sizes).then(|| quote!(#[allow(clippy::large_enum_variant)]));
    quote! {
        #text
        #[derive(Debug, Clone, PartialEq)]
        #allow
        pub enum #name {
            #(#variants)*
        }
    }
}

/// The typed fields a row carries: its headers and its body.
fn row_fields(operation: &Operation, row: &Response, docs: &Docs) -> Vec<TokenStream> {
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
pub fn large_error(service: &Service, operation: &Operation) -> bool {
    let mut sizes = variant_sizes(service, operation, ResponseKind::Error);
    sizes.push(size::FAILURE);
    size::is_large_error(&sizes)
}

fn error_enum(service: &Service, operation: &Operation, docs: &Docs) -> TokenStream {
    let name = plain(&operation.error_type);
    let rows: Vec<&Response> = operation.rows(ResponseKind::Error).collect();
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
    // Without error rows, every value is a `Failure`.
    let others = (!rows.is_empty()).then(|| quote!(_ => None,));
    let row_retryable = (!rows.is_empty())
        .then(|| quote!(_ => self.status().is_some_and(::specgen_runtime::is_retryable_status),));
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
    let row_variants: Vec<_> = rows.iter().map(|row| plain(&row.variant.rust)).collect();
    let response_arms = (!row_variants.is_empty())
        .then(|| quote!(#(Self::#row_variants { response, .. })|* => Some(response),));
    let mut sizes = variant_sizes(service, operation, ResponseKind::Error);
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

/// `fn from_raw(response) -> Result<Response, Error>`: the status table as a `match`, its arms
/// in the order of precedence (exact codes, ranges from the narrowest, `default` last).
fn mapping(service: &Service, operation: &Operation) -> TokenStream {
    let success = plain(&operation.response_type);
    let error = plain(&operation.error_type);
    let rows = operation.rows_by_precedence();
    let arms = rows.iter().map(|row| {
        let code = match row.code {
            StatusCode::Code(code) => {
                let code = proc_macro2::Literal::u16_unsuffixed(code);
                quote!(#code)
            }
            StatusCode::Range(low, high) => {
                let (low, high) = (
                    proc_macro2::Literal::u16_unsuffixed(low),
                    proc_macro2::Literal::u16_unsuffixed(high),
                );
                quote!(#low..=#high)
            }
            StatusCode::Default => quote!(_),
        };
        let variant = plain(&row.variant.rust);
        let mut inits: Vec<TokenStream> = row
            .headers
            .iter()
            .filter_map(|index| operation.response_headers.get(*index))
            .map(|header| {
                let name = ident(&header.name);
                let wire = &header.name.wire;
                if header.ty == Scalar::UrlReference {
                    quote!(#name: response.url_reference(#wire, base_url)?,)
                } else {
                    quote!(#name: response.header(#wire)?,)
                }
            })
            .collect();
        if row.body.is_some() {
            inits.push(match row.kind {
                ResponseKind::Success => quote!(body: response.json()?,),
                ResponseKind::Error => quote!(body: response.optional_json()?,),
            });
        }
        match row.kind {
            ResponseKind::Success if inits.is_empty() => quote!(#code => Ok(#success::#variant),),
            ResponseKind::Success => quote!(#code => Ok(#success::#variant { #(#inits)* }),),
            ResponseKind::Error => {
                quote!(#code => Err(#error::#variant { #(#inits)* response: response.into() }),)
            }
        }
    });
    // A `default` row takes every status the others do not.
    let unexpected = if rows.iter().any(|row| row.code == StatusCode::Default) {
        quote!()
    } else {
        quote!(_ => Err(Failure::UnexpectedStatus(response.into()).into()),)
    };
    // Relative URL headers resolve against the base URL; most operations have none.
    let base_url = resolves_urls(operation).then(|| quote!(, base_url: &Url));
    let allow = large_error(service, operation).then(|| quote!(#[allow(clippy::result_large_err)]));
    quote! {
        impl #success {
            /// Reads a raw response by its status code, as the status table says.
            #allow
            fn from_raw(response: RawResponse #base_url) -> ::std::result::Result<Self, #error> {
                match response.status.as_u16() {
                    #(#arms)*
                    #unexpected
                }
            }
        }
    }
}

/// Whether decoding a response of `operation` needs the base URL (a relative URL header).
pub fn resolves_urls(operation: &Operation) -> bool {
    operation
        .response_headers
        .iter()
        .any(|header| header.ty == Scalar::UrlReference)
}
