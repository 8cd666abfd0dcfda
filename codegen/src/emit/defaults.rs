//! Property defaults: the function serde calls for a member a response leaves out, and the
//! struct's `Default`, which starts from the spec's defaults rather than the types' own.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{float_literal, integer_literal, plain, rust_type};
use crate::model::{Field, Scalar, Service, Struct, Type};

/// The name of the function that gives a field's default (`default_enabled`).
pub(super) fn function_name(field: &Field) -> String {
    format!("default_{}", field.name.rust.trim_start_matches("r#"))
}

/// The value of a field's default, as a Rust expression.
pub(super) fn value(service: &Service, field: &Field) -> Option<TokenStream> {
    let text = field.default.as_deref()?.trim();
    Some(match &field.ty {
        Type::Scalar(Scalar::String) => {
            let text = field.default.as_deref().unwrap_or_default();
            quote!(#text.to_owned())
        }
        Type::Scalar(Scalar::Boolean) => {
            let b = text.eq_ignore_ascii_case("true");
            quote!(#b)
        }
        Type::Scalar(scalar @ (Scalar::Float32 | Scalar::Float64)) => {
            float_literal(*scalar, text.parse().ok()?)
        }
        Type::Scalar(_) => integer_literal(text.trim_start_matches('+').parse().ok()?),
        Type::Enum(name) => {
            let e = service.enums.iter().find(|e| e.name.rust == *name)?;
            let same = |spelling: &str| match e.value_type {
                Scalar::String | Scalar::Boolean => spelling.eq_ignore_ascii_case(text),
                _ => spelling.parse::<f64>().ok() == text.parse::<f64>().ok(),
            };
            let value = e.values.iter().find(|v| v.spellings().any(same))?;
            let (ty, variant) = (plain(name), plain(&value.name.rust));
            quote!(#ty::#variant)
        }
        _ => return None,
    })
}

/// The functions of a struct's defaults, and its `Default` when every other field has one.
pub(super) fn items(service: &Service, s: &Struct, default: bool) -> TokenStream {
    let with_default: Vec<&Field> = s.fields.iter().filter(|f| f.default.is_some()).collect();
    if with_default.is_empty() {
        return TokenStream::new();
    }
    let name = plain(&s.name.rust);
    let functions = with_default.iter().filter_map(|field| {
        let function = format_ident!("{}", function_name(field));
        let ty = rust_type(&field.ty);
        let value = value(service, field)?;
        Some(quote!(fn #function() -> #ty { #value }))
    });
    let default_impl = default.then(|| {
        let fields = s.fields.iter().map(|field| {
            let member = super::ident(&field.name);
            match field.default {
                Some(_) => {
                    let function = format_ident!("{}", function_name(field));
                    quote!(#member: Self::#function(),)
                }
                None => quote!(#member: ::std::default::Default::default(),),
            }
        });
        let additional = s.additional.as_ref().map(|_| {
            let member = plain(crate::model::ADDITIONAL_PROPERTIES);
            quote!(#member: ::std::default::Default::default(),)
        });
        quote! {
            impl ::std::default::Default for #name {
                fn default() -> Self {
                    Self { #(#fields)* #additional }
                }
            }
        }
    });
    quote! {
        impl #name {
            #(#functions)*
        }
        #default_impl
    }
}
