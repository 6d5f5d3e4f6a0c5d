//! Polars [`DataFrame`]s of the figures, footnotes, sources, reviews and link tables
//! (feature `polars`).
//!
//! Every column has the type of its field in Rust: numbers are `Float64`, paragraph and
//! footnote numbers `UInt8`, years `UInt32`, booleans `Boolean`, every closed set ([`Unit`],
//! [`Qualifier`], [`Kind`], [`Topic`], ...) an `Enum` whose categories are the set's `NAMES`
//! in declaration order, lists are `List` columns (`topics` is a list of the `Topic` enum,
//! `footnotes` a `List(UInt8)`), absent values are nulls. Only open text is `String`.
//! Column names are those of the CSV files ([`crate::export::FIGURE_COLUMNS`], ...).
//!
//! ```
//! use vac_figures::frames::polars::prelude::*;
//!
//! let figures = vac_figures::to_dataframe()?;
//! assert_eq!(figures.height(), vac_figures::figures().len());
//! assert_eq!(figures.column("value")?.dtype(), &DataType::Float64);
//! assert_eq!(figures.column("paragraph")?.dtype(), &DataType::UInt8);
//! assert!(matches!(figures.column("unit")?.dtype(), DataType::Enum(..)));
//! assert_eq!(figures.column("footnotes")?.dtype(), &DataType::List(Box::new(DataType::UInt8)));
//! # Ok::<(), PolarsError>(())
//! ```
//!
//! # Keys
//!
//! `figures.id` → `figure_footnotes(figure_id, footnote)` → `footnotes.footnote` →
//! `footnote_sources(footnote, source_id)` → `sources.source_id`; `reviews.figure_id` →
//! `figures.id`. [`figure_sources_frame`] is the whole chain already joined (one row per
//! figure × footnote × source, built in Rust), so a question about sources is one filter:
//!
//! ```
//! use vac_figures::frames::polars::prelude::*;
//!
//! let long = vac_figures::frames::figure_sources()?;
//! // Every figure that rests on a UNODC publication:
//! let unodc = long.filter(&vac_figures::frames::text_mask(&long, "publisher", |p| p.contains("UNODC"))?)?;
//! let ids = unodc.column("figure_id")?.str()?;
//! assert!(ids.iter().any(|id| id == Some("children_share_of_detected_victims")));
//! # Ok::<(), PolarsError>(())
//! ```
//!
//! # Any selection
//!
//! The `*_frame` functions take any selection of figures, so a query goes straight to a
//! frame:
//!
//! ```
//! use vac_figures::{frames, Dataset, Filter, Topic};
//!
//! let data = Dataset::builtin();
//! let forced_labour = frames::figures_frame(data, data.select(&Filter::new().topic(Topic::ForcedLabour)))?;
//! assert_eq!(forced_labour.height(), vac_figures::by_topic(Topic::ForcedLabour).count());
//! # Ok::<(), frames::polars::prelude::PolarsError>(())
//! ```

use std::sync::OnceLock;

/// The Polars crate these frames are built with, re-exported so that a user's code uses the
/// same version.
pub use polars;

use polars::prelude::{
    BooleanChunked, Categorical8Chunked, Column, DataFrame, DataType, Float64Chunked,
    FrozenCategories, IntoColumn, IntoSeries, ListBuilderTrait, ListPrimitiveChunkedBuilder,
    ListStringChunkedBuilder, NewChunkedArray, PlSmallStr, PolarsResult, StringChunked,
    UInt8Chunked, UInt8Type, UInt32Chunked, polars_bail,
};

use std::borrow::Cow;

use crate::dataset::Dataset;
use crate::record::{Kind, MarkerPosition, Qualifier, Sourcing, Topic, Unit};
use crate::review::{CopyKind, DiscrepancyKind, ReviewStatus};
use crate::sources::{CitationForm, Footnote, Source, SourceKind, TitleBasis};
use crate::table::figures::Figure;
use crate::table::reviews::ReviewRow;
use crate::table::{self, ColumnType, Field, Resolve, Value};

/// A closed set that becomes an `Enum` column: its names and each value's position among
/// them. Implemented for every closed set of the crate.
pub trait EnumColumn: Copy + 'static {
    /// The names, in declaration order (the set's `NAMES`).
    const NAMES: &'static [&'static str];
    /// The position of the value in [`Self::NAMES`].
    fn code(self) -> u8;
    /// The `Enum` dtype of the set, built once (shared with the frames built from the
    /// tables' columns).
    fn dtype() -> PolarsResult<DataType> {
        names_dtype(Self::NAMES)
    }
}

macro_rules! enum_column {
    ($($set:ty),+ $(,)?) => {$(
        impl EnumColumn for $set {
            const NAMES: &'static [&'static str] = <$set>::NAMES;
            fn code(self) -> u8 {
                // Fieldless enums declared without discriminants: the cast is the position
                // in declaration order, which is the order of `NAMES` (tested below).
                self as u8
            }
        }
    )+};
}

enum_column!(
    Unit,
    Qualifier,
    Kind,
    Topic,
    MarkerPosition,
    Sourcing,
    CitationForm,
    TitleBasis,
    SourceKind,
    ReviewStatus,
    DiscrepancyKind,
    CopyKind,
);

/// The `Enum` dtype of a closed set: its `NAMES` as categories, in declaration order.
///
/// ```
/// use vac_figures::{frames, Unit};
/// let dtype = frames::enum_dtype::<Unit>()?;
/// assert!(dtype.is_enum());
/// # Ok::<(), frames::polars::prelude::PolarsError>(())
/// ```
pub fn enum_dtype<T: EnumColumn>() -> PolarsResult<DataType> {
    T::dtype()
}

fn name(s: &str) -> PlSmallStr {
    PlSmallStr::from_str(s)
}

/// An `Enum` column of closed-set values.
fn enum_col<T: EnumColumn>(column: &str, values: impl Iterator<Item = T>) -> PolarsResult<Column> {
    let codes: Vec<u8> = values.map(T::code).collect();
    let codes = UInt8Chunked::from_vec(name(column), codes);
    Ok(Categorical8Chunked::from_cats_and_dtype(codes, T::dtype()?)
        .into_series()
        .into_column())
}

fn str_col<'a>(column: &str, values: impl Iterator<Item = &'a str>) -> Column {
    StringChunked::from_iter_values(name(column), values).into_column()
}

fn opt_str_col<'a>(column: &str, values: impl Iterator<Item = Option<&'a str>>) -> Column {
    StringChunked::from_iter_options(name(column), values).into_column()
}

fn u8_col(column: &str, values: impl Iterator<Item = u8>) -> Column {
    UInt8Chunked::from_vec(name(column), values.collect()).into_column()
}

fn opt_u8_col(column: &str, values: impl Iterator<Item = Option<u8>>) -> Column {
    UInt8Chunked::from_iter_options(name(column), values).into_column()
}

// Years are UInt32: a UInt16 column needs Polars' `dtype-u16` feature, which would add build
// time for no gain at this size. (`dtype-u8` is needed anyway: it is the physical type of
// every `Enum` column here.)

fn opt_u16_col(column: &str, values: impl Iterator<Item = Option<u16>>) -> Column {
    UInt32Chunked::from_iter_options(name(column), values.map(|v| v.map(u32::from))).into_column()
}

/// The `Enum` dtype whose categories are `names`, built once per closed set.
fn names_dtype(names: &'static [&'static str]) -> PolarsResult<DataType> {
    type Cache = std::sync::Mutex<Vec<(&'static [&'static str], DataType)>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    // Keyed by the names themselves (a handful of short slices), not by address.
    if let Ok(cached) = cache.lock()
        && let Some((_, dtype)) = cached.iter().find(|(k, _)| *k == names)
    {
        return Ok(dtype.clone());
    }
    let dtype = DataType::from_frozen_categories(FrozenCategories::new(names.iter().copied())?);
    if dtype.cat_physical()? != polars::prelude::CategoricalPhysical::U8 {
        polars_bail!(ComputeError: "closed set with more than 255 names");
    }
    if let Ok(mut cached) = cache.lock() {
        cached.push((names, dtype.clone()));
    }
    Ok(dtype)
}

/// The position of `name` among `names` (the code of an `Enum` value).
fn code_of(names: &[&str], name: &str) -> PolarsResult<u8> {
    names
        .iter()
        .position(|n| *n == name)
        .and_then(|i| u8::try_from(i).ok())
        .ok_or_else(
            || polars::prelude::polars_err!(ComputeError: "{name} is not in its closed set"),
        )
}

/// One frame column from the values of one table field, typed by the column: text `String`,
/// numbers `Float64`, whole numbers `UInt8` (or `UInt32` above 255), booleans `Boolean`,
/// closed sets `Enum`, lists `List` of those; absent values are nulls.
fn field_column<R>(field: &Field<R>, values: Vec<Value<'_>>) -> PolarsResult<Column> {
    let column = &field.column;
    let col_name = name(column.name);
    let small = field.max <= u64::from(u8::MAX);
    if column.list {
        let rows: Vec<Vec<Value<'_>>> = values.into_iter().map(Value::items).collect();
        return match column.kind {
            ColumnType::OneOf(names) => {
                let mut builder = ListPrimitiveChunkedBuilder::<UInt8Type>::new(
                    col_name,
                    rows.len(),
                    rows.len() * 2,
                    names_dtype(names)?,
                );
                for row in &rows {
                    let codes = row
                        .iter()
                        .map(|v| match v {
                            Value::Name(n) => code_of(names, n),
                            _ => polars_bail!(ComputeError: "a list item of {} is not a name", column.name),
                        })
                        .collect::<PolarsResult<Vec<u8>>>()?;
                    builder.append_slice(&codes);
                }
                Ok(builder.finish().into_column())
            }
            ColumnType::Integer { .. } => {
                let mut builder = ListPrimitiveChunkedBuilder::<UInt8Type>::new(
                    col_name,
                    rows.len(),
                    rows.len() * 2,
                    DataType::UInt8,
                );
                for row in &rows {
                    let items: Vec<u8> = row.iter().filter_map(Value::integer).collect();
                    builder.append_slice(&items);
                }
                Ok(builder.finish().into_column())
            }
            _ => {
                let mut builder =
                    ListStringChunkedBuilder::new(col_name, rows.len(), rows.len() * 2);
                for row in &rows {
                    builder.append_values_iter(row.iter().map(|v| match v {
                        Value::Text(t) => t.as_ref(),
                        _ => "",
                    }));
                }
                Ok(builder.finish().into_column())
            }
        };
    }
    Ok(match column.kind {
        ColumnType::Text | ColumnType::Id => StringChunked::from_iter_options(
            col_name,
            values.iter().map(|v| match v {
                Value::Text(t) => Some(t.as_ref()),
                _ => None,
            }),
        )
        .into_column(),
        ColumnType::Number => {
            Float64Chunked::from_iter_options(col_name, values.iter().map(Value::number))
                .into_column()
        }
        ColumnType::Integer { .. } if small => {
            UInt8Chunked::from_iter_options(col_name, values.iter().map(Value::integer::<u8>))
                .into_column()
        }
        // Years are UInt32: a UInt16 column needs Polars' `dtype-u16` feature, which would add
        // build time for no gain at this size.
        ColumnType::Integer { .. } => {
            UInt32Chunked::from_iter_options(col_name, values.iter().map(Value::integer::<u32>))
                .into_column()
        }
        ColumnType::Boolean => BooleanChunked::from_iter_options(
            col_name,
            values.iter().map(|v| match v {
                Value::Bool(b) => Some(*b),
                _ => None,
            }),
        )
        .into_column(),
        ColumnType::OneOf(names) => {
            let codes = values
                .iter()
                .map(|v| match v {
                    Value::Name(n) => code_of(names, n).map(Some),
                    _ => Ok(None),
                })
                .collect::<PolarsResult<Vec<Option<u8>>>>()?;
            let codes = UInt8Chunked::from_iter_options(col_name, codes.into_iter());
            Categorical8Chunked::from_cats_and_dtype(codes, names_dtype(names)?)
                .into_series()
                .into_column()
        }
    })
}

/// The frame of a table: one column per field ([`crate::table`]), one row per record.
fn table_frame<R>(
    fields: &[Field<R>],
    data: &dyn Resolve,
    records: &[&R],
) -> PolarsResult<DataFrame> {
    let columns = fields
        .iter()
        .map(|field| {
            let values = records.iter().map(|r| (field.get)(data, r)).collect();
            field_column(field, values)
        })
        .collect::<PolarsResult<Vec<Column>>>()?;
    DataFrame::new(records.len(), columns)
}

/// The figures frame of the built-in dataset: one row per figure, in report order, with the
/// columns of [`crate::export::FIGURE_COLUMNS`].
///
/// ```
/// use vac_figures::frames::polars::prelude::*;
///
/// let df = vac_figures::to_dataframe()?;
/// let ids = df.column("id")?.str()?;
/// assert_eq!(ids.get(0), Some(vac_figures::figures()[0].id.as_ref()));
/// let values = df.column("value")?.f64()?;
/// assert_eq!(values.get(0), Some(vac_figures::figures()[0].value));
/// # Ok::<(), PolarsError>(())
/// ```
pub fn to_dataframe() -> PolarsResult<DataFrame> {
    let data = Dataset::builtin();
    figures_frame(data, data.figures())
}

/// The figures frame of any selection of figures; `dataset` resolves their sources.
///
/// Columns, in the order of [`crate::export::FIGURE_COLUMNS`]: `id` String, `paragraph`
/// UInt8, `section` String, `subsection`/`subheading` String (nullable), `in_footnote` UInt8
/// (nullable), `value` Float64, `value_upper` Float64 (nullable), `unit` Enum, `short_unit`
/// String, `qualifier` Enum, `as_written` String, `converted` Boolean, `measure`,
/// `population`, `geography` String, `period` String (nullable), `kind` Enum, `topics`
/// List(Enum), `quote` String, `footnotes` List(UInt8), `footnote_position` Enum,
/// `attribution` String (nullable), `sourcing` Enum, `source_ids` List(String),
/// `review_status` Enum.
pub fn figures_frame<'a>(
    dataset: &Dataset,
    figures: impl IntoIterator<Item = &'a Figure>,
) -> PolarsResult<DataFrame> {
    let figures: Vec<&Figure> = figures.into_iter().collect();
    table_frame(table::figures::FIELDS, dataset, &figures)
}

/// The footnotes frame of the built-in dataset.
pub fn footnotes() -> PolarsResult<DataFrame> {
    footnotes_frame(crate::dataset::Dataset::builtin().footnotes())
}

/// The footnotes frame of any footnotes, with the columns of
/// [`crate::export::FOOTNOTE_COLUMNS`]: `footnote` UInt8 (the key), `paragraph` UInt8, `form`
/// Enum, `text` String, `source_id` String (nullable: the main work), `source_ids`
/// List(String), `pages` String (nullable), `urls` List(String).
///
/// ```
/// use vac_figures::frames::polars::prelude::*;
///
/// let notes = vac_figures::frames::footnotes()?;
/// assert_eq!(notes.height(), 64);
/// assert_eq!(notes.column("footnote")?.u8()?.get(12), Some(13));
/// # Ok::<(), PolarsError>(())
/// ```
pub fn footnotes_frame<'a>(
    footnotes: impl IntoIterator<Item = &'a Footnote>,
) -> PolarsResult<DataFrame> {
    let n: Vec<&Footnote> = footnotes.into_iter().collect();
    table_frame(table::footnotes::FIELDS, Dataset::builtin(), &n)
}

/// The sources frame of the built-in dataset.
pub fn sources() -> PolarsResult<DataFrame> {
    sources_frame(crate::dataset::Dataset::builtin().sources())
}

/// The sources frame of any sources, with the columns of [`crate::export::SOURCE_COLUMNS`]:
/// `source_id` String (the key), `title` String, `title_basis` Enum, `authors`, `publisher`
/// String (nullable), `year` UInt32 (nullable), `url`, `symbol` String (nullable), `kind`
/// Enum.
pub fn sources_frame<'a>(sources: impl IntoIterator<Item = &'a Source>) -> PolarsResult<DataFrame> {
    let s: Vec<&Source> = sources.into_iter().collect();
    table_frame(table::sources::FIELDS, Dataset::builtin(), &s)
}

/// The reviews frame of the built-in dataset.
pub fn reviews() -> PolarsResult<DataFrame> {
    let data = Dataset::builtin();
    reviews_frame(data, data.figures())
}

/// The reviews frame of a selection of figures with the reviews `dataset` has for them:
/// one row per reviewed figure, in their order, with the columns of [`crate::export::REVIEW_COLUMNS`]: `figure_id` String (the
/// key to `figures.id`), `status` Enum, `status_as_written` String, `discrepancies`
/// List(Enum), `finding` String, `seen_at` String (nullable), `copy_kind` Enum, `note`
/// String, `computed`, `inferred` List(String), `reviewed` String.
pub fn reviews_frame<'a>(
    dataset: &'a Dataset,
    figures: impl IntoIterator<Item = &'a Figure>,
) -> PolarsResult<DataFrame> {
    let rows: Vec<ReviewRow> = figures
        .into_iter()
        .filter_map(|f| {
            dataset.review_of(f).map(|r| ReviewRow {
                figure_id: f.id.clone(),
                review: r.clone(),
            })
        })
        .collect();
    let rows: Vec<&ReviewRow> = rows.iter().collect();
    table_frame(table::reviews::FIELDS, dataset, &rows)
}

/// The link table of the built-in figures and the footnotes that cite them.
pub fn figure_footnotes() -> PolarsResult<DataFrame> {
    figure_footnotes_frame(crate::dataset::Dataset::builtin().figures())
}

/// The link table `figure_footnotes` of a selection of figures: one row
/// `(figure_id String, footnote UInt8)` per footnote each figure lists, in figure order then
/// list order (the columns of [`crate::export::FIGURE_FOOTNOTE_COLUMNS`]).
pub fn figure_footnotes_frame<'a>(
    figures: impl IntoIterator<Item = &'a Figure>,
) -> PolarsResult<DataFrame> {
    let pairs: Vec<(Cow<'static, str>, u8)> = figures
        .into_iter()
        .flat_map(|f| f.footnotes.iter().map(move |&n| (f.id.clone(), n)))
        .collect();
    let pairs: Vec<&(Cow<'static, str>, u8)> = pairs.iter().collect();
    table_frame(
        table::links::FIGURE_FOOTNOTE_FIELDS,
        Dataset::builtin(),
        &pairs,
    )
}

/// The link table of the built-in footnotes and the works they cite.
pub fn footnote_sources() -> PolarsResult<DataFrame> {
    footnote_sources_frame(crate::dataset::Dataset::builtin().footnotes())
}

/// The link table `footnote_sources` of any footnotes: one row
/// `(footnote UInt8, source_id String)` per work each footnote cites, in footnote order then
/// list order (the columns of [`crate::export::FOOTNOTE_SOURCE_COLUMNS`]).
pub fn footnote_sources_frame<'a>(
    footnotes: impl IntoIterator<Item = &'a Footnote>,
) -> PolarsResult<DataFrame> {
    let pairs: Vec<(u8, Cow<'static, str>)> = footnotes
        .into_iter()
        .flat_map(|n| n.sources.iter().map(move |s| (n.number, s.clone())))
        .collect();
    let pairs: Vec<&(u8, Cow<'static, str>)> = pairs.iter().collect();
    table_frame(
        table::links::FOOTNOTE_SOURCE_FIELDS,
        Dataset::builtin(),
        &pairs,
    )
}

/// The already-joined long frame of the built-in dataset (see [`figure_sources_frame`]).
pub fn figure_sources() -> PolarsResult<DataFrame> {
    let data = Dataset::builtin();
    figure_sources_frame(data, data.figures())
}

/// The columns of [`figure_sources_frame`], in order.
pub const FIGURE_SOURCE_COLUMNS: [&str; 17] = [
    "figure_id",
    "paragraph",
    "value",
    "value_upper",
    "unit",
    "qualifier",
    "as_written",
    "measure",
    "kind",
    "footnote",
    "form",
    "pages",
    "source_id",
    "title",
    "publisher",
    "year",
    "source_kind",
];

/// Figures joined to their footnotes and sources, built in Rust: one row per figure ×
/// footnote × cited work, in figure order, then footnote order, then citation order.
///
/// It is a left join: a figure that no footnote cites has one row with null footnote and
/// source columns, and a footnote that cites no work one row with null source columns, so
/// every figure of the selection appears. Columns ([`FIGURE_SOURCE_COLUMNS`]): the figure's
/// `figure_id`, `paragraph`, `value`, `value_upper`, `unit`, `qualifier`, `as_written`,
/// `measure`, `kind`; the footnote's `footnote`, `form`, `pages`; the source's `source_id`,
/// `title`, `publisher`, `year`, `source_kind` (dtypes as in the separate frames).
pub fn figure_sources_frame<'a>(
    dataset: &Dataset,
    figures: impl IntoIterator<Item = &'a Figure>,
) -> PolarsResult<DataFrame> {
    let mut rows: Vec<(&Figure, Option<&Footnote>, Option<&Source>)> = Vec::new();
    for figure in figures {
        let start = rows.len();
        for note in dataset.footnotes_of(figure) {
            let before = rows.len();
            for id in note.sources.iter() {
                if let Some(source) = dataset.source(id) {
                    rows.push((figure, Some(note), Some(source)));
                }
            }
            if rows.len() == before {
                rows.push((figure, Some(note), None));
            }
        }
        if rows.len() == start {
            rows.push((figure, None, None));
        }
    }
    let r = &rows;
    let columns = vec![
        str_col("figure_id", r.iter().map(|x| x.0.id.as_ref())),
        u8_col("paragraph", r.iter().map(|x| x.0.location.paragraph)),
        Float64Chunked::from_vec(name("value"), r.iter().map(|x| x.0.value).collect())
            .into_column(),
        Float64Chunked::from_iter_options(name("value_upper"), r.iter().map(|x| x.0.value_upper))
            .into_column(),
        enum_col("unit", r.iter().map(|x| x.0.unit))?,
        enum_col("qualifier", r.iter().map(|x| x.0.qualifier))?,
        str_col("as_written", r.iter().map(|x| x.0.as_written.as_ref())),
        str_col("measure", r.iter().map(|x| x.0.measure.as_ref())),
        enum_col("kind", r.iter().map(|x| x.0.kind))?,
        opt_u8_col("footnote", r.iter().map(|x| x.1.map(|n| n.number))),
        opt_enum_col("form", r.iter().map(|x| x.1.map(|n| n.form)))?,
        opt_str_col(
            "pages",
            r.iter().map(|x| x.1.and_then(|n| n.pages.as_deref())),
        ),
        opt_str_col("source_id", r.iter().map(|x| x.2.map(|s| s.id.as_ref()))),
        opt_str_col("title", r.iter().map(|x| x.2.map(|s| s.title.as_ref()))),
        opt_str_col(
            "publisher",
            r.iter().map(|x| x.2.and_then(|s| s.publisher.as_deref())),
        ),
        opt_u16_col("year", r.iter().map(|x| x.2.and_then(|s| s.year))),
        opt_enum_col("source_kind", r.iter().map(|x| x.2.map(|s| s.kind)))?,
    ];
    DataFrame::new(rows.len(), columns)
}

/// A nullable `Enum` column.
fn opt_enum_col<T: EnumColumn>(
    column: &str,
    values: impl Iterator<Item = Option<T>>,
) -> PolarsResult<Column> {
    let codes = UInt8Chunked::from_iter_options(name(column), values.map(|v| v.map(T::code)));
    Ok(Categorical8Chunked::from_cats_and_dtype(codes, T::dtype()?)
        .into_series()
        .into_column())
}

/// A boolean mask over a text column (`String`, or `Enum` by name), for
/// [`DataFrame::filter`]: `true` where the cell is present and `keep` accepts it.
///
/// ```
/// use vac_figures::frames::{self, polars::prelude::*};
///
/// let figures = vac_figures::to_dataframe()?;
/// let money = figures.filter(&frames::text_mask(&figures, "unit", |u| u == "usd" || u == "eur")?)?;
/// assert!(money.height() >= 2);
/// # Ok::<(), PolarsError>(())
/// ```
pub fn text_mask(
    frame: &DataFrame,
    column: &str,
    keep: impl Fn(&str) -> bool,
) -> PolarsResult<BooleanChunked> {
    let column = frame.column(column)?;
    let mask = match column.dtype() {
        DataType::String => column
            .str()?
            .iter()
            .map(|cell| cell.is_some_and(&keep))
            .collect::<Vec<bool>>(),
        DataType::Enum(..) => {
            let cats = column.cat8()?;
            cats.iter_str()
                .map(|cell| cell.is_some_and(&keep))
                .collect()
        }
        other => {
            polars_bail!(SchemaMismatch: "text_mask: column `{}` is {}, not text", column.name(), other)
        }
    };
    Ok(BooleanChunked::from_slice(name("mask"), &mask))
}

/// Every table as `(name, frame)`, in the order of the CSV files and then the joined
/// frame: `figures`, `footnotes`, `sources`, `reviews`, `figure_footnotes`,
/// `footnote_sources`, `figure_sources`.
pub fn tables(dataset: &Dataset) -> PolarsResult<Vec<(&'static str, DataFrame)>> {
    Ok(vec![
        ("figures", figures_frame(dataset, dataset.figures())?),
        ("footnotes", footnotes_frame(dataset.footnotes())?),
        ("sources", sources_frame(dataset.sources())?),
        ("reviews", reviews_frame(dataset, dataset.figures())?),
        (
            "figure_footnotes",
            figure_footnotes_frame(dataset.figures())?,
        ),
        (
            "footnote_sources",
            footnote_sources_frame(dataset.footnotes())?,
        ),
        (
            "figure_sources",
            figure_sources_frame(dataset, dataset.figures())?,
        ),
    ])
}

/// Why writing or reading a Parquet file failed (feature `parquet`).
#[cfg(feature = "parquet")]
#[cfg_attr(docsrs, doc(cfg(feature = "parquet")))]
#[derive(Debug, thiserror::Error)]
pub enum ParquetError {
    /// Creating, opening or writing the file or its directory failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory.
        path: std::path::PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Polars failed to build, encode or decode a frame.
    #[error("{path}: {source}")]
    Polars {
        /// The file.
        path: std::path::PathBuf,
        /// The underlying error.
        source: polars::prelude::PolarsError,
    },
}

/// Writes `frame` as an uncompressed Parquet file at `path`, with the frame's schema (Enum
/// and List columns included). Returns the number of rows.
#[cfg(feature = "parquet")]
#[cfg_attr(docsrs, doc(cfg(feature = "parquet")))]
pub fn write_parquet(frame: &mut DataFrame, path: &std::path::Path) -> Result<usize, ParquetError> {
    use polars::prelude::{ParquetCompression, ParquetWriter};
    let file = std::fs::File::create(path).map_err(|source| ParquetError::Io {
        path: path.to_owned(),
        source,
    })?;
    ParquetWriter::new(std::io::BufWriter::new(file))
        .with_compression(ParquetCompression::Uncompressed)
        .finish(frame)
        .map_err(|source| ParquetError::Polars {
            path: path.to_owned(),
            source,
        })?;
    Ok(frame.height())
}

/// Reads a Parquet file written by [`write_parquet`] back into a frame.
#[cfg(feature = "parquet")]
#[cfg_attr(docsrs, doc(cfg(feature = "parquet")))]
pub fn read_parquet(path: &std::path::Path) -> Result<DataFrame, ParquetError> {
    use polars::prelude::{ParquetReader, SerReader};
    let file = std::fs::File::open(path).map_err(|source| ParquetError::Io {
        path: path.to_owned(),
        source,
    })?;
    ParquetReader::new(file)
        .finish()
        .map_err(|source| ParquetError::Polars {
            path: path.to_owned(),
            source,
        })
}

/// Writes every table of [`tables`] into `dir` as `NAME.parquet` (creating `dir` if
/// needed). Returns each file's path and number of rows.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dir = std::env::temp_dir().join(format!("vac-figures-doc-{}", std::process::id()));
/// let written = vac_figures::frames::write_parquet_dir(vac_figures::Dataset::builtin(), &dir)?;
/// assert_eq!(written.len(), 7);
/// let figures = vac_figures::frames::read_parquet(&dir.join("figures.parquet"))?;
/// assert!(figures.equals_missing(&vac_figures::to_dataframe()?));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok(())
/// # }
/// ```
#[cfg(feature = "parquet")]
#[cfg_attr(docsrs, doc(cfg(feature = "parquet")))]
pub fn write_parquet_dir(
    dataset: &Dataset,
    dir: &std::path::Path,
) -> Result<Vec<(std::path::PathBuf, usize)>, ParquetError> {
    std::fs::create_dir_all(dir).map_err(|source| ParquetError::Io {
        path: dir.to_owned(),
        source,
    })?;
    let tables = tables(dataset).map_err(|source| ParquetError::Polars {
        path: dir.to_owned(),
        source,
    })?;
    let mut written = Vec::with_capacity(tables.len());
    for (name, mut frame) in tables {
        let path = dir.join(format!("{name}.parquet"));
        let rows = write_parquet(&mut frame, &path)?;
        written.push((path, rows));
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export;

    fn check_codes<T: EnumColumn + std::fmt::Display>(all: &[T]) {
        for v in all {
            assert_eq!(T::NAMES[usize::from(v.code())], v.to_string());
        }
        assert_eq!(all.len(), T::NAMES.len());
    }

    #[test]
    fn codes_are_positions_in_names() {
        check_codes(Unit::ALL);
        check_codes(Qualifier::ALL);
        check_codes(Kind::ALL);
        check_codes(Topic::ALL);
        check_codes(MarkerPosition::ALL);
        check_codes(Sourcing::ALL);
        check_codes(CitationForm::ALL);
        check_codes(TitleBasis::ALL);
        check_codes(SourceKind::ALL);
        check_codes(ReviewStatus::ALL);
        check_codes(DiscrepancyKind::ALL);
        check_codes(CopyKind::ALL);
    }

    fn names(df: &DataFrame) -> Vec<String> {
        df.columns().iter().map(|c| c.name().to_string()).collect()
    }

    #[test]
    fn columns_are_the_csv_columns() {
        let t = tables(Dataset::builtin()).unwrap();
        assert_eq!(names(&t[0].1), export::FIGURE_COLUMNS);
        assert_eq!(names(&t[1].1), export::FOOTNOTE_COLUMNS);
        assert_eq!(names(&t[2].1), export::SOURCE_COLUMNS);
        assert_eq!(names(&t[3].1), export::REVIEW_COLUMNS);
        assert_eq!(names(&t[4].1), export::FIGURE_FOOTNOTE_COLUMNS);
        assert_eq!(names(&t[5].1), export::FOOTNOTE_SOURCE_COLUMNS);
        assert_eq!(names(&t[6].1), FIGURE_SOURCE_COLUMNS);
    }
}
