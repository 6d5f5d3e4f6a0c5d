//! The link tables `figure_footnotes.csv` and `footnote_sources.csv`: the `footnotes` list of
//! `figures.csv` and the `source_ids` list of `footnotes.csv`, one row per item, so that they
//! can carry foreign keys. Derived, written, not read back.

use std::borrow::Cow;

use crate::table::ColumnType::Id;
use crate::table::{Column, Field, POSITIVE, Value, col, columns, field};

/// The columns of `figure_footnotes.csv`: `(figure id, footnote number)`.
pub(crate) const FIGURE_FOOTNOTE_FIELDS: &[Field<(Cow<'static, str>, u8)>] = &[
    field::<(Cow<'static, str>, u8)>(
        col(
            "figure_id",
            "Figure id",
            Id,
            "The figure (`id` in `figures.csv`).",
        ),
        |_, l| Value::text(&l.0),
        None,
    ),
    field::<(Cow<'static, str>, u8)>(
        col(
            "footnote",
            "Footnote",
            POSITIVE,
            "A footnote whose marker cites the figure (`footnote` in `footnotes.csv`).",
        ),
        |_, l| Value::Integer(l.1.into()),
        None,
    ),
];

/// The columns of `footnote_sources.csv`: `(footnote number, source id)`.
pub(crate) const FOOTNOTE_SOURCE_FIELDS: &[Field<(u8, Cow<'static, str>)>] = &[
    field::<(u8, Cow<'static, str>)>(
        col(
            "footnote",
            "Footnote",
            POSITIVE,
            "The footnote (`footnote` in `footnotes.csv`).",
        ),
        |_, l| Value::Integer(l.0.into()),
        None,
    ),
    field::<(u8, Cow<'static, str>)>(
        col(
            "source_id",
            "Source id",
            Id,
            "A work the footnote cites (`source_id` in `sources.csv`).",
        ),
        |_, l| Value::text(&l.1),
        None,
    ),
];

/// The column descriptions of `figure_footnotes.csv`.
pub(crate) const FIGURE_FOOTNOTE_COLUMNS: [Column; FIGURE_FOOTNOTE_FIELDS.len()] =
    columns(FIGURE_FOOTNOTE_FIELDS);

/// The column descriptions of `footnote_sources.csv`.
pub(crate) const FOOTNOTE_SOURCE_COLUMNS: [Column; FOOTNOTE_SOURCE_FIELDS.len()] =
    columns(FOOTNOTE_SOURCE_FIELDS);
