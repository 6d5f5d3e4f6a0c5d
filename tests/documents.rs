//! `check_text` on labelled documents written blind (`tests/document-set-brief.md`): each
//! document `NAME.md` or `NAME.txt` has `NAME.labels.tsv` listing every sentence that states
//! a quantity (`claim`, with its verdict and deciding figure) and every number that is not a
//! claim (`date`, `year`, `symbol`, `reference`, `numbering`, `other`).
//!
//! Measured per set and printed:
//! - **recall**: labelled claims that `check_text` reports (a reported sentence overlaps the
//!   anchor);
//! - **non-claims left alone**: labelled non-claim numbers that no reported sentence reads as
//!   a quantity;
//! - **extra sentences**: reported sentences that overlap no labelled claim;
//! - **verdict accuracy**: labelled claims reported with the labelled verdict and figure, and
//!   the count wrongly called *supported*.
//!
//! History: `tests/documents/set1/` to `set4/` were each run first on 2026-12-01 on the
//! checker as it stood when the set was written (their READMEs have the first-run numbers
//! and what the misses showed); each set after the first was written after the fixes the one
//! before prompted.

use std::ops::Range;
use std::path::Path;

use vac_figures::check::{SentenceCheck, check_text};

#[derive(Default, Debug)]
struct Tally {
    claims: usize,
    found: usize,
    right: usize,
    wrong_supported: usize,
    non_claims: usize,
    left_alone: usize,
    reported: usize,
    extra: usize,
    misses: Vec<String>,
}

/// The byte range, in a non-claim's anchor, of the number it labels.
fn labelled_number(kind: &str, anchor: &str) -> Option<Range<usize>> {
    let bytes = anchor.as_bytes();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_digit()
                    || (matches!(bytes[i], b'.' | b',' | b'/' | b':')
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
            {
                i += 1;
            }
            runs.push(start..i);
        } else {
            i += 1;
        }
    }
    if kind == "year"
        && let Some(r) = runs.iter().rev().find(|r| r.len() == 4)
    {
        return Some(r.clone());
    }
    // A reference follows its word ("para. 61", "pages 121"): an anchor that takes in a
    // claim before it ("1.7 million | para. 61", a table row) labels its last number.
    if kind == "reference" {
        return runs.pop();
    }
    runs.into_iter().next()
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn check_document(name: &str, text: &str, labels: &str, tally: &mut Tally) {
    let found: Vec<SentenceCheck<'_>> = check_text(text);
    tally.reported += found.len();
    let mut claim_ranges = Vec::new();
    for (i, line) in labels.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells.len(), 5, "{name}.labels.tsv line {}", i + 1);
        let (kind, anchor, verdict, figure) = (cells[0], cells[1], cells[2], cells[3]);
        let at = text
            .find(anchor)
            .unwrap_or_else(|| panic!("{name}: anchor {anchor:?} not in the document"));
        assert!(
            text.matches(anchor).count() == 1,
            "{name}: anchor {anchor:?} occurs twice"
        );
        let range = at..at + anchor.len();
        if kind == "claim" {
            tally.claims += 1;
            claim_ranges.push(range.clone());
            let expected_figure = if figure == "-" { "" } else { figure };
            match found.iter().find(|s| overlaps(&s.span, &range)) {
                None => tally
                    .misses
                    .push(format!("{name}: NOT FOUND {anchor:?} [{}]", cells[4])),
                Some(s) => {
                    tally.found += 1;
                    let got_figure = s.check.figure.map_or("", |f| f.id.as_ref());
                    if s.check.verdict.as_str() == verdict && got_figure == expected_figure {
                        tally.right += 1;
                    } else {
                        if s.check.verdict.as_str() == "supported" {
                            tally.wrong_supported += 1;
                        }
                        tally.misses.push(format!(
                            "{name}: {:?}\n    expected {verdict} {expected_figure:?}, got {} {got_figure:?} (note {:?}) [{}]",
                            s.text, s.check.verdict, s.check.note, cells[4]
                        ));
                    }
                }
            }
        } else {
            tally.non_claims += 1;
            // Read as a quantity: a quantity of a reported sentence overlaps the labelled
            // number (for a year, the anchor's last four-digit run; for a reference its last run; otherwise its first run
            // of digits, or the whole anchor when it has none).
            let number = labelled_number(kind, anchor).map_or(range.clone(), |r| {
                range.start + r.start..range.start + r.end
            });
            let read_as_quantity = found.iter().any(|s| {
                s.check.numbers.iter().any(|n| {
                    s.input_range(n.span.clone())
                        .is_some_and(|r| overlaps(&r, &number))
                })
            });
            if read_as_quantity {
                tally.misses.push(format!(
                    "{name}: NON-CLAIM READ AS A QUANTITY ({kind}) {anchor:?}"
                ));
            } else {
                tally.left_alone += 1;
            }
        }
    }
    for s in &found {
        if !claim_ranges.iter().any(|r| overlaps(r, &s.span)) {
            tally.extra += 1;
            tally.misses.push(format!(
                "{name}: EXTRA SENTENCE {:?} ({})",
                s.text, s.check.verdict
            ));
        }
    }
}

/// Checks every document of a set, prints the measures and every miss, and returns them.
fn check_set(set: &str) -> Tally {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/documents")
        .join(set);
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "md" || e == "txt")
                && p.file_name().is_some_and(|n| n != "README.md")
        })
        .collect();
    names.sort();
    let mut tally = Tally::default();
    for doc in &names {
        let stem = doc.file_stem().unwrap().to_str().unwrap();
        let labels = dir.join(format!("{stem}.labels.tsv"));
        let text = std::fs::read_to_string(doc).unwrap();
        let labels = std::fs::read_to_string(&labels).unwrap();
        check_document(stem, &text, &labels, &mut tally);
    }
    assert!(names.len() >= 5, "{set}: at least five documents");
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "{set}: {} documents; recall {}/{} ({:.1}%); non-claims left alone {}/{} ({:.1}%); \
         extra sentences {} of {} reported; verdicts right {}/{} ({:.1}%); wrongly supported {}",
        names.len(),
        tally.found,
        tally.claims,
        pct(tally.found, tally.claims),
        tally.left_alone,
        tally.non_claims,
        pct(tally.left_alone, tally.non_claims),
        tally.extra,
        tally.reported,
        tally.right,
        tally.claims,
        pct(tally.right, tally.claims),
        tally.wrong_supported,
    );
    for m in &tally.misses {
        println!("MISS {m}");
    }
    tally
}

/// Holds a set at its first run: at most `missed` sentences that state a quantity not found,
/// `read` non-claims read as claims and `wrong` verdicts wrong, and none wrongly supported.
fn hold(set: &str, missed: usize, read: usize, wrong: usize) {
    hold_with(set, missed, read, wrong, 0);
}

/// [`hold`], for a set whose first run called `wrongly_supported` of its claims supported
/// that are not.
fn hold_with(set: &str, missed: usize, read: usize, wrong: usize, wrongly_supported: usize) {
    let t = check_set(set);
    assert!(
        t.found + missed >= t.claims,
        "{set}: {} of {} found",
        t.found,
        t.claims
    );
    assert!(
        t.left_alone + read >= t.non_claims,
        "{set}: {} of {} non-claims left alone",
        t.left_alone,
        t.non_claims
    );
    assert!(
        t.right + wrong >= t.claims,
        "{set}: {} of {} verdicts right",
        t.right,
        t.claims
    );
    assert!(
        t.wrong_supported <= wrongly_supported,
        "{set}: {} wrongly supported",
        t.wrong_supported
    );
}

#[test]
fn the_first_document_set_is_checked() {
    let t = check_set("set1");
    // Held at the level reached after the fixes its first run prompted (no longer blind).
    assert!(t.found as f64 >= 0.95 * t.claims as f64);
    assert_eq!(t.left_alone, t.non_claims);
    assert!(t.right as f64 >= 0.90 * t.claims as f64);
}

#[test]
fn the_second_document_set_is_checked() {
    // Written after the last fix; its first run is recorded in its README and held.
    let t = check_set("set2");
    assert!(t.claims >= 100);
    assert_eq!(t.found, t.claims);
    assert!(t.left_alone as f64 >= 0.98 * t.non_claims as f64);
    assert!(t.right as f64 >= 0.88 * t.claims as f64);
}

#[test]
fn the_third_document_set_is_checked() {
    // Written after the fixes set2 and heldout5 prompted; first run: recall 101 of 101,
    // non-claims 117 of 117, verdicts 96 of 101, 1 wrongly supported. Held.
    let t = check_set("set3");
    assert_eq!(t.found, t.claims);
    assert_eq!(t.left_alone, t.non_claims);
    assert_eq!(t.extra, 0);
    assert!(t.right as f64 >= 0.95 * t.claims as f64);
}

#[test]
fn the_fourth_document_set_is_checked() {
    // Written after the fixes heldout6 and set3 prompted; first run: recall 72 of 72,
    // non-claims 70 of 72, verdicts 68 of 72, none wrongly supported. Held.
    hold("set4", 0, 2, 4);
}

#[test]
fn the_fifth_document_set_is_checked() {
    // Written after the fixes heldout7 and set4 prompted; first run: recall 103 of 103,
    // non-claims 149 of 157 (none a date or year; "pages 121 and 122" two references),
    // verdicts 94 of 103, none wrongly supported. Held.
    hold("set5", 0, 8, 9);
}

#[test]
fn the_sixth_document_set_is_checked() {
    // Written after the fixes heldout8 and set5 prompted; first run: recall 116 of 116,
    // non-claims 166 of 171 (all five of kind `other`), verdicts 111 of 116, none wrongly
    // supported. Held.
    hold("set6", 0, 5, 5);
}

#[test]
fn the_seventh_document_set_is_checked() {
    // Written after the fixes heldout9 and set6 prompted; first run: recall 113 of 113,
    // non-claims 200 of 201 (an SMS short code), verdicts 104 of 113, none wrongly
    // supported. Held.
    hold("set7", 0, 1, 9);
}

#[test]
fn the_eighth_document_set_is_checked() {
    // Written after the fixes heldout10 and set7 prompted; first run: recall 117 of 117,
    // non-claims 200 of 202 (a revision number, a licence version), verdicts 109 of 117,
    // none wrongly supported. Held.
    hold("set8", 0, 2, 8);
}

#[test]
fn the_ninth_document_set_is_checked() {
    // Written after the last fix; first run: recall 103 of 104, non-claims 186 of 191 (all
    // of kind `other`), verdicts 97 of 104, none wrongly supported. Held.
    hold("set9", 1, 5, 7);
}

#[test]
fn the_tenth_document_set_is_checked() {
    // Written after the last fix; first run: recall 120 of 121, non-claims 201 of 201,
    // verdicts 110 of 121, none wrongly supported. Held.
    hold("set10", 1, 0, 11);
}

#[test]
fn the_eleventh_document_set_is_checked() {
    // Written after the fixes set10 prompted (checker at 1a389ca); first run: recall 127 of
    // 127, non-claims 233 of 233, verdicts 116 of 127, none wrongly supported. Held.
    hold("set11", 0, 0, 11);
}

#[test]
fn the_twelfth_document_set_is_checked() {
    // Written after the last fix (the fixes heldout14 and set11 prompted; checker at
    // 3df280f); first run: recall 112 of 113, non-claims 111 of 120 (list numbers after an
    // emoji keycap or a chat line's timestamp), verdicts 95 of 113, none wrongly supported.
    // Held.
    hold("set12", 1, 9, 18);
}

#[test]
fn the_thirteenth_document_set_is_checked() {
    // Written after the last fix (the fixes heldout15 and set12 prompted; checker at
    // 9f3a20e); first run: recall 124 of 124, non-claims 181 of 185 (all `other`: a house
    // number, a bus route, "Mission 89", a time "at 9"), verdicts 117 of 124, none wrongly
    // supported. Held.
    hold("set13", 0, 4, 7);
}

#[test]
fn the_fourteenth_document_set_is_checked() {
    // Written after the last fix (the fixes heldout16 and set13 prompted; checker at
    // 2a667df); first run: recall 69 of 69, non-claims 157 of 157, verdicts 67 of 69, none
    // wrongly supported. Held.
    hold("set14", 0, 0, 2);
}

#[test]
fn the_fifteenth_document_set_is_checked() {
    // Written after the last fix (the fixes heldout17 and set14 prompted; checker at
    // f558b7f); first run: recall 148 of 149, non-claims 261 of 262, verdicts 130 of 149
    // (87.2%), one wrongly supported. Held.
    hold_with("set15", 1, 1, 19, 1);
}

#[test]
fn the_sixteenth_document_set_is_checked() {
    // Written after the last fix (the fixes set15 prompted; checker at 916dab4); first run:
    // recall 111 of 112, non-claims 248 of 249, verdicts 91 of 112 (81.2%), none wrongly
    // supported. Held.
    hold("set16", 1, 1, 21);
}

#[test]
fn the_seventeenth_document_set_is_checked() {
    // Written after the last fix (the fixes heldout19 and set16 prompted; checker at
    // 5d85681); first run: recall 120 of 120, non-claims 201 of 205 (a Hijri date, a verse
    // number, a year with a letter, a number in a title), verdicts 118 of 120 (98.3%), none
    // wrongly supported. Held.
    hold("set17", 0, 4, 2);
}

#[test]
fn the_eighteenth_document_set_is_checked() {
    // Written after the fixes set17 prompted (checker at bfa046c; the one fix since leaves
    // its output unchanged); first run: recall 90 of 90, non-claims 160 of 160, verdicts 87
    // of 90 (96.7%), none wrongly supported. Held.
    hold("set18", 0, 0, 3);
}

#[test]
fn the_nineteenth_document_set_is_checked() {
    // Written after the fix heldout22 prompted (checker at e99c318); first run: recall 87 of
    // 88, non-claims 189 of 198 (an audio guide's keypad and stop numbers and a floor; no
    // date, year, symbol or reference), verdicts 84 of 88 (95.5%), none wrongly supported.
    // Held.
    hold("set19", 1, 9, 4);
}

#[test]
fn the_twentieth_document_set_is_checked() {
    // Written after the fixes set19 and heldout23 prompted (checker at 980b533); first run:
    // recall 122 of 122, non-claims 213 of 215 (a time, an emergency number), verdicts 86 of
    // 122 (70.5%: a push digest of one alert per line read as one sentence), none wrongly
    // supported. Held.
    hold("set20", 0, 2, 36);
}

#[test]
fn the_twenty_first_document_set_is_checked() {
    // Written after the fixes set20 and heldout24 prompted (checker at 602d2d0); first run:
    // recall 94 of 94, non-claims 193 of 199 (item numbers of minutes after headings; no
    // date, year, symbol or reference), verdicts 93 of 94 (98.9%), none wrongly supported.
    // Held.
    hold("set21", 0, 6, 1);
}

#[test]
fn the_twenty_second_document_set_is_checked() {
    // Written after the last fix (the ones heldout25 and set21 prompted; checker at
    // 606418e); first run: recall 105 of 107, non-claims 147 of 152 (three clause and point
    // references, a radio frequency), verdicts 97 of 107 (90.7%), one wrongly supported (a
    // supported sentence decided by another of its figures). Held.
    hold_with("set22", 2, 5, 10, 1);
}

#[test]
fn the_twenty_third_document_set_is_checked() {
    // Written after the last fix (the ones set22 prompted; checker at e92c35f); first run:
    // recall 76 of 76, non-claims 94 of 94, verdicts 73 of 76 (96.1%), none wrongly
    // supported. Held.
    hold("set23", 0, 0, 3);
}

#[test]
fn the_twenty_fourth_document_set_is_checked() {
    // Written at e55f2a5 (what the checker decides unchanged since e92c35f, the last fix);
    // first run: recall 91 of 91, non-claims 176 of 176, verdicts 86 of 91 (94.5%), none
    // wrongly supported. Held.
    hold("set24", 0, 0, 5);
}

#[test]
fn the_twenty_fifth_document_set_is_checked() {
    // Written after the last fix (the ones heldout28 and set24 prompted; checker at
    // 621276b); first run: recall 95 of 95, non-claims 202 of 205 (a poster board, a motion
    // number, a time: "by 12 noon"), verdicts 91 of 95 (95.8%), none wrongly supported.
    // Held.
    hold("set25", 0, 3, 4);
}

#[test]
fn the_twenty_sixth_document_set_is_checked() {
    // Written after the last fix (the ones heldout29 and set25 prompted; checker at
    // 62b95be); first run: recall 114 of 115, non-claims 239 of 243 (a notebook's number, a
    // time "before 8", two label numbers), verdicts 88 of 115 (76.5%), none wrongly
    // supported. Held at the level reached since: recall 115 of 115, one non-claim read
    // ("before 8."), six verdicts wrong.
    hold("set26", 0, 1, 6);
}

#[test]
fn the_twenty_seventh_document_set_is_checked() {
    // Written after the last fix (heldout30's; checker at daab879); first run: recall 125 of
    // 126, non-claims 262 of 266 (a radio channel, a text number, a sound cue, a time zone),
    // verdicts 113 of 126 (89.7%), none wrongly supported. Held.
    hold("set27", 1, 4, 13);
}

#[test]
fn the_twenty_eighth_document_set_is_checked() {
    // Written after the last fix (heldout30's; checker at daab879); first run: recall 135 of
    // 135, non-claims 162 of 163 (a text number), verdicts 125 of 135 (92.6%), one wrongly
    // supported (a refugee-births count dated 2019-2024 for 2018-2023). Held.
    hold_with("set28", 0, 1, 10, 1);
}

#[test]
fn the_twenty_ninth_document_set_is_checked() {
    // Written after the fixes heldout31, set27 and set28 prompted (checker at 6d13377);
    // first run: recall 109 of 111, non-claims 161 of 165 (a police number, two extensions
    // and a bleep), verdicts 106 of 111 (95.5%), none wrongly supported. Held.
    hold("set29", 2, 4, 5);
}

#[test]
fn the_thirtieth_document_set_is_checked() {
    // Written with set29 (checker at 6d13377); first run: recall 120 of 120, non-claims 187
    // of 187, verdicts 118 of 120 (98.3%), none wrongly supported. Held.
    hold("set30", 0, 0, 2);
}

#[test]
fn the_thirty_first_document_set_is_checked() {
    // Written after the fixes heldout32, set29 and set30 prompted (checker at a674c6c);
    // first run: recall 118 of 118, non-claims 212 of 212, verdicts 114 of 118 (96.6%), none
    // wrongly supported. Held.
    hold("set31", 0, 0, 4);
}

#[test]
fn the_thirty_second_document_set_is_checked() {
    // Written after heldout33's fixes (checker at 8acd965); first run: recall 98 of 98,
    // non-claims 234 of 253 (a table's row numbers, library call numbers, a shelf label, a
    // software version), verdicts 90 of 98 (91.8%), none wrongly supported. Held.
    hold("set32", 0, 19, 8);
}

#[test]
fn the_thirty_third_document_set_is_checked() {
    // Written after set32's fixes (checker at f27cd6e); first run: recall 46 of 46,
    // non-claims 97 of 109 (section numbers after a Roman numeral, a procurement code),
    // verdicts 46 of 46, none wrongly supported. Held.
    hold("set33", 0, 12, 0);
}

#[test]
fn the_thirty_fourth_document_set_is_checked() {
    // Written after heldout34's and set33's fixes (checker at 2451b2d); first run: recall 104
    // of 104, non-claims 216 of 216 (and three page-and-line headings reported as claims),
    // verdicts 89 of 104 (85.6%), none wrongly supported. Held.
    hold("set34", 0, 0, 15);
}

#[test]
fn the_thirty_fifth_document_set_is_checked() {
    // Written after heldout36's and set34's fixes (checker at a586378); first run: recall 77
    // of 77, non-claims 156 of 156, verdicts 70 of 77 (90.9%), none wrongly supported. Held.
    hold("set35", 0, 0, 7);
}

#[test]
fn the_thirty_sixth_document_set_is_checked() {
    // Written after set35's fixes (checker at 4b27f70); first run: recall 89 of 89,
    // non-claims 219 of 225 (tile numbers, a date's first day, police numbers, a platform
    // version), verdicts 81 of 89 (91.0%), none wrongly supported. Held.
    hold("set36", 0, 6, 8);
}

#[test]
fn the_thirty_seventh_document_set_is_checked() {
    // Written after heldout37's and set36's fixes (checker at e91e009); first run: recall 96
    // of 96, non-claims 240 of 240, verdicts 91 of 96 (94.8%), one wrongly supported. Held.
    hold_with("set37", 0, 0, 5, 1);
}

#[test]
fn the_thirty_eighth_document_set_is_checked() {
    // Written after heldout38's and set37's fixes (checker at e802da4); first run: recall 90
    // of 91, non-claims 266 of 268 (a film title, a page after Roman numerals), verdicts 88
    // of 91 (96.7%), none wrongly supported. Held.
    hold("set38", 1, 2, 3);
}

#[test]
fn the_thirty_ninth_document_set_is_checked() {
    // Written after heldout39's and set38's fixes (checker at b4072f2); first run: recall 57
    // of 57, non-claims 90 of 98 (times with a dot, proof and draft numbers, a slot, a
    // contents page number), verdicts 51 of 57 (89.5%), one wrongly supported (unverifiable
    // since). Held.
    hold("set39", 0, 0, 4);
}

#[test]
fn the_fortieth_document_set_is_checked() {
    // Written after heldout40's and set39's fixes (checker at f923049); first run: recall 71
    // of 71, non-claims 113 of 123 (speaker numbers "Speaker 9 -", "cible 16.2",
    // "requirement 4"), verdicts 66 of 71 (93.0%), none wrongly supported. Held as it stands
    // after their fixes.
    hold("set40", 0, 0, 1);
}

#[test]
fn the_forty_first_document_set_is_checked() {
    // Written after heldout41's and set40's fixes (checker at 669d65b); first run: recall 83
    // of 83, non-claims 193 of 198 (a cross-reference "(as in 4.3)", a VHF channel, a
    // version in a table, sprint numbers), verdicts 80 of 83 (96.4%), none wrongly
    // supported. Held.
    hold("set41", 0, 0, 2);
}

#[test]
fn the_forty_second_document_set_is_checked() {
    // Written after set41's fixes (checker at d156f84); first run: recall 85 of 86,
    // non-claims 192 of 195 (a room "3.02", a poster board, a tab of a bundle), verdicts 81
    // of 86 (94.2%), none wrongly supported. Held.
    hold("set42", 0, 1, 2);
}

#[test]
fn the_forty_third_document_set_is_checked() {
    // Written after heldout43's and set42's fixes (checker at 56e667d); first run: recall 78
    // of 78, non-claims 137 of 138 (a written question's reference number), verdicts 74 of 78
    // (94.9%), none wrongly supported. Held.
    hold("set43", 0, 0, 2);
}

#[test]
fn the_forty_fourth_document_set_is_checked() {
    // Written after heldout44's fixes, the last of the eighth session (checker at 400d158);
    // first run: recall 64 of 64, non-claims 187 of 188 (a page footer "- 3 -"), verdicts 64
    // of 64 (100%), none wrongly supported. Held.
    hold("set44", 0, 1, 0);
}

#[test]
fn the_forty_fifth_document_set_is_checked() {
    // Written in the tenth session, after the last fix that changed a verdict (4f864c2; the
    // checker's outputs at 1c6f24a are the same); first run: recall 69 of 69, non-claims 64
    // of 64, verdicts 69 of 69 (100%), none wrongly supported. Its writer labelled non-claims
    // only in sentences that state no quantity (its README says so). Held.
    hold("set45", 0, 0, 0);
}

#[test]
fn the_forty_sixth_document_set_is_checked() {
    // Written in the tenth session after its last fix (e9f7dad), with the non-claims inside
    // claim sentences labelled too; first run: recall 96 of 97 (a table cell), non-claims
    // 146 of 147 (a listicle's heading "7 numbers from ..."), verdicts 91 of 97 (93.8%), none
    // wrongly supported. Held. After the twelfth session's fixes ("more than the N" is no
    // change, a name in "-ed" is no verb of the writer's, a name's population before ", who",
    // a sum opened by "Add ... and you reach"): verdicts 95 of 97.
    hold("set46", 1, 1, 2);
}

#[test]
fn the_forty_seventh_document_set_is_checked() {
    // Written blind in the twelfth session after its last fix (ad73b3a), non-claims inside
    // claim sentences labelled too; first run: recall 100 of 100, non-claims 143 of 145 (two
    // street addresses, "7 Orchard Close" and "1 College Green", read as claims), verdicts 96
    // of 100 (96.0%), none wrongly supported. Held.
    hold("set47", 0, 0, 1);
}

#[test]
fn the_forty_ninth_document_set_is_checked() {
    // Written blind in the thirteenth session after its last fix that changed a verdict
    // (694b276); first run: recall 88 of 88, non-claims 138 of 142 (two addresses' house
    // numbers and postcodes, a file revision "rev. 4"), verdicts 86 of 88 (97.7%), none
    // wrongly supported. Held.
    hold("set49", 0, 4, 2);
}
