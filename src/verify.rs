//! Proving the dataset against the report's text.
//!
//! [`verify`] reads the report (see [`crate::text`]) and checks every record: each quote
//! stands verbatim in its paragraph (markup and footnote markers normalised), each value is
//! the number its quote states, each footnote marker stands where the record says, each
//! figure stands under the headings it names, and each footnote's text is the printed one.
//!
//! ```no_run
//! let text = std::fs::read_to_string("../shared/source/A-HRC-58-19.txt").unwrap();
//! let verification = vac_figures::verify(&text);
//! println!("{verification}");
//! assert!(verification.is_ok());
//! ```

use std::fmt;

use serde::Serialize;

use crate::check::read_numbers;
use crate::dataset::Dataset;
use crate::record::{Figure, MarkerPosition};
use crate::text::ReportText;

/// What a verification found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verification {
    /// How many figures were checked.
    pub figures_checked: usize,
    /// How many footnotes were checked.
    pub footnotes_checked: usize,
    /// Everything that did not match, in record order.
    pub problems: Vec<Mismatch>,
}

/// One record that does not match the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mismatch {
    /// The figure id, or `footnote N`.
    pub subject: String,
    /// What kind of mismatch.
    pub kind: MismatchKind,
    /// What was expected and what was found.
    pub detail: String,
}

/// The kinds of mismatch a verification reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MismatchKind {
    /// The paragraph (or footnote) the record names is not in the text.
    MissingParagraph,
    /// The quote is not in its paragraph.
    QuoteNotFound,
    /// The figure as written is not in its quote.
    AsWrittenNotInQuote,
    /// The value is not the number the quote states.
    ValueMismatch,
    /// The footnote markers are not where the record says.
    MarkerMismatch,
    /// The headings are not the ones the paragraph stands under.
    HeadingMismatch,
    /// The footnote text differs from the printed one, or is missing.
    FootnoteMismatch,
}

impl Verification {
    /// `true` when nothing failed and something was checked.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty() && self.figures_checked > 0
    }
}

impl fmt::Display for Verification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_ok() {
            return write!(
                f,
                "OK: {} figures and {} footnotes match the report",
                self.figures_checked, self.footnotes_checked
            );
        }
        writeln!(
            f,
            "FAILED: {} problem(s) in {} figures and {} footnotes checked",
            self.problems.len(),
            self.figures_checked,
            self.footnotes_checked
        )?;
        for p in &self.problems {
            writeln!(f, "- {} [{:?}]: {}", p.subject, p.kind, p.detail)?;
        }
        Ok(())
    }
}

/// Verifies the built-in dataset against the report's text.
pub fn verify(report_text: &str) -> Verification {
    verify_dataset(Dataset::builtin(), report_text)
}

/// Verifies any dataset against the report's text.
pub fn verify_dataset(dataset: &Dataset, report_text: &str) -> Verification {
    let report = ReportText::parse(report_text);
    let mut problems = Vec::new();
    for figure in dataset.figures() {
        check_figure(&report, figure, &mut problems);
    }
    for note in dataset.footnotes() {
        let subject = format!("footnote {}", note.number);
        match report.footnote(note.number) {
            None => problems.push(Mismatch {
                subject,
                kind: MismatchKind::FootnoteMismatch,
                detail: "not printed in the text".to_owned(),
            }),
            Some(printed) if printed.text != note.text => problems.push(Mismatch {
                subject,
                kind: MismatchKind::FootnoteMismatch,
                detail: format!("record {:?}, text {:?}", note.text, printed.text),
            }),
            Some(_) => {
                let citing = report.paragraph_citing(note.number).map(|p| p.number);
                if citing != Some(note.paragraph) {
                    problems.push(Mismatch {
                        subject,
                        kind: MismatchKind::MarkerMismatch,
                        detail: format!(
                            "record says its marker is in para. {}, text has it in {citing:?}",
                            note.paragraph
                        ),
                    });
                }
            }
        }
    }
    Verification {
        figures_checked: dataset.figures().len(),
        footnotes_checked: dataset.footnotes().len(),
        problems,
    }
}

fn check_figure(report: &ReportText, figure: &Figure, problems: &mut Vec<Mismatch>) {
    let problem = |kind, detail: String| Mismatch {
        subject: figure.id.to_string(),
        kind,
        detail,
    };
    let loc = &figure.location;
    let Some(para) = report.paragraph(loc.paragraph) else {
        problems.push(problem(
            MismatchKind::MissingParagraph,
            format!("para. {} not found in the text", loc.paragraph),
        ));
        return;
    };
    if para.section != loc.section
        || para.subsection.as_deref() != loc.subsection.as_deref()
        || para.subheading.as_deref() != loc.subheading.as_deref()
    {
        problems.push(problem(
            MismatchKind::HeadingMismatch,
            format!(
                "record {:?} / {:?} / {:?}, text {:?} / {:?} / {:?}",
                loc.section,
                loc.subsection,
                loc.subheading,
                para.section,
                para.subsection,
                para.subheading
            ),
        ));
    }
    if !figure.quote.contains(figure.as_written.as_ref()) {
        problems.push(problem(
            MismatchKind::AsWrittenNotInQuote,
            format!("{:?} is not in the quote", figure.as_written),
        ));
    }
    if let Some(detail) = value_mismatch(figure) {
        problems.push(problem(MismatchKind::ValueMismatch, detail));
    }
    // The quote, in its footnote or paragraph.
    if let Some(n) = loc.in_footnote {
        match report.footnote(n) {
            Some(note) if note.text.contains(figure.quote.as_ref()) => {}
            Some(_) => problems.push(problem(
                MismatchKind::QuoteNotFound,
                format!("not in the text of footnote {n}"),
            )),
            None => problems.push(problem(
                MismatchKind::MissingParagraph,
                format!("footnote {n} not found in the text"),
            )),
        }
        return;
    }
    let Some(span) = para.find(&figure.quote) else {
        problems.push(problem(
            MismatchKind::QuoteNotFound,
            format!("not in para. {}: {:?}", loc.paragraph, figure.quote),
        ));
        return;
    };
    let at = para.markers_at(span);
    let ours = figure.footnotes.to_vec();
    let ok = match figure.footnote_position {
        MarkerPosition::AtQuote => !ours.is_empty() && at == ours,
        MarkerPosition::EarlierInParagraph => {
            let before = para.markers_before(span);
            at.is_empty() && !ours.is_empty() && ours.iter().all(|n| before.contains(n))
        }
        MarkerPosition::LaterInParagraph => {
            let after = para.markers_after(span);
            at.is_empty() && !ours.is_empty() && ours.iter().all(|n| after.contains(n))
        }
        MarkerPosition::None => ours.is_empty() && at.is_empty(),
    };
    if !ok {
        problems.push(problem(
            MismatchKind::MarkerMismatch,
            format!(
                "record: footnotes {ours:?} {}; text: markers {at:?} at the quote, {:?} before, {:?} after",
                figure.footnote_position,
                para.markers_before(span),
                para.markers_after(span)
            ),
        ));
    }
}

/// Ordinals that state an elapsed number of years ("fifteenth anniversary").
const ORDINALS: &[(&str, f64)] = &[("fifteenth", 15.0), ("fifth", 5.0), ("tenth", 10.0)];

/// `None` when the value is the number `as_written` states; otherwise what differs.
fn value_mismatch(figure: &Figure) -> Option<String> {
    let written = figure.as_written.as_ref();
    let same = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0);
    if let Some(upper) = figure.value_upper {
        // A range: "15–17 years of age".
        let (lo, hi) = written.split_once('–')?;
        let lo_n = read_numbers(lo).first().map(|n| n.claimed.value);
        let hi_n = read_numbers(hi).first().map(|n| n.claimed.value);
        return match (lo_n, hi_n) {
            (Some(a), Some(b)) if same(a, figure.value) && same(b, upper) => None,
            other => Some(format!(
                "range {written:?} reads as {other:?}, record {}–{upper}",
                figure.value
            )),
        };
    }
    let read = read_numbers(written)
        .first()
        .map(|n| n.claimed.value)
        .or_else(|| {
            let lower = written.to_lowercase();
            ORDINALS
                .iter()
                .find(|(w, _)| lower.split_whitespace().any(|x| x == *w))
                .map(|&(_, v)| v)
        });
    match read {
        Some(v) if same(v, figure.value) => None,
        Some(v) => Some(format!(
            "{written:?} states {v}, record has {}",
            figure.value
        )),
        None => Some(format!("no number could be read in {written:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_value_is_the_number_it_states() {
        for figure in crate::dataset::Dataset::builtin().figures() {
            assert_eq!(value_mismatch(figure), None, "{}", figure.id);
        }
    }

    #[test]
    fn a_text_that_is_not_the_report_fails_plainly() {
        let v = verify("This is not the report.");
        assert!(!v.is_ok());
        assert!(
            v.problems
                .iter()
                .any(|p| p.kind == MismatchKind::MissingParagraph)
        );
        assert!(v.to_string().starts_with("FAILED"));
    }
}
