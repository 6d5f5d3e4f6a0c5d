//! Shared by the tests that check the dataset against the report's text.

#![allow(dead_code)]

use vac_figures::text::ReportText;

/// The environment variable that holds the path of the report's text.
pub const REPORT_VAR: &str = "VAC_FIGURES_REPORT";

/// The report's text, or `None` (with a message saying the test skipped) when
/// `VAC_FIGURES_REPORT` is not set. A set variable that names a missing file fails the test.
pub fn report_text(test: &str) -> Option<String> {
    match std::env::var_os(REPORT_VAR) {
        None => {
            eprintln!(
                "SKIPPED {test}: set {REPORT_VAR} to the path of A-HRC-58-19.txt \
                 (e.g. {REPORT_VAR}=../shared/source/A-HRC-58-19.txt) to check the data \
                 against the report"
            );
            None
        }
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(text) => Some(text),
            Err(err) => panic!("{REPORT_VAR}={}: {err}", path.to_string_lossy()),
        },
    }
}

/// The parsed report, or `None` when skipped.
pub fn report(test: &str) -> Option<ReportText> {
    report_text(test).map(|t| ReportText::parse(&t))
}
