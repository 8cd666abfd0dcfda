//! Emit: the structs of request and response bodies.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use super::context::Context;
use super::docs::Docs;
use super::{allow_complex_type, doc, ident, plain, rust_type, serde_as};
use crate::model::{ADDITIONAL_PROPERTIES, Delimiter, Field, Scalar, Struct, Type};

/// Every struct of the service.
pub(super) fn structs(cx: &Context<'_>) -> TokenStream {
    let items = cx.service.types.iter().map(|s| {
        let default = cx.defaultable.contains(s.name.rust.as_str());
        let defaults = super::defaults::items(cx.service, s, default);
        let item = item(s, default, &cx.docs);
        quote!(#item #defaults)
    });
    quote!(#(#items)*)
}

fn item(s: &Struct, default: bool, docs: &Docs) -> TokenStream {
    let name = plain(&s.name.rust);
    let other_of = docs
        .service()
        .polymorphic
        .iter()
        .find(|p| p.other == s.name.rust);
    let mut text = match (other_of, s.description.default.as_str()) {
        (Some(p), _) => format!(
            "A [`{}`](enum@{}) whose `{}` names no type derived from it that this client knows, or that has none: the `{}` as sent, the base's properties, and every other member.",
            p.name.rust, p.name.rust, p.discriminator.wire, p.discriminator.wire
        ),
        (None, "") => format!("The `{}` object.", s.name.wire),
        (None, _) => docs.text(&s.description),
    };
    if let Some(additional) = &s.additional {
        text.push_str(&format!(
            "\n\nAdditional properties: {}. The members not declared here are kept in `{ADDITIONAL_PROPERTIES}` when read and sent from it when written; a member that is not of that type fails decoding (a `DecodeError`). Leave the declared properties out of the map: they are read into their fields, and a key of one in the map would be sent twice.",
            docs.data_type(additional)
        ));
    }
    if let Some(tag) = &s.tag {
        text.push_str(&format!(
            "\n\nOn the wire it starts with `\"{}\": \"{}\"`, which says which type it is.",
            tag.property, tag.value
        ));
    }
    if let Some(example) = &s.example {
        text.push_str(&format!(
            "\n\n# Example\n\n```json\n{}\n```",
            example.trim_end()
        ));
    }
    let struct_docs = doc(&text);
    // `rename_all` when it spares renaming fields one by one.
    let camel = s
        .fields
        .iter()
        .filter(|f| f.name.wire != f.name.rust && serde_camel_case(&f.name.rust) == f.name.wire)
        .count()
        >= 2;
    let fields = s.fields.iter().map(|f| field(f, &s.name.rust, camel, docs));
    let additional = s.additional.as_ref().map(additional_field);
    // With spec defaults, `Default` is written out (`defaults::items`) to start from them.
    let derived = default && s.fields.iter().all(|f| f.default.is_none());
    let default = derived.then(|| quote!(, Default));
    let rename_all = camel.then(|| quote!(, rename_all = "camelCase"));
    // A derived struct writes its discriminator before its fields (and ignores it on read).
    let tag = s.tag.as_ref().map(|tag| {
        let (property, value) = (&tag.property, &tag.value);
        quote!(, tag = #property, rename = #value)
    });
    // Before the derives, which it gives the forms of the fields that have one.
    let mut types = s.fields.iter().map(|f| &f.ty).chain(&s.additional);
    let delimited = s.fields.iter().any(|f| f.delimiter.is_some());
    let serde_as = (delimited || types.any(|ty| serde_as(ty).is_some())).then(|| {
        quote!(#[::specgen_runtime::serde_with::serde_as(crate = "::specgen_runtime::serde_with")])
    });
    quote! {
        #struct_docs
        #serde_as
        #[derive(Debug, Clone, PartialEq #default)]
        #[derive(::specgen_runtime::serde::Serialize, ::specgen_runtime::serde::Deserialize)]
        #[serde(crate = "::specgen_runtime::serde" #rename_all #tag)]
        pub struct #name {
            #(#fields)*
            #additional
        }
    }
}

/// The field of the members that the spec does not declare: serde's `flatten` reads into it
/// every member that no other field takes, and writes its entries beside the fields.
fn additional_field(ty: &Type) -> TokenStream {
    let name = plain(ADDITIONAL_PROPERTIES);
    let map = Type::Map(Box::new(ty.clone()));
    let complex = allow_complex_type(&map);
    // Bytes, durations and encoded date-times among the members, in their forms.
    let form = serde_as(&map).map(|form| {
        let form = form.to_string().replace(' ', "");
        quote!(#[serde_as(as = #form)])
    });
    let ty = rust_type(&map);
    quote! {
        /// The members the spec does not declare, by name.
        #[serde(flatten)]
        #form
        #complex
        pub #name: #ty,
    }
}

/// The wire name serde's `rename_all = "camelCase"` gives a snake-case field: each `_` dropped
/// and the letter after it upper-cased (serde's own rule, which a `r#` prefix does not reach).
fn serde_camel_case(field: &str) -> String {
    let mut camel = String::with_capacity(field.len());
    let mut upper = false;
    for c in field.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            camel.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            camel.push(c);
        }
    }
    camel
}

fn field(field: &Field, owner: &str, camel: bool, docs: &Docs) -> TokenStream {
    let name = ident(&field.name);
    let mut text = match field.description.default.as_str() {
        "" => format!("The `{}` property.", field.name.wire),
        _ => docs.text(&field.description),
    };
    if let Some(default) = &field.default {
        text.push_str(&format!(
            "\n\nA response that leaves it out means `{default}`: it is read as that value."
        ));
    }
    if let Some(bounds) = super::docs::bounds(&field.constraints, docs.words().bounded) {
        // The API's bounds; the client does not check them. Not in a table: `|` as it is.
        let bounds = bounds.replace("\\|", "|");
        text.push_str(&format!("\n\nBounds: {bounds}."));
    }
    if let Some(delimiter) = field.delimiter {
        text.push_str(&format!(
            "\n\nOn the wire: one string, the elements separated by {:?} (`{}`).",
            delimiter.separator(),
            delimiter.name()
        ));
    }
    let field_docs = doc(&text);
    let serde_name = if camel {
        serde_camel_case(&field.name.rust)
    } else {
        field.name.rust.clone()
    };
    // One `#[serde]` per concern (the name, then how the value is read and written), so that
    // each stays on one line.
    let wire = &field.name.wire;
    let rename = (*wire != serde_name).then(|| quote!(#[serde(rename = #wire)]));
    let mut attributes = Vec::new();
    let with = field.ty == Type::Scalar(Scalar::EmailList);
    if with {
        attributes.push(quote!(with = "::specgen_runtime::comma_separated"));
    }
    // Collections are empty rather than absent: an optional one is left out when empty.
    let is_empty = match field.ty {
        Type::List(_) | Type::Scalar(Scalar::EmailList) => Some("::std::vec::Vec::is_empty"),
        Type::Map(_) => Some("::std::collections::BTreeMap::is_empty"),
        _ => None,
    };
    let ty = rust_type(&field.ty);
    // A field that leads back to its own struct: without the pointer it would be infinite.
    let ty = if field.boxed {
        quote!(::std::boxed::Box<#ty>)
    } else {
        ty
    };
    // Read from responses, never sent; else an absent value is left out.
    let skip = |is_empty: &str| match field.read_only {
        true => quote!(skip_serializing),
        false => quote!(skip_serializing_if = #is_empty),
    };
    if field.default.is_some() {
        let function = format!("{}::{}", owner, super::defaults::function_name(field));
        attributes.push(quote!(default = #function));
    }
    let ty = match (field.always_present(), field.nullable, is_empty) {
        // Absent, `null` or a value: the three states of a merge patch.
        _ if field.explicit_null => {
            attributes.push(quote!(
                default,
                skip_serializing_if = "::specgen_runtime::Patch::is_absent"
            ));
            quote!(::specgen_runtime::Patch<#ty>)
        }
        (true, false, _) => ty,
        // Present, but possibly `null`: sent as `null` when `None`.
        (true, true, _) => quote!(::std::option::Option<#ty>),
        (false, false, Some(is_empty)) => {
            let skip = skip(is_empty);
            attributes.push(quote!(default, #skip));
            ty
        }
        (false, _, _) => {
            // serde reads an absent `Option` as `None` by itself, unless `with` reads it.
            let default = with.then(|| quote!(default,));
            let skip = skip("::std::option::Option::is_none");
            attributes.push(quote!(#default #skip));
            quote!(::std::option::Option<#ty>)
        }
    };
    let serde = (!attributes.is_empty()).then(|| quote!(#[serde(#(#attributes),*)]));
    // The wire form of bytes, durations and encoded date-times, through `Option` too; a
    // delimited list's joins its elements' forms.
    let form = match (field.delimiter, &field.ty) {
        (Some(delimiter), Type::List(item)) => {
            let separator = plain(match delimiter {
                Delimiter::Comma => "Comma",
                Delimiter::Space => "Space",
                Delimiter::Pipe => "Pipe",
                Delimiter::Newline => "Newline",
            });
            let element = serde_as(item).unwrap_or_else(|| quote!(_));
            Some(
                quote!(::specgen_runtime::encoding::Delimited<::specgen_runtime::encoding::#separator, #element>),
            )
        }
        _ => serde_as(&field.ty),
    };
    let form = form.map(|form| {
        // As the type: an `Option` unless required and not null, or an optional collection.
        let optional = !matches!(
            (field.always_present(), field.nullable, is_empty),
            (true, false, _) | (false, false, Some(_))
        );
        let form = if field.explicit_null {
            quote!(::specgen_runtime::Patch<#form>)
        } else if optional {
            quote!(::std::option::Option<#form>)
        } else {
            form
        };
        let form = form.to_string().replace(' ', "");
        quote!(#[serde_as(as = #form)])
    });
    let complex = allow_complex_type(&field.ty);
    quote! {
        #field_docs
        #rename
        #serde
        #form
        #complex
        pub #name: #ty,
    }
}

/// Structs whose every field has a `Default`, so that they can derive it.
pub(crate) fn defaultable(structs: &[Struct]) -> BTreeSet<&str> {
    let mut known: BTreeSet<&str> = BTreeSet::new();
    loop {
        let before = known.len();
        for s in structs {
            if s.fields.iter().all(|f| {
                !f.always_present()
                    || f.nullable
                    || f.default.is_some()
                    || has_default(&f.ty, &known)
            }) {
                known.insert(s.name.rust.as_str());
            }
        }
        if known.len() == before {
            return known;
        }
    }
}

fn has_default(ty: &Type, known: &BTreeSet<&str>) -> bool {
    match ty {
        Type::Scalar(
            Scalar::Date
            | Scalar::DateTime
            | Scalar::PlainTime
            | Scalar::PlainDateTime
            | Scalar::Url
            | Scalar::UrlReference,
        ) => false,
        Type::Enum(_) | Type::Polymorphic(_) | Type::Union(_) => false,
        Type::Scalar(_) | Type::List(_) | Type::Map(_) | Type::Nullable(_) => true,
        Type::Struct(name) => known.contains(name.as_str()),
    }
}
