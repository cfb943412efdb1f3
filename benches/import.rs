//! Importing 200,000 rows of each format: GDELT's export, GDELT as BigQuery writes it,
//! ACLED, ICEWS and POLECAT. The files are generated before the first benchmark, in the
//! system's temporary directory (and removed after): GDELT rows are the shared export's
//! 2,601 real rows repeated with new GLOBALEVENTIDs, the other formats rows made here in
//! their layouts, a tenth of them Armenian or Azerbaijani. Each import runs with
//! `--country ARM,AZE`, as an analyst of the region runs it, and streams: memory holds the
//! kept rows only.
//!
//! ```sh
//! cargo bench --bench import
//! cargo bench --bench import -- acled      # one format
//! ```
//!
//! Throughput is in rows read.

use std::fmt::Write as _;
use std::fs;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use readout::import::{Input, Kind, Options, run};

const ROWS: usize = 200_000;

fn gdelt_rows() -> Vec<Vec<String>> {
    let shared = include_str!("../tests/fixtures/gdelt/20201114.export.CSV");
    let base: Vec<Vec<String>> = shared
        .lines()
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect();
    (0..ROWS)
        .map(|i| {
            let mut r = base[i % base.len()].clone();
            r[0] = (1_000_000_000 + i).to_string();
            r
        })
        .collect()
}

fn gdelt_export() -> String {
    let mut s = String::new();
    for r in gdelt_rows() {
        s.push_str(&r.join("\t"));
        s.push('\n');
    }
    s
}

fn gdelt_bigquery() -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(readout::import::gdelt::NAMES).unwrap();
    for r in gdelt_rows() {
        w.write_record(&r).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

/// The country of row `i`: one in ten Armenian or Azerbaijani.
fn country(i: usize) -> (&'static str, &'static str, &'static str) {
    match i % 20 {
        0 => ("ARM", "Armenia", "51"),
        10 => ("AZE", "Azerbaijan", "31"),
        n if n % 2 == 0 => ("GEO", "Georgia", "268"),
        _ => ("TUR", "Turkey", "792"),
    }
}

fn acled() -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp".split(',')).unwrap();
    for i in 0..ROWS {
        let (code, name, iso) = country(i);
        let id = format!("{code}{i}");
        let day = format!("{:02} November 2024", i % 28 + 1);
        let actor1 = format!("Military Forces of {name} (2003-)");
        let actor2 = format!("Civilians ({name})");
        let notes = format!(
            "Invented notes of event {i}: shelling was reported near a village; no one was hurt."
        );
        let precision = (i % 3 + 1).to_string();
        w.write_record([
            id.as_str(),
            &day,
            "2024",
            &precision,
            "Political violence",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
            &actor1,
            "",
            "State forces",
            &actor2,
            "",
            "Civilians",
            "State forces-Civilians",
            "Civilian targeting",
            iso,
            "Caucasus and Central Asia",
            name,
            "Province",
            "District",
            "",
            "Village",
            "40.1",
            "45.2",
            "1",
            "Invented Daily; Example Radio",
            "National",
            &notes,
            "0",
            "",
            "1730700000",
        ])
        .unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

fn icews() -> String {
    let mut s = String::from(
        "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n",
    );
    for i in 0..ROWS {
        let (_, name, _) = country(i);
        let _ = writeln!(
            s,
            "{i}\t2019-03-{:02}\tTest Minister {}\tExecutive,Foreign Ministry,Government\t{name}\tMake a visit\t042\t1.9\tRussian Federation\tNA\tRussian Federation\t{}\t2\tInvented Wire\tVienna\tNA\tWien\tAustria\t48.2\t16.37",
            i % 28 + 1,
            i % 50,
            i / 2
        );
    }
    s
}

fn polecat() -> String {
    let mut s = String::from(
        "Event ID\tEvent Date\tEvent Type\tEvent Mode\tEvent Intensity\tQuad Code\tContexts\tActor Name\tActor Country\tActor COW\tPrimary Actor Sector\tActor Sectors\tActor Title\tActor Name Raw\tWikipedia Actor ID\tRecipient Name\tRecipient Country\tRecipient COW\tPrimary Recipient Sector\tRecipient Sectors\tRecipient Title\tRecipient Name Raw\tWikipedia Recipient ID\tPlacename\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\tGeoNames ID\tRaw Placename\tFeature Type\tSource\tPublication Date\tStory People\tStory Organizations\tStory Locations\tLanguage\tVersion\n",
    );
    for i in 0..ROWS {
        let (code, name, _) = country(i);
        let _ = writeln!(
            s,
            "story{i}_CONSULT\t2023-09-{:02}\tCONSULT\tvisit\t1.0\tVERBAL COOPERATION\tdiplomatic\tTest Minister {};{name}\t{code};{code}\tNone\tGOV\tGOV\tForeign Minister;None\tNone\tNone\tRussia\tRUS\tNone\tGOV\tGOV\tNone\tNone\tNone\tBrussels\tBrussels\tNone\tBrussels\tBEL\t50.85\t4.35\t2800866\tBrussels\tPPLC\tInvented News\t2023-09-16\tNone\tNone\tNone\ten\ttest",
            i % 28 + 1,
            i % 50
        );
    }
    s
}

/// A benchmark's name, the format it reads, and what makes its file.
type Bench = (&'static str, Kind, fn() -> String);

fn bench(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("readout-bench-import-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let formats: [Bench; 5] = [
        ("gdelt-export", Kind::Gdelt, gdelt_export),
        ("gdelt-bigquery", Kind::Gdelt, gdelt_bigquery),
        ("acled", Kind::Acled, acled),
        ("icews", Kind::Icews, icews),
        ("polecat", Kind::Polecat, polecat),
    ];
    let options = Options {
        countries: vec!["ARM".to_owned(), "AZE".to_owned()],
        ..Options::default()
    };
    let mut group = c.benchmark_group("import");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .measurement_time(Duration::from_secs(10))
        .throughput(Throughput::Elements(ROWS as u64));
    for (name, kind, make) in formats {
        // Filtered out: no file to write.
        if let Some(filter) = std::env::args().skip(1).find(|a| !a.starts_with('-'))
            && !name.contains(&filter)
            && !format!("import/{name}").contains(&filter)
        {
            continue;
        }
        let file: PathBuf = dir.join(name);
        fs::write(&file, make()).unwrap();
        let inputs = [Input::File(file.clone())];
        group.bench_function(name, |b| {
            b.iter(|| {
                let imported =
                    run::import(kind.format().as_mut(), &inputs, &options, &mut |_, _, _| {})
                        .unwrap();
                assert_eq!(imported.report.rows, ROWS as u64);
                black_box(imported)
            })
        });
        fs::remove_file(&file).unwrap();
    }
    group.finish();
    let _ = fs::remove_dir_all(&dir);
}

criterion_group!(benches, bench);
criterion_main!(benches);
