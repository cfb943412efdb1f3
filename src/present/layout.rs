//! A [`Document`] laid out in a width: rows of spans, each a text and its [`Role`], measured
//! in terminal columns and never cut inside a grapheme cluster. From the rows come Detail's
//! line count, the row each quote starts on and where each URL stands; the frame draws the
//! same rows. No terminal type is built here.

use std::fmt;

use unicode_width::UnicodeWidthStr;

use super::document::{Block, CounterpartRow, Document, Field, Fit, ListedInteraction, Role};
use super::text::{fit, fit_right, truncate, wrap};
use super::values::goldstein_gauge;
use crate::data::fold::Query;

/// The width of field labels, in columns: `Participants ` and the values after it.
pub const LABEL: usize = 13;

/// A list longer than this is laid out only as far as the window shows.
pub const LONG_LIST: usize = 256;

/// A run of text in one role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The text (no newline).
    pub text: String,
    /// What it is.
    pub role: Role,
    /// Whether it matches the search.
    pub matched: bool,
}

/// One row of laid-out text: an indent of spaces, then spans.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Row {
    /// Spaces before the spans, in columns (unstyled).
    pub indent: usize,
    /// The text, in order.
    pub spans: Vec<Span>,
}

impl fmt::Display for Row {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:1$}", "", self.indent)?;
        self.spans.iter().try_for_each(|s| f.write_str(&s.text))
    }
}

impl Row {
    /// The row's width in columns.
    pub fn width(&self) -> usize {
        self.indent + self.spans.iter().map(|s| s.text.width()).sum::<usize>()
    }
}

/// A URL in the rows: its row, its first column, how many columns it shows (it may be cut
/// with `…`), and the whole URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The row, from 0.
    pub row: usize,
    /// The first column, from 0.
    pub column: usize,
    /// Columns it shows.
    pub width: usize,
    /// The whole URL.
    pub url: String,
}

/// A document laid out in a width.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rows {
    /// The rows built: all of them, or at least the first `limit` asked for.
    pub rows: Vec<Row>,
    /// Rows counted but not built: the rest of a long list, one row an item.
    pub counted: usize,
    /// Where the URLs stand.
    pub links: Vec<Link>,
    /// The row each quote starts on, in the document's order.
    pub quote_rows: Vec<usize>,
}

impl Rows {
    /// How many rows there are in all, built and counted.
    pub fn len(&self) -> usize {
        self.rows.len() + self.counted
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The row that brings the `n`-th quote into view at the top: the row it starts on, or
    /// for the first quote the "Quotes" heading above it; 0 when there is no such quote.
    pub fn quote_row(&self, n: usize) -> usize {
        self.quote_rows
            .get(n)
            .map_or(0, |&r| if n == 0 { r.saturating_sub(1) } else { r })
    }
}

/// `doc` laid out `width` columns wide (at least 1), what matches `query` marked. Rows past
/// `limit` are counted, not built, in long lists: an actor's counterparts (exactly one row
/// each), and a pair's interactions when more than [`LONG_LIST`] remain (their titles may
/// wrap, so the count is short of the truth there); `usize::MAX` builds every row.
pub fn lay_out(doc: &Document, width: usize, query: &Query, limit: usize) -> Rows {
    let mut out = Builder {
        rows: Rows::default(),
        width: width.max(1),
        query,
        limit,
    };
    if !doc.title.is_empty() {
        out.paragraph(&doc.title, Role::Heading, 0);
    }
    for block in &doc.blocks {
        match block {
            Block::Field(f) => out.field(f),
            Block::Section(heading) => {
                out.blank();
                out.paragraph(heading, Role::Heading, 0);
            }
            Block::Blank => out.blank(),
            Block::Paragraph { text, role, indent } => out.paragraph(text, *role, *indent),
            Block::Quote(q) => {
                let at = out.rows.rows.len();
                out.rows.quote_rows.push(at);
                out.paragraph(&format!("“{}”", q.text), Role::Quote, 2);
                out.paragraph(&format!("— {}", q.credit), Role::Dim, 4);
            }
            Block::Source(s) => {
                out.paragraph(&s.citation, Role::Text, 2);
                if let Some(url) = &s.url {
                    out.link(url, 4);
                }
            }
            Block::Counterparts(rows) => out.counterparts(rows),
            Block::Interactions(list) => out.interactions(list),
        }
    }
    out.rows
}

struct Builder<'q> {
    rows: Rows,
    width: usize,
    query: &'q Query,
    limit: usize,
}

impl Builder<'_> {
    fn push(&mut self, indent: usize, spans: Vec<Span>) {
        self.rows.rows.push(Row { indent, spans });
    }

    fn blank(&mut self) {
        self.push(0, Vec::new());
    }

    /// `text` as spans in `role`, what matches the query marked. The spans hold exactly
    /// `text`, and each mark covers whole grapheme clusters ([`Query::ranges`]).
    fn marked(&self, text: &str, role: Role) -> Vec<Span> {
        marked(text, self.query, role)
    }

    /// Wrapped text, each paragraph (`\n`) on its own rows, indented by `indent` columns.
    fn paragraph(&mut self, text: &str, role: Role, indent: usize) {
        let width = self.width.saturating_sub(indent).max(1);
        for paragraph in text.split('\n') {
            for line in wrap(paragraph, width) {
                let spans = self.marked(&line, role);
                self.push(indent, spans);
            }
        }
    }

    /// A URL on one row of its own, indented by `indent` columns: never wrapped, so that it
    /// can be clicked and selected whole; cut with `…` when the width is too narrow.
    fn link(&mut self, url: &str, indent: usize) {
        let width = self.width.saturating_sub(indent).max(1);
        let shown = truncate(url, width);
        let spans = self.marked(&shown, Role::Link);
        self.rows.links.push(Link {
            row: self.rows.rows.len(),
            column: indent,
            width: shown.width(),
            url: url.to_owned(),
        });
        self.push(indent, spans);
    }

    /// `Label        value`, each value on rows of its own, the label on the first.
    fn field(&mut self, f: &Field) {
        let width = self.width.saturating_sub(LABEL).max(1);
        for (n, value) in f.values.iter().enumerate() {
            let label = if n == 0 { f.label.as_str() } else { "" };
            let head = |first: bool| Span {
                text: if first {
                    fit(label, LABEL)
                } else {
                    " ".repeat(LABEL)
                },
                role: Role::Dim,
                matched: false,
            };
            match f.fit {
                Fit::Cut => {
                    let mut spans = vec![head(true)];
                    spans.extend(self.marked(&truncate(value, width), f.role));
                    self.push(0, spans);
                }
                Fit::Wrap | Fit::Gauge(_) => {
                    let value = match f.fit {
                        Fit::Gauge(score) => {
                            goldstein_gauge(score, self.width.saturating_sub(LABEL))
                        }
                        _ => value.clone(),
                    };
                    for (k, line) in wrap(&value, width).into_iter().enumerate() {
                        let mut spans = vec![head(k == 0)];
                        spans.extend(self.marked(&line, f.role));
                        self.push(0, spans);
                    }
                }
            }
        }
    }

    /// Counterpart … With (4) Last (10) Mostly (20, where there is room): a header, then a
    /// row each, built up to the limit and counted past it.
    fn counterparts(&mut self, list: &[CounterpartRow]) {
        let w = self.width.saturating_sub(2);
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
        let plain = |text: String, role: Role| {
            vec![Span {
                text,
                role,
                matched: false,
            }]
        };
        let header = plain(row("Counterpart", "With", "Last", "Mostly"), Role::Dim);
        self.push(0, header);
        for (k, r) in list.iter().enumerate() {
            if self.rows.rows.len() >= self.limit {
                self.rows.counted += list.len() - k;
                break;
            }
            let text = row(
                &r.name,
                &r.count.to_string(),
                &r.last.to_string(),
                r.class.map_or("", |c| c.label()),
            );
            self.push(0, plain(text, Role::of_class(r.class)));
        }
    }

    /// `date title`, each interaction wrapped under a 2-column indent.
    fn interactions(&mut self, list: &[ListedInteraction]) {
        for (k, interaction) in list.iter().enumerate() {
            // Titles wrap, so counting them a row each is short of the truth: only for a
            // long list, where the scroll bar cannot show the difference.
            if self.rows.rows.len() >= self.limit && list.len() - k > LONG_LIST {
                self.rows.counted += list.len() - k;
                break;
            }
            let text = format!(
                "{} {}",
                fit(&interaction.date.to_string(), 10),
                interaction.title
            );
            self.paragraph(&text, Role::of_class(interaction.class), 2);
        }
    }
}

/// `text` as spans in `role`, what matches `query` marked. The spans hold exactly `text`,
/// and each mark covers whole grapheme clusters ([`Query::ranges`]).
pub fn marked(text: &str, query: &Query, role: Role) -> Vec<Span> {
    let span = |range: std::ops::Range<usize>, matched| Span {
        text: text[range].to_owned(),
        role,
        matched,
    };
    let ranges = query.ranges(text);
    let mut spans = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for r in ranges {
        if r.start > at {
            spans.push(span(at..r.start, false));
        }
        spans.push(span(r.clone(), true));
        at = r.end;
    }
    if at < text.len() || spans.is_empty() {
        spans.push(span(at..text.len(), false));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::document::{QuoteBlock, SourceBlock};

    fn plain(doc: &Document, width: usize) -> Rows {
        lay_out(doc, width, &Query::default(), usize::MAX)
    }

    /// Rows of Armenian, Georgian, Persian, CJK and emoji text keep within the width in
    /// columns, at every width where a word fits.
    #[test]
    fn rows_keep_within_the_width_in_every_script() {
        let mut doc = Document::titled("Փաշինյան — ირაკლი კობახიძე");
        doc.field("Place", "تهران، ایران", Role::Text);
        doc.fields(
            "Participants",
            vec![
                "Նիկոլ Փաշինյան — Հայաստանի վարչապետ".to_owned(),
                "习近平 — 中华人民共和国主席".to_owned(),
            ],
            Role::Text,
            Fit::Wrap,
        );
        doc.fields(
            "Id",
            vec!["2024-02-17-🕊️-talks".to_owned()],
            Role::Dim,
            Fit::Cut,
        );
        doc.blocks.push(Block::Quote(QuoteBlock {
            text: "🕊️🕊️ მშვიდობა 和平 صلح".to_owned(),
            credit: "ირაკლი კობახიძე (პრემიერ-მინისტრი)".to_owned(),
        }));
        doc.blocks.push(Block::Source(SourceBlock {
            citation: "Արմենպրես, “Հանդիպում”".to_owned(),
            url: Some("https://armenpress.am/hy/article/1".to_owned()),
        }));
        for width in 30..80 {
            let rows = plain(&doc, width);
            for row in &rows.rows {
                assert!(row.width() <= width, "{width}: {row}");
            }
            assert_eq!(rows.links.len(), 1);
            let link = &rows.links[0];
            assert!(rows.rows[link.row].to_string().contains("https://"));
            assert_eq!(rows.quote_rows.len(), 1);
            assert!(
                rows.rows[rows.quote_rows[0]]
                    .to_string()
                    .starts_with("  “🕊️🕊️")
            );
        }
    }

    /// A field's label stands on its first row; the values wrap under themselves.
    #[test]
    fn field_values_wrap_under_themselves() {
        let mut doc = Document::default();
        doc.field("Summary", "one two three four five six", Role::Text);
        let rows: Vec<String> = plain(&doc, LABEL + 10)
            .rows
            .iter()
            .map(|r| r.to_string())
            .collect();
        assert_eq!(
            rows,
            [
                "Summary      one two",
                "             three four",
                "             five six"
            ]
        );
    }

    /// Counterparts past the limit are counted, not built.
    #[test]
    fn long_lists_are_counted_past_the_limit() {
        let mut doc = Document::default();
        let row = CounterpartRow {
            name: "Ilham Aliyev".to_owned(),
            count: 3,
            last: "2024-02-17".parse().unwrap(),
            class: None,
        };
        doc.blocks.push(Block::Counterparts(vec![row; 1000]));
        let all = plain(&doc, 60);
        assert_eq!(all.len(), 1001);
        let some = lay_out(&doc, 60, &Query::default(), 10);
        assert_eq!(some.len(), 1001);
        assert_eq!(some.rows.len(), 10);
        assert_eq!(some.rows[..], all.rows[..10]);
    }
}
