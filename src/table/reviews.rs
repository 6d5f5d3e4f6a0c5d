//! `reviews.csv`: one row per reviewed figure. The reviews themselves load from
//! `reviews.json` (one record per row of the review file, with the figures it covers, in the
//! file's order); this table is their view for tools that read CSV, written, not read back.

use std::borrow::Cow;

use crate::review::{CopyKind, DiscrepancyKind, Review, ReviewStatus};
use crate::table::ColumnType::{Id, OneOf, Text};
use crate::table::{Column, Field, Value, col, columns, field};

/// One row of `reviews.csv`: a reviewed figure and the review covering it (cheap to build
/// from borrowed data: the texts are `Cow`s).
pub(crate) struct ReviewRow {
    /// The figure's id.
    pub(crate) figure_id: Cow<'static, str>,
    /// The review that covers it.
    pub(crate) review: Review,
}

/// The columns of `reviews.csv`, in order.
pub(crate) const FIELDS: &[Field<ReviewRow>] = &[
    field::<ReviewRow>(
        col(
        "figure_id",
        "Figure id",
        Id,
        "The figure reviewed (`id` in `figures.csv`).",
        )
        .unique(),
        |_, r| Value::text(&r.figure_id),
        None,
    ),
    field::<ReviewRow>(
        col(
        "status",
        "Status",
        OneOf(ReviewStatus::NAMES),
        "The review file's status (`not_reviewed` never occurs here). `unverified` is not evidence of error.",
        ),
        |_, r| Value::Name(r.review.status.as_str()),
        None,
    ),
    field::<ReviewRow>(
        col(
        "status_as_written",
        "Status as written",
        Text,
        "The status as the review file writes it (`confirmed (total)`).",
        ),
        |_, r| Value::text(&r.review.status_as_written),
        None,
    ),
    field::<ReviewRow>(
        col(
        "discrepancies",
        "Discrepancies",
        OneOf(DiscrepancyKind::NAMES),
        "How the figure differs from its source (for `unverified`: how the file says it may differ); empty when none.",
        )
        .optional()
        .list(),
        |_, r| Value::List(r.review.discrepancies.iter().map(|k| Value::Name(k.as_str())).collect()),
        None,
    )
    .what("discrepancy"),
    field::<ReviewRow>(
        col(
        "finding",
        "Finding",
        Text,
        "What the source says and where it was seen, verbatim from the review file.",
        ),
        |_, r| Value::text(&r.review.finding),
        None,
    ),
    field::<ReviewRow>(
        col(
        "seen_at",
        "Seen at",
        Text,
        "The URL or place the review file names, if any.",
        )
        .optional(),
        |_, r| Value::opt_text(&r.review.seen_at),
        None,
    ),
    field::<ReviewRow>(
        col(
        "copy_kind",
        "Copy kind",
        OneOf(CopyKind::NAMES),
        "What kind of copy of the source was seen.",
        ),
        |_, r| Value::Name(r.review.copy_kind.as_str()),
        None,
    )
    .what("copy kind"),
    field::<ReviewRow>(
        col(
        "note",
        "Note",
        Text,
        "The review file's note, verbatim.",
        )
        .optional(),
        |_, r| Value::text(&r.review.note),
        None,
    ),
    field::<ReviewRow>(
        col(
        "computed",
        "Computed",
        Text,
        "Numbers the review file computed itself, not stated by a source.",
        )
        .optional()
        .list(),
        |_, r| Value::texts(&r.review.computed),
        None,
    ),
    field::<ReviewRow>(
        col(
        "inferred",
        "Inferred",
        Text,
        "The review file's inferences: reasoning, not something a source says.",
        )
        .optional()
        .list(),
        |_, r| Value::texts(&r.review.inferred),
        None,
    ),
    field::<ReviewRow>(
        col(
        "reviewed",
        "Reviewed",
        Text,
        "The paragraph and figure as the review file describes them.",
        ),
        |_, r| Value::text(&r.review.reviewed),
        None,
    ),
];

/// The column descriptions, in order.
pub(crate) const COLUMNS: [Column; FIELDS.len()] = columns(FIELDS);
