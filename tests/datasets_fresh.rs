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
            _ => vac_figures::sources().len(),
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
fn the_codebook_names_every_column() {
    let codebook =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/README.md"))
            .expect("datasets/README.md");
    use vac_figures::export::{FIGURE_COLUMNS, FOOTNOTE_COLUMNS, SOURCE_COLUMNS};
    for column in FIGURE_COLUMNS
        .iter()
        .chain(&FOOTNOTE_COLUMNS)
        .chain(&SOURCE_COLUMNS)
    {
        assert!(
            codebook.contains(&format!("| `{column}` |")),
            "codebook lacks column {column}"
        );
    }
}
