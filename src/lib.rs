//! Every figure of UN report **A/HRC/58/19** as a typed, sourced record.
//!
//! A/HRC/58/19 is the *Annual report of the Special Representative of the Secretary-General
//! on Violence against Children* to the Human Rights Council (fifty-eighth session, dated
//! 13 January 2025; Special Representative: Najat Maalla M'jid). It reviews the Office's work
//! in 2024 and documents the rise in trafficking in children. This crate gives each number in
//! it (children are 38 per cent of detected trafficking victims, over 473 million children
//! live in conflict-affected areas, US$236 billion a year of forced-labour profits, 119
//! countries at the Global Ministerial Conference, ...) as a [`Figure`]: value, unit,
//! qualifier, what it measures, where it stands, the verbatim quote, and the footnote and
//! source it rests on.
//!
//! ```
//! use vac_figures::{ids, Qualifier, Unit};
//!
//! let fig = ids::CHILDREN_IN_CONFLICT_AREAS; // a typo here is a compile error
//! assert_eq!(fig.value, 473_000_000.0);
//! assert_eq!(fig.unit, Unit::Count);
//! assert_eq!(fig.qualifier, Qualifier::MoreThan);
//! assert_eq!(fig.as_written, "over 473 million");
//! assert_eq!(fig.footnotes.as_ref(), &[27]);
//!
//! // By id at run time, with the source behind the footnote:
//! let fig = vac_figures::figure("forced_labour_illegal_profits_per_year").unwrap();
//! let sources = vac_figures::Dataset::builtin().sources_of(fig);
//! assert_eq!(sources[0].publisher.as_deref(), Some("ILO"));
//! ```
//!
//! # What is in it
//!
//! | call | what | count |
//! |---|---|---|
//! | [`figures()`] | every number that states a quantity, in report order | 68 |
//! | [`footnotes()`] | every footnote, verbatim, with URLs, pages and the works cited | 64 |
//! | [`sources()`] | each cited work once, and the report itself | 57 |
//! | [`report()`] | the report's metadata: symbol, date, session, agenda item, author | 1 |
//!
//! ```
//! assert_eq!(vac_figures::figures().len(), 68);
//! assert_eq!(vac_figures::footnotes().len(), 64);
//! assert_eq!(vac_figures::sources().len(), 57);
//! ```
//!
//! The data model, in text:
//!
//! ```text
//!  Figure ──footnotes──▶ Footnote ──sources──▶ Source
//!  (id, value, unit,     (number, text,        (id, title, publisher,
//!   qualifier, quote,     urls, pages,          year, url, kind)
//!   location, ...)        form: full/ibid/...)
//!        │
//!        └─attribution: who the sentence credits ("According to UNICEF"), even
//!          when no footnote cites the figure
//! ```
//!
//! A figure has zero or more footnotes ([`Figure::footnotes`], with
//! [`Figure::footnote_position`] saying whether the marker stands at the quote or elsewhere in
//! the paragraph); a footnote cites zero or more works ([`Footnote::sources`], *Ibid.* and
//! short forms resolved). [`Figure::sourcing`] says plainly when a figure has neither footnote
//! nor attribution.
//!
//! # What counts as a figure
//!
//! Every number that states a quantity, in the body and in footnotes: statistics about the
//! world, the Office's activity (participants, countries, children engaged), targets and
//! deadlines, durations ("15-month preparation", "fewer than five years remain"), ages and
//! age bands, multiples ("almost two times higher"), "1 in N", "over half", and numbers written
//! as words or ordinals of elapsed time ("fifteenth anniversary"). A sentence with several
//! numbers gives several records. **Not** figures: dates and years used as dates, resolution,
//! article, paragraph, goal and target numbers, document symbols, page locators, ordinals that
//! name an event ("the sixth Forum", "the 150th Assembly"), numbers inside titles ("Twenty
//! Years of IOM Child Trafficking Data"), and vague magnitudes without a number ("hundreds of
//! organizations", "millions of children", "billions of dollars"). The test suite reads the
//! report and fails on any number that is neither a figure nor one of these listed exclusions.
//!
//! See [`Figure`] for how values are represented ("1 in 6" is 6 with [`Unit::OneIn`],
//! "two times" is 2 with [`Unit::Times`], "half" is 50 per cent with [`Figure::converted`]).
//!
//! # Qualifiers
//!
//! [`Qualifier`] records the hedge the report prints *on the number*, a word next to it:
//! "about", "around", "approximately" and "an estimated" are [`Qualifier::Approximate`];
//! "over" and "more than" are [`Qualifier::MoreThan`]; "fewer than" is
//! [`Qualifier::LessThan`]; "almost" is [`Qualifier::Almost`], and [`Figure::as_written`]
//! includes the word. One rule covers the verbs: a verb that says a number is an estimate,
//! active or passive ("UNICEF estimates that 213 million", "ILO estimated that ... $236
//! billion", "is estimated at 2.7 billion euros", Zambia "estimating that it amounts to 6.4
//! per cent"), says how the number was made, not how precise it is: those figures are
//! [`Qualifier::Exact`], their `as_written` is the number alone, and [`Figure::measure`] and
//! [`Figure::attribution`] say who estimated it. (An exact and an approximate figure allow the
//! same values to a claim, so the rule changes no verdict.)
//!
//! # One source of truth
//!
//! The data is written once, as Rust declarations in `src/data/` (figures, footnotes, sources,
//! report). They are the source because the compiler then checks every record: each unit,
//! qualifier, kind and topic is an enum variant, each id constant must match its record's id,
//! ids must be unique, and every source a footnote names must exist — all at compile time,
//! with no build script and no parsing at run time. The files in `datasets/` (CSV, JSON) are
//! generated from these tables by `cargo run --example export_datasets` and committed; the
//! test `tests/datasets_fresh.rs` regenerates them in memory and fails if a committed file is
//! stale (the pattern of chrono-tz's codegen test). Edit `src/data/`, never `datasets/`.
//!
//! Files edited or extended outside Rust (another report, corrections) load back as a
//! [`Dataset`] with [`Dataset::from_dir`], which reports every problem by file, line and
//! column (see [`load`]).
//!
//! # Cost
//!
//! The built-in data is static: [`figures()`] returns a `&'static` slice, [`figure()`] is one
//! probe of a hash table built at compile time (other lookups by id a binary search over an
//! index sorted at compile time), and the typed constants in [`ids`] are
//! references into the same table. No parsing, no file I/O, no lazy initialisation.
//!
//! # When not to use this crate
//!
//! It covers one report. It does not know the primary sources beyond what the report's
//! footnotes say (titles marked [`TitleBasis::FromUrl`] or [`TitleBasis::Descriptive`] were
//! not printed in the report), and it cannot tell you whether the report's figures agree with
//! their sources: a figure here is what the report says, not a verified fact about the world.
//!
//! # Data version
//!
//! [`DATA_VERSION`] changes whenever a record is added or corrected; `CHANGELOG.md` says what
//! changed. Ids are never renamed or reused.
//!
//! # Stable ids and columns
//!
//! Figure ids, footnote numbers, source ids, the names of closed sets (`Unit::NAMES`, ...)
//! and the CSV columns are a public contract: an id is never renamed, renumbered or reused,
//! a published record is not removed (a correction changes its fields, not its id), and
//! columns are only appended at the end of a file. Every change is recorded in
//! `CHANGELOG.md`; `tests/stable_ids.rs` holds the published lists and fails when one is
//! broken.
//!
//! The exported CSVs are described by a Frictionless Data Package, `datasets/datapackage.json`,
//! and a codebook, `datasets/README.md`, both generated from [`export::schema`].

#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

#[macro_use]
mod macros;

#[cfg(feature = "charts")]
#[cfg_attr(docsrs, doc(cfg(feature = "charts")))]
pub mod charts;
pub mod check;
pub mod cite;
mod data;
mod dataset;
mod error;
pub mod export;
#[cfg(feature = "polars")]
#[cfg_attr(docsrs, doc(cfg(feature = "polars")))]
pub mod frames;
#[cfg(feature = "html")]
#[cfg_attr(docsrs, doc(cfg(feature = "html")))]
pub mod html;
mod lexicon;
pub mod load;
mod record;
mod review;
mod rules;
mod sources;
mod table;
pub mod text;
mod verify;

/// A tour of the crate: find a figure, follow it to its source, write a fact-checking test,
/// export, edit and load back.
#[doc = include_str!("tutorial.md")]
pub mod tutorial {}

pub use check::{check_claim, check_text};
pub use dataset::{Dataset, Filter};
pub use error::{CsvError, Error, FieldError, Problem, ProblemColumn, ProblemKind};
#[cfg(feature = "polars")]
#[cfg_attr(docsrs, doc(cfg(feature = "polars")))]
pub use frames::to_dataframe;
pub use record::{
    Change, Kind, Location, MarkerPosition, Qualifier, Sourcing, Topic, Unit, UnknownName,
};
pub use review::{CopyKind, DiscrepancyKind, Review, ReviewStatus};
pub use sources::{CitationForm, Footnote, Report, Source, SourceKind, TitleBasis};
pub use table::figures::{Figure, Words};
pub use verify::{Mismatch, MismatchKind, Verification, verify, verify_dataset};

/// One constant per figure, named after its id in upper case; each is the record itself.
///
/// ```
/// use vac_figures::ids;
/// assert_eq!(ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS.id, "children_share_of_detected_victims");
/// assert_eq!(ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS.value, 38.0);
/// ```
pub mod ids {
    pub use crate::data::figures::*;
}

/// One constant per cited work, named after its source id in upper case.
///
/// ```
/// use vac_figures::source_ids;
/// assert_eq!(source_ids::GLOTIP_2024.title, "Global Report on Trafficking in Persons 2024");
/// ```
pub mod source_ids {
    pub use crate::data::sources::*;
}

/// The version of the built-in data. It changes whenever a record is added or corrected;
/// `tests/data_version.rs` fails when the data changes and it does not.
pub const DATA_VERSION: &str = data::version::DATA_VERSION;

/// Every data version, oldest first, with the fingerprint of its data (FNV-1a 64 over the
/// exported files; see `tests/data_version.rs`). For the data-version test.
#[doc(hidden)]
pub const DATA_VERSION_HISTORY: &[(&str, u64)] = data::version::HISTORY;

/// The symbol of the report the data comes from.
pub const REPORT_SYMBOL: &str = "A/HRC/58/19";

/// Every figure of the report, in report order.
///
/// ```
/// let first = &vac_figures::figures()[0];
/// assert_eq!(first.location.paragraph, 2);
/// ```
pub fn figures() -> &'static [Figure] {
    Dataset::builtin().figures()
}

/// The figure with this id, or `None`. One probe of a hash table built at compile time
/// (`Dataset::figure` does a binary search).
///
/// ```
/// let fig = vac_figures::figure("children_share_of_detected_victims").unwrap();
/// assert_eq!(fig.as_written, "38 per cent");
/// assert!(vac_figures::figure("no_such_figure").is_none());
/// assert!(vac_figures::figure("").is_none());
/// for fig in vac_figures::figures() {
///     assert!(std::ptr::eq(vac_figures::figure(&fig.id).unwrap(), fig));
/// }
/// ```
pub fn figure(id: &str) -> Option<&'static Figure> {
    data::figures::lookup(id)
}

/// Every footnote of the report, 1 to 64.
pub fn footnotes() -> &'static [Footnote] {
    Dataset::builtin().footnotes()
}

/// Footnote `number` (1–64), or `None`.
///
/// ```
/// let note = vac_figures::footnote(13).unwrap();
/// assert_eq!(note.text, "Ibid., pp. 121 and 122.");
/// assert_eq!(note.source_id(), Some("glotip_2024"));
/// ```
pub fn footnote(number: u8) -> Option<&'static Footnote> {
    Dataset::builtin().footnote(number)
}

/// Every cited work once, the report itself first.
pub fn sources() -> &'static [Source] {
    Dataset::builtin().sources()
}

/// The source with this id, or `None`.
pub fn source(id: &str) -> Option<&'static Source> {
    Dataset::builtin().source(id)
}

/// The report's metadata.
///
/// ```
/// assert_eq!(vac_figures::report().symbol, "A/HRC/58/19");
/// assert_eq!(vac_figures::report().date, "2025-01-13");
/// ```
pub fn report() -> &'static Report {
    Dataset::builtin().report()
}

/// Every primary-source review of the built-in dataset, in the order of the review file.
///
/// ```
/// assert_eq!(vac_figures::reviews().len(), 21);
/// ```
pub fn reviews() -> &'static [Review] {
    Dataset::builtin().reviews()
}

/// The built-in figures that match `filter`, in report order.
pub fn select(filter: &Filter) -> impl Iterator<Item = &'static Figure> + '_ {
    Dataset::builtin().select(filter)
}

/// The built-in figures with this topic.
///
/// ```
/// use vac_figures::Topic;
/// assert!(vac_figures::by_topic(Topic::ForcedLabour).count() >= 3);
/// ```
pub fn by_topic(topic: Topic) -> impl Iterator<Item = &'static Figure> {
    figures().iter().filter(move |f| f.has_topic(topic))
}

/// The built-in figures of this kind.
pub fn by_kind(kind: Kind) -> impl Iterator<Item = &'static Figure> {
    figures().iter().filter(move |f| f.kind == kind)
}

/// The built-in figures cited by footnote `number`.
///
/// ```
/// let ids: Vec<_> = vac_figures::by_footnote(41).map(|f| f.id.as_ref()).collect();
/// assert_eq!(ids.len(), 3);
/// ```
pub fn by_footnote(number: u8) -> impl Iterator<Item = &'static Figure> {
    figures().iter().filter(move |f| f.cites_footnote(number))
}

/// The built-in figures in paragraph `paragraph`.
pub fn by_paragraph(paragraph: u8) -> impl Iterator<Item = &'static Figure> {
    figures()
        .iter()
        .filter(move |f| f.location.paragraph == paragraph)
}

/// The built-in figures that rest, through a footnote, on the source with id `source_id`.
///
/// ```
/// let glotip: Vec<_> = vac_figures::by_source("glotip_2024").map(|f| f.id.as_ref()).collect();
/// assert!(glotip.contains(&"children_share_of_detected_victims"));
/// ```
pub fn by_source(source_id: &str) -> impl Iterator<Item = &'static Figure> + '_ {
    figures().iter().filter(move |f| {
        Dataset::builtin()
            .footnotes_of(f)
            .any(|n| n.sources.iter().any(|s| s == source_id))
    })
}

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
