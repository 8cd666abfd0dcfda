//! The proc-macro front-end of [specgen](https://docs.rs/specgen): a typed HTTP client
//! generated inline from a YAML spec.
//!
//! ```ignore
//! // in src/lib.rs of a crate depending on `specgen-macros` and `specgen-runtime`:
//! specgen_macros::generate_client!("spec/cloud-partner-portal.yaml");
//! ```
//!
//! expands to the same items as `specgen::Generator` writes from a build script: the
//! `Client`, a method per operation, the request and response types and an error enum per
//! operation. Both front-ends call the same library, so they produce the same code and the same
//! diagnostics.
//!
//! The path is relative to the invoking crate's `CARGO_MANIFEST_DIR`. Every spec file the
//! expansion read is tracked (`include_bytes!`), so that editing one rebuilds the crate. An
//! invalid spec is a compile error at the path literal that carries each problem's
//! `file:line:col`, message and help.
//!
//! Doc examples in the generated items name the invoking crate (`CARGO_CRATE_NAME`), so invoke
//! the macro at the crate root for them to hold.

use std::path::{Path, PathBuf};

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as TokenStream2};
use quote::quote;
use syn::{LitStr, parse_macro_input};

/// Overrides `CARGO_MANIFEST_DIR` as the base of the spec path.
///
/// For harnesses such as trybuild that compile a test crate away from its sources: they set it
/// to the directory of the crate that holds the tests.
const BASE_DIR_OVERRIDE: &str = "SPECGEN_MANIFEST_DIR";

/// Generates a typed client of the spec at the given path, relative to `CARGO_MANIFEST_DIR`.
///
/// See the [crate documentation](crate).
#[proc_macro]
pub fn generate_client(input: TokenStream) -> TokenStream {
    let literal = parse_macro_input!(input as LitStr);
    let crate_name = std::env::var("CARGO_CRATE_NAME").unwrap_or_else(|_| "crate".to_owned());
    expand(&literal, &base_dir(), &crate_name).into()
}

/// The directory that relative spec paths start from.
fn base_dir() -> PathBuf {
    std::env::var_os(BASE_DIR_OVERRIDE)
        .or_else(|| std::env::var_os("CARGO_MANIFEST_DIR"))
        .map(PathBuf::from)
        .unwrap_or_default()
}

/// The expansion: the tracking of every spec file read, then the generated items or one
/// compile error per diagnostic, at the path literal.
fn expand(literal: &LitStr, base: &Path, crate_name: &str) -> TokenStream2 {
    let service_file = base.join(literal.value());
    let tracked = track(&service_file);
    let generated = match specgen::Generator::new(&service_file)
        .crate_name(crate_name)
        .tokens()
    {
        Ok(tokens) => tokens,
        Err(error) => compile_errors(&error, base, literal.span()),
    };
    quote!(#tracked #generated)
}

/// `include_bytes!` of every spec file that exists, so that cargo rebuilds when one changes.
fn track(service_file: &Path) -> TokenStream2 {
    let includes = specgen::spec_files(service_file)
        .into_iter()
        .filter(|file| file.is_file())
        .filter_map(|file| file.to_str().map(str::to_owned))
        .map(|path| {
            quote!(
                const _: &[u8] = ::core::include_bytes!(#path);
            )
        });
    quote!(#(#includes)*)
}

/// One `compile_error!` per problem, each rendered like the CLI renders it, with paths
/// relative to `base` so that the message does not depend on the machine. Warnings are left
/// out: a proc-macro cannot emit them on stable Rust.
fn compile_errors(error: &specgen::Error, base: &Path, span: Span) -> TokenStream2 {
    let messages: Vec<String> = match error {
        specgen::Error::Spec(diagnostics) => diagnostics
            .0
            .iter()
            .filter(|diagnostic| diagnostic.severity == specgen::diagnostics::Severity::Error)
            .map(|diagnostic| {
                let source = std::fs::read_to_string(&diagnostic.location.file).ok();
                let shown = diagnostic.relative_to(base).render(source.as_deref());
                format!("spec {}", shown.trim_end())
            })
            .collect(),
        other => vec![other.to_string()],
    };
    let errors = messages
        .iter()
        .map(|message| syn::Error::new(span, message).to_compile_error());
    quote!(#(#errors)*)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used)]

    use super::*;

    const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");
    const SPEC: &str = "../../spec/cloud-partner-portal.yaml";

    /// The items of a token stream, without the `const _` items that track spec files.
    fn generated_items(tokens: TokenStream2) -> Vec<syn::Item> {
        let file: syn::File = syn::parse2(tokens).expect("the expansion parses as items");
        file.items
            .into_iter()
            .filter(|item| !matches!(item, syn::Item::Const(item) if item.ident == "_"))
            .collect()
    }

    #[test]
    fn expands_to_what_the_build_script_writes() {
        let literal = LitStr::new(SPEC, Span::call_site());
        let expansion = expand(&literal, Path::new(MANIFEST_DIR), "cloud_partner_portal");
        let items = generated_items(expansion);
        let expanded: syn::File = syn::parse2(quote!(#(#items)*)).unwrap();

        // What `generated-client/build.rs` writes into OUT_DIR: the same call for the same
        // crate, formatted. Formatting the expansion the same way must give the same text
        // (prettyplease only adds layout and trailing commas).
        let written = specgen::Generator::new(Path::new(MANIFEST_DIR).join(SPEC))
            .generate()
            .expect("the real spec generates")
            .source;
        let (header, body) = written
            .split_once("\n\n")
            .expect("an @generated header, then the code");
        assert!(header.contains("@generated"), "{header}");
        assert!(
            prettyplease::unparse(&expanded) == body,
            "the macro's expansion and the build script's file differ"
        );
    }

    #[test]
    fn every_spec_file_read_is_tracked() {
        let literal = LitStr::new(SPEC, Span::call_site());
        let expansion = expand(&literal, Path::new(MANIFEST_DIR), "cloud_partner_portal");
        let file: syn::File = syn::parse2(expansion).unwrap();
        let tracked: Vec<String> = file
            .items
            .iter()
            .filter_map(|item| match item {
                syn::Item::Const(item) if item.ident == "_" => {
                    let syn::Expr::Macro(call) = &*item.expr else {
                        return None;
                    };
                    let path: LitStr = call.mac.parse_body().ok()?;
                    Some(path.value())
                }
                _ => None,
            })
            .collect();
        let service = specgen::check(Path::new(MANIFEST_DIR).join(SPEC)).unwrap();
        let read: Vec<String> = service
            .files
            .iter()
            .map(|file| file.to_str().unwrap().to_owned())
            .collect();
        assert_eq!(tracked, read);
        assert_eq!(read.len(), 1 + service.operations.len());
    }
}
