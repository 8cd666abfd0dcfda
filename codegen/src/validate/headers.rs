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
                self.report(
                    &h.name.referenced,
                    &format!("{path}.name"),
                    rules::InvalidHeaderName {
                        name: h.name.value.clone(),
                        example: "If-Match",
                    },
                );
                continue;
            }
            if !seen.insert(h.name.value.to_ascii_lowercase()) {
                self.report(
                    &h.name.referenced,
                    &format!("{path}.name"),
                    rules::HeaderDeclaredTwice {
                        name: h.name.value.clone(),
                    },
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
                    self.report(
                        &h.name.referenced,
                        &path,
                        rules::HeaderNeedsOneSource {
                            name: h.name.value.clone(),
                        },
                    );
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
                self.report(
                    &referenced,
                    &format!("{path}.{key}"),
                    rules::CallerKeyOnFixedHeader {
                        key,
                        name: h.name.value.clone(),
                    },
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
            self.report(
                &h.name.referenced,
                &format!("{path}.name"),
                rules::AuthOnOtherHeader {
                    name: h.name.value.clone(),
                    expected,
                },
            );
            return None;
        }
        if !self.cx.has_auth {
            let at = h.auth.as_ref().map_or(h.name.referenced, |a| a.referenced);
            self.report(
                &at,
                &format!("{path}.auth"),
                rules::AuthWithoutServiceAuth {},
            );
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
        // `list<T>`: the elements' texts joined by `,`.
        let element = ty
            .value
            .trim()
            .strip_prefix("list<")
            .and_then(|rest| rest.strip_suffix('>'))
            .map(|inner| Spanned {
                value: inner.trim().to_owned(),
                ..ty.clone()
            });
        let list = element.is_some();
        let excluded: &[Scalar] = match list {
            true => &[Scalar::Json, Scalar::UrlReference, Scalar::EmailList],
            false => &[Scalar::Json, Scalar::UrlReference],
        };
        let ty = self.scalar(
            element.as_ref().unwrap_or(ty),
            &format!("{path}.type"),
            excluded,
        )?;
        let ty = self.scalar_with_encoding(ty, h.encoding.as_ref(), &format!("{path}.encoding"))?;
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
            match list {
                // Each element of the comma-separated example.
                true => {
                    for piece in example.value.split(',') {
                        let piece = Spanned {
                            value: piece.trim().to_owned(),
                            ..example.clone()
                        };
                        self.argument_value(&piece, ty, &format!("{path}.example"));
                    }
                }
                false => self.argument_value(example, ty, &format!("{path}.example")),
            }
        }
        let required = h.required.as_ref().is_some_and(|r| r.value);
        let generated = h.generated.as_ref().is_some_and(|generated| {
            self.generated_header(generated, ty, required, &h.name.value, path)
        });
        Some(HeaderValue::Caller {
            ty,
            list,
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
            self.report(
                &generated.referenced,
                &path,
                rules::UnknownGeneratedValue {
                    value: generated.value.clone(),
                },
            );
            return false;
        }
        if ty != Scalar::Guid {
            self.report(
                &generated.referenced,
                &path,
                rules::GeneratedHeaderNotGuid {
                    name: name.to_string(),
                    ty: ty.spec_name(),
                },
            );
            return false;
        }
        if required {
            self.report(
                &generated.referenced,
                &path,
                rules::GeneratedHeaderRequired {
                    name: name.to_string(),
                },
            );
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
            let ty = self
                .scalar(&h.ty, &format!("{path}.type"), &[Scalar::Json])
                .and_then(|ty| {
                    self.scalar_with_encoding(ty, h.encoding.as_ref(), &format!("{path}.encoding"))
                });
            let description = self.text(&h.description, &format!("{path}.description"));
            if !is_token(&h.name.value) {
                self.report(
                    &h.name.referenced,
                    &format!("{path}.name"),
                    rules::InvalidHeaderName {
                        name: h.name.value.clone(),
                        example: "Operation-Location",
                    },
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
                self.report(
                    &example.referenced,
                    &format!("{path}.example"),
                    rules::HeaderExampleNotOfItsType {
                        ty: ty.spec_name(),
                        problem: problem.to_string(),
                        hint: problem.help,
                    },
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
