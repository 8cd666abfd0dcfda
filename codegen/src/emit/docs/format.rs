//! Markdown building blocks: cells, literals, code spans and blocks, tables, the request line
//! and status labels.

use heck::ToKebabCase;
use pulldown_cmark::Options;

use crate::model::{
    CollectionFormat, Name, Operation, ParameterLocation, Service, StatusCode, is_bidi_control,
};

/// The anchor of a named type in the types page (`offer-status`).
pub fn type_anchor(name: &Name) -> String {
    name.rust.to_kebab_case()
}

/// The Markdown extensions the pages and rustdoc both read.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// `value — description`, or the value alone.
pub(super) fn with_description(value: String, description: &str) -> String {
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

pub(super) fn longest_run(text: &str, c: char) -> usize {
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
