//! Documentation rendered from the model: one renderer of the spec's texts and tables for
//! the rustdoc of the generated code and for the Markdown reference pages, so that the two
//! never disagree.
//!
//! A [`Docs`] renders for one [`Target`] in one locale. It turns a spec text into Markdown
//! (a code span that names an operation or a named type becomes a link to it; raw HTML is
//! escaped), escapes table cells, and draws the tables of a reference page with localized
//! headers and data-type names. Identifiers (parameter, header and property names, status
//! codes, URLs) are never translated.

mod format;
mod sanitize;
mod words;

use std::collections::HashMap;

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

use format::with_description;
pub use format::{
    code_block, code_span, is_unprintable, literal, markdown_options, request_line, status_label,
    table, to_cell, type_anchor,
};
use sanitize::{
    Container, apply, code_words, escape_html, fence_info, fenced, item_content_column, lazy_line,
    unclosed_fence,
};
pub use words::Words;

use crate::model::{
    Enumeration, Field, HeaderValue, Name, Operation, Parameter, ParameterLocation, ParameterType,
    Service, Struct, Text, Type,
};

/// Where rendered Markdown goes, which decides where its links point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The rustdoc of the generated crate: intra-doc links (`Client::retrieve_offer`,
    /// `OfferStatus`).
    Rustdoc,
    /// The Markdown reference pages: relative links between pages of one locale
    /// (`retrieve-offer.md`, `types.md#offer-status`).
    Pages,
}

/// The value the header tables show for the bearer token.
pub const BEARER_VALUE: &str = "Bearer YOUR_TOKEN";

/// The value the header tables show for an API key.
pub const API_KEY_VALUE: &str = "YOUR_API_KEY";

/// Renders the spec's texts and tables for one target, in one locale.
#[derive(Debug, Clone)]
pub struct Docs<'a> {
    service: &'a Service,
    locale: String,
    target: Target,
    names: Names<'a>,
}

/// What a text or a table may link to, by name: looked up for every code span and property,
/// so built once (a spec may have thousands of operations and types).
#[derive(Debug, Clone, Default)]
struct Names<'a> {
    /// Operations by their spec id.
    operations: HashMap<&'a str, &'a Operation>,
    /// Named types (objects and enumerations) by their spec name.
    by_wire: HashMap<&'a str, &'a Name>,
    /// Named types by their Rust name, and whether each is an enumeration.
    by_rust: HashMap<&'a str, (&'a Name, bool)>,
}

impl<'a> Names<'a> {
    fn of(service: &'a Service) -> Self {
        let structs = service
            .types
            .iter()
            .filter(|s| !s.inline)
            .map(|s| (&s.name, false));
        let polymorphic = service.polymorphic.iter().map(|p| (&p.name, true));
        let unions = service.unions.iter().map(|u| (&u.name, true));
        let named: Vec<(&Name, bool)> = polymorphic
            .chain(unions)
            .chain(structs)
            .chain(service.enums.iter().map(|e| (&e.name, true)))
            .collect();
        let mut names = Names::default();
        // The first of equal names wins, as a search in declaration order would find it.
        for operation in service.operations.iter().rev() {
            names.operations.insert(&operation.id.wire, operation);
        }
        for (name, is_enum) in named.into_iter().rev() {
            names.by_wire.insert(&name.wire, name);
            names.by_rust.insert(&name.rust, (name, is_enum));
        }
        names
    }
}

impl<'a> Docs<'a> {
    /// For the rustdoc of the generated code, in the default locale.
    pub fn rustdoc(service: &'a Service) -> Self {
        Docs {
            service,
            locale: service.default_locale().to_string(),
            target: Target::Rustdoc,
            names: Names::of(service),
        }
    }

    /// For the Markdown reference pages of `locale`.
    pub fn pages(service: &'a Service, locale: &str) -> Self {
        Docs {
            service,
            locale: locale.to_string(),
            target: Target::Pages,
            names: Names::of(service),
        }
    }

    /// The service rendered.
    pub fn service(&self) -> &'a Service {
        self.service
    }

    /// The locale of the texts.
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// The localized words.
    pub fn words(&self) -> &'static Words {
        Words::of(&self.locale)
    }

    /// A text as Markdown blocks, in this locale (falling back to the default locale).
    pub fn text(&self, text: &Text) -> String {
        self.markdown(text.get(&self.locale))
    }

    /// Spec Markdown made safe for the target: code spans naming an operation or a named
    /// type become links to it, raw HTML is escaped, control characters are dropped.
    pub fn markdown(&self, text: &str) -> String {
        self.render(text, true)
    }

    /// A text as one line of inline Markdown without links, for the text of a link.
    pub fn link_text(&self, text: &Text) -> String {
        to_cell(&self.render(text.get(&self.locale), false))
    }

    fn render(&self, text: &str, links: bool) -> String {
        // Tabs as spaces: clippy flags tabs in doc comments.
        let text: String = text
            .trim()
            .chars()
            .filter(|c| !is_unprintable(*c) || *c == '\n' || *c == '\t')
            .collect::<String>()
            .replace('\t', "    ");
        // HTML first: the lines of an escaped HTML block read as Markdown afterwards (a
        // paragraph, a list), and the rest works on what they read as.
        let text = escape_html(&text);
        let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
        let mut in_link = 0usize;
        let mut in_code = false;
        let mut indented_code: Option<(std::ops::Range<usize>, String)> = None;
        let mut containers = Vec::new();
        let rustdoc = self.target == Target::Rustdoc;
        for (event, range) in Parser::new_ext(&text, markdown_options()).into_offset_iter() {
            match event {
                Event::Start(Tag::CodeBlock(kind)) => {
                    in_code = true;
                    // rustdoc compiles a code block without a language as a Rust doctest.
                    match kind {
                        CodeBlockKind::Fenced(_) if rustdoc => {
                            edits.push(fence_info(&text, range.start, "text"));
                        }
                        CodeBlockKind::Indented if rustdoc => {
                            indented_code = Some((range, String::new()));
                        }
                        _ => {}
                    }
                }
                Event::Text(code) if indented_code.is_some() => {
                    if let Some((_, content)) = &mut indented_code {
                        content.push_str(&code);
                    }
                }
                Event::End(TagEnd::CodeBlock) => {
                    in_code = false;
                    if let Some((range, content)) = indented_code.take() {
                        edits.push(fenced(&text, range.clone(), &content));
                    }
                    // A fence left open would hold what the generator writes after the text.
                    if let Some(fence) = unclosed_fence(&text, range) {
                        edits.push((text.len()..text.len(), format!("\n{fence}")));
                    }
                }
                Event::Start(Tag::Item) => {
                    containers.push(Container::Item(item_content_column(&text, range.start)));
                }
                Event::Start(Tag::BlockQuote(_)) => containers.push(Container::Quote),
                Event::End(TagEnd::Item | TagEnd::BlockQuote(_)) => {
                    containers.pop();
                }
                Event::SoftBreak => {
                    if let Some(joined) = lazy_line(&text, range.end, containers.last()) {
                        edits.push((range.start..joined, " ".to_string()));
                    }
                }
                Event::Start(Tag::Link { .. } | Tag::Image { .. }) => in_link += 1,
                Event::End(TagEnd::Link | TagEnd::Image) => in_link = in_link.saturating_sub(1),
                Event::Code(code) if links && in_link == 0 => {
                    if let Some((target, rust)) = self.link(&code) {
                        // rustdoc readers know the item by its Rust name, page readers by
                        // the spec's.
                        let span = if rustdoc {
                            code_span(rust)
                        } else {
                            text[range.clone()].to_string()
                        };
                        edits.push((range, format!("[{span}]({target})")));
                    }
                }
                // rustdoc reads a bracketed word as an intra-doc link to an item of that name.
                // clippy's `doc_markdown` (pedantic) takes some words for code: rustdoc shows
                // them as code.
                Event::Text(_) if rustdoc && in_link == 0 && !in_code => {
                    let source = &text[range.clone()];
                    let rewritten = code_words(source);
                    if rewritten != source {
                        edits.push((range, rewritten));
                    }
                }
                _ => {}
            }
        }
        apply(&text, edits)
    }

    /// A text as one line of inline Markdown for a table cell or a heading.
    pub fn cell(&self, text: &Text) -> String {
        to_cell(&self.text(text))
    }

    /// Where a code span's text links to, and the Rust name of what it links to: the
    /// operation or named type it names, if any.
    fn link(&self, code: &str) -> Option<(String, &'a str)> {
        if let Some(operation) = self.names.operations.get(code) {
            return Some((self.operation_link(operation), &operation.id.rust));
        }
        self.names
            .by_wire
            .get(code)
            .map(|name| (self.type_link(name), name.rust.as_str()))
    }

    /// The link target of an operation.
    pub fn operation_link(&self, operation: &Operation) -> String {
        match self.target {
            // rustdoc reads `r#type` as `r` and a fragment: it takes the name bare.
            Target::Rustdoc => format!("Client::{}", operation.id.rust),
            Target::Pages => format!("{}.md", operation.id.wire),
        }
    }

    /// The link target of a named type.
    pub fn type_link(&self, name: &Name) -> String {
        match self.target {
            // With its kind: a type may have the name of a derive macro (`Default`, `Clone`).
            Target::Rustdoc
                if self
                    .names
                    .by_rust
                    .get(name.rust.as_str())
                    .is_some_and(|(_, is_enum)| *is_enum) =>
            {
                format!("enum@{}", name.rust)
            }
            Target::Rustdoc => format!("struct@{}", name.rust),
            Target::Pages => format!("types.md#{}", type_anchor(name)),
        }
    }

    /// The data type of a property, localized; named types link to their documentation.
    pub fn data_type(&self, ty: &Type) -> String {
        let words = self.words();
        match ty {
            Type::Scalar(scalar) => words.scalar(*scalar).to_string(),
            Type::List(item) => words.list.replace("{}", &self.data_type(item)),
            Type::Map(item) => words.map.replace("{}", &self.data_type(item)),
            Type::Nullable(item) => words.nullable.replace("{}", &self.data_type(item)),
            Type::Struct(rust) | Type::Enum(rust) | Type::Polymorphic(rust) | Type::Union(rust) => {
                let named = self.names.by_rust.get(rust.as_str()).map(|(name, _)| {
                    let text = match self.target {
                        Target::Rustdoc => code_span(&name.rust),
                        Target::Pages => literal(&name.wire),
                    };
                    format!("[{text}]({})", self.type_link(name))
                });
                named.unwrap_or_else(|| words.object.to_string())
            }
        }
    }

    /// The struct of the generated code named `rust`.
    pub fn struct_named(&self, rust: &str) -> Option<&'a Struct> {
        self.service.types.iter().find(|s| s.name.rust == rust)
    }

    /// The struct a type is, when it is one (a list of structs is not).
    pub fn struct_of(&self, ty: &Type) -> Option<&'a Struct> {
        match ty {
            Type::Struct(name) => self.struct_named(name),
            _ => None,
        }
    }

    /// URI parameters: Name | Description | Data type, the API version last.
    pub fn parameters_table(&self, operation: &Operation) -> Option<String> {
        let words = self.words();
        let mut rows: Vec<Vec<String>> = operation
            .parameters
            .iter()
            .map(|p| {
                let ty = match &p.ty {
                    ParameterType::Scalar(scalar) => words.scalar(*scalar).to_string(),
                    ParameterType::List(item, _) => words.list.replace("{}", words.scalar(*item)),
                    ParameterType::Map(item, _) => words.map.replace("{}", words.scalar(*item)),
                    ParameterType::Object(rust, _) => self.data_type(&Type::Struct(rust.clone())),
                };
                vec![
                    literal(&p.name.wire),
                    to_cell(&self.parameter_description(p)),
                    ty,
                ]
            })
            .collect();
        if let Some(version) = &self.service.api_version {
            rows.push(vec![
                literal(&version.name),
                self.cell(&version.description),
                words.scalar(version.ty).to_string(),
            ]);
        }
        (!rows.is_empty()).then(|| table(&[words.name, words.description, words.data_type], &rows))
    }

    fn parameter_description(&self, parameter: &Parameter) -> String {
        let words = self.words();
        let mut text = self.text(&parameter.description);
        if parameter.location == ParameterLocation::Query && !parameter.required {
            text.push_str(&format!(" ({})", words.optional));
        }
        if let Some(default) = &parameter.default {
            text.push_str(&format!(" {}: {}.", words.default, code_span(default)));
        }
        if let Some(constant) = &parameter.constant {
            text.push_str(&format!(
                " {}",
                code_span(&format!("{}={constant}", parameter.name.wire))
            ));
        }
        if let Some(format) = parameter.ty.format() {
            let name = &parameter.name.wire;
            let written = match (format.separator(), parameter.ty.has_entries()) {
                (None, false) => format!("{name}=a&{name}=b"),
                (Some(separator), false) => format!("{name}=a{separator}b"),
                (None, true) => "k1=v1&k2=v2".to_string(),
                (Some(s), true) => format!("{name}=k1{s}v1{s}k2{s}v2"),
            };
            text.push_str(&format!(" ({})", code_span(&written)));
        }
        text
    }

    /// Request headers: Name | Value. A caller-supplied header shows its description and
    /// data type (and, in rustdoc, the method argument that carries it).
    pub fn headers_table(&self, operation: &Operation) -> Option<String> {
        let words = self.words();
        let rows: Vec<Vec<String>> = operation
            .headers
            .iter()
            .map(|h| {
                let description = self.text(&h.description);
                let value = match &h.value {
                    HeaderValue::Fixed(value) => with_description(literal(value), &description),
                    HeaderValue::Auth => {
                        let value = match self.service.auth.as_ref().map(|auth| &auth.scheme) {
                            Some(crate::model::AuthScheme::ApiKey { .. }) => API_KEY_VALUE,
                            _ => BEARER_VALUE,
                        };
                        // As the reference pages write it; rustdoc shows the placeholder as
                        // code (clippy's doc_markdown).
                        let value = match self.target {
                            Target::Rustdoc => code_span(value),
                            Target::Pages => literal(value),
                        };
                        with_description(value, &description)
                    }
                    HeaderValue::Caller {
                        ty,
                        list,
                        required,
                        generated,
                        ..
                    } => {
                        let mut note = words.scalar(*ty).to_string();
                        if *list {
                            note = words.list.replace("{}", &note);
                        }
                        if !required {
                            note.push_str(&format!(", {}", words.optional));
                        }
                        if *generated {
                            note.push_str(&format!(", {}", words.generated_uuid));
                        }
                        if self.target == Target::Rustdoc {
                            let argument = super::ident(&h.name).to_string();
                            note.push_str(&format!("; argument {}", code_span(&argument)));
                        }
                        to_cell(&format!("{description} ({note})"))
                    }
                };
                vec![literal(&h.name.wire), value]
            })
            .collect();
        (!rows.is_empty()).then(|| table(&[words.name, words.value], &rows))
    }

    /// Response headers: Name | Value (its description).
    pub fn response_headers_table(&self, operation: &Operation) -> Option<String> {
        let words = self.words();
        let rows: Vec<Vec<String>> = operation
            .response_headers
            .iter()
            .map(|h| vec![literal(&h.name.wire), self.cell(&h.description)])
            .collect();
        (!rows.is_empty()).then(|| table(&[words.name, words.value], &rows))
    }

    /// The status table, Code | Description, as the reference pages have it.
    pub fn status_table(&self, operation: &Operation) -> String {
        let words = self.words();
        let rows: Vec<Vec<String>> = operation
            .responses
            .iter()
            .map(|row| {
                let body = row
                    .body
                    .as_ref()
                    .map_or_else(String::new, |ty| self.data_type(ty));
                vec![
                    literal(&row.code.to_string()),
                    self.cell(&row.description),
                    body,
                ]
            })
            .collect();
        table(&[words.code, words.description, words.body], &rows)
    }

    /// How each long-running row of an operation is followed, one paragraph per row.
    pub fn long_running_text(&self, operation: &Operation) -> Vec<String> {
        let words = self.words();
        let link = |method: &str| {
            let linked = self.service.operations.iter().find(|o| o.id.rust == method);
            linked.map_or_else(
                || code_span(method),
                |o| format!("[{}]({})", self.link_text(&o.title), self.operation_link(o)),
            )
        };
        let rows = operation.responses.iter();
        rows.filter_map(|row| row.long_running.as_ref().map(|lro| (row, lro)))
            .map(|(row, lro)| {
                let location = operation.response_headers.get(lro.location);
                let canceled = match lro.canceled.as_slice() {
                    [] => String::new(),
                    states => words
                        .long_running_canceled
                        .replace("{}", &states.join(", ")),
                };
                let cancel = lro
                    .cancel_operation
                    .as_deref()
                    .map_or_else(String::new, |c| {
                        words.long_running_cancel.replace("{}", &link(c))
                    });
                let text = words
                    .long_running_follow
                    .replace("{code}", &row.code.to_string())
                    .replace("{location}", location.map_or("", |h| h.name.wire.as_str()))
                    .replace("{status}", &link(&lro.status_operation))
                    .replace("{property}", &lro.status_property)
                    .replace("{succeeded}", &lro.succeeded.join(", "))
                    .replace("{failed}", &lro.failed.join(", "))
                    .replace("{canceled}", &canceled);
                format!("{text}{cancel}")
            })
            .collect()
    }

    /// A body's members as an operation's page lists them: Name | Description | Data type |
    /// Required, with the members of an inline object in its place (as the reference pages
    /// list `notification-emails` of the `metadata` object).
    pub fn body_properties_table(&self, body: &Struct) -> Option<String> {
        let mut rows = Vec::new();
        self.leaf_rows(&body.fields, &mut rows, 0);
        let words = self.words();
        let headers = [
            words.name,
            words.description,
            words.data_type,
            words.required,
        ];
        let table = (!rows.is_empty()).then(|| table(&headers, &rows));
        self.with_additional(table, body)
    }

    /// A field's data type as the tables show it: `T or null` when it may be `null`, and a
    /// delimited list's encoding.
    fn field_type(&self, field: &Field) -> String {
        let ty = self.data_type(&field.ty);
        let ty = match field.delimiter {
            Some(delimiter) => format!("{ty} (`{}`)", delimiter.name()),
            None => ty,
        };
        let ty = match (field.nullable, field.explicit_null) {
            (true, true) => format!(
                "{} (absent ≠ null)",
                self.words().nullable.replace("{}", &ty)
            ),
            (true, false) => self.words().nullable.replace("{}", &ty),
            (false, _) => ty,
        };
        let ty = match &field.default {
            Some(default) => format!("{ty} ({}: `{default}`)", self.words().default),
            None => ty,
        };
        let ty = match bounds(&field.constraints, self.words().bounded) {
            Some(bounds) => format!("{ty} ({bounds})"),
            None => ty,
        };
        match field.read_only {
            true => format!("{ty} ({})", self.words().read_only),
            false => ty,
        }
    }

    /// The Data type and Required cells of a field.
    fn field_cells(&self, field: &Field) -> [String; 2] {
        let [yes, no] = self.words().yes_no;
        let required = if field.required { yes } else { no };
        [self.field_type(field), required.to_owned()]
    }

    /// A table followed by the line of the object's additional properties, when it has them.
    fn with_additional(&self, table: Option<String>, object: &Struct) -> Option<String> {
        let Some(ty) = &object.additional else {
            return table;
        };
        let line = format!(
            "{}: {}",
            self.words().additional_properties,
            self.data_type(ty)
        );
        Some(match table {
            Some(table) => format!("{}\n\n{line}", table.trim_end()),
            None => line,
        })
    }

    fn leaf_rows(&self, fields: &[Field], rows: &mut Vec<Vec<String>>, depth: usize) {
        for field in fields {
            match self.inline_struct(&field.ty) {
                // Types cannot contain themselves, so the depth is bounded; the guard keeps a
                // malformed model from recursing forever.
                Some(inner) if depth < 32 => self.leaf_rows(&inner.fields, rows, depth + 1),
                _ => {
                    let [ty, required] = self.field_cells(field);
                    rows.push(vec![
                        literal(&field.name.wire),
                        self.cell(&field.description),
                        ty,
                        required,
                    ]);
                }
            }
        }
    }

    /// Every member of an object type: Name | Description | Data type | Required, members of
    /// inline objects under their path (`error.code`).
    pub fn properties_table(&self, object: &Struct) -> Option<String> {
        let mut rows = Vec::new();
        self.member_rows(&object.fields, "", &mut rows, 0);
        let words = self.words();
        let headers = [
            words.name,
            words.description,
            words.data_type,
            words.required,
        ];
        let table = (!rows.is_empty()).then(|| table(&headers, &rows));
        self.with_additional(table, object)
    }

    fn member_rows(
        &self,
        fields: &[Field],
        prefix: &str,
        rows: &mut Vec<Vec<String>>,
        depth: usize,
    ) {
        for field in fields {
            let path = format!("{prefix}{}", field.name.wire);
            let [ty, required] = self.field_cells(field);
            rows.push(vec![
                literal(&path),
                self.cell(&field.description),
                ty,
                required,
            ]);
            if let Some(inner) = self.inline_struct(&field.ty)
                && depth < 32
            {
                self.member_rows(&inner.fields, &format!("{path}."), rows, depth + 1);
            }
        }
    }

    fn inline_struct(&self, ty: &Type) -> Option<&'a Struct> {
        match ty {
            Type::Struct(rust) => self.struct_named(rust).filter(|s| s.inline),
            _ => None,
        }
    }

    /// The values of an enumeration: Name | Description.
    pub fn values_table(&self, enumeration: &Enumeration) -> String {
        let words = self.words();
        let rows: Vec<Vec<String>> = enumeration
            .values
            .iter()
            .map(|v| {
                // The aliases after the value: the other spellings the API sends.
                let spellings: Vec<String> = v.spellings().map(literal).collect();
                vec![spellings.join(", "), self.cell(&v.description)]
            })
            .collect();
        table(&[words.name, words.description], &rows)
    }
}

/// A property's bounds as a table cell writes them: `0–100`, `length 1–64`, `elements ≤ 10`,
/// and the pattern (its `|` escaped, so that the row keeps its columns).
pub(crate) fn bounds(
    constraints: &crate::model::Constraints,
    [length, elements]: [&str; 2],
) -> Option<String> {
    let range = |min: Option<String>, max: Option<String>, what: &str| match (min, max) {
        (Some(min), Some(max)) => Some(format!("{what}{min}–{max}")),
        (Some(min), None) => Some(format!("{what}≥ {min}")),
        (None, Some(max)) => Some(format!("{what}≤ {max}")),
        (None, None) => None,
    };
    let text = |n: Option<u64>| n.map(|n| n.to_string());
    let parts: Vec<String> = [
        range(
            constraints.minimum.map(|n| n.to_string()),
            constraints.maximum.map(|n| n.to_string()),
            "",
        ),
        range(
            text(constraints.min_length),
            text(constraints.max_length),
            &format!("{length} "),
        ),
        range(
            text(constraints.min_items),
            text(constraints.max_items),
            &format!("{elements} "),
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut parts = parts;
    if let Some(pattern) = &constraints.pattern {
        // In a table cell a `|` ends the cell, in a code span too (GFM): escaped there.
        parts.push(code_span(pattern).replace('|', "\\|"));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}
