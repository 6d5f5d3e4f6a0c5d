//! Checking a sentence someone wrote against the report.

use std::ops::Range;

use serde::Serialize;

use crate::check::number::read_numbers;
use crate::check::verdict::{Claimed, Direction, ValueCheck, Verdict};
use crate::check::vocab::{
    CUES, MARKED, NAMING_STEMS, NEEDS, PERIOD_YEARS, PLACES_SORTED, VOCABULARY, stem,
};
use crate::data::figures::{COUNT, FIGURES};
use crate::dataset::Dataset;
use crate::record::{Figure, Unit};
use crate::review::{Review, ReviewStatus};

/// The least topic score a figure needs to be matched (one word that says what the figure
/// is about, weight 3, plus context).
const MIN_SCORE: i32 = 4;

/// What a claim loses for a figure whose population, measure, place or year it does not
/// share: enough to rule the figure out, however many topic words they have in common.
const MISMATCH_PENALTY: i32 = 100;

/// What the claim checker found for one sentence, borrowing the dataset it was checked
/// against.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimCheck<'a> {
    /// The verdict.
    pub verdict: Verdict,
    /// The figure the sentence was matched to, if any.
    #[serde(serialize_with = "figure_id")]
    pub figure: Option<&'a Figure>,
    /// The number read from the sentence, if any.
    pub claimed: Option<Claimed>,
    /// Where that number stands in the sentence (byte range).
    pub claimed_span: Option<Range<usize>>,
    /// The comparison with the figure, when one was made.
    pub check: Option<ValueCheck>,
    /// Why the verdict is `unverifiable`, or anything else a reader should know (for a
    /// figure whose cited source differs, what the primary-source review found).
    pub note: Option<String>,
    /// The primary-source review of the matched figure, if it has one.
    pub review: Option<&'a Review>,
    /// The dataset the claim was checked against (for citations).
    #[serde(skip)]
    dataset: &'a Dataset,
}

fn figure_id<S: serde::Serializer>(
    figure: &Option<&Figure>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match figure {
        Some(f) => serializer.serialize_some(f.id.as_ref()),
        None => serializer.serialize_none(),
    }
}

impl<'a> ClaimCheck<'a> {
    fn unverifiable(dataset: &'a Dataset, note: impl Into<String>) -> ClaimCheck<'a> {
        ClaimCheck {
            verdict: Verdict::Unverifiable,
            figure: None,
            claimed: None,
            claimed_span: None,
            check: None,
            note: Some(note.into()),
            review: None,
            dataset,
        }
    }

    /// For a contradicted claim, which way it is off.
    pub fn direction(&self) -> Option<Direction> {
        self.check.as_ref().and_then(|c| c.direction)
    }

    /// The citation of the matched figure against the dataset the claim was checked
    /// against, one line (see [`Dataset::citation`]).
    pub fn citation(&self) -> Option<String> {
        self.figure.map(|f| self.dataset.citation(f).to_string())
    }
}

/// Topic scores of every built-in figure for a sentence.
struct Scores {
    score: [i32; COUNT],
    strong: [bool; COUNT],
}

/// Which figures name a place (their geography is not the world).
static HAS_PLACE: [bool; COUNT] = {
    let mut out = [false; COUNT];
    let mut i = 0;
    while i < CUES.len() {
        if CUES[i].place {
            out[CUES[i].figure as usize] = true;
        }
        i += 1;
    }
    out
};

fn score(text: &str) -> Scores {
    let mut scores = Scores {
        score: [0; COUNT],
        strong: [false; COUNT],
    };
    let mut place_hit = [false; COUNT];
    let mut names_place = false;
    let mut names: u8 = 0;
    // Years the claim names (a few are enough).
    let mut years = [0u16; 4];
    let mut n_years = 0;
    // Per figure: how many of the claim's marked stems (populations and measures) it lacks.
    let mut marked_missing = [0i32; COUNT];
    // Distinct stems of the sentence (a word said twice counts once).
    let mut seen: [([u8; 40], usize); 48] = [([0; 40], 0); 48];
    let mut n_seen = 0;
    for word in text
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
    {
        if word.len() == 4
            && n_years < years.len()
            && let Ok(year) = word.parse::<u16>()
            && (1900..=2100).contains(&year)
        {
            years[n_years] = year;
            n_years += 1;
        }
        let mut buf = [0u8; 40];
        let len = stem(word, &mut buf);
        if len == 0 {
            continue;
        }
        let s = &buf[..len];
        if seen[..n_seen].iter().any(|(b, l)| &b[..*l] == s) {
            continue;
        }
        if n_seen < seen.len() {
            seen[n_seen] = (buf, len);
            n_seen += 1;
        }
        if PLACES_SORTED
            .binary_search_by(|p| p.as_bytes().cmp(s))
            .is_ok()
        {
            names_place = true;
        }
        if let Ok(i) = NAMING_STEMS.binary_search_by(|(p, _)| p.as_bytes().cmp(s)) {
            names |= NAMING_STEMS[i].1;
        }
        let start = CUES.partition_point(|c| c.stem.as_bytes() < s);
        if MARKED.binary_search_by(|p| p.as_bytes().cmp(s)).is_ok() {
            let mut has = [false; COUNT];
            for cue in CUES[start..].iter().take_while(|c| c.stem.as_bytes() == s) {
                has[usize::from(cue.figure)] = true;
            }
            for (missing, has) in marked_missing.iter_mut().zip(has) {
                *missing += i32::from(!has);
            }
        }
        for cue in CUES[start..].iter().take_while(|c| c.stem.as_bytes() == s) {
            let f = usize::from(cue.figure);
            scores.score[f] += i32::from(cue.weight);
            if cue.weight >= 3 && !cue.place {
                scores.strong[f] = true;
            }
            if cue.place {
                place_hit[f] = true;
            }
        }
    }
    for f in 0..COUNT {
        // A figure about a place the claim does not name, or a claim about a place the
        // figure is not about.
        if (HAS_PLACE[f] && !place_hit[f]) || (names_place && !HAS_PLACE[f]) {
            scores.score[f] -= MISMATCH_PENALTY;
        }
        // A figure that counts children (or countries, or forced labour), for a claim that
        // does not say it is about them.
        if NEEDS[f] & !names != 0 {
            scores.score[f] -= MISMATCH_PENALTY;
        }
        // A claim about a population or measure the figure is not about ("girls",
        // "convictions", "online").
        scores.score[f] -= MISMATCH_PENALTY * marked_missing[f];
        // A claim dated to years the figure's reference period does not cover.
        let (first, last) = PERIOD_YEARS[f];
        if first != 0 && n_years > 0 && !years[..n_years].iter().any(|y| (first..=last).contains(y))
        {
            scores.score[f] -= MISMATCH_PENALTY;
        }
    }
    scores
}

/// A bonus for figure `f` when the word right after a number ("119 *countries*", "63
/// *ministers*") is one of its cues: the number counts what the figure counts.
fn counted_noun_bonus(text: &str, end: usize, f: usize) -> i32 {
    let rest = text.get(end..).unwrap_or("");
    let Some(word) = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .find(|w| !w.is_empty())
    else {
        return 0;
    };
    let mut buf = [0u8; 40];
    let len = stem(word, &mut buf);
    let s = &buf[..len];
    let start = CUES.partition_point(|c| c.stem.as_bytes() < s);
    let hit = CUES[start..]
        .iter()
        .take_while(|c| c.stem.as_bytes() == s)
        .any(|c| usize::from(c.figure) == f && !c.place);
    if hit { 4 } else { 0 }
}

/// Claim units that can be checked against a figure unit.
fn unit_fits(claim: Unit, figure: Unit) -> bool {
    let share = |u| matches!(u, Unit::Percent | Unit::OneIn);
    claim == figure || (share(claim) && share(figure))
}

/// How close two values are, 0 (far) to 100 (equal), comparing orders of magnitude.
fn closeness(claimed: &Claimed, figure: &Figure) -> i32 {
    let (a, b) = if claimed.unit == figure.unit {
        (claimed.value, figure.value)
    } else {
        (100.0 / claimed.value, figure.value)
    };
    if a <= 0.0 || b <= 0.0 || !a.is_finite() || !b.is_finite() {
        return 0;
    }
    let distance = (a / b).log10().abs();
    (100.0 - distance * 100.0).clamp(0.0, 100.0) as i32
}

/// Checks a sentence someone wrote against the report's figures.
///
/// The sentence is matched to a figure by what it is about — topic words, population, place
/// and unit — never by its number alone; then its number is checked against that figure
/// with [`Figure::check`].
///
/// ```
/// use vac_figures::check::{check_claim, Verdict};
///
/// let c = check_claim("Children make up 40% of trafficking victims worldwide");
/// assert_eq!(c.verdict, Verdict::Rounded);
/// assert_eq!(c.figure.unwrap().id, "children_share_of_detected_victims");
///
/// let c = check_claim("Over 470m children live in war zones");
/// assert_eq!(c.figure.unwrap().id, "children_in_conflict_areas");
///
/// let c = check_claim("Forced labour profits rose 37% since 2014");
/// assert_eq!(c.verdict, Verdict::Supported);
///
/// assert_eq!(check_claim("There are 195 countries in the world").verdict, Verdict::Unverifiable);
/// ```
///
/// A figure is ruled out when the claim names something it is not about: another place
/// ("in South Asia" for a worldwide figure, no "Zambia" for Zambia's), a year outside the
/// figure's period ("in 2019" for a 2023 figure), a population or measure word the figure
/// lacks ("girls", "convictions", "online", "calls"), or when the claim does not say it is
/// about what the figure counts (children, countries, forced labour).
///
/// # What it cannot do
///
/// It reads one number per claim (the one that best fits a figure), in English. It knows
/// only the report's figures and the words listed for each; a sentence that describes a
/// figure in words the vocabulary lacks is `unverifiable`, not wrong. It does not understand
/// negation ("not 38%"), comparisons between two numbers, time ("in 2019 the share was ..."
/// is checked against the report's figure when the figure names no year), which side of a
/// share is which ("61% of child victims are in Africa" against "61% of victims in Africa are
/// children"), or causal claims. A verdict
/// says whether the number agrees with the report, not whether the report is right.
pub fn check_claim(text: &str) -> ClaimCheck<'static> {
    check_claim_in(Dataset::builtin(), text)
}

/// Checks a sentence against the figures of `dataset` (a dataset loaded from files or built
/// by hand), with its reviews and citations.
///
/// The sentence is matched with the vocabulary of the built-in figures; its number is then
/// checked against `dataset`'s figure of the same id. A figure the dataset has under a new
/// id has no vocabulary, so no claim matches it; a matched figure the dataset does not have
/// makes the claim unverifiable, with a note that says so.
///
/// ```
/// use vac_figures::check::{check_claim_in, Verdict};
/// use vac_figures::Dataset;
///
/// // An edited dataset: the share of children among detected victims corrected to 41.
/// let mut figures = vac_figures::figures().to_vec();
/// let share = figures.iter_mut().find(|f| f.id == "children_share_of_detected_victims").unwrap();
/// share.value = 41.0;
/// share.as_written = "41 per cent".into();
/// let data = Dataset::new(figures, vac_figures::footnotes().to_vec(), vac_figures::sources().to_vec())?;
/// let claim = "Children make up 38% of detected trafficking victims";
/// assert_eq!(check_claim_in(&data, claim).verdict, Verdict::Contradicted);
/// assert_eq!(vac_figures::check_claim(claim).verdict, Verdict::Supported);
/// # Ok::<(), vac_figures::Error>(())
/// ```
pub fn check_claim_in<'a>(dataset: &'a Dataset, text: &str) -> ClaimCheck<'a> {
    let numbers = read_numbers(text);
    if numbers.is_empty() {
        return ClaimCheck::unverifiable(dataset, "no number found in the claim");
    }
    let scores = score(text);
    let mut best: Option<(i32, usize, usize)> = None; // (total, figure, number)
    let mut topic_without_unit: Option<usize> = None;
    for (f, figure) in FIGURES.iter().enumerate() {
        let s = scores.score[f];
        if s < MIN_SCORE || !scores.strong[f] {
            continue;
        }
        let mut fitted = false;
        for (k, number) in numbers.iter().enumerate() {
            if !unit_fits(number.claimed.unit, figure.unit) {
                continue;
            }
            fitted = true;
            let noun = counted_noun_bonus(text, number.span.end, f);
            let total = (s + noun) * 1000 + closeness(&number.claimed, figure);
            if best.is_none_or(|(t, _, _)| total > t) {
                best = Some((total, f, k));
            }
        }
        if !fitted && topic_without_unit.is_none_or(|g| scores.score[g] < s) {
            topic_without_unit = Some(f);
        }
    }
    match best {
        Some((_, f, k)) => {
            let number = &numbers[k];
            let Some(figure) = dataset.figure(&FIGURES[f].id) else {
                let mut result = ClaimCheck::unverifiable(
                    dataset,
                    format!(
                        "the claim is about figure {}, which the dataset does not have",
                        FIGURES[f].id
                    ),
                );
                result.claimed = Some(number.claimed.clone());
                result.claimed_span = Some(number.span.clone());
                return result;
            };
            let check = figure.check(&number.claimed);
            let review = dataset.review_of(figure);
            // A figure whose cited source says something else: say so next to the verdict.
            let note = review
                .filter(|r| r.status == ReviewStatus::Discrepancy)
                .map(|r| format!("note: {}", r.summary()));
            ClaimCheck {
                verdict: check.verdict,
                figure: Some(figure),
                claimed: Some(number.claimed.clone()),
                claimed_span: Some(number.span.clone()),
                check: Some(check),
                note,
                review,
                dataset,
            }
        }
        None => match topic_without_unit {
            Some(f) => {
                let figure = &FIGURES[f];
                let mut result = ClaimCheck::unverifiable(
                    dataset,
                    format!(
                        "the report's figure on this ({}) is in {}, and the claim states no number in that unit",
                        figure.id, figure.unit
                    ),
                );
                result.claimed = numbers.first().map(|n| n.claimed.clone());
                result.claimed_span = numbers.first().map(|n| n.span.clone());
                result
            }
            None => {
                let mut result = ClaimCheck::unverifiable(
                    dataset,
                    "the report has no figure about what the claim describes",
                );
                result.claimed = numbers.first().map(|n| n.claimed.clone());
                result.claimed_span = numbers.first().map(|n| n.span.clone());
                result
            }
        },
    }
}

/// The vocabulary size, for documentation and benchmarks.
pub fn vocabulary_size() -> usize {
    VOCABULARY
        .iter()
        .map(|(_, cues, places)| cues.len() + places.len())
        .sum()
}
