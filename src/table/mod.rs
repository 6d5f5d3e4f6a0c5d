//! One module per table of the dataset: its columns, how a record becomes cells and how cells
//! become a record, side by side.
//!
//! Each table module declares `FIELDS`, one [`Field`] per column in file order: the column's
//! description ([`Column`]: name, type, constraints, the words of the codebook and the data
//! package), how to read it from a record (`get`, which may use the dataset for derived
//! columns such as `source_ids`) and how to store a parsed cell into a record (`set`; `None`
//! for a derived column, which the loader recomputes and compares). Everything else derives
//! from `FIELDS`: the column names ([`crate::export::FIGURE_COLUMNS`], ...), the CSV writer,
//! the loader, the data package, the codebook, the Polars frames and the stable-contract test.
//! Appending a column is one entry in one `FIELDS` (plus the record's field and its data).

use std::borrow::Cow;

use crate::review::ReviewStatus;
use crate::sources::Source;

/// The type of a column's values (of each item, for a list column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// Any text.
    Text,
    /// A snake_case id: a lower-case ASCII letter, then lower-case letters, digits and `_`.
    Id,
    /// A whole number, at least `minimum` when one is given.
    Integer {
        /// The smallest value allowed.
        minimum: Option<u32>,
    },
    /// A decimal number (`473000000`, `14.6`).
    Number,
    /// `true` or `false`.
    Boolean,
    /// One name of a closed set, generated from the crate's enum (`Unit::NAMES`, ...).
    OneOf(&'static [&'static str]),
}

/// One column of an exported CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The header name.
    pub name: &'static str,
    /// A short human title.
    pub title: &'static str,
    /// What the column holds, including its unit conventions.
    pub description: &'static str,
    /// The type of the value, or of each item of a list.
    pub kind: ColumnType,
    /// `true` when the cell is a list joined with `;` ([`crate::export::LIST_SEPARATOR`]).
    pub list: bool,
    /// `true` when the cell may not be empty.
    pub required: bool,
    /// `true` when no two rows share the value.
    pub unique: bool,
}

/// A reference from columns of one table to the key of another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForeignKey {
    /// The referring columns.
    pub columns: &'static [&'static str],
    /// The file of the referenced table (`"figures.csv"`).
    pub table: &'static str,
    /// The referenced columns (its key).
    pub reference: &'static [&'static str],
}

/// One exported CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Table {
    /// The file name (`"figures.csv"`).
    pub file: &'static str,
    /// The resource name in the data package (`"figures"`).
    pub name: &'static str,
    /// A short human title.
    pub title: &'static str,
    /// What one row is.
    pub description: &'static str,
    /// The columns, in order.
    pub columns: &'static [Column],
    /// The columns whose values identify a row.
    pub primary_key: &'static [&'static str],
    /// References to other tables.
    pub foreign_keys: &'static [ForeignKey],
}

impl Table {
    /// The column with this name.
    pub fn column(&self, name: &str) -> Option<&'static Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// The column names, in order.
    pub fn column_names(&self) -> impl Iterator<Item = &'static str> + use<> {
        self.columns.iter().map(|c| c.name)
    }
}

pub(crate) const fn col(
    name: &'static str,
    title: &'static str,
    kind: ColumnType,
    description: &'static str,
) -> Column {
    Column {
        name,
        title,
        description,
        kind,
        list: false,
        required: true,
        unique: false,
    }
}

impl Column {
    pub(crate) const fn optional(mut self) -> Column {
        self.required = false;
        self
    }

    pub(crate) const fn list(mut self) -> Column {
        self.list = true;
        self
    }

    pub(crate) const fn unique(mut self) -> Column {
        self.unique = true;
        self
    }
}

/// The list separator inside a CSV cell: lists are joined with it, so no list item may
/// contain it (a rule of the data model).
pub const LIST_SEPARATOR: &str = ";";

/// A whole number of at least 1 (paragraph and footnote numbers).
pub(crate) const POSITIVE: ColumnType = ColumnType::Integer { minimum: Some(1) };
/// A year.
pub(crate) const YEAR: ColumnType = ColumnType::Integer { minimum: None };

pub(crate) mod figures;
pub(crate) mod footnotes;
pub(crate) mod links;
pub(crate) mod reviews;
pub(crate) mod sources;

/// Every exported CSV, in the order of `export::dataset_files`.
pub const TABLES: [Table; 6] = [
    Table {
        file: "figures.csv",
        name: "figures",
        title: "Figures",
        description: "One row per figure: every number of the report that states a quantity, in report order.",
        columns: &figures::COLUMNS,
        primary_key: &["id"],
        foreign_keys: &[ForeignKey {
            columns: &["in_footnote"],
            table: "footnotes.csv",
            reference: &["footnote"],
        }],
    },
    Table {
        file: "footnotes.csv",
        name: "footnotes",
        title: "Footnotes",
        description: "One row per footnote of the report, verbatim, with the works it cites.",
        columns: &footnotes::COLUMNS,
        primary_key: &["footnote"],
        foreign_keys: &[ForeignKey {
            columns: &["source_id"],
            table: "sources.csv",
            reference: &["source_id"],
        }],
    },
    Table {
        file: "sources.csv",
        name: "sources",
        title: "Sources",
        description: "One row per cited work, and one for the report itself (`a_hrc_58_19`).",
        columns: &sources::COLUMNS,
        primary_key: &["source_id"],
        foreign_keys: &[],
    },
    Table {
        file: "reviews.csv",
        name: "reviews",
        title: "Primary-source reviews",
        description: "One row per reviewed figure, from the primary-source review file only: a review of the report's main statistics against public copies of their sources. Figures it does not cover have no row (their `review_status` is `not_reviewed`).",
        columns: &reviews::COLUMNS,
        primary_key: &["figure_id"],
        foreign_keys: &[ForeignKey {
            columns: &["figure_id"],
            table: "figures.csv",
            reference: &["id"],
        }],
    },
    Table {
        file: "figure_footnotes.csv",
        name: "figure_footnotes",
        title: "Figure–footnote links",
        description: "One row per footnote citing a figure: the `footnotes` list of `figures.csv` as a link table, in figure order then list order.",
        columns: &links::FIGURE_FOOTNOTE_COLUMNS,
        primary_key: &["figure_id", "footnote"],
        foreign_keys: &[
            ForeignKey {
                columns: &["figure_id"],
                table: "figures.csv",
                reference: &["id"],
            },
            ForeignKey {
                columns: &["footnote"],
                table: "footnotes.csv",
                reference: &["footnote"],
            },
        ],
    },
    Table {
        file: "footnote_sources.csv",
        name: "footnote_sources",
        title: "Footnote–source links",
        description: "One row per work a footnote cites: the `source_ids` list of `footnotes.csv` as a link table, in footnote order then list order (the first row of a footnote is its main work).",
        columns: &links::FOOTNOTE_SOURCE_COLUMNS,
        primary_key: &["footnote", "source_id"],
        foreign_keys: &[
            ForeignKey {
                columns: &["footnote"],
                table: "footnotes.csv",
                reference: &["footnote"],
            },
            ForeignKey {
                columns: &["source_id"],
                table: "sources.csv",
                reference: &["source_id"],
            },
        ],
    },
];

/// The table of this file name (`"figures.csv"`).
pub fn table(file: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.file == file)
}

/// A typed cell: what a column holds for one record, before it is written as text or put in a
/// frame column.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value<'a> {
    /// No value: an empty cell of an optional column.
    Absent,
    /// Text.
    Text(Cow<'a, str>),
    /// A decimal number.
    Number(f64),
    /// A whole number.
    Integer(u64),
    /// A boolean.
    Bool(bool),
    /// A name of a closed set.
    Name(&'static str),
    /// A list (of text, whole numbers or names).
    List(Vec<Value<'a>>),
}

impl<'a> Value<'a> {
    /// Text borrowed from a record.
    pub(crate) fn text(text: &'a str) -> Value<'a> {
        Value::Text(Cow::Borrowed(text))
    }

    /// Optional text: [`Value::Absent`] for `None`.
    pub(crate) fn opt_text<S: AsRef<str>>(text: &'a Option<S>) -> Value<'a> {
        text.as_ref()
            .map_or(Value::Absent, |t| Value::Text(Cow::Borrowed(t.as_ref())))
    }

    /// An optional whole number.
    pub(crate) fn opt_integer<N: Into<u64>>(n: Option<N>) -> Value<'a> {
        n.map_or(Value::Absent, |n| Value::Integer(n.into()))
    }

    /// A list of texts.
    pub(crate) fn texts<S: AsRef<str> + 'a>(items: &'a [S]) -> Value<'a> {
        Value::List(items.iter().map(|s| Value::text(s.as_ref())).collect())
    }

    /// The cell as written to CSV (before spreadsheet escaping): numbers in Rust's shortest
    /// round-trip form, booleans `TRUE`/`FALSE`, lists joined with `;`, absent as empty.
    pub(crate) fn to_cell(&self) -> Cow<'_, str> {
        match self {
            Value::Absent => Cow::Borrowed(""),
            Value::Text(t) => Cow::Borrowed(t),
            Value::Number(n) => Cow::Owned(n.to_string()),
            Value::Integer(n) => Cow::Owned(n.to_string()),
            Value::Bool(true) => Cow::Borrowed("TRUE"),
            Value::Bool(false) => Cow::Borrowed("FALSE"),
            Value::Name(n) => Cow::Borrowed(n),
            Value::List(items) => {
                let cells: Vec<Cow<'_, str>> = items.iter().map(Value::to_cell).collect();
                Cow::Owned(cells.join(LIST_SEPARATOR))
            }
        }
    }

    /// The cell as CSV text, owning what it must.
    pub(crate) fn into_cell(self) -> Cow<'a, str> {
        match self {
            Value::Text(t) => t,
            Value::Name(n) => Cow::Borrowed(n),
            Value::Absent => Cow::Borrowed(""),
            other => Cow::Owned(other.to_cell().into_owned()),
        }
    }

    /// The text of a text value (empty for anything else).
    pub(crate) fn into_text(self) -> Cow<'static, str> {
        match self {
            Value::Text(t) => Cow::Owned(t.into_owned()),
            _ => Cow::Borrowed(""),
        }
    }

    /// The text of a text value, `None` when absent.
    pub(crate) fn into_opt_text(self) -> Option<Cow<'static, str>> {
        match self {
            Value::Text(t) => Some(Cow::Owned(t.into_owned())),
            _ => None,
        }
    }

    /// The number of a number value.
    pub(crate) fn number(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The whole number of an integer value, if it fits `T`.
    pub(crate) fn integer<T: TryFrom<u64>>(&self) -> Option<T> {
        match self {
            Value::Integer(n) => T::try_from(*n).ok(),
            _ => None,
        }
    }

    /// The value of a closed set, parsed from a name value.
    pub(crate) fn name<T: std::str::FromStr>(&self) -> Option<T> {
        match self {
            Value::Name(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// The items of a list value (empty for anything else).
    pub(crate) fn items(self) -> Vec<Value<'a>> {
        match self {
            Value::List(items) => items,
            _ => Vec::new(),
        }
    }
}

/// One column of a table: its description and how it maps to a record of type `R`.
pub(crate) struct Field<R: 'static> {
    /// The column, as the codebook and the data package describe it.
    pub(crate) column: Column,
    /// What one value is called in a problem ("unit", "topic", "citation form").
    pub(crate) what: &'static str,
    /// The largest whole number the column takes (for integer columns).
    pub(crate) max: u64,
    /// The cell of a record; `dataset` resolves derived columns.
    pub(crate) get: for<'a> fn(&'a dyn Resolve, &'a R) -> Value<'a>,
    /// Stores a parsed cell into a record; `None` for a derived column, computed from the
    /// others (the loader checks a filled cell against it).
    pub(crate) set: Option<fn(&mut R, Value<'static>)>,
    /// `true` for a derived column computed from other files (a figure's `source_ids`, from
    /// the footnotes and sources): the loader checks it only when those files resolve.
    pub(crate) from_other_files: bool,
}

/// Builds a field: a column and its two directions. `what` defaults to the column name;
/// `max` to 255 (a byte: paragraph and footnote numbers).
pub(crate) const fn field<R>(
    column: Column,
    get: for<'a> fn(&'a dyn Resolve, &'a R) -> Value<'a>,
    set: Option<fn(&mut R, Value<'static>)>,
) -> Field<R> {
    Field {
        column,
        what: column.name,
        max: u8::MAX as u64,
        get,
        set,
        from_other_files: false,
    }
}

impl<R> Field<R> {
    /// The same field, with problems naming one value `what`.
    pub(crate) const fn what(mut self, what: &'static str) -> Field<R> {
        self.what = what;
        self
    }

    /// The same field, derived from other files.
    pub(crate) const fn derived_from_other_files(mut self) -> Field<R> {
        self.from_other_files = true;
        self
    }

    /// The same field, taking whole numbers up to `max`.
    pub(crate) const fn max(mut self, max: u64) -> Field<R> {
        self.max = max;
        self
    }
}

/// The columns of `fields`, in order (for the public column descriptions).
pub(crate) const fn columns<R, const N: usize>(fields: &[Field<R>]) -> [Column; N] {
    let mut out = [PLACEHOLDER; N];
    let mut i = 0;
    while i < N {
        out[i] = fields[i].column;
        i += 1;
    }
    out
}

/// The names of `fields`, in order.
pub(crate) const fn names<R, const N: usize>(fields: &[Field<R>]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = fields[i].column.name;
        i += 1;
    }
    out
}

const PLACEHOLDER: Column = Column {
    name: "",
    title: "",
    description: "",
    kind: ColumnType::Text,
    list: false,
    required: false,
    unique: false,
};

/// What derived columns need from the dataset a record belongs to (implemented by
/// `Dataset`; a trait so that the tables do not depend on the dataset that holds them).
pub(crate) trait Resolve {
    /// The works `figure` rests on through its footnotes, each once, in citation order.
    fn sources_of(&self, figure: &figures::Figure) -> Vec<&Source>;
    /// The review status of `figure`.
    fn review_status(&self, figure: &figures::Figure) -> ReviewStatus;
}

/// A record with every field empty, for the loader to fill cell by cell.
pub(crate) trait Blank {
    /// The empty record.
    fn blank() -> Self;
}
