//! `sources.csv`: one row per cited work, and one for the report.

use crate::sources::{Source, SourceKind, TitleBasis};
use crate::table::ColumnType::{Id, OneOf, Text};
use crate::table::{Blank, Column, Field, Value, YEAR, col, columns, field};

/// The columns of `sources.csv`, in order, each with how it is read from and stored into a
/// [`Source`].
pub(crate) const FIELDS: &[Field<Source>] = &[
    field::<Source>(
        col(
        "source_id",
        "Source id",
        Id,
        "Stable snake_case id of the work; never renamed or reused.",
        )
        .unique(),
        |_, s| Value::text(&s.id),
        Some(|s, v| s.id = v.into_text()),
    ),
    field::<Source>(
        col(
        "title",
        "Title",
        Text,
        "The title (see `title_basis` for where it comes from).",
        ),
        |_, s| Value::text(&s.title),
        Some(|s, v| s.title = v.into_text()),
    ),
    field::<Source>(
        col(
        "title_basis",
        "Title basis",
        OneOf(TitleBasis::NAMES),
        "`printed`: the report's words; `from_url`: read from the URL; `descriptive`: the report gives no title.",
        ),
        |_, s| Value::Name(s.title_basis.as_str()),
        Some(|s, v| s.title_basis = v.name().unwrap_or(s.title_basis)),
    )
    .what("title basis"),
    field::<Source>(
        col(
        "authors",
        "Authors",
        Text,
        "The authors as the footnote names them, if any.",
        )
        .optional(),
        |_, s| Value::opt_text(&s.authors),
        Some(|s, v| s.authors = v.into_opt_text()),
    ),
    field::<Source>(
        col(
        "publisher",
        "Publisher",
        Text,
        "The publisher as named, or as the URL's site shows it.",
        )
        .optional(),
        |_, s| Value::opt_text(&s.publisher),
        Some(|s, v| s.publisher = v.into_opt_text()),
    ),
    field::<Source>(
        col(
        "year",
        "Year",
        YEAR,
        "The year of publication as printed, or as a dated URL shows it.",
        )
        .optional(),
        |_, s| Value::opt_integer(s.year),
        Some(|s, v| s.year = v.integer()),
    )
    .max(u16::MAX as u64),
    field::<Source>(
        col("url", "URL", Text, "The URL as printed, if any.").optional(),
        |_, s| Value::opt_text(&s.url),
        Some(|s, v| s.url = v.into_opt_text()),
    ),
    field::<Source>(
        col(
        "symbol",
        "UN symbol",
        Text,
        "The UN document symbol (`A/79/322`), for UN documents.",
        )
        .optional(),
        |_, s| Value::opt_text(&s.symbol),
        Some(|s, v| s.symbol = v.into_opt_text()),
    ),
    field::<Source>(
        col(
        "kind",
        "Kind",
        OneOf(SourceKind::NAMES),
        "What kind of work it is.",
        ),
        |_, s| Value::Name(s.kind.as_str()),
        Some(|s, v| s.kind = v.name().unwrap_or(s.kind)),
    )
    .what("source kind"),
];

/// The number of columns of the first published layout (data version 1.1.0): a file must
/// have them; columns appended after them may be missing from an older file.
pub(crate) const FIRST_LAYOUT: usize = 9;

/// The column descriptions, in order.
pub(crate) const COLUMNS: [Column; FIELDS.len()] = columns(FIELDS);

impl Blank for Source {
    fn blank() -> Source {
        Source::new("")
    }
}
