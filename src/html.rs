//! The figures explorer: one self-contained HTML page of a [`Dataset`] (feature `html`).
//!
//! [`page`] renders every figure of the dataset as an entry (the figure as written, what it
//! measures, population, place and period, the quote with the number marked, paragraph and
//! section, its footnotes verbatim with live links, the works they cite, the attribution, and
//! the primary-source review with its finding), then the charts, the footnotes and the
//! sources as tables, links to the data files, and how to cite the report and the dataset.
//!
//! ```
//! let html = vac_figures::html::page(vac_figures::Dataset::builtin())?;
//! assert!(html.starts_with("<!DOCTYPE html>"));
//! assert!(html.contains(r#"id="children_in_conflict_areas""#));
//! # Ok::<(), vac_figures::html::HtmlError>(())
//! ```
//!
//! # What the page is
//!
//! * **One file that loads nothing.** The stylesheet, the script and the charts (SVG from
//!   [`crate::charts`]) are inline; there are no fonts, images, CDN scripts or styles, and
//!   a Content-Security-Policy (`default-src 'none'`) makes the browser refuse any request
//!   the page might still make. It works from `file://` and from any static host. The only
//!   links that leave the page are the ones a reader follows: the footnotes' URLs, the
//!   sources' URLs and the data files (relative links, [`PageOptions::data_base`]).
//! * **Everything without JavaScript.** Every figure, footnote, source and citation is in
//!   the HTML, visible and selectable. The script adds the search box and the filters (topic,
//!   kind, geography, sourcing, review status; combined, with the number of matching
//!   figures), keeps their state in the query string (`?topic=trafficking&q=poverty`) so a
//!   view can be shared, and adds buttons that copy a figure's one-line citation or the
//!   BibTeX of the works it rests on.
//! * **Stable anchors**: a figure at `#<figure id>` (`#children_in_conflict_areas`), a
//!   footnote at `#footnote-<n>`, a source at `#source-<source id>`.
//! * **Only the dataset's data.** Everything shown comes from the [`Dataset`] given: its
//!   figures, footnotes, sources, reviews and report. A page built from an edited dataset
//!   shows the edit, and says that it was not built from the built-in data of
//!   `DATA_VERSION`.
//!
//! The number is marked inside the quote where [`Figure::as_written`] occurs exactly once in
//! it; otherwise the quote is shown unmarked rather than marked at a guess. A footnote's URLs
//! ([`Footnote::urls`]) are links where they occur in its text and start with `http://` or
//! `https://`; any other text, in an edited dataset too, is text.
//!
//! # Template engine
//!
//! The page is rendered by [`minijinja`] from one template, `src/html/page.html`, embedded
//! with `include_str!` (as are `page.css` and `page.js`), with HTML auto-escaping on for it:
//! every value is escaped (`<`, `>`, `&`, `"`, `'` and `/`), so text from an edited dataset
//! cannot inject markup; only the stylesheet, the script and the charts' SVG (which
//! [`crate::charts`] escapes itself) are passed as safe. Undefined variables are errors
//! ([`minijinja::UndefinedBehavior::Strict`]), so a template typo fails the tests instead of
//! printing nothing.
//!
//! minijinja rather than askama because it costs less to compile, and its cost does not grow
//! with the template. Measured cold (empty target directory, dependencies downloaded, dev
//! profile, 2 cores, 2026-12-01) on a scratch crate with this crate's default dependencies:
//! on a quiet machine (load about 1) the crate alone took 5.2 s, with minijinja 8.4–8.7 s
//! (2 more crates), with askama 0.16 (`derive`) 8.6–8.8 s (6 more crates); in two runs while
//! other builds shared the machine (load about 4), 11.8 and 9.4 s alone, 16.8 and 9.9 s with
//! minijinja (`serde` feature only, as here), 22.8 and 11.4 s with askama. On top of that,
//! askama's derive turns the template into Rust that is compiled with the library on every
//! build, where minijinja parses the template when the page is rendered.
//!
//! # Files
//!
//! The committed page `site/index.html` is written by `cargo run --example write_site
//! --features html` (links to the data in `../datasets/`); `tests/site_fresh.rs` fails when
//! it is stale. `vac-figures export --format html --out DIR` writes the page with the data
//! files beside it ([`export_files`]). The browser tests (`tests/browser/`, Node and Debian's
//! Chromium) check search, filters, anchors, the copy buttons, the tab order, that nothing is
//! fetched, and that axe-core finds no WCAG 2 A/AA violation.

use std::fmt::Write as _;

use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};
use serde::Serialize;

use crate::charts::{self, ChartError};
use crate::cite::long_date;
use crate::data::version::DATA_VERSION;
use crate::dataset::Dataset;
use crate::export::{self, ExportError};
use crate::record::{Kind, Sourcing, Topic};
use crate::review::{Review, ReviewStatus};
use crate::sources::{Footnote, Source, SourceKind, TitleBasis};
use crate::table::figures::Figure;

const TEMPLATE_NAME: &str = "page.html";
const TEMPLATE: &str = include_str!("html/page.html");
const STYLE: &str = include_str!("html/page.css");
const SCRIPT: &str = include_str!("html/page.js");

/// The base of the data links in the committed page `site/index.html`: the repository's
/// `datasets/` directory, beside `site/`.
pub const SITE_DATA_BASE: &str = "../datasets/";

/// Why the page could not be rendered.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum HtmlError {
    /// A chart could not be drawn. (A dataset that lacks a figure a chart needs gets its
    /// page without the charts, saying so.)
    #[error("drawing the charts: {0}")]
    Chart(#[from] ChartError),
    /// The data files could not be written to memory.
    #[error("exporting the data files: {0}")]
    Export(#[from] ExportError),
    /// The template failed to render (a bug in the template: the tests render it).
    #[error("rendering the page: {0}")]
    Template(String),
    /// The stylesheet or the script would end its inline element early.
    #[error("the inline {0} contains a closing tag")]
    InlineAsset(&'static str),
}

/// How the page is built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageOptions<'a> {
    /// What the links to the data files (`figures.csv`, `sources.bib`, ...) start with: a
    /// relative path ending in `/`. [`SITE_DATA_BASE`] (`"../datasets/"`) for the committed
    /// page, `"./"` for a page written beside the files ([`export_files`]).
    pub data_base: &'a str,
}

impl Default for PageOptions<'_> {
    /// The options of the committed page: data links to [`SITE_DATA_BASE`].
    fn default() -> Self {
        PageOptions {
            data_base: SITE_DATA_BASE,
        }
    }
}

/// The page of `data`, with links to the data files in `../datasets/` (the committed
/// `site/index.html`). See [`page_with`].
pub fn page(data: &Dataset) -> Result<String, HtmlError> {
    page_with(data, &PageOptions::default())
}

/// The page of `data` with `options`.
///
/// ```
/// use vac_figures::html::{page_with, PageOptions};
/// let html = page_with(vac_figures::Dataset::builtin(), &PageOptions { data_base: "./" })?;
/// assert!(html.contains(r#"href=".&#x2f;figures.csv""#)); // `/` is escaped in attributes too
/// # Ok::<(), vac_figures::html::HtmlError>(())
/// ```
pub fn page_with(data: &Dataset, options: &PageOptions<'_>) -> Result<String, HtmlError> {
    for (name, text, closing) in [
        ("stylesheet", STYLE, "</style"),
        ("script", SCRIPT, "</script"),
    ] {
        if text.to_ascii_lowercase().contains(closing) {
            return Err(HtmlError::InlineAsset(name));
        }
    }
    let view = PageView::new(data, options)?;
    let mut env = Environment::empty();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html") {
            AutoEscape::Html
        } else {
            AutoEscape::None
        }
    });
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .build()
        .map_err(template_err)?;
    env.set_syntax(syntax);
    env.add_template(TEMPLATE_NAME, TEMPLATE)
        .map_err(template_err)?;
    let template = env.get_template(TEMPLATE_NAME).map_err(template_err)?;
    template.render(Serde(&view)).map_err(template_err)
}

/// The files of `vac-figures export --format html`: `index.html` (the page, with data links
/// to `./`) followed by every file of [`export::dataset_files`], so that the page's links
/// work in the directory they are written to.
pub fn export_files(data: &Dataset) -> Result<Vec<(&'static str, Vec<u8>)>, HtmlError> {
    let page = page_with(data, &PageOptions { data_base: "./" })?;
    let mut files = vec![("index.html", page.into_bytes())];
    files.extend(export::dataset_files(data)?);
    Ok(files)
}

fn template_err(err: minijinja::Error) -> HtmlError {
    HtmlError::Template(format!("{err:#}"))
}

/// The data files the page links to, with what each holds; every name is one of
/// [`export::dataset_files`].
const DATA_FILES: [(&str, &str); 15] = [
    ("figures.csv", "Figures, one row per figure"),
    ("figures.json", "Figures as JSON"),
    ("footnotes.csv", "Footnotes, verbatim"),
    ("footnotes.json", "Footnotes as JSON"),
    ("sources.csv", "Cited works, and the report itself"),
    ("sources.json", "Cited works as JSON"),
    ("reviews.csv", "Primary-source reviews"),
    ("reviews.json", "Primary-source reviews as JSON"),
    ("figure_footnotes.csv", "Link table: figure and footnote"),
    ("footnote_sources.csv", "Link table: footnote and work"),
    ("report.json", "The report's metadata"),
    ("sources.bib", "Every source as BibTeX"),
    (
        "sources.csl.json",
        "Every source as CSL-JSON (Zotero, pandoc)",
    ),
    (
        "datapackage.json",
        "Frictionless Data Package describing the CSV files",
    ),
    ("README.md", "Codebook: every column, type and convention"),
];

#[derive(Serialize)]
struct PageView {
    style: Value,
    script: Value,
    report: ReportView,
    builtin: bool,
    data_version: &'static str,
    crate_version: &'static str,
    dataset_citation: String,
    report_citation: String,
    figure_count: usize,
    footnote_count: usize,
    source_count: usize,
    reviewed_count: usize,
    filters: Vec<FilterView>,
    figures: Vec<FigureView>,
    charts: Vec<ChartView>,
    /// The figure the charts need that the dataset lacks, if any.
    charts_missing: Option<String>,
    footnotes: Vec<FootnoteView>,
    sources: Vec<SourceView>,
    files: Vec<FileView>,
}

#[derive(Serialize)]
struct ReportView {
    symbol: String,
    title: String,
    author: String,
    body: String,
    session: String,
    session_dates: String,
    agenda_item: String,
    date: String,
    date_long: String,
    submitted_pursuant_to: String,
    url: Option<String>,
}

#[derive(Serialize)]
struct FilterView {
    /// The query-string parameter and the `data-` attribute of each entry.
    name: &'static str,
    label: &'static str,
    options: Vec<OptionView>,
}

#[derive(Serialize)]
struct OptionView {
    value: String,
    label: String,
    count: usize,
}

#[derive(Serialize)]
struct FigureView {
    id: String,
    as_written: String,
    measure: String,
    value_in_words: String,
    unit: &'static str,
    converted: bool,
    population: String,
    geography: String,
    period: Option<String>,
    kind: &'static str,
    kind_label: &'static str,
    topics: Vec<OptionView>,
    topic_names: String,
    place: String,
    paragraph: u8,
    quote: QuoteView,
    footnotes: Vec<NoteView>,
    footnote_position: Option<&'static str>,
    sources: Vec<SourceRef>,
    attribution: Option<String>,
    sourcing: &'static str,
    sourcing_label: &'static str,
    review: ReviewView,
    citation: String,
    long_citation: String,
    bibtex_sources: String,
}

#[derive(Serialize)]
struct QuoteView {
    before: String,
    marked: Option<String>,
    after: String,
}

#[derive(Serialize)]
struct NoteView {
    number: u8,
    segments: Vec<Segment>,
}

/// A piece of a footnote's text: plain text, or a URL as printed with the address it links
/// to.
#[derive(Debug, PartialEq, Serialize)]
struct Segment {
    text: String,
    href: Option<String>,
}

impl Segment {
    fn text(text: &str) -> Segment {
        Segment {
            text: text.to_owned(),
            href: None,
        }
    }

    /// A URL as printed: a link to it if it is a web address (`www.` gets `https://`).
    fn url(url: &str) -> Segment {
        Segment {
            text: url.to_owned(),
            href: web_href(url),
        }
    }
}

#[derive(Serialize)]
struct SourceRef {
    id: String,
    label: String,
}

#[derive(Serialize)]
struct ReviewView {
    status: &'static str,
    label: &'static str,
    status_as_written: Option<String>,
    finding: Option<String>,
    note: Option<String>,
    seen_at: Option<Segment>,
    copy_kind: Option<&'static str>,
    discrepancies: Option<String>,
    computed: Option<String>,
    inferred: Option<String>,
}

#[derive(Serialize)]
struct ChartView {
    id: String,
    title: String,
    svg: Value,
}

#[derive(Serialize)]
struct FootnoteView {
    number: u8,
    paragraph: u8,
    segments: Vec<Segment>,
    form: &'static str,
    sources: Vec<SourceRef>,
    figures: Vec<SourceRef>,
}

#[derive(Serialize)]
struct SourceView {
    id: String,
    title: String,
    title_note: Option<&'static str>,
    by: Option<String>,
    publisher: Option<String>,
    year: Option<u16>,
    symbol: Option<String>,
    url: Option<Segment>,
    kind: &'static str,
    is_report: bool,
    figures: Vec<SourceRef>,
    bibtex: String,
}

#[derive(Serialize)]
struct FileView {
    href: String,
    name: &'static str,
    about: &'static str,
}

impl PageView {
    fn new(data: &Dataset, options: &PageOptions<'_>) -> Result<PageView, HtmlError> {
        let report = data.report();
        let builtin = data == Dataset::builtin();
        // A dataset without a figure a chart draws still gets its page, without the charts.
        let (charts, charts_missing) = match charts::all(data) {
            Ok(charts) => (charts, None),
            Err(ChartError::MissingFigure(id)) => (Vec::new(), Some(id)),
            Err(err) => return Err(err.into()),
        };
        let charts = charts
            .into_iter()
            .map(|(name, svg)| ChartView {
                id: format!("chart-{}", name.trim_end_matches(".svg").replace('_', "-")),
                title: svg_title(&svg).unwrap_or_else(|| name.to_owned()),
                svg: Value::from_safe_string(svg),
            })
            .collect();
        let figures: Vec<FigureView> = data
            .figures()
            .iter()
            .map(|f| figure_view(data, f))
            .collect();
        let footnotes = data
            .footnotes()
            .iter()
            .map(|n| FootnoteView {
                number: n.number,
                paragraph: n.paragraph,
                segments: segments(n),
                form: n.form.as_str(),
                sources: n
                    .sources
                    .iter()
                    .filter_map(|id| data.source(id))
                    .map(source_ref)
                    .collect(),
                figures: data
                    .figures()
                    .iter()
                    .filter(|f| f.cites_footnote(n.number))
                    .map(figure_ref)
                    .collect(),
            })
            .collect();
        let sources = data
            .sources()
            .iter()
            .map(|s| source_view(data, s))
            .collect();
        let crate_version = env!("CARGO_PKG_VERSION");
        Ok(PageView {
            style: Value::from_safe_string(STYLE.to_owned()),
            script: Value::from_safe_string(SCRIPT.to_owned()),
            report: ReportView {
                symbol: report.symbol.to_string(),
                title: report.title.to_string(),
                author: report.author.to_string(),
                body: report.body.to_string(),
                session: report.session.to_string(),
                session_dates: report.session_dates.to_string(),
                agenda_item: report.agenda_item.to_string(),
                date: report.date.to_string(),
                date_long: long_date(&report.date).unwrap_or_else(|| report.date.to_string()),
                submitted_pursuant_to: report.submitted_pursuant_to.to_string(),
                url: web_href(&report.url),
            },
            builtin,
            data_version: DATA_VERSION,
            crate_version,
            dataset_citation: format!(
                "vac-figures {crate_version}, data version {}: figures of UN report {} as \
                 typed, sourced records",
                DATA_VERSION, report.symbol
            ),
            report_citation: format!(
                "United Nations, {}, {} ({}), para. N",
                report.title,
                report.symbol,
                long_date(&report.date).unwrap_or_else(|| report.date.to_string())
            ),
            figure_count: data.figures().len(),
            footnote_count: data.footnotes().len(),
            source_count: data.sources().len(),
            reviewed_count: data
                .figures()
                .iter()
                .filter(|f| data.review_of(f).is_some())
                .count(),
            filters: filters(data),
            figures,
            charts,
            charts_missing,
            footnotes,
            sources,
            files: DATA_FILES
                .iter()
                .map(|&(name, about)| FileView {
                    href: format!("{}{name}", options.data_base),
                    name,
                    about,
                })
                .collect(),
        })
    }
}

fn figure_view(data: &Dataset, f: &Figure) -> FigureView {
    let loc = &f.location;
    let mut place = format!("para. {}, {}", loc.paragraph, loc.section);
    for heading in [&loc.subsection, &loc.subheading].into_iter().flatten() {
        place.push_str(" › ");
        place.push_str(heading);
    }
    if let Some(n) = loc.in_footnote {
        let _ = write!(place, " (in footnote {n})");
    }
    let works = data.sources_of(f);
    let mut bibtex: Vec<&str> = works.iter().map(|s| s.id.as_ref()).collect();
    if bibtex.is_empty() && data.source(&data.report().source_id).is_some() {
        // A figure that cites no work is cited as the report's own.
        bibtex.push(&data.report().source_id);
    }
    FigureView {
        id: f.id.to_string(),
        as_written: f.as_written.to_string(),
        measure: f.measure.to_string(),
        value_in_words: f.value_in_words(),
        unit: f.unit.as_str(),
        converted: f.converted,
        population: f.population.to_string(),
        geography: f.geography.to_string(),
        period: f.period.as_deref().map(str::to_owned),
        kind: f.kind.as_str(),
        kind_label: kind_label(f.kind),
        topics: f
            .topics
            .iter()
            .map(|&t| OptionView {
                value: t.as_str().to_owned(),
                label: topic_label(t).to_owned(),
                count: 0,
            })
            .collect(),
        topic_names: f
            .topics
            .iter()
            .map(|t| t.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        place,
        paragraph: loc.paragraph,
        quote: mark_quote(&f.quote, &f.as_written),
        footnotes: data
            .footnotes_of(f)
            .map(|n| NoteView {
                number: n.number,
                segments: segments(n),
            })
            .collect(),
        footnote_position: (!f.footnotes.is_empty()).then(|| marker_label(f)),
        sources: works.into_iter().map(source_ref).collect(),
        attribution: f.attribution.as_deref().map(str::to_owned),
        sourcing: f.sourcing().as_str(),
        sourcing_label: sourcing_label(f.sourcing()),
        review: review_view(data.review_of(f)),
        citation: data.citation(f).to_string(),
        long_citation: data.long_citation(f).to_string(),
        bibtex_sources: bibtex.join(" "),
    }
}

fn review_view(review: Option<&Review>) -> ReviewView {
    let Some(r) = review else {
        return ReviewView {
            status: ReviewStatus::NotReviewed.as_str(),
            label: review_label(ReviewStatus::NotReviewed),
            status_as_written: None,
            finding: None,
            note: None,
            seen_at: None,
            copy_kind: None,
            discrepancies: None,
            computed: None,
            inferred: None,
        };
    };
    let non_empty = |s: &str| (!s.trim().is_empty()).then(|| s.to_owned());
    let list = |items: &[std::borrow::Cow<'static, str>]| {
        (!items.is_empty()).then(|| {
            items
                .iter()
                .map(|s| s.as_ref())
                .collect::<Vec<_>>()
                .join("; ")
        })
    };
    ReviewView {
        status: r.status.as_str(),
        label: review_label(r.status),
        status_as_written: (r.status_as_written != r.status.as_str())
            .then(|| r.status_as_written.to_string()),
        finding: non_empty(&r.finding),
        note: non_empty(&r.note),
        seen_at: r.seen_at.as_deref().map(Segment::url),
        copy_kind: Some(copy_kind_label(r.copy_kind)),
        discrepancies: (!r.discrepancies.is_empty()).then(|| {
            r.discrepancies
                .iter()
                .map(|k| k.as_str().replace('_', " "))
                .collect::<Vec<_>>()
                .join(", ")
        }),
        computed: list(&r.computed),
        inferred: list(&r.inferred),
    }
}

fn source_view(data: &Dataset, s: &Source) -> SourceView {
    SourceView {
        id: s.id.to_string(),
        title: s.title.to_string(),
        title_note: match s.title_basis {
            TitleBasis::Printed => None,
            TitleBasis::FromUrl => Some("title not printed in the report: read from the URL"),
            TitleBasis::Descriptive => {
                Some("title not printed in the report: a description of the work")
            }
        },
        by: s.authors.as_deref().map(str::to_owned),
        publisher: s.publisher.as_deref().map(str::to_owned),
        year: s.year,
        symbol: s.symbol.as_deref().map(str::to_owned),
        url: s.url.as_deref().map(Segment::url),
        kind: source_kind_label(s.kind),
        is_report: s.id == data.report().source_id,
        figures: data
            .figures()
            .iter()
            .filter(|f| data.sources_of(f).iter().any(|w| w.id == s.id))
            .map(figure_ref)
            .collect(),
        bibtex: crate::cite::bibtex_entry(data.report(), s),
    }
}

/// A link to a source: by whom and the title; a title the report does not print in square
/// brackets, as in the long citation.
fn source_ref(s: &Source) -> SourceRef {
    let title = match s.title_basis {
        TitleBasis::Printed => s.title.to_string(),
        TitleBasis::FromUrl | TitleBasis::Descriptive => format!("[{}]", s.title),
    };
    let label = match s.authors.as_deref().or(s.publisher.as_deref()) {
        Some(by) => format!("{by}, {title}"),
        None => title,
    };
    SourceRef {
        id: s.id.to_string(),
        label,
    }
}

fn figure_ref(f: &Figure) -> SourceRef {
    SourceRef {
        id: f.id.to_string(),
        label: f.as_written.to_string(),
    }
}

/// The filters, each with the values the dataset's figures have (and how many have each).
fn filters(data: &Dataset) -> Vec<FilterView> {
    let figures = data.figures();
    let count = |pred: &dyn Fn(&Figure) -> bool| figures.iter().filter(|f| pred(f)).count();
    let topics = Topic::ALL
        .iter()
        .map(|&t| OptionView {
            value: t.as_str().to_owned(),
            label: topic_label(t).to_owned(),
            count: count(&|f: &Figure| f.has_topic(t)),
        })
        .filter(|o| o.count > 0)
        .collect();
    let kinds = Kind::ALL
        .iter()
        .map(|&k| OptionView {
            value: k.as_str().to_owned(),
            label: kind_label(k).to_owned(),
            count: count(&|f: &Figure| f.kind == k),
        })
        .filter(|o| o.count > 0)
        .collect();
    let mut places: Vec<&str> = figures.iter().map(|f| f.geography.as_ref()).collect();
    places.sort_by_key(|g| g.to_lowercase());
    places.dedup();
    let geography = places
        .into_iter()
        .map(|g| OptionView {
            value: g.to_owned(),
            label: g.to_owned(),
            count: count(&|f: &Figure| f.geography == g),
        })
        .collect();
    let sourcing = Sourcing::ALL
        .iter()
        .map(|&s| OptionView {
            value: s.as_str().to_owned(),
            label: sourcing_label(s).to_owned(),
            count: count(&|f: &Figure| f.sourcing() == s),
        })
        .filter(|o| o.count > 0)
        .collect();
    let review = ReviewStatus::ALL
        .iter()
        .map(|&s| OptionView {
            value: s.as_str().to_owned(),
            label: review_label(s).to_owned(),
            count: count(&|f: &Figure| data.review_status(f) == s),
        })
        .filter(|o| o.count > 0)
        .collect();
    vec![
        FilterView {
            name: "topic",
            label: "Topic",
            options: topics,
        },
        FilterView {
            name: "kind",
            label: "Kind",
            options: kinds,
        },
        FilterView {
            name: "geography",
            label: "Geography",
            options: geography,
        },
        FilterView {
            name: "sourcing",
            label: "Sourcing",
            options: sourcing,
        },
        FilterView {
            name: "review",
            label: "Review status",
            options: review,
        },
    ]
}

/// The quote split around its one occurrence of `as_written`; unmarked when it occurs zero
/// or several times (the number is not marked at a guess).
fn mark_quote(quote: &str, as_written: &str) -> QuoteView {
    let mut found = quote.match_indices(as_written);
    match (as_written.is_empty(), found.next(), found.next()) {
        (false, Some((start, _)), None) => QuoteView {
            before: quote[..start].to_owned(),
            marked: Some(as_written.to_owned()),
            after: quote[start + as_written.len()..].to_owned(),
        },
        _ => QuoteView {
            before: quote.to_owned(),
            marked: None,
            after: String::new(),
        },
    }
}

/// A footnote's text split into plain text and its URLs, in order; the pieces join back to
/// the text exactly. A URL is a link only if it is a web address ([`web_href`]).
fn segments(note: &Footnote) -> Vec<Segment> {
    let text = note.text.as_ref();
    let mut out = Vec::new();
    let mut rest = 0;
    for url in note.urls.iter().filter(|u| !u.is_empty()) {
        let Some(at) = text[rest..].find(url.as_ref()) else {
            continue;
        };
        let start = rest + at;
        if start > rest {
            out.push(Segment::text(&text[rest..start]));
        }
        out.push(Segment::url(url));
        rest = start + url.len();
    }
    if rest < text.len() {
        out.push(Segment::text(&text[rest..]));
    }
    out
}

/// The address a printed URL links to: itself when it starts with `http://` or `https://`,
/// `https://` and itself when it starts with `www.` (as footnote 6 prints one); `None` for
/// anything else (`javascript:`, text with spaces), which is shown as text.
fn web_href(text: &str) -> Option<String> {
    if text.is_empty() || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        Some(text.to_owned())
    } else if lower.starts_with("www.") {
        Some(format!("https://{text}"))
    } else {
        None
    }
}

/// The text of an SVG's first `<text>` element (the chart's title), unescaped.
fn svg_title(svg: &str) -> Option<String> {
    let start = svg.find("<text")?;
    let body = &svg[start..];
    let open = body.find('>')? + 1;
    let close = body.find("</text>")?;
    let raw = body.get(open..close)?.trim();
    let text = raw
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    (!text.is_empty()).then_some(text)
}

fn topic_label(topic: Topic) -> &'static str {
    match topic {
        Topic::Trafficking => "Trafficking",
        Topic::MigrationDisplacement => "Migration and displacement",
        Topic::Conflict => "Armed conflict",
        Topic::PovertyHunger => "Poverty and hunger",
        Topic::Humanitarian => "Humanitarian crises",
        Topic::Climate => "Climate and disasters",
        Topic::ForcedLabour => "Forced labour",
        Topic::SexualExploitation => "Sexual exploitation",
        Topic::Gender => "Gender",
        Topic::EconomicCost => "Economic costs and profits",
        Topic::ViolencePrevention => "Violence prevention",
        Topic::Mobilization => "Mobilization",
        Topic::Participation => "Participation of children",
        Topic::Cooperation => "Cooperation",
        Topic::OnlineSafety => "Online safety",
        Topic::DeprivationOfLiberty => "Deprivation of liberty",
    }
}

fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Statistic => "Statistic",
        Kind::OfficeActivity => "Activity of the Office",
        Kind::Commitment => "Commitment or target",
        Kind::Definition => "Definition",
    }
}

fn sourcing_label(sourcing: Sourcing) -> &'static str {
    match sourcing {
        Sourcing::FootnoteAndAttribution => "Footnote and attribution",
        Sourcing::FootnoteOnly => "Footnote only",
        Sourcing::AttributionOnly => "Attribution only (no footnote)",
        Sourcing::ReportOnly => "The report's own (no footnote or attribution)",
    }
}

fn review_label(status: ReviewStatus) -> &'static str {
    match status {
        ReviewStatus::Confirmed => "Confirmed",
        ReviewStatus::Discrepancy => "Differs from its source",
        ReviewStatus::Unverified => "Unverified",
        ReviewStatus::NotReviewed => "Not reviewed",
    }
}

fn copy_kind_label(kind: crate::review::CopyKind) -> &'static str {
    use crate::review::CopyKind;
    match kind {
        CopyKind::SourceItself => "the cited source itself",
        CopyKind::OfficialSummary => "an official summary or press release of the source",
        CopyKind::PressReprint => "a press reprint of a release",
        CopyKind::EarlierVersion => "an earlier version of the cited page",
        CopyKind::RelatedWork => "a related work, not the cited one",
        CopyKind::NoCopy => "no copy was available",
    }
}

fn source_kind_label(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Publication => "Publication",
        SourceKind::JournalArticle => "Journal article",
        SourceKind::PressRelease => "Press release",
        SourceKind::BlogPost => "Blog post",
        SourceKind::WebPage => "Web page",
        SourceKind::DataPage => "Data page",
        SourceKind::UnDocument => "UN document",
        SourceKind::LegalInstrument => "Legal instrument",
        SourceKind::Statement => "Statement",
    }
}

fn marker_label(f: &Figure) -> &'static str {
    use crate::record::MarkerPosition;
    match f.footnote_position {
        MarkerPosition::AtQuote => "at the quote",
        MarkerPosition::EarlierInParagraph => "earlier in the paragraph",
        MarkerPosition::LaterInParagraph => "later in the paragraph",
        MarkerPosition::None => "none",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    #[test]
    fn the_number_is_marked_only_where_it_occurs_once() {
        let q = mark_quote("over 473 million children, 1 in 6", "over 473 million");
        assert_eq!(q.before, "");
        assert_eq!(q.marked.as_deref(), Some("over 473 million"));
        assert_eq!(q.after, " children, 1 in 6");
        let twice = mark_quote("38 per cent and 38 per cent", "38 per cent");
        assert!(twice.marked.is_none());
        assert_eq!(twice.before, "38 per cent and 38 per cent");
        assert!(mark_quote("no number here", "12").marked.is_none());
        assert!(mark_quote("anything", "").marked.is_none());
    }

    #[test]
    fn every_built_in_figure_has_its_number_marked() {
        for f in Dataset::builtin().figures() {
            let q = mark_quote(&f.quote, &f.as_written);
            assert_eq!(q.marked.as_deref(), Some(f.as_written.as_ref()), "{}", f.id);
            assert_eq!(format!("{}{}{}", q.before, f.as_written, q.after), f.quote);
        }
    }

    #[test]
    fn footnote_segments_join_back_to_the_text_and_link_only_web_urls() {
        for note in Dataset::builtin().footnotes() {
            let segs = segments(note);
            let joined: String = segs.iter().map(|s| s.text.as_str()).collect();
            assert_eq!(joined, note.text, "footnote {}", note.number);
            let links: Vec<&str> = segs
                .iter()
                .filter(|s| s.href.is_some())
                .map(|s| s.text.as_str())
                .collect();
            let urls: Vec<&str> = note.urls.iter().map(|u| u.as_ref()).collect();
            assert_eq!(links, urls, "footnote {}", note.number);
        }
        let note = Footnote {
            number: 1,
            paragraph: 1,
            text: Cow::Borrowed("See javascript:alert(1) and https://example.org/a."),
            urls: Cow::Owned(vec![
                Cow::Borrowed("javascript:alert(1)"),
                Cow::Borrowed("https://example.org/a"),
            ]),
            pages: None,
            form: crate::sources::CitationForm::Full,
            sources: Cow::Borrowed(&[]),
        };
        let segs = segments(&note);
        assert_eq!(
            segs,
            [
                Segment::text("See "),
                Segment::text("javascript:alert(1)"),
                Segment::text(" and "),
                Segment {
                    text: "https://example.org/a".into(),
                    href: Some("https://example.org/a".into())
                },
                Segment::text("."),
            ]
        );
    }

    #[test]
    fn web_addresses() {
        assert_eq!(
            web_href("www.ohchr.org/x").as_deref(),
            Some("https://www.ohchr.org/x")
        );
        assert_eq!(web_href("HTTPS://a.org").as_deref(), Some("HTTPS://a.org"));
        assert_eq!(web_href("javascript:alert(1)"), None);
        assert_eq!(web_href("https://a.org/ b"), None);
        assert_eq!(web_href("unodc.org/press"), None);
    }

    #[test]
    fn chart_titles_are_read_from_the_svg() {
        let svg = "<svg><rect/><text x=\"1\">\nA &amp; B &lt;c&gt;\n</text><text>x</text></svg>";
        assert_eq!(svg_title(svg).as_deref(), Some("A & B <c>"));
        assert_eq!(svg_title("<svg/>"), None);
    }

    #[test]
    fn every_linked_data_file_is_exported() {
        let files = export::dataset_files(Dataset::builtin()).unwrap();
        let names: Vec<&str> = files.iter().map(|(n, _)| *n).collect();
        for (name, _) in DATA_FILES {
            assert!(names.contains(&name), "{name}");
        }
        assert_eq!(
            names.len(),
            DATA_FILES.len(),
            "every exported file is linked"
        );
    }

    #[test]
    fn long_dates() {
        assert_eq!(long_date("2025-01-13").as_deref(), Some("13 January 2025"));
        assert_eq!(long_date("2025-13-01"), None);
        assert_eq!(long_date("soon"), None);
    }
}
