//! Emit: the code of one operation, a small type per concern, composed by [`OperationCode`]:
//! the method and its arguments (in `impl Client`), the success enum, the error enum, the
//! decoding of a response, and the pollers of long-running rows.

mod arguments;
mod decode;
mod error;
mod method;
mod poller;
mod rows;
mod success;

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use super::context::Context;
use crate::model::Operation;

/// Everything one operation generates.
pub(super) struct OperationCode<'a> {
    method: method::OperationMethod<'a>,
    pollers: Vec<TokenStream>,
    success: success::SuccessEnum<'a>,
    error: error::ErrorEnum<'a>,
    decoding: decode::Decoding<'a>,
}

impl<'a> OperationCode<'a> {
    pub(super) fn new(cx: &'a Context<'a>, operation: &'a Operation) -> Self {
        OperationCode {
            method: method::OperationMethod { cx, operation },
            pollers: poller::pollers(cx, operation),
            success: success::SuccessEnum { cx, operation },
            error: error::ErrorEnum { cx, operation },
            decoding: decode::Decoding { cx, operation },
        }
    }
}

/// The operation's items: its methods in an `impl Client` block of their own, its enums and
/// their decoding.
impl ToTokens for OperationCode<'_> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let (method, pollers) = (&self.method, &self.pollers);
        let (success, error, decoding) = (&self.success, &self.error, &self.decoding);
        tokens.extend(quote! {
            impl Client {
                #method
                #(#pollers)*
            }
            #success #error #decoding
        });
    }
}
