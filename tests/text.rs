//! Text that survives every way in and out: search folding of compatibility forms, highlights
//! over whole grapheme clusters, rows as wide as computed, CSV a spreadsheet does not run,
//! Markdown that keeps its meaning, and `--actor` matching as the picker does. Each reported
//! case is kept in `tests/fixtures/text/`; each kind is also tried with inputs of its own.

mod common;

use common::readout;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use readout::data::{self, Data};

/// Text for RON: Rust's string literal syntax is RON's.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// The parts of a one-interaction dataset that the tests vary.
#[derive(Clone)]
struct One<'a> {
    name: &'a str,
    title: &'a str,
    summary: &'a str,
    place: &'a str,
    outlet: &'a str,
    source_title: &'a str,
    url: &'a str,
    quote: &'a str,
}

impl Default for One<'_> {
    fn default() -> Self {
        One {
            name: "Lena Oster",
            title: "Envoys meet",
            summary: "A summary.",
            place: "Geneva",
            outlet: "Example Wire",
            source_title: "Talks resume",
            url: "https://example.org/x1",
            quote: "We talked.",
        }
    }
}

impl One<'_> {
    fn ron(&self) -> String {
        format!(
            r#"#![enable(implicit_some)]
Dataset(
    title: "Generated",
    actors: [
        Actor(id: "lena", name: {name}, kind: Person, role: "Envoy"),
        Actor(id: "omar", name: "Omar Velt", kind: Person, role: "Observer"),
    ],
    interactions: [
        Interaction(
            id: "x1",
            date: "2024-03-02",
            kind: Meeting,
            participants: ["lena", "omar"],
            place: {place},
            title: {title},
            summary: {summary},
            quotes: [Quote(speaker: "lena", text: {quote})],
            sources: [Source(outlet: {outlet}, title: {source_title}, url: {url})],
        ),
    ],
)
"#,
            name = lit(self.name),
            place = lit(self.place),
            title = lit(self.title),
            summary = lit(self.summary),
            quote = lit(self.quote),
            outlet = lit(self.outlet),
            source_title = lit(self.source_title),
            url = lit(self.url),
        )
    }

    fn data(&self) -> Data {
        data::load_str("generated.ron", &self.ron())
            .unwrap_or_else(|e| panic!("{e}\n{}", self.ron()))
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown: rendered by a CommonMark reader, the data's text and link targets come back
// ---------------------------------------------------------------------------------------------

/// What a CommonMark reader makes of a Markdown text.
#[derive(Debug, Default)]
struct Rendered {
    heading: String,
    /// Each paragraph's text, line breaks as `\n`.
    paragraphs: Vec<String>,
    /// Each list item's text.
    items: Vec<String>,
    /// Each link: (target, text).
    links: Vec<(String, String)>,
    /// Markup the text itself made: emphasis, code, HTML, images, strikethrough.
    stray: Vec<String>,
    strong: usize,
}

fn render_markdown(md: &str, options: Options) -> Rendered {
    let mut r = Rendered::default();
    let mut text = String::new();
    let mut link: Option<(String, String)> = None;
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Text(t) => {
                text.push_str(&t);
                if let Some((_, label)) = &mut link {
                    label.push_str(&t);
                }
            }
            Event::SoftBreak => text.push(' '),
            Event::HardBreak => text.push('\n'),
            Event::Start(Tag::Link { dest_url, .. }) => {
                link = Some((dest_url.into_string(), String::new()))
            }
            Event::End(TagEnd::Link) => r.links.extend(link.take()),
            Event::Start(Tag::Strong) => r.strong += 1,
            Event::Start(Tag::Heading { .. } | Tag::Paragraph | Tag::Item) => text.clear(),
            Event::End(TagEnd::Heading(_)) => r.heading = std::mem::take(&mut text),
            Event::End(TagEnd::Paragraph) => r.paragraphs.push(text.clone()),
            Event::End(TagEnd::Item) => r.items.push(std::mem::take(&mut text)),
            Event::Start(Tag::List(_) | Tag::BlockQuote(_)) => {}
            Event::End(TagEnd::Strong | TagEnd::List(_) | TagEnd::BlockQuote(_)) => {}
            other => r.stray.push(format!("{other:?}")),
        }
    }
    r
}

/// The Markdown of the one interaction, rendered as CommonMark and with GitHub's extensions,
/// gives back the data's title, place, summary, quote, source and URL, and no markup of its
/// own.
fn assert_markdown_keeps(one: &One) {
    let data = one.data();
    let it = &data.interactions()[0];
    let md = readout::cite::markdown(&data, it);
    for options in [
        Options::empty(),
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_GFM,
    ] {
        let r = render_markdown(&md, options);
        let why = format!("{options:?}\n{md}\n{r:#?}");
        assert!(r.stray.is_empty(), "markup from the data: {why}");
        // Date, Kind, Place, Participants, Id.
        assert_eq!(r.strong, 5, "only the facts' labels are bold: {why}");
        assert_eq!(r.heading, it.title.trim(), "{why}");
        let label = format!("{}, “{}”", it.sources[0].outlet, one.source_title)
            .trim()
            .to_owned();
        assert_eq!(
            r.links,
            [(one.url.to_owned(), label)],
            "the one link, to the data's URL: {why}"
        );
        assert!(
            r.items
                .iter()
                .any(|i| i == &format!("Place: {}", one.place.trim())),
            "{why}"
        );
        assert!(
            r.items.iter().any(|i| i
                == &format!(
                    "Participants: {} — Envoy; Omar Velt — Observer",
                    one.name.trim()
                )),
            "{why}"
        );
        assert!(
            r.paragraphs.contains(&one.summary.trim().to_owned()),
            "{why}"
        );
        let quote = format!("“{}” — {}", one.quote, one.name.trim());
        assert!(
            r.paragraphs.iter().any(|p| p.starts_with(&quote)),
            "{quote:?}: {why}"
        );
    }
}

#[test]
fn markdown_of_the_reported_case_keeps_the_outlets_bracket_in_its_link() {
    let data = data::load_file(std::path::Path::new(
        "tests/fixtures/text/markdown-escape.ron",
    ))
    .unwrap();
    let it = &data.interactions()[0];
    let md = readout::cite::markdown(&data, it);
    let r = render_markdown(&md, Options::empty());
    assert_eq!(r.heading, "Envoys meet [once more] in the capital", "{md}");
    assert_eq!(
        r.links,
        [(
            "https://example.org/m1".to_owned(),
            "North ] Desk, “Talks resume”".to_owned()
        )],
        "{md}"
    );
    // The command line writes the same.
    let run = readout(&[
        "export",
        "--data",
        "tests/fixtures/text/markdown-escape.ron",
        "--format",
        "markdown",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, md);
}

#[test]
fn markdown_keeps_the_meaning_of_any_text_and_url() {
    let base = One::default();
    for title in [
        "*x* and _y_ and **z**",
        "Envoys meet [once more] in the capital",
        "[a link](https://evil.example) ![img](x.png)",
        "# not a heading",
        "Talks #2 ##",
        "1. not a list",
        "2) nor this",
        "- nor this",
        "+ nor this",
        "> nor a quote",
        "`code` and ``more``",
        "<b>bold</b> <https://auto.link> <!-- c -->",
        "AT&T &amp; &#38; &copy",
        "back\\slash \\* and trailing \\",
        "~~struck~~ a | b",
        "===",
        "---",
        "***",
        "Pashinyan_Aliyev * x",
        "Նիկոլ Փաշինյան _and_ 漢字 *🕊️*",
    ] {
        assert_markdown_keeps(&One {
            title,
            ..base.clone()
        });
        assert_markdown_keeps(&One {
            summary: title,
            quote: title,
            place: title,
            ..base.clone()
        });
        assert_markdown_keeps(&One {
            outlet: title,
            source_title: title,
            name: title,
            ..base.clone()
        });
    }
    for url in [
        "https://example.org/a_(b)",
        "https://example.org/a)b",
        "https://example.org/a(b",
        "https://example.org/a b",
        "https://example.org/<x>",
        "https://example.org/?q=1&amp;r=2",
        "https://example.org/a\\b",
        "https://example.org/*a*_b_[c]",
        "https://example.org/%20",
        "https://ru.wikipedia.org/wiki/Пашинян,_Никол_Воваевич",
        "mailto:x@example.org",
    ] {
        assert_markdown_keeps(&One {
            url,
            ..base.clone()
        });
    }
}

// ---------------------------------------------------------------------------------------------
// CSV: no cell a spreadsheet would run; JSON exact
// ---------------------------------------------------------------------------------------------

fn csv_rows(ron_path: &str) -> Vec<csv::StringRecord> {
    let run = readout(&["export", "--data", ron_path, "--format", "csv"]);
    assert_eq!(run.code, 0, "{run:?}");
    csv::Reader::from_reader(run.stdout.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect()
}

/// Whether a spreadsheet would read a cell as a formula: it starts with a trigger and is not
/// a plain number.
fn runs_in_a_spreadsheet(cell: &str) -> bool {
    let is_number = cell.parse::<f64>().is_ok_and(f64::is_finite)
        && cell
            .bytes()
            .all(|b| b.is_ascii_digit() || b"+-.".contains(&b));
    cell.starts_with(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']) && !is_number
}

#[test]
fn csv_of_the_reported_case_neutralises_the_formula_and_json_stays_exact() {
    let path = "tests/fixtures/text/csv-formula.ron";
    let rows = csv_rows(path);
    assert_eq!(&rows[0][9], "'=SUM(1,2) envoys meet");
    let run = readout(&["export", "--data", path, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        v[0]["title"], "=SUM(1,2) envoys meet",
        "JSON keeps the text exact"
    );
}

#[test]
fn no_csv_cell_starts_a_formula_whatever_the_text() {
    let dir = std::env::temp_dir().join(format!("readout-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let triggers = [
        "=1+1",
        "+1+1",
        "-1+1",
        "@SUM(A1)",
        "=HYPERLINK(\"http://x\",\"y\")",
        "-2.5x",
        "＝1+1",
        "＠cmd",
        "- dash",
        "=",
    ];
    for (n, text) in triggers.iter().enumerate() {
        let one = One {
            title: text,
            name: text,
            place: text,
            outlet: text,
            url: text,
            ..One::default()
        };
        let path = dir.join(format!("{n}.ron"));
        std::fs::write(&path, one.ron()).unwrap();
        let rows = csv_rows(path.to_str().unwrap());
        for cell in rows[0].iter() {
            assert!(!runs_in_a_spreadsheet(cell), "{text:?}: cell {cell:?}");
        }
        assert_eq!(&rows[0][9], format!("'{text}"), "the title, marked as text");
        assert_eq!(&rows[0][8], format!("'{text}"), "the place");
    }
    // Plain numbers and ordinary text are left alone.
    for cell in [
        "-2.5",
        "+3",
        "-7",
        "12",
        "2024-03-02",
        "Envoys meet",
        "'quoted",
    ] {
        assert_eq!(readout::commands::spreadsheet_safe(cell), cell);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------------------------
// Search folds compatibility forms, on the command line as in the browser
// ---------------------------------------------------------------------------------------------

fn list_ids(args: &[&str]) -> Vec<String> {
    let mut all = vec!["export", "--format", "json"];
    all.extend_from_slice(args);
    let run = readout(&all);
    assert_eq!(run.code, 0, "{run:?}");
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|it| it["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn search_finds_a_ligature_and_other_compatibility_forms() {
    let path = "tests/fixtures/text/search-ligature.ron";
    let run = readout(&["list", "--data", path, "--search", "ceasefire"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("Envoy welcomes the ceaseﬁre"),
        "{run:?}"
    );
    let dir = std::env::temp_dir().join(format!("readout-fold-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (n, (title, query)) in [
        ("An oﬃcial visit", "official"),
        ("Ｐｅａｃｅ talks", "peace"),
        ("A visit to Երևան", "երեւան"),
        ("Talks in Yerevan", "Ｙｅｒｅｖａｎ"),
        ("Round ② of talks", "round 2"),
        ("Nagorno\u{a0}Karabakh", "nagorno karabakh"),
        ("Nego\u{ad}ti\u{ad}ations resume", "negotiations"),
    ]
    .into_iter()
    .enumerate()
    {
        let path = dir.join(format!("{n}.ron"));
        std::fs::write(
            &path,
            One {
                title,
                ..One::default()
            }
            .ron(),
        )
        .unwrap();
        let path = path.to_str().unwrap();
        assert_eq!(
            list_ids(&["--data", path, "--search", query]),
            ["x1"],
            "{query:?} in {title:?}"
        );
        assert!(list_ids(&["--data", path, "--search", "nothing-like-it"]).is_empty());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------------------------
// `--actor` matches as the picker does; a name that fits several is an error
// ---------------------------------------------------------------------------------------------

#[test]
fn actor_matches_as_the_picker_does() {
    for name in [
        "Пашинян",
        "Paşinyan",
        "Nikol",
        "nikol pashinyan",
        "PASHINIAN",
        "Փաշինյան",
        "pashinyan",
        "Ｐａｓｈｉｎｙａｎ",
    ] {
        let run = readout(&[
            "list", "--actor", name, "--since", "2020", "--format", "json",
        ]);
        assert_eq!(run.code, 0, "{name:?}: {run:?}");
        let plain = readout(&[
            "list",
            "--actor",
            "pashinyan",
            "--since",
            "2020",
            "--format",
            "json",
        ]);
        assert_eq!(run.stdout, plain.stdout, "{name:?} is Pashinyan");
    }
    // The picker finds the same first.
    let data = common::builtin();
    for name in ["Пашинян", "Paşinyan", "Nikol"] {
        let first = data.search_actors(name)[0];
        assert_eq!(data.actor(first).id, "pashinyan", "{name:?}");
    }
}

#[test]
fn a_name_that_fits_several_actors_is_an_error_listing_them() {
    // Armen and Mher Grigoryan share a surname.
    let run = readout(&["list", "--actor", "Grigoryan"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.contains("2 actors fit --actor \"Grigoryan\""),
        "{}",
        run.stderr
    );
    for line in ["armen-grigoryan", "mher-grigoryan"] {
        assert!(run.stderr.contains(line), "{line}: {}", run.stderr);
    }
    // Their full names and ids resolve.
    for who in ["Armen Grigoryan", "Mher Grigoryan", "mher-grigoryan"] {
        assert_eq!(readout(&["list", "--actor", who]).code, 0, "{who}");
    }
    // GDELT's three RUSSIAN actors: a country, a government, an organisation.
    let dir = std::env::temp_dir().join(format!("readout-gdelt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let events = dir.join("e.ron");
    let import = readout(&[
        "import",
        "gdelt",
        "--country",
        "ARM,AZE",
        "tests/fixtures/gdelt/20201114.export.CSV",
    ]);
    assert_eq!(import.code, 0, "{import:?}");
    std::fs::write(&events, &import.stdout).unwrap();
    let events = events.to_str().unwrap();
    let run = readout(&["list", "--data", events, "--actor", "RUSSIAN"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .starts_with("3 actors fit --actor \"RUSSIAN\"; give one of their ids:\n"),
        "{}",
        run.stderr
    );
    for line in [
        "  rus-russian     RUSSIAN — country (RUS)",
        "  rusgov-russian  RUSSIAN — government (RUS)",
        "  igorus-russian  RUSSIAN — intergovernmental organisation (RUS)",
    ] {
        assert!(run.stderr.contains(line), "{line:?}\n{}", run.stderr);
    }
    assert_eq!(
        readout(&["list", "--data", events, "--actor", "rusgov-russian"]).code,
        0
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn short_names_tell_apart_actors_named_alike() {
    let data = common::builtin();
    let short = |id: &str| readout::ui::timeline::short_name(&data, id).to_owned();
    assert_eq!(short("armen-grigoryan"), "A. Grigoryan");
    assert_eq!(short("mher-grigoryan"), "M. Grigoryan");
    assert_eq!(
        short("pashinyan"),
        "Pashinyan",
        "a surname no one else has stays short"
    );
    let events = common::gdelt_events();
    let names: Vec<String> = ["rus-russian", "rusgov-russian", "igorus-russian"]
        .iter()
        .map(|id| readout::ui::timeline::short_name(&events, id).to_owned())
        .collect();
    assert_eq!(
        names,
        ["RUSSIAN (RUS)", "RUSSIAN (RUSGOV)", "RUSSIAN (IGORUS)"]
    );
    // No two actors of either dataset share a short name.
    for d in [&data, &events] {
        let mut all: Vec<&str> = (0..d.actors().len()).map(|a| d.short_name(a)).collect();
        all.sort_unstable();
        let before = all.len();
        all.dedup();
        assert_eq!(all.len(), before);
    }
}

#[test]
fn the_picker_shows_each_actor_of_a_shared_name_with_its_role() {
    let mut s = common::state(common::gdelt_events(), 120, 40);
    common::press(&mut s, &["f", "type:RUSSIAN"]);
    let rows = common::screen(&s);
    for role in [
        "country (RUS)",
        "government (RUS)",
        "intergovernmental organisation (RUS)",
    ] {
        assert!(
            rows.iter()
                .any(|r| r.contains("RUSSIAN") && r.contains(role)),
            "{role}:\n{}",
            rows.join("\n")
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Highlights cover whole grapheme clusters; the screen shows exactly the data's text
// ---------------------------------------------------------------------------------------------

#[test]
fn highlight_spans_hold_exactly_the_text_and_split_no_cluster() {
    use ratatui::style::Style;
    use unicode_segmentation::UnicodeSegmentation;
    let texts = [
        "Rene\u{301}e Dubois meets Velt",
        "Նիկոլ Փաշինյան և Երևան",
        "👩\u{200d}🔬 Dr Mu\u{308}ller 🇦🇲",
        "ก\u{e49}าวหน\u{e49}า cease\u{fb01}re",
        "İlham Əliyev, Kılıç",
        "漢字 Ｐｅａｃｅ",
    ];
    let queries = [
        "rene", "ren", "e", "փաշ", "եւ", "muller", "fi", "ilham", "peace", "a", "ก",
    ];
    for text in texts {
        let bounds: Vec<usize> = text
            .grapheme_indices(true)
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for q in queries {
            let spans = readout::ui::text::highlight(
                text,
                &readout::data::fold::Query::new(q),
                Style::default(),
                Style::default().bold(),
            );
            let joined: String = spans.iter().map(|s| s.content.as_ref()).collect();
            assert_eq!(joined, text, "{q:?}");
            let mut at = 0;
            for s in &spans {
                assert!(
                    bounds.contains(&at),
                    "{q:?} in {text:?}: a span starts inside a cluster"
                );
                at += s.content.len();
            }
        }
    }
}

#[test]
fn a_highlighted_name_keeps_its_combining_accent_on_screen() {
    let data = data::load_file(std::path::Path::new(
        "tests/fixtures/text/highlight-combining.ron",
    ))
    .unwrap();
    for query in ["rene", "ren", "renee", "dubois", "e"] {
        let mut s = common::state(data.clone(), 100, 20);
        common::press(&mut s, &["/", &format!("type:{query}")]);
        let terminal = common::render(&s);
        let buf = terminal.backend().buffer();
        let rows = common::screen(&s);
        let with_name: Vec<usize> = (0..rows.len())
            .filter(|&y| rows[y].contains("Dubois"))
            .collect();
        assert!(!with_name.is_empty(), "{query}:\n{}", rows.join("\n"));
        for &y in &with_name {
            assert!(
                rows[y].contains("Rene\u{301}e Dubois"),
                "{query}: the accent is drawn: {:?}",
                rows[y]
            );
        }
        if query.starts_with("rene") {
            // The accented cell is marked with the rest of the match.
            let marked = (0..buf.area.width).any(|x| {
                let cell = &buf[(x, with_name[0] as u16)];
                cell.symbol() == "e\u{301}"
                    && cell.modifier.contains(ratatui::style::Modifier::BOLD)
            });
            assert!(marked, "{query}: {:?}", rows[with_name[0]]);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Rows as wide as computed: `list` and `show` clean text as the browser does
// ---------------------------------------------------------------------------------------------

/// Characters whose width terminals and `unicode-width` disagree on.
const DISPUTED: [char; 12] = [
    '\u{ad}', '\u{200b}', '\u{2060}', '\u{feff}', '\u{180e}', '\u{2062}', '\u{115f}', '\u{1160}',
    '\u{3164}', '\u{ffa0}', '\u{2028}', '\u{2029}',
];

fn list_at(data: &Data, width: usize) -> String {
    let mut out = Vec::new();
    readout::commands::list(
        data,
        &readout::cli::FilterArgs::default(),
        readout::cli::Format::Text,
        Some(width),
        &mut out,
    )
    .unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn list_rows_of_the_reported_case_fit_a_60_column_terminal() {
    use unicode_width::UnicodeWidthStr;
    let data = data::load_file(std::path::Path::new("tests/fixtures/text/list-width.ron")).unwrap();
    let out = list_at(&data, 60);
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), 2, "{out}");
    for row in &rows {
        assert!(row.width() <= 60, "{row:?} is {} columns", row.width());
        assert!(!row.contains(DISPUTED), "{row:?}");
    }
    assert!(
        rows[0].contains("Negotiations"),
        "the soft hyphens are dropped: {out}"
    );
    // Both rows are cut at the same column: soft hyphens no longer count as nothing.
    assert_eq!(rows[0].width(), rows[1].width(), "{out}");
}

#[test]
fn no_text_of_disputed_width_reaches_the_terminal_from_any_command() {
    use unicode_width::UnicodeWidthStr;
    let titles = [
        "Nego\u{ad}ti\u{ad}ations re\u{ad}sume after a long pause in the capital city",
        "Zero\u{200b}width\u{2060}joiners\u{feff}and\u{180e}separators a b c d e f g h",
        "Hangul\u{3164}filler\u{115f}and\u{1160}half\u{ffa0}width fillers between words",
        "Line\u{2028}and\u{2029}paragraph separators in a title that goes on and on",
        "漢字 and 🕊️ and Ｐｅａｃｅ and Նիկոլ Փաշինյան and Rene\u{301}e, wide and narrow",
    ];
    for title in titles {
        let one = One {
            title,
            name: title,
            summary: title,
            place: title,
            quote: title,
            outlet: title,
            ..One::default()
        };
        let data = one.data();
        for width in [40, 60, 80, 120] {
            let out = list_at(&data, width);
            for row in out.lines() {
                assert!(
                    row.width() <= width,
                    "{title:?} at {width}: {row:?} is {}",
                    row.width()
                );
                assert!(!row.contains(DISPUTED), "{row:?}");
            }
            let mut shown = Vec::new();
            readout::commands::show(&data, "x1", Some(width), &mut shown).unwrap();
            let shown = String::from_utf8(shown).unwrap();
            assert!(!shown.contains(DISPUTED), "show: {shown}");
        }
        // The browser draws the same cleaned text.
        let s = common::state(data, 100, 30);
        let rows = common::screen(&s);
        assert!(!rows.concat().contains(DISPUTED), "{}", rows.join("\n"));
    }
}
