//! Complete coverage: every number in the report's paragraphs and footnotes is either part of
//! a figure's `as_written` or one of the exclusions below (dates, symbols, locators, ordinal
//! names, ...), each with its reason. A number that is neither fails the test, and so does an
//! exclusion that no longer matches anything.
//!
//! Reads the report from `source/` (see `tests/common/mod.rs`).

mod common;

use std::collections::BTreeMap;

/// Where a number stands: a paragraph or a footnote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Place {
    Para(u8),
    Note(u8),
}
use Place::{Note, Para};

/// Numbers that are not figures, found by their words and where they stand.
/// `(place, the words around the number as printed, why it is not a figure)`.
const EXCLUSIONS: &[(Place, &str, &str)] = &[
    (Para(1), "resolution 62/141", "resolution number"),
    (
        Para(1),
        "resolutions 76/147 and 78/187",
        "resolution numbers",
    ),
    (
        Para(5),
        "the first Special Representative",
        "ordinal naming a post",
    ),
    (
        Para(6),
        "the first-ever Global Ministerial Conference",
        "ordinal naming an event",
    ),
    (
        Para(9),
        "the first-ever technical workshop",
        "ordinal naming an event",
    ),
    (Para(13), "article 22", "article number"),
    (
        Para(16),
        "the fifty-fifth session",
        "ordinal naming a session",
    ),
    (
        Para(19),
        "the sixth Arab Civil Society Forum",
        "ordinal naming an event",
    ),
    (
        Para(19),
        "the fourth industrial revolution",
        "ordinal in a name",
    ),
    (
        Para(20),
        "150th Inter-Parliamentary Union Assembly",
        "ordinal naming an event",
    ),
    (
        Para(32),
        "hundreds of civil society organizations",
        "vague magnitude, no number",
    ),
    (Para(33), "the sixth Forum", "ordinal naming an event"),
    (Para(36), "the sixth Forum", "ordinal naming an event"),
    (Para(36), "Sustainable Development Goal 16", "goal number"),
    (
        Para(39),
        "one of the fastest growing",
        "'one of', not a quantity",
    ),
    (Para(40), "target 16.2", "target number"),
    (
        Para(42),
        "millions of children",
        "vague magnitude, no number",
    ),
    (
        Para(49),
        "in a single year",
        "the reference period of eu_trafficking_cost_per_year",
    ),
    (
        Para(57),
        "billions of dollars each year",
        "vague magnitude, no number",
    ),
    (
        Para(59),
        "One of the most alarming",
        "'one of', not a quantity",
    ),
    (Para(66), "Mission 89", "part of an organization's name"),
    (Para(77), "the Third Work Plan", "ordinal naming a plan"),
    (
        Para(79),
        "the first point of contact",
        "ordinal, not a quantity",
    ),
    (Para(80), "One key area", "'one', not a quantity"),
    (
        Para(86),
        "the first Global Ministerial Conference",
        "ordinal naming an event",
    ),
    (Para(86), "target 16.2", "target number"),
    (Note(9), "art. 3", "article number"),
    (
        Note(18),
        "Twenty Years of IOM Child Trafficking Data",
        "number inside a title",
    ),
    (Note(51), "para. 22", "paragraph number"),
    (Note(52), "vol. 10, No. 1", "volume and issue numbers"),
    (Note(63), "Directive 2011/36/EU", "document symbol"),
];

/// Number words the scan looks for, besides digits.
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "half",
    "twice",
    "double",
    "triple",
    "dozen",
    "dozens",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "fifteenth",
    "single",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A number found in the text: byte range and the token.
#[derive(Debug, Clone)]
struct Token {
    start: usize,
    end: usize,
    text: String,
}

/// Digit runs (with `,` `.` `/` `–` inside) and number words.
fn tokens(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_ascii_digit() {
            let mut end = i;
            for (j, ch) in text[i..].char_indices() {
                if ch.is_ascii_digit()
                    || ((ch == ',' || ch == '.' || ch == '/' || ch == '–')
                        && text[i + j + ch.len_utf8()..].starts_with(|d: char| d.is_ascii_digit()))
                {
                    end = i + j + ch.len_utf8();
                } else {
                    break;
                }
            }
            out.push(Token {
                start: i,
                end,
                text: text[i..end].to_owned(),
            });
            i = end;
        } else if c.is_alphabetic() {
            let end = text[i..]
                .char_indices()
                .find(|&(_, ch)| !ch.is_alphabetic())
                .map_or(text.len(), |(j, _)| i + j);
            let word = text[i..end].to_lowercase();
            let glued = i > 0 && (bytes[i - 1].is_ascii_alphanumeric());
            if !glued && NUMBER_WORDS.contains(&word.as_str()) {
                out.push(Token {
                    start: i,
                    end,
                    text: text[i..end].to_owned(),
                });
            }
            i = end;
        } else {
            i += c.len_utf8();
        }
    }
    out
}

/// Why a token needs no record without an explicit exclusion: a year used as a date, a day of
/// a month, a document symbol, a page locator. `None` when it needs one.
fn automatic_reason(text: &str, token: &Token) -> Option<&'static str> {
    let t = token.text.as_str();
    let before = &text[..token.start];
    let after = &text[token.end..];
    let is_year = |s: &str| {
        s.len() == 4
            && (s.starts_with("19") || s.starts_with("20"))
            && s.chars().all(|c| c.is_ascii_digit())
    };
    if is_year(t) || t.split('–').all(is_year) {
        return Some("year used as a date");
    }
    if MONTHS.iter().any(|m| after.trim_start().starts_with(m))
        || (after.starts_with(" and ") || after.starts_with(" to "))
            && MONTHS.iter().any(|m| {
                after[4..]
                    .trim_start()
                    .split_once(' ')
                    .is_some_and(|(_, rest)| rest.starts_with(m))
            })
    {
        return Some("day of a month");
    }
    if t.contains('/') || before.ends_with('/') || before.ends_with("A/") {
        return Some("document or resolution symbol");
    }
    let locator = ["p. ", "p.", "pp. "];
    let last_locator = before
        .rfind(" p")
        .filter(|&k| locator.iter().any(|l| before[k + 1..].starts_with(l)));
    if let Some(k) = last_locator {
        // Within a page list: only digits, roman numerals, commas, "and" and dashes since.
        let since = &before[k + 1..];
        if since.chars().all(|c| {
            c.is_ascii_digit()
                || c.is_whitespace()
                || ",.–pxvil".contains(c)
                || c == 'a'
                || c == 'n'
                || c == 'd'
        }) {
            return Some("page locator");
        }
    }
    None
}

#[test]
fn every_number_in_the_report_is_a_figure_or_a_listed_exclusion() {
    let report = common::report();
    // The texts: paragraphs, and footnotes with their URLs taken out (URLs are addresses).
    let mut texts: Vec<(Place, String)> = report
        .paragraphs
        .iter()
        .map(|p| (Para(p.number), p.text.clone()))
        .collect();
    for note in &report.footnotes {
        let without_urls: Vec<&str> = note
            .text
            .split(' ')
            .map(|w| {
                if w.starts_with("http") || w.starts_with("www.") {
                    "URL"
                } else {
                    w
                }
            })
            .collect();
        texts.push((Note(note.number), without_urls.join(" ")));
    }

    let mut used = vec![0usize; EXCLUSIONS.len()];
    let mut uncovered = Vec::new();
    let mut covered_per_figure: BTreeMap<&str, usize> = BTreeMap::new();
    for (place, text) in &texts {
        // Byte ranges covered by figures' as_written, found inside their quotes.
        let mut covered: Vec<(usize, usize, &str)> = Vec::new();
        for fig in vac_figures::figures() {
            let here = match fig.location.in_footnote {
                Some(n) => Note(n),
                None => Para(fig.location.paragraph),
            };
            if here != *place {
                continue;
            }
            let Some(q) = text.find(fig.quote.as_ref()) else {
                continue;
            };
            let Some(w) = fig.quote.find(fig.as_written.as_ref()) else {
                continue;
            };
            covered.push((q + w, q + w + fig.as_written.len(), fig.id.as_ref()));
        }
        let mut excluded: Vec<(usize, usize)> = Vec::new();
        for (k, (p, words, _)) in EXCLUSIONS.iter().enumerate() {
            if p != place {
                continue;
            }
            for (at, _) in text.match_indices(words) {
                excluded.push((at, at + words.len()));
                used[k] += 1;
            }
        }
        for token in tokens(text) {
            let inside = |&(a, b): &(usize, usize)| a <= token.start && token.end <= b;
            if let Some(&(_, _, id)) = covered.iter().find(|(a, b, _)| inside(&(*a, *b))) {
                *covered_per_figure.entry(id).or_default() += 1;
                continue;
            }
            if excluded.iter().any(inside) {
                continue;
            }
            if let Some(reason) = automatic_reason(text, &token) {
                if std::env::var_os("VAC_FIGURES_SHOW_EXCLUDED").is_some() {
                    eprintln!("{place:?} {:?}: {reason}", token.text);
                }
                continue;
            }
            let from = text[..token.start]
                .char_indices()
                .rev()
                .nth(40)
                .map_or(0, |(i, _)| i);
            let to = text[token.end..]
                .char_indices()
                .nth(40)
                .map_or(text.len(), |(i, _)| token.end + i);
            uncovered.push(format!(
                "{place:?}: {:?} in …{}…",
                token.text,
                &text[from..to]
            ));
        }
    }
    let stale: Vec<_> = EXCLUSIONS
        .iter()
        .zip(&used)
        .filter(|(_, n)| **n == 0)
        .map(|(e, _)| format!("{e:?}"))
        .collect();
    assert!(
        stale.is_empty(),
        "exclusions that match nothing:\n{}",
        stale.join("\n")
    );
    assert!(
        uncovered.is_empty(),
        "{} numbers with no record and no exclusion:\n{}",
        uncovered.len(),
        uncovered.join("\n")
    );
    // Every figure's own number was seen by the scan.
    for fig in vac_figures::figures() {
        assert!(
            covered_per_figure.contains_key(fig.id.as_ref()),
            "{} not found by the scan",
            fig.id
        );
    }
}

#[test]
fn the_scanner_finds_numbers_in_their_forms() {
    let found: Vec<String> =
        tokens("over 1,200 of 14.6 per cent, 15–17 years, A/79/322, two times, half")
            .into_iter()
            .map(|t| t.text)
            .collect();
    assert_eq!(found, ["1,200", "14.6", "15–17", "79/322", "two", "half"]);
}
