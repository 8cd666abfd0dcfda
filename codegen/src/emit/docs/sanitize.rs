//! Rewrites that keep a spec's Markdown what it reads as, in rustdoc and on the pages: raw
//! HTML shown as text, code blocks closed and marked as text, brackets escaped, lazy lines
//! joined.

use pulldown_cmark::{Event, Parser};

use super::format::{longest_run, markdown_options};

/// `text` with each range replaced; a range that overlaps an earlier one is left as it is.
pub(super) fn apply(text: &str, mut edits: Vec<(std::ops::Range<usize>, String)>) -> String {
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
pub(super) fn escape_html(text: &str) -> String {
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
pub(super) fn unclosed_fence(text: &str, range: std::ops::Range<usize>) -> Option<String> {
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
pub(super) fn fence_info(text: &str, fence: usize, info: &str) -> (std::ops::Range<usize>, String) {
    let line = &text[fence..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let marker = line.chars().next().unwrap_or('`');
    let fence_len = line.len() - line.trim_start_matches(marker).len();
    (fence + fence_len..fence + line.len(), info.to_string())
}

/// The edit that makes the indented code block at `range` (whose lines, indentation taken
/// off, are `content`) a fenced `text` block, inside the same list items and quotes.
pub(super) fn fenced(
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

/// Markdown text as rustdoc should show it: each word that clippy's `doc_markdown` takes for
/// code (see [`looks_like_code`]) as a code span, and `[`/`]` escaped elsewhere, since rustdoc
/// reads a bracketed word as an intra-doc link.
pub(super) fn code_words(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut rest = 0;
    for (start, word) in words(source) {
        let end = start + word.len();
        // Trailing punctuation of a sentence stays outside the span.
        let trimmed = word.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '_');
        let trimmed = trimmed.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '_');
        if !looks_like_code(trimmed) {
            continue;
        }
        let at = start + word.find(trimmed).unwrap_or(0);
        out.push_str(&escape_brackets(&source[rest..at]));
        out.push_str(&super::format::code_span(trimmed));
        rest = at + trimmed.len();
        debug_assert!(rest <= end);
    }
    out.push_str(&escape_brackets(&source[rest..]));
    out
}

/// The words of `text` (runs without white space) and where each starts.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

/// Whether clippy's `doc_markdown` would ask for backticks around `word`: `CamelCase` (two
/// capitals and a lowercase letter, not starting lowercase or with a digit, such as `ETag`),
/// or holding `_` or `::`.
fn looks_like_code(word: &str) -> bool {
    let camel = {
        let stem = word.strip_suffix('s').unwrap_or(word);
        !word.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_lowercase())
            && stem.chars().all(char::is_alphanumeric)
            && stem.chars().filter(|c| c.is_uppercase()).count() > 1
            && stem.chars().any(char::is_lowercase)
    };
    let underscore = word != "_" && !word.contains("\\_") && word.contains('_');
    camel || underscore || word.contains("::")
}

/// A list item or a block quote, around the paragraph being rendered.
pub(super) enum Container {
    /// A list item whose content starts at this column of its first line.
    Item(usize),
    /// A block quote.
    Quote,
}

/// The column (0-based, in bytes from the start of its line) where the content of the list
/// item whose marker is at `marker` starts: past `-`, `*`, `+` or `1.`/`1)` and the spaces
/// after it (one, when more than four follow: the content is then indented code).
pub(super) fn item_content_column(text: &str, marker: usize) -> usize {
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
pub(super) fn lazy_line(text: &str, start: usize, container: Option<&Container>) -> Option<usize> {
    let line = &text[start..];
    let indent = line.len() - line.trim_start_matches(' ').len();
    let lazy = match container? {
        Container::Item(column) => indent < *column,
        Container::Quote => !line[indent..].starts_with('>'),
    };
    lazy.then_some(start + indent)
}
