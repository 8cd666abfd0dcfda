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
            self.error(
                Code::Conflict,
                &spec.status_operation.referenced,
                &format!("{path}.status-operation"),
                format!(
                    "operation `{}` has no success row with an object body to read the state from",
                    spec.status_operation.value
                ),
                "give the status operation a success row whose `body` is an object type",
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
    ) -> Option<Type> {
        let field = fields
            .iter()
            .find(|f| f.name.wire == spec.status_property.value);
        match field {
            Some(field) if matches!(field.ty, Type::Scalar(Scalar::String) | Type::Enum(_)) => {
                Some(field.ty.clone())
            }
            Some(_) => {
                self.error(
                    Code::Conflict,
                    &spec.status_property.referenced,
                    &format!("{path}.status-property"),
                    format!(
                        "property `{}` is not a string or an enumeration",
                        spec.status_property.value
                    ),
                    "name the property holding the operation's state",
                );
                None
            }
            None => {
                let help = did_you_mean(
                    closest(
                        &spec.status_property.value,
                        fields.iter().map(|f| f.name.wire.as_str()),
                    ),
                    "",
                    "name a top-level property of the status operation's success body".to_string(),
                );
                self.error(
                    Code::InvalidValue,
                    &spec.status_property.referenced,
                    &format!("{path}.status-property"),
                    format!(
                        "the status operation's body has no property `{}`",
                        spec.status_property.value
                    ),
                    &help,
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
                    let listed: Vec<&str> = values
                        .iter()
                        .map(|value| value.name.wire.as_str())
                        .collect();
                    let help = did_you_mean(
                        closest(&state.value, listed.iter().copied()),
                        "",
                        format!("use one of: {}", listed.join(", ")),
                    );
                    self.error(
                        Code::InvalidValue,
                        &state.referenced,
                        &format!("{path}.{key}"),
                        format!("`{}` is not a value of `{name}`", state.value),
                        &help,
                    );
                }
            }
        }
        list.iter().map(|state| state.value.clone()).collect()
    }
}
