//! The request body: a named object type or inline properties.

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
        let (ty, fields) = match (&spec.ty, &spec.properties) {
            (Some(ty), None) => {
                let name = match self.type_reference(ty, "request-body.type", types) {
                    Some(Type::Struct(name)) => name,
                    Some(_) => {
                        self.report(
                            &ty.referenced,
                            "request-body.type",
                            rules::BodyNotAnObject {
                                ty: ty.value.clone(),
                            },
                        );
                        return None;
                    }
                    None => return None,
                };
                let fields = types
                    .structs
                    .iter()
                    .find(|s| s.name.rust == name)
                    .map(|s| s.fields.clone())
                    .unwrap_or_default();
                (name, fields)
            }
            (None, Some(properties)) => {
                let rust = self.derived_type_name(
                    &format!("{type_prefix}Request"),
                    &body.referenced,
                    "request-body",
                    "the struct of the request body",
                    type_names,
                )?;
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
                    fields: fields.clone(),
                    example,
                    inline: true,
                });
                (rust.rust, fields)
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
        let _ = fields;
        if let Some(example) = &spec.example {
            self.example(
                example,
                &Type::Struct(ty.clone()),
                types,
                "request-body.example",
            );
        }
        Some(Body {
            ty,
            description,
            required: spec.required.as_ref().is_none_or(|required| required.value),
            example: spec.example.as_ref().map(|e| e.value.clone()),
        })
    }
}
