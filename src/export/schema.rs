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

pub use crate::table::{Column, ColumnType, ForeignKey, TABLES, Table, table};

/// The columns of `figures.csv`.
pub const FIGURE_FIELDS: [Column; crate::table::figures::FIELDS.len()] =
    crate::table::figures::COLUMNS;

/// The columns of `footnotes.csv`.
pub const FOOTNOTE_FIELDS: [Column; crate::table::footnotes::FIELDS.len()] =
    crate::table::footnotes::COLUMNS;

/// The columns of `sources.csv`.
pub const SOURCE_FIELDS: [Column; crate::table::sources::FIELDS.len()] =
    crate::table::sources::COLUMNS;

/// The columns of `reviews.csv`.
pub const REVIEW_FIELDS: [Column; crate::table::reviews::FIELDS.len()] =
    crate::table::reviews::COLUMNS;

/// The columns of `figure_footnotes.csv`.
pub const FIGURE_FOOTNOTE_FIELDS: [Column; crate::table::links::FIGURE_FOOTNOTE_FIELDS.len()] =
    crate::table::links::FIGURE_FOOTNOTE_COLUMNS;

/// The columns of `footnote_sources.csv`.
pub const FOOTNOTE_SOURCE_FIELDS: [Column; crate::table::links::FOOTNOTE_SOURCE_FIELDS.len()] =
    crate::table::links::FOOTNOTE_SOURCE_COLUMNS;

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
