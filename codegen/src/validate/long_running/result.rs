//! The cancel operation and the final result of a long-running row.

use super::*;

impl FilePass<'_> {
    /// The method of `cancel-operation`, which must need no path parameter this operation lacks.
    pub(super) fn cancel_operation(
        &mut self,
        id: &Spanned<String>,
        path: &str,
        operation: &Operation,
        known: &Known<'_>,
    ) -> Option<String> {
        let Some(cancel) = known.operations.iter().find(|op| op.id.wire == id.value) else {
            self.unknown_operation(id, &format!("{path}.cancel-operation"), known);
            return None;
        };
        let missing = missing_path_parameters(operation, cancel);
        if !missing.is_empty() {
            self.report(
                &id.referenced,
                &format!("{path}.cancel-operation"),
                rules::CancelOperationNeedsMore {
                    id: id.value.clone(),
                    missing: missing.iter().map(|m| m.to_string()).collect(),
                },
            );
            return None;
        }
        Some(cancel.id.rust.clone())
    }

    /// Resolves `final-result:`: a property of the status body, or a `GET` operation that
    /// the poller can call with the starting operation's path parameters alone.
    pub(super) fn final_result(
        &mut self,
        spec: &Spanned<crate::load::FinalResultSpec>,
        path: &str,
        operation: &Operation,
        status_fields: Option<&[Field]>,
        known: &Known<'_>,
    ) -> Option<FinalResult> {
        match (&spec.value.property, &spec.value.operation) {
            (Some(property), None) => self.final_property(property, path, status_fields),
            (None, Some(id)) => self.final_operation(id, path, operation, known),
            (property, _) => {
                if property.is_some() {
                    self.report(&spec.referenced, path, rules::FinalResultBoth {});
                } else {
                    self.report(&spec.referenced, path, rules::FinalResultNeither {});
                }
                None
            }
        }
    }

    /// `final-result: property`: a property of the status operation's success body.
    fn final_property(
        &mut self,
        property: &Spanned<String>,
        path: &str,
        status_fields: Option<&[Field]>,
    ) -> Option<FinalResult> {
        // Without the status body (reported), the property cannot be checked.
        let fields = status_fields?;
        let Some(field) = fields.iter().find(|f| f.name.wire == property.value) else {
            self.report(
                &property.referenced,
                &format!("{path}.property"),
                rules::UnknownStatusProperty {
                    property: property.value.clone(),
                    properties: fields.iter().map(|f| f.name.wire.clone()).collect(),
                },
            );
            return None;
        };
        Some(FinalResult::Property {
            name: field.name.wire.clone(),
            ty: field.ty.clone(),
        })
    }

    /// `final-result: operation`: a `GET` the poller can call with the path parameters alone.
    fn final_operation(
        &mut self,
        id: &Spanned<String>,
        path: &str,
        operation: &Operation,
        known: &Known<'_>,
    ) -> Option<FinalResult> {
        let Some(target) = known.operations.iter().find(|op| op.id.wire == id.value) else {
            self.unknown_operation(id, &format!("{path}.operation"), known);
            return None;
        };
        let key_path = format!("{path}.operation");
        let problems = result_operation_problems(operation, target);
        if !problems.is_empty() {
            self.report(
                &id.referenced,
                &key_path,
                rules::ResultOperationCannotRead {
                    id: id.value.clone(),
                    problems: problems.iter().map(|p| p.to_string()).collect(),
                },
            );
            return None;
        }
        if let Some(clash) = target
            .parameters
            .iter()
            .find(|p| p.name.rust == "status_url")
        {
            self.report(
                &id.referenced,
                &key_path,
                rules::ResultParameterNamedStatusUrl {
                    parameter: clash.name.wire.clone(),
                    id: id.value.clone(),
                },
            );
            return None;
        }
        Some(FinalResult::Operation {
            method: target.id.rust.clone(),
            response: target.response_type.clone(),
            error: target.error_type.clone(),
        })
    }
}

/// Why `target` cannot read the result of `operation` (nothing when it can).
fn result_operation_problems(operation: &Operation, target: &Operation) -> Vec<String> {
    let mut problems = Vec::new();
    if target.method != Method::Get {
        problems.push(format!("it is a `{}`", target.method.as_str()));
    }
    if target.body.is_some() {
        problems.push("it has a request body".to_string());
    }
    let queries: Vec<&str> = target
        .parameters
        .iter()
        .filter(|p| p.location == ParameterLocation::Query && (p.required || p.constant.is_some()))
        .map(|p| p.name.wire.as_str())
        .collect();
    if !queries.is_empty() {
        problems.push(format!("it sends {}", listed("query parameter", &queries)));
    }
    let headers: Vec<&str> = target
        .headers
        .iter()
        .filter(|h| {
            matches!(
                h.value,
                HeaderValue::Fixed(_) | HeaderValue::Caller { required: true, .. }
            )
        })
        .map(|h| h.name.wire.as_str())
        .collect();
    if !headers.is_empty() {
        problems.push(format!("it sends {}", listed("header", &headers)));
    }
    let missing = missing_path_parameters(operation, target);
    if !missing.is_empty() {
        problems.push(format!(
            "it needs {}, which this operation does not have (of the same type)",
            listed("path parameter", &missing)
        ));
    }
    problems
}
