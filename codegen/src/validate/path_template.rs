//! The path template: literal segments and `{placeholder}`s bound to path parameters. The
//! template is parsed by [`parse`] (tested below), then its placeholders are bound.

use super::*;

/// A piece of a path template.
#[derive(Debug, PartialEq, Eq)]
enum Piece<'t> {
    Literal(&'t str),
    /// `{name}`: where it is written (in characters from the start of the template), and
    /// whether it starts a path segment, right after a `/`, without another placeholder in
    /// that segment (literal text may follow it: `{id}:export`).
    Placeholder {
        name: &'t str,
        offset: usize,
        starts_segment: bool,
    },
}

/// Why a template does not parse past its last piece.
#[derive(Debug, PartialEq, Eq)]
enum Unbalanced {
    /// A `{` without its `}`.
    Unclosed,
    /// A `}` that closes nothing.
    Unmatched,
}

/// The pieces of `template` in order, up to the brace that does not balance, if any.
fn parse(template: &str) -> (Vec<Piece<'_>>, Option<Unbalanced>) {
    let mut pieces = Vec::new();
    let mut rest = template;
    while !rest.is_empty() {
        match rest.find(['{', '}']) {
            Some(start) if rest[start..].starts_with('{') => {
                if start > 0 {
                    pieces.push(Piece::Literal(&rest[..start]));
                }
                let Some(len) = rest[start..].find('}') else {
                    return (pieces, Some(Unbalanced::Unclosed));
                };
                let name = &rest[start + 1..start + len];
                let offset = template[..template.len() - rest.len() + start]
                    .chars()
                    .count();
                let after = &rest[start + len + 1..];
                let after_slash = start > 0 && rest[..start].ends_with('/');
                let segment_rest = after.split('/').next().unwrap_or("");
                pieces.push(Piece::Placeholder {
                    name,
                    offset,
                    starts_segment: after_slash && !segment_rest.contains(['{', '}']),
                });
                rest = after;
            }
            Some(_) => return (pieces, Some(Unbalanced::Unmatched)),
            None => {
                pieces.push(Piece::Literal(rest));
                rest = "";
            }
        }
    }
    (pieces, None)
}

impl FilePass<'_> {
    /// The segments of the operation's `path`, each placeholder bound to its path parameter;
    /// `None` when the template has errors (reported).
    pub(super) fn path_template(
        &mut self,
        template: &Spanned<String>,
        parameters: &[Parameter],
        file: &OperationFile,
    ) -> Option<Vec<PathSegment>> {
        let value = &template.value;
        let mut ok = self.template_form(template);
        let mut segments = Vec::new();
        let mut used = BTreeSet::new();
        let (pieces, unbalanced) = parse(value);
        for piece in pieces {
            let (name, offset, starts_segment) = match piece {
                Piece::Literal(literal) => {
                    segments.push(PathSegment::Literal(literal.to_string()));
                    continue;
                }
                Piece::Placeholder {
                    name,
                    offset,
                    starts_segment,
                } => (name, offset, starts_segment),
            };
            // Where `{name}` is written, for the diagnostics about it.
            let at = self.within(template, offset, name.chars().count() + 2);
            if !starts_segment {
                let rule = rules::PlaceholderNotAtSegmentStart {
                    name: name.to_string(),
                };
                self.report_at(at.clone(), "path", rule);
                ok = false;
            }
            match self.bind_placeholder(name, at, parameters, file, &mut used) {
                Some(index) => segments.push(PathSegment::Parameter(index)),
                None => ok = false,
            }
        }
        if let Some(unbalanced) = unbalanced {
            match unbalanced {
                Unbalanced::Unclosed => self.report(
                    &template.referenced,
                    "path",
                    rules::UnclosedBrace {
                        path: value.to_string(),
                    },
                ),
                Unbalanced::Unmatched => self.report(
                    &template.referenced,
                    "path",
                    rules::UnmatchedBrace {
                        path: value.to_string(),
                    },
                ),
            }
            return None;
        }
        ok &= self.unused_path_parameters(parameters, &used, file, value);
        ok.then_some(segments)
    }

    /// Whether the template is a path from the root without query, fragment, spaces, control
    /// characters or dot segments (each problem reported).
    fn template_form(&mut self, template: &Spanned<String>) -> bool {
        let value = &template.value;
        let mut ok = true;
        if !value.starts_with('/') || value.contains(['?', '#']) {
            self.report(
                &template.referenced,
                "path",
                rules::NotAPathTemplate {
                    path: value.clone(),
                },
            );
            ok = false;
        }
        if value
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || crate::model::is_bidi_control(c))
        {
            self.report(
                &template.referenced,
                "path",
                rules::PathWithSpaceOrControl {},
            );
            ok = false;
        } else if value
            .split('/')
            .any(|segment| segment == "." || segment == "..")
        {
            self.report(&template.referenced, "path", rules::PathWithDotSegment {});
            ok = false;
        }
        ok
    }

    /// The index of the path parameter `{name}` stands for, recorded in `used`; `None` when
    /// there is none or it is used twice (reported).
    fn bind_placeholder(
        &mut self,
        name: &str,
        at: Location,
        parameters: &[Parameter],
        file: &OperationFile,
        used: &mut BTreeSet<usize>,
    ) -> Option<usize> {
        let is_path = |p: &Parameter| p.location == ParameterLocation::Path;
        if let Some(index) = parameters
            .iter()
            .position(|p| is_path(p) && p.name.wire == name)
        {
            if used.insert(index) {
                return Some(index);
            }
            let rule = rules::PlaceholderUsedTwice {
                name: name.to_string(),
            };
            self.report_at(at, "path", rule);
            return None;
        }
        let query = parameters.iter().any(|p| p.name.wire == name);
        let best = if query {
            None
        } else {
            let declared = parameters
                .iter()
                .filter(|p| is_path(p))
                .map(|p| p.name.wire.as_str());
            let best = closest(name, declared);
            // The likely meant parameter is not reported unused too.
            if let Some(meant) = best.and_then(|best| {
                parameters
                    .iter()
                    .position(|p| is_path(p) && p.name.wire == best)
            }) {
                used.insert(meant);
            }
            best.map(str::to_string)
        };
        // A parameter that failed its own checks was already reported.
        if query || !file.parameters.iter().any(|p| p.value.name.value == name) {
            let rule = rules::UndeclaredPathParameter {
                name: name.to_string(),
                declared_in_query: query,
                best,
            };
            self.report_at(at, "path", rule);
        }
        None
    }

    /// Whether every path parameter appears in the path (each one that does not, reported).
    fn unused_path_parameters(
        &mut self,
        parameters: &[Parameter],
        used: &BTreeSet<usize>,
        file: &OperationFile,
        value: &str,
    ) -> bool {
        let mut ok = true;
        for (index, parameter) in parameters.iter().enumerate() {
            if parameter.location == ParameterLocation::Path && !used.contains(&index) {
                let spanned = file
                    .parameters
                    .iter()
                    .enumerate()
                    .find(|(_, p)| p.value.name.value == parameter.name.wire);
                if let Some((spec_index, spanned)) = spanned {
                    self.report(
                        &spanned.value.name.referenced,
                        &format!("parameters[{spec_index}].name"),
                        rules::UnusedPathParameter {
                            name: parameter.name.wire.clone(),
                            path: value.to_string(),
                        },
                    );
                }
                ok = false;
            }
        }
        ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholder(name: &str, offset: usize, starts_segment: bool) -> Piece<'_> {
        Piece::Placeholder {
            name,
            offset,
            starts_segment,
        }
    }

    #[test]
    fn templates_are_parsed_into_pieces() {
        let (pieces, unbalanced) = parse("/api/publishers/{publisherId}/offers/{offerId}:cancel");
        assert_eq!(unbalanced, None);
        assert_eq!(
            pieces,
            [
                Piece::Literal("/api/publishers/"),
                placeholder("publisherId", 16, true),
                Piece::Literal("/offers/"),
                placeholder("offerId", 37, true),
                Piece::Literal(":cancel"),
            ]
        );
    }

    #[test]
    fn placeholders_must_start_their_segment_alone() {
        let (pieces, _) = parse("/a{b}/{c}{d}/{é}");
        assert_eq!(
            pieces,
            [
                Piece::Literal("/a"),
                placeholder("b", 2, false),
                Piece::Literal("/"),
                placeholder("c", 6, false),
                placeholder("d", 9, false),
                Piece::Literal("/"),
                // Offsets count characters, not bytes.
                placeholder("é", 13, true),
            ]
        );
        assert_eq!(parse("{a}").0, [placeholder("a", 0, false)]);
    }

    #[test]
    fn unbalanced_braces_end_the_parse() {
        let (pieces, unbalanced) = parse("/a/{b}/{c");
        assert_eq!(unbalanced, Some(Unbalanced::Unclosed));
        assert_eq!(
            pieces,
            [
                Piece::Literal("/a/"),
                placeholder("b", 3, true),
                Piece::Literal("/")
            ]
        );
        assert_eq!(parse("/a}/b").1, Some(Unbalanced::Unmatched));
        assert_eq!(parse("/a}/b").0, []);
    }
}
