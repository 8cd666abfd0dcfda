//! Documentation rendered from the model: one renderer of the spec's texts and tables for
//! the rustdoc of the generated code and for the Markdown reference pages, so that the two
//! never disagree.
//!
//! A [`Docs`] renders for one [`Target`] in one locale. It turns a spec text into Markdown
//! (a code span that names an operation or a named type becomes a link to it; raw HTML is
//! escaped), escapes table cells, and draws the tables of a reference page with localized
//! headers and data-type names. Identifiers (parameter, header and property names, status
//! codes, URLs) are never translated.

use heck::ToKebabCase;
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

use crate::model::{
    CollectionFormat, Enumeration, Field, HeaderValue, Name, Operation, Parameter,
    ParameterLocation, ParameterType, Scalar, Service, StatusCode, Struct, Text, Type,
    is_bidi_control,
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

/// Localized words of the documentation: headings, table headers, data-type names.
#[derive(Debug)]
pub struct Words {
    /// "Name"
    pub name: &'static str,
    /// "Description"
    pub description: &'static str,
    /// "Data type"
    pub data_type: &'static str,
    /// "Value"
    pub value: &'static str,
    /// "Code"
    pub code: &'static str,
    /// "URI parameters"
    pub uri_parameters: &'static str,
    /// "Header"
    pub header: &'static str,
    /// "Body example"
    pub body_example: &'static str,
    /// "Request"
    pub request: &'static str,
    /// "Request body properties"
    pub request_body_properties: &'static str,
    /// "Response"
    pub response: &'static str,
    /// "Response body properties"
    pub response_body_properties: &'static str,
    /// "Response header"
    pub response_header: &'static str,
    /// "Response status codes"
    pub status_codes: &'static str,
    /// "Operations"
    pub operations: &'static str,
    /// "Types"
    pub types: &'static str,
    /// "Request bodies"
    pub request_bodies: &'static str,
    /// "Authentication"
    pub authentication: &'static str,
    /// "Example"
    pub example: &'static str,
    /// "optional", of a parameter or header that may be left out.
    pub optional: &'static str,
    /// What a `generated: uuid` header sends when the caller gives none.
    pub generated_uuid: &'static str,
    /// "Default", before the value a server assumes.
    pub default: &'static str,
    /// "List of {}"
    pub list: &'static str,
    /// "Map of {}"
    pub map: &'static str,
    /// "Object", the data type of an inline object.
    pub object: &'static str,
    /// The data-type names of the scalars, in the order of [`Scalar::ALL`].
    pub scalars: [&'static str; 11],
}

impl Words {
    /// The words of `locale`; English for a locale without its own words.
    pub fn of(locale: &str) -> &'static Words {
        match locale {
            "hu" => &HUNGARIAN,
            _ => &ENGLISH,
        }
    }

    /// Whether `locale` has words of its own (else [`Words::of`] gives English ones).
    pub fn has(locale: &str) -> bool {
        matches!(locale, "en" | "hu")
    }

    /// The data-type name of a scalar.
    pub fn scalar(&self, scalar: Scalar) -> &'static str {
        Scalar::ALL
            .iter()
            .position(|(_, s)| *s == scalar)
            .map_or("", |index| self.scalars[index])
    }
}

/// The headings and table headers of the English reference pages.
const ENGLISH: Words = Words {
    name: "Name",
    description: "Description",
    data_type: "Data type",
    value: "Value",
    code: "Code",
    uri_parameters: "URI parameters",
    header: "Header",
    body_example: "Body example",
    request: "Request",
    request_body_properties: "Request body properties",
    response: "Response",
    response_body_properties: "Response body properties",
    response_header: "Response header",
    status_codes: "Response status codes",
    operations: "Operations",
    types: "Types",
    request_bodies: "Request bodies",
    authentication: "Authentication",
    example: "Example",
    optional: "optional",
    generated_uuid: "a new random UUID when not given",
    default: "Default",
    list: "List of {}",
    map: "Map of {}",
    object: "Object",
    scalars: [
        "String",
        "Date",
        "Date-time",
        "GUID",
        "Integer",
        "Boolean",
        "URL",
        "Comma-separated e-mail addresses",
        "URL",
        "JSON",
        "HTTP date",
    ],
};

/// The headings and table headers of the Hungarian reference pages, as they word them
/// ("Name (Név)", "Törzs példa"); "String" as the Cancel page writes it.
const HUNGARIAN: Words = Words {
    name: "Name (Név)",
    description: "Leírás",
    data_type: "Adattípus",
    value: "Érték",
    code: "Kód",
    uri_parameters: "URI-paraméterek",
    header: "Fejléc",
    body_example: "Törzs példa",
    request: "Kérés",
    request_body_properties: "Kérelem törzse tulajdonságai",
    response: "Válasz",
    response_body_properties: "Válasz törzsében tulajdonságai",
    response_header: "Válaszfejléc",
    status_codes: "Állapotkódok",
    operations: "Műveletek",
    types: "Típusok",
    request_bodies: "Kérelemtörzsek",
    authentication: "Hitelesítés",
    example: "Példa",
    optional: "nem kötelező",
    generated_uuid: "ha nincs megadva, egy új véletlen UUID",
    default: "Alapértelmezett érték",
    list: "Lista ({})",
    map: "Leképezés ({})",
    object: "Objektum",
    scalars: [
        "String",
        "Dátum",
        "Dátum és idő",
        "GUID",
        "Egész szám",
        "Logikai érték",
        "URL",
        "Vesszővel tagolt e-mail-címek",
        "URL",
        "JSON",
        "HTTP-dátum",
    ],
};

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
}

impl<'a> Docs<'a> {
    /// For the rustdoc of the generated code, in the default locale.
    pub fn rustdoc(service: &'a Service) -> Self {
        Docs {
            service,
            locale: service.default_locale().to_string(),
            target: Target::Rustdoc,
        }
    }

    /// For the Markdown reference pages of `locale`.
    pub fn pages(service: &'a Service, locale: &str) -> Self {
        Docs {
            service,
            locale: locale.to_string(),
            target: Target::Pages,
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

    /// The target.
    pub fn target(&self) -> Target {
        self.target
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
                Event::Text(_) if rustdoc && in_link == 0 && !in_code => {
                    let source = &text[range.clone()];
                    if source.contains(['[', ']']) {
                        edits.push((range, escape_brackets(source)));
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
        if let Some(operation) = self.service.operations.iter().find(|o| o.id.wire == code) {
            return Some((self.operation_link(operation), &operation.id.rust));
        }
        self.named_type(code)
            .map(|name| (self.type_link(name), name.rust.as_str()))
    }

    /// The names of the named types (objects and enumerations) the spec declares.
    fn named_types(&self) -> impl Iterator<Item = &'a Name> {
        let structs = self
            .service
            .types
            .iter()
            .filter(|s| !s.inline)
            .map(|s| &s.name);
        structs.chain(self.service.enums.iter().map(|e| &e.name))
    }

    /// The named type the spec declares as `name`.
    fn named_type(&self, name: &str) -> Option<&'a Name> {
        self.named_types().find(|n| n.wire == name)
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
            Target::Rustdoc if self.service.enums.iter().any(|e| e.name.rust == name.rust) => {
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
            Type::Struct(rust) | Type::Enum(rust) => {
                let named = self
                    .named_types()
                    .find(|name| name.rust == *rust)
                    .map(|name| {
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
                        with_description(literal(value), &description)
                    }
                    HeaderValue::Caller {
                        ty,
                        required,
                        generated,
                        ..
                    } => {
                        let mut note = words.scalar(*ty).to_string();
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
            .map(|row| vec![literal(&row.code.to_string()), self.cell(&row.description)])
            .collect();
        table(&[words.code, words.description], &rows)
    }

    /// A body's members as an operation's page lists them: Name | Description, with the
    /// members of an inline object in its place (as the reference pages list
    /// `notification-emails` of the `metadata` object).
    pub fn body_properties_table(&self, body: &Struct) -> Option<String> {
        let mut rows = Vec::new();
        self.leaf_rows(&body.fields, &mut rows, 0);
        let words = self.words();
        (!rows.is_empty()).then(|| table(&[words.name, words.description], &rows))
    }

    fn leaf_rows(&self, fields: &[Field], rows: &mut Vec<Vec<String>>, depth: usize) {
        for field in fields {
            match self.inline_struct(&field.ty) {
                // Types cannot contain themselves, so the depth is bounded; the guard keeps a
                // malformed model from recursing forever.
                Some(inner) if depth < 32 => self.leaf_rows(&inner.fields, rows, depth + 1),
                _ => rows.push(vec![
                    literal(&field.name.wire),
                    self.cell(&field.description),
                ]),
            }
        }
    }

    /// Every member of an object type: Name | Description | Data type, members of inline
    /// objects under their path (`error.code`).
    pub fn properties_table(&self, object: &Struct) -> Option<String> {
        let mut rows = Vec::new();
        self.member_rows(&object.fields, "", &mut rows, 0);
        let words = self.words();
        (!rows.is_empty()).then(|| table(&[words.name, words.description, words.data_type], &rows))
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
            rows.push(vec![
                literal(&path),
                self.cell(&field.description),
                self.data_type(&field.ty),
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
            .map(|v| vec![literal(&v.name.wire), self.cell(&v.description)])
            .collect();
        table(&[words.name, words.description], &rows)
    }
}

/// `text` with each range replaced; a range that overlaps an earlier one is left as it is.
fn apply(text: &str, mut edits: Vec<(std::ops::Range<usize>, String)>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    edits.sort_by_key(|(range, _)| range.start);
    for (range, replacement) in edits {
        if range.start < at {
            continue;
        }
        out.push_str(&text[at..range.start]);
        out.push_str(&replacement);
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Markdown with its raw HTML escaped, shown as text.
fn escape_html(text: &str) -> String {
    let edits = Parser::new_ext(text, markdown_options())
        .into_offset_iter()
        .filter(|(event, _)| matches!(event, Event::Html(_) | Event::InlineHtml(_)))
        .map(|(_, range)| {
            let html = text[range.clone()]
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            (range, html)
        })
        .collect();
    apply(text, edits)
}

/// The fence that closes the fenced code block at `range`, when the block runs to the end of
/// `text` without one.
fn unclosed_fence(text: &str, range: std::ops::Range<usize>) -> Option<String> {
    let block = &text[range.clone()];
    let marker = block.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let opening = block.len() - block.trim_start_matches(marker).len();
    if opening < 3 || range.end < text.len() {
        return None;
    }
    let last = block.lines().last().unwrap_or_default().trim();
    let closed =
        block.lines().count() > 1 && last.len() >= opening && last.chars().all(|c| c == marker);
    (!closed).then(|| marker.to_string().repeat(opening))
}

/// The edit that makes the info string of the fenced code block starting at `fence` `info`.
fn fence_info(text: &str, fence: usize, info: &str) -> (std::ops::Range<usize>, String) {
    let line = &text[fence..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let marker = line.chars().next().unwrap_or('`');
    let fence_len = line.len() - line.trim_start_matches(marker).len();
    (fence + fence_len..fence + line.len(), info.to_string())
}

/// The edit that makes the indented code block at `range` (whose lines, indentation taken
/// off, are `content`) a fenced `text` block, inside the same list items and quotes.
fn fenced(
    text: &str,
    range: std::ops::Range<usize>,
    content: &str,
) -> (std::ops::Range<usize>, String) {
    let line_start = text[..range.start].rfind('\n').map_or(0, |at| at + 1);
    // The prefix of the container (`> `, a list item's indentation), without the code's four
    // columns of indentation.
    let prefix = &text[line_start..range.start];
    let container = prefix
        .get(..prefix.len().saturating_sub(4))
        .unwrap_or_default();
    let fence = "`".repeat(longest_run(content, '`').max(2) + 1);
    let mut block = format!("{container}{fence}text\n");
    for line in content.lines() {
        block.push_str(&format!("{container}{line}\n"));
    }
    block.push_str(&format!("{container}{fence}"));
    // The block's last line break stays, after the closing fence.
    let end = if text[..range.end].ends_with('\n') {
        range.end - 1
    } else {
        range.end
    };
    (line_start..end, block)
}

/// Markdown text with `\` before each `[` and `]` not escaped already.
fn escape_brackets(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 4);
    let mut escaped = false;
    for c in source.chars() {
        if matches!(c, '[' | ']') && !escaped {
            out.push('\\');
        }
        escaped = c == '\\' && !escaped;
        out.push(c);
    }
    out
}

/// A list item or a block quote, around the paragraph being rendered.
enum Container {
    /// A list item whose content starts at this column of its first line.
    Item(usize),
    /// A block quote.
    Quote,
}

/// The column (0-based, in bytes from the start of its line) where the content of the list
/// item whose marker is at `marker` starts: past `-`, `*`, `+` or `1.`/`1)` and the spaces
/// after it (one, when more than four follow: the content is then indented code).
fn item_content_column(text: &str, marker: usize) -> usize {
    let line_start = text[..marker].rfind('\n').map_or(0, |at| at + 1);
    let rest = &text[marker..];
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let marker_len = digits + 1;
    let spaces = rest
        .get(marker_len..)
        .map_or(0, |after| after.chars().take_while(|c| *c == ' ').count());
    let spaces = if (1..=4).contains(&spaces) { spaces } else { 1 };
    marker - line_start + marker_len + spaces
}

/// A line that starts at `start` and continues a paragraph of `container` lazily (a list
/// item's line indented less than its content, a quote's line without `>`): the end of its
/// indentation, so that it can be joined to the line before. Rendered alike, but clippy's
/// `doc_lazy_continuation` takes a lazy line for a mistake.
fn lazy_line(text: &str, start: usize, container: Option<&Container>) -> Option<usize> {
    let line = &text[start..];
    let indent = line.len() - line.trim_start_matches(' ').len();
    let lazy = match container? {
        Container::Item(column) => indent < *column,
        Container::Quote => !line[indent..].starts_with('>'),
    };
    lazy.then_some(start + indent)
}

/// The anchor of a named type in the types page (`offer-status`).
pub fn type_anchor(name: &Name) -> String {
    name.rust.to_kebab_case()
}

/// The Markdown extensions the pages and rustdoc both read.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// `value — description`, or the value alone.
fn with_description(value: String, description: &str) -> String {
    if description.is_empty() {
        value
    } else {
        to_cell(&format!("{value} — {description}"))
    }
}

/// Inline Markdown as one table cell: paragraphs joined with `<br><br>`, lines with a space,
/// `|` escaped, no surrounding spaces.
pub fn to_cell(markdown: &str) -> String {
    let paragraphs: Vec<String> = markdown
        .split("\n\n")
        .map(|paragraph| {
            paragraph
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|paragraph| !paragraph.is_empty())
        .collect();
    let joined = paragraphs.join("<br><br>");
    let mut out = String::with_capacity(joined.len());
    let mut escaped = false;
    for c in joined.chars() {
        if c == '|' && !escaped {
            out.push('\\');
        }
        escaped = c == '\\' && !escaped;
        out.push(c);
    }
    out
}

/// Text shown as it is written (a name, a value): Markdown's inline syntax escaped.
pub fn literal(text: &str) -> String {
    let chars: Vec<char> = text
        .trim()
        .chars()
        .filter(|c| !is_unprintable(*c))
        .collect();
    let mut out = String::with_capacity(chars.len());
    for (index, &c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '|' | '~' | '&' => out.push('\\'),
            // An underscore between letters or digits never starts emphasis.
            '_' => {
                let before = index > 0 && chars[index - 1].is_alphanumeric();
                let after = chars.get(index + 1).is_some_and(|c| c.is_alphanumeric());
                if !(before && after) {
                    out.push('\\');
                }
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// The characters documentation leaves out: control characters (a CR is an error in a doc
/// comment) and the bidirectional controls, which rustc refuses in source (they can make code
/// read differently from how it compiles).
pub fn is_unprintable(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// A code span holding `text` as it is: nothing inside is Markdown or HTML.
pub fn code_span(text: &str) -> String {
    let text: String = text
        .chars()
        .filter(|c| !is_bidi_control(*c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let longest = longest_run(&text, '`');
    let fence = "`".repeat(longest + 1);
    if longest > 0 || text.starts_with(' ') && text.ends_with(' ') && !text.trim().is_empty() {
        format!("{fence} {text} {fence}")
    } else {
        format!("{fence}{text}{fence}")
    }
}

/// A fenced code block holding `content` as it is.
pub fn code_block(info: &str, content: &str) -> String {
    let fence = "`".repeat(longest_run(content, '`').max(2) + 1);
    format!("{fence}{info}\n{}\n{fence}\n", content.trim_end())
}

fn longest_run(text: &str, c: char) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for x in text.chars() {
        run = if x == c { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// A Markdown table: a bold header row, a separator row, then the rows.
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let headers: Vec<String> = headers.iter().map(|h| format!("**{h}**")).collect();
    let mut out = format!("| {} |\n", headers.join(" | "));
    out.push_str(&format!("|{}\n", " --- |".repeat(headers.len())));
    for row in rows {
        out.push('|');
        for cell in row {
            if !cell.is_empty() {
                out.push(' ');
                out.push_str(cell);
            }
            out.push_str(" |");
        }
        out.push('\n');
    }
    out
}

/// The request line: `POST https://host/api/publishers/<publisherId>/...?api-version=2017-10-31`.
pub fn request_line(service: &Service, operation: &Operation) -> String {
    let path = operation.path_template.replace('{', "<").replace('}', ">");
    let query: Vec<String> = service
        .api_version
        .iter()
        .map(|v| format!("{}={}", v.name, v.value))
        .chain(
            operation
                .parameters
                .iter()
                .filter(|p| p.location == ParameterLocation::Query && p.required)
                .map(|p| match p.ty.format() {
                    // Exploded entries: the name itself is not sent.
                    Some(CollectionFormat::Multi) if p.ty.has_entries() => {
                        format!("<{}>", p.name.wire)
                    }
                    _ => format!("{}=<{}>", p.name.wire, p.name.wire),
                }),
        )
        .collect();
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    };
    format!(
        "{} {}{}{}",
        operation.method.as_str(),
        service.base_url,
        path,
        query
    )
}

/// A row's code with the reason phrase of an exact code: `404 Not Found`, `418`, `4XX`,
/// `494-499`, `default`.
pub fn status_label(code: StatusCode) -> String {
    match code.exact().map(reason) {
        Some(reason) if !reason.is_empty() => format!("{code} {reason}"),
        _ => code.to_string(),
    }
}

/// The standard reason phrase of a status code, for messages (`Not Found`).
pub fn reason(code: u16) -> &'static str {
    match code {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        412 => "Precondition Failed",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_escape_what_breaks_tables() {
        assert_eq!(
            to_cell("  a|b\nc `x|y`\n\nnext \\| kept  "),
            "a\\|b c `x\\|y`<br><br>next \\| kept"
        );
    }

    #[test]
    fn literals_escape_inline_syntax_only() {
        assert_eq!(literal(" notification-emails "), "notification-emails");
        assert_eq!(literal("Bearer YOUR_TOKEN"), "Bearer YOUR_TOKEN");
        assert_eq!(literal("_a*b<c>|d"), "\\_a\\*b\\<c\\>\\|d");
        assert_eq!(literal("line\nbreak"), "linebreak");
    }

    #[test]
    fn code_spans_keep_markup_literal() {
        assert_eq!(code_span("Bearer <token>"), "`Bearer <token>`");
        assert_eq!(code_span("say `hi`"), "`` say `hi` ``");
        assert_eq!(code_span("two\nlines"), "`two lines`");
    }

    #[test]
    fn code_blocks_outrun_the_backticks_inside() {
        assert_eq!(code_block("json", "{}\n"), "```json\n{}\n```\n");
        assert_eq!(code_block("", "````"), "`````\n````\n`````\n");
    }

    #[test]
    fn tables_have_bold_headers_and_a_separator_row() {
        let rendered = table(&["A", "B"], &[vec!["1".into(), String::new()]]);
        assert_eq!(rendered, "| **A** | **B** |\n| --- | --- |\n| 1 | |\n");
    }
}
