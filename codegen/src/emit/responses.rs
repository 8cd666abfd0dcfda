//! Emit: the success enum and the error enum of each operation, and the mapping of a raw
//! response onto them by status code.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{Docs, status_label};
use super::{allow_complex_type, doc, ident, plain, rust_type, scalar_type};
use crate::model::{Operation, Response, ResponseKind, Scalar, StatusCode};

/// The enums of one operation and the function that maps a raw response onto them.
pub fn enums(operation: &Operation, docs: &Docs) -> TokenStream {
    let success = success_enum(operation, docs);
    let error = error_enum(operation, docs);
    let mapping = mapping(operation);
    quote!(#success #error #mapping)
}

/// `200 OK: Ok. The request was successfully processed...`, `4XX: A client error.`
fn row_summary(row: &Response) -> String {
    format!("{}: {}", status_label(row.code), row.description.default)
}

fn success_enum(operation: &Operation, docs: &Docs) -> TokenStream {
    let name = plain(&operation.response_type);
    let method = &operation.id.rust;
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
    let text = format!(
        "A success row of the status table of [`Client::{method}`].\n\n{}",
        docs.status_table(operation)
    );
    let text = doc(&text);
    // Variants hold what their rows carry, unboxed, so that a match reaches it directly;
    // their sizes differ as the spec's bodies and headers do.
    quote! {
        #text
        #[derive(Debug, Clone, PartialEq)]
        #[allow(clippy::large_enum_variant)]
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

fn error_enum(operation: &Operation, docs: &Docs) -> TokenStream {
    let name = plain(&operation.error_type);
    let method = &operation.id.rust;
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
    let row_variants: Vec<_> = rows.iter().map(|row| plain(&row.variant.rust)).collect();
    let predicates = rows.iter().map(|row| {
        let variant = plain(&row.variant.rust);
        let predicate = plain(&format!(
            "is_{}",
            heck::ToSnakeCase::to_snake_case(row.variant.rust.as_str())
        ));
        let docs = doc(&format!(
            "Whether this is [`Self::{}`], the {} row of the status table.",
            row.variant.rust, row.code
        ));
        quote! {
            #docs
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
            quote!(Self::#variant { .. } => f.write_str(#text),)
        } else {
            let text = format!(": {}", row.description.default);
            quote! {
                Self::#variant { response, .. } => {
                    f.write_str(&::specgen_runtime::status_text(response.status))?;
                    f.write_str(#text)
                }
            }
        }
    });
    let text = format!(
        "Why [`Client::{method}`] failed.\n\n\
         A variant per error row of the operation's status table, chosen by status code, each \
         keeping the response; and variants for an undocumented status, a response that does \
         not decode, a request refused before sending, and a transport failure.\n\n{}",
        docs.status_table(operation)
    );
    let text = doc(&text);
    let response_arms = if row_variants.is_empty() {
        quote!()
    } else {
        quote!(#(Self::#row_variants { response, .. })|* => Some(response),)
    };
    quote! {
        #text
        #[derive(Debug)]
        #[non_exhaustive]
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #(#variants)*
            /// The server answered with a status code the status table does not list.
            UnexpectedStatus {
                /// The response as received: status, headers and body bytes.
                response: ::std::boxed::Box<RawResponse>,
            },
            /// The response's body or a header could not be read as the spec says; the response is kept.
            Decode(DecodeError),
            /// The request was refused before anything was sent (e.g. an empty path parameter).
            InvalidRequest(RequestError),
            /// No complete response arrived (connection, timeout, body over the size limit).
            Transport(TransportError),
        }

        impl #name {
            /// The status code of the response, when one arrived.
            pub fn status(&self) -> ::std::option::Option<::specgen_runtime::StatusCode> {
                self.response().map(|response| response.status)
            }

            /// The response as received, when one arrived.
            pub fn response(&self) -> ::std::option::Option<&RawResponse> {
                match self {
                    #response_arms
                    Self::UnexpectedStatus { response } => Some(response),
                    Self::Decode(error) => Some(&error.response),
                    Self::InvalidRequest(_) | Self::Transport(_) => None,
                }
            }

            /// Whether sending the same request again may succeed: timeouts, connection
            /// failures, a body that broke off, and the statuses 408, 429, 500, 502, 503
            /// and 504.
            pub fn is_retryable(&self) -> bool {
                match self {
                    Self::Transport(error) => error.is_retryable(),
                    Self::InvalidRequest(_) => false,
                    _ => self.status().is_some_and(::specgen_runtime::is_retryable_status),
                }
            }

            #(#predicates)*
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    #(#displays)*
                    Self::UnexpectedStatus { response } => {
                        write!(f, "undocumented status {}", response.status)
                    }
                    Self::Decode(error) => ::std::fmt::Display::fmt(error, f),
                    Self::InvalidRequest(error) => ::std::fmt::Display::fmt(error, f),
                    Self::Transport(error) => ::std::fmt::Display::fmt(error, f),
                }
            }
        }

        impl ::std::error::Error for #name {
            fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
                match self {
                    Self::Decode(error) => Some(error),
                    Self::InvalidRequest(error) => Some(error),
                    Self::Transport(error) => Some(error),
                    _ => None,
                }
            }
        }

        impl ::std::convert::From<DecodeError> for #name {
            fn from(error: DecodeError) -> Self {
                Self::Decode(error)
            }
        }

        impl ::std::convert::From<RequestError> for #name {
            fn from(error: RequestError) -> Self {
                Self::InvalidRequest(error)
            }
        }

        impl ::std::convert::From<::specgen_runtime::Failure> for #name {
            fn from(failure: ::specgen_runtime::Failure) -> Self {
                match failure {
                    ::specgen_runtime::Failure::Refused(error) => Self::InvalidRequest(error),
                    ::specgen_runtime::Failure::Transport(error) => Self::Transport(error),
                }
            }
        }
    }
}

/// `fn from_raw(response) -> Result<Response, Error>`: the status table as a `match`, its arms
/// in the order of precedence (exact codes, ranges from the narrowest, `default` last).
fn mapping(operation: &Operation) -> TokenStream {
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
                quote!(#code => Err(#error::#variant { #(#inits)* response: ::std::boxed::Box::new(response) }),)
            }
        }
    });
    // A `default` row takes every status the others do not.
    let unexpected = if rows.iter().any(|row| row.code == StatusCode::Default) {
        quote!()
    } else {
        quote!(_ => Err(#error::UnexpectedStatus { response: ::std::boxed::Box::new(response) }),)
    };
    // Relative URL headers resolve against the base URL; most operations have none.
    let resolves = operation
        .response_headers
        .iter()
        .any(|h| h.ty == Scalar::UrlReference);
    let base_url = if resolves {
        quote!(base_url)
    } else {
        quote!(_base_url)
    };
    quote! {
        impl #success {
            /// Reads a raw response by its status code, as the status table says.
            #[allow(clippy::result_large_err)]
            fn from_raw(response: RawResponse, #base_url: &Url) -> ::std::result::Result<Self, #error> {
                match response.status.as_u16() {
                    #(#arms)*
                    #unexpected
                }
            }
        }
    }
}
