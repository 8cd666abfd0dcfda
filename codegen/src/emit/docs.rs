//! Documentation text rendered from the model: one renderer for rustdoc (and Markdown pages),
//! so the two never disagree.

use crate::model::{
    HeaderValue, Operation, Parameter, ParameterLocation, Response, ResponseKind, Service,
};

/// Localized words of the documentation's headings and table headers.
pub struct Words {
    /// "URI parameters"
    pub uri_parameters: &'static str,
    /// "Name"
    pub name: &'static str,
    /// "Description"
    pub description: &'static str,
    /// "Data type"
    pub data_type: &'static str,
    /// "Header"
    pub header: &'static str,
    /// "Value"
    pub value: &'static str,
    /// "Response header"
    pub response_header: &'static str,
    /// "Response status codes"
    pub status_codes: &'static str,
    /// "Code"
    pub code: &'static str,
    /// "Result"
    pub result: &'static str,
    /// "Request body properties"
    pub body_properties: &'static str,
}

impl Words {
    /// The words of `locale`, English for unknown locales.
    pub fn of(locale: &str) -> &'static Words {
        match locale {
            "hu" => &HUNGARIAN,
            _ => &ENGLISH,
        }
    }
}

const ENGLISH: Words = Words {
    uri_parameters: "URI parameters",
    name: "Name",
    description: "Description",
    data_type: "Data type",
    header: "Header",
    value: "Value",
    response_header: "Response header",
    status_codes: "Response status codes",
    code: "Code",
    result: "Result",
    body_properties: "Request body properties",
};

const HUNGARIAN: Words = Words {
    uri_parameters: "URI-paraméterek",
    name: "Név",
    description: "Leírás",
    data_type: "Adattípus",
    header: "Fejléc",
    value: "Érték",
    response_header: "Válaszfejléc",
    status_codes: "Állapotkódok",
    code: "Kód",
    result: "Eredmény",
    body_properties: "Kérelem törzse tulajdonságai",
};

/// Escapes text for a Markdown table cell: pipes, line breaks, HTML and surrounding spaces.
pub fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' => {}
            '\n' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Makes free text safe as a Markdown paragraph in rustdoc: no raw HTML, no control characters.
pub fn paragraph(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .map(|c| match c {
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// A Markdown table with a header row.
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = format!("| {} |\n", headers.join(" | "));
    out.push_str(&format!("|{}\n", " --- |".repeat(headers.len())));
    for row in rows {
        out.push_str(&format!("| {} |\n", row.join(" | ")));
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
                .map(|p| format!("{}=<{}>", p.name.wire, p.name.wire)),
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

/// URI parameters table (Name | Description | Data type), api-version included.
pub fn parameters_table(service: &Service, operation: &Operation, locale: &str) -> String {
    let words = Words::of(locale);
    let mut rows: Vec<Vec<String>> = operation
        .parameters
        .iter()
        .map(|p| {
            vec![
                code(&p.name.wire),
                cell(&parameter_description(p, locale)),
                p.ty.display_name().to_string(),
            ]
        })
        .collect();
    if let Some(version) = &service.api_version {
        rows.push(vec![
            code(&version.name),
            cell(version.description.get(locale)),
            version.ty.display_name().to_string(),
        ]);
    }
    table(&[words.name, words.description, words.data_type], &rows)
}

fn parameter_description(parameter: &Parameter, locale: &str) -> String {
    let mut text = parameter.description.get(locale).to_string();
    if parameter.location == ParameterLocation::Query && !parameter.required {
        text.push_str(" (optional)");
    }
    if let Some(default) = &parameter.default {
        text.push_str(&format!(" Default: `{default}`."));
    }
    text
}

/// Request header table (Name | Value).
pub fn headers_table(operation: &Operation, locale: &str) -> String {
    let words = Words::of(locale);
    let rows: Vec<Vec<String>> = operation
        .headers
        .iter()
        .map(|h| {
            let value = match &h.value {
                HeaderValue::Fixed(value) => code(value),
                HeaderValue::Auth => code("Bearer <token>"),
                HeaderValue::Caller { ty, required, .. } => {
                    let needed = if *required { "" } else { ", optional" };
                    let argument = if h.name.raw {
                        format!("r#{}", h.name.rust)
                    } else {
                        h.name.rust.clone()
                    };
                    format!(
                        "{} ({}{needed}; argument {})",
                        cell(h.description.get(locale)),
                        ty.display_name(),
                        code(&argument)
                    )
                }
            };
            vec![code(&h.name.wire), value]
        })
        .collect();
    table(&[words.name, words.value], &rows)
}

/// A code span for a table cell: nothing inside is Markdown or HTML, but `|` still ends a cell.
pub fn code(text: &str) -> String {
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let text = text.replace('|', "\\|");
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}

/// Response header table (Name | Value).
pub fn response_headers_table(operation: &Operation, locale: &str) -> String {
    let words = Words::of(locale);
    let rows: Vec<Vec<String>> = operation
        .response_headers
        .iter()
        .map(|h| vec![code(&h.name.wire), cell(h.description.get(locale))])
        .collect();
    table(&[words.name, words.value], &rows)
}

/// The status table (Code | Description), as on the reference pages, plus the Rust outcome.
pub fn status_table(operation: &Operation, locale: &str) -> String {
    let words = Words::of(locale);
    let rows: Vec<Vec<String>> = operation
        .responses
        .iter()
        .map(|row| {
            vec![
                row.code.to_string(),
                cell(row.description.get(locale)),
                code(&outcome(operation, row)),
            ]
        })
        .collect();
    table(&[words.code, words.description, words.result], &rows)
}

/// `Ok(CancelOperationResponse::Canceled)` or `Err(CancelOperationError::NotFound)`.
pub fn outcome(operation: &Operation, row: &Response) -> String {
    match row.kind {
        ResponseKind::Success => format!("Ok({}::{})", operation.response_type, row.variant.rust),
        ResponseKind::Error => format!("Err({}::{})", operation.error_type, row.variant.rust),
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
        assert_eq!(cell(" a|b\nc <b> & "), "a\\|b c &lt;b&gt; &amp;");
    }

    #[test]
    fn code_cells_keep_markup_literal_but_escape_pipes() {
        assert_eq!(code("Bearer <token>"), "`Bearer <token>`");
        assert_eq!(code("a|b"), "`a\\|b`");
        assert_eq!(code("say `hi`"), "`` say `hi` ``");
        assert_eq!(code("two\nlines"), "`two lines`");
    }

    #[test]
    fn tables_have_a_separator_row() {
        let rendered = table(&["A", "B"], &[vec!["1".into(), "2".into()]]);
        assert_eq!(rendered, "| A | B |\n| --- | --- |\n| 1 | 2 |\n");
    }
}
