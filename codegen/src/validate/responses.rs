//! The status table: codes, classes and ranges, kinds, rows' headers and bodies.

use super::*;
use crate::diagnostics::catalogue::StatusCodeProblem;

/// The response headers of an operation: those declared and kept, and the lowercase names of
/// those declared but refused (and reported), which rows may name without a further error.
pub(super) struct DeclaredHeaders<'h> {
    pub(super) kept: &'h [ResponseHeader],
    pub(super) refused: &'h BTreeSet<String>,
}

impl FilePass<'_> {
    /// The status table.
    pub(super) fn responses(
        &mut self,
        file: &OperationFile,
        declared: &DeclaredHeaders<'_>,
        types: &TypeTable,
    ) -> Vec<Response> {
        let mut responses = Vec::new();
        // The codes listed so far, where, and for which row.
        let mut codes: Vec<(StatusCode, Location, usize)> = Vec::new();
        // The variant every error enum has, and the one whose predicate would be
        // `is_retryable`.
        let mut variants = NameSpace::reserving(&crate::model::RESERVED_VARIANTS);
        if file.responses.is_empty() {
            let location = Location::file(&self.source.path);
            self.report_at(location, "responses", rules::NoResponses {});
        }
        for (index, spanned) in file.responses.iter().enumerate() {
            let row = self.row(
                &spanned.value,
                index,
                &mut codes,
                &mut variants,
                declared,
                types,
            );
            responses.extend(row);
        }
        self.unreachable_rows(file, &codes);
        if !file.responses.is_empty()
            && !file
                .responses
                .iter()
                .any(|r| r.value.kind.value == "success")
        {
            self.report(
                &file.responses[0].referenced,
                "responses",
                rules::NoSuccessRow {},
            );
        }
        responses
    }

    /// One row of the status table; `None` when it has errors (reported).
    fn row(
        &mut self,
        r: &crate::load::ResponseSpec,
        index: usize,
        codes: &mut Vec<(StatusCode, Location, usize)>,
        variants: &mut NameSpace,
        declared: &DeclaredHeaders<'_>,
        types: &TypeTable,
    ) -> Option<Response> {
        let path = format!("responses[{index}]");
        let code = match read_status_code(&r.code.value) {
            Ok(code) => self.listed_once(code, &r.code, index, codes, &path),
            Err(problem) => {
                self.report(
                    &r.code.referenced,
                    &format!("{path}.code"),
                    rules::InvalidStatusCode { problem },
                );
                None
            }
        };
        let kind = self.row_kind(&r.kind, &path);
        let description = self.text(&r.description, &format!("{path}.description"));
        let variant = self.ident(&r.name, &format!("{path}.name"), Case::Pascal);
        let variant_unique = variant.as_ref().is_some_and(|v| {
            self.unique(
                variants,
                v,
                &r.name.referenced,
                &format!("{path}.name"),
                "response",
            )
        });
        let headers = self.row_headers(r, &path, declared);
        let body = self.row_body(r, &path, types);
        let (Some(code), Some(kind), Some(variant), true) = (code, kind, variant, variant_unique)
        else {
            return None;
        };
        self.success_code(r, &path, code, kind);
        Some(Response {
            code,
            variant,
            kind,
            description,
            headers,
            body,
            example: r.example.as_ref().map(|e| e.value.clone()),
            // Resolved once every operation is known (`long_running`).
            long_running: None,
        })
    }

    /// A row's `kind`: `success` or `error`.
    fn row_kind(&mut self, kind: &Spanned<String>, path: &str) -> Option<ResponseKind> {
        match kind.value.as_str() {
            "success" => Some(ResponseKind::Success),
            "error" => Some(ResponseKind::Error),
            other => {
                self.report(
                    &kind.referenced,
                    &format!("{path}.kind"),
                    rules::UnknownResponseKind {
                        kind: other.to_string(),
                    },
                );
                None
            }
        }
    }

    /// The indices of the response headers a row lists.
    fn row_headers(
        &mut self,
        r: &crate::load::ResponseSpec,
        path: &str,
        declared: &DeclaredHeaders<'_>,
    ) -> Vec<usize> {
        let mut headers = Vec::new();
        for (header_index, header) in r.headers.iter().enumerate() {
            match declared
                .kept
                .iter()
                .position(|h| h.name.wire.eq_ignore_ascii_case(&header.value))
            {
                Some(position) if headers.contains(&position) => {
                    self.report(
                        &header.referenced,
                        &format!("{path}.headers[{header_index}]"),
                        rules::HeaderListedTwiceInRow {
                            name: header.value.clone(),
                        },
                    );
                }
                Some(position) => headers.push(position),
                // Declared, but refused (and reported) there: naming it is no further error.
                None if declared
                    .refused
                    .contains(&header.value.to_ascii_lowercase()) => {}
                None => {
                    let declared = declared.kept.iter().map(|h| h.name.wire.clone()).collect();
                    self.report(
                        &header.referenced,
                        &format!("{path}.headers[{header_index}]"),
                        rules::UndeclaredResponseHeader {
                            name: header.value.clone(),
                            declared,
                        },
                    );
                }
            }
        }
        headers
    }

    /// A row's body type, and its example checked against it.
    fn row_body(
        &mut self,
        r: &crate::load::ResponseSpec,
        path: &str,
        types: &TypeTable,
    ) -> Option<Type> {
        let body = r.body.as_ref().and_then(|body| {
            let ty = self.type_reference(body, &format!("{path}.body"), types)?;
            let ty = self.with_encoding(ty, r.encoding.as_ref(), &format!("{path}.encoding"))?;
            match misplaced_scalar(&ty, false) {
                Some(scalar) => {
                    self.misplaced(scalar, body, &format!("{path}.body"));
                    None
                }
                None => Some(ty),
            }
        });
        match (&r.example, &body, &r.body) {
            (Some(example), Some(ty), _) => {
                self.example(example, ty, types, &format!("{path}.example"));
            }
            (Some(example), None, None) => self.report(
                &example.referenced,
                &format!("{path}.example"),
                rules::ExampleWithoutBody {},
            ),
            _ => {}
        }
        body
    }

    /// A success row has one status below 400.
    fn success_code(
        &mut self,
        r: &crate::load::ResponseSpec,
        path: &str,
        code: StatusCode,
        kind: ResponseKind,
    ) {
        match code {
            StatusCode::Code(code)
                if kind == ResponseKind::Success && !(100..=399).contains(&code) =>
            {
                self.report(
                    &r.kind.referenced,
                    &format!("{path}.kind"),
                    rules::SuccessWithErrorStatus { code },
                );
            }
            StatusCode::Range(..) | StatusCode::Default if kind == ResponseKind::Success => {
                self.report(
                    &r.code.referenced,
                    &format!("{path}.code"),
                    rules::SuccessWithSeveralStatuses { code },
                );
            }
            _ => {}
        }
    }

    /// Records a row's code, unless a row lists it already (or, for a range, one that
    /// overlaps it without one containing the other): E0208.
    pub(super) fn listed_once(
        &mut self,
        code: StatusCode,
        written: &Spanned<StatusCodeSpec>,
        row: usize,
        codes: &mut Vec<(StatusCode, Location, usize)>,
        path: &str,
    ) -> Option<StatusCode> {
        let clash = codes.iter().find_map(|(listed, at, _)| {
            if *listed == code {
                let rule = rules::StatusListedTwice {
                    code,
                    written: written.value.to_string(),
                    first: at.clone(),
                };
                return Some(rule.at(self.at(&written.referenced)));
            }
            match (code, *listed) {
                (StatusCode::Range(low, high), StatusCode::Range(other_low, other_high))
                    if low <= other_high
                        && other_low <= high
                        && !(low >= other_low && high <= other_high)
                        && !(other_low >= low && other_high <= high) =>
                {
                    Some(
                        rules::StatusRangesOverlap {
                            code,
                            listed: *listed,
                            at: at.clone(),
                        }
                        .at(self.at(&written.referenced)),
                    )
                }
                _ => None,
            }
        });
        match clash {
            Some(diagnostic) => {
                self.diagnostics
                    .push(diagnostic.at_path(format!("{path}.code")));
                None
            }
            None => {
                codes.push((code, self.at(&written.referenced), row));
                Some(code)
            }
        }
    }

    /// A range whose every code has a row of higher precedence is never matched: E0208.
    pub(super) fn unreachable_rows(
        &mut self,
        file: &OperationFile,
        codes: &[(StatusCode, Location, usize)],
    ) {
        let listed: Vec<StatusCode> = codes.iter().map(|(code, _, _)| *code).collect();
        for (index, (code, _, row)) in codes.iter().enumerate() {
            let StatusCode::Range(low, high) = *code else {
                continue;
            };
            if (low..=high).any(|status| StatusCode::select(&listed, status) == Some(index)) {
                continue;
            }
            let written = &file.responses[*row].value.code;
            self.report(
                &written.referenced,
                &format!("responses[{row}].code"),
                rules::StatusRangeNeverRead { code: *code },
            );
        }
    }
}

/// Reads a row's `code`: its statuses, or why it is none (E0207).
pub(super) fn read_status_code(spec: &StatusCodeSpec) -> Result<StatusCode, StatusCodeProblem> {
    let exact = |code: i64| match u16::try_from(code) {
        Ok(code) if (100..=599).contains(&code) => Ok(StatusCode::Code(code)),
        _ => Err(StatusCodeProblem::Outside(code)),
    };
    let text = match spec {
        StatusCodeSpec::Number(code) => return exact(*code),
        StatusCodeSpec::Text(text) => text.as_str(),
    };
    let is_number = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    if text == "default" {
        return Ok(StatusCode::Default);
    }
    if is_number(text)
        && let Ok(code) = text.parse::<i64>()
    {
        return exact(code);
    }
    // A class: `4XX`.
    if let [class @ b'0'..=b'9', x, y] = text.as_bytes()
        && x.eq_ignore_ascii_case(&b'X')
        && y.eq_ignore_ascii_case(&b'X')
    {
        let class = u16::from(class - b'0');
        if *x != b'X' || *y != b'X' {
            return Err(StatusCodeProblem::LowercaseClass {
                text: text.to_string(),
                class,
            });
        }
        if !(1..=5).contains(&class) {
            return Err(StatusCodeProblem::ClassOutside(text.to_string()));
        }
        return Ok(StatusCode::Range(class * 100, class * 100 + 99));
    }
    // A range: `494-499`.
    if let Some((low_text, high_text)) = text.split_once('-')
        && is_number(low_text.trim())
        && is_number(high_text.trim())
    {
        let (low, high) = (
            low_text.trim().parse::<i64>().unwrap_or(i64::MAX),
            high_text.trim().parse::<i64>().unwrap_or(i64::MAX),
        );
        let text = text.to_string();
        let problem = if low_text.trim() != low_text || high_text.trim() != high_text {
            Some(StatusCodeProblem::RangeWithSpaces { text, low, high })
        } else if !(100..=599).contains(&low) || !(100..=599).contains(&high) {
            Some(StatusCodeProblem::RangeOutside(text))
        } else if low == high {
            Some(StatusCodeProblem::SingleCodeRange { text, code: low })
        } else if low > high {
            Some(StatusCodeProblem::ReversedRange { text, low, high })
        } else {
            None
        };
        return match (problem, u16::try_from(low), u16::try_from(high)) {
            (None, Ok(low), Ok(high)) => Ok(StatusCode::Range(low, high)),
            (Some(problem), _, _) => Err(problem),
            _ => Err(StatusCodeProblem::Outside(low)),
        };
    }
    Err(StatusCodeProblem::NotAStatus(text.to_string()))
}
