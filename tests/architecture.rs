//! The layout shows the architecture: no two modules of the library import each other,
//! directly or through others. A module is a top-level file or directory of `src/`
//! (`src/export/` and its files are `export`); the crate root (`lib.rs`) re-exports every
//! module, so no module may use an item defined in the root. `ids` and `source_ids` (root
//! modules that re-export the built-in tables) count as `data`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module a file belongs to: its first path component under `src/`.
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    match name {
        "bin" => None, // the command-line program is a user of the library, not part of it
        "lib" => Some("lib".to_owned()),
        other => Some(other.to_owned()),
    }
}

/// Every `crate::NAME` a file's code (not its comments) refers to, `crate::{a, b}` included.
fn references(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let code = match line.find("//") {
            Some(i) => &line[..i],
            None => line,
        };
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            rest = &rest[i + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                for item in group[..end].split(',') {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        out.insert(name);
                    }
                }
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        }
    }
    out
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files.iter().filter_map(|f| module_of(&src, f)).collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for module in &modules {
        edges.entry(module.clone()).or_default();
    }
    for file in &files {
        let Some(from) = module_of(&src, file) else {
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap();
        for name in references(&text) {
            let to = match name.as_str() {
                "ids" | "source_ids" => "data".to_owned(),
                n if modules.contains(n) => n.to_owned(),
                _ => "lib".to_owned(), // an item defined in the crate root
            };
            if to != from {
                edges.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    // The root declares and re-exports every module.
    let others: Vec<String> = modules.iter().filter(|m| *m != "lib").cloned().collect();
    edges.entry("lib".to_owned()).or_default().extend(others);
    edges
}

/// The modules reachable from `start`.
fn reachable(edges: &BTreeMap<String, BTreeSet<String>>, start: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![start.to_owned()];
    while let Some(m) = stack.pop() {
        for next in edges.get(&m).into_iter().flatten() {
            if seen.insert(next.clone()) {
                stack.push(next.clone());
            }
        }
    }
    seen
}

#[test]
fn no_two_modules_import_each_other() {
    let edges = graph();
    let mut cycles = Vec::new();
    for (from, tos) in &edges {
        for to in tos {
            if reachable(&edges, to).contains(from) {
                cycles.push(format!("{from} -> {to} -> ... -> {from}"));
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "modules in a cycle:\n{}",
        cycles.join("\n")
    );
}

#[test]
fn the_reader_sees_imports_and_not_comments() {
    let text = "use crate::{dataset::Dataset, record};\n// crate::load\nlet x = crate::text::f(); // crate::verify\n";
    let found: Vec<String> = references(text).into_iter().collect();
    assert_eq!(found, ["dataset", "record", "text"]);
}
