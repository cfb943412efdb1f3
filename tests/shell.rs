//! What readout gives the shell around it: completion scripts and a manual page generated from
//! the same clap definition as the command line, and an example in every command's --help.

mod common;

use clap::CommandFactory;
use readout::cli::Cli;

fn run(args: &[&str]) -> String {
    let out = common::readout(args);
    assert_eq!(out.code, 0, "readout {args:?}: {out:?}");
    assert!(out.stderr.is_empty(), "readout {args:?}: {out:?}");
    out.stdout
}

/// Every command, from the clap definition itself.
fn commands() -> Vec<String> {
    let names: Vec<String> = Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for expected in [
        "check",
        "list",
        "export",
        "show",
        "config",
        "completions",
        "manpage",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} in {names:?}"
        );
    }
    names
}

#[test]
fn completions_mention_every_command() {
    for (shell, option) in [
        ("bash", "--config"),
        ("zsh", "--config"),
        ("fish", "-l config"),
    ] {
        let script = run(&["completions", shell]);
        for name in commands() {
            assert!(
                script.contains(&name),
                "the {shell} completions lack {name}"
            );
        }
        assert!(script.contains(option), "{shell}: {option}");
    }
    // Options of a command, and the values of an option, are completed too.
    let fish = run(&["completions", "fish"]);
    assert!(fish.contains("markdown"), "list --format's values");
    assert!(fish.contains("-l check"), "config --check");
}

#[test]
fn the_manual_page_mentions_every_command() {
    let page = run(&["manpage"]);
    assert!(page.starts_with(".ie"), "roff: {}", &page[..40]);
    assert!(page.contains(".TH readout 1"));
    for name in commands() {
        assert!(
            page.contains(&format!("readout\\-{}(1)", name.replace('-', "\\-"))),
            "the manual page lacks {name}"
        );
    }
    assert!(page.contains("Examples:"));
}

#[test]
fn the_manual_pages_can_be_written_to_a_directory() {
    let dir = std::env::temp_dir().join(format!("readout-man-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    run(&["manpage", "--dir", dir.to_str().unwrap()]);
    assert!(dir.join("readout.1").is_file());
    for name in commands() {
        let page = dir.join(format!("readout-{name}.1"));
        assert!(page.is_file(), "{}", page.display());
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn every_commands_help_has_examples() {
    let help = run(&["--help"]);
    assert!(help.contains("\nExamples:\n  readout"), "{help}");
    for name in commands() {
        let help = run(&[&name, "--help"]);
        assert!(
            help.contains(&format!("\nExamples:\n  readout {name}")),
            "readout {name} --help has no example:\n{help}"
        );
    }
}
