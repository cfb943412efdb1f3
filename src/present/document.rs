//! The document every output of a subject reads: a title, then labelled fields, sections,
//! paragraphs, quotes, sources and lists, each text carrying a style [`Role`] (what it is),
//! never a terminal style (how it looks). Detail lays it out in columns and maps the roles to
//! its theme; `readout show` writes it as plain text; `Y` and `export` as Markdown.

use crate::data::{Class, Date};

/// What a text is, for a renderer to style: the roles the browser's theme names (`text`,
/// `dim`, `heading`, `quote`, `link`, `marked`, and the four CAMEO classes). A match of the
/// search is not a role but a mark on any of them ([`crate::present::layout::Span::matched`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Plain text.
    Text,
    /// Secondary text: labels, roles, ids, hints.
    Dim,
    /// A title or a section's heading.
    Heading,
    /// Quoted words.
    Quote,
    /// A URL.
    Link,
    /// What is in the browser's filter.
    Marked,
    /// Tinted by its CAMEO quad class.
    Class(Class),
}

impl Role {
    /// The role of what a quad class tints: [`Role::Class`], or plain text without a class.
    pub fn of_class(class: Option<Class>) -> Role {
        class.map_or(Role::Text, Role::Class)
    }
}

/// How a field's value is laid out in a width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fit {
    /// Wrapped under itself.
    Wrap,
    /// Kept on one line, cut with `…`: for what is read or copied whole (an id, a URL).
    Cut,
    /// A score from −10 to +10, drawn as a gauge where there is room
    /// ([`crate::present::values::goldstein_gauge`]); its value text is the score with its
    /// scale ([`crate::present::values::scale_text`]), which is what text without room shows.
    Gauge(f64),
}

/// `Label  value`: one fact. Several values (participants) stand one a line under one label
/// in the browser and `show`, and joined by `; ` in Markdown.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The label, capitalised as the browser shows it: `Date`, `Participants`, `Event ids`.
    pub label: String,
    /// The values, at least one.
    pub values: Vec<String>,
    /// The role of the values (the label is [`Role::Dim`]).
    pub role: Role,
    /// How the values are laid out.
    pub fit: Fit,
}

/// A quote with its credit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteBlock {
    /// The words, as the data has them (lines separated by `\n`), without quotation marks.
    pub text: String,
    /// Who said it and where it was reported ([`crate::present::values::quote_credit`]),
    /// without the dash that introduces it.
    pub credit: String,
}

/// A source: its citation, its URL on a line of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceBlock {
    /// `Outlet, “Title”, date` ([`crate::present::values::source_citation`]).
    pub citation: String,
    /// The URL, if the data gives one.
    pub url: Option<String>,
}

/// One counterpart in an actor's relationships.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CounterpartRow {
    /// The counterpart's name.
    pub name: String,
    /// Interactions they share.
    pub count: usize,
    /// The date of the latest of them.
    pub last: Date,
    /// The CAMEO class most of them have.
    pub class: Option<Class>,
}

/// One interaction in a list of them (a pair's shared interactions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedInteraction {
    /// Its date, as the data gives it.
    pub date: Date,
    /// Its title.
    pub title: String,
    /// Its CAMEO class.
    pub class: Option<Class>,
}

/// A part of a document, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A fact.
    Field(Field),
    /// A section: an empty line, then its heading.
    Section(String),
    /// An empty line.
    Blank,
    /// Text, each line (`\n`) a paragraph, indented by `indent` columns.
    Paragraph {
        /// The text.
        text: String,
        /// Its role.
        role: Role,
        /// The indent, in columns.
        indent: usize,
    },
    /// A quote.
    Quote(QuoteBlock),
    /// A source.
    Source(SourceBlock),
    /// An actor's counterparts, as a table: the browser only shows this.
    Counterparts(Vec<CounterpartRow>),
    /// A list of interactions, one a line: the browser only shows this.
    Interactions(Vec<ListedInteraction>),
}

/// What one subject (an interaction, an actor, a pair) shows, in every output.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// The heading: an interaction's title, an actor's name, a pair's two names.
    pub title: String,
    /// The rest, in reading order.
    pub blocks: Vec<Block>,
}

impl Document {
    /// A document with only a title.
    pub fn titled(title: impl Into<String>) -> Document {
        Document {
            title: title.into(),
            blocks: Vec::new(),
        }
    }

    /// Adds a field of one value, wrapped.
    pub fn field(&mut self, label: &str, value: impl Into<String>, role: Role) {
        self.fields(label, vec![value.into()], role, Fit::Wrap);
    }

    /// Adds a field of several values laid out as `fit` says; nothing when `values` is empty.
    pub fn fields(&mut self, label: &str, values: Vec<String>, role: Role, fit: Fit) {
        if values.is_empty() {
            return;
        }
        self.blocks.push(Block::Field(Field {
            label: label.to_owned(),
            values,
            role,
            fit,
        }));
    }

    /// Adds a section heading.
    pub fn section(&mut self, heading: impl Into<String>) {
        self.blocks.push(Block::Section(heading.into()));
    }

    /// Adds a paragraph.
    pub fn paragraph(&mut self, text: impl Into<String>, role: Role, indent: usize) {
        self.blocks.push(Block::Paragraph {
            text: text.into(),
            role,
            indent,
        });
    }

    /// The fields of the document, in order, wherever they stand.
    pub fn all_fields(&self) -> impl Iterator<Item = &Field> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Field(f) => Some(f),
            _ => None,
        })
    }
}
