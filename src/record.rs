//! The record types: a [`Figure`] and the closed sets that describe it.
//!
//! Every field that has a closed set of values is an enum here ([`Unit`], [`Qualifier`],
//! [`Kind`], [`Topic`], [`MarkerPosition`]); text that is open by nature (what a figure
//! measures, its population, its geography, its quote) is text. Text fields are
//! `Cow<'static, str>` so that the built-in records borrow `'static` data at no cost while a
//! dataset loaded from files owns its strings.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

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
}

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

/// Formats a value in a unit the way [`Figure::value_display`] does.
pub(crate) fn format_value(value: f64, upper: Option<f64>, unit: Unit) -> String {
    let number = |v: f64| group_thousands(v);
    let range = match upper {
        Some(u) => format!("{}–{}", number(value), number(u)),
        None => number(value),
    };
    match unit {
        Unit::Percent => format!("{range}%"),
        Unit::Count => range,
        Unit::Usd => format!("US${range}"),
        Unit::Eur => format!("€{range}"),
        Unit::OneIn => format!("1 in {range}"),
        Unit::Times => format!("{range}×"),
        Unit::Years => format!("{range} years"),
        Unit::Months => format!("{range} months"),
    }
}

/// `1234567.5` → `1,234,567.5`.
fn group_thousands(v: f64) -> String {
    let text = format!("{v}");
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let (sign, digits) = match int.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", int),
    };
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Where a figure stands in the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Location {
    /// The numbered paragraph (1–90). For a figure inside a footnote, the paragraph whose
    /// text carries that footnote's marker.
    pub paragraph: u8,
    /// The chapter heading, as printed: `"III. Trafficking in children on the rise: immediate
    /// action required"`.
    pub section: Cow<'static, str>,
    /// The lettered heading within the chapter, as printed (`"A. Alarming trends"`), if any.
    pub subsection: Option<Cow<'static, str>>,
    /// The unnumbered heading the paragraph stands under (`"Transnational cooperation"`), if
    /// any.
    pub subheading: Option<Cow<'static, str>>,
    /// `Some(n)` when the figure stands in the text of footnote `n` rather than in the body.
    pub in_footnote: Option<u8>,
}

closed_set! {
    /// How the report backs a figure. Derived from a record's footnotes and attribution.
    pub enum Sourcing {
        /// A footnote cites it and the sentence names who produced it.
        FootnoteAndAttribution = "footnote_and_attribution",
        /// A footnote cites it; the sentence names no one.
        FootnoteOnly = "footnote_only",
        /// The sentence names who produced it ("According to UNHCR"), but no footnote cites
        /// it.
        AttributionOnly = "attribution_only",
        /// Neither footnote nor attribution: the report states it on its own authority
        /// (typically the Office's own activity).
        ReportOnly = "report_only",
    }
}

/// A name that is not in a closed set (a unit, qualifier, kind, topic, ...).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {set} `{found}`; expected one of: {}", expected.join(", "))]
pub struct UnknownName {
    /// The set that was parsed (`"Unit"`, `"Topic"`, ...).
    pub set: &'static str,
    /// The text that was found.
    pub found: String,
    /// Every accepted name.
    pub expected: &'static [&'static str],
}

closed_set! {
    /// The unit of a figure's value.
    pub enum Unit {
        /// Per cent, as printed: 38 means 38 per cent.
        Percent = "percent",
        /// A count of people, children, States, organizations, ... (see the population).
        Count = "count",
        /// United States dollars, fully expanded.
        Usd = "usd",
        /// Euros, fully expanded.
        Eur = "eur",
        /// "1 in N": the value is N.
        OneIn = "one_in",
        /// "N times" (a multiple of another rate): the value is N.
        Times = "times",
        /// A duration or an age in years.
        Years = "years",
        /// A duration in months.
        Months = "months",
    }
}

impl Unit {
    /// A short label for charts and tables: `%`, `US$`, `€`, `×`, `years`, ...; empty for
    /// counts.
    pub const fn short_unit(self) -> &'static str {
        match self {
            Unit::Percent => "%",
            Unit::Count => "",
            Unit::Usd => "US$",
            Unit::Eur => "€",
            Unit::OneIn => "1 in N",
            Unit::Times => "×",
            Unit::Years => "years",
            Unit::Months => "months",
        }
    }

    /// The ISO 4217 currency code of a money unit.
    pub const fn currency(self) -> Option<&'static str> {
        match self {
            Unit::Usd => Some("USD"),
            Unit::Eur => Some("EUR"),
            _ => None,
        }
    }
}

closed_set! {
    /// The hedge the report puts on a number.
    pub enum Qualifier {
        /// No hedge: "38 per cent", "119 countries".
        Exact = "exact",
        /// "about", "around", "approximately", "an estimated": a word on the number itself. A verb
        /// that says the number is an estimate ("is estimated at", "UNICEF estimates that") is
        /// not a hedge: see the crate docs, "Qualifiers".
        Approximate = "approximate",
        /// "over", "more than".
        MoreThan = "more_than",
        /// "fewer than", "less than".
        LessThan = "less_than",
        /// "almost", "nearly": just under the value.
        Almost = "almost",
    }
}

impl Qualifier {
    /// The hedge in the words a reader uses: `"about"`, `"more than"`, `"fewer than"`,
    /// `"almost"`, and `""` for [`Qualifier::Exact`] (no hedge). [`Qualifier::as_str`] is the
    /// name in data files (`more_than`).
    ///
    /// ```
    /// use vac_figures::{ids, Qualifier};
    /// assert_eq!(Qualifier::MoreThan.words(), "more than");
    /// let fig = ids::CHILDREN_IN_CONFLICT_AREAS;
    /// assert_eq!(fig.value_in_words(), "more than 473,000,000");
    /// assert_eq!(ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS.value_in_words(), "38%");
    /// ```
    pub const fn words(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::Approximate => "about",
            Qualifier::MoreThan => "more than",
            Qualifier::LessThan => "fewer than",
            Qualifier::Almost => "almost",
        }
    }
}

closed_set! {
    /// What kind of statement a figure is.
    pub enum Kind {
        /// A statistic or fact about the world (victims, migrants, costs, laws).
        Statistic = "statistic",
        /// The Office's own work: meetings, participants, children engaged, anniversaries.
        OfficeActivity = "office_activity",
        /// A target, pledge, deadline or commitment.
        Commitment = "commitment",
        /// A number that defines a group or term (an age band), not a measurement.
        Definition = "definition",
    }
}

closed_set! {
    /// A topic of the report. A figure has one or more.
    pub enum Topic {
        /// Trafficking in children and in persons.
        Trafficking = "trafficking",
        /// Migration, displacement and refugees.
        MigrationDisplacement = "migration_displacement",
        /// Armed conflict.
        Conflict = "conflict",
        /// Poverty, hunger and food insecurity.
        PovertyHunger = "poverty_hunger",
        /// Humanitarian crises and need.
        Humanitarian = "humanitarian",
        /// Climate change and disasters.
        Climate = "climate",
        /// Forced labour.
        ForcedLabour = "forced_labour",
        /// Sexual exploitation of children.
        SexualExploitation = "sexual_exploitation",
        /// Violence as it falls differently on girls and boys, women and men.
        Gender = "gender",
        /// Economic costs and profits.
        EconomicCost = "economic_cost",
        /// National plans and targets to prevent violence against children.
        ViolencePrevention = "violence_prevention",
        /// Mobilization of States and partners (the Conference, the Alliance, reviews).
        Mobilization = "mobilization",
        /// Participation of children.
        Participation = "participation",
        /// Cooperation between agencies, States and alliances.
        Cooperation = "cooperation",
        /// Children's safety online and technology.
        OnlineSafety = "online_safety",
        /// Children deprived of liberty.
        DeprivationOfLiberty = "deprivation_of_liberty",
    }
}

closed_set! {
    /// Where the markers of a figure's footnotes stand relative to its quote.
    pub enum MarkerPosition {
        /// Inside the quoted words or directly after them (past closing punctuation).
        AtQuote = "at_quote",
        /// Earlier in the same paragraph, on a sentence that names the work the figure's
        /// sentence then refers to ("As highlighted in Mission 89's report,⁵⁵ ... According to
        /// the organization, ...").
        EarlierInParagraph = "earlier_in_paragraph",
        /// Later in the same paragraph, at the end of the passage the figure belongs to.
        LaterInParagraph = "later_in_paragraph",
        /// No footnote cites the figure.
        None = "none",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(473_000_000.0), "473,000,000");
        assert_eq!(group_thousands(14.6), "14.6");
        assert_eq!(group_thousands(1200.0), "1,200");
        assert_eq!(group_thousands(999.0), "999");
    }

    #[test]
    fn closed_sets_round_trip_through_their_names() {
        for unit in Unit::ALL {
            assert_eq!(unit.as_str().parse::<Unit>(), Ok(*unit));
        }
        for topic in Topic::ALL {
            assert_eq!(topic.as_str().parse::<Topic>(), Ok(*topic));
        }
        let err = "per_cent".parse::<Unit>().unwrap_err();
        assert_eq!(err.set, "Unit");
        assert!(err.to_string().contains("percent"));
    }
}
