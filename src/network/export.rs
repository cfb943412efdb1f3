//! The actor network written for the tools that study networks: GEXF 1.3 (Gephi), GraphML
//! (Gephi, yEd, Cytoscape, NetworkX) and DOT (Graphviz).
//!
//! Nodes are the actors that took part in at least one of the interactions (id, name, kind,
//! country, how many interactions); edges are the pairs that took part together (weight = the
//! interactions shared, their first and last day, the dominant CAMEO quad class). GEXF gives
//! nodes and edges `start` and `end` dates, so Gephi's timeline plays the network over time.
//!
//! All text is escaped for its format, and characters XML 1.0 cannot hold at all (C0 controls
//! other than tab, newline and carriage return; U+FFFE and U+FFFF) become U+FFFD, so a name
//! never breaks the file.

use std::borrow::Cow;
use std::io::{self, Write};

use super::Network;
use crate::data::{Data, Date};

/// Text made safe for XML 1.0 content and attribute values: `<>&'"` as entities, tab, newline
/// and carriage return as character references (an attribute keeps them that way), and
/// characters XML cannot carry replaced by U+FFFD.
pub fn xml(text: &str) -> Cow<'_, str> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
    };
    let needs =
        |c: char| !allowed(c) || matches!(c, '<' | '>' | '&' | '\'' | '"' | '\t' | '\n' | '\r');
    if !text.chars().any(needs) {
        return Cow::Borrowed(text);
    }
    let kept: String = text
        .chars()
        .map(|c| if allowed(c) { c } else { '\u{FFFD}' })
        .collect();
    // quick-xml escapes the five characters XML reserves; the white space an attribute value
    // would fold into spaces is then kept as character references.
    let escaped = quick_xml::escape::escape(kept.as_str());
    let mut out = String::with_capacity(escaped.len() + 8);
    for c in escaped.chars() {
        match c {
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Text inside a DOT double-quoted string: `"` and `\` escaped, line breaks as `\n`, other
/// control characters replaced by U+FFFD.
pub fn dot(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// A date as GEXF's `timeformat="date"` and XML Schema's `xs:date` write it: `2022-07-25`.
fn day(date: Date) -> String {
    let d = date.first_day();
    format!(
        "{:04}-{:02}-{:02}",
        d.year(),
        d.month().unwrap_or(1),
        d.day().unwrap_or(1)
    )
}

fn last_day(date: Date) -> String {
    day(date.last_day())
}

fn class_label(class: Option<crate::data::Class>) -> &'static str {
    class.map_or("", |c| c.label())
}

/// Writes the network as GEXF 1.3: a dynamic, undirected graph with dates as days.
pub fn gexf(data: &Data, net: &Network, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#
    )?;
    writeln!(out, "  <meta>")?;
    writeln!(out, "    <creator>readout</creator>")?;
    writeln!(
        out,
        "    <description>{}: actors who took part in interactions together</description>",
        xml(data.title())
    )?;
    writeln!(out, "  </meta>")?;
    writeln!(
        out,
        r#"  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date">"#
    )?;
    writeln!(out, r#"    <attributes class="node" mode="static">"#)?;
    for (id, title, kind) in [
        ("kind", "kind", "string"),
        ("country", "country", "string"),
        ("interactions", "interactions", "integer"),
    ] {
        writeln!(
            out,
            r#"      <attribute id="{id}" title="{title}" type="{kind}"/>"#
        )?;
    }
    writeln!(out, "    </attributes>")?;
    writeln!(out, r#"    <attributes class="edge" mode="static">"#)?;
    writeln!(
        out,
        r#"      <attribute id="class" title="dominant class" type="string"/>"#
    )?;
    writeln!(out, "    </attributes>")?;
    writeln!(out, "    <nodes>")?;
    for t in &net.actors {
        let a = data.actor(t.actor);
        writeln!(
            out,
            r#"      <node id="{}" label="{}" start="{}" end="{}">"#,
            xml(&a.id),
            xml(&a.name),
            day(t.first),
            last_day(t.last)
        )?;
        writeln!(out, "        <attvalues>")?;
        writeln!(
            out,
            r#"          <attvalue for="kind" value="{}"/>"#,
            a.kind.label()
        )?;
        if let Some(c) = &a.country {
            writeln!(
                out,
                r#"          <attvalue for="country" value="{}"/>"#,
                xml(c)
            )?;
        }
        writeln!(
            out,
            r#"          <attvalue for="interactions" value="{}"/>"#,
            t.interactions
        )?;
        writeln!(out, "        </attvalues>")?;
        writeln!(out, "      </node>")?;
    }
    writeln!(out, "    </nodes>")?;
    writeln!(out, "    <edges>")?;
    for (n, e) in net.edges.iter().enumerate() {
        writeln!(
            out,
            r#"      <edge id="{n}" source="{}" target="{}" weight="{}" start="{}" end="{}">"#,
            xml(&data.actor(e.a).id),
            xml(&data.actor(e.b).id),
            e.count,
            day(e.first),
            last_day(e.last)
        )?;
        if let Some(c) = e.class() {
            writeln!(out, "        <attvalues>")?;
            writeln!(
                out,
                r#"          <attvalue for="class" value="{}"/>"#,
                c.label()
            )?;
            writeln!(out, "        </attvalues>")?;
        }
        writeln!(out, "      </edge>")?;
    }
    writeln!(out, "    </edges>")?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</gexf>")
}

/// An actor's node id in GraphML, whose schema takes ids as XML name tokens: its id when that
/// is one (letters, digits, `.-_:`), else `actor-` and its index.
fn graphml_id(data: &Data, actor: usize) -> Cow<'_, str> {
    let id = &data.actor(actor).id;
    let token = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ':'));
    if token {
        Cow::Borrowed(id)
    } else {
        Cow::Owned(format!("actor-{actor}"))
    }
}

/// Writes the network as GraphML: an undirected graph, names under the `label` key and weights
/// under `weight`, as Gephi's importer reads them.
pub fn graphml(data: &Data, net: &Network, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, on, kind) in [
        ("id", "node", "string"),
        ("label", "node", "string"),
        ("kind", "node", "string"),
        ("country", "node", "string"),
        ("interactions", "node", "int"),
        ("weight", "edge", "int"),
        ("first", "edge", "string"),
        ("last", "edge", "string"),
        ("class", "edge", "string"),
    ] {
        writeln!(
            out,
            r#"  <key id="{id}" for="{on}" attr.name="{id}" attr.type="{kind}"/>"#
        )?;
    }
    writeln!(out, r#"  <graph id="readout" edgedefault="undirected">"#)?;
    for t in &net.actors {
        let a = data.actor(t.actor);
        writeln!(
            out,
            r#"    <node id="{}">"#,
            xml(&graphml_id(data, t.actor))
        )?;
        writeln!(out, r#"      <data key="id">{}</data>"#, xml(&a.id))?;
        writeln!(out, r#"      <data key="label">{}</data>"#, xml(&a.name))?;
        writeln!(out, r#"      <data key="kind">{}</data>"#, a.kind.label())?;
        if let Some(c) = &a.country {
            writeln!(out, r#"      <data key="country">{}</data>"#, xml(c))?;
        }
        writeln!(
            out,
            r#"      <data key="interactions">{}</data>"#,
            t.interactions
        )?;
        writeln!(out, "    </node>")?;
    }
    for (n, e) in net.edges.iter().enumerate() {
        writeln!(
            out,
            r#"    <edge id="e{n}" source="{}" target="{}">"#,
            xml(&graphml_id(data, e.a)),
            xml(&graphml_id(data, e.b))
        )?;
        writeln!(out, r#"      <data key="weight">{}</data>"#, e.count)?;
        writeln!(out, r#"      <data key="first">{}</data>"#, day(e.first))?;
        writeln!(out, r#"      <data key="last">{}</data>"#, last_day(e.last))?;
        if let Some(c) = e.class() {
            writeln!(out, r#"      <data key="class">{}</data>"#, c.label())?;
        }
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

/// Writes the network as an undirected Graphviz graph, the attributes beside DOT's own
/// (`label`, `weight`).
pub fn dot_graph(data: &Data, net: &Network, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "graph \"{}\" {{", dot(data.title()))?;
    for t in &net.actors {
        let a = data.actor(t.actor);
        let country = a
            .country
            .as_deref()
            .map(|c| format!(", country=\"{}\"", dot(c)))
            .unwrap_or_default();
        writeln!(
            out,
            "  \"{}\" [label=\"{}\", kind=\"{}\"{country}, interactions={}];",
            dot(&a.id),
            dot(&a.name),
            a.kind.label(),
            t.interactions
        )?;
    }
    for e in &net.edges {
        writeln!(
            out,
            "  \"{}\" -- \"{}\" [weight={}, first=\"{}\", last=\"{}\", class=\"{}\"];",
            dot(&data.actor(e.a).id),
            dot(&data.actor(e.b).id),
            e.count,
            day(e.first),
            last_day(e.last),
            class_label(e.class())
        )?;
    }
    writeln!(out, "}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_is_escaped_and_kept_to_what_xml_can_hold() {
        assert_eq!(xml("Aliyev"), "Aliyev");
        assert_eq!(
            xml(r#"<a href="x">&'"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;"
        );
        assert_eq!(xml("a\tb\nc\rd"), "a&#9;b&#10;c&#13;d");
        assert_eq!(
            xml("bell\u{7}\u{0}\u{FFFF}"),
            "bell\u{FFFD}\u{FFFD}\u{FFFD}"
        );
        assert_eq!(xml("Փաշինյան 🕊️ Əliyev"), "Փաշինյան 🕊️ Əliyev");
    }

    #[test]
    fn dot_strings_are_escaped() {
        assert_eq!(dot(r#"say "hi" \ bye"#), r#"say \"hi\" \\ bye"#);
        assert_eq!(dot("a\nb\u{1b}[31m"), "a\\nb\u{FFFD}[31m");
    }
}
