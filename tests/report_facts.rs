//! Facts, not code: every record checked against the report's text.
//!
//! The report's text is read from `source/A-HRC-58-19.txt` (or `VAC_FIGURES_REPORT`); a test
//! that cannot read it fails.

mod common;

use std::collections::BTreeSet;

use approx::assert_relative_eq;
use vac_figures::text::{Paragraph, ReportText, Span};
use vac_figures::{CitationForm, Figure, MarkerPosition, Unit};

/// The text a figure stands in: its paragraph, or the footnote it is printed in.
fn home_text(report: &ReportText, fig: &Figure) -> Option<String> {
    match fig.location.in_footnote {
        Some(n) => report.footnote(n).map(|f| f.text.clone()),
        None => report
            .paragraph(fig.location.paragraph)
            .map(|p| p.text.clone()),
    }
}

#[test]
fn every_quote_stands_verbatim_in_its_paragraph() {
    let report = common::report();
    let mut failures = Vec::new();
    for fig in vac_figures::figures() {
        match home_text(&report, fig) {
            None => failures.push(format!("{}: paragraph not found", fig.id)),
            Some(text) => {
                if !text.contains(fig.quote.as_ref()) {
                    failures.push(format!(
                        "{}: quote not in its paragraph: {}",
                        fig.id, fig.quote
                    ));
                }
            }
        }
        if !fig.quote.contains(fig.as_written.as_ref()) {
            failures.push(format!(
                "{}: as_written {:?} not in the quote",
                fig.id, fig.as_written
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_record_stands_under_the_right_headings() {
    let report = common::report();
    for fig in vac_figures::figures() {
        let para = report
            .paragraph(fig.location.paragraph)
            .expect("paragraph exists");
        assert_eq!(fig.location.section, para.section, "{}", fig.id);
        assert_eq!(
            fig.location.subsection.as_deref(),
            para.subsection.as_deref(),
            "{}",
            fig.id
        );
        assert_eq!(
            fig.location.subheading.as_deref(),
            para.subheading.as_deref(),
            "{}",
            fig.id
        );
    }
}

/// The paragraph and span of a body figure's quote.
fn quote_span<'a>(report: &'a ReportText, fig: &Figure) -> Option<(&'a Paragraph, Span)> {
    let para = report.paragraph(fig.location.paragraph)?;
    para.find(&fig.quote).map(|span| (para, span))
}

#[test]
fn footnote_markers_stand_where_each_record_says() {
    let report = common::report();
    let mut failures = Vec::new();
    for fig in vac_figures::figures() {
        if let Some(n) = fig.location.in_footnote {
            // A figure printed inside a footnote: the footnote's marker is in the paragraph.
            let citing = report.paragraph_citing(n).map(|p| p.number);
            if citing != Some(fig.location.paragraph) {
                failures.push(format!("{}: footnote {n} is cited in {citing:?}", fig.id));
            }
            if !fig.footnotes.is_empty() {
                failures.push(format!(
                    "{}: a figure inside a footnote cites no footnote",
                    fig.id
                ));
            }
            continue;
        }
        let Some((para, span)) = quote_span(&report, fig) else {
            failures.push(format!("{}: quote not found", fig.id));
            continue;
        };
        let at = para.markers_at(span);
        let before = para.markers_before(span);
        let after = para.markers_after(span);
        let ours: Vec<u8> = fig.footnotes.to_vec();
        let ok = match fig.footnote_position {
            MarkerPosition::AtQuote => at == ours && !ours.is_empty(),
            MarkerPosition::EarlierInParagraph => {
                at.is_empty() && !ours.is_empty() && ours.iter().all(|n| before.contains(n))
            }
            MarkerPosition::LaterInParagraph => {
                at.is_empty() && !ours.is_empty() && ours.iter().all(|n| after.contains(n))
            }
            MarkerPosition::None => at.is_empty() && ours.is_empty(),
            other => panic!("a new marker position {other}: say here how it stands"),
        };
        if !ok {
            failures.push(format!(
                "{}: footnotes {ours:?} ({}) but markers at quote {at:?}, before {before:?}, after {after:?}",
                fig.id, fig.footnote_position
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Reads the number a figure's `as_written` states, independently of the crate: digits with
/// thousands separators and decimals, "million"/"billion", number words, ordinals, "half",
/// "1 in N" and ranges. Returns `(value, upper)`.
fn number_in(as_written: &str) -> (f64, Option<f64>) {
    let text = as_written.to_lowercase();
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let word_value = |w: &str| -> Option<f64> {
        Some(match w {
            "one" | "first" => 1.0,
            "two" | "second" => 2.0,
            "three" | "third" => 3.0,
            "four" | "fourth" => 4.0,
            "five" | "fifth" => 5.0,
            "six" | "sixth" => 6.0,
            "fifteen" | "fifteenth" => 15.0,
            "half" => 50.0,
            _ => return None,
        })
    };
    let numeric = |w: &str| -> Option<f64> {
        let w = w
            .trim_start_matches('$')
            .trim_end_matches(|c: char| !c.is_ascii_digit());
        if w.is_empty() || !w.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        w.replace(',', "").parse().ok()
    };
    // "1 in 11", "1 child in every 6": the last number is N.
    if words.contains(&"in") && words.first().is_some_and(|w| *w == "1" || *w == "about") {
        let n = words
            .iter()
            .rev()
            .find_map(|w| numeric(w))
            .expect("a number after `in`");
        return (n, None);
    }
    for (i, w) in words.iter().enumerate() {
        if let Some((lo, hi)) = w.split_once('–')
            && let (Some(lo), Some(hi)) = (numeric(lo), numeric(hi))
        {
            return (lo, Some(hi));
        }
        let value = numeric(w).or_else(|| word_value(w));
        if let Some(mut v) = value {
            match words.get(i + 1) {
                Some(&"million") => v *= 1e6,
                Some(&"billion") => v *= 1e9,
                _ => {}
            }
            return (v, None);
        }
    }
    panic!("no number in {as_written:?}");
}

#[test]
fn every_value_is_the_number_its_quote_states() {
    for fig in vac_figures::figures() {
        let (value, upper) = number_in(&fig.as_written);
        assert_relative_eq!(fig.value, value, max_relative = 1e-12);
        match (fig.value_upper, upper) {
            (Some(a), Some(b)) => assert_relative_eq!(a, b, max_relative = 1e-12),
            (None, None) => {}
            other => panic!("{}: upper bound {other:?}", fig.id),
        }
        let has_digits = fig.as_written.contains(|c: char| c.is_ascii_digit());
        assert_eq!(fig.converted, !has_digits, "{}: converted flag", fig.id);
    }
}

#[test]
fn units_and_qualifiers_follow_the_words_printed() {
    for fig in vac_figures::figures() {
        let w = fig.as_written.to_lowercase();
        let unit_ok = match fig.unit {
            Unit::Percent => w.contains("per cent") || w.contains("half"),
            Unit::Usd => w.contains('$'),
            Unit::Eur => w.contains("euro"),
            Unit::OneIn => w.contains(" in "),
            Unit::Times => w.contains("times"),
            Unit::Years => w.contains("year") || w.contains("anniversary"),
            Unit::Months => w.contains("month"),
            Unit::Count => !w.contains("per cent") && !w.contains('$'),
            other => panic!("a new unit {other}: say here which words print it"),
        };
        assert!(
            unit_ok,
            "{}: unit {} for {:?}",
            fig.id, fig.unit, fig.as_written
        );
        let hedge = [
            "about",
            "around",
            "approximately",
            "an estimated",
            "over",
            "more than",
            "fewer than",
            "almost",
        ]
        .into_iter()
        .find(|h| w.starts_with(h) || w.contains(&format!(" {h} ")));
        let expected = match hedge {
            Some("about" | "around" | "approximately" | "an estimated") => "approximate",
            Some("over" | "more than") => "more_than",
            Some("fewer than") => "less_than",
            Some("almost") => "almost",
            // A verb that says the number is an estimate ("is estimated at", "estimates
            // that") is not a hedge on the number (crate docs, "Qualifiers").
            _ => "exact",
        };
        assert_eq!(
            fig.qualifier.as_str(),
            expected,
            "{}: {:?}",
            fig.id,
            fig.as_written
        );
    }
}

#[test]
fn ids_are_unique_snake_case_and_resolve() {
    let mut seen = BTreeSet::new();
    for fig in vac_figures::figures() {
        assert!(seen.insert(fig.id.as_ref()), "duplicate id {}", fig.id);
        assert!(
            fig.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{} is not snake_case",
            fig.id
        );
        assert!(std::ptr::eq(
            vac_figures::figure(&fig.id).expect("lookup"),
            fig
        ));
    }
    assert!(vac_figures::figures().len() > 50);
}

#[test]
fn the_headline_figures_are_present_with_their_footnotes() {
    let find = |value: f64, unit: Unit| {
        vac_figures::figures()
            .iter()
            .find(|f| f.value == value && f.unit == unit)
            .unwrap_or_else(|| panic!("no figure {value} {unit}"))
    };
    assert_eq!(find(38.0, Unit::Percent).footnotes.as_ref(), &[12]);
    assert_eq!(find(61.0, Unit::Percent).footnotes.as_ref(), &[13]);
    assert_eq!(find(473e6, Unit::Count).footnotes.as_ref(), &[27]);
    assert_eq!(find(236e9, Unit::Usd).footnotes.as_ref(), &[41]);
    assert_eq!(find(64e9, Unit::Usd).footnotes.as_ref(), &[41]);
    assert_eq!(find(37.0, Unit::Percent).footnotes.as_ref(), &[41]);
    assert_eq!(find(119.0, Unit::Count).location.paragraph, 7);
    assert_eq!(find(63.0, Unit::Count).location.paragraph, 7);
    assert_eq!(find(2730.0, Unit::Count).location.paragraph, 35);
}

#[test]
fn all_64_footnotes_match_the_text() {
    assert_eq!(vac_figures::footnotes().len(), 64);
    for (i, note) in vac_figures::footnotes().iter().enumerate() {
        assert_eq!(usize::from(note.number), i + 1);
    }
    let report = common::report();
    assert_eq!(report.footnotes.len(), 64, "footnotes printed in the text");
    for note in vac_figures::footnotes() {
        let printed = report.footnote(note.number).expect("printed");
        assert_eq!(note.text, printed.text, "footnote {} text", note.number);
        let citing = report.paragraph_citing(note.number).map(|p| p.number);
        assert_eq!(
            Some(note.paragraph),
            citing,
            "footnote {} marker",
            note.number
        );
        // Every URL in the printed text, in order.
        let urls: Vec<String> = printed
            .text
            .split_whitespace()
            .filter(|w| w.starts_with("http") || w.starts_with("www."))
            .map(|w| {
                let w = w.trim_end_matches([',', ';']);
                if w.ends_with("..pdf") {
                    w.to_owned()
                } else {
                    w.trim_end_matches('.').to_owned()
                }
            })
            .collect();
        let ours: Vec<String> = note.urls.iter().map(|u| u.to_string()).collect();
        assert_eq!(ours, urls, "footnote {} urls", note.number);
        if let Some(pages) = &note.pages {
            assert!(
                printed.text.contains(pages.as_ref()),
                "footnote {} pages",
                note.number
            );
        }
        let has_page = printed.text.contains(" p. ")
            || printed.text.contains(" pp. ")
            || printed.text.contains(" p.1");
        assert_eq!(
            note.pages.is_some(),
            has_page,
            "footnote {} has a page locator",
            note.number
        );
    }
}

#[test]
fn ibid_and_short_forms_resolve_to_the_full_work() {
    let notes = vac_figures::footnotes();
    for note in notes {
        let text = note.text.as_ref();
        match note.form {
            CitationForm::Ibid => {
                assert!(text.starts_with("Ibid."), "footnote {}", note.number);
                let previous = &notes[usize::from(note.number) - 2];
                assert_eq!(
                    note.sources, previous.sources,
                    "Ibid. in footnote {}",
                    note.number
                );
            }
            CitationForm::ShortForm => {
                let source =
                    vac_figures::source(note.source_id().expect("a work")).expect("exists");
                let short = text
                    .trim_start_matches("See ")
                    .split(',')
                    .next()
                    .unwrap_or("");
                let short = short.trim_end_matches('.');
                assert!(
                    source.title.starts_with(short),
                    "footnote {}: {short:?} vs {}",
                    note.number,
                    source.title
                );
                // The full form stands in an earlier footnote citing the same work.
                let full = notes[..usize::from(note.number) - 1]
                    .iter()
                    .find(|n| n.form == CitationForm::Full && n.sources.contains(&note.sources[0]));
                assert!(
                    full.is_some(),
                    "footnote {}: no earlier full citation",
                    note.number
                );
            }
            CitationForm::Note => assert!(note.sources.is_empty(), "footnote {}", note.number),
            CitationForm::Full => assert!(!note.sources.is_empty(), "footnote {}", note.number),
            other => panic!("a new citation form {other}: say here how it reads"),
        }
    }
    // The cases named in the issue.
    let work = |n: u8| {
        vac_figures::footnote(n)
            .and_then(|f| f.source_id())
            .unwrap_or("")
    };
    assert_eq!(work(13), "glotip_2024");
    assert_eq!(work(14), "glotip_2024");
    assert_eq!(work(15), "glotip_2024");
    assert_eq!(work(21), "glotip_2022");
    assert_eq!(work(22), "from_evidence_to_action");
    assert_eq!(work(29), "unicef_displacement_data");
    assert_eq!(work(47), "osce_artificial_intelligence_publication");
    assert_eq!(work(49), "ilo_children_in_forced_labour_publication");
}

#[test]
fn every_source_is_cited_once_and_urls_agree() {
    let sources = vac_figures::sources();
    assert_eq!(sources[0].id, vac_figures::report().source_id);
    let mut urls = BTreeSet::new();
    for source in sources {
        if let Some(url) = &source.url {
            assert!(urls.insert(url.as_ref()), "two sources share {url}");
        }
        if source.id == vac_figures::report().source_id {
            continue;
        }
        let cited: Vec<_> = vac_figures::footnotes()
            .iter()
            .filter(|n| n.sources.iter().any(|s| s == &source.id))
            .collect();
        assert!(!cited.is_empty(), "source {} is never cited", source.id);
        if let Some(url) = &source.url {
            assert!(
                cited.iter().any(|n| n.urls.iter().any(|u| u == url)),
                "source {}: its URL is not printed in a footnote citing it",
                source.id
            );
        }
        if let Some(symbol) = &source.symbol {
            let printed = cited.iter().any(|n| n.text.contains(symbol.as_ref()))
                || source
                    .url
                    .as_ref()
                    .is_some_and(|u| u.contains(&symbol.replace('/', "_")));
            assert!(printed, "source {}: symbol {symbol} not printed", source.id);
        }
    }
}

#[test]
fn the_library_verification_passes_on_the_report() {
    let text = common::report_text();
    let verification = vac_figures::verify(&text);
    assert!(verification.is_ok(), "{verification}");
    assert_eq!(verification.figures_checked, vac_figures::figures().len());
    assert_eq!(verification.footnotes_checked, 64);
    // A record changed by one character no longer verifies.
    let mut figures = vac_figures::figures().to_vec();
    figures[0].quote = figures[0].quote.replace("fifteenth", "sixteenth").into();
    figures[1].value = 61.0;
    let data = vac_figures::Dataset::new(
        figures,
        vac_figures::footnotes().to_vec(),
        vac_figures::sources().to_vec(),
    )
    .expect("valid");
    let broken = vac_figures::verify_dataset(&data, &text);
    assert_eq!(broken.problems.len(), 3, "{broken}");
}
