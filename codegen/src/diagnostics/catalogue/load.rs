//! Rules of reading a spec file: the file itself and its YAML.

use super::*;

catalogue! {
    /// A spec file that cannot be read.
    UnreadableFile { path: String, problem: String } => UnreadableFile,
    message: format!("cannot read `{path}`: {problem}"),
    help: "check the path; operation files are listed relative to the service file",

    /// A carriage return without a line feed after it.
    LoneCarriageReturn {} => Structure,
    message: "a carriage return (CR) without a line feed after it",
    help: "end lines with LF or CR LF; a carriage return inside a text is written `\\r` in a double-quoted string",

    /// A key that the format does not have at that place.
    UnknownKey { key: String, expected: Vec<String> } => UnknownKey,
    message: format!("unknown key `{key}`"),
    help: {
        let allowed = format!("the keys allowed here are: {}", expected.join(", "));
        suggest(key, expected.iter().map(String::as_str), &format!(" {allowed}"), allowed)
    },

    /// A required key that is missing.
    MissingKey { key: String } => MissingKey,
    message: format!("missing key `{key}`"),
    help: format!("add `{key}:` to the mapping that starts here; spec/README.md lists the keys of each section"),

    /// YAML that does not parse.
    InvalidYaml { problem: String } => Structure,
    message: format!("invalid YAML: {problem}"),
    help: "quote a value that contains `: ` or ` #`, close every `[` and `{`, and indent with spaces",

    /// A key given twice in one mapping.
    DuplicateKey { key: Option<String> } => Structure,
    message: match key {
        Some(key) => format!("key `{key}` is given twice"),
        None => "a key is given twice in this mapping".to_string(),
    },
    help: "remove one of them",

    /// A value of another type or shape than the format expects there.
    WrongShape { problem: String } => Structure,
    message: problem.as_str(),
    help: "see spec/README.md for the shape of each section",

    /// YAML nested deeper than the loader reads.
    NestedTooDeep { max: usize } => Structure,
    message: format!("the YAML nests more than {max} levels deep here"),
    help: "flatten it: declare a nested object under the service file's `types` and give the property that type's name",

    /// YAML over another limit of the loader (size, aliases).
    OverLoaderLimit { breach: String } => Structure,
    message: format!("the YAML is over a limit of the loader ({breach})"),
    help: "a spec needs no more than a few thousand nodes and few aliases: write the file out plainly",
}
