//! progenitor's side of the benchmarks: its generator over an OpenAPI document, as its
//! documentation shows for `build.rs` (`progenitor::Generator` then prettyplease).
//!
//! progenitor 0.15 cannot generate an operation whose success responses carry different
//! bodies: `extract_responses` asserts `response_types.len() <= 1` and panics. Each synthetic
//! operation has a `200` row with a body and a `202` row with only a header, as the real
//! spec's long-running operations have, which is valid OpenAPI. [`adapt`] works around it
//! here, never in specgen's export: a success response without a body gets the body of the
//! operation's first success response that has one, so that every status row stays.

use progenitor::{GenerationSettings, Generator};

/// Parses an OpenAPI document (JSON).
///
/// # Errors
///
/// When the text is not an OpenAPI 3.0 document.
pub fn parse(openapi_json: &str) -> Result<openapiv3::OpenAPI, String> {
    serde_json::from_str(openapi_json).map_err(|error| format!("not an OpenAPI document: {error}"))
}

/// Gives the success responses without a body the body of the first success response with
/// one, in operations that mix the two (see the crate docs). Returns the operations changed.
pub fn adapt(spec: &mut openapiv3::OpenAPI) -> Vec<String> {
    use openapiv3::{ReferenceOr, StatusCode};
    let mut changed = Vec::new();
    for (path, item) in &mut spec.paths.paths {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        let methods = [
            ("GET", &mut item.get),
            ("PUT", &mut item.put),
            ("POST", &mut item.post),
            ("DELETE", &mut item.delete),
            ("PATCH", &mut item.patch),
            ("HEAD", &mut item.head),
        ];
        for (method, operation) in methods {
            let Some(operation) = operation else { continue };
            let success = |code: &StatusCode| matches!(code, StatusCode::Code(200..=299));
            let content = operation
                .responses
                .responses
                .iter()
                .find_map(|(code, response)| match response {
                    ReferenceOr::Item(response)
                        if success(code) && !response.content.is_empty() =>
                    {
                        Some(response.content.clone())
                    }
                    _ => None,
                });
            let Some(content) = content else { continue };
            for (code, response) in &mut operation.responses.responses {
                if let ReferenceOr::Item(response) = response
                    && success(code)
                    && response.content.is_empty()
                {
                    response.content = content.clone();
                    changed.push(format!("{method} {path} {code}"));
                }
            }
        }
    }
    changed
}

/// progenitor's client tokens for an OpenAPI document, with its default settings.
///
/// # Errors
///
/// What progenitor rejects.
pub fn tokens(spec: &openapiv3::OpenAPI) -> Result<proc_macro2::TokenStream, String> {
    // progenitor panics on some documents (see the crate docs): report that as an error.
    std::panic::catch_unwind(|| {
        Generator::new(&GenerationSettings::default()).generate_tokens(spec)
    })
    .map_err(|_| "progenitor panicked on the document".to_owned())?
    .map_err(|error| format!("progenitor rejects the document: {error}"))
}

/// Formats generated tokens as progenitor's `build.rs` example does.
///
/// # Errors
///
/// When the tokens are not a Rust file.
pub fn format(tokens: proc_macro2::TokenStream) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens).map_err(|error| error.to_string())?;
    Ok(prettyplease::unparse(&file))
}

/// progenitor's formatted client for an OpenAPI document (JSON), [adapted](adapt).
///
/// # Errors
///
/// As [`parse`], [`tokens`] and [`format`].
pub fn generate(openapi_json: &str) -> Result<String, String> {
    let mut spec = parse(openapi_json)?;
    adapt(&mut spec);
    format(tokens(&spec)?)
}
