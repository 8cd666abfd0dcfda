//! Adversarial specs too big to keep in the repository, written in memory: the build script
//! compiles those of [`compiled`], and `tests/` checks the others.

use std::fmt::Write as _;
use std::path::PathBuf;

/// A spec held in memory.
pub struct Spec {
    /// The module it is generated into.
    pub name: &'static str,
    /// What it tries.
    pub about: &'static str,
    /// Its files, the service file first, under `specs/<name>/`.
    pub files: Vec<(PathBuf, String)>,
}

impl Spec {
    /// The path of its service file.
    pub fn service(&self) -> PathBuf {
        self.files[0].0.clone()
    }

    /// The text of its file at `path` (relative to the spec's directory).
    pub fn text(&self, path: &str) -> &str {
        let path = PathBuf::from(format!("specs/{}/{path}", self.name));
        self.files
            .iter()
            .find(|(file, _)| *file == path)
            .map_or("", |(_, text)| text.as_str())
    }
}

/// The specs the build script generates and the crate compiles.
pub fn compiled() -> Vec<Spec> {
    vec![
        long_texts(),
        many_rows(500),
        deep_nesting(deepest_objects()),
    ]
}

/// A service file with `types` (YAML, indented as under `types:`) and the operation files
/// `operations` (id, text) listed.
fn spec(
    name: &'static str,
    about: &'static str,
    types: &str,
    operations: Vec<(String, String)>,
) -> Spec {
    let mut service = format!(
        "specgen: 1\nservice:\n  name: {name}\n  title: The {name} spec\n  description: {about}\n  base-url: https://example.com\n  auth:\n    scheme: bearer\n    description: A bearer token.\n"
    );
    if !types.is_empty() {
        service.push_str("types:\n");
        service.push_str(types);
    }
    service.push_str("operations:\n");
    for (id, _) in &operations {
        let _ = writeln!(service, "  - operations/{id}.yaml");
    }
    let dir = PathBuf::from(format!("specs/{name}"));
    let mut files = vec![(dir.join("service.yaml"), service)];
    files.extend(
        operations
            .into_iter()
            .map(|(id, text)| (dir.join(format!("operations/{id}.yaml")), text)),
    );
    Spec { name, about, files }
}

/// An operation file: `GET /<id>/{id}`, whose status table is `rows` (YAML, indented as under
/// `responses:`), with the lines `extra` before it.
fn operation(id: &str, description: &str, extra: &str, rows: &str) -> String {
    format!(
        "id: {id}\ntitle: Operation {id}\nsummary: Runs {id}.\ndescription: {description}\nmethod: GET\npath: /{id}/{{id}}\nparameters:\n  - name: id\n    in: path\n    type: string\n    description: The id.\n  - name: filter\n    in: query\n    type: string\n    description: A filter.\nheaders:\n  - name: Authorization\n    auth: true\n{extra}responses:\n{rows}"
    )
}

/// A text of about `bytes` bytes, in lines of prose with the characters that need escaping
/// somewhere (Markdown, HTML, string literals, doc comments) as a YAML block scalar
/// indented by `indent` spaces; with `one_line`, one line of words instead, double-quoted.
pub fn long_text(bytes: usize, indent: usize, one_line: bool) -> String {
    let sentence = "Lorem ipsum */ \"# `code` | pipe <b>html</b> & [link] név שלום — ";
    let count = bytes / sentence.len() + 1;
    if one_line {
        return format!("\"{}\"", sentence.repeat(count).replace('"', "\\\""));
    }
    let pad = " ".repeat(indent);
    let mut text = String::from("|\n");
    for index in 0..count {
        let _ = write!(text, "{pad}{sentence}");
        if index % 8 == 7 {
            text.push('\n');
            // A paragraph break now and then.
            if index % 64 == 63 {
                text.push('\n');
            }
        }
    }
    text.push('\n');
    text
}

/// 100 KB texts: the service's description, an operation's (one line), a property's and an
/// error row's (which the error's `Display` prints).
pub fn long_texts() -> Spec {
    let kb100 = 100 * 1024;
    let types = format!(
        "  - name: Long\n    description: {}    properties:\n      - name: text\n        type: string\n        description: {}",
        long_text(kb100, 6, false),
        long_text(kb100, 10, false),
    );
    let rows = format!(
        "  - code: 200\n    name: Ok\n    kind: success\n    body: Long\n    description: Fine.\n  - code: 500\n    name: Failed\n    kind: error\n    description: {}",
        long_text(kb100, 6, false)
    );
    let mut spec = spec(
        "long-texts",
        "100 KB descriptions in every kind of place.",
        &types,
        vec![(
            "read-long".to_string(),
            operation("read-long", &long_text(kb100, 0, true), "", &rows),
        )],
    );
    // The service's own description too.
    let service = &mut spec.files[0].1;
    *service = service.replacen(
        "  description: 100 KB descriptions in every kind of place.\n",
        &format!("  description: {}", long_text(kb100, 4, false)),
        1,
    );
    spec
}

/// One operation whose status table has a row for each of `rows` codes from 100 up: 1xx to
/// 3xx success rows, 4xx and 5xx error rows, every third with a body and every fifth with a
/// header. Codes above 599 are not HTTP status codes, and a code listed twice is an error, so
/// 500 rows is the most a valid table has; more rows repeat the codes from 100.
pub fn many_rows(rows: usize) -> Spec {
    let mut table = String::new();
    for index in 0..rows {
        let code = 100 + index % 500;
        let kind = if code < 400 { "success" } else { "error" };
        // A repeated code under another name: the code is what is wrong.
        let name = if index < 500 { "Status" } else { "Again" };
        let _ = write!(
            table,
            "  - code: {code}\n    name: {name}{code}\n    kind: {kind}\n    description: Row {index}, status {code}.\n"
        );
        if index % 3 == 0 {
            table.push_str("    body: Problem\n");
        }
        if index % 5 == 0 {
            table.push_str("    headers: [X-Row]\n");
        }
    }
    let types = "  - name: Problem\n    description: A problem.\n    properties:\n      - name: code\n        type: string\n        description: Its code.\n";
    let headers =
        "response-headers:\n  - name: X-Row\n    type: integer\n    description: The row.\n";
    spec(
        if rows <= 500 {
            "many-rows"
        } else {
            "too-many-rows"
        },
        "An operation with a status row per HTTP status code.",
        types,
        vec![(
            "read-status".to_string(),
            operation("read-status", "Answers with any status.", headers, &table),
        )],
    )
}

/// `operations` operations, each with a path and a query parameter, a success and an error
/// row.
pub fn many_operations(operations: usize) -> Spec {
    let rows = "  - code: 200\n    name: Ok\n    kind: success\n    body: Item\n    description: The item.\n  - code: 404\n    name: NotFound\n    kind: error\n    description: No such item.\n";
    let types = "  - name: Item\n    description: An item.\n    properties:\n      - name: id\n        type: string\n        required: true\n        description: Its id.\n";
    let operations = (0..operations)
        .map(|index| {
            let id = format!("operation-{index:04}");
            let text = operation(&id, &format!("Operation number {index}."), "", rows);
            (id, text)
        })
        .collect();
    spec(
        "many-operations",
        "A thousand operations.",
        types,
        operations,
    )
}

/// How many inline objects nest within the loader's depth limit
/// ([`specgen::MAX_DEPTH`]) in a request body: the operation file's mapping,
/// `request-body` and its `properties` take three levels, each object two (its mapping and
/// its `properties`), and the innermost property one.
pub fn deepest_objects() -> usize {
    (specgen::MAX_DEPTH - 4) / 2
}

/// A request body of `objects` nested inline objects, a property of a list and map type
/// nested as deep as the validator allows (8), a named type that refers to a chain of 40
/// named types, a recursive type (through a list) and a JSON example nested 120 levels deep (60
/// objects and 60 lists; serde_json refuses more than 128).
pub fn deep_nesting(objects: usize) -> Spec {
    let mut body = String::from(
        "headers:\n  - name: Content-Type\n    value: application/json\n  - name: Authorization\n    auth: true\nrequest-body:\n  description: Nested objects.\n  properties:\n",
    );
    for level in 0..objects {
        let pad = "    ".repeat(level);
        let _ = write!(
            body,
            "{pad}    - name: level-{level}\n{pad}      type: object\n{pad}      description: Level {level}.\n{pad}      properties:\n"
        );
    }
    let pad = "    ".repeat(objects);
    let _ = write!(
        body,
        "{pad}    - name: leaf\n{pad}      type: list<map<list<map<list<map<list<map<string>>>>>>>>\n{pad}      description: The innermost property.\n"
    );
    // The operation's own parameters and headers come from `operation`: keep only the body.
    let mut types = String::new();
    for index in 0..40 {
        let next = if index == 39 {
            "string".to_string()
        } else {
            format!("Chain{}", index + 1)
        };
        let _ = write!(
            types,
            "  - name: Chain{index}\n    description: Link {index} of a chain of types.\n    properties:\n      - name: next\n        type: {next}\n        description: The next link.\n"
        );
    }
    types.push_str("  - name: Tree\n    description: A tree, which contains itself through a list.\n    properties:\n      - name: children\n        type: list<Tree>\n        description: Its subtrees.\n      - name: chain\n        type: Chain0\n        description: A chain.\n");
    let example = format!("{}{}", "{\"children\": [".repeat(60), "]}".repeat(60));
    let _ = writeln!(types, "    example: '{example}'");
    let rows = "  - code: 200\n    name: Ok\n    kind: success\n    body: Tree\n    description: The tree.\n";
    let text = operation("post-nested", "Sends nested objects.", "", rows)
        .replacen("method: GET", "method: POST", 1)
        .replacen(
            "headers:\n  - name: Authorization\n    auth: true\n",
            &body,
            1,
        );
    spec(
        "deep-nesting",
        "Objects, lists and types nested as deep as specgen allows.",
        &types,
        vec![("post-nested".to_string(), text)],
    )
}

/// Specs nested deeper than specgen allows, each with the text that must be in its error.
pub fn too_deep() -> Vec<(Spec, &'static str)> {
    let yaml = deep_nesting(deepest_objects() + 1);
    let mut types = deep_nesting(1);
    let service = &mut types.files[0].1;
    *service = service.replacen(
        "list<Tree>",
        &format!("{}Tree{}", "list<".repeat(9), ">".repeat(9)),
        1,
    );
    let mut flow = deep_nesting(1);
    let service = &mut flow.files[0].1;
    *service = service.replacen(
        "operations:\n",
        &format!("operations: {}{}\n", "[".repeat(10_000), "]".repeat(10_000)),
        1,
    );
    let mut json = deep_nesting(1);
    let service = &mut json.files[0].1;
    *service = service
        .replacen(
            &"{\"children\": [".repeat(60),
            &"{\"children\": [".repeat(100),
            1,
        )
        .replacen(&"]}".repeat(60), &"]}".repeat(100), 1);
    vec![
        (yaml, "the YAML nests more than 32 levels deep here"),
        (
            types,
            "the type nests 9 lists and maps; at most 8 can be nested",
        ),
        (flow, "the YAML nests more than 32 levels deep here"),
        (json, "recursion limit exceeded"),
    ]
}
