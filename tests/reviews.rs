//! The primary-source review is faithful to the review file: every reviewed figure has its
//! review with the file's status, discrepancies are flagged, nothing else is reviewed, and
//! every text is the file's.
//!
//! Reads `source/primary-source-review.md` (or `VAC_FIGURES_REVIEW`); a test that cannot read
//! it fails.

mod common;

use std::collections::BTreeSet;

use vac_figures::ReviewStatus;

/// The rows of the review file's table: `(para, figure, status, finding, note)`.
fn rows(text: &str) -> Vec<[String; 5]> {
    text.lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| para"))
        .map(|l| {
            let cells: Vec<String> = l
                .trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_owned())
                .collect();
            [
                cells[0].clone(),
                cells[1].clone(),
                cells[2].clone(),
                cells[3].clone(),
                cells[4].clone(),
            ]
        })
        .collect()
}

#[test]
fn every_row_of_the_file_is_a_review_with_its_status_and_words() {
    let text = common::review_text();
    let rows = rows(&text);
    let reviews = vac_figures::reviews();
    assert_eq!(rows.len(), reviews.len(), "one review per row of the file");
    for (row, review) in rows.iter().zip(reviews) {
        let [para, figure, status, finding, note] = row;
        assert_eq!(review.reviewed, format!("para. {para}: {figure}"));
        assert_eq!(review.status_as_written, status.as_str());
        let file_status = status.split_whitespace().next().unwrap_or("");
        assert_eq!(review.status.as_str(), file_status, "{figure}");
        assert_eq!(review.finding, finding.as_str());
        assert_eq!(review.note, note.as_str());
        // Computed numbers and inferences are the file's own, marked as such there.
        for c in review.computed.iter() {
            assert!(
                note.contains(c.as_ref()) && note.contains("(computed)"),
                "{c}"
            );
        }
        for i in review.inferred.iter() {
            assert!(note.contains(&format!("inferred: {i}")), "{i}");
        }
        if note.contains("(computed)") {
            assert!(
                !review.computed.is_empty(),
                "{figure}: computed numbers not marked"
            );
        }
        if note.contains("inferred:") {
            assert!(
                !review.inferred.is_empty(),
                "{figure}: inference not marked"
            );
        }
        if let Some(seen) = &review.seen_at {
            assert!(finding.contains(seen.as_ref()), "{seen}");
        }
        // Each figure the row covers stands in the paragraph the file names.
        for id in review.figures.iter() {
            let fig = vac_figures::figure(id).unwrap_or_else(|| panic!("no figure {id}"));
            assert_eq!(fig.location.paragraph.to_string(), *para, "{id}");
        }
    }
}

#[test]
fn discrepancies_are_flagged_and_nothing_else_is_reviewed() {
    let text = common::review_text();
    let rows = rows(&text);
    for (row, review) in rows.iter().zip(vac_figures::reviews()) {
        let flagged = row[2] == "discrepancy";
        assert_eq!(
            review.status == ReviewStatus::Discrepancy,
            flagged,
            "{}",
            row[1]
        );
        assert_eq!(
            !review.discrepancies.is_empty() && flagged,
            flagged,
            "{}: kinds",
            row[1]
        );
        for id in review.figures.iter() {
            let fig = vac_figures::figure(id).expect("exists");
            assert_eq!(fig.review_status(), review.status);
        }
    }
    let reviewed: BTreeSet<&str> = vac_figures::reviews()
        .iter()
        .flat_map(|r| r.figures.iter().map(|f| f.as_ref()))
        .collect();
    for fig in vac_figures::figures() {
        if !reviewed.contains(fig.id.as_ref()) {
            assert!(fig.review().is_none());
            assert_eq!(fig.review_status(), ReviewStatus::NotReviewed);
        }
    }
    // A figure is covered by at most one row.
    let total: usize = vac_figures::reviews().iter().map(|r| r.figures.len()).sum();
    assert_eq!(total, reviewed.len());
}

#[test]
fn the_rows_map_to_the_figures_they_describe() {
    // The file describes each row's figures by value; each mapped figure carries it.
    let expected: &[(&str, &[&str])] = &[
        ("38 per cent", &["children_share_of_detected_victims"]),
        (
            "61 per cent",
            &["children_share_of_detected_victims_sub_saharan_africa"],
        ),
        ("281 million", &["international_migrants_2020"]),
        (
            "14.6 per cent",
            &["children_share_of_international_migrants_2020"],
        ),
        ("473 million", &["children_in_conflict_areas"]),
        ("1 child in every 6", &["children_in_conflict_areas_one_in"]),
        (
            "47.2 million",
            &["children_displaced_by_conflict_and_violence"],
        ),
        ("3.1 million", &["children_displaced_by_disasters"]),
        ("2 million", &["children_born_as_refugees_2018_2023"]),
        ("333 million", &["children_in_extreme_poverty"]),
        ("774 million", &["children_facing_poverty_and_climate"]),
        (
            "213 million",
            &[
                "children_needing_humanitarian_assistance_2025",
                "humanitarian_need_countries_and_territories_2025",
            ],
        ),
        (
            "733 million",
            &[
                "people_facing_hunger_2023",
                "people_facing_hunger_one_in",
                "people_in_severe_food_insecurity_2023",
            ],
        ),
        (
            "35.8 per cent",
            &[
                "children_recruited_by_family_share",
                "recruited_by_family_age_band",
            ],
        ),
        (
            "almost two times",
            &["child_victims_violence_rate_vs_adults"],
        ),
        ("three times", &["women_girls_extreme_violence_likelihood"]),
        ("2.7 billion euros", &["eu_trafficking_cost_per_year"]),
        (
            "US$236 billion",
            &[
                "forced_labour_illegal_profits_per_year",
                "forced_labour_profits_increase_since_2014",
                "forced_labour_profits_increase_since_2014_percent",
            ],
        ),
        (
            "over half",
            &["children_in_forced_commercial_sexual_exploitation_share"],
        ),
        (
            "1.7 million",
            &[
                "children_in_forced_commercial_sexual_exploitation",
                "children_in_forced_labour_exploitation",
                "children_in_forced_labour_exploitation_share",
            ],
        ),
        ("15,000", &["children_trafficked_in_football_per_year"]),
    ];
    let reviews = vac_figures::reviews();
    assert_eq!(reviews.len(), expected.len());
    for (review, (words, ids)) in reviews.iter().zip(expected) {
        assert!(review.reviewed.contains(words), "{}", review.reviewed);
        assert_eq!(
            review
                .figures
                .iter()
                .map(|f| f.as_ref())
                .collect::<Vec<_>>(),
            *ids
        );
    }
}

#[test]
fn a_claim_on_a_figure_with_a_discrepancy_says_so() {
    let c = vac_figures::check_claim("One in six children worldwide lives in a conflict zone.");
    assert_eq!(c.review.map(|r| r.status), Some(ReviewStatus::Discrepancy));
    let note = c.note.expect("a note");
    assert!(note.contains("qualifier"), "{note}");
    let c = vac_figures::check_claim("Children account for 38% of detected trafficking victims.");
    assert_eq!(c.review.map(|r| r.status), Some(ReviewStatus::Confirmed));
    assert!(c.note.is_none());
}
