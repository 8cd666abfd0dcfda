//! The path template: literal segments and `{placeholder}`s bound to path parameters.

use super::*;

impl FilePass<'_> {
    pub(super) fn path_template(
        &mut self,
        template: &Spanned<String>,
        parameters: &[Parameter],
        file: &OperationFile,
    ) -> Option<Vec<PathSegment>> {
        let value = &template.value;
        let mut segments = Vec::new();
        let mut used = BTreeSet::new();
        let mut ok = true;
        if !value.starts_with('/') || value.contains(['?', '#']) {
            self.error(Code::InvalidPath, &template.referenced, "path", format!("`{value}` is not a path template"), "write the path from the root, without query string, e.g. `/api/publishers/{publisherId}/offers`");
            ok = false;
        }
        if value
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || crate::model::is_bidi_control(c))
        {
            self.error(Code::InvalidPath, &template.referenced, "path", "the path contains a space, a control character or a bidirectional control".into(), "write the path as it is sent, without spaces or line breaks, e.g. `/api/publishers/{publisherId}/offers`");
            ok = false;
        } else if value
            .split('/')
            .any(|segment| segment == "." || segment == "..")
        {
            self.error(
                Code::InvalidPath,
                &template.referenced,
                "path",
                "the path has a `.` or `..` segment, which URL normalization would remove".into(),
                "write the path without `.` and `..` segments",
            );
            ok = false;
        }
        let mut rest = value.as_str();
        while !rest.is_empty() {
            match rest.find(['{', '}']) {
                Some(start) if rest[start..].starts_with('{') => {
                    if start > 0 {
                        segments.push(PathSegment::Literal(rest[..start].to_string()));
                    }
                    let Some(len) = rest[start..].find('}') else {
                        self.error(
                            Code::InvalidPath,
                            &template.referenced,
                            "path",
                            format!("unclosed `{{` in `{value}`"),
                            "close the placeholder: `{name}`",
                        );
                        return None;
                    };
                    let placeholder = &rest[start + 1..start + len];
                    // Where `{placeholder}` is written, for the diagnostics about it.
                    let offset = value[..value.len() - rest.len() + start].chars().count();
                    let at = self.within(template, offset, placeholder.chars().count() + 2);
                    let preceded_by_slash = start > 0 && rest[..start].ends_with('/')
                        || start == 0
                            && segments.last().is_some_and(
                                |s| matches!(s, PathSegment::Literal(l) if l.ends_with('/')),
                            );
                    let after = &rest[start + len + 1..];
                    // Literal text may follow a placeholder in its segment (`{id}:export`).
                    let segment_rest = after.split('/').next().unwrap_or("");
                    if !preceded_by_slash || segment_rest.contains(['{', '}']) {
                        self.error_at(Code::InvalidPath, at.clone(), "path", format!("placeholder `{{{placeholder}}}` does not start a path segment, or shares it with another placeholder"), "a placeholder starts a path segment, right after a `/`; literal text may follow it: `/offers/{offerId}/cancel`, `/users/{id}:export`");
                        ok = false;
                    }
                    match parameters.iter().position(|p| {
                        p.location == ParameterLocation::Path && p.name.wire == placeholder
                    }) {
                        Some(index) => {
                            if !used.insert(index) {
                                self.error_at(
                                    Code::InvalidPath,
                                    at,
                                    "path",
                                    format!("placeholder `{{{placeholder}}}` is used twice"),
                                    "use each path parameter once",
                                );
                                ok = false;
                            }
                            segments.push(PathSegment::Parameter(index));
                        }
                        None => {
                            let declared: Vec<&str> = parameters
                                .iter()
                                .filter(|p| p.location == ParameterLocation::Path)
                                .map(|p| p.name.wire.as_str())
                                .collect();
                            let query = parameters.iter().any(|p| p.name.wire == placeholder);
                            let help = if query {
                                format!(
                                    "`{placeholder}` is declared with `in: query`; make it `in: path`"
                                )
                            } else {
                                match closest(placeholder, declared.iter().copied()) {
                                    Some(best) => {
                                        // The likely meant parameter is not reported unused too.
                                        if let Some(meant) = parameters.iter().position(|p| {
                                            p.location == ParameterLocation::Path
                                                && p.name.wire == best
                                        }) {
                                            used.insert(meant);
                                        }
                                        format!(
                                            "did you mean `{{{best}}}`? or declare `{placeholder}` under `parameters` with `in: path`"
                                        )
                                    }
                                    None => format!(
                                        "declare `{placeholder}` under `parameters` with `in: path`"
                                    ),
                                }
                            };
                            // A parameter that failed its own checks was already reported.
                            if !file
                                .parameters
                                .iter()
                                .any(|p| p.value.name.value == placeholder)
                                || query
                            {
                                self.error_at(
                                    Code::UndeclaredPathParameter,
                                    at,
                                    "path",
                                    format!(
                                        "path placeholder `{{{placeholder}}}` has no path parameter"
                                    ),
                                    &help,
                                );
                            }
                            ok = false;
                        }
                    }
                    rest = after;
                }
                Some(_) => {
                    self.error(
                        Code::InvalidPath,
                        &template.referenced,
                        "path",
                        format!("unmatched `}}` in `{value}`"),
                        "placeholders are written `{name}`",
                    );
                    return None;
                }
                None => {
                    segments.push(PathSegment::Literal(rest.to_string()));
                    rest = "";
                }
            }
        }
        for (index, parameter) in parameters.iter().enumerate() {
            if parameter.location == ParameterLocation::Path && !used.contains(&index) {
                let spanned = file
                    .parameters
                    .iter()
                    .enumerate()
                    .find(|(_, p)| p.value.name.value == parameter.name.wire);
                if let Some((spec_index, spanned)) = spanned {
                    self.error(
                        Code::UnusedPathParameter,
                        &spanned.value.name.referenced,
                        &format!("parameters[{spec_index}].name"),
                        format!(
                            "path parameter `{}` does not appear in the path `{value}`",
                            parameter.name.wire
                        ),
                        &format!(
                            "add `{{{}}}` to `path`, or make the parameter `in: query`",
                            parameter.name.wire
                        ),
                    );
                }
                ok = false;
            }
        }
        ok.then_some(segments)
    }
}
