//! The Detail pane: the selected interaction in full, or the selected actor's profile and
//! relationships. Text is wrapped at the pane's width in display columns.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::text::{fit, fit_right, highlight, truncate};
use super::{Theme, pane_block, scrollbar};
use crate::action::{Action, Pane};
use crate::data::fold::Query;
use crate::data::{Date, EventCoding, Interaction, Precision, Scheme};
use crate::import::cameo;
use crate::keymap::Context;
use crate::query;
use crate::state::{DetailSubject, State};

pub struct DetailPane<'a> {
    pub state: &'a State,
    pub theme: &'a Theme,
}

impl Widget for DetailPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let DetailPane { state, theme } = self;
        let block = pane_block(Pane::Detail, state.nav.focus == Pane::Detail, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.width == 0 || inner.height == 0 {
            return;
        }
        let rows = usize::from(inner.height);
        let (lines, len, links) = text_upto(
            state,
            theme,
            crate::geometry::text_width(area),
            state.nav.detail_scroll.saturating_add(rows),
        );
        let scroll = state.nav.detail_scroll.min(len.saturating_sub(rows));
        let shown: Vec<Line> = lines.into_iter().skip(scroll).take(rows).collect();
        let text_area = Rect::new(
            inner.x,
            inner.y,
            inner.width.saturating_sub(1),
            inner.height,
        );
        Paragraph::new(shown).render(text_area, buf);
        if state.settings.hyperlinks {
            for link in links
                .iter()
                .filter(|l| (scroll..scroll + rows).contains(&l.line))
            {
                let y = text_area.y + (link.line - scroll) as u16;
                let x = text_area.x.saturating_add(link.column as u16);
                let row = Rect::new(x, y, link.width as u16, 1).intersection(text_area);
                super::hyperlink::apply(buf, row, &link.url);
            }
        }
        scrollbar(
            Rect::new(area.x, inner.y, area.width, inner.height),
            len,
            scroll,
            rows,
            theme,
            buf,
        );
    }
}

/// A date as the source gave it, with its precision said in words.
pub fn date_text(date: Date, until: Option<Date>) -> String {
    let mut s = date.to_string();
    match date.precision() {
        Precision::Day => {}
        Precision::Week => s.push_str(&format!(
            " (day not known: a day from {} to {})",
            date.first_day(),
            date.last_day()
        )),
        Precision::Month => s.push_str(" (day not known)"),
        Precision::Year => s.push_str(" (month not known)"),
    }
    if let Some(u) = until {
        s.push_str(" to ");
        s.push_str(&u.to_string());
    }
    s
}

/// The lines Detail shows for the state, wrapped at `width` columns: at least the first
/// `limit` of them (all, with `usize::MAX`), and how many there are in all. Where lines were
/// only counted, the count of a list's remaining items is one line each: exact for the
/// relationships (a line each); for a pair's shared interactions, whose titles may wrap, only
/// when more than [`LONG_LIST`] remain, and they are laid out exactly as soon as the window
/// reaches them.
pub fn lines_upto(state: &State, width: u16, limit: usize) -> (Vec<Line<'static>>, usize) {
    // Styles do not change the layout: counting lines needs no theme of the frame's.
    let (lines, total, _) = text_upto(state, &super::theme::PLAIN, width, limit);
    (lines, total)
}

/// A URL in Detail's text: its line, its first column, how many columns it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub line: usize,
    pub column: usize,
    pub width: usize,
    pub url: String,
}

/// [`lines_upto`], with where the URLs in those lines stand.
pub fn text_upto(
    state: &State,
    theme: &Theme,
    width: u16,
    limit: usize,
) -> (Vec<Line<'static>>, usize, Vec<Link>) {
    let mut doc = Doc {
        links: Vec::new(),
        limit,
        more: 0,
        lines: Vec::new(),
        width: usize::from(width).max(1),
        theme,
        query: &state.filter.search,
        quote_lines: Vec::new(),
    };
    fill(&mut doc, state);
    let total = doc.lines.len() + doc.more;
    (doc.lines, total, doc.links)
}

fn fill(doc: &mut Doc<'_>, state: &State) {
    let theme = doc.theme;
    match state.detail_subject() {
        DetailSubject::Interaction(i) => interaction(doc, state, state.data.interaction(i)),
        DetailSubject::Actor(a) => actor(doc, state, a),
        DetailSubject::Pair(p) => pair(doc, state, p),
        DetailSubject::Nothing => doc.para("Nothing selected.", theme.dim, 0),
    }
}

/// The line of Detail, laid out `width` columns wide, on which the `n`-th quote of the
/// interaction it shows starts (0 when it shows no such quote).
pub fn quote_line(state: &State, width: u16, n: usize) -> usize {
    let DetailSubject::Interaction(i) = state.detail_subject() else {
        return 0;
    };
    let mut doc = Doc {
        limit: usize::MAX,
        more: 0,
        lines: Vec::new(),
        width: usize::from(width).max(1),
        theme: &super::theme::PLAIN,
        query: &state.filter.search,
        quote_lines: Vec::new(),
        links: Vec::new(),
    };
    interaction(&mut doc, state, state.data.interaction(i));
    // The "Quotes" heading above the first quote stays in view.
    doc.quote_lines
        .get(n)
        .map_or(0, |&l| if n == 0 { l.saturating_sub(1) } else { l })
}

struct Doc<'q> {
    lines: Vec<Line<'static>>,
    /// Where the URLs stand, for hyperlinks.
    links: Vec<Link>,
    /// Lines past this many are counted, not built: long lists (an actor's thousands of
    /// counterparts) are laid out only as far as the window shows.
    limit: usize,
    /// The lines counted but not built.
    more: usize,
    width: usize,
    theme: &'q Theme,
    /// Matches of the search are highlighted.
    query: &'q Query,
    /// The line each quote of an interaction starts on.
    quote_lines: Vec<usize>,
}

/// A list longer than this is laid out only as far as the window shows.
pub const LONG_LIST: usize = 256;

/// `text` wrapped at `width` columns, at spaces only: a hyphen is no place to break, or a
/// date (`2024-02-17`), an id or a URL would be split inside. A word wider than the line is
/// still broken, as nothing else would show all of it.
pub fn wrap(text: &str, width: usize) -> Vec<std::borrow::Cow<'_, str>> {
    textwrap::wrap(
        text,
        textwrap::Options::new(width.max(1)).word_splitter(textwrap::WordSplitter::NoHyphenation),
    )
}

/// The width of field labels: "Participants " and the values after it.
const LABEL: usize = 13;

impl Doc<'_> {
    fn blank(&mut self) {
        self.lines.push(Line::default());
    }

    fn heading(&mut self, text: &str) {
        let style = self.theme.heading;
        self.para(text, style, 0);
    }

    /// Wrapped text, each paragraph (`\n`) on its own lines, indented by `indent` columns.
    fn para(&mut self, text: &str, style: Style, indent: usize) {
        let pad = " ".repeat(indent);
        let width = self.width.saturating_sub(indent).max(1);
        for paragraph in text.split('\n') {
            for line in wrap(paragraph, width) {
                let mut spans = vec![Span::raw(pad.clone())];
                spans.extend(highlight(&line, self.query, style, self.theme.matched));
                self.lines.push(Line::from(spans));
            }
        }
    }

    /// A URL on one line of its own, indented by `indent` columns: never wrapped, so that it
    /// can be clicked and selected whole; cut with `…` when the pane is too narrow (`u` copies
    /// it whole). Where the terminal supports them, the line becomes a hyperlink.
    fn link(&mut self, url: &str, indent: usize) {
        let width = self.width.saturating_sub(indent).max(1);
        let shown = truncate(url, width);
        let mut spans = vec![Span::raw(" ".repeat(indent))];
        spans.extend(highlight(
            &shown,
            self.query,
            self.theme.link,
            self.theme.matched,
        ));
        self.links.push(Link {
            line: self.lines.len(),
            column: indent,
            width: shown.width(),
            url: url.to_owned(),
        });
        self.lines.push(Line::from(spans));
    }

    /// `Label        value` on one line, the value cut with `…` when it does not fit: for
    /// what must be read or copied whole (an id, a URL), which wrapping would break.
    fn field_line(&mut self, label: &str, value: &str, style: Style) {
        let width = self.width.saturating_sub(LABEL).max(1);
        let dim = self.theme.dim;
        let mut spans = vec![Span::styled(fit(label, LABEL), dim)];
        spans.extend(highlight(
            &truncate(value, width),
            self.query,
            style,
            self.theme.matched,
        ));
        self.lines.push(Line::from(spans));
    }

    /// `Label        value`, the value wrapped under itself.
    fn field(&mut self, label: &str, value: &str, style: Style) {
        let width = self.width.saturating_sub(LABEL).max(1);
        let dim = self.theme.dim;
        for (n, line) in wrap(value, width).into_iter().enumerate() {
            let head = if n == 0 {
                fit(label, LABEL)
            } else {
                " ".repeat(LABEL)
            };
            let mut spans = vec![Span::styled(head, dim)];
            spans.extend(highlight(&line, self.query, style, self.theme.matched));
            self.lines.push(Line::from(spans));
        }
    }
}

fn interaction(doc: &mut Doc<'_>, state: &State, it: &Interaction) {
    let data = &state.data;
    let theme = doc.theme;
    doc.heading(&it.title);
    let mut kind = it.kind.label().to_owned();
    if let Some(class) = it.class {
        kind.push_str(" · ");
        kind.push_str(class.label());
    }
    doc.field("Date", &date_text(it.date, it.until), theme.text);
    doc.field("Kind", &kind, theme.class(it.class));
    if let Some(place) = &it.place {
        doc.field("Place", place, theme.text);
    }
    for (n, id) in it.participants.iter().enumerate() {
        let label = if n == 0 { "Participants" } else { "" };
        doc.field(label, &with_role(state, it, id), theme.text);
    }
    if let Some(id) = &it.initiator {
        doc.field("Initiator", &with_role(state, it, id), theme.text);
    }
    for (n, id) in it.mediators.iter().enumerate() {
        let label = if n == 0 { "Mediators" } else { "" };
        doc.field(label, &with_role(state, it, id), theme.text);
    }
    if !it.topics.is_empty() {
        doc.field("Topics", &it.topics.join(", "), theme.dim);
    }
    // What `readout show` takes.
    doc.field_line("Id", &it.id, theme.dim);
    // A machine-coded event's codes and source come first: its summary only restates them.
    if let Some(coding) = &it.coding {
        doc.blank();
        doc.heading(&format!("{} coding", coding.dataset));
        coding_fields(doc, coding);
        sources(doc, it);
    }
    doc.blank();
    doc.para(&it.summary, theme.text, 0);
    if !it.quotes.is_empty() {
        doc.blank();
        doc.heading("Quotes");
        for q in &it.quotes {
            doc.quote_lines.push(doc.lines.len());
            doc.para(&format!("“{}”", q.text), theme.quote, 2);
            let mut by = format!("— {}", data.name_of(&q.speaker));
            if let Some(via) = &q.via {
                by.push_str(&format!(" ({via})"));
            }
            doc.para(&by, theme.dim, 4);
        }
    }
    if it.coding.is_none() {
        sources(doc, it);
    }
}

/// The Sources section: each outlet with its title and date, the URL under it.
fn sources(doc: &mut Doc, it: &Interaction) {
    let theme = doc.theme;
    doc.blank();
    doc.heading(if it.sources.len() == 1 {
        "Source"
    } else {
        "Sources"
    });
    for s in &it.sources {
        let mut cite = s.outlet.clone();
        if let Some(title) = &s.title {
            cite.push_str(&format!(", “{title}”"));
        }
        if let Some(date) = s.date {
            cite.push_str(&format!(", {date}"));
        }
        doc.para(&cite, theme.text, 2);
        if let Some(url) = &s.url {
            doc.link(url, 4);
        }
    }
}

/// The codes and scores of a machine-coded event, one field a line.
fn coding_fields(doc: &mut Doc, c: &EventCoding) {
    let theme = doc.theme;
    doc.field(c.scheme.label(), &event_text(c), theme.text);
    if let Some(g) = c.goldstein {
        let width = doc.width.saturating_sub(LABEL);
        doc.field("Goldstein", &goldstein_gauge(g, width), theme.text);
    }
    if let Some(g) = c.intensity {
        let width = doc.width.saturating_sub(LABEL);
        doc.field("Intensity", &goldstein_gauge(g, width), theme.text);
    }
    if let Some(n) = c.fatalities {
        doc.field("Fatalities", &fatalities(n), theme.text);
    }
    if let Some(t) = c.tone {
        doc.field(
            "Tone",
            &format!("{} (average tone of the articles)", signed(t, 2)),
            theme.text,
        );
    }
    if let Some(counts) = coverage(c) {
        doc.field("Coverage", &counts, theme.text);
    }
    if !c.ids.is_empty() {
        let label = if c.ids.len() == 1 {
            "Event id"
        } else {
            "Event ids"
        };
        doc.field(label, &c.ids.join(", "), theme.dim);
    }
}

/// An event code with what it means in its scheme: `020 Make an appeal or request…` (CAMEO,
/// with the codebook's words), `CONSULT, visit` (PLOVER, with the mode), `Battles: Armed
/// clash` (ACLED, with the sub-event type).
pub fn event_text(c: &EventCoding) -> String {
    match c.scheme {
        Scheme::Cameo => match cameo::description(&c.event) {
            Some(d) => format!("{} {d}", c.event),
            None => match cameo::nearest_description(&c.event) {
                Some((parent, d)) => format!("{} (not in the codebook; {parent} {d})", c.event),
                None => c.event.clone(),
            },
        },
        Scheme::Plover => match &c.subtype {
            Some(mode) => format!("{}, {mode}", c.event),
            None => c.event.clone(),
        },
        Scheme::Acled => match &c.subtype {
            Some(sub) => format!("{}: {sub}", c.event),
            None => c.event.clone(),
        },
    }
}

/// ACLED's fatalities, with what a zero means there.
pub fn fatalities(n: u64) -> String {
    match n {
        0 => "0 (none, or none reported)".to_owned(),
        1 => "1 (ACLED's conservative estimate)".to_owned(),
        n => format!("{n} (ACLED's conservative estimate)"),
    }
}

/// The mention, source and article counts that are known: `6 mentions · 1 source · 6 articles`;
/// for events merged into one, `at least …`: their counts overlap, the largest is kept.
pub fn coverage(c: &EventCoding) -> Option<String> {
    let counts: Vec<String> = [
        (c.mentions, "mention", "mentions"),
        (c.sources, "source", "sources"),
        (c.articles, "article", "articles"),
    ]
    .into_iter()
    .filter_map(|(n, one, many)| n.map(|n| format!("{n} {}", if n == 1 { one } else { many })))
    .collect();
    let at_least = if c.ids.len() > 1 { "at least " } else { "" };
    (!counts.is_empty()).then(|| format!("{at_least}{}", counts.join(" · ")))
}

/// A number with `decimals` decimals and a true minus sign: `3.4`, `−7.0`.
pub fn signed(value: f64, decimals: usize) -> String {
    let text = format!("{:.decimals$}", value.abs());
    // A value that rounds to zero has no sign.
    if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        format!("−{text}")
    } else {
        text
    }
}

/// A Goldstein score on its scale from −10 to +10, in at most `width` display columns:
/// `−10 ├────────┼──■─────┤ +10  3.4`. The `┼` marks 0; each of the up to 21 cells between
/// the ends stands for one point or more. When the gauge does not fit, the score alone,
/// with its scale: `3.4 (−10 to +10)`.
pub fn goldstein_gauge(score: f64, width: usize) -> String {
    let value = signed(score, 1);
    // "−10 ├" + cells + "┤ +10  " + value
    let fixed = 4 + 1 + 1 + 4 + 2 + value.width();
    let cells = width.saturating_sub(fixed).min(21);
    if cells < 5 {
        return format!("{value} (−10 to +10)");
    }
    let half = (cells - 1) / 2;
    let cells = 2 * half + 1;
    let at = ((score.clamp(-10.0, 10.0) + 10.0) / 20.0 * (2 * half) as f64).round() as usize;
    let bar: String = (0..cells)
        .map(|i| match i {
            i if i == at => '■',
            i if i == half => '┼',
            _ => '─',
        })
        .collect();
    format!("−10 ├{bar}┤ +10  {value}")
}

/// `Name — role`, the role the one held on the interaction's date.
fn with_role(state: &State, it: &Interaction, id: &str) -> String {
    match state.data.role_of(id, it.date) {
        Some(role) => format!("{} — {role}", state.data.name_of(id)),
        None => state.data.name_of(id).to_owned(),
    }
}

fn actor(doc: &mut Doc<'_>, state: &State, index: usize) {
    let data = &state.data;
    let theme = doc.theme;
    let a = data.actor(index);
    doc.heading(&a.name);
    if let Some(native) = &a.native {
        doc.para(native, theme.text, 0);
    }
    doc.para(&a.role, theme.dim, 0);
    doc.blank();
    // Every dated role with its period, in the order they were held.
    for (n, r) in a.roles_in_order().into_iter().enumerate() {
        let label = if n == 0 { "Roles" } else { "" };
        doc.field(label, &format!("{} ({})", r.title, r.period()), theme.text);
    }
    doc.field("Kind", a.kind.label(), theme.text);
    if let Some(aff) = &a.affiliation {
        doc.field("Affiliation", data.name_of(aff), theme.text);
    }
    if let Some(c) = &a.country {
        doc.field("Country", c, theme.text);
    }
    if !a.aliases.is_empty() {
        doc.field("Also", &a.aliases.join(", "), theme.text);
    }
    if let Some(q) = &a.wikidata {
        doc.field_line("Wikidata", q, theme.text);
    }
    doc.field_line("Id", &a.id, theme.dim);
    let its = data.interactions_of(index);
    let activity = match (its.first(), its.last()) {
        (Some(&first), Some(&last)) => format!(
            "{} interaction{}, {} to {}",
            its.len(),
            if its.len() == 1 { "" } else { "s" },
            data.interaction(first).date,
            data.interaction(last).date
        ),
        _ => "no interactions".to_owned(),
    };
    doc.field("Activity", &activity, theme.text);
    let all = state.lists.counts_all.get(index);
    if all.mediated > 0 || all.spoke > 0 {
        doc.field(
            "Roles",
            &format!(
                "took part in {}, mediated {}, quoted in {}",
                all.took_part, all.mediated, all.spoke
            ),
            theme.text,
        );
    }
    if state.filtered() {
        let c = state.lists.counts.get(index);
        doc.field(
            "In filter",
            &format!(
                "{} of {} interactions (took part in {}, mediated {}, quoted in {})",
                c.any, all.any, c.took_part, c.mediated, c.spoke
            ),
            if c.any > 0 { theme.text } else { theme.dim },
        );
    }
    let in_filter = state.filter.actors.contains(&index);
    doc.field(
        "Filter",
        if in_filter {
            "in the filter (Space removes)"
        } else {
            "not in the filter (Space adds)"
        },
        if in_filter { theme.marked } else { theme.dim },
    );
    doc.blank();
    let scope = if state.filtered() {
        "in the filter"
    } else {
        "in all"
    };
    doc.heading(&format!(
        "Relationships: {}, {scope}",
        state.lists.link.label()
    ));
    let counted;
    let rels = match &state.lists.relationships {
        Some((actor, rels)) if *actor == index => rels,
        _ => {
            let within = state.filtered().then_some(state.lists.visible.as_slice());
            counted = query::counts::relationships(data, index, within, state.lists.link);
            &counted
        }
    };
    if rels.is_empty() {
        doc.para(
            if state.filtered() {
                "No counterparts in the filtered interactions."
            } else {
                "No counterparts in this dataset."
            },
            theme.dim,
            2,
        );
        return;
    }
    // Counterpart … With (4) Last (10) Mostly (rest)
    let w = doc.width.saturating_sub(2);
    let class_w = if w >= 60 { 20 } else { 0 };
    let name_w = w
        .saturating_sub(4 + 1 + 10 + 1 + class_w + usize::from(class_w > 0))
        .max(4);
    let row = |name: &str, with: &str, last: &str, class: &str| {
        let mut s = format!(
            "  {} {} {}",
            fit(name, name_w),
            fit_right(with, 4),
            fit(last, 10)
        );
        if class_w > 0 {
            s.push(' ');
            s.push_str(&fit(class, class_w));
        }
        s
    };
    doc.lines.push(Line::styled(
        row("Counterpart", "With", "Last", "Mostly"),
        theme.dim,
    ));
    for (k, r) in rels.iter().enumerate() {
        if doc.lines.len() >= doc.limit {
            doc.more += rels.len() - k;
            break;
        }
        let other = data.actor(r.counterpart);
        let text = row(
            &other.name,
            &r.count.to_string(),
            &r.last.to_string(),
            r.class.map_or("", |c| c.label()),
        );
        doc.lines.push(Line::styled(text, theme.class(r.class)));
    }
}

fn pair(doc: &mut Doc<'_>, state: &State, index: usize) {
    let data = &state.data;
    let theme = doc.theme;
    let Some(p) = state.lists.pairs.get(index) else {
        return;
    };
    let (a, b) = (data.actor(p.a), data.actor(p.b));
    doc.heading(&format!("{} — {}", a.name, b.name));
    doc.field("Roles", &format!("{}; {}", a.role, b.role), theme.dim);
    let label = match state.lists.link {
        query::Link::Together => "Together",
        query::Link::Mediation => "Mediated",
        query::Link::Speech => "Quoted",
    };
    let scope = if state.filtered() {
        " in the filter"
    } else {
        ""
    };
    doc.field(
        label,
        &format!(
            "{} interaction{}{scope}, the last on {}",
            p.count,
            if p.count == 1 { "" } else { "s" },
            p.last
        ),
        theme.text,
    );
    doc.field("Link", state.lists.link.label(), theme.dim);
    if let Some(class) = p.class {
        doc.field("Mostly", class.label(), theme.class(Some(class)));
    }
    if let Some(k) = state
        .settings
        .keymap
        .label(Context::Actors, Action::ToggleActor)
    {
        doc.field(
            "Filter",
            &format!("{k} filters the timeline to this pair"),
            theme.dim,
        );
    }
    doc.blank();
    doc.heading("Interactions");
    let mut shared = query::both(data.interactions_of(p.a), data.interactions_of(p.b));
    if state.filtered() {
        shared = query::both(&shared, &state.lists.visible);
    }
    shared.retain(|&i| query::counts::links(data, i, state.lists.link, p.a, p.b));
    for (k, &i) in shared.iter().enumerate() {
        // Titles wrap, so counting them a line each is short of the truth: only for a long
        // list, where the scroll bar cannot show the difference.
        if doc.lines.len() >= doc.limit && shared.len() - k > LONG_LIST {
            doc.more += shared.len() - k;
            break;
        }
        let it = data.interaction(i);
        let text = format!("{} {}", fit(&it.date.to_string(), 10), it.title);
        doc.para(&text, theme.class(it.class), 2);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_week_says_which_days_it_may_be() {
        let week: Date = "2024-W45".parse().unwrap();
        assert_eq!(
            date_text(week, None),
            "2024-W45 (day not known: a day from 2024-11-04 to 2024-11-10)"
        );
    }

    #[test]
    fn the_gauge_marks_the_score_in_columns() {
        // The example of the issue: 17 cells, the score in the 12th.
        assert_eq!(
            goldstein_gauge(3.4, 4 + 1 + 17 + 1 + 4 + 2 + 3),
            "−10 ├────────┼──■─────┤ +10  3.4"
        );
        // At full width, one cell a point.
        assert_eq!(
            goldstein_gauge(-10.0, 80),
            "−10 ├■─────────┼──────────┤ +10  −10.0"
        );
        assert_eq!(
            goldstein_gauge(0.0, 80),
            "−10 ├──────────■──────────┤ +10  0.0"
        );
        assert_eq!(
            goldstein_gauge(10.0, 80),
            "−10 ├──────────┼─────────■┤ +10  10.0"
        );
        for w in 0..60 {
            let g = goldstein_gauge(-2.5, w);
            assert!(g.width() <= w.max("−2.5 (−10 to +10)".width()), "{w}: {g}");
        }
        assert_eq!(goldstein_gauge(1.9, 20), "−10 ├──■──┤ +10  1.9");
        assert_eq!(goldstein_gauge(1.9, 18), "1.9 (−10 to +10)");
    }

    #[test]
    fn signs_are_true_minus_signs() {
        assert_eq!(signed(-2.13544844417328, 2), "−2.14");
        assert_eq!(signed(-0.001, 2), "0.00");
        assert_eq!(signed(7.0, 1), "7.0");
    }
}
