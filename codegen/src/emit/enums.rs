//! The enumerations of the generated code: extensible string enumerations, which keep what
//! they do not know in `Unknown`, and enumerations of numbers, booleans or fixed strings.

use proc_macro2::TokenStream;
use quote::quote;

use super::context::Context;
use super::docs::Docs;
use super::{doc, float_literal, integer_literal, plain, scalar_type};
use crate::model::{EnumValue, Enumeration, Scalar};

/// Every enumeration of the service.
pub(super) fn enums(cx: &Context<'_>) -> TokenStream {
    let items = cx
        .service
        .enums
        .iter()
        .map(|e| match (e.value_type, e.extensible) {
            (Scalar::String, true) => string_enumeration(e, &cx.docs),
            _ => literal_enumeration(e, &cx.docs),
        });
    quote!(#(#items)*)
}

/// A string enumeration that keeps the values it does not know in `Unknown`.
fn string_enumeration(e: &Enumeration, docs: &Docs) -> TokenStream {
    let name = plain(&e.name.rust);
    let text = match e.description.default.as_str() {
        "" => format!("The `{}` values.", e.name.wire),
        _ => docs.text(&e.description),
    };
    let enum_docs = doc(&format!(
        "{text}\n\nA string on the wire, read ignoring ASCII case; a value this client does not know is kept in `Unknown`."
    ));
    let variants = e.values.iter().map(|value| {
        let variant = plain(&value.name.rust);
        let text = match value.description.default.as_str() {
            "" => doc(&format!("`{}`", value.name.wire)),
            _ => doc(&format!(
                "`{}`: {}",
                value.name.wire,
                docs.text(&value.description)
            )),
        };
        quote!(#text #variant,)
    });
    let as_str = e.values.iter().map(|value| {
        let variant = plain(&value.name.rust);
        let wire = &value.name.wire;
        quote!(Self::#variant => #wire,)
    });
    let from = e.values.iter().map(|value| {
        let variant = plain(&value.name.rust);
        let lower = value.spellings().map(str::to_ascii_lowercase);
        quote!(#(#lower)|* => Self::#variant,)
    });
    quote! {
        #enum_docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[derive(::specgen_runtime::serde::Serialize, ::specgen_runtime::serde::Deserialize)]
        #[serde(crate = "::specgen_runtime::serde", from = "::std::string::String", into = "::std::string::String")]
        pub enum #name {
            #(#variants)*
            /// A value the spec does not list, kept as the server sent it.
            Unknown(::std::string::String),
        }

        impl #name {
            /// The value as sent on the wire.
            #[must_use]
            pub fn as_str(&self) -> &str {
                match self {
                    #(#as_str)*
                    Self::Unknown(value) => value,
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for #name {
            fn from(value: ::std::string::String) -> Self {
                match value.to_ascii_lowercase().as_str() {
                    #(#from)*
                    _ => Self::Unknown(value),
                }
            }
        }

        impl ::std::convert::From<#name> for ::std::string::String {
            fn from(value: #name) -> Self {
                match value {
                    #name::Unknown(value) => value,
                    known => known.as_str().to_owned(),
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    }
}

/// The doc line of each variant: its wire value and what it means.
fn variant_docs(value: &EnumValue, docs: &Docs) -> TokenStream {
    let mut spelled = format!("`{}`", value.name.wire);
    if !value.aliases.is_empty() {
        let aliases: Vec<String> = value.aliases.iter().map(|a| format!("`{a}`")).collect();
        spelled.push_str(&format!(" (also read from {})", aliases.join(", ")));
    }
    match value.description.default.as_str() {
        "" => doc(&spelled),
        _ => doc(&format!("{spelled}: {}", docs.text(&value.description))),
    }
}

/// The literal of a value of `value_type` as the spec writes it (checked by the validator).
fn literal(text: &str, value_type: Scalar) -> TokenStream {
    match value_type {
        Scalar::String => quote!(#text),
        Scalar::Boolean => {
            let value = text.eq_ignore_ascii_case("true");
            quote!(#value)
        }
        Scalar::Float32 | Scalar::Float64 => float_literal(value_type, text.parse().unwrap_or(0.0)),
        _ => integer_literal(text.parse().unwrap_or(0)),
    }
}

/// An enumeration of numbers, booleans, or strings that refuses what it does not list: `T` on
/// the wire through `from`/`try_from` and `into`.
fn literal_enumeration(e: &Enumeration, docs: &Docs) -> TokenStream {
    let name = plain(&e.name.rust);
    let string = e.value_type == Scalar::String;
    let float = matches!(e.value_type, Scalar::Float32 | Scalar::Float64);
    let ty = scalar_type(e.value_type);
    let text = match e.description.default.as_str() {
        "" => format!("The `{}` values.", e.name.wire),
        _ => docs.text(&e.description),
    };
    let wire = match e.value_type {
        Scalar::String => "A string on the wire, read ignoring ASCII case",
        Scalar::Boolean => "A boolean on the wire",
        _ => "A number on the wire",
    };
    let unknown_docs = if e.extensible {
        "a value this client does not know is kept in `Unknown`"
    } else {
        "a value the spec does not list does not decode"
    };
    let enum_docs = doc(&format!("{text}\n\n{wire}; {unknown_docs}."));
    let variants = e.values.iter().map(|value| {
        let variant = plain(&value.name.rust);
        let text = variant_docs(value, docs);
        quote!(#text #variant,)
    });
    let unknown = e.extensible.then(|| {
        quote! {
            /// A value the spec does not list, kept as the server sent it.
            Unknown(#ty),
        }
    });
    let to_value = e.values.iter().map(|value| {
        let variant = plain(&value.name.rust);
        let literal = literal(&value.name.wire, e.value_type);
        quote!(Self::#variant => #literal,)
    });
    let unknown_value = e.extensible.then(|| {
        if string {
            quote!(Self::Unknown(value) => value,)
        } else {
            quote!(Self::Unknown(value) => *value,)
        }
    });
    let known = e.values.iter().map(|value| {
        let variant = plain(&value.name.rust);
        let literal = literal(&value.name.wire, e.value_type);
        if string {
            let lower = value.spellings().map(str::to_ascii_lowercase);
            quote!(#(#lower)|* => Self::#variant,)
        } else {
            quote!(#literal => Self::#variant,)
        }
    });
    let matched = if string {
        quote!(value.to_ascii_lowercase().as_str())
    } else {
        quote!(value)
    };
    let (derives, value_fn) = match (string, float) {
        (true, _) => (
            quote!(#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]),
            quote! {
                /// The value as sent on the wire.
                #[must_use]
                pub fn as_str(&self) -> &'static str {
                    match self {
                        #(#to_value)*
                    }
                }
            },
        ),
        (false, float) => {
            let derives = if float {
                quote!(#[derive(Debug, Clone, Copy, PartialEq)])
            } else {
                quote!(#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)])
            };
            (
                derives,
                quote! {
                    /// The value as sent on the wire.
                    #[must_use]
                    pub fn value(&self) -> #ty {
                        match self {
                            #(#to_value)*
                            #unknown_value
                        }
                    }
                },
            )
        }
    };
    let wire_ty = if string {
        quote!(::std::string::String)
    } else {
        ty.clone()
    };
    let wire_name = wire_ty.to_string().replace(' ', "");
    let (serde, conversion) = if e.extensible {
        (
            quote!(#[serde(crate = "::specgen_runtime::serde", from = #wire_name, into = #wire_name)]),
            quote! {
                impl ::std::convert::From<#wire_ty> for #name {
                    fn from(value: #wire_ty) -> Self {
                        match #matched {
                            #(#known)*
                            _ => Self::Unknown(value),
                        }
                    }
                }
            },
        )
    } else {
        let message = format!("{{value}} is not a value of `{}`", e.name.wire);
        (
            quote!(#[serde(crate = "::specgen_runtime::serde", try_from = #wire_name, into = #wire_name)]),
            quote! {
                impl ::std::convert::TryFrom<#wire_ty> for #name {
                    type Error = ::std::string::String;

                    fn try_from(value: #wire_ty) -> ::std::result::Result<Self, Self::Error> {
                        ::std::result::Result::Ok(match #matched {
                            #(#known)*
                            _ => return ::std::result::Result::Err(::std::format!(#message)),
                        })
                    }
                }
            },
        )
    };
    let into = if string {
        quote!(value.as_str().to_owned())
    } else {
        quote!(value.value())
    };
    let display = if string {
        quote!(f.write_str(self.as_str()))
    } else {
        quote!(::std::fmt::Display::fmt(&self.value(), f))
    };
    quote! {
        #enum_docs
        #derives
        #[derive(::specgen_runtime::serde::Serialize, ::specgen_runtime::serde::Deserialize)]
        #serde
        pub enum #name {
            #(#variants)*
            #unknown
        }

        impl #name {
            #value_fn
        }

        #conversion

        impl ::std::convert::From<#name> for #wire_ty {
            fn from(value: #name) -> Self {
                #into
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                #display
            }
        }
    }
}
