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

use std::borrow::Cow;
use std::io;
use std::path::{Path, PathBuf};

use crate::dataset::Dataset;
use crate::record::Figure;
use crate::review::Review;
use crate::sources::{Footnote, Source};

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
pub const FIGURE_COLUMNS: [&str; 26] = schema::names(&schema::FIGURE_FIELDS);

/// The columns of `footnotes.csv`, in order (described in [`schema::FOOTNOTE_FIELDS`]).
pub const FOOTNOTE_COLUMNS: [&str; 8] = schema::names(&schema::FOOTNOTE_FIELDS);

/// The columns of `sources.csv`, in order (described in [`schema::SOURCE_FIELDS`]).
pub const SOURCE_COLUMNS: [&str; 9] = schema::names(&schema::SOURCE_FIELDS);

/// The columns of `reviews.csv`, in order (described in [`schema::REVIEW_FIELDS`]).
pub const REVIEW_COLUMNS: [&str; 11] = schema::names(&schema::REVIEW_FIELDS);

/// The columns of `figure_footnotes.csv`, the link table of figures and the footnotes citing
/// them, in order (described in [`schema::FIGURE_FOOTNOTE_FIELDS`]).
pub const FIGURE_FOOTNOTE_COLUMNS: [&str; 2] = schema::names(&schema::FIGURE_FOOTNOTE_FIELDS);

/// The columns of `footnote_sources.csv`, the link table of footnotes and the works they
/// cite, in order (described in [`schema::FOOTNOTE_SOURCE_FIELDS`]).
pub const FOOTNOTE_SOURCE_COLUMNS: [&str; 2] = schema::names(&schema::FOOTNOTE_SOURCE_FIELDS);

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

fn text(s: &str) -> Cow<'_, str> {
    Cow::Borrowed(s)
}

fn opt_text<S: AsRef<str>>(s: &Option<S>) -> Cow<'_, str> {
    Cow::Borrowed(s.as_ref().map_or("", |s| s.as_ref()))
}

fn opt_num<N: ToString>(n: Option<N>) -> Cow<'static, str> {
    Cow::Owned(n.map(|n| n.to_string()).unwrap_or_default())
}

fn join<T: AsRef<str>>(items: impl IntoIterator<Item = T>) -> Cow<'static, str> {
    let items: Vec<String> = items.into_iter().map(|s| s.as_ref().to_owned()).collect();
    Cow::Owned(items.join(LIST_SEPARATOR))
}

/// The cells of a figure's row in `figures.csv`.
pub fn figure_cells<'a>(dataset: &Dataset, figure: &'a Figure) -> [Cow<'a, str>; 26] {
    let loc = &figure.location;
    [
        text(&figure.id),
        Cow::Owned(loc.paragraph.to_string()),
        text(&loc.section),
        opt_text(&loc.subsection),
        opt_text(&loc.subheading),
        opt_num(loc.in_footnote),
        Cow::Owned(figure.value.to_string()),
        opt_num(figure.value_upper),
        text(figure.unit.as_str()),
        text(figure.unit.short_unit()),
        text(figure.qualifier.as_str()),
        text(&figure.as_written),
        text(if figure.converted { "TRUE" } else { "FALSE" }),
        text(&figure.measure),
        text(&figure.population),
        text(&figure.geography),
        opt_text(&figure.period),
        text(figure.kind.as_str()),
        join(figure.topics.iter().map(|t| t.as_str())),
        text(&figure.quote),
        join(figure.footnotes.iter().map(|n| n.to_string())),
        text(figure.footnote_position.as_str()),
        opt_text(&figure.attribution),
        text(figure.sourcing().as_str()),
        join(dataset.sources_of(figure).into_iter().map(|s| s.id.clone())),
        text(dataset.review_status(figure).as_str()),
    ]
}

/// The cells of a footnote's row in `footnotes.csv`.
pub fn footnote_cells(footnote: &Footnote) -> [Cow<'_, str>; 8] {
    [
        Cow::Owned(footnote.number.to_string()),
        Cow::Owned(footnote.paragraph.to_string()),
        text(footnote.form.as_str()),
        text(&footnote.text),
        text(footnote.source_id().unwrap_or("")),
        join(footnote.sources.iter()),
        opt_text(&footnote.pages),
        join(footnote.urls.iter()),
    ]
}

/// The cells of a source's row in `sources.csv`.
pub fn source_cells(source: &Source) -> [Cow<'_, str>; 9] {
    [
        text(&source.id),
        text(&source.title),
        text(source.title_basis.as_str()),
        opt_text(&source.authors),
        opt_text(&source.publisher),
        opt_num(source.year),
        opt_text(&source.url),
        opt_text(&source.symbol),
        text(source.kind.as_str()),
    ]
}

/// The cells of a review's row in `reviews.csv`, for one of the figures it covers.
pub fn review_cells<'a>(figure_id: &'a str, review: &'a Review) -> [Cow<'a, str>; 11] {
    [
        text(figure_id),
        text(review.status.as_str()),
        text(&review.status_as_written),
        join(review.discrepancies.iter().map(|k| k.as_str())),
        text(&review.finding),
        opt_text(&review.seen_at),
        text(review.copy_kind.as_str()),
        text(&review.note),
        join(review.computed.iter()),
        join(review.inferred.iter()),
        text(&review.reviewed),
    ]
}

fn csv_writer<W: io::Write>(writer: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(writer)
}

/// Writes one CSV table: the header, then every row with its cells escaped
/// ([`escape_cell`]). The row width is the header's, checked at compile time.
fn write_table<'c, W: io::Write, const N: usize>(
    writer: W,
    columns: [&str; N],
    rows: impl IntoIterator<Item = [Cow<'c, str>; N]>,
) -> Result<(), ExportError> {
    let mut csv = csv_writer(writer);
    csv.write_record(columns)?;
    for row in rows {
        for cell in &row {
            csv.write_field(escape_cell(cell).as_bytes())?;
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
    let rows = figures.into_iter().map(|f| figure_cells(dataset, f));
    write_table(writer, FIGURE_COLUMNS, rows)
}

/// Writes `footnotes` as `footnotes.csv`.
pub fn write_footnotes_csv<'a, W: io::Write>(
    writer: W,
    footnotes: impl IntoIterator<Item = &'a Footnote>,
) -> Result<(), ExportError> {
    write_table(
        writer,
        FOOTNOTE_COLUMNS,
        footnotes.into_iter().map(footnote_cells),
    )
}

/// Writes `sources` as `sources.csv`.
pub fn write_sources_csv<'a, W: io::Write>(
    writer: W,
    sources: impl IntoIterator<Item = &'a Source>,
) -> Result<(), ExportError> {
    write_table(
        writer,
        SOURCE_COLUMNS,
        sources.into_iter().map(source_cells),
    )
}

/// Writes `reviews.csv`: one row per reviewed figure of `figures`, in their order, with the
/// review `dataset` has for it.
pub fn write_reviews_csv<'a, W: io::Write>(
    writer: W,
    dataset: &Dataset,
    figures: impl IntoIterator<Item = &'a Figure>,
) -> Result<(), ExportError> {
    let rows = figures.into_iter().filter_map(|f| {
        dataset
            .review_of(f)
            .map(|review| review_cells(&f.id, review))
    });
    write_table(writer, REVIEW_COLUMNS, rows)
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
            .map(move |number| [text(&figure.id), Cow::Owned(number.to_string())])
    });
    write_table(writer, FIGURE_FOOTNOTE_COLUMNS, rows)
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
            .map(move |source| [Cow::Owned(footnote.number.to_string()), text(source)])
    });
    write_table(writer, FOOTNOTE_SOURCE_COLUMNS, rows)
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
