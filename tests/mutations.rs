//! Structured mutations of the built-in dataset: whatever is broken, loading answers with the
//! data or with errors whose positions lie inside the file, never a panic.

use proptest::prelude::*;
use readout::data::load::parse_str;
use readout::data::{BUILTIN, BUILTIN_NAME, Dataset, LoadError, load_str};

#[derive(Debug, Clone)]
enum Mutation {
    RemoveActor(usize),
    RenameActor(usize, String),
    DuplicateInteraction(usize),
    Participant(usize, String),
    Date(usize, u16, u8, u8),
    UntilBefore(usize),
    EmptyTitle(usize),
    NoSources(usize),
    ControlsInTitle(usize, char),
    QuoteSpeaker(usize, String),
    Affiliation(usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let id = "[a-zA-Z \\-]{0,12}";
    prop_oneof![
        any::<usize>().prop_map(Mutation::RemoveActor),
        (any::<usize>(), id).prop_map(|(i, s)| Mutation::RenameActor(i, s)),
        any::<usize>().prop_map(Mutation::DuplicateInteraction),
        (any::<usize>(), id).prop_map(|(i, s)| Mutation::Participant(i, s)),
        (any::<usize>(), 0u16..=9999, 0u8..=14, 0u8..=33)
            .prop_map(|(i, y, m, d)| Mutation::Date(i, y, m, d)),
        any::<usize>().prop_map(Mutation::UntilBefore),
        any::<usize>().prop_map(Mutation::EmptyTitle),
        any::<usize>().prop_map(Mutation::NoSources),
        (
            any::<usize>(),
            prop::sample::select(vec!['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\n', '\0'])
        )
            .prop_map(|(i, c)| Mutation::ControlsInTitle(i, c)),
        (any::<usize>(), id).prop_map(|(i, s)| Mutation::QuoteSpeaker(i, s)),
        (any::<usize>(), id).prop_map(|(i, s)| Mutation::Affiliation(i, s)),
    ]
}

fn apply(ds: &mut Dataset, m: &Mutation) {
    let na = ds.actors.len();
    let ni = ds.interactions.len();
    match m.clone() {
        Mutation::RemoveActor(i) => {
            ds.actors.remove(i % na);
        }
        Mutation::RenameActor(i, s) => ds.actors[i % na].id = s,
        Mutation::DuplicateInteraction(i) => {
            let it = ds.interactions[i % ni].clone();
            ds.interactions.push(it);
        }
        Mutation::Participant(i, s) => {
            let it = &mut ds.interactions[i % ni];
            it.participants.push(s);
        }
        Mutation::Date(i, y, mo, d) => {
            let text = match (mo, d) {
                (0, _) => format!("{y:04}"),
                (m, 0) => format!("{y:04}-{m:02}"),
                (m, d) => format!("{y:04}-{m:02}-{d:02}"),
            };
            if let Ok(date) = text.parse() {
                ds.interactions[i % ni].date = date;
            }
        }
        Mutation::UntilBefore(i) => {
            let it = &mut ds.interactions[i % ni];
            it.until = Some("1900".parse().unwrap());
        }
        Mutation::EmptyTitle(i) => ds.interactions[i % ni].title.clear(),
        Mutation::NoSources(i) => ds.interactions[i % ni].sources.clear(),
        Mutation::ControlsInTitle(i, c) => ds.interactions[i % ni].title.insert(0, c),
        Mutation::QuoteSpeaker(i, s) => {
            if let Some(q) = ds.interactions[i % ni].quotes.first_mut() {
                q.speaker = s;
            }
        }
        Mutation::Affiliation(i, s) => ds.actors[i % na].affiliation = Some(s),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn mutated_datasets_load_or_say_where(mutations in prop::collection::vec(mutation(), 1..6)) {
        let mut ds = parse_str(BUILTIN_NAME, BUILTIN).expect("the built-in dataset parses");
        for m in &mutations {
            apply(&mut ds, m);
        }
        let text = ron::ser::to_string_pretty(&ds, ron::ser::PrettyConfig::default())
            .expect("a dataset serializes");
        let lines = text.lines().count() + 1;
        match load_str("mutated.ron", &text) {
            Ok(data) => {
                // Whatever loads is safe to show: no raw control character survives.
                for it in data.interactions() {
                    prop_assert!(!it.title.chars().any(readout::data::clean::is_unsafe));
                }
            }
            Err(LoadError::Invalid(ds)) => {
                prop_assert!(!ds.is_empty());
                for d in ds {
                    prop_assert!(d.line >= 1 && d.line <= lines, "{d}");
                    prop_assert!(d.col >= 1, "{d}");
                    prop_assert!(d.to_string().starts_with("mutated.ron:"));
                }
            }
            Err(LoadError::Syntax(d)) => prop_assert!(d.line <= lines, "{d}"),
            Err(e) => prop_assert!(false, "unexpected error: {e}"),
        }
    }
}
