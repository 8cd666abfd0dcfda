//! Emit: the `Client` and its builder; each operation adds its methods in an `impl Client`
//! block of its own (`operation`).

use proc_macro2::TokenStream;
use quote::quote;

use super::context::Context;
use super::doc;
use crate::model::{AuthScheme, Service};

/// The client struct, its builder alias and its methods.
pub(super) fn client(cx: &Context<'_>) -> TokenStream {
    let service = cx.service;
    let base_url = &service.base_url;
    let api_version = match &service.api_version {
        Some(version) => {
            let (parameter, value) = (&version.name, &version.value);
            quote!(Some(::specgen_runtime::ApiVersion { parameter: #parameter, value: #value }))
        }
        None => quote!(None),
    };
    // The header of an API key is the spec's; the builder learns it here.
    let api_key_header = match service.auth.as_ref().map(|auth| &auth.scheme) {
        Some(AuthScheme::ApiKey { header }) => quote!(.api_key_header(#header)),
        _ => quote!(),
    };
    let client_doc = doc(&client_docs(cx));
    let builder_doc = doc(if service.auth.is_some() {
        "Configures and builds a [`Client`]: base URL, credentials, API version, HTTP client, \
         timeouts and the response size limit."
    } else {
        "Configures and builds a [`Client`]: base URL, API version, HTTP client, timeouts and \
         the response size limit."
    });
    let base_url_doc = doc(&format!(
        "The base URL requests go to unless [`ClientBuilder::base_url`] says otherwise: `{base_url}`."
    ));
    let api_version_const = service.api_version.as_ref().map(|version| {
        let value = &version.value;
        let text = doc(&format!(
            "The API version this client was generated for, sent as the `{}` query parameter of every request; [`ClientBuilder::api_version`] overrides it.",
            version.name
        ));
        quote!(#text pub const API_VERSION: &'static str = #value;)
    });
    quote! {
        #client_doc
        #[derive(Debug, Clone)]
        pub struct Client {
            transport: ::specgen_runtime::Transport,
        }

        #builder_doc
        pub type ClientBuilder = ::specgen_runtime::ClientBuilder<Client>;

        impl ::std::convert::From<::specgen_runtime::Transport> for Client {
            fn from(transport: ::specgen_runtime::Transport) -> Self {
                Client { transport }
            }
        }

        impl Client {
            #base_url_doc
            pub const DEFAULT_BASE_URL: &'static str = #base_url;

            #api_version_const

            /// A builder with the service's defaults; call [`ClientBuilder::build`] to finish.
            #[must_use]
            pub fn builder() -> ClientBuilder {
                ::specgen_runtime::ClientBuilder::new(::specgen_runtime::ServiceDefaults {
                    base_url: #base_url,
                    api_version: #api_version,
                    user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
                })
                #api_key_header
            }

        }
    }
}

fn client_docs(cx: &Context<'_>) -> String {
    let (service, docs) = (cx.service, &cx.docs);
    let crate_name = &cx.options.crate_name;
    let mut text = format!(
        "A client of the {}.\n\n{}\n\nEvery request goes to the base URL (`{}` by default), ",
        docs.cell(&service.title),
        docs.text(&service.description),
        service.base_url
    );
    if let Some(version) = &service.api_version {
        text.push_str(&format!(
            "carries `{}={}` in its query, ",
            version.name, version.value
        ));
    }
    text.push_str(match service.auth.as_ref().map(|auth| &auth.scheme) {
        Some(AuthScheme::ApiKey { .. }) => "and the API key the builder was given.",
        Some(AuthScheme::Bearer) => "and the bearer token the builder was given.",
        None => "without credentials: the service takes none.",
    });
    text.push_str("\n\n# Operations\n\n");
    for operation in &service.operations {
        text.push_str(&format!(
            "- [`{}`]({}): {}\n",
            operation.id.rust,
            docs.operation_link(operation),
            docs.cell(&operation.summary)
        ));
    }
    let credentials = match credentials_call(service) {
        Some(call) => format!("\n    {call}"),
        None => String::new(),
    };
    text.push_str(&format!(
        "\n# Example\n\n```no_run\n# fn main() -> Result<(), {crate_name}::BuildError> {{\nlet client = {crate_name}::Client::builder(){credentials}\n    .build()?;\n# Ok(())\n# }}\n```"
    ));
    text
}

/// The builder call that gives the client its credentials, in examples (none without auth).
fn credentials_call(service: &Service) -> Option<&'static str> {
    match service.auth.as_ref().map(|auth| &auth.scheme) {
        Some(AuthScheme::ApiKey { .. }) => Some(".api_key(\"YOUR_API_KEY\")"),
        Some(AuthScheme::Bearer) => Some(".bearer_token(\"YOUR_TOKEN\")"),
        None => None,
    }
}
