//! Primary-source review: per figure, whether the source the report cites says the same.
//!
//! The reviews come from one file, `source/primary-source-review.md`, which compared
//! the report's main statistics with public copies of their sources (press releases, official
//! summaries, reprints). Nothing here goes beyond that file: its status, its words on what the
//! source says and where it was seen, and its notes. Numbers the file computed are listed as
//! [`Review::computed`], its reasoning as [`Review::inferred`]. A figure the file does not
//! cover has no review ([`ReviewStatus::NotReviewed`]); "unverified" means the reviewer did
//! not find the figure in what was available, never that it is wrong.
//!
//! ```
//! use vac_figures::{DiscrepancyKind, ReviewStatus};
//! use vac_figures::ids;
//!
//! let one_in_six = ids::CHILDREN_IN_CONFLICT_AREAS_ONE_IN;
//! let review = one_in_six.review().unwrap();
//! assert_eq!(review.status, ReviewStatus::Discrepancy);
//! assert!(review.discrepancies.contains(&DiscrepancyKind::Qualifier));
//! assert_eq!(ids::MINISTERIAL_CONFERENCE_COUNTRIES.review_status(), ReviewStatus::NotReviewed);
//! ```

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

closed_set! {
    /// What the review found for a figure.
    pub enum ReviewStatus {
        /// Number and meaning match the source.
        Confirmed = "confirmed",
        /// The number exists in the source, but wording, qualifier, year or scope differ.
        Discrepancy = "discrepancy",
        /// Not found in what was available. Not evidence that the figure is wrong.
        Unverified = "unverified",
        /// The review file does not cover the figure.
        NotReviewed = "not_reviewed",
    }
}

closed_set! {
    /// How a figure differs from its source (or may differ, for an unverified figure).
    pub enum DiscrepancyKind {
        /// The source words it differently.
        Wording = "wording",
        /// The hedge differs ("about" in the report, "more than" in the source).
        Qualifier = "qualifier",
        /// The year of the data or publication differs.
        ReferenceYear = "reference_year",
        /// What is counted differs (population, region, age, place).
        Scope = "scope",
        /// The age band differs.
        AgeBand = "age_band",
        /// The work or organization credited differs.
        Attribution = "attribution",
    }
}

closed_set! {
    /// What kind of copy of the source the reviewer saw.
    pub enum CopyKind {
        /// The cited source itself.
        SourceItself = "source_itself",
        /// An official summary or press release by the source's producer.
        OfficialSummary = "official_summary",
        /// A reprint of a release by news outlets.
        PressReprint = "press_reprint",
        /// An earlier version of the cited page.
        EarlierVersion = "earlier_version",
        /// A related work, not the cited one (another publication of the producer, a later
        /// campaign, a progress report).
        RelatedWork = "related_work",
        /// No copy was available.
        NoCopy = "no_copy",
    }
}

/// One row of the review file, covering one or more figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Review {
    /// The ids of the figures the row covers.
    pub figures: Cow<'static, [Cow<'static, str>]>,
    /// The row's status.
    pub status: ReviewStatus,
    /// The status as the file writes it when it says more ("confirmed (total)").
    pub status_as_written: Cow<'static, str>,
    /// The paragraph and the figure as the file describes them.
    pub reviewed: Cow<'static, str>,
    /// What the source says and where, as the file writes it.
    pub finding: Cow<'static, str>,
    /// Where the copy was seen (a URL or a description), if the file says.
    pub seen_at: Option<Cow<'static, str>>,
    /// What kind of copy it was.
    pub copy_kind: CopyKind,
    /// How the figure differs from its source (for an unverified figure: how it may differ).
    pub discrepancies: Cow<'static, [DiscrepancyKind]>,
    /// The file's note, verbatim (empty when none).
    pub note: Cow<'static, str>,
    /// Numbers the file computed itself (not stated by any source).
    pub computed: Cow<'static, [Cow<'static, str>]>,
    /// The file's inferences (reasoning, not something a source says).
    pub inferred: Cow<'static, [Cow<'static, str>]>,
}

impl Review {
    /// A review of these figures with this status and every text empty (copy kind
    /// `no_copy`): the start of a review added by hand.
    pub fn new(figures: Vec<Cow<'static, str>>, status: ReviewStatus) -> Review {
        Review {
            figures: Cow::Owned(figures),
            status,
            status_as_written: Cow::Borrowed(status.as_str()),
            reviewed: Cow::Borrowed(""),
            finding: Cow::Borrowed(""),
            seen_at: None,
            copy_kind: CopyKind::NoCopy,
            discrepancies: Cow::Borrowed(&[]),
            note: Cow::Borrowed(""),
            computed: Cow::Borrowed(&[]),
            inferred: Cow::Borrowed(&[]),
        }
    }

    /// `true` when the review covers the figure with this id.
    pub fn covers(&self, figure_id: &str) -> bool {
        self.figures.iter().any(|f| f == figure_id)
    }

    /// One line for a reader: the status and, for a discrepancy, the kinds and the note.
    pub fn summary(&self) -> String {
        let kinds: Vec<&str> = self.discrepancies.iter().map(|k| k.as_str()).collect();
        match self.status {
            ReviewStatus::Discrepancy => format!(
                "the cited source differs ({}): {}",
                kinds.join(", "),
                if self.note.is_empty() {
                    &self.finding
                } else {
                    &self.note
                }
            ),
            ReviewStatus::Unverified => {
                format!("not verified against its source: {}", self.finding)
            }
            ReviewStatus::Confirmed => format!("confirmed against its source: {}", self.finding),
            ReviewStatus::NotReviewed => "not reviewed".to_owned(),
        }
    }
}
