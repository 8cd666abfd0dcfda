//! What every emitter of a service reads, built once and lent to each: the service, the
//! options, the rustdoc renderer, the crate path of the doc examples and the structs that
//! derive `Default`.

use std::collections::BTreeSet;

use super::EmitOptions;
use super::docs::Docs;
use crate::model::{Operation, Service};

/// The service-wide facts of one emit run.
pub(crate) struct Context<'a> {
    /// The validated service.
    pub(crate) service: &'a Service,
    /// The options of the run.
    pub(crate) options: &'a EmitOptions,
    /// The renderer of the rustdoc.
    pub(crate) docs: Docs<'a>,
    /// [`EmitOptions::crate_name`] as a path, for the doc examples.
    pub(crate) crate_path: syn::Path,
    /// The structs that derive `Default` (every field has one).
    pub(crate) defaultable: BTreeSet<&'a str>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(service: &'a Service, options: &'a EmitOptions) -> Self {
        Context {
            service,
            options,
            docs: Docs::rustdoc(service),
            crate_path: options.crate_path(service),
            defaultable: super::types::defaultable(&service.types),
        }
    }

    /// The operation whose method is `method` (validated to exist where it is named).
    pub(crate) fn operation(&self, method: &str) -> Option<&'a Operation> {
        self.service
            .operations
            .iter()
            .find(|operation| operation.id.rust == method)
    }
}
