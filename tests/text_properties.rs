//! Property tests of document checking: `check_text` never panics, and every sentence it
//! reports lies inside the input on character boundaries, with the right line and column,
//! on arbitrary Unicode, on Markdown-ish text and on the development documents
//! (`tests/text_dev/`) edited at random.
//!
//! `PROPTEST_CASES=N` runs more (or fewer) cases than proptest's default of 256.

use proptest::prelude::*;
use vac_figures::check::{SentenceCheck, check_text, sentence_spans};

const DOCUMENTS: &[&str] = &[
    include_str!("text_dev/blog.md"),
    include_str!("text_dev/wire.txt"),
    include_str!("text_dev/thread.txt"),
    include_str!("text_dev/briefing.txt"),
    include_str!("text_dev/oped.md"),
    include_str!("text_dev/speech.txt"),
    include_str!("text_dev/newsletter.md"),
];

/// Checks what must hold of every result on any input.
fn check_invariants(input: &str, found: &[SentenceCheck]) -> Result<(), TestCaseError> {
    for s in found {
        let span = s.span.clone();
        prop_assert!(
            span.start <= span.end && span.end <= input.len(),
            "{span:?} of {input:?}"
        );
        prop_assert!(input.is_char_boundary(span.start) && input.is_char_boundary(span.end));
        prop_assert!(!s.text.is_empty() && !s.text.contains('\n'), "{:?}", s.text);
        let before = &input[..span.start];
        let line = 1 + before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = 1 + input[line_start..span.start].chars().count();
        prop_assert_eq!(
            (s.line, s.column),
            (line, column),
            "{:?} in {:?}",
            s.text,
            input
        );
        if let Some(range) = s.check.claimed_span.clone() {
            prop_assert!(s.text.get(range.clone()).is_some());
            let mapped = s.input_range(range).expect("a range of the text maps");
            prop_assert!(span.start <= mapped.start && mapped.end <= span.end);
            prop_assert!(input.get(mapped).is_some());
        }
        let _ = s.check.citation();
    }
    for r in sentence_spans(input) {
        prop_assert!(input.get(r.clone()).is_some(), "{r:?} of {input:?}");
    }
    Ok(())
}

/// Markdown-ish text: markup characters, numbers, words, line breaks, odd Unicode.
fn markdownish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "(#{1,7} |> |- |\\* |\\+ |[0-9]{1,3}[.)] |    |\t|```|~~~|---|===|\\|)",
        "(\\*\\*|\\*|_|__|`|~~|\\[|\\]|\\(|\\)|!\\[|<|>|&amp;|&#38;|&|\\\\|\\[\\^1\\]|\\[\\^1\\]: )",
        "[0-9]{1,4}([.,/:-][0-9]{1,3}){0,3}(%| per cent| million|bn|m)?",
        "(Children|children|are|of|victims|trafficking|over|about|para\\.|e\\.g\\.|U\\.S\\.|Dr\\.|A/HRC/58/19|1/8|13 January 2025|\\$236bn|€2\\.7bn|one in six|half)",
        "[a-zA-Z]{1,10}",
        "(\\. |\\.|! |\\? |, |; |: | |  |\n|\n\n|\r\n|\u{a0}|\u{2028}|”|“|’|—|–|…|é|中文|😀|\u{301})",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// Text without markup: lines of words joined by single spaces, each line starting with a
/// letter, paragraphs apart by a blank line. Its plain text is its text.
fn plain_prose() -> impl Strategy<Value = String> {
    let word = "[A-Za-z]{1,6}|[0-9]{1,4}|[0-9]{1,2}(\\.[0-9])?%|[A-Za-z]{1,6}[.,?!]|\\$[0-9]{1,3}bn|[0-9]{1,3}\\.";
    let line = ("[A-Za-z]{1,6}", prop::collection::vec(word, 0..12)).prop_map(|(first, rest)| {
        let mut line = first;
        for w in rest {
            line.push(' ');
            line.push_str(&w);
        }
        line
    });
    let paragraph = prop::collection::vec(line, 1..4).prop_map(|lines| lines.join("\n"));
    prop::collection::vec(paragraph, 1..5).prop_map(|ps| ps.join("\n\n"))
}

/// Random edits of a document: insertions of markup, numbers or odd characters, and
/// deletions, at random places (moved to character boundaries).
fn edited_document() -> impl Strategy<Value = String> {
    let edit = (
        any::<prop::sample::Index>(),
        0usize..40,
        prop_oneof![markdownish(), Just(String::new())],
    );
    (
        prop::sample::select(DOCUMENTS),
        prop::collection::vec(edit, 1..12),
    )
        .prop_map(|(doc, edits)| {
            let mut text = doc.to_owned();
            for (at, delete, insert) in edits {
                let mut start = at.index(text.len() + 1);
                while !text.is_char_boundary(start) {
                    start -= 1;
                }
                let mut end = (start + delete).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                text.replace_range(start..end, &insert);
            }
            text
        })
}

proptest! {
    #[test]
    fn check_text_never_panics_on_arbitrary_unicode(text in any::<String>()) {
        let found = check_text(&text);
        check_invariants(&text, &found)?;
    }

    #[test]
    fn check_text_never_panics_on_markdownish_text(text in markdownish()) {
        let found = check_text(&text);
        check_invariants(&text, &found)?;
    }

    #[test]
    fn check_text_never_panics_on_edited_documents(text in edited_document()) {
        let found = check_text(&text);
        check_invariants(&text, &found)?;
    }

    #[test]
    fn on_text_without_markup_each_sentence_is_its_span(text in plain_prose()) {
        let found = check_text(&text);
        check_invariants(&text, &found)?;
        for s in &found {
            prop_assert_eq!(&s.text, &text[s.span.clone()].replace('\n', " "));
        }
        for r in sentence_spans(&text) {
            let sentence = &text[r];
            prop_assert!(!sentence.contains("\n\n"), "{:?}", sentence);
            prop_assert_eq!(sentence.trim(), sentence);
        }
    }
}

#[test]
fn the_development_documents_read_as_expected() {
    for doc in DOCUMENTS {
        let found = check_text(doc);
        check_invariants(doc, &found).unwrap();
        // Spans are in document order and never overlap.
        for pair in found.windows(2) {
            assert!(
                pair[0].span.end <= pair[1].span.start,
                "{:?} / {:?}",
                pair[0].text,
                pair[1].text
            );
        }
    }
}
