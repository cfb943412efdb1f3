//! An interaction as a [`Document`]: its facts, its machine coding, its summary, its quotes
//! and its sources, in the order every output gives them.

use super::document::{Block, Document, Fit, QuoteBlock, Role, SourceBlock};
use super::values::{
    coverage, date_text, event_text, fatalities, kind_text, named, quote_credit, scale_text,
    signed, source_citation,
};
use crate::data::{Data, EventCoding, Interaction};

/// The document of `it`: the title; the fields Date, Kind, Place, Participants, Initiator,
/// Mediators, Topics, Id (each actor with the role held on the interaction's date); for a
/// machine-coded event its coding and sources next, as its summary only restates them; the
/// summary; the quotes, each with its credit; the sources (for a hand-written interaction).
pub fn document(data: &Data, interaction: &Interaction) -> Document {
    let mut doc = Document::titled(interaction.title.clone());
    doc.field(
        "Date",
        date_text(interaction.date, interaction.until),
        Role::Text,
    );
    doc.field(
        "Kind",
        kind_text(interaction),
        Role::of_class(interaction.class),
    );
    if let Some(place) = &interaction.place {
        doc.field("Place", place.clone(), Role::Text);
    }
    let listed = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .map(|id| named(data, interaction, id).listed())
            .collect()
    };
    doc.fields(
        "Participants",
        listed(&interaction.participants),
        Role::Text,
        Fit::Wrap,
    );
    if let Some(id) = &interaction.initiator {
        doc.field(
            "Initiator",
            named(data, interaction, id).listed(),
            Role::Text,
        );
    }
    doc.fields(
        "Mediators",
        listed(&interaction.mediators),
        Role::Text,
        Fit::Wrap,
    );
    if !interaction.topics.is_empty() {
        doc.field("Topics", interaction.topics.join(", "), Role::Dim);
    }
    // What `readout show` takes.
    doc.fields("Id", vec![interaction.id.clone()], Role::Dim, Fit::Cut);
    if let Some(coding) = &interaction.coding {
        doc.section(format!("{} coding", coding.dataset));
        coding_fields(&mut doc, coding);
        sources(&mut doc, interaction);
    }
    doc.blocks.push(Block::Blank);
    doc.paragraph(interaction.summary.clone(), Role::Text, 0);
    if !interaction.quotes.is_empty() {
        doc.section("Quotes");
        for q in &interaction.quotes {
            doc.blocks.push(Block::Quote(QuoteBlock {
                text: q.text.clone(),
                credit: quote_credit(data, interaction, q),
            }));
        }
    }
    if interaction.coding.is_none() {
        sources(&mut doc, interaction);
    }
    doc
}

/// The Source(s) section: each outlet with its title and date, the URL under it.
fn sources(doc: &mut Document, interaction: &Interaction) {
    doc.section(if interaction.sources.len() == 1 {
        "Source"
    } else {
        "Sources"
    });
    for s in &interaction.sources {
        doc.blocks.push(Block::Source(SourceBlock {
            citation: source_citation(s),
            url: s.url.clone(),
        }));
    }
}

/// The codes and scores of a machine-coded event, one field a line.
fn coding_fields(doc: &mut Document, c: &EventCoding) {
    doc.field(c.scheme.label(), event_text(c), Role::Text);
    if let Some(g) = c.goldstein {
        doc.fields("Goldstein", vec![scale_text(g)], Role::Text, Fit::Gauge(g));
    }
    if let Some(g) = c.intensity {
        doc.fields("Intensity", vec![scale_text(g)], Role::Text, Fit::Gauge(g));
    }
    if let Some(n) = c.fatalities {
        doc.field("Fatalities", fatalities(n), Role::Text);
    }
    if let Some(t) = c.tone {
        doc.field(
            "Tone",
            format!("{} (average tone of the articles)", signed(t, 2)),
            Role::Text,
        );
    }
    if let Some(counts) = coverage(c) {
        doc.field("Coverage", counts, Role::Text);
    }
    if !c.ids.is_empty() {
        let label = if c.ids.len() == 1 {
            "Event id"
        } else {
            "Event ids"
        };
        doc.field(label, c.ids.join(", "), Role::Dim);
    }
}
