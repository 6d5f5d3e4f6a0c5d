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
//! A file with problems gives [`LoadError::Invalid`] with all of them, each a [`Problem`]
//! that reads like a compiler message:
//!
//! ```
//! use vac_figures::{export, load::LoadError, Dataset};
//!
//! let files = export::dataset_files(Dataset::builtin())?;
//! let file = |name: &str| files.iter().find(|(n, _)| *n == name).map(|(_, b)| b.clone()).unwrap();
//! let figures = String::from_utf8(file("figures.csv"))?
//!     .replacen(",15,,years,years,", ",15,,yeers,years,", 1);
//! let err = Dataset::from_readers(figures.as_bytes(), &file("footnotes.csv")[..], &file("sources.csv")[..])
//!     .unwrap_err();
//! let LoadError::Invalid(problems) = err else { panic!() };
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
//! - The three files `figures.csv`, `footnotes.csv` and `sources.csv` with exactly the columns
//!   of [`export::FIGURE_COLUMNS`](FIGURE_COLUMNS),
//!   [`FOOTNOTE_COLUMNS`] and
//!   [`SOURCE_COLUMNS`], in that order, with one header row.
//!   Other files in the directory (`reviews.csv`, JSON, a data package) are not read.
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
//! that do not exist, derived columns that disagree, and every [rule](crate::rules) of the
//! data model. When the header of a file is unusable (a column is missing), its rows are not
//! interpreted and references to it are not checked, so that one mistake does not cascade
//! into a problem per row. The loader never panics, whatever the bytes.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use crate::dataset::{Dataset, DatasetError};
use crate::export::{
    FIGURE_COLUMNS, FOOTNOTE_COLUMNS, LIST_SEPARATOR, SOURCE_COLUMNS, unescape_cell,
};
use crate::record::{Figure, Location, UnknownName};
use crate::rules::{FieldError, figure_rules, footnote_rules, source_rules};
use crate::sources::{Footnote, Source};

/// The name of the figures file.
pub const FIGURES_FILE: &str = "figures.csv";
/// The name of the footnotes file.
pub const FOOTNOTES_FILE: &str = "footnotes.csv";
/// The name of the sources file.
pub const SOURCES_FILE: &str = "sources.csv";

/// Why a dataset could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// The files were read but do not form a valid dataset: every problem found.
    #[error("{}", list_problems(.0))]
    Invalid(Vec<Problem>),
}

fn list_problems(problems: &[Problem]) -> String {
    let mut text = match problems.len() {
        1 => "invalid dataset: 1 problem".to_owned(),
        n => format!("invalid dataset: {n} problems"),
    };
    for p in problems {
        text.push('\n');
        text.push_str(&p.to_string());
    }
    text
}

/// A column of a CSV file: its 1-based position in the file and its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The position in the file, 1 for the first column.
    pub index: usize,
    /// The name in the header row.
    pub name: String,
}

/// One problem in a file: where it is and what it is.
///
/// Its `Display` reads `file:line: column N `name`: what is wrong`, leaving out the line or
/// column when the problem has none (an empty file, a missing column).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The file name: `figures.csv`, `footnotes.csv` or `sources.csv`.
    pub file: &'static str,
    /// The 1-based line where the row starts (the header is line 1), if the problem is in a
    /// row.
    pub line: Option<u64>,
    /// The column, if the problem is in one cell.
    pub column: Option<Column>,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        f.write_str(": ")?;
        if let Some(column) = &self.column {
            write!(f, "column {} `{}`: ", column.index, column.name)?;
        }
        write!(f, "{}", self.kind)
    }
}

impl std::error::Error for Problem {}

/// What is wrong, in a [`Problem`].
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProblemKind {
    /// The file could not be read (from [`validate_dir`] only).
    #[error("cannot read the file: {0}")]
    Unreadable(String),
    /// The file has no header row.
    #[error("empty file; expected a header row: {}", .expected.join(","))]
    Empty {
        /// The expected columns.
        expected: &'static [&'static str],
    },
    /// The file is UTF-16 (it starts with a UTF-16 byte-order mark).
    #[error("the file is UTF-16; save it as UTF-8 (\"CSV UTF-8\")")]
    Utf16,
    /// A cell is not valid UTF-8.
    #[error("invalid UTF-8 at byte {byte} of the cell; save the file as UTF-8")]
    InvalidUtf8 {
        /// The 1-based byte of the cell where the invalid sequence starts.
        byte: usize,
    },
    /// An expected column is not in the header.
    #[error("missing column `{name}` (expected as column {expected_index})")]
    MissingColumn {
        /// The missing column.
        name: &'static str,
        /// Its 1-based position in the expected header.
        expected_index: usize,
    },
    /// A column the file must not have.
    #[error("unexpected column; the columns are: {}", .expected.join(", "))]
    UnexpectedColumn {
        /// The expected columns.
        expected: &'static [&'static str],
    },
    /// A column named twice.
    #[error("column named twice (first as column {first})")]
    DuplicateColumn {
        /// The 1-based position of its first occurrence.
        first: usize,
    },
    /// The right columns in the wrong order.
    #[error("wrong column order: expected `{expected}` here; the columns, in order, are: {}", .columns.join(", "))]
    ColumnOrder {
        /// The column expected at this position.
        expected: &'static str,
        /// Every column in order.
        columns: &'static [&'static str],
    },
    /// A row with more or fewer fields than the header.
    #[error(
        "the row has {found} fields; expected {expected} (a truncated row, or a comma too many or too few)"
    )]
    FieldCount {
        /// Fields in the row.
        found: usize,
        /// Fields in the header.
        expected: usize,
    },
    /// A quoted cell whose quote is never closed: the rest of the file was read into it.
    #[error(
        "a quote opens this cell and is never closed; everything after it, to the end of the file, was read into this cell"
    )]
    UnclosedQuote,
    /// A name that is not in its closed set.
    #[error("unknown {what} {found:?}; expected one of: {}", .expected.join(", "))]
    UnknownName {
        /// What the column holds (`unit`, `qualifier`, `topic`, ...).
        what: &'static str,
        /// The text found.
        found: String,
        /// Every accepted name.
        expected: &'static [&'static str],
    },
    /// A cell that must be a number and is not.
    #[error("{found:?} is not a number; expected a plain decimal such as 38, 14.6 or 473000000")]
    NotANumber {
        /// The text found.
        found: String,
    },
    /// A cell that must be a whole number in a range and is not.
    #[error("{found:?} is not a whole number from {min} to {max}")]
    NotAWholeNumber {
        /// The text found.
        found: String,
        /// The least accepted value.
        min: u64,
        /// The greatest accepted value.
        max: u64,
    },
    /// A cell that must be `true` or `false` and is not.
    #[error("{found:?} is not true or false")]
    NotABoolean {
        /// The text found.
        found: String,
    },
    /// A rule of the data model (see [`crate::rules`]).
    #[error(transparent)]
    Field(FieldError),
    /// An id used by an earlier row.
    #[error("duplicate id {id:?} (first on line {first_line})")]
    DuplicateId {
        /// The id.
        id: String,
        /// The line of its first row.
        first_line: u64,
    },
    /// A footnote number used by an earlier row.
    #[error("duplicate footnote number {number} (first on line {first_line})")]
    DuplicateFootnote {
        /// The number.
        number: u8,
        /// The line of its first row.
        first_line: u64,
    },
    /// A footnote that `footnotes.csv` does not have.
    #[error("footnote {number} does not exist in footnotes.csv")]
    UnknownFootnote {
        /// The footnote number.
        number: u8,
    },
    /// A source that `sources.csv` does not have.
    #[error("source {id:?} does not exist in sources.csv")]
    UnknownSource {
        /// The source id.
        id: String,
    },
    /// A derived column that disagrees with the columns it is computed from.
    #[error("{found:?} does not match the other columns; expected {expected:?} (or an empty cell)")]
    Derived {
        /// The cell.
        found: String,
        /// The value computed from the other columns.
        expected: String,
    },
    /// The CSV reader failed.
    #[error("cannot read the CSV: {0}")]
    Csv(String),
    /// [`Dataset::new`] rejected the records.
    #[error("{0}")]
    Dataset(DatasetError),
}

impl Dataset {
    /// Loads `figures.csv`, `footnotes.csv` and `sources.csv` from `dir` (see the
    /// [module docs](crate::load) for what is accepted and reported).
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Dataset, LoadError> {
        let dir = dir.as_ref();
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read(&path).map_err(|source| LoadError::Io { path, source })
        };
        let figures = read(FIGURES_FILE)?;
        let footnotes = read(FOOTNOTES_FILE)?;
        let sources = read(SOURCES_FILE)?;
        load([Some(&figures), Some(&footnotes), Some(&sources)]).map_err(LoadError::Invalid)
    }

    /// Loads a dataset from the contents of `figures.csv`, `footnotes.csv` and
    /// `sources.csv`, read to the end from any readers.
    pub fn from_readers(
        figures: impl Read,
        footnotes: impl Read,
        sources: impl Read,
    ) -> Result<Dataset, LoadError> {
        fn read_all(mut reader: impl Read, name: &str) -> Result<Vec<u8>, LoadError> {
            let mut bytes = Vec::new();
            reader
                .read_to_end(&mut bytes)
                .map_err(|source| LoadError::Io {
                    path: PathBuf::from(name),
                    source,
                })?;
            Ok(bytes)
        }
        let figures = read_all(figures, FIGURES_FILE)?;
        let footnotes = read_all(footnotes, FOOTNOTES_FILE)?;
        let sources = read_all(sources, SOURCES_FILE)?;
        load([Some(&figures), Some(&footnotes), Some(&sources)]).map_err(LoadError::Invalid)
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
            problems.push(Problem {
                file: name,
                line: None,
                column: None,
                kind: ProblemKind::Unreadable(e.to_string()),
            });
            None
        }
    };
    let figures = read(FIGURES_FILE);
    let footnotes = read(FOOTNOTES_FILE);
    let sources = read(SOURCES_FILE);
    if let Err(found) = load([figures.as_ref(), footnotes.as_ref(), sources.as_ref()]) {
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
}

const FIGURES: Spec = Spec {
    file: FIGURES_FILE,
    columns: &FIGURE_COLUMNS,
};
const FOOTNOTES: Spec = Spec {
    file: FOOTNOTES_FILE,
    columns: &FOOTNOTE_COLUMNS,
};
const SOURCES: Spec = Spec {
    file: SOURCES_FILE,
    columns: &SOURCE_COLUMNS,
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
    fn column(&self, name: &str) -> Option<Column> {
        let e = self.spec.columns.iter().position(|c| *c == name)?;
        let index = self.map.get(e)? + 1;
        Some(Column {
            index,
            name: name.to_owned(),
        })
    }

    fn has_key(&self, key: &str) -> bool {
        self.key_set.contains(key)
    }
}

fn problem(spec: &Spec, line: Option<u64>, column: Option<Column>, kind: ProblemKind) -> Problem {
    Problem {
        file: spec.file,
        line,
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
                problems.push(problem(spec, line, None, ProblemKind::Csv(e.to_string())));
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
                    Some(Column {
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
        let column = Some(Column {
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
    let mut complete = true;
    for (e, slot) in map.iter().enumerate() {
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
            Some(Column {
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
        table.map = map.into_iter().flatten().collect();
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
        Some(Column {
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
// Reading cells

/// Reads the cells of one row into typed values, recording a problem for each bad cell.
struct Cells<'a> {
    table: &'a Table,
    row: &'a Row,
    problems: &'a mut Vec<Problem>,
    ok: bool,
}

impl Cells<'_> {
    fn raw(&self, name: &str) -> &str {
        self.table
            .spec
            .columns
            .iter()
            .position(|c| *c == name)
            .and_then(|e| self.row.cells.get(e))
            .map_or("", |s| s.as_str())
    }

    fn report(&mut self, name: &str, kind: ProblemKind) {
        self.ok = false;
        self.problems.push(problem(
            self.table.spec,
            Some(self.row.line),
            self.table.column(name),
            kind,
        ));
    }

    fn text(&self, name: &str) -> Cow<'static, str> {
        Cow::Owned(self.raw(name).to_owned())
    }

    fn opt_text(&self, name: &str) -> Option<Cow<'static, str>> {
        Some(self.raw(name))
            .filter(|s| !s.is_empty())
            .map(|s| Cow::Owned(s.to_owned()))
    }

    fn name<T: FromStr<Err = UnknownName>>(&mut self, name: &str, what: &'static str) -> Option<T> {
        let raw = self.raw(name).to_owned();
        self.name_of(name, what, &raw)
    }

    fn name_of<T: FromStr<Err = UnknownName>>(
        &mut self,
        name: &str,
        what: &'static str,
        text: &str,
    ) -> Option<T> {
        match text.parse() {
            Ok(value) => Some(value),
            Err(UnknownName {
                found, expected, ..
            }) => {
                self.report(
                    name,
                    ProblemKind::UnknownName {
                        what,
                        found,
                        expected,
                    },
                );
                None
            }
        }
    }

    fn number(&mut self, name: &str) -> Option<f64> {
        let raw = self.raw(name).to_owned();
        match raw.parse::<f64>() {
            Ok(v) => Some(v),
            Err(_) => {
                self.report(name, ProblemKind::NotANumber { found: raw });
                None
            }
        }
    }

    fn opt_number(&mut self, name: &str) -> Option<Option<f64>> {
        if self.raw(name).is_empty() {
            Some(None)
        } else {
            self.number(name).map(Some)
        }
    }

    fn whole_of<T: TryFrom<u64>>(
        &mut self,
        name: &str,
        text: &str,
        min: u64,
        max: u64,
    ) -> Option<T> {
        match whole_number(text) {
            Some(n) if (min..=max).contains(&n) => T::try_from(n).ok(),
            _ => {
                self.report(
                    name,
                    ProblemKind::NotAWholeNumber {
                        found: text.to_owned(),
                        min,
                        max,
                    },
                );
                None
            }
        }
    }

    fn whole<T: TryFrom<u64>>(&mut self, name: &str, min: u64, max: u64) -> Option<T> {
        let raw = self.raw(name).to_owned();
        self.whole_of(name, &raw, min, max)
    }

    fn opt_whole<T: TryFrom<u64>>(&mut self, name: &str, min: u64, max: u64) -> Option<Option<T>> {
        if self.raw(name).is_empty() {
            Some(None)
        } else {
            self.whole(name, min, max).map(Some)
        }
    }

    fn boolean(&mut self, name: &str) -> Option<bool> {
        let raw = self.raw(name).to_owned();
        if raw.eq_ignore_ascii_case("true") {
            Some(true)
        } else if raw.eq_ignore_ascii_case("false") {
            Some(false)
        } else {
            self.report(name, ProblemKind::NotABoolean { found: raw });
            None
        }
    }

    /// The items of a list cell; an empty cell is an empty list.
    fn list(&self, name: &str) -> Vec<String> {
        let raw = self.raw(name);
        if raw.is_empty() {
            Vec::new()
        } else {
            raw.split(LIST_SEPARATOR).map(str::to_owned).collect()
        }
    }

    /// Records the rules a record breaks, each at its column.
    fn rules(&mut self, found: Vec<(&'static str, FieldError)>) {
        for (name, error) in found {
            self.report(name, ProblemKind::Field(error));
        }
    }
}

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

/// A figure and the derived cells of its row.
struct LoadedFigure {
    figure: Figure,
    line: u64,
    short_unit: String,
    sourcing: String,
    source_ids: String,
    review_status: String,
}

fn read_figure(table: &Table, row: &Row, problems: &mut Vec<Problem>) -> Option<LoadedFigure> {
    let mut c = Cells {
        table,
        row,
        problems,
        ok: true,
    };
    let paragraph = c.whole("paragraph", 1, 255);
    let in_footnote = c.opt_whole("in_footnote", 1, 255);
    let value = c.number("value");
    let value_upper = c.opt_number("value_upper");
    let unit = c.name("unit", "unit");
    let qualifier = c.name("qualifier", "qualifier");
    let converted = c.boolean("converted");
    let kind = c.name("kind", "kind");
    let mut topics = Vec::new();
    let mut footnotes = Vec::new();
    for name in ["topics", "footnotes"] {
        let items = c.list(name);
        if items.iter().any(|i| i.is_empty()) {
            c.report(name, ProblemKind::Field(FieldError::EmptyItem));
        }
        for item in items.iter().filter(|i| !i.is_empty()) {
            if name == "topics" {
                topics.extend(c.name_of::<crate::record::Topic>(name, "topic", item));
            } else {
                footnotes.extend(c.whole_of::<u8>(name, item, 1, 255));
            }
        }
    }
    let footnote_position = c.name("footnote_position", "footnote position");
    let (
        Some(paragraph),
        Some(in_footnote),
        Some(value),
        Some(value_upper),
        Some(unit),
        Some(qualifier),
        Some(converted),
        Some(kind),
        Some(footnote_position),
        true,
    ) = (
        paragraph,
        in_footnote,
        value,
        value_upper,
        unit,
        qualifier,
        converted,
        kind,
        footnote_position,
        c.ok,
    )
    else {
        return None;
    };
    let figure = Figure {
        id: c.text("id"),
        value,
        value_upper,
        unit,
        qualifier,
        as_written: c.text("as_written"),
        converted,
        measure: c.text("measure"),
        population: c.text("population"),
        geography: c.text("geography"),
        period: c.opt_text("period"),
        kind,
        topics: Cow::Owned(topics),
        location: Location {
            paragraph,
            section: c.text("section"),
            subsection: c.opt_text("subsection"),
            subheading: c.opt_text("subheading"),
            in_footnote,
        },
        quote: c.text("quote"),
        footnotes: Cow::Owned(footnotes),
        footnote_position,
        attribution: c.opt_text("attribution"),
    };
    let found = figure_rules(&figure);
    c.rules(found);
    let loaded = LoadedFigure {
        short_unit: c.raw("short_unit").to_owned(),
        sourcing: c.raw("sourcing").to_owned(),
        source_ids: c.raw("source_ids").to_owned(),
        review_status: c.raw("review_status").to_owned(),
        line: row.line,
        figure,
    };
    c.ok.then_some(loaded)
}

/// A footnote and the derived cell of its row.
struct LoadedFootnote {
    footnote: Footnote,
    line: u64,
    source_id: String,
}

fn read_footnote(table: &Table, row: &Row, problems: &mut Vec<Problem>) -> Option<LoadedFootnote> {
    let mut c = Cells {
        table,
        row,
        problems,
        ok: true,
    };
    let number = c.whole("footnote", 1, 255);
    let paragraph = c.whole("paragraph", 1, 255);
    let form = c.name("form", "citation form");
    let (Some(number), Some(paragraph), Some(form)) = (number, paragraph, form) else {
        return None;
    };
    let owned = |items: Vec<String>| Cow::Owned(items.into_iter().map(Cow::Owned).collect());
    let footnote = Footnote {
        number,
        paragraph,
        text: c.text("text"),
        urls: owned(c.list("urls")),
        pages: c.opt_text("pages"),
        form,
        sources: owned(c.list("source_ids")),
    };
    let found = footnote_rules(&footnote);
    c.rules(found);
    let loaded = LoadedFootnote {
        source_id: c.raw("source_id").to_owned(),
        line: row.line,
        footnote,
    };
    c.ok.then_some(loaded)
}

fn read_source(table: &Table, row: &Row, problems: &mut Vec<Problem>) -> Option<(Source, u64)> {
    let mut c = Cells {
        table,
        row,
        problems,
        ok: true,
    };
    let title_basis = c.name("title_basis", "title basis");
    let year = c.opt_whole("year", 0, u64::from(u16::MAX));
    let kind = c.name("kind", "source kind");
    let (Some(title_basis), Some(year), Some(kind)) = (title_basis, year, kind) else {
        return None;
    };
    let source = Source {
        id: c.text("source_id"),
        title: c.text("title"),
        title_basis,
        authors: c.opt_text("authors"),
        publisher: c.opt_text("publisher"),
        year,
        url: c.opt_text("url"),
        symbol: c.opt_text("symbol"),
        kind,
    };
    let found = source_rules(&source);
    c.rules(found);
    c.ok.then_some((source, row.line))
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

/// Reports the rows of `table` whose key an earlier row already has.
fn duplicates(table: &Table, problems: &mut Vec<Problem>, kind: impl Fn(&str, u64) -> ProblemKind) {
    let mut first: HashMap<&str, u64> = HashMap::new();
    let key = table.spec.columns.first().copied().unwrap_or_default();
    for (k, line) in &table.keys {
        match first.get(k.as_str()) {
            Some(&first_line) => problems.push(problem(
                table.spec,
                Some(*line),
                table.column(key),
                kind(k, first_line),
            )),
            None => {
                first.insert(k, *line);
            }
        }
    }
}

fn derived(
    table: &Table,
    line: u64,
    name: &str,
    found: &str,
    expected: &str,
    problems: &mut Vec<Problem>,
) {
    if !found.is_empty() && found != expected {
        problems.push(problem(
            table.spec,
            Some(line),
            table.column(name),
            ProblemKind::Derived {
                found: found.to_owned(),
                expected: expected.to_owned(),
            },
        ));
    }
}

/// Loads the three files (`None`: unreadable, already reported by the caller).
fn load(inputs: [Option<&Vec<u8>>; 3]) -> Result<Dataset, Vec<Problem>> {
    let [figures_bytes, footnotes_bytes, sources_bytes] = inputs;
    let mut problems = Vec::new();
    let mut table = |spec: &'static Spec, bytes: Option<&Vec<u8>>| match bytes {
        Some(bytes) => read_table(spec, bytes, &mut problems),
        None => Table::unusable(spec),
    };
    let figure_table = table(&FIGURES, figures_bytes);
    let footnote_table = table(&FOOTNOTES, footnotes_bytes);
    let source_table = table(&SOURCES, sources_bytes);

    let figures: Vec<LoadedFigure> = figure_table
        .rows
        .iter()
        .filter_map(|row| read_figure(&figure_table, row, &mut problems))
        .collect();
    let footnotes: Vec<LoadedFootnote> = footnote_table
        .rows
        .iter()
        .filter_map(|row| read_footnote(&footnote_table, row, &mut problems))
        .collect();
    let sources: Vec<(Source, u64)> = source_table
        .rows
        .iter()
        .filter_map(|row| read_source(&source_table, row, &mut problems))
        .collect();

    duplicates(&figure_table, &mut problems, |id, first_line| {
        ProblemKind::DuplicateId {
            id: id.to_owned(),
            first_line,
        }
    });
    duplicates(&footnote_table, &mut problems, |n, first_line| {
        match n.parse::<u8>() {
            Ok(number) => ProblemKind::DuplicateFootnote { number, first_line },
            Err(_) => ProblemKind::DuplicateId {
                id: n.to_owned(),
                first_line,
            },
        }
    });
    duplicates(&source_table, &mut problems, |id, first_line| {
        ProblemKind::DuplicateId {
            id: id.to_owned(),
            first_line,
        }
    });

    // References between the files, and the derived columns.
    let note_sources: HashMap<u8, &Footnote> = footnotes
        .iter()
        .map(|n| (n.footnote.number, &n.footnote))
        .collect();
    let footnote_exists = |n: u8| !footnote_table.usable || footnote_table.has_key(&n.to_string());
    for loaded in &figures {
        let figure = &loaded.figure;
        let line = Some(loaded.line);
        if let Some(n) = figure.location.in_footnote
            && !footnote_exists(n)
        {
            problems.push(problem(
                &FIGURES,
                line,
                figure_table.column("in_footnote"),
                ProblemKind::UnknownFootnote { number: n },
            ));
        }
        let mut all_known = footnote_table.usable;
        for &n in figure.footnotes.iter() {
            if !footnote_exists(n) {
                problems.push(problem(
                    &FIGURES,
                    line,
                    figure_table.column("footnotes"),
                    ProblemKind::UnknownFootnote { number: n },
                ));
            }
            // source_ids is checked only when every source it derives from is known.
            all_known &= note_sources.get(&n).is_some_and(|note| {
                source_table.usable && note.sources.iter().all(|id| source_table.has_key(id))
            });
        }
        derived(
            &figure_table,
            loaded.line,
            "short_unit",
            &loaded.short_unit,
            figure.unit.short_unit(),
            &mut problems,
        );
        derived(
            &figure_table,
            loaded.line,
            "sourcing",
            &loaded.sourcing,
            figure.sourcing().as_str(),
            &mut problems,
        );
        if all_known {
            let mut ids: Vec<&str> = Vec::new();
            for n in figure.footnotes.iter() {
                for id in note_sources.get(n).iter().flat_map(|f| f.sources.iter()) {
                    if !ids.contains(&id.as_ref()) {
                        ids.push(id);
                    }
                }
            }
            derived(
                &figure_table,
                loaded.line,
                "source_ids",
                &loaded.source_ids,
                &ids.join(LIST_SEPARATOR),
                &mut problems,
            );
        }
        derived(
            &figure_table,
            loaded.line,
            "review_status",
            &loaded.review_status,
            figure.review_status().as_str(),
            &mut problems,
        );
    }
    for loaded in &footnotes {
        let note = &loaded.footnote;
        if source_table.usable {
            for id in note.sources.iter() {
                if !source_table.has_key(id) {
                    problems.push(problem(
                        &FOOTNOTES,
                        Some(loaded.line),
                        footnote_table.column("source_ids"),
                        ProblemKind::UnknownSource { id: id.to_string() },
                    ));
                }
            }
        }
        derived(
            &footnote_table,
            loaded.line,
            "source_id",
            &loaded.source_id,
            note.source_id().unwrap_or(""),
            &mut problems,
        );
    }

    let complete = figure_table.usable && footnote_table.usable && source_table.usable;
    if !problems.is_empty() || !complete {
        sort_problems(&mut problems);
        return Err(problems);
    }
    Dataset::new(
        figures.into_iter().map(|f| f.figure).collect(),
        footnotes.into_iter().map(|f| f.footnote).collect(),
        sources.into_iter().map(|(s, _)| s).collect(),
    )
    .map_err(|e| {
        let file = match &e {
            DatasetError::DuplicateSourceId(_) => SOURCES_FILE,
            DatasetError::DuplicateFootnote(_) | DatasetError::UnknownSource { .. } => {
                FOOTNOTES_FILE
            }
            DatasetError::InvalidField { record, .. } if record.starts_with("footnote") => {
                FOOTNOTES_FILE
            }
            DatasetError::InvalidField { record, .. } if record.starts_with("source") => {
                SOURCES_FILE
            }
            _ => FIGURES_FILE,
        };
        vec![Problem {
            file,
            line: None,
            column: None,
            kind: ProblemKind::Dataset(e),
        }]
    })
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
