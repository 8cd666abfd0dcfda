//! "Did you mean": the likely intended word of a typo.

/// The candidate closest to `word` by edit distance, when it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| {
            (
                strsim::damerau_levenshtein(&word.to_lowercase(), &candidate.to_lowercase()),
                candidate,
            )
        })
        .filter(|(distance, candidate)| *distance <= (candidate.len().max(3) / 3).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// The help for a likely typo: `did you mean `best`?` followed by `then` when [`closest`]
/// found a `best` candidate, else `otherwise`.
pub fn did_you_mean(best: Option<&str>, then: &str, otherwise: String) -> String {
    match best {
        Some(best) => format!("did you mean `{best}`?{then}"),
        None => otherwise,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_finds_typos_only() {
        assert_eq!(
            closest("summry", ["id", "summary", "title"]),
            Some("summary")
        );
        assert_eq!(closest("zzzzzz", ["id", "summary", "title"]), None);
    }
}
