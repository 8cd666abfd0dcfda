//! Emit: the decoding of an operation's responses, `from_raw`: its status table as a `match`.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use super::rows::{large_error, resolves_urls};
use crate::emit::context::Context;
use crate::emit::{code_form, ident, plain, scalar_form};
use crate::model::{Operation, Response, ResponseKind, Scalar, StatusCode};

/// `impl <Id>Response { fn from_raw(response) -> Result<Self, <Id>Error> }`, its arms in the
/// order of precedence (exact codes, ranges from the narrowest, `default` last).
pub(super) struct Decoding<'a> {
    pub(super) cx: &'a Context<'a>,
    pub(super) operation: &'a Operation,
}

impl ToTokens for Decoding<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let operation = self.operation;
        let success = plain(&operation.response_type);
        let error = plain(&operation.error_type);
        let rows = operation.rows_by_precedence();
        let arms = rows.iter().map(|row| arm(operation, row));
        // A `default` row takes every status the others do not.
        let unexpected = if rows.iter().any(|row| row.code == StatusCode::Default) {
            quote!()
        } else {
            quote!(_ => Err(Failure::UnexpectedStatus(response.into()).into()),)
        };
        // Relative URL headers resolve against the base URL; most operations have none.
        let base_url = resolves_urls(operation).then(|| quote!(, base_url: &Url));
        let allow = large_error(self.cx.service, operation)
            .then(|| quote!(#[allow(clippy::result_large_err)]));
        tokens.extend(quote! {
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
        });
    }
}

/// The arm of one row: its statuses, and its variant with the headers and body it reads.
fn arm(operation: &Operation, row: &Response) -> TokenStream {
    let error = plain(&operation.error_type);
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
            } else if let Some(form) = scalar_form(header.ty)
                && header.ty != Scalar::DateTime
            {
                // A date-time header is read as RFC 3339 or as an HTTP date (`FromHeader`).
                quote!(#name: response.header_with(#wire, #form::parse)?,)
            } else {
                quote!(#name: response.header(#wire)?,)
            }
        })
        .collect();
    if let Some(body) = &row.body {
        // Bytes, durations and encoded date-times are read in their forms.
        inits.push(match (row.kind, code_form(body)) {
            (ResponseKind::Success, None) => quote!(body: response.json()?,),
            (ResponseKind::Error, None) => quote!(body: response.optional_json()?,),
            (ResponseKind::Success, Some(form)) => {
                quote!(body: response.json_as::<_, #form>()?,)
            }
            (ResponseKind::Error, Some(form)) => {
                quote!(body: response.optional_json_as::<_, #form>()?,)
            }
        });
    }
    match row.kind {
        ResponseKind::Success if inits.is_empty() => quote!(#code => Ok(Self::#variant),),
        ResponseKind::Success => quote!(#code => Ok(Self::#variant { #(#inits)* }),),
        ResponseKind::Error => {
            quote!(#code => Err(#error::#variant { #(#inits)* response: response.into() }),)
        }
    }
}
