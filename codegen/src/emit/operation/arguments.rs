//! Emit: what the arguments of an operation's method put into its request: the path, the
//! query pairs, the headers and the body. Each parameter yields its argument and its value
//! together, so that the signature and the request cannot disagree.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::emit::{body_form, borrowed_type, ident, plain, scalar_form, scalar_type};
use crate::model::{
    HeaderValue, Name, Operation, Parameter, ParameterLocation, ParameterType, PathSegment,
    RequestHeader, Scalar,
};

/// The request of an operation's method, as the method writes it.
pub(super) struct RequestParts {
    /// The method's arguments after `&self`: path parameters, query parameters, headers, the
    /// body.
    pub(super) arguments: Vec<TokenStream>,
    /// Statements before the request: object query parameters as pairs, and the collected
    /// query when a parameter is a pair per item.
    pub(super) bindings: TokenStream,
    /// The `PathPart`s.
    pub(super) path: Vec<TokenStream>,
    /// The query pairs: a slice, or the collected `query`.
    pub(super) query: TokenStream,
    /// The `(name, value)` header pairs.
    pub(super) headers: Vec<TokenStream>,
    /// The serialized body, an `Option<Vec<u8>>`.
    pub(super) body: TokenStream,
}

impl RequestParts {
    pub(super) fn new(operation: &Operation) -> Self {
        let path_parameters: Vec<&Parameter> = operation
            .path
            .iter()
            .filter_map(|segment| match segment {
                PathSegment::Parameter(index) => operation.parameters.get(*index),
                PathSegment::Literal(_) => None,
            })
            .collect();
        let query: Vec<QueryPart> = operation
            .parameters
            .iter()
            .filter(|p| p.location == ParameterLocation::Query)
            .map(query_part)
            .collect();
        let optional_body = operation.body.as_ref().is_some_and(|body| !body.required);
        let headers: Vec<Part> = operation
            .headers
            .iter()
            .filter_map(|header| header_part(header, optional_body))
            .collect();
        let body = body_part(operation);
        let arguments = path_parameters
            .iter()
            .map(|p| argument(&p.name, path_scalar(p), true))
            .chain(query.iter().filter_map(|q| q.argument.clone()))
            .chain(headers.iter().filter_map(|h| h.argument.clone()))
            .chain(body.argument.clone())
            .collect();
        let (path_bindings, path) = path_parts(operation, true);
        let (query_bindings, query_value) = query_value(&query);
        RequestParts {
            arguments,
            bindings: quote!(#path_bindings #query_bindings),
            path,
            query: query_value,
            headers: headers.into_iter().map(|h| h.value).collect(),
            body: body.value,
        }
    }
}

/// An argument, when the part takes one, and what it puts into the request.
struct Part {
    argument: Option<TokenStream>,
    value: TokenStream,
}

/// A query parameter's argument and pairs.
struct QueryPart {
    argument: Option<TokenStream>,
    /// A statement that turns the argument into pairs first (an object parameter).
    binding: Option<TokenStream>,
    /// One `(name, value)` pair, or an iterator of pairs when `many`.
    pairs: TokenStream,
    many: bool,
}

/// The path's parts, for an expression (a temporary lives to its end): literals, and each
/// parameter encoded as one segment.
pub(super) fn path(operation: &Operation) -> Vec<TokenStream> {
    path_parts(operation, false).1
}

/// The scalar of a path parameter (validated to be one).
fn path_scalar(parameter: &Parameter) -> Scalar {
    parameter.ty.scalar().unwrap_or(Scalar::String)
}

/// The path parameters of `operation` as arguments, for a method that only takes those.
pub(super) fn path_arguments(operation: &Operation) -> Vec<TokenStream> {
    operation
        .path
        .iter()
        .filter_map(|segment| match segment {
            PathSegment::Parameter(index) => operation.parameters.get(*index),
            PathSegment::Literal(_) => None,
        })
        .map(|p| argument(&p.name, path_scalar(p), true))
        .collect()
}

/// A query parameter: a constant, a scalar, a list or map (joined into one pair, or a pair per
/// item or entry with `multi`), or an object (its members, after a binding that reads them).
fn query_part(p: &Parameter) -> QueryPart {
    let wire = &p.name.wire;
    let single = |argument, pair| QueryPart {
        argument,
        binding: None,
        pairs: pair,
        many: false,
    };
    if let Some(constant) = &p.constant {
        return single(
            None,
            quote!((#wire, Some(::std::string::String::from(#constant)))),
        );
    }
    let name = ident(&p.name);
    let (argument, binding, items, separator) = match &p.ty {
        ParameterType::Scalar(ty) => {
            let value = to_text(&name, *ty, p.required, false);
            return single(
                Some(argument(&p.name, *ty, p.required)),
                quote!((#wire, #value)),
            );
        }
        ParameterType::List(ty, format) => {
            let argument = list_argument(&p.name, *ty, p.required);
            let item = to_text(&plain("item"), *ty, true, true);
            let items = elements(&name, p.required);
            match format.separator() {
                Some(separator) => (argument, None, quote!(#items.map(|item| #item)), separator),
                None => {
                    let pairs = quote!(#items.map(|item| (#wire, #item)));
                    return QueryPart {
                        argument: Some(argument),
                        binding: None,
                        pairs,
                        many: true,
                    };
                }
            }
        }
        ParameterType::Map(ty, format) => {
            let argument = map_argument(&p.name, *ty, p.required);
            let value = to_text(&plain("value"), *ty, true, true);
            let entries = elements(&name, p.required);
            match format.separator() {
                Some(separator) => {
                    let items =
                        quote!(#entries.flat_map(|(key, value)| [Some(key.clone()), #value]));
                    (argument, None, items, separator)
                }
                None => {
                    let pairs = quote!(#entries.map(|(key, value)| (key.as_str(), #value)));
                    return QueryPart {
                        argument: Some(argument),
                        binding: None,
                        pairs,
                        many: true,
                    };
                }
            }
        }
        ParameterType::Object(ty, format) => {
            let ty = plain(ty);
            let (argument, binding, members) = if p.required {
                (
                    quote!(#name: &#ty),
                    quote!(let #name = ::specgen_runtime::query_object(#name)?;),
                    quote!(#name.iter()),
                )
            } else {
                (
                    quote!(#name: ::std::option::Option<&#ty>),
                    quote!(let #name = #name.map(::specgen_runtime::query_object).transpose()?;),
                    quote!(#name.iter().flatten()),
                )
            };
            match format.separator() {
                Some(separator) => {
                    let items = quote!(#members.flat_map(|(key, value)| [Some(key.clone()), Some(value.clone())]));
                    (argument, Some(binding), items, separator)
                }
                None => {
                    let pairs =
                        quote!(#members.map(|(key, value)| (key.as_str(), Some(value.clone()))));
                    return QueryPart {
                        argument: Some(argument),
                        binding: Some(binding),
                        pairs,
                        many: true,
                    };
                }
            }
        }
    };
    // Joined: one pair, unless an optional argument is `None`.
    let joined = quote!(::specgen_runtime::join_query_items(#items, #separator));
    let value = match (&p.ty, p.required) {
        (_, true) => joined,
        (ParameterType::Object(..), false) => quote!(#name.as_ref().and(#joined)),
        (_, false) => quote!(#name.and(#joined)),
    };
    QueryPart {
        argument: Some(argument),
        binding,
        pairs: quote!((#wire, #value)),
        many: false,
    }
}

/// The query as the request takes it: a slice of pairs, or, when a parameter is a pair per
/// item, a `Vec` collected first.
fn query_value(parts: &[QueryPart]) -> (TokenStream, TokenStream) {
    let bindings = parts.iter().filter_map(|part| part.binding.as_ref());
    if parts.iter().any(|part| part.many) {
        let chained = parts.iter().map(|part| {
            let pairs = &part.pairs;
            if part.many {
                quote!(.chain(#pairs))
            } else {
                quote!(.chain(::std::iter::once(#pairs)))
            }
        });
        let bindings = quote! {
            #(#bindings)*
            let query: ::std::vec::Vec<(&str, ::std::option::Option<::std::string::String>)> =
                ::std::iter::empty()#(#chained)*.collect();
        };
        (bindings, quote!(&query))
    } else {
        let pairs = parts.iter().map(|part| &part.pairs);
        (quote!(#(#bindings)*), quote!(&[#(#pairs,)*]))
    }
}

/// A request header: a fixed value (borrowed), a caller's argument, or a generated id; the
/// auth header is the transport's.
fn header_part(header: &RequestHeader, optional_body: bool) -> Option<Part> {
    let wire = &header.name.wire;
    let name = ident(&header.name);
    let (argument, value) = match &header.value {
        // An optional body's type is sent only with the body.
        HeaderValue::Fixed(value)
            if optional_body && header.name.wire.eq_ignore_ascii_case("content-type") =>
        {
            (None, quote!(body.map(|_| #value.into())))
        }
        HeaderValue::Fixed(value) => (None, quote!(Some(#value.into()))),
        HeaderValue::Auth => return None,
        HeaderValue::Caller {
            generated: true, ..
        } => (
            Some(quote!(#name: ::std::option::Option<Uuid>)),
            quote!(Some(::std::borrow::Cow::Owned(#name.unwrap_or_else(Uuid::new_v4).to_string()))),
        ),
        HeaderValue::Caller {
            ty,
            required,
            list: true,
            ..
        } => {
            // The elements' texts joined by `,`, RFC 9110's list syntax.
            let item = to_text(&plain("item"), *ty, true, true);
            let items = elements(&name, *required);
            let joined = quote!(::specgen_runtime::join_query_items(#items.map(|item| #item), ","));
            let joined = match required {
                true => joined,
                false => quote!(#name.and(#joined)),
            };
            (
                Some(list_argument(&header.name, *ty, *required)),
                quote!(#joined.map(::std::borrow::Cow::Owned)),
            )
        }
        HeaderValue::Caller { ty, required, .. } => (
            Some(argument(&header.name, *ty, *required)),
            header_text(&name, *ty, *required),
        ),
    };
    Some(Part {
        argument,
        value: quote!((#wire, #value),),
    })
}

/// The body argument and its serialization.
fn body_part(operation: &Operation) -> Part {
    // A body with bytes, durations or encoded date-times in it is written in their forms.
    let json_body = match operation.body.as_ref().and_then(|body| body_form(&body.ty)) {
        Some(form) => quote!(::specgen_runtime::json_body_as::<_, #form>),
        None => quote!(::specgen_runtime::json_body),
    };
    match &operation.body {
        Some(body) if body.required => {
            let ty = borrowed_type(&body.ty);
            Part {
                argument: Some(quote!(body: &#ty)),
                value: quote!(Some(#json_body(body)?)),
            }
        }
        Some(body) => {
            let ty = borrowed_type(&body.ty);
            Part {
                argument: Some(quote!(body: ::std::option::Option<&#ty>)),
                value: quote!(body.map(#json_body).transpose()?),
            }
        }
        None => Part {
            argument: None,
            value: quote!(None),
        },
    }
}

/// An iterator over a list's items or a map's entries: an optional one (`None`) has none.
fn elements(name: &Ident, required: bool) -> TokenStream {
    if required {
        quote!(#name.iter())
    } else {
        quote!(#name.into_iter().flatten())
    }
}

/// A path parameter's value as the path takes it: a `&str` of the argument, or its wire text.
enum PathValue {
    Borrowed(TokenStream),
    Owned(TokenStream),
}

fn path_text(value: &Ident, scalar: Scalar) -> PathValue {
    match scalar {
        Scalar::String => PathValue::Borrowed(quote!(#value)),
        Scalar::Url => PathValue::Borrowed(quote!(#value.as_str())),
        // Bytes, durations and date-times in their forms, as in the query and headers.
        scalar if scalar_form(scalar).is_some() => {
            PathValue::Owned(scalar_text(quote!(#value), scalar, false))
        }
        _ => PathValue::Owned(quote!(#value.to_string())),
    }
}

/// The path's parts, and with `bind` the statements before them: a path parameter that is not
/// a `&str` is then bound to its text first, for a request that is a statement of its own
/// (where a temporary would not live long enough).
fn path_parts(operation: &Operation, bind: bool) -> (TokenStream, Vec<TokenStream>) {
    let mut bindings = TokenStream::new();
    let parts = operation
        .path
        .iter()
        .map(|segment| match segment {
            PathSegment::Literal(text) => quote!(::specgen_runtime::PathPart::Literal(#text),),
            PathSegment::Parameter(index) => {
                let parameter = &operation.parameters[*index];
                let name = ident(&parameter.name);
                match path_text(&name, path_scalar(parameter)) {
                    PathValue::Borrowed(value) => path_part(parameter, &value),
                    PathValue::Owned(text) if bind => {
                        bindings.extend(quote!(let #name = #text;));
                        path_part(parameter, &quote!(&#name))
                    }
                    PathValue::Owned(text) => path_part(parameter, &quote!(&#text)),
                }
            }
        })
        .collect();
    (bindings, parts)
}

/// `PathPart::param(name, value)`, or `PathPart::reserved` where reserved characters stay.
fn path_part(parameter: &Parameter, value: &TokenStream) -> TokenStream {
    let wire = &parameter.name.wire;
    if parameter.allow_reserved {
        quote!(::specgen_runtime::PathPart::reserved(#wire, #value),)
    } else {
        quote!(::specgen_runtime::PathPart::param(#wire, #value),)
    }
}

/// `name: &str`, `name: Option<i64>`...: borrowed where the value is not `Copy`.
fn argument(name: &Name, ty: Scalar, required: bool) -> TokenStream {
    let name = ident(name);
    let ty = match ty {
        Scalar::String => quote!(&str),
        Scalar::Url => quote!(&Url),
        Scalar::EmailList => quote!(&[EmailAddress]),
        Scalar::Bytes | Scalar::BytesBase64Url => quote!(&[u8]),
        other => scalar_type(other),
    };
    if required {
        quote!(#name: #ty)
    } else {
        quote!(#name: ::std::option::Option<#ty>)
    }
}

/// `name: &[&str]`, `name: Option<&[i64]>`...: a list query parameter.
fn list_argument(name: &Name, ty: Scalar, required: bool) -> TokenStream {
    let name = ident(name);
    let item = match ty {
        Scalar::String => quote!(&str),
        Scalar::Url => quote!(Url),
        other => scalar_type(other),
    };
    if required {
        quote!(#name: &[#item])
    } else {
        quote!(#name: ::std::option::Option<&[#item]>)
    }
}

/// `name: &BTreeMap<String, i64>`, `name: Option<&BTreeMap<String, String>>`...: a map query
/// parameter.
fn map_argument(name: &Name, ty: Scalar, required: bool) -> TokenStream {
    let name = ident(name);
    let value = scalar_type(ty);
    let map = quote!(&::std::collections::BTreeMap<::std::string::String, #value>);
    if required {
        quote!(#name: #map)
    } else {
        quote!(#name: ::std::option::Option<#map>)
    }
}

/// The value of a header argument, as `Option<Cow<str>>` (`None`: not sent): a string is
/// borrowed.
fn header_text(value: &Ident, ty: Scalar, required: bool) -> TokenStream {
    match (ty, required) {
        (Scalar::String, true) => quote!(Some(::std::borrow::Cow::Borrowed(#value))),
        (Scalar::String, false) => quote!(#value.map(::std::borrow::Cow::Borrowed)),
        (_, true) => {
            let text = scalar_text(quote!(#value), ty, false);
            quote!(Some(::std::borrow::Cow::Owned(#text)))
        }
        (_, false) => {
            let text = scalar_text(quote!(value), ty, false);
            quote!(#value.map(|value| ::std::borrow::Cow::Owned(#text)))
        }
    }
}

/// The wire text of an argument, as `Option<String>` (`None`: not sent); `by_ref`: `value` is
/// a reference already (a list's item, a map's value).
fn to_text(value: &Ident, ty: Scalar, required: bool, by_ref: bool) -> TokenStream {
    match (required, text_function(ty)) {
        (true, _) => {
            let text = scalar_text(quote!(#value), ty, by_ref);
            quote!(Some(#text))
        }
        (false, Some(function)) => quote!(#value.map(#function)),
        // The value's `Display`, borrowed: shorter than a closure.
        (false, None) if scalar_form(ty).is_none() => {
            quote!(#value.as_ref().map(::std::string::ToString::to_string))
        }
        (false, None) => {
            let text = scalar_text(quote!(value), ty, false);
            quote!(#value.map(|value| #text))
        }
    }
}

/// The function that makes a scalar's wire text, where one applies to the value as it is.
fn text_function(ty: Scalar) -> Option<TokenStream> {
    match ty {
        Scalar::String => Some(quote!(::std::string::ToString::to_string)),
        Scalar::EmailList => Some(quote!(::specgen_runtime::comma_separated::join)),
        _ => None,
    }
}

/// The wire text of the scalar `value` (a reference when `by_ref`), as a `String`.
fn scalar_text(value: TokenStream, ty: Scalar, by_ref: bool) -> TokenStream {
    match (text_function(ty), ty) {
        (Some(function), _) => quote!(#function(#value)),
        (None, Scalar::Bytes | Scalar::BytesBase64Url) => {
            let form = scalar_form(ty);
            quote!(#form::text(#value))
        }
        (None, scalar) if scalar_form(scalar).is_some() => {
            let form = scalar_form(scalar);
            let value = if by_ref { value } else { quote!(&#value) };
            quote!(#form::text(#value))
        }
        (None, _) => quote!(::std::string::ToString::to_string(&#value)),
    }
}
