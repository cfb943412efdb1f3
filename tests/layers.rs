//! The direction of dependence, checked: every `crate::` path in `src/` points down the layers
//! (data → import → query/present → state → update → ui → app), nothing below `ui` that the
//! design names imports `ui`, and the data and import layers have no cycle among their modules.
//!
//! The check reads the source text: a `crate::a::b` path (or `crate::{a, b}`) outside a comment
//! is a dependence of the file's top-level module on `a`. A new top-level module must be given
//! a layer in [`LAYERS`] before the test passes, so every module is placed on purpose.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Each top-level module of the library and binary with its layer: a module may use modules of
/// its own layer or below, never above.
const LAYERS: &[(&str, u8)] = &[
    // The data model, its loading and its checking; the environment; the codebooks.
    ("data", 0),
    ("env", 0),
    ("suggest", 0),
    // Importers of event data into the data model.
    ("import", 1),
    // What is derived from the data, terminal-free.
    ("query", 2),
    ("network", 2),
    ("present", 2),
    ("cite", 2),
    // Detail's document for a browser state.
    ("detail_text", 3),
    // The browser's vocabulary and state.
    ("action", 3),
    ("keymap", 3),
    ("line", 3),
    ("geometry", 3),
    ("state", 3),
    // State changes.
    ("update", 4),
    // Drawing.
    ("ui", 5),
    // Commands, configuration and the loop that ties them together.
    ("error", 6),
    ("commands", 6),
    ("cli", 6),
    ("config", 6),
    ("live", 6),
    ("app", 6),
    ("main", 7),
    ("lib", 7),
];

/// Modules that must never use `ui`, whatever their layer (the issue names them).
const NEVER_UI: &[&str] = &[
    "data", "import", "query", "present", "cite", "state", "update", "commands",
];

/// Top-level modules whose own submodules must not form a cycle.
const ACYCLIC: &[&str] = &["data", "import", "present"];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a source file: `src/data/fold.rs` → ["data", "fold"];
/// `src/ui/mod.rs` → ["ui"]; `src/update.rs` → ["update"].
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).expect("under src");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The paths a line uses through `crate::`, as their first two segments (`crate::data::fold::x`
/// → ["data", "fold"]); `crate::{a, b::c}` gives ["a"] and ["b", "c"].
fn crate_paths(line: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        // `readout_crate::` or `some_crate::` are other names, not this crate.
        let before = rest[..at].chars().last();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let segs = segments(item.trim());
                if !segs.is_empty() {
                    found.push(segs);
                }
            }
        } else {
            let segs = segments(rest);
            if !segs.is_empty() {
                found.push(segs);
            }
        }
    }
    found
}

/// The sibling modules a line names through `super::` (`super::build::host` → "build";
/// `super::{run, value}` → "run", "value").
fn super_paths(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("super::") {
        rest = &rest[at + "super::".len()..];
        let items: Vec<&str> = match rest.strip_prefix('{') {
            Some(group) => group[..group.find('}').unwrap_or(group.len())]
                .split(',')
                .collect(),
            None => vec![rest],
        };
        for item in items {
            if let Some(first) = segments(item.trim()).into_iter().next() {
                found.push(first);
            }
        }
    }
    found
}

fn segments(text: &str) -> Vec<String> {
    text.split("::")
        .take(2)
        .map(|s| {
            s.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .take_while(|s| !s.is_empty())
        .collect()
}

fn layer(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|&(_, l)| l)
}

#[test]
fn dependencies_point_down() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    files.sort();
    let mut wrong = Vec::new();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let module = module_of(&src, file);
        let top = module[0].clone();
        let Some(from) = layer(&top) else {
            wrong.push(format!(
                "src/{}: module `{top}` has no layer in LAYERS",
                file.strip_prefix(&src).unwrap().display()
            ));
            continue;
        };
        let text = fs::read_to_string(file).expect("a source file is readable");
        for (n, line) in text.lines().enumerate() {
            // A file's unit tests (its `#[cfg(test)]` module, last by convention) may use
            // what the code above them does not.
            if line.trim_start().starts_with("#[cfg(test)]") {
                break;
            }
            if line.trim_start().starts_with("//") {
                continue;
            }
            for path in crate_paths(line) {
                let to = &path[0];
                let Some(to_layer) = layer(to) else {
                    continue; // an item of lib.rs itself, or a macro path
                };
                let at = format!("{}:{}", file.strip_prefix(&src).unwrap().display(), n + 1);
                if to_layer > from {
                    wrong.push(format!(
                        "src/{at}: `{top}` (layer {from}) uses `{to}` (layer {to_layer})"
                    ));
                }
                if to == "ui" && NEVER_UI.contains(&top.as_str()) {
                    wrong.push(format!("src/{at}: `{top}` uses `ui`"));
                }
                if *to == top
                    && ACYCLIC.contains(&top.as_str())
                    && module.len() > 1
                    && path.len() > 1
                {
                    edges
                        .entry(format!("{top}::{}", module[1]))
                        .or_default()
                        .insert(format!("{top}::{}", path[1]));
                }
            }
            // `super::x` in a file one level down names a sibling module.
            if module.len() == 2 && ACYCLIC.contains(&top.as_str()) {
                for sibling in super_paths(line) {
                    edges
                        .entry(format!("{top}::{}", module[1]))
                        .or_default()
                        .insert(format!("{top}::{sibling}"));
                }
            }
        }
    }
    // A cycle among the submodules of an acyclic layer: depth-first search for a back edge.
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        cycles: &mut Vec<String>,
    ) {
        if let Some(at) = stack.iter().position(|n| n == node) {
            cycles.push(format!("cycle: {} → {node}", stack[at..].join(" → ")));
            return;
        }
        if !done.insert(node.to_string()) {
            return;
        }
        stack.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            if next != node {
                visit(next, edges, stack, done, cycles);
            }
        }
        stack.pop();
    }
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        visit(node, &edges, &mut Vec::new(), &mut done, &mut wrong);
    }
    assert!(
        wrong.is_empty(),
        "dependencies that point the wrong way:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn paths_are_read_as_the_check_needs() {
    assert_eq!(
        crate_paths("use crate::data::fold::x;"),
        vec![vec!["data", "fold"]]
    );
    assert_eq!(
        crate_paths("use crate::{data, ui::detail};"),
        vec![vec!["data"], vec!["ui", "detail"]]
    );
    assert_eq!(
        crate_paths("let x = my_crate::ui::draw();"),
        Vec::<Vec<String>>::new()
    );
    assert_eq!(
        crate_paths("crate::query::in_range(a)"),
        vec![vec!["query", "in_range"]]
    );
}
