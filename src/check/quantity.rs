//! What is a quantity: the numbers of a sentence that state how many or how much, as the
//! verdict rules say ("The sentence"), and not dates, symbols, references, numbering, times,
//! phone numbers, addresses or codes. The claim reading ([`crate::check::read_claim`]) asks
//! this module of every number it reads, so a sentence checked alone and one found in a
//! document are read alike.

use std::ops::Range;

use crate::check::number::ReadNumber;
use crate::lexicon::english::MONTHS;
use crate::record::{Qualifier, Unit};

/// Words before a number that make it a reference or a label, not a quantity (lower case).
const REFERENCE_WORDS: &[&str] = &[
    "book",
    "label",
    "panel",
    "amendment",
    "amendments",
    "motion",
    "motions",
    "verse",
    "verses",
    "annex",
    "appendix",
    "art",
    "article",
    "articles",
    "arts",
    "box",
    "ch",
    "chapter",
    "channel",
    "channels",
    "chapters",
    "cible",
    "criterion",
    "clause",
    "clauses",
    "decision",
    "decisions",
    "ep",
    "episode",
    "episodes",
    "exit",
    "ext",
    "fig",
    "figs",
    "figure",
    "fn",
    "footnote",
    "flight",
    "footnotes",
    "gate",
    "goal",
    "goals",
    "issue",
    "item",
    "items",
    "junction",
    "line",
    "lines",
    "n",
    "no",
    "nos",
    "note",
    "notes",
    "number",
    "p",
    "page",
    "pages",
    "para",
    "paragraph",
    "paragraphs",
    "paras",
    "part",
    "platform",
    "point",
    "points",
    "post",
    "pp",
    "press",
    "principle",
    "recommendation",
    "recommendations",
    "rev",
    "revision",
    "ref",
    "reference",
    "release",
    "requirement",
    "requirements",
    "res",
    "resolution",
    "resolutions",
    "room",
    "rule",
    "sdg",
    "sdgs",
    "sec",
    "season",
    "section",
    "sections",
    "session",
    "slide",
    "sprint",
    "sprints",
    "step",
    "suite",
    "tab",
    "table",
    "target",
    "targets",
    "theatre",
    "tile",
    "tiles",
    "theater",
    "tweet",
    "version",
    "vol",
    "volume",
];

/// Words that name a street after a house number (lower case).
const STREET_WORDS: &[&str] = &[
    "allee",
    "avenida",
    "avenue",
    "ave",
    "boulevard",
    "blvd",
    "calle",
    "carrer",
    "chemin",
    "drive",
    "gasse",
    "lane",
    "place",
    "platz",
    "plaza",
    "quai",
    "road",
    "rd",
    "rua",
    "rue",
    "square",
    "st",
    "street",
    "strasse",
    "straße",
    "via",
    "viale",
    "way",
    "weg",
    "wharf",
    "quay",
    "crescent",
    "terrace",
    "mews",
    "walk",
    "grove",
    "gardens",
    "parade",
];

/// Words that name a street only after its name and a house number ("7 Orchard *Close*",
/// "1 College *Green*"), being common words elsewhere ("*Close*, but the report says ...").
const STREET_WORDS_AFTER_A_NAME: &[&str] = &["close", "green"];

/// Words before a bare whole number that make it a label when no word follows it: an
/// audio-guide stop, a floor, a track ("STOP 45 - On the move", "the desk on level 2.");
/// "stop 300 children being trafficked" is a quantity (lower case).
const LABEL_WORDS: &[&str] = &[
    "stop", "level", "floor", "track", "exhibit", "gallery", "hall", "booth", "board", "stand",
    "draft", "proof", "slot", "speaker", "week", "day", "lesson", "module", "stage", "phase",
    "round",
];

/// Words for a phone number before it (lower case).
const PHONE_WORDS: &[&str] = &[
    "bleep",
    "call",
    "ext",
    "extension",
    "dial",
    "fax",
    "helpline",
    "hotline",
    "pager",
    "phone",
    "sms",
    "tel",
    "telephone",
    "text",
    "whatsapp",
];

/// Words after a number that make it a time of day (lower case, dots removed).
const TIME_WORDS: &[&str] = &[
    "am", "pm", "h", "hrs", "gmt", "utc", "cet", "cest", "est", "edt", "bst", "oclock", "noon",
    "midday", "midnight",
];

/// Units of a radio frequency after a number ("Dale Valley Radio 104.2 FM"): a station, not
/// a quantity.
const FREQUENCY_WORDS: &[&str] = &["fm", "mhz", "khz"];

/// Words before the hour a time span starts or ends at ("from 12.30", "until 17.45").
const TIME_SPAN_WORDS: &[&str] = &["from", "until", "till", "til"];

/// Words before the hour of a deadline or a timestamp ("by 16.00", "filed 11.40", "print
/// deadline 21.15").
const TIME_STAMP_WORDS: &[&str] = &[
    "by", "before", "after", "deadline", "filed", "due", "updated", "posted", "sent",
];

/// Words after an hour in words that make it a time ("at nine *tonight*", "at eight
/// *sharp*").
const AFTER_AN_HOUR: &[&str] = &["tonight", "tomorrow", "today", "this", "sharp", "oclock"];

/// Tens written as words, and the ordinals that follow them in "fifty-eighth".
const TENS_WORDS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const UNIT_ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];

/// A word list with the first letters of its words, so that a word whose first letter
/// starts none of them is refused without comparing it with each.
pub(crate) struct Words {
    /// The words (lower case, or compared whatever their ASCII case).
    list: &'static [&'static str],
    /// A bit per lower-cased ASCII first byte of a word of the list; bit 0 for any first
    /// byte that is not ASCII.
    initials: u128,
}

impl Words {
    /// The list, with its first letters.
    pub(crate) const fn new(list: &'static [&'static str]) -> Words {
        let mut initials = 0u128;
        let mut i = 0;
        while i < list.len() {
            let bytes = list[i].as_bytes();
            if !bytes.is_empty() {
                initials |= initial_bit(bytes[0]);
            }
            i += 1;
        }
        Words { list, initials }
    }

    /// Whether `word` is one of the list, whatever its ASCII case (as [`in_list`]).
    pub(crate) fn has(&self, word: &str) -> bool {
        word.as_bytes()
            .first()
            .is_some_and(|&b| self.initials & initial_bit(b) != 0)
            && in_list(self.list, word)
    }
}

/// The bit of a first byte in [`Words::initials`].
const fn initial_bit(b: u8) -> u128 {
    if b.is_ascii() {
        1 << b.to_ascii_lowercase()
    } else {
        1
    }
}

/// The lists of this module with their first letters.
const MONTH_WORDS: Words = Words::new(MONTHS);
const REFERENCE_WORDS_BY_INITIAL: Words = Words::new(REFERENCE_WORDS);
const LABEL_WORDS_BY_INITIAL: Words = Words::new(LABEL_WORDS);
const TIME_WORDS_BY_INITIAL: Words = Words::new(TIME_WORDS);
const FREQUENCY_WORDS_BY_INITIAL: Words = Words::new(FREQUENCY_WORDS);
const TIME_SPAN_WORDS_BY_INITIAL: Words = Words::new(TIME_SPAN_WORDS);
const AFTER_AN_HOUR_BY_INITIAL: Words = Words::new(AFTER_AN_HOUR);
const TIME_STAMP_WORDS_BY_INITIAL: Words = Words::new(TIME_STAMP_WORDS);
const STREET_WORDS_BY_INITIAL: Words = Words::new(STREET_WORDS);
const STREET_WORDS_AFTER_A_NAME_BY_INITIAL: Words = Words::new(STREET_WORDS_AFTER_A_NAME);
const PHONE_WORDS_BY_INITIAL: Words = Words::new(PHONE_WORDS);

/// Whether `word` is a month's name or its short form ([`MONTHS`]), whatever its case.
pub(crate) fn is_month(word: &str) -> bool {
    MONTH_WORDS.has(word)
}

pub(crate) use crate::lexicon::in_list;

/// Whether an hour and its minutes, as a number's two parts, make a time of day ("16", "00";
/// "9", "30"; not "25", "00" nor "12", "5").
fn hour_and_minutes((hour, minutes): (&str, &str)) -> bool {
    minutes.len() == 2
        && (1..=2).contains(&hour.len())
        && hour.parse::<u8>().is_ok_and(|h| h <= 23)
        && minutes.parse::<u8>().is_ok_and(|m| m < 60)
}

/// Whether `word` ends as a plural does ("helplines"; not "access").
pub(crate) fn looks_plural(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

/// Whether `word` may be a verb in the third person or the past: longer than three letters,
/// in lower case, ending in "-ed" or as a plural does ("shared", "costs").
pub(crate) fn looks_like_a_verb(word: &str) -> bool {
    word.len() > 3
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && (word.ends_with("ed") || looks_plural(word))
}

/// The last word of `text` (letters only) and the text before it, after trailing spaces and
/// one trailing dot.
fn last_word(text: &str) -> (&str, &str) {
    let t = text.trim_end();
    let t = t.strip_suffix('.').unwrap_or(t);
    let start = t
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    (&t[start..], &t[..start])
}

/// The first word of `text` (letters, and inner dots and apostrophes removed), after
/// leading spaces.
fn first_word(text: &str) -> FirstWord {
    let mut out = FirstWord::default();
    for c in text
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '.' || *c == '\'')
        .filter(|c| c.is_alphabetic())
    {
        if out.len + c.len_utf8() > out.buf.len() {
            // Longer than any word of the lists: no match.
            return FirstWord::default();
        }
        c.encode_utf8(&mut out.buf[out.len..]);
        out.len += c.len_utf8();
    }
    out
}

/// A short word in a stack buffer (the word lists are of short words).
#[derive(Default)]
struct FirstWord {
    buf: [u8; 16],
    len: usize,
}

impl std::ops::Deref for FirstWord {
    type Target = str;

    fn deref(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// Whether `after` (the text right after a number) opens with a slash and a year ("$236bn
/// */yr*", "€2.7bn */year*"): "a year", not a symbol.
pub(crate) fn per_year(after: &str) -> bool {
    ["/yr", "/year", "/y"].iter().any(|unit| {
        after
            .get(..unit.len())
            .is_some_and(|a| a.eq_ignore_ascii_case(unit))
            && !after[unit.len()..].starts_with(char::is_alphanumeric)
    })
}

/// `sentence` after the list or section number that opens it ("2. ", "3) ", "4.3 "), when
/// a word follows; the whole sentence otherwise.
pub(crate) fn after_numbering(sentence: &str) -> &str {
    let t = sentence.trim_start();
    let digits = t.len()
        - t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .len();
    let (number, rest) = t.split_at(digits);
    if number.is_empty()
        || !number
            .split('.')
            .all(|p| p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
        || !number.starts_with(|c: char| c.is_ascii_digit())
    {
        return sentence;
    }
    // A number with a dot ("2.", "4.3") or a bracket after it ("3)"), not a bare one.
    let (marked, rest) = match rest.strip_prefix(')') {
        Some(r) => (true, r),
        None => (number.contains('.'), rest),
    };
    match rest.strip_prefix(char::is_whitespace) {
        Some(r) if marked && r.trim_start().starts_with(char::is_uppercase) => r.trim_start(),
        _ => sentence,
    }
}

/// Whether `number`, before a colon and a space (`after` starts with the colon), opens a
/// line of key numbers ("15,000: children trafficked ...", "1.5 million: children in ..."):
/// digits grouped, with decimals or a scale; a bare whole number so placed is a label ("Day
/// 2:"), so is a number in words ("Two: put ..."), and one before a colon and a digit is a
/// time or a symbol ("10:30").
fn key_number(number: &str, after: &str) -> bool {
    after[1..].starts_with(' ')
        && number.bytes().any(|b| b.is_ascii_digit())
        && !number.bytes().all(|b| b.is_ascii_digit())
}

/// `text` without a trailing run of digits (with inner `.` and `,`).
fn strip_number_suffix(text: &str) -> Option<&str> {
    let t = text.trim_end();
    let stripped = t.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    (stripped.len() < t.len() && t.ends_with(|c: char| c.is_ascii_digit())).then_some(stripped)
}

/// Whether number `n` of `sentence` is a quantity by the rules: not part of a date, a
/// document symbol or slashed number, a reference (paragraph, footnote, page, article,
/// resolution, goal, target), list or section numbering, a time of day, a phone number, a
/// street address, a hyphenated code ("COVID-19"), a web or e-mail address, an ordinal
/// written as words ("fifty-eighth"), or a bare "one" ("no one").
pub(crate) fn is_quantity(sentence: &str, n: &ReadNumber) -> bool {
    let claimed = &n.claimed;
    let Some(number) = sentence.get(n.span.clone()) else {
        return false;
    };
    let before = &sentence[..n.span.start];
    let after = &sentence[n.span.end..];
    // "fifty-eighth session": an ordinal, whatever the reader made of it.
    if let Some((tens, ordinal)) = number.rsplit_once('-')
        && in_list(UNIT_ORDINALS, ordinal)
        && in_list(TENS_WORDS, last_word(tens).0)
    {
        return false;
    }
    // A verse with its part and range: "Romans 10.8b-13".
    if number.ends_with(|c: char| c.is_ascii_alphabetic())
        && after
            .strip_prefix('-')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        return false;
    }
    // Inside a web or e-mail address.
    let token_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token_end = after
        .find(char::is_whitespace)
        .map_or(sentence.len(), |i| n.span.end + i);
    let token = &sentence[token_start..token_end];
    let has = |b: u8| token.as_bytes().contains(&b);
    if (has(b':') && token.contains("://")) || (has(b'.') && token.contains("www.")) || has(b'@') {
        return false;
    }
    // "in one year", "in one month": the period of another quantity ("EUR 2.7 billion in one
    // year", a caption's "Cost of ... in the EU, one year | €2.7bn"), not a duration.
    if claimed.qualifier == Qualifier::Exact
        && matches!(claimed.unit, Unit::Years | Unit::Months)
        && claimed.value == 1.0
        && number
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("one"))
        && (last_word(before).0.eq_ignore_ascii_case("in") || before.trim_end().ends_with(','))
    {
        return false;
    }
    if claimed.unit != Unit::Count {
        return true;
    }
    // A number with a leading zero ("0800 1111", "040 123 45 67") is a code or a phone
    // number; so are bare digit groups side by side ("211 20 Malmö").
    if number.len() > 1 && number.starts_with('0') && !number.starts_with("0.") {
        return false;
    }
    let bare = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let next_group = after
        .strip_prefix(' ')
        .map(|r| r.split(|c: char| !c.is_ascii_digit()).next().unwrap_or(""));
    let previous_group = before
        .strip_suffix(' ')
        .map(|r| r.rsplit(|c: char| !c.is_ascii_digit()).next().unwrap_or(""));
    let year = |t: &str| t.len() == 4 && t.parse::<u16>().is_ok_and(|y| (1900..=2100).contains(&y));
    if bare(number)
        && (next_group.is_some_and(|g| bare(g) && !year(g))
            || previous_group.is_some_and(|g| bare(g) && !year(g)))
    {
        return false;
    }
    // A bare "one": "no one", "one day".
    if claimed.qualifier == Qualifier::Exact && number.eq_ignore_ascii_case("one") {
        return false;
    }
    let glued_before = before.chars().next_back();
    let glued_after = after.chars().next();
    // Symbols, slashed numbers, post numbers, times, markers: A/HRC/58/19, 3/8, 10:30, #2, ^12.
    let per_year = per_year(after);
    if matches!(
        glued_before,
        Some('/' | ':' | '#' | '^' | '§' | '=' | '_' | '&' | '%')
    ) || (matches!(glued_after, Some('/' | '_')) && !per_year)
        || (glued_after == Some(':') && !key_number(number, after))
    {
        return false;
    }
    // After a hyphen joined to a word or a number: COVID-19, CH-1211, 2025-01-13, 2018-19.
    if let Some(dash) = glued_before.filter(|c| matches!(c, '-' | '–' | '‑'))
        && before[..before.len() - dash.len_utf8()]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    // A marker: "(1)", "[12]"; a bare number alone in square brackets is a marker or an
    // identifier whatever its size ("[903114]", a Hansard question number).
    if matches!((glued_before, glued_after), (Some('('), Some(')'))) && claimed.value <= 100.0 {
        return false;
    }
    if matches!((glued_before, glued_after), (Some('['), Some(']'))) && bare(number) {
        return false;
    }
    // An emoji keycap ("1️⃣ Invest in ..."): a list number.
    if after.starts_with(['\u{fe0f}', '\u{20e3}']) {
        return false;
    }
    // Numbering after a speaker's label ("[22:04] Daniel: 1) The real figure ..."): a list
    // number.
    if bare(number)
        && number.len() <= 2
        && glued_after == Some(')')
        && before.trim_end().ends_with(':')
        && !matches!(glued_before, Some('('))
    {
        return false;
    }
    // Numbering opening a sentence: "2. Children ...", "3) ..." (digits alone: "15,000:
    // children trafficked ..." and "1.5 million: ..." open a line of key numbers).
    if before.trim().is_empty()
        && bare(number)
        && matches!(glued_after, Some('.' | ')' | ':'))
        && !after[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // Section numbering opening a sentence: "2.1 Trafficking."
    if before.trim().is_empty()
        && number.contains('.')
        && number
            .split('.')
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        && after
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_uppercase))
    {
        return false;
    }
    if before.trim().is_empty() && after.trim().is_empty() {
        // A sentence that is only a number: "2." alone.
        return false;
    }
    // Dates: "13 January 2025", "7–8 November", "7 and 8 November", "January 13", "Jan. 13".
    let mut rest = after.trim_start();
    for connector in ["–", "-", "—", "and ", "to ", "& ", "/"] {
        if let Some(r) = rest.strip_prefix(connector) {
            let r = r.trim_start();
            let digits = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits > 0 {
                rest = &r[digits..];
            }
            break;
        }
    }
    if is_month(&first_word(rest)) {
        return false;
    }
    // The word right before the number, and the text before that word.
    let (word, rest_before) = last_word(before);
    if is_month(word) {
        return false;
    }
    // References: "para. 41", "paras. 41 and 42", "pp. 121–122", "target 16.2", "No. 182".
    let mut prefix = before;
    loop {
        let t = prefix.trim_end();
        let mut stripped = None;
        for connector in [",", "and", "&", "or", "to", "–", "-", "—"] {
            if let Some(r) = t.strip_suffix(connector)
                && (connector.len() == 1 && !connector.chars().all(char::is_alphabetic)
                    || !r.ends_with(char::is_alphabetic))
                && let Some(r) = strip_number_suffix(r)
            {
                stripped = Some(r);
                break;
            }
        }
        match stripped {
            Some(r) => prefix = r,
            None => break,
        }
    }
    if REFERENCE_WORDS_BY_INITIAL.has(last_word(prefix).0) {
        return false;
    }
    // A version in the cell or after the label that names it: "Version | 2.1", "Release:
    // 3.0".
    if let Some(label) = prefix.trim_end().strip_suffix(['|', ':'])
        && in_list(
            &["version", "release", "revision", "rev", "build"],
            last_word(label).0,
        )
        && number.contains('.')
    {
        return false;
    }
    // A journal's volume before its issue, "12(3), pp. 211–236", and a DOI, "doi:10.5555/...".
    let issue = after.strip_prefix('(').is_some_and(|r| {
        let d = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        (1..=3).contains(&d) && r[d..].starts_with(')')
    });
    // (Or a number glued by a dot to a word of a DOI or a path: "irss.2023.0412".)
    let doi = {
        let b = before.as_bytes();
        (b.len() >= 4 && b[b.len() - 4..].eq_ignore_ascii_case(b"doi:"))
            || (b.len() >= 2 && b[b.len() - 1] == b'.' && b[b.len() - 2].is_ascii_alphabetic())
    };
    if (issue && bare(number)) || doi {
        return false;
    }
    // A section cross-reference: "(as in 4.3)", "see 2.1.", "cf. 3.2".
    let section_number = number.split('.').count() >= 2
        && number
            .split('.')
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    let see = || {
        let t = prefix.trim_end().as_bytes();
        ["as in", "see", "cf.", "cf", "under"].iter().any(|w| {
            t.len() >= w.len()
                && t[t.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
                && t[..t.len() - w.len()]
                    .last()
                    .is_none_or(|b| !b.is_ascii_alphanumeric())
        })
    };
    if section_number
        && see()
        && claimed.unit == Unit::Count
        && after
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ')' | ']' | ',' | '.' | ';'))
    {
        return false;
    }
    // Labels: "STOP 45 - On the move", "on level 2.", "(draft 4," (no word after the number),
    // and "slot 3 of 9." (a label's number out of a total: both numbers).
    fn out_of(t: &str) -> Option<&str> {
        t.trim_start()
            .strip_prefix("of ")
            .map(str::trim_start)
            .and_then(|r| {
                let d = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                (d > 0).then(|| &r[d..])
            })
    }
    // (Or a preposition of where it is: "on board 4 *in* the SU atrium".)
    let ends_label = |t: &str| {
        let t = t.trim_start();
        !t.starts_with(char::is_alphanumeric)
            || in_list(
                &["in", "at", "on", "near", "beside", "inside", "outside"],
                t.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""),
            )
    };
    if LABEL_WORDS_BY_INITIAL.has(word)
        && bare(number)
        && (ends_label(after) || out_of(after).is_some_and(ends_label))
    {
        return false;
    }
    if word.eq_ignore_ascii_case("of")
        && bare(number)
        && ends_label(after)
        && let Some(label) = strip_number_suffix(rest_before)
        && LABEL_WORDS_BY_INITIAL.has(last_word(label).0)
        && bare(rest_before.trim_end()[label.len()..].trim())
    {
        return false;
    }
    // Times of day: "3 p.m.", "14.00 CET", "at 10.30".
    let next = first_word(after);
    if TIME_WORDS_BY_INITIAL.has(&next) || FREQUENCY_WORDS_BY_INITIAL.has(&next) {
        return false;
    }
    if word.eq_ignore_ascii_case("at")
        && number
            .rsplit_once(['.', ':'])
            .is_some_and(|(h, m)| m.len() == 2 && h.len() <= 2)
    {
        return false;
    }
    // "every lunchtime from 12.30", "open until 17.45": an hour and its minutes after a word
    // of a time span.
    if TIME_SPAN_WORDS_BY_INITIAL.has(word)
        && claimed.unit == Unit::Count
        && number.rsplit_once(['.', ':']).is_some_and(hour_and_minutes)
    {
        return false;
    }
    // "brief them by 16.00.", "filed 11.40", "print deadline 21.15": an hour and its minutes
    // after a word of a deadline or a timestamp, ending its clause.
    if TIME_STAMP_WORDS_BY_INITIAL.has(word)
        && claimed.unit == Unit::Count
        && claimed.value < 24.0
        && (after.trim_start().is_empty()
            || after
                .trim_start()
                .starts_with(['.', ',', ';', ')', '(', '–', '-', '—'])
            || AFTER_AN_HOUR_BY_INITIAL.has(&next)
            || next.eq_ignore_ascii_case("on"))
        && number.split_once('.').is_some_and(hour_and_minutes)
    {
        return false;
    }
    // Times in words: "the news at eight.", "at nine tonight", "half past eleven", "a quarter
    // to ten".
    let hour_word = number.bytes().all(|b| b.is_ascii_alphabetic())
        && claimed.value >= 1.0
        && claimed.value <= 12.0
        && claimed.value.fract() == 0.0;
    let previous = word;
    let before_previous = last_word(rest_before).0;
    let ends = after.trim_start().is_empty()
        || after.trim_start().starts_with(['.', ',', ';', '!', '?'])
        || AFTER_AN_HOUR_BY_INITIAL.has(&next);
    if hour_word
        && ((previous.eq_ignore_ascii_case("at") && ends)
            || ((previous.eq_ignore_ascii_case("past") || previous.eq_ignore_ascii_case("to"))
                && (before_previous.eq_ignore_ascii_case("half")
                    || before_previous.eq_ignore_ascii_case("quarter"))))
    {
        return false;
    }
    // A version after a code in capitals: "CC BY-SA 4.0", "ISO 9001".
    let code_before = last_word(before.trim_end_matches('-')).0;
    let caps_code = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| {
            w.len() >= 2
                && w.chars().all(|c| c.is_ascii_uppercase() || c == '-')
                && !["USD", "EUR", "US"].contains(&w)
        });
    // (Only what reads as a version or a code: "4.0", "9001"; not "UNICEF 213 million".)
    let code_like = number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && (number.contains('.') || number.len() >= 4);
    if caps_code && code_like && !code_before.is_empty() && claimed.qualifier == Qualifier::Exact {
        return false;
    }
    // A small number right after a word in capitals: a cue or a label after a short code
    // ("LX 3", "SQ 6 Pledge music bed", "MIC 3"; not "UN", "EU", "UK", "US"), or after a
    // longer word when the number ends its line or opens a bracket ("SHELF TALKER 5 (Teen
    // shelf)", "SCENE 3").
    let rest = after.trim_start();
    let small_after_capitals = bare(number)
        && number.len() <= 2
        && !code_before.is_empty()
        && code_before.bytes().all(|b| b.is_ascii_uppercase())
        && before.trim_end().ends_with(code_before);
    let short_code = (2..=3).contains(&code_before.len())
        && !["UN", "EU", "UK", "US"].contains(&code_before)
        && claimed.qualifier == Qualifier::Exact;
    let label =
        code_before.len() >= 4 && (rest.is_empty() || rest.starts_with(['(', ':', '–', '-']));
    if small_after_capitals && (short_code || label) {
        return false;
    }
    // A row number, the first cell of a table row: "1 | Web explainer | 14 Jan | ...".
    if before.trim().is_empty() && bare(number) && number.len() <= 2 && rest.starts_with('|') {
        return false;
    }
    // A library call number: "303.6: war and society", "Shelved at 304.8 MEN".
    let call_number = number
        .split_once('.')
        .is_some_and(|(a, b)| a.len() == 3 && bare(a) && bare(b));
    let shelf_mark = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()));
    if claimed.unit == Unit::Count && call_number && (after.starts_with(':') || shelf_mark) {
        return false;
    }
    // A time zone: "(UTC+2)", "GMT-5".
    if ["UTC+", "UTC-", "UTC−", "GMT+", "GMT-", "GMT−"]
        .iter()
        .any(|z| before.ends_with(z))
    {
        return false;
    }
    // An emergency or a non-emergency number: "call the police on 999", "dial 911", "or 999 in an
    // emergency", "police on 101", "call 111".
    let emergency_after = {
        let rest = after.trim_start();
        ["in an emergency", "in emergencies", "for emergencies"]
            .iter()
            .any(|p| {
                rest.get(..p.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(p))
            })
    };
    // ("Call 999 in the UK *or 112* anywhere in the European Union": joined to another.)
    let emergency = ["999", "911", "112", "101", "111"];
    let joined_to_another = (word.eq_ignore_ascii_case("or") || word.eq_ignore_ascii_case("and"))
        && before
            .split(|c: char| !c.is_ascii_digit())
            .any(|w| emergency.contains(&w));
    // (Or after a label: "Emergency: 999", "Non-emergency: 101".)
    let label = last_word(before.trim_end().trim_end_matches(':')).0;
    let labelled = before.trim_end().ends_with(':')
        && label
            .get(label.len().saturating_sub(9)..)
            .is_some_and(|w| w.eq_ignore_ascii_case("emergency"));
    if emergency.contains(&number)
        && (["on", "call", "dial", "ring"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
            || emergency_after
            || joined_to_another
            || labelled)
    {
        return false;
    }
    // A room or a code glued after a letter and a dot: "Room G.14"; a section number after
    // a Roman numeral: "II.1 Background", "IV.3 Deadline".
    if let Some(head) = before.strip_suffix('.') {
        let letters = head
            .chars()
            .rev()
            .take_while(char::is_ascii_uppercase)
            .count();
        let word_start = head
            .chars()
            .rev()
            .nth(letters)
            .is_none_or(char::is_whitespace);
        let roman = head[head.len() - letters..]
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X'));
        if word_start && (letters == 1 || ((2..=4).contains(&letters) && roman)) {
            return false;
        }
    }
    // A short code to text: "text REALITY to 61427", "\"Text LIGHTS to 70085\"", "Text line:
    // 81196".
    if bare(number)
        && (4..=6).contains(&number.len())
        && (word.eq_ignore_ascii_case("to") || before.trim_end().ends_with(':'))
        && before
            .split_whitespace()
            .rev()
            .take(4)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .any(|w| w.eq_ignore_ascii_case("text") || w.eq_ignore_ascii_case("sms"))
    {
        return false;
    }
    // Phone numbers: "+41 22 917 9000", "(212) 963-1234", "call 116 111".
    if is_phone_number(sentence, n.span.clone()) {
        return false;
    }
    // Street addresses: "405 East 42nd Street", "10 Downing Street", "Rue de la Paix 12, 1202
    // Geneva".
    if before
        .split_whitespace()
        .rev()
        .take(5)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| w.starts_with(char::is_uppercase) && STREET_WORDS_BY_INITIAL.has(w))
    {
        return false;
    }
    let next_words = || {
        after
            .split_whitespace()
            .take(3)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
    };
    // (The street's name right after the number, with no mark between: not "3.3 million
    // (ILO, Walk Free and IOM)".)
    let unbroken = || after.split([',', '(', ')', ';', ':']).next().unwrap_or("");
    if next_words()
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && unbroken()
            .split_whitespace()
            .take(3)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .any(|w| {
                STREET_WORDS_BY_INITIAL.has(w)
                    || (w.starts_with(char::is_uppercase)
                        && STREET_WORDS_AFTER_A_NAME_BY_INITIAL.has(w))
            })
    {
        return false;
    }
    // A house number before a street and a town with a British postcode ("88 Deansgate,
    // Manchester M3 2ER").
    if bare(number)
        && next_words()
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && has_uk_postcode(after.split_whitespace().take(6))
    {
        return false;
    }
    true
}

/// Whether two words side by side among `words` form a British postcode: an outward code of
/// one or two capital letters, a digit and an optional letter or digit ("M3", "SW1A",
/// "EC1V"), then an inward code of a digit and two capital letters ("2ER").
fn has_uk_postcode<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let words: Vec<&str> = words
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
        .collect();
    let outward = |w: &str| {
        let b = w.as_bytes();
        let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
        (1..=2).contains(&letters)
            && b.len() > letters
            && b[letters].is_ascii_digit()
            && b.len() <= letters + 2
            && b[letters + 1..]
                .iter()
                .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    };
    let inward = |w: &str| {
        let b = w.as_bytes();
        b.len() == 3
            && b[0].is_ascii_digit()
            && b[1].is_ascii_uppercase()
            && b[2].is_ascii_uppercase()
    };
    words.windows(2).any(|p| outward(p[0]) && inward(p[1]))
}

/// Whether the digits at `span` of `sentence` belong to a phone number: a run of digit
/// groups joined by spaces, hyphens, dots or brackets that starts with `+`, or has three
/// groups and seven digits or more, or follows a phone word ("call", "tel.").
fn is_phone_number(sentence: &str, span: Range<usize>) -> bool {
    // Thousands written with commas ("473,000,000") are a number, not a phone number.
    let number = sentence.get(span.clone()).unwrap_or("");
    let grouped = number.contains(',')
        && number
            .split(',')
            .skip(1)
            .all(|g| g.len() >= 3 && g.starts_with(|c: char| c.is_ascii_digit()));
    if grouped {
        return false;
    }
    let in_run = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '+');
    let start = sentence[..span.start]
        .char_indices()
        .rev()
        .take_while(|(_, c)| in_run(*c))
        .last()
        .map_or(span.start, |(i, _)| i);
    let end = sentence[span.end..]
        .char_indices()
        .take_while(|(_, c)| in_run(*c))
        .last()
        .map_or(span.end, |(i, c)| span.end + i + c.len_utf8());
    let run = sentence[start..end].trim_matches(|c: char| c == ' ' || c == '.');
    let groups = run
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .count();
    let digits = run.bytes().filter(u8::is_ascii_digit).count();
    // (Every test below needs three digits at least.)
    if digits < 3 {
        return false;
    }
    // Thousands written with spaces ("473 000 000"), the whole run of digits the number
    // read, are a number too; "+44 207 946 095" is not.
    let tail = run
        .rfind(|c: char| !in_run(c))
        .map_or(run, |i| {
            &run[i + run[i..].chars().next().map_or(1, char::len_utf8)..]
        })
        .trim();
    let mut spaced = tail.split(' ');
    let thousands = tail.contains(' ')
        && number.ends_with(tail)
        && spaced
            .next()
            .is_some_and(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()))
        && spaced.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    if thousands {
        return false;
    }
    if run.starts_with('+') && run[1..].starts_with(|c: char| c.is_ascii_digit()) && digits >= 6 {
        return true;
    }
    if groups >= 3 && digits >= 7 {
        return true;
    }
    // "helpline, 116 111": the word before, past a comma.
    let (word, _) = last_word(sentence[..start].trim_end().trim_end_matches([',', ':']));
    groups >= 1 && digits >= 3 && PHONE_WORDS_BY_INITIAL.has(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_list_knows_its_words_by_their_first_letters() {
        for list in [
            MONTHS,
            REFERENCE_WORDS,
            STREET_WORDS,
            STREET_WORDS_AFTER_A_NAME,
            PHONE_WORDS,
            TIME_WORDS,
        ] {
            let words = Words::new(list);
            for w in list {
                assert!(words.has(w) && words.has(&w.to_ascii_uppercase()), "{w}");
            }
        }
        assert!(!is_month("million") && !is_month("children") && !is_month(""));
        let accented = Words::new(&["straße", "émile"]);
        assert!(accented.has("émile") && accented.has("STRAßE") && !accented.has("èmile"));
    }
}
