//! Request headers (fixed, credentials, caller-supplied) and response headers.

use super::*;

impl FilePass<'_> {
    pub(super) fn request_headers(
        &mut self,
        file: &OperationFile,
        arguments: &mut NameSpace,
    ) -> Vec<RequestHeader> {
        let mut headers = Vec::new();
        let mut seen = BTreeSet::new();
        for (index, spanned) in file.headers.iter().enumerate() {
            let h = &spanned.value;
            let path = format!("headers[{index}]");
            if !is_token(&h.name.value) {
                self.error(
                    Code::InvalidName,
                    &h.name.referenced,
                    &format!("{path}.name"),
                    format!("`{}` is not a valid header name", h.name.value),
                    "header names are letters, digits and `-`, e.g. `If-Match`",
                );
                continue;
            }
            if !seen.insert(h.name.value.to_ascii_lowercase()) {
                self.error(
                    Code::NameCollision,
                    &h.name.referenced,
                    &format!("{path}.name"),
                    format!("header `{}` is declared twice", h.name.value),
                    "remove one of them",
                );
                continue;
            }
            let description = self.optional_text(&h.description, &format!("{path}.description"));
            let auth = h.auth.as_ref().is_some_and(|a| a.value);
            self.caller_keys(h, &path);
            let value = match (&h.value, auth, &h.ty) {
                (Some(value), false, None) => {
                    self.header_or_query_value(value, &format!("{path}.value"));
                    HeaderValue::Fixed(value.value.clone())
                }
                (None, true, None) => match self.auth_header_value(h, &path) {
                    Some(value) => value,
                    None => continue,
                },
                (None, false, Some(ty)) => {
                    match self.caller_header_value(h, ty, &path, arguments) {
                        Some(value) => value,
                        None => continue,
                    }
                }
                _ => {
                    self.error(Code::Conflict, &h.name.referenced, &path, format!("header `{}` needs exactly one of `value`, `auth: true` or `type`", h.name.value), "`value` for a fixed value, `auth: true` for the token, `type` for a value the caller passes");
                    continue;
                }
            };
            let name = to_ident(&h.name.value, Case::Snake).unwrap_or_else(|| Name {
                wire: h.name.value.clone(),
                rust: String::new(),
                raw: false,
            });
            headers.push(RequestHeader {
                name,
                value,
                description,
            });
        }
        headers
    }

    /// Keys that describe the caller's argument, on a header the caller does not give.
    fn caller_keys(&mut self, h: &crate::load::RequestHeaderSpec, path: &str) {
        // Keys that describe the caller's argument, on a header the caller does not give.
        let caller_keys = [
            ("required", h.required.as_ref().map(|r| r.referenced)),
            ("example", h.example.as_ref().map(|e| e.referenced)),
        ];
        let caller_keys = caller_keys
            .into_iter()
            .chain([("generated", h.generated.as_ref().map(|g| g.referenced))]);
        for (key, referenced) in caller_keys {
            if let (None, Some(referenced)) = (&h.ty, referenced) {
                self.error(
                    Code::Conflict,
                    &referenced,
                    &format!("{path}.{key}"),
                    format!("`{key}` on `{}`, whose value the caller does not give", h.name.value),
                    &format!("remove `{key}`: it applies only to headers with a `type`, which the caller passes"),
                );
            }
        }
    }

    /// An `auth: true` header, which must be the one the service's credentials travel in.
    fn auth_header_value(
        &mut self,
        h: &crate::load::RequestHeaderSpec,
        path: &str,
    ) -> Option<HeaderValue> {
        let expected = self
            .cx
            .auth_header
            .clone()
            .unwrap_or_else(|| "Authorization".into());
        // An `api-key` service without its header is reported at the service.
        if self.cx.has_auth && !expected.is_empty() && !h.name.value.eq_ignore_ascii_case(&expected)
        {
            let message = if expected == "Authorization" {
                format!(
                    "`auth: true` on `{}`: bearer tokens travel in `Authorization`",
                    h.name.value
                )
            } else {
                format!(
                    "`auth: true` on `{}`: the service's API key travels in `{expected}`",
                    h.name.value
                )
            };
            self.error(
                Code::InvalidValue,
                &h.name.referenced,
                &format!("{path}.name"),
                message,
                &format!("name the header `{expected}`, as `service.auth` says"),
            );
            return None;
        }
        if !self.cx.has_auth {
            let at = h.auth.as_ref().map_or(h.name.referenced, |a| a.referenced);
            self.error(Code::Conflict, &at, &format!("{path}.auth"), "`auth: true`, but the service declares no `auth`".into(), "add `auth:` with `scheme: bearer` to the service file, or give the header a `value`");
            return None;
        }
        Some(HeaderValue::Auth)
    }

    /// A header the caller gives, of a scalar type.
    fn caller_header_value(
        &mut self,
        h: &crate::load::RequestHeaderSpec,
        ty: &Spanned<String>,
        path: &str,
        arguments: &mut NameSpace,
    ) -> Option<HeaderValue> {
        let ty = self.scalar(
            ty,
            &format!("{path}.type"),
            &[Scalar::Json, Scalar::UrlReference],
        )?;
        let name = self.ident(&h.name, &format!("{path}.name"), Case::Snake)?;
        if !self.unique(
            arguments,
            &name,
            &h.name.referenced,
            &format!("{path}.name"),
            "header",
        ) {
            return None;
        }
        if let Some(example) = &h.example {
            self.argument_value(example, ty, &format!("{path}.example"));
        }
        let required = h.required.as_ref().is_some_and(|r| r.value);
        let generated = h.generated.as_ref().is_some_and(|generated| {
            self.generated_header(generated, ty, required, &h.name.value, path)
        });
        Some(HeaderValue::Caller {
            ty,
            required,
            example: h.example.as_ref().map(|e| e.value.clone()),
            generated,
        })
    }

    /// Checks `generated:` on a caller header of type `ty`; whether the client generates it.
    pub(super) fn generated_header(
        &mut self,
        generated: &Spanned<String>,
        ty: Scalar,
        required: bool,
        name: &str,
        path: &str,
    ) -> bool {
        let path = format!("{path}.generated");
        if generated.value != "uuid" {
            let help = did_you_mean(
                closest(&generated.value, ["uuid"]),
                " it is the only generated value",
                "write `generated: uuid`, the only generated value".to_string(),
            );
            self.error(
                Code::InvalidValue,
                &generated.referenced,
                &path,
                format!("unknown generated value `{}`", generated.value),
                &help,
            );
            return false;
        }
        if ty != Scalar::Guid {
            self.error(
                Code::Conflict,
                &generated.referenced,
                &path,
                format!(
                    "header `{name}` is generated as a UUID, but its type is `{}`",
                    ty.spec_name()
                ),
                "give the header `type: guid`",
            );
            return false;
        }
        if required {
            self.error(Code::Conflict, &generated.referenced, &path, format!("header `{name}` is both `required` and `generated`"), "remove `required: true`: the client generates the value when the caller gives none");
            return false;
        }
        true
    }

    pub(super) fn response_headers(
        &mut self,
        file: &OperationFile,
    ) -> (Vec<ResponseHeader>, BTreeSet<String>) {
        let mut headers = Vec::new();
        // Declared, but refused: a row may name them without a further error.
        let mut refused = BTreeSet::new();
        // Fields every response variant may have besides its headers.
        let mut names = NameSpace::reserving(&["body", "response"]);
        for (index, spanned) in file.response_headers.iter().enumerate() {
            let h = &spanned.value;
            let path = format!("response-headers[{index}]");
            let ty = self.scalar(&h.ty, &format!("{path}.type"), &[Scalar::Json]);
            let description = self.text(&h.description, &format!("{path}.description"));
            if !is_token(&h.name.value) {
                self.error(
                    Code::InvalidName,
                    &h.name.referenced,
                    &format!("{path}.name"),
                    format!("`{}` is not a valid header name", h.name.value),
                    "header names are letters, digits and `-`, e.g. `Operation-Location`",
                );
                refused.insert(h.name.value.to_ascii_lowercase());
                continue;
            }
            let Some(name) = self.ident(&h.name, &format!("{path}.name"), Case::Snake) else {
                refused.insert(h.name.value.to_ascii_lowercase());
                continue;
            };
            if !self.unique(
                &mut names,
                &name,
                &h.name.referenced,
                &format!("{path}.name"),
                "response header",
            ) {
                refused.insert(h.name.value.to_ascii_lowercase());
                continue;
            }
            if let (Some(example), Some(ty)) = (&h.example, ty)
                && let Err(problem) = check_scalar_text(&example.value, ty)
            {
                self.error(
                    Code::InvalidExample,
                    &example.referenced,
                    &format!("{path}.example"),
                    format!("the example is not a valid {}: {problem}", ty.spec_name()),
                    problem
                        .help
                        .unwrap_or("give an example of the declared type"),
                );
            }
            let Some(ty) = ty else {
                refused.insert(h.name.value.to_ascii_lowercase());
                continue;
            };
            headers.push(ResponseHeader {
                name,
                ty,
                description,
                example: h.example.as_ref().map(|e| e.value.clone()),
            });
        }
        (headers, refused)
    }
}
