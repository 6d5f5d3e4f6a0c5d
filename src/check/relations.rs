//! Consistency relations between figures, and the numbers they imply.
//!
//! The report's figures hang together: US$236 billion less the US$64 billion increase is the
//! 2014 level, and 64 over that level is the stated 37 per cent; 1.3 million children being
//! 39 per cent of those in forced labour puts the total near 3.3 million, of which 1.7 million
//! is "over half". A number computed here is a [`Derived`] value — never a figure of the
//! report, always marked as derived, with its formula and inputs.
//!
//! ```
//! use vac_figures::check::{consistency_checks, derived_values};
//!
//! let level_2014 = derived_values().into_iter().find(|d| d.id == "forced_labour_profits_2014").unwrap();
//! assert_eq!(level_2014.value, 172e9);
//! assert!(level_2014.derived);
//! assert!(consistency_checks().iter().all(|c| c.holds));
//! ```

use serde::Serialize;

use crate::ids;
use crate::record::{Figure, Qualifier, Unit};

/// A number the report implies but does not state, computed from its figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Derived {
    /// Stable identifier.
    pub id: &'static str,
    /// What the number is, in a short sentence.
    pub description: &'static str,
    /// The computed value.
    pub value: f64,
    /// Its unit.
    pub unit: Unit,
    /// How it was computed, in words and figure ids.
    pub formula: &'static str,
    /// The ids of the figures it is computed from.
    pub inputs: Vec<&'static str>,
    /// Always `true`: this number is computed, not stated by the report.
    pub derived: bool,
}

/// A relation the report's figures should satisfy, and whether they do.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Consistency {
    /// Stable identifier.
    pub id: &'static str,
    /// The relation, in words.
    pub description: &'static str,
    /// The value computed from other figures (derived).
    pub computed: f64,
    /// The id of the figure the computed value is compared with.
    pub stated: &'static str,
    /// How the comparison is made.
    pub rule: &'static str,
    /// Whether the relation holds.
    pub holds: bool,
}

fn derived(
    id: &'static str,
    description: &'static str,
    value: f64,
    unit: Unit,
    formula: &'static str,
    inputs: &[&'static Figure],
) -> Derived {
    Derived {
        id,
        description,
        value,
        unit,
        formula,
        inputs: inputs.iter().map(|f| id_of(f)).collect(),
        derived: true,
    }
}

fn id_of(figure: &'static Figure) -> &'static str {
    match &figure.id {
        std::borrow::Cow::Borrowed(id) => id,
        std::borrow::Cow::Owned(_) => "",
    }
}

/// Numbers the report implies, computed from its figures.
pub fn derived_values() -> Vec<Derived> {
    let profits = ids::FORCED_LABOUR_ILLEGAL_PROFITS_PER_YEAR;
    let increase = ids::FORCED_LABOUR_PROFITS_INCREASE_SINCE_2014;
    let fle = ids::CHILDREN_IN_FORCED_LABOUR_EXPLOITATION;
    let fle_share = ids::CHILDREN_IN_FORCED_LABOUR_EXPLOITATION_SHARE;
    let migrants = ids::INTERNATIONAL_MIGRANTS_2020;
    let child_share = ids::CHILDREN_SHARE_OF_INTERNATIONAL_MIGRANTS_2020;
    let conflict = ids::CHILDREN_IN_CONFLICT_AREAS;
    let conflict_one_in = ids::CHILDREN_IN_CONFLICT_AREAS_ONE_IN;
    let hunger = ids::PEOPLE_FACING_HUNGER_2023;
    let hunger_one_in = ids::PEOPLE_FACING_HUNGER_ONE_IN;
    let displaced = ids::CHILDREN_DISPLACED_BY_CONFLICT_AND_VIOLENCE;
    let disasters = ids::CHILDREN_DISPLACED_BY_DISASTERS;
    vec![
        derived(
            "forced_labour_profits_2014",
            "Annual illegal profits of forced labour in 2014, implied by the 2024 estimate and its increase",
            profits.value - increase.value,
            Unit::Usd,
            "forced_labour_illegal_profits_per_year − forced_labour_profits_increase_since_2014",
            &[profits, increase],
        ),
        derived(
            "children_in_forced_labour_total",
            "All children in forced labour, implied by 1.3 million being 39 per cent of the total",
            fle.value / (fle_share.value / 100.0),
            Unit::Count,
            "children_in_forced_labour_exploitation ÷ (children_in_forced_labour_exploitation_share ÷ 100)",
            &[fle, fle_share],
        ),
        derived(
            "child_international_migrants_2020",
            "Children among international migrants in 2020, implied by 14.6 per cent of 281 million",
            migrants.value * child_share.value / 100.0,
            Unit::Count,
            "international_migrants_2020 × children_share_of_international_migrants_2020 ÷ 100",
            &[migrants, child_share],
        ),
        derived(
            "world_children_implied_by_conflict_share",
            "The world's children, implied by over 473 million being about 1 in 6",
            conflict.value * conflict_one_in.value,
            Unit::Count,
            "children_in_conflict_areas × children_in_conflict_areas_one_in",
            &[conflict, conflict_one_in],
        ),
        derived(
            "world_population_implied_by_hunger_share",
            "The world's population in 2023, implied by around 733 million being 1 in 11",
            hunger.value * hunger_one_in.value,
            Unit::Count,
            "people_facing_hunger_2023 × people_facing_hunger_one_in",
            &[hunger, hunger_one_in],
        ),
        derived(
            "children_displaced_conflict_and_disasters",
            "Children displaced by conflict and violence or living in internal displacement after disasters",
            displaced.value + disasters.value,
            Unit::Count,
            "children_displaced_by_conflict_and_violence + children_displaced_by_disasters",
            &[displaced, disasters],
        ),
    ]
}

/// Whether `value` is what `figure` states, within its precision and hedge.
fn agrees(value: f64, figure: &Figure) -> bool {
    let u = figure.precision();
    let v = figure.value;
    match figure.qualifier {
        Qualifier::Exact | Qualifier::Approximate => (value - v).abs() <= u / 2.0,
        Qualifier::MoreThan => value > v && value < v + u,
        Qualifier::LessThan => value < v && value > v - u,
        Qualifier::Almost => value < v && value >= v - u / 2.0,
    }
}

/// The relations between the report's figures, each evaluated.
pub fn consistency_checks() -> Vec<Consistency> {
    let profits = ids::FORCED_LABOUR_ILLEGAL_PROFITS_PER_YEAR;
    let increase = ids::FORCED_LABOUR_PROFITS_INCREASE_SINCE_2014;
    let increase_pct = ids::FORCED_LABOUR_PROFITS_INCREASE_SINCE_2014_PERCENT;
    let cse = ids::CHILDREN_IN_FORCED_COMMERCIAL_SEXUAL_EXPLOITATION;
    let cse_share = ids::CHILDREN_IN_FORCED_COMMERCIAL_SEXUAL_EXPLOITATION_SHARE;
    let fle = ids::CHILDREN_IN_FORCED_LABOUR_EXPLOITATION;
    let fle_share = ids::CHILDREN_IN_FORCED_LABOUR_EXPLOITATION_SHARE;
    let total = fle.value / (fle_share.value / 100.0);
    let increase_share = 100.0 * increase.value / (profits.value - increase.value);
    let cse_computed = 100.0 * cse.value / total;
    let both = 100.0 * (cse.value + fle.value) / total;
    vec![
        Consistency {
            id: "forced_labour_increase_is_37_percent",
            description: "US$64 billion over the 2014 level (US$236 billion − US$64 billion) is the stated 37 per cent",
            computed: increase_share,
            stated: id_of(increase_pct),
            rule: "100 × 64e9 ÷ (236e9 − 64e9) within ±0.5 of 37",
            holds: agrees(increase_share, increase_pct),
        },
        Consistency {
            id: "sexual_exploitation_is_over_half",
            description: "1.7 million out of the total implied by 1.3 million = 39 per cent is over half",
            computed: cse_computed,
            stated: id_of(cse_share),
            rule: "100 × 1.7e6 ÷ (1.3e6 ÷ 0.39) in [50, 60)",
            holds: agrees(cse_computed, cse_share),
        },
        Consistency {
            id: "forced_labour_groups_fit_the_total",
            description: "1.7 million and 1.3 million together do not exceed the total implied by 39 per cent",
            computed: both,
            stated: id_of(fle_share),
            rule: "100 × (1.7e6 + 1.3e6) ÷ (1.3e6 ÷ 0.39) ≤ 100",
            holds: both <= 100.0,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    #[test]
    fn derived_values_follow_from_the_figures() {
        let d = derived_values();
        let get = |id: &str| {
            d.iter()
                .find(|x| x.id == id)
                .map(|x| x.value)
                .unwrap_or(f64::NAN)
        };
        assert_relative_eq!(get("forced_labour_profits_2014"), 172e9);
        assert_relative_eq!(
            get("children_in_forced_labour_total"),
            1.3e6 / 0.39,
            max_relative = 1e-12
        );
        assert_relative_eq!(
            get("child_international_migrants_2020"),
            41.026e6,
            max_relative = 1e-9
        );
        assert_relative_eq!(
            get("world_children_implied_by_conflict_share"),
            2.838e9,
            max_relative = 1e-9
        );
        assert_relative_eq!(
            get("world_population_implied_by_hunger_share"),
            8.063e9,
            max_relative = 1e-9
        );
        assert_relative_eq!(
            get("children_displaced_conflict_and_disasters"),
            50.3e6,
            max_relative = 1e-9
        );
        assert!(d.iter().all(|x| x.derived));
        for x in &d {
            for input in &x.inputs {
                assert!(
                    crate::dataset::Dataset::builtin().figure(input).is_some(),
                    "{input}"
                );
            }
        }
    }

    #[test]
    fn the_report_is_consistent_with_itself() {
        let checks = consistency_checks();
        let get = |id: &str| {
            checks
                .iter()
                .find(|c| c.id == id)
                .map(|c| c.computed)
                .unwrap_or(f64::NAN)
        };
        assert_relative_eq!(
            get("forced_labour_increase_is_37_percent"),
            37.209,
            max_relative = 1e-4
        );
        assert_relative_eq!(
            get("sexual_exploitation_is_over_half"),
            51.0,
            max_relative = 1e-9
        );
        assert_relative_eq!(
            get("forced_labour_groups_fit_the_total"),
            90.0,
            max_relative = 1e-9
        );
        for c in &checks {
            assert!(c.holds, "{} does not hold: {}", c.id, c.computed);
        }
    }

    #[test]
    fn a_wrong_number_would_break_a_relation() {
        // If the increase were 30 per cent, the relation would not hold.
        let mut wrong = ids::FORCED_LABOUR_PROFITS_INCREASE_SINCE_2014_PERCENT.clone();
        wrong.value = 30.0;
        assert!(!agrees(37.209, &wrong));
    }
}
