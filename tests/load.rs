//! Loading datasets from CSV files: the round trip of the built-in data, edited and extended
//! files, and the problems reported for broken ones.

use std::path::Path;
use vac_figures::{Dataset, export};
use vac_figures::{Error, Problem, ProblemKind};

/// The exported CSV files of the built-in dataset, as text.
fn exported() -> [String; 3] {
    let files = export::dataset_files(Dataset::builtin()).expect("export");
    let text = |name: &str| {
        let bytes = files
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, b)| b.clone())
            .expect("file");
        String::from_utf8(bytes).expect("UTF-8")
    };
    [
        text("figures.csv"),
        text("footnotes.csv"),
        text("sources.csv"),
    ]
}

fn load(files: &[String; 3]) -> Result<Dataset, Error> {
    Dataset::from_readers(
        files[0].as_bytes(),
        files[1].as_bytes(),
        files[2].as_bytes(),
    )
}

fn problems(files: &[String; 3]) -> Vec<String> {
    match load(files) {
        Ok(_) => vec![],
        Err(Error::Invalid(problems)) => problems.iter().map(Problem::to_string).collect(),
        Err(e) => vec![format!("I/O: {e}")],
    }
}

#[test]
fn the_builtin_dataset_exported_and_loaded_back_is_equal_to_itself() {
    let dir = std::env::temp_dir().join(format!("vac-figures-roundtrip-{}", std::process::id()));
    export::write_dir(Dataset::builtin(), &dir).expect("write");
    let loaded = Dataset::from_dir(&dir).expect("loads");
    let _ = std::fs::remove_dir_all(&dir);
    let builtin = Dataset::builtin();
    assert_eq!(loaded.figures().len(), builtin.figures().len());
    for (a, b) in loaded.figures().iter().zip(builtin.figures()) {
        assert_eq!(a, b, "figure {}", b.id);
    }
    for (a, b) in loaded.footnotes().iter().zip(builtin.footnotes()) {
        assert_eq!(a, b, "footnote {}", b.number);
    }
    for (a, b) in loaded.sources().iter().zip(builtin.sources()) {
        assert_eq!(a, b, "source {}", b.id);
    }
    assert_eq!(&loaded, builtin);
    // The loaded dataset answers the same queries.
    let fig = loaded.figure("children_in_conflict_areas").expect("figure");
    assert_eq!(
        loaded.citation(fig).to_string(),
        builtin.citation(fig).to_string()
    );
    assert!(vac_figures::load::validate_dir("/no/such/dir").len() == 3);
}

/// Replaces the cell `column` of the row whose first cell is `key`.
fn edit(csv: &str, key: &str, column: &str, value: &str) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes());
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("row").iter().map(str::to_owned).collect())
        .collect();
    let col = rows[0].iter().position(|c| c == column).expect("column");
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut found = false;
    for mut row in rows {
        if row[0] == key {
            row[col] = value.to_owned();
            found = true;
        }
        writer.write_record(&row).expect("write");
    }
    assert!(found, "no row {key}");
    String::from_utf8(writer.into_inner().expect("flush")).expect("UTF-8")
}

#[test]
fn edited_files_load_with_their_edits() {
    let mut files = exported();
    files[0] = edit(
        &files[0],
        "children_share_of_detected_victims",
        "value",
        "39",
    );
    // A spreadsheet's TRUE, an escaped minus sign, an exponent, LF line ends.
    files[0] = edit(&files[0], "mandate_anniversary_years", "converted", "TRUE");
    files[0] = edit(&files[0], "contributions_to_report", "value", "'-60");
    files[0] = edit(
        &files[0],
        "international_migrants_2020",
        "value",
        "2.81E+08",
    );
    files[1] = files[1].replace("\r\n", "\n");
    let data = load(&files).expect("loads");
    assert_eq!(
        data.figure("children_share_of_detected_victims")
            .map(|f| f.value),
        Some(39.0)
    );
    assert_eq!(
        data.figure("contributions_to_report").map(|f| f.value),
        Some(-60.0)
    );
    assert_eq!(
        data.figure("international_migrants_2020").map(|f| f.value),
        Some(281_000_000.0)
    );
    assert_eq!(data.footnotes(), Dataset::builtin().footnotes());
}

#[test]
fn a_row_with_a_multi_line_cell_moves_the_lines_of_the_rows_after_it() {
    let mut files = exported();
    files[0] = edit(
        &files[0],
        "office_establishment_anniversary_years",
        "measure",
        "Years since the establishment\nof the Office\r\n(edited)",
    );
    files[0] = edit(&files[0], "mobilization_processes", "unit", "unit");
    // The header is line 1, the edited row spans lines 2 to 4, so the fourth row starts on
    // line 7.
    assert_eq!(
        problems(&files),
        [
            "figures.csv:7: column 9 `unit`: unknown unit \"unit\"; expected one of: percent, \
             count, usd, eur, one_in, times, years, months"
        ]
    );
}

#[test]
fn problems_in_every_file_are_reported_together_in_file_and_line_order() {
    let mut files = exported();
    files[2] = edit(&files[2], "glotip_2024", "year", "MMXXIV");
    files[1] = edit(&files[1], "12", "pages", "");
    files[1] = edit(&files[1], "27", "form", "full text");
    files[0] = edit(&files[0], "contributions_to_report", "paragraph", "0");
    files[0] = edit(&files[0], "contributions_to_report", "value_upper", "10");
    files[0] = edit(
        &files[0],
        "contributions_to_report",
        "topics",
        "participation;;trafficking",
    );
    let found = problems(&files);
    assert_eq!(
        found,
        [
            "figures.csv:3: column 2 `paragraph`: \"0\" is not a whole number from 1 to 255",
            "figures.csv:3: column 19 `topics`: an empty list item (`;` doubled, or at the start or end)",
            "footnotes.csv:28: column 3 `form`: unknown citation form \"full text\"; expected one of: full, ibid, short_form, note",
            "sources.csv:11: column 6 `year`: \"MMXXIV\" is not a whole number from 0 to 65535",
        ],
        "{found:#?}"
    );
}

#[test]
fn rules_are_checked_after_the_cells_are_read() {
    let mut files = exported();
    files[0] = edit(&files[0], "contributions_to_report", "value_upper", "10");
    files[0] = edit(
        &files[0],
        "mandate_anniversary_years",
        "id",
        "Mandate-Anniversary",
    );
    files[0] = edit(
        &files[0],
        "mobilization_processes",
        "footnote_position",
        "at_quote",
    );
    files[0] = edit(&files[0], "mobilization_processes", "value", "inf");
    files[1] = edit(
        &files[1],
        "3",
        "urls",
        "https://example.org/a;;https://example.org/b",
    );
    files[2] = edit(&files[2], "glotip_2024", "title", "");
    assert_eq!(
        problems(&files),
        [
            "figures.csv:3: column 8 `value_upper`: the upper end 10 is below the value 60",
            "figures.csv:4: column 1 `id`: \"Mandate-Anniversary\" is not a snake_case id (a \
             lower-case letter, then lower-case letters, digits and `_`)",
            "figures.csv:5: column 7 `value`: inf is not a finite number",
            "figures.csv:5: column 22 `footnote_position`: is `at_quote` but the figure lists \
             no footnote; use `none`",
            "footnotes.csv:4: column 8 `urls`: an empty list item (`;` doubled, or at the start or end)",
            "sources.csv:11: column 2 `title`: empty; a value is required",
        ]
    );
}

#[test]
fn a_missing_column_does_not_cascade_into_the_other_files() {
    let mut files = exported();
    files[1] = files[1].replacen("footnote,paragraph,", "number,paragraph,", 1);
    let found = problems(&files);
    assert_eq!(
        found,
        [
            "footnotes.csv:1: missing column `footnote` (expected as column 1)",
            "footnotes.csv:1: column 1 `number`: unexpected column; the columns are: footnote, \
             paragraph, form, text, source_id, source_ids, pages, urls",
        ]
    );
}

#[test]
fn dataset_new_rejects_what_csv_cannot_carry() {
    let builtin = Dataset::builtin();
    let rebuild = |figures: Vec<vac_figures::Figure>, footnotes: Vec<vac_figures::Footnote>| {
        Dataset::new(figures, footnotes, builtin.sources().to_vec())
    };
    let mut figures = builtin.figures().to_vec();
    figures[0].period = Some("".into());
    let err = rebuild(figures, builtin.footnotes().to_vec()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid dataset: 1 problem\nfigures.csv: figure `office_establishment_anniversary_years`: field `period`: present but empty; \
         an absent value must be left out (None)"
    );
    let mut footnotes = builtin.footnotes().to_vec();
    footnotes[4].urls = std::borrow::Cow::Owned(vec!["https://a.org/x;y".into()]);
    let err = rebuild(builtin.figures().to_vec(), footnotes).unwrap_err();
    assert!(
        err.to_string()
            .ends_with("field `urls`: list item \"https://a.org/x;y\" contains `;`, the list separator, which no item may contain"),
        "{err}"
    );
    let mut figures = builtin.figures().to_vec();
    figures[1].location.in_footnote = Some(200);
    let err = rebuild(figures, builtin.footnotes().to_vec()).unwrap_err();
    assert!(
        err.to_string().ends_with(
            "figures.csv: figure `contributions_to_report`: field `in_footnote`: footnote 200 does not exist in footnotes.csv"
        ),
        "{err}"
    );
}

#[test]
fn a_reader_that_fails_is_an_io_error_naming_the_file() {
    struct Broken;
    impl std::io::Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }
    let files = exported();
    let err = Dataset::from_readers(files[0].as_bytes(), Broken, files[2].as_bytes()).unwrap_err();
    assert_eq!(err.to_string(), "cannot read footnotes.csv: disk on fire");
    assert!(matches!(err, Error::Io { .. }));
    let problems = vac_figures::load::validate_dir("/no/such/dir");
    assert_eq!(problems.len(), 3);
    assert!(matches!(problems[0].kind, ProblemKind::Unreadable(_)));
}

#[test]
fn footnote_numbers_are_compared_as_numbers() {
    let mut files = exported();
    files[1] = edit(&files[1], "3", "footnote", "03");
    assert_eq!(problems(&files), Vec::<String>::new());
    files[1] = edit(&files[1], "4", "footnote", "3");
    assert_eq!(
        problems(&files),
        ["footnotes.csv:5: column 1 `footnote`: duplicate footnote number 3 (first on line 4)"]
    );
}

#[test]
fn a_header_that_is_not_utf8_is_one_problem() {
    let mut files = exported();
    let mut bytes = files[2].clone().into_bytes();
    bytes[3] = 0xE9; // source_id -> sou\xE9ce_id
    files[2] = String::new();
    let found = match Dataset::from_readers(files[0].as_bytes(), files[1].as_bytes(), &bytes[..]) {
        Err(Error::Invalid(problems)) => problems.iter().map(Problem::to_string).collect(),
        other => vec![format!("{:?}", other.map(|d| d.figures().len()))],
    };
    assert_eq!(
        found,
        [
            "sources.csv:1: column 1 `sou\u{FFFD}ce_id`: invalid UTF-8 at byte 4 of the cell; save the file as UTF-8"
        ]
    );
}

#[test]
fn whole_numbers_may_carry_a_zero_fraction_as_pandas_writes_them() {
    let mut files = exported();
    files[0] = edit(&files[0], "icat_member_entities", "in_footnote", "10.0");
    files[2] = edit(&files[2], "glotip_2024", "year", "2024.0");
    let data = load(&files).expect("loads");
    assert_eq!(&data, Dataset::builtin());
    files[0] = edit(&files[0], "icat_member_entities", "in_footnote", "10.5");
    assert_eq!(
        problems(&files),
        [format!(
            "figures.csv:{}: column 6 `in_footnote`: \"10.5\" is not a whole number from 1 to 255",
            line_of("icat_member_entities")
        )]
    );
}

/// A fresh directory under the system's temporary directory.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("vac-figures-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn loading_datasets_and_exporting_again_gives_every_file_byte_for_byte() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets");
    let loaded = Dataset::from_dir(&dir).unwrap();
    assert_eq!(&loaded, Dataset::builtin());
    let files = vac_figures::export::dataset_files(&loaded).unwrap();
    assert_eq!(files.len(), 15);
    for (name, bytes) in files {
        assert_eq!(
            std::fs::read(dir.join(name)).unwrap(),
            bytes,
            "{name} differs after load and export"
        );
    }
}

#[test]
fn an_edited_dataset_exports_its_own_reviews_and_report() {
    let dir = scratch("own-reviews");
    vac_figures::export::write_dir(Dataset::builtin(), &dir).unwrap();
    let edit = |name: &str, from: &str, to: &str| {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        assert!(text.contains(from), "{name}: {from}");
        std::fs::write(dir.join(name), text.replacen(from, to, 1)).unwrap();
    };
    edit(
        "reviews.json",
        "\"status\": \"unverified\"",
        "\"status\": \"confirmed\"",
    );
    // The derived `review_status` cell follows the edited review (or could be left empty).
    let figures = std::fs::read_to_string(dir.join("figures.csv")).unwrap();
    let row = figures
        .lines()
        .find(|l| l.starts_with("children_share_of_detected_victims_sub_saharan_africa,"))
        .unwrap();
    assert!(row.contains(",unverified"));
    let edited = row.replacen(",unverified", ",confirmed", 1);
    std::fs::write(dir.join("figures.csv"), figures.replacen(row, &edited, 1)).unwrap();
    edit(
        "report.json",
        "\"symbol\": \"A/HRC/58/19\"",
        "\"symbol\": \"A/HRC/58/19/Corr.1\"",
    );
    let loaded = Dataset::from_dir(&dir).unwrap();
    assert_eq!(loaded.report().symbol, "A/HRC/58/19/Corr.1");
    let sub_saharan = loaded
        .figure("children_share_of_detected_victims_sub_saharan_africa")
        .unwrap();
    assert_eq!(
        loaded.review_status(sub_saharan).as_str(),
        "confirmed",
        "the loaded review, not the built-in one"
    );
    assert_eq!(sub_saharan.review_status().as_str(), "unverified");
    assert!(
        loaded
            .citation(sub_saharan)
            .to_string()
            .contains("as cited in A/HRC/58/19/Corr.1, para. 43")
    );
    let files = vac_figures::export::dataset_files(&loaded).unwrap();
    let file = |name: &str| {
        String::from_utf8(files.iter().find(|(n, _)| *n == name).unwrap().1.clone()).unwrap()
    };
    assert!(file("report.json").contains("A/HRC/58/19/Corr.1"));
    assert!(file("README.md").contains("A/HRC/58/19/Corr.1"));
    assert!(file("datapackage.json").contains("A/HRC/58/19/Corr.1"));
    assert_eq!(
        file("reviews.json"),
        std::fs::read_to_string(dir.join("reviews.json")).unwrap()
    );
    assert!(
        file("reviews.csv").contains(
            "children_share_of_detected_victims_sub_saharan_africa,confirmed,unverified,"
        )
    );
    assert!(file("figures.csv").lines().any(|l| {
        l.starts_with("children_share_of_detected_victims_sub_saharan_africa,")
            && l.contains(",confirmed")
    }));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_optional_files_are_checked_with_their_positions() {
    let dir = scratch("bad-optional");
    vac_figures::export::write_dir(Dataset::builtin(), &dir).unwrap();
    let reviews = std::fs::read_to_string(dir.join("reviews.json")).unwrap();
    std::fs::write(
        dir.join("reviews.json"),
        reviews.replacen(
            "\"children_share_of_detected_victims\"",
            "\"children_share_of_detected_victim\"",
            1,
        ),
    )
    .unwrap();
    let report = std::fs::read_to_string(dir.join("report.json")).unwrap();
    std::fs::write(dir.join("report.json"), report.replacen("{", "{,", 1)).unwrap();
    let problems: Vec<String> = vac_figures::load::validate_dir(&dir)
        .iter()
        .map(|p| p.to_string())
        .collect();
    assert_eq!(
        problems,
        [
            // The figure no review covers any more: its derived cell disagrees.
            format!(
                "figures.csv:{}: column 26 `review_status`: \"confirmed\" does not match the \
                 other columns; expected \"not_reviewed\" (or an empty cell)",
                line_of("children_share_of_detected_victims")
            ),
            "reviews.json: review 1: field `figures`: a review covers figure \
             \"children_share_of_detected_victim\", which does not exist in figures.csv"
                .to_owned(),
            "report.json:1: key must be a string at line 1 column 2".to_owned(),
        ]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_file_must_have_every_column_of_the_first_layout() {
    // Columns appended after the first published layout (26 columns, data version 1.1.0)
    // may be missing at the end of an older file; the columns of the first layout may not:
    // a file that stops one short of it misses `review_status`, and the message says so.
    const FIRST_LAYOUT: usize = 26;
    let files = export::dataset_files(Dataset::builtin()).unwrap();
    let file = |name: &str| files.iter().find(|(n, _)| *n == name).unwrap().1.clone();
    let figures = file("figures.csv");
    let mut reader = csv::Reader::from_reader(&figures[..]);
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let header = reader.headers().unwrap().clone();
    writer
        .write_record(header.iter().take(FIRST_LAYOUT - 1))
        .unwrap();
    for record in reader.records() {
        let record = record.unwrap();
        writer
            .write_record(record.iter().take(FIRST_LAYOUT - 1))
            .unwrap();
    }
    let without_last = writer.into_inner().unwrap();
    let err = Dataset::from_readers(
        &without_last[..],
        &file("footnotes.csv")[..],
        &file("sources.csv")[..],
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("figures.csv:1: missing column `review_status` (expected as column 26)"),
        "{err}"
    );
}

/// The line of a built-in figure's row in the exported `figures.csv` (the header is line 1).
fn line_of(id: &str) -> usize {
    vac_figures::figures()
        .iter()
        .position(|f| f.id == id)
        .expect("a built-in figure")
        + 2
}

#[test]
fn a_file_of_the_first_layout_loads_and_its_figures_have_no_claim_words() {
    // A `figures.csv` written before the claim checker's columns (data version 1.1.0): it
    // loads, and its figures take the empty value of each appended column.
    let files = export::dataset_files(Dataset::builtin()).unwrap();
    let file = |name: &str| files.iter().find(|(n, _)| *n == name).unwrap().1.clone();
    let figures = file("figures.csv");
    let mut reader = csv::Reader::from_reader(&figures[..]);
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(reader.headers().unwrap().iter().take(26))
        .unwrap();
    for record in reader.records() {
        writer
            .write_record(record.unwrap().iter().take(26))
            .unwrap();
    }
    let old = writer.into_inner().unwrap();
    let (footnotes, sources) = (file("footnotes.csv"), file("sources.csv"));
    let data = Dataset::from_readers(&old[..], &footnotes[..], &sources[..]).unwrap();
    assert_eq!(data.figures().len(), Dataset::builtin().figures().len());
    assert!(
        data.figures()
            .iter()
            .all(|f| f.claim_words.is_empty() && f.counts.is_empty())
    );
    // Without words, the claim checker matches none of its figures.
    let check =
        vac_figures::check::check_claim_in(&data, "Children make up 38% of detected victims");
    assert_eq!(check.verdict, vac_figures::check::Verdict::Unverifiable);
}
