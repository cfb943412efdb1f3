//! The browser's loop: draw, read an event, turn it into an action, update, and carry out the
//! [`Effects`](crate::update::Effects) the update returns (copy, open, reload, search, quit).
//! Generic over the backend and the event source, so tests drive the real loop on a
//! `TestBackend`.

use std::io;
use std::sync::{Arc, mpsc};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};

use crate::action::Action;
use crate::data::{Data, LoadError};
use crate::state::{Copied, Loading, Overlay, Partial, SearchRequest, State};
use crate::ui::Theme;
use crate::update::{Effect, Msg, update};

/// The actions an event asks for: a key through the key table, a resize, a paste into the
/// line being edited (the picker, the search line, the range prompt).
pub fn actions_for(state: &State, event: Event) -> Vec<Action> {
    match event {
        // Only presses: Windows terminals report releases too, which would double every key.
        Event::Key(key) if key.kind != KeyEventKind::Release => state
            .settings
            .keymap
            .dispatch(state.mode(), key)
            .into_iter()
            .collect(),
        Event::Resize(w, h) => vec![Action::Resize(w, h)],
        // A paste is text for the line being edited, never keys to run; its line breaks, tabs
        // and control characters separate words (`crate::line::pasted`).
        Event::Paste(text) if editing_a_line(state) => crate::line::pasted(&text)
            .chars()
            .map(Action::Input)
            .collect(),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => vec![Action::Click(mouse.column, mouse.row)],
            MouseEventKind::ScrollDown => vec![Action::Scroll(mouse.column, mouse.row, 3)],
            MouseEventKind::ScrollUp => vec![Action::Scroll(mouse.column, mouse.row, -3)],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn editing_a_line(state: &State) -> bool {
    matches!(
        state.nav.overlay,
        Some(Overlay::Picker(_) | Overlay::Search { .. } | Overlay::RangePrompt { .. })
    )
}

/// What the loop needs from outside the state: events, the clipboard, the data file, and
/// the signals that ask it to stop. The real terminal provides these in `main`; tests provide
/// their own.
pub trait Outside {
    /// The next event, or `None` when `timeout` passes without one.
    fn event(&mut self, timeout: Duration) -> io::Result<Option<Event>>;
    /// Puts text on the clipboard.
    fn copy(&mut self, text: &str) -> io::Result<()>;
    /// Puts text on the clipboard and says which way it went. By default, [`Outside::copy`]
    /// taken as OSC 52.
    fn copy_text(&mut self, text: &str) -> io::Result<Copied> {
        self.copy(text).map(|()| Copied {
            local: false,
            terminal: true,
        })
    }
    /// Opens a URL in the browser, without waiting for it.
    ///
    /// # Errors
    /// Why it could not: no local display, a URL that is not http(s), no browser to start.
    fn open_url(&mut self, url: &str) -> Result<(), String> {
        let _ = url;
        Err("no browser to open it in".to_owned())
    }
    /// Whether the data file changed on disk since the last call.
    fn data_changed(&mut self) -> bool;
    /// Starts loading the data file again, behind the browser; [`Outside::load`] gives the
    /// result. `false` when the data has no file to load again (the built-in dataset, a pipe).
    fn reload(&mut self) -> bool;
    /// A signal that asks the browser to stop (SIGTERM, SIGHUP, SIGINT), if one came.
    fn stop_signal(&mut self) -> Option<i32>;
    /// While the data loads behind the browser (the first load, or a reload): how far it has
    /// come, a preview of the file's first part (the first load only, at most once, before
    /// the result), or, once, the result. `None` when nothing is loading.
    fn load(&mut self) -> Option<Load>;
}

/// Where a load running behind the browser is.
#[derive(Debug)]
pub enum Load {
    /// Still loading: how far it has come.
    Running(Loading),
    /// Still loading, and the head and first interactions of the file are ready to show
    /// meanwhile ([`crate::data::preview`]): the data, and how much of the file it covers.
    Preview(Arc<Data>, Partial),
    /// Done: the data, or why it did not load.
    Done(Box<Result<Arc<Data>, LoadError>>),
}

/// The thread that runs searches behind the browser (see [`State::background_search`]).
/// It takes the newest request waiting and drops the older ones: typing outruns a search of
/// a million interactions, and only the last query's result is wanted.
struct Searcher {
    requests: mpsc::Sender<(Arc<Data>, SearchRequest)>,
    results: mpsc::Receiver<(SearchRequest, Vec<usize>)>,
}

impl Searcher {
    fn start() -> Searcher {
        let (requests, inbox) = mpsc::channel::<(Arc<Data>, SearchRequest)>();
        let (outbox, results) = mpsc::channel();
        std::thread::spawn(move || {
            while let Ok(mut job) = inbox.recv() {
                while let Ok(newer) = inbox.try_recv() {
                    job = newer;
                }
                let (data, request) = job;
                let found = request.run(&data);
                if outbox.send((request, found)).is_err() {
                    break;
                }
            }
        });
        Searcher { requests, results }
    }
}

/// How the loop ended.
#[derive(Debug)]
pub enum Exit {
    /// The reader quit.
    Quit,
    /// A signal asked the browser to stop.
    Signal(i32),
    /// The data, loading behind the first frame, turned out not to load.
    LoadFailed(Box<LoadError>),
}

/// How long the loop waits for an event before it looks at the data file and the signals.
pub const TICK: Duration = Duration::from_millis(250);

/// How long it waits while data loads: the progress bar moves, and the data shows up as soon
/// as it is ready.
pub const LOADING_TICK: Duration = Duration::from_millis(15);

/// Runs the browser until it quits or a signal stops it, drawing every frame in `theme`.
///
/// # Errors
/// Drawing on the terminal or reading its events failed.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    theme: &Theme,
    outside: &mut impl Outside,
) -> io::Result<Exit> {
    let size = terminal
        .size()
        .map_err(|e| io::Error::other(e.to_string()))?;
    // What updates asked for and the loop has yet to carry out.
    let mut effects = update(state, Action::Resize(size.width, size.height));
    let mut dirty = true;
    // The data whose search text is being prepared, or is ready.
    let mut prepared: Option<Arc<Data>> = None;
    // Whether a reload is running, and whether one was asked for (`r`) meanwhile.
    let mut reloading = false;
    let mut reload_asked = false;
    // Started at the first search that runs behind the browser.
    let mut searcher: Option<Searcher> = None;
    // The newest search asked for, sent at the next turn.
    let mut search: Option<SearchRequest> = None;
    loop {
        if state.status.loading.is_none()
            && !prepared
                .as_ref()
                .is_some_and(|d| Arc::ptr_eq(d, &state.data))
        {
            // New data (the first, a load finished, a reload): build what search looks in on
            // a thread of its own, so that the first search finds it ready and no key waits.
            let data = Arc::clone(&state.data);
            prepared = Some(Arc::clone(&data));
            std::thread::spawn(move || data.prepare_search());
        }
        if dirty {
            terminal
                .draw(|frame| crate::ui::draw(frame, state, theme))
                .map_err(|e| io::Error::other(e.to_string()))?;
            dirty = false;
        }
        if let Some(signal) = outside.stop_signal() {
            return Ok(Exit::Signal(signal));
        }
        // Sent only while the state still waits for it: a filter answered in `update` since,
        // or new data, leaves nothing to wait for.
        if let Some(request) = search.take()
            && state.status.searching
        {
            let searcher = searcher.get_or_insert_with(Searcher::start);
            // The thread lives as long as the loop: sending cannot fail.
            let _ = searcher.requests.send((Arc::clone(&state.data), request));
        }
        if let Some((request, found)) = searcher.as_ref().and_then(|s| s.results.try_recv().ok()) {
            effects.append(update(state, Msg::Searched(Box::new(request), found)));
            dirty = true;
        }
        let tick = if state.status.loading.is_some() || reloading || state.status.searching {
            LOADING_TICK
        } else {
            TICK
        };
        if let Some(event) = outside.event(tick)? {
            for action in actions_for(state, event) {
                effects.append(update(state, action));
            }
            dirty = true;
        }
        match outside.load() {
            Some(Load::Running(progress))
                if state.status.loading.is_some() && state.status.loading != Some(progress) =>
            {
                effects.append(update(state, Msg::Progress(progress)));
                dirty = true;
            }
            Some(Load::Preview(data, partial)) => {
                effects.append(update(state, Msg::Preview(data, partial)));
                dirty = true;
            }
            Some(Load::Done(result)) if state.status.loading.is_some() => match *result {
                Ok(data) => {
                    effects.append(update(state, Msg::Loaded(data)));
                    dirty = true;
                }
                Err(e) => return Ok(Exit::LoadFailed(Box::new(e))),
            },
            Some(Load::Done(result)) => {
                reloading = false;
                effects.append(update(state, Msg::Reloaded(result)));
                dirty = true;
            }
            _ => {}
        }
        if effects.quits() {
            return Ok(Exit::Quit);
        }
        let (mut copy, mut open) = (None, None);
        for effect in std::mem::take(&mut effects) {
            match effect {
                Effect::Copy(text) => copy = Some(text),
                Effect::OpenUrl(url) => open = Some(url),
                Effect::Reload => reload_asked = true,
                Effect::Search(request) => search = Some(request),
                Effect::Quit => {}
            }
        }
        // A reload runs behind the browser, which stays usable and shows the last data
        // until the new data is ready. One at a time: a change meanwhile waits for it.
        if !reloading && (std::mem::take(&mut reload_asked) | outside.data_changed()) {
            reloading = outside.reload();
        }
        if let Some(text) = copy {
            let way = outside.copy_text(&text).map_err(|e| e.to_string());
            effects.append(update(state, Msg::Copied(way)));
            dirty = true;
        }
        if let Some(url) = open {
            let opened = outside.open_url(&url);
            effects.append(update(state, Msg::Opened(opened)));
            dirty = true;
        }
    }
}

/// The OSC 52 escape that asks the terminal to put `text` on the clipboard. It works over SSH
/// and through tmux (with `set-clipboard on`), and needs no X server.
pub fn osc52(text: &str) -> String {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\x1b]52;c;{encoded}\x07")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_carries_the_text_in_base64() {
        assert_eq!(osc52("“peace”"), "\x1b]52;c;4oCccGVhY2XigJ0=\x07");
    }
}
