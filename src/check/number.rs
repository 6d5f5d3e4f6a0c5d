//! Reading numbers the way people write them: `38%`, `38 per cent`, `thirty-eight percent`,
//! `2.7bn`, `1.7m`, `15,000`, `473 000 000`, `US$236 billion`, `€2.7bn`, `one in six`, `two
//! in five`, `38 out of every 100`, `half`, `a third`, `three times`, `twice`, with the hedge in
//! front (`about`, `over`, `nearly`, ...).
//!
//! ```
//! use vac_figures::check::read_numbers;
//! use vac_figures::{Qualifier, Unit};
//!
//! let found = read_numbers("Over 470m children live in war zones");
//! assert_eq!(found.len(), 1);
//! let n = &found[0].claimed;
//! assert_eq!((n.value, n.unit, n.qualifier), (470e6, Unit::Count, Qualifier::MoreThan));
//! assert_eq!(n.precision, 1e7); // "470m" is rounded to tens of millions
//!
//! let found = read_numbers("forced labour makes $236bn a year");
//! assert_eq!((found[0].claimed.value, found[0].claimed.unit), (236e9, Unit::Usd));
//! ```
//!
//! Years written as numbers (`2014`, `since 2019`) are context, not claimed values, and are
//! skipped; so are ordinals (`15th`) and numbers glued to letters that are not a scale
//! (`G20`, `COVID19`).

use std::ops::Range;

use crate::check::verdict::{Claimed, precision_of, rounding_unit};
use crate::record::{Qualifier, Unit};

/// A number found in text, with what it claims and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadNumber {
    /// The value, unit, hedge and precision the text states.
    pub claimed: Claimed,
    /// The byte range of the number (hedge and unit words included) in the text.
    pub span: Range<usize>,
}

/// A token: a run of letters, a run of digits (with inner `,` and `.`), or one symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Number,
    Symbol,
}

#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    kind: Kind,
    text: &'a str,
    start: usize,
    end: usize,
    /// No space between this token and the previous one.
    glued: bool,
}

impl Tok<'_> {
    fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }
}

fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::with_capacity(text.len() / 4);
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut last_end = usize::MAX;
    while i < text.len() {
        let b = bytes[i];
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        let start = i;
        let kind = if c.is_ascii_digit() {
            let mut j = i + 1;
            while j < bytes.len() {
                let b = bytes[j];
                let inner =
                    (b == b',' || b == b'.') && bytes.get(j + 1).is_some_and(u8::is_ascii_digit);
                if b.is_ascii_digit() || inner {
                    j += 1;
                } else {
                    break;
                }
            }
            i = spaced_groups(text, start, j);
            Kind::Number
        } else if c.is_alphabetic() {
            // Letters, and an apostrophe after the first; ASCII without decoding.
            let mut j = i + c.len_utf8();
            while j < bytes.len() {
                let b = bytes[j];
                if b.is_ascii_alphabetic() || b == b'\'' {
                    j += 1;
                } else if b.is_ascii() {
                    break;
                } else {
                    match text[j..].chars().next() {
                        Some(ch) if ch.is_alphabetic() => j += ch.len_utf8(),
                        _ => break,
                    }
                }
            }
            i = j;
            Kind::Word
        } else if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        } else {
            i += c.len_utf8();
            Kind::Symbol
        };
        toks.push(Tok {
            kind,
            text: &text[start..i],
            start,
            end: i,
            glued: last_end == start,
        });
        last_end = i;
    }
    toks
}

/// The end of a number written in groups of three digits with spaces ("473 000 000", or
/// "15 000" with a no-break or thin space) whose first group, of one to three digits, is
/// `text[start..end]`: every group after it has exactly three digits, and there are at
/// least two after plain spaces (one plain-spaced group, as in "call 116 111", is two
/// numbers). `end` when the number is not written so.
fn spaced_groups(text: &str, start: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    if end - start > 3 || !bytes[start..end].iter().all(u8::is_ascii_digit) {
        return end;
    }
    let (mut at, mut groups, mut marked) = (end, 0, false);
    loop {
        let (width, no_break) = match text.get(at..).and_then(|r| r.chars().next()) {
            Some(' ') => (1, false),
            Some(c @ ('\u{a0}' | '\u{202f}' | '\u{2009}')) => (c.len_utf8(), true),
            _ => break,
        };
        let group = &bytes[at + width..];
        if group.len() >= 3
            && group[..3].iter().all(u8::is_ascii_digit)
            && !group.get(3).is_some_and(u8::is_ascii_digit)
        {
            at += width + 3;
            groups += 1;
            marked |= no_break;
        } else {
            break;
        }
    }
    if groups >= 2 || (groups >= 1 && marked) {
        at
    } else {
        end
    }
}

/// The value of a number word, and whether it is a "tens" word that may take a unit word
/// after it (`thirty-eight`).
fn word_number(word: &str) -> Option<(f64, bool)> {
    if !(3..=9).contains(&word.len()) {
        return None;
    }
    let mut buf = [0u8; 9];
    for (b, c) in buf.iter_mut().zip(word.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    let units = |v: f64| Some((v, false));
    let tens = |v: f64| Some((v, true));
    match &buf[..word.len()] {
        b"zero" => units(0.0),
        b"one" => units(1.0),
        b"two" => units(2.0),
        b"three" => units(3.0),
        b"four" => units(4.0),
        b"five" => units(5.0),
        b"six" => units(6.0),
        b"seven" => units(7.0),
        b"eight" => units(8.0),
        b"nine" => units(9.0),
        b"ten" => units(10.0),
        b"eleven" => units(11.0),
        b"twelve" => units(12.0),
        b"thirteen" => units(13.0),
        b"fourteen" => units(14.0),
        b"fifteen" => units(15.0),
        b"sixteen" => units(16.0),
        b"seventeen" => units(17.0),
        b"eighteen" => units(18.0),
        b"nineteen" => units(19.0),
        b"twenty" => tens(20.0),
        b"thirty" => tens(30.0),
        b"forty" => tens(40.0),
        b"fifty" => tens(50.0),
        b"sixty" => tens(60.0),
        b"seventy" => tens(70.0),
        b"eighty" => tens(80.0),
        b"ninety" => tens(90.0),
        _ => None,
    }
}

/// `value` times a hundred when token `j` is "hundred", with the tens and units after it
/// ("four hundred and seventy-three", "a hundred and nineteen"); the value and the token
/// after what was read.
fn hundreds(toks: &[Tok<'_>], j: usize, value: f64) -> (f64, usize) {
    if !toks.get(j).is_some_and(|t| t.is("hundred")) {
        return (value, j);
    }
    let mut value = value * 100.0;
    let mut j = j + 1;
    let k = if toks.get(j).is_some_and(|t| t.is("and")) {
        j + 1
    } else {
        j
    };
    if let Some(next) = toks.get(k)
        && let Some((tens_value, tens)) = word_number(next.text)
        && tens_value > 0.0
    {
        let mut rest = tens_value;
        let mut end = k + 1;
        if tens {
            let u = if toks.get(end).is_some_and(|t| t.text == "-" && t.glued) {
                end + 1
            } else {
                end
            };
            if let Some(unit_word) = toks.get(u)
                && let Some((v, false)) = word_number(unit_word.text)
                && v > 0.0
                && v < 10.0
            {
                rest += v;
                end = u + 1;
            }
        }
        value += rest;
        j = end;
    }
    (value, j)
}

/// Denominator words: `third` → 3, `quarter` → 4, `fifth` → 5, ...
fn fraction_word(word: &str) -> Option<f64> {
    const WORDS: [(&str, f64); 14] = [
        ("half", 2.0),
        ("halves", 2.0),
        ("third", 3.0),
        ("thirds", 3.0),
        ("quarter", 4.0),
        ("quarters", 4.0),
        ("fourth", 4.0),
        ("fifth", 5.0),
        ("fifths", 5.0),
        ("sixth", 6.0),
        ("tenth", 10.0),
        ("tenths", 10.0),
        ("eighth", 8.0),
        ("seventh", 7.0),
    ];
    WORDS
        .iter()
        .find(|(w, _)| word.eq_ignore_ascii_case(w))
        .map(|&(_, d)| d)
}

/// A scale word or suffix: `million`, `m`, `bn`, `thousand`, `k`, ...
fn scale(word: &str) -> Option<f64> {
    const SCALES: [(&str, f64); 14] = [
        ("thousand", 1e3),
        ("thousands", 1e3),
        ("k", 1e3),
        ("million", 1e6),
        ("millions", 1e6),
        ("m", 1e6),
        ("mn", 1e6),
        ("mln", 1e6),
        ("billion", 1e9),
        ("billions", 1e9),
        ("bn", 1e9),
        ("b", 1e9),
        ("trillion", 1e12),
        ("tn", 1e12),
    ];
    SCALES
        .iter()
        .find(|(w, _)| word.eq_ignore_ascii_case(w))
        .map(|&(_, s)| s)
}

/// Hedges written before a number, longest first: `(words, qualifier)`.
const HEDGES: &[(&[&str], Qualifier)] = &[
    (&["more", "than"], Qualifier::MoreThan),
    (&["greater", "than"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::MoreThan),
    (&["just", "over"], Qualifier::MoreThan),
    (&["well", "over"], Qualifier::MoreThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["less", "than"], Qualifier::LessThan),
    (&["just", "under"], Qualifier::Almost),
    (&["close", "to"], Qualifier::Approximate),
    (&["an", "estimated"], Qualifier::Approximate),
    (&["some"], Qualifier::Approximate),
    (&["about"], Qualifier::Approximate),
    (&["around"], Qualifier::Approximate),
    (&["approximately"], Qualifier::Approximate),
    (&["approx"], Qualifier::Approximate),
    (&["roughly"], Qualifier::Approximate),
    (&["circa"], Qualifier::Approximate),
    (&["estimated"], Qualifier::Approximate),
    (&["nearly"], Qualifier::Almost),
    (&["almost"], Qualifier::Almost),
    (&["over"], Qualifier::MoreThan),
    (&["top"], Qualifier::MoreThan),
    (&["tops"], Qualifier::MoreThan),
    (&["topped"], Qualifier::MoreThan),
    (&["exceed"], Qualifier::MoreThan),
    (&["exceeds"], Qualifier::MoreThan),
    (&["exceeded"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["exceeding"], Qualifier::MoreThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
];

/// The length of the longest word of [`HEDGES`].
const LONGEST_HEDGE_WORD: usize = {
    let mut longest = 0;
    let mut h = 0;
    while h < HEDGES.len() {
        let words = HEDGES[h].0;
        let mut w = 0;
        while w < words.len() {
            if words[w].len() > longest {
                longest = words[w].len();
            }
            w += 1;
        }
        h += 1;
    }
    longest
};

/// Reads every number in `text` that states a quantity.
pub fn read_numbers(text: &str) -> Vec<ReadNumber> {
    let toks = tokenize(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // A year said in words ("by twenty twenty-eight") is no quantity.
        if let Some(next) = spoken_year_at(text, &toks, i) {
            i = next;
            continue;
        }
        match read_at(&toks, i) {
            Some((mut number, mut next)) => {
                fraction_of_a_scale(&toks, &mut number, &mut next);
                // "45m+", "1,000+ children": at least that many.
                if let Some(plus) = toks.get(next)
                    && plus.text == "+"
                    && plus.glued
                    && number.claimed.qualifier == Qualifier::Exact
                    && number.claimed.unit != Unit::Percent
                {
                    number.claimed.qualifier = Qualifier::MoreThan;
                    number.span.end = plus.end;
                    next += 1;
                }
                out.push(number);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// The token after a year said in words at token `i` ("twenty eighteen", "twenty
/// twenty-three"), not one that goes on with a hyphen ("twenty eighteen-year-olds").
fn spoken_year_at(text: &str, toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let (century, second) = (toks.get(i)?, toks.get(i + 1)?);
    if !(century.is("twenty") || century.is("nineteen"))
        || second.kind != Kind::Word
        || second.glued
    {
        return None;
    }
    let hyphen_at = |k: usize| {
        toks.get(k).is_some_and(|t| t.text == "-" && t.glued)
            && toks
                .get(k + 1)
                .is_some_and(|t| t.glued && t.kind == Kind::Word)
    };
    let rest_end = if hyphen_at(i + 2) { i + 3 } else { i + 1 };
    if hyphen_at(rest_end + 1) {
        return None;
    }
    let rest = text.get(second.start..toks.get(rest_end)?.end)?;
    crate::lexicon::spoken_year(century.text, rest).map(|_| rest_end + 1)
}

/// A fraction of a scale: "three-quarters of a billion" is 750 million, "a quarter of a
/// trillion dollars" US$250 billion.
fn fraction_of_a_scale(toks: &[Tok<'_>], number: &mut ReadNumber, next: &mut usize) {
    let j = *next;
    let fraction = number.claimed.unit == Unit::Percent
        && toks[..j]
            .iter()
            .rev()
            .find(|t| t.end <= number.span.end)
            .is_some_and(|t| fraction_word(t.text).is_some());
    if !fraction
        || !toks.get(j).is_some_and(|t| t.is("of"))
        || !toks.get(j + 1).is_some_and(|t| t.is("a"))
    {
        return;
    }
    let Some(sc) = toks
        .get(j + 2)
        .and_then(|t| scale(t.text))
        .filter(|&s| s >= 1e6)
    else {
        return;
    };
    let mut end = j + 3;
    let mut unit = Unit::Count;
    if let Some(t) = toks.get(end) {
        if t.is_any(&["dollars", "dollar"]) {
            unit = Unit::Usd;
            end += 1;
        } else if t.is_any(&["euros", "euro"]) {
            unit = Unit::Eur;
            end += 1;
        }
    }
    let c = &mut number.claimed;
    c.value = c.value / 100.0 * sc;
    c.precision = c.precision / 100.0 * sc;
    c.unit = unit;
    number.span.end = toks[end - 1].end;
    *next = end;
}

/// A year used as a date: 1900–2100 written as plain digits, with no scale.
fn is_year_token(tok: &Tok<'_>, value: f64, precision: Option<f64>) -> bool {
    tok.kind == Kind::Number
        && !tok.text.contains([',', '.'])
        && (1900.0..=2100.0).contains(&value)
        && precision.is_none()
}

/// Ordinal words, `first` to `twentieth`, and the round tens to `fiftieth`.
fn ordinal_word(word: &str) -> Option<f64> {
    const ORDINALS: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    const TENS: [(&str, f64); 3] = [("thirtieth", 30.0), ("fortieth", 40.0), ("fiftieth", 50.0)];
    ORDINALS
        .iter()
        .position(|o| word.eq_ignore_ascii_case(o))
        .map(|i| i as f64 + 1.0)
        .or_else(|| {
            TENS.iter()
                .find(|(o, _)| word.eq_ignore_ascii_case(o))
                .map(|&(_, n)| n)
        })
}

/// The number in words at token `j` (after "and"), when it is a whole count below `scale`:
/// its value and the token after it.
fn smaller_words(toks: &[Tok<'_>], j: usize, scale: f64) -> Option<(f64, usize)> {
    let k = if toks.get(j)?.is("and") { j + 1 } else { j };
    let first = toks.get(k)?;
    if first.kind != Kind::Word || word_number(first.text).is_none() {
        return None;
    }
    let (rest, end) = read_at(toks, k)?;
    let whole = rest.claimed.unit == Unit::Count
        && rest.claimed.qualifier == Qualifier::Exact
        && rest.claimed.value >= 1.0
        && rest.claimed.value < scale
        && rest.claimed.value.fract() == 0.0;
    whole.then_some((rest.claimed.value, end))
}

/// Parses a plain digit token: `1,200` → 1200, `2.7` → 2.7.
fn parse_digits(text: &str) -> Option<f64> {
    if text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return text.parse().ok();
    }
    // Digit groups: copied without their commas and spaces into a buffer on the stack (a
    // longer token, which no sentence writes, takes a heap copy).
    let kept = |b: &u8| b.is_ascii_digit() || *b == b'.';
    let mut buf = [0u8; 40];
    if text.len() > buf.len() {
        let digits: String = text
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        return digits.parse().ok();
    }
    let mut n = 0;
    for (slot, &b) in buf
        .iter_mut()
        .zip(text.as_bytes().iter().filter(|b| kept(b)))
    {
        *slot = b;
        n += 1;
    }
    std::str::from_utf8(&buf[..n]).ok()?.parse().ok()
}

/// Tries to read a number starting at token `i`. Returns it and the index after it.
fn read_at(toks: &[Tok<'_>], i: usize) -> Option<(ReadNumber, usize)> {
    let tok = toks.get(i)?;
    let mut unit = Unit::Count;
    let mut precision: Option<f64> = None;
    let mut j; // the token after the core number
    let mut value;

    match tok.kind {
        Kind::Number => {
            value = parse_digits(tok.text)?;
            j = i + 1;
            // Ordinals and codes glued to letters: 15th, G20.
            if i > 0 && tok.glued && toks[i - 1].kind == Kind::Word {
                let prev = toks[i - 1];
                if !(prev.is("us") || prev.is("usd") || prev.is("eur")) {
                    return None;
                }
            }
            // A year with a letter in a citation: "UNICEF (2024b)", "2023a;".
            if tok.text.len() == 4
                && (1900.0..=2100.0).contains(&value)
                && let Some(next) = toks.get(j)
                && next.glued
                && next.kind == Kind::Word
                && next.text.len() == 1
                && next.text.bytes().all(|b| b.is_ascii_lowercase())
                && toks
                    .get(j + 1)
                    .is_none_or(|t| t.glued && matches!(t.text, ")" | "," | ";" | "]"))
            {
                return None;
            }
            if let Some(next) = toks.get(j)
                && next.glued
                && next.kind == Kind::Word
                && scale(next.text).is_none()
                && !next.is_any(&["x", "pc", "pct", "usd", "eur"])
            {
                return None;
            }
        }
        Kind::Word => {
            // Every number word starts with one of these letters ("a third", "double",
            // "eight", "first", "half", "nine", "one", "six", "two", "zero"): any other
            // word is no number, without comparing it with each.
            let initial = tok.text.as_bytes().first().map(u8::to_ascii_lowercase);
            if tok.text.len() > 11
                || !matches!(
                    initial,
                    Some(b'a' | b'd' | b'e' | b'f' | b'h' | b'n' | b'o' | b's' | b't' | b'z')
                )
            {
                return None;
            }
            if tok.is("a") || tok.is("an") {
                // "a third", "a quarter", "half a billion" is handled at "half".
                let next = toks.get(i + 1)?;
                // "a million", "more than a billion".
                if let Some(sc) = scale(next.text)
                    && sc >= 1e3
                {
                    return Some(finish(toks, i, i + 2, sc, Unit::Count, None));
                }
                // "a hundred and nineteen".
                if next.is("hundred") {
                    let (v, end) = hundreds(toks, i + 1, 1.0);
                    return Some(finish(toks, i, end, v, Unit::Count, None));
                }
                // "a decade": ten years; "a decade and a half": fifteen.
                if next.is("decade") {
                    let half = toks.get(i + 2).is_some_and(|t| t.is("and"))
                        && toks.get(i + 3).is_some_and(|t| t.is("a"))
                        && toks.get(i + 4).is_some_and(|t| t.is("half"));
                    if half {
                        return Some(finish(toks, i, i + 5, 15.0, Unit::Years, None));
                    }
                    return Some(finish(toks, i, i + 2, 10.0, Unit::Years, None));
                }
                // "a dozen": twelve.
                if next.is("dozen") {
                    return Some(finish(toks, i, i + 2, 12.0, Unit::Count, Some(2.0)));
                }
                let d = fraction_word(next.text)?;
                if d == 2.0 {
                    return None;
                }
                value = 100.0 / d;
                unit = Unit::Percent;
                precision = Some(5.0);
                j = i + 2;
                return Some(finish(toks, i, j, value, unit, precision));
            }
            if tok.is("half") {
                // "half a dozen", "half-dozen": six.
                let d = if toks
                    .get(i + 1)
                    .is_some_and(|t| t.is("a") || (t.text == "-" && t.glued))
                {
                    i + 2
                } else {
                    i + 1
                };
                if toks.get(d).is_some_and(|t| t.is("dozen")) {
                    let (unit, end) = match toks.get(d + 1) {
                        Some(t) if t.is_any(&["years", "year"]) => (Unit::Years, d + 2),
                        Some(t) if t.is_any(&["months", "month"]) => (Unit::Months, d + 2),
                        _ => (Unit::Count, d + 1),
                    };
                    return Some(finish(toks, i, end, 6.0, unit, Some(1.0)));
                }
                // "half-past eleven", "half past ten": a time of day.
                let k = if toks.get(i + 1).is_some_and(|t| t.text == "-" && t.glued) {
                    i + 2
                } else {
                    i + 1
                };
                if toks.get(k).is_some_and(|t| t.is("past")) {
                    return None;
                }
                // "half a billion", "half of all children"
                if let (Some(a), Some(s)) = (toks.get(i + 1), toks.get(i + 2))
                    && a.is("a")
                    && let Some(sc) = scale(s.text)
                {
                    return Some(finish(toks, i, i + 3, 0.5 * sc, Unit::Count, None));
                }
                return Some(finish(toks, i, i + 1, 50.0, Unit::Percent, Some(10.0)));
            }
            // "the fifteenth anniversary": an ordinal of elapsed years.
            if toks.get(i + 1).is_some_and(|t| t.is("anniversary"))
                && let Some(n) = ordinal_word(tok.text)
            {
                return Some(finish(toks, i, i + 1, n, Unit::Years, None));
            }
            // "twice", "double the rate", "triple that of adults" (a multiple); "doubled" and
            // "tripled" state a change, which the claim reading reads; "a double hit" is no
            // number.
            let compares = || {
                toks.get(i + 1).is_none_or(|n| {
                    n.is_any(&["the", "that", "as", "than", "what", "its", "their"])
                })
            };
            if tok.is("twice") || (tok.is("double") && compares()) {
                return Some(finish(toks, i, i + 1, 2.0, Unit::Times, None));
            }
            // "thrice as likely": three times.
            if tok.is("thrice") {
                return Some(finish(toks, i, i + 1, 3.0, Unit::Times, None));
            }
            if tok.is("triple") && compares() {
                return Some(finish(toks, i, i + 1, 3.0, Unit::Times, None));
            }
            let (v, tens) = word_number(tok.text)?;
            value = v;
            j = i + 1;
            if tens {
                // "thirty-eight" or "thirty eight"
                let k = if toks.get(j).is_some_and(|t| t.text == "-" && t.glued) {
                    j + 1
                } else {
                    j
                };
                if let Some(next) = toks.get(k)
                    && let Some((u, false)) = word_number(next.text)
                    && u < 10.0
                    && u > 0.0
                {
                    value += u;
                    j = k + 1;
                }
            }
            (value, j) = hundreds(toks, j, value);
            // "two and a half times".
            if toks.get(j).is_some_and(|t| t.is("and"))
                && toks.get(j + 1).is_some_and(|t| t.is("a"))
                && toks.get(j + 2).is_some_and(|t| t.is("half"))
                && value < 100.0
            {
                value += 0.5;
                precision = Some(0.5);
                j += 3;
            }
            // "six point four", "two-point-seven": decimals in words.
            let hyphen = |k: usize| toks.get(k).is_some_and(|t| t.text == "-" && t.glued);
            let point = if hyphen(j) && toks.get(j + 1).is_some_and(|t| t.is("point") && t.glued) {
                j + 1
            } else {
                j
            };
            if toks.get(point).is_some_and(|t| t.is("point")) {
                let mut scale = 0.1;
                let mut k = point + 1;
                if hyphen(k) && toks.get(k + 1).is_some_and(|t| t.glued) {
                    k += 1;
                }
                let digits = k;
                while let Some(d) = toks.get(k)
                    && let Some((digit, false)) = word_number(d.text)
                    && digit < 10.0
                {
                    value += digit * scale;
                    scale /= 10.0;
                    k += 1;
                }
                if k > digits {
                    precision = Some(scale * 10.0);
                    j = k;
                }
            }
            // "one of the", "one key area": not a quantity.
            if let Some(next) = toks.get(j)
                && (next.is("of") || next.is("another"))
                && value == 1.0
            {
                return None;
            }
        }
        Kind::Symbol => {
            // "$236bn", "US$ 236", "€2.7bn": the currency comes first.
            let cur = match tok.text {
                "$" => Unit::Usd,
                "€" => Unit::Eur,
                _ => return None,
            };
            let next = toks.get(i + 1)?;
            if next.kind != Kind::Number {
                return None;
            }
            let (mut number, end) = read_at(toks, i + 1)?;
            number.claimed.unit = cur;
            number.span.start = number.span.start.min(tok.start);
            // Pull in a hedge written before the currency symbol (and its "US": "over
            // US$230bn").
            let us_before = i > 0 && toks[i - 1].is("us") && tok.glued;
            if us_before {
                number.span.start = toks[i - 1].start;
            }
            if number.claimed.qualifier == Qualifier::Exact
                && let Some((q, from)) = hedge_before(toks, if us_before { i - 1 } else { i })
            {
                number.claimed.qualifier = q;
                number.span.start = toks[from].start;
            }
            return Some((number, end));
        }
    }

    // A scale after the number: "2.7bn", "473 million", "1.7 m".
    if let Some(next) = toks.get(j)
        && next.kind == Kind::Word
        && let Some(sc) = scale(next.text)
    {
        // "m" and "b" only when glued ("470m"), so "5 m" (metres?) is not misread.
        // ("mn", "bn", "tn" are scales however spaced: "3.1 mn".)
        let short = next.text.len() == 1;
        if !short || next.glued {
            let digits_precision = rounding_unit(value) * sc;
            value *= sc;
            precision = Some(digits_precision.min(precision_of(value)));
            j += 1;
            // Numbers in words go on after a scale: "two thousand seven hundred", "three
            // million five hundred thousand", "one thousand and fifty".
            if tok.kind == Kind::Word
                && let Some((rest, end)) = smaller_words(toks, j, sc)
            {
                value += rest;
                precision = Some(precision_of(value));
                j = end;
            }
        }
    }

    // A year used as a date: 1900–2100 with no unit, scale or currency.
    let is_year = is_year_token(tok, value, precision);

    // "five-year", "15-month", "three-quarters": a unit joined by a hyphen.
    if toks.get(j).is_some_and(|t| t.text == "-" && t.glued)
        && toks.get(j + 1).is_some_and(|t| {
            t.glued
                && (t.is_any(&["year", "years", "month", "months"])
                    || fraction_word(t.text).is_some())
        })
        && !is_year_token(tok, value, precision)
    {
        j += 1;
    }
    // The unit after the number.
    if let Some(next) = toks.get(j) {
        if next.text == "%" || next.is("pc") || next.is("pct") {
            unit = Unit::Percent;
            j += 1;
        } else if next.is("per") && toks.get(j + 1).is_some_and(|t| t.is("cent")) {
            unit = Unit::Percent;
            j += 2;
        } else if next.is("percent") || next.is("percentage") {
            unit = Unit::Percent;
            j += 1;
        } else if next.is_any(&["dollars", "usd", "dollar"]) {
            unit = Unit::Usd;
            j += 1;
        } else if next.is("us")
            && toks
                .get(j + 1)
                .is_some_and(|t| t.is_any(&["dollars", "dollar"]))
        {
            // "sixty-four billion US dollars".
            unit = Unit::Usd;
            j += 2;
        } else if next.is_any(&["euros", "eur", "euro"]) {
            unit = Unit::Eur;
            j += 1;
        } else if next.is_any(&["times", "fold"])
            || (next.glued && (next.is("x") || next.text == "×"))
        {
            // ("2x", "almost 2× the rate": the multiplication sign glued to the number.)
            unit = Unit::Times;
            j += 1;
        } else if next.is_any(&["years", "year", "yrs", "yr"]) && !is_year {
            unit = Unit::Years;
            j += 1;
        } else if next.is_any(&["months", "month"]) {
            unit = Unit::Months;
            j += 1;
        } else if let Some(k) = one_in(toks, j).filter(|&(n, _, explicit)| {
            // "1 in 6", "two in five": a small count out of a larger one, not "350 million
            // in 2020"; "38 out of every 100" (a count out of a hundred or a thousand, said
            // "out of" or "in every"): a share.
            let per_hundred = explicit && (n == 100.0 || n == 1000.0);
            precision.is_none() && (value <= 20.0 || per_hundred) && n > value && n <= 1000.0
        }) {
            // "1 in 6", "one in six children", "1 child in every 6", "two in five".
            let (n, end, _) = k;
            if value == 1.0 {
                return Some(finish(toks, i, end, n, Unit::OneIn, Some(1.0)));
            }
            if n > 0.0 {
                let share = 100.0 * value / n;
                // (Out of a hundred or a thousand, as precise as a percentage written so.)
                let precision = if n == 100.0 || n == 1000.0 {
                    100.0 / n
                } else {
                    5.0
                };
                return Some(finish(toks, i, end, share, Unit::Percent, Some(precision)));
            }
        } else if tok.kind == Kind::Word
            && let Some(d) = fraction_word(next.text)
            && value >= 1.0
        {
            // "two thirds", "three quarters", "one fifth"
            let share = 100.0 * value / d;
            return Some(finish(toks, i, j + 1, share, Unit::Percent, Some(5.0)));
        }
    }
    // "USD 236 billion", "EUR 2.7bn", "USD236bn": an ISO currency code before the number
    // (a hedge before the code still counts: "about USD 236 billion").
    if unit == Unit::Count && i >= 1 && toks[i - 1].kind == Kind::Word {
        let code = match toks[i - 1] {
            t if t.is("usd") => Some(Unit::Usd),
            t if t.is("eur") => Some(Unit::Eur),
            _ => None,
        };
        if let Some(currency) = code {
            return Some(finish(toks, i - 1, j, value, currency, precision));
        }
    }
    if is_year && unit == Unit::Count {
        return None;
    }
    // "the voting age to 16", "aged 16": an age in years.
    if unit == Unit::Count
        && (i >= 1 && toks[i - 1].is_any(&["age", "aged", "ages"])
            || i >= 2
                && toks[i - 2].is_any(&["age", "aged"])
                && toks[i - 1].is_any(&["to", "of", "at"]))
    {
        unit = Unit::Years;
    }
    Some(finish(toks, i, j, value, unit, precision))
}

/// "in 6", "in every 6", "child in every 6", "out of 6", "in six": the denominator and the
/// index after it.
fn one_in(toks: &[Tok<'_>], j: usize) -> Option<(f64, usize, bool)> {
    let mut k = j;
    // "1-in-6": the words joined by hyphens.
    let hyphen = |k: usize| toks.get(k).is_some_and(|t| t.text == "-" && t.glued);
    if hyphen(k) && toks.get(k + 1).is_some_and(|t| t.is("in") && t.glued) {
        k += 1;
    }
    // An optional noun between: "1 child in every 6".
    if toks.get(k).is_some_and(|t| {
        t.kind == Kind::Word && !t.is("in") && !t.is("out") && word_number(t.text).is_none()
    }) && toks.get(k + 1).is_some_and(|t| t.is("in"))
    {
        k += 1;
    }
    let first = toks.get(k)?;
    let mut explicit = false;
    if first.is("in") {
        k += 1;
        if hyphen(k) && toks.get(k + 1).is_some_and(|t| t.glued) {
            k += 1;
        }
    } else if first.is("out") && toks.get(k + 1).is_some_and(|t| t.is("of")) {
        k += 2;
        explicit = true;
    } else {
        return None;
    }
    if toks.get(k).is_some_and(|t| t.is("every")) {
        k += 1;
        explicit = true;
    }
    let n = toks.get(k)?;
    let value = match n.kind {
        Kind::Number => parse_digits(n.text)?,
        Kind::Word if n.is("hundred") => 100.0,
        Kind::Word if n.is("thousand") => 1000.0,
        Kind::Word => word_number(n.text)?.0,
        Kind::Symbol => return None,
    };
    if value < 2.0 {
        return None;
    }
    Some((value, k + 1, explicit))
}

/// A bit per lower-case ASCII letter that starts the last word of a hedge of [`HEDGES`].
const HEDGE_LAST_INITIALS: u32 = {
    let mut bits = 0u32;
    let mut h = 0;
    while h < HEDGES.len() {
        let words = HEDGES[h].0;
        let first = words[words.len() - 1].as_bytes()[0];
        bits |= 1 << (first - b'a');
        h += 1;
    }
    bits
};

/// A hedge that ends right before token `i`: its qualifier and first token.
fn hedge_before(toks: &[Tok<'_>], i: usize) -> Option<(Qualifier, usize)> {
    // (Only a word can end a hedge, and only one no longer than the longest hedge word
    // whose first letter starts the last word of a hedge.)
    let last = toks.get(i.checked_sub(1)?)?;
    if last.kind != Kind::Word || last.text.len() > LONGEST_HEDGE_WORD {
        return None;
    }
    let initial = last.text.as_bytes().first()?.to_ascii_lowercase();
    if !initial.is_ascii_lowercase() || HEDGE_LAST_INITIALS & (1 << (initial - b'a')) == 0 {
        return None;
    }
    for (words, qualifier) in HEDGES {
        let n = words.len();
        if i < n {
            continue;
        }
        let from = i - n;
        if words.iter().enumerate().all(|(k, w)| toks[from + k].is(w)) {
            return Some((*qualifier, from));
        }
    }
    None
}

fn finish(
    toks: &[Tok<'_>],
    i: usize,
    j: usize,
    value: f64,
    unit: Unit,
    precision: Option<f64>,
) -> (ReadNumber, usize) {
    let (qualifier, from) = hedge_before(toks, i).unwrap_or((Qualifier::Exact, i));
    let end_tok = j.saturating_sub(1).max(i);
    let span = toks[from].start..toks.get(end_tok).map_or(toks[i].end, |t| t.end);
    let claimed = Claimed {
        value,
        unit,
        qualifier,
        precision: precision.unwrap_or_else(|| precision_of(value)),
    };
    (ReadNumber { claimed, span }, j.max(i + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Claimed {
        let found = read_numbers(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0].claimed.clone()
    }

    #[test]
    fn thousands_grouped_with_spaces_and_counts_out_of_a_hundred() {
        let one = |t: &str| {
            let found = read_numbers(t);
            assert_eq!(found.len(), 1, "{t}: {found:?}");
            (found[0].claimed.value, found[0].claimed.unit)
        };
        assert_eq!(one("473 000 000 children"), (473e6, Unit::Count));
        assert_eq!(one("some 15\u{a0}000 children"), (15e3, Unit::Count));
        assert_eq!(
            one("thirty-eight out of every hundred"),
            (38.0, Unit::Percent)
        );
        assert_eq!(one("38 out of 100 victims"), (38.0, Unit::Percent));
        // One plain-spaced group is two numbers ("call 116 111"); "350 million in 2020" is
        // no share.
        assert_eq!(read_numbers("call 116 111").len(), 2);
        assert_eq!(one("350 million in 2020"), (350e6, Unit::Count));
    }

    #[test]
    fn hyphenated_one_in_and_a_trailing_plus() {
        let c = one("1-in-6 children");
        assert_eq!((c.value, c.unit), (6.0, Unit::OneIn));
        let c = one("45m+ children");
        assert_eq!((c.value, c.qualifier), (45e6, Qualifier::MoreThan));
        assert_eq!(read_numbers("45m+ children")[0].span, 0..4);
    }

    #[test]
    fn percentages_in_their_forms() {
        for text in [
            "38%",
            "38 per cent",
            "38 percent",
            "thirty-eight percent",
            "thirty eight per cent",
        ] {
            let c = one(text);
            assert_eq!((c.value, c.unit), (38.0, Unit::Percent), "{text}");
        }
        assert_eq!(one("14.6%").precision, 0.1);
    }

    #[test]
    fn scales_and_currencies() {
        assert_eq!(one("2.7bn").value, 2.7e9);
        assert_eq!(one("1.7m children").value, 1.7e6);
        assert_eq!(one("473 million").value, 473e6);
        assert_eq!(one("15,000").value, 15000.0);
        let c = one("US$236 billion");
        assert_eq!((c.value, c.unit), (236e9, Unit::Usd));
        let c = one("€2.7bn");
        assert_eq!((c.value, c.unit), (2.7e9, Unit::Eur));
        let c = one("2.7 billion euros");
        assert_eq!((c.value, c.unit), (2.7e9, Unit::Eur));
        // ISO codes before the number, as wire copy writes them.
        let c = one("USD 236 billion");
        assert_eq!((c.value, c.unit), (236e9, Unit::Usd));
        let c = one("EUR 2.7 billion");
        assert_eq!((c.value, c.unit), (2.7e9, Unit::Eur));
        let c = one("about eur 2.7bn");
        assert_eq!(
            (c.value, c.unit, c.qualifier),
            (2.7e9, Unit::Eur, Qualifier::Approximate)
        );
        let found = read_numbers("profits of USD 236 billion a year");
        assert_eq!(found[0].span, 11..26, "the code is part of the span");
        assert_eq!(one("half a billion").value, 5e8);
        // A fraction of a scale.
        assert_eq!(one("three-quarters of a billion children").value, 7.5e8);
        let c = one("a quarter of a trillion dollars");
        assert_eq!((c.value, c.unit), (2.5e11, Unit::Usd));
        assert_eq!(one("fewer than 5 yrs").unit, Unit::Years);
        assert_eq!(one("over a dozen agencies").value, 12.0);
        let c = one("the next half-dozen years");
        assert_eq!((c.value, c.unit), (6.0, Unit::Years));
        assert_eq!(one("a decade and a half").value, 15.0);
        assert_eq!(one("3.1 mn children").value, 3.1e6);
        assert_eq!(one("top $200 billion").qualifier, Qualifier::MoreThan);
        let c = one("two and a half times the rate");
        assert_eq!((c.value, c.unit), (2.5, Unit::Times));
        // Numbers in words go on after a scale word.
        assert_eq!(one("two thousand seven hundred children").value, 2700.0);
        assert_eq!(one("three million five hundred thousand").value, 3.5e6);
        assert_eq!(one("one thousand and fifty").value, 1050.0);
        assert_eq!(one("some two thousand seven hundred").precision, 100.0);
        // Digits do not run on into words ("2,000 seven-year-olds" is two numbers).
        assert_eq!(read_numbers("2 thousand seven hundred").len(), 2);
    }

    #[test]
    fn ratios_and_multiples() {
        let c = one("one in six");
        assert_eq!((c.value, c.unit), (6.0, Unit::OneIn));
        let c = one("about 1 child in every 6");
        assert_eq!(
            (c.value, c.unit, c.qualifier),
            (6.0, Unit::OneIn, Qualifier::Approximate)
        );
        let c = one("two in five");
        assert_eq!((c.value, c.unit), (40.0, Unit::Percent));
        let c = one("half");
        assert_eq!((c.value, c.unit), (50.0, Unit::Percent));
        let c = one("a third");
        assert!((c.value - 33.333).abs() < 0.01);
        let c = one("three times");
        assert_eq!((c.value, c.unit), (3.0, Unit::Times));
        assert_eq!(one("twice as likely").unit, Unit::Times);
        let thrice = one("thrice as likely");
        assert_eq!((thrice.value, thrice.unit), (3.0, Unit::Times));
        let sign = one("almost 2× the rate of adults");
        assert_eq!((sign.value, sign.unit), (2.0, Unit::Times));
        assert_eq!(sign.qualifier, Qualifier::Almost);
    }

    #[test]
    fn hedges() {
        assert_eq!(one("over 473 million").qualifier, Qualifier::MoreThan);
        assert_eq!(one("more than 60").qualifier, Qualifier::MoreThan);
        assert_eq!(one("nearly 500 million").qualifier, Qualifier::Almost);
        assert_eq!(one("fewer than five years").qualifier, Qualifier::LessThan);
        assert_eq!(one("about $240bn").qualifier, Qualifier::Approximate);
        // (Before "US$" too.)
        assert_eq!(one("over US$230bn").qualifier, Qualifier::MoreThan);
        assert_eq!(one("more than US$ 230bn").qualifier, Qualifier::MoreThan);
    }

    #[test]
    fn years_ordinals_and_codes_are_skipped() {
        assert!(read_numbers("since 2014, in 2023").is_empty());
        assert!(read_numbers("the 15th session of the G20").is_empty());
        assert!(read_numbers("one of the fastest growing").is_empty());
        assert_eq!(read_numbers("rose 37% since 2014").len(), 1);
        // A year said in words is no quantity; "twenty one" and "twenty eighteen-year-olds"
        // are numbers.
        let read = |t: &str| {
            read_numbers(t)
                .iter()
                .map(|n| n.claimed.value)
                .collect::<Vec<_>>()
        };
        assert_eq!(read("by twenty twenty-three, five years"), [5.0]);
        assert_eq!(
            read("between nineteen ninety and twenty ten"),
            Vec::<f64>::new()
        );
        assert_eq!(read("twenty one children"), [21.0]);
        assert_eq!(read("some twenty eighteen-year-olds"), [20.0, 18.0]);
    }

    #[test]
    fn nothing_panics_on_odd_input() {
        for text in [
            "",
            "$",
            "€",
            "$$",
            "1,",
            ".5",
            "1.2.3",
            "in every",
            "one in",
            "a",
            "half a",
            "9999999999999999999999999",
            "١٢٣",
            "½",
        ] {
            let _ = read_numbers(text);
        }
    }
}
