//! Emit: `no_run` doc examples, with arguments and bodies built from the spec's examples.

use proc_macro2::TokenStream;
use quote::quote;

use super::context::Context;
use super::{float_literal, ident, integer_literal, plain, scalar_form};
use crate::model::{
    ADDITIONAL_PROPERTIES, Field, HeaderValue, OTHER_VARIANT, Operation, Parameter,
    ParameterLocation, ParameterType, PathSegment, Scalar, Type, VariantKind,
};

/// A Markdown code block calling the operation, for its rustdoc; `None` when the request
/// body can be built neither from the spec's example nor with `Default`.
pub fn operation_example(cx: &Context<'_>, operation: &Operation) -> Option<String> {
    let crate_path = &cx.crate_path;
    let method = ident(&operation.id);
    let mut imports = vec![plain("Client")];
    let mut arguments = Vec::new();
    for segment in &operation.path {
        if let PathSegment::Parameter(index) = segment {
            arguments.push(parameter_value(
                cx,
                &operation.parameters[*index],
                &mut imports,
            )?);
        }
    }
    for parameter in operation
        .parameters
        .iter()
        .filter(|p| p.location == ParameterLocation::Query && p.is_argument())
    {
        arguments.push(parameter_value(cx, parameter, &mut imports)?);
    }
    for header in &operation.headers {
        if let HeaderValue::Caller {
            ty,
            list,
            required,
            example,
            ..
        } = &header.value
        {
            let value = match list {
                true => {
                    let pieces = example.as_deref().unwrap_or_default().split(',');
                    let items = pieces.map(|piece| scalar_value(*ty, Some(piece.trim())));
                    quote!(&[#(#items),*])
                }
                false => scalar_value(*ty, example.as_deref()),
            };
            arguments.push(if *required { value } else { quote!(None) });
        }
    }
    if let Some(body) = &operation.body {
        let example = body
            .example
            .as_deref()
            .and_then(|text| serde_json::from_str(text).ok());
        let from_example =
            example.and_then(|value| typed_value(cx, &body.ty, &value, &mut imports));
        let value = match (from_example, &body.ty) {
            (Some(value), _) => value,
            // Without a usable example the body is shown being built from its type.
            (None, Type::Struct(name)) if cx.defaultable.contains(name.as_str()) => {
                let ty = plain(name);
                imports.push(ty.clone());
                quote!(#ty::default())
            }
            (None, Type::List(_)) => quote!(Vec::new()),
            (None, Type::Map(_)) => quote!(::std::collections::BTreeMap::new()),
            (None, _) => return None,
        };
        arguments.push(if body.required {
            quote!(&#value)
        } else {
            quote!(Some(&#value))
        });
    }
    imports.sort_by_key(ToString::to_string);
    imports.dedup();
    let success = plain(&operation.response_type);
    imports.push(success.clone());
    let arms: Vec<TokenStream> = operation
        .rows(crate::model::ResponseKind::Success)
        .map(|row| {
            let variant = plain(&row.variant.rust);
            let message = format!("{}: {}", row.code, row.variant.rust);
            if row.headers.is_empty() && row.body.is_none() {
                quote!(#success::#variant => println!(#message),)
            } else {
                quote!(#success::#variant { .. } => println!(#message),)
            }
        })
        .collect();
    let credentials = match cx.service.auth.as_ref().map(|auth| &auth.scheme) {
        Some(crate::model::AuthScheme::ApiKey { .. }) => quote!(.api_key("YOUR_API_KEY")),
        Some(crate::model::AuthScheme::Bearer) => quote!(.bearer_token("YOUR_TOKEN")),
        None => quote!(),
    };
    let tokens = quote! {
        async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
            use #crate_path::{#(#imports),*};
            let client = Client::builder()#credentials.build()?;
            match client.#method(#(#arguments),*).await? {
                #(#arms)*
            }
            Ok(())
        }
    };
    let code = match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(_) => tokens.to_string(),
    };
    // Show the body of the function; keep its signature hidden (`# `) so the example compiles.
    let mut lines: Vec<String> = code.lines().map(str::to_string).collect();
    if let Some(first) = lines.first_mut() {
        *first = format!("# {first}");
    }
    for line in lines.iter_mut().skip(1) {
        if let Some(stripped) = line.strip_prefix("    ") {
            *line = stripped.to_string();
        } else if line == "}" {
            *line = "# }".to_string();
        }
    }
    if let Some(ok) = lines.iter_mut().rev().find(|line| line.trim() == "Ok(())") {
        *ok = "# Ok(())".to_string();
    }
    Some(format!(
        "```no_run\n{}\n# fn main() {{}}\n```",
        lines.join("\n")
    ))
}

/// The argument of a parameter in the example: built from its example, else a placeholder;
/// `None` when an object has neither an example nor `Default`.
fn parameter_value(
    cx: &Context<'_>,
    parameter: &Parameter,
    imports: &mut Vec<proc_macro2::Ident>,
) -> Option<TokenStream> {
    if !parameter.required {
        return Some(quote!(None));
    }
    // A map's or an object's example is JSON.
    let json = || {
        parameter
            .example
            .as_deref()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(text).ok())
    };
    Some(match &parameter.ty {
        // A list's example is its items, joined as on the wire.
        ParameterType::List(item, format) => {
            let items = parameter
                .example
                .as_deref()
                .map(|text| text.split(format.separator().unwrap_or(",")).collect())
                .unwrap_or_else(|| vec![""]);
            let items = items.iter().map(|text| {
                let example = (!text.is_empty()).then_some(*text);
                match item {
                    Scalar::Url => quote!(#text.parse()?),
                    ty => scalar_value(*ty, example),
                }
            });
            quote!(&[#(#items),*])
        }
        ParameterType::Map(item, _) => {
            let ty = Type::Map(Box::new(Type::Scalar(*item)));
            let map = json().and_then(|value| typed_value(cx, &ty, &value, imports));
            let map = map.unwrap_or_else(|| quote!(::std::collections::BTreeMap::new()));
            quote!(&#map)
        }
        ParameterType::Object(name, _) => {
            let object = match json().and_then(|value| struct_value(cx, name, &value, imports)) {
                Some(object) => object,
                None if cx.defaultable.contains(name.as_str()) => {
                    let ty = plain(name);
                    imports.push(ty.clone());
                    quote!(#ty::default())
                }
                None => return None,
            };
            quote!(&#object)
        }
        ParameterType::Scalar(scalar) => scalar_value(*scalar, parameter.example.as_deref()),
    })
}

/// A Rust expression for a scalar, from an example text when there is one.
fn scalar_value(scalar: Scalar, example: Option<&str>) -> TokenStream {
    if let Scalar::Quoted(natural) = scalar {
        // In a path, a query or a header, a quoted scalar's text is its natural one.
        let example = example.map(|text| text.trim().to_ascii_lowercase());
        return scalar_value(*natural, example.as_deref());
    }
    let text = example.unwrap_or(match scalar {
        Scalar::String => "example",
        Scalar::Date => "2017-10-31",
        Scalar::PlainTime => "13:06:12",
        Scalar::PlainDateTime => "2018-12-01T00:00:00",
        Scalar::DateTime => "2018-01-01T00:00:00Z",
        Scalar::Guid => "56615b67-2185-49fe-80d2-c4ddf77bb2e8",
        Scalar::Integer
        | Scalar::Int8
        | Scalar::Int16
        | Scalar::Int32
        | Scalar::Uint8
        | Scalar::Uint16
        | Scalar::Uint32
        | Scalar::Uint64
        | Scalar::SafeInt => "1",
        Scalar::Float32 | Scalar::Float64 | Scalar::Decimal => "1.5",
        Scalar::Boolean => "true",
        Scalar::Url | Scalar::UrlReference => "https://example.com/",
        Scalar::EmailList => "jondoe@contoso.com",
        Scalar::Json => "null",
        Scalar::HttpDate => "Fri, 26 Aug 2022 14:38:00 GMT",
        Scalar::Bytes => "dGVzdA==",
        Scalar::BytesBase64Url => "dGVzdA",
        Scalar::Duration => "P40D",
        Scalar::DurationConstant => "1.02:59:59.5000000",
        Scalar::DurationSeconds | Scalar::DurationMilliseconds => "36",
        Scalar::DurationSecondsFloat | Scalar::DurationMillisecondsFloat => "35.625",
        Scalar::UnixTimestamp => "1686566864",
        Scalar::Quoted(_) => "1",
    });
    match scalar {
        Scalar::String => quote!(#text),
        scalar if scalar.integer_range().is_some() => integer_literal(text.parse().unwrap_or(1)),
        Scalar::Float32 | Scalar::Float64 => float_literal(scalar, text.parse().unwrap_or(1.5)),
        Scalar::Boolean => {
            if text == "false" {
                quote!(false)
            } else {
                quote!(true)
            }
        }
        Scalar::Url | Scalar::UrlReference => quote!(&#text.parse()?),
        Scalar::EmailList => {
            let items = text.split(',').map(str::trim);
            quote!(&[#(#items.parse()?),*])
        }
        Scalar::Bytes | Scalar::BytesBase64Url => {
            let form = scalar_form(scalar);
            quote!(&#form::parse(#text)?)
        }
        scalar if scalar_form(scalar).is_some() => {
            let form = scalar_form(scalar);
            quote!(#form::parse(#text)?)
        }
        _ => quote!(#text.parse()?),
    }
}

/// A struct literal from a JSON example; `None` when the example does not fit the type.
fn struct_value(
    cx: &Context<'_>,
    name: &str,
    value: &serde_json::Value,
    imports: &mut Vec<proc_macro2::Ident>,
) -> Option<TokenStream> {
    let declared = cx.service.types.iter().find(|s| s.name.rust == name)?;
    let object = value.as_object()?;
    let ty = plain(name);
    imports.push(ty.clone());
    let fields = declared
        .fields
        .iter()
        .map(|field| {
            let name = ident(&field.name);
            let value = field_value(cx, field, object.get(&field.name.wire), imports)?;
            Some(quote!(#name: #value))
        })
        .collect::<Option<Vec<_>>>()?;
    let additional = match &declared.additional {
        Some(additional) => {
            // The members no field declares, as the map that holds them.
            let undeclared: serde_json::Map<String, serde_json::Value> = object
                .iter()
                .filter(|(key, _)| !declared.fields.iter().any(|f| f.name.wire == **key))
                .filter(|(key, _)| declared.tag.as_ref().is_none_or(|t| t.property != **key))
                .map(|(key, member)| (key.clone(), member.clone()))
                .collect();
            let map = Type::Map(Box::new(additional.clone()));
            let value = typed_value(cx, &map, &serde_json::Value::Object(undeclared), imports)?;
            let name = plain(ADDITIONAL_PROPERTIES);
            Some(quote!(#name: #value))
        }
        None => None,
    };
    let fields = fields.into_iter().chain(additional);
    Some(quote!(#ty { #(#fields),* }))
}

/// The variant of a discriminated base's enum that its discriminator names, holding the
/// value without the discriminator; the other values' struct, with it, otherwise.
fn polymorphic_value(
    cx: &Context<'_>,
    name: &str,
    value: &serde_json::Value,
    imports: &mut Vec<proc_macro2::Ident>,
) -> Option<TokenStream> {
    let polymorphic = cx
        .service
        .polymorphic
        .iter()
        .find(|p| p.name.rust == name)?;
    let mut object = value.as_object()?.clone();
    // Its base's discriminator says what the enum is, not which variant: it writes it itself.
    if let Some(tag) = &polymorphic.tag {
        object.remove(&tag.property);
    }
    let value = &serde_json::Value::Object(object.clone());
    let wire = &polymorphic.discriminator.wire;
    let discriminator = object.get(wire).and_then(|d| d.as_str());
    let variant = polymorphic
        .variants
        .iter()
        .find(|v| Some(v.name.wire.as_str()) == discriminator);
    let (variant, inner) = match variant {
        Some(variant) => {
            object.remove(wire);
            let inner = typed_value(cx, &variant.ty, &serde_json::Value::Object(object), imports);
            (plain(&variant.name.rust), inner?)
        }
        None => {
            let other = Type::Struct(polymorphic.other.clone());
            (
                plain(OTHER_VARIANT),
                typed_value(cx, &other, value, imports)?,
            )
        }
    };
    let ty = plain(name);
    imports.push(ty.clone());
    Some(quote!(#ty::#variant(#inner)))
}

/// The variant of a union that reads the value: the one its discriminator names, or the first
/// in reading order that holds it.
fn union_value(
    cx: &Context<'_>,
    name: &str,
    value: &serde_json::Value,
    imports: &mut Vec<proc_macro2::Ident>,
) -> Option<TokenStream> {
    let union = cx.service.unions.iter().find(|u| u.name.rust == name)?;
    let ty = plain(name);
    let found = match &union.discriminator {
        Some(discriminator) => {
            let mut object = value.as_object()?.clone();
            let tag = object.remove(&discriminator.property);
            let variant = union
                .variants
                .iter()
                .find(|v| tag.as_ref().and_then(|t| t.as_str()) == Some(v.name.wire.as_str()));
            let inner = match &discriminator.envelope {
                Some(envelope) => object.remove(envelope)?,
                None => serde_json::Value::Object(object),
            };
            match variant.map(|v| (v, &v.kind)) {
                Some((variant, VariantKind::Type(variant_ty))) => {
                    let inner = typed_value(cx, variant_ty, &inner, imports)?;
                    let variant = plain(&variant.name.rust);
                    quote!(#ty::#variant(#inner))
                }
                _ => {
                    let text = value.to_string();
                    let other = plain(OTHER_VARIANT);
                    quote!(#ty::#other(#text.parse()?))
                }
            }
        }
        None => union.reading_order().find_map(|variant| {
            let name = plain(&variant.name.rust);
            match &variant.kind {
                VariantKind::Literal(literal) => literal.matches(value).then(|| quote!(#ty::#name)),
                VariantKind::Type(variant_ty) => {
                    // As the client reads it: a struct only when it declares every member.
                    if let (Some(members), Some(object)) = (
                        super::unions::struct_members(cx, variant_ty),
                        value.as_object(),
                    ) && object.keys().any(|key| !members.contains(key))
                    {
                        return None;
                    }
                    let mut scratch = imports.clone();
                    let inner = typed_value(cx, variant_ty, value, &mut scratch)?;
                    *imports = scratch;
                    Some(quote!(#ty::#name(#inner)))
                }
            }
        })?,
    };
    imports.push(ty);
    Some(found)
}

fn field_value(
    cx: &Context<'_>,
    field: &Field,
    value: Option<&serde_json::Value>,
    imports: &mut Vec<proc_macro2::Ident>,
) -> Option<TokenStream> {
    // The same shapes as the generated fields: collections are empty rather than `None`.
    let empty = match field.ty {
        Type::List(_) | Type::Scalar(Scalar::EmailList) => Some(quote!(Vec::new())),
        Type::Map(_) => Some(quote!(::std::collections::BTreeMap::new())),
        _ => None,
    };
    if field.explicit_null {
        let patch = plain("Patch");
        imports.push(patch.clone());
        return match value {
            None => Some(quote!(#patch::Absent)),
            Some(serde_json::Value::Null) => Some(quote!(#patch::Null)),
            Some(value) => {
                let inner = typed_value(cx, &field.ty, value, imports)?;
                let inner = if field.boxed {
                    quote!(Box::new(#inner))
                } else {
                    inner
                };
                Some(quote!(#patch::Value(#inner)))
            }
        };
    }
    let bare = !field.nullable && (field.always_present() || empty.is_some());
    // A read-only member is never sent: a request's example leaves it out.
    let value = value.filter(|_| !field.read_only);
    match value {
        // The spec's default, as a response that leaves it out reads.
        None if field.default.is_some() => super::defaults::value(cx.service, field),
        None if field.always_present() => None,
        None => Some(empty.filter(|_| bare).unwrap_or_else(|| quote!(None))),
        Some(serde_json::Value::Null) if !bare => Some(quote!(None)),
        Some(value) => {
            // A delimited list's string, as the list of its elements.
            let split = field
                .delimiter
                .zip(value.as_str())
                .map(|(delimiter, text)| {
                    serde_json::Value::Array(
                        delimiter.split(text).into_iter().map(Into::into).collect(),
                    )
                });
            let value = split.as_ref().unwrap_or(value);
            let inner = typed_value(cx, &field.ty, value, imports)?;
            let inner = if field.boxed {
                quote!(Box::new(#inner))
            } else {
                inner
            };
            Some(if bare { inner } else { quote!(Some(#inner)) })
        }
    }
}

fn typed_value(
    cx: &Context<'_>,
    ty: &Type,
    value: &serde_json::Value,
    imports: &mut Vec<proc_macro2::Ident>,
) -> Option<TokenStream> {
    match ty {
        Type::Struct(name) => struct_value(cx, name, value, imports),
        Type::Polymorphic(name) => polymorphic_value(cx, name, value, imports),
        Type::Union(name) => union_value(cx, name, value, imports),
        Type::Nullable(_) if value.is_null() => Some(quote!(None)),
        Type::Nullable(item) => {
            let inner = typed_value(cx, item, value, imports)?;
            Some(quote!(Some(#inner)))
        }
        Type::List(item) => {
            let items = value
                .as_array()?
                .iter()
                .map(|element| typed_value(cx, item, element, imports))
                .collect::<Option<Vec<_>>>()?;
            Some(quote!(Vec::from([#(#items),*])))
        }
        Type::Scalar(Scalar::String) => {
            let text = value.as_str()?;
            Some(quote!(#text.to_owned()))
        }
        Type::Scalar(Scalar::Quoted(natural)) => {
            // The value as its scalar writes it unquoted: `"42"` is `42`, `"TRUE"` is `true`.
            let unquoted = match value {
                serde_json::Value::String(text) if **natural == Scalar::Boolean => {
                    serde_json::Value::Bool(text.trim().eq_ignore_ascii_case("true"))
                }
                serde_json::Value::String(text) => serde_json::from_str(text.trim()).ok()?,
                _ => value.clone(),
            };
            typed_value(cx, &Type::Scalar(**natural), &unquoted, imports)
        }
        Type::Scalar(scalar) if scalar.integer_range().is_some() => {
            let n = value
                .as_i64()
                .map(i128::from)
                .or_else(|| value.as_u64().map(i128::from))?;
            Some(integer_literal(n))
        }
        Type::Scalar(scalar @ (Scalar::Float32 | Scalar::Float64)) => {
            Some(float_literal(*scalar, value.as_f64()?))
        }
        Type::Scalar(Scalar::Boolean) => {
            let b = value.as_bool()?;
            Some(quote!(#b))
        }
        Type::Map(item) => {
            let entries = value
                .as_object()?
                .iter()
                .map(|(key, element)| {
                    let element = typed_value(cx, item, element, imports)?;
                    Some(quote!((#key.to_owned(), #element)))
                })
                .collect::<Option<Vec<_>>>()?;
            Some(quote!(::std::collections::BTreeMap::from([#(#entries),*])))
        }
        Type::Enum(name) => {
            let declared = cx.service.enums.iter().find(|e| e.name.rust == *name)?;
            // The value as the spec writes the enumeration's values.
            let text = match value {
                serde_json::Value::String(text) => text.clone(),
                serde_json::Value::Number(_) | serde_json::Value::Bool(_) => value.to_string(),
                _ => return None,
            };
            let same = |listed: &str| match declared.value_type {
                Scalar::String | Scalar::Boolean => listed.eq_ignore_ascii_case(&text),
                _ => listed.parse::<f64>().ok() == text.parse::<f64>().ok(),
            };
            let ty = plain(name);
            imports.push(ty.clone());
            let known = declared.values.iter().find(|v| v.spellings().any(same));
            Some(match known {
                Some(known) => {
                    let variant = plain(&known.name.rust);
                    quote!(#ty::#variant)
                }
                None if declared.value_type == Scalar::String && declared.extensible => {
                    quote!(#ty::Unknown(#text.to_owned()))
                }
                None => return None,
            })
        }
        Type::Scalar(Scalar::Json) => {
            let text = value.to_string();
            Some(quote!(#text.parse()?))
        }
        Type::Scalar(Scalar::EmailList) => {
            let items = value
                .as_str()?
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty());
            Some(quote!(Vec::from([#(#items.parse()?),*])))
        }
        // A form reads its own wire text: a string, or a number's JSON text.
        Type::Scalar(scalar) if scalar_form(*scalar).is_some() => {
            let form = scalar_form(*scalar);
            let text = match value {
                serde_json::Value::String(text) => text.clone(),
                serde_json::Value::Number(number) => number.to_string(),
                _ => return None,
            };
            Some(quote!(#form::parse(#text)?))
        }
        Type::Scalar(_) => {
            let text = value.as_str()?;
            Some(quote!(#text.parse()?))
        }
    }
}
