//! The corpus of malformed datasets under `tests/malformed/`: each case is a directory with
//! `figures.csv`, `footnotes.csv` and `sources.csv`, taken from the exported files with one
//! defect (or several, in `several_problems`), and `expected.txt`, the exact text the loader
//! must give: one problem per line, or `valid: N figures, M footnotes, K sources` for a case
//! that must load. See `tests/malformed/README.md`.

use std::path::{Path, PathBuf};

use vac_figures::Dataset;
use vac_figures::{Error, load};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed")
}

fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("tests/malformed exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    cases
}

/// What loading `dir` gives, in the format of `expected.txt`.
fn outcome(dir: &Path) -> String {
    match Dataset::from_dir(dir) {
        Ok(data) => format!(
            "valid: {} figures, {} footnotes, {} sources\n",
            data.figures().len(),
            data.footnotes().len(),
            data.sources().len()
        ),
        Err(Error::Invalid(problems)) => {
            assert!(
                !problems.is_empty(),
                "{}: Invalid with no problem",
                dir.display()
            );
            problems.iter().map(|p| format!("{p}\n")).collect()
        }
        Err(e) => format!("I/O error: {e}\n"),
    }
}

#[test]
fn every_case_gives_exactly_its_expected_errors() {
    let cases = cases();
    assert!(cases.len() >= 15, "only {} cases", cases.len());
    let mut failed = Vec::new();
    for dir in &cases {
        let expected = std::fs::read_to_string(dir.join("expected.txt"))
            .unwrap_or_else(|e| panic!("{}: expected.txt: {e}", dir.display()));
        let got = outcome(dir);
        if got != expected {
            failed.push(format!(
                "{}:\n--- expected\n{expected}--- got\n{got}",
                dir.display()
            ));
        }
        // validate_dir reports the same problems.
        let problems: String = load::validate_dir(dir)
            .iter()
            .map(|p| format!("{p}\n"))
            .collect();
        if !expected.starts_with("valid: ") && problems != expected {
            failed.push(format!("{}: validate_dir gave\n{problems}", dir.display()));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn the_required_kinds_of_defect_are_all_in_the_corpus() {
    let names: Vec<String> = cases()
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    for required in [
        "valid",
        "bom_accepted",
        "unknown_unit",
        "unknown_qualifier",
        "non_numeric_value",
        "duplicate_id",
        "unknown_footnote",
        "unknown_source",
        "missing_column",
        "extra_column",
        "wrong_column_order",
        "empty_file",
        "invalid_utf8",
        "truncated_row",
        "unclosed_quote",
        "several_problems",
    ] {
        assert!(names.iter().any(|n| n == required), "no case {required}");
    }
    // The BOM case really has BOMs, and the invalid-UTF-8 case really is invalid.
    let bom = std::fs::read(corpus().join("bom_accepted/figures.csv")).expect("read");
    assert!(bom.starts_with(b"\xEF\xBB\xBF"));
    let latin1 = std::fs::read(corpus().join("invalid_utf8/figures.csv")).expect("read");
    assert!(std::str::from_utf8(&latin1).is_err());
}

#[test]
fn several_problems_are_all_reported_in_one_error() {
    let Err(Error::Invalid(problems)) = Dataset::from_dir(corpus().join("several_problems")) else {
        panic!("several_problems loads");
    };
    let files: Vec<&str> = problems.iter().map(|p| p.file).collect();
    assert!(files.contains(&"figures.csv") && files.contains(&"footnotes.csv"));
    assert!(problems.len() >= 5);
    let text = Error::Invalid(problems.clone()).to_string();
    assert!(text.starts_with(&format!("invalid dataset: {} problems\n", problems.len())));
    assert_eq!(text.lines().count(), problems.len() + 1);
}
