//! The three outputs of an interaction agree: the browser's Detail, `readout show` and the
//! Markdown of `Y` and `export` give the same fields in the same order with the same texts,
//! for every interaction of the built-in dataset and of an imported GDELT day, each in the
//! markup of its format.

mod common;

use common::{builtin, gdelt_events, state};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use readout::data::Data;
use readout::present::values::signed;
use readout::present::{Block, Document, Fit, interaction};

/// A text the document gives, and whether its case may differ (`show` writes labels in
/// lowercase).
struct Item {
    text: String,
    any_case: bool,
}

/// What every output must show of `doc`, in order: the title; each field's label and values
/// (a gauge's score); each section's heading; each line of a paragraph; each quote's words and
/// credit; each source's citation and URL.
fn items(doc: &Document) -> Vec<Item> {
    // Markdown drops the spaces that start a line, and wrapping those that end one.
    let exact = |text: &str| Item {
        text: text.trim().to_owned(),
        any_case: false,
    };
    let mut out = vec![exact(&doc.title)];
    for block in &doc.blocks {
        match block {
            Block::Field(f) => {
                out.push(Item {
                    text: f.label.clone(),
                    any_case: true,
                });
                match f.fit {
                    Fit::Gauge(score) => out.push(exact(&signed(score, 1))),
                    _ => out.extend(f.values.iter().map(|v| exact(v))),
                }
            }
            Block::Section(h) => out.push(exact(h)),
            Block::Blank => {}
            Block::Paragraph { text, .. } => {
                out.extend(text.split('\n').filter(|l| !l.trim().is_empty()).map(exact))
            }
            Block::Quote(q) => {
                out.extend(q.text.split('\n').map(exact));
                out.push(exact(&q.credit));
            }
            Block::Source(s) => {
                out.push(exact(&s.citation));
                out.extend(s.url.as_deref().map(exact));
            }
            Block::Counterparts(_) | Block::Interactions(_) => {
                panic!("an interaction's document has no lists")
            }
        }
    }
    out
}

/// Each item found in `text` after the one before it.
fn assert_in_order(what: &str, id: &str, text: &str, items: &[Item]) {
    let lower = text.to_lowercase();
    let mut at = 0;
    for item in items {
        let found = if item.any_case {
            // Lowercasing keeps byte offsets for the labels' ASCII.
            lower[at..].find(&item.text.to_lowercase())
        } else {
            text[at..].find(&item.text)
        };
        let Some(k) = found else {
            panic!(
                "{what} of {id}: {:?} missing after byte {at}:\n{text}",
                item.text
            );
        };
        at += k + item.text.len();
    }
}

/// What a CommonMark reader shows of a Markdown text: its text, a line a block.
fn markdown_text(md: &str) -> String {
    let mut out = String::new();
    let mut target = None;
    for event in Parser::new(md) {
        match event {
            Event::Text(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => out.push('\n'),
            // The link's target after its text, as the other outputs put the URL.
            Event::Start(Tag::Link { dest_url, .. }) => target = Some(dest_url),
            Event::End(TagEnd::Link) => {
                out.push(' ');
                if let Some(url) = target.take() {
                    out.push_str(&url);
                }
            }
            _ => {}
        }
    }
    out
}

fn agree(data: Data) {
    let mut s = state(data, 200, 60);
    let ids: Vec<String> = s
        .data
        .interactions()
        .iter()
        .map(|it| it.id.clone())
        .collect();
    assert!(!ids.is_empty());
    for k in 0..s.lists.visible.len() {
        s.nav.timeline.selected = k;
        let it = s.data.interaction(s.lists.visible[k]);
        let doc = interaction::document(&s.data, it);
        let items = items(&doc);
        // Detail, wide enough that nothing wraps.
        let detail: Vec<String> = readout::detail_text::rows(&s, 2000, usize::MAX)
            .rows
            .iter()
            .map(|r| r.to_string().trim_end().to_owned())
            .collect();
        assert_in_order("Detail", &it.id, &detail.join("\n"), &items);
        let mut shown = Vec::new();
        readout::commands::show(&s.data, &it.id, None, &mut shown).unwrap();
        assert_in_order("show", &it.id, &String::from_utf8(shown).unwrap(), &items);
        let md = readout::cite::markdown(&s.data, it);
        assert_in_order("Markdown", &it.id, &markdown_text(&md), &items);
    }
    assert_eq!(
        s.lists.visible.len(),
        ids.len(),
        "every interaction was read"
    );
}

#[test]
fn detail_show_and_markdown_agree_on_the_builtin_dataset() {
    agree(builtin());
}

#[test]
fn detail_show_and_markdown_agree_on_machine_coded_events() {
    agree(gdelt_events());
}

/// The case of the issue: an actor is named with its role the same way in all three, and
/// the June 2021 call gives Pashinyan the role he held then.
#[test]
fn roles_are_written_one_way() {
    let data = builtin();
    let it = data
        .interactions()
        .iter()
        .find(|it| it.id == "2021-06-24-putin-pashinyan-call")
        .expect("the June 2021 call");
    let listed = "Nikol Pashinyan — acting Prime Minister of Armenia";
    let mut shown = Vec::new();
    readout::commands::show(&data, &it.id, None, &mut shown).unwrap();
    assert!(String::from_utf8(shown).unwrap().contains(listed));
    assert!(readout::cite::markdown(&data, it).contains(listed));
    let doc = interaction::document(&data, it);
    assert!(
        doc.all_fields()
            .any(|f| f.values.iter().any(|v| v == listed))
    );
}
