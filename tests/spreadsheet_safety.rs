//! Spreadsheet safety (CSV injection): no cell of any exported CSV begins with a character
//! that makes a spreadsheet run it as a formula (`=`, `+`, `-`, `@`, a tab, a carriage
//! return) unless it is escaped with one leading apostrophe (`export::escape_cell`).

use std::borrow::Cow;

use vac_figures::export::{self, escape_cell, unescape_cell};
use vac_figures::{Dataset, Figure};

const DANGEROUS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Every cell of every exported CSV of `dataset`, as `(file, row, column, cell)`.
fn cells(dataset: &Dataset) -> Vec<(&'static str, usize, String, String)> {
    let files = export::dataset_files(dataset).expect("export to memory");
    let mut out = Vec::new();
    for (name, bytes) in files.iter().filter(|(n, _)| n.ends_with(".csv")) {
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let header: Vec<String> = reader
            .headers()
            .expect("header")
            .iter()
            .map(str::to_owned)
            .collect();
        for (i, record) in reader.records().enumerate() {
            let record = record.expect("row");
            for (column, cell) in header.iter().zip(record.iter()) {
                out.push((*name, i + 2, column.clone(), cell.to_owned()));
            }
        }
    }
    out
}

/// A cell is safe when it does not begin with a formula character; a cell that begins with
/// the apostrophe must be an escape, i.e. what remains must need one.
fn assert_safe(file: &str, row: usize, column: &str, cell: &str) {
    assert!(
        !cell.starts_with(DANGEROUS),
        "{file} line {row} column {column}: unescaped formula start {cell:?}"
    );
    if cell.starts_with('\'') {
        let inner = unescape_cell(cell);
        assert!(
            inner.starts_with(DANGEROUS) || inner.starts_with('\''),
            "{file} line {row} column {column}: apostrophe that escapes nothing {cell:?}"
        );
    }
}

#[test]
fn no_cell_of_the_builtin_csvs_begins_with_a_formula_character() {
    let cells = cells(Dataset::builtin());
    let files: std::collections::BTreeSet<&str> = cells.iter().map(|c| c.0).collect();
    assert_eq!(files.len(), 6, "every CSV is checked: {files:?}");
    assert!(cells.len() > 2000, "only {} cells", cells.len());
    for (file, row, column, cell) in &cells {
        assert_safe(file, *row, column, cell);
    }
}

#[test]
fn text_that_begins_with_a_formula_character_is_escaped_and_loads_back() {
    let builtin = Dataset::builtin();
    let mut figures: Vec<Figure> = builtin.figures().to_vec();
    let formula = "=HYPERLINK(\"http://example.invalid\",\"click\")";
    figures[0].measure = Cow::Owned(formula.to_owned());
    figures[0].quote = Cow::Owned("+1 more".to_owned());
    figures[0].attribution = Some(Cow::Owned("@someone".to_owned()));
    figures[0].geography = Cow::Owned("-world".to_owned());
    figures[0].population = Cow::Owned("'quoted".to_owned());
    let mut footnotes = builtin.footnotes().to_vec();
    footnotes[0].text = Cow::Owned("\tA/61/299.".to_owned());
    let dataset = Dataset::new(figures, footnotes, builtin.sources().to_vec())
        .expect("the edited records form a dataset");

    let cells = cells(&dataset);
    for (file, row, column, cell) in &cells {
        assert_safe(file, *row, column, cell);
    }
    let find = |file: &str, column: &str| {
        cells
            .iter()
            .find(|c| c.0 == file && c.1 == 2 && c.2 == column)
            .map(|c| c.3.clone())
            .unwrap_or_else(|| panic!("{file} {column}"))
    };
    assert_eq!(find("figures.csv", "measure"), format!("'{formula}"));
    assert_eq!(find("figures.csv", "quote"), "'+1 more");
    assert_eq!(find("figures.csv", "attribution"), "'@someone");
    assert_eq!(find("figures.csv", "geography"), "'-world");
    assert_eq!(find("figures.csv", "population"), "''quoted");
    assert_eq!(find("footnotes.csv", "text"), "'\tA/61/299.");

    // The loader removes the escape: the text comes back as written.
    let files = export::dataset_files(&dataset).expect("export");
    let file = |name: &str| {
        files
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, b)| b.clone())
            .expect(name)
    };
    let loaded = Dataset::from_readers(
        file("figures.csv").as_slice(),
        file("footnotes.csv").as_slice(),
        file("sources.csv").as_slice(),
    )
    .expect("the escaped export loads");
    assert_eq!(loaded.figures()[0].measure, formula);
    assert_eq!(loaded.figures()[0].population, "'quoted");
    assert_eq!(loaded.footnotes()[0].text, "\tA/61/299.");
}

#[test]
fn escape_cell_escapes_exactly_the_formula_starts() {
    for start in DANGEROUS.iter().chain(&['\'']) {
        let cell = format!("{start}x");
        assert_eq!(escape_cell(&cell), format!("'{cell}"));
        assert_eq!(unescape_cell(&escape_cell(&cell)), cell);
    }
    for safe in ["", "x", "38 per cent", " =x", "1-2", "a@b"] {
        assert_eq!(escape_cell(safe), safe);
    }
}
