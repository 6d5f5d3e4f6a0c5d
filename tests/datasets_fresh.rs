//! The committed files in `datasets/` are exactly what the built-in data exports to (the
//! pattern of chrono-tz's codegen test). When this fails, run
//! `cargo run --example export_datasets` and commit the result.

use std::path::Path;

#[test]
fn committed_datasets_are_fresh() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets");
    let files = vac_figures::export::dataset_files(vac_figures::Dataset::builtin())
        .expect("export to memory");
    let mut stale = Vec::new();
    for (name, bytes) in &files {
        match std::fs::read(dir.join(name)) {
            Ok(committed) if &committed == bytes => {}
            Ok(_) => stale.push(format!("{name} differs")),
            Err(err) => stale.push(format!("{name}: {err}")),
        }
    }
    assert!(
        stale.is_empty(),
        "datasets/ is stale ({}); run `cargo run --example export_datasets` and commit",
        stale.join(", ")
    );
}

#[test]
fn csv_files_are_utf8_without_bom_with_one_header_row() {
    let files = vac_figures::export::dataset_files(vac_figures::Dataset::builtin())
        .expect("export to memory");
    for (name, bytes) in files.iter().filter(|(n, _)| n.ends_with(".csv")) {
        let text = std::str::from_utf8(bytes).expect("UTF-8");
        assert!(!text.starts_with('\u{feff}'), "{name} has a BOM");
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let width = reader.headers().expect("header").len();
        let mut rows = 0;
        for record in reader.records() {
            let record = record.expect("a well-formed row");
            assert_eq!(record.len(), width, "{name}: ragged row");
            rows += 1;
        }
        let expected = match *name {
            "figures.csv" => vac_figures::figures().len(),
            "footnotes.csv" => 64,
            "reviews.csv" => vac_figures::figures()
                .iter()
                .filter(|f| f.review().is_some())
                .count(),
            "figure_footnotes.csv" => vac_figures::figures()
                .iter()
                .map(|f| f.footnotes.len())
                .sum(),
            "footnote_sources.csv" => vac_figures::footnotes()
                .iter()
                .map(|n| n.sources.len())
                .sum(),
            "sources.csv" => vac_figures::sources().len(),
            other => panic!("no expected row count for {other}"),
        };
        assert_eq!(rows, expected, "{name}: one row per record");
        assert!(text.ends_with("\r\n"), "{name}: RFC 4180 line ends");
    }
}

#[test]
fn json_files_parse_back_to_the_records() {
    let files = vac_figures::export::dataset_files(vac_figures::Dataset::builtin())
        .expect("export to memory");
    let json = |name: &str| {
        files
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, b)| b.clone())
            .expect(name)
    };
    let figures: Vec<vac_figures::Figure> =
        serde_json::from_slice(&json("figures.json")).expect("figures.json");
    assert_eq!(figures.as_slice(), vac_figures::figures());
    let notes: Vec<vac_figures::Footnote> =
        serde_json::from_slice(&json("footnotes.json")).expect("footnotes.json");
    assert_eq!(notes.as_slice(), vac_figures::footnotes());
    let sources: Vec<vac_figures::Source> =
        serde_json::from_slice(&json("sources.json")).expect("sources.json");
    assert_eq!(sources.as_slice(), vac_figures::sources());
}

#[test]
fn the_codebook_names_every_column_of_every_csv() {
    let codebook =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/README.md"))
            .expect("datasets/README.md");
    use vac_figures::export::{
        FIGURE_COLUMNS, FIGURE_FOOTNOTE_COLUMNS, FOOTNOTE_COLUMNS, FOOTNOTE_SOURCE_COLUMNS,
        REVIEW_COLUMNS, SOURCE_COLUMNS,
    };
    let files = vac_figures::export::dataset_files(vac_figures::Dataset::builtin())
        .expect("export to memory");
    let csvs: Vec<&str> = files
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| n.ends_with(".csv"))
        .collect();
    assert_eq!(
        csvs,
        [
            "figures.csv",
            "footnotes.csv",
            "sources.csv",
            "reviews.csv",
            "figure_footnotes.csv",
            "footnote_sources.csv"
        ]
    );
    for (file, columns) in [
        ("figures.csv", &FIGURE_COLUMNS[..]),
        ("footnotes.csv", &FOOTNOTE_COLUMNS[..]),
        ("sources.csv", &SOURCE_COLUMNS[..]),
        ("reviews.csv", &REVIEW_COLUMNS[..]),
        ("figure_footnotes.csv", &FIGURE_FOOTNOTE_COLUMNS[..]),
        ("footnote_sources.csv", &FOOTNOTE_SOURCE_COLUMNS[..]),
    ] {
        // The section of the codebook for this file, up to the next heading.
        let start = codebook
            .find(&format!("## {file} "))
            .unwrap_or_else(|| panic!("codebook has no section for {file}"));
        let section = &codebook[start + 3..];
        let section = &section[..section.find("\n## ").unwrap_or(section.len())];
        for column in columns {
            assert!(
                section.contains(&format!("| `{column}` |")),
                "codebook section {file} lacks column {column}"
            );
        }
    }
    for topic in [
        "Spreadsheet safety",
        "Lists",
        "Missing values",
        "## Units and values",
        "## Data package",
        "## Stable ids and columns",
        "## How to cite",
    ] {
        assert!(codebook.contains(topic), "codebook lacks {topic}");
    }
}
