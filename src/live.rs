//! The real outside of the browser's loop: the terminal's events, the clipboard (the local one
//! through arboard where a display is present, the terminal's through OSC 52 over SSH or where
//! there is no local one), the browser (the `open` crate), the data file on disk, and the
//! signals that ask readout to stop.

use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

use ratatui::crossterm::event::{self, Event};

use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::app::{Load, Outside, osc52};
use crate::data::cache::Cache;
use crate::data::load::load_file_cached;
use crate::data::preview::preview_file;
use crate::data::{Data, LoadError, Progress};
use crate::state::{Copied, Loading, Partial};

/// How long a stop signal waits for the loop to stop by itself before the process exits.
const STOP_GRACE: Duration = Duration::from_secs(1);

/// What identifies a version of the data file: its modification time and length.
type Stamp = (SystemTime, u64);

/// The outside of the browser's loop as it really is ([`Outside`]): the terminal, the
/// clipboards, the system's browser opener, the data file (watched, loaded and reloaded on a
/// thread, through the cache) and the stop signals.
pub struct Live {
    /// The data file, watched for changes; `None` for the built-in dataset and for a pipe.
    path: Option<PathBuf>,
    /// The version on screen.
    loaded: Option<Stamp>,
    /// The version seen at the last look: a change is acted on once it has held for a tick,
    /// so a file caught halfway through a save is not loaded.
    seen: Option<Stamp>,
    /// The number of the last stop signal received, 0 for none.
    signal: Arc<AtomicUsize>,
    /// A key that panics on purpose, to test that a panic restores the terminal (debug
    /// builds only, from `READOUT_PANIC_ON_KEY`).
    panic_key: Option<char>,
    /// The load running behind the browser (the first, or a reload), until its result is
    /// taken.
    loader: Option<Loader>,
    /// The cache the data file loads through (the first load and reloads); `None` with
    /// `--no-cache`.
    cache: Option<Cache>,
    /// The local clipboard, opened at the first copy (`None` inside: there is none, as
    /// without a display). Kept open: on X11 the text stays on the clipboard only while its
    /// owner lives.
    clipboard: Option<Option<arboard::Clipboard>>,
}

/// Whether a graphical display is at hand, for the local clipboard and the browser: always on
/// macOS and Windows; elsewhere when `DISPLAY` or `WAYLAND_DISPLAY` names one. `env` reads an
/// environment variable.
pub fn local_display(env: impl Fn(&str) -> Option<String>) -> bool {
    if cfg!(any(target_os = "macos", target_os = "windows")) {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| env(v).is_some_and(|d| !d.is_empty()))
}

/// Whether readout runs over SSH: the terminal, and its clipboard, are on another machine.
pub fn over_ssh(env: impl Fn(&str) -> Option<String>) -> bool {
    ["SSH_TTY", "SSH_CONNECTION", "SSH_CLIENT"]
        .iter()
        .any(|v| env(v).is_some_and(|d| !d.is_empty()))
}

/// Where copied text goes: the local clipboard when a display is present; OSC 52 as well over
/// SSH (the reader's clipboard is on the terminal's machine), or instead when there is no local
/// clipboard.
pub fn copy_plan(display: bool, ssh: bool) -> Copied {
    Copied {
        local: display,
        terminal: ssh || !display,
    }
}

/// Whether `url` may be handed to the system's opener: http and https only, so data can never
/// start a program or open a local file.
pub fn openable(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(char::is_control)
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// What the loading thread sends: a preview, then the result.
enum Sent {
    /// The head and the first interactions of the file, and how much of it they cover.
    Preview(Arc<Data>, Partial),
    /// The whole data, or why it did not load.
    Done(Result<Arc<Data>, LoadError>),
}

/// A thread loading the data file, and what it has done so far.
struct Loader {
    /// The file's name, as errors give it.
    name: String,
    progress: Arc<Progress>,
    result: Receiver<Sent>,
}

impl Loader {
    /// Starts loading `path` through `cache`. With `preview` (the first load: a reload keeps
    /// the last data on screen instead), the head and first interactions of the file are
    /// sent first, as soon as they parse: a megabyte or so, a few milliseconds. A dataset that
    /// was not in the cache is written to it once the loop has it: the first frame with data
    /// does not wait for the write.
    fn start(path: PathBuf, cache: Option<Cache>, preview: bool) -> Loader {
        let progress = Arc::new(Progress::default());
        let (send, result) = mpsc::channel();
        let shared = Arc::clone(&progress);
        let name = crate::data::clean::clean_text(&path.display().to_string(), false).into_owned();
        std::thread::spawn(move || {
            // A file that is not a dataset, or whose first part is not, has no preview: the
            // load below says what is wrong, as it would without one.
            if preview && let Some(p) = preview_file(&path) {
                let partial = Partial { covered: p.covered };
                let _ = send.send(Sent::Preview(Arc::new(p.data), partial));
                hold_after_preview();
            }
            // The loop may have quit already; then nobody wants the result.
            match load_file_cached(&path, &shared, cache.as_ref()) {
                Ok((data, key)) => {
                    let data = Arc::new(data);
                    let _ = send.send(Sent::Done(Ok(Arc::clone(&data))));
                    if let (Some(cache), Some(key)) = (cache, key) {
                        // A cache that cannot be written only costs the next open its parse.
                        let _ = cache.put(key, &data.dataset);
                    }
                }
                Err(e) => {
                    let _ = send.send(Sent::Done(Err(e)));
                }
            }
        });
        Loader {
            name,
            progress,
            result,
        }
    }
}

/// In debug builds, with `READOUT_HOLD_LOAD` naming a file: waits, once the preview is sent,
/// until that file exists, so that an end-to-end test sees the preview for as long as it
/// likes without depending on how fast the rest loads. Release builds never wait.
fn hold_after_preview() {
    if !cfg!(debug_assertions) {
        return;
    }
    if let Some(go) = crate::env::path("READOUT_HOLD_LOAD") {
        while !go.exists() {
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn stamp(path: &PathBuf) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

impl Live {
    /// Watches `path` (if any) and registers the stop signals. With `load`, also starts
    /// loading `path` on a thread of its own, for the loop to take when it is done. Loads
    /// go through `cache` (`None`: straight from the file).
    ///
    /// # Errors
    /// When the stop signals cannot be registered.
    pub fn new(path: Option<PathBuf>, load: bool, cache: Option<Cache>) -> io::Result<Live> {
        let signal = Arc::new(AtomicUsize::new(0));
        let mut signals = signal_hook::iterator::Signals::new([
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGINT,
        ])?;
        let flag = Arc::clone(&signal);
        std::thread::spawn(move || {
            if let Some(sig) = signals.forever().next() {
                // The loop sees this at its next tick, restores the terminal and exits.
                flag.store(sig as usize, Ordering::SeqCst);
                // When the terminal is gone (SIGHUP after a hangup), reading it can spin on
                // end-of-file inside the event source and never come back to the loop: stop
                // here instead, restoring what can still be restored.
                std::thread::sleep(STOP_GRACE);
                let _ = ratatui::crossterm::execute!(
                    io::stdout(),
                    ratatui::crossterm::event::DisableBracketedPaste,
                    ratatui::crossterm::event::DisableMouseCapture
                );
                ratatui::restore();
                std::process::exit(128 + sig);
            }
        });
        let loaded = path.as_ref().and_then(stamp);
        // A pipe is read once: there is nothing to watch, and reading it again would wait
        // for a writer that is gone.
        let watched = path
            .as_ref()
            .and_then(|p| std::fs::metadata(p).ok())
            .is_some_and(|m| m.is_file());
        let panic_key = if cfg!(debug_assertions) {
            crate::env::var("READOUT_PANIC_ON_KEY").and_then(|v| v.chars().next())
        } else {
            None
        };
        let loader = match &path {
            Some(path) if load => Some(Loader::start(path.clone(), cache.clone(), true)),
            _ => None,
        };
        let path = path.filter(|_| watched);
        Ok(Live {
            path,
            loaded,
            seen: loaded,
            signal,
            panic_key,
            loader,
            cache,
            clipboard: None,
        })
    }
}

impl Outside for Live {
    fn event(&mut self, timeout: Duration) -> io::Result<Option<Event>> {
        match event::poll(timeout) {
            Ok(true) => {}
            Ok(false) => return Ok(None),
            // A signal interrupted the wait: the loop looks at it next.
            Err(e) if e.kind() == io::ErrorKind::Interrupted => return Ok(None),
            Err(e) => return Err(e),
        }
        let event = match event::read() {
            Ok(event) => event,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => return Ok(None),
            Err(e) => return Err(e),
        };
        if let (Some(key), Event::Key(k)) = (self.panic_key, &event)
            && k.code == event::KeyCode::Char(key)
        {
            panic!("a panic on purpose: READOUT_PANIC_ON_KEY={key}");
        }
        Ok(Some(event))
    }

    fn copy(&mut self, text: &str) -> io::Result<()> {
        let mut out = io::stdout();
        out.write_all(osc52(text).as_bytes())?;
        out.flush()
    }

    fn copy_text(&mut self, text: &str) -> io::Result<Copied> {
        let plan = copy_plan(local_display(env), over_ssh(env));
        let mut done = Copied::default();
        if plan.local {
            let clipboard = self
                .clipboard
                .get_or_insert_with(|| arboard::Clipboard::new().ok());
            done.local = clipboard
                .as_mut()
                .is_some_and(|c| c.set_text(text.to_owned()).is_ok());
        }
        // No local clipboard after all: the terminal's is the one left.
        if plan.terminal || !done.local {
            self.copy(text)?;
            done.terminal = true;
        }
        Ok(done)
    }

    fn open_url(&mut self, url: &str) -> Result<(), String> {
        if !openable(url) {
            return Err("only http and https addresses are opened".to_owned());
        }
        if !local_display(env) || over_ssh(env) {
            return Err("no local display to open a browser on: copy the URL instead".to_owned());
        }
        open::that_detached(url).map_err(|e| format!("the browser did not start: {e}"))
    }

    fn data_changed(&mut self) -> bool {
        let Some(path) = &self.path else {
            return false;
        };
        let now = stamp(path);
        let settled = now.is_some() && now == self.seen && now != self.loaded;
        self.seen = now;
        settled
    }

    fn reload(&mut self) -> bool {
        let Some(path) = &self.path else {
            return false;
        };
        // The first load still runs: a change meanwhile is loaded once it is done (the
        // version on screen stays the one it started on).
        if self.loader.is_some() {
            return false;
        }
        self.loaded = stamp(path);
        self.seen = self.loaded;
        self.loader = Some(Loader::start(path.clone(), self.cache.clone(), false));
        true
    }

    fn load(&mut self) -> Option<Load> {
        let first = self.loader.as_ref()?;
        let result = match first.result.try_recv() {
            Ok(Sent::Preview(data, partial)) => return Some(Load::Preview(data, partial)),
            Ok(Sent::Done(result)) => result,
            Err(TryRecvError::Empty) => {
                let p = &first.progress;
                return Some(Load::Running(Loading {
                    read: p.read.load(Ordering::Relaxed),
                    parsed: p.parsed.load(Ordering::Relaxed),
                    total: p.total.load(Ordering::Relaxed),
                }));
            }
            // The thread ended without a word: it panicked, and the panic has been reported.
            Err(TryRecvError::Disconnected) => Err(LoadError::Read {
                path: first.name.clone(),
                source: io::Error::other("the loading thread stopped"),
            }),
        };
        self.loader = None;
        Some(Load::Done(Box::new(result)))
    }

    fn stop_signal(&mut self) -> Option<i32> {
        match self.signal.swap(0, Ordering::SeqCst) {
            0 => None,
            // Signal numbers are small.
            n => Some(n as i32),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(set: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let set: Vec<(String, String)> = set
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| set.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    #[test]
    fn copies_go_where_a_clipboard_is() {
        // CI and tests: no display, no SSH: OSC 52 alone, nothing waits on a clipboard.
        let none = vars(&[]);
        if !cfg!(any(target_os = "macos", target_os = "windows")) {
            assert!(!local_display(&none));
            assert_eq!(
                copy_plan(local_display(&none), over_ssh(&none)),
                Copied {
                    local: false,
                    terminal: true
                }
            );
            assert!(local_display(vars(&[("WAYLAND_DISPLAY", "wayland-0")])));
            assert!(!local_display(vars(&[("DISPLAY", "")])));
        }
        let desktop = vars(&[("DISPLAY", ":0")]);
        assert_eq!(
            copy_plan(local_display(&desktop), over_ssh(&desktop)),
            Copied {
                local: true,
                terminal: false
            }
        );
        let ssh_x = vars(&[("DISPLAY", "localhost:10.0"), ("SSH_TTY", "/dev/pts/3")]);
        assert_eq!(
            copy_plan(local_display(&ssh_x), over_ssh(&ssh_x)),
            Copied {
                local: true,
                terminal: true
            }
        );
    }

    #[test]
    fn only_web_addresses_are_opened() {
        assert!(openable("https://azatutyun.am/a/31959336.html"));
        assert!(openable("HTTP://example.org"));
        assert!(!openable("file:///etc/passwd"));
        assert!(!openable("javascript:alert(1)"));
        assert!(!openable("--help"));
        assert!(!openable("https://x.am/\x1b]52"));
    }
}
