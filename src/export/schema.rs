//! What every column of every exported CSV means: its name, type, description and
//! constraints, written once.
//!
//! The column constants ([`FIGURE_COLUMNS`](super::FIGURE_COLUMNS), ...), the Frictionless
//! Data Package `datapackage.json` ([`super::datapackage`]) and the codebook
//! `datasets/README.md` ([`super::codebook`]) are all generated from [`TABLES`], so they cannot
//! drift apart. [`check_cell`] checks a cell against its column the way a Table Schema
//! validator does.
//!
//! ```
//! use vac_figures::export::schema::{self, ColumnType};
//!
//! let figures = schema::table("figures.csv").unwrap();
//! let unit = figures.column("unit").unwrap();
//! assert_eq!(unit.kind, ColumnType::OneOf(vac_figures::Unit::NAMES));
//! assert!(schema::check_cell(unit, "percent").is_ok());
//! assert!(schema::check_cell(unit, "per cent").is_err());
//! ```

use crate::record::{Kind, MarkerPosition, Qualifier, Sourcing, Topic, Unit};
use crate::review::{CopyKind, DiscrepancyKind, ReviewStatus};
use crate::sources::{CitationForm, SourceKind, TitleBasis};

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
    /// `true` when the cell is a list joined with `;` ([`super::LIST_SEPARATOR`]).
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

const fn col(
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
    const fn optional(mut self) -> Column {
        self.required = false;
        self
    }

    const fn list(mut self) -> Column {
        self.list = true;
        self
    }

    const fn unique(mut self) -> Column {
        self.unique = true;
        self
    }
}

/// The names of `columns`, in order (the column constants are made with it).
pub(crate) const fn names<const N: usize>(columns: &[Column; N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = columns[i].name;
        i += 1;
    }
    out
}

use ColumnType::{Boolean, Id, Number, OneOf, Text};

const POSITIVE: ColumnType = ColumnType::Integer { minimum: Some(1) };
const YEAR: ColumnType = ColumnType::Integer { minimum: None };

/// The columns of `figures.csv`.
pub const FIGURE_FIELDS: [Column; 26] = [
    col(
        "id",
        "Figure id",
        Id,
        "Stable snake_case id of the figure; never renamed or reused.",
    )
    .unique(),
    col(
        "paragraph",
        "Paragraph",
        POSITIVE,
        "The numbered paragraph of the report; for a figure inside a footnote, the paragraph carrying that footnote's marker.",
    ),
    col(
        "section",
        "Section",
        Text,
        "The chapter heading as printed (`III. Trafficking in children on the rise: immediate action required`).",
    ),
    col(
        "subsection",
        "Subsection",
        Text,
        "The lettered heading (`A. Alarming trends`), if any.",
    )
    .optional(),
    col(
        "subheading",
        "Subheading",
        Text,
        "The unnumbered heading (`Transnational cooperation`), if any.",
    )
    .optional(),
    col(
        "in_footnote",
        "In footnote",
        POSITIVE,
        "Set when the figure is printed inside this footnote rather than in the body.",
    )
    .optional(),
    col(
        "value",
        "Value",
        Number,
        "The figure in `unit`; for a range, the lower end. Percentages as printed (`38` means 38 per cent); counts and money fully expanded (`473000000`; `236000000000` with unit `usd`); \"1 in 6\" is `6` with unit `one_in`; \"almost two times higher\" is `2` with unit `times` and qualifier `almost`; \"over half\" is `50` with unit `percent` and qualifier `more_than`.",
    ),
    col(
        "value_upper",
        "Upper value",
        Number,
        "The upper end of a range (`15–17 years` has value 15 and value_upper 17), in `unit`; empty for a single value.",
    )
    .optional(),
    col(
        "unit",
        "Unit",
        OneOf(Unit::NAMES),
        "The unit of `value`: `percent` (per cent as printed), `count`, `usd` and `eur` (fully expanded amounts), `one_in` (the N of \"1 in N\"), `times` (a multiple), `years`, `months`.",
    ),
    col(
        "short_unit",
        "Short unit",
        Text,
        "A short label of the unit for charts: `%`, `US$`, `€`, `1 in N`, `×`, `years`, `months`; empty for counts.",
    )
    .optional(),
    col(
        "qualifier",
        "Qualifier",
        OneOf(Qualifier::NAMES),
        "The hedge printed with the number: `approximate` for about/around/approximately/an estimated, `more_than` for over/more than, `less_than` for fewer/less than, `almost` for almost/nearly.",
    ),
    col(
        "as_written",
        "As written",
        Text,
        "The figure as printed, hedge included (`over 473 million`).",
    ),
    col(
        "converted",
        "Converted from words",
        Boolean,
        "`true` when the value was read from words (`half`, `two times`, `fifteenth anniversary`).",
    ),
    col(
        "measure",
        "Measure",
        Text,
        "What the figure measures, in a short sentence.",
    ),
    col(
        "population",
        "Population",
        Text,
        "Who or what is counted (`children`, `people`, `States`, ...).",
    ),
    col(
        "geography",
        "Geography",
        Text,
        "Where (`world`, `sub-Saharan Africa`, `European Union`, `Zambia`, ...).",
    ),
    col(
        "period",
        "Period",
        Text,
        "The reference period where the report gives one (`2020`, `end of 2023`, `per year`).",
    )
    .optional(),
    col(
        "kind",
        "Kind",
        OneOf(Kind::NAMES),
        "What kind of statement it is: a statistic about the world, the Office's own activity, a commitment or target, or a definition.",
    ),
    col(
        "topics",
        "Topics",
        OneOf(Topic::NAMES),
        "One or more topics of the report.",
    )
    .list(),
    col(
        "quote",
        "Quote",
        Text,
        "The report's exact words containing the figure, footnote markers and markup removed.",
    ),
    col(
        "footnotes",
        "Footnotes",
        POSITIVE,
        "The footnotes whose markers cite the figure (also in `figure_footnotes.csv`); empty when none.",
    )
    .optional()
    .list(),
    col(
        "footnote_position",
        "Footnote marker position",
        OneOf(MarkerPosition::NAMES),
        "Where the footnote markers stand relative to the quote; `none` when no footnote cites the figure.",
    ),
    col(
        "attribution",
        "Attribution",
        Text,
        "Who the sentence credits (`UNICEF`, `ILO`, `World Migration Report 2022`), if anyone.",
    )
    .optional(),
    col(
        "sourcing",
        "Sourcing",
        OneOf(Sourcing::NAMES),
        "How the report backs the figure; `report_only` means neither footnote nor attribution.",
    ),
    col(
        "source_ids",
        "Source ids",
        Id,
        "The works the figure rests on through its footnotes (derived from `footnote_sources.csv`); empty when none.",
    )
    .optional()
    .list(),
    col(
        "review_status",
        "Review status",
        OneOf(ReviewStatus::NAMES),
        "What the primary-source review found (see `reviews.csv`); `not_reviewed` when it does not cover the figure.",
    ),
];

/// The columns of `footnotes.csv`.
pub const FOOTNOTE_FIELDS: [Column; 8] = [
    col("footnote", "Footnote", POSITIVE, "The footnote number.").unique(),
    col(
        "paragraph",
        "Paragraph",
        POSITIVE,
        "The paragraph carrying the footnote's marker.",
    ),
    col(
        "form",
        "Citation form",
        OneOf(CitationForm::NAMES),
        "How the footnote refers to its work: in full, *Ibid.*, a short form, or `note` (cites no work).",
    ),
    col(
        "text",
        "Text",
        Text,
        "The footnote's text as printed, markup removed.",
    ),
    col(
        "source_id",
        "Main source id",
        Id,
        "The first (main) work cited, *Ibid.* and short forms resolved; empty for a note.",
    )
    .optional(),
    col(
        "source_ids",
        "Source ids",
        Id,
        "Every work cited, in order (also in `footnote_sources.csv`); empty for a note.",
    )
    .optional()
    .list(),
    col(
        "pages",
        "Pages",
        Text,
        "The page locator as printed (`pp. 121 and 122`), if any.",
    )
    .optional(),
    col("urls", "URLs", Text, "Every URL in the text, as printed.")
        .optional()
        .list(),
];

/// The columns of `sources.csv`.
pub const SOURCE_FIELDS: [Column; 9] = [
    col(
        "source_id",
        "Source id",
        Id,
        "Stable snake_case id of the work; never renamed or reused.",
    )
    .unique(),
    col(
        "title",
        "Title",
        Text,
        "The title (see `title_basis` for where it comes from).",
    ),
    col(
        "title_basis",
        "Title basis",
        OneOf(TitleBasis::NAMES),
        "`printed`: the report's words; `from_url`: read from the URL; `descriptive`: the report gives no title.",
    ),
    col(
        "authors",
        "Authors",
        Text,
        "The authors as the footnote names them, if any.",
    )
    .optional(),
    col(
        "publisher",
        "Publisher",
        Text,
        "The publisher as named, or as the URL's site shows it.",
    )
    .optional(),
    col(
        "year",
        "Year",
        YEAR,
        "The year of publication as printed, or as a dated URL shows it.",
    )
    .optional(),
    col("url", "URL", Text, "The URL as printed, if any.").optional(),
    col(
        "symbol",
        "UN symbol",
        Text,
        "The UN document symbol (`A/79/322`), for UN documents.",
    )
    .optional(),
    col(
        "kind",
        "Kind",
        OneOf(SourceKind::NAMES),
        "What kind of work it is.",
    ),
];

/// The columns of `reviews.csv`.
pub const REVIEW_FIELDS: [Column; 11] = [
    col(
        "figure_id",
        "Figure id",
        Id,
        "The figure reviewed (`id` in `figures.csv`).",
    )
    .unique(),
    col(
        "status",
        "Status",
        OneOf(ReviewStatus::NAMES),
        "The review file's status (`not_reviewed` never occurs here). `unverified` is not evidence of error.",
    ),
    col(
        "status_as_written",
        "Status as written",
        Text,
        "The status as the review file writes it (`confirmed (total)`).",
    ),
    col(
        "discrepancies",
        "Discrepancies",
        OneOf(DiscrepancyKind::NAMES),
        "How the figure differs from its source (for `unverified`: how the file says it may differ); empty when none.",
    )
    .optional()
    .list(),
    col(
        "finding",
        "Finding",
        Text,
        "What the source says and where it was seen, verbatim from the review file.",
    ),
    col(
        "seen_at",
        "Seen at",
        Text,
        "The URL or place the review file names, if any.",
    )
    .optional(),
    col(
        "copy_kind",
        "Copy kind",
        OneOf(CopyKind::NAMES),
        "What kind of copy of the source was seen.",
    ),
    col(
        "note",
        "Note",
        Text,
        "The review file's note, verbatim.",
    )
    .optional(),
    col(
        "computed",
        "Computed",
        Text,
        "Numbers the review file computed itself, not stated by a source.",
    )
    .optional()
    .list(),
    col(
        "inferred",
        "Inferred",
        Text,
        "The review file's inferences: reasoning, not something a source says.",
    )
    .optional()
    .list(),
    col(
        "reviewed",
        "Reviewed",
        Text,
        "The paragraph and figure as the review file describes them.",
    ),
];

/// The columns of `figure_footnotes.csv`.
pub const FIGURE_FOOTNOTE_FIELDS: [Column; 2] = [
    col(
        "figure_id",
        "Figure id",
        Id,
        "The figure (`id` in `figures.csv`).",
    ),
    col(
        "footnote",
        "Footnote",
        POSITIVE,
        "A footnote whose marker cites the figure (`footnote` in `footnotes.csv`).",
    ),
];

/// The columns of `footnote_sources.csv`.
pub const FOOTNOTE_SOURCE_FIELDS: [Column; 2] = [
    col(
        "footnote",
        "Footnote",
        POSITIVE,
        "The footnote (`footnote` in `footnotes.csv`).",
    ),
    col(
        "source_id",
        "Source id",
        Id,
        "A work the footnote cites (`source_id` in `sources.csv`).",
    ),
];

/// Every exported CSV, in the order of [`super::dataset_files`].
pub const TABLES: [Table; 6] = [
    Table {
        file: "figures.csv",
        name: "figures",
        title: "Figures",
        description: "One row per figure: every number of the report that states a quantity, in report order.",
        columns: &FIGURE_FIELDS,
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
        columns: &FOOTNOTE_FIELDS,
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
        columns: &SOURCE_FIELDS,
        primary_key: &["source_id"],
        foreign_keys: &[],
    },
    Table {
        file: "reviews.csv",
        name: "reviews",
        title: "Primary-source reviews",
        description: "One row per reviewed figure, from the primary-source review file only: a review of the report's main statistics against public copies of their sources. Figures it does not cover have no row (their `review_status` is `not_reviewed`).",
        columns: &REVIEW_FIELDS,
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
        columns: &FIGURE_FOOTNOTE_FIELDS,
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
        columns: &FOOTNOTE_SOURCE_FIELDS,
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

/// Why a cell does not fit its column.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CellError {
    /// A required cell is empty.
    #[error("empty; a value is required")]
    Missing,
    /// An empty item in a list (`;` doubled, or at the start or end).
    #[error("an empty list item")]
    EmptyItem,
    /// Not a snake_case id.
    #[error("{0:?} is not a snake_case id")]
    NotAnId(String),
    /// Not a whole number.
    #[error("{0:?} is not a whole number")]
    NotAnInteger(String),
    /// A whole number below the column's minimum.
    #[error("{found} is below the minimum {minimum}")]
    BelowMinimum {
        /// The number found.
        found: i64,
        /// The minimum.
        minimum: u32,
    },
    /// Not a decimal number.
    #[error("{0:?} is not a number")]
    NotANumber(String),
    /// Not `true` or `false`.
    #[error("{0:?} is not `true` or `false`")]
    NotABoolean(String),
    /// Not a name of the closed set.
    #[error("{found:?} is not one of {}", expected.join(", "))]
    NotInSet {
        /// The text found.
        found: String,
        /// The accepted names.
        expected: &'static [&'static str],
    },
}

/// Checks one cell, as written to CSV, against its column: required, type, closed set,
/// minimum, and list syntax. Uniqueness and keys span rows and are not checked here.
pub fn check_cell(column: &Column, cell: &str) -> Result<(), CellError> {
    if cell.is_empty() {
        return if column.required {
            Err(CellError::Missing)
        } else {
            Ok(())
        };
    }
    if column.list {
        cell.split(super::LIST_SEPARATOR).try_for_each(|item| {
            if item.is_empty() {
                Err(CellError::EmptyItem)
            } else {
                check_value(column.kind, item)
            }
        })
    } else {
        check_value(column.kind, cell)
    }
}

fn check_value(kind: ColumnType, value: &str) -> Result<(), CellError> {
    match kind {
        ColumnType::Text => Ok(()),
        ColumnType::Id if crate::rules::is_snake_case(value) => Ok(()),
        ColumnType::Id => Err(CellError::NotAnId(value.to_owned())),
        ColumnType::Integer { minimum } => match value.parse::<i64>() {
            Ok(found) => match minimum {
                Some(minimum) if found < i64::from(minimum) => {
                    Err(CellError::BelowMinimum { found, minimum })
                }
                _ => Ok(()),
            },
            Err(_) => Err(CellError::NotAnInteger(value.to_owned())),
        },
        ColumnType::Number => match value.parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(()),
            _ => Err(CellError::NotANumber(value.to_owned())),
        },
        ColumnType::Boolean if value == "TRUE" || value == "FALSE" => Ok(()),
        ColumnType::Boolean => Err(CellError::NotABoolean(value.to_owned())),
        ColumnType::OneOf(names) if names.contains(&value) => Ok(()),
        ColumnType::OneOf(names) => Err(CellError::NotInSet {
            found: value.to_owned(),
            expected: names,
        }),
    }
}

/// The regular expression a list cell must match (Table Schema `pattern`, a subset of XML
/// Schema regular expressions that Python's `re` reads the same way), or `None` for a
/// column that is not a list.
pub fn list_pattern(column: &Column) -> Option<String> {
    if !column.list {
        return None;
    }
    let item = match column.kind {
        ColumnType::Text | ColumnType::Number | ColumnType::Boolean => "[^;]+".to_owned(),
        ColumnType::Id => "[a-z][a-z0-9_]*".to_owned(),
        ColumnType::Integer { .. } => "[0-9]+".to_owned(),
        ColumnType::OneOf(names) => format!("({})", names.join("|")),
    };
    Some(format!("{item}(;{item})*"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_checked_like_a_table_schema_validator() {
        let figures = table("figures.csv").unwrap();
        let col = |name| figures.column(name).unwrap();
        assert_eq!(check_cell(col("id"), ""), Err(CellError::Missing));
        assert!(check_cell(col("subsection"), "").is_ok());
        assert!(matches!(
            check_cell(col("id"), "Bad-Id"),
            Err(CellError::NotAnId(_))
        ));
        assert!(check_cell(col("paragraph"), "12").is_ok());
        assert_eq!(
            check_cell(col("paragraph"), "0"),
            Err(CellError::BelowMinimum {
                found: 0,
                minimum: 1
            })
        );
        assert!(check_cell(col("paragraph"), "1.5").is_err());
        assert!(check_cell(col("value"), "473000000").is_ok());
        assert!(check_cell(col("value"), "14.6").is_ok());
        assert!(check_cell(col("value"), "NaN").is_err());
        assert!(check_cell(col("value"), "'-5").is_err());
        assert!(check_cell(col("converted"), "yes").is_err());
        assert!(check_cell(col("topics"), "trafficking;conflict").is_ok());
        assert_eq!(
            check_cell(col("topics"), "trafficking;;conflict"),
            Err(CellError::EmptyItem)
        );
        assert!(check_cell(col("topics"), "trafficking;war").is_err());
        assert!(check_cell(col("footnotes"), "27;28").is_ok());
        assert!(check_cell(col("footnotes"), "27;x").is_err());
    }

    #[test]
    fn list_patterns_are_anchored_by_the_validator_and_use_the_separator() {
        let figures = table("figures.csv").unwrap();
        assert_eq!(
            list_pattern(figures.column("footnotes").unwrap()).as_deref(),
            Some("[0-9]+(;[0-9]+)*")
        );
        assert_eq!(list_pattern(figures.column("id").unwrap()), None);
        let topics = list_pattern(figures.column("topics").unwrap()).unwrap();
        assert!(topics.starts_with("(trafficking|migration_displacement|"));
    }

    #[test]
    fn every_table_key_and_reference_names_real_columns() {
        for t in &TABLES {
            for key in t.primary_key {
                assert!(t.column(key).is_some(), "{}: key {key}", t.file);
            }
            for fk in t.foreign_keys {
                let target = table(fk.table).unwrap();
                assert_eq!(fk.reference, target.primary_key, "{}", t.file);
                for c in fk.columns {
                    assert!(t.column(c).is_some(), "{}: {c}", t.file);
                }
            }
        }
    }
}
