//! The request body: any type (an object, a list, a map, a scalar, an enum), or inline
//! properties.

use super::*;

impl FilePass<'_> {
    pub(super) fn body(
        &mut self,
        body: &Spanned<BodySpec>,
        type_prefix: &str,
        types: &mut TypeTable,
        type_names: &mut NameSpace,
    ) -> Option<Body> {
        let spec = &body.value;
        let description = self.optional_text(&spec.description, "request-body.description");
        let ty = match (&spec.ty, &spec.properties) {
            (Some(ty), None) => {
                let resolved = self.type_reference(ty, "request-body.type", types)?;
                let resolved =
                    self.with_encoding(resolved, spec.encoding.as_ref(), "request-body.encoding")?;
                if let Some(scalar) = misplaced_scalar(&resolved, false) {
                    self.misplaced(scalar, ty, "request-body.type");
                    return None;
                }
                resolved
            }
            (None, Some(properties)) => {
                let rust = self.derived_type_name(
                    &format!("{type_prefix}Request"),
                    &body.referenced,
                    "request-body",
                    "the struct of the request body",
                    type_names,
                )?;
                if let Some(encoding) = &spec.encoding {
                    // The properties have their own types: reported as not applying.
                    self.with_encoding(
                        Type::Struct(rust.rust.clone()),
                        Some(encoding),
                        "request-body.encoding",
                    );
                }
                let fields = self.fields(
                    properties,
                    &rust.rust,
                    "request-body.properties",
                    types,
                    type_names,
                );
                let example = spec.example.as_ref().map(|e| e.value.clone());
                types.structs.push(Struct {
                    name: rust.clone(),
                    description: description.clone(),
                    fields,
                    additional: None,
                    example,
                    inline: true,
                    tag: None,
                });
                Type::Struct(rust.rust)
            }
            _ => {
                self.report(
                    &body.referenced,
                    "request-body",
                    rules::BodyNeedsTypeOrProperties {},
                );
                return None;
            }
        };
        if let Some(example) = &spec.example {
            self.example(example, &ty, types, "request-body.example");
        }
        Some(Body {
            ty,
            description,
            required: spec.required.as_ref().is_none_or(|required| required.value),
            example: spec.example.as_ref().map(|e| e.value.clone()),
        })
    }
}
