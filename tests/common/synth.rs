//! A made-up dataset of any size, in date order as importers write it, for the tests of the
//! preview shown while a large file loads. Not real events.

/// The actors of [`dataset`], by id.
pub const ACTORS: [&str; 4] = ["arm", "aze", "geo", "osce"];

/// A dataset of `n` interactions in date order, one a day from 2001-01-01 (28 days a month),
/// each about 500 bytes: participants in turn among [`ACTORS`], every third about a
/// ceasefire, text in several scripts, a raw string and a comment. `broken_last` names an
/// actor that does not exist in the last interaction, so that the file fails to load at its
/// end.
pub fn dataset(n: usize, broken_last: bool) -> String {
    let mut s = String::from(
        "#![enable(implicit_some)]\n// Made up for tests: not a record of events.\nDataset(\n    title: \"Synthetic preview test\",\n    description: \"Invented interactions, in date order.\",\n    actors: [\n        Actor(id: \"arm\", name: \"Armenia\", native: \"Հայաստան\", kind: State, role: \"State\", country: \"ARM\"),\n        Actor(id: \"aze\", name: \"Azerbaijan\", native: \"Azərbaycan\", kind: State, role: \"State\", country: \"AZE\"),\n        Actor(id: \"geo\", name: \"Georgia\", native: \"საქართველო\", kind: State, role: \"State\", country: \"GEO\"),\n        Actor(id: \"osce\", name: \"OSCE Minsk Group\", kind: Organization, role: \"Mediator\"),\n    ],\n    interactions: [\n",
    );
    for i in 0..n {
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 12;
        let year = 2001 + i / (28 * 12);
        let a = ACTORS[i % 4];
        let b = if broken_last && i + 1 == n {
            "nobody"
        } else {
            ACTORS[(i + 1) % 4]
        };
        let topic = if i % 3 == 0 {
            "the ceasefire"
        } else {
            "transit"
        };
        s.push_str(&format!(
            "        Interaction(\n            id: \"e{i:06}\",\n            date: \"{year}-{month:02}-{day:02}\",\n            kind: Meeting,\n            participants: [\"{a}\", \"{b}\"],\n            title: \"Round {i} of talks on {topic} — «Ереван»\",\n            summary: r#\"They met (again) \"], [\" and spoke.\"#,\n            /* a comment: ], ) */\n            sources: [Source(outlet: \"Outlet, A\", title: \"Headline ({i})\", url: \"https://example.org/{i}\")],\n        ),\n"
        ));
    }
    s.push_str("    ],\n)\n");
    s
}
