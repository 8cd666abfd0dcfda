//! The enums of discriminated bases: a variant per derived type, chosen by the discriminator,
//! and `Other` for the values whose discriminator names no derived type, kept whole.

use proc_macro2::TokenStream;
use quote::quote;

use super::context::Context;
use super::{doc, plain, size};
use crate::model::{OTHER_VARIANT, Polymorphic, Type};

/// Every enum of a discriminated base.
pub(super) fn polymorphic_enums(cx: &Context<'_>) -> TokenStream {
    let items = cx.service.polymorphic.iter().map(|p| item(cx, p));
    quote!(#(#items)*)
}

fn item(cx: &Context<'_>, p: &Polymorphic) -> TokenStream {
    let name = plain(&p.name.rust);
    let discriminator = &p.discriminator.wire;
    let text = match p.description.default.as_str() {
        "" => format!("The `{}` object.", p.name.wire),
        _ => cx.docs.text(&p.description),
    };
    let mut text = format!(
        "{text}\n\nOne of the types derived from it, as its `{discriminator}` says: the variant holds the other members. A value whose `{discriminator}` names none of them, or that has none, is kept whole in `{OTHER_VARIANT}`."
    );
    if let Some(example) = &p.example {
        text.push_str(&format!(
            "\n\n# Example\n\n```json\n{}\n```",
            example.trim_end()
        ));
    }
    let enum_docs = doc(&text);
    let variants = p.variants.iter().map(|v| {
        let variant = plain(&v.name.rust);
        let ty = super::rust_type(&v.ty);
        // With its kind: a type may have the name of a derive macro (`Default`).
        let kind = match v.ty {
            Type::Polymorphic(_) => "enum",
            _ => "struct",
        };
        let text = doc(&format!(
            "`{discriminator}` is `{}`: the derived type [`{}`]({kind}@{}).",
            v.name.wire, v.name.rust, v.name.rust
        ));
        quote!(#text #variant(#ty),)
    });
    let other = plain(&p.other);
    let other_variant = plain(OTHER_VARIANT);
    let other_docs = doc(&format!(
        "Another `{discriminator}`, or none: every member as sent, in [`{}`](struct@{}).",
        p.other, p.other
    ));
    // The variants are the API's types, matched by value: boxing the large ones would make
    // every match dereference them.
    let sizes = size::polymorphic_sizes(cx.service, &p.name.rust, 0);
    let large =
        size::has_large_variant(&sizes).then(|| quote!(#[allow(clippy::large_enum_variant)]));
    let serialize = serialize(p);
    let deserialize = deserialize(p);
    quote! {
        #enum_docs
        #[derive(Debug, Clone, PartialEq)]
        #large
        pub enum #name {
            #(#variants)*
            #other_docs
            #other_variant(#other),
        }

        #serialize
        #deserialize
    }
}

/// Each variant writes its own members and discriminator (a derived struct is tagged); an
/// enum that is itself derived writes its base's discriminator around them.
fn serialize(p: &Polymorphic) -> TokenStream {
    let name = plain(&p.name.rust);
    let arms = p
        .variants
        .iter()
        .map(|v| plain(&v.name.rust))
        .chain([plain(OTHER_VARIANT)])
        .map(|variant| {
            quote!(#name::#variant(value) => ::specgen_runtime::serde::Serialize::serialize(value, serializer),)
        });
    let body = match &p.tag {
        None => quote! {
            match self {
                #(#arms)*
            }
        },
        Some(tag) => {
            let (property, value) = (&tag.property, &tag.value);
            quote! {
                struct Members<'a>(&'a #name);
                impl ::specgen_runtime::serde::Serialize for Members<'_> {
                    fn serialize<S: ::specgen_runtime::serde::Serializer>(
                        &self,
                        serializer: S,
                    ) -> ::std::result::Result<S::Ok, S::Error> {
                        match self.0 {
                            #(#arms)*
                        }
                    }
                }
                #[derive(::specgen_runtime::serde::Serialize)]
                #[serde(crate = "::specgen_runtime::serde", tag = #property)]
                enum Tagged<'a> {
                    #[serde(rename = #value)]
                    Members(Members<'a>),
                }
                ::specgen_runtime::serde::Serialize::serialize(&Tagged::Members(Members(self)), serializer)
            }
        }
    };
    serialize_impl(&name, body)
}

fn deserialize(p: &Polymorphic) -> TokenStream {
    let name = plain(&p.name.rust);
    let discriminator = &p.discriminator.wire;
    let outer = match &p.tag {
        Some(tag) => {
            let property = &tag.property;
            quote!(::std::option::Option::Some(#property))
        }
        None => quote!(::std::option::Option::None),
    };
    let arms = p.variants.iter().map(|v| {
        let variant = plain(&v.name.rust);
        let value = &v.name.wire;
        quote!(::std::option::Option::Some(#value) => members.variant().map(#name::#variant),)
    });
    let other = plain(OTHER_VARIANT);
    deserialize_impl(
        &name,
        quote! {
            let (discriminator, members) =
                ::specgen_runtime::discriminated::Discriminated::read(deserializer, #discriminator, #outer)?;
            match discriminator.as_deref() {
                #(#arms)*
                _ => members.other().map(#name::#other),
            }
        },
    )
}

/// `impl Serialize for #name`, whose `serialize` is `body` (with `serializer` in scope).
pub(super) fn serialize_impl(name: &proc_macro2::Ident, body: TokenStream) -> TokenStream {
    quote! {
        impl ::specgen_runtime::serde::Serialize for #name {
            fn serialize<S: ::specgen_runtime::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                #body
            }
        }
    }
}

/// `impl Deserialize for #name`, whose `deserialize` is `body` (with `deserializer` in scope).
pub(super) fn deserialize_impl(name: &proc_macro2::Ident, body: TokenStream) -> TokenStream {
    quote! {
        impl<'de> ::specgen_runtime::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::specgen_runtime::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                #body
            }
        }
    }
}
