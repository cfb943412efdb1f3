//! The documentation cannot drift from the code: the README lists every key binding, the
//! format's examples in data/README.md load, and the numbers the README quotes are the ones the
//! code produces.

use readout::data::{self, BUILTIN, BUILTIN_NAME};
use readout::keymap::BINDINGS;

const README: &str = include_str!("../README.md");
const DATA_README: &str = include_str!("../data/README.md");

#[test]
fn readme_lists_every_key_binding() {
    let table: Vec<&str> = README.lines().filter(|l| l.starts_with("| ")).collect();
    for b in BINDINGS {
        for key in b.keys {
            let label = format!("`{}`", key.label());
            assert!(
                table.iter().any(|row| row.contains(&label)),
                "README's key table lacks {label} ({})",
                b.help
            );
        }
        assert!(
            table.iter().any(|row| row.contains(b.help)),
            "README's key table lacks {:?}",
            b.help
        );
    }
}

#[test]
fn the_format_examples_load() {
    let blocks: Vec<&str> = DATA_README
        .split("```ron\n")
        .skip(1)
        .map(|rest| &rest[..rest.find("```").expect("a closed ron block")])
        .collect();
    assert!(blocks.len() >= 2, "data/README.md has its ron examples");
    for (n, example) in blocks.iter().enumerate() {
        let loaded = data::load_str(&format!("data/README.md example {}", n + 1), example);
        assert!(loaded.is_ok(), "{}", loaded.unwrap_err());
    }
}

#[test]
fn readme_quotes_the_real_summary() {
    let data = data::load_str(BUILTIN_NAME, BUILTIN).unwrap();
    let summary = readout::commands::summary(&data);
    assert!(
        README.contains(&format!("$ readout check\n{summary}\n")),
        "README should show `readout check` printing {summary:?}"
    );
}

#[test]
fn the_configuration_example_of_the_readme_is_valid() {
    let start = README
        .find("```ron\n")
        .expect("README has a configuration example")
        + 7;
    let end = start + README[start..].find("```").unwrap();
    let parsed = readout::config::parse("README.md example", &README[start..end]);
    assert!(parsed.is_ok(), "{}", parsed.unwrap_err());
}

#[test]
fn readme_names_every_theme_and_colour_role() {
    let section = &README[README
        .find("## Configuration")
        .expect("a Configuration section")..];
    for (name, _) in readout::ui::theme::THEMES {
        assert!(section.contains(&format!("`\"{name}\"`")), "theme {name}");
    }
    for role in readout::ui::theme::ROLES {
        assert!(
            section.contains(&format!("`{}`", role.name)),
            "role {}",
            role.name
        );
    }
}
