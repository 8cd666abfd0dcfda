//! Emit: the structs of request and response bodies.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, ident, plain, rust_type};
use crate::model::{Field, Scalar, Service, Struct, Type};

/// Every struct of the service.
pub fn structs(service: &Service) -> TokenStream {
    let defaultable = defaultable(&service.types);
    let items = service
        .types
        .iter()
        .map(|s| item(s, defaultable.contains(s.name.rust.as_str())));
    quote!(#(#items)*)
}

fn item(s: &Struct, default: bool) -> TokenStream {
    let name = plain(&s.name.rust);
    let mut text = match s.description.default.as_str() {
        "" => format!("The `{}` object.", s.name.wire),
        description => description.to_string(),
    };
    if let Some(example) = &s.example {
        text.push_str(&format!(
            "\n\n# Example\n\n```json\n{}\n```",
            example.trim_end()
        ));
    }
    let docs = doc(&text);
    let fields = s.fields.iter().map(field);
    let default = default.then(|| quote!(Default,));
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #default ::specgen_runtime::serde::Serialize, ::specgen_runtime::serde::Deserialize)]
        #[serde(crate = "::specgen_runtime::serde")]
        pub struct #name {
            #(#fields)*
        }
    }
}

fn field(field: &Field) -> TokenStream {
    let name = ident(&field.name);
    let docs = match field.description.default.as_str() {
        "" => doc(&format!("The `{}` property.", field.name.wire)),
        description => doc(description),
    };
    let mut attributes = Vec::new();
    if field.name.wire != field.name.rust {
        let wire = &field.name.wire;
        attributes.push(quote!(rename = #wire));
    }
    if field.ty == Type::Scalar(Scalar::EmailList) {
        attributes.push(quote!(with = "::specgen_runtime::comma_separated"));
    }
    let list = matches!(field.ty, Type::List(_) | Type::Scalar(Scalar::EmailList));
    let ty = rust_type(&field.ty);
    let ty = match (field.required, list) {
        (true, _) => ty,
        (false, true) => {
            attributes.push(quote!(
                default,
                skip_serializing_if = "::std::vec::Vec::is_empty"
            ));
            ty
        }
        (false, false) => {
            attributes.push(quote!(
                default,
                skip_serializing_if = "::std::option::Option::is_none"
            ));
            quote!(::std::option::Option<#ty>)
        }
    };
    let serde = (!attributes.is_empty()).then(|| quote!(#[serde(#(#attributes),*)]));
    quote! {
        #docs
        #serde
        pub #name: #ty,
    }
}

/// Structs whose every field has a `Default`, so that they can derive it.
pub(crate) fn defaultable(structs: &[Struct]) -> BTreeSet<&str> {
    let mut known: BTreeSet<&str> = BTreeSet::new();
    loop {
        let before = known.len();
        for s in structs {
            if s.fields
                .iter()
                .all(|f| !f.required || has_default(&f.ty, &known))
            {
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
        Type::Scalar(Scalar::Date | Scalar::DateTime | Scalar::Url) => false,
        Type::Scalar(_) | Type::List(_) => true,
        Type::Struct(name) => known.contains(name.as_str()),
    }
}
