//! The status operation of a long-running row, the property of its body that holds the
//! state, and the states that end the operation.

use super::*;

impl FilePass<'_> {
    /// The operation the poller calls for the state.
    pub(super) fn status_operation<'k>(
        &mut self,
        spec: &crate::load::LongRunningSpec,
        path: &str,
        known: &Known<'k>,
    ) -> Option<&'k Operation> {
        let id = &spec.status_operation;
        let status = known.operations.iter().find(|op| op.id.wire == id.value);
        if status.is_none() {
            self.unknown_operation(id, &format!("{path}.status-operation"), known);
        }
        status
    }

    /// The fields of the status operation's success body, which holds the state (and maybe
    /// the result).
    pub(super) fn status_fields<'k>(
        &mut self,
        spec: &crate::load::LongRunningSpec,
        path: &str,
        status: &'k Operation,
        known: &Known<'k>,
    ) -> Option<&'k [Field]> {
        let types = known.types;
        let body_fields = status
            .rows(ResponseKind::Success)
            .find_map(|r| match &r.body {
                Some(Type::Struct(name)) => Some(types.fields(name)),
                _ => None,
            });
        if body_fields.is_none() {
            self.report(
                &spec.status_operation.referenced,
                &format!("{path}.status-operation"),
                rules::StatusOperationWithoutObjectBody {
                    operation: spec.status_operation.value.clone(),
                },
            );
        }
        body_fields
    }

    /// The type of the property holding the state: a string or an enumeration.
    pub(super) fn state_type(
        &mut self,
        spec: &crate::load::LongRunningSpec,
        path: &str,
        fields: &[Field],
        types: &TypeTable,
    ) -> Option<Type> {
        let field = fields
            .iter()
            .find(|f| f.name.wire == spec.status_property.value);
        // The poller reads the state as a string: a string, or an enumeration of strings.
        let string_enum = |name: &str| {
            types
                .enums
                .iter()
                .any(|e| e.name.rust == name && e.value_type == Scalar::String)
        };
        match field {
            Some(field)
                if matches!(&field.ty, Type::Scalar(Scalar::String))
                    || matches!(&field.ty, Type::Enum(name) if string_enum(name)) =>
            {
                Some(field.ty.clone())
            }
            Some(_) => {
                self.report(
                    &spec.status_property.referenced,
                    &format!("{path}.status-property"),
                    rules::StatusPropertyNotAState {
                        property: spec.status_property.value.clone(),
                    },
                );
                None
            }
            None => {
                self.report(
                    &spec.status_property.referenced,
                    &format!("{path}.status-property"),
                    rules::UnknownStatusProperty {
                        property: spec.status_property.value.clone(),
                        properties: fields.iter().map(|f| f.name.wire.clone()).collect(),
                    },
                );
                None
            }
        }
    }

    /// The states listed under `key`; of an enumeration, each must be one of its values.
    pub(super) fn states(
        &mut self,
        list: &[Spanned<String>],
        key: &str,
        path: &str,
        state_type: Option<&Type>,
        known: &Known<'_>,
    ) -> Vec<String> {
        if let Some(Type::Enum(name)) = state_type {
            let values = known.types.enum_values(name).unwrap_or_default();
            for state in list {
                if !values
                    .iter()
                    .any(|value| value.name.wire.eq_ignore_ascii_case(&state.value))
                {
                    let rule = rules::UnknownState {
                        state: state.value.clone(),
                        enumeration: name.to_string(),
                        values: values.iter().map(|value| value.name.wire.clone()).collect(),
                    };
                    self.report(&state.referenced, &format!("{path}.{key}"), rule);
                }
            }
        }
        list.iter().map(|state| state.value.clone()).collect()
    }
}
