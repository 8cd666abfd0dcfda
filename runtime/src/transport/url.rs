//! The request URL: the base URL, the path with each parameter percent-encoded, the API
//! version and the query.

use ::url::Url;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::PathPart;
use crate::error::RequestError;

/// Bytes percent-encoded in a path parameter: everything except ASCII
/// alphanumerics and `-._~`, so that a value is always exactly one segment.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Bytes percent-encoded in a path parameter that keeps reserved characters: what
/// [`PATH_SEGMENT`] encodes but RFC 3986's reserved characters, except `?` and `#`, which would
/// end the path. `%` stays encoded, so a value is never read as an escape.
const RESERVED_EXPANSION: &AsciiSet = &PATH_SEGMENT
    .remove(b':')
    .remove(b'/')
    .remove(b'[')
    .remove(b']')
    .remove(b'@')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=');

/// Builds the request URL: the base URL with the API version (see [`request_base`]), the path
/// prefix, the path, then the query.
///
/// The path is written once, each parameter percent-encoded as it is appended, and handed to
/// [`Url::set_path`], which is the only parse of it.
pub(super) fn build_url(
    request_base: &Url,
    path_prefix: &str,
    path: &[PathPart<'_>],
    query: &[(&str, Option<String>)],
) -> Result<Url, RequestError> {
    let mut full_path = String::with_capacity(path_capacity(path_prefix, path));
    full_path.push_str(path_prefix);
    for part in path {
        match *part {
            PathPart::Literal(text) => full_path.push_str(text),
            PathPart::Param { name, value } => {
                if value.is_empty() {
                    return Err(RequestError::EmptyPathParameter { name });
                }
                if value == "." || value == ".." {
                    return Err(RequestError::InvalidUrl {
                        reason: format!(
                            "path parameter `{name}` is `{value}`, which URL normalization would remove"
                        ),
                    });
                }
                push_encoded(&mut full_path, value, PATH_SEGMENT);
            }
            PathPart::Reserved { name, value } => {
                if value.is_empty() {
                    return Err(RequestError::EmptyPathParameter { name });
                }
                push_encoded(&mut full_path, value, RESERVED_EXPANSION);
            }
        }
    }
    if let Some(segment) = find_dot_segment(&full_path) {
        return Err(RequestError::InvalidUrl {
            reason: format!(
                "the path has a `{segment}` segment, which URL normalization would remove"
            ),
        });
    }

    // The query of `request_base` (the API version) stays: set_path changes the path only.
    let mut url = request_base.clone();
    url.set_path(&full_path);
    if query.iter().any(|(_, value)| value.is_some()) {
        let mut pairs = url.query_pairs_mut();
        for (name, value) in query {
            if let Some(value) = value {
                pairs.append_pair(name, value);
            }
        }
    }
    Ok(url)
}

/// The URL each request's URL is made from: the base URL (without query or fragment, which
/// the builder refuses) with the API version as its query, encoded once for all requests.
pub(crate) fn request_base(base_url: &Url, api_version: Option<(&str, &str)>) -> Url {
    let mut url = base_url.clone();
    url.set_query(None);
    url.set_fragment(None);
    if let Some((parameter, value)) = api_version {
        url.query_pairs_mut().append_pair(parameter, value);
    }
    url
}

/// The length of the path before encoding, and room for a few escapes: the path's string is
/// allocated once in the common case.
fn path_capacity(path_prefix: &str, path: &[PathPart<'_>]) -> usize {
    path.iter().fold(path_prefix.len() + 16, |length, part| {
        length
            + match part {
                PathPart::Literal(text) => text.len(),
                PathPart::Param { value, .. } | PathPart::Reserved { value, .. } => value.len(),
            }
    })
}

/// Appends `value`, percent-encoding the bytes of `set`.
fn push_encoded(path: &mut String, value: &str, set: &'static AsciiSet) {
    for piece in utf8_percent_encode(value, set) {
        path.push_str(piece);
    }
}

/// The first segment of `path` that the URL standard removes or resolves, if any.
fn find_dot_segment(path: &str) -> Option<&str> {
    // Each dot segment has a `.` or a `%`: most paths have neither, and are searched twice
    // for a byte. The others are read once, byte by byte.
    if !path.contains('.') && !path.contains('%') {
        return None;
    }
    let bytes = path.as_bytes();
    let mut start = 0;
    for end in 0..=bytes.len() {
        if bytes.get(end).is_none_or(|&byte| byte == b'/') {
            let segment = path.get(start..end).unwrap_or_default();
            if is_dot_segment(segment) {
                return Some(segment);
            }
            start = end + 1;
        }
    }
    None
}

/// Whether a path segment is one that the URL standard removes or resolves
/// (`.`, `..` and their percent-encoded forms).
fn is_dot_segment(segment: &str) -> bool {
    // Each of them starts with `.` or `%` and is at most six bytes long; compared in place.
    matches!(segment.as_bytes().first(), Some(b'.' | b'%'))
        && segment.len() <= 6
        && [".", "..", "%2e", ".%2e", "%2e.", "%2e%2e"]
            .iter()
            .any(|dot| segment.eq_ignore_ascii_case(dot))
}

#[cfg(test)]
mod tests {
    use super::*;
    use percent_encoding::percent_decode_str;
    use proptest::prelude::*;

    fn base() -> Url {
        Url::parse("http://127.0.0.1:8080/pre").unwrap()
    }

    fn url_for(value: &str) -> Result<Url, RequestError> {
        build_url(
            &base(),
            "/pre",
            &[
                PathPart::Literal("/items/"),
                PathPart::Param { name: "id", value },
                PathPart::Literal("/tail"),
            ],
            &[],
        )
    }

    #[test]
    fn reserved_characters_stay_in_one_segment() {
        let url = url_for("a/b?c#d%e f").unwrap();
        assert_eq!(url.path(), "/pre/items/a%2Fb%3Fc%23d%25e%20f/tail");
        assert_eq!(url.query(), None);
        assert_eq!(url.fragment(), None);
        assert_eq!(
            url.as_str(),
            "http://127.0.0.1:8080/pre/items/a%2Fb%3Fc%23d%25e%20f/tail"
        );
    }

    #[test]
    fn non_ascii_and_unreserved_characters() {
        assert_eq!(
            url_for("é日").unwrap().path(),
            "/pre/items/%C3%A9%E6%97%A5/tail"
        );
        assert_eq!(
            url_for("Az09-._~").unwrap().path(),
            "/pre/items/Az09-._~/tail"
        );
        assert_eq!(url_for("\\").unwrap().path(), "/pre/items/%5C/tail");
        assert_eq!(url_for("%2E").unwrap().path(), "/pre/items/%252E/tail");
        assert_eq!(url_for("...").unwrap().path(), "/pre/items/.../tail");
        assert_eq!(url_for(".a").unwrap().path(), "/pre/items/.a/tail");
    }

    #[test]
    fn url_normalizes_encoded_dot_segments() {
        // Why `.` and `..` are refused rather than sent as `%2E`: the URL
        // standard (and so `url::Url`, which reqwest requires) removes them.
        let mut url = base();
        url.set_path("/pre/items/%2E/tail");
        assert_eq!(url.path(), "/pre/items/tail");
        url.set_path("/pre/items/%2E%2E/tail");
        assert_eq!(url.path(), "/pre/tail");
    }

    #[test]
    fn dot_values_are_refused() {
        for value in [".", ".."] {
            let error = url_for(value).unwrap_err();
            assert!(
                matches!(&error, RequestError::InvalidUrl { reason } if reason.contains("`id`")),
                "{error:?}"
            );
        }
        // Two parameters that together make a dot segment.
        let error = build_url(
            &base(),
            "/pre",
            &[
                PathPart::Literal("/items/"),
                PathPart::Param {
                    name: "a",
                    value: ".",
                },
                PathPart::Param {
                    name: "b",
                    value: ".",
                },
            ],
            &[],
        )
        .unwrap_err();
        assert!(
            matches!(error, RequestError::InvalidUrl { .. }),
            "{error:?}"
        );
        // A literal dot segment (a generator bug) is refused too.
        let error = build_url(&base(), "/pre", &[PathPart::Literal("/a/%2e/b")], &[]).unwrap_err();
        assert!(
            matches!(error, RequestError::InvalidUrl { .. }),
            "{error:?}"
        );
    }

    #[test]
    fn reserved_expansion_keeps_slashes_and_encodes_the_rest() {
        let url = build_url(
            &base(),
            "/pre",
            &[
                PathPart::Literal("/items/"),
                PathPart::Reserved {
                    name: "param",
                    value: "foo/bar baz:1?#%",
                },
            ],
            &[],
        )
        .unwrap();
        assert_eq!(url.path(), "/pre/items/foo/bar%20baz:1%3F%23%25");
        assert_eq!(url.query(), None);
        let dots = build_url(
            &base(),
            "/pre",
            &[PathPart::Reserved {
                name: "param",
                value: "a/../b",
            }],
            &[],
        );
        assert!(
            matches!(dots, Err(RequestError::InvalidUrl { .. })),
            "{dots:?}"
        );
    }

    #[test]
    fn empty_value_is_refused() {
        let error = url_for("").unwrap_err();
        assert!(matches!(
            error,
            RequestError::EmptyPathParameter { name: "id" }
        ));
        assert_eq!(error.to_string(), "path parameter `id` is empty");
    }

    #[test]
    fn root_base_and_no_path() {
        let root = Url::parse("https://example.com").unwrap();
        let url = build_url(&root, "", &[], &[]).unwrap();
        assert_eq!(url.as_str(), "https://example.com/");
        let url = build_url(&root, "", &[PathPart::Literal("/api")], &[]).unwrap();
        assert_eq!(url.as_str(), "https://example.com/api");
    }

    #[test]
    fn query_order_and_encoding() {
        let url = build_url(
            &request_base(&base(), Some(("api-version", "2017-10-31"))),
            "/pre",
            &[PathPart::Literal("/items")],
            &[
                ("$top", Some("5".to_owned())),
                ("skip", None),
                ("filter", Some("a b&c=d/é".to_owned())),
            ],
        )
        .unwrap();
        assert_eq!(
            url.query(),
            Some("api-version=2017-10-31&%24top=5&filter=a+b%26c%3Dd%2F%C3%A9")
        );
        let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        assert_eq!(pairs[2], ("filter".to_owned(), "a b&c=d/é".to_owned()));

        let url = build_url(&base(), "/pre", &[], &[("skip", None)]).unwrap();
        assert_eq!(url.query(), None);
        let with_version = request_base(&base(), Some(("api-version", "2017-10-31")));
        let url = build_url(&with_version, "/pre", &[], &[("skip", None)]).unwrap();
        assert_eq!(
            url.as_str(),
            "http://127.0.0.1:8080/pre?api-version=2017-10-31"
        );
    }

    fn any_string() -> impl Strategy<Value = String> {
        prop_oneof![
            proptest::collection::vec(any::<char>(), 0..24).prop_map(String::from_iter),
            "[./%?#a ]{0,6}",
        ]
    }

    #[test]
    fn dot_segments_anywhere_in_the_path() {
        for path in [
            ".", "/.", "/./a", "/a/..", "/a/%2E/b", "/a/.%2e", "/%2E%2e/", "//..",
        ] {
            assert!(find_dot_segment(path).is_some(), "{path}");
        }
        for path in [
            "",
            "/",
            "//",
            "/a/.../b",
            "/.a/a./",
            "/%2e%2e%2e",
            "/%2f",
            "/%",
        ] {
            assert_eq!(find_dot_segment(path), None, "{path}");
        }
    }

    proptest! {
        #[test]
        fn the_dot_segment_search_is_a_search_per_segment(path in "[./%2eEa]{0,12}") {
            let per_segment = path.split('/').find(|segment| {
                [".", "..", "%2e", ".%2e", "%2e.", "%2e%2e"]
                    .iter()
                    .any(|dot| segment.eq_ignore_ascii_case(dot))
            });
            prop_assert_eq!(find_dot_segment(&path), per_segment);
        }

        #[test]
        fn any_value_is_exactly_one_segment(value in any_string()) {
            match url_for(&value) {
                Ok(url) => {
                    let segments: Vec<&str> = url.path_segments().unwrap().collect();
                    prop_assert_eq!(segments.len(), 4, "{}", url);
                    prop_assert_eq!(segments[0], "pre");
                    prop_assert_eq!(segments[1], "items");
                    prop_assert_eq!(segments[3], "tail");
                    let decoded = percent_decode_str(segments[2]).decode_utf8().unwrap();
                    prop_assert_eq!(decoded.as_ref(), value.as_str());
                    // The URL survives a round trip through its text.
                    prop_assert_eq!(Url::parse(url.as_str()).unwrap(), url);
                }
                Err(RequestError::EmptyPathParameter { .. }) => prop_assert!(value.is_empty()),
                Err(RequestError::InvalidUrl { .. }) => {
                    prop_assert!(value == "." || value == "..");
                }
                Err(error) => prop_assert!(false, "unexpected error {:?}", error),
            }
        }
    }
}
