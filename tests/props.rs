//! Property tests: any sequence of actions at any size, resizes included, never panics, keeps
//! every selection in range, draws no line wider than the screen, and draws no control
//! character or character of disputed width.
//!
//! Each runs 64 sequences by default (CI's share); `PROPTEST_CASES` asks for more on demand:
//! `PROPTEST_CASES=10000 cargo test --release --test props`.

mod common;

use common::invariants::check_invariants;
use proptest::prelude::*;
use readout::action::{Action, Pane};
use readout::data::Data;
use readout::state::State;
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

/// How many sequences a property runs: `PROPTEST_CASES` if set, else 64.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

fn run(data: Data, size: (u16, u16), actions: Vec<Action>) {
    let mut state = State::new(data, "prop", size.0, size.1);
    check_invariants(&state);
    for a in actions {
        update(&mut state, a);
        check_invariants(&state);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

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
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// Keys through the real key table (Ctrl-C and q may quit: the loop would stop there).
    #[test]
    fn any_keys_at_any_size(
        w in 0u16..=400,
        h in 0u16..=150,
        keys in prop::collection::vec(key(), 0..40),
    ) {
        let mut state = State::new(common::builtin(), "prop", w, h);
        for k in keys {
            let mut quits = false;
            for a in readout::app::actions_for(&state, ratatui::crossterm::event::Event::Key(k)) {
                quits |= update(&mut state, a).quits();
            }
            check_invariants(&state);
            if quits {
                break;
            }
        }
    }
}

/// Text as it arrives from outside: line breaks, tabs, escapes, combining marks, ligatures,
/// soft hyphens, fillers, wide and right-to-left letters.
fn pasted_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "a",
            "rene",
            "e\u{301}",
            "\n",
            "\r\n",
            "\t",
            "\u{1b}[2J",
            "\u{7}",
            "\u{fb01}",
            "\u{ad}",
            "\u{3164}",
            "\u{200b}",
            "\u{2028}",
            "漢字",
            "Փաշ",
            "سلام",
            "🕊\u{fe0f}",
            " ",
            "2022",
            "..",
        ]),
        0..8,
    )
    .prop_map(|parts| parts.concat())
}

/// An action, or a paste into whatever is open.
#[derive(Debug, Clone)]
enum Step {
    Act(Action),
    Paste(String),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => action().prop_map(Step::Act),
        1 => pasted_text().prop_map(Step::Paste),
    ]
}

/// The datasets whose text is hardest to draw: control characters, combining marks, disputed
/// widths, formulas and Markdown.
fn hostile(which: usize) -> Data {
    static ALL: std::sync::OnceLock<Vec<Data>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        [
            "tests/fixtures/hostile.ron",
            "tests/fixtures/wide.ron",
            "tests/fixtures/text/highlight-combining.ron",
            "tests/fixtures/text/list-width.ron",
            "tests/fixtures/text/search-ligature.ron",
            "tests/fixtures/text/markdown-escape.ron",
        ]
        .iter()
        .map(|p| readout::data::load_file(std::path::Path::new(p)).expect("the fixture loads"))
        .collect()
    })[which]
        .clone()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// The browser itself, through `update` and a full render at every step: actions, pastes
    /// and resizes on text from outside. Nothing panics, selections stay in range, no row is
    /// wider than the screen, and no control character or character of disputed width is drawn.
    #[test]
    fn any_actions_and_pastes_on_hostile_text(
        which in 0usize..6,
        w in 0u16..=200,
        h in 0u16..=60,
        steps in prop::collection::vec(step(), 0..40),
    ) {
        let data = hostile(which);
        let mut state = State::new(data, "prop", w, h);
        check_invariants(&state);
        for s in steps {
            let actions = match s {
                Step::Act(a) => vec![a],
                Step::Paste(text) => readout::app::actions_for(
                    &state,
                    ratatui::crossterm::event::Event::Paste(text),
                ),
            };
            for a in actions {
                update(&mut state, a);
            }
            check_invariants(&state);
        }
    }
}
