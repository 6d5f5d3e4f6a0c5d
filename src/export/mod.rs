//! Writers for the exported tables: CSV (RFC 4180, UTF-8 without BOM, one header row) and
//! JSON (serde), to any [`io::Write`].
//!
//! The files in `datasets/` are exactly what [`dataset_files`] returns for the built-in
//! dataset; `cargo run --example export_datasets` writes them and `tests/datasets_fresh.rs`
//! fails when a committed copy is stale.
//!
//! ```
//! use vac_figures::{export, Dataset, Filter, Topic};
//!
//! // Export a selection: the forced-labour figures, as CSV into memory.
//! let data = Dataset::builtin();
//! let filter = Filter::new().topic(Topic::ForcedLabour);
//! let mut csv = Vec::new();
//! export::write_figures_csv(&mut csv, data, data.select(&filter))?;
//! let csv = String::from_utf8(csv).unwrap();
//! assert!(csv.starts_with("id,paragraph,section,"));
//! assert!(csv.contains("forced_labour_illegal_profits_per_year,57,"));
//! # Ok::<(), export::ExportError>(())
//! ```
//!
//! # Columns
//!
//! Lists (topics, footnotes, source ids, URLs) are joined with `;`; absent values are empty
//! cells; booleans are `TRUE`/`FALSE` (read as logical by base R, pandas and Polars); numbers are plain decimals (`473000000`, `14.6`).
//! The link tables `figure_footnotes.csv` and `footnote_sources.csv` give the `footnotes` and
//! `source_ids` lists one row per item, so that they can carry foreign keys.
//!
//! Every column is described once in [`schema`] (type, description, constraints); the column
//! constants, the Frictionless Data Package `datapackage.json` ([`datapackage`]) and the
//! codebook `datasets/README.md` ([`codebook`]) are generated from it.
//!
//! # Spreadsheet safety
//!
//! A spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` as a formula (CSV
//! injection). Every CSV cell goes through [`escape_cell`]: a cell that begins with one of
//! those characters, a tab, a carriage return or an apostrophe is written with one leading
//! apostrophe `'`, which spreadsheets show as text; [`unescape_cell`] (used by the loader)
//! removes it again. No cell of the built-in data needs it today; the rule protects edited
//! and extended datasets.
//!
//! ```
//! use vac_figures::export::{escape_cell, unescape_cell};
//! assert_eq!(escape_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
//! assert_eq!(escape_cell("38 per cent"), "38 per cent");
//! assert_eq!(unescape_cell(&escape_cell("-5")), "-5");
//! ```

pub mod codebook;
pub mod datapackage;
pub mod schema;

use std::borrow::{Borrow, Cow};
use std::io;
use std::path::{Path, PathBuf};

use crate::dataset::Dataset;
use crate::record::Figure;
use crate::review::Review;
use crate::sources::{Footnote, Source};
use crate::table::reviews::ReviewRow;
use crate::table::{self, Field, figures, footnotes, links, reviews, sources};

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Writing CSV failed.
    #[error("writing CSV: {0}")]
    Csv(#[from] csv::Error),
    /// Writing JSON failed.
    #[error("writing JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// Writing a file failed.
    #[error("writing {path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
}

/// The columns of `figures.csv`, in order (described in [`schema::FIGURE_FIELDS`]).
pub const FIGURE_COLUMNS: [&str; figures::FIELDS.len()] = table::names(figures::FIELDS);

/// The columns of `footnotes.csv`, in order (described in [`schema::FOOTNOTE_FIELDS`]).
pub const FOOTNOTE_COLUMNS: [&str; footnotes::FIELDS.len()] = table::names(footnotes::FIELDS);

/// The columns of `sources.csv`, in order (described in [`schema::SOURCE_FIELDS`]).
pub const SOURCE_COLUMNS: [&str; sources::FIELDS.len()] = table::names(sources::FIELDS);

/// The columns of `reviews.csv`, in order (described in [`schema::REVIEW_FIELDS`]).
pub const REVIEW_COLUMNS: [&str; reviews::FIELDS.len()] = table::names(reviews::FIELDS);

/// The columns of `figure_footnotes.csv`, the link table of figures and the footnotes citing
/// them, in order (described in [`schema::FIGURE_FOOTNOTE_FIELDS`]).
pub const FIGURE_FOOTNOTE_COLUMNS: [&str; links::FIGURE_FOOTNOTE_FIELDS.len()] =
    table::names(links::FIGURE_FOOTNOTE_FIELDS);

/// The columns of `footnote_sources.csv`, the link table of footnotes and the works they
/// cite, in order (described in [`schema::FOOTNOTE_SOURCE_FIELDS`]).
pub const FOOTNOTE_SOURCE_COLUMNS: [&str; links::FOOTNOTE_SOURCE_FIELDS.len()] =
    table::names(links::FOOTNOTE_SOURCE_FIELDS);

pub use crate::rules::LIST_SEPARATOR;

/// The characters that make a spreadsheet read a cell as a formula, and the apostrophe that
/// escapes them.
const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\''];

/// The cell as written to CSV: with one leading apostrophe when it begins with `=`, `+`, `-`,
/// `@`, a tab, a carriage return or an apostrophe; otherwise unchanged.
pub fn escape_cell(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The inverse of [`escape_cell`]: the cell without its one leading apostrophe, if it has one.
pub fn unescape_cell(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

/// The cells of one record, as CSV text (unescaped), in column order.
fn row<'a, R, const N: usize>(
    fields: &[Field<R>],
    dataset: &'a Dataset,
    record: &'a R,
) -> [Cow<'a, str>; N] {
    std::array::from_fn(|i| {
        fields
            .get(i)
            .map_or(Cow::Borrowed(""), |f| (f.get)(dataset, record).into_cell())
    })
}

/// The cells of a figure's row in `figures.csv`.
pub fn figure_cells<'a>(
    dataset: &'a Dataset,
    figure: &'a Figure,
) -> [Cow<'a, str>; FIGURE_COLUMNS.len()] {
    row(figures::FIELDS, dataset, figure)
}

/// The cells of a footnote's row in `footnotes.csv`.
pub fn footnote_cells(footnote: &Footnote) -> [Cow<'_, str>; FOOTNOTE_COLUMNS.len()] {
    // No footnote column depends on the rest of the dataset.
    row(footnotes::FIELDS, Dataset::builtin(), footnote)
}

/// The cells of a source's row in `sources.csv`.
pub fn source_cells(source: &Source) -> [Cow<'_, str>; SOURCE_COLUMNS.len()] {
    row(sources::FIELDS, Dataset::builtin(), source)
}

/// The cells of a review's row in `reviews.csv`, for one of the figures it covers.
pub fn review_cells(figure_id: &str, review: &Review) -> [Cow<'static, str>; REVIEW_COLUMNS.len()] {
    let record = ReviewRow {
        figure_id: Cow::Owned(figure_id.to_owned()),
        review: review.clone(),
    };
    row(reviews::FIELDS, Dataset::builtin(), &record).map(|c| Cow::Owned(c.into_owned()))
}

fn csv_writer<W: io::Write>(writer: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(writer)
}

/// Writes one CSV table from its fields: the header, then every record's cells, escaped
/// ([`escape_cell`]).
fn write_table<W: io::Write, R>(
    writer: W,
    fields: &[Field<R>],
    dataset: &Dataset,
    records: impl IntoIterator<Item = impl Borrow<R>>,
) -> Result<(), ExportError> {
    let mut csv = csv_writer(writer);
    csv.write_record(fields.iter().map(|f| f.column.name))?;
    for record in records {
        for field in fields {
            let value = (field.get)(dataset, record.borrow());
            csv.write_field(escape_cell(&value.to_cell()).as_bytes())?;
        }
        csv.write_record(None::<&[u8]>)?;
    }
    csv.flush().map_err(csv::Error::from)?;
    Ok(())
}

/// Writes `figures` (any selection) as `figures.csv`; `dataset` resolves their sources.
pub fn write_figures_csv<'a, W: io::Write>(
    writer: W,
    dataset: &Dataset,
    figures: impl IntoIterator<Item = &'a Figure>,
) -> Result<(), ExportError> {
    write_table(writer, figures::FIELDS, dataset, figures)
}

/// Writes `footnotes` as `footnotes.csv`.
pub fn write_footnotes_csv<'a, W: io::Write>(
    writer: W,
    footnotes: impl IntoIterator<Item = &'a Footnote>,
) -> Result<(), ExportError> {
    write_table(writer, footnotes::FIELDS, Dataset::builtin(), footnotes)
}

/// Writes `sources` as `sources.csv`.
pub fn write_sources_csv<'a, W: io::Write>(
    writer: W,
    sources: impl IntoIterator<Item = &'a Source>,
) -> Result<(), ExportError> {
    write_table(writer, sources::FIELDS, Dataset::builtin(), sources)
}

/// Writes `reviews.csv`: one row per reviewed figure of `figures`, in their order, with the
/// review `dataset` has for it.
pub fn write_reviews_csv<'a, W: io::Write>(
    writer: W,
    dataset: &Dataset,
    figures: impl IntoIterator<Item = &'a Figure>,
) -> Result<(), ExportError> {
    let rows = figures.into_iter().filter_map(|f| {
        dataset.review_of(f).map(|review| ReviewRow {
            figure_id: f.id.clone(),
            review: review.clone(),
        })
    });
    write_table(writer, reviews::FIELDS, dataset, rows)
}

/// Writes `figure_footnotes.csv`: one row `(figure_id, footnote)` per footnote each of
/// `figures` lists, in figure order then list order.
pub fn write_figure_footnotes_csv<'a, W: io::Write>(
    writer: W,
    figures: impl IntoIterator<Item = &'a Figure>,
) -> Result<(), ExportError> {
    let rows = figures.into_iter().flat_map(|figure| {
        figure
            .footnotes
            .iter()
            .map(move |&number| (figure.id.clone(), number))
    });
    write_table(
        writer,
        links::FIGURE_FOOTNOTE_FIELDS,
        Dataset::builtin(),
        rows,
    )
}

/// Writes `footnote_sources.csv`: one row `(footnote, source_id)` per work each of
/// `footnotes` cites, in footnote order then list order (the first is the main work).
pub fn write_footnote_sources_csv<'a, W: io::Write>(
    writer: W,
    footnotes: impl IntoIterator<Item = &'a Footnote>,
) -> Result<(), ExportError> {
    let rows = footnotes.into_iter().flat_map(|footnote| {
        footnote
            .sources
            .iter()
            .map(move |source| (footnote.number, source.clone()))
    });
    write_table(
        writer,
        links::FOOTNOTE_SOURCE_FIELDS,
        Dataset::builtin(),
        rows,
    )
}

/// Writes any serializable records as a pretty-printed JSON array (or value), with a final
/// newline.
pub fn write_json<W: io::Write, T: serde::Serialize + ?Sized>(
    mut writer: W,
    value: &T,
) -> Result<(), ExportError> {
    serde_json::to_writer_pretty(&mut writer, value)?;
    writer.write_all(b"\n").map_err(serde_json::Error::io)?;
    Ok(())
}

/// Every file of the `datasets/` directory for `dataset`, as `(file name, bytes)`, in a fixed
/// order: `figures.csv`, `footnotes.csv`, `sources.csv`, `reviews.csv`,
/// `figure_footnotes.csv`, `footnote_sources.csv` (the CSVs in the order of
/// [`schema::TABLES`]), `figures.json`, `footnotes.json`, `sources.json`, `reviews.json`,
/// `report.json`, then `datapackage.json` (the Frictionless Data Package describing the CSVs,
/// [`datapackage`]) and `README.md` (the codebook, [`codebook`]).
pub fn dataset_files(dataset: &Dataset) -> Result<Vec<(&'static str, Vec<u8>)>, ExportError> {
    let mut files = Vec::new();
    let mut buf = Vec::new();
    write_figures_csv(&mut buf, dataset, dataset.figures())?;
    files.push(("figures.csv", std::mem::take(&mut buf)));
    write_footnotes_csv(&mut buf, dataset.footnotes())?;
    files.push(("footnotes.csv", std::mem::take(&mut buf)));
    write_sources_csv(&mut buf, dataset.sources())?;
    files.push(("sources.csv", std::mem::take(&mut buf)));
    write_reviews_csv(&mut buf, dataset, dataset.figures())?;
    files.push(("reviews.csv", std::mem::take(&mut buf)));
    write_figure_footnotes_csv(&mut buf, dataset.figures())?;
    files.push(("figure_footnotes.csv", std::mem::take(&mut buf)));
    write_footnote_sources_csv(&mut buf, dataset.footnotes())?;
    files.push(("footnote_sources.csv", std::mem::take(&mut buf)));
    write_json(&mut buf, dataset.figures())?;
    files.push(("figures.json", std::mem::take(&mut buf)));
    write_json(&mut buf, dataset.footnotes())?;
    files.push(("footnotes.json", std::mem::take(&mut buf)));
    write_json(&mut buf, dataset.sources())?;
    files.push(("sources.json", std::mem::take(&mut buf)));
    write_json(&mut buf, dataset.reviews())?;
    files.push(("reviews.json", std::mem::take(&mut buf)));
    write_json(&mut buf, dataset.report())?;
    files.push(("report.json", std::mem::take(&mut buf)));
    let io_err = |name: &str| {
        let path = PathBuf::from(name);
        move |source| ExportError::Io { path, source }
    };
    crate::cite::write_bibtex(&mut buf, dataset.report(), dataset.sources())
        .map_err(io_err("sources.bib"))?;
    files.push(("sources.bib", std::mem::take(&mut buf)));
    crate::cite::write_csl_json(&mut buf, dataset.report(), dataset.sources())
        .map_err(io_err("sources.csl.json"))?;
    files.push(("sources.csl.json", std::mem::take(&mut buf)));
    datapackage::write_datapackage(&mut buf, dataset.report())?;
    files.push(("datapackage.json", std::mem::take(&mut buf)));
    files.push((
        "README.md",
        codebook::codebook(dataset.report()).into_bytes(),
    ));
    Ok(files)
}

/// Writes [`dataset_files`] into `dir`, creating it if needed.
pub fn write_dir(dataset: &Dataset, dir: &Path) -> Result<(), ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Io {
        path: dir.to_owned(),
        source,
    })?;
    for (name, bytes) in dataset_files(dataset)? {
        let path = dir.join(name);
        std::fs::write(&path, bytes).map_err(|source| ExportError::Io { path, source })?;
    }
    Ok(())
}
