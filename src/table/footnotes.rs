//! `footnotes.csv`: one row per footnote.

use std::borrow::Cow;

use crate::sources::{CitationForm, Footnote};
use crate::table::ColumnType::{Id, OneOf, Text};
use crate::table::{Blank, Column, Field, POSITIVE, Value, col, columns, field};

/// The columns of `footnotes.csv`, in order, each with how it is read from and stored into a
/// [`Footnote`].
pub(crate) const FIELDS: &[Field<Footnote>] = &[
    field::<Footnote>(
        col("footnote", "Footnote", POSITIVE, "The footnote number.").unique(),
        |_, n| Value::Integer(n.number.into()),
        Some(|n, v| n.number = v.integer().unwrap_or_default()),
    ),
    field::<Footnote>(
        col(
        "paragraph",
        "Paragraph",
        POSITIVE,
        "The paragraph carrying the footnote's marker.",
        ),
        |_, n| Value::Integer(n.paragraph.into()),
        Some(|n, v| n.paragraph = v.integer().unwrap_or_default()),
    ),
    field::<Footnote>(
        col(
        "form",
        "Citation form",
        OneOf(CitationForm::NAMES),
        "How the footnote refers to its work: in full, *Ibid.*, a short form, or `note` (cites no work).",
        ),
        |_, n| Value::Name(n.form.as_str()),
        Some(|n, v| n.form = v.name().unwrap_or(n.form)),
    )
    .what("citation form"),
    field::<Footnote>(
        col(
        "text",
        "Text",
        Text,
        "The footnote's text as printed, markup removed.",
        ),
        |_, n| Value::text(&n.text),
        Some(|n, v| n.text = v.into_text()),
    ),
    field::<Footnote>(
        col(
        "source_id",
        "Main source id",
        Id,
        "The first (main) work cited, *Ibid.* and short forms resolved; empty for a note.",
        )
        .optional(),
        |_, n| n.source_id().map_or(Value::Absent, Value::text),
        None,
    ),
    field::<Footnote>(
        col(
        "source_ids",
        "Source ids",
        Id,
        "Every work cited, in order (also in `footnote_sources.csv`); empty for a note.",
        )
        .optional()
        .list(),
        |_, n| Value::texts(&n.sources),
        Some(|n, v| n.sources = owned_texts(v)),
    ),
    field::<Footnote>(
        col(
        "pages",
        "Pages",
        Text,
        "The page locator as printed (`pp. 121 and 122`), if any.",
        )
        .optional(),
        |_, n| Value::opt_text(&n.pages),
        Some(|n, v| n.pages = v.into_opt_text()),
    ),
    field::<Footnote>(
        col("urls", "URLs", Text, "Every URL in the text, as printed.")
        .optional()
        .list(),
        |_, n| Value::texts(&n.urls),
        Some(|n, v| n.urls = owned_texts(v)),
    ),
];

/// The number of columns of the first published layout (data version 1.1.0): a file must
/// have them; columns appended after them may be missing from an older file.
pub(crate) const FIRST_LAYOUT: usize = 8;

/// The column descriptions, in order.
pub(crate) const COLUMNS: [Column; FIELDS.len()] = columns(FIELDS);

/// The texts of a list value, owned.
fn owned_texts(v: Value<'static>) -> Cow<'static, [Cow<'static, str>]> {
    Cow::Owned(v.items().into_iter().map(Value::into_text).collect())
}

impl Blank for Footnote {
    fn blank() -> Footnote {
        Footnote::new(0)
    }
}
