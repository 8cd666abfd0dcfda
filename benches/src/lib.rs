//! Benchmarks of specgen: generation speed, the generated client's request overhead and the
//! build cost of generated code, side by side with progenitor. See `BENCHMARKS.md` at the
//! repository root for the figures and the commands that reproduce them.
//!
//! This library writes the synthetic specs the benchmarks run on: valid specs of any number of
//! operations, shaped like the real one in `spec/` (see [`write_synthetic_spec`]).
#![deny(missing_docs)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The real spec's service file, relative to this crate.
pub const REAL_SPEC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../spec/cloud-partner-portal.yaml"
);

/// The operation counts of the synthetic specs the benchmarks compare.
pub const SIZES: [usize; 3] = [10, 100, 1_000];

/// The name of a synthetic service of `operations` operations (`synthetic-100`).
pub fn synthetic_service_name(operations: usize) -> String {
    format!("synthetic-{operations}")
}

/// Writes a valid spec of `operations` operations into `dir` (created when missing): the
/// service file `service.yaml` and one file per operation under `operations/`. Returns the
/// service file's path.
///
/// The spec is shaped like the real one: two locales, an API version, bearer auth, a shared
/// error body and a shared enumeration, and per operation a path of two parameters, two query
/// parameters (an integer and a string), a caller-supplied header, a JSON request body on
/// `POST` and `PUT` operations (two in three), a response type of its own (strings, an
/// integer, a date-time, an enumeration, a list, a nested object, a nullable property), and a
/// status table of five rows: `200` with the body and an example, `202` with a typed
/// `Operation-Location` header, and `400`, `403` and `404` with the error body.
///
/// # Errors
///
/// When a file cannot be written.
pub fn write_synthetic_spec(dir: &Path, operations: usize) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir.join("operations"))?;
    let service_file = dir.join("service.yaml");
    std::fs::write(&service_file, service_file_text(operations))?;
    for index in 0..operations {
        std::fs::write(
            dir.join("operations")
                .join(format!("{}.yaml", operation_id(index))),
            operation_file_text(index),
        )?;
    }
    Ok(service_file)
}

fn operation_id(index: usize) -> String {
    format!(
        "{}-item-{index}",
        ["retrieve", "create", "update"][index % 3]
    )
}

/// The PascalCase name of an operation's response type (`Item7`).
fn item_type(index: usize) -> String {
    format!("Item{index}")
}

fn service_file_text(operations: usize) -> String {
    let mut text = format!(
        r#"# A synthetic service of {operations} operations, shaped like spec/cloud-partner-portal.yaml.
specgen: 1
service:
  name: {name}
  title:
    en: Synthetic API of {operations} operations
    hu: Szintetikus API, {operations} művelettel
  description:
    en: >-
      A service written by the benchmarks to measure how generation grows with the number
      of operations.
    hu: >-
      A mérésekhez írt szolgáltatás: a generálás ideje a műveletek számával hogyan nő.
  base-url: https://api.example.com
  locales: [en, hu]
  api-version:
    name: api-version
    value: "2017-10-31"
    type: date
    description:
      en: Current version of API
      hu: API jelenlegi verziója
  auth:
    scheme: bearer
    description:
      en: A bearer token; without it the API answers `401 Unauthorized`.
      hu: Tulajdonosi jogkivonat; nélküle az API `401 Unauthorized` választ ad.

types:
  - name: ErrorResponse
    description:
      en: Additional information the API may return with an error status.
      hu: A hibaállapothoz esetleg visszaadott további információ.
    properties:
      - name: error
        type: object
        required: true
        description: The error.
        properties:
          - name: code
            type: string
            required: true
            description: Machine-readable error code, for example `InvalidAPIVersion`.
          - name: message
            type: string
            description: Human-readable description of the error.
    example: |
      {{ "error": {{ "code": "InvalidAPIVersion", "message": "Invalid api version." }} }}
  - name: ItemStatus
    description:
      en: The state of an item.
      hu: Egy elem állapota.
    values:
      - value: notStarted
        description: Not started yet.
      - value: running
        description: In progress.
      - value: succeeded
        description: Completed.
      - value: failed
        description: Failed; `error` may say why.
"#,
        name = synthetic_service_name(operations),
    );
    for index in 0..operations {
        let _ = write!(
            text,
            r#"  - name: {item}
    description:
      en: The resource of operation {index}.
      hu: A(z) {index}. művelet erőforrása.
    properties:
      - name: id
        type: guid
        required: true
        description: Identifier of the resource.
      - name: displayName
        type: string
        required: true
        description: Name shown to people.
      - name: version
        type: integer
        description: Version of the resource, incremented on each change.
      - name: status
        type: ItemStatus
        description: The state of the resource.
      - name: changedTime
        type: date-time
        description: When the resource last changed.
      - name: tags
        type: list<string>
        description: Tags of the resource.
      - name: notificationEmails
        type: email-list
        description: Comma-separated list of e-mail addresses to notify.
      - name: error
        type: string
        nullable: true
        description: Error message of a failed resource.
      - name: definition
        type: object
        description: What the resource is made of.
        properties:
          - name: displayText
            type: string
            description: Display text.
          - name: offer
            type: map<json>
            description: Properties of the offer, by name.
"#,
            item = item_type(index),
        );
    }
    text.push_str("\noperations:\n");
    for index in 0..operations {
        let _ = writeln!(text, "  - operations/{}.yaml", operation_id(index));
    }
    text
}

fn operation_file_text(index: usize) -> String {
    let id = operation_id(index);
    let item = item_type(index);
    let method = ["GET", "POST", "PUT"][index % 3];
    let mut text = format!(
        r#"# Operation {index} of a synthetic service.
id: {id}
title:
  en: Operation {index}
  hu: A(z) {index}. művelet
summary:
  en: Works on item {index} of a publisher.
  hu: A közzétevő {index}. elemén dolgozik.
description:
  en: >-
    Works on the item of a publisher, as operation {index} of the synthetic service. The
    text is as long as a real page's first paragraph, so that documentation costs what it
    costs for real.
  hu: >-
    A közzétevő elemén dolgozik, a szintetikus szolgáltatás {index}. műveleteként. A szöveg
    olyan hosszú, mint egy valódi lap első bekezdése.
method: {method}
path: /api/publishers/{{publisherId}}/items{index}/{{itemId}}

parameters:
  - name: publisherId
    in: path
    type: string
    description:
      en: Publisher identifier, for example `contoso`
      hu: Közzétevő azonosítója, például `contoso`
    example: contoso
  - name: itemId
    in: path
    type: string
    description: Item identifier
    example: contoso-item
  - name: $top
    in: query
    type: integer
    description: Number of entries to return.
    default: "100"
    example: "10"
  - name: status
    in: query
    type: string
    description: Filter by status, for example `running`.
    example: running

headers:
  - name: Content-Type
    value: application/json
  - name: Authorization
    auth: true
  - name: If-Match
    type: string
    description: The ETag of the item as last retrieved, or `*`.
    example: "*"
"#
    );
    if method != "GET" {
        text.push_str(
            r#"
request-body:
  description:
    en: The settings of the request.
    hu: A kérés beállításai.
  properties:
    - name: metadata
      type: object
      required: true
      description: Metadata of the request.
      properties:
        - name: notification-emails
          type: email-list
          description: Comma-separated list of e-mail addresses to notify.
    - name: displayName
      type: string
      description: The new display name.
  example: |
    { "metadata": { "notification-emails": "jondoe@contoso.com" }, "displayName": "Contoso" }
"#,
        );
    }
    let _ = write!(
        text,
        r#"
response-headers:
  - name: Operation-Location
    type: url-reference
    description:
      en: URL to query for the status of the operation.
      hu: A művelet állapotának lekérdezésére szolgáló URL.
    example: /api/operations/{index}

responses:
  - code: 200
    name: Ok
    kind: success
    body: {item}
    description:
      en: "`OK` - The request was successfully processed."
      hu: "`OK` – A kérés feldolgozása sikeresen megtörtént."
    example: |
      {{
        "id": "56615b67-2185-49fe-80d2-c4ddf77bb2e8",
        "displayName": "Contoso item",
        "version": 5,
        "status": "running",
        "changedTime": "2017-06-07T06:15:39.7349221Z",
        "tags": ["a", "b"],
        "notificationEmails": "jondoe@contoso.com",
        "error": null,
        "definition": {{ "displayText": "Contoso", "offer": {{ "title": "Contoso App" }} }}
      }}
  - code: 202
    name: Accepted
    kind: success
    headers: [Operation-Location]
    description:
      en: "`Accepted` - The request was accepted; follow `Operation-Location`."
      hu: "`Accepted` – A kérés elfogadva; kövesse az `Operation-Location` fejlécet."
  - code: 400
    name: BadRequest
    kind: error
    body: ErrorResponse
    description:
      en: "`Bad/Malformed request` - The error response body may contain more information."
      hu: "`Bad/Malformed request` – A hiba választörzs tartalmazhat további információkat."
  - code: 403
    name: Forbidden
    kind: error
    body: ErrorResponse
    description:
      en: "`Forbidden` - The client doesn't have access to the specified namespace."
      hu: "`Forbidden` – Az ügyfél nem rendelkezik hozzáféréssel a megadott névtérhez."
  - code: 404
    name: NotFound
    kind: error
    body: ErrorResponse
    description:
      en: "`Not found` - The specified entity doesn't exist."
      hu: "`Not found` – A megadott entitás nem létezik."
"#
    );
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The synthetic specs are valid, have the operations and rows they claim, and generate.
    #[test]
    fn synthetic_specs_validate_and_generate() {
        let dir = tempfile::tempdir().expect("temporary directory");
        for operations in [1, 3, 10] {
            let service_file =
                write_synthetic_spec(&dir.path().join(operations.to_string()), operations)
                    .expect("spec written");
            let service = match specgen::check(&service_file) {
                Ok(service) => service,
                Err(diagnostics) => panic!("{}", diagnostics.render()),
            };
            assert_eq!(service.name, synthetic_service_name(operations));
            assert_eq!(service.operations.len(), operations);
            for operation in &service.operations {
                assert_eq!(operation.responses.len(), 5, "{}", operation.id.wire);
                assert_eq!(operation.parameters.len(), 4, "{}", operation.id.wire);
            }
            let bodies = service
                .operations
                .iter()
                .filter(|o| o.body.is_some())
                .count();
            assert_eq!(bodies, operations - operations.div_ceil(3));
            specgen::Generator::new(&service_file)
                .generate()
                .expect("the synthetic spec generates");
        }
    }
}
