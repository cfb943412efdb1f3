//! A source's URL: `u` copies it and `o` opens it, with a chooser when there are several; the
//! loop carries both out through its outside, and the status line says which way copied text
//! went.

mod common;

use std::collections::VecDeque;
use std::io;
use std::time::Duration;

use common::{builtin, press, screen, state};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use readout::app::{self, Exit, Load, Outside};
use readout::state::{Copied, Overlay, State, source_urls};

/// The first interaction with `n` source URLs, selected.
fn with_urls(n: usize) -> State {
    let mut s = state(builtin(), 120, 40);
    let at = (0..s.lists.visible.len())
        .find(|&k| {
            s.nav.timeline.selected = k;
            source_urls(&s).len() == n
        })
        .expect("such an interaction");
    s.nav.timeline.selected = at;
    s
}

#[test]
fn u_copies_the_one_url_and_o_asks_to_open_it() {
    let mut s = with_urls(1);
    let (outlet, url) = source_urls(&s)[0];
    let (outlet, url) = (outlet.to_owned(), url.to_owned());
    let effects = press(&mut s, &["u"]);
    assert_eq!(effects.copied(), Some(url.as_str()));
    assert_eq!(
        s.status.message.as_deref(),
        Some(format!("Copied the URL of {outlet}").as_str())
    );
    assert!(s.nav.overlay.is_none());
    let effects = press(&mut s, &["o"]);
    assert_eq!(effects.url_to_open(), Some(url.as_str()));
}

#[test]
fn with_several_urls_a_chooser_picks_one() {
    let mut s = with_urls(2);
    let second = source_urls(&s)[1].1.to_owned();
    let effects = press(&mut s, &["u"]);
    assert!(matches!(
        s.nav.overlay,
        Some(Overlay::Sources { open: false, .. })
    ));
    assert!(effects.copied().is_none());
    let rows = screen(&s).join("\n");
    assert!(rows.contains("Copy which source's URL?"), "{rows}");
    let effects = press(&mut s, &["j", "Enter"]);
    assert!(s.nav.overlay.is_none());
    assert_eq!(effects.copied(), Some(second.as_str()));
    // o opens the chooser to open; Esc closes it and does nothing.
    let mut effects = press(&mut s, &["o"]);
    assert!(matches!(
        s.nav.overlay,
        Some(Overlay::Sources { open: true, .. })
    ));
    assert!(screen(&s).join("\n").contains("Open which source?"));
    effects.append(press(&mut s, &["Esc"]));
    assert!(s.nav.overlay.is_none() && effects.is_empty());
}

/// The outside as a test scripts it: keys to press, then a stop; what it was asked to copy and
/// open, and which way it says copies went.
struct Scripted {
    keys: VecDeque<char>,
    way: Copied,
    copied: Vec<String>,
    opened: Vec<String>,
}

impl Outside for Scripted {
    fn event(&mut self, _: Duration) -> io::Result<Option<Event>> {
        Ok(self
            .keys
            .pop_front()
            .map(|c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))))
    }
    fn copy(&mut self, _: &str) -> io::Result<()> {
        unreachable!("the loop asks copy_text")
    }
    fn copy_text(&mut self, text: &str) -> io::Result<Copied> {
        self.copied.push(text.to_owned());
        Ok(self.way)
    }
    fn open_url(&mut self, url: &str) -> Result<(), String> {
        self.opened.push(url.to_owned());
        Err("no local display".to_owned())
    }
    fn data_changed(&mut self) -> bool {
        false
    }
    fn reload(&mut self) -> bool {
        false
    }
    /// Once every key is pressed (and the loop has carried out what they asked), stop.
    fn stop_signal(&mut self) -> Option<i32> {
        self.keys.is_empty().then_some(15)
    }
    fn load(&mut self) -> Option<Load> {
        None
    }
}

/// Runs the loop on `s` until the script's keys are pressed and carried out.
fn run(s: &mut State, keys: &str, way: Copied) -> Scripted {
    let mut outside = Scripted {
        keys: keys.chars().collect(),
        way,
        copied: Vec::new(),
        opened: Vec::new(),
    };
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let exit = app::run(&mut terminal, s, &readout::ui::theme::COLOR, &mut outside).unwrap();
    assert!(matches!(exit, Exit::Signal(15)));
    outside
}

#[test]
fn the_status_line_says_which_way_copied_text_went() {
    let url = source_urls(&with_urls(1))[0].1.to_owned();
    for (way, says) in [
        (
            Copied {
                local: true,
                terminal: false,
            },
            "to the clipboard",
        ),
        (
            Copied {
                local: true,
                terminal: true,
            },
            "to the clipboard, and to the terminal's by OSC 52",
        ),
        (
            Copied {
                local: false,
                terminal: true,
            },
            "by OSC 52 only",
        ),
    ] {
        let mut s = with_urls(1);
        let outside = run(&mut s, "u", way);
        assert_eq!(outside.copied, vec![url.clone()]);
        let message = s.status.message.clone().unwrap_or_default();
        assert!(
            message.starts_with("Copied the URL of ") && message.contains(says),
            "{message:?}"
        );
    }
}

#[test]
fn opening_goes_through_the_outside_and_says_why_it_could_not() {
    let mut s = with_urls(1);
    let url = source_urls(&s)[0].1.to_owned();
    let outside = run(&mut s, "o", Copied::default());
    assert_eq!(outside.opened, vec![url]);
    assert_eq!(
        s.status.message.as_deref(),
        Some("Not opened: no local display")
    );
}

#[test]
fn the_footer_offers_u_and_o_only_where_there_is_a_url() {
    let s = with_urls(1);
    let rows = screen(&s);
    let footer = rows.last().unwrap();
    assert!(
        footer.contains("u URL") && footer.contains("o open"),
        "{footer}"
    );
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["2"]);
    let footer = screen(&s).pop().unwrap();
    assert!(!footer.contains("u URL"), "{footer}");
}
