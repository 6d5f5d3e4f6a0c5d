//! The crate's errors for data that cannot be loaded or built: [`Error`], and the positioned
//! [`Problem`]s it lists. One problem type serves the loader (file, line, column) and
//! [`Dataset::new`](crate::Dataset::new) (file of the table, record, column).

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::record::MarkerPosition;
use crate::sources::CitationForm;

/// Why a dataset could not be loaded or built: a file could not be read, or the records
/// break rules of the data model (every problem, each with its position).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
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

/// The column of a problem: its 1-based position in the file and its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemColumn {
    /// The position in the file, 1 for the first column.
    pub index: usize,
    /// The name in the header row.
    pub name: String,
}

/// One problem of a dataset: where it is and what it is. The loader and
/// [`Dataset::new`](crate::Dataset::new) both report them.
///
/// Its `Display` reads `file:line: column N `name`: what is wrong`, leaving out the line or
/// column when the problem has none (an empty file, a missing column). A problem of records
/// built in memory has no line; it names its record instead:
/// ``figures.csv: figure `x`: column 7 `value`: ...``.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Problem {
    /// The file of the table the problem is in: `figures.csv`, `footnotes.csv`,
    /// `sources.csv`, `reviews.json` or `report.json`.
    pub file: &'static str,
    /// The 1-based line where the row starts (the header is line 1), if the problem is in a
    /// row of a file.
    pub line: Option<u64>,
    /// The record (``figure `id` ``, `footnote 12`, ``source `id` ``, `review 3`), for a
    /// problem of records that did not come from a file.
    pub record: Option<String>,
    /// The field of that record (a column name), for a problem of records that did not come
    /// from a file.
    pub field: Option<&'static str>,
    /// The column, if the problem is in one cell of a file.
    pub column: Option<ProblemColumn>,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// A problem of a record built in memory: its table's file, the record, the field.
    pub(crate) fn in_record(
        file: &'static str,
        record: Option<String>,
        field: Option<&'static str>,
        kind: ProblemKind,
    ) -> Problem {
        Problem {
            file,
            line: None,
            record,
            field,
            column: None,
            kind,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        f.write_str(": ")?;
        if let (None, Some(record)) = (self.line, &self.record) {
            write!(f, "{record}: ")?;
        }
        if let (None, Some(field)) = (&self.column, self.field) {
            write!(f, "field `{field}`: ")?;
        }
        if let Some(column) = &self.column {
            write!(f, "column {} `{}`: ", column.index, column.name)?;
        }
        write!(f, "{}", self.kind)
    }
}

impl std::error::Error for Problem {}

/// What is wrong, in a [`Problem`].
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ProblemKind {
    /// The file could not be read (from [`crate::load::validate_dir`] only).
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
    /// A rule of the data model (listed on [`Dataset::new`](crate::Dataset::new)).
    #[error(transparent)]
    Field(FieldError),
    /// An id used by an earlier row.
    #[error("duplicate id {id:?}{}", first_on(*.first_line))]
    DuplicateId {
        /// The id.
        id: String,
        /// The line of its first row (for records from a file).
        first_line: Option<u64>,
    },
    /// A footnote number used by an earlier row.
    #[error("duplicate footnote number {number}{}", first_on(*.first_line))]
    DuplicateFootnote {
        /// The number.
        number: u8,
        /// The line of its first row (for records from a file).
        first_line: Option<u64>,
    },
    /// A review that covers a figure the dataset does not have.
    #[error("a review covers figure {id:?}, which does not exist in figures.csv")]
    UnknownReviewedFigure {
        /// The figure id.
        id: String,
    },
    /// A figure covered by two reviews.
    #[error("figure {id:?} is covered by two reviews")]
    DuplicateReview {
        /// The figure id.
        id: String,
    },
    /// More records than a dataset holds (65,535 figures or sources).
    #[error("{count} records; a dataset holds at most 65535")]
    TooManyRecords {
        /// The number of records.
        count: usize,
    },
    /// A JSON file that does not parse as the records it should hold.
    #[error("{0}")]
    Json(String),
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
    /// The CSV reader failed; the reader's error is the source.
    #[error("cannot read the CSV: {0}")]
    Csv(#[source] CsvError),
}

/// ` (first on line N)` when the line is known.
fn first_on(line: Option<u64>) -> String {
    line.map(|l| format!(" (first on line {l})"))
        .unwrap_or_default()
}

/// The CSV reader's error, shared so that a [`ProblemKind`] can be cloned and compared (by
/// message).
#[derive(Debug, Clone)]
pub struct CsvError(pub std::sync::Arc<csv::Error>);

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for CsvError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.0.as_ref())
    }
}

impl PartialEq for CsvError {
    fn eq(&self, other: &CsvError) -> bool {
        self.0.to_string() == other.0.to_string()
    }
}

/// How a field breaks a rule of the data model (the rules are listed on [`Dataset::new`](crate::Dataset::new)).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FieldError {
    /// A required text is empty.
    #[error("empty; a value is required")]
    Empty,
    /// An optional text is present but empty (`Some("")`); it must be absent instead.
    #[error("present but empty; an absent value must be left out (None)")]
    EmptyOptional,
    /// An id that is not snake_case.
    #[error(
        "{0:?} is not a snake_case id (a lower-case letter, then lower-case letters, digits and `_`)"
    )]
    NotSnakeCase(String),
    /// A paragraph or footnote number of 0.
    #[error("0 is not allowed; numbering starts at 1")]
    Zero,
    /// A value that is infinite or not a number.
    #[error("{0} is not a finite number")]
    NotFinite(f64),
    /// The upper end of a range below its lower end.
    #[error("the upper end {upper} is below the value {value}")]
    UpperBelowValue {
        /// The lower end.
        value: f64,
        /// The upper end.
        upper: f64,
    },
    /// A figure's last year before its first.
    #[error("the last year {to} is before the first year {from}")]
    YearsReversed {
        /// `year_from`.
        from: u16,
        /// `year_to`.
        to: u16,
    },
    /// A figure without a topic.
    #[error("no topic; a figure has one or more")]
    NoTopic,
    /// An empty item in a list.
    #[error("an empty list item (`;` doubled, or at the start or end)")]
    EmptyItem,
    /// A list item that contains the list separator.
    #[error("list item {0:?} contains `;`, the list separator, which no item may contain")]
    SeparatorInItem(String),
    /// The same item twice in one list.
    #[error("{0:?} is listed twice")]
    RepeatedItem(String),
    /// A marker position other than `none` for a figure without footnotes.
    #[error("is `{0}` but the figure lists no footnote; use `none`")]
    PositionWithoutFootnote(MarkerPosition),
    /// Footnotes listed but the marker position says `none`.
    #[error("is `none` but the figure lists footnotes")]
    FootnotesWithoutPosition,
    /// A footnote of form `note` that lists sources.
    #[error("the form is `note` (cites no work) but sources are listed")]
    NoteWithSources,
    /// A citing footnote that lists no source.
    #[error("the form is `{0}` but no source is listed")]
    NoSource(CitationForm),
    /// A figure said to stand in a footnote that does not exist.
    #[error("footnote {0} does not exist")]
    NoSuchFootnote(u8),
}
