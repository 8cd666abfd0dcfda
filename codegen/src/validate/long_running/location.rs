//! The `location` of a long-running row: a URL header the row carries.

use super::*;

impl FilePass<'_> {
    /// The index of the row's response header named by `location`, which must be a URL.
    pub(super) fn location_header(
        &mut self,
        spec: &crate::load::LongRunningSpec,
        path: &str,
        (operation, row): (&Operation, &Response),
        file: &OperationFile,
    ) -> Option<usize> {
        let location = row.headers.iter().copied().find(|h| {
            operation
                .response_headers
                .get(*h)
                .is_some_and(|header| header.name.wire.eq_ignore_ascii_case(&spec.location.value))
        });
        match location {
            Some(location)
                if matches!(
                    operation.response_headers[location].ty,
                    Scalar::Url | Scalar::UrlReference
                ) =>
            {
                Some(location)
            }
            Some(_) => {
                self.report(
                    &spec.location.referenced,
                    &format!("{path}.location"),
                    rules::LocationNotAUrl {
                        name: spec.location.value.clone(),
                    },
                );
                None
            }
            // Declared, but refused (and reported) in `response-headers`.
            None if refused(&spec.location.value, operation, file) => None,
            None => {
                let carried = row
                    .headers
                    .iter()
                    .map(|h| operation.response_headers[*h].name.wire.clone())
                    .collect();
                self.report(
                    &spec.location.referenced,
                    &format!("{path}.location"),
                    rules::LocationNotCarried {
                        name: spec.location.value.clone(),
                        carried,
                    },
                );
                None
            }
        }
    }
}

/// Whether the operation file declares the header `name`, but it was refused (its name or its
/// type is an error, reported there).
fn refused(name: &str, operation: &Operation, file: &OperationFile) -> bool {
    let declared = |wire: &str| wire.eq_ignore_ascii_case(name);
    file.response_headers
        .iter()
        .any(|h| declared(&h.value.name.value))
        && !operation
            .response_headers
            .iter()
            .any(|h| declared(&h.name.wire))
}
