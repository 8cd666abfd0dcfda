//! An operation file: its id, texts and method, and the parts checked by the other modules.

use super::*;

impl FilePass<'_> {
    pub(super) fn operation(
        &mut self,
        file: &OperationFile,
        types: &mut TypeTable,
        type_names: &mut NameSpace,
        operation_ids: &mut NameSpace,
    ) -> Option<Operation> {
        let id = self.ident(&file.id, "id", Case::Snake);
        let id_unique = id.as_ref().is_some_and(|id| {
            self.unique(operation_ids, id, &file.id.referenced, "id", "operation")
        });
        let type_prefix = id
            .as_ref()
            .map_or_else(String::new, |id| id.rust.to_upper_camel_case());
        // Of an id that collides, the types collide too: that is reported once, at the id.
        let [response_type, error_type] = ["response", "error"].map(|kind| {
            let rust = format!("{type_prefix}{}", kind.to_upper_camel_case());
            let made = format!("the {kind} enum of operation `{}`", file.id.value);
            id_unique
                .then(|| {
                    self.derived_type_name(&rust, &file.id.referenced, "id", &made, type_names)
                })
                .flatten()
        });
        let title = self.text(&file.title, "title");
        let summary = self.text(&file.summary, "summary");
        let description = self.text(&file.description, "description");
        let method = self.method(&file.method);

        // Arguments of the generated method share one namespace.
        // The request body argument is always called `body`.
        let mut arguments = NameSpace::reserving(&["body"]);
        let parameters = self.parameters(file, &mut arguments, types);
        let path = self.path_template(&file.path, &parameters, file);
        let headers = self.request_headers(file, &mut arguments);
        let body = file
            .request_body
            .as_ref()
            .and_then(|body| self.body(body, &type_prefix, types, type_names));
        if body.is_some() {
            let json = headers.iter().any(|h| {
                h.name.wire.eq_ignore_ascii_case("content-type")
                    && matches!(&h.value, HeaderValue::Fixed(value) if is_json_media_type(value))
            });
            // A Content-Type header that was refused (bad name, conflicting keys) is reported already.
            let refused_content_type = file.headers.iter().any(|h| {
                let wire = &h.value.name.value;
                to_ident(wire, Case::Snake).is_some_and(|name| name.rust == "content_type")
                    && !headers.iter().any(|kept| kept.name.wire == *wire)
            });
            if !json
                && !refused_content_type
                && let Some(body_spec) = &file.request_body
            {
                self.report(
                    &body_spec.referenced,
                    "request-body",
                    rules::BodyWithoutContentType {},
                );
            }
        }
        let (response_headers, refused) = self.response_headers(file);
        let declared = DeclaredHeaders {
            kept: &response_headers,
            refused: &refused,
        };
        let responses = self.responses(file, &declared, types);

        let id = id.filter(|_| id_unique)?;
        let method = method?;
        let idempotent = file
            .idempotent
            .as_ref()
            .map_or_else(|| method.is_idempotent(), |idempotent| idempotent.value);
        Some(Operation {
            id,
            response_type: response_type?.rust,
            error_type: error_type?.rust,
            title,
            summary,
            description,
            method,
            idempotent,
            path_template: file.path.value.clone(),
            path: path?,
            parameters,
            headers,
            body,
            response_headers,
            responses,
        })
    }

    pub(super) fn method(&mut self, method: &Spanned<String>) -> Option<Method> {
        let found = Method::ALL
            .iter()
            .find(|(name, _)| *name == method.value)
            .map(|(_, m)| *m);
        if found.is_none() {
            self.report(
                &method.referenced,
                "method",
                rules::UnknownMethod {
                    method: method.value.clone(),
                },
            );
        }
        found
    }
}
