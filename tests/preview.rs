//! The preview shown while a large file loads: the head and the first interactions of the
//! file, on which every key works, with counts that say more is coming; then the whole data,
//! which takes its place keeping what the reader did. State tests through `update`, the loop
//! driven on a `TestBackend` with a scripted outside, and the screen rendered to a buffer.

mod common;

use std::collections::VecDeque;
use std::io;
use std::sync::Arc;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::Event;

use common::synth::dataset;
use common::{press, render, screen, selected_id, visible_ids};
use readout::action::Pane;
use readout::app::{Exit, Load, Outside};
use readout::data::preview::preview_bytes;
use readout::data::{Data, LoadError, load_str};
use readout::state::{Copied, Loading, Overlay, Partial, State};
use readout::update::{Msg, update};

/// The whole file of `n` interactions, and the preview of its first quarter.
fn file(n: usize) -> (String, Data, Data, Partial) {
    let text = dataset(n, false);
    let full = load_str("big.ron", &text).expect("the whole file loads");
    let p = preview_bytes(&text.as_bytes()[..text.len() / 4], text.len()).expect("a preview");
    let partial = Partial { covered: p.covered };
    (text, full, p.data, partial)
}

/// The browser of a `width`x`height` terminal while `big.ron` loads, half of it parsed, with
/// the preview on screen.
fn previewing(preview: Data, partial: Partial, total: usize, width: u16, height: u16) -> State {
    let mut s = State::loading("big.ron", width, height);
    update(&mut s, Msg::Progress(loading(total)));
    update(&mut s, Msg::Preview(Arc::new(preview), partial));
    s
}

fn loading(total: usize) -> Loading {
    Loading {
        read: total,
        parsed: total / 2,
        total,
    }
}

#[test]
fn every_key_works_on_the_preview_and_the_whole_data_keeps_the_view() {
    let (text, full, preview, partial) = file(800);
    let shown = preview.interactions().len();
    assert!(shown > 50 && shown < 400, "{shown} in the preview");
    let mut s = previewing(preview, partial, text.len(), 120, 40);
    assert_eq!(s.status.partial, Some(partial));
    assert!(s.status.loading.is_some());
    assert_eq!(s.lists.visible.len(), shown);
    // The reader filters by an actor, searches, moves, and reads Detail, on the preview.
    press(&mut s, &["f", "type:Georgia", "Enter"]);
    press(&mut s, &["/", "type:ceasefire", "Enter"]);
    press(&mut s, &["j", "j", "j", "j", "j"]);
    press(&mut s, &["Enter"]);
    assert_eq!(s.nav.focus, Pane::Detail);
    press(&mut s, &["j"]);
    let before: Vec<String> = visible_ids(&s).iter().map(|&id| id.to_owned()).collect();
    let selected = selected_id(&s).expect("a selection").to_owned();
    let (filter, offset, scroll) = (s.filter.clone(), s.nav.timeline.offset, s.nav.detail_scroll);
    assert!(!before.is_empty() && before.len() < shown);
    assert_eq!(s.filter.search.text(), "ceasefire");

    update(&mut s, Msg::Loaded(Arc::new(full)));
    assert_eq!(s.status.partial, None);
    assert_eq!(s.status.loading, None);
    assert_eq!(s.data.interactions().len(), 800);
    // The same selection, filter, search, focus and scroll, on all the data.
    assert_eq!(selected_id(&s), Some(selected.as_str()));
    assert_eq!(s.filter, filter);
    assert_eq!(s.nav.focus, Pane::Detail);
    assert_eq!(
        (s.nav.timeline.offset, s.nav.detail_scroll),
        (offset, scroll)
    );
    let after = visible_ids(&s);
    assert!(after.len() > before.len());
    // The file is in date order: what matched in the preview is the start of what matches.
    assert_eq!(after[..before.len()], before);
    assert!(s.lists.visible.iter().all(|&i| {
        let it = s.data.interaction(i);
        it.title.contains("ceasefire") && it.participants.iter().any(|p| p == "geo")
    }));
}

#[test]
fn the_picker_open_when_the_whole_data_comes_stays_open() {
    let (text, full, preview, partial) = file(400);
    let mut s = previewing(preview, partial, text.len(), 120, 40);
    press(&mut s, &["f", "type:arm"]);
    update(&mut s, Msg::Loaded(Arc::new(full)));
    let Some(Overlay::Picker(picker)) = &s.nav.overlay else {
        panic!("the picker closed: {:?}", s.nav.overlay);
    };
    assert_eq!(picker.input.text(), "arm");
    press(&mut s, &["Enter"]);
    assert_eq!(s.filter.actors, [s.data.actor_index("arm").expect("arm")]);
}

#[test]
fn nothing_reloads_while_the_first_load_runs() {
    let (text, _, preview, partial) = file(200);
    let mut s = previewing(preview, partial, text.len(), 120, 40);
    let effects = press(&mut s, &["r"]);
    assert!(!effects.reloads());
    assert!(
        s.status
            .message
            .as_deref()
            .unwrap_or("")
            .contains("Still loading")
    );
}

#[test]
fn a_late_preview_changes_nothing() {
    let (text, full, preview, partial) = file(200);
    let mut s = State::loading("big.ron", 120, 40);
    update(&mut s, Msg::Loaded(Arc::new(full)));
    update(&mut s, Msg::Preview(Arc::new(preview), partial));
    assert_eq!((s.status.partial, s.data.interactions().len()), (None, 200));
    assert!(!text.is_empty());
}

/// The outside as the test scripts it: what `load` gives, one answer a turn, and no keys.
struct Scripted {
    loads: VecDeque<Load>,
}

impl Outside for Scripted {
    fn event(&mut self, _: Duration) -> io::Result<Option<Event>> {
        Ok(None)
    }
    fn copy(&mut self, _: &str) -> io::Result<()> {
        Ok(())
    }
    fn copy_text(&mut self, _: &str) -> io::Result<Copied> {
        Ok(Copied::default())
    }
    fn data_changed(&mut self) -> bool {
        false
    }
    fn reload(&mut self) -> bool {
        false
    }
    /// Stops the loop if the script runs out without an end.
    fn stop_signal(&mut self) -> Option<i32> {
        self.loads.is_empty().then_some(15)
    }
    fn load(&mut self) -> Option<Load> {
        self.loads.pop_front()
    }
}

/// Runs the loop on the loading state with the script's loads; how it ended, and the screen
/// drawn last.
fn run(loads: Vec<Load>) -> (Exit, Vec<String>) {
    let mut s = State::loading("big.ron", 100, 30);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("a test terminal");
    let mut outside = Scripted {
        loads: loads.into(),
    };
    let exit = readout::app::run(
        &mut terminal,
        &mut s,
        &readout::ui::theme::COLOR,
        &mut outside,
    )
    .expect("the loop runs");
    let buf = terminal.backend().buffer();
    let rows = (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect();
    (exit, rows)
}

fn failed(exit: Exit) -> String {
    match exit {
        Exit::LoadFailed(e) => e.to_string(),
        other => panic!("the loop ended otherwise: {other:?}"),
    }
}

#[test]
fn a_load_that_fails_after_a_preview_fails_as_it_would_without() {
    let text = dataset(400, true);
    let error = || -> LoadError { load_str("big.ron", &text).expect_err("the last is broken") };
    let expected = error().to_string();
    assert!(
        expected.contains("big.ron:") && expected.contains("unknown actor \"nobody\""),
        "{expected}"
    );
    let p = preview_bytes(&text.as_bytes()[..text.len() / 4], text.len()).expect("a preview");
    let shown = p.data.interactions().len();
    let partial = Partial { covered: p.covered };
    let preview = Load::Preview(Arc::new(p.data), partial);
    let progress = Load::Running(loading(text.len()));
    let (exit, rows) = run(vec![preview, progress, Load::Done(Box::new(Err(error())))]);
    assert_eq!(failed(exit), expected);
    // The preview was on screen until then.
    assert!(
        rows.iter()
            .any(|r| r.contains(&format!("{shown} of {shown}+ interactions"))),
        "{}",
        rows.join("\n")
    );
    let (exit, _) = run(vec![Load::Done(Box::new(Err(error())))]);
    assert_eq!(failed(exit), expected);
}

#[test]
fn the_loop_shows_the_preview_then_the_whole_data() {
    let (text, full, preview, partial) = file(400);
    let shown = preview.interactions().len();
    let (exit, rows) = run(vec![
        Load::Running(loading(text.len())),
        Load::Preview(Arc::new(preview), partial),
        Load::Done(Box::new(Ok(Arc::new(full)))),
    ]);
    assert!(matches!(exit, Exit::Signal(15)), "{exit:?}");
    let status = &rows[rows.len() - 2];
    assert!(status.ends_with(" 400 of 400 interactions "), "{status}");
    assert!(!rows.join("\n").contains('+'), "{}", rows.join("\n"));
    assert!(shown < 400);
}

/// The status line and the end of the timeline while the preview is shown: the counts end in
/// `+`, the share loaded is given, and a row after the last interaction says more is coming.
#[test]
fn the_preview_says_that_more_is_coming() {
    let (text, _, preview, partial) = file(400);
    let shown = preview.interactions().len();
    let mut s = previewing(preview, partial, text.len(), 100, 40);
    // Filtered to a few, so that the end of the timeline is in view.
    press(
        &mut s,
        &["t", "type:2001-01", "Enter", "/", "type:ceasefire", "Enter"],
    );
    let visible = s.lists.visible.len();
    assert_eq!(visible, 10);
    press(&mut s, &["G"]);
    insta::assert_snapshot!(render(&s).backend());
    let rows = screen(&s);
    let status = &rows[rows.len() - 2];
    assert!(
        status.ends_with(&format!(
            " {visible} of {shown}+ interactions · loading 55% "
        )),
        "{status}"
    );
    let end = rows
        .iter()
        .position(|r| r.contains("⋯ more interactions are loading (55% of the file)"))
        .unwrap_or_else(|| panic!("no row says more is coming:\n{}", rows.join("\n")));
    assert!(rows[end - 1].contains("2001-01-28"), "{}", rows[end - 1]);
    assert!(
        rows.iter()
            .any(|r| r.contains(&format!(" {visible}/{visible}+ ")))
    );
    // Nothing matches yet: it says so, and that the rest is loading.
    press(&mut s, &["t", "type:2020", "Enter"]);
    let rows = screen(&s).join("\n");
    assert!(
        rows.contains("No interaction matches yet; more are loading."),
        "{rows}"
    );
    // Once the whole data is in, the exact count, and no such row.
    let text = dataset(400, false);
    update(
        &mut s,
        Msg::Loaded(Arc::new(load_str("big.ron", &text).expect("loads"))),
    );
    press(&mut s, &["t", "type:2001-01", "Enter"]);
    let rows = screen(&s);
    assert!(rows[rows.len() - 2].ends_with(" 10 of 400 interactions "));
    assert!(!rows.join("\n").contains("more interactions are loading"));
    // Tiny terminals draw it too.
    for (w, h) in [(30, 8), (10, 3), (1, 1)] {
        update(&mut s, readout::action::Action::Resize(w, h));
        render(&s);
    }
}

mod props {
    //! Any keys on a preview of the built-in dataset, at any size, then the whole data, then
    //! more keys: nothing panics, and every state keeps the invariants of the other property
    //! tests (`common::invariants`): selections in range, frames that draw clean.

    use std::sync::{Arc, OnceLock};

    use proptest::prelude::*;
    use readout::action::{Action, Pane};
    use readout::data::preview::preview_bytes;
    use readout::data::{BUILTIN, BUILTIN_NAME, Data, load_str};
    use readout::state::{Loading, Partial, State};
    use readout::update::{Msg, update};

    /// A dataset whole, and previews of it.
    type Previews = (Arc<Data>, Vec<(Arc<Data>, Partial)>);

    /// The built-in dataset whole, and previews of it cut at a few places.
    fn data() -> &'static Previews {
        static DATA: OnceLock<Previews> = OnceLock::new();
        DATA.get_or_init(|| {
            let full = Arc::new(load_str(BUILTIN_NAME, BUILTIN).expect("the built-in loads"));
            let previews = [60_000, 120_000, 300_000]
                .into_iter()
                .map(|cut| {
                    let p = preview_bytes(&BUILTIN.as_bytes()[..cut], BUILTIN.len())
                        .expect("a preview of the built-in dataset");
                    (Arc::new(p.data), Partial { covered: p.covered })
                })
                .collect();
            (full, previews)
        })
    }

    fn action() -> impl Strategy<Value = Action> {
        prop_oneof![
            prop::sample::select(vec![
                Action::MoveDown,
                Action::MoveUp,
                Action::PageDown,
                Action::Last,
                Action::FocusNext,
                Action::Focus(Pane::Actors),
                Action::Focus(Pane::Detail),
                Action::OpenDetail,
                Action::Back,
                Action::ToggleActor,
                Action::OpenPicker,
                Action::ClearFilters,
                Action::CloseOverlay,
                Action::Confirm,
                Action::OpenSearch,
                Action::NextMatch,
                Action::RangeForward,
                Action::TogglePairs,
                Action::CopyQuote,
                Action::CopyUrl,
                Action::ToggleQuotes,
                Action::ToggleGrouping,
                Action::ToggleNetwork,
                Action::WidenNetwork,
                Action::SortTimeline,
                Action::Reload,
            ]),
            prop::sample::select(vec!['a', 'e', 'ə', 'Փ', ' ', '2', '0']).prop_map(Action::Input),
            (0u16..=220, 0u16..=70).prop_map(|(w, h)| Action::Resize(w, h)),
            (0u16..=220, 0u16..=70).prop_map(|(x, y)| Action::Click(x, y)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn any_keys_on_a_preview_then_the_whole_data(
            which in 0usize..3,
            (w, h) in (0u16..=220, 0u16..=70),
            before in prop::collection::vec(action(), 0..40),
            after in prop::collection::vec(action(), 0..10),
        ) {
            let (full, previews) = data();
            let (preview, partial) = previews[which].clone();
            let mut s = State::loading("builtin.ron", w, h);
            update(&mut s, Action::Resize(w, h));
            update(&mut s, Msg::Progress(Loading { read: 10, parsed: 5, total: 10 }));
            update(&mut s, Msg::Preview(preview, partial));
            for a in before {
                update(&mut s, a);
                crate::common::invariants::check_invariants(&s);
            }
            let selected = s.selected_interaction().map(|i| s.data.interaction(i).id.clone());
            let visible = s.lists.visible.len();
            update(&mut s, Msg::Loaded(Arc::clone(full)));
            crate::common::invariants::check_invariants(&s);
            prop_assert!(s.status.partial.is_none() && s.status.loading.is_none());
            // What was selected is still selected, unless the whole data lists it elsewhere
            // in an order other than the date's.
            if visible > 0 && s.lists.timeline_sort == readout::query::TimelineSort::Date {
                let now = s.selected_interaction().map(|i| s.data.interaction(i).id.clone());
                if s.nav.timeline_view == readout::state::TimelineView::Interactions {
                    prop_assert_eq!(now, selected);
                }
            }
            for a in after {
                update(&mut s, a);
                crate::common::invariants::check_invariants(&s);
            }
        }
    }
}
