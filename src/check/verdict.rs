//! Checking a claimed value against a figure, with precision and hedges.
//!
//! See the rules in the [module docs](crate::check).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::record::{Qualifier, Unit};
use crate::table::figures::Figure;

/// A value someone states: the number, its unit, its hedge and the precision it is written
/// to. Build one with the helpers:
///
/// ```
/// use vac_figures::check::Claimed;
/// let c = Claimed::count(470e6).over();
/// assert_eq!(c.precision, 1e7);
/// let c = Claimed::percent(40.0).about();
/// assert_eq!(c.precision, 8.0); // tens, but at most a fifth of the number
/// let c = Claimed::usd(236e9);
/// let c = Claimed::one_in(6.0);
/// let c = Claimed::times(3.0);
/// let c = Claimed::percent(38.25).precision(0.5);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claimed {
    /// The number, in `unit` (percentages as printed: 38 for 38%).
    pub value: f64,
    /// The unit.
    pub unit: Unit,
    /// The hedge.
    pub qualifier: Qualifier,
    /// The rounding unit the number is written to (see the module docs).
    pub precision: f64,
}

impl Claimed {
    /// A value in a unit, exact, with the precision its digits show.
    pub fn new(value: f64, unit: Unit) -> Claimed {
        Claimed {
            value,
            unit,
            qualifier: Qualifier::Exact,
            precision: precision_of(value),
        }
    }

    /// A percentage, as printed (40 for 40%).
    pub fn percent(value: f64) -> Claimed {
        Claimed::new(value, Unit::Percent)
    }

    /// A count of people, children, countries, ...
    pub fn count(value: f64) -> Claimed {
        Claimed::new(value, Unit::Count)
    }

    /// An amount in US dollars.
    pub fn usd(value: f64) -> Claimed {
        Claimed::new(value, Unit::Usd)
    }

    /// An amount in euros.
    pub fn eur(value: f64) -> Claimed {
        Claimed::new(value, Unit::Eur)
    }

    /// "1 in N" (precise to a whole N).
    pub fn one_in(n: f64) -> Claimed {
        Claimed::new(n, Unit::OneIn).precision(1.0)
    }

    /// "N times".
    pub fn times(n: f64) -> Claimed {
        Claimed::new(n, Unit::Times)
    }

    /// A number of years.
    pub fn years(n: f64) -> Claimed {
        Claimed::new(n, Unit::Years)
    }

    /// Hedged with "about", "around".
    pub fn about(mut self) -> Claimed {
        self.qualifier = Qualifier::Approximate;
        self
    }

    /// Hedged with "over", "more than".
    pub fn over(mut self) -> Claimed {
        self.qualifier = Qualifier::MoreThan;
        self
    }

    /// Hedged with "fewer than", "under".
    pub fn under(mut self) -> Claimed {
        self.qualifier = Qualifier::LessThan;
        self
    }

    /// Hedged with "almost", "nearly".
    pub fn almost(mut self) -> Claimed {
        self.qualifier = Qualifier::Almost;
        self
    }

    /// With an explicit precision (rounding unit) instead of the one the digits show.
    pub fn precision(mut self, precision: f64) -> Claimed {
        self.precision = precision;
        self
    }

    /// The claimed value as text: `over 470,000,000`, `about 40%`.
    pub fn describe(&self) -> String {
        let hedge = match self.qualifier {
            Qualifier::Exact => "",
            Qualifier::Approximate => "about ",
            Qualifier::MoreThan => "over ",
            Qualifier::LessThan => "fewer than ",
            Qualifier::Almost => "almost ",
        };
        format!(
            "{hedge}{}",
            crate::record::format_value(round_for_display(self.value), None, self.unit)
        )
    }
}

fn round_for_display(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

impl fmt::Display for Claimed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

/// The rounding unit a number's digits show: `38` → 1, `40` → 10, `14.6` → 0.1,
/// `470000000` → 10000000, `2700000000` → 100000000.
///
/// ```
/// use vac_figures::check::rounding_unit;
/// assert_eq!(rounding_unit(38.0), 1.0);
/// assert_eq!(rounding_unit(40.0), 10.0);
/// assert_eq!(rounding_unit(14.6), 0.1);
/// assert_eq!(rounding_unit(473e6), 1e6);
/// assert_eq!(rounding_unit(2.7e9), 1e8);
/// ```
pub fn rounding_unit(value: f64) -> f64 {
    if !value.is_finite() || value == 0.0 {
        return 1.0;
    }
    // Whole numbers (most of them): count the trailing zeros without formatting.
    let abs = value.abs();
    if abs.fract() == 0.0 && abs < 1e15 {
        let mut n = abs as u64;
        let mut unit = 1.0;
        while n >= 10 && n.is_multiple_of(10) {
            n /= 10;
            unit *= 10.0;
        }
        return unit;
    }
    // A fraction (2.7, 35.8): the fewest decimals that print it exactly, as its shortest
    // form does ("2.7"), found without formatting: `d` decimals print `abs` when `abs`
    // rounded to them reads back as `abs`.
    // (While the scaled value is an exact integer of a double; beyond, by printing.)
    if abs.fract() != 0.0 {
        let mut scale = 1.0;
        for decimals in 1..=15 {
            scale *= 10.0;
            let scaled = abs * scale;
            if scaled >= 1e15 {
                break;
            }
            if scaled.round() / scale == abs {
                return 10f64.powi(-decimals);
            }
        }
    }
    let text = format!("{}", value.abs());
    if let Some((_, frac)) = text.split_once('.') {
        let decimals = frac.len().min(15) as i32;
        return 10f64.powi(-decimals);
    }
    let zeros = text.bytes().rev().take_while(|&b| b == b'0').count();
    let zeros = zeros.min(text.len().saturating_sub(1)) as i32;
    10f64.powi(zeros)
}

/// The precision a number is read with: the rounding unit its digits show
/// ([`rounding_unit`]), but never more than a fifth of the number, so that "1 billion" allows
/// 0.9–1.1 billion rather than 0.5–1.5 billion, and "nearly 2 million" means 1.8–2 million.
pub fn precision_of(value: f64) -> f64 {
    let digits = rounding_unit(value);
    let cap = 0.2 * value.abs();
    if cap > 0.0 && cap < digits {
        cap
    } else {
        digits
    }
}

/// A half-open interval `[lo, hi)` of values a statement allows.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Interval {
    lo: f64,
    hi: f64,
}

impl Interval {
    /// Whether the half-open intervals overlap. Bounds closer than a billionth of their
    /// size count as touching, not overlapping, so that decimal bounds computed in binary
    /// floating point (14.6 + 0.05 against 14.7 − 0.05) compare as written.
    fn meets(self, other: Interval) -> bool {
        let before = |hi: f64, lo: f64| {
            if hi.is_finite() && lo.is_finite() {
                hi - lo <= 1e-9 * hi.abs().max(lo.abs()).max(1.0)
            } else {
                hi <= lo
            }
        };
        !before(self.hi, other.lo) && !before(other.hi, self.lo)
    }
}

/// What the report states allows this interval.
fn report_interval(value: f64, precision: f64, qualifier: Qualifier) -> Interval {
    let u = precision;
    match qualifier {
        Qualifier::Exact | Qualifier::Approximate => Interval {
            lo: value - u / 2.0,
            hi: value + u / 2.0,
        },
        Qualifier::MoreThan => Interval {
            lo: value,
            hi: value + u,
        },
        Qualifier::LessThan => Interval {
            lo: value - u,
            hi: value,
        },
        Qualifier::Almost => Interval {
            lo: value - u / 2.0,
            hi: value,
        },
    }
}

/// What a claim allows.
fn claim_interval(value: f64, precision: f64, qualifier: Qualifier) -> Interval {
    let u = precision;
    match qualifier {
        Qualifier::Exact | Qualifier::Approximate => Interval {
            lo: value - u / 2.0,
            hi: value + u / 2.0,
        },
        Qualifier::MoreThan => Interval {
            lo: value,
            hi: f64::INFINITY,
        },
        Qualifier::LessThan => Interval {
            lo: f64::NEG_INFINITY,
            hi: value,
        },
        Qualifier::Almost => Interval {
            lo: value - u / 2.0,
            hi: value,
        },
    }
}

/// A "1 in N" interval as a percentage interval (order reversed).
fn one_in_as_percent(i: Interval) -> Interval {
    let pct = |n: f64| if n <= 0.0 { f64::INFINITY } else { 100.0 / n };
    Interval {
        lo: pct(i.hi),
        hi: pct(i.lo),
    }
}

/// The verdict on a claimed value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Equal to the report's figure within the precision the report states it.
    Supported,
    /// Consistent with the report's figure at the coarser precision the claim uses.
    Rounded,
    /// Outside what the report's figure allows.
    Contradicted,
    /// The report has no such figure (or the claim states no number).
    Unverifiable,
}

impl Verdict {
    /// The verdict's name: `supported`, `rounded`, `contradicted`, `unverifiable`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Rounded => "rounded",
            Verdict::Contradicted => "contradicted",
            Verdict::Unverifiable => "unverifiable",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which way a contradicted claim is off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The claim says more than the report.
    Overstated,
    /// The claim says less than the report.
    Understated,
}

impl Direction {
    /// `overstated` or `understated`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::Overstated => "overstated",
            Direction::Understated => "understated",
        }
    }
}

/// The result of checking a claimed value against a figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValueCheck {
    /// The verdict.
    pub verdict: Verdict,
    /// For a contradicted claim, which way it is off.
    pub direction: Option<Direction>,
    /// `claimed − reported`, in the unit of the comparison (see `compared_in`).
    pub difference: Option<f64>,
    /// `difference / reported`, e.g. `0.05` for 5 per cent more than the report.
    pub relative_difference: Option<f64>,
    /// The unit both values were compared in (a share compares as percent).
    pub compared_in: Option<Unit>,
    /// Why the check could not be made (units that do not compare), if so.
    pub note: Option<String>,
}

/// Two units compare when equal, or both are shares (percent, 1 in N).
fn comparable(a: Unit, b: Unit) -> bool {
    let share = |u| matches!(u, Unit::Percent | Unit::OneIn);
    a == b || (share(a) && share(b))
}

impl Figure {
    /// The precision of the value as the report prints it (see [`precision_of`]).
    pub fn precision(&self) -> f64 {
        precision_of(self.value)
    }

    /// Checks a claimed value against this figure, honouring both precisions and hedges
    /// (the rules are in [`crate::check`]'s verdict docs).
    ///
    /// ```
    /// use vac_figures::check::{Claimed, Direction, Verdict};
    /// use vac_figures::ids;
    ///
    /// let share = ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS; // 38 per cent
    /// assert_eq!(share.check(&Claimed::percent(38.0)).verdict, Verdict::Supported);
    /// assert_eq!(share.check(&Claimed::percent(40.0).about()).verdict, Verdict::Rounded);
    /// let off = share.check(&Claimed::percent(45.0));
    /// assert_eq!((off.verdict, off.direction), (Verdict::Contradicted, Some(Direction::Overstated)));
    ///
    /// let conflict = ids::CHILDREN_IN_CONFLICT_AREAS; // over 473 million
    /// assert_eq!(conflict.check(&Claimed::count(400e6)).verdict, Verdict::Contradicted);
    /// assert_eq!(conflict.check(&Claimed::count(500e6).almost()).verdict, Verdict::Rounded);
    /// ```
    pub fn check(&self, claimed: &Claimed) -> ValueCheck {
        if !comparable(self.unit, claimed.unit) {
            return ValueCheck {
                verdict: Verdict::Unverifiable,
                direction: None,
                difference: None,
                relative_difference: None,
                compared_in: None,
                note: Some(format!(
                    "the claim is in {} and the figure in {}",
                    claimed.unit, self.unit
                )),
            };
        }
        let mut report = report_interval(self.value, self.precision(), self.qualifier);
        // A hedge on "1 in N" bounds the share, not N: "more than one in three" is a share
        // above a third, N below 3.
        let hedge = match (claimed.unit, claimed.qualifier) {
            (Unit::OneIn, Qualifier::MoreThan) => Qualifier::LessThan,
            (Unit::OneIn, Qualifier::LessThan) => Qualifier::MoreThan,
            (_, q) => q,
        };
        let mut claim = claim_interval(claimed.value, claimed.precision, hedge);
        let mut reported_value = self.value;
        let mut claimed_value = claimed.value;
        let mut compared_in = self.unit;
        // Shares in different forms compare as percentages.
        if self.unit != claimed.unit {
            if self.unit == Unit::OneIn {
                report = one_in_as_percent(report);
                reported_value = 100.0 / self.value;
            } else {
                claim = one_in_as_percent(claim);
                claimed_value = 100.0 / claimed.value;
            }
            compared_in = Unit::Percent;
        }
        let difference = claimed_value - reported_value;
        let relative = if reported_value != 0.0 {
            Some(difference / reported_value)
        } else {
            None
        };
        let (verdict, direction) = if claim.meets(report) {
            // Supported: the claimed number, in the figure's own unit, within half the
            // report's precision of the report's number.
            // Percent ↔ "1 in N" converts the same way both ways: 100 / x.
            let in_own_unit = if claimed.unit == self.unit {
                claimed.value
            } else {
                100.0 / claimed.value
            };
            let close = (in_own_unit - self.value).abs() <= self.precision() / 2.0 + 1e-9;
            if close {
                (Verdict::Supported, None)
            } else {
                (Verdict::Rounded, None)
            }
        } else if claim.lo >= report.hi {
            // For "1 in N" compared in its own unit, a larger N is a smaller share.
            let over = compared_in != Unit::OneIn;
            (Verdict::Contradicted, Some(direction_of(over)))
        } else {
            let over = compared_in == Unit::OneIn;
            (Verdict::Contradicted, Some(direction_of(over)))
        };
        ValueCheck {
            verdict,
            direction,
            difference: Some(difference),
            relative_difference: relative,
            compared_in: Some(compared_in),
            note: None,
        }
    }
}

fn direction_of(over: bool) -> Direction {
    if over {
        Direction::Overstated
    } else {
        Direction::Understated
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids;

    /// The rounding unit read off the number's shortest printed form: the independent
    /// implementation [`rounding_unit`] is tested against.
    fn rounding_unit_by_printing(value: f64) -> f64 {
        let text = format!("{}", value.abs());
        match text.split_once('.') {
            Some((_, frac)) => 10f64.powi(-(frac.len().min(15) as i32)),
            None => {
                let zeros = text.bytes().rev().take_while(|&b| b == b'0').count();
                10f64.powi(zeros.min(text.len().saturating_sub(1)) as i32)
            }
        }
    }

    #[test]
    fn rounding_unit_agrees_with_the_printed_form() {
        // Decimals as people write them, at every scale the reader multiplies by, and
        // values with no short form (a pseudo-random walk over the doubles).
        let mut values = Vec::new();
        for digits in 1..=9_999u32 {
            for decimals in 1..=4 {
                let v = f64::from(digits) / 10f64.powi(decimals);
                values.extend([v, v * 1e3, v * 1e6, v * 1e9, 100.0 / v, v / 7.0]);
            }
        }
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            values.push((x >> 11) as f64 / (1u64 << 53) as f64 * 10f64.powi((x % 14) as i32));
        }
        for v in values {
            assert_eq!(
                rounding_unit(v).to_bits(),
                rounding_unit_by_printing(v).to_bits(),
                "{v}"
            );
        }
    }

    #[test]
    fn precision_of_printed_numbers() {
        assert_eq!(rounding_unit(47.2e6), 1e5);
        assert_eq!(rounding_unit(15000.0), 1000.0);
        assert_eq!(rounding_unit(2730.0), 10.0);
        assert_eq!(rounding_unit(6.0), 1.0);
        assert_eq!(rounding_unit(0.0), 1.0);
        assert_eq!(rounding_unit(f64::NAN), 1.0);
    }

    #[test]
    fn the_issue_examples() {
        let share = ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS;
        assert_eq!(
            share.check(&Claimed::percent(37.6).precision(0.1)).verdict,
            Verdict::Supported
        );
        assert_eq!(
            share.check(&Claimed::percent(37.0)).verdict,
            Verdict::Contradicted
        );
        let displaced = ids::CHILDREN_DISPLACED_BY_CONFLICT_AND_VIOLENCE; // an estimated 47.2 million
        assert_eq!(
            displaced.check(&Claimed::count(47.2e6)).verdict,
            Verdict::Supported
        );
        assert_eq!(
            displaced.check(&Claimed::count(47.24e6)).verdict,
            Verdict::Supported
        );
        assert_eq!(
            displaced.check(&Claimed::count(47e6)).verdict,
            Verdict::Rounded
        );
        assert_eq!(
            displaced.check(&Claimed::count(47.3e6)).verdict,
            Verdict::Contradicted
        );

        let conflict = ids::CHILDREN_IN_CONFLICT_AREAS; // over 473 million
        let check = conflict.check(&Claimed::count(400e6));
        assert_eq!(
            (check.verdict, check.direction),
            (Verdict::Contradicted, Some(Direction::Understated))
        );
        assert_eq!(check.difference, Some(-73e6));
        assert_eq!(
            conflict.check(&Claimed::count(500e6).almost()).verdict,
            Verdict::Rounded
        );
        assert_eq!(
            conflict.check(&Claimed::count(470e6)).verdict,
            Verdict::Rounded
        );
        assert_eq!(
            conflict.check(&Claimed::count(473e6).over()).verdict,
            Verdict::Supported
        );
        assert_eq!(
            conflict.check(&Claimed::count(400e6).over()).verdict,
            Verdict::Rounded
        );
        let over = conflict.check(&Claimed::count(500e6).over());
        assert_eq!(
            (over.verdict, over.direction),
            (Verdict::Contradicted, Some(Direction::Overstated))
        );
        // 400 million exact would contradict an exact 473 million by the same margin, but
        // "nearly 500 million" contradicts an exact 473 million less than it does "over":
        // the hedge of the report moves its interval up, not down.
    }

    #[test]
    fn shares_compare_across_forms() {
        let one_in_six = ids::CHILDREN_IN_CONFLICT_AREAS_ONE_IN; // about 1 in 6
        assert_eq!(
            one_in_six.check(&Claimed::one_in(6.0)).verdict,
            Verdict::Supported
        );
        assert_eq!(
            one_in_six.check(&Claimed::percent(17.0)).verdict,
            Verdict::Supported
        );
        let five = one_in_six.check(&Claimed::one_in(5.0));
        assert_eq!(
            (five.verdict, five.direction),
            (Verdict::Contradicted, Some(Direction::Overstated))
        );
        let ten = one_in_six.check(&Claimed::one_in(10.0));
        assert_eq!(
            (ten.verdict, ten.direction),
            (Verdict::Contradicted, Some(Direction::Understated))
        );
        let pct = ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS;
        assert_eq!(pct.check(&Claimed::one_in(3.0)).verdict, Verdict::Rounded);
        assert_eq!(
            pct.check(&Claimed::one_in(4.0)).direction,
            Some(Direction::Understated)
        );
    }

    #[test]
    fn units_that_do_not_compare() {
        let eur = ids::EU_TRAFFICKING_COST_PER_YEAR;
        assert_eq!(
            eur.check(&Claimed::usd(2.7e9)).verdict,
            Verdict::Unverifiable
        );
        assert_eq!(eur.check(&Claimed::eur(2.7e9)).verdict, Verdict::Supported);
        assert_eq!(eur.check(&Claimed::eur(3e9)).verdict, Verdict::Rounded);
    }
}
