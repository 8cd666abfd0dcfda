//! Long-running rows, resolved once every operation is known. Each row's declaration is
//! read in steps: the location header ([`location`]), the status operation and its states
//! ([`status`]), the cancel operation and the final result ([`result`]).

use super::*;

mod location;
mod result;
mod status;

/// What the references across operations are resolved against.
pub(in crate::validate) struct Known<'a> {
    /// The operations whose files validated.
    pub(in crate::validate) operations: &'a [Operation],
    pub(in crate::validate) types: &'a TypeTable,
    /// The ids of the operations whose files have errors, which are not resolved.
    pub(in crate::validate) invalid: &'a BTreeSet<String>,
}

impl FilePass<'_> {
    /// Resolves the `long-running:` declarations of an operation's rows.
    pub(super) fn long_running(
        &mut self,
        file: &OperationFile,
        operations: &mut [Operation],
        types: &TypeTable,
        invalid: &BTreeSet<String>,
    ) {
        let Some(index) = operations.iter().position(|op| op.id.wire == file.id.value) else {
            return;
        };
        let several = file
            .responses
            .iter()
            .filter(|r| r.value.long_running.is_some())
            .count()
            > 1;
        for (row_index, row) in file.responses.iter().enumerate() {
            let Some(spec) = &row.value.long_running else {
                continue;
            };
            let path = format!("responses[{row_index}].long-running");
            if row.value.kind.value != "success" {
                self.report(&spec.referenced, &path, rules::LongRunningOnErrorRow {});
                continue;
            }
            // A row whose code is invalid is reported, and not in the model.
            let Ok(code) = read_status_code(&row.value.code.value) else {
                continue;
            };
            let method = &operations[index].id.rust;
            let poller = match operations[index].responses.iter().find(|r| r.code == code) {
                Some(target) if several => {
                    format!("{method}_{}_poller", target.variant.rust.to_snake_case())
                }
                _ => format!("{method}_poller"),
            };
            if let Some(other) = operations.iter().find(|op| op.id.rust == poller) {
                let rule = rules::PollerNameTaken {
                    poller,
                    operation: other.id.wire.clone(),
                };
                self.report(&spec.referenced, &path, rule);
                continue;
            }
            let known = Known {
                operations,
                types,
                invalid,
            };
            if let Some(resolved) =
                self.resolve_long_running(&spec.value, &path, (index, code), poller, &known, file)
                && let Some(target) = operations[index]
                    .responses
                    .iter_mut()
                    .find(|r| r.code == code)
            {
                target.long_running = Some(resolved);
            }
        }
    }

    fn resolve_long_running(
        &mut self,
        spec: &crate::load::LongRunningSpec,
        path: &str,
        (index, code): (usize, StatusCode),
        poller: String,
        known: &Known<'_>,
        file: &OperationFile,
    ) -> Option<LongRunning> {
        let operation = &known.operations[index];
        let row = operation.responses.iter().find(|r| r.code == code)?;
        let location = self.location_header(spec, path, (operation, row), file);
        let status = self.status_operation(spec, path, known);
        // The status operation's success body, which holds the state (and maybe the result).
        let status_fields = status.and_then(|status| self.status_fields(spec, path, status, known));
        let state_type =
            status_fields.and_then(|fields| self.state_type(spec, path, fields, known.types));
        let states =
            |list, key, pass: &mut Self| pass.states(list, key, path, state_type.as_ref(), known);
        let succeeded = states(&spec.succeeded, "succeeded", self);
        let failed = states(&spec.failed, "failed", self);
        let canceled = states(&spec.canceled, "canceled", self);
        if succeeded.is_empty() || failed.is_empty() {
            self.report(
                &spec.status_property.referenced,
                path,
                rules::NoTerminalStates {},
            );
        }
        let cancel = spec
            .cancel_operation
            .as_ref()
            .and_then(|id| self.cancel_operation(id, path, operation, known));
        let result = match &spec.final_result {
            Some(final_result) => Some(self.final_result(
                final_result,
                &format!("{path}.final-result"),
                operation,
                status_fields,
                known,
            )?),
            None => None,
        };
        let status = status?;
        state_type?;
        Some(LongRunning {
            poller,
            location: location?,
            status_operation: status.id.rust.clone(),
            status_response: status.response_type.clone(),
            status_error: status.error_type.clone(),
            status_property: spec.status_property.value.clone(),
            succeeded,
            failed,
            canceled,
            cancel_operation: cancel,
            result,
        })
    }

    /// Reports an operation id that no operation has (E0220), with the closest id.
    fn unknown_operation(&mut self, id: &Spanned<String>, path: &str, known: &Known<'_>) {
        // An operation whose file has errors (reported already) is not in `operations`, and
        // one whose file did not load may have any id: naming them is no further error.
        if self.cx.operations_incomplete || known.invalid.contains(&id.value) {
            return;
        }
        let ids = known
            .operations
            .iter()
            .map(|op| op.id.wire.clone())
            .collect();
        self.report(
            &id.referenced,
            path,
            rules::UnknownOperation {
                id: id.value.clone(),
                ids,
            },
        );
    }
}

/// `the header `a``, `the headers `a`, `b``.
pub(in crate::validate) fn listed(what: &str, names: &[&str]) -> String {
    let names: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    let plural = if names.len() == 1 { "" } else { "s" };
    format!("the {what}{plural} {}", names.join(", "))
}

/// The path parameters of `target` that `operation` does not have with the same name and type.
pub(in crate::validate) fn missing_path_parameters<'a>(
    operation: &Operation,
    target: &'a Operation,
) -> Vec<&'a str> {
    target
        .parameters
        .iter()
        .filter(|p| {
            p.location == ParameterLocation::Path
                && !operation.parameters.iter().any(|own| {
                    own.location == ParameterLocation::Path
                        && own.name.wire == p.name.wire
                        && own.ty == p.ty
                })
        })
        .map(|p| p.name.wire.as_str())
        .collect()
}
