//! Emit: an operation's success enum, a variant per success row.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use super::rows::{row_fields, row_summary, rows_line, variant_sizes};
use crate::emit::context::Context;
use crate::emit::{doc, plain, size};
use crate::model::{Operation, ResponseKind};

/// `pub enum <Id>Response`.
pub(super) struct SuccessEnum<'a> {
    pub(super) cx: &'a Context<'a>,
    pub(super) operation: &'a Operation,
}

impl ToTokens for SuccessEnum<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let (service, operation, docs) = (self.cx.service, self.operation, &self.cx.docs);
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
        tokens.extend(quote! {
            #text
            #[derive(Debug, Clone, PartialEq)]
            #allow
            pub enum #name {
                #(#variants)*
            }
        });
    }
}
