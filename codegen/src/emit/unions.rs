//! The enums of unions: a variant per type or literal. Without a discriminator a value is
//! written as its variant's own, and read as the first variant that holds it (literals, then
//! types in spec order); with one, a member names the variant and `Other` keeps the rest.

use proc_macro2::TokenStream;
use quote::quote;

use super::context::Context;
use super::polymorphic::{deserialize_impl, serialize_impl};
use super::{code_form, doc, plain, rust_type, size};
use crate::model::{
    Literal, OTHER_VARIANT, Type, Union, UnionDiscriminator, UnionVariant, VariantKind,
};

/// Every union's enum.
pub(super) fn union_enums(cx: &Context<'_>) -> TokenStream {
    let items = cx.service.unions.iter().map(|u| item(cx, u));
    quote!(#(#items)*)
}

fn item(cx: &Context<'_>, union: &Union) -> TokenStream {
    let name = plain(&union.name.rust);
    let enum_docs = doc(&enum_text(cx, union));
    let variants = union.variants.iter().map(|v| {
        let variant = plain(&v.name.rust);
        let text = doc(&variant_text(cx, union, v));
        match &v.kind {
            VariantKind::Type(ty) => {
                let ty = rust_type(ty);
                quote!(#text #variant(#ty),)
            }
            VariantKind::Literal(_) => quote!(#text #variant,),
        }
    });
    let other = union.discriminator.as_ref().map(|d| {
        let other = plain(OTHER_VARIANT);
        let text = doc(&format!(
            "Another `{}`, or none: the object as sent, kept whole and sent back as it came.",
            d.property
        ));
        quote!(#text #other(::specgen_runtime::serde_json::Value),)
    });
    // The variants are the API's types, matched by value: boxing the large ones would make
    // every match dereference them.
    let sizes = size::union_sizes(cx.service, &union.name.rust, 0);
    let large =
        size::has_large_variant(&sizes).then(|| quote!(#[allow(clippy::large_enum_variant)]));
    let (serialize, deserialize) = match &union.discriminator {
        Some(discriminator) => (
            discriminated_serialize(union, discriminator),
            discriminated_deserialize(union, discriminator),
        ),
        None => (serialize(union), deserialize(cx, union)),
    };
    quote! {
        #enum_docs
        #[derive(Debug, Clone, PartialEq)]
        #large
        pub enum #name {
            #(#variants)*
            #other
        }

        #serialize
        #deserialize
    }
}

fn enum_text(cx: &Context<'_>, union: &Union) -> String {
    let text = match union.description.default.as_str() {
        "" => format!("The `{}` values.", union.name.wire),
        _ => cx.docs.text(&union.description),
    };
    let how = match &union.discriminator {
        Some(UnionDiscriminator {
            property,
            envelope: Some(envelope),
        }) => format!(
            "An object whose `{property}` names the variant and whose `{envelope}` holds its value. A `{property}` that names none of them is kept whole in `{OTHER_VARIANT}`."
        ),
        Some(UnionDiscriminator { property, .. }) => format!(
            "An object whose `{property}` names the variant, beside the variant's own members. A `{property}` that names none of them is kept whole in `{OTHER_VARIANT}`."
        ),
        None => "Written as the variant's own value. Read as the first variant that holds the value: the literal values first, then the types in the order listed here; a value none of them holds is a decode error.".to_owned(),
    };
    let mut text = format!("{text}\n\n{how}");
    if let Some(example) = &union.example {
        text.push_str(&format!(
            "\n\n# Example\n\n```json\n{}\n```",
            example.trim_end()
        ));
    }
    text
}

fn variant_text(cx: &Context<'_>, union: &Union, variant: &UnionVariant) -> String {
    let what = match &variant.kind {
        VariantKind::Type(ty) => cx.docs.data_type(ty),
        VariantKind::Literal(literal) => format!("`{}`", literal.to_json()),
    };
    let what = match &union.discriminator {
        Some(d) => format!("`{}` is `{}`: {what}", d.property, variant.name.wire),
        None => what,
    };
    match variant.description.default.as_str() {
        "" => format!("{what}."),
        _ => format!("{what}: {}", cx.docs.text(&variant.description)),
    }
}

/// Writes a literal as its JSON value, the others as their value (in their form).
fn serialize(union: &Union) -> TokenStream {
    let name = plain(&union.name.rust);
    let arms = union.variants.iter().map(|v| {
        let variant = plain(&v.name.rust);
        match &v.kind {
            VariantKind::Literal(literal) => {
                let write = write_literal(literal);
                quote!(#name::#variant => #write,)
            }
            VariantKind::Type(ty) => match code_form(ty) {
                Some(form) => quote! {
                    #name::#variant(value) => ::specgen_runtime::serde_with::As::<#form>::serialize(value, serializer),
                },
                None => quote! {
                    #name::#variant(value) => ::specgen_runtime::serde::Serialize::serialize(value, serializer),
                },
            },
        }
    });
    serialize_impl(&name, quote!(match self { #(#arms)* }))
}

fn write_literal(literal: &Literal) -> TokenStream {
    match literal {
        Literal::String(text) => quote!(serializer.serialize_str(#text)),
        Literal::Integer(n, _) => match i64::try_from(*n) {
            Ok(n) => quote!(serializer.serialize_i64(#n)),
            Err(_) => {
                let n = *n as u64;
                quote!(serializer.serialize_u64(#n))
            }
        },
        Literal::Float(n, _) => quote!(serializer.serialize_f64(#n)),
        Literal::Boolean(b) => quote!(serializer.serialize_bool(#b)),
    }
}

/// Reads the value once, then tries the literals and the types in reading order (a struct
/// only with no member it does not declare), then the structs again with any members.
fn deserialize(cx: &Context<'_>, union: &Union) -> TokenStream {
    let name = plain(&union.name.rust);
    let wire = &union.name.wire;
    let accept = |variant: &UnionVariant, read: TokenStream| {
        let variant = plain(&variant.name.rust);
        quote! {
            if let ::std::option::Option::Some(variant) = #read {
                return ::std::result::Result::Ok(#name::#variant(variant));
            }
        }
    };
    let mut lenient = Vec::new();
    let tries: Vec<TokenStream> = union
        .reading_order()
        .map(|v| match &v.kind {
            VariantKind::Literal(literal) => {
                let variant = plain(&v.name.rust);
                let test = literal_test(literal);
                quote! {
                    if #test {
                        return ::std::result::Result::Ok(#name::#variant);
                    }
                }
            }
            VariantKind::Type(ty) => match (code_form(ty), struct_members(cx, ty)) {
                (Some(form), _) => accept(v, quote!(value.read_as::<_, #form>())),
                (None, Some(members)) => {
                    lenient.push(accept(v, quote!(value.read_value())));
                    accept(v, quote!(value.read_exact(&[#(#members),*])))
                }
                (None, None) => accept(v, quote!(value.read_value())),
            },
        })
        .collect();
    deserialize_impl(
        &name,
        quote! {
            let value = ::specgen_runtime::union::Alternatives::read(deserializer)?;
            #(#tries)*
            #(#lenient)*
            ::std::result::Result::Err(value.none_of(#wire))
        },
    )
}

fn literal_test(literal: &Literal) -> TokenStream {
    match literal {
        Literal::String(text) => quote!(value.is_string(#text)),
        Literal::Integer(n, _) => {
            let n = proc_macro2::Literal::i128_unsuffixed(*n);
            quote!(value.is_integer(#n))
        }
        Literal::Float(n, _) => quote!(value.is_number(#n)),
        Literal::Boolean(b) => quote!(value.is_boolean(#b)),
    }
}

/// The wire names of the members of a struct without additional properties (its tag too):
/// what an object must keep to, to be read as it without losing a member.
pub(super) fn struct_members(cx: &Context<'_>, ty: &Type) -> Option<Vec<String>> {
    let Type::Struct(name) = ty else {
        return None;
    };
    let declared = cx.service.types.iter().find(|s| s.name.rust == *name)?;
    if declared.additional.is_some() {
        return None;
    }
    let tag = declared.tag.iter().map(|tag| tag.property.clone());
    Some(
        tag.chain(declared.fields.iter().map(|f| f.name.wire.clone()))
            .collect(),
    )
}

/// Writes the discriminator, then the variant's members or its envelope.
fn discriminated_serialize(union: &Union, discriminator: &UnionDiscriminator) -> TokenStream {
    let name = plain(&union.name.rust);
    let property = &discriminator.property;
    let other = plain(OTHER_VARIANT);
    let other_arm = quote! {
        #name::#other(value) => ::specgen_runtime::serde::Serialize::serialize(value, serializer),
    };
    let typed: Vec<(&UnionVariant, &Type)> = union
        .variants
        .iter()
        .filter_map(|v| match &v.kind {
            VariantKind::Type(ty) => Some((v, ty)),
            VariantKind::Literal(_) => None,
        })
        .collect();
    let Some(envelope) = &discriminator.envelope else {
        // The members beside the discriminator: serde's internally tagged form of a struct.
        let tagged = typed.iter().map(|(v, ty)| {
            let (variant, wire, ty) = (plain(&v.name.rust), &v.name.wire, rust_type(ty));
            quote!(#[serde(rename = #wire)] #variant(&'a #ty),)
        });
        let arms = typed.iter().map(|(v, _)| {
            let variant = plain(&v.name.rust);
            quote!(#name::#variant(value) => ::specgen_runtime::serde::Serialize::serialize(&Tagged::#variant(value), serializer),)
        });
        return serialize_impl(
            &name,
            quote! {
                #[derive(::specgen_runtime::serde::Serialize)]
                #[serde(crate = "::specgen_runtime::serde", tag = #property)]
                enum Tagged<'a> {
                    #(#tagged)*
                }
                match self {
                    #(#arms)*
                    #other_arm
                }
            },
        );
    };
    let arms = typed.iter().map(|(v, ty)| {
        let (variant, wire) = (plain(&v.name.rust), &v.name.wire);
        let value = match code_form(ty) {
            Some(form) => {
                let ty = rust_type(ty);
                quote!(&::specgen_runtime::serde_with::ser::SerializeAsWrap::<#ty, #form>::new(value))
            }
            None => quote!(value),
        };
        quote! {
            #name::#variant(value) => ::specgen_runtime::discriminated::write_enveloped(
                serializer, (#property, #wire), #envelope, #value,
            ),
        }
    });
    serialize_impl(&name, quote!(match self { #(#arms)* #other_arm }))
}

/// Reads the object, then the variant its discriminator names; `Other` keeps the rest whole.
fn discriminated_deserialize(union: &Union, discriminator: &UnionDiscriminator) -> TokenStream {
    let name = plain(&union.name.rust);
    let property = &discriminator.property;
    let arms = union.variants.iter().map(|v| {
        let variant = plain(&v.name.rust);
        let wire = &v.name.wire;
        let form = match &v.kind {
            VariantKind::Type(ty) => code_form(ty),
            VariantKind::Literal(_) => None,
        };
        let read = match (&discriminator.envelope, form) {
            (Some(envelope), Some(form)) => quote!(members.enveloped_as::<_, #form, _>(#envelope)),
            (Some(envelope), None) => quote!(members.enveloped(#envelope)),
            (None, _) => quote!(members.variant()),
        };
        quote!(::std::option::Option::Some(#wire) => #read.map(#name::#variant),)
    });
    let other = plain(OTHER_VARIANT);
    deserialize_impl(
        &name,
        quote! {
            let (discriminator, members) =
                ::specgen_runtime::discriminated::Discriminated::read(deserializer, #property, ::std::option::Option::None)?;
            match discriminator.as_deref() {
                #(#arms)*
                _ => members.other().map(#name::#other),
            }
        },
    )
}
