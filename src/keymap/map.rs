//! The key bindings in force, [`Keymap`]: the table with the keys the user's configuration
//! changes. It dispatches key presses and gives the keys the screen names (footer, help,
//! legends, messages), so what the screen says is what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::bindings::{BINDINGS, Binding, Context, Mode};
use super::key::Key;
use crate::action::Action;

/// One binding as it stands: the table's line, with the keys bound now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The table's line: context, action and what the help says.
    pub binding: &'static Binding,
    /// The keys bound now: the table's, or the configuration's.
    pub keys: Vec<Key>,
}

impl Entry {
    /// Where it applies: the table's context.
    pub fn context(&self) -> Context {
        self.binding.context
    }

    /// What it does: the table's action.
    pub fn action(&self) -> Action {
        self.binding.action
    }
}

/// The key bindings in force: the table, with the keys the configuration changes. It has one
/// entry for each line of the table, whatever the keys, so the help overlay's length does not
/// depend on them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    entries: Vec<Entry>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            entries: BINDINGS
                .iter()
                .map(|b| Entry {
                    binding: b,
                    keys: b.keys.to_vec(),
                })
                .collect(),
        }
    }
}

impl Keymap {
    /// Every entry, in the table's order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entries of one context, in the table's order.
    pub fn in_context(&self, context: Context) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.context() == context)
    }

    /// The entries that apply in a mode, most specific first.
    pub fn for_mode(&self, mode: Mode) -> impl Iterator<Item = &Entry> {
        mode.contexts().iter().flat_map(|&c| self.in_context(c))
    }

    /// Binds `keys` to `action` in `context`, in place of the keys it had there. `false` if
    /// the table does not bind the action in that context.
    pub fn rebind(&mut self, context: Context, action: Action, keys: Vec<Key>) -> bool {
        match self
            .entries
            .iter_mut()
            .find(|e| e.context() == context && e.action() == action)
        {
            Some(e) => {
                e.keys = keys;
                true
            }
            None => false,
        }
    }

    /// The keys bound to `action` in `context`.
    pub fn keys(&self, context: Context, action: Action) -> &[Key] {
        self.in_context(context)
            .find(|e| e.action() == action)
            .map_or(&[], |e| &e.keys)
    }

    /// The first key bound to `action` in `context`, as the screen shows it.
    pub fn label(&self, context: Context, action: Action) -> Option<String> {
        self.keys(context, action).first().map(|k| k.label())
    }

    /// What the help overlay calls a context, with the keys that open it as bound now:
    /// `Actor picker (f)`, `Source chooser (u, o)`; the bare name when none of them has a key.
    pub fn title(&self, context: Context) -> String {
        let keys: Vec<String> = context
            .opened_by()
            .iter()
            .filter_map(|&(c, a)| self.label(c, a))
            .collect();
        if keys.is_empty() {
            context.about().to_owned()
        } else {
            format!("{} ({})", context.about(), keys.join(", "))
        }
    }

    /// A box's legend of keys from this keymap: ` Enter adds · Esc closes `, leaving out what
    /// has no key; empty when nothing has.
    pub fn legend(&self, items: &[(Context, Action, &str)]) -> String {
        let parts: Vec<String> = items
            .iter()
            .filter_map(|&(c, a, what)| self.label(c, a).map(|k| format!("{k} {what}")))
            .collect();
        if parts.is_empty() {
            String::new()
        } else {
            format!(" {} ", parts.join(" · "))
        }
    }

    /// The action a key press asks for in this mode, if any.
    pub fn dispatch(&self, mode: Mode, event: KeyEvent) -> Option<Action> {
        let pressed = Key::from_event(event);
        if let Some(e) = self.for_mode(mode).find(|e| e.keys.contains(&pressed)) {
            return Some(e.action());
        }
        match pressed.code {
            KeyCode::Char(c)
                if mode.edits_a_line()
                    && !pressed
                        .mods
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                Some(Action::Input(c))
            }
            _ => None,
        }
    }

    /// The footer's hints for a mode: (keys, word), the focused pane's first.
    pub fn hints(&self, mode: Mode) -> Vec<(String, &'static str)> {
        self.for_mode(mode)
            .filter(|e| !e.keys.is_empty())
            .filter_map(|e| e.binding.hint.map(|h| (self.short_keys(e), h)))
            .collect()
    }

    /// The footer's hints for a mode with the action of each: (keys, word, action), the
    /// focused pane's first.
    pub fn hint_actions(&self, mode: Mode) -> Vec<(String, &'static str, Action)> {
        self.for_mode(mode)
            .filter(|e| !e.keys.is_empty())
            .filter_map(|e| e.binding.hint.map(|h| (self.short_keys(e), h, e.action())))
            .collect()
    }

    /// How many of [`Keymap::hints`]' first entries belong to the mode's own context (the
    /// focused pane, or the open overlay) rather than to every pane.
    pub fn own_hints(&self, mode: Mode) -> usize {
        self.in_context(mode.contexts()[0])
            .filter(|e| e.binding.hint.is_some() && !e.keys.is_empty())
            .count()
    }

    /// Keys bound to two actions in one context: (context, key, the two entries' indices in
    /// [`Keymap::entries`]).
    pub fn conflicts(&self) -> Vec<(Context, Key, usize, usize)> {
        let mut found = Vec::new();
        for (i, a) in self.entries.iter().enumerate() {
            for (j, b) in self.entries.iter().enumerate().skip(i + 1) {
                if a.context() != b.context() {
                    continue;
                }
                for &k in a.keys.iter().filter(|k| b.keys.contains(k)) {
                    found.push((a.context(), k, i, j));
                }
            }
        }
        found
    }

    /// The footer shows a binding's keys compactly: `j/k` for the pair of move bindings, or
    /// `↑/↓` where both are arrows.
    fn short_keys(&self, entry: &Entry) -> String {
        let first = entry.keys[0];
        let up = self.keys(entry.context(), Action::MoveUp).first().copied();
        match (entry.action(), up) {
            (Action::MoveDown, Some(up))
                if first.code == KeyCode::Down && up.code == KeyCode::Up =>
            {
                format!("{}/{}", up.label(), first.label())
            }
            (Action::MoveDown, Some(up)) => format!("{}/{}", first.label(), up.label()),
            _ => first.label(),
        }
    }
}

/// The keys of an entry as the screen shows them: `j/↓`; `—` when none are bound.
pub fn keys_label(entry: &Entry) -> String {
    if entry.keys.is_empty() {
        return "—".to_owned();
    }
    entry
        .keys
        .iter()
        .map(|k| k.label())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Pane;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    fn char_key(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            mods: KeyModifiers::NONE,
        }
    }

    #[test]
    fn pane_bindings_win_over_global() {
        let enter = press(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(
            Keymap::default().dispatch(Mode::Browse(Pane::Actors), enter),
            Some(Action::ToggleActor)
        );
        assert_eq!(
            Keymap::default().dispatch(Mode::Browse(Pane::Timeline), enter),
            Some(Action::OpenDetail)
        );
    }

    #[test]
    fn shift_is_folded_into_characters() {
        let g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(
            Keymap::default().dispatch(Mode::Browse(Pane::Timeline), g),
            Some(Action::Last)
        );
        let backtab = press(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(
            Keymap::default().dispatch(Mode::Browse(Pane::Timeline), backtab),
            Some(Action::FocusPrev)
        );
    }

    #[test]
    fn picker_types_what_it_does_not_bind() {
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(
            Keymap::default().dispatch(Mode::Picker, q),
            Some(Action::Input('q'))
        );
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(
            Keymap::default().dispatch(Mode::Search, j),
            Some(Action::Input('j'))
        );
        let esc = press(KeyCode::Esc, KeyModifiers::NONE);
        assert_eq!(
            Keymap::default().dispatch(Mode::Picker, esc),
            Some(Action::CloseOverlay)
        );
    }

    #[test]
    fn a_rebound_key_dispatches_and_the_old_one_does_not() {
        let mut keymap = Keymap::default();
        assert!(keymap.rebind(Context::Global, Action::Quit, vec![char_key('x')]));
        assert!(!keymap.rebind(Context::Timeline, Action::Quit, vec![char_key('x')]));
        let mode = Mode::Browse(Pane::Timeline);
        let x = press(KeyCode::Char('x'), KeyModifiers::NONE);
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(keymap.dispatch(mode, x), Some(Action::Quit));
        assert_eq!(keymap.dispatch(mode, q), None);
        assert!(keymap.hints(mode).contains(&("x".to_owned(), "quit")));
        assert!(keymap.conflicts().is_empty());
        keymap.rebind(Context::Global, Action::MoveDown, vec![char_key('x')]);
        assert_eq!(keymap.conflicts().len(), 1);
    }

    #[test]
    fn ctrl_c_quits_everywhere() {
        let cc = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for mode in [Mode::Browse(Pane::Detail), Mode::Help, Mode::Picker] {
            assert_eq!(Keymap::default().dispatch(mode, cc), Some(Action::Quit));
        }
    }

    #[test]
    fn titles_name_the_keys_that_open_a_context_as_bound_now() {
        let mut keymap = Keymap::default();
        assert_eq!(keymap.title(Context::Picker), "Actor picker (f)");
        assert_eq!(keymap.title(Context::Sources), "Source chooser (u, o)");
        assert_eq!(keymap.title(Context::Network), "Network view (w)");
        assert_eq!(keymap.title(Context::Global), "Everywhere");
        keymap.rebind(Context::Global, Action::OpenPicker, vec![char_key('F')]);
        keymap.rebind(Context::Global, Action::CopyUrl, Vec::new());
        assert_eq!(keymap.title(Context::Picker), "Actor picker (F)");
        assert_eq!(keymap.title(Context::Sources), "Source chooser (o)");
        keymap.rebind(Context::Global, Action::OpenUrl, Vec::new());
        assert_eq!(keymap.title(Context::Sources), "Source chooser");
    }
}
