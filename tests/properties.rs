//! Property tests: the claim checker, the number reader and the loader never panic on
//! arbitrary input, and export then load gives back any valid dataset.
//!
//! `PROPTEST_CASES=N` runs more (or fewer) cases than proptest's default of 256.

use std::borrow::Cow;

use proptest::prelude::*;
use vac_figures::Error;
use vac_figures::check::{check_claim, read_numbers};
use vac_figures::{Dataset, Figure, Footnote, Source, export};

/// Text people write about figures: numbers of every shape, hedges, units, topic words.
fn claim_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,400}",
        "[0-9]{1,3}(,[0-9]{3}){0,8}(\\.[0-9]{1,30})?",
        "[0-9]{1,5}(\\.[0-9]{1,5})?(e|E)[+-]?[0-9]{1,4}",
        Just("1e308".to_owned()),
        Just("99999999999999999999999999999999999999 billion".to_owned()),
        Just("0.0000000000000000000000000001%".to_owned()),
        "(one|two|twenty|hundred|thousand|million|billion|trillion|half|third|quarter|twice|times|in|every|per|cent|percent|%|\\$|US\\$|€|m|bn|k|about|over|nearly|almost|fewer|than|more|less|around|some|up to)",
        "(children|child|trafficking|victims|detected|conflict|war|zones|migrants|forced|labour|profits|girls|boys|displaced|refugees|countries|ministers|Africa|world|worldwide|since|2014|2024)",
        any::<String>(),
        "[\\p{L}\\p{N}\\p{P}\\p{S}\\p{Z}]{0,20}",
        Just("٣٨٪".to_owned()),
        Just("３８％".to_owned()),
        Just("\u{0}\u{FEFF}\u{202E}".to_owned()),
    ];
    prop::collection::vec(piece, 0..16).prop_map(|v| v.join(" "))
}

proptest! {
    #[test]
    fn the_claim_checker_never_panics(text in claim_text()) {
        let result = check_claim(&text);
        if let Some(span) = &result.claimed_span {
            prop_assert!(text.get(span.clone()).is_some(), "span {span:?} of {text:?}");
        }
        let _ = result.citation();
    }

    #[test]
    fn the_number_reader_never_panics_and_its_spans_are_in_the_text(text in claim_text()) {
        for number in read_numbers(&text) {
            prop_assert!(text.get(number.span.clone()).is_some(), "{:?} in {text:?}", number.span);
            let _ = number.claimed.describe();
        }
    }
}

/// The exported CSV files of the built-in dataset.
fn exported() -> [Vec<u8>; 3] {
    let files = export::dataset_files(Dataset::builtin()).unwrap_or_default();
    let file = |name: &str| {
        files
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, b)| b.clone())
            .unwrap_or_default()
    };
    [
        file("figures.csv"),
        file("footnotes.csv"),
        file("sources.csv"),
    ]
}

/// One edit of a file's bytes.
#[derive(Debug, Clone)]
enum ByteEdit {
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Replace(usize, u8),
    Truncate(usize),
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    let special = prop_oneof![
        Just(b'"'),
        Just(b','),
        Just(b'\r'),
        Just(b'\n'),
        Just(b';'),
        Just(b'\''),
        Just(0xFF),
        Just(0xEF),
        Just(0xC3),
        any::<u8>(),
    ];
    prop_oneof![
        (any::<usize>(), prop::collection::vec(special.clone(), 1..8))
            .prop_map(|(at, bytes)| ByteEdit::Insert(at, bytes)),
        (any::<usize>(), 1..200usize).prop_map(|(at, n)| ByteEdit::Delete(at, n)),
        (any::<usize>(), special).prop_map(|(at, b)| ByteEdit::Replace(at, b)),
        any::<usize>().prop_map(ByteEdit::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, edit: &ByteEdit) {
    let len = bytes.len();
    let at = |i: usize| if len == 0 { 0 } else { i % (len + 1) };
    match edit {
        ByteEdit::Insert(i, new) => {
            let i = at(*i);
            bytes.splice(i..i, new.iter().copied());
        }
        ByteEdit::Delete(i, n) => {
            let i = at(*i);
            let end = (i + n).min(len);
            bytes.drain(i..end);
        }
        ByteEdit::Replace(i, b) => {
            if len > 0 {
                bytes[i % len] = *b;
            }
        }
        ByteEdit::Truncate(i) => bytes.truncate(at(*i)),
    }
}

/// Loads, and checks that an error lists at least one problem that prints.
fn load_and_check(files: &[Vec<u8>; 3]) -> Result<(), TestCaseError> {
    match Dataset::from_readers(&files[0][..], &files[1][..], &files[2][..]) {
        Ok(data) => {
            prop_assert!(!data.figures().is_empty() || files[0].len() < 400);
        }
        Err(Error::Invalid(problems)) => {
            prop_assert!(!problems.is_empty());
            for p in &problems {
                prop_assert!(!p.to_string().is_empty());
                prop_assert!(p.line.is_none_or(|l| l >= 1));
            }
        }
        Err(e) => prop_assert!(false, "I/O error from memory: {e}"),
    }
    Ok(())
}

proptest! {
    #[test]
    fn the_loader_never_panics_on_arbitrary_bytes(
        file in 0..3usize,
        bytes in prop::collection::vec(any::<u8>(), 0..3000),
    ) {
        let mut files = exported();
        files[file] = bytes;
        load_and_check(&files)?;
    }

    #[test]
    fn the_loader_never_panics_on_edited_files(
        file in 0..3usize,
        edits in prop::collection::vec(byte_edit(), 1..12),
    ) {
        let mut files = exported();
        for edit in &edits {
            apply(&mut files[file], edit);
        }
        load_and_check(&files)?;
    }
}

/// Text a person might put in a cell: formula starts, list separators, quotes, line ends,
/// commas, apostrophe prefixes, any Unicode.
fn nasty_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("=".to_owned()),
        Just("+".to_owned()),
        Just("-".to_owned()),
        Just("@".to_owned()),
        Just(";".to_owned()),
        Just("\"".to_owned()),
        Just("'".to_owned()),
        Just("''".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("\r".to_owned()),
        Just(",".to_owned()),
        Just("\t".to_owned()),
        Just(" ".to_owned()),
        Just("=HYPERLINK(\"http://x\";\"y\")".to_owned()),
        Just("\u{FEFF}".to_owned()),
        "[a-zA-Z0-9éß€→😀]{0,6}",
    ];
    prop_oneof![
        3 => prop::collection::vec(piece, 0..10).prop_map(|v| v.concat()),
        1 => any::<String>(),
    ]
}

fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>().prop_filter("finite", |v| v.is_finite()),
        -1e9..1e9f64,
        Just(0.0),
        Just(-0.0),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        Just(5e-324),
    ]
}

/// An edit of one built-in record that keeps the dataset valid.
#[derive(Debug, Clone)]
enum Edit {
    FigureText(usize, usize, String),
    FigureValue(usize, f64, Option<f64>),
    FigureId(usize, String),
    FootnoteText(usize, String),
    FootnotePages(usize, String),
    FootnoteUrls(usize, Vec<String>),
    SourceText(usize, usize, String),
    SourceYear(usize, Option<u16>),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (any::<usize>(), 0..10usize, nasty_text())
            .prop_map(|(i, field, s)| Edit::FigureText(i, field, s)),
        2 => (any::<usize>(), finite(), prop::option::of(0.0..1e12f64))
            .prop_map(|(i, v, up)| Edit::FigureValue(i, v, up)),
        1 => (any::<usize>(), "[a-z][a-z0-9_]{0,40}").prop_map(|(i, id)| Edit::FigureId(i, id)),
        2 => (any::<usize>(), nasty_text()).prop_map(|(i, s)| Edit::FootnoteText(i, s)),
        1 => (any::<usize>(), nasty_text()).prop_map(|(i, s)| Edit::FootnotePages(i, s)),
        1 => (any::<usize>(), prop::collection::vec(nasty_text(), 0..4))
            .prop_map(|(i, s)| Edit::FootnoteUrls(i, s)),
        2 => (any::<usize>(), 0..5usize, nasty_text())
            .prop_map(|(i, field, s)| Edit::SourceText(i, field, s)),
        1 => (any::<usize>(), prop::option::of(any::<u16>()))
            .prop_map(|(i, y)| Edit::SourceYear(i, y)),
    ]
}

/// A required text: never empty.
fn required(s: &str) -> Cow<'static, str> {
    Cow::Owned(if s.is_empty() {
        "x".to_owned()
    } else {
        s.to_owned()
    })
}

/// An optional text: absent when empty.
fn optional(s: &str) -> Option<Cow<'static, str>> {
    Some(s)
        .filter(|s| !s.is_empty())
        .map(|s| Cow::Owned(s.to_owned()))
}

fn apply_edit(
    figures: &mut [Figure],
    footnotes: &mut [Footnote],
    sources: &mut [Source],
    edit: &Edit,
) {
    match edit {
        Edit::FigureText(i, field, s) => {
            let f = &mut figures[i % figures.len()];
            match field {
                0 => f.as_written = required(s),
                1 => f.measure = required(s),
                2 => f.population = required(s),
                3 => f.geography = required(s),
                4 => f.quote = required(s),
                5 => f.period = optional(s),
                6 => f.attribution = optional(s),
                7 => f.location.section = required(s),
                8 => f.location.subsection = optional(s),
                _ => f.location.subheading = optional(s),
            }
        }
        Edit::FigureValue(i, v, up) => {
            let f = &mut figures[i % figures.len()];
            f.value = *v;
            f.value_upper = up.map(|d| *v + d).filter(|u| u.is_finite());
        }
        Edit::FigureId(i, id) => {
            let n = figures.len();
            figures[i % n].id = Cow::Owned(format!("{id}_{}", i % n));
        }
        Edit::FootnoteText(i, s) => footnotes[i % footnotes.len()].text = required(s),
        Edit::FootnotePages(i, s) => footnotes[i % footnotes.len()].pages = optional(s),
        Edit::FootnoteUrls(i, urls) => {
            // A list item may not be empty nor contain the separator `;`.
            let mut items: Vec<Cow<'static, str>> = Vec::new();
            for url in urls {
                let url = url.replace(';', "");
                if !url.is_empty() && !items.iter().any(|u| *u == url) {
                    items.push(Cow::Owned(url));
                }
            }
            footnotes[i % footnotes.len()].urls = Cow::Owned(items);
        }
        Edit::SourceText(i, field, s) => {
            let src = &mut sources[i % sources.len()];
            match field {
                0 => src.title = required(s),
                1 => src.authors = optional(s),
                2 => src.publisher = optional(s),
                3 => src.url = optional(s),
                _ => src.symbol = optional(s),
            }
        }
        Edit::SourceYear(i, y) => sources[i % sources.len()].year = *y,
    }
}

proptest! {
    #[test]
    fn export_then_load_gives_back_any_valid_dataset(
        edits in prop::collection::vec(edit(), 1..10),
    ) {
        let builtin = Dataset::builtin();
        let mut figures = builtin.figures().to_vec();
        let mut footnotes = builtin.footnotes().to_vec();
        let mut sources = builtin.sources().to_vec();
        for e in &edits {
            apply_edit(&mut figures, &mut footnotes, &mut sources, e);
        }
        let data = match Dataset::new(figures, footnotes, sources) {
            Ok(data) => data,
            // Two edited ids can collide; that dataset is not valid, and not this test's.
            Err(Error::Invalid(problems))
                if problems
                    .iter()
                    .all(|p| matches!(p.kind, vac_figures::ProblemKind::DuplicateId { .. })) =>
            {
                return Ok(());
            }
            Err(e) => return Err(TestCaseError::fail(format!("generated an invalid dataset: {e}"))),
        };
        let files = export::dataset_files(&data).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let file = |name: &str| {
            files.iter().find(|(n, _)| *n == name).map(|(_, b)| b.clone()).unwrap_or_default()
        };
        let loaded = Dataset::from_readers(
            &file("figures.csv")[..],
            &file("footnotes.csv")[..],
            &file("sources.csv")[..],
        );
        match loaded {
            Ok(loaded) => {
                for (a, b) in loaded.figures().iter().zip(data.figures()) {
                    prop_assert_eq!(a, b);
                }
                for (a, b) in loaded.footnotes().iter().zip(data.footnotes()) {
                    prop_assert_eq!(a, b);
                }
                for (a, b) in loaded.sources().iter().zip(data.sources()) {
                    prop_assert_eq!(a, b);
                }
                prop_assert!(loaded == data);
            }
            Err(e) => prop_assert!(false, "the export does not load: {e}"),
        }
        // No exported cell begins with a formula character.
        for name in ["figures.csv", "footnotes.csv", "sources.csv"] {
            let bytes = file(name);
            let mut reader = csv::ReaderBuilder::new().from_reader(&bytes[..]);
            for record in reader.byte_records() {
                let record = record.map_err(|e| TestCaseError::fail(e.to_string()))?;
                for cell in record.iter() {
                    prop_assert!(
                        !matches!(cell.first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')),
                        "{name}: {:?}",
                        String::from_utf8_lossy(cell)
                    );
                }
            }
        }
    }
}
