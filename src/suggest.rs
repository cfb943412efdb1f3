//! "Did you mean …?": the names close to a misspelt one, by one rule everywhere readout
//! suggests (actor ids, interaction ids, country codes, key names, actions, contexts, colour
//! roles, colours, configuration choices).
//!
//! The rule: compare without case, count a swap of two neighbouring characters as one edit
//! (optimal string alignment distance), and suggest a name at most [`max_edits`] edits away:
//! a third of the written name's length in characters, at least 1 and at most 3. So `aze`
//! finds `AZE`'s neighbours one edit away, `pagedwn` finds `PageDown`, and a long id may be
//! three edits off; a name that shares little with every candidate gets no suggestion.
//!
//! This module sits at the bottom of the crate (it imports nothing of it), so the data layer
//! and the importers use it as the commands and the configuration do.

/// The most edits a name may be from the written one to be suggested: a third of the written
/// name's length in characters, at least 1 and at most 3.
pub fn max_edits(written: &str) -> usize {
    (written.chars().count() / 3).clamp(1, 3)
}

/// The edits between two names, ignoring case: insertions, deletions, substitutions and swaps
/// of neighbouring characters, in characters.
pub fn distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(&a.to_lowercase(), &b.to_lowercase())
}

/// The candidate nearest to `written`, if one is close enough by [`max_edits`]; the first of
/// the nearest when several are as near. `None` when no candidate is close, or the written
/// name is one of them (any case): there is nothing to correct.
pub fn nearest<'a>(
    written: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    all_near(written, candidates).into_iter().next()
}

/// Every candidate close enough to `written` by [`max_edits`], nearest first, in the
/// candidates' order among equals. Empty when the written name is one of them (any case).
pub fn all_near<'a>(written: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let limit = max_edits(written);
    let mut near: Vec<(usize, &'a str)> = Vec::new();
    for candidate in candidates {
        match distance(written, candidate) {
            0 => return Vec::new(),
            d if d <= limit => near.push((d, candidate)),
            _ => {}
        }
    }
    // A stable sort keeps the candidates' order among names as near.
    near.sort_by_key(|&(d, _)| d);
    near.into_iter().map(|(_, name)| name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEYS: [&str; 6] = ["Enter", "Escape", "PageDown", "PageUp", "Delete", "Home"];

    #[test]
    fn case_does_not_count() {
        assert_eq!(nearest("pagedwn", KEYS), Some("PageDown"));
        assert_eq!(nearest("PAGEDWN", KEYS), Some("PageDown"));
        assert_eq!(distance("Ülke", "üLKE"), 0);
        assert_eq!(nearest("armeniа", ["Armenia"]), Some("Armenia"));
    }

    #[test]
    fn a_swap_of_neighbours_is_one_edit() {
        assert_eq!(distance("Ecsape", "Escape"), 1);
        assert_eq!(nearest("Ecsape", KEYS), Some("Escape"));
        // Three characters allow one edit: a swap is enough, two substitutions are not.
        assert_eq!(nearest("AEZ", ["AZE"]), Some("AZE"));
        assert_eq!(nearest("AXX", ["AZE"]), None);
    }

    #[test]
    fn nothing_close_gives_nothing() {
        assert_eq!(nearest("hyper", KEYS), None);
        assert_eq!(nearest("zzz", ["arm", "aze", "geo"]), None);
        assert_eq!(nearest("", KEYS), None);
        assert!(all_near("solarized", ["default", "light", "16", "plain"]).is_empty());
    }

    #[test]
    fn a_name_that_is_a_candidate_needs_no_suggestion() {
        assert_eq!(nearest("home", KEYS), None);
        assert!(all_near("Enter", KEYS).is_empty());
    }

    #[test]
    fn the_limit_grows_with_the_name_to_three() {
        assert_eq!(max_edits(""), 1);
        assert_eq!(max_edits("ab"), 1);
        assert_eq!(max_edits("aliyv"), 1);
        assert_eq!(max_edits("MoveDwn"), 2);
        assert_eq!(max_edits("2022-07-25-blinken-aliyev-cal"), 3);
        // Characters, not bytes: five Armenian letters allow one edit, not three.
        assert_eq!(max_edits("Նիկոլ"), 1);
        assert_eq!(nearest("blinkne", ["blinken", "aliyev"]), Some("blinken"));
        assert_eq!(nearest("lavrov", ["blinken", "aliyev"]), None);
    }

    #[test]
    fn all_near_lists_the_nearest_first_then_in_order() {
        let codes = ["AZE", "AZR", "BZR", "FZR"];
        assert_eq!(all_near("AZQ", codes), ["AZE", "AZR"]);
        assert_eq!(all_near("BZQ", codes), ["BZR"]);
        assert_eq!(all_near("XZR", codes), ["AZR", "BZR", "FZR"]);
    }
}
