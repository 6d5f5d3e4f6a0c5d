//! Checking a sentence someone wrote against the report: every quantity in it is matched
//! to the figure it is about (by what it counts, where, when and how it is measured), or
//! to none, and checked; the sentence's verdict follows from theirs.

use std::ops::Range;

use serde::Serialize;
use smallvec::SmallVec;

use crate::check::quantity::{after_numbering, in_list, looks_like_a_verb, looks_plural};
use crate::check::reading::{ClaimReading, Few, Keys, Quantity, headed_as_own, read};
use crate::check::relations::derived_values;
use crate::check::verdict::{Claimed, Direction, ValueCheck, Verdict};
use crate::dataset::Dataset;
use crate::lexicon::{FigureKeys, Index, Mention, Sentence, english, role, uses};
use crate::record::{Change, Unit};
use crate::review::{Review, ReviewStatus};
use crate::table::figures::Figure;

/// What the claim checker found for one sentence, borrowing the dataset it was checked
/// against.
///
/// The fields `figure`, `claimed`, `claimed_span` and `check` describe the quantity that
/// decides the verdict (see the rules in [`crate::check`]); [`ClaimCheck::numbers`] has
/// every quantity, and [`ClaimCheck::reading`] what was read from the sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ClaimCheck<'a> {
    /// The verdict on the sentence.
    pub verdict: Verdict,
    /// The figure of the deciding quantity, if it was matched to one.
    #[serde(serialize_with = "figure_id")]
    pub figure: Option<&'a Figure>,
    /// The deciding quantity's value, if the sentence has a quantity.
    pub claimed: Option<Claimed>,
    /// Where that quantity stands in the sentence (byte range).
    pub claimed_span: Option<Range<usize>>,
    /// The comparison with the figure, when one was made.
    pub check: Option<ValueCheck>,
    /// Why the verdict is `unverifiable` (with the nearest figure, when there is one), or
    /// anything else a reader should know (for a figure whose cited source differs, what
    /// the primary-source review found).
    pub note: Option<String>,
    /// The primary-source review of the matched figure, if it has one.
    pub review: Option<&'a Review>,
    /// Every quantity of the sentence with its own figure and verdict, in order.
    pub numbers: Vec<QuantityCheck<'a>>,
    /// What was read from the sentence.
    pub reading: ClaimReading,
    /// The dataset the claim was checked against (for citations).
    #[serde(skip)]
    dataset: &'a Dataset,
}

/// One quantity of a sentence, checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct QuantityCheck<'a> {
    /// Where it stands in the sentence (byte range).
    pub span: Range<usize>,
    /// Its value as read.
    pub claimed: Claimed,
    /// Its verdict.
    pub verdict: Verdict,
    /// The figure it is about, if any.
    #[serde(serialize_with = "figure_id")]
    pub figure: Option<&'a Figure>,
    /// The comparison with the figure, when one was made.
    pub check: Option<ValueCheck>,
    /// For an unverifiable quantity, the figure nearest to what it says: a suggestion,
    /// never a match.
    #[serde(serialize_with = "figure_id")]
    pub nearest: Option<&'a Figure>,
    /// Why it is unverifiable, or why it is contradicted when its number is not the reason
    /// (a change stated the other way).
    pub note: Option<String>,
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

/// Checks a sentence someone wrote against the report's figures.
///
/// Each quantity of the sentence is matched to the figure it is about: one that counts what
/// the sentence says it counts, for the place and the years it names, measured the same way
/// (a level, or a change), in a unit that compares, whose words the sentence uses most.
/// A quantity no figure agrees with on all of these is `unverifiable`, with the nearest
/// figure named in the note as a suggestion, never as a match. A matched quantity is checked
/// with [`Figure::check`]; a change stated the other way is contradicted. The sentence is
/// contradicted when any quantity is, otherwise unverifiable when any is, otherwise rounded
/// when any is, otherwise supported (the rules are in [`crate::check`]).
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
/// // What a claim counts decides which figure it is about.
/// let c = check_claim("Over 473 million people live in conflict areas");
/// assert_eq!(c.verdict, Verdict::Unverifiable);
/// assert!(c.note.unwrap().contains("children_in_conflict_areas"));
///
/// // Every quantity counts: 150 countries is wrong, whatever the 63 ministers.
/// let c = check_claim("The conference brought 150 countries and 63 ministers to Bogota");
/// assert_eq!(c.verdict, Verdict::Contradicted);
/// assert_eq!(c.numbers.len(), 2);
///
/// // A change stated the other way.
/// let c = check_claim("Forced labour profits have shrunk by US$64 billion since 2014");
/// assert_eq!(c.verdict, Verdict::Contradicted);
///
/// assert_eq!(check_claim("There are 195 countries in the world").verdict, Verdict::Unverifiable);
/// ```
///
/// # How well it does
///
/// On blind claim sets written from the report, the first 26 columns of `figures.csv` and the
/// rules alone (`tests/claim-set-brief.md`), each first run being of the checker as it stood
/// when the set was written, each set written after the fixes the one before prompted:
/// `tests/heldout5` 95.1% right (garbled claims 92.0%), 2 of 182 wrongly supported;
/// `heldout6` 96.0% (95.3%), 1.1%; `heldout7` 97.1% (96.2%), 1.7%; `heldout8` 95.8% (95.8%),
/// 0.7%; `heldout9` 94.8% (93.3%), 2.3%; `heldout10` 94.8% (93.8%), 1.7%; `heldout11`
/// 96.6% (95.1%), 0.8%; `heldout12` 95.2% (94.5%), 0.2%; `heldout13` 95.8% (95.7%), 0.5%;
/// `heldout14` 97.2% (96.1%), 0.2%; `heldout15` 97.4% (95.9%), 0.4%; `heldout16` 96.4%
/// (95.5%), 0.8%; `heldout17` 98.3% (97.1%), none; `heldout18` 99.4% (99.0%), none;
/// `heldout19` 98.0% (97.9%), 0.3%; `heldout20` 99.7% (99.5%), 0.3%; `heldout21` 99.6%
/// (99.4%), none; `heldout22` 99.0% (98.4%), none; `heldout23` 98.8% (98.6%), none;
/// `heldout24` 99.7% (99.6%), none; `heldout25` 98.9% (98.3%), 0.6%; `heldout26` 97.4%
/// (97.0%), 0.7%; `heldout27` 99.3% (99.0%), none; `heldout28` 99.0% (98.3%), none;
/// `heldout29` 98.0% (97.5%), one of 305 wrongly supported (0.3%); `heldout30` 98.0% (97.6%),
/// one of 255 (0.4%); `heldout31` 99.0% (98.6%), none; `heldout32` 99.4% (99.2%), none;
/// `heldout33` 98.9% (99.2%), none; `heldout34` 97.9% (98.5%), two of 378 (0.5%);
/// `heldout35` 99.7% (99.6%), none; `heldout36` 99.7% (99.6%), none; `heldout37` 97.9%
/// (98.9%), none; `heldout38` 99.5% (99.2%), one of 368 (0.3%); `heldout39` 99.2% (98.8%),
/// none; `heldout40` 99.5% (100%), none; `heldout41` 99.1% (98.7%), one of 347 (0.3%);
/// `heldout42` 100% (100%), none; `heldout43` 98.4% (99.5%), two of 309 (0.6%);
/// `heldout44` 99.2% (98.8%), none; `heldout45`, written after the eighth session's last
/// fix, 99.7% (99.6%), one of 336 (0.3%); `heldout46`, opened after the ninth session's last
/// fix, 99.3% (99.3%), none of 273; `heldout47`, written after it, 99.4% (99.0%), one of 331
/// (0.3%); `heldout48`, written after the tenth session's last fix, 99.7% (100%), one of 334
/// (0.3%); `heldout49`, written after the twelfth session's last fix, 100% (100%), none of
/// 261; `heldout51`, written after the thirteenth session's first fix, 99.6% (99.4%), none
/// of 259. Most wrongly supported
/// claims put a figure's number on another verb or
/// measure in words the checker has not met. The README keeps the table, with the latest
/// set's first run.
///
/// # What it cannot do
///
/// It reads English, and knows what the figures' own words say (`counts`, `among`,
/// `claim_words`, `places`, `year_from`/`year_to` and `change` in `figures.csv`): a sentence
/// that describes a figure in words none of them uses is `unverifiable`, not wrong. It does
/// not understand negation ("not 38%"), comparisons between two numbers of the sentence,
/// which side of a share is which ("61% of child victims are in Africa" against "61% of
/// victims in Africa are children"), or causal claims. A verdict says whether the numbers
/// agree with the report, not whether the report is right. A count put on a noun it does
/// not know is read as counting that noun only where what follows makes it a noun ("40
/// projects *have* been launched"), and a place it does not know is read as a place only
/// after "in", "across", "within" or "throughout", or as the adjective of one before a
/// population ("Valdorian children"); elsewhere such words are not read, and a verdict may
/// rest on what it did read.
pub fn check_claim(text: &str) -> ClaimCheck<'static> {
    check_claim_in(Dataset::builtin(), text)
}

/// Checks a sentence against the figures of `dataset` (a dataset loaded from files, or
/// built or extended by hand), with its reviews and citations: the figures' own words
/// (`counts`, `claim_words`, ...) are what the sentence is matched with, so a figure added
/// by hand is matched as the built-in ones are.
///
/// ```
/// use vac_figures::check::{check_claim_in, Verdict};
/// use vac_figures::{Dataset, Figure, Unit};
/// use std::borrow::Cow;
///
/// // A figure added by hand, with the words a claim about it may use.
/// let mut figure = Figure::new("children_in_orphanages");
/// figure.value = 5.4e6;
/// figure.unit = Unit::Count;
/// figure.as_written = "5.4 million".into();
/// figure.measure = "Children living in orphanages".into();
/// figure.population = "children".into();
/// figure.geography = "world".into();
/// figure.quote = "5.4 million children live in orphanages.".into();
/// figure.topics = Cow::Owned(vec![vac_figures::Topic::Trafficking]);
/// figure.location.paragraph = 1;
/// figure.location.section = "I. Introduction".into();
/// figure.counts = Cow::Owned(vec!["children".into()]);
/// figure.claim_words = Cow::Owned(vec!["orphanages".into(), "orphanage".into()]);
/// let mut figures = vac_figures::figures().to_vec();
/// figures.push(figure);
/// let data = Dataset::new(figures, vac_figures::footnotes().to_vec(), vac_figures::sources().to_vec())?;
///
/// let c = check_claim_in(&data, "Some 5.4 million children live in orphanages");
/// assert_eq!(c.verdict, Verdict::Supported);
/// assert_eq!(c.figure.unwrap().id, "children_in_orphanages");
/// assert_eq!(check_claim_in(&data, "9 million children live in orphanages").verdict, Verdict::Contradicted);
/// # Ok::<(), vac_figures::Error>(())
/// ```
pub fn check_claim_in<'a>(dataset: &'a Dataset, text: &str) -> ClaimCheck<'a> {
    let index = dataset.matching_index();
    // The words of the sentence go into buffers kept per thread, so that checking many
    // claims allocates them once (a nested call, which cannot borrow them, takes its own).
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut sentence) => {
            index.read_into(text, &mut sentence);
            check_read(dataset, index, &sentence, text)
        }
        Err(_) => check_read(dataset, index, &index.read(text), text),
    })
}

/// How a sentence of a document leans on the sentences before it: found once from the
/// sentence checked alone ([`Leaning::of`]), then tried with one context or more
/// ([`Leaning::read_after`]).
pub(crate) struct Leaning {
    /// "Another", "a further": a quantity besides the one the sentence before states.
    besides: bool,
}

impl Leaning {
    /// Whether `text`, checked alone as `alone`, leans on the sentences before it: when no
    /// quantity of it is about anything the report gives on its own ("In sub-Saharan Africa
    /// it's 61%", "They've doubled since 2014"), or it points back ("There, ...", a subject
    /// pronoun, a caption). `None` when the sentence alone stands.
    pub(crate) fn of(dataset: &Dataset, alone: &ClaimCheck<'_>, text: &str) -> Option<Leaning> {
        // (A sentence with no quantity has none the sentences before could be about.)
        if alone.numbers.is_empty() {
            return None;
        }
        let topicless = alone
            .numbers
            .iter()
            .all(|n| n.figure.is_none() && n.nearest.is_none());
        // Only a sentence that points back ("They rose by ...", "In sub-Saharan Africa it's
        // 61%", "Another 3.1 million ...", "..., many of them children") takes the words of the
        // ones before.
        // "There, children account for 61 per cent", "61 per cent of detected victims *there*
        // are children": the place is the one before.
        // (After the list or section number that opens it: "4.3 That is roughly one child in
        // every six".)
        let body = after_numbering(text);
        let opens_there = {
            let t = body.trim_start();
            english::PLACE_BACK_OPENINGS
                .iter()
                .any(|w| t.starts_with(w))
        };
        let says_there = !opens_there
            && text
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("there"));
        // A sentence that opens with "Another" or "A further" before its first quantity, one
        // of whose quantities has no figure ("A further 1.3 million, or 39 per cent, are in
        // forced labour exploitation ..."): it adds to what the sentence before counts.
        let opens_besides = alone.numbers.iter().any(|n| n.figure.is_none())
            && alone.numbers.first().is_some_and(|n| {
                let words = body
                    .get(..n.span.start.saturating_sub(text.len() - body.len()))
                    .unwrap_or("-")
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty());
                let mut besides = false;
                for w in words {
                    if in_list(english::BESIDES, w) {
                        besides = true;
                    } else if !(w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")) {
                        return false;
                    }
                }
                besides
            });
        // A bare count of billions that counts nothing and has no figure ("That's up
        // sixty-four billion since 2014, about 37 per cent" after "... makes two hundred and
        // thirty-six billion dollars a year"): the money of the sentence before, its currency
        // left unwritten.
        let unwritten_money = alone
            .numbers
            .iter()
            .zip(&alone.reading.quantities)
            .any(|(n, q)| {
                n.figure.is_none()
                    && q.claimed.unit == Unit::Count
                    && q.claimed.value >= 1e9
                    && q.counts.is_none()
                    && q.populations.is_empty()
            });
        if !(topicless || opens_there || says_there || opens_besides || unwritten_money) {
            return None;
        }
        let index = dataset.matching_index();
        let read = index.read(text);
        // ("there" right after a population is a place; "there are" opening a clause is not.)
        let locative = says_there
            && read.mentions.iter().any(|m| {
                index.roles_of(m.phrase) & role::POPULATION != 0
                    && read
                        .toks
                        .get(m.last)
                        .and_then(|t| text.get(t.start..t.end))
                        .is_some_and(|w| w.eq_ignore_ascii_case("there"))
            });
        // (Not when the sentence names its place itself: "In sub-Saharan Africa ... 61 per cent
        // of detected victims there are children".)
        let names_place = read
            .mentions
            .iter()
            .any(|m| index.roles_of(m.phrase) & role::PLACE != 0);
        let there = (opens_there || locative) && !names_place;
        // A sentence whose subject is a pronoun, with no figure for any of its quantities ("It
        // has also committed to cut violence against children by 75 per cent by 2028" after a
        // sentence on Lesotho): its place or topic is the one before.
        let pronoun_subject = body
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .find(|w| !w.is_empty())
            .is_some_and(|w| in_list(english::SUBJECT_PRONOUNS, w))
            && alone.numbers.iter().all(|n| n.figure.is_none());
        if !topicless && !there && !pronoun_subject && !opens_besides && !unwritten_money {
            return None;
        }
        // The writer's own numbers ("Our own tally: ...") are not about the sentences before.
        if headed_as_own(&read, text) {
            return None;
        }
        // ("That" and "which" point back opening the sentence or before "is" ("..., *that
        // is* more than $200 billion"), not as "UNICEF estimates *that* 213 million ...".)
        let words: Vec<&str> = body
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .filter(|w| !w.is_empty())
            .collect();
        let points_back = words.iter().enumerate().any(|(i, w)| {
            let conjunction = w.eq_ignore_ascii_case("that") || w.eq_ignore_ascii_case("which");
            let copula = words
                .get(i + 1)
                .is_some_and(|n| in_list(english::COPULAS, n));
            in_list(english::POINTING_BACK, w) && (!conjunction || i == 0 || copula)
        });
        // A caption or fragment that opens with its quantity, after a script's cue in capitals
        // at most ("GRAPHIC: US$236bn a year - up 37% since 2014"), leans on the sentences
        // before as well (not after a label such as "Attendance:").
        let opens_with_quantity = alone.numbers.first().is_some_and(|n| {
            let before = text.get(..n.span.start).unwrap_or("");
            let unlabelled = match before.rsplit_once(':') {
                Some((cue, rest)) => {
                    let word = cue
                        .rsplit(|c: char| !c.is_alphabetic())
                        .next()
                        .unwrap_or("");
                    if word.len() < 2 || word.chars().any(char::is_lowercase) {
                        return false;
                    }
                    rest
                }
                None => before,
            };
            !unlabelled.chars().any(char::is_alphanumeric)
        });
        if !points_back
            && !opens_with_quantity
            && !there
            && !pronoun_subject
            && !opens_besides
            && !unwritten_money
        {
            return None;
        }
        // "Another", "a further": a quantity besides the one before, so not the figure the
        // sentence before states ("1.7 million children are in commercial sexual exploitation.
        // A further 1.3 million ...").
        let besides = text
            .split(|c: char| !c.is_alphanumeric())
            .take(4)
            .any(|w| in_list(english::BESIDES, w));
        Some(Leaning { besides })
    }
}

impl Leaning {
    /// `text` read as the sentence after `context` (the sentences before it in a document),
    /// as a reader reads it; `None` when the context does not change what it is about
    /// (the sentence alone stands). Only `text`'s quantities are checked and reported;
    /// spans are in `text`.
    pub(crate) fn read_after<'a>(
        &self,
        dataset: &'a Dataset,
        alone: &ClaimCheck<'_>,
        context: &str,
        text: &str,
    ) -> Option<ClaimCheck<'a>> {
        if context.trim().is_empty() {
            return None;
        }
        // (Without the list or section number that opens it, which would not open the joined
        // text: "4.2 ... 470 million. 4.3 That is ...".)
        let body = after_numbering(text);
        let lead = text.len() - body.len();
        let joined = format!("{context} {body}");
        let offset = context.len() + 1;
        let with_context = check_claim_in(dataset, &joined);
        let shift = |r: &Range<usize>| {
            r.start
                .checked_sub(offset)
                .map(|s| s + lead..r.end - offset + lead)
        };
        let mut numbers = Vec::new();
        let mut quantities = Vec::new();
        for (n, q) in with_context
            .numbers
            .into_iter()
            .zip(with_context.reading.quantities)
        {
            if let (Some(span), Some(qspan)) = (shift(&n.span), shift(&q.span)) {
                numbers.push(QuantityCheck { span, ..n });
                quantities.push(Quantity { span: qspan, ..q });
            }
        }
        // The context must not change what is read as a quantity of the sentence.
        if numbers.len() != alone.numbers.len() || numbers.iter().all(|n| n.figure.is_none()) {
            return None;
        }
        if self.besides {
            let before = check_claim_in(dataset, context);
            let stated = |f: &Figure| {
                before
                    .numbers
                    .iter()
                    .any(|b| b.figure.is_some_and(|g| g.id == f.id))
            };
            if numbers.iter().any(|n| n.figure.is_some_and(stated)) {
                return None;
            }
        }
        Some(decide(dataset, numbers, ClaimReading { quantities }))
    }
}

thread_local! {
    /// The sentence buffers [`check_claim_in`] reuses.
    static SCRATCH: std::cell::RefCell<Sentence> = std::cell::RefCell::new(Sentence::default());
}

/// Checks a sentence already read against the index.
fn check_read<'a>(
    dataset: &'a Dataset,
    index: &Index,
    sentence: &Sentence,
    text: &str,
) -> ClaimCheck<'a> {
    let (reading, keys) = read(index, sentence, text);
    if reading.quantities.is_empty() {
        return decide(dataset, Vec::new(), reading);
    }
    let scores = Scores::of(index, sentence, text);
    let at = Context {
        index,
        sentence,
        scores: &scores,
        text,
    };
    let numbers: Vec<QuantityCheck<'a>> = reading
        .quantities
        .iter()
        .zip(&keys)
        .map(|(q, k)| check_quantity(dataset, at, q, k, &[]))
        .collect();
    // A figure another quantity of the sentence states exactly is not one a quantity
    // contradicts with none of the figure's words in its own clause ("It was 119 countries,
    // ..., and more than 40 Member States have joined the Pathfinding Global Alliance": the
    // 119 countries are not the alliance's): that quantity is checked without it.
    // (Each figure so left out in turn: "733 million people faced hunger, while over 864
    // million experienced severe food insecurity and 2 billion lacked safe water" is
    // neither's.)
    let mut numbers = numbers;
    for i in 0..numbers.len() {
        let mut excluded: SmallVec<[usize; 4]> = SmallVec::new();
        while let Some(f) = numbers[i]
            .figure
            .filter(|_| numbers[i].verdict == Verdict::Contradicted)
        {
            let stated = numbers.iter().enumerate().any(|(j, n)| {
                j != i
                    && n.figure.is_some_and(|g| g.id == f.id)
                    && matches!(n.verdict, Verdict::Supported | Verdict::Rounded)
            });
            let Some(position) = dataset.figures().iter().position(|g| g.id == f.id) else {
                break;
            };
            let k = &keys[i];
            // (A word of that figure alone: "displaced" is said of two figures; not the whole of
            // a share, which says what it is a share of, not of what: "and spends 2 per cent *of
            // GDP* on child protection".)
            let whole_from = text_of_tok(sentence, k.after, text)
                .filter(|w| w.eq_ignore_ascii_case("of"))
                .map(|_| k.after + 1);
            let local = scores.of_figure(position, sentence).any(|(bits, m)| {
                bits & uses::WORD != 0
                    && m.first >= k.clause.0
                    && m.last <= k.clause.1
                    && index.word_users.get(m.phrase as usize) == Some(&1)
                    && !whole_from.is_some_and(|w| (w..w + 3).contains(&m.first))
            });
            // (Nor when its own clause says what the figure is: the change it states since the
            // figure's first year, "since 2014 profits from forced labour rose by $46 billion;
            // the report actually says $64 billion", or what the figure counts with a word of
            // the figure's and at most one other's, "2 million children are in forced commercial
            // sexual exploitation; the pack says 1.7 million".)
            let q = &reading.quantities[i];
            let keys_f = &index.figures[position];
            let states_the_change = q.is_change
                && keys_f.change.is_some()
                && q.change == keys_f.change
                && q.since == Some(keys_f.years.0);
            let counts_what_it_counts = k.counted.is_some_and(|m| {
                keys_f.counts.contains(&m.phrase)
                    && scores.of_figure(position, sentence).any(|(bits, w)| {
                        bits & uses::WORD != 0
                            && w.first >= k.clause.0
                            && w.last <= k.clause.1
                            && index
                                .word_users
                                .get(w.phrase as usize)
                                .is_some_and(|&n| n <= 2)
                    })
            });
            if !stated || local || states_the_change || counts_what_it_counts {
                break;
            }
            excluded.push(position);
            numbers[i] = check_quantity(dataset, at, q, k, &excluded);
        }
    }
    decide(dataset, numbers, reading)
}

/// The sentence's verdict from its quantities' (the rules' "The sentence").
fn decide<'a>(
    dataset: &'a Dataset,
    numbers: Vec<QuantityCheck<'a>>,
    reading: ClaimReading,
) -> ClaimCheck<'a> {
    let first = |v: Verdict| numbers.iter().position(|n| n.verdict == v);
    let deciding = first(Verdict::Contradicted)
        .or_else(|| first(Verdict::Unverifiable))
        .or_else(|| first(Verdict::Rounded))
        .or(if numbers.is_empty() { None } else { Some(0) });
    let Some(d) = deciding else {
        return ClaimCheck {
            verdict: Verdict::Unverifiable,
            figure: None,
            claimed: None,
            claimed_span: None,
            check: None,
            note: Some("no number found in the claim".to_owned()),
            review: None,
            numbers,
            reading,
            dataset,
        };
    };
    let n = &numbers[d];
    let figure = n.figure.filter(|_| n.verdict != Verdict::Unverifiable);
    let review = figure.and_then(|f| dataset.review_of(f));
    // A figure whose cited source says something else: say so next to the verdict.
    let review_note = review
        .filter(|r| r.status == ReviewStatus::Discrepancy)
        .map(|r| format!("note: {}", r.summary()));
    let note = match (&n.note, review_note) {
        (Some(a), Some(b)) => Some(format!("{a}; {b}")),
        (a, b) => a.clone().or(b),
    };
    ClaimCheck {
        verdict: n.verdict,
        figure,
        claimed: Some(n.claimed.clone()),
        claimed_span: Some(n.span.clone()),
        check: n.check.clone(),
        note,
        review,
        numbers,
        reading,
        dataset,
    }
}

/// Per figure of the index: how much of the sentence names what the figure is about, and
/// which words of the sentence its own phrases cover.
struct Scores {
    /// The number of words of the figure's distinct claim words the sentence has, each
    /// shared among the figures that use it.
    topic: SmallVec<[u32; 96]>,
    /// Every use of a matched phrase by a figure, `(figure, uses bits, match index)`, in
    /// match order.
    hits: SmallVec<[(u32, u8, u16); 32]>,
    /// The figures with a topic score: the only ones a quantity may be about.
    candidates: Few<usize>,
}

impl Scores {
    fn of(index: &Index, sentence: &Sentence, text: &str) -> Scores {
        // (Filled in place: `smallvec!` builds the array elsewhere and copies it.)
        let mut topic: SmallVec<[u32; 96]> = SmallVec::new();
        topic.resize(index.figures.len(), 0);
        let mut hits = SmallVec::with_capacity(sentence.matches.len() * 2);
        // (Only a sentence that says "top" can set a phrase aside "on top of" it.)
        let may_be_on_top = text.contains("top");
        for (i, m) in sentence.matches.iter().enumerate() {
            let Some(users) = index.used_by.get(m.phrase as usize) else {
                continue;
            };
            // A phrase the sentence sets aside is not what it is about ("forced labour
            // exploitation *other than* commercial sexual exploitation").
            let word = |j: usize| text_of_tok(sentence, j, text).unwrap_or("");
            // ("... on top of those in commercial sexual exploitation": past the words that
            // lead to the phrase.)
            let on_top_of = may_be_on_top && {
                let mut j = m.first;
                while j > 0 && m.first - j < 4 && in_list(english::LEADING_TO_A_PHRASE, word(j - 1))
                {
                    j -= 1;
                }
                j >= 3
                    && word(j - 1).eq_ignore_ascii_case("of")
                    && word(j - 2).eq_ignore_ascii_case("top")
                    && word(j - 3).eq_ignore_ascii_case("on")
            };
            let set_aside = on_top_of
                || (m.first.saturating_sub(2)..m.first).any(|j| {
                    let w = word(j);
                    in_list(english::SET_ASIDE, w)
                        || (w.eq_ignore_ascii_case("than")
                            && j > 0
                            && in_list(english::BEFORE_THAN, word(j - 1)))
                });
            if set_aside {
                continue;
            }
            // A phrase counts once, for its length shared among the figures that use it: a
            // word of one figure says more than a word of ten.
            let fresh = !sentence.matches[..i].iter().any(|p| p.phrase == m.phrase);
            let weight = index.weight_of(m.phrase);
            for &(f, bits) in users {
                if fresh && bits & uses::WORD != 0 {
                    topic[f as usize] += weight;
                }
                hits.push((f, bits, i as u16));
            }
        }
        let candidates = (0..topic.len()).filter(|&f| topic[f] > 0).collect();
        Scores {
            topic,
            hits,
            candidates,
        }
    }

    /// The uses of matched phrases by figure `f`, as `(uses bits, match)`.
    fn of_figure<'s>(
        &'s self,
        f: usize,
        sentence: &'s Sentence,
    ) -> impl Iterator<Item = (u8, &'s Mention)> + 's {
        self.hits
            .iter()
            .filter(move |&&(g, _, _)| g as usize == f)
            .filter_map(|&(_, bits, i)| sentence.matches.get(usize::from(i)).map(|m| (bits, m)))
    }

    /// Whether figure `f`'s own words and places cover the whole of mention `m`.
    fn covers(&self, f: usize, sentence: &Sentence, m: &Mention) -> bool {
        self.of_figure(f, sentence).any(|(bits, c)| {
            bits & (uses::WORD | uses::PLACE) != 0 && c.first <= m.first && m.last <= c.last
        })
    }
}

/// What a figure is matched against: the index, the sentence read and its scores.
#[derive(Clone, Copy)]
struct Context<'s> {
    index: &'s Index,
    sentence: &'s Sentence,
    scores: &'s Scores,
    text: &'s str,
}

/// The text of token `i` of a sentence.
fn text_of_tok<'t>(sentence: &Sentence, i: usize, text: &'t str) -> Option<&'t str> {
    let t = sentence.toks.get(i)?;
    text.get(t.start..t.end)
}

/// Why a figure is not the one a quantity is about.
enum Mismatch {
    Unit,
    Counted(Mention),
    Excluded(Mention),
    Outcome(usize),
    CountedWord(usize),
    About(Mention),
    Counts(Mention),
    CountsMissing,
    Place(Option<Mention>),
    Period(u16, u16),
    Since(u16),
    Level,
    Change,
    Part,
    Earlier,
    Derived,
    Own,
}

/// Claim units that can be checked against a figure unit.
fn unit_fits(claim: Unit, figure: Unit) -> bool {
    let share = |u| matches!(u, Unit::Percent | Unit::OneIn);
    claim == figure || (share(claim) && share(figure))
}

/// The first thing figure `f` and the quantity disagree on, or `None` when they agree.
fn mismatch(
    at: &Context<'_>,
    f: usize,
    keys: &FigureKeys,
    q: &Quantity,
    k: &Keys,
    forward: &[Mention],
) -> Option<Mismatch> {
    let Context {
        index,
        sentence,
        scores,
        ..
    } = *at;
    // (A bare count may be an age: "lowered the voting age to 16"; "vote *at* 16", "the
    // Office *turned* 15", a count of nothing after "at" or "turned".)
    let at_age = || {
        let first = sentence.toks.partition_point(|t| t.start < q.span.start);
        k.counted.is_none()
            && q.claimed.value < 130.0
            && first > 0
            && text_of_tok(sentence, first - 1, at.text)
                .is_some_and(|w| in_list(english::BEFORE_AN_AGE, w))
    };
    let age = q.claimed.unit == Unit::Count
        && keys.unit == Unit::Years
        && (sentence.toks.iter().any(|t| t.roles & role::AGE != 0) || at_age());
    if !(unit_fits(q.claimed.unit, keys.unit) || age) || q.upper.is_some() != keys.range {
        return Some(Mismatch::Unit);
    }
    // Pounds, or weeks, days or hours: a unit no figure has.
    if k.foreign_unit {
        return Some(Mismatch::Unit);
    }
    // A part of an amount the sentence states: no figure of the report is one.
    if k.part {
        return Some(Mismatch::Part);
    }
    // The undated level a change starts from: the report gives the level it reaches.
    if k.earlier {
        return Some(Mismatch::Earlier);
    }
    // A sum of the sentence's other numbers: derived, never supported or contradicted.
    if k.derived {
        return Some(Mismatch::Derived);
    }
    // The writer's own number: "*our* 300 volunteers", "*we spent* £412,000".
    if k.writers_own {
        return Some(Mismatch::Own);
    }
    let in_region = |m: &Mention, (a, b): (usize, usize)| m.first >= a && m.last <= b;
    // A word that marks another measure ("spends" for a cost).
    // (Not one the sentence sets aside: "all forms of trafficking, *including* trafficking
    // in children", "forced labour as a whole, *not to* trafficking in children".)
    // (Nor one a comparison follows, which says what is compared: "US$64 billion more *each
    // year than* in 2014" is the yearly level against 2014's, not a rise every year.)
    let set_aside = |m: &Mention| {
        (m.first.saturating_sub(2)..m.first).any(|i| {
            text_of_tok(sentence, i, at.text).is_some_and(|w| in_list(english::KEEPS_OUT, w))
        }) || text_of_tok(sentence, m.last, at.text).is_some_and(|w| w.eq_ignore_ascii_case("than"))
    };
    if let Some((_, m)) = scores
        .of_figure(f, sentence)
        .find(|(bits, m)| bits & uses::EXCLUDES != 0 && in_region(m, k.said) && !set_aside(m))
    {
        return Some(Mismatch::Excluded(*m));
    }
    // What the sentence says happened to the people counted, where the figure says no such
    // thing ("473 million children have been *killed*": the report's 473 million live in
    // conflict-affected areas).
    if let Some(i) = (k.said.0..k.said.1.min(sentence.toks.len())).find(|&i| {
        let t = &sentence.toks[i];
        t.roles & role::OUTCOME != 0 && !keys.outcomes.contains(&t.term)
    }) {
        return Some(Mismatch::Outcome(i));
    }
    // What follows the quantity says it is about another figure ("..., and half of them
    // have been displaced").
    let inside_population = |m: &Mention| {
        sentence.mentions.iter().any(|p| {
            p.first <= m.first
                && m.last <= p.last
                && index.roles_of(p.phrase) & (role::POPULATION | role::NAME) != 0
        })
    };
    // (What a figure alone counts says what the number is about: "three online dialogues".)
    let own = k.counted.is_some_and(|m| {
        keys.counts.contains(&m.phrase)
            && index.used_by.get(m.phrase as usize).is_some_and(|users| {
                users
                    .iter()
                    .filter(|(_, bits)| bits & uses::COUNTS != 0)
                    .count()
                    <= 2
            })
    }) || scores
        .of_figure(f, sentence)
        .any(|(bits, m)| bits & uses::WORD != 0 && in_region(m, k.own) && !inside_population(m));
    if !own
        && let Some(m) = forward.iter().find(|m| {
            index.used_by.get(m.phrase as usize).is_some_and(|users| {
                users
                    .iter()
                    .any(|&(g, bits)| g as usize != f && bits & uses::WORD != 0)
            }) && !keys.places.contains(&m.phrase)
                && !keys.counts.contains(&m.phrase)
                && !keys.among.contains(&m.phrase)
        })
    {
        return Some(Mismatch::About(*m));
    }
    // The name of what another figure alone is about, in the quantity's own words before it
    // or after it, when nothing but what the quantity counts is the figure's ("The
    // *Pathfinding Global Alliance* has 63 ministers", "The *Bogota Call to Action* has been
    // signed by 55 ministers", "Over 40 partner organizations have joined the *Pathfinding
    // Global Alliance*"): the number is about that, not the figure.
    let first = sentence.toks.partition_point(|t| t.start < q.span.start);
    let past = sentence.toks.partition_point(|t| t.start < q.span.end);
    // (Not the end of a longer name: "the Global Report *on Trafficking in Persons*".)
    let capitalised = |i: usize| {
        text_of_tok(sentence, i, at.text).is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    let inside_a_name = |m: &Mention| {
        m.first >= 2
            && text_of_tok(sentence, m.first - 1, at.text)
                .is_some_and(|w| in_list(english::INSIDE_A_NAME, w))
            && capitalised(m.first - 2)
    };
    let named = |m: &&Mention| {
        !inside_a_name(m)
            && m.first >= k.own.0
            && (m.last <= first || (m.first >= past && m.last <= k.own.1.min(k.own_end)))
            && m.last - m.first >= 2
            && text_of_tok(sentence, m.first, at.text)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && index.word_users.get(m.phrase as usize) == Some(&1)
            && index.used_by.get(m.phrase as usize).is_some_and(|users| {
                users
                    .iter()
                    .all(|&(g, bits)| g as usize != f && bits & uses::WORD != 0)
            })
    };
    let within = |w: &Mention, m: &Mention| m.first <= w.first && w.last <= m.last;
    if let Some(m) = sentence.matches.iter().find(named)
        && !scores.of_figure(f, sentence).any(|(bits, w)| {
            bits & uses::WORD != 0 && !k.counted.is_some_and(|c| within(w, &c)) && !within(w, m)
        })
    {
        return Some(Mismatch::About(*m));
    }
    // Its words only in a clause of its own after the quantity ("Some 120 countries gathered
    // in Bogota*, and governments signed up to a call to action*"): said of that clause.
    if k.own_end < sentence.toks.len() {
        let mut words = scores
            .of_figure(f, sentence)
            .filter(|(bits, w)| bits & uses::WORD != 0 && Some(**w) != k.counted)
            .map(|(_, w)| w);
        if let Some(w) = words.next()
            && w.first >= k.own_end
            && words.all(|w| w.first >= k.own_end)
        {
            return Some(Mismatch::About(*w));
        }
    }
    // What it counts: the population right after a count is what the figure counts; right
    // after a share, the whole it is a share of ("38% *of victims*", not "38% *of
    // children*"); every other population of the clause is the figure's (a duration counts
    // none); and the sentence names what the figure counts.
    // "38% *of* victims" and "1 in 3 victims" name the whole; "38% are children" and
    // "14.6% – the share of children among migrants" the part.
    let whole = k.counted.filter(|m| {
        let after = sentence.toks.partition_point(|t| t.start < q.span.end);
        q.claimed.unit == Unit::OneIn
            || (m.first > after
                && sentence
                    .toks
                    .get(after)
                    .zip(text_of_tok(sentence, after, at.text))
                    .is_some_and(|(_, w)| w.eq_ignore_ascii_case("of"))
                && (after..m.first).all(|i| {
                    // ("of *the world's* children": past a possessive too, and the words of
                    // a place before it, "of *sub-Saharan Africa's* children".)
                    sentence
                        .toks
                        .get(i)
                        .is_some_and(|t| t.roles & role::OF != 0)
                        || sentence.mentions.iter().any(|p| {
                            p.first <= i
                                && i < p.last
                                && index.roles_of(p.phrase) & role::PLACE != 0
                        })
                        || text_of_tok(sentence, i, at.text).is_some_and(|w| {
                            w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'")
                        })
                }))
    });
    // Right after a count, a phrase another figure counts or is about ("83 *child
    // helplines*" is not 83 countries).
    if keys.unit == Unit::Count
        && let Some(m) = sentence.matches.iter().find(|m| {
            m.first == k.after
                && index.used_by.get(m.phrase as usize).is_some_and(|users| {
                    users
                        .iter()
                        .any(|&(_, bits)| bits & (uses::WORD | uses::COUNTS) != 0)
                })
                && index.roles_of(m.phrase) & role::PLACE == 0
        })
        && !keys.counts.contains(&m.phrase)
        && !keys.among.contains(&m.phrase)
        // (A participle of the figure's own says what the counted people are: "3.1 million
        // *internally displaced*".)
        && !(keys.words.contains(&m.phrase)
            && text_of_tok(sentence, m.last - 1, at.text).is_some_and(|w| w.ends_with("ed")))
        // (One word only when it is a plural: "90 *commitments*" is not 90 countries; nor a
        // phrase of the figure's own that names no plural, a verb left out: "and more than
        // 860 million [faced] *severe food insecurity*".)
        && ((index.len_of(m.phrase) > 1
            && !(keys.words.contains(&m.phrase)
                && text_of_tok(sentence, m.last - 1, at.text)
                    .is_some_and(|w| !looks_plural(w))))
            || text_of_tok(sentence, m.first, at.text)
                .is_some_and(|w| w.len() > 3 && looks_plural(w)))
        // (unless it only qualifies what the figure counts: "50 *State-led* national
        // preparatory processes"; not "55 commitments *for* governments", what follows a
        // preposition).
        && !sentence.matches.iter().any(|c| {
            c.first >= m.last
                && c.first <= m.last + 3
                && keys.counts_or_among(c.phrase)
                && !(m.last..c.first).any(|j| {
                    sentence
                        .toks
                        .get(j)
                        .is_some_and(|t| t.roles & role::OBJECT != 0)
                })
        })
    {
        return Some(Mismatch::Counted(*m));
    }
    // The whole of a share, named by another figure's words ("37 per cent *of all
    // trafficking profits*", "of the global trafficking economy"): a share of something
    // else than what the figure is a share of.
    if matches!(q.claimed.unit, Unit::Percent | Unit::OneIn) && k.counted.is_none() {
        let after = sentence.toks.partition_point(|t| t.start < q.span.end);
        let is = |i: usize, w: &str| {
            text_of_tok(sentence, i, at.text).is_some_and(|t| t.eq_ignore_ascii_case(w))
        };
        if is(after, "of") {
            let mut j = after + 1;
            while j < after + 3
                && text_of_tok(sentence, j, at.text)
                    .is_some_and(|w| in_list(english::BEFORE_A_WHOLE, w))
            {
                j += 1;
            }
            // (Past a possessive: "37 per cent of forced labour's *illegal profits*".)
            if let Some(p) = (j..j + 3).find(|&i| {
                text_of_tok(sentence, i, at.text)
                    .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
            }) {
                j = p + 1;
            }
            // (Three words on only without a mark between: "of forced labour *profits*",
            // not "6pc of GDP: what violence *costs*".)
            let unmarked = |m: &Mention| {
                m.first < j + 2
                    || (j + 1..=m.first).all(|x| sentence.toks.get(x).is_some_and(|t| t.gap == 0))
            };
            if let Some(m) = sentence.matches.iter().find(|m| {
                (j..j + 3).contains(&m.first)
                    && unmarked(m)
                    && index.roles_of(m.phrase) & (role::POPULATION | role::PLACE | role::NAME) == 0
                    && index
                        .used_by
                        .get(m.phrase as usize)
                        .is_some_and(|users| users.iter().any(|&(_, bits)| bits & uses::WORD != 0))
                    && !keys.words.contains(&m.phrase)
                    && !keys.among.contains(&m.phrase)
                    && !keys.counts.contains(&m.phrase)
                    && !scores.covers(f, sentence, m)
            }) {
                return Some(Mismatch::About(*m));
            }
        }
    }
    // Right after a count, a plural noun no list knows ("two hundred *questions*", "200
    // civil society *groups*"), or the whole of a share ("a third of those *referrals*"): it
    // counts something the report does not.
    // (Not a word of the figure's own: "five-year *plans*" of a figure about a plan.)
    let own_word = |i: usize| {
        sentence
            .matches
            .iter()
            .any(|m| m.first <= i && i < m.last && keys.owns(m.phrase))
    };
    if let Some(i) = k
        .unknown_noun
        .filter(|&i| keys.unit == Unit::Count && !own_word(i))
        .or(k.unknown_whole)
    {
        return Some(Mismatch::CountedWord(i));
    }
    // (A duration written as an adjective says what lasts, not what is counted: "a 15-month
    // preparation *process*".)
    let lasting = matches!(keys.unit, Unit::Years | Unit::Months)
        && ["-month", "-year", "‑month", "‑year"]
            .iter()
            .any(|w| q.text.contains(w));
    if let Some(m) = k.counted.as_ref().filter(|_| !lasting) {
        let of = whole.is_some();
        let fits = match keys.unit {
            Unit::Count => keys.counts.contains(&m.phrase),
            Unit::Percent if of && !keys.among.is_empty() => keys.among.contains(&m.phrase),
            _ => keys.counts_or_among(m.phrase),
        };
        if !fits && !scores.covers(f, sentence, m) {
            return Some(Mismatch::Counted(*m));
        }
    }
    // A count whose own noun is what the figure counts ("five *advocacy briefs*", "two
    // *interlinked factors*") says what it counts: a population written as a possessive
    // in its clause is what it is said of ("children's deprivation of liberty",
    // "children's vulnerability"), not what it counts.
    let counted_own = keys.unit == Unit::Count
        && k.counted
            .is_some_and(|m| keys.counts.contains(&m.phrase) && m.first == k.after);
    let possessive = |m: &Mention| {
        text_of_tok(sentence, m.last - 1, at.text)
            .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'"))
    };
    // A multiple said of the group the figure compares with ("Trafficked *adults* face
    // violence at almost twice the rate of children"): the comparison read the other way.
    if keys.unit == Unit::Times {
        let start = sentence.toks.partition_point(|t| t.start < q.span.start);
        if let Some(m) = k.populations.iter().find(|m| {
            m.last <= start && keys.among.contains(&m.phrase) && !keys.counts.contains(&m.phrase)
        }) {
            return Some(Mismatch::Counts(*m));
        }
    }
    if !matches!(keys.unit, Unit::Years | Unit::Months) {
        for m in &k.populations {
            // (Nor a population before it: "According to the *organization*, ... 15,000
            // children", "every relevant *actor* ... three interlinked factors".)
            // (Nor one in what the counted said or did, a verb and a "what" clause: "child
            // helplines in 38 countries *shared what* children told them".)
            let past_a_verb = || {
                k.counted.is_some_and(|c| {
                    (c.last..m.first).any(|j| {
                        sentence
                            .toks
                            .get(j)
                            .is_some_and(|t| t.roles & (role::POPULATION | role::PLACE) == 0)
                            && text_of_tok(sentence, j, at.text).is_some_and(looks_like_a_verb)
                            && text_of_tok(sentence, j + 1, at.text)
                                .is_some_and(|w| in_list(english::CONTENT_CLAUSE, w))
                    })
                })
            };
            if counted_own
                && Some(*m) != k.counted
                && (possessive(m) || m.last <= k.after || past_a_verb())
            {
                continue;
            }
            let own = keys.counts_or_among(m.phrase);
            if !own && !scores.covers(f, sentence, m) {
                return Some(Mismatch::Counts(*m));
            }
        }
    }
    // (A word inside a name, such as "child" in "child trafficking", does not say it.)
    let inside_name = |m: &Mention| {
        sentence.mentions.iter().any(|n| {
            n != m
                && n.first <= m.first
                && m.last <= n.last
                && index.roles_of(n.phrase) & role::NAME != 0
        })
    };
    // A sentence that names no population at all says what it counts through another
    // ("Another 3.1 million are living in internal displacement"); one that names the whole
    // of a share says it ("In sub-Saharan Africa it's 61% of detected victims").
    let names_population = sentence
        .mentions
        .iter()
        .any(|m| index.roles_of(m.phrase) & role::POPULATION != 0 && !inside_name(m));
    // (Nor does a population the sentence is about: "had heard the word used *about
    // children*"; but "the figure *is about* people" says what it counts.)
    let topic = |m: &Mention| {
        m.first > 1
            && text_of_tok(sentence, m.first - 1, at.text)
                .is_some_and(|w| in_list(english::ABOUT, w))
            && !text_of_tok(sentence, m.first - 2, at.text).is_some_and(|w| in_list(english::BE, w))
    };
    let says_what_it_counts = scores
        .of_figure(f, sentence)
        .any(|(bits, m)| bits & uses::COUNTS != 0 && !inside_name(m) && !topic(m));

    if !keys.counts.is_empty() && names_population && !says_what_it_counts {
        return Some(Mismatch::CountsMissing);
    }
    // The place.
    for m in &k.places {
        if !keys.places.contains(&m.phrase) && !scores.covers(f, sentence, m) {
            return Some(Mismatch::Place(Some(*m)));
        }
    }
    let named = k.places.iter().any(|m| keys.places.contains(&m.phrase));
    if !named && !keys.placeless {
        return Some(Mismatch::Place(None));
    }
    // The period: a year after the report's dates a target, not the quantity, unless the
    // figure's own years reach it.
    if let Some((a, b)) = q.years {
        let last = if keys.years.1 > index.current.1 || k.future {
            b
        } else {
            b.min(index.current.1)
        };
        if a <= last {
            let (fa, fb) = keys.years;
            // (A count over a span of years is for that span: "born as refugees between
            // 2019 and 2024" is not the count for 2018-2023.)
            let other_span = a < b && fa < fb && keys.change.is_none() && (a, b) != (fa, fb);
            if last < fa || a > fb || (k.one_year && fa != fb) || other_span {
                return Some(Mismatch::Period(a, last));
            }
        }
    }
    if let (Some(since), Some(_)) = (q.since, keys.change)
        && keys.dated
        && since != keys.years.0
    {
        return Some(Mismatch::Since(since));
    }
    // A change over a range of years is a change from its first year ("rose 37 per cent
    // *between 2004 and 2024*" is not the rise since 2014).
    if let (Some((a, b)), Some(_)) = (q.years, keys.change)
        && keys.dated
        && a < b
        && a != keys.years.0
        && q.is_change
    {
        return Some(Mismatch::Period(a, b));
    }
    // A level is not a change.
    match keys.change {
        Some(_) if !k.maybe_change => return Some(Mismatch::Level),
        None if q.is_change && keys.unit != Unit::Times && !keys.additive => {
            return Some(Mismatch::Change);
        }
        _ => {}
    }
    None
}

/// How close two values are, 0 (far) to 100 (equal), comparing orders of magnitude.
fn closeness(claimed: &Claimed, figure: &Figure) -> i64 {
    let (a, b) = if claimed.unit == figure.unit {
        (claimed.value, figure.value)
    } else {
        (100.0 / claimed.value, figure.value)
    };
    if a <= 0.0 || b <= 0.0 || !a.is_finite() || !b.is_finite() {
        return 0;
    }
    // (An order of magnitude apart or more is 0, without the logarithm.)
    let ratio = a / b;
    if !(0.1..10.0).contains(&ratio) {
        return 0;
    }
    let distance = (a / b).log10().abs();
    (100.0 - distance * 100.0).clamp(0.0, 100.0) as i64
}

/// Checks one quantity against the figures of the index, the figures at `excluded` left out.
fn check_quantity<'a>(
    dataset: &'a Dataset,
    at: Context<'_>,
    q: &Quantity,
    k: &Keys,
    excluded: &[usize],
) -> QuantityCheck<'a> {
    let Context {
        index,
        sentence,
        scores,
        text,
    } = at;
    let figures = dataset.figures();
    // The distinctive words (of at most three figures) that follow the quantity, but not
    // the words of a population or a name ("trafficked" in "trafficked children", "sexual
    // exploitation" in "online child sexual exploitation"): what the sentence says the
    // number is about.
    let forward: Few<Mention> = sentence
        .matches
        .iter()
        .filter(|m| m.first >= k.about.0 && m.last <= k.about.1)
        .filter(|m| {
            index
                .word_users
                .get(m.phrase as usize)
                .is_some_and(|&n| (1..=3).contains(&n))
        })
        .filter(|m| {
            !sentence.mentions.iter().any(|p| {
                p.first <= m.first
                    && m.last <= p.last
                    && index.roles_of(p.phrase) & (role::POPULATION | role::NAME) != 0
            })
        })
        .copied()
        .collect();
    // Every candidate's score, best first (ties: report order); the first that agrees on
    // everything is the match, so the rest need not be examined.
    // Per figure, in one pass over the matched phrases' uses: the weight of its words in
    // the quantity's own clause, which say more than words elsewhere, and the number of its
    // own places the sentence names, which say a little more (they never make a figure a
    // candidate).
    let mut local_of: SmallVec<[i64; 96]> = SmallVec::new();
    local_of.resize(index.figures.len(), 0);
    let mut places_of: SmallVec<[i64; 96]> = SmallVec::new();
    places_of.resize(index.figures.len(), 0);
    if !scores.candidates.is_empty() {
        for &(g, bits, i) in &scores.hits {
            let Some(m) = sentence.matches.get(usize::from(i)) else {
                continue;
            };
            let g = g as usize;
            if bits & uses::WORD != 0
                && m.first >= k.clause.0
                && m.last <= k.clause.1.max(k.forward.1).min(k.own_end)
                && let Some(local) = local_of.get_mut(g)
            {
                *local += i64::from(index.weight_of(m.phrase));
            }
            if bits & uses::PLACE != 0
                && let Some(placed) = places_of.get_mut(g)
            {
                *placed += 1;
            }
        }
    }
    let mut ranked: SmallVec<[(i64, usize); 8]> = scores
        .candidates
        .iter()
        .filter(|f| !excluded.contains(f))
        .filter_map(|&f| {
            let keys = index.figures.get(f)?;
            let figure = figures.get(f)?;
            let topic = i64::from(scores.topic[f]);
            let counted = k.counted.is_some_and(|m| keys.counts.contains(&m.phrase));
            let local = local_of.get(f).copied().unwrap_or(0);
            let placed = 60 * places_of.get(f).copied().unwrap_or(0);
            // (Between figures the words fit as well, a count of a part of a whole the
            // sentence does not name comes after: "a talking shop for 20 countries" is about
            // the conference's countries, not those of the children it consulted.)
            let whole_unnamed = keys.unit == Unit::Count
                && !keys.among.is_empty()
                && !sentence
                    .matches
                    .iter()
                    .any(|m| keys.among.contains(&m.phrase));
            let score = ((topic + placed + 10 * local) * 10
                + if counted { 5 } else { 0 }
                + if whole_unnamed { 0 } else { 2 })
                * 1000
                + closeness(&q.claimed, figure);
            Some((score, f))
        })
        .collect();
    ranked.sort_by_key(|&(score, f)| (std::cmp::Reverse(score), f));
    let mut best: Option<(i64, usize)> = None;
    // The nearest figure, for a quantity that matches none: most words in common, a figure
    // whose unit fits before one whose unit does not.
    let mut nearest: Option<(usize, Mismatch)> = None;
    let mut nearest_fits = false;
    for &(score, f) in &ranked {
        let Some(keys) = index.figures.get(f) else {
            continue;
        };
        match mismatch(&at, f, keys, q, k, &forward) {
            None => {
                best = Some((score, f));
                break;
            }
            Some(why) => {
                let fits = !matches!(why, Mismatch::Unit);
                if nearest.is_none() || (fits && !nearest_fits) {
                    nearest = Some((f, why));
                    nearest_fits = fits;
                }
            }
        }
    }
    if let Some((_, f)) = best {
        let figure = &figures[f];
        let keys = &index.figures[f];
        if let (Some(stated), Some(reported)) = (q.change, keys.change)
            && stated != reported
        {
            let word = |c: Change| match c {
                Change::Rise => "a rise",
                Change::Fall => "a fall",
            };
            return QuantityCheck {
                span: q.span.clone(),
                claimed: q.claimed.clone(),
                verdict: Verdict::Contradicted,
                figure: Some(figure),
                check: Some(ValueCheck {
                    verdict: Verdict::Contradicted,
                    direction: None,
                    difference: None,
                    relative_difference: None,
                    compared_in: Some(figure.unit),
                    note: Some(format!(
                        "the report gives {}, the claim {}",
                        word(reported),
                        word(stated)
                    )),
                }),
                nearest: None,
                note: Some(format!(
                    "the claim states {} where the report gives {} of {}",
                    word(stated),
                    word(reported),
                    figure.as_written
                )),
            };
        }
        // A bare count matched to an age is that many years.
        let claimed = if q.claimed.unit == Unit::Count && figure.unit == Unit::Years {
            Claimed {
                unit: Unit::Years,
                ..q.claimed.clone()
            }
        } else {
            q.claimed.clone()
        };
        let check = match q.upper {
            Some(upper) => range_check(figure, &claimed, upper),
            None => figure.check(&claimed),
        };
        return QuantityCheck {
            span: q.span.clone(),
            claimed: q.claimed.clone(),
            verdict: check.verdict,
            figure: Some(figure),
            check: Some(check),
            nearest: None,
            note: None,
        };
    }
    let (near, note) = match nearest {
        Some((f, why)) => {
            let figure = &figures[f];
            (Some(figure), reason(figure, why, q, sentence, text))
        }
        None => (
            None,
            "the report has no figure about what the claim describes".to_owned(),
        ),
    };
    QuantityCheck {
        span: q.span.clone(),
        claimed: q.claimed.clone(),
        verdict: Verdict::Unverifiable,
        figure: None,
        check: None,
        nearest: near,
        note: Some(note),
    }
}

/// The note of an unverifiable quantity: why the nearest figure is not the one.
fn reason(figure: &Figure, why: Mismatch, q: &Quantity, sentence: &Sentence, text: &str) -> String {
    let said = |m: Mention| {
        let toks = &sentence.toks;
        match (
            toks.get(m.first),
            m.last.checked_sub(1).and_then(|l| toks.get(l)),
        ) {
            (Some(a), Some(b)) => text.get(a.start..b.end).unwrap_or("").to_owned(),
            _ => String::new(),
        }
    };
    let gives = format!("the report gives {}", figure.as_written);
    let id = &figure.id;
    match why {
        Mismatch::Unit => format!(
            "the report's figure on this ({id}) is in {}, and the claim states no number in that unit",
            figure.unit
        ),
        Mismatch::Counts(m) => format!("{gives} for {}, not {}: {id}", figure.population, said(m)),
        Mismatch::Counted(m) => match figure.unit {
            Unit::Percent | Unit::OneIn => format!(
                "{gives} as a share of {}, not of {}: {id}",
                figure
                    .among
                    .first()
                    .map_or(figure.population.as_ref(), |a| a.as_ref()),
                said(m)
            ),
            _ => format!("{gives} for {}, not {}: {id}", figure.population, said(m)),
        },
        Mismatch::Excluded(m) => format!(
            "{gives} for {}; \"{}\" is another measure: {id}",
            figure.measure.to_lowercase(),
            said(m)
        ),
        Mismatch::CountedWord(i) => format!(
            "{gives} for {}, not {}: {id}",
            figure.population,
            text_of_tok(sentence, i, text).unwrap_or("")
        ),
        Mismatch::Outcome(i) => format!(
            "{gives} for {}; \"{}\" is another measure: {id}",
            figure.measure.to_lowercase(),
            text_of_tok(sentence, i, text).unwrap_or("").to_lowercase()
        ),
        Mismatch::About(m) => format!(
            "{gives} for {}, and the claim says the number is about {}: {id}",
            figure.measure.to_lowercase(),
            said(m)
        ),
        Mismatch::CountsMissing => format!(
            "the claim does not say what it counts; {gives} for {}: {id}",
            figure.population
        ),
        Mismatch::Place(Some(m)) => {
            format!("{gives} for {}, not {}: {id}", figure.geography, said(m))
        }
        Mismatch::Place(None) => format!(
            "{gives} for {}, and the claim names no such place: {id}",
            figure.geography
        ),
        Mismatch::Period(a, b) => {
            let years = if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            };
            let mut note = match (&figure.period, figure.year_from.or(figure.year_to)) {
                (Some(period), Some(_)) => format!("{gives} for {period}, not {years}: {id}"),
                (Some(period), None) => {
                    format!("{gives} ({period}) as the current level, not for {years}: {id}")
                }
                (None, Some(y)) => format!("{gives} for {y}, not {years}: {id}"),
                (None, None) => format!("{gives} as the current level, not for {years}: {id}"),
            };
            if let Some(d) = derived_values()
                .into_iter()
                .find(|d| d.inputs.contains(&figure.id.as_ref()) && d.id.contains(years.as_str()))
            {
                note.push_str(&format!(
                    " (the report implies {} for {years}, a derived value: {}; a derived number does not decide a verdict)",
                    Claimed::new(d.value, d.unit).describe(),
                    d.id
                ));
            }
            note
        }
        Mismatch::Since(year) => format!(
            "{gives} since {}, not since {year}: {id}",
            figure.year_from.map_or(String::new(), |y| y.to_string())
        ),
        Mismatch::Own => format!(
            "the number is the writer's own (\"my\", \"our\"), not the report's; the nearest figure: {id}"
        ),
        Mismatch::Part => format!(
            "the claim gives a part of an amount it states (\"of it\", \"of that\"), which the report does not; the nearest figure: {id}"
        ),
        Mismatch::Derived => format!(
            "the claim's number is the sum of two of its others, a derived number the report does not give; the nearest figure: {id}"
        ),
        Mismatch::Earlier => format!(
            "the claim states the level a change starts from, which the report does not give; the nearest figure: {id}"
        ),
        Mismatch::Level => format!("{gives} as a change, and the claim states a level: {id}"),
        Mismatch::Change => format!(
            "{gives} as a level, and the claim states a change{}: {id}",
            match q.change {
                Some(Change::Rise) => " (a rise)",
                Some(Change::Fall) => " (a fall)",
                None => "",
            }
        ),
    }
}

/// A range ("15–24 years") against a figure printed as a range: supported when both ends are
/// the report's, contradicted otherwise.
fn range_check(figure: &Figure, claimed: &Claimed, upper: f64) -> ValueCheck {
    let reported_upper = figure.value_upper.unwrap_or(figure.value);
    let same = claimed.value == figure.value && upper == reported_upper;
    let difference = if claimed.value != figure.value {
        claimed.value - figure.value
    } else {
        upper - reported_upper
    };
    ValueCheck {
        verdict: if same {
            Verdict::Supported
        } else {
            Verdict::Contradicted
        },
        direction: match (same, difference > 0.0) {
            (true, _) => None,
            (false, true) => Some(Direction::Overstated),
            (false, false) => Some(Direction::Understated),
        },
        difference: Some(difference),
        relative_difference: (figure.value != 0.0).then(|| difference / figure.value),
        compared_in: Some(figure.unit),
        note: None,
    }
}
