//! [`Dataset`]: all the data together (figures, footnotes, sources, the primary-source
//! reviews and the report's metadata) with lookups, filters and citations.
//!
//! The built-in dataset ([`Dataset::builtin`]) borrows static tables and costs nothing to use;
//! it is the one constructor over them. A dataset built from owned records ([`Dataset::new`],
//! or loaded from files with [`Dataset::from_dir`]) is validated once and then answers the
//! same queries. Everything that reads data (citations, exports, the data package and
//! codebook, frames, `verify`, the claim checker) takes a `&Dataset`.

use std::borrow::Cow;
use std::fmt;

use crate::data;
use crate::error::{Error, Problem};
use crate::lexicon::{Index, LazyIndex};
use crate::record::{Kind, Qualifier, Topic, Unit};
use crate::review::{Review, ReviewStatus};
use crate::rules::{self, TableOf};
use crate::sources::{Footnote, Report, Source};
use crate::table::figures::Figure;

/// All the data of one report, with the indexes that make lookups fast.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    figures: Cow<'static, [Figure]>,
    footnotes: Cow<'static, [Footnote]>,
    sources: Cow<'static, [Source]>,
    reviews: Cow<'static, [Review]>,
    report: Cow<'static, Report>,
    /// Positions of `figures`, sorted by id.
    figure_index: Cow<'static, [u16]>,
    /// Positions of `sources`, sorted by id.
    source_index: Cow<'static, [u16]>,
    /// The claim checker's matching index of `figures`, built once.
    matching: LazyIndex,
}

/// The built-in dataset: every table borrowed from static memory.
static BUILTIN: Dataset = Dataset {
    figures: Cow::Borrowed(&data::figures::FIGURES),
    footnotes: Cow::Borrowed(&data::footnotes::FOOTNOTES),
    sources: Cow::Borrowed(&data::sources::SOURCES),
    reviews: Cow::Borrowed(data::reviews::REVIEWS),
    report: Cow::Borrowed(&data::report::REPORT),
    figure_index: Cow::Borrowed(&data::figures::FIGURE_INDEX),
    source_index: Cow::Borrowed(&data::sources::SOURCE_INDEX),
    matching: LazyIndex::new(),
};

impl Dataset {
    /// The built-in dataset of A/HRC/58/19.
    ///
    /// ```
    /// let data = vac_figures::Dataset::builtin();
    /// assert_eq!(data.footnotes().len(), 64);
    /// ```
    pub fn builtin() -> &'static Dataset {
        &BUILTIN
    }

    /// The claim checker's matching index of the figures: built on the first call, then
    /// kept (a dataset built with [`Dataset::new`] or loaded from files builds it at once).
    pub(crate) fn matching_index(&self) -> &Index {
        self.matching.get(&self.figures, || self.report_year())
    }

    /// The year of the report (from its date), for the years of a current level.
    fn report_year(&self) -> u16 {
        let date = self.report.date.as_bytes();
        date.windows(4)
            .find_map(|w| {
                std::str::from_utf8(w)
                    .ok()
                    .and_then(|y| y.parse::<u16>().ok())
                    .filter(|y| (1900..=2100).contains(y))
            })
            .unwrap_or(2025)
    }

    /// Builds a dataset from owned records, checking that every field obeys the rules of the
    /// data model (below), that ids are unique, and that every footnote a figure cites and
    /// every source a footnote cites exists. Every problem is returned
    /// ([`Error::Invalid`]), each naming its table, record and field; the loader
    /// ([`Dataset::from_dir`]) runs the same checks and gives each problem its file, line and
    /// column.
    ///
    #[doc = include_str!("rules.md")]
    ///
    /// Figures keep their order; footnotes are sorted by number. The dataset takes the
    /// built-in reviews of the figures it has (by id) and the built-in report's metadata;
    /// [`Dataset::with_reviews`] and [`Dataset::with_report`] give it its own.
    pub fn new(
        figures: Vec<Figure>,
        footnotes: Vec<Footnote>,
        sources: Vec<Source>,
    ) -> Result<Dataset, Error> {
        let dataset = Dataset::unchecked(figures, footnotes, sources);
        let found = rules::check_records(
            &dataset.figures,
            &dataset.footnotes,
            &dataset.sources,
            &dataset.reviews,
        );
        if found.is_empty() {
            // The claim checker's index, built once now rather than on the first check.
            dataset.matching_index();
            Ok(dataset)
        } else {
            Err(Error::Invalid(dataset.problems(found)))
        }
    }

    /// Positioned problems for records of this dataset: each names its table's file, the
    /// record and its field.
    fn problems(&self, found: Vec<rules::Broken>) -> Vec<Problem> {
        found
            .into_iter()
            .map(|b| {
                let record = match b.table {
                    TableOf::Figures => self
                        .figures
                        .get(b.index)
                        .map(|f| format!("figure `{}`", f.id)),
                    TableOf::Footnotes => self
                        .footnotes
                        .get(b.index)
                        .map(|n| format!("footnote {}", n.number)),
                    TableOf::Sources => self
                        .sources
                        .get(b.index)
                        .map(|s| format!("source `{}`", s.id)),
                    TableOf::Reviews => Some(format!("review {}", b.index + 1)),
                };
                Problem::in_record(b.table.file(), record, b.field, b.kind)
            })
            .collect()
    }

    /// A dataset from records already checked (by the loader), or to check: indexes built,
    /// footnotes sorted by number, the built-in reviews of its figures and the built-in report.
    /// Duplicate keys are tolerated (a lookup finds one of them).
    pub(crate) fn unchecked(
        figures: Vec<Figure>,
        mut footnotes: Vec<Footnote>,
        sources: Vec<Source>,
    ) -> Dataset {
        footnotes.sort_by_key(|f| f.number);
        let index = |keys: Vec<&str>| -> Vec<u16> {
            let mut index: Vec<u16> = (0..keys.len())
                .filter_map(|i| u16::try_from(i).ok())
                .collect();
            index.sort_by(|&a, &b| keys[usize::from(a)].cmp(keys[usize::from(b)]));
            index
        };
        let figure_index = index(figures.iter().map(|f| f.id.as_ref()).collect());
        let source_index = index(sources.iter().map(|s| s.id.as_ref()).collect());
        let mut dataset = Dataset {
            figures: Cow::Owned(figures),
            footnotes: Cow::Owned(footnotes),
            sources: Cow::Owned(sources),
            reviews: Cow::Borrowed(&[]),
            report: Cow::Borrowed(BUILTIN.report()),
            figure_index: Cow::Owned(figure_index),
            source_index: Cow::Owned(source_index),
            matching: LazyIndex::new(),
        };
        dataset.reviews = Cow::Owned(dataset.builtin_reviews());
        dataset
    }

    /// The built-in reviews restricted to the figures of this dataset (by id): a review whose
    /// figures are all absent is left out.
    fn builtin_reviews(&self) -> Vec<Review> {
        BUILTIN
            .reviews()
            .iter()
            .filter_map(|review| {
                let figures: Vec<Cow<'static, str>> = review
                    .figures
                    .iter()
                    .filter(|id| self.figure(id).is_some())
                    .cloned()
                    .collect();
                (!figures.is_empty()).then(|| Review {
                    figures: Cow::Owned(figures),
                    ..review.clone()
                })
            })
            .collect()
    }

    /// The same dataset with these reviews instead of its own. Every figure a review covers
    /// must be in the dataset, and no figure may be covered twice; every problem is reported.
    pub fn with_reviews(mut self, reviews: Vec<Review>) -> Result<Dataset, Error> {
        let keys = rules::Keys {
            footnote: &|_| true,
            source: &|_| true,
            figure: &|id| self.figure(id).is_some(),
        };
        let found = rules::references([], [], &reviews, &keys);
        if !found.is_empty() {
            return Err(Error::Invalid(self.problems(found)));
        }
        self.reviews = Cow::Owned(reviews);
        Ok(self)
    }

    /// Replaces the reviews, unchecked (the loader checks them).
    pub(crate) fn set_reviews(&mut self, reviews: Vec<Review>) {
        self.reviews = Cow::Owned(reviews);
    }

    /// The same dataset with this report's metadata instead of its own.
    pub fn with_report(mut self, report: Report) -> Dataset {
        self.report = Cow::Owned(report);
        // The years of a current level follow the report's year.
        self.matching = LazyIndex::new();
        self
    }

    /// Every figure, in report order.
    pub fn figures(&self) -> &[Figure] {
        &self.figures
    }

    /// Every primary-source review, in the order of the review file.
    pub fn reviews(&self) -> &[Review] {
        &self.reviews
    }

    /// The review covering `figure`, if the dataset has one.
    pub fn review_of(&self, figure: &Figure) -> Option<&Review> {
        self.reviews.iter().find(|r| r.covers(&figure.id))
    }

    /// The review status of `figure`: [`ReviewStatus::NotReviewed`] when no review covers it.
    pub fn review_status(&self, figure: &Figure) -> ReviewStatus {
        self.review_of(figure)
            .map_or(ReviewStatus::NotReviewed, |r| r.status)
    }

    /// The metadata of the report the dataset is about.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// Every footnote, in number order.
    pub fn footnotes(&self) -> &[Footnote] {
        &self.footnotes
    }

    /// Every source: the report first, then the cited works in order of first citation.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The figure with this id (binary search over a sorted index).
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        let figures = &self.figures;
        self.figure_index
            .binary_search_by(|&p| figures[usize::from(p)].id.as_ref().cmp(id))
            .ok()
            .map(|i| &figures[usize::from(self.figure_index[i])])
    }

    /// The footnote with this number.
    pub fn footnote(&self, number: u8) -> Option<&Footnote> {
        self.footnotes
            .binary_search_by_key(&number, |f| f.number)
            .ok()
            .map(|i| &self.footnotes[i])
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        let sources = &self.sources;
        self.source_index
            .binary_search_by(|&p| sources[usize::from(p)].id.as_ref().cmp(id))
            .ok()
            .map(|i| &sources[usize::from(self.source_index[i])])
    }

    /// The footnotes that cite `figure`, in its order.
    pub fn footnotes_of<'a>(&'a self, figure: &'a Figure) -> impl Iterator<Item = &'a Footnote> {
        figure.footnotes.iter().filter_map(|&n| self.footnote(n))
    }

    /// The works `figure` rests on through its footnotes, each once, in citation order.
    pub fn sources_of(&self, figure: &Figure) -> Vec<&Source> {
        let mut found: Vec<&Source> = Vec::new();
        for footnote in self.footnotes_of(figure) {
            for id in footnote.sources.iter() {
                if let Some(source) = self.source(id)
                    && !found.iter().any(|s| s.id == source.id)
                {
                    found.push(source);
                }
            }
        }
        found
    }

    /// The figures that match `filter`, in report order.
    pub fn select<'a: 'f, 'f>(
        &'a self,
        filter: &'f Filter,
    ) -> impl Iterator<Item = &'a Figure> + 'f {
        self.figures.iter().filter(move |f| filter.matches(self, f))
    }

    /// The citation of `figure` against this dataset's footnotes and sources.
    pub fn citation<'a>(&'a self, figure: &'a Figure) -> Citation<'a> {
        Citation {
            dataset: self,
            figure,
        }
    }
}

/// A selection of figures: every criterion set must hold. Build it with the methods.
///
/// ```
/// use vac_figures::{Filter, Kind, Topic};
/// let filter = Filter::new().topic(Topic::Trafficking).kind(Kind::Statistic);
/// let trafficking: Vec<_> = vac_figures::select(&filter).collect();
/// assert!(trafficking.iter().all(|f| f.has_topic(Topic::Trafficking)));
/// assert!(trafficking.iter().any(|f| f.id == "children_share_of_detected_victims"));
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    topic: Option<Topic>,
    kind: Option<Kind>,
    unit: Option<Unit>,
    qualifier: Option<Qualifier>,
    footnote: Option<u8>,
    paragraph: Option<u8>,
    source: Option<String>,
}

impl Filter {
    /// A filter that matches every figure.
    pub fn new() -> Filter {
        Filter::default()
    }

    /// Only figures with this topic.
    pub fn topic(mut self, topic: Topic) -> Filter {
        self.topic = Some(topic);
        self
    }

    /// Only figures of this kind.
    pub fn kind(mut self, kind: Kind) -> Filter {
        self.kind = Some(kind);
        self
    }

    /// Only figures in this unit.
    pub fn unit(mut self, unit: Unit) -> Filter {
        self.unit = Some(unit);
        self
    }

    /// Only figures with this qualifier.
    pub fn qualifier(mut self, qualifier: Qualifier) -> Filter {
        self.qualifier = Some(qualifier);
        self
    }

    /// Only figures cited by this footnote.
    pub fn footnote(mut self, number: u8) -> Filter {
        self.footnote = Some(number);
        self
    }

    /// Only figures in this paragraph.
    pub fn paragraph(mut self, paragraph: u8) -> Filter {
        self.paragraph = Some(paragraph);
        self
    }

    /// Only figures that rest, through a footnote, on the source with this id.
    pub fn source(mut self, source_id: impl Into<String>) -> Filter {
        self.source = Some(source_id.into());
        self
    }

    /// Whether `figure` passes every criterion; `dataset` resolves footnotes to sources.
    pub fn matches(&self, dataset: &Dataset, figure: &Figure) -> bool {
        self.topic.is_none_or(|t| figure.has_topic(t))
            && self.kind.is_none_or(|k| figure.kind == k)
            && self.unit.is_none_or(|u| figure.unit == u)
            && self.qualifier.is_none_or(|q| figure.qualifier == q)
            && self.footnote.is_none_or(|n| figure.cites_footnote(n))
            && self
                .paragraph
                .is_none_or(|p| figure.location.paragraph == p)
            && self.source.as_deref().is_none_or(|id| {
                dataset
                    .footnotes_of(figure)
                    .any(|f| f.sources.iter().any(|s| s == id))
            })
    }
}

/// A figure's citation, resolved against a dataset. Its `Display` is one line a person can
/// paste after the figure: the work (with pages) as cited in A/HRC/58/19, paragraph and
/// footnote.
///
/// ```
/// let fig = vac_figures::ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS_SUB_SAHARAN_AFRICA;
/// assert_eq!(
///     vac_figures::Dataset::builtin().citation(fig).to_string(),
///     "UNODC (United Nations publication), Global Report on Trafficking in Persons 2024, \
///      pp. 121 and 122, as cited in A/HRC/58/19, para. 43, fn. 13",
/// );
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Citation<'a> {
    dataset: &'a Dataset,
    figure: &'a Figure,
}

impl fmt::Display for Citation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let figure = self.figure;
        let mut works = Vec::new();
        for footnote in self.dataset.footnotes_of(figure) {
            for id in footnote.sources.iter() {
                if let Some(source) = self.dataset.source(id) {
                    let mut work = String::new();
                    if let Some(by) = source.authors.as_ref().or(source.publisher.as_ref()) {
                        work.push_str(by);
                        work.push_str(", ");
                    }
                    work.push_str(&source.title);
                    if let Some(pages) = &footnote.pages {
                        work.push_str(", ");
                        work.push_str(pages);
                    }
                    if !works.contains(&work) {
                        works.push(work);
                    }
                }
            }
        }
        if works.is_empty()
            && let Some(attribution) = &figure.attribution
        {
            works.push(attribution.to_string());
        }
        let place = match figure.location.in_footnote {
            Some(n) => format!("fn. {n} (to para. {})", figure.location.paragraph),
            None => format!("para. {}", figure.location.paragraph),
        };
        let notes: Vec<String> = figure.footnotes.iter().map(|n| n.to_string()).collect();
        let notes = match notes.len() {
            0 => String::new(),
            1 => format!(", fn. {}", notes[0]),
            _ => format!(", fns. {}", notes.join(", ")),
        };
        let symbol = &self.dataset.report().symbol;
        if works.is_empty() {
            write!(f, "{symbol}, {place}{notes}")
        } else {
            write!(
                f,
                "{}, as cited in {symbol}, {place}{notes}",
                works.join("; ")
            )
        }
    }
}

impl crate::table::Resolve for Dataset {
    fn sources_of(&self, figure: &Figure) -> Vec<&Source> {
        Dataset::sources_of(self, figure)
    }

    fn review_status(&self, figure: &Figure) -> ReviewStatus {
        Dataset::review_status(self, figure)
    }
}

impl Figure {
    /// The primary-source review of this figure in the built-in dataset, if it has one (for
    /// any dataset: [`Dataset::review_of`]).
    pub fn review(&self) -> Option<&'static Review> {
        BUILTIN.review_of(self)
    }

    /// The review status of this figure in the built-in dataset (for any dataset:
    /// [`Dataset::review_status`]).
    pub fn review_status(&self) -> ReviewStatus {
        BUILTIN.review_status(self)
    }
}

impl fmt::Display for Figure {
    /// The quote and its citation against the built-in dataset, ready to paste:
    ///
    /// ```
    /// let fig = vac_figures::ids::CHILDREN_IN_CONFLICT_AREAS;
    /// assert_eq!(
    ///     fig.to_string(),
    ///     "\"According to UNICEF, over 473 million children worldwide are living in areas \
    ///      affected by conflict – about 1 child in every 6 globally.\" (UNICEF, Not the new \
    ///      normal: 2024 one of the worst years in UNICEF's history for children in conflict, \
    ///      as cited in A/HRC/58/19, para. 51, fn. 27)",
    /// );
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" ({})",
            self.quote,
            Dataset::builtin().citation(self)
        )
    }
}
