//! The closed sets that describe a [`Figure`](crate::Figure), and where it stands
//! ([`Location`]). The figure record itself is declared with its table, in
//! `table/figures.rs`.
//!
//! Every field that has a closed set of values is an enum here ([`Unit`], [`Qualifier`],
//! [`Kind`], [`Topic`], [`MarkerPosition`]); text that is open by nature (what a figure
//! measures, its population, its geography, its quote) is text. Text fields are
//! `Cow<'static, str>` so that the built-in records borrow `'static` data at no cost while a
//! dataset loaded from files owns its strings.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

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
    /// The direction of a figure that states a change (a rise of US$64 billion, a 75 per cent
    /// reduction): a claim that states the change the other way is contradicted.
    pub enum Change {
        /// The figure is a rise, increase or growth.
        Rise = "rise",
        /// The figure is a fall, reduction or cut.
        Fall = "fall",
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
