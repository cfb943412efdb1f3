//! End to end, text from outside in a real terminal: a bracketed paste with a line break into
//! the search line, and `list` rows with soft hyphens in a 60-column terminal.

mod common;

use common::tmux::{BIN, SESSION, Tmux, lines, sh_quote};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/text");

#[test]
fn a_pasted_line_break_separates_the_words_of_a_search() {
    let Some(t) = Tmux::start("paste", 120, 40) else {
        return;
    };
    t.run_between_markers(&sh_quote(BIN));
    t.wait_for_browser();
    t.keys(&["/"]);
    t.wait_until("the search line", |s| s.contains(" /"));
    // tmux pastes with the bracketed-paste markers when the program asked for them, as a
    // terminal does: `Pashinyan⏎Aliyev` arrives as one paste.
    t.ok(&["load-buffer", &format!("{FIXTURES}/paste-newline.txt")]);
    t.ok(&["paste-buffer", "-p", "-t", SESSION]);
    let screen = t.wait_until("both words in the search line", |s| {
        s.contains(" /Pashinyan Aliyev")
    });
    assert!(
        !screen.contains("PashinyanAliyev"),
        "the words stay apart:\n{screen}"
    );
    assert!(
        !screen.contains(" 0 of "),
        "both words match, apart:\n{screen}"
    );
    t.keys(&["Enter"]);
    t.wait_until("the search kept as a filter", |s| {
        s.contains("kept as a filter")
    });
    t.keys(&["q"]);
    t.assert_restored(0);
}

#[test]
fn list_rows_with_soft_hyphens_fit_a_60_column_terminal() {
    let Some(t) = Tmux::start("list-width", 60, 20) else {
        return;
    };
    let line = format!(
        "{} list --data {}",
        sh_quote(BIN),
        sh_quote(&format!("{FIXTURES}/list-width.ron"))
    );
    t.run_and_wait(&line);
    let screen = t.capture();
    let ls = lines(&screen);
    // Two interactions, two rows, one under the other: the first does not wrap.
    let first = ls
        .iter()
        .position(|l| l.starts_with("2024-03-02"))
        .unwrap_or_else(|| panic!("the first row:\n{screen}"));
    assert!(ls[first].contains("Negotiations"), "{screen}");
    assert!(ls[first + 1].starts_with("2024-03-03"), "{screen}");
    assert_eq!(ls[first + 2], common::tmux::PROMPT, "{screen}");
}
