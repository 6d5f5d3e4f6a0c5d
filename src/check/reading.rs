//! What a sentence says: its quantities, and for each what it counts, where, when and which
//! way it moves. The claim checker explains its verdict from this reading.

use std::ops::Range;

use serde::Serialize;
use smallvec::SmallVec;

use crate::check::number::read_numbers;
use crate::check::quantity;
use crate::check::quantity::{in_list, looks_like_a_verb};
use crate::check::verdict::Claimed;
use crate::dataset::Dataset;
use crate::lexicon::{Index, Mention, Sentence, english, mark, role};
use crate::record::{Change, Unit};

/// What the claim checker read from a sentence: every quantity in it, each with what it
/// counts, its place, its years and the direction of a change. See
/// [`read_claim`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ClaimReading {
    /// The quantities, in the order they stand. Dates, years used as dates, document
    /// symbols, paragraph, footnote and target numbers are not quantities.
    pub quantities: Vec<Quantity>,
}

/// One quantity of a sentence, as read.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Quantity {
    /// Its value, unit, hedge and precision.
    pub claimed: Claimed,
    /// Its byte range in the sentence, hedge and unit words included.
    pub span: Range<usize>,
    /// The quantity as written (the text of `span`).
    pub text: String,
    /// The upper end of a range ("aged 15–24": 15 to 24 years), `None` for one number.
    pub upper: Option<f64>,
    /// The ISO 4217 code of its currency, for an amount of money.
    pub currency: Option<&'static str>,
    /// What it counts, as the sentence says it (`children`, `people`, `ministers`), when the
    /// sentence names it.
    pub counts: Option<String>,
    /// Every population the sentence names around it (its clause).
    pub populations: Vec<String>,
    /// The places the sentence names for it; empty when it names none.
    pub places: Vec<String>,
    /// `true` when the sentence says it is about the whole world ("worldwide", "globally").
    pub worldwide: bool,
    /// The years the sentence dates it to (`in 2014` is 2014–2014, `between 2018 and 2023`
    /// 2018–2023).
    pub years: Option<(u16, u16)>,
    /// The year of a "since", for a change.
    pub since: Option<u16>,
    /// The direction of a change the sentence states for it ("rose", "fell", "doubled").
    pub change: Option<Change>,
    /// `true` when the sentence states it as a change ("rose *by* 37%", "an increase of
    /// US$64 billion") rather than a level.
    pub is_change: bool,
}

/// The parts of a quantity's reading the matcher uses (phrase ids and token positions).
#[derive(Debug, Clone)]
pub(crate) struct Keys {
    /// Population mentions of its clause.
    pub(crate) populations: Few<Mention>,
    /// Place mentions it is read with.
    pub(crate) places: Few<Mention>,
    /// A direction word stands near it (a change figure may be meant).
    pub(crate) maybe_change: bool,
    /// The population right after it ("63 *ministers*").
    pub(crate) counted: Option<Mention>,
    /// The token right after it.
    pub(crate) after: usize,
    /// Its clause (token range): what the sentence says around it.
    pub(crate) clause: (usize, usize),
    /// What follows it up to the next quantity (token range): what the sentence says of it.
    pub(crate) forward: (usize, usize),
    /// A year after the report's dates it ("By 2030, ... will").
    pub(crate) future: bool,
    /// What the sentence says of it alone (token range): its clause before it and what
    /// follows it.
    pub(crate) own: (usize, usize),
    /// What follows it up to the first comma (token range): where the sentence says what the
    /// number is about.
    pub(crate) about: (usize, usize),
    /// It is a part of an amount of money the sentence states before it ("$236bn a year,
    /// *a quarter of it* from ...", "with *$50bn of that* from ...").
    pub(crate) part: bool,
    /// It is the sum of two of the sentence's other numbers: a derived number.
    pub(crate) derived: bool,
    /// The sentence dates it to one year alone ("In 2014 alone, ..."): a figure of a longer
    /// period is not it.
    pub(crate) one_year: bool,
    /// It is the undated level a change starts from ("from about $150bn to $236bn"): not a
    /// level the report gives.
    pub(crate) earlier: bool,
    /// It is money in pounds or a count of weeks, days or hours: a unit no figure has.
    pub(crate) foreign_unit: bool,
    /// It is the writer's own number ("*our* 14 shelters", "*we spent* £412,000").
    pub(crate) writers_own: bool,
    /// The token of a plural noun no list knows that it counts ("200 civil society
    /// *groups*").
    pub(crate) unknown_noun: Option<usize>,
    /// The token of a plural noun no list knows that it is a share of ("a third of those
    /// *referrals*").
    pub(crate) unknown_whole: Option<usize>,
    /// What the sentence says of it up to the first clause break after it (token range):
    /// its own words, without a relative clause that follows ("..., which makes the case
    /// for investment").
    pub(crate) said: (usize, usize),
    /// Where a clause of its own starts after it, with a subject and a verb ("..., and
    /// governments signed up to a call to action"); the sentence's end when none does.
    pub(crate) own_end: usize,
}

/// A quantity found: its value, span, the change a multiple states ("doubled"), and the
/// upper end of a range.
type Found = (Claimed, Range<usize>, Option<Change>, Option<f64>);

/// A list that is short in almost every sentence (its quantities, the populations or places
/// of one), kept inline up to four.
pub(crate) type Few<T> = SmallVec<[T; 4]>;

/// Reads a sentence against the built-in figures' words.
///
/// ```
/// use vac_figures::check::read_claim;
/// use vac_figures::{Change, Unit};
///
/// let reading = read_claim("Forced labour profits have shrunk by USD 64 billion since 2014");
/// let q = &reading.quantities[0];
/// assert_eq!((q.claimed.value, q.claimed.unit), (64e9, Unit::Usd));
/// assert_eq!(q.currency, Some("USD"));
/// assert_eq!((q.change, q.is_change, q.since), (Some(Change::Fall), true, Some(2014)));
///
/// let reading = read_claim("Some 864 million children face severe food insecurity in 2023");
/// let q = &reading.quantities[0];
/// assert_eq!(q.counts.as_deref(), Some("children"));
/// assert_eq!(q.years, Some((2023, 2023)));
/// ```
pub fn read_claim(text: &str) -> ClaimReading {
    read_claim_in(Dataset::builtin(), text)
}

/// Reads a sentence against the words of `dataset`'s figures (see [`read_claim`]).
pub fn read_claim_in(dataset: &Dataset, text: &str) -> ClaimReading {
    let index = dataset.matching_index();
    let sentence = index.read(text);
    read(index, &sentence, text).0
}

/// Whether a sentence states the writer's own numbers: headed as such ("*Our own tally:*
/// ...", "*Our figures:* ...": "our" or "my" opens it, and a colon follows within four
/// words), or naming the writer's own reckoning ("*our sum*", "*my calculation*").
pub(crate) fn headed_as_own(sentence: &Sentence, text: &str) -> bool {
    let toks = &sentence.toks;
    let word = |i: usize| {
        toks.get(i)
            .and_then(|t| text.get(t.start..t.end))
            .unwrap_or("")
    };
    // ("Our own tally: ...", "Our impact: ..."; not "Our ask to every government: fund
    // ..., because fewer than 5 years remain").
    let heading = in_list(english::WRITERS, word(0))
        && (1..toks.len().min(5))
            .find(|&i| toks[i].gap & mark::COLON != 0)
            .is_some_and(|colon| {
                (1..colon).any(|i| {
                    in_list(english::RECKONINGS, word(i)) || in_list(english::OWN_HEADINGS, word(i))
                })
            });
    // ("All children in forced labour *(our sum)* | 3 million".)
    let reckoned = (1..toks.len())
        .any(|i| in_list(english::WRITERS, word(i - 1)) && in_list(english::RECKONINGS, word(i)));
    // ("*Our network* now has 52 member organisations in 14 countries, and together they
    // supported 9,870 children": the writer's own, with no verb of saying.)
    // (Not "My country was among the 119 countries ...": a country's part in what the report
    // counts.)
    // (Nor "Our ask to every government: fund ...": what follows a colon is not the
    // opening's.)
    let ours_opening = word(0).eq_ignore_ascii_case("our")
        && !in_list(english::OUR_PLACES, word(1))
        && !toks.iter().any(|t| t.roles & role::SAYS != 0)
        && !toks.iter().any(|t| t.gap & mark::COLON != 0);
    heading || reckoned || ours_opening
}

/// The reading, with the matcher's keys of each quantity.
pub(crate) fn read(index: &Index, sentence: &Sentence, text: &str) -> (ClaimReading, Vec<Keys>) {
    let toks = &sentence.toks;
    // The quantities: ranges first ("aged 15–24", "15–17 years of age"), then each number
    // that is a quantity; a decimal below 1 before "of" is a share ("0.38 of victims").
    let numbers = read_numbers(text);
    let mut found: Few<Found> = Few::with_capacity(numbers.len() + 1);
    let mut i = 0;
    while i < numbers.len() {
        let n = &numbers[i];
        if let Some(m) = numbers.get(i + 1)
            && let Some(upper) = age_range(text, n, m)
        {
            found.push((
                Claimed::years(n.claimed.value),
                n.span.start..m.span.end,
                None,
                Some(upper),
            ));
            i += 2;
            continue;
        }
        if is_quantity(index, text, sentence, &n.span) && quantity::is_quantity(text, n) {
            let mut claimed = n.claimed.clone();
            let written = text.get(n.span.clone()).unwrap_or("");
            if let Some((value, change)) = multiple(written) {
                found.push((
                    Claimed::percent(value).precision(1.0),
                    n.span.clone(),
                    Some(change),
                    None,
                ));
                i += 1;
                continue;
            }
            // A multiple of a past year's level states a change since then: "more than
            // double what it generated in 2014" is a rise of over 100 per cent, "three times
            // the 2014 level" one of 200 per cent.
            if claimed.unit == Unit::Times
                && claimed.value > 1.0
                && multiple_of_a_year(sentence, &n.span)
            {
                let mut rise = Claimed::percent((claimed.value - 1.0) * 100.0)
                    .precision(claimed.precision * 100.0);
                rise.qualifier = claimed.qualifier;
                found.push((rise, n.span.clone(), Some(Change::Rise), None));
                i += 1;
                continue;
            }
            let rest = text.get(n.span.end..).unwrap_or("").trim_start();
            if claimed.unit == Unit::Count
                && claimed.value > 0.0
                && claimed.value < 1.0
                && rest.get(..2).is_some_and(|w| w.eq_ignore_ascii_case("of"))
                && rest
                    .get(2..)
                    .is_some_and(|r| r.starts_with(char::is_whitespace))
            {
                claimed.value *= 100.0;
                claimed.precision *= 100.0;
                claimed.unit = Unit::Percent;
            }
            found.push((claimed, n.span.clone(), None, None));
        }
        i += 1;
    }
    for tok in toks {
        let Some((value, change)) = multiple(text.get(tok.start..tok.end).unwrap_or("")) else {
            continue;
        };
        let inside = found
            .iter()
            .any(|(_, span, _, _)| span.start < tok.end && tok.start < span.end);
        if !inside {
            found.push((
                Claimed::percent(value).precision(1.0),
                tok.start..tok.end,
                Some(change),
                None,
            ));
        }
    }
    found.sort_by_key(|(_, span, _, _)| span.start);
    // An age band beside another quantity says who that quantity counts ("35.8 per cent of
    // children aged 14–17"): only a sentence whose quantities are all ranges checks them.
    if found.iter().any(|(_, _, _, upper)| upper.is_none()) {
        found.retain(|(_, _, _, upper)| upper.is_none());
    }
    // Token positions: the first token at or after a byte, and the first token after a span.
    let first_at = |byte: usize| toks.partition_point(|t| t.start < byte);
    let spans: Few<(usize, usize)> = found
        .iter()
        .map(|(_, s, _, _)| (first_at(s.start), first_at(s.end)))
        .collect();
    // The population right after each quantity (within three words).
    let counted: Few<Option<Mention>> = spans
        .iter()
        .enumerate()
        .map(|(k, &(_, after))| {
            let limit = spans.get(k + 1).map_or(toks.len(), |s| s.0);
            // (Not across a bracket or a clause mark: in "adolescent children (15–17 years
            // of age) and youth", the youth are not what 15–17 counts; nor across a comma:
            // in "1,120 in 2023, and girls made up ...", the girls are not what 1,120
            // counts.)
            sentence
                .mentions
                .iter()
                .find(|m| {
                    // (Past the words of a place too: "61 per cent of *sub-Saharan Africa's*
                    // children".)
                    // (Counted only for a population further than three words on.)
                    let place_words = || -> usize {
                        sentence
                            .mentions
                            .iter()
                            .filter(|p| {
                                p.first >= after
                                    && p.last <= m.first
                                    && index.roles_of(p.phrase) & role::PLACE != 0
                            })
                            .map(|p| p.last - p.first)
                            .sum()
                    };
                    m.first >= after
                        && m.first < limit
                        && (m.first <= after + 3 || m.first <= after + 3 + place_words())
                        && index.roles_of(m.phrase) & role::POPULATION != 0
                        && !text
                            .get(found[k].1.end..toks.get(m.first).map_or(0, |t| t.start))
                            .unwrap_or("")
                            .contains([')', '(', ';', ':', ',', '–', '—'])
                })
                .copied()
                // (Past a noun that qualifies the next: "31 *member* law enforcement
                // agencies" count agencies.)
                .map(|m| {
                    let word = text
                        .get(toks[m.first].start..toks[m.last - 1].end)
                        .unwrap_or("");
                    let head = sentence.mentions.iter().find(|p| {
                        p.first == m.last
                            && toks[p.first].gap == 0
                            && index.roles_of(p.phrase) & role::POPULATION != 0
                    });
                    match head {
                        Some(&p) if in_list(english::QUALIFYING_NOUNS, word) => p,
                        _ => m,
                    }
                })
        })
        .collect();
    // Each quantity's clause: from the previous quantity (and what it counts) to the next
    // quantity.
    // A clause break before token `i`: a semicolon or colon, or a comma before "and",
    // "but", "while", "whose", "which", "where", "who" ("..., and UNICEF expects 213
    // million ...", "..., whose workshop in Geneva ...").
    let gap = |i: usize| toks.get(i).map_or(0, |t| t.gap);
    // A sentence that opens with a subordinate clause ("While the costs of trafficking in
    // children have yet to be assessed, the total cost ... is 2.7 billion euros") breaks at
    // its first comma.
    let subordinate = toks.first().is_some_and(|t| {
        text.get(t.start..t.end)
            .is_some_and(|w| in_list(english::SUBORDINATING, w))
    });
    let first_comma = (1..toks.len()).find(|&i| gap(i) & mark::COMMA != 0);
    // A break before token `i` that starts another clause (`roles` CLAUSE), or one that
    // ends what follows a quantity (`roles` CLAUSE or RELATIVE).
    // A place in the possessive after a comma opens another item of a list of them
    // ("Zambia's estimate that violence costs it 6.4 per cent of its GDP, *Lesotho's* pledge
    // to cut violence ... by 75 per cent"; not "Backed by a ten-year commitment, Lesotho's
    // plan ...", where no item is before): the first token of each item after the first.
    let possessive_places: Few<usize> = sentence
        .mentions
        .iter()
        .filter(|m| {
            // (The token's roles first: a place's possessive ends with an "s".)
            text.as_bytes()
                .get(toks[m.last - 1].end - 1)
                .is_some_and(|&b| b == b's')
                && index.roles_of(m.phrase) & role::PLACE != 0
        })
        .filter(|m| {
            text.get(toks[m.first].start..toks[m.last - 1].end)
                .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
        })
        .map(|m| m.first)
        .collect();
    let possessive_places: Few<usize> = possessive_places
        .iter()
        .skip(1)
        .copied()
        .filter(|&i| toks[i].gap & mark::COMMA != 0)
        .collect();
    let breaks = |i: usize, roles: u32| {
        toks.get(i).is_some_and(|t| {
            let hard = t.gap & (mark::SEMICOLON | mark::COLON) != 0
                || (subordinate && Some(i) == first_comma)
                || possessive_places.contains(&i);
            hard || (t.gap & mark::COMMA != 0 && t.roles & roles != 0)
        })
    };
    // A break that starts another clause; a relative clause ("..., who are aged 15–24")
    // breaks only what follows a quantity, not the noun it describes.
    // A verb of its own after "and" ("... at 6.4 per cent of GDP *and spends* 2 per cent of
    // GDP on child protection"): a word in lower case, of no list but a figure's, in no
    // population, place or name, that ends as a verb in the third person or the past does.
    let verb_at = |j: usize| {
        let Some(w) = toks.get(j).and_then(|t| text.get(t.start..t.end)) else {
            return false;
        };
        toks[j].roles & !role::FIGURE == 0
            && looks_like_a_verb(w)
            && !sentence.mentions.iter().any(|m| m.first <= j && j < m.last)
    };
    let is_break = |i: usize| breaks(i, role::CLAUSE);
    let is_break_after = |i: usize| breaks(i, role::CLAUSE | role::RELATIVE);
    let clauses: Few<(usize, usize)> = (0..spans.len())
        .map(|k| {
            let start = match k.checked_sub(1) {
                Some(p) => counted[p].map_or(spans[p].1, |m| m.last),
                None => 0,
            };
            // From the last clause break before the quantity, if there is one.
            let first = spans[k].0;
            let start = (start..=first)
                .rev()
                .find(|&i| is_break(i))
                .unwrap_or(start);
            // A later quantity joined by "and", "while", "but", "whereas" ("... in extreme
            // poverty *and* almost 800 million face ...", "*and a further* 1.3 million")
            // starts its own clause there.
            let word = |i: usize| text.get(toks[i].start..toks[i].end).unwrap_or("");
            let joined = (start..first).rev().take(6).find(|&i| {
                in_list(english::JOINING, word(i))
                    && (i + 1..first).enumerate().all(|(n, j)| {
                        // (Or what dates it: "and *as of January 2025* some 55 States".)
                        toks[j].year.is_some()
                            || toks[j].roles & (role::DATING | role::MONTH) != 0
                            || in_list(english::BEFORE_A_JOINED_QUANTITY, word(j))
                            || (n == 0 && verb_at(j))
                    })
            });
            // (Or a phrase after a comma that sets it beside the one before: "..., *on top
            // of the* 47.2 million displaced by conflict", "..., *in addition to* 3.1
            // million ...".)
            let beside = (start + 1..first).rev().take(5).find(|&c| {
                toks[c].gap & mark::COMMA != 0
                    && (c..first).all(|j| in_list(english::BESIDE_A_QUANTITY, word(j)))
            });
            // (Or a clause of its own, "and" and a verb, before it: "She met 31 States
            // presenting voluntary national reviews *and reviewed* public information from
            // more than 100 Member States".)
            let own_clause = (start + 1..first)
                .rev()
                .find(|&i| in_list(english::JOINING, word(i)) && verb_at(i + 1));
            let start = if k > 0 {
                joined.or(beside).or(own_clause).unwrap_or(start)
            } else {
                start
            };
            (start, spans.get(k + 1).map_or(toks.len(), |s| s.0))
        })
        .collect();
    // A clause ends where the next quantity's starts, after it ("63 ministers*, and by
    // January 2025* some 55 States": the date is the States').
    // (Only where that clause opens with a mark or a joining word: "281 million
    // international migrants *in 2022*, of whom 14.6 per cent ..." dates the 281 million.)
    let opens_a_clause = |i: usize| {
        gap(i) & (mark::COMMA | mark::SEMICOLON | mark::COLON) != 0
            || toks
                .get(i)
                .and_then(|t| text.get(t.start..t.end))
                .is_some_and(|w| in_list(english::JOINING, w))
    };
    let mut clauses = clauses;
    for k in 1..clauses.len() {
        let (next_start, _) = clauses[k];
        if next_start > spans[k - 1].1
            && next_start < clauses[k - 1].1
            && opens_a_clause(next_start)
        {
            clauses[k - 1].1 = next_start;
        }
    }
    // What follows each quantity up to the next: what the sentence says of it. A quantity
    // in apposition to the next ("1.3 million, or 39 per cent of the total, are ...",
    // "US$64 billion (37 per cent)") shares what follows that one.
    let mut forwards: Few<(usize, usize)> = (0..spans.len())
        .map(|k| (spans[k].1, spans.get(k + 1).map_or(toks.len(), |s| s.0)))
        .collect();
    for k in (0..found.len().saturating_sub(1)).rev() {
        let between = text
            .get(found[k].1.end..found[k + 1].1.start)
            .unwrap_or("-");
        // Only marks, "or", "or about", "i.e.", "that is" between the two.
        let mut words = between
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        let apposition = match (words.next(), words.next(), words.next()) {
            (None, _, _) => true,
            (Some(a), None, _) => a.eq_ignore_ascii_case("or") || a.eq_ignore_ascii_case("ie"),
            (Some(a), Some(b), None) => {
                (a.eq_ignore_ascii_case("or") && in_list(english::HEDGES_AFTER_OR, b))
                    || (a.eq_ignore_ascii_case("that") && b.eq_ignore_ascii_case("is"))
                    || (a.eq_ignore_ascii_case("i") && b.eq_ignore_ascii_case("e"))
            }
            _ => false,
        };
        // A quantity inside this one's noun phrase ("213 million children *in* 146
        // countries ... to need humanitarian assistance"): what follows it is said of both.
        let next = spans[k + 1].0;
        let embedded = next > 0 && toks[next - 1].roles & role::WITHIN != 0;
        if apposition || embedded {
            forwards[k].1 = forwards[k + 1].1;
        }
    }
    let own_heading = headed_as_own(sentence, text);
    let mut quantities = Vec::with_capacity(found.len());
    let mut keys = Vec::with_capacity(found.len());
    let found_spans: Few<Range<usize>> = found.iter().map(|f| f.1.clone()).collect();
    let shares: Few<bool> = found
        .iter()
        .map(|f| matches!(f.0.unit, Unit::Percent | Unit::OneIn))
        .collect();
    // A sum of two of the sentence's other numbers ("1.7 million ... and 1.3 million ... –
    // 3 million in all", "47.2 million ... and 3.1 million ...: that is 50.3 million"): a
    // derived number, not one the report states.
    let derived: Few<bool> = (0..found.len())
        .map(|k| {
            let c = &found[k].0;
            matches!(c.unit, Unit::Count | Unit::Usd | Unit::Eur)
                && (0..found.len()).any(|i| {
                    (i + 1..found.len()).any(|j| {
                        let (a, b) = (&found[i].0, &found[j].0);
                        i != k
                            && j != k
                            && a.unit == c.unit
                            && b.unit == c.unit
                            && c.value > a.value.max(b.value)
                            && (a.value + b.value - c.value).abs() <= 0.03 * c.value
                            // (Not three counts of three different things: "119 countries,
                            // 63 ministers, and 55 States".)
                            && !matches!(
                                (counted[k], counted[i], counted[j]),
                                (Some(x), Some(y), Some(z)) if x.phrase != y.phrase && x.phrase != z.phrase
                            )
                    })
                })
        })
        .collect();
    // Where the sentence of quantity `k` starts, when a full stop and a capital stand between
    // it and the quantity before (a sentence read after the ones before it).
    let sentence_start = |k: usize| -> Option<usize> {
        let previous_after = spans.get(k.checked_sub(1)?)?.1;
        let first = spans.get(k)?.0;
        // (The capital may follow a citation: "... in forced labour.[7] The ILO ...".)
        let stop = (previous_after..=first)
            .rev()
            .find(|&i| toks.get(i).is_some_and(|t| t.gap & mark::STOP != 0))?;
        (stop..=first).take(3).find(|&j| {
            toks.get(j)
                .and_then(|t| text.get(t.start..))
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        })
    };
    // After the last quantity, a clause of its own after a comma, "and" and a verb ("Some 120
    // countries gathered in Bogota*, and governments signed up* to a call to action"); not one
    // that says what is said of it ("..., and the report says it's driven by ...").
    let word_of = |i: usize| {
        toks.get(i)
            .and_then(|t| text.get(t.start..t.end))
            .unwrap_or("")
    };
    let closing_clause = (spans.last().map_or(toks.len(), |s| s.1)..toks.len()).find(|&i| {
        gap(i) & mark::COMMA != 0
            && in_list(english::JOINING, word_of(i))
            && ((i + 2..toks.len().min(i + 4)).any(|j| {
                toks[j].roles & (role::POPULATION | role::PLACE) == 0
                    && looks_like_a_verb(word_of(j))
            }) || (i + 2..toks.len().min(i + 6)).any(|j| toks[j].roles & role::FUTURE != 0))
            && !(i + 1..toks.len().min(i + 5)).any(|j| toks[j].roles & role::SAYS != 0)
    });
    for (k, (claimed, span, multiple, upper)) in found.into_iter().enumerate() {
        let (first, after) = spans[k];
        let (clause_start, clause_end) = clauses[k];
        // What the sentence says outside what it says of every other quantity holds for this
        // one too ("In 2023, ...", "Lesotho's plan ... a five-year commitment to cut ... by 75%").
        // (Not what a later quantity's own clause says before it: "63 ministers, *and by
        // January 2025* some 55 States had adopted ...".)
        let shared = |i: usize| {
            forwards
                .iter()
                .enumerate()
                .all(|(j, &(a, b))| j == k || forwards[j] == forwards[k] || i < a || i >= b)
                && clauses.iter().enumerate().skip(k + 1).all(|(j, &(a, _))| {
                    a <= after
                        || a == clause_start
                        || !opens_a_clause(a)
                        || i < a
                        || i >= spans[j].0
                })
        };
        let in_clause = |m: &&Mention| m.first >= clause_start && m.last <= clause_end;
        let with_role = |r: u32| move |m: &&Mention| index.roles_of(m.phrase) & r != 0;
        // The populations that say what the quantity counts: the one right after it, the
        // others after it up to a preposition ("from States, NGOs and UN entities" are
        // objects), and the nearest one before it (the subject), unless that is itself the
        // object of a preposition. A one-word verb or adjective ("pledged", "reporting") is
        // no population.
        // (Nor a verb right after a place and before "to", "a" or "an", "Lesotho *pledges* to
        // cut ...", "Lesotho *pledges* a seventy-five per cent cut", nor what a place's
        // possessive intends, "Lesotho's *pledge* to cut ...".)
        let noun = |m: &&Mention| {
            let word = &text[toks[m.first].start..toks[m.last - 1].end];
            let next = toks
                .get(m.last)
                .and_then(|t| text.get(t.start..t.end))
                .unwrap_or("");
            let verb_after_place = in_list(&["to", "a", "an"], next)
                && sentence
                    .mentions
                    .iter()
                    .find(|p| p.last == m.first && index.roles_of(p.phrase) & role::PLACE != 0)
                    .is_some_and(|p| {
                        let place = &text[toks[p.first].start..toks[p.last - 1].end];
                        let possessive = place.ends_with("'s") || place.ends_with("’s");
                        (word.ends_with('s') && in_list(&["to", "a", "an"], next))
                            || (possessive && next.eq_ignore_ascii_case("to"))
                    });
            // (Nor the second half of a compound: "the inter-*agency* group".)
            let compound = text.as_bytes()[..toks[m.first].start].ends_with(b"-")
                && text.as_bytes()[..toks[m.first].start - 1]
                    .last()
                    .is_some_and(u8::is_ascii_alphabetic);
            m.last - m.first > 1
                || !(word.ends_with("ed") || word.ends_with("ing") || verb_after_place || compound)
        };

        // Not a population the sentence names as its source ("women and girls, *according to
        // the UN's drugs and crime agency*, are ...") or sets inside another ("all forms of
        // trafficking, *children included*", "*including children*").
        let tok_word = |i: usize| {
            toks.get(i)
                .and_then(|t| text.get(t.start..t.end))
                .unwrap_or("")
        };
        // (Or after "out of", past a word: "the profits squeezed *out of* forced labourers".)
        let out_of = |j: usize| {
            j > 1
                && tok_word(j - 1).eq_ignore_ascii_case("of")
                && tok_word(j - 2).eq_ignore_ascii_case("out")
        };
        // (Past a word or two that qualify the noun: "In *oral* submissions", "His *written*
        // submissions".)
        let plain =
            |j: usize| toks[j].roles == 0 && tok_word(j).bytes().all(|b| b.is_ascii_lowercase());
        let object = |i: usize| {
            let before_an_object = |j: usize| toks[j].roles & role::OBJECT != 0;
            i > 0
                && (before_an_object(i - 1)
                    || (i > 1 && plain(i - 1) && before_an_object(i - 2))
                    || (i > 2 && plain(i - 1) && plain(i - 2) && before_an_object(i - 3))
                    || out_of(i)
                    || out_of(i - 1))
        };
        // In an apposition to a place, before the quantity: "Lesotho, *a country in southern
        // Africa*, has promised to cut violence ... by 75 per cent" (neither its population
        // nor its place is the quantity's).
        let in_apposition = |m: &Mention| {
            let opens = (1..=m.first).rev().find(|&j| gap(j) & mark::COMMA != 0);
            let closes = (m.last..toks.len()).find(|&j| gap(j) & mark::COMMA != 0);
            match (opens, closes) {
                // (A short noun phrase between two commas, with no other mark in it.)
                (Some(a), Some(b)) => {
                    first >= b
                        && b - a <= 6
                        && (a + 1..b).all(|j| gap(j) == 0)
                        && sentence
                            .mentions
                            .iter()
                            .any(|p| p.last == a && index.roles_of(p.phrase) & role::PLACE != 0)
                }
                _ => false,
            }
        };
        let aside = |m: &&Mention| {
            let source = (m.first.saturating_sub(10)..m.first).any(|i| {
                in_list(english::SOURCING, tok_word(i))
                    && (i + 1..=m.first).all(|j| gap(j) & mark::COMMA == 0)
            });
            let included = in_list(english::INCLUDED_AFTER, tok_word(m.last))
                || (m.first > 0 && in_list(english::INCLUDING_BEFORE, tok_word(m.first - 1)));
            // (Nor one in a saying set off by commas: "Some 370 million children worldwide,
            // *the minister told the chamber*, live in ...".)
            let opens = (1..=m.first).rev().find(|&j| gap(j) & mark::COMMA != 0);
            let closes = (m.last..toks.len()).find(|&j| gap(j) & mark::COMMA != 0);
            let saying = match (opens, closes) {
                (Some(a), Some(b)) => {
                    (first < a || first >= b) && (a..b).any(|j| toks[j].roles & role::SAYS != 0)
                }
                _ => false,
            };
            // (Nor one in a relative clause or an ", including ..." aside set off by commas
            // away from the quantity: "In sub-Saharan Africa, *where all of these boys were
            // born*, the share is ... 61 per cent"; "Forced labour, *including the forced
            // labour of children*, generates around USD 240 billion".)
            let set_off = match (opens, closes) {
                (Some(a), Some(b)) => {
                    (first < a || first >= b)
                        && b - a <= 12
                        && (toks[a].roles & role::RELATIVE != 0
                            || in_list(english::INCLUDING_BEFORE, tok_word(a)))
                        && (a + 1..b).all(|j| gap(j) & mark::COMMA == 0)
                }
                _ => false,
            };
            // (Nor who a speech addresses: "*Madam President*, nearly 40 per cent ...".)
            let addressed = m.last <= 3
                && gap(m.last) & mark::COMMA != 0
                && in_list(english::ADDRESSES, tok_word(0));
            !(source || included || saying || set_off || addressed || in_apposition(m))
        };
        let mut populations: Few<Mention> = Few::new();
        let punctuation = |i: usize| {
            gap(i) & (mark::COLON | mark::SEMICOLON | mark::OPEN | mark::CLOSE | mark::DASH) != 0
        };
        // A quantity in an aside opened by ", including" ("delegations from 119 countries,
        // *including 63 ministers*, adopted pledges"): what follows the comma that closes
        // the aside is the main clause's, not what the quantity counts.
        let in_aside = first > 0
            && in_list(english::INCLUDING_BEFORE, tok_word(first - 1))
            && gap(first - 1) & mark::COMMA != 0;
        // (Nor, for a share, past a relative clause right after its whole: "40 per cent of
        // the victims *that police and agencies find*"; a count's relative clause may say
        // what it counts, "26 States *that sent submissions*".)
        let relative_after = |i: usize| {
            matches!(claimed.unit, Unit::Percent | Unit::OneIn)
                && counted[k].is_some_and(|c| c.last == i)
                && in_list(&["that", "who", "whom", "which"], tok_word(i))
        };
        let stop = (after..clause_end)
            .find(|&i| {
                (toks[i].roles & role::OBJECT != 0
                    || punctuation(i)
                    || is_break_after(i)
                    || relative_after(i)
                    || (in_aside && gap(i) & mark::COMMA != 0))
                    && counted[k].is_none_or(|c| i >= c.last)
            })
            .unwrap_or(clause_end);
        // The whole of the share before it ("14.6 per cent *of the world's 281 million
        // international migrants* were children"): what follows its own noun is said of the
        // share, not of it.
        let whole_of_share = k > 0 && found_spans[k - 1].end <= span.start && {
            let between = text.get(found_spans[k - 1].end..span.start).unwrap_or("-");
            let mut words = between
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                .filter(|w| !w.is_empty());
            words.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
                && words.all(|w| {
                    in_list(english::OF_DETERMINERS, w) || w.ends_with("'s") || w.ends_with("’s")
                })
                && shares[k - 1]
        };
        let stop = if whole_of_share {
            counted[k].map_or(stop, |c| c.last)
        } else {
            stop
        };
        // The population nouns of the quantity's clause, outside an aside (read once: what
        // follows the quantity and the subject before it are both among them).
        let clause_populations: Few<Mention> = sentence
            .mentions
            .iter()
            .filter(in_clause)
            .filter(with_role(role::POPULATION))
            .filter(noun)
            .filter(aside)
            .copied()
            .collect();
        // (Not a noun that qualifies what it counts: "31 *member* law enforcement agencies";
        // nor an apposition that names its parts, "1.7 million children, *girls and boys*,
        // are ...".)
        let in_a_population = |i: usize| {
            clause_populations
                .iter()
                .any(|p| p.first <= i && i < p.last)
        };
        let qualifies = |m: &Mention| {
            let named_parts = counted[k].is_some_and(|c| {
                m.first >= c.last
                    && gap(c.last) & mark::COMMA != 0
                    && (c.last + 1..toks.len().min(c.last + 6))
                        .find(|&j| gap(j) & mark::COMMA != 0)
                        .is_some_and(|close| {
                            m.last <= close
                                && (c.last..close).all(|j| {
                                    in_a_population(j) || in_list(&["and", "or"], tok_word(j))
                                })
                        })
            });
            named_parts
                || (counted[k].is_some_and(|c| c.first == m.last)
                    && in_list(english::QUALIFYING_NOUNS, tok_word(m.first)))
        };
        populations.extend(
            clause_populations
                .iter()
                .filter(|m| Some(**m) == counted[k] || (m.first >= after && m.last <= stop))
                .filter(|m| !qualifies(m))
                .copied(),
        );
        // A share of a whole the subject owns ("a country whose own analysis puts the cost of
        // violence at 6.4 per cent *of its* gross domestic product"): the subject is whose
        // whole it is, not what the share counts.
        let word_at = |i: usize| toks.get(i).and_then(|t| text.get(t.start..t.end));
        let of_its_own = matches!(claimed.unit, Unit::Percent | Unit::OneIn)
            && word_at(after).is_some_and(|w| w.eq_ignore_ascii_case("of"))
            && word_at(after + 1).is_some_and(|w| in_list(english::POSSESSIVE_PRONOUNS, w));
        if !of_its_own
            && let Some(subject) = clause_populations.iter().rfind(|m| m.last <= first)
            // (An object is the subject of the relative clause it opens with "who" after a
            // comma: "trafficking in *children, who* now account for 38 per cent of ...".)
            && (!object(subject.first)
                || (gap(subject.last) & mark::COMMA != 0
                    && tok_word(subject.last).eq_ignore_ascii_case("who")
                    && !(subject.last + 1..first).any(|i| gap(i) != 0)))
            // Not the subject of a saying ("Members should note that the 37 per cent ...",
            // "people ... checked: the report says 38% ...").
            // (Nor one a dash sets apart: "Lesotho's pledge *–* a 75 per cent cut ... *–*".)
            && !(subject.last..first).any(|i| {
                toks[i].roles & role::SAYS != 0 || is_break(i) || gap(i) & mark::DASH != 0
            })
        {
            populations.insert(0, *subject);
        }
        // The places of the quantity: those of its clause, up to the first clause break after
        // it; else those the sentence states for all its quantities. A dateline ("GENEVA, 3
        // March 2025 –") places the story, not the quantity.
        // (A colon explains the quantity: "EUR 2.7 billion: the yearly cost ... in the EU".)
        // (Nor past a clause of its own before the next quantity, "and" with a subject and
        // a verb: "$236bn a year *and trafficking costs the EU* 2.7 billion euros".)
        let own_clause = (k + 1 < spans.len() && forwards[k].1 == spans[k + 1].0)
            .then(|| {
                (after..forwards[k].1).find(|&i| {
                    toks[i].roles & role::CLAUSE != 0
                        && in_list(english::JOINING, tok_word(i))
                        && (i + 2..forwards[k].1).any(|j| {
                            toks[j].roles & (role::POPULATION | role::PLACE) == 0
                                && looks_like_a_verb(tok_word(j))
                        })
                })
            })
            .flatten();
        let ends_places =
            |i: usize| (is_break_after(i) && gap(i) & mark::COLON == 0) || Some(i) == own_clause;
        let place_end = (after..clause_end)
            .find(|&i| ends_places(i))
            .unwrap_or(clause_end);
        // (Not at a relative clause set off by commas right after the quantity, before its
        // verb: "The figure of 61 per cent, *which the authors also cite*, is the share ... in
        // sub-Saharan Africa" goes on about the quantity.)
        let place_end = match toks.get(place_end) {
            Some(t)
                if place_end <= after + 2
                    && t.roles & role::RELATIVE != 0
                    && t.gap & mark::COMMA != 0
                    && Some(place_end) != own_clause =>
            {
                (place_end + 1..clause_end.min(place_end + 10))
                    .find(|&j| gap(j) != 0)
                    .filter(|&j| gap(j) == mark::COMMA && in_list(english::BE, tok_word(j)))
                    .and_then(|j| {
                        (j + 1..clause_end)
                            .find(|&i| ends_places(i))
                            .or(Some(clause_end))
                    })
                    .unwrap_or(place_end)
            }
            _ => place_end,
        };
        let dateline = |m: &&Mention| {
            m.first == 0
                && text
                    .get(toks[0].start..toks[m.last - 1].end)
                    .is_some_and(|w| w.chars().all(|c| !c.is_lowercase()))
                && gap(m.last) & mark::COMMA != 0
        };
        // A place said to be among what a quantity counts ("The United Kingdom *was among*
        // the 119 countries represented"): one of them, not where they are.
        // ("The UK is *also one of* the more than 40 Member States".)
        let among_them = |m: &&Mention| {
            let is = |i: usize, w: &str| word_at(i).is_some_and(|t| t.eq_ignore_ascii_case(w));
            let next = m.last
                + 1
                + usize::from(
                    word_at(m.last + 1).is_some_and(|w| in_list(english::ADVERBS_BEFORE_A_VERB, w)),
                );
            // (Or one of those the sentence names before it: "Several speakers, *the EU among
            // them*, said that ...".)
            let one_of_those = is(m.last, "among")
                && word_at(m.last + 1).is_some_and(|w| in_list(english::THOSE_BEFORE, w));
            (word_at(m.last).is_some_and(|w| in_list(english::BE, w))
                && (is(next, "among") || (is(next, "one") && is(next + 1, "of"))))
                || one_of_those
        };
        // A place that says who states the quantity ("6.4 per cent of its gross domestic
        // product, *cited by the African Group*").
        let said_by = |m: &&Mention| {
            let by = if tok_word(m.first.wrapping_sub(1)).eq_ignore_ascii_case("the") {
                m.first.wrapping_sub(2)
            } else {
                m.first.wrapping_sub(1)
            };
            tok_word(by).eq_ignore_ascii_case("by")
                && in_list(english::SAID_BY, tok_word(by.wrapping_sub(1)))
        };
        // A place a word of time stands before is an event ("consulted *before Bogota*": the
        // conference held there), not where the quantity is.
        let as_a_time =
            |m: &&Mention| m.first > 0 && in_list(english::BEFORE_AN_EVENT, tok_word(m.first - 1));
        // A place in the label of who speaks before a quotation that states the quantity
        // ("Speaker 9 - State, African group: \"Nearly half a billion children ...\"").
        let speaker = |m: &&Mention| {
            (m.last..=first).any(|j| {
                gap(j) & mark::COLON != 0
                    && j > 0
                    && text
                        .get(toks[j - 1].end..toks[j].start)
                        .and_then(|g| g.split_once(':'))
                        .is_some_and(|(_, after)| {
                            after.trim_start().starts_with(['"', '“', '\'', '‘'])
                        })
            })
        };
        // A place that begins a compound ("*Brussels*-watchers", "a *Geneva*-based NGO"):
        // what the compound names, not where the quantity is ("*Africa*-wide" still is).
        let compound = |m: &&Mention| {
            text.get(toks[m.last - 1].end..).is_some_and(|rest| {
                rest.strip_prefix('-').is_some_and(|r| {
                    r.starts_with(|c: char| c.is_lowercase()) && !r.starts_with("wide")
                })
            })
        };
        // A place of who speaks, before a verb of saying, when what is said names a place of
        // its own ("A speaker from a *West African* network said that in sub-Saharan Africa
        // more than six in ten ...").
        let place_of_speaker = |m: &&Mention| {
            (m.last..first)
                .find(|&i| toks[i].roles & role::SAYS != 0)
                .is_some_and(|said| {
                    sentence.mentions.iter().any(|p| {
                        p.first > said
                            && p.last <= first
                            && index.roles_of(p.phrase) & role::PLACE != 0
                    })
                })
        };
        // What places something other than the quantity, in its clause or the sentence's.
        let elsewhere = |m: &&Mention| {
            compound(m) || dateline(m) || among_them(m) || as_a_time(m) || speaker(m)
        };
        // A quantity in a relative clause set off by a comma ("the Conference in Bogota*,
        // which* brought together 150 countries"): a place before it that a verb stands
        // after ("what *the United Kingdom pledged* at ...") is of another clause, not of
        // the noun the relative clause is about.
        // ("Geneva hosted the workshop*, where* more than 90 ..." is where it was.)
        let relative = (clause_start..first).rev().find(|&i| {
            toks[i].roles & role::RELATIVE != 0
                && !tok_word(i).eq_ignore_ascii_case("where")
                && gap(i) & mark::COMMA != 0
                && !(i + 1..=first).any(|j| gap(j) != 0)
        });
        let a_verb = |j: usize| {
            toks[j].roles & !role::FIGURE == 0
                && looks_like_a_verb(tok_word(j))
                // (A one-word population that reads as a verb is one: "what the United
                // Kingdom *pledged*".)
                && !sentence.mentions.iter().any(|p| {
                    p.first <= j
                        && j < p.last
                        && index.roles_of(p.phrase) & (role::PLACE | role::POPULATION | role::NAME)
                            != 0
                        && (p.last - p.first > 1 || index.roles_of(p.phrase) & role::POPULATION == 0)
                })
        };
        let of_another_clause =
            |m: &&Mention| relative.is_some_and(|r| m.last <= r && (m.last..r).any(a_verb));
        let mut places: Few<Mention> = sentence
            .mentions
            .iter()
            .filter(|m| m.first >= clause_start && m.last <= place_end)
            .filter(with_role(role::PLACE))
            .filter(|m| !elsewhere(m) && !place_of_speaker(m) && !in_apposition(m) && !said_by(m))
            .filter(|m| !of_another_clause(m))
            .copied()
            .collect();
        // A wider place the sentence opens with ("*Within Europe*, the report cites an
        // estimate that trafficking costs the European Union €2.7bn"): where the clause that
        // names a place of its own stands, not the quantity's place.
        if places.len() > 1
            && let Some(opening) = places.first().copied()
            && opening.first == 1
            && toks[0].roles & role::WITHIN != 0
            && gap(opening.last) & mark::COMMA != 0
            && places.iter().any(|m| m.first > opening.last)
        {
            places.remove(0);
        }
        // (Not when its clause says it is the world's: "That figure is for sub-Saharan
        // Africa; the *worldwide* share ... is 38 per cent".)
        let clause_world = sentence
            .mentions
            .iter()
            .filter(in_clause)
            .any(|m| index.roles_of(m.phrase) & role::WORLD != 0);
        if places.is_empty() && !clause_world {
            places = sentence
                .mentions
                .iter()
                .filter(with_role(role::PLACE))
                // (not one after the break that ends the quantity's clause).
                .filter(|m| shared(m.first) && m.first < place_end)
                .filter(|m| !elsewhere(m) && !of_another_clause(m))
                .copied()
                .collect();
        }
        let worldwide = sentence
            .mentions
            .iter()
            .any(|m| index.roles_of(m.phrase) & role::WORLD != 0);
        // (A date right after the quantity before, up to a comma, is that one's: "by 75
        // per cent *by 2028*, backed by a five-year commitment".)
        let mut date_start = clause_start;
        // (Not one after "and", which opens this one's clause: "63 ministers, *and by January
        // 2025*, 55 States had adopted ...".)
        if k > 0
            && clause_start == counted[k - 1].map_or(spans[k - 1].1, |m| m.last)
            && !in_list(english::JOINING, tok_word(clause_start))
        {
            // (Or "at the end of 2023, with a further 3.1 million ...".)
            let mut i = clause_start;
            while i < first
                && i < clause_start + 6
                && (toks[i].year.is_some()
                    || toks[i].roles & (role::DATING | role::MONTH) != 0
                    || in_list(english::IN_A_DATE, tok_word(i)))
                && (i == clause_start || gap(i) & mark::COMMA == 0)
            {
                i += 1;
            }
            if i > clause_start && toks[i - 1].year.is_some() && gap(i) & mark::COMMA != 0 {
                date_start = i;
            }
        }
        let (mut years, mut since) = dates(sentence, text, |i| i >= date_start && i < clause_end);
        if years.is_none() && since.is_none() && spans.len() > 1 {
            (years, since) = dates(sentence, text, shared);
        }
        // A change: a direction word just before the number (over words such as "by"),
        // unless the number is the level reached ("rose to"), or just after it ("a 37 per
        // cent rise", "US$64 billion more").
        let mut change = multiple;
        let mut is_change = multiple.is_some();
        if !is_change && claimed.unit != Unit::Times {
            let before = toks[clause_start.min(first)..first].iter().rev();
            for (steps, (i, tok)) in (clause_start.min(first)..first)
                .rev()
                .zip(before)
                .enumerate()
            {
                if steps > 3 {
                    break;
                }
                if tok.roles & role::TO != 0 && steps == 0 {
                    break;
                }
                // "US$236 billion *less* the US$64 billion increase": a subtraction, right
                // after the quantity before, not a fall.
                let subtracts =
                    k > 0 && spans[k - 1].1 == i && in_list(english::SUBTRACTING, tok_word(i));
                if subtracts {
                    break;
                }
                if let Some(direction) = direction(toks, i) {
                    change = Some(direction);
                    is_change = true;
                    break;
                }
                // ("1.7 million, more *than the* 1.3 million in forced labour exploitation":
                // what a comparison measures against, not a change.)
                if tok.roles & role::BETWEEN == 0 || tok_word(i).eq_ignore_ascii_case("than") {
                    break;
                }
            }
            // Right after it, a noun or comparative of change ("a 37 per cent rise",
            // "US$64 billion more"); not a verb ("... are growing up").
            // ("About 1,000 *more from* over 110 countries" is another 1,000, not a rise:
            // "more" states a change before "than" or at the end of the clause.)
            let word_at = |i: usize| {
                toks.get(i)
                    .and_then(|t| text.get(t.start..t.end))
                    .unwrap_or("")
            };
            let more_counts = word_at(after).eq_ignore_ascii_case("more")
                && after + 1 < clause_end.min(toks.len())
                && !word_at(after + 1).eq_ignore_ascii_case("than")
                && toks[after + 1].gap
                    & (mark::COMMA | mark::SEMICOLON | mark::STOP | mark::COLON | mark::OPEN)
                    == 0
                && toks[after + 1].roles & role::WITHIN != 0;
            // ("US$236bn, *up from* US$172bn in 2014": the level it reached, the one before
            // it the level it started from.)
            // (Nor when the change is the next quantity's: "$236bn, *up 73%* since 2014".)
            let up_from = in_list(&["up", "down"], word_at(after))
                && (word_at(after + 1).eq_ignore_ascii_case("from")
                    || spans.get(k + 1).is_some_and(|&(next, _)| next == after + 1));
            if !is_change
                && after < clause_end.min(toks.len())
                && toks[after].roles & role::CHANGE_NOUN != 0
                && !more_counts
                && !up_from
            {
                change = direction(toks, after);
                is_change = change.is_some();
            }
        }
        // A direction word further before it: it may be meant as a change.
        // A share beside a change it restates ("rose by US$64 billion over that period,
        // roughly 37 per cent") is a change too.
        // ("The rise is $64 billion, *which is* 37 per cent": a relative clause that only
        // restates it does not break.)
        let restates = k > 0 && {
            let between = text.get(found_spans[k - 1].end..span.start).unwrap_or("-");
            between
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| in_list(english::RESTATING, w))
        };
        // (And an amount that restates a share's change: "rose by 37 per cent, or US$64
        // billion".)
        let restates_a_share = restates
            && claimed.unit != Unit::Percent
            && quantities
                .last()
                .is_some_and(|p: &Quantity| p.is_change && p.claimed.unit == Unit::Percent);
        if !is_change
            && k > 0
            && ((claimed.unit == Unit::Percent
                && quantities.last().is_some_and(|p: &Quantity| {
                    p.is_change || (restates && keys.last().is_some_and(|k: &Keys| k.maybe_change))
                })
                && (restates || !(spans[k - 1].1..first).any(is_break)))
                || restates_a_share)
        {
            is_change = true;
            change = quantities
                .last()
                .and_then(|p: &Quantity| p.change)
                .or(Some(Change::Rise)
                    .filter(|_| keys.last().is_some_and(|k: &Keys| k.maybe_change)));
        }
        // "Since 2014" may date a change ("The rise in profits since 2014 is $64bn, or
        // 37%"), not a level that states none ("Forced labour has generated $236 billion
        // since 2014").
        // "+US$64bn since 2014": a plus sign states a rise.
        if !is_change && span.start > 0 && text.as_bytes().get(span.start - 1) == Some(&b'+') {
            is_change = true;
            change = Some(Change::Rise);
        }
        let mut maybe_change = is_change
            || (since.is_some()
                && ((clause_start..clause_end.min(toks.len()))
                    .any(|i| direction(toks, i).is_some())
                    || keys.last().is_some_and(|p: &Keys| p.maybe_change)));
        if change.is_none() {
            let from = first.saturating_sub(6).max(clause_start.min(first));
            // Before the number, or after it ("US$64 billion – how much profits have
            // fallen").
            if let Some(direction) = (from..first)
                .rev()
                .take_while(|&i| !tok_word(i).eq_ignore_ascii_case("than"))
                .chain(after..forwards[k].1.min(toks.len()))
                .find_map(|i| direction(toks, i))
            {
                maybe_change = true;
                change = Some(direction);
            }
        }
        // The level a change starts from ("rose *from $172bn* in 2014 to $236bn", "from
        // about $150bn to $236bn a year", "$236bn a year, *up from $172bn* in 2014", "rose to
        // $236bn *from $150bn*"): a level, earlier than the one it reaches.
        let tok_is = |i: usize, w: &str| {
            toks.get(i)
                .and_then(|t| text.get(t.start..t.end))
                .is_some_and(|t| t.eq_ignore_ascii_case(w))
        };
        let dating = |i: usize| toks[i].year.is_some() || toks[i].roles & role::DATING != 0;
        let to_next = spans.get(k + 1).is_some_and(|&(next, _)| {
            next > after
                && next <= after + 4
                && tok_is(next - 1, "to")
                && (after..next - 1).all(dating)
        });
        let moved_from = first > 1 && in_list(english::MOVED_FROM, tok_word(first - 2));
        let after_reached = k > 0 && {
            let (previous, previous_after) = spans[k - 1];
            previous > 0
                && tok_is(previous - 1, "to")
                && previous_after < first
                && first - 1 <= previous_after + 3
                && (previous_after..first - 1).all(dating)
        };
        let earlier =
            first > 0 && tok_is(first - 1, "from") && (to_next || moved_from || after_reached);
        if earlier {
            is_change = false;
            change = None;
            maybe_change = false;
        }
        // A part of a whole that the sentence says is another population ("Some 41 million
        // *of* the world's international migrants in 2020 *were children*", "1.3 million of
        // the children in forced labour are girls"): it counts that population, among the
        // whole.
        // (So does a count of a whole that the sentence says is a part a figure counts among
        // it: "Some 41 million international migrants in 2020 *were children*"; not the
        // whole of a share before it, "14.6 per cent of the 281 million international
        // migrants were children".)
        let of_whole = tok_word(after).eq_ignore_ascii_case("of");
        let whole = counted[k].filter(|c| c.first == after && !of_whole && !whole_of_share);
        let noun_from = whole.map(|c| c.last);
        let part_of_whole = |m: &Mention| {
            whole.is_none_or(|c| {
                index
                    .figures
                    .iter()
                    .any(|f| f.among.contains(&c.phrase) && f.counts.contains(&m.phrase))
            })
        };
        let part = if claimed.unit == Unit::Count && (of_whole || noun_from.is_some()) {
            let unbroken = |j: usize| gap(j) & (mark::COMMA | mark::SEMICOLON | mark::COLON) == 0;
            (noun_from.unwrap_or(after + 1)..forwards[k].1.min(toks.len()))
                .take_while(|&i| unbroken(i))
                .find(|&i| in_list(english::BE, tok_word(i)))
                .and_then(|i| {
                    sentence.mentions.iter().find(|m| {
                        m.first == i + 1
                            && unbroken(i + 1)
                            && index.roles_of(m.phrase) & role::POPULATION != 0
                            && part_of_whole(m)
                    })
                })
                .copied()
        } else {
            None
        };
        let counted_k = part.or(counted[k]);
        if let Some(p) = part
            && !populations.contains(&p)
        {
            populations.push(p);
        }
        let counts =
            counted_k.or_else(|| populations.iter().rev().find(|m| m.last <= first).copied());
        let text_of = |m: &Mention| text[toks[m.first].start..toks[m.last - 1].end].to_owned();
        // A year after the report's dates the quantity when it stands before it ("By 2030,
        // 333 million ...") or the sentence speaks of the future; otherwise it is a target
        // ("pledged to end violence by 2030").
        let year_before = (clause_start..first).any(|i| toks[i].year.is_some());
        let word = |i: usize| {
            toks.get(i)
                .and_then(|t| text.get(t.start..t.end))
                .unwrap_or("")
        };
        // Pounds are no currency of the report's figures ("£25 pays for an evening of
        // helpline cover"); a count of weeks, days or hours is a duration in a unit no
        // figure has ("prepared over 15 weeks" is not 15 months).
        let foreign_unit = text.get(..span.start).is_some_and(|b| b.ends_with('£'))
            || text.get(span.clone()).is_some_and(|t| t.starts_with('£'))
            || (claimed.unit == Unit::Count && in_list(english::SHORT_DURATIONS, word(after)));
        // The writer's own number: "*our* 300 volunteers", "in *my* 11 years in the field",
        // "*we spent* £412,000" (a verb of what the writer did, not "we have fewer than five
        // years left"), or a clause that opens with "our" with no verb of saying before the
        // number ("*Our* safe-house network already has 240 places").
        // (A verb in lower case: "I understand the *United* Kingdom was among ..." names.)
        let did = |w: &str| {
            (w.len() > 3 && w.ends_with("ed") && w.starts_with(|c: char| c.is_lowercase()))
                || in_list(english::WRITER_DID, w)
        };
        let we_did = first >= 2
            && (word(first - 2).eq_ignore_ascii_case("we") || word(first - 2) == "I")
            && toks[first - 1].roles == 0
            && did(word(first - 1));
        let ours = |i: usize| in_list(english::WRITERS, word(i));
        // ("*We have* also *lowered* the voting age to 16": a clause that opens with "we"
        // and a verb of what the writer did, with no "that" or verb of saying between.)
        let we_opened = clause_start < first
            && (word(clause_start).eq_ignore_ascii_case("we") || word(clause_start) == "I")
            && (clause_start + 1..first).any(|i| did(word(i)))
            && !(clause_start..first)
                .any(|i| toks[i].roles & role::SAYS != 0 || word(i).eq_ignore_ascii_case("that"));
        // (Not a number inside a quotation the writer's words are outside of: "I shortened
        // the line to \"*Nearly 500 million* children live in conflict zones\"".)
        let quoted = || {
            text.get(..span.start).is_some_and(|b| {
                b.bytes().filter(|&c| c == b'"').count() % 2 == 1
                    || b.rfind('“')
                        .is_some_and(|o| b.rfind('”').is_none_or(|c| c < o))
            })
        };
        let writers_own = (we_did || we_opened) && !quoted()
            || own_heading
            || (clause_start < first
                && ours(clause_start)
                && !(clause_start..first).any(|i| toks[i].roles & role::SAYS != 0))
            || (first > 0 && ours(first - 1))
            // ("more than 300 *of you* volunteered": the writer's audience; not "1 in 11 *of
            // us*", a share of everyone.)
            || (claimed.unit == Unit::Count
                && word(after).eq_ignore_ascii_case("of")
                && in_list(english::ADDRESSED, word(after + 1)));
        // Right after it, a plural noun no figure and no word list knows ("two hundred
        // *questions*"), after up to two other words of no list or a figure's own ("200
        // *civil society* groups"): it counts something the report does not.
        // (A reference word after the number is a noun too: "312 *sessions*".)
        let unknown_noun = if counted[k].is_none() {
            (after..toks.len().min(after + 3))
                .take_while(|&i| {
                    toks[i].roles & !(role::FIGURE | role::REFERENCE) == 0
                        && (i == after
                            || text
                                .get(toks[i - 1].end..toks[i].start)
                                .is_some_and(|g| g.trim().is_empty()))
                })
                .find(|&i| {
                    // (Or a plural that is only a word of some figure's, ending the noun
                    // phrase: "119 national action *plans*." or "50 national action *plans
                    // were* drawn up" is not 119 countries; the claim checker leaves it to a
                    // figure that uses the word.)
                    let listed =
                        toks[i].term != crate::lexicon::NO_TERM && toks[i].roles != role::REFERENCE;
                    let plural = unknown_plural(word(i));
                    let figures_word_ending_the_noun = || {
                        i > after
                            && toks[i].roles & !role::FIGURE == 0
                            && toks.get(i + 1).is_none_or(|t| {
                                t.gap & mark::ENDS_A_PHRASE != 0
                                    || (t.gap == 0
                                        && in_list(english::AFTER_A_COUNTED_NOUN, word(i + 1)))
                            })
                    };
                    (!listed && (plural || english::UNCOUNTED_NOUNS.contains(&word(i))))
                        || (plural && figures_word_ending_the_noun())
                })
        } else {
            None
        };
        // A part of the quantity before, "of which" or "of whom" ("312 sessions, *of which*
        // 4 were escalated"): it counts what that one counts, a noun no list knows too.
        let of_which = k > 0
            && first >= 2
            && in_list(&["which", "whom"], word(first - 1))
            && word(first - 2).eq_ignore_ascii_case("of");
        let unknown_noun = unknown_noun.or_else(|| {
            keys.last()
                .filter(|_| of_which && counted_k.is_none())
                .and_then(|p: &Keys| p.unknown_noun)
        });
        // A share of a plural no list knows ("around a third *of those referrals*").
        let unknown_whole = if matches!(claimed.unit, Unit::Percent | Unit::OneIn)
            && counted[k].is_none()
            && word(after).eq_ignore_ascii_case("of")
        {
            (after + 1..toks.len().min(after + 4))
                .take_while(|&i| {
                    toks[i].roles & !(role::FIGURE | role::OF) == 0
                        || in_list(english::OF_DETERMINERS, word(i))
                })
                .find(|&i| toks[i].term == crate::lexicon::NO_TERM && unknown_plural(word(i)))
        } else {
            None
        };
        let part = {
            let mut words = text
                .get(span.end..)
                .unwrap_or("")
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            let of_it = words.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
                && words
                    .next()
                    .is_some_and(|w| in_list(english::OF_AN_AMOUNT, w));
            of_it
                && quantities
                    .iter()
                    .any(|p: &Quantity| matches!(p.claimed.unit, Unit::Usd | Unit::Eur))
        };
        // A count the clause says adds others up ("*Taken together*, that is more than 50
        // million children uprooted ..."): derived too.
        let summed = claimed.unit == Unit::Count
            && (clause_start..first).any(|i| {
                let w = tok_word(i);
                i > 0
                    && ((w.eq_ignore_ascii_case("together")
                        && in_list(english::SUMMING_BEFORE_TOGETHER, tok_word(i - 1)))
                        || (w.eq_ignore_ascii_case("told")
                            && tok_word(i - 1).eq_ignore_ascii_case("all")))
            })
            // (Or a later count in a sentence that opens by adding and says where that leads:
            // "*Add* the 3.1 million children displaced by disasters *and you reach* more than
            // 50 million displaced children".)
            || (claimed.unit == Unit::Count
                && k > 0
                && in_list(english::SUMMING_OPENERS, tok_word(0))
                && (spans[k - 1].1..first).any(|i| {
                    in_list(english::ADDRESSED, tok_word(i))
                        || in_list(english::SUMS_LEAD_TO, tok_word(i))
                }));
        // A bare count of billions after an amount of billions, counting nothing ("US$236
        // billion a year, up 64 billion since 2014"): the same money, its currency left
        // unwritten.
        let mut claimed = claimed;
        if claimed.unit == Unit::Count
            && claimed.value >= 1e9
            && counted[k].is_none()
            && populations.is_empty()
            && unknown_noun.is_none()
            && unknown_whole.is_none()
            && let Some(money) = quantities
                .iter()
                .rev()
                .find(|p: &&Quantity| matches!(p.claimed.unit, Unit::Usd | Unit::Eur))
                .filter(|p| p.claimed.value >= 1e9)
        {
            claimed.unit = money.claimed.unit;
        }
        quantities.push(Quantity {
            upper,
            currency: claimed.unit.currency(),
            text: text.get(span.clone()).unwrap_or("").to_owned(),
            claimed,
            span,
            counts: counts.as_ref().map(text_of),
            populations: populations.iter().map(text_of).collect(),
            places: places.iter().map(text_of).collect(),
            worldwide,
            years,
            since,
            change,
            is_change,
        });
        // (Up to a comma, or another predicate of the subject: "... at 4.6 per cent of its
        // GDP *and has increased* allocations to social protection"; or a clause of its own
        // before the next quantity.)
        let about_end = (forwards[k].0 + 1..forwards[k].1)
            .find(|&i| {
                gap(i) & (mark::COMMA | mark::SEMICOLON) != 0
                    // (Every joining word has the role of a clause word.)
                    || (toks[i].roles & role::CLAUSE != 0
                        && in_list(english::JOINING, word(i))
                        && (in_list(english::AUXILIARIES, word(i + 1)) || verb_at(i + 1)))
                    || Some(i) == own_clause
                    // (Or what was talked about: "... from over 110 countries *about what* it
                    // would take to end violence".)
                    || (word(i).eq_ignore_ascii_case("about")
                        && i + 1 < forwards[k].1
                        && in_list(english::CONTENT_CLAUSE, word(i + 1)))
            })
            .unwrap_or(forwards[k].1);
        // "In 2014 alone": that one year, not a period that starts or ends with it.
        let one_year = years.is_some_and(|(a, b)| a == b)
            && toks.iter().enumerate().any(|(i, t)| {
                t.year.is_some()
                    && i >= clause_start
                    && i < clause_end
                    && toks
                        .get(i + 1)
                        .and_then(|n| text.get(n.start..n.end))
                        .is_some_and(|w| in_list(english::ONE_YEAR_ONLY, w))
            });
        keys.push(Keys {
            derived: derived[k] || summed,
            one_year,
            earlier: earlier && years.is_none(),
            part,
            foreign_unit,
            writers_own,
            unknown_noun,
            unknown_whole,
            populations,
            places,
            maybe_change,
            counted: counted_k,
            after,
            clause: (clause_start, clause_end),
            forward: forwards[k],
            own_end: closing_clause.unwrap_or(toks.len()),
            // (A future of another clause does not date this one: "Fewer than six years
            // remain until 2030, *and SDG target 16.2 will* not meet itself.")
            future: year_before
                || (0..clause_end.min(closing_clause.unwrap_or(toks.len())))
                    .any(|i| toks[i].roles & role::FUTURE != 0),
            own: (if k == 0 { 0 } else { first }, forwards[k].1),
            said: (
                // (For the first quantity of a sentence read after the ones before it, from
                // its clause's start, as for the first of a sentence alone: "... in forced
                // labour. The ILO puts the number of children *in child labour* at 160
                // million.")
                if k == 0 {
                    clause_start
                } else {
                    sentence_start(k).map_or(first, |s| s.max(clause_start))
                },
                // (What follows it counts up to the first comma: not "..., a finding that its
                // officials now raise in budget discussions".)
                place_end.min(about_end),
            ),
            about: (forwards[k].0, about_end),
        });
    }
    (ClaimReading { quantities }, keys)
}

/// Whether a year follows the multiple at `span` within eight words, with no clause break
/// between ("double *what it generated in 2014*", "twice *the 2014 level*"), and no
/// population or "than" comparing it with another group ("three times more likely *than
/// men*").
fn multiple_of_a_year(sentence: &Sentence, span: &Range<usize>) -> bool {
    let toks = &sentence.toks;
    let after = toks.partition_point(|t| t.start < span.end);
    let marks = mark::COMMA | mark::SEMICOLON | mark::COLON | mark::OPEN | mark::CLOSE;
    for (k, tok) in toks.iter().skip(after).take(8).enumerate() {
        if k > 0 && tok.gap & marks != 0 {
            return false;
        }
        if tok.roles & role::POPULATION != 0 {
            return false;
        }
        if tok.year.is_some() {
            return true;
        }
    }
    false
}

/// Whether `word` reads as a plural noun: lower case letters ending in one "s", not one of
/// the small words that end so ("others", "across", "has").
fn unknown_plural(word: &str) -> bool {
    word.len() >= 4
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !english::NOT_PLURALS.contains(&word)
}

/// The direction token `i` states, if it is a word of change ("make up" and "up to" are
/// not).
fn direction(toks: &[crate::lexicon::Tok], i: usize) -> Option<Change> {
    let tok = toks.get(i)?;
    if tok.roles & role::UP != 0 {
        let made = i > 0 && toks[i - 1].roles & role::MAKE != 0;
        let to = toks.get(i + 1).is_some_and(|t| t.roles & role::TO != 0);
        if made || to {
            return None;
        }
    }
    if tok.roles & role::RISE != 0 {
        Some(Change::Rise)
    } else if tok.roles & role::FALL != 0 {
        Some(Change::Fall)
    } else {
        None
    }
}

/// The years the tokens `keep` accepts date a quantity to, and the year of a "since".
fn dates(
    sentence: &Sentence,
    text: &str,
    keep: impl Fn(usize) -> bool,
) -> (Option<(u16, u16)>, Option<u16>) {
    let toks = &sentence.toks;
    let mut years: Option<(u16, u16)> = None;
    let mut since = None;
    let mut previous_dating = false;
    for i in (0..toks.len()).filter(|&i| keep(i)) {
        let Some(year) = toks[i].year else {
            previous_dating = false;
            continue;
        };
        let before = i.checked_sub(1).map(|p| toks[p]);
        if before.is_some_and(|t| t.roles & role::SINCE != 0) {
            since = Some(year);
            previous_dating = false;
            continue;
        }
        // A year set off by marks dates what it stands with: "(2023)", "worldwide, 2023 |
        // 281 million" (a table row), "2023: ...".
        let gap_after = toks
            .get(i + 1)
            .map_or_else(|| text.get(toks[i].end..).map_or(0, mark::of), |n| n.gap);
        let set_off = (toks[i].gap & (mark::COMMA | mark::OPEN | mark::BAR) != 0 || i == 0)
            && gap_after & (mark::BAR | mark::CLOSE | mark::COLON) != 0;
        // "2018–2023": a year right after a dating year dates too.
        let after_year = before.is_some_and(|t| t.year.is_some()) && previous_dating;
        // "the 2014 level", "2014 levels", "the 2019 figure": a year before a word for a
        // level dates it.
        // (Past a word or two that say of what: "the 2014 *profits* level".)
        let level_of = (i + 1..toks.len().min(i + 4))
            .take_while(|&j| toks[j].gap == 0)
            .any(|j| {
                text.get(toks[j].start..toks[j].end)
                    .is_some_and(|w| in_list(english::LEVELS, w))
            });
        // "The 2022 Global Ministerial Conference": a year naming an event dates what the
        // sentence says of it.
        let event = before.is_some_and(|t| {
            text.get(t.start..t.end)
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        }) && (i + 1..toks.len().min(i + 5)).any(|j| {
            text.get(toks[j].start..toks[j].end)
                .is_some_and(|w| in_list(english::EVENTS, w))
        }) && toks
            .get(i + 1)
            .and_then(|n| text.get(n.start..n.end))
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        // A post's byline ("Sara Kim @sarak_ngo · 15 Mar 2025 ...") dates the post, not
        // what it says.
        let byline = (i.saturating_sub(3)..=i).any(|p| toks[p].gap & mark::DOT != 0);
        // So does a date after a time of day, a post's timestamp ("--Tomasz W (talk) 18:25,
        // 14 February 2025 (UTC)").
        let clock = |t: &crate::lexicon::Tok| {
            text.get(t.start..t.end)
                .is_some_and(|w| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
        };
        let stamped = (i.saturating_sub(4)..i)
            .any(|p| clock(&toks[p]) && toks[p + 1].gap == mark::COLON && clock(&toks[p + 1]));
        if byline || stamped {
            previous_dating = false;
            continue;
        }
        // An author's year in brackets before a verb of citing ("Maalla M'jid (2025) reports
        // that ...") dates the publication.
        let citation = toks[i].gap & mark::OPEN != 0
            && toks.get(i + 1).is_some_and(|n| {
                n.gap & mark::CLOSE != 0
                    && text
                        .get(n.start..n.end)
                        .is_some_and(|w| in_list(english::CITING_VERBS, w))
            })
            && before.is_some_and(|t| {
                text.get(t.start..t.end)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
            });
        // (Or inside the brackets of a citation: "(UNICEF, 2023)", "(ILO 2022)".)
        let bracketed = before.is_some_and(|t| {
            t.gap & mark::OPEN != 0
                && text
                    .get(t.start..t.end)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
        }) && toks[i].gap & !(mark::COMMA) == 0
            && toks.get(i + 1).map_or_else(
                || text.get(toks[i].end..).is_some_and(|r| r.starts_with(')')),
                |n| n.gap & mark::CLOSE != 0,
            );
        if citation || bracketed {
            previous_dating = false;
            continue;
        }
        let dating = set_off
            || after_year
            || level_of
            || event
            || before.is_some_and(|t| t.roles & role::DATING != 0);
        if dating {
            years = Some(match years {
                Some((a, b)) => (a.min(year), b.max(year)),
                None => (year, year),
            });
        }
        previous_dating = dating;
    }
    (years, since)
}

/// Whether a number the reader found is a quantity, not a reference, a symbol, a day of a
/// date, a time or a list number.
fn is_quantity(index: &Index, text: &str, sentence: &Sentence, span: &Range<usize>) -> bool {
    let toks = &sentence.toks;
    let has = |i: usize, r: u32| toks.get(i).is_some_and(|t| t.roles & r != 0);
    let word_eq = |i: usize, list: &[&str]| {
        toks.get(i).is_some_and(|t| {
            let w = text.get(t.start..t.end).unwrap_or("");
            list.iter().any(|l| w.eq_ignore_ascii_case(l))
        })
    };
    let first = toks.partition_point(|t| t.start < span.start);
    let after = toks.partition_point(|t| t.start < span.end);
    // A reference: "para. 41", "paragraphs 12 and 41", "target 16.2".
    // (Not across a comma, nor a colon before a number the sentence goes on from: "À la
    // page, 38% of children", "Data note: 0.38 of detected victims"; but "Agenda item: 3".)
    let goes_on = text
        .get(span.end..)
        .is_some_and(|rest| rest.trim_start().starts_with(char::is_alphanumeric));
    let reference = |i: usize| {
        has(i, role::REFERENCE)
            && word_eq(i, english::REFERENCES)
            && toks
                .get(i)
                .and_then(|t| text.get(t.end..span.start))
                .is_some_and(|gap| !(gap.contains(',') || (goes_on && gap.contains(':'))))
    };
    if first > 0 && reference(first - 1) {
        return false;
    }
    if first > 2
        && reference(first - 3)
        && toks[first - 2].year.is_none()
        && text[toks[first - 2].start..toks[first - 2].end]
            .bytes()
            .all(|b| b.is_ascii_digit())
        && word_eq(first - 1, &["and", "to", "or"])
        // (Not past the bracket that closes the reference: "over 473 million ... (para. 51)
        // and an estimated 333 million".)
        && !text
            .get(toks[first - 2].end..toks[first - 1].start)
            .is_some_and(|g| g.contains([')', ']']))
    {
        return false;
    }
    // A page in a list after a page in Roman numerals ("pp. xvi, 3 and 12"): a reference too.
    let tok_text = |i: usize| {
        toks.get(i)
            .and_then(|t| text.get(t.start..t.end))
            .unwrap_or("")
    };
    let roman = |i: usize| {
        let w = tok_text(i);
        !w.is_empty() && w.len() <= 6 && w.bytes().all(|b| b"ivxlcdm".contains(&b))
    };
    let mut j = first;
    let mut past_roman = false;
    while j > 0 {
        let p = j - 1;
        let listed = roman(p)
            || tok_text(p).bytes().all(|b| b.is_ascii_digit())
            || word_eq(p, &["and", "to", "or"]);
        if !listed || toks[j].gap & !(mark::COMMA) != 0 {
            break;
        }
        past_roman |= roman(p);
        j = p;
    }
    if past_roman
        && j > 0
        && j < first
        && has(j - 1, role::REFERENCE)
        && word_eq(j - 1, english::REFERENCES)
    {
        return false;
    }
    // A symbol or a numbering: glued to a slash ("A/HRC/58/19", "1/18") or a colon between
    // digits ("10:30").
    let before = text.get(..span.start).unwrap_or("").chars().next_back();
    let next = text.get(span.end..).unwrap_or("").chars().next();
    let digit_after = |skip: usize| {
        text.get(span.end..)
            .unwrap_or("")
            .chars()
            .nth(skip)
            .is_some_and(|c| c.is_ascii_alphanumeric())
    };
    if matches!(before, Some('/' | '\\' | '#'))
        || (matches!(next, Some('/' | ':'))
            && digit_after(1)
            && !quantity::per_year(text.get(span.end..).unwrap_or("")))
    {
        return false;
    }
    let span_text = text.get(span.clone()).unwrap_or("");
    if span_text.contains('/') {
        return false;
    }
    // A day of a date: "7–8 November 2024", "17 to 19 December", "January 15"; not a
    // number no month has as many days, nor one after a month and a comma ("By January,
    // 63 States had ...").
    // (Nor a decimal or a hedged or scaled number: "19 Jan | Some 47.2 million children".)
    let no_day = span_text.contains(['.', ' '])
        || span_text
            .parse::<u32>()
            .is_ok_and(|v| !(1..=31).contains(&v));
    let month_before = first > 0
        && has(first - 1, role::MONTH)
        && !text
            .get(toks[first - 1].end..span.start)
            .unwrap_or("")
            .contains(',');
    // A year of another calendar after its month ("21 Ramadan 1446").
    if month_before
        && (3..=4).contains(&span_text.len())
        && span_text.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    if !no_day
        && (has(after, role::MONTH)
            || month_before
            || ((word_eq(after, &["to", "and"])
                || text.get(span.end..).unwrap_or("").starts_with(['–', '-']))
                && (has(after + 1, role::MONTH) || has(after + 2, role::MONTH))))
    {
        return false;
    }
    // A number in a name ("Mission 89 says") or a version ("Python 3.12"): bare digits,
    // or two groups of digits with a dot, right after a capitalised word, with no
    // population after them.
    // (A version only where no word in lower case follows: "2.7 milliard euros" is an
    // amount.)
    let word_follows = text
        .get(span.end..)
        .is_some_and(|r| r.starts_with(' ') && r[1..].starts_with(|c: char| c.is_lowercase()));
    let name_number = text
        .get(span.clone())
        .is_some_and(|t| match t.split_once('.') {
            None => !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()),
            Some((a, b)) => {
                !word_follows
                    && !a.is_empty()
                    && !b.is_empty()
                    && a.bytes().all(|b| b.is_ascii_digit())
                    && b.bytes().all(|b| b.is_ascii_digit())
            }
        });
    // (Or a name in camel case: "iOS 16".)
    if first > 0
        && name_number
        && text
            .get(toks[first - 1].start..toks[first - 1].end)
            .is_some_and(|w| w.contains(char::is_uppercase))
        && text
            .get(toks[first - 1].end..span.start)
            .is_some_and(|between| between.trim().is_empty())
        && (!sentence.mentions.iter().any(|m| m.first == after)
            // ("Mission 89's representative": the name's possessive.)
            || text
                .get(span.end..)
                .is_some_and(|t| t.starts_with("'s") || t.starts_with("’s")))
        && !has(first - 1, role::MONTH)
    {
        return false;
    }
    // A postcode: four or five digits right before a place ("1202 Geneva").
    let digits = text.get(span.clone()).unwrap_or("");
    if (4..=5).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && sentence
            .mentions
            .iter()
            .any(|m| m.first == after && index.roles_of(m.phrase) & role::PLACE != 0)
    {
        return false;
    }
    // Digits that are part of a plural noun: "under-18s", "the 1990s".
    if text
        .get(span.end..)
        .is_some_and(|rest| rest.starts_with('s') && !rest[1..].starts_with(char::is_alphanumeric))
    {
        return false;
    }
    // A list number at the start: "1." or "2)".
    if text.get(..span.start).unwrap_or("").trim().is_empty() && matches!(next, Some('.' | ')')) {
        let rest = text.get(span.end + 1..).unwrap_or("");
        if rest.starts_with(' ') || rest.is_empty() {
            return false;
        }
    }
    true
}

/// The upper end when numbers `n` and `m` write an age band: "aged 15–24", "15–17 years of
/// age", "children aged 14 to 17", "14-17-year-olds".
fn age_range(
    text: &str,
    n: &crate::check::ReadNumber,
    m: &crate::check::ReadNumber,
) -> Option<f64> {
    let between = text.get(n.span.end..m.span.start)?.trim();
    if !matches!(between, "–" | "-" | "—" | "to" | "and") {
        return None;
    }
    let whole = |v: f64| v.fract() == 0.0 && (0.0..130.0).contains(&v);
    if !whole(n.claimed.value) || !whole(m.claimed.value) || m.claimed.value <= n.claimed.value {
        return None;
    }
    let before = text
        .get(..n.span.start)
        .unwrap_or("")
        .trim_end()
        .to_ascii_lowercase();
    let after = text
        .get(m.span.end..)
        .unwrap_or("")
        .trim_start()
        .to_ascii_lowercase();
    // (Whole words: "pages 121 and 122" is no age band.)
    let last_word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // (Not the days of a date: "Between 10 and 16 March".)
    let first_after = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if crate::check::quantity::is_month(first_after) {
        return None;
    }
    let aged = ["aged", "ages", "age", "between"].contains(&last_word) || before.ends_with('(');
    let years = m.claimed.unit == Unit::Years
        || ["years", "year-old", "-year", "year old"]
            .iter()
            .any(|w| after.starts_with(w) || text.get(m.span.end..).unwrap_or("").starts_with(w));
    (aged || years).then_some(m.claimed.value)
}

/// A verb that states a change as a multiple: "doubled" is a rise of 100 per cent, "halved"
/// a fall of 50 per cent.
fn multiple(word: &str) -> Option<(f64, Change)> {
    const MULTIPLES: &[(&str, f64, Change)] = &[
        ("doubled", 100.0, Change::Rise),
        ("doubling", 100.0, Change::Rise),
        ("tripled", 200.0, Change::Rise),
        ("trebled", 200.0, Change::Rise),
        ("tripling", 200.0, Change::Rise),
        ("quadrupled", 300.0, Change::Rise),
        ("halved", 50.0, Change::Fall),
        ("halving", 50.0, Change::Fall),
        ("halve", 50.0, Change::Fall),
    ];
    // (Every one is of five to ten letters, and starts with d, t, q or h.)
    if !(5..=10).contains(&word.len())
        || !matches!(
            word.as_bytes()[0].to_ascii_lowercase(),
            b'd' | b't' | b'q' | b'h'
        )
    {
        return None;
    }
    MULTIPLES
        .iter()
        .find(|(w, _, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, v, c)| (v, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_characters_after_a_number_do_not_panic() {
        // A decimal followed by a multi-byte character (found by the property tests).
        for text in [
            " 0.0000000000000000000000000001%\u{feff}",
            "0.5\u{feff}of",
            "0.38 o\u{301}f",
        ] {
            let _ = read_claim(text);
        }
        let q = read_claim("Children make up 0.38 of all detected victims");
        assert_eq!(q.quantities[0].claimed.unit, Unit::Percent);
    }
}
