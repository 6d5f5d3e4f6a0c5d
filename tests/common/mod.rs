//! Shared by the tests that check the dataset against the report's text and the review file.
//!
//! Both files are committed in `source/` (see `source/README.md`) and read from there; the
//! environment variables `VAC_FIGURES_REPORT` and `VAC_FIGURES_REVIEW` may point elsewhere (an
//! edited copy, another conversion). A file that cannot be read fails the test: nothing here
//! passes as skipped.

#![allow(dead_code)]

use std::path::PathBuf;

use vac_figures::text::ReportText;

/// The environment variable that may override the path of the report's text.
pub const REPORT_VAR: &str = "VAC_FIGURES_REPORT";

/// The environment variable that may override the path of the review file.
pub const REVIEW_VAR: &str = "VAC_FIGURES_REVIEW";

/// `$var` if set and not empty, else `source/NAME` in the repository.
fn path(var: &str, name: &str) -> PathBuf {
    std::env::var_os(var)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("source")
                .join(name)
        })
}

fn read(var: &str, name: &str) -> String {
    let path = path(var, name);
    std::fs::read_to_string(&path).unwrap_or_else(|err| {
        panic!(
            "cannot read {} ({err}); it is committed in source/, or set {var} to its path",
            path.display()
        )
    })
}

/// The path of the report's text (`source/A-HRC-58-19.txt` unless `VAC_FIGURES_REPORT` is set).
pub fn report_path() -> PathBuf {
    path(REPORT_VAR, "A-HRC-58-19.txt")
}

/// The report's text. Panics, failing the test, when it cannot be read.
pub fn report_text() -> String {
    read(REPORT_VAR, "A-HRC-58-19.txt")
}

/// The parsed report.
pub fn report() -> ReportText {
    ReportText::parse(&report_text())
}

/// The review file's text (`source/primary-source-review.md` unless `VAC_FIGURES_REVIEW` is
/// set). Panics, failing the test, when it cannot be read.
pub fn review_text() -> String {
    read(REVIEW_VAR, "primary-source-review.md")
}
