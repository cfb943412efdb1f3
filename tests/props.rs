//! Property tests: any sequence of actions at any size, resizes included, never panics, keeps
//! every selection in range, and draws no line wider than the screen.

mod common;

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use readout::action::{Action, Pane};
use readout::data::Data;
use readout::state::{Overlay, State};
use readout::update::update;

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        prop::sample::select(vec![
            Action::MoveDown,
            Action::MoveUp,
            Action::PageDown,
            Action::PageUp,
            Action::First,
            Action::Last,
            Action::FocusNext,
            Action::FocusPrev,
            Action::Focus(Pane::Timeline),
            Action::Focus(Pane::Actors),
            Action::Focus(Pane::Detail),
            Action::OpenDetail,
            Action::Back,
            Action::ToggleActor,
            Action::OpenPicker,
            Action::ToggleMatchMode,
            Action::ClearFilters,
            Action::ToggleHelp,
            Action::CloseOverlay,
            Action::Confirm,
            Action::Backspace,
            Action::Delete,
            Action::CursorLeft,
            Action::CursorRight,
            Action::CursorHome,
            Action::CursorEnd,
            Action::DeleteWord,
            Action::DeleteToStart,
            Action::OpenSearch,
            Action::NextMatch,
            Action::PrevMatch,
            Action::RangeBack,
            Action::RangeForward,
            Action::OpenRangePrompt,
            Action::SortActors,
            Action::TogglePairs,
            Action::CopyQuote,
            Action::CopyInteraction,
            Action::ToggleQuotes,
            Action::CycleLink,
            Action::ToggleInactive,
            Action::ToggleRole,
            Action::CycleKind,
            Action::CycleClass,
        ]),
        prop::sample::select(vec!['a', 'e', 'ə', 'Փ', '漢', ' ', 'z', '2', '0', '-', '.'])
            .prop_map(Action::Input),
        (0u16..=400, 0u16..=150).prop_map(|(w, h)| Action::Resize(w, h)),
        (0u16..=300, 0u16..=100).prop_map(|(x, y)| Action::Click(x, y)),
        (0u16..=300, 0u16..=100, -3i8..=3).prop_map(|(x, y, d)| Action::Scroll(x, y, d)),
    ]
}

fn check(state: &State) {
    let len = state.visible.len();
    assert!(
        state.timeline.selected < len.max(1),
        "timeline {} of {len}",
        state.timeline.selected
    );
    assert!(state.timeline.offset <= state.timeline.selected);
    let actors = state.actor_order.len();
    assert!(state.actors.selected < actors.max(1));
    assert!(state.pairs_cursor.selected < state.pairs.len().max(1));
    assert!(state.quotes_cursor.selected < state.quotes.len().max(1));
    match &state.overlay {
        Some(Overlay::Picker(p)) => assert!(p.cursor.selected < p.matches.len().max(1)),
        Some(Overlay::Quotes { cursor }) => {
            let quotes = state
                .selected_interaction()
                .map_or(0, |i| state.data.interaction(i).quotes.len());
            assert!(cursor.selected < quotes.max(1));
        }
        _ => {}
    }
    let width = usize::from(state.width);
    let mut terminal = Terminal::new(TestBackend::new(state.width, state.height)).unwrap();
    let frame = terminal
        .draw(|frame| frame.render_widget(state, frame.area()))
        .unwrap();
    let buf = frame.buffer;
    let mut rows = 0;
    for y in 0..buf.area.height {
        // A wide symbol fills its cell and hides the next; count columns as a terminal would.
        let (mut used, mut hidden) = (0, 0);
        for x in 0..buf.area.width {
            if hidden > 0 {
                hidden -= 1;
                continue;
            }
            let w = unicode_width::UnicodeWidthStr::width(buf[(x, y)].symbol()).max(1);
            hidden = w - 1;
            used += w;
        }
        rows += 1;
        assert!(
            used <= width,
            "row {y} is {used} columns wide on a screen of {width}"
        );
    }
    assert_eq!(rows, usize::from(state.height));
}

fn run(data: Data, size: (u16, u16), actions: Vec<Action>) {
    let mut state = State::new(data, "prop", size.0, size.1);
    check(&state);
    for a in actions {
        update(&mut state, a);
        check(&state);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_actions_at_any_size_on_the_builtin(
        w in 0u16..=400,
        h in 0u16..=150,
        actions in prop::collection::vec(action(), 0..40),
    ) {
        run(common::builtin(), (w, h), actions);
    }

    #[test]
    fn any_actions_at_any_size_on_the_fixture(
        w in 1u16..=120,
        h in 1u16..=40,
        actions in prop::collection::vec(action(), 0..40),
    ) {
        run(common::small(), (w, h), actions);
    }
}

fn key() -> impl Strategy<Value = ratatui::crossterm::event::KeyEvent> {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let code = prop_oneof![
        prop::sample::select(vec![
            'j', 'k', 'g', 'G', 'f', 'm', 'c', '?', '1', '2', '3', ' ', 'a', 'ə', '漢'
        ])
        .prop_map(KeyCode::Char),
        prop::sample::select(vec![
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::Backspace,
            KeyCode::Delete,
            KeyCode::Left,
            KeyCode::Right,
        ]),
    ];
    let mods = prop::sample::select(vec![
        KeyModifiers::NONE,
        KeyModifiers::SHIFT,
        KeyModifiers::CONTROL,
    ]);
    (code, mods).prop_map(|(c, m)| KeyEvent::new(c, m))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Keys through the real key table (Ctrl-C and q may quit: the loop would stop there).
    #[test]
    fn any_keys_at_any_size(
        w in 0u16..=400,
        h in 0u16..=150,
        keys in prop::collection::vec(key(), 0..40),
    ) {
        let mut state = State::new(common::builtin(), "prop", w, h);
        for k in keys {
            for a in readout::app::actions_for(&state, ratatui::crossterm::event::Event::Key(k)) {
                update(&mut state, a);
            }
            check(&state);
            if state.quit {
                break;
            }
        }
    }
}
