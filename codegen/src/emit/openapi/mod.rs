//! The OpenAPI 3.0 document of a service, for Swagger UI, Redoc, schemathesis or progenitor.
//!
//! Built from the resolved model only, as [`openapiv3`] values (the types progenitor reads), with
//! the texts of the default locale. What OpenAPI 3.0 cannot say is kept in `x-specgen-*`
//! extensions, which other tools ignore:
//!
//! | Extension | On | Holds |
//! | --- | --- | --- |
//! | `x-specgen-type: email-list` | a schema | a comma-separated list of e-mail addresses in one string |
//! | `x-specgen-fixed-headers` | an operation | fixed header values OpenAPI does not take as parameters (`Content-Type`, `Accept`) |
//! | `x-specgen-response` | a response | the row's variant name and kind (`success` or `error`), and the `code` of a range (`494-499`), which is under its classes (`4XX`) and codes |
//! | `x-specgen-long-running` | a response | how to follow the long-running operation the row starts, and where its `final-result` is |
//!
//! Only with the `openapi` feature of the library (the command line turns it on).

#![cfg(feature = "openapi")]

use openapiv3 as oa;
use serde_json::{Value, json};

mod polymorphic;
mod scalar;
mod structs;
mod unions;

use crate::model::{
    Auth, AuthScheme, CollectionFormat, EnumValue, Enumeration, FinalResult, HeaderValue,
    LongRunning, Method, Operation, Parameter, ParameterLocation, ParameterType, RequestHeader,
    Response, ResponseHeader, ResponseKind, Scalar, Service, StatusCode, Type,
};
use polymorphic::{add_tag, polymorphic_schema};
use scalar::{scalar_schema, scalar_value};
use structs::struct_schema;
use unions::union_schema;

/// The OpenAPI version of the document.
pub const OPENAPI_VERSION: &str = "3.0.3";

/// The component key of the service's security scheme: a bearer token or an API key.
fn security_scheme_name(auth: &Auth) -> &'static str {
    match auth.scheme {
        AuthScheme::Bearer => "bearer",
        AuthScheme::ApiKey { .. } => "apiKey",
    }
}

/// The component key of the API version parameter.
const API_VERSION_PARAMETER: &str = "api-version";

/// The media type of every body.
const JSON: &str = "application/json";

/// Header parameters that OpenAPI ignores: the body's media type, content negotiation and
/// authentication have constructs of their own.
const IGNORED_HEADER_PARAMETERS: [&str; 3] = ["Accept", "Content-Type", "Authorization"];

/// The OpenAPI document of a service.
///
/// Every operation is under its path template and method, its `operationId` the spec's id.
/// Parameters, caller-supplied and fixed request headers, the API version (a required query
/// parameter whose default is the spec's version, shared as
/// `#/components/parameters/api-version`), the request
/// body and every status row, with its headers and body, are kept. Named and inline structs and
/// enumerations are `#/components/schemas/<RustName>`. Operations documenting the bearer token
/// require the `bearer` security scheme.
///
/// Two operations with the same method and path cannot both be in an OpenAPI document: the
/// first is kept.
pub fn document(service: &Service) -> oa::OpenAPI {
    let locale = service.default_locale();
    let mut components = oa::Components::default();
    for structure in &service.types {
        let mut schema = struct_schema(structure, locale);
        add_tag(structure, &mut schema);
        components
            .schemas
            .insert(structure.name.rust.clone(), oa::ReferenceOr::Item(schema));
    }
    for polymorphic in &service.polymorphic {
        components.schemas.insert(
            polymorphic.name.rust.clone(),
            oa::ReferenceOr::Item(polymorphic_schema(polymorphic, locale)),
        );
    }
    for union in &service.unions {
        components.schemas.insert(
            union.name.rust.clone(),
            oa::ReferenceOr::Item(union_schema(union, locale)),
        );
    }
    for enumeration in &service.enums {
        components.schemas.insert(
            enumeration.name.rust.clone(),
            oa::ReferenceOr::Item(enum_schema(enumeration, locale)),
        );
    }
    if let Some(api_version) = &service.api_version {
        // A default rather than a one-value enumeration: the client builder can send another
        // version (`ClientBuilder::api_version`).
        let mut schema = scalar_schema(Scalar::String);
        schema.schema_data.default = Some(Value::String(api_version.value.clone()));
        let data = parameter_data(
            &api_version.name,
            text(api_version.description.get(locale)),
            true,
            schema,
            Some(Value::String(api_version.value.clone())),
        );
        components.parameters.insert(
            API_VERSION_PARAMETER.to_owned(),
            oa::ReferenceOr::Item(query_parameter(data)),
        );
    }
    if let Some(auth) = &service.auth {
        let description = text(auth.description.get(locale));
        let scheme = match &auth.scheme {
            AuthScheme::Bearer => oa::SecurityScheme::HTTP {
                scheme: "bearer".to_owned(),
                bearer_format: None,
                description,
                extensions: Default::default(),
            },
            AuthScheme::ApiKey { header } => oa::SecurityScheme::APIKey {
                location: oa::APIKeyLocation::Header,
                name: header.clone(),
                description,
                extensions: Default::default(),
            },
        };
        components.security_schemes.insert(
            security_scheme_name(auth).to_owned(),
            oa::ReferenceOr::Item(scheme),
        );
    }

    let mut paths = oa::Paths::default();
    for operation in &service.operations {
        let item = paths
            .paths
            .entry(operation.path_template.clone())
            .or_insert_with(|| oa::ReferenceOr::Item(oa::PathItem::default()));
        if let oa::ReferenceOr::Item(item) = item {
            let slot = method_slot(item, operation.method);
            if slot.is_none() {
                *slot = Some(operation_object(service, operation, locale));
            }
        }
    }

    oa::OpenAPI {
        openapi: OPENAPI_VERSION.to_owned(),
        info: oa::Info {
            title: service.title.get(locale).to_owned(),
            description: text(service.description.get(locale)),
            version: service
                .api_version
                .as_ref()
                .map_or_else(|| "unversioned".to_owned(), |v| v.value.clone()),
            ..Default::default()
        },
        servers: vec![oa::Server {
            url: service.base_url.clone(),
            ..Default::default()
        }],
        paths,
        components: Some(components),
        ..Default::default()
    }
}

/// The OpenAPI document of a service as pretty-printed JSON, ending with a newline.
pub fn json(service: &Service) -> Result<String, serde_json::Error> {
    let mut text = serde_json::to_string_pretty(&document(service))?;
    text.push('\n');
    Ok(text)
}

fn method_slot(item: &mut oa::PathItem, method: Method) -> &mut Option<oa::Operation> {
    match method {
        Method::Get => &mut item.get,
        Method::Put => &mut item.put,
        Method::Post => &mut item.post,
        Method::Patch => &mut item.patch,
        Method::Delete => &mut item.delete,
        Method::Head => &mut item.head,
    }
}

fn operation_object(service: &Service, operation: &Operation, locale: &str) -> oa::Operation {
    let mut parameters: Vec<oa::ReferenceOr<oa::Parameter>> = operation
        .parameters
        .iter()
        .map(|parameter| oa::ReferenceOr::Item(uri_parameter(parameter, locale)))
        .collect();
    if service.api_version.is_some() {
        parameters.push(oa::ReferenceOr::Reference {
            reference: format!("#/components/parameters/{API_VERSION_PARAMETER}"),
        });
    }
    let mut fixed_headers = serde_json::Map::new();
    let mut security = None;
    for header in &operation.headers {
        match &header.value {
            HeaderValue::Auth => {
                security = service.auth.as_ref().map(|auth| {
                    vec![
                        [(security_scheme_name(auth).to_owned(), Vec::new())]
                            .into_iter()
                            .collect(),
                    ]
                });
            }
            HeaderValue::Fixed(value) if is_ignored_header_parameter(&header.name.wire) => {
                fixed_headers.insert(header.name.wire.clone(), Value::String(value.clone()));
            }
            _ => parameters.push(oa::ReferenceOr::Item(header_parameter(header, locale))),
        }
    }

    // The body's media type is the Content-Type the operation sends.
    let media_type = operation
        .headers
        .iter()
        .find_map(|h| match &h.value {
            HeaderValue::Fixed(value) if h.name.wire.eq_ignore_ascii_case("content-type") => {
                Some(value.clone())
            }
            _ => None,
        })
        .unwrap_or_else(|| JSON.to_owned());
    let request_body = operation.body.as_ref().map(|body| {
        oa::ReferenceOr::Item(oa::RequestBody {
            description: text(body.description.get(locale)),
            content: [(
                media_type,
                oa::MediaType {
                    schema: Some(type_schema(&body.ty)),
                    example: body.example.as_deref().and_then(json_value),
                    ..Default::default()
                },
            )]
            .into_iter()
            .collect(),
            required: body.required,
            extensions: Default::default(),
        })
    });

    let mut responses = oa::Responses::default();
    for row in &operation.responses {
        let item = oa::ReferenceOr::Item(response(service, operation, row, locale));
        match row.code {
            StatusCode::Default => responses.default = Some(item),
            _ => {
                for key in status_keys(operation, row) {
                    responses.responses.insert(key, item.clone());
                }
            }
        }
    }

    let mut extensions = oa::Operation::default().extensions;
    if !fixed_headers.is_empty() {
        extensions.insert(
            "x-specgen-fixed-headers".to_owned(),
            Value::Object(fixed_headers),
        );
    }
    oa::Operation {
        summary: text(operation.summary.get(locale)),
        description: text(operation.description.get(locale)),
        operation_id: Some(operation.id.wire.clone()),
        parameters,
        request_body,
        responses,
        security,
        extensions,
        ..Default::default()
    }
}

/// The keys of a row that is not `default` in an OpenAPI `responses`, which knows codes and
/// classes (`4XX`) and matches a code before a class: the row's code; for a range, the class of
/// each whole class it holds that no narrower range holds too, and elsewhere the codes it
/// takes (its codes that no row of higher precedence takes), so that every status selects the
/// same row as in the spec.
fn status_keys(operation: &Operation, row: &Response) -> Vec<oa::StatusCode> {
    let (low, high) = match row.code {
        StatusCode::Code(code) => return vec![oa::StatusCode::Code(code)],
        StatusCode::Range(low, high) => (low, high),
        StatusCode::Default => return Vec::new(),
    };
    let holds_class = |code: StatusCode, class: u16| match code {
        StatusCode::Range(low, high) => low <= class * 100 && class * 100 + 99 <= high,
        _ => false,
    };
    let mut keys = Vec::new();
    for class in low / 100..=high / 100 {
        let whole = holds_class(row.code, class)
            && !operation.responses.iter().any(|other| {
                other.code.precedence() < row.code.precedence() && holds_class(other.code, class)
            });
        if whole {
            keys.push(oa::StatusCode::Range(class));
            continue;
        }
        let codes = (class * 100).max(low)..=(class * 100 + 99).min(high);
        keys.extend(
            codes
                .filter(|&status| {
                    operation
                        .row_for(status)
                        .is_some_and(|selected| selected.variant == row.variant)
                })
                .map(oa::StatusCode::Code),
        );
    }
    keys
}

/// Whether OpenAPI ignores a header parameter of this name.
fn is_ignored_header_parameter(name: &str) -> bool {
    IGNORED_HEADER_PARAMETERS
        .iter()
        .any(|ignored| ignored.eq_ignore_ascii_case(name))
}

fn uri_parameter(parameter: &Parameter, locale: &str) -> oa::Parameter {
    // The spec writes a list's `default`, `example` and constant joined as on the wire; as
    // JSON they are arrays of the items' values. A map's or an object's are JSON already.
    let value = |text: &str| match &parameter.ty {
        ParameterType::Scalar(scalar) => scalar_value(*scalar, text),
        ParameterType::List(item, format) => Value::Array(
            text.split(format.separator().unwrap_or(","))
                .map(|element| scalar_value(*item, element))
                .collect(),
        ),
        ParameterType::Map(..) | ParameterType::Object(..) => {
            json_value(text).unwrap_or_else(|| Value::String(text.to_owned()))
        }
    };
    let mut schema = match &parameter.ty {
        ParameterType::Scalar(scalar) => scalar_schema(*scalar),
        ParameterType::List(item, _) => type_item(&Type::List(Box::new(Type::Scalar(*item)))),
        ParameterType::Map(item, _) => type_item(&Type::Map(Box::new(Type::Scalar(*item)))),
        // Wrapped in `allOf`, since OpenAPI 3.0 ignores the siblings (a default) of a `$ref`.
        ParameterType::Object(name, _) => oa::Schema {
            schema_data: oa::SchemaData::default(),
            schema_kind: oa::SchemaKind::AllOf {
                all_of: vec![reference(name)],
            },
        },
    };
    schema.schema_data.default = parameter.default.as_deref().map(value);
    if let Some(constant) = &parameter.constant {
        // Always sent with this value: required, with the value as its default.
        schema.schema_data.default = Some(value(constant));
        schema.schema_data.extensions.insert(
            "x-specgen-constant".to_owned(),
            Value::String(constant.clone()),
        );
    }
    let mut data = parameter_data(
        &parameter.name.wire,
        text(parameter.description.get(locale)),
        parameter.required
            || parameter.location == ParameterLocation::Path
            || parameter.constant.is_some(),
        schema,
        parameter.example.as_deref().map(value),
    );
    match parameter.location {
        ParameterLocation::Path => {
            if parameter.allow_reserved {
                // OpenAPI 3.0 has `allowReserved` for query parameters only.
                data.extensions
                    .insert("x-specgen-allow-reserved".to_owned(), Value::Bool(true));
            }
            oa::Parameter::Path {
                parameter_data: data,
                style: oa::PathStyle::Simple,
            }
        }
        ParameterLocation::Query => {
            // RFC 6570's forms, as OpenAPI names them: a map or an object exploded is a pair
            // per entry, named by its key.
            let format = parameter.ty.format();
            let style = match format {
                Some(CollectionFormat::Ssv) => oa::QueryStyle::SpaceDelimited,
                Some(CollectionFormat::Pipes) => oa::QueryStyle::PipeDelimited,
                _ => oa::QueryStyle::Form,
            };
            data.explode = format.map(|format| format == CollectionFormat::Multi);
            oa::Parameter::Query {
                parameter_data: data,
                allow_reserved: false,
                style,
                allow_empty_value: None,
            }
        }
    }
}

fn query_parameter(parameter_data: oa::ParameterData) -> oa::Parameter {
    oa::Parameter::Query {
        parameter_data,
        allow_reserved: false,
        style: oa::QueryStyle::Form,
        allow_empty_value: None,
    }
}

fn header_parameter(header: &RequestHeader, locale: &str) -> oa::Parameter {
    let description = text(header.description.get(locale));
    let data = match &header.value {
        HeaderValue::Caller {
            ty,
            list,
            required,
            example,
            generated,
        } => {
            // A list is an array in the `simple` style, the header's default: `a,b`.
            let (schema, example) = match list {
                true => (
                    type_item(&Type::List(Box::new(Type::Scalar(*ty)))),
                    example.as_deref().map(|value| {
                        let pieces = value
                            .split(',')
                            .map(|piece| scalar_value(*ty, piece.trim()));
                        Value::Array(pieces.collect())
                    }),
                ),
                false => (
                    scalar_schema(*ty),
                    example.as_deref().map(|value| scalar_value(*ty, value)),
                ),
            };
            let mut data =
                parameter_data(&header.name.wire, description, *required, schema, example);
            if *generated {
                // The client sends a new value when the caller gives none.
                data.extensions.insert(
                    "x-specgen-generated".to_owned(),
                    Value::String("uuid".into()),
                );
            }
            data
        }
        // A fixed value is a required header taking that one value.
        HeaderValue::Fixed(value) => parameter_data(
            &header.name.wire,
            description,
            true,
            oa::Schema {
                schema_data: oa::SchemaData::default(),
                schema_kind: oa::SchemaKind::Type(oa::Type::String(oa::StringType {
                    enumeration: vec![Some(value.clone())],
                    ..Default::default()
                })),
            },
            Some(Value::String(value.clone())),
        ),
        // Callers never reach this: the bearer token is the security requirement.
        HeaderValue::Auth => parameter_data(
            &header.name.wire,
            description,
            true,
            scalar_schema(Scalar::String),
            None,
        ),
    };
    oa::Parameter::Header {
        parameter_data: data,
        style: oa::HeaderStyle::Simple,
    }
}

fn parameter_data(
    name: &str,
    description: Option<String>,
    required: bool,
    schema: oa::Schema,
    example: Option<Value>,
) -> oa::ParameterData {
    oa::ParameterData {
        name: name.to_owned(),
        description,
        required,
        deprecated: None,
        format: oa::ParameterSchemaOrContent::Schema(oa::ReferenceOr::Item(schema)),
        example,
        examples: Default::default(),
        explode: None,
        extensions: Default::default(),
    }
}

fn response(
    service: &Service,
    operation: &Operation,
    row: &Response,
    locale: &str,
) -> oa::Response {
    let headers = row
        .headers
        .iter()
        .filter_map(|&index| operation.response_headers.get(index))
        .map(|header| {
            (
                header.name.wire.clone(),
                oa::ReferenceOr::Item(response_header(header, locale)),
            )
        })
        .collect();
    let content = row
        .body
        .as_ref()
        .map(|body| {
            (
                JSON.to_owned(),
                oa::MediaType {
                    schema: Some(type_schema(body)),
                    example: row.example.as_deref().and_then(json_value),
                    ..Default::default()
                },
            )
        })
        .into_iter()
        .collect();
    let mut extensions = oa::Response::default().extensions;
    let mut extension = json!({
        "name": row.variant.wire,
        "kind": match row.kind {
            ResponseKind::Success => "success",
            ResponseKind::Error => "error",
        },
    });
    // A range is under its classes and codes: the extension keeps it as the spec writes it.
    if let (StatusCode::Range(..), Value::Object(fields)) = (row.code, &mut extension) {
        fields.insert("code".to_owned(), Value::String(row.code.to_string()));
    }
    extensions.insert("x-specgen-response".to_owned(), extension);
    if let Some(long_running) = &row.long_running {
        extensions.insert(
            "x-specgen-long-running".to_owned(),
            long_running_extension(service, operation, long_running),
        );
    }
    oa::Response {
        description: row.description.get(locale).to_owned(),
        headers,
        content,
        links: Default::default(),
        extensions,
    }
}

/// A long-running row's settings, naming operations by their ids and headers by their names.
fn long_running_extension(
    service: &Service,
    operation: &Operation,
    long_running: &LongRunning,
) -> Value {
    let operation_id = |method: &str| {
        service
            .operations
            .iter()
            .find(|candidate| candidate.id.rust == method)
            .map(|candidate| candidate.id.wire.clone())
    };
    let mut extension = json!({
        "location": operation
            .response_headers
            .get(long_running.location)
            .map(|header| header.name.wire.clone()),
        "status-operation": operation_id(&long_running.status_operation),
        "status-property": long_running.status_property,
        "succeeded": long_running.succeeded,
        "failed": long_running.failed,
        "canceled": long_running.canceled,
    });
    if let (Some(cancel), Value::Object(fields)) = (
        long_running
            .cancel_operation
            .as_deref()
            .and_then(operation_id),
        &mut extension,
    ) {
        fields.insert("cancel-operation".to_owned(), Value::String(cancel));
    }
    let result = match &long_running.result {
        Some(FinalResult::Property { name, .. }) => Some(json!({ "property": name })),
        Some(FinalResult::Operation { method, .. }) => {
            operation_id(method).map(|id| json!({ "operation": id }))
        }
        None => None,
    };
    if let (Some(result), Value::Object(fields)) = (result, &mut extension) {
        fields.insert("final-result".to_owned(), result);
    }
    extension
}

fn response_header(header: &ResponseHeader, locale: &str) -> oa::Header {
    oa::Header {
        description: text(header.description.get(locale)),
        style: oa::HeaderStyle::Simple,
        required: true,
        deprecated: None,
        format: oa::ParameterSchemaOrContent::Schema(oa::ReferenceOr::Item(scalar_schema(
            header.ty,
        ))),
        example: header
            .example
            .as_deref()
            .map(|value| scalar_value(header.ty, value)),
        examples: Default::default(),
        extensions: Default::default(),
    }
}

fn boxed(schema: oa::ReferenceOr<oa::Schema>) -> oa::ReferenceOr<Box<oa::Schema>> {
    match schema {
        oa::ReferenceOr::Reference { reference } => oa::ReferenceOr::Reference { reference },
        oa::ReferenceOr::Item(schema) => oa::ReferenceOr::Item(Box::new(schema)),
    }
}

fn enum_schema(enumeration: &Enumeration, locale: &str) -> oa::Schema {
    let mut description = enumeration.description.get(locale).to_owned();
    if !description.is_empty() {
        description.push_str("\n\n");
    }
    description.push_str("Values:\n");
    for value in &enumeration.values {
        description.push_str(&format!("\n- `{}`", value.name.wire));
        for alias in &value.aliases {
            description.push_str(&format!(" (also `{alias}`)"));
        }
        let meaning = value.description.get(locale);
        if !meaning.is_empty() {
            description.push_str(&format!(": {meaning}"));
        }
    }
    description.push_str(match (enumeration.value_type, enumeration.extensible) {
        (Scalar::String, true) => {
            "\n\nThe values are read ignoring ASCII case, and a value not listed here is \
             accepted too: a specgen client keeps it as `Unknown`."
        }
        (_, true) => {
            "\n\nA value not listed here is accepted too: a specgen client keeps it as `Unknown`."
        }
        (_, false) => "\n\nA value not listed here is refused.",
    });
    // The aliases too: they are values the API sends.
    let values = enumeration.values.iter().flat_map(EnumValue::spellings);
    let schema_type = match enumeration.value_type {
        Scalar::String => oa::Type::String(oa::StringType {
            enumeration: values.map(|v| Some(v.to_owned())).collect(),
            ..Default::default()
        }),
        Scalar::Boolean => oa::Type::Boolean(oa::BooleanType {
            enumeration: values.map(|v| v.parse().ok()).collect(),
        }),
        Scalar::Float32 | Scalar::Float64 => oa::Type::Number(oa::NumberType {
            enumeration: values.map(|v| v.parse().ok()).collect(),
            ..Default::default()
        }),
        _ => oa::Type::Integer(oa::IntegerType {
            enumeration: values.map(|v| v.parse().ok()).collect(),
            ..Default::default()
        }),
    };
    oa::Schema {
        schema_data: oa::SchemaData {
            description: Some(description),
            ..Default::default()
        },
        schema_kind: oa::SchemaKind::Type(schema_type),
    }
}

/// A reference to a named struct or enumeration.
fn reference(rust_name: &str) -> oa::ReferenceOr<oa::Schema> {
    oa::ReferenceOr::Reference {
        reference: format!("#/components/schemas/{rust_name}"),
    }
}

/// The inline schema of a list or a map type.
fn type_item(ty: &Type) -> oa::Schema {
    match type_schema(ty) {
        oa::ReferenceOr::Item(schema) => schema,
        reference => oa::Schema {
            schema_data: oa::SchemaData::default(),
            schema_kind: oa::SchemaKind::AllOf {
                all_of: vec![reference],
            },
        },
    }
}

/// The schema of a type: a reference for a named one, inline otherwise.
fn type_schema(ty: &Type) -> oa::ReferenceOr<oa::Schema> {
    match ty {
        Type::Scalar(scalar) => oa::ReferenceOr::Item(scalar_schema(*scalar)),
        Type::List(item) => oa::ReferenceOr::Item(oa::Schema {
            schema_data: oa::SchemaData::default(),
            schema_kind: oa::SchemaKind::Type(oa::Type::Array(oa::ArrayType {
                items: Some(boxed(type_schema(item))),
                min_items: None,
                max_items: None,
                unique_items: false,
            })),
        }),
        Type::Map(item) => oa::ReferenceOr::Item(oa::Schema {
            schema_data: oa::SchemaData::default(),
            schema_kind: oa::SchemaKind::Type(oa::Type::Object(oa::ObjectType {
                additional_properties: Some(oa::AdditionalProperties::Schema(Box::new(
                    type_schema(item),
                ))),
                ..Default::default()
            })),
        }),
        Type::Struct(name) | Type::Enum(name) | Type::Polymorphic(name) | Type::Union(name) => {
            reference(name)
        }
        Type::Nullable(item) => {
            let mut schema = match type_schema(item) {
                reference @ oa::ReferenceOr::Reference { .. } => oa::Schema {
                    schema_data: oa::SchemaData::default(),
                    schema_kind: oa::SchemaKind::AllOf {
                        all_of: vec![reference],
                    },
                },
                oa::ReferenceOr::Item(schema) => schema,
            };
            schema.schema_data.nullable = true;
            oa::ReferenceOr::Item(schema)
        }
    }
}

/// A checked JSON example as a value.
fn json_value(example: &str) -> Option<Value> {
    serde_json::from_str(example).ok()
}

/// A text, or nothing when empty.
fn text(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_owned())
}
