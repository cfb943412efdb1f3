//! Synthetic readout datasets of any size, with the shapes of real ones, for benchmarks and
//! tests.
//!
//! [`dataset`] makes a dataset that `readout check` accepts: every reference resolves, every
//! interaction has a source with a title or a url, every quote's `source` is the url of one of
//! its interaction's sources, `until` is never before `date`. The same arguments give the same
//! dataset: everything comes from one generator seeded with `seed` (Xoshiro256++). (The Zipf
//! draws use floating point, so another platform's maths library could in principle change a
//! draw; on one machine the output is byte for byte the same.)
//!
//! What it looks like:
//!
//! - Actors of every kind (most of them people) with names in Armenian, Georgian, Cyrillic,
//!   Azerbaijani Latin with diacritics, Chinese and Japanese, and Western names; `native` names,
//!   `aliases` (other transliterations, Cyrillic forms, a few with a flag emoji), roles,
//!   affiliations with the states, and country codes. Ids look like `a00042-petrosyan`.
//! - Participation follows a power law: participants are drawn from a Zipf distribution over
//!   the actors, so a few actors take part in a large share of the interactions and most in
//!   few. One to four participants, sometimes an initiator among them and a mediator besides.
//! - Dates over 2005–2024, more of them in later years: about 85% to the day, 10% to the month,
//!   5% to the year; about 5% of the day-precision ones span a few days (`until`).
//! - Every interaction kind, weighted (statements, meetings and calls most often); a class for
//!   most; zero to three topics; titles of one line and summaries of one to four sentences,
//!   mostly English with words and sentences in the other scripts; zero to three quotes; one to
//!   three sources with `https://example.org/…` urls.
//! - Interactions are not in date order: roughly ordered, as in a file appended to over time,
//!   with many local swaps and some far out of place. Ids are `e000001`, … in file order.
//!
//! Words to search for (both always lowercase, so `str::contains` and readout's folded search
//! find the same interactions):
//!
//! - [`COMMON_WORD`], `"ceasefire"`, is in the title, summary or a quote of more than half of
//!   the interactions (56% of 100,000 with seed 1).
//! - [`RARE_WORD`], `"zanzibar"`, is in the summary of exactly one interaction in every
//!   10,000 made (the 1st, the 10,001st…, so at least one in any non-empty dataset: 1 of 1,000,
//!   10 of 100,000) and nowhere else.
//! - [`RARE_POOL`] words are in the summaries of about one interaction in 500 each.
//!
//! Benches and tests include this file with
//! `#[path = "../examples/synth/generate.rs"] mod generate;`, so it uses only `readout`, `rand`
//! and `rand_distr`.

use rand::rngs::Xoshiro256PlusPlus;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{RngExt, SeedableRng};
use rand_distr::{Distribution, Zipf};
use readout::data::model::{
    Actor, ActorKind, Class, Dataset, Interaction, InteractionKind, Quote, Source,
};
use readout::data::{Date, Precision};

/// A word in more than half of the interactions: see the module documentation.
// Not every file that includes this module searches for it.
#[allow(dead_code)]
pub const COMMON_WORD: &str = "ceasefire";

/// A word in exactly one interaction in every 10,000: see the module documentation.
// Not every file that includes this module searches for it.
#[allow(dead_code)]
pub const RARE_WORD: &str = "zanzibar";

/// How many interactions there are for each one that has [`RARE_WORD`].
const RARE_EVERY: usize = 10_000;

/// Words each in about one interaction in 500, and in nothing else the generator writes.
pub const RARE_POOL: &[&str] = &[
    "ptarmigan",
    "obsidian",
    "halyard",
    "marjoram",
    "vellum",
    "cormorant",
    "tamarind",
    "gossamer",
    "filigree",
    "sextant",
    "loganberry",
    "wainscot",
    "quokka",
    "tourmaline",
    "xylograph",
];

/// A dataset of `interactions` interactions among `actors` actors (at least one), the same for
/// the same `seed`.
pub fn dataset(interactions: usize, actors: usize, seed: u64) -> Dataset {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let actors = actors.max(1);
    let people = make_actors(&mut rng, actors);
    let mut generator = Generator::new(rng, &people);
    let mut list: Vec<Interaction> = (0..interactions)
        .map(|i| generator.interaction(i))
        .collect();
    generator.disorder(&mut list);
    for (k, it) in list.iter_mut().enumerate() {
        it.id = format!("e{:06}", k + 1);
    }
    Dataset {
        title: format!("Synthetic diplomacy, seed {seed}"),
        description: Some(format!(
            "Made up by the synth example: {interactions} interactions among {actors} actors. \
             Not real events: names, quotes and sources are invented."
        )),
        actors: people.into_iter().map(|p| p.actor).collect(),
        interactions: list,
    }
}

// ---------------------------------------------------------------------------------------------
// Tables

/// The scripts and naming customs of names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Culture {
    Armenian,
    Georgian,
    Russian,
    Azerbaijani,
    Chinese,
    Japanese,
    Western,
}

struct Country {
    code: &'static str,
    name: &'static str,
    native: Option<&'static str>,
    capital: &'static str,
    demonym: &'static str,
    flag: &'static str,
    culture: Culture,
    weight: u32,
}

const COUNTRIES: &[Country] = &[
    Country {
        code: "ARM",
        name: "Armenia",
        native: Some("Հայաստան"),
        capital: "Yerevan",
        demonym: "Armenian",
        flag: "🇦🇲",
        culture: Culture::Armenian,
        weight: 20,
    },
    Country {
        code: "AZE",
        name: "Azerbaijan",
        native: Some("Azərbaycan"),
        capital: "Baku",
        demonym: "Azerbaijani",
        flag: "🇦🇿",
        culture: Culture::Azerbaijani,
        weight: 20,
    },
    Country {
        code: "GEO",
        name: "Georgia",
        native: Some("საქართველო"),
        capital: "Tbilisi",
        demonym: "Georgian",
        flag: "🇬🇪",
        culture: Culture::Georgian,
        weight: 12,
    },
    Country {
        code: "RUS",
        name: "Russia",
        native: Some("Россия"),
        capital: "Moscow",
        demonym: "Russian",
        flag: "🇷🇺",
        culture: Culture::Russian,
        weight: 12,
    },
    Country {
        code: "TUR",
        name: "Turkey",
        native: Some("Türkiye"),
        capital: "Ankara",
        demonym: "Turkish",
        flag: "🇹🇷",
        culture: Culture::Azerbaijani,
        weight: 6,
    },
    Country {
        code: "USA",
        name: "United States",
        native: None,
        capital: "Washington",
        demonym: "American",
        flag: "🇺🇸",
        culture: Culture::Western,
        weight: 6,
    },
    Country {
        code: "FRA",
        name: "France",
        native: None,
        capital: "Paris",
        demonym: "French",
        flag: "🇫🇷",
        culture: Culture::Western,
        weight: 4,
    },
    Country {
        code: "UKR",
        name: "Ukraine",
        native: Some("Україна"),
        capital: "Kyiv",
        demonym: "Ukrainian",
        flag: "🇺🇦",
        culture: Culture::Russian,
        weight: 3,
    },
    Country {
        code: "DEU",
        name: "Germany",
        native: Some("Deutschland"),
        capital: "Berlin",
        demonym: "German",
        flag: "🇩🇪",
        culture: Culture::Western,
        weight: 3,
    },
    Country {
        code: "GBR",
        name: "United Kingdom",
        native: None,
        capital: "London",
        demonym: "British",
        flag: "🇬🇧",
        culture: Culture::Western,
        weight: 3,
    },
    Country {
        code: "CHN",
        name: "China",
        native: Some("中国"),
        capital: "Beijing",
        demonym: "Chinese",
        flag: "🇨🇳",
        culture: Culture::Chinese,
        weight: 3,
    },
    Country {
        code: "KAZ",
        name: "Kazakhstan",
        native: Some("Қазақстан"),
        capital: "Astana",
        demonym: "Kazakh",
        flag: "🇰🇿",
        culture: Culture::Russian,
        weight: 2,
    },
    Country {
        code: "JPN",
        name: "Japan",
        native: Some("日本"),
        capital: "Tokyo",
        demonym: "Japanese",
        flag: "🇯🇵",
        culture: Culture::Japanese,
        weight: 2,
    },
];

/// `(native, latin)` pairs: given names, and the first, middle and last parts of surnames.
type Pairs = &'static [(&'static str, &'static str)];

struct Names {
    given: Pairs,
    first: Pairs,
    middle: Pairs,
    last: Pairs,
}

const ARMENIAN: Names = Names {
    given: &[
        ("Արամ", "Aram"),
        ("Նիկոլ", "Nikol"),
        ("Զարեհ", "Zareh"),
        ("Աննա", "Anna"),
        ("Լիլիթ", "Lilit"),
        ("Տիգրան", "Tigran"),
        ("Գոհար", "Gohar"),
        ("Վահե", "Vahe"),
        ("Մարիամ", "Mariam"),
        ("Արմեն", "Armen"),
        ("Սոնա", "Sona"),
        ("Հրանտ", "Hrant"),
        ("Արարատ", "Ararat"),
        ("Անի", "Ani"),
    ],
    first: &[
        ("Պետ", "Pet"),
        ("Գրիգ", "Grig"),
        ("Մկրտչ", "Mkrtch"),
        ("Հովհաննիս", "Hovhannis"),
        ("Սարգս", "Sargs"),
        ("Կարապետ", "Karapet"),
        ("Ավետ", "Avet"),
        ("Բաղդասար", "Baghdasar"),
        ("Միրզո", "Mirzo"),
        ("Աբրահամ", "Abraham"),
        ("Թորոս", "Toros"),
        ("Վարդ", "Vard"),
        ("Ղուկաս", "Ghukas"),
        ("Խաչատր", "Khachatr"),
        ("Ներսես", "Nerses"),
        ("Շահ", "Shah"),
        ("Փաշին", "Pashin"),
        ("Մարգար", "Margar"),
    ],
    middle: &[
        ("", ""),
        ("", ""),
        ("րոս", "ros"),
        ("իկ", "ik"),
        ("ան", "an"),
        ("ել", "el"),
        ("ին", "in"),
        ("ար", "ar"),
    ],
    last: &[
        ("յան", "yan"),
        ("յան", "yan"),
        ("յան", "yan"),
        ("ունց", "unts"),
    ],
};

const GEORGIAN: Names = Names {
    given: &[
        ("გიორგი", "Giorgi"),
        ("ნინო", "Nino"),
        ("ილია", "Ilia"),
        ("თამარ", "Tamar"),
        ("ირაკლი", "Irakli"),
        ("სალომე", "Salome"),
        ("დავით", "Davit"),
        ("ეკა", "Eka"),
        ("ლევან", "Levan"),
        ("მაკა", "Maka"),
        ("ზურაბ", "Zurab"),
        ("ხათუნა", "Khatuna"),
    ],
    first: &[
        ("ბერ", "Ber"),
        ("გელ", "Gel"),
        ("კობახ", "Kobakh"),
        ("ლომ", "Lom"),
        ("მამარდ", "Mamard"),
        ("ნოზ", "Noz"),
        ("ჩიკ", "Chik"),
        ("ღარიბ", "Gharib"),
        ("ხარ", "Khar"),
        ("ჯაფარ", "Japar"),
        ("წერეთ", "Tsereth"),
        ("ქავთარ", "Kavtar"),
        ("დარჩ", "Darch"),
        ("ბოლქვ", "Bolkv"),
    ],
    middle: &[
        ("ი", "i"),
        ("ა", "a"),
        ("ავ", "av"),
        ("ან", "an"),
        ("", ""),
        ("ელ", "el"),
    ],
    last: &[
        ("შვილი", "shvili"),
        ("ძე", "dze"),
        ("ძე", "dze"),
        ("ია", "ia"),
        ("ური", "uri"),
        ("ანი", "ani"),
    ],
};

const RUSSIAN: Names = Names {
    given: &[
        ("Сергей", "Sergey"),
        ("Мария", "Maria"),
        ("Алексей", "Alexey"),
        ("Ольга", "Olga"),
        ("Дмитрий", "Dmitry"),
        ("Наталья", "Natalya"),
        ("Игорь", "Igor"),
        ("Елена", "Elena"),
        ("Михаил", "Mikhail"),
        ("Анна", "Anna"),
        ("Юрий", "Yuri"),
        ("Галина", "Galina"),
    ],
    first: &[
        ("Лавр", "Lavr"),
        ("Петр", "Petr"),
        ("Смирн", "Smirn"),
        ("Кузнец", "Kuznets"),
        ("Волк", "Volk"),
        ("Сокол", "Sokol"),
        ("Орл", "Orl"),
        ("Медвед", "Medved"),
        ("Захар", "Zakhar"),
        ("Белоус", "Belous"),
        ("Грач", "Grach"),
        ("Оверч", "Overch"),
        ("Шувал", "Shuval"),
        ("Копыл", "Kopyl"),
    ],
    middle: &[
        ("", ""),
        ("", ""),
        ("ин", "in"),
        ("ен", "en"),
        ("ал", "al"),
        ("ук", "uk"),
    ],
    last: &[
        ("ов", "ov"),
        ("ов", "ov"),
        ("ев", "ev"),
        ("ин", "in"),
        ("ский", "sky"),
        ("енко", "enko"),
    ],
};

const AZERBAIJANI: Names = Names {
    given: &[
        ("İlham", "Ilham"),
        ("Ceyhun", "Jeyhun"),
        ("Elmar", "Elmar"),
        ("Leyla", "Leyla"),
        ("Hikmət", "Hikmet"),
        ("Şahin", "Shahin"),
        ("Gülnarə", "Gulnara"),
        ("Rəşad", "Rashad"),
        ("Aygün", "Aygun"),
        ("Çingiz", "Chingiz"),
        ("Ağacan", "Aghajan"),
        ("Nərmin", "Narmin"),
        ("Mövlud", "Movlud"),
        ("Ülviyyə", "Ulviyya"),
    ],
    first: &[
        ("Əli", "Ali"),
        ("Məmməd", "Mammad"),
        ("Hüseyn", "Huseyn"),
        ("Bayram", "Bayram"),
        ("Qasım", "Gasim"),
        ("Şükür", "Shukur"),
        ("Cəfər", "Jafar"),
        ("Həsən", "Hasan"),
        ("Bağır", "Bagir"),
        ("Çələbi", "Chalabi"),
        ("Abbas", "Abbas"),
        ("Novruz", "Novruz"),
        ("Ağa", "Agha"),
        ("Rüstəm", "Rustam"),
        ("Mustafa", "Mustafa"),
        ("Göyçə", "Goycha"),
    ],
    middle: &[("", ""), ("", ""), ("", ""), ("oğ", "ogh")],
    last: &[
        ("yev", "yev"),
        ("ov", "ov"),
        ("ov", "ov"),
        ("lı", "li"),
        ("zadə", "zade"),
        ("ova", "ova"),
    ],
};

/// Chinese names: a surname (`first`) and one or two syllables of given name (`middle`).
const CHINESE: Names = Names {
    given: &[],
    first: &[
        ("王", "Wang"),
        ("李", "Li"),
        ("张", "Zhang"),
        ("刘", "Liu"),
        ("陈", "Chen"),
        ("杨", "Yang"),
        ("赵", "Zhao"),
        ("黄", "Huang"),
        ("周", "Zhou"),
        ("吴", "Wu"),
    ],
    middle: &[
        ("伟", "wei"),
        ("芳", "fang"),
        ("军", "jun"),
        ("敏", "min"),
        ("静", "jing"),
        ("磊", "lei"),
        ("洋", "yang"),
        ("艳", "yan"),
        ("勇", "yong"),
        ("毅", "yi"),
        ("明", "ming"),
        ("华", "hua"),
    ],
    last: &[],
};

/// Japanese names: a family name (`first`) and a given name (`given`).
const JAPANESE: Names = Names {
    given: &[
        ("太郎", "Taro"),
        ("花子", "Hanako"),
        ("健", "Ken"),
        ("美咲", "Misaki"),
        ("翔", "Sho"),
        ("さくら", "Sakura"),
        ("ひろし", "Hiroshi"),
        ("由美", "Yumi"),
    ],
    first: &[
        ("山田", "Yamada"),
        ("佐藤", "Sato"),
        ("鈴木", "Suzuki"),
        ("高橋", "Takahashi"),
        ("田中", "Tanaka"),
        ("林", "Hayashi"),
        ("岸田", "Kishida"),
        ("茂木", "Motegi"),
    ],
    middle: &[],
    last: &[],
};

/// Western names: the name as it is written is the English name; no native form.
const WESTERN: Names = Names {
    given: &[
        ("Antony", "Antony"),
        ("Charles", "Charles"),
        ("Josep", "Josep"),
        ("Ursula", "Ursula"),
        ("Toivo", "Toivo"),
        ("Hélène", "Hélène"),
        ("Jürgen", "Jürgen"),
        ("François", "François"),
        ("Åsa", "Åsa"),
        ("Philip", "Philip"),
        ("Margaret", "Margaret"),
        ("Louis", "Louis"),
        ("Annalena", "Annalena"),
        ("Dorothée", "Dorothée"),
    ],
    first: &[
        ("Hart", "Hart"),
        ("Brook", "Brook"),
        ("Mor", "Mor"),
        ("Stein", "Stein"),
        ("Lund", "Lund"),
        ("Fair", "Fair"),
        ("Wood", "Wood"),
        ("Ash", "Ash"),
        ("Kel", "Kel"),
        ("Dun", "Dun"),
        ("Mont", "Mont"),
        ("Rich", "Rich"),
        ("Bel", "Bel"),
        ("Gal", "Gal"),
    ],
    middle: &[("", ""), ("", ""), ("", ""), ("er", "er"), ("and", "and")],
    last: &[
        ("ley", "ley"),
        ("man", "man"),
        ("son", "son"),
        ("ford", "ford"),
        ("berg", "berg"),
        ("ton", "ton"),
        ("ini", "ini"),
        ("eau", "eau"),
        ("ström", "ström"),
        ("ard", "ard"),
    ],
};

const ORGANIZATIONS: &[(&str, Option<&str>)] = &[
    ("OSCE Minsk Group", None),
    ("European Union", None),
    (
        "Collective Security Treaty Organization",
        Some("Организация Договора о коллективной безопасности"),
    ),
    ("United Nations", None),
    ("Council of Europe", None),
    ("International Committee of the Red Cross", None),
    ("NATO", None),
    (
        "Eurasian Economic Union",
        Some("Евразийский экономический союз"),
    ),
    (
        "Organization of Turkic States",
        Some("Türk Dövlətləri Təşkilatı"),
    ),
    ("EU Monitoring Mission in Armenia", None),
];
const ORG_FIRST: &[&str] = &[
    "Caucasus",
    "Black Sea",
    "Caspian",
    "Eurasian",
    "Transcaucasian",
    "Araks",
    "Kura",
    "Silk Road",
    "Mountain",
    "Regional",
];
const ORG_SECOND: &[&str] = &[
    "Dialogue",
    "Peace",
    "Trade",
    "Energy",
    "Security",
    "Humanitarian",
    "Transit",
    "Water",
    "Media",
    "Veterans",
];
const ORG_THIRD: &[&str] = &[
    "Initiative",
    "Forum",
    "Council",
    "Network",
    "Foundation",
    "Platform",
    "Institute",
    "Commission",
    "Alliance",
    "Centre",
];
const OFFICES: &[&str] = &[
    "Ministry of Foreign Affairs",
    "Presidential Administration",
    "Press Office of the Prime Minister",
    "Ministry of Defence",
    "Security Council",
    "National Assembly",
    "Office of the Ombudsman",
    "State Border Service",
];
const GROUP_KINDS: &[&str] = &[
    "civilians",
    "media",
    "business",
    "opposition",
    "diaspora",
    "veterans",
    "refugees",
];
const PERSON_ROLES: &[&str] = &[
    "President of {c}",
    "Prime Minister of {c}",
    "Foreign Minister of {c}",
    "Deputy Foreign Minister of {c}",
    "Defence Minister of {c}",
    "Ambassador of {c}",
    "Spokesperson of the Ministry of Foreign Affairs of {c}",
    "Secretary of the Security Council of {c}",
    "Speaker of the Parliament of {c}",
    "Member of the Parliament of {c}",
    "Presidential aide, {c}",
    "Special Representative of {c} for the South Caucasus",
    "Human rights defender of {c}",
];
const STATE_ROLES: &[&str] = &[
    "Party to the talks",
    "Regional power",
    "Co-chair of the OSCE Minsk Group",
    "Neighbouring state",
    "Mediator",
];
const ORG_ROLES: &[&str] = &[
    "International organisation",
    "Mediation format",
    "Regional bloc",
    "Non-governmental organisation",
    "Humanitarian organisation",
];
const OFFICE_ROLES: &[&str] = &[
    "Government office",
    "Press office",
    "Diplomatic mission",
    "Regional administration",
];
const GROUP_ROLES: &[&str] = &["Civil society", "Media", "Region", "Diaspora community"];
const EMOJI: &[&str] = &["🕊️", "🌍", "📢", "🤝", "✌️"];

const PLACES: &[&str] = &[
    "Yerevan",
    "Baku",
    "Tbilisi",
    "Moscow",
    "Ankara",
    "Washington, D.C.",
    "Paris",
    "Berlin",
    "Beijing",
    "Tokyo",
    "Kyiv",
    "Astana",
    "London",
    "Brussels",
    "Geneva",
    "Vienna",
    "Istanbul",
    "Sochi",
    "Prague",
    "Granada",
    "Munich",
    "Almaty",
    "Gyumri",
    "Ganja",
    "Batumi",
    "Kutaisi",
    "Sadakhlo",
    "Goris",
    "Ijevan",
    "Qazax",
    "Nakhchivan",
    "Astrakhan",
    "Երևան",
    "Bakı",
    "თბილისი",
    "Москва",
    "北京",
    "東京",
];
const BORDER: &[&str] = &[
    "Tavush",
    "Syunik",
    "Gegharkunik",
    "Jermuk",
    "Sotk",
    "Kalbajar",
    "Lachin",
    "Tovuz",
    "Zangilan",
    "Kelbajar",
    "Vardenis",
    "Nerkin Hand",
];

const TOPICS: &[&str] = &[
    "peace-treaty",
    "border-delimitation",
    "border-security",
    "transport-links",
    "prisoners",
    "minsk-group",
    "armenia-turkey",
    "peacekeepers",
    "lachin-corridor",
    "eu-mission",
    "security",
    "nagorno-karabakh",
    "trilateral-statements",
    "csto",
];
const SUBJECTS: &[&str] = &[
    "the peace process",
    "border delimitation",
    "the ceasefire",
    "ceasefire violations",
    "transport links",
    "the release of detainees",
    "regional security",
    "the Lachin corridor",
    "energy cooperation",
    "a peace treaty",
    "humanitarian access",
    "the ceasefire regime",
    "trade and transit",
    "missing persons",
    "the EU monitoring mission",
    "confidence-building measures",
    "water resources",
    "the return of refugees",
    "demining",
    "the work of the border commissions",
];
const ACTIONS: &[&str] = &[
    "return to the negotiating table",
    "respect the ceasefire",
    "release the detainees",
    "withdraw its troops from the border",
    "refrain from provocations",
    "open the transport links",
    "sign the peace treaty without delay",
    "allow humanitarian access",
    "share minefield maps",
];
const AMIDS: &[&str] = &[
    " amid tensions on the border",
    " after months of stalemate",
    " as the ceasefire holds",
    " ahead of a new round",
    " despite mutual accusations",
    " for the first time in a year",
];
const MIXED_WORDS: &[&str] = &[
    "խաղաղություն",
    "սահման",
    "მშვიდობა",
    "საზღვარი",
    "переговоры",
    "перемирие",
    "sülh",
    "atəşkəs",
    "sərhəd",
    "和平",
    "停火",
    "会谈",
    "🕊️",
    "🤝",
];
const NATIVE_SENTENCES: &[&str] = &[
    "Стороны обсудили вопросы региональной безопасности.",
    "Переговоры прошли в конструктивной атмосфере.",
    "Կողմերը քննարկել են խաղաղության գործընթացը։",
    "მხარეებმა განიხილეს რეგიონული უსაფრთხოების საკითხები.",
    "Tərəflər sülh prosesini müzakirə ediblər.",
    "Görüşdə sərhəd məsələləri də müzakirə olunub.",
    "双方讨论了地区安全问题。",
    "両国は対話を続けることで一致した。",
];
const QUOTES: &[&str] = &[
    "We remain committed to {s}.",
    "There is no alternative to {s}.",
    "The {d} side is ready to continue the dialogue.",
    "These provocations undermine the ceasefire and must stop.",
    "We welcome the constructive atmosphere of the talks,",
    "Any attempt to change the status quo by force is unacceptable.",
    "I commend the positive momentum resulting from bilateral talks and urge further progress towards peace,",
    "We call on the international community to respond.",
    "Progress on {s} is possible, but it requires political will.",
    "The so-called “guarantees” are meaningless.",
    "We will not accept \"peace\" on these terms.",
    "It’s time to move from words to deeds.",
    "The ceasefire was violated again last night.",
];
const NATIVE_QUOTES: &[&str] = &[
    "Мы готовы к диалогу.",
    "Մենք պատրաստ ենք խաղաղության։",
    "ჩვენ მზად ვართ დიალოგისთვის.",
    "Biz sülhə hazırıq.",
    "我们愿意继续对话。",
];
const VIAS: &[&str] = &[
    "tweet",
    "official readout",
    "press office",
    "interview with RFE/RL",
    "weekly briefing; translation by RFE/RL",
    "press conference",
    "televised address",
    "translation by TASS",
];
/// Outlets, and whether their headlines are sometimes in Russian.
const OUTLETS: &[(&str, bool)] = &[
    ("RFE/RL Armenian Service", false),
    ("Azatutyun", false),
    ("APA", false),
    ("Trend", false),
    ("Civil.ge", false),
    ("TASS", true),
    ("Interfax", true),
    ("Reuters", false),
    ("Associated Press", false),
    ("Agence France-Presse", false),
    ("Eurasianet", false),
    ("OC Media", false),
    ("JAMnews", false),
    ("news.am", false),
    ("Armenpress", false),
    ("Report.az", false),
    ("U.S. Department of State", false),
    ("Kremlin.ru", true),
    ("Xinhua", false),
    ("Kyodo", false),
    ("Meduza", true),
    ("BBC Russian Service", true),
];

// ---------------------------------------------------------------------------------------------
// Actors

/// An actor and what the text of interactions calls it.
struct Person {
    actor: Actor,
    /// In titles and summaries: a person's surname, other actors' names.
    short: String,
    /// The short name in its own script, when there is one.
    short_native: Option<String>,
    /// A person's surname in Cyrillic, for Russian headlines.
    cyrillic: Option<String>,
    country: Option<usize>,
}

fn pick<'a, T>(rng: &mut Xoshiro256PlusPlus, items: &'a [T]) -> &'a T {
    items.choose(rng).expect("a table is never empty")
}

fn word(rng: &mut Xoshiro256PlusPlus, words: &[&'static str]) -> &'static str {
    words[rng.random_range(0..words.len())]
}

fn weighted<T: Copy>(rng: &mut Xoshiro256PlusPlus, items: &[(T, u32)]) -> T {
    let total: u32 = items.iter().map(|&(_, w)| w).sum();
    let mut roll = rng.random_range(0..total);
    for &(item, w) in items {
        if roll < w {
            return item;
        }
        roll -= w;
    }
    items[items.len() - 1].0
}

fn pick_country(rng: &mut Xoshiro256PlusPlus) -> usize {
    let weights: Vec<(usize, u32)> = COUNTRIES
        .iter()
        .enumerate()
        .map(|(i, c)| (i, c.weight))
        .collect();
    weighted(rng, &weights)
}

fn make_actors(rng: &mut Xoshiro256PlusPlus, count: usize) -> Vec<Person> {
    // Small datasets have fewer states, so that there is room for people.
    let states = if count >= 4 * COUNTRIES.len() {
        COUNTRIES.len()
    } else {
        count / 4
    };
    let mut people = Vec::with_capacity(count);
    for i in 0..count {
        let mut person = if i < states {
            state(rng, i)
        } else {
            match weighted(
                rng,
                &[
                    (ActorKind::Person, 65),
                    (ActorKind::Office, 14),
                    (ActorKind::Organization, 11),
                    (ActorKind::Group, 10),
                ],
            ) {
                ActorKind::Person => person(rng),
                ActorKind::Office => office(rng),
                ActorKind::Organization => organization(rng, i - states),
                _ => group(rng),
            }
        };
        let a = &mut person.actor;
        a.id = format!("a{i:05}-{}", slug(&a.name, 20));
        // Belongs to the state of its country, where there is one.
        if let Some(c) = person.country
            && c < states
            && matches!(a.kind, ActorKind::Person | ActorKind::Office)
            && rng.random_bool(0.7)
        {
            a.affiliation = Some(String::new()); // The id, filled in below.
        }
        people.push(person);
    }
    let state_ids: Vec<String> = people[..states]
        .iter()
        .map(|p| p.actor.id.clone())
        .collect();
    for p in &mut people[states..] {
        if let (Some(aff), Some(c)) = (&mut p.actor.affiliation, p.country) {
            aff.clone_from(&state_ids[c]);
        }
    }
    people
}

fn blank(name: String, kind: ActorKind, role: String) -> Actor {
    Actor {
        id: String::new(),
        name,
        native: None,
        aliases: Vec::new(),
        short: None,
        kind,
        role,
        affiliation: None,
        country: None,
        wikidata: None,
        code: None,
    }
}

fn state(rng: &mut Xoshiro256PlusPlus, c: usize) -> Person {
    let country = &COUNTRIES[c];
    let mut actor = blank(
        country.name.to_owned(),
        ActorKind::State,
        word(rng, STATE_ROLES).to_string(),
    );
    actor.native = country.native.map(str::to_owned);
    actor.country = Some(country.code.to_owned());
    actor.code = Some(country.code.to_owned());
    if rng.random_bool(0.3) {
        actor
            .aliases
            .push(format!("{} {}", country.name, country.flag));
    }
    Person {
        short: actor.name.clone(),
        short_native: actor.native.clone(),
        cyrillic: None,
        actor,
        country: Some(c),
    }
}

fn names_of(culture: Culture) -> &'static Names {
    match culture {
        Culture::Armenian => &ARMENIAN,
        Culture::Georgian => &GEORGIAN,
        Culture::Russian => &RUSSIAN,
        Culture::Azerbaijani => &AZERBAIJANI,
        Culture::Chinese => &CHINESE,
        Culture::Japanese => &JAPANESE,
        Culture::Western => &WESTERN,
    }
}

fn person(rng: &mut Xoshiro256PlusPlus) -> Person {
    let c = pick_country(rng);
    let country = &COUNTRIES[c];
    let culture = country.culture;
    let names = names_of(culture);
    // (native, latin) of the surname and the given name.
    let (surname, given) = match culture {
        Culture::Chinese => {
            let family = *pick(rng, names.first);
            let mut native = String::new();
            let mut latin = String::new();
            for _ in 0..rng.random_range(1..=2) {
                let (n, l) = *pick(rng, names.middle);
                native.push_str(n);
                latin.push_str(l);
            }
            (
                (family.0.to_owned(), family.1.to_owned()),
                (native, capitalize(&latin)),
            )
        }
        Culture::Japanese => {
            let (n, l) = *pick(rng, names.first);
            let g = *pick(rng, names.given);
            (
                (n.to_owned(), l.to_owned()),
                (g.0.to_owned(), g.1.to_owned()),
            )
        }
        _ => {
            let mut native = String::new();
            let mut latin = String::new();
            for part in [names.first, names.middle, names.last] {
                let (n, l) = *pick(rng, part);
                native.push_str(n);
                latin.push_str(l);
            }
            let g = *pick(rng, names.given);
            ((native, latin), (g.0.to_owned(), g.1.to_owned()))
        }
    };
    // Chinese and Japanese write the family name first, without a space.
    let (name, native) = match culture {
        Culture::Chinese => (
            format!("{} {}", surname.1, given.1),
            format!("{}{}", surname.0, given.0),
        ),
        Culture::Japanese => (
            format!("{} {}", given.1, surname.1),
            format!("{}{}", surname.0, given.0),
        ),
        _ => (
            format!("{} {}", given.1, surname.1),
            format!("{} {}", given.0, surname.0),
        ),
    };
    let role = word(rng, PERSON_ROLES).replace("{c}", country.name);
    let mut actor = blank(name, ActorKind::Person, role);
    if native != actor.name && rng.random_bool(0.7) {
        actor.native = Some(native);
    }
    if rng.random_bool(0.8) {
        actor.country = Some(country.code.to_owned());
    }
    if rng.random_bool(0.35) {
        let alias = match culture {
            Culture::Armenian if surname.1.ends_with("yan") => {
                format!("{} {}ian", given.1, surname.1.trim_end_matches("yan"))
            }
            Culture::Azerbaijani if surname.1.ends_with("yev") => {
                format!("{} {}ev", given.1, surname.1.trim_end_matches("yev"))
            }
            Culture::Chinese => format!("{} {}", given.1, surname.1),
            Culture::Japanese | Culture::Western => {
                let initial: String = given.1.chars().take(1).collect();
                format!("{initial}. {}", surname.1)
            }
            _ => format!("{} {}", cyrillic(&given.1), cyrillic(&surname.1)),
        };
        actor.aliases.push(alias);
    }
    if culture != Culture::Russian && rng.random_bool(0.15) {
        actor
            .aliases
            .push(format!("{} {}", cyrillic(&given.1), cyrillic(&surname.1)));
    }
    if rng.random_bool(0.02) {
        actor
            .aliases
            .push(format!("{} {}", actor.name, country.flag));
    }
    let short_native = match culture {
        Culture::Western => None,
        Culture::Chinese | Culture::Japanese => actor.native.clone(),
        _ => Some(surname.0),
    };
    Person {
        cyrillic: Some(cyrillic(&surname.1)),
        short: surname.1,
        short_native,
        actor,
        country: Some(c),
    }
}

fn office(rng: &mut Xoshiro256PlusPlus) -> Person {
    let c = pick_country(rng);
    let country = &COUNTRIES[c];
    let name = match rng.random_range(0..3) {
        0 => format!("{} of {}", word(rng, OFFICES), country.name),
        1 => format!("Embassy of {} in {}", country.name, word(rng, PLACES)),
        _ => format!("{} Governor’s Office", place_name(rng, country.culture)),
    };
    let mut actor = blank(name, ActorKind::Office, word(rng, OFFICE_ROLES).to_string());
    actor.country = Some(country.code.to_owned());
    if rng.random_bool(0.2) {
        actor.code = Some(format!("{}GOV", country.code));
    }
    Person {
        short: actor.name.clone(),
        short_native: None,
        cyrillic: None,
        actor,
        country: Some(c),
    }
}

fn organization(rng: &mut Xoshiro256PlusPlus, k: usize) -> Person {
    let (name, native) = match ORGANIZATIONS.get(k) {
        Some(&(name, native)) if rng.random_bool(0.5) => (name.to_owned(), native),
        _ => (
            format!(
                "{} {} {}",
                word(rng, ORG_FIRST),
                word(rng, ORG_SECOND),
                word(rng, ORG_THIRD)
            ),
            None,
        ),
    };
    let name = if rng.random_bool(0.03) {
        format!("{name} {}", word(rng, EMOJI))
    } else {
        name
    };
    let mut actor = blank(
        name,
        ActorKind::Organization,
        word(rng, ORG_ROLES).to_string(),
    );
    actor.native = native.map(str::to_owned);
    Person {
        short: actor.name.clone(),
        short_native: actor.native.clone(),
        cyrillic: None,
        actor,
        country: None,
    }
}

fn group(rng: &mut Xoshiro256PlusPlus) -> Person {
    let c = pick_country(rng);
    let country = &COUNTRIES[c];
    let name = if rng.random_bool(0.7) {
        format!("{} {}", country.demonym, word(rng, GROUP_KINDS))
    } else {
        format!("Residents of {}", place_name(rng, country.culture))
    };
    let name = if rng.random_bool(0.03) {
        format!("{} {name}", word(rng, EMOJI))
    } else {
        name
    };
    let mut actor = blank(name, ActorKind::Group, word(rng, GROUP_ROLES).to_string());
    if rng.random_bool(0.7) {
        actor.country = Some(country.code.to_owned());
    }
    Person {
        short: actor.name.clone(),
        short_native: None,
        cyrillic: None,
        actor,
        country: Some(c),
    }
}

/// A made-up region's name, in Latin letters, from the surname syllables of a culture.
fn place_name(rng: &mut Xoshiro256PlusPlus, culture: Culture) -> String {
    let names = names_of(culture);
    let (_, first) = *pick(rng, names.first);
    let ending = word(rng, &["ia", "avan", "eti", "abad", "ovka", "shen"]);
    format!("{first}{ending}")
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A lowercase ASCII slug of at most `max` bytes: `"Hélène Lundström"` → `"helene-lundstrom"`.
fn slug(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(max);
    for c in text.chars() {
        let mapped = match c {
            'a'..='z' | '0'..='9' => Some(c),
            'A'..='Z' => Some(c.to_ascii_lowercase()),
            'á' | 'à' | 'â' | 'ä' | 'å' | 'Å' | 'ə' | 'Ə' => Some('a'),
            'é' | 'è' | 'ê' | 'ë' => Some('e'),
            'ö' | 'ó' => Some('o'),
            'ü' | 'ú' | 'Ü' => Some('u'),
            'ç' | 'Ç' => Some('c'),
            'ş' | 'Ş' => Some('s'),
            'ğ' => Some('g'),
            'ı' | 'İ' => Some('i'),
            _ => None,
        };
        match mapped {
            Some(m) => out.push(m),
            None if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            None => {}
        }
        if out.len() >= max {
            break;
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "x".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// A rough Russian spelling of a Latin transliteration: `"Petrosyan"` → `"Петросян"`.
fn cyrillic(latin: &str) -> String {
    const DIGRAPHS: &[(&str, &str)] = &[
        ("shch", "щ"),
        ("yev", "ев"),
        ("kh", "х"),
        ("zh", "ж"),
        ("ch", "ч"),
        ("sh", "ш"),
        ("ts", "ц"),
        ("gh", "г"),
        ("ya", "я"),
        ("yu", "ю"),
    ];
    let lower = latin.to_lowercase();
    let mut out = String::with_capacity(lower.len() * 2);
    let mut rest = lower.as_str();
    let mut word_start = true;
    'outer: while !rest.is_empty() {
        for &(from, to) in DIGRAPHS {
            if let Some(after) = rest.strip_prefix(from) {
                push_cased(&mut out, to, word_start);
                word_start = false;
                rest = after;
                continue 'outer;
            }
        }
        let c = rest.chars().next().expect("not empty");
        rest = &rest[c.len_utf8()..];
        let to = match c {
            'a' | 'á' | 'à' | 'â' | 'ä' | 'å' => "а",
            'b' => "б",
            'c' => "к",
            'd' => "д",
            'e' | 'é' | 'è' | 'ê' | 'ë' => "е",
            'f' => "ф",
            'g' => "г",
            'h' => "х",
            'i' => "и",
            'j' => "дж",
            'k' => "к",
            'l' => "л",
            'm' => "м",
            'n' => "н",
            'o' | 'ö' => "о",
            'p' => "п",
            'q' => "к",
            'r' => "р",
            's' => "с",
            't' => "т",
            'u' | 'ü' => "у",
            'v' | 'w' => "в",
            'x' => "кс",
            'y' => "й",
            'z' => "з",
            other => {
                out.push(other);
                word_start = !other.is_alphanumeric();
                continue;
            }
        };
        push_cased(&mut out, to, word_start);
        word_start = false;
    }
    out
}

fn push_cased(out: &mut String, text: &str, upper: bool) {
    if upper {
        out.push_str(&capitalize(text));
    } else {
        out.push_str(text);
    }
}

// ---------------------------------------------------------------------------------------------
// Dates

#[derive(Clone, Copy)]
struct Day {
    year: u16,
    month: u8,
    day: u8,
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Day {
    fn plus(mut self, days: u8) -> Day {
        for _ in 0..days {
            self.day += 1;
            if self.day > days_in_month(self.year, self.month) {
                self.day = 1;
                self.month += 1;
                if self.month > 12 {
                    self.month = 1;
                    self.year += 1;
                }
            }
        }
        self
    }

    fn date(self) -> Date {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
            .parse()
            .expect("a day on the calendar")
    }
}

// ---------------------------------------------------------------------------------------------
// Interactions

struct Generator<'a> {
    rng: Xoshiro256PlusPlus,
    people: &'a [Person],
    /// Rank (0 = most active) → actor index.
    by_rank: Vec<usize>,
    zipf: Zipf<f64>,
    outlet_slugs: Vec<String>,
    year_weights: Vec<(u16, u32)>,
}

/// What the text of one interaction is about.
struct Scene<'a> {
    names: Vec<&'a str>,
    mediator: Option<&'a str>,
    place: Option<&'a str>,
    subject: &'static str,
    demonym: &'static str,
}

impl<'a> Generator<'a> {
    fn new(mut rng: Xoshiro256PlusPlus, people: &'a [Person]) -> Self {
        // A random order weighted by kind (Efraimidis–Spirakis: the key u^(1/w), largest
        // first), so the most active are mostly states and people.
        let mut keyed: Vec<(f64, usize)> = people
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let weight = match p.actor.kind {
                    ActorKind::State => 200.0,
                    ActorKind::Person => 1.0,
                    ActorKind::Office | ActorKind::Organization => 0.3,
                    ActorKind::Group => 0.1,
                };
                (rng.random::<f64>().powf(1.0 / weight), i)
            })
            .collect();
        keyed.sort_by(|x, y| y.0.total_cmp(&x.0));
        let by_rank: Vec<usize> = keyed.into_iter().map(|(_, i)| i).collect();
        Generator {
            rng,
            people,
            by_rank,
            zipf: Zipf::new(people.len() as f64, 1.05).expect("n ≥ 1 and s > 0"),
            outlet_slugs: OUTLETS.iter().map(|(o, _)| slug(o, 30)).collect(),
            year_weights: (2005..=2024)
                .map(|y| (y, u32::from(y - 2004) + 4))
                .collect(),
        }
    }

    /// An actor drawn by activity: a few are drawn often, most rarely.
    fn draw(&mut self) -> usize {
        let rank = self.zipf.sample(&mut self.rng) as usize;
        self.by_rank[rank.clamp(1, self.people.len()) - 1]
    }

    /// An actor not among `taken`; `None` when every actor is.
    fn draw_other(&mut self, taken: &[usize]) -> Option<usize> {
        if taken.len() >= self.people.len() {
            return None;
        }
        for _ in 0..16 {
            let a = self.draw();
            if !taken.contains(&a) {
                return Some(a);
            }
        }
        let start = self.rng.random_range(0..self.people.len());
        (0..self.people.len())
            .map(|k| (start + k) % self.people.len())
            .find(|a| !taken.contains(a))
    }

    fn interaction(&mut self, index: usize) -> Interaction {
        use InteractionKind as K;
        let kind = weighted(
            &mut self.rng,
            &[
                (K::Statement, 24),
                (K::Meeting, 15),
                (K::PhoneCall, 14),
                (K::Talks, 10),
                (K::Visit, 9),
                (K::Post, 8),
                (K::Action, 7),
                (K::Agreement, 4),
                (K::Summit, 3),
                (K::Clash, 4),
                (K::Hearing, 2),
            ],
        );
        let wanted = match kind {
            K::Statement | K::Post | K::Hearing => weighted(&mut self.rng, &[(1, 75), (2, 25)]),
            K::Summit => weighted(&mut self.rng, &[(2, 20), (3, 50), (4, 30)]),
            _ => weighted(&mut self.rng, &[(1, 8), (2, 67), (3, 17), (4, 8)]),
        };
        let mut taken: Vec<usize> = Vec::with_capacity(5);
        for _ in 0..wanted {
            match self.draw_other(&taken) {
                Some(a) => taken.push(a),
                None => break,
            }
        }
        let participants = taken.len();
        let initiator = match kind {
            K::Visit if self.rng.random_bool(0.7) => Some(taken[0]),
            _ if participants > 1 && self.rng.random_bool(0.25) => {
                Some(taken[self.rng.random_range(0..participants)])
            }
            _ => None,
        };
        let mediation = match kind {
            K::Talks => 0.35,
            K::Meeting | K::Summit | K::Agreement => 0.1,
            _ => 0.02,
        };
        let mediator = if self.rng.random_bool(mediation) {
            self.draw_other(&taken)
        } else {
            None
        };

        let (date, until) = self.date();
        let place = match kind {
            K::PhoneCall | K::Post => None,
            _ if self.rng.random_bool(0.35) => None,
            K::Clash => Some(word(&mut self.rng, BORDER)),
            _ => {
                let capital = self.people[taken[0]]
                    .country
                    .map(|c| COUNTRIES[c].capital)
                    .filter(|_| self.rng.random_bool(0.4));
                Some(capital.unwrap_or_else(|| word(&mut self.rng, PLACES)))
            }
        };
        let class = self.class(kind);
        let topics = {
            let n = weighted(&mut self.rng, &[(0, 30), (1, 35), (2, 25), (3, 10)]);
            let mut topics: Vec<String> = Vec::with_capacity(n);
            while topics.len() < n {
                let t = word(&mut self.rng, TOPICS);
                if !topics.iter().any(|x| x == t) {
                    topics.push(t.to_owned());
                }
            }
            topics
        };

        let people = self.people;
        let scene = Scene {
            names: taken.iter().map(|&a| self.name(a)).collect(),
            mediator: mediator.map(|m| people[m].short.as_str()),
            place,
            subject: word(&mut self.rng, SUBJECTS),
            demonym: self.people[taken[0]]
                .country
                .map_or("regional", |c| COUNTRIES[c].demonym),
        };
        let title = self.title(kind, &scene);
        let summary = self.summary(index, &scene);
        let sources = self.sources(date, &title, &taken);
        let quotes = self.quotes(&taken, mediator, &sources, &scene);

        let ids = |list: &[usize]| -> Vec<String> {
            list.iter()
                .map(|&a| self.people[a].actor.id.clone())
                .collect()
        };
        Interaction {
            id: String::new(),
            date,
            until,
            kind,
            participants: ids(&taken),
            initiator: initiator.map(|a| self.people[a].actor.id.clone()),
            mediators: mediator.map(|m| ids(&[m])).unwrap_or_default(),
            place: place.map(str::to_owned),
            title,
            summary,
            class,
            topics,
            quotes,
            sources,
            coding: None,
        }
    }

    /// How the text names an actor: mostly in English, sometimes in its own script.
    fn name(&mut self, a: usize) -> &'a str {
        let people = self.people;
        let p = &people[a];
        match &p.short_native {
            Some(native) if self.rng.random_bool(0.06) => native,
            _ => &p.short,
        }
    }

    fn date(&mut self) -> (Date, Option<Date>) {
        let year = weighted(&mut self.rng, &self.year_weights);
        let month = self.rng.random_range(1..=12u8);
        match weighted(
            &mut self.rng,
            &[
                (Precision::Day, 85),
                (Precision::Month, 10),
                (Precision::Year, 5),
            ],
        ) {
            Precision::Day => {
                let day = Day {
                    year,
                    month,
                    day: self.rng.random_range(1..=days_in_month(year, month)),
                };
                let until = self
                    .rng
                    .random_bool(0.06)
                    .then(|| day.plus(self.rng.random_range(1..=4)).date());
                (day.date(), until)
            }
            Precision::Month => (Date::ym(year, month).expect("month 1–12"), None),
            Precision::Year => (Date::y(year), None),
        }
    }

    fn class(&mut self, kind: InteractionKind) -> Option<Class> {
        use Class as C;
        use InteractionKind as K;
        if self.rng.random_bool(0.25) {
            return None;
        }
        let weights: &[(Class, u32)] = match kind {
            K::Statement => &[(C::VerbalCooperation, 45), (C::VerbalConflict, 55)],
            K::Agreement => &[(C::MaterialCooperation, 70), (C::VerbalCooperation, 30)],
            K::Clash => &[(C::MaterialConflict, 1)],
            K::Action => &[(C::MaterialCooperation, 50), (C::MaterialConflict, 50)],
            _ => &[
                (C::VerbalCooperation, 70),
                (C::VerbalConflict, 20),
                (C::MaterialCooperation, 10),
            ],
        };
        Some(weighted(&mut self.rng, weights))
    }

    /// One line of 40 to 90 characters, give or take a few.
    fn title(&mut self, kind: InteractionKind, s: &Scene) -> String {
        let off = |t: &str| {
            let len = t.chars().count();
            40usize.saturating_sub(len) + len.saturating_sub(90)
        };
        let mut best = String::new();
        for attempt in 0..6 {
            let subject = if attempt == 0 {
                s.subject
            } else {
                word(&mut self.rng, SUBJECTS)
            };
            let mut title = self.headline(kind, s, subject);
            if title.chars().count() < 40 {
                title.push_str(word(&mut self.rng, AMIDS));
            }
            if attempt == 0 || off(&title) < off(&best) {
                best = title;
            }
            if off(&best) == 0 {
                break;
            }
        }
        if self.rng.random_bool(0.06) {
            best.push_str(" — «");
            best.push_str(word(&mut self.rng, MIXED_WORDS));
            best.push('»');
        }
        best
    }

    fn headline(&mut self, kind: InteractionKind, s: &Scene, subject: &str) -> String {
        use InteractionKind as K;
        let a = s.names[0];
        let b = s.names.get(1).copied().unwrap_or("partners");
        let place = s.place.unwrap_or("the region");
        let variant = self.rng.random_range(0..3);
        match (kind, variant) {
            (K::PhoneCall, 0) => format!("{a} and {b} discuss {subject} by phone"),
            (K::PhoneCall, 1) => format!("{a} calls {b} over {subject}"),
            (K::PhoneCall, _) => format!("{a}, {b} hold phone call on {subject}"),
            (K::Meeting, 0) => format!("{a} meets {b} in {place}"),
            (K::Meeting, _) => format!("{a} and {b} meet to discuss {subject}"),
            (K::Talks, _) if s.mediator.is_some() && variant == 0 => format!(
                "{} hosts talks between {a} and {b}",
                s.mediator.unwrap_or_default()
            ),
            (K::Talks, 1) => format!("Talks between {a} and {b} on {subject} end without a deal"),
            (K::Talks, _) => format!("{a} and {b} hold talks on {subject}"),
            (K::Visit, 0) => format!("{a} visits {place}"),
            (K::Visit, _) => format!("{a} arrives in {place} for talks on {subject}"),
            (K::Statement, 0) => format!("{a} accuses {b} of violating the ceasefire"),
            (K::Statement, 1) => format!("{a} calls for progress on {subject}"),
            (K::Statement, _) => format!("{a} comments on {subject}"),
            (K::Post, 0) => format!("{a} posts on {subject}"),
            (K::Post, _) => format!("{a} tweets about {subject}"),
            (K::Summit, 0) => format!("Leaders meet in {place} to discuss {subject}"),
            (K::Summit, _) => format!("{a}, {b} and others attend summit on {subject}"),
            (K::Hearing, 0) => format!("{a} testifies on {subject}"),
            (K::Hearing, _) => format!("Hearing on {subject} with {a}"),
            (K::Agreement, 0) => format!("{a} and {b} sign agreement on {subject}"),
            (K::Agreement, _) => format!("{a} and {b} adopt joint statement on {subject}"),
            (K::Clash, 0) => format!("Shooting reported near {place}"),
            (K::Clash, 1) => format!("{a} reports ceasefire violation near {place}"),
            (K::Clash, _) => format!("Clash on the border near {place}"),
            (K::Action, 0) => format!("{a} releases detainees"),
            (K::Action, 1) => format!("{a} sends humanitarian aid to {place}"),
            (K::Action, _) => format!("{a} imposes sanctions on {b}"),
        }
    }

    fn summary(&mut self, index: usize, s: &Scene) -> String {
        let a = s.names[0];
        let b = s.names.get(1).copied().unwrap_or("its partners");
        let n = weighted(&mut self.rng, &[(1, 15), (2, 40), (3, 30), (4, 15)]);
        let mut out = String::with_capacity(80 * (n + 1));
        // Up to four different sentences of the thirteen.
        let mut templates: [u8; 13] = std::array::from_fn(|i| i as u8);
        let (chosen, _) = templates.partial_shuffle(&mut self.rng, n);
        for (k, &template) in chosen.iter().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            let subject = if k == 0 {
                s.subject
            } else {
                word(&mut self.rng, SUBJECTS)
            };
            let sentence = match template {
                0 => format!("{a} and {b} discussed {subject}."),
                1 => format!(
                    "{a} spoke with {b} about {subject} and {}.",
                    word(&mut self.rng, SUBJECTS)
                ),
                2 => format!(
                    "According to {}, {a} urged {b} to {}.",
                    pick(&mut self.rng, OUTLETS).0,
                    word(&mut self.rng, ACTIONS)
                ),
                3 => format!("{a} reaffirmed the commitment to {subject}."),
                4 => format!("The sides agreed to continue work on {subject}."),
                5 => format!(
                    "{a} accused {b} of violating the ceasefire near {}.",
                    word(&mut self.rng, BORDER)
                ),
                6 => format!("Both sides stressed the importance of {subject}."),
                7 => format!("{a}’s office called the talks “constructive”."),
                8 => format!("No agreement was reached on {subject}."),
                9 => match s.place {
                    Some(place) => format!("The meeting took place in {place}."),
                    None => format!("{a} said the situation on the border remained tense."),
                },
                10 => match s.mediator {
                    Some(m) => format!("{m} mediated the talks."),
                    None => format!("{b} did not comment."),
                },
                11 => format!("The {} side said {subject} was a priority.", s.demonym),
                _ => word(&mut self.rng, NATIVE_SENTENCES).to_string(),
            };
            out.push_str(&sentence);
        }
        if self.rng.random_bool(0.03) {
            out.push_str(" Observers compared the arrangement to the ");
            out.push_str(word(&mut self.rng, RARE_POOL));
            out.push_str(" model.");
        }
        if index.is_multiple_of(RARE_EVERY) {
            out.push_str(" Delegates referred to the so-called ");
            out.push_str(RARE_WORD);
            out.push_str(" formula.");
        }
        out
    }

    fn sources(&mut self, date: Date, title: &str, taken: &[usize]) -> Vec<Source> {
        let n = weighted(&mut self.rng, &[(1, 60), (2, 30), (3, 10)]);
        let mut sources = Vec::with_capacity(n);
        for _ in 0..n {
            let o = self.rng.random_range(0..OUTLETS.len());
            let (outlet, russian) = OUTLETS[o];
            let (has_title, has_url) = weighted(
                &mut self.rng,
                &[((true, true), 70), ((false, true), 20), ((true, false), 10)],
            );
            let headline = has_title.then(|| {
                let people = self.people;
                let first = people[taken[0]].cyrillic.as_deref();
                let second = taken.get(1).map(|&b| people[b].cyrillic.as_deref());
                let in_russian = russian && self.rng.random_bool(0.5);
                if let (true, Some(a), Some(Some(b))) = (in_russian, first, second) {
                    format!("{a} и {b} обсудили ситуацию в регионе")
                } else if let (true, Some(a), None) = (in_russian, first, second) {
                    format!("{a}: заявление о ситуации в регионе")
                } else if self.rng.random_bool(0.5) {
                    title.to_owned()
                } else {
                    let a = &self.people[taken[0]].short;
                    match taken.get(1) {
                        Some(&b) => format!("{a} Talks To {}", self.people[b].short),
                        None => format!(
                            "{a} Comments On {}",
                            capitalize(word(&mut self.rng, SUBJECTS))
                        ),
                    }
                }
            });
            let url = has_url.then(|| {
                format!(
                    "https://example.org/{}/{}/{:08}.html",
                    self.outlet_slugs[o],
                    date.year(),
                    self.rng.random_range(0..100_000_000u32)
                )
            });
            let published = if self.rng.random_bool(0.5) {
                None
            } else if date.precision() == Precision::Day {
                let day = Day {
                    year: date.year(),
                    month: date.month().unwrap_or(1),
                    day: date.day().unwrap_or(1),
                };
                Some(day.plus(self.rng.random_range(0..=2)).date())
            } else {
                Some(date)
            };
            sources.push(Source {
                outlet: outlet.to_owned(),
                title: headline,
                date: published,
                url,
            });
        }
        sources
    }

    fn quotes(
        &mut self,
        taken: &[usize],
        mediator: Option<usize>,
        sources: &[Source],
        s: &Scene,
    ) -> Vec<Quote> {
        let n = weighted(&mut self.rng, &[(0, 50), (1, 30), (2, 15), (3, 5)]);
        let mut quotes = Vec::with_capacity(n);
        for _ in 0..n {
            let speaker = match mediator {
                Some(m) if self.rng.random_bool(0.2) => m,
                _ => *pick(&mut self.rng, taken),
            };
            let mut text = String::new();
            for k in 0..weighted(&mut self.rng, &[(1, 70), (2, 30)]) {
                if k > 0 {
                    text.push(' ');
                }
                if self.rng.random_bool(0.08) {
                    text.push_str(word(&mut self.rng, NATIVE_QUOTES));
                } else {
                    let subject = word(&mut self.rng, SUBJECTS);
                    text.push_str(
                        &word(&mut self.rng, QUOTES)
                            .replace("{s}", subject)
                            .replace("{d}", s.demonym),
                    );
                }
            }
            let via = self
                .rng
                .random_bool(0.5)
                .then(|| word(&mut self.rng, VIAS).to_string());
            let source = if self.rng.random_bool(0.4) {
                let urls: Vec<&String> =
                    sources.iter().filter_map(|src| src.url.as_ref()).collect();
                urls.choose(&mut self.rng).map(|u| (*u).clone())
            } else {
                None
            };
            quotes.push(Quote {
                speaker: self.people[speaker].actor.id.clone(),
                text,
                via,
                source,
            });
        }
        quotes
    }

    /// Orders the interactions as a file appended to over time: by date on the whole, with
    /// many neighbours swapped and some far out of place.
    fn disorder(&mut self, list: &mut [Interaction]) {
        list.sort_by_key(|it| it.date);
        let n = list.len();
        if n < 2 {
            return;
        }
        let window = (n / 100).clamp(2, 2000);
        for i in 0..n {
            if self.rng.random_bool(0.3) {
                let j = self.rng.random_range(i..(i + window).min(n));
                list.swap(i, j);
            }
        }
        for _ in 0..n.div_ceil(50) {
            let i = self.rng.random_range(0..n);
            let j = self.rng.random_range(0..n);
            list.swap(i, j);
        }
    }
}
