//! Checks that keep the built-in dataset true: every interaction is sourced, every quote is
//! verbatim from a page its interaction lists (through the quotes ledger), the topics are the
//! documented ones, the file is in date order, and a reader finds what the sources report.

use std::collections::{BTreeSet, HashSet};

use readout::data::load::parse_str;
use readout::data::{self, BUILTIN, BUILTIN_NAME, Data, Dataset, Interaction};
use readout::query::{self, Filter, MatchMode};

const DATA_README: &str = include_str!("../data/README.md");
const LEDGER: &str = include_str!("quotes-ledger.tsv");

/// The dataset as the file has it: its order, before the loader sorts it.
fn file() -> Dataset {
    parse_str(BUILTIN_NAME, BUILTIN).expect("the built-in dataset parses")
}

fn loaded() -> Data {
    data::load_str(BUILTIN_NAME, BUILTIN).expect("the built-in dataset loads")
}

/// Quotes compared as text: typographic quotation marks and apostrophes folded to ASCII.
fn fold_quotes(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '“' | '”' | '„' | '«' | '»' => '"',
            '‘' | '’' | 'ʼ' => '\'',
            other => other,
        })
        .collect()
}

/// The tags of the topics table in data/README.md: the first cell of each row of the table
/// under "## Topics".
fn documented_topics() -> BTreeSet<String> {
    let section = DATA_README
        .split("\n## Topics\n")
        .nth(1)
        .expect("data/README.md has a Topics section");
    let section = section.split("\n## ").next().unwrap();
    let tags: BTreeSet<String> = section
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split_once('`').map(|(tag, _)| tag.to_string()))
        .collect();
    assert!(tags.len() >= 10, "too few topics parsed: {tags:?}");
    tags
}

/// (url, quote) pairs of the ledger; `#` lines are comments.
fn ledger() -> Vec<(&'static str, &'static str)> {
    LEDGER
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            l.split_once('\t')
                .unwrap_or_else(|| panic!("a ledger line without a tab: {l:?}"))
        })
        .collect()
}

fn source_urls(it: &Interaction) -> Vec<&str> {
    it.sources.iter().filter_map(|s| s.url.as_deref()).collect()
}

fn ids_of(data: &Data, list: &[usize]) -> Vec<String> {
    list.iter()
        .map(|&i| data.interaction(i).id.clone())
        .collect()
}

fn filter(data: &Data, names: &[&str]) -> Vec<String> {
    let actors = names
        .iter()
        .map(|n| {
            data.find_actor(n)
                .unwrap_or_else(|| panic!("no actor {n:?}"))
        })
        .collect();
    let f = Filter {
        actors,
        mode: MatchMode::All,
        ..Filter::default()
    };
    ids_of(data, &query::matching(data, &f))
}

#[test]
fn every_interaction_has_a_findable_source() {
    for it in file().interactions {
        assert!(
            it.sources.iter().any(|s| {
                s.url.as_deref().is_some_and(|u| !u.trim().is_empty())
                    || (!s.outlet.trim().is_empty()
                        && s.title.as_deref().is_some_and(|t| !t.trim().is_empty()))
            }),
            "{} has no source with a URL, or an outlet and a title",
            it.id
        );
    }
}

#[test]
fn every_speaker_is_an_actor() {
    let ds = file();
    let actors: HashSet<&str> = ds.actors.iter().map(|a| a.id.as_str()).collect();
    for it in &ds.interactions {
        for q in &it.quotes {
            assert!(
                actors.contains(q.speaker.as_str()),
                "{}: speaker {:?} is not an actor",
                it.id,
                q.speaker
            );
        }
    }
}

#[test]
fn every_topic_is_documented() {
    let topics = documented_topics();
    for it in file().interactions {
        for t in &it.topics {
            assert!(
                topics.contains(t),
                "{}: topic {t:?} is not in data/README.md's topics table",
                it.id
            );
        }
    }
}

#[test]
fn interaction_ids_are_unique() {
    let mut seen = HashSet::new();
    for it in file().interactions {
        assert!(seen.insert(it.id.clone()), "duplicate id {}", it.id);
    }
}

#[test]
fn the_file_is_in_date_order() {
    let ds = file();
    for pair in ds.interactions.windows(2) {
        assert!(
            pair[0].date <= pair[1].date,
            "{} ({}) comes before {} ({})",
            pair[0].id,
            pair[0].date,
            pair[1].id,
            pair[1].date
        );
    }
}

#[test]
fn every_quote_is_in_the_ledger_with_one_of_its_sources() {
    let ledger = ledger();
    let mut used = vec![false; ledger.len()];
    for it in file().interactions {
        let urls = source_urls(&it);
        for q in &it.quotes {
            let text = fold_quotes(&q.text);
            let line = ledger.iter().enumerate().position(|(i, (url, quote))| {
                !used[i] && fold_quotes(quote) == text && urls.contains(url)
            });
            match line {
                Some(i) => used[i] = true,
                None => panic!(
                    "{}: the quote {:?} is not in tests/quotes-ledger.tsv beside one of the \
                     interaction's source URLs {urls:?}",
                    it.id, q.text
                ),
            }
        }
    }
    let unused: Vec<_> = ledger
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(l, _)| l)
        .collect();
    assert!(
        unused.is_empty(),
        "ledger lines that no quote uses: {unused:#?}"
    );
}

/// The eight quoted passages of the RFE/RL article "Blinken Talks To Armenian, Azeri Leaders"
/// (https://azatutyun.am/amp/31959336.html), as it prints them.
const ARTICLE_QUOTES: [&str; 8] = [
    "historic opportunity to achieve peace in the region",
    "I commend the positive momentum resulting from bilateral talks and urge further progress towards peace and stability in the region,",
    "Good discussion with [Prime Minister] Nikol Pashinian on Armenia’s and Azerbaijan’s historic opportunity to achieve peace in the region. I commend Armenia on its positive steps forward with Azerbaijan [and] Turkey.",
    "reaffirmed his commitment to the peace agenda,",
    "processes taking place in the South Caucasus.",
    "ensuring security on the Armenian-Azerbaijani border",
    "restoring economic, transport and logistics ties in the South Caucasus.",
    "very important format",
];

#[test]
fn the_rfe_rl_articles_quotes_are_in_the_data_verbatim() {
    let ds = file();
    for passage in ARTICLE_QUOTES {
        let holder = ds
            .interactions
            .iter()
            .find(|it| it.quotes.iter().any(|q| q.text == passage))
            .unwrap_or_else(|| panic!("no quote is exactly {passage:?}"));
        assert!(
            source_urls(holder).contains(&"https://azatutyun.am/amp/31959336.html"),
            "{} quotes the RFE/RL article but does not list it",
            holder.id
        );
    }
}

#[test]
fn blinken_shows_his_calls_meetings_and_hosted_rounds() {
    let data = loaded();
    let ids = filter(&data, &["blinken"]);
    for id in [
        "2021-11-16-blinken-tweet-border-fighting",
        "2022-07-25-blinken-aliyev-call",
        "2022-07-25-blinken-pashinyan-call",
        "2022-09-19-blinken-hosts-ministers-new-york",
        "2022-11-07-blinken-hosts-ministers-blair-house",
        "2023-02-18-blinken-hosts-aliyev-pashinyan-munich",
        "2023-05-01-arlington-talks",
        "2024-09-blinken-hosts-ministers-new-york",
    ] {
        assert!(ids.iter().any(|i| i == id), "filter by Blinken lacks {id}");
    }
    // Nothing in which he has no part: Lavrov's rounds are not his.
    assert!(!ids.iter().any(|i| i.contains("lavrov")), "{ids:?}");
}

#[test]
fn aliyev_and_pashinyan_together_show_their_meetings_moscow_2021_to_abu_dhabi_2026() {
    let data = loaded();
    let ids = filter(&data, &["aliyev", "Pashinian"]);
    let meetings: Vec<&String> = ids
        .iter()
        .filter(|id| {
            let it = data
                .dataset
                .interactions
                .iter()
                .find(|it| &&it.id == id)
                .unwrap();
            matches!(
                it.kind,
                data::InteractionKind::Summit
                    | data::InteractionKind::Meeting
                    | data::InteractionKind::Talks
            )
        })
        .collect();
    assert_eq!(
        meetings.first().map(|s| s.as_str()),
        Some("2021-01-11-moscow-trilateral-summit")
    );
    assert_eq!(
        meetings.last().map(|s| s.as_str()),
        Some("2026-02-04-aliyev-pashinyan-abu-dhabi")
    );
    for id in [
        "2021-11-26-sochi-trilateral-summit",
        "2021-12-14-first-brussels-meeting",
        "2022-04-06-second-brussels-meeting",
        "2022-10-06-prague-quadrilateral-meeting",
        "2022-10-31-sochi-trilateral-summit",
        "2023-02-18-blinken-hosts-aliyev-pashinyan-munich",
        "2023-05-25-putin-hosts-aliyev-pashinyan-kremlin",
        "2023-07-15-sixth-brussels-meeting",
        "2024-02-17-scholz-hosts-aliyev-pashinyan-munich",
        "2024-10-08-putin-receives-aliyev-pashinyan-moscow",
        "2024-10-24-aliyev-pashinyan-kazan",
        "2025-05-16-aliyev-pashinyan-tirana",
        "2025-07-10-aliyev-pashinyan-abu-dhabi",
        "2025-08-08-white-house-summit",
        "2025-10-02-aliyev-pashinyan-copenhagen",
    ] {
        assert!(
            meetings.iter().any(|m| *m == id),
            "{id} missing: {meetings:?}"
        );
    }
    // Their separate calls with Blinken are not shared interactions.
    assert!(!ids.iter().any(|i| i.starts_with("2022-07-25-")), "{ids:?}");
}

#[test]
fn the_blinken_aliyev_call_has_the_tweet_and_the_readout() {
    let data = loaded();
    let ids = filter(&data, &["blinken", "aliyev"]);
    assert!(ids.iter().any(|i| i == "2022-07-25-blinken-aliyev-call"));
    let it = data
        .dataset
        .interactions
        .iter()
        .find(|it| it.id == "2022-07-25-blinken-aliyev-call")
        .unwrap();
    let said = |speaker: &str, start: &str| {
        it.quotes
            .iter()
            .any(|q| q.speaker == speaker && q.text.starts_with(start))
    };
    assert!(said("blinken", "I commend the positive momentum"));
    assert!(said(
        "state-department",
        "The Secretary and President Aliyev discussed"
    ));
    assert!(said(
        "state-department",
        "Secretary Blinken also urged President Aliyev to release"
    ));
    let urls = source_urls(it);
    assert!(urls.contains(&"https://azatutyun.am/amp/31959336.html"));
    assert!(
        urls.iter()
            .any(|u| u.contains("einpresswire.com/article/582941497"))
    );
}

#[test]
fn a_search_for_tripp_finds_the_route_from_the_white_house_summit_on() {
    let data = loaded();
    let f = Filter {
        search: readout::data::fold::Query::new("tripp"),
        ..Filter::default()
    };
    let ids = ids_of(&data, &query::matching(&data, &f));
    assert!(
        ids.iter().any(|id| id == "2025-08-08-white-house-summit"),
        "{ids:?}"
    );
    assert!(
        ids.iter()
            .any(|id| id == "2025-08-09-iran-objects-to-tripp"),
        "{ids:?}"
    );
}

#[test]
fn persian_names_keep_the_zero_width_non_joiner_of_persian_spelling() {
    let data = loaded();
    for (id, native) in [
        ("velayati", "علی\u{200c}اکبر ولایتی"),
        ("bagheri-kani", "علی باقری\u{200c}کنی"),
    ] {
        let actor = &data.dataset.actors[data.find_actor(id).expect(id)];
        assert_eq!(actor.native.as_deref(), Some(native), "{id}");
    }
}

/// The built-in actors whose roles changed show the role of each interaction's date.
#[test]
fn roles_are_those_held_at_the_time() {
    let data = loaded();
    let role = |id: &str, date: &str| {
        data.role_of(id, date.parse().unwrap())
            .unwrap_or_else(|| panic!("{id} has no role"))
            .to_owned()
    };
    assert_eq!(
        role("pashinyan", "2021-06-24"),
        "acting Prime Minister of Armenia"
    );
    assert_eq!(role("pashinyan", "2020-11-09"), "Prime Minister of Armenia");
    assert_eq!(role("pashinyan", "2022-04-19"), "Prime Minister of Armenia");
    assert_eq!(
        role("michel", "2023-10-05"),
        "President of the European Council"
    );
    assert_eq!(
        role("michel", "2025-03"),
        "former President of the European Council"
    );
    assert_eq!(
        role("borrell", "2023-09-19"),
        "High Representative of the European Union for Foreign Affairs and Security Policy"
    );
    assert_eq!(role("blinken", "2024-09-26"), "U.S. Secretary of State");
    assert_eq!(role("blinken", "2025-02"), "former U.S. Secretary of State");
    // Every interaction an actor with dated roles takes part in falls within one of them or
    // shows the undated role: no role is empty.
    for it in data.interactions() {
        for (id, role) in data.roles_in(it) {
            assert!(!role.trim().is_empty(), "{}: {id} has an empty role", it.id);
        }
    }
    // And the readout of the June 2021 call says so.
    let it = data
        .interactions()
        .iter()
        .find(|it| it.id == "2021-06-24-putin-pashinyan-call")
        .expect("the June 2021 call");
    assert!(
        readout::cite::markdown(&data, it)
            .contains("Nikol Pashinyan — acting Prime Minister of Armenia")
    );
}
