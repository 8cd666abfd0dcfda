//! The catalogue: one entry per rule that the loader and validator check.
//!
//! Each entry is a struct whose fields are what varies from one report to the next (a name, a
//! value, the closest allowed value); the entry itself holds its [`Code`], a one-line title,
//! and the text of its message and its help. A check reports by naming an entry and filling in
//! its fields, as rustc's `errors.rs` does with one struct per diagnostic, so that the words
//! live here and a code means one kind of problem.
//!
//! Several rules may share a code when they are the same kind of problem (every unknown key is
//! E0103); rules that differ have codes of their own. [`rules`] lists every entry, which is what
//! `specgen check` holds `spec/DIAGNOSTICS.md` against.

use super::{Code, Diagnostic, Location, Severity, closest, did_you_mean};

mod inheritance;
mod load;
mod operation;
mod responses;
mod service;
mod types;
mod unions;

pub use inheritance::*;
pub use load::*;
pub use operation::*;
pub use responses::*;
pub use service::*;
pub use types::*;
pub use unions::*;

/// One rule of the catalogue: its code, its title, and the message and help of a report.
pub trait Rule {
    /// The code every report of this rule has.
    const CODE: Code;
    /// What the rule is about, in one line.
    const TITLE: &'static str;
    /// What is wrong.
    fn message(&self) -> String;
    /// How to fix it.
    fn help(&self) -> Option<String>;

    /// The report of this rule at `location`, with the severity of its code.
    fn at(&self, location: Location) -> Diagnostic {
        let diagnostic = match Self::CODE.severity() {
            Severity::Error => Diagnostic::error(Self::CODE, location, self.message()),
            Severity::Warning => Diagnostic::warning(Self::CODE, location, self.message()),
        };
        match self.help() {
            Some(help) => diagnostic.with_help(help),
            None => diagnostic,
        }
    }
}

/// What the catalogue says of one rule, without a report's fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// The entry's name (`UnknownMethod`).
    pub name: &'static str,
    /// Its code.
    pub code: Code,
    /// Its title.
    pub title: &'static str,
}

/// Every rule of the catalogue, by code and then in the order of the catalogue's files.
pub fn rules() -> Vec<RuleInfo> {
    let mut all: Vec<RuleInfo> = [
        load::RULES,
        service::RULES,
        types::RULES,
        inheritance::RULES,
        unions::RULES,
        operation::RULES,
        responses::RULES,
    ]
    .concat();
    all.sort_by_key(|rule| &rule.code.id()[1..]);
    all
}

/// Declares entries: a doc comment (the title), the struct and its fields, `=> Code`, the
/// message and, optionally, the help. The message and help are expressions over the fields,
/// which are bound by reference.
macro_rules! catalogue {
    ($(
        #[doc = $title:literal]
        $name:ident { $($field:ident : $ty:ty),* $(,)? } => $code:ident,
        message: $message:expr,
        $(help: $help:expr,)?
    )*) => {
        $(
            #[doc = $title]
            #[derive(Debug, Clone, PartialEq, Eq)]
            pub struct $name {
                $(#[allow(missing_docs)] pub $field: $ty,)*
            }

            impl $crate::diagnostics::catalogue::Rule for $name {
                const CODE: $crate::diagnostics::Code = $crate::diagnostics::Code::$code;
                const TITLE: &'static str = $title.trim_ascii();

                #[allow(unused_variables, clippy::useless_format)]
                fn message(&self) -> String {
                    let $name { $($field),* } = self;
                    String::from($message)
                }

                #[allow(unused_variables, clippy::useless_format)]
                fn help(&self) -> Option<String> {
                    let $name { $($field),* } = self;
                    catalogue!(@help $($help)?)
                }
            }
        )*

        /// The entries of this file.
        pub(super) const RULES: &[$crate::diagnostics::catalogue::RuleInfo] = &[$(
            $crate::diagnostics::catalogue::RuleInfo {
                name: stringify!($name),
                code: $crate::diagnostics::Code::$code,
                title: $title.trim_ascii(),
            },
        )*];
    };
    (@help) => { None };
    (@help $help:expr) => { Some(String::from($help)) };
}
use catalogue;

/// `did you mean `x`?` and `rest` when a value is close to `value` among `allowed`, else
/// `otherwise`: the help of an unknown value.
fn suggest<'a>(
    value: &str,
    allowed: impl IntoIterator<Item = &'a str>,
    rest: &str,
    otherwise: String,
) -> String {
    did_you_mean(closest(value, allowed), rest, otherwise)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_rule_and_every_rule_a_one_line_title_and_a_unique_name() {
        let rules = rules();
        for code in Code::ALL {
            assert!(
                rules.iter().any(|rule| rule.code == code),
                "{} has no rule in the catalogue",
                code.id()
            );
        }
        let mut names: Vec<&str> = rules.iter().map(|rule| rule.name).collect();
        names.sort_unstable();
        let count = names.len();
        names.dedup();
        assert_eq!(names.len(), count, "two entries share a name");
        for rule in &rules {
            assert!(
                !rule.title.is_empty() && !rule.title.contains('\n') && rule.title.ends_with('.'),
                "{}: {:?}",
                rule.name,
                rule.title
            );
        }
    }

    #[test]
    fn an_entry_holds_its_message_help_and_severity() {
        let at = Location::file(std::path::Path::new("service.yaml"));
        let error = UnknownMethod {
            method: "post".to_string(),
        }
        .at(at.clone());
        assert_eq!(error.code, Code::InvalidValue);
        assert_eq!(error.severity, Severity::Error);
        assert_eq!(error.message, "unknown HTTP method `post`");
        assert_eq!(
            error.help.as_deref(),
            Some("write the method in capitals: `POST`")
        );
        let warning = Undocumented {
            what: "type `Offer`".to_string(),
        }
        .at(at);
        assert_eq!(warning.severity, Severity::Warning);
        assert_eq!(<Undocumented as Rule>::CODE, Code::Undocumented);
        assert_eq!(
            <Undocumented as Rule>::TITLE,
            "An item that documents the generated code without a `description` (a warning)."
        );
    }
}
