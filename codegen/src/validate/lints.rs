//! Warnings (W-codes) about what validates but documents poorly: items without a
//! description (W0215). Texts without a translation (W0214) are found by [`FilePass::text`].

use super::*;

/// Warnings for the items that document the generated code but have no `description`: named
/// types, properties, enumeration values, inline request bodies and the request headers the
/// caller gives (W0215). Fixed and `auth` headers, whose value the generated code sets, need
/// none; parameters, response headers and rows cannot leave it out.
pub(super) fn undocumented(spec: &LoadedSpec) -> Diagnostics {
    let mut found = Diagnostics::default();
    let service = &spec.service_source.path;
    for (index, ty) in spec.service.types.iter().enumerate() {
        let ty = &ty.value;
        let path = format!("types[{index}]");
        if ty.description.is_none() {
            found.push(undocumented_item(
                service,
                &ty.name,
                &path,
                format!("type `{}`", ty.name.value),
            ));
        }
        if let Some(properties) = &ty.properties {
            undocumented_properties(
                service,
                properties,
                &format!("{path}.properties"),
                &mut found,
            );
        }
        for (value_index, value) in ty.values.iter().flatten().enumerate() {
            if value.value.description.is_none() {
                found.push(undocumented_item(
                    service,
                    &value.value.value,
                    &format!("{path}.values[{value_index}]"),
                    format!("value `{}` of `{}`", value.value.value.value, ty.name.value),
                ));
            }
        }
    }
    for (operation, source) in &spec.operations {
        let file = &source.path;
        for (index, header) in operation.headers.iter().enumerate() {
            let header = &header.value;
            let caller_supplied =
                header.ty.is_some() && header.value.is_none() && header.auth.is_none();
            if caller_supplied && header.description.is_none() {
                found.push(undocumented_item(
                    file,
                    &header.name,
                    &format!("headers[{index}]"),
                    format!("request header `{}`", header.name.value),
                ));
            }
        }
        if let Some(body) = &operation.request_body
            && let Some(properties) = &body.value.properties
        {
            if body.value.description.is_none() {
                let at = Location::of(file, &body.referenced);
                let rule = rules::Undocumented {
                    what: "the request body".to_string(),
                };
                found.push(rule.at(at).at_path("request-body"));
            }
            undocumented_properties(file, properties, "request-body.properties", &mut found);
        }
    }
    found
}

fn undocumented_properties(
    file: &Path,
    properties: &[Spanned<PropertySpec>],
    path: &str,
    found: &mut Diagnostics,
) {
    for (index, property) in properties.iter().enumerate() {
        let property = &property.value;
        let path = format!("{path}[{index}]");
        if property.description.is_none() {
            found.push(undocumented_item(
                file,
                &property.name,
                &path,
                format!("property `{}`", property.name.value),
            ));
        }
        if let Some(nested) = &property.properties {
            undocumented_properties(file, nested, &format!("{path}.properties"), found);
        }
    }
}

fn undocumented_item(file: &Path, name: &Spanned<String>, path: &str, what: String) -> Diagnostic {
    rules::Undocumented { what }
        .at(Location::of(file, &name.referenced))
        .at_path(path)
}
