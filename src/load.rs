//! Loading a dataset from the CSV files [`crate::export`] writes — as exported, or after a
//! person edited or extended them in a notebook or a spreadsheet — with every problem
//! reported by file, line and column.
//!
//! ```
//! use vac_figures::{export, Dataset};
//!
//! let dir = std::env::temp_dir().join(format!("vac-figures-load-doc-{}", std::process::id()));
//! export::write_dir(Dataset::builtin(), &dir)?;
//! let loaded = Dataset::from_dir(&dir)?;
//! assert_eq!(&loaded, Dataset::builtin());
//! # std::fs::remove_dir_all(&dir).ok();
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A file with problems gives [`Error::Invalid`] with all of them, each a [`Problem`]
//! that reads like a compiler message:
//!
//! ```
//! use vac_figures::{export, Dataset, Error};
//!
//! let files = export::dataset_files(Dataset::builtin())?;
//! let file = |name: &str| files.iter().find(|(n, _)| *n == name).map(|(_, b)| b.clone()).unwrap();
//! let figures = String::from_utf8(file("figures.csv"))?
//!     .replacen(",15,,years,years,", ",15,,yeers,years,", 1);
//! let err = Dataset::from_readers(figures.as_bytes(), &file("footnotes.csv")[..], &file("sources.csv")[..])
//!     .unwrap_err();
//! let Error::Invalid(problems) = err else { panic!() };
//! assert_eq!(
//!     problems[0].to_string(),
//!     "figures.csv:2: column 9 `unit`: unknown unit \"yeers\"; expected one of: \
//!      percent, count, usd, eur, one_in, times, years, months",
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # What the loader accepts
//!
//! - The three files `figures.csv`, `footnotes.csv` and `sources.csv` (required) with exactly
//!   the columns of [`export::FIGURE_COLUMNS`](FIGURE_COLUMNS),
//!   [`FOOTNOTE_COLUMNS`] and
//!   [`SOURCE_COLUMNS`], in that order, with one header row.
//! - A file written before a column was appended may lack it (and every column appended after
//!   it): the loader reads such a file, and the missing fields take their empty value. The
//!   columns of data version 1.1.0 are always required.
//! - Two optional files, as [`export::write_dir`](crate::export::write_dir) writes them:
//!   `reviews.json`, the dataset's primary-source reviews (one record per row of the review
//!   file, with the figures it covers, in the file's order), and `report.json`, the metadata
//!   of the report the dataset is about. When `reviews.json` is absent the dataset takes the
//!   built-in reviews of the figures it has (by id); when `report.json` is absent, the
//!   built-in report's metadata (A/HRC/58/19). So a directory of the three CSVs (an older
//!   export, or one made by hand) loads as before, and a directory with its own reviews and
//!   report exports them again. Every figure a review covers must be in `figures.csv`, and
//!   the report's `source_id` in `sources.csv`.
//! - The other files of an export (`reviews.csv`, the link tables, the other JSON files, the
//!   data package, the codebook) are views written from these and are not read back: edit
//!   `reviews.json`, not `reviews.csv`.
//! - UTF-8, with or without a byte-order mark; CRLF or LF line ends; RFC 4180 quoting.
//! - Cells as [`export`](crate::export) writes them: lists joined with `;` (an empty cell is
//!   an empty list), absent values as empty cells, one leading apostrophe removed
//!   ([`unescape_cell`]). Also what notebooks and spreadsheets write back: booleans in any
//!   case (`TRUE`, `True`), exponents (`4.73E+08`), and whole numbers with a zero fraction
//!   (`12.0`, as pandas writes an integer column with empty cells).
//! - Rows added or edited by hand. A row whose every cell is empty (a spreadsheet's trailing
//!   blank row) is skipped.
//! - The derived columns — `short_unit`, `sourcing`, `source_ids` and `review_status` in
//!   `figures.csv`, `source_id` in `footnotes.csv` — are computed from the other columns.
//!   A filled cell must equal the computed value (else a [`ProblemKind::Derived`] problem
//!   says what it should be); an empty one is accepted, so that a row added by hand need
//!   not compute them.
//!
//! # What it reports
//!
//! Every problem of every file, not just the first, sorted by file, line and column:
//! empty file, UTF-16, invalid UTF-8, missing, extra, repeated or misordered columns, rows
//! with too few or too many fields, an unclosed quote, unknown names of closed sets (with
//! the accepted names), numbers that are not numbers, duplicate ids, footnotes and sources
//! that do not exist, derived columns that disagree, and every [rule](crate::Dataset::new) of the
//! data model. When the header of a file is unusable (a column is missing), its rows are not
//! interpreted and references to it are not checked, so that one mistake does not cascade
//! into a problem per row. The loader never panics, whatever the bytes.

use std::borrow::Cow;
use std::collections::HashSet;

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::dataset::Dataset;
use crate::error::FieldError;
use crate::error::{Error, Problem, ProblemColumn, ProblemKind};
use crate::export::{FIGURE_COLUMNS, FOOTNOTE_COLUMNS, SOURCE_COLUMNS, unescape_cell};
use crate::review::Review;
use crate::rules::{self, LIST_SEPARATOR, TableOf, figure_rules, footnote_rules, source_rules};
use crate::sources::{Footnote, Report, Source};
use crate::table::figures::Figure;
use crate::table::{Blank, ColumnType, Field, Value, figures, footnotes, sources};

/// The name of the figures file.
pub const FIGURES_FILE: &str = "figures.csv";
/// The name of the footnotes file.
pub const FOOTNOTES_FILE: &str = "footnotes.csv";
/// The name of the sources file.
pub const SOURCES_FILE: &str = "sources.csv";
/// The name of the reviews file (optional).
pub const REVIEWS_FILE: &str = "reviews.json";
/// The name of the report's metadata file (optional).
pub const REPORT_FILE: &str = "report.json";

/// The optional files of a dataset directory, read if present.
#[derive(Default)]
struct Optional {
    reviews: Option<Vec<u8>>,
    report: Option<Vec<u8>>,
}

/// Reads `dir/name` if it exists: `Ok(None)` when it does not.
fn read_optional(dir: &Path, name: &str) -> Result<Option<Vec<u8>>, Error> {
    let path = dir.join(name);
    match std::fs::read(&path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(Error::Io { path, source }),
    }
}

impl Dataset {
    /// Loads a dataset directory as [`export::write_dir`](crate::export::write_dir) writes
    /// it: `figures.csv`, `footnotes.csv` and `sources.csv` (required), and `reviews.json` and
    /// `report.json` when present (see the [module docs](crate::load) for what is accepted,
    /// what the optional files default to, and what is reported).
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Dataset, Error> {
        let dir = dir.as_ref();
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read(&path).map_err(|source| Error::Io { path, source })
        };
        let figures = read(FIGURES_FILE)?;
        let footnotes = read(FOOTNOTES_FILE)?;
        let sources = read(SOURCES_FILE)?;
        let optional = Optional {
            reviews: read_optional(dir, REVIEWS_FILE)?,
            report: read_optional(dir, REPORT_FILE)?,
        };
        load(
            [Some(&figures), Some(&footnotes), Some(&sources)],
            &optional,
        )
        .map_err(Error::Invalid)
    }

    /// Loads a dataset from the contents of `figures.csv`, `footnotes.csv` and
    /// `sources.csv`, read to the end from any readers.
    pub fn from_readers(
        figures: impl Read,
        footnotes: impl Read,
        sources: impl Read,
    ) -> Result<Dataset, Error> {
        fn read_all(mut reader: impl Read, name: &str) -> Result<Vec<u8>, Error> {
            let mut bytes = Vec::new();
            reader.read_to_end(&mut bytes).map_err(|source| Error::Io {
                path: PathBuf::from(name),
                source,
            })?;
            Ok(bytes)
        }
        let figures = read_all(figures, FIGURES_FILE)?;
        let footnotes = read_all(footnotes, FOOTNOTES_FILE)?;
        let sources = read_all(sources, SOURCES_FILE)?;
        load(
            [Some(&figures), Some(&footnotes), Some(&sources)],
            &Optional::default(),
        )
        .map_err(Error::Invalid)
    }
}

/// Every problem of the dataset in `dir`; empty when it loads. A file that cannot be read is
/// a [`ProblemKind::Unreadable`] problem.
pub fn validate_dir(dir: impl AsRef<Path>) -> Vec<Problem> {
    let dir = dir.as_ref();
    let mut problems = Vec::new();
    let mut read = |name: &'static str| match std::fs::read(dir.join(name)) {
        Ok(bytes) => Some(bytes),
        Err(e) => {
            problems.push(Problem::in_record(
                name,
                None,
                None,
                ProblemKind::Unreadable(e.to_string()),
            ));
            None
        }
    };
    let figures = read(FIGURES_FILE);
    let footnotes = read(FOOTNOTES_FILE);
    let sources = read(SOURCES_FILE);
    let mut optional = Optional::default();
    for (name, slot) in [
        (REVIEWS_FILE, &mut optional.reviews),
        (REPORT_FILE, &mut optional.report),
    ] {
        match read_optional(dir, name) {
            Ok(bytes) => *slot = bytes,
            Err(e) => problems.push(Problem::in_record(
                name,
                None,
                None,
                ProblemKind::Unreadable(e.to_string()),
            )),
        }
    }
    if let Err(found) = load(
        [figures.as_ref(), footnotes.as_ref(), sources.as_ref()],
        &optional,
    ) {
        problems.extend(found);
    }
    sort_problems(&mut problems);
    problems
}

// ---------------------------------------------------------------------------------------
// Reading a table

/// A file's layout.
struct Spec {
    file: &'static str,
    columns: &'static [&'static str],
    /// The columns every file has (the first published layout); the columns appended after
    /// them may be missing from a file, as a suffix (an older export): they take their empty
    /// value.
    first_layout: usize,
}

const FIGURES: Spec = Spec {
    file: FIGURES_FILE,
    columns: &FIGURE_COLUMNS,
    first_layout: figures::FIRST_LAYOUT,
};
const FOOTNOTES: Spec = Spec {
    file: FOOTNOTES_FILE,
    columns: &FOOTNOTE_COLUMNS,
    first_layout: footnotes::FIRST_LAYOUT,
};
const SOURCES: Spec = Spec {
    file: SOURCES_FILE,
    columns: &SOURCE_COLUMNS,
    first_layout: sources::FIRST_LAYOUT,
};

/// A data row whose cells are in the expected column order, unescaped.
struct Row {
    line: u64,
    cells: Vec<String>,
}

/// A file read as a table.
struct Table {
    spec: &'static Spec,
    /// `false` when the header is unusable (missing column, unreadable file): the rows are
    /// not interpreted and references to the table are not checked.
    usable: bool,
    /// For each expected column, its 0-based position in the file.
    map: Vec<usize>,
    rows: Vec<Row>,
    /// The key (first expected column) and line of every row, even those that could not be
    /// interpreted, so that a reference to a broken row is not reported as unknown.
    keys: Vec<(String, u64)>,
    /// The same keys, for lookups.
    key_set: HashSet<String>,
}

impl Table {
    fn unusable(spec: &'static Spec) -> Table {
        Table {
            spec,
            usable: false,
            map: Vec::new(),
            rows: Vec::new(),
            keys: Vec::new(),
            key_set: HashSet::new(),
        }
    }

    /// The column of expected column `name`, as it stands in the file.
    fn column(&self, name: &str) -> Option<ProblemColumn> {
        let e = self.spec.columns.iter().position(|c| *c == name)?;
        let index = self.map.get(e)? + 1;
        Some(ProblemColumn {
            index,
            name: name.to_owned(),
        })
    }

    fn has_key(&self, key: &str) -> bool {
        self.key_set.contains(key)
    }
}

fn problem(
    spec: &Spec,
    line: Option<u64>,
    column: Option<ProblemColumn>,
    kind: ProblemKind,
) -> Problem {
    Problem {
        file: spec.file,
        line,
        record: None,
        field: None,
        column,
        kind,
    }
}

/// If a quoted cell of `raw` (one record as read, to its end) is never closed, the 0-based
/// field where its quote opens.
fn unclosed_quote(raw: &[u8]) -> Option<usize> {
    let mut field = 0;
    let mut at_start = true;
    let mut quoted = false;
    let mut i = 0;
    while let Some(&b) = raw.get(i) {
        if quoted {
            if b == b'"' {
                if raw.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    quoted = false;
                }
            }
        } else {
            match b {
                b'"' if at_start => {
                    quoted = true;
                    at_start = false;
                }
                b',' => {
                    field += 1;
                    at_start = true;
                }
                b'\r' | b'\n' => {
                    field = 0;
                    at_start = true;
                }
                _ => at_start = false,
            }
        }
        i += 1;
    }
    quoted.then_some(field)
}

fn read_table(spec: &'static Spec, bytes: &[u8], problems: &mut Vec<Problem>) -> Table {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        problems.push(problem(spec, None, None, ProblemKind::Utf16));
        return Table::unusable(spec);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    let mut table = Table::unusable(spec);
    let mut header: Option<Vec<String>> = None;
    // Line ends counted so far: up to byte `counted`, `line` is the line number there.
    let mut line: u64 = 1;
    let mut counted = 0;
    loop {
        let start = reader.position().byte();
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map(|p| p.line());
                problems.push(problem(
                    spec,
                    line,
                    None,
                    ProblemKind::Csv(crate::error::CsvError(std::sync::Arc::new(e))),
                ));
                break;
            }
        }
        let end = reader.position().byte();
        let raw = usize::try_from(start)
            .ok()
            .zip(usize::try_from(end).ok())
            .and_then(|(s, e)| bytes.get(s..e))
            .unwrap_or(&[]);
        // The record starts after the line ends the reader left before it; its line is one
        // more than the line ends before that (the reader's own count lags on CRLF).
        let leading = raw
            .iter()
            .take_while(|&&b| b == b'\r' || b == b'\n')
            .count();
        let record_start = usize::try_from(start).unwrap_or(0) + leading;
        if let Some(skipped) = bytes.get(counted..record_start) {
            line += skipped.iter().filter(|&&b| b == b'\n').count() as u64;
            counted = record_start;
        }
        match &header {
            None => {
                let names = read_header(spec, &record, line, problems, &mut table);
                header = Some(names);
            }
            Some(names) => read_row(spec, &record, raw, line, names, problems, &mut table),
        }
    }
    if header.is_none() && !problems.iter().any(|p| p.file == spec.file) {
        problems.push(problem(
            spec,
            None,
            None,
            ProblemKind::Empty {
                expected: spec.columns,
            },
        ));
    }
    table
}

fn read_header(
    spec: &'static Spec,
    record: &csv::ByteRecord,
    line: u64,
    problems: &mut Vec<Problem>,
    table: &mut Table,
) -> Vec<String> {
    let mut names = Vec::with_capacity(record.len());
    let mut readable = true;
    for (i, field) in record.iter().enumerate() {
        match std::str::from_utf8(field) {
            Ok(name) => names.push(name.to_owned()),
            Err(e) => {
                readable = false;
                let name = String::from_utf8_lossy(field).into_owned();
                problems.push(problem(
                    spec,
                    Some(line),
                    Some(ProblemColumn {
                        index: i + 1,
                        name: name.clone(),
                    }),
                    ProblemKind::InvalidUtf8 {
                        byte: e.valid_up_to() + 1,
                    },
                ));
                names.push(name);
            }
        }
    }
    if !readable {
        // The names cannot be compared; the table stays unusable.
        return names;
    }
    let mut map: Vec<Option<usize>> = vec![None; spec.columns.len()];
    let mut sound = true;
    for (i, name) in names.iter().enumerate() {
        let column = Some(ProblemColumn {
            index: i + 1,
            name: name.clone(),
        });
        match spec.columns.iter().position(|c| c == name) {
            Some(e) => match map.get(e).copied().flatten() {
                Some(first) => {
                    sound = false;
                    problems.push(problem(
                        spec,
                        Some(line),
                        column,
                        ProblemKind::DuplicateColumn { first: first + 1 },
                    ));
                }
                None => {
                    if let Some(slot) = map.get_mut(e) {
                        *slot = Some(i);
                    }
                }
            },
            None => {
                sound = false;
                problems.push(problem(
                    spec,
                    Some(line),
                    column,
                    ProblemKind::UnexpectedColumn {
                        expected: spec.columns,
                    },
                ));
            }
        }
    }
    // Columns appended after the first layout may all be missing at the end (an older file).
    let present = map
        .iter()
        .rposition(Option::is_some)
        .map_or(0, |last| last + 1)
        .max(spec.first_layout);
    let mut complete = true;
    for (e, slot) in map.iter().enumerate().take(present) {
        if slot.is_none() {
            complete = false;
            if let Some(&name) = spec.columns.get(e) {
                problems.push(problem(
                    spec,
                    Some(line),
                    None,
                    ProblemKind::MissingColumn {
                        name,
                        expected_index: e + 1,
                    },
                ));
            }
        }
    }
    if sound
        && complete
        && let Some((i, (found, &expected))) = names
            .iter()
            .zip(spec.columns)
            .enumerate()
            .find(|(_, (found, expected))| found != *expected)
    {
        problems.push(problem(
            spec,
            Some(line),
            Some(ProblemColumn {
                index: i + 1,
                name: found.clone(),
            }),
            ProblemKind::ColumnOrder {
                expected,
                columns: spec.columns,
            },
        ));
    }
    if complete {
        table.usable = true;
        table.map = map.into_iter().take(present).flatten().collect();
    }
    names
}

fn read_row(
    spec: &'static Spec,
    record: &csv::ByteRecord,
    raw: &[u8],
    line: u64,
    header: &[String],
    problems: &mut Vec<Problem>,
    table: &mut Table,
) {
    if record.iter().all(|f| f.is_empty()) {
        return;
    }
    let column_at = |i: usize| {
        Some(ProblemColumn {
            index: i + 1,
            name: header.get(i).cloned().unwrap_or_default(),
        })
    };
    if let Some(field) = unclosed_quote(raw) {
        problems.push(problem(
            spec,
            Some(line),
            column_at(field),
            ProblemKind::UnclosedQuote,
        ));
        return;
    }
    let key_at = table.map.first().copied();
    let remember_key = |table: &mut Table| {
        if let Some(key) = key_at
            .and_then(|k| record.get(k))
            .and_then(|k| std::str::from_utf8(k).ok())
        {
            let key = unescape_cell(key);
            // Footnotes are keyed by number: `03` is footnote 3.
            let key = match key.parse::<u64>() {
                Ok(n) if spec.file == FOOTNOTES_FILE => n.to_string(),
                _ => key.to_owned(),
            };
            table.key_set.insert(key.clone());
            table.keys.push((key, line));
        }
    };
    if record.len() != header.len() {
        problems.push(problem(
            spec,
            Some(line),
            None,
            ProblemKind::FieldCount {
                found: record.len(),
                expected: header.len(),
            },
        ));
        remember_key(table);
        return;
    }
    let mut fields = Vec::with_capacity(record.len());
    let mut readable = true;
    for (i, field) in record.iter().enumerate() {
        match std::str::from_utf8(field) {
            Ok(text) => fields.push(text),
            Err(e) => {
                readable = false;
                problems.push(problem(
                    spec,
                    Some(line),
                    column_at(i),
                    ProblemKind::InvalidUtf8 {
                        byte: e.valid_up_to() + 1,
                    },
                ));
                fields.push("");
            }
        }
    }
    if !table.usable {
        return;
    }
    remember_key(table);
    if !readable {
        return;
    }
    let cells = table
        .map
        .iter()
        .map(|&i| unescape_cell(fields.get(i).copied().unwrap_or("")).to_owned())
        .collect();
    table.rows.push(Row { line, cells });
}

// ---------------------------------------------------------------------------------------
// Reading cells: one reader for every column, driven by the table's fields

/// A whole number as people and tools write it: `12`, or `12.0` as pandas writes an integer
/// column that has empty cells.
fn whole_number(text: &str) -> Option<u64> {
    if let Ok(n) = text.parse::<u64>() {
        return Some(n);
    }
    let (int, frac) = text.split_once('.')?;
    if !frac.is_empty() && frac.bytes().all(|b| b == b'0') {
        int.parse().ok()
    } else {
        None
    }
}

/// Parses one scalar cell (or list item) by its column's type.
fn parse_scalar<R>(field: &Field<R>, text: &str) -> Result<Value<'static>, ProblemKind> {
    let column = &field.column;
    match column.kind {
        ColumnType::Text | ColumnType::Id => Ok(Value::Text(Cow::Owned(text.to_owned()))),
        ColumnType::Integer { minimum } => {
            let min = u64::from(minimum.unwrap_or(0));
            match whole_number(text) {
                Some(n) if (min..=field.max).contains(&n) => Ok(Value::Integer(n)),
                _ => Err(ProblemKind::NotAWholeNumber {
                    found: text.to_owned(),
                    min,
                    max: field.max,
                }),
            }
        }
        ColumnType::Number => {
            text.parse::<f64>()
                .map(Value::Number)
                .map_err(|_| ProblemKind::NotANumber {
                    found: text.to_owned(),
                })
        }
        ColumnType::Boolean if text.eq_ignore_ascii_case("true") => Ok(Value::Bool(true)),
        ColumnType::Boolean if text.eq_ignore_ascii_case("false") => Ok(Value::Bool(false)),
        ColumnType::Boolean => Err(ProblemKind::NotABoolean {
            found: text.to_owned(),
        }),
        ColumnType::OneOf(names) => match names.iter().find(|n| **n == text) {
            Some(name) => Ok(Value::Name(name)),
            None => Err(ProblemKind::UnknownName {
                what: field.what,
                found: text.to_owned(),
                expected: names,
            }),
        },
    }
}

/// Parses one cell by its column: empty cells, lists and scalars. Problems go to `out`.
fn parse_cell<R>(
    field: &Field<R>,
    raw: &str,
    out: &mut Vec<ProblemKind>,
) -> Option<Value<'static>> {
    let column = &field.column;
    let text_like = matches!(column.kind, ColumnType::Text | ColumnType::Id);
    if column.list {
        if raw.is_empty() {
            return Some(Value::List(Vec::new()));
        }
        let items: Vec<&str> = raw.split(LIST_SEPARATOR).collect();
        if text_like {
            // Empty items of a text list are a rule of the data model (checked on the record).
            let items = items
                .into_iter()
                .map(|i| Value::Text(Cow::Owned(i.to_owned())));
            return Some(Value::List(items.collect()));
        }
        if items.iter().any(|i| i.is_empty()) {
            out.push(ProblemKind::Field(FieldError::EmptyItem));
        }
        let before = out.len();
        let mut values = Vec::with_capacity(items.len());
        for item in items.into_iter().filter(|i| !i.is_empty()) {
            match parse_scalar(field, item) {
                Ok(v) => values.push(v),
                Err(kind) => out.push(kind),
            }
        }
        return (out.len() == before).then_some(Value::List(values));
    }
    if raw.is_empty() && (text_like || !column.required) {
        return Some(if text_like && column.required {
            Value::Text(Cow::Borrowed(""))
        } else {
            Value::Absent
        });
    }
    match parse_scalar(field, raw) {
        Ok(v) => Some(v),
        Err(kind) => {
            out.push(kind);
            None
        }
    }
}

/// A record read from a row, with the cells of its derived columns (to check once the
/// dataset they derive from is known).
struct Loaded<R> {
    record: R,
    line: u64,
    /// `(field position, cell)` of every derived column.
    derived: Vec<(usize, String)>,
}

/// Reads one row into a record of `fields`, then checks the record's own rules. Every
/// problem is recorded at its column; `None` when there was one.
fn read_record<R: Blank>(
    fields: &'static [Field<R>],
    rules: fn(&R) -> Vec<(&'static str, FieldError)>,
    table: &Table,
    row: &Row,
    problems: &mut Vec<Problem>,
) -> Option<Loaded<R>> {
    let mut record = R::blank();
    let mut derived = Vec::new();
    let before = problems.len();
    let mut found = Vec::new();
    for (e, field) in fields.iter().enumerate() {
        // A column the file does not have (appended after it was written) keeps its empty
        // value.
        let Some(raw) = row.cells.get(e).map(String::as_str) else {
            continue;
        };
        let Some(set) = field.set else {
            derived.push((e, raw.to_owned()));
            continue;
        };
        found.clear();
        match parse_cell(field, raw, &mut found) {
            Some(value) if found.is_empty() => set(&mut record, value),
            _ => {
                for kind in found.drain(..) {
                    problems.push(problem(
                        table.spec,
                        Some(row.line),
                        table.column(field.column.name),
                        kind,
                    ));
                }
            }
        }
    }
    if problems.len() != before {
        return None;
    }
    for (name, error) in rules(&record) {
        problems.push(problem(
            table.spec,
            Some(row.line),
            table.column(name),
            ProblemKind::Field(error),
        ));
    }
    (problems.len() == before).then_some(Loaded {
        record,
        line: row.line,
        derived,
    })
}

// ---------------------------------------------------------------------------------------
// Loading

fn file_rank(file: &str) -> usize {
    [FIGURES_FILE, FOOTNOTES_FILE, SOURCES_FILE]
        .iter()
        .position(|f| *f == file)
        .unwrap_or(3)
}

fn sort_problems(problems: &mut [Problem]) {
    problems.sort_by_key(|p| {
        (
            file_rank(p.file),
            p.line.unwrap_or(0),
            p.column.as_ref().map_or(0, |c| c.index),
        )
    });
}

/// Reports the rows of `table` whose key an earlier row already has
/// ([`rules::duplicate_keys`]), at the line of the row, with the line of the first.
fn duplicates(table: &Table, problems: &mut Vec<Problem>, kind: impl Fn(&str, u64) -> ProblemKind) {
    let key = table.spec.columns.first().copied().unwrap_or_default();
    for (i, first) in rules::duplicate_keys(table.keys.iter().map(|(k, _)| k.as_str())) {
        let (Some((k, line)), Some((_, first_line))) = (table.keys.get(i), table.keys.get(first))
        else {
            continue;
        };
        problems.push(problem(
            table.spec,
            Some(*line),
            table.column(key),
            kind(k, *first_line),
        ));
    }
}

/// A JSON file that does not parse, at the line serde_json names.
fn json_problem(file: &'static str, e: &serde_json::Error) -> Problem {
    let mut p = Problem::in_record(file, None, None, ProblemKind::Json(e.to_string()));
    p.line = Some(e.line() as u64);
    p
}

/// Loads the three files (`None`: unreadable, already reported by the caller) and the
/// optional ones.
fn load(inputs: [Option<&Vec<u8>>; 3], optional: &Optional) -> Result<Dataset, Vec<Problem>> {
    let [figures_bytes, footnotes_bytes, sources_bytes] = inputs;
    let mut problems = Vec::new();
    let mut table = |spec: &'static Spec, bytes: Option<&Vec<u8>>| match bytes {
        Some(bytes) => read_table(spec, bytes, &mut problems),
        None => Table::unusable(spec),
    };
    let figure_table = table(&FIGURES, figures_bytes);
    let footnote_table = table(&FOOTNOTES, footnotes_bytes);
    let source_table = table(&SOURCES, sources_bytes);

    let figures: Vec<Loaded<Figure>> = figure_table
        .rows
        .iter()
        .filter_map(|row| {
            read_record(
                figures::FIELDS,
                figure_rules,
                &figure_table,
                row,
                &mut problems,
            )
        })
        .collect();
    let mut footnotes: Vec<Loaded<Footnote>> = footnote_table
        .rows
        .iter()
        .filter_map(|row| {
            read_record(
                footnotes::FIELDS,
                footnote_rules,
                &footnote_table,
                row,
                &mut problems,
            )
        })
        .collect();
    let sources: Vec<Loaded<Source>> = source_table
        .rows
        .iter()
        .filter_map(|row| {
            read_record(
                sources::FIELDS,
                source_rules,
                &source_table,
                row,
                &mut problems,
            )
        })
        .collect();

    duplicates(&figure_table, &mut problems, |id, first_line| {
        ProblemKind::DuplicateId {
            id: id.to_owned(),
            first_line: Some(first_line),
        }
    });
    duplicates(&footnote_table, &mut problems, |n, first_line| {
        match n.parse::<u8>() {
            Ok(number) => ProblemKind::DuplicateFootnote {
                number,
                first_line: Some(first_line),
            },
            Err(_) => ProblemKind::DuplicateId {
                id: n.to_owned(),
                first_line: Some(first_line),
            },
        }
    });
    duplicates(&source_table, &mut problems, |id, first_line| {
        ProblemKind::DuplicateId {
            id: id.to_owned(),
            first_line: Some(first_line),
        }
    });

    // References between the files (the rules of `rules::references`). A reference to a row
    // that exists but could not be read is not reported: that row has its own problem.
    let footnote_exists = |n: u8| !footnote_table.usable || footnote_table.has_key(&n.to_string());
    let source_exists = |id: &str| !source_table.usable || source_table.has_key(id);
    let keys = rules::Keys {
        footnote: &footnote_exists,
        source: &source_exists,
        figure: &|_| true,
    };
    for broken in rules::references(
        figures.iter().map(|l| &l.record),
        footnotes.iter().map(|l| &l.record),
        [],
        &keys,
    ) {
        let (table, line) = match broken.table {
            TableOf::Footnotes => (&footnote_table, footnotes.get(broken.index).map(|l| l.line)),
            _ => (&figure_table, figures.get(broken.index).map(|l| l.line)),
        };
        problems.push(problem(
            table.spec,
            line,
            broken.field.and_then(|f| table.column(f)),
            broken.kind,
        ));
    }

    // The derived columns, against the dataset the records make (footnotes in number order,
    // as the dataset keeps them). A figure's derived cells are checked only when every
    // footnote and source they derive from was read.
    footnotes.sort_by_key(|n| n.record.number);
    let (figures, figure_rows): (Vec<Figure>, Vec<RowCells>) = figures
        .into_iter()
        .map(|l| (l.record, (l.line, l.derived)))
        .unzip();
    let (footnotes, footnote_rows): (Vec<Footnote>, Vec<RowCells>) = footnotes
        .into_iter()
        .map(|l| (l.record, (l.line, l.derived)))
        .unzip();
    let sources: Vec<Source> = sources.into_iter().map(|l| l.record).collect();
    let complete = figure_table.usable && footnote_table.usable && source_table.usable;
    let mut records = Dataset::unchecked(figures, footnotes, sources);
    // The optional files: the dataset's own reviews and report, or the built-in ones.
    if let Some(bytes) = &optional.reviews {
        match serde_json::from_slice::<Vec<Review>>(bytes) {
            Ok(reviews) => {
                let keys = rules::Keys {
                    footnote: &|_| true,
                    source: &|_| true,
                    figure: &|id| !figure_table.usable || figure_table.has_key(id),
                };
                for broken in rules::references([], [], &reviews, &keys) {
                    problems.push(Problem::in_record(
                        REVIEWS_FILE,
                        Some(format!("review {}", broken.index + 1)),
                        broken.field,
                        broken.kind,
                    ));
                }
                records.set_reviews(reviews);
            }
            Err(e) => problems.push(json_problem(REVIEWS_FILE, &e)),
        }
    }
    if let Some(bytes) = &optional.report {
        match serde_json::from_slice::<Report>(bytes) {
            Ok(report) => {
                if source_table.usable && !source_table.has_key(&report.source_id) {
                    problems.push(Problem::in_record(
                        REPORT_FILE,
                        Some("the report".to_owned()),
                        Some("source_id"),
                        ProblemKind::UnknownSource {
                            id: report.source_id.to_string(),
                        },
                    ));
                }
                records = records.with_report(report);
            }
            Err(e) => problems.push(json_problem(REPORT_FILE, &e)),
        }
    }
    for (figure, (line, derived)) in records.figures().iter().zip(figure_rows) {
        let resolved = figure.footnotes.iter().all(|&n| {
            records.footnote(n).is_some_and(|note| {
                source_table.usable && note.sources.iter().all(|id| records.source(id).is_some())
            })
        });
        // Without the files a derived cell comes from, only the cells derived from the
        // figure's own columns are checked.
        let derived = if complete && resolved {
            derived
        } else {
            derived
                .into_iter()
                .filter(|(e, _)| figures::FIELDS.get(*e).is_some_and(|f| !f.from_other_files))
                .collect()
        };
        let loaded = Loaded {
            record: figure,
            line,
            derived,
        };
        check_derived_ref(
            figures::FIELDS,
            &figure_table,
            &records,
            &loaded,
            &mut problems,
        );
    }
    for (footnote, (line, derived)) in records.footnotes().iter().zip(footnote_rows) {
        let loaded = Loaded {
            record: footnote,
            line,
            derived,
        };
        check_derived_ref(
            footnotes::FIELDS,
            &footnote_table,
            &records,
            &loaded,
            &mut problems,
        );
    }

    if !problems.is_empty() || !complete {
        sort_problems(&mut problems);
        return Err(problems);
    }
    // The claim checker's index, built once at load time rather than on the first check.
    records.matching_index();
    Ok(records)
}

/// A row's line and the cells of its derived columns.
type RowCells = (u64, Vec<(usize, String)>);

/// [`check_derived`] for a record borrowed from the dataset.
fn check_derived_ref<R>(
    fields: &[Field<R>],
    table: &Table,
    dataset: &Dataset,
    loaded: &Loaded<&R>,
    problems: &mut Vec<Problem>,
) {
    for (e, found) in &loaded.derived {
        let Some(field) = fields.get(*e) else {
            continue;
        };
        let expected = (field.get)(dataset, loaded.record).to_cell().into_owned();
        if !found.is_empty() && *found != expected {
            problems.push(problem(
                table.spec,
                Some(loaded.line),
                table.column(field.column.name),
                ProblemKind::Derived {
                    found: found.clone(),
                    expected,
                },
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unclosed_quote_is_found_in_its_field() {
        assert_eq!(unclosed_quote(b"a,b,\"c\r\nd,e\r\n"), Some(2));
        assert_eq!(unclosed_quote(b"a,\"b\"\"c\",d\r\n"), None);
        assert_eq!(unclosed_quote(b"a,b\"c,d\r\n"), None);
    }
}
