//! Detail's text on small screens: dates, ids and URLs are never broken inside; a URL keeps one
//! line, cut with an ellipsis when it must be, and becomes an OSC 8 hyperlink where the
//! terminal supports them.

mod common;

use common::{builtin, press, render, screen, state};
use readout::data::Interaction;
use readout::detail_text::rows;
use readout::state::{ActorsView, DetailSubject, State};
use readout::ui::hyperlink::visible;

fn text(state: &State, width: u16) -> Vec<String> {
    rows(state, width, usize::MAX)
        .rows
        .iter()
        .map(|l| l.to_string())
        .collect()
}

/// Each date (`2024-02-17`) and the id of every interaction, at widths from 30 columns up:
/// whole on one line.
#[test]
fn dates_and_ids_are_never_broken_at_their_hyphens() {
    let mut s = state(builtin(), 120, 40);
    let n = s.lists.visible.len();
    for k in 0..n {
        s.nav.timeline.selected = k;
        let it: &Interaction = s.data.interaction(s.lists.visible[k]);
        let mut whole: Vec<String> = vec![it.id.clone(), it.date.to_string()];
        whole.extend(
            it.sources
                .iter()
                .filter_map(|s| s.date.map(|d| d.to_string())),
        );
        for width in (30..=70).step_by(4) {
            let lines = text(&s, width);
            for w in &whole {
                if w.chars().count() + 13 > usize::from(width) {
                    continue;
                }
                assert!(
                    lines.iter().any(|l| l.contains(w.as_str())),
                    "{w:?} is broken at {width} columns:\n{}",
                    lines.join("\n")
                );
            }
        }
    }
}

/// The case: a pair's "the last on 2024-02-17" split as "2024-" / "02-17".
#[test]
fn a_pairs_last_date_stays_whole() {
    let mut s = state(builtin(), 80, 24);
    press(&mut s, &["2", "v"]);
    assert_eq!(s.nav.actors_view, ActorsView::Pairs);
    for p in 0..s.lists.pairs.len().min(30) {
        s.nav.pairs.selected = p;
        assert!(matches!(s.detail_subject(), DetailSubject::Pair(_)));
        let last = s.lists.pairs[p].last.to_string();
        for width in 30..60 {
            let lines = text(&s, width);
            assert!(
                lines.iter().any(|l| l.contains(&last)),
                "{last} broken at {width}:\n{}",
                lines.join("\n")
            );
        }
    }
}

/// Every URL is on one line: whole, or cut with `…`; never continued on the next.
#[test]
fn each_url_keeps_one_line() {
    let mut s = state(builtin(), 120, 40);
    for k in 0..s.lists.visible.len() {
        s.nav.timeline.selected = k;
        let it = s.data.interaction(s.lists.visible[k]);
        for width in [30u16, 44, 60, 90] {
            let lines = text(&s, width);
            for url in it.sources.iter().filter_map(|s| s.url.as_deref()) {
                let at = lines
                    .iter()
                    .position(|l| {
                        let t = l.trim_start();
                        t == url || (t.ends_with('…') && url.starts_with(t.trim_end_matches('…')))
                    })
                    .unwrap_or_else(|| {
                        panic!("{url} not on one line at {width}:\n{}", lines.join("\n"))
                    });
                let line = &lines[at];
                assert!(unicode_width::UnicodeWidthStr::width(line.as_str()) <= usize::from(width));
                // The next line is not the URL's rest.
                if let Some(next) = lines.get(at + 1) {
                    let rest = next.trim_start();
                    assert!(
                        rest.is_empty() || !url.contains(rest),
                        "{url} wraps into {next:?}"
                    );
                }
            }
        }
    }
}

/// Detail shows the interaction's id, which `readout show` takes.
#[test]
fn detail_shows_the_interaction_id() {
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["Enter"]);
    let id = s.data.interaction(s.lists.visible[0]).id.clone();
    let rows = screen(&s);
    let row = rows.iter().find(|r| r.contains("Id ")).expect("an Id row");
    assert!(row.contains(&id), "{row}");
}

/// With hyperlinks on, the URL's cells carry OSC 8 escapes and keep their widths; with them
/// off (tests, unknown terminals), the cells hold the text alone.
#[test]
fn urls_are_hyperlinks_where_the_terminal_supports_them() {
    let mut s = state(builtin(), 120, 60);
    press(&mut s, &["Enter"]);
    let it = s.data.interaction(s.lists.visible[0]).clone();
    let url = it.sources[0].url.clone().expect("a URL");
    let plain = screen(&s);
    let y = plain
        .iter()
        .position(|r| r.contains(&url))
        .expect("the URL is shown") as u16;
    let row = &plain[usize::from(y)];
    let x = unicode_width::UnicodeWidthStr::width(&row[..row.find(&url).unwrap()]) as u16;
    let off = render(&s);
    assert!(!off.backend().buffer()[(x, y)].symbol().contains('\x1b'));
    s.settings.hyperlinks = true;
    let on = render(&s);
    let buf = on.backend().buffer();
    let cell = &buf[(x, y)];
    assert_eq!(
        cell.symbol(),
        format!("\x1b]8;;{url}\x1b\\{}\x1b]8;;\x1b\\", &url[..1])
    );
    assert_eq!(
        cell.diff_option,
        ratatui::buffer::CellDiffOption::ForcedWidth(std::num::NonZeroU16::MIN)
    );
    let shown: String = (x..x + url.len() as u16)
        .map(|x| visible(buf[(x, y)].symbol()).to_owned())
        .collect();
    assert_eq!(shown, url);
    // Only the URL is linked: the cell before it is not.
    assert!(!buf[(x - 1, y)].symbol().contains('\x1b'));
}

/// `update` lays Detail's text out once per change and keeps it: the frame then draws the
/// rows kept, which are the rows a fresh layout gives, after any key.
#[test]
fn the_frame_draws_the_rows_update_kept_or_lays_them_out_once() {
    use ratatui::layout::Rect;
    use readout::geometry::{areas_for, text_width};
    use std::borrow::Cow;
    let mut s = state(builtin(), 120, 40);
    for key in [
        "j", "j", "Tab", "j", "Space", "j", "Tab", "j", "J", "Tab", "Tab", "v", "j", "Space", "l",
        "Tab", "Tab", "Tab", "j", "PgDn", "j",
    ] {
        press(&mut s, &[key]);
        let area = areas_for(
            Rect::new(0, 0, s.width, s.height),
            s.nav.focus,
            s.nav.maximised,
        )
        .detail
        .expect("Detail is shown at 120x40");
        let width = text_width(area);
        let height = usize::from(area.height.saturating_sub(2));
        let kept = rows(&s, width, s.nav.detail_scroll + height);
        // While Detail is read (focused or scrolled), update keeps its rows and the frame
        // lays nothing out; otherwise the frame lays them out itself, once.
        if s.nav.focus == readout::action::Pane::Detail || s.nav.detail_scroll > 0 {
            assert!(
                matches!(kept, Cow::Borrowed(_)),
                "after {key}: laid out again"
            );
        }
        let fresh = readout::present::layout::lay_out(
            &readout::detail_text::document(&s),
            usize::from(width),
            &s.filter.search,
            usize::MAX,
        );
        assert_eq!(kept.len(), fresh.len(), "after {key}");
        assert_eq!(kept.rows[..], fresh.rows[..kept.rows.len()], "after {key}");
    }
}
