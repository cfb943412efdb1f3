//! Rendering tests on ratatui's `TestBackend`: whole-screen snapshots of each pane with the
//! built-in dataset at 120x40 and 60x20, exact rows of the parts whose layout matters, and
//! colours checked on the buffer's cells.

mod common;

use common::{builtin, builtin_all, builtin_count, press, render, render_in, screen, state};
use ratatui::style::{Color, Modifier};
use readout::state::State;

fn wide() -> State {
    state(builtin(), 120, 40)
}

fn narrow() -> State {
    state(builtin(), 60, 20)
}

fn row_with<'a>(rows: &'a [String], needle: &str) -> &'a str {
    rows.iter()
        .find(|r| r.contains(needle))
        .unwrap_or_else(|| panic!("no row contains {needle:?}:\n{}", rows.join("\n")))
}

#[test]
fn wide_timeline() {
    let s = wide();
    insta::assert_snapshot!(render(&s).backend());
}

#[test]
fn wide_interaction_with_quotes() {
    let mut s = wide();
    press(&mut s, &["G", "Enter"]);
    insta::assert_snapshot!(render(&s).backend());
}

#[test]
fn wide_actor_relationships() {
    let mut s = wide();
    press(&mut s, &["2"]);
    insta::assert_snapshot!(render(&s).backend());
}

#[test]
fn wide_filtered_by_two_actors() {
    let mut s = wide();
    press(
        &mut s,
        &["f", "type:blinken", "Enter", "f", "type:pashinian", "Enter"],
    );
    insta::assert_snapshot!(render(&s).backend());
}

#[test]
fn wide_picker() {
    let mut s = wide();
    press(&mut s, &["f", "type:ov"]);
    insta::assert_snapshot!(render(&s).backend());
}

#[test]
fn wide_help() {
    let mut s = wide();
    press(&mut s, &["?"]);
    insta::assert_snapshot!(render(&s).backend());
}

#[test]
fn narrow_timeline() {
    let s = narrow();
    insta::assert_snapshot!(render(&s).backend());
}

#[test]
fn narrow_actors() {
    let mut s = narrow();
    press(&mut s, &["2"]);
    insta::assert_snapshot!(render(&s).backend());
}

#[test]
fn narrow_detail() {
    let mut s = narrow();
    press(&mut s, &["G", "3"]);
    insta::assert_snapshot!(render(&s).backend());
}

#[test]
fn narrow_help_scrolls() {
    let mut s = narrow();
    press(&mut s, &["?", "j", "j", "j"]);
    insta::assert_snapshot!(render(&s).backend());
}

/// An imported GDELT event in Detail: its CAMEO code with the codebook's description, the
/// Goldstein score on its gauge, tone, counts, and the source URL.
#[test]
fn wide_imported_event() {
    let mut s = State::new(common::gdelt_events(), "events.ron", 120, 40);
    press(&mut s, &["f", "type:armenia", "Enter", "Enter"]);
    let rows = screen(&s);
    // Detail is the left pane below the timeline: its first 77 columns, border included
    // (the scrollbar after them depends on the row).
    let detail = |needle: &str| -> String { row_with(&rows, needle).chars().take(77).collect() };
    assert_eq!(
        detail("CAMEO  "),
        "┃CAMEO        020 Make an appeal or request, not specified below             "
    );
    assert_eq!(
        detail("Goldstein"),
        "┃Goldstein    −10 ├──────────┼──■───────┤ +10  3.0                           "
    );
    assert_eq!(
        detail("Tone"),
        "┃Tone         −4.69 (average tone of the articles)                           "
    );
    assert_eq!(
        detail("Coverage"),
        "┃Coverage     6 mentions · 1 source · 6 articles                             "
    );
    // The source comes right after the coding, before the summary that restates it.
    assert_eq!(
        detail("tass.com"),
        "┃  tass.com                                                                  "
    );
    assert_eq!(
        detail("https://tass.com/"),
        "┃    https://tass.com/world/1223649                                          "
    );
    insta::assert_snapshot!(render(&s).backend());
}

#[test]
fn status_line_counts_and_names_filters() {
    let mut s = wide();
    let rows = screen(&s);
    assert!(rows[38].starts_with(" No filter "));
    assert!(
        rows[38]
            .trim_end()
            .ends_with(&format!(" {} interactions", builtin_all()))
    );
    press(&mut s, &["f", "type:aliyev", "Enter", "c"]);
    press(
        &mut s,
        &["f", "type:blinken", "Enter", "f", "type:aliyev", "Enter"],
    );
    let rows = screen(&s);
    // The message of the last action shows until the next key.
    assert!(
        rows[38].contains("Filter: added Ilham Aliyev"),
        "{}",
        rows[38]
    );
    press(&mut s, &["1"]);
    let rows = screen(&s);
    assert!(
        rows[38].starts_with(" Filter: all of Antony Blinken, Ilham Aliyev "),
        "{}",
        rows[38]
    );
    let both = builtin_count(&["blinken", "aliyev"], true);
    assert!(
        rows[38]
            .trim_end()
            .ends_with(&format!(" {both} interactions")),
        "{}",
        rows[38]
    );
}

#[test]
fn footer_hints_come_from_the_key_table() {
    let mut s = wide();
    let rows = screen(&s);
    assert!(rows[39].contains("Enter read"), "{}", rows[39]);
    assert!(rows[39].contains("f find actor"));
    assert!(rows[39].contains("q quit"));
    press(&mut s, &["2"]);
    let rows = screen(&s);
    assert!(rows[39].starts_with(" Space filter"), "{}", rows[39]);
    press(&mut s, &["f"]);
    let rows = screen(&s);
    assert!(rows[39].contains("Enter add"), "{}", rows[39]);
    assert!(rows[39].contains("Esc close"));
}

#[test]
fn timeline_rows_keep_date_precision() {
    let mut s = wide();
    press(
        &mut s,
        &[
            "f",
            "type:pashinyan",
            "Enter",
            "f",
            "type:putin",
            "Enter",
            "1",
        ],
    );
    let rows = screen(&s);
    // The call dated only "earlier in July" keeps its month; the next one has its day.
    let row = row_with(&rows, "Pashinyan phones Putin about the M");
    assert!(row.contains("2022-07    call "), "{row}");
    let row = row_with(&rows, "Putin and Pashinyan discuss Karaba");
    assert!(row.contains("2022-08-08 call "), "{row}");
}

#[test]
fn detail_shows_quotes_with_speaker_and_via() {
    let mut s = wide();
    // Blinken and Aliyev's second call, of 25 July 2022: read it and scroll down to its quotes.
    press(
        &mut s,
        &[
            "f",
            "type:blinken",
            "Enter",
            "f",
            "type:aliyev",
            "Enter",
            "1",
        ],
    );
    press(&mut s, &["g", "j", "Enter"]);
    press(&mut s, &["j"; 8]);
    let rows = screen(&s);
    let text = rows.join("\n");
    assert!(text.contains("“I commend the positive momentum resulting from bilateral talks"));
    // Each credit names the speaker with the role of the time, the credit and the source.
    assert!(
        text.contains("— Antony Blinken (U.S. Secretary of State), tweet"),
        "{text}"
    );
    assert!(text.contains("— U.S. Department of State"), "{text}");
    assert!(text.contains("official readout"), "{text}");
}

/// The screen row that contains `needle`.
fn y_of(s: &State, needle: &str) -> u16 {
    let rows = screen(s);
    rows.iter()
        .position(|r| r.contains(needle))
        .unwrap_or_else(|| panic!("no row contains {needle:?}")) as u16
}

#[test]
fn selected_row_is_reversed_and_tinted_by_class() {
    let s = wide();
    let terminal = render(&s);
    let buf = terminal.backend().buffer();
    // The first interaction (the signed ceasefire statement: material cooperation).
    let y = y_of(&s, "2020-11-09");
    let cell = &buf[(5, y)];
    assert!(cell.modifier.contains(Modifier::REVERSED));
    assert_eq!(cell.fg, Color::Indexed(80));
    // Putin's press conference on the next row is verbal cooperation.
    assert_eq!(buf[(5, y + 1)].fg, Color::Indexed(114));
    assert!(!buf[(5, y + 1)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn no_color_means_no_colour_at_all() {
    let mut s = wide();
    let theme = readout::ui::theme::PLAIN;
    for keys in [&[][..], &["2"], &["?"], &["f", "type:a"], &["G", "3"]] {
        press(&mut s, keys);
        let terminal = render_in(&s, &theme);
        for cell in terminal.backend().buffer().content() {
            assert_eq!(cell.fg, Color::Reset, "{keys:?}: {cell:?}");
            assert_eq!(cell.bg, Color::Reset, "{keys:?}: {cell:?}");
        }
        press(&mut s, &["Esc"]);
    }
    // The selection is still visible without colour.
    press(&mut s, &["1", "g"]);
    let terminal = render_in(&s, &theme);
    let buf = terminal.backend().buffer();
    let y = y_of(&s, "2020-11-09");
    assert!((0..120).any(|x| buf[(x, y)].modifier.contains(Modifier::REVERSED)));
}

#[test]
fn wide_and_native_text_is_laid_out_by_columns() {
    // An actor whose name is wide CJK and emoji: the row must not overflow its pane.
    let src = common::SMALL.replace(
        "\"The Kremlin\"",
        "\"克里姆林宫 🏛️ 漢字漢字漢字漢字漢字漢字漢字漢字\"",
    );
    let data = readout::data::load_str("wide.ron", &src).unwrap();
    let mut s = state(data, 100, 30);
    press(&mut s, &["2", "G"]);
    let rows = screen(&s);
    use unicode_width::UnicodeWidthStr;
    for row in &rows {
        assert!(row.width() <= 100, "{row}");
    }
    let row = row_with(&rows, "克里姆林宫");
    assert!(
        row.contains('…'),
        "a long wide name is cut with an ellipsis: {row}"
    );
}

#[test]
fn tiny_sizes_render() {
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 2),
        (10, 3),
        (20, 5),
        (79, 15),
        (80, 16),
        (0, 0),
        (5, 0),
    ] {
        let mut s = state(builtin(), w, h);
        for keys in [
            &["?"][..],
            &["Esc", "f", "type:a"],
            &["Esc", "2"],
            &["3", "j"],
        ] {
            press(&mut s, keys);
            let _ = render(&s);
        }
    }
}

#[test]
fn the_16_colour_theme_uses_only_the_16_named_colours() {
    let mut s = wide();
    let theme = readout::ui::theme::ANSI16;
    for keys in [
        &[][..],
        &["2"],
        &["?"],
        &["f", "type:a"],
        &["G", "3"],
        &["/", "type:tbilisi"],
    ] {
        press(&mut s, keys);
        let terminal = render_in(&s, &theme);
        for cell in terminal.backend().buffer().content() {
            for c in [cell.fg, cell.bg] {
                assert!(
                    !matches!(c, Color::Indexed(_) | Color::Rgb(..)),
                    "{keys:?}: {cell:?}"
                );
            }
        }
        press(&mut s, &["Esc"]);
    }
}

#[test]
fn the_light_theme_tints_rows_by_class() {
    let s = wide();
    let terminal = render_in(&s, &readout::ui::theme::LIGHT);
    let buf = terminal.backend().buffer();
    // The second row (Putin's press conference: verbal cooperation) is not selected: its
    // tint shows.
    let y = y_of(&s, "2020-12-17");
    assert_eq!(buf[(5, y)].fg, Color::Indexed(28));
}

/// The first frame of a large file: the browser's frame, the file's name, a bar and the
/// stage, before any data.
#[test]
fn loading_a_large_file() {
    let mut s = State::loading("big.ron", 120, 40);
    readout::update::update(
        &mut s,
        readout::update::Msg::Progress(readout::state::Loading {
            read: 51_200_000,
            parsed: 20_480_000,
            total: 51_200_000,
        }),
    );
    insta::assert_snapshot!(render(&s).backend());
    // The name, the bar and the stage, one under another, and the share in the status line.
    let rows = screen(&s);
    let at = |needle: &str| {
        rows.iter()
            .position(|r| r.contains(needle))
            .unwrap_or_else(|| panic!("no row has {needle:?}:\n{}", rows.join("\n")))
    };
    let (name, bar, stage) = (
        at("Loading big.ron"),
        at("46%"),
        at("parsing 20.5 MB of 51.2 MB"),
    );
    assert_eq!((bar, stage), (name + 1, name + 3));
    assert!(rows[rows.len() - 2].ends_with("loading… 46% "));
    // Narrow and tiny terminals draw it too.
    for (w, h) in [(40, 12), (10, 3), (1, 1)] {
        let mut s = State::loading("big.ron", w, h);
        readout::update::update(&mut s, readout::action::Action::Resize(w, h));
        render(&s);
    }
}

/// Detail names every actor of an interaction with the role held on its date, and an actor's
/// profile lists its dated roles with their periods.
#[test]
fn detail_shows_the_role_of_the_time() {
    let mut s = wide();
    press(
        &mut s,
        &[
            "f",
            "type:putin",
            "Enter",
            "f",
            "type:pashinian",
            "Enter",
            "1",
            "g",
        ],
    );
    let title = "Putin phones Pashinyan after Armenia’s snap election";
    for _ in 0..40 {
        if screen(&s).iter().any(|r| r.contains(title)) {
            break;
        }
        press(&mut s, &["j"]);
    }
    press(&mut s, &["Enter"]);
    let rows = screen(&s);
    let row = row_with(&rows, "Nikol Pashinyan — ");
    assert!(
        row.contains("             Nikol Pashinyan — acting Prime Minister of Armenia "),
        "{row}"
    );
    let row = row_with(&rows, "Initiator");
    assert!(
        row.contains("Initiator    Vladimir Putin — President of Russia "),
        "{row}"
    );

    // The same actor in November 2020: Prime Minister, the role the data gives by default.
    let mut s = wide();
    press(&mut s, &["Enter"]);
    let rows = screen(&s);
    assert!(
        row_with(&rows, "Nikol Pashinyan — ")
            .contains("Nikol Pashinyan — Prime Minister of Armenia ")
    );

    // The profile lists the dated role with its period.
    let mut s = wide();
    press(&mut s, &["2"]);
    let rows = screen(&s);
    let row = row_with(&rows, "Roles ");
    assert!(
        row.contains("Roles        acting Prime Minister of Armenia (2021-05 to 2021-08) "),
        "{row}"
    );
}
