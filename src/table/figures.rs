//! `figures.csv`: one row per figure. The [`Figure`] record and its columns, side by side:
//! a field appended to the struct gets its column in [`FIELDS`] below, and its value in each
//! declaration of `src/data/figures.rs` (a declaration may leave it out: it then takes the
//! value of [`Figure::new`]).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::record::{
    Change, Kind, Location, MarkerPosition, Qualifier, Sourcing, Topic, Unit, format_value,
};
use crate::review::ReviewStatus;
use crate::table::ColumnType::{Boolean, Id, Number, OneOf, Text};
use crate::table::{Blank, Column, Field, POSITIVE, Value, YEAR, col, columns, field};

/// One figure of the report: a number that states a quantity, with what it measures, how it
/// is qualified, where it stands and what it rests on.
///
/// # How values are represented
///
/// `value` is a plain number in [`Figure::unit`]:
///
/// | as written in the report          | `value`        | `unit`               | `qualifier`  |
/// |-----------------------------------|----------------|----------------------|--------------|
/// | "38 per cent"                     | `38.0`         | [`Unit::Percent`]    | exact        |
/// | "over 473 million"                | `473000000.0`  | [`Unit::Count`]      | more than    |
/// | "$236 billion"                    | `236000000000.0` | [`Unit::Usd`]      | exact        |
/// | "2.7 billion euros"               | `2700000000.0` | [`Unit::Eur`]        | exact        |
/// | "about 1 child in every 6"        | `6.0`          | [`Unit::OneIn`]      | approximate  |
/// | "almost two times higher"         | `2.0`          | [`Unit::Times`]      | almost       |
/// | "over half"                       | `50.0`         | [`Unit::Percent`]    | more than    |
/// | "Fewer than five years"           | `5.0`          | [`Unit::Years`]      | less than    |
/// | "15–17 years of age"              | `15.0`, upper `17.0` | [`Unit::Years`] | exact     |
///
/// Percentages are kept as printed (38, not 0.38). Counts and money are fully expanded.
/// "1 in N" is stored as N with [`Unit::OneIn`]; "N times" as N with [`Unit::Times`]. A value
/// the report prints as words or as a fraction rather than digits ("half", "two times",
/// "fifteenth anniversary") has [`Figure::converted`] set, so a reader knows the number was
/// read from words, not copied from digits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Figure {
    /// Stable identifier: snake_case, descriptive, unique, never reused or renamed.
    pub id: Cow<'static, str>,
    /// The number, in [`Figure::unit`]. For a range, the lower end.
    pub value: f64,
    /// The upper end, for a figure printed as a range ("15–17 years"); `None` otherwise.
    pub value_upper: Option<f64>,
    /// The unit of `value`.
    pub unit: Unit,
    /// The hedge the report puts on the number ("over", "about", "almost", ...).
    pub qualifier: Qualifier,
    /// The figure exactly as the report prints it, hedge included ("over 473 million").
    pub as_written: Cow<'static, str>,
    /// `true` when `value` was read from words or a fraction ("half" → 50 per cent,
    /// "two times" → 2, "fifteenth anniversary" → 15 years) rather than from printed digits.
    pub converted: bool,
    /// What the figure measures, in a short plain sentence.
    pub measure: Cow<'static, str>,
    /// Who or what is counted: children, girls, people, States, participants, ...
    pub population: Cow<'static, str>,
    /// Where: world, sub-Saharan Africa, European Union, Zambia, ...
    pub geography: Cow<'static, str>,
    /// The reference period where the report gives one ("2020", "end of 2023", "per year").
    pub period: Option<Cow<'static, str>>,
    /// Statistic about the world, activity of the Office, commitment, or definition.
    pub kind: Kind,
    /// One or more topics, most specific first.
    pub topics: Cow<'static, [Topic]>,
    /// Where the figure stands in the report.
    pub location: Location,
    /// The exact words of the report that contain the figure, with footnote markers and the
    /// text conversion's markup removed and nothing else changed.
    pub quote: Cow<'static, str>,
    /// The footnotes whose markers cite the figure (see [`Figure::footnote_position`]).
    pub footnotes: Cow<'static, [u8]>,
    /// Where the markers of [`Figure::footnotes`] stand relative to the quote.
    pub footnote_position: MarkerPosition,
    /// Who the sentence credits for the figure, as the report names it ("UNICEF", "ILO",
    /// "World Migration Report 2022"); `None` when the sentence credits no one.
    pub attribution: Option<Cow<'static, str>>,
    /// What a claim about the figure counts, in the words a claim may use (`children`,
    /// `child victims`): a claim about the figure names one of them, and every population it
    /// names is one of these or of [`Figure::among`]. Empty for a figure that counts no
    /// population (money, years, a share of GDP).
    pub counts: Words,
    /// Populations a claim about the figure may name without counting them: the whole a
    /// share is taken of (`victims` for the share of children among detected victims), the
    /// group a multiple compares with (`adults`).
    pub among: Words,
    /// Words and phrases that say what the figure is about (`trafficking`, `forced labour`,
    /// `conflict`): a claim about the figure uses at least one, and the figure whose words a
    /// claim uses most is the one it is about.
    pub claim_words: Words,
    /// The names a claim may use for the figure's place (`sub-Saharan Africa`, `Africa south
    /// of the Sahara`) or venue (`Bogota`). A claim that names a place matches only a figure
    /// that lists it; a claim that names none matches only a figure about the world or with
    /// no place to name.
    pub places: Words,
    /// The first year the figure's quantity covers; with [`Figure::year_to`] the years a
    /// claim may date it to. Both `None` for a current level (a yearly rate, a share "now"):
    /// a claim dated to the report's year or the one before matches it, an earlier year not.
    pub year_from: Option<u16>,
    /// The last year the figure's quantity covers (see [`Figure::year_from`]).
    pub year_to: Option<u16>,
    /// For a figure that is a change, its direction (a rise, a fall); `None` for a level.
    pub change: Option<Change>,
    /// Words and phrases that mark another measure than the figure's (`spends` for a cost,
    /// `in total` for a yearly amount, `already` for a target): a claim that uses one is not
    /// about the figure.
    pub excludes: Words,
}

/// A list of words or phrases a claim may use (see [`Figure::claim_words`]).
pub type Words = Cow<'static, [Cow<'static, str>]>;

impl Figure {
    /// A figure with this id and every other field empty (value 0, unit `count`, qualifier
    /// `exact`, kind `statistic`, no topic, no footnote): the start of a figure added by hand.
    /// Set its fields, then build a [`Dataset`](crate::Dataset), which checks them.
    ///
    /// ```
    /// let mut fig = vac_figures::Figure::new("my_figure");
    /// fig.value = 12.0;
    /// assert_eq!(fig.id, "my_figure");
    /// ```
    pub fn new(id: impl Into<Cow<'static, str>>) -> Figure {
        Figure {
            id: id.into(),
            ..BLANK
        }
    }

    /// How the report backs this figure: footnote, attribution, both, or neither.
    ///
    /// ```
    /// use vac_figures::{ids, Sourcing};
    /// assert_eq!(ids::CHILDREN_BORN_AS_REFUGEES_2018_2023.sourcing(), Sourcing::AttributionOnly);
    /// assert_eq!(ids::MINISTERIAL_CONFERENCE_COUNTRIES.sourcing(), Sourcing::ReportOnly);
    /// ```
    pub fn sourcing(&self) -> Sourcing {
        match (self.footnotes.is_empty(), self.attribution.is_some()) {
            (false, true) => Sourcing::FootnoteAndAttribution,
            (false, false) => Sourcing::FootnoteOnly,
            (true, true) => Sourcing::AttributionOnly,
            (true, false) => Sourcing::ReportOnly,
        }
    }

    /// `true` if the figure carries `topic`.
    pub fn has_topic(&self, topic: Topic) -> bool {
        self.topics.contains(&topic)
    }

    /// `true` if a marker of footnote `number` cites the figure.
    pub fn cites_footnote(&self, number: u8) -> bool {
        self.footnotes.contains(&number)
    }

    /// The value formatted for people in its unit: `38%`, `473,000,000`, `US$236,000,000,000`,
    /// `1 in 6`, `2×`, `15–17 years`.
    pub fn value_display(&self) -> String {
        format_value(self.value, self.value_upper, self.unit)
    }

    /// The value with its hedge in words: `more than 473,000,000`, `about 1 in 6`, `38%`.
    pub fn value_in_words(&self) -> String {
        match self.qualifier.words() {
            "" => self.value_display(),
            words => format!("{words} {}", self.value_display()),
        }
    }
}

/// A figure with every field empty: what [`Figure::new`] starts from, and the value of a
/// field a declaration in `src/data/figures.rs` leaves out.
pub(crate) const BLANK: Figure = Figure {
    id: Cow::Borrowed(""),
    value: 0.0,
    value_upper: None,
    unit: Unit::Count,
    qualifier: Qualifier::Exact,
    as_written: Cow::Borrowed(""),
    converted: false,
    measure: Cow::Borrowed(""),
    population: Cow::Borrowed(""),
    geography: Cow::Borrowed(""),
    period: None,
    kind: Kind::Statistic,
    topics: Cow::Borrowed(&[]),
    location: Location {
        paragraph: 0,
        section: Cow::Borrowed(""),
        subsection: None,
        subheading: None,
        in_footnote: None,
    },
    quote: Cow::Borrowed(""),
    footnotes: Cow::Borrowed(&[]),
    footnote_position: MarkerPosition::None,
    attribution: None,
    counts: Cow::Borrowed(&[]),
    among: Cow::Borrowed(&[]),
    claim_words: Cow::Borrowed(&[]),
    places: Cow::Borrowed(&[]),
    year_from: None,
    year_to: None,
    change: None,
    excludes: Cow::Borrowed(&[]),
};

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
    )
    .derived_from_other_files(),
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
    field::<Figure>(
        col(
            "counts",
            "Claim counts",
            Text,
            "What a claim about the figure counts, in the words a claim may use (`children;child victims`); empty for a figure that counts no population. Used by the claim checker.",
        )
        .optional()
        .list(),
        |_, f| Value::texts(&f.counts),
        Some(|f, v| f.counts = words_of(v)),
    ),
    field::<Figure>(
        col(
            "among",
            "Claim may also name",
            Text,
            "Populations a claim about the figure may name without counting them: the whole a share is of (`victims`), the group a multiple compares with (`adults`). Used by the claim checker.",
        )
        .optional()
        .list(),
        |_, f| Value::texts(&f.among),
        Some(|f, v| f.among = words_of(v)),
    ),
    field::<Figure>(
        col(
            "claim_words",
            "Claim words",
            Text,
            "Words and phrases that say what the figure is about (`trafficking;detected victims`); a claim about the figure uses at least one. Matched without case, plural or `-ed`/`-ing` endings. Used by the claim checker.",
        )
        .optional()
        .list(),
        |_, f| Value::texts(&f.claim_words),
        Some(|f, v| f.claim_words = words_of(v)),
    ),
    field::<Figure>(
        col(
            "places",
            "Claim places",
            Text,
            "Names a claim may use for the figure's place or venue (`sub-Saharan Africa;Africa south of the Sahara`); empty when there is none to name. Used by the claim checker.",
        )
        .optional()
        .list(),
        |_, f| Value::texts(&f.places),
        Some(|f, v| f.places = words_of(v)),
    ),
    field::<Figure>(
        col(
            "year_from",
            "First year",
            YEAR,
            "The first year the figure's quantity covers; empty with `year_to` for a current level, which a claim dated to an earlier year does not match.",
        )
        .optional(),
        |_, f| Value::opt_integer(f.year_from),
        Some(|f, v| f.year_from = v.integer()),
    )
    .max(u16::MAX as u64),
    field::<Figure>(
        col(
            "year_to",
            "Last year",
            YEAR,
            "The last year the figure's quantity covers (see `year_from`).",
        )
        .optional(),
        |_, f| Value::opt_integer(f.year_to),
        Some(|f, v| f.year_to = v.integer()),
    )
    .max(u16::MAX as u64),
    field::<Figure>(
        col(
            "change",
            "Change",
            OneOf(Change::NAMES),
            "For a figure that is a change, its direction (`rise` or `fall`); empty for a level. A claim that states the change the other way is contradicted.",
        )
        .optional(),
        |_, f| f.change.map_or(Value::Absent, |c| Value::Name(c.as_str())),
        Some(|f, v| f.change = v.name()),
    ),
    field::<Figure>(
        col(
            "excludes",
            "Claim excludes",
            Text,
            "Words and phrases that mark another measure than the figure's (`spends;budget` for a cost, `in total` for a yearly amount): a claim that uses one is not about the figure. Used by the claim checker.",
        )
        .optional()
        .list(),
        |_, f| Value::texts(&f.excludes),
        Some(|f, v| f.excludes = words_of(v)),
    ),
];

/// The items of a parsed list cell, as owned words.
fn words_of(v: Value<'static>) -> Words {
    Cow::Owned(v.items().into_iter().map(Value::into_text).collect())
}

/// The number of columns of the first published layout (data version 1.1.0): a file must
/// have them; columns appended after them may be missing from an older file.
pub(crate) const FIRST_LAYOUT: usize = 26;

/// The column descriptions, in order.
pub(crate) const COLUMNS: [Column; FIELDS.len()] = columns(FIELDS);

impl Blank for Figure {
    fn blank() -> Figure {
        Figure::new("")
    }
}
