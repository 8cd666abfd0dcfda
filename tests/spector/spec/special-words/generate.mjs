// Writes the specs of Spector's SpecialWords scenarios, and their tests.
//
// node tests/spector/spec/special-words/generate.mjs
//
// The scenarios (specs/special-words of @typespec/http-specs) use each word of their list
// as an operation name, a query parameter name and a model name. One service file per use:
// special-words-{operations,parameters,models}.yaml beside this directory, one operation file
// per word under it, and ../../tests/special_words.rs with a test per scenario. Commit what it
// writes; rerun it when the list changes.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The list of the scenarios' main.tsp, in its order.
const WORDS = `and as assert async await break class constructor continue def del elif else
  except exec finally for from global if import in is lambda not or pass raise return try
  while with yield`.split(/\s+/);

const here = dirname(fileURLToPath(import.meta.url));
const specDir = dirname(here);
const schema = (depth) => `# yaml-language-server: $schema=${"../".repeat(depth)}spec/spec.schema.json`;
const header = (what) =>
  `# Written by special-words/generate.mjs from the SpecialWords scenarios of Spector: do not edit.\n# ${what}\n`;

const pascal = (word) => word.charAt(0).toUpperCase() + word.slice(1);
const snake = (word) =>
  word
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .replace(/__/g, "_")
    .toLowerCase();
// Rust keywords (2024) among the words: their method names are raw identifiers.
const RUST_KEYWORDS = new Set(
  `as break const continue crate else enum extern false fn for if impl in let loop match mod move
  mut pub ref return self Self static struct super trait true type unsafe use where while async
  await dyn abstract become box do final macro override priv typeof unsized virtual yield try gen`.split(/\s+/),
);
const rust = (name) => (RUST_KEYWORDS.has(name) ? `r#${name}` : name);

function service(name, title, description, operations) {
  return `${schema(3)}
${header(description)}specgen: 1

service:
  name: ${name}
  title: ${title}
  description: ${description}
  base-url: http://localhost:3000

operations:
${operations.map((file) => `  - ${file}`).join("\n")}
`;
}

const groups = [];

// SpecialWords_Operations_<word>: an operation named <word>.
groups.push({
  service: "special-words-operations",
  title: "Spector special words as operation names",
  description: "Operations named like keywords of programming languages (SpecialWords_Operations_*).",
  operations: WORDS.map((word) => ({
    id: word,
    scenario: `SpecialWords_Operations_${word}`,
    yaml: `id: ${word}
title: The operation \`${word}\`
summary: An operation named \`${word}\`.
description: Sends \`GET /special-words/operations/${word}\`.
method: GET
path: /special-words/operations/${word}

responses:
  - code: 204
    name: NoContent
    kind: success
    description: The server received the call.
`,
    test: `client().${rust(word)}().await.unwrap(), ${pascal(word)}Response::NoContent`,
  })),
});

// SpecialWords_Parameters_<word>: a query parameter named <word>, sent as `<word>=ok`.
groups.push({
  service: "special-words-parameters",
  title: "Spector special words as parameter names",
  description: "Query parameters named like keywords of programming languages (SpecialWords_Parameters_*).",
  operations: [...WORDS, "cancellationToken"].map((word) => ({
    id: `with-${snake(word).replace(/_/g, "-")}`,
    scenario: `SpecialWords_Parameters_${word}`,
    yaml: `id: with-${snake(word).replace(/_/g, "-")}
title: The parameter \`${word}\`
summary: A query parameter named \`${word}\`.
description: Sends \`GET /special-words/parameters/${word}?${word}=ok\`.
method: GET
path: /special-words/parameters/${word}

parameters:
  - name: ${word}
    in: query
    type: string
    required: true
    description: A query parameter named \`${word}\`.
    example: ok

responses:
  - code: 204
    name: NoContent
    kind: success
    description: The server received the parameter.
`,
    test: `client().with_${snake(word)}("ok").await.unwrap(), With${pascal(word)}Response::NoContent`,
  })),
});

// SpecialWords_Models_<word>: a body of the type named <word>, `{"name": "ok"}`.
const modelOperations = WORDS.map((word) => ({
  id: `with-${word}`,
  scenario: `SpecialWords_Models_${word}`,
  yaml: `id: with-${word}
title: The model \`${word}\`
summary: A request body of the type named \`${word}\`.
description: >-
  Sends \`POST /special-words/models/${word}\` with the body \`{"name": "ok"}\`.
method: POST
path: /special-words/models/${word}

headers:
  - name: Content-Type
    value: application/json

request-body:
  type: ${word}
  example: '{"name": "ok"}'

responses:
  - code: 204
    name: NoContent
    kind: success
    description: The server received the body.
`,
  setup: `let body = ${pascal(word)} { name: "ok".into() };`,
  test: `client().with_${word}(&body).await.unwrap(), With${pascal(word)}Response::NoContent`,
}));
groups.push({
  service: "special-words-models",
  title: "Spector special words as model names",
  description: "Types named like keywords of programming languages (SpecialWords_Models_*).",
  operations: modelOperations,
  types: WORDS.map(
    (word) => `  - name: ${word}
    description: A type named \`${word}\`.
    properties:
      - name: name
        type: string
        required: true
        description: A name.
`,
  ),
});

let tests = `//! Spector's SpecialWords scenarios: keywords of programming languages as operation, parameter
//! and model names. Written by \`spec/special-words/generate.mjs\`: do not edit.
#![allow(clippy::unwrap_used)]

mod common;

use spector_clients::{special_words_models, special_words_operations, special_words_parameters};
`;
for (const group of groups) {
  const dir = join(specDir, group.service);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (const operation of group.operations) {
    writeFileSync(join(dir, `${operation.id}.yaml`), `${schema(4)}\n${header(operation.scenario)}${operation.yaml}`);
    files.push(`${group.service}/${operation.id}.yaml`);
  }
  let text = service(group.service, group.title, group.description, files);
  if (group.types) {
    text = text.replace("\noperations:", `\ntypes:\n${group.types.join("")}\noperations:`);
  }
  writeFileSync(join(specDir, `${group.service}.yaml`), text);

  const module = group.service.replace(/-/g, "_");
  tests += `\nmod ${module.replace("special_words_", "")} {
    use super::${module}::*;

    fn client() -> Client {
        Client::builder()
            .base_url(super::common::base_url())
            .build()
            .unwrap()
    }
`;
  for (const operation of group.operations) {
    const [call, expected] = operation.test.split(", ");
    tests += `
    /// \`${operation.scenario}\`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn ${snake(operation.scenario)}() {
${operation.setup ? `        ${operation.setup}\n` : ""}        let response = ${call};
        assert_eq!(response, ${expected});
    }
`;
  }
  tests += "}\n";
}
writeFileSync(join(specDir, "..", "tests", "special_words.rs"), tests);
