//! The OpenAPI export: the document parses with the `openapiv3` crate (the one progenitor reads),
//! loses nothing when parsed, and holds the spec: walking the validated model, every operation,
//! parameter, header, request body and status row is there with the schema of its type, and so
//! is every struct and enumeration.
//!
//! Runs over the real spec, every valid fixture and the Spector specs (`tests/spector/spec`);
//! `fixtures/valid/openapi` uses most constructs of the format, the Spector specs the rest (API
//! keys, list, map, object and constant query parameters, optional bodies, `http-date`,
//! generated headers, status ranges and `default` rows, final results of long-running
//! operations); `fixtures/valid/status-ranges` nested ranges.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

#[path = "common/describe.rs"]
mod describe;

use std::collections::BTreeSet;

use describe::{describe, describe_boxed, describe_reference};
use openapiv3::{
    AdditionalProperties, OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr, Schema,
    SchemaKind, StatusCode, Type as OaType,
};
use serde_json::{Value, json};
use specgen::model::{
    AuthScheme, FinalResult, HeaderValue, Method, Operation, ParameterLocation, ParameterType,
    ResponseKind, Scalar, Service, StatusCode as SpecStatus, Type,
};

const REAL_SPEC: &str = "../spec/cloud-partner-portal.yaml";
const VALID: &str = "tests/fixtures/valid";
const SPECTOR: &str = "../tests/spector/spec";

/// The specs to export: the real one and every valid fixture.
fn specs() -> Vec<String> {
    let mut specs = vec![REAL_SPEC.to_owned()];
    let mut fixtures: Vec<String> = std::fs::read_dir(VALID)
        .expect("the valid fixtures")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.join("service.yaml").is_file())
        .map(|path| path.join("service.yaml").display().to_string())
        .collect();
    fixtures.sort();
    assert!(
        fixtures.iter().any(|path| path.contains("/openapi/")),
        "{VALID}/openapi is missing"
    );
    specs.extend(fixtures);
    let mut spector: Vec<String> = std::fs::read_dir(SPECTOR)
        .expect("the Spector specs")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "yaml")
        })
        .map(|path| path.display().to_string())
        .collect();
    spector.sort();
    assert!(spector.len() > 5, "{spector:?}");
    specs.extend(spector);
    // The type system's hardest shapes.
    let adversarial = [
        "scalar-positions",
        "inheritance",
        "additional-properties",
        "unions",
    ];
    specs.extend(adversarial.map(|dir| format!("tests/fixtures/adversarial/{dir}/service.yaml")));
    specs
}

fn export(spec: &str) -> (Service, String, OpenAPI) {
    let service = specgen::check(spec).unwrap_or_else(|d| panic!("{spec}:\n{}", d.render()));
    let json = specgen::Generator::new(spec)
        .openapi()
        .unwrap_or_else(|error| panic!("{spec}: {error}"));
    let document: OpenAPI = serde_json::from_str(&json)
        .unwrap_or_else(|error| panic!("{spec}: openapiv3 cannot parse the export: {error}"));
    (service, json, document)
}

#[test]
fn the_export_parses_and_loses_nothing_when_parsed() {
    for spec in specs() {
        let (_, json, document) = export(&spec);
        assert!(document.openapi.starts_with("3.0."), "{spec}");
        // openapiv3 keeps what it knows and extensions: a key in a wrong place, which it would
        // drop, shows up as a difference.
        let written: Value = serde_json::from_str(&json).unwrap();
        let reparsed = serde_json::to_value(&document).unwrap();
        assert!(
            written == reparsed,
            "{spec}: parsing the export with openapiv3 changes it"
        );
        assert!(json.ends_with("}\n"), "{spec}");
        every_reference_resolves(&spec, &written, &written);
    }
}

/// Every `$ref` in the document names a component that exists.
fn every_reference_resolves(spec: &str, document: &Value, value: &Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref") {
                let pointer = reference
                    .strip_prefix('#')
                    .unwrap_or_else(|| panic!("{spec}: `{reference}` is not local"));
                assert!(
                    document.pointer(pointer).is_some(),
                    "{spec}: `{reference}` resolves to nothing"
                );
            }
            map.values()
                .for_each(|value| every_reference_resolves(spec, document, value));
        }
        Value::Array(values) => values
            .iter()
            .for_each(|value| every_reference_resolves(spec, document, value)),
        _ => {}
    }
}

#[test]
fn the_service_is_described() {
    for spec in specs() {
        let (service, _, document) = export(&spec);
        let locale = service.default_locale();
        assert_eq!(document.info.title, service.title.get(locale), "{spec}");
        assert_eq!(
            document.info.description.as_deref(),
            Some(service.description.get(locale))
        );
        assert_eq!(document.servers.len(), 1);
        assert_eq!(document.servers[0].url, service.base_url);
        let components = document.components.as_ref().expect("components");
        if let Some(auth) = &service.auth {
            let scheme = components.security_schemes[scheme_name(&service)]
                .as_item()
                .expect("an inline scheme");
            match (&auth.scheme, scheme) {
                (
                    AuthScheme::Bearer,
                    openapiv3::SecurityScheme::HTTP {
                        scheme,
                        description,
                        ..
                    },
                ) => {
                    assert_eq!(scheme, "bearer");
                    assert_eq!(description.as_deref(), Some(auth.description.get(locale)));
                }
                (
                    AuthScheme::ApiKey { header },
                    openapiv3::SecurityScheme::APIKey {
                        location: openapiv3::APIKeyLocation::Header,
                        name,
                        description,
                        ..
                    },
                ) => {
                    assert_eq!(name, header);
                    assert_eq!(description.as_deref(), Some(auth.description.get(locale)));
                }
                (auth, scheme) => panic!("{spec}: {auth:?} became {scheme:?}"),
            }
            assert_eq!(components.security_schemes.len(), 1, "{spec}");
        } else {
            assert!(components.security_schemes.is_empty(), "{spec}");
        }
        if let Some(api_version) = &service.api_version {
            info_of(&document, &ref_param("api-version")).assert_is(
                &api_version.name,
                "query",
                true,
                &Type::Scalar(Scalar::String),
            );
            let data = components.parameters["api-version"]
                .as_item()
                .unwrap()
                .parameter_data_ref();
            let ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) = &data.format else {
                panic!("{spec}: api-version has no inline schema");
            };
            assert_eq!(
                schema.schema_data.default,
                Some(json!(api_version.value)),
                "{spec}"
            );
        }
    }
}

#[test]
fn every_operation_parameter_header_and_body_is_there() {
    for spec in specs() {
        let (service, _, document) = export(&spec);
        let mut seen = BTreeSet::new();
        for operation in &service.operations {
            // Two operations cannot share a method and path in OpenAPI: the first is kept (the
            // Spector LRO spec reads two status types from one URL template).
            if !seen.insert((operation.path_template.as_str(), operation.method.as_str())) {
                continue;
            }
            check_operation(&spec, &service, &document, operation);
        }
        let operations: usize = document
            .paths
            .paths
            .values()
            .map(|item| item.as_item().expect("an inline path item").iter().count())
            .sum();
        assert_eq!(operations, seen.len(), "{spec}");
    }
}

fn check_operation(spec: &str, service: &Service, document: &OpenAPI, operation: &Operation) {
    let locale = service.default_locale();
    let id = &operation.id.wire;
    let item = document.paths.paths[&operation.path_template]
        .as_item()
        .expect("an inline path item");
    let found = match operation.method {
        Method::Get => &item.get,
        Method::Put => &item.put,
        Method::Post => &item.post,
        Method::Patch => &item.patch,
        Method::Delete => &item.delete,
        Method::Head => &item.head,
    }
    .as_ref()
    .unwrap_or_else(|| panic!("{spec}: {id} is not under its path and method"));
    assert_eq!(found.operation_id.as_deref(), Some(id.as_str()), "{spec}");
    assert_eq!(
        found.summary.as_deref(),
        Some(operation.summary.get(locale))
    );
    assert_eq!(
        found.description.as_deref(),
        Some(operation.description.get(locale))
    );

    // Parameters: the URI parameters, then the API version, then the request headers that
    // OpenAPI takes as parameters.
    let parameters: Vec<ParameterInfo> = found
        .parameters
        .iter()
        .map(|parameter| info_of(document, parameter))
        .collect();
    let mut expected = Vec::new();
    for parameter in &operation.parameters {
        let location = match parameter.location {
            ParameterLocation::Path => "path",
            ParameterLocation::Query => "query",
        };
        let ty = match &parameter.ty {
            ParameterType::Scalar(scalar) => Type::Scalar(*scalar),
            ParameterType::List(item, _) => Type::List(Box::new(Type::Scalar(*item))),
            ParameterType::Map(item, _) => Type::Map(Box::new(Type::Scalar(*item))),
            ParameterType::Object(name, _) => Type::Struct(name.clone()),
        };
        expected.push((
            parameter.name.wire.clone(),
            location,
            parameter.required
                || parameter.location == ParameterLocation::Path
                || parameter.constant.is_some(),
            ty,
        ));
    }
    if let Some(api_version) = &service.api_version {
        expected.push((
            api_version.name.clone(),
            "query",
            true,
            Type::Scalar(Scalar::String),
        ));
    }
    let mut fixed_ignored = serde_json::Map::new();
    for header in &operation.headers {
        let ignored = ["accept", "content-type", "authorization"]
            .contains(&header.name.wire.to_ascii_lowercase().as_str());
        match &header.value {
            HeaderValue::Auth => {}
            HeaderValue::Fixed(value) if ignored => {
                fixed_ignored.insert(header.name.wire.clone(), json!(value));
            }
            HeaderValue::Fixed(_) => expected.push((
                header.name.wire.clone(),
                "header",
                true,
                Type::Scalar(Scalar::String),
            )),
            HeaderValue::Caller {
                ty, required, list, ..
            } => expected.push((
                header.name.wire.clone(),
                "header",
                *required,
                match list {
                    true => Type::List(Box::new(Type::Scalar(*ty))),
                    false => Type::Scalar(*ty),
                },
            )),
        }
    }
    assert_eq!(
        parameters.len(),
        expected.len(),
        "{spec}: {id}'s parameters"
    );
    for (info, (name, location, required, ty)) in parameters.iter().zip(&expected) {
        info.assert_is(name, location, *required, ty);
    }
    for (parameter, info) in operation.parameters.iter().zip(&parameters) {
        assert_eq!(
            info.description.as_deref(),
            Some(parameter.description.get(locale))
        );
    }
    for header in &operation.headers {
        if let HeaderValue::Fixed(value) = &header.value
            && let Some(info) = parameters.iter().find(|info| info.name == header.name.wire)
        {
            assert_eq!(info.schema_enum, vec![value.clone()], "{spec}: {id}");
        }
    }
    let fixed = found.extensions.get("x-specgen-fixed-headers");
    if fixed_ignored.is_empty() {
        assert_eq!(fixed, None, "{spec}: {id}");
    } else {
        assert_eq!(fixed, Some(&Value::Object(fixed_ignored)), "{spec}: {id}");
    }

    // Security: the bearer scheme where the operation documents the token.
    let auth = operation
        .headers
        .iter()
        .any(|header| header.value == HeaderValue::Auth);
    match &found.security {
        Some(requirements) => {
            assert!(auth, "{spec}: {id} requires a token it does not document");
            assert_eq!(requirements.len(), 1);
            assert_eq!(requirements[0].get(scheme_name(service)), Some(&Vec::new()));
        }
        None => assert!(!auth, "{spec}: {id} lost its bearer token"),
    }

    // The request body.
    match (&operation.body, &found.request_body) {
        (None, None) => {}
        (Some(body), Some(ReferenceOr::Item(request_body))) => {
            assert_eq!(request_body.required, body.required, "{spec}: {id}");
            assert_eq!(
                request_body.description.as_deref(),
                Some(body.description.get(locale)).filter(|text| !text.is_empty())
            );
            assert_eq!(request_body.content.len(), 1);
            // Under the Content-Type the operation sends (`application/merge-patch+json`...).
            let content_type = operation.headers.iter().find_map(|h| match &h.value {
                HeaderValue::Fixed(value) if h.name.wire.eq_ignore_ascii_case("content-type") => {
                    Some(value.as_str())
                }
                _ => None,
            });
            let media = &request_body.content[content_type.expect("a Content-Type")];
            let schema = media.schema.as_ref().expect("a body schema");
            assert_eq!(describe(document, schema), body.ty, "{spec}: {id}");
            assert_eq!(media.example, body.example.as_deref().map(parse_json));
        }
        (body, request_body) => panic!("{spec}: {id}: body {body:?} became {request_body:?}"),
    }

    check_responses(spec, service, document, operation, found);
}

fn check_responses(
    spec: &str,
    service: &Service,
    document: &OpenAPI,
    operation: &Operation,
    found: &openapiv3::Operation,
) {
    let locale = service.default_locale();
    let id = &operation.id.wire;
    // OpenAPI matches a code, then a class (`4XX`), then `default`: every status selects the
    // response of the row that the spec's precedence selects.
    let select = |status: u16| {
        let responses = &found.responses;
        responses
            .responses
            .get(&StatusCode::Code(status))
            .or_else(|| responses.responses.get(&StatusCode::Range(status / 100)))
            .or(responses.default.as_ref())
            .map(|response| {
                let response = response.as_item().expect("an inline response");
                response.extensions["x-specgen-response"]["name"].clone()
            })
    };
    for status in 100..=599 {
        assert_eq!(
            select(status),
            operation.row_for(status).map(|row| json!(row.variant.wire)),
            "{spec}: {id}: status {status}"
        );
    }
    for row in &operation.responses {
        let status = operation.status_for(row).expect("a status selects the row");
        let response = found
            .responses
            .responses
            .get(&StatusCode::Code(status))
            .or_else(|| {
                found
                    .responses
                    .responses
                    .get(&StatusCode::Range(status / 100))
            })
            .or(found.responses.default.as_ref())
            .and_then(|response| response.as_item())
            .expect("an inline response");
        let what = format!("{spec}: {id} {}", row.code);
        assert_eq!(response.description, row.description.get(locale), "{what}");
        let mut extension = json!({
            "name": row.variant.wire,
            "kind": if row.kind == ResponseKind::Success { "success" } else { "error" },
        });
        if let SpecStatus::Range(..) = row.code {
            extension["code"] = json!(row.code.to_string());
        }
        assert_eq!(
            response.extensions.get("x-specgen-response"),
            Some(&extension),
            "{what}"
        );
        let headers: Vec<&str> = response.headers.keys().map(String::as_str).collect();
        let expected: Vec<&str> = row
            .headers
            .iter()
            .map(|&index| operation.response_headers[index].name.wire.as_str())
            .collect();
        assert_eq!(headers, expected, "{what}: headers");
        for &index in &row.headers {
            let declared = &operation.response_headers[index];
            let header = response.headers[&declared.name.wire]
                .as_item()
                .expect("an inline header");
            assert!(
                header.required,
                "{what}: {} is required",
                declared.name.wire
            );
            assert_eq!(
                header.description.as_deref(),
                Some(declared.description.get(locale))
            );
            let ParameterSchemaOrContent::Schema(schema) = &header.format else {
                panic!("{what}: {} has no schema", declared.name.wire);
            };
            assert_eq!(
                describe(document, schema),
                Type::Scalar(declared.ty),
                "{what}"
            );
        }
        match &row.body {
            None => assert!(response.content.is_empty(), "{what}: a body without one"),
            Some(body) => {
                assert_eq!(response.content.len(), 1, "{what}");
                let media = &response.content["application/json"];
                let schema = media.schema.as_ref().expect("a body schema");
                assert_eq!(&describe(document, schema), body, "{what}");
                assert_eq!(media.example, row.example.as_deref().map(parse_json));
            }
        }
        let long_running = response.extensions.get("x-specgen-long-running");
        match &row.long_running {
            None => assert_eq!(long_running, None, "{what}"),
            Some(expected) => {
                let id_of = |method: &str| {
                    service
                        .operations
                        .iter()
                        .find(|operation| operation.id.rust == method)
                        .map(|operation| operation.id.wire.clone())
                        .expect("an operation of the service")
                };
                let mut wanted = json!({
                    "location": operation.response_headers[expected.location].name.wire,
                    "status-operation": id_of(&expected.status_operation),
                    "status-property": expected.status_property,
                    "succeeded": expected.succeeded,
                    "failed": expected.failed,
                    "canceled": expected.canceled,
                });
                if let Some(cancel) = &expected.cancel_operation {
                    wanted["cancel-operation"] = json!(id_of(cancel));
                }
                match &expected.result {
                    Some(FinalResult::Property { name, .. }) => {
                        wanted["final-result"] = json!({ "property": name });
                    }
                    Some(FinalResult::Operation { method, .. }) => {
                        wanted["final-result"] = json!({ "operation": id_of(method) });
                    }
                    None => {}
                }
                assert_eq!(long_running, Some(&wanted), "{what}");
            }
        }
    }
}

#[test]
fn every_struct_and_enumeration_is_a_component() {
    for spec in specs() {
        let (service, _, document) = export(&spec);
        let locale = service.default_locale();
        let schemas = &document.components.as_ref().expect("components").schemas;
        assert_eq!(
            schemas.len(),
            service.types.len()
                + service.enums.len()
                + service.polymorphic.len()
                + service.unions.len(),
            "{spec}"
        );
        for polymorphic in &service.polymorphic {
            let name = &polymorphic.name.rust;
            let schema = schemas[name].as_item().expect("an inline schema");
            let SchemaKind::OneOf { one_of } = &schema.schema_kind else {
                panic!("{spec}: {name} is not a oneOf");
            };
            let mut wanted: Vec<String> = polymorphic
                .variants
                .iter()
                .map(|v| v.name.rust.clone())
                .collect();
            wanted.push(polymorphic.other.clone());
            let wanted: Vec<Type> = wanted
                .into_iter()
                .map(|n| describe_reference(&document, &format!("#/components/schemas/{n}")))
                .collect();
            let got: Vec<Type> = one_of.iter().map(|s| describe(&document, s)).collect();
            assert_eq!(got, wanted, "{spec}: {name}");
            let discriminator = schema
                .schema_data
                .discriminator
                .as_ref()
                .expect("a discriminator");
            assert_eq!(discriminator.property_name, polymorphic.discriminator.wire);
            let mapping: Vec<(&str, String)> = discriminator
                .mapping
                .iter()
                .map(|(value, target)| (value.as_str(), target.clone()))
                .collect();
            let wanted: Vec<(&str, String)> = polymorphic
                .variants
                .iter()
                .map(|v| {
                    (
                        v.name.wire.as_str(),
                        format!("#/components/schemas/{}", v.name.rust),
                    )
                })
                .collect();
            assert_eq!(mapping, wanted, "{spec}: {name}'s mapping");
        }
        for structure in &service.types {
            let name = &structure.name.rust;
            let schema = schemas[name].as_item().expect("an inline schema");
            let SchemaKind::Type(OaType::Object(object)) = &schema.schema_kind else {
                panic!("{spec}: {name} is not an object");
            };
            let properties: Vec<&str> = object.properties.keys().map(String::as_str).collect();
            // A derived struct's schema also states its discriminator, required.
            let tag = structure.tag.as_ref().map(|tag| tag.property.as_str());
            let fields: Vec<&str> = structure
                .fields
                .iter()
                .map(|field| field.name.wire.as_str())
                .chain(tag)
                .collect();
            assert_eq!(properties, fields, "{spec}: {name}");
            let required: Vec<&str> = tag
                .into_iter()
                .chain(
                    structure
                        .fields
                        .iter()
                        .filter(|field| field.required)
                        .map(|field| field.name.wire.as_str()),
                )
                .collect();
            assert_eq!(object.required, required, "{spec}: {name}");
            match (&object.additional_properties, &structure.additional) {
                (None, None) => {}
                (Some(AdditionalProperties::Schema(item)), Some(additional)) => assert_eq!(
                    describe(&document, item),
                    *additional,
                    "{spec}: {name}'s additional properties"
                ),
                (schema, additional) => {
                    panic!("{spec}: {name}: additionalProperties {schema:?} for {additional:?}")
                }
            }
            for field in &structure.fields {
                let property = &object.properties[&field.name.wire];
                let what = format!("{spec}: {name}.{}", field.name.wire);
                // A nullable property's schema is that of `nullable<T>`.
                let expected = if field.nullable && field.ty != Type::Scalar(Scalar::Json) {
                    Type::Nullable(Box::new(field.ty.clone()))
                } else {
                    field.ty.clone()
                };
                assert_eq!(
                    describe_boxed(&document, property),
                    expected,
                    "{what}: type"
                );
                if let (Some(delimiter), ReferenceOr::Item(schema)) = (field.delimiter, property) {
                    let encoding = schema.schema_data.extensions.get("x-specgen-encoding");
                    assert_eq!(encoding, Some(&json!(delimiter.name())), "{what}");
                }
                let (nullable, description) = match property {
                    ReferenceOr::Reference { .. } => (false, None),
                    ReferenceOr::Item(schema) => (
                        schema.schema_data.nullable,
                        schema.schema_data.description.clone(),
                    ),
                };
                // A `json` value is nullable whatever the property says.
                let json = field.ty == Type::Scalar(Scalar::Json);
                assert_eq!(nullable, field.nullable || json, "{what}: nullable");
                let text = field.description.get(locale);
                if !text.is_empty() {
                    assert!(
                        description.is_some_and(|description| description.starts_with(text)),
                        "{what}: description"
                    );
                }
            }
            assert_eq!(
                schema.schema_data.example,
                structure.example.as_deref().map(parse_json),
                "{spec}: {name}"
            );
        }
        for enumeration in &service.enums {
            let name = &enumeration.name.rust;
            let schema = schemas[name].as_item().expect("an inline schema");
            // The values in the schema's type: strings, numbers or booleans, as listed.
            let listed: Vec<Value> = match &schema.schema_kind {
                SchemaKind::Type(OaType::String(string)) => {
                    string.enumeration.iter().map(|v| json!(v)).collect()
                }
                SchemaKind::Type(OaType::Integer(integer)) => {
                    integer.enumeration.iter().map(|v| json!(v)).collect()
                }
                SchemaKind::Type(OaType::Number(number)) => {
                    number.enumeration.iter().map(|v| json!(v)).collect()
                }
                SchemaKind::Type(OaType::Boolean(boolean)) => {
                    boolean.enumeration.iter().map(|v| json!(v)).collect()
                }
                other => panic!("{spec}: {name} is not an enumeration: {other:?}"),
            };
            // A value's aliases are values the API sends too.
            let values: Vec<Value> = enumeration
                .values
                .iter()
                .flat_map(|value| value.spellings())
                .map(|spelling| match enumeration.value_type {
                    Scalar::String => json!(spelling),
                    _ => serde_json::from_str(spelling).expect("a number or a boolean"),
                })
                .collect();
            assert_eq!(listed, values, "{spec}: {name}");
            let description = schema.schema_data.description.as_deref().unwrap_or("");
            assert!(description.starts_with(enumeration.description.get(locale)));
            for value in &enumeration.values {
                assert!(description.contains(&format!("`{}`", value.name.wire)));
            }
            let says = if enumeration.extensible {
                "not listed here is accepted"
            } else {
                "not listed here is refused"
            };
            assert!(
                description.contains(says),
                "{spec}: {name} does not say what becomes of unknown values"
            );
        }
    }
}

/// The component key of the service's security scheme.
fn scheme_name(service: &Service) -> &'static str {
    match service.auth.as_ref().map(|auth| &auth.scheme) {
        Some(AuthScheme::ApiKey { .. }) => "apiKey",
        _ => "bearer",
    }
}

fn parse_json(text: &str) -> Value {
    serde_json::from_str(text).expect("a checked example")
}

fn ref_param(name: &str) -> ReferenceOr<Parameter> {
    ReferenceOr::Reference {
        reference: format!("#/components/parameters/{name}"),
    }
}

/// What the test compares of a parameter.
struct ParameterInfo {
    name: String,
    location: &'static str,
    required: bool,
    ty: Type,
    description: Option<String>,
    schema_enum: Vec<String>,
}

impl ParameterInfo {
    fn assert_is(&self, name: &str, location: &str, required: bool, ty: &Type) {
        assert_eq!(self.name, name);
        assert_eq!(self.location, location, "{name}");
        assert_eq!(self.required, required, "{name}: required");
        assert_eq!(&self.ty, ty, "{name}: type");
    }
}

fn info_of(document: &OpenAPI, parameter: &ReferenceOr<Parameter>) -> ParameterInfo {
    let parameter = match parameter {
        ReferenceOr::Item(parameter) => parameter,
        ReferenceOr::Reference { reference } => {
            let name = reference
                .strip_prefix("#/components/parameters/")
                .expect("a parameter reference");
            document.components.as_ref().expect("components").parameters[name]
                .as_item()
                .expect("an inline parameter")
        }
    };
    let location = match parameter {
        Parameter::Path { .. } => "path",
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Cookie { .. } => "cookie",
    };
    let data = parameter.parameter_data_ref();
    let ParameterSchemaOrContent::Schema(schema) = &data.format else {
        panic!("{}: no schema", data.name);
    };
    let schema_enum = match schema {
        ReferenceOr::Item(Schema {
            schema_kind: SchemaKind::Type(OaType::String(string)),
            ..
        }) => string.enumeration.iter().flatten().cloned().collect(),
        _ => Vec::new(),
    };
    ParameterInfo {
        name: data.name.clone(),
        location,
        required: data.required,
        ty: describe(document, schema),
        description: data.description.clone(),
        schema_enum,
    }
}
