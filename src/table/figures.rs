//! `figures.csv`: one row per figure.

use std::borrow::Cow;

use crate::record::{Figure, Kind, MarkerPosition, Qualifier, Sourcing, Topic, Unit};
use crate::review::ReviewStatus;
use crate::table::ColumnType::{Boolean, Id, Number, OneOf, Text};
use crate::table::{Blank, Column, Field, POSITIVE, Value, col, columns, field};

/// The columns of `figures.csv`, in order, each with how it is read from and stored into a
/// [`Figure`].
pub(crate) const FIELDS: &[Field<Figure>] = &[
    field::<Figure>(
        col(
        "id",
        "Figure id",
        Id,
        "Stable snake_case id of the figure; never renamed or reused.",
        )
        .unique(),
        |_, f| Value::text(&f.id),
        Some(|f, v| f.id = v.into_text()),
    ),
    field::<Figure>(
        col(
        "paragraph",
        "Paragraph",
        POSITIVE,
        "The numbered paragraph of the report; for a figure inside a footnote, the paragraph carrying that footnote's marker.",
        ),
        |_, f| Value::Integer(f.location.paragraph.into()),
        Some(|f, v| f.location.paragraph = v.integer().unwrap_or_default()),
    ),
    field::<Figure>(
        col(
        "section",
        "Section",
        Text,
        "The chapter heading as printed (`III. Trafficking in children on the rise: immediate action required`).",
        ),
        |_, f| Value::text(&f.location.section),
        Some(|f, v| f.location.section = v.into_text()),
    ),
    field::<Figure>(
        col(
        "subsection",
        "Subsection",
        Text,
        "The lettered heading (`A. Alarming trends`), if any.",
        )
        .optional(),
        |_, f| Value::opt_text(&f.location.subsection),
        Some(|f, v| f.location.subsection = v.into_opt_text()),
    ),
    field::<Figure>(
        col(
        "subheading",
        "Subheading",
        Text,
        "The unnumbered heading (`Transnational cooperation`), if any.",
        )
        .optional(),
        |_, f| Value::opt_text(&f.location.subheading),
        Some(|f, v| f.location.subheading = v.into_opt_text()),
    ),
    field::<Figure>(
        col(
        "in_footnote",
        "In footnote",
        POSITIVE,
        "Set when the figure is printed inside this footnote rather than in the body.",
        )
        .optional(),
        |_, f| Value::opt_integer(f.location.in_footnote),
        Some(|f, v| f.location.in_footnote = v.integer()),
    ),
    field::<Figure>(
        col(
        "value",
        "Value",
        Number,
        "The figure in `unit`; for a range, the lower end. Percentages as printed (`38` means 38 per cent); counts and money fully expanded (`473000000`; `236000000000` with unit `usd`); \"1 in 6\" is `6` with unit `one_in`; \"almost two times higher\" is `2` with unit `times` and qualifier `almost`; \"over half\" is `50` with unit `percent` and qualifier `more_than`.",
        ),
        |_, f| Value::Number(f.value),
        Some(|f, v| f.value = v.number().unwrap_or_default()),
    ),
    field::<Figure>(
        col(
        "value_upper",
        "Upper value",
        Number,
        "The upper end of a range (`15–17 years` has value 15 and value_upper 17), in `unit`; empty for a single value.",
        )
        .optional(),
        |_, f| f.value_upper.map_or(Value::Absent, Value::Number),
        Some(|f, v| f.value_upper = v.number()),
    ),
    field::<Figure>(
        col(
        "unit",
        "Unit",
        OneOf(Unit::NAMES),
        "The unit of `value`: `percent` (per cent as printed), `count`, `usd` and `eur` (fully expanded amounts), `one_in` (the N of \"1 in N\"), `times` (a multiple), `years`, `months`.",
        ),
        |_, f| Value::Name(f.unit.as_str()),
        Some(|f, v| f.unit = v.name().unwrap_or(f.unit)),
    ),
    field::<Figure>(
        col(
        "short_unit",
        "Short unit",
        Text,
        "A short label of the unit for charts: `%`, `US$`, `€`, `1 in N`, `×`, `years`, `months`; empty for counts.",
        )
        .optional(),
        |_, f| Value::text(f.unit.short_unit()),
        None,
    ),
    field::<Figure>(
        col(
        "qualifier",
        "Qualifier",
        OneOf(Qualifier::NAMES),
        "The hedge printed with the number: `approximate` for about/around/approximately/an estimated, `more_than` for over/more than, `less_than` for fewer/less than, `almost` for almost/nearly.",
        ),
        |_, f| Value::Name(f.qualifier.as_str()),
        Some(|f, v| f.qualifier = v.name().unwrap_or(f.qualifier)),
    ),
    field::<Figure>(
        col(
        "as_written",
        "As written",
        Text,
        "The figure as printed, hedge included (`over 473 million`).",
        ),
        |_, f| Value::text(&f.as_written),
        Some(|f, v| f.as_written = v.into_text()),
    ),
    field::<Figure>(
        col(
        "converted",
        "Converted from words",
        Boolean,
        "`true` when the value was read from words (`half`, `two times`, `fifteenth anniversary`).",
        ),
        |_, f| Value::Bool(f.converted),
        Some(|f, v| f.converted = v == Value::Bool(true)),
    ),
    field::<Figure>(
        col(
        "measure",
        "Measure",
        Text,
        "What the figure measures, in a short sentence.",
        ),
        |_, f| Value::text(&f.measure),
        Some(|f, v| f.measure = v.into_text()),
    ),
    field::<Figure>(
        col(
        "population",
        "Population",
        Text,
        "Who or what is counted (`children`, `people`, `States`, ...).",
        ),
        |_, f| Value::text(&f.population),
        Some(|f, v| f.population = v.into_text()),
    ),
    field::<Figure>(
        col(
        "geography",
        "Geography",
        Text,
        "Where (`world`, `sub-Saharan Africa`, `European Union`, `Zambia`, ...).",
        ),
        |_, f| Value::text(&f.geography),
        Some(|f, v| f.geography = v.into_text()),
    ),
    field::<Figure>(
        col(
        "period",
        "Period",
        Text,
        "The reference period where the report gives one (`2020`, `end of 2023`, `per year`).",
        )
        .optional(),
        |_, f| Value::opt_text(&f.period),
        Some(|f, v| f.period = v.into_opt_text()),
    ),
    field::<Figure>(
        col(
        "kind",
        "Kind",
        OneOf(Kind::NAMES),
        "What kind of statement it is: a statistic about the world, the Office's own activity, a commitment or target, or a definition.",
        ),
        |_, f| Value::Name(f.kind.as_str()),
        Some(|f, v| f.kind = v.name().unwrap_or(f.kind)),
    ),
    field::<Figure>(
        col(
        "topics",
        "Topics",
        OneOf(Topic::NAMES),
        "One or more topics of the report.",
        )
        .list(),
        |_, f| Value::List(f.topics.iter().map(|t| Value::Name(t.as_str())).collect()),
        Some(|f, v| f.topics = Cow::Owned(v.items().iter().filter_map(Value::name).collect())),
    )
    .what("topic"),
    field::<Figure>(
        col(
        "quote",
        "Quote",
        Text,
        "The report's exact words containing the figure, footnote markers and markup removed.",
        ),
        |_, f| Value::text(&f.quote),
        Some(|f, v| f.quote = v.into_text()),
    ),
    field::<Figure>(
        col(
        "footnotes",
        "Footnotes",
        POSITIVE,
        "The footnotes whose markers cite the figure (also in `figure_footnotes.csv`); empty when none.",
        )
        .optional()
        .list(),
        |_, f| Value::List(f.footnotes.iter().map(|&n| Value::Integer(n.into())).collect()),
        Some(|f, v| f.footnotes = Cow::Owned(v.items().iter().filter_map(Value::integer).collect())),
    ),
    field::<Figure>(
        col(
        "footnote_position",
        "Footnote marker position",
        OneOf(MarkerPosition::NAMES),
        "Where the footnote markers stand relative to the quote; `none` when no footnote cites the figure.",
        ),
        |_, f| Value::Name(f.footnote_position.as_str()),
        Some(|f, v| f.footnote_position = v.name().unwrap_or(f.footnote_position)),
    )
    .what("footnote position"),
    field::<Figure>(
        col(
        "attribution",
        "Attribution",
        Text,
        "Who the sentence credits (`UNICEF`, `ILO`, `World Migration Report 2022`), if anyone.",
        )
        .optional(),
        |_, f| Value::opt_text(&f.attribution),
        Some(|f, v| f.attribution = v.into_opt_text()),
    ),
    field::<Figure>(
        col(
        "sourcing",
        "Sourcing",
        OneOf(Sourcing::NAMES),
        "How the report backs the figure; `report_only` means neither footnote nor attribution.",
        ),
        |_, f| Value::Name(f.sourcing().as_str()),
        None,
    ),
    field::<Figure>(
        col(
        "source_ids",
        "Source ids",
        Id,
        "The works the figure rests on through its footnotes (derived from `footnote_sources.csv`); empty when none.",
        )
        .optional()
        .list(),
        |data, f| Value::List(data.sources_of(f).into_iter().map(|s| Value::text(&s.id)).collect()),
        None,
    ),
    field::<Figure>(
        col(
        "review_status",
        "Review status",
        OneOf(ReviewStatus::NAMES),
        "What the primary-source review found (see `reviews.csv`); `not_reviewed` when it does not cover the figure.",
        ),
        |data, f| Value::Name(data.review_status(f).as_str()),
        None,
    )
    .what("review status"),
];

/// The column descriptions, in order.
pub(crate) const COLUMNS: [Column; FIELDS.len()] = columns(FIELDS);

impl Blank for Figure {
    fn blank() -> Figure {
        Figure::new("")
    }
}

// The closed sets named by the columns above (for the `OneOf` column types).
const _: [&[&str]; 7] = [
    Unit::NAMES,
    Qualifier::NAMES,
    Kind::NAMES,
    Topic::NAMES,
    MarkerPosition::NAMES,
    Sourcing::NAMES,
    ReviewStatus::NAMES,
];
