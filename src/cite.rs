//! Citations people can paste: a one-line and a long citation for a figure, and BibTeX and
//! CSL-JSON for the sources.
//!
//! * [`Citation`] (from [`Dataset::citation`]) is one line in UN style: the work, with pages,
//!   *as cited in* A/HRC/58/19, paragraph and footnote.
//! * [`LongCitation`] (from [`Dataset::long_citation`]) gives each work in full (author or
//!   publisher, title, year, document symbol, pages, URL) and then the report's full reference
//!   with the paragraph and footnote. `{}` is plain text; `{:#}` italicizes titles in Markdown.
//! * [`write_bibtex`] and [`write_csl_json`] export sources (the report itself included) as a
//!   BibTeX database and a CSL-JSON array, for reference managers (Zotero, pandoc, LaTeX).
//!   Citation keys and CSL ids are the sources' stable ids.
//!
//! Every field comes from the dataset: a work with no year, author or URL gets none (no
//! access date is written, because the report gives none). Titles the report does not print
//! (see [`TitleBasis`]) are marked: in square brackets in the long citation, and with a
//! `note` in BibTeX and CSL-JSON.
//!
//! ```
//! use vac_figures::{cite, ids, Dataset};
//!
//! let data = Dataset::builtin();
//! let long = data.long_citation(ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS_SUB_SAHARAN_AFRICA);
//! assert!(long.to_string().ends_with("A/HRC/58/19, 13 January 2025, para. 43, footnote 13."));
//!
//! let mut bib = Vec::new();
//! cite::write_bibtex(&mut bib, data.report(), data.sources())?;
//! let bib = String::from_utf8(bib).unwrap();
//! assert!(bib.contains("@book{glotip_2024,"));
//! # Ok::<(), std::io::Error>(())
//! ```

use std::fmt;
use std::io;

use serde_json::{Map, Value, json};

pub use crate::dataset::Citation;
use crate::dataset::Dataset;
use crate::sources::{Footnote, Report, Source, SourceKind, TitleBasis};
use crate::table::figures::Figure;

impl Dataset {
    /// The long citation of `figure`: each work in full, then the report's full reference.
    ///
    /// ```
    /// let data = vac_figures::Dataset::builtin();
    /// let fig = vac_figures::ids::CHILDREN_IN_CONFLICT_AREAS;
    /// assert!(data.long_citation(fig).to_string().contains("para. 51, footnote 27"));
    /// ```
    pub fn long_citation<'a>(&'a self, figure: &'a Figure) -> LongCitation<'a> {
        LongCitation {
            dataset: self,
            figure,
        }
    }
}

/// A figure's long citation, resolved against a dataset (see the [module docs](self)).
///
/// `Display` writes plain text; the alternate form `{:#}` writes Markdown with titles in
/// italics.
#[derive(Debug, Clone, Copy)]
pub struct LongCitation<'a> {
    dataset: &'a Dataset,
    figure: &'a Figure,
}

impl fmt::Display for LongCitation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let markdown = f.alternate();
        let figure = self.figure;
        let mut works: Vec<String> = Vec::new();
        for footnote in self.dataset.footnotes_of(figure) {
            for id in footnote.sources.iter() {
                if let Some(source) = self.dataset.source(id) {
                    let work = full_work(source, footnote, markdown);
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
        let report = self.dataset.report();
        let office = report
            .author
            .split_once(", ")
            .map_or(report.author.as_ref(), |(office, _name)| office);
        let date = long_date(&report.date).unwrap_or_else(|| report.date.to_string());
        let mut place = format!("para. {}", figure.location.paragraph);
        if let Some(n) = figure.location.in_footnote {
            place = format!("footnote {n} to {place}");
        }
        let notes = match figure.footnotes.as_ref() {
            [] => String::new(),
            [one] => format!(", footnote {one}"),
            [init @ .., last] => {
                let init: Vec<String> = init.iter().map(u8::to_string).collect();
                format!(", footnotes {} and {last}", init.join(", "))
            }
        };
        if !works.is_empty() {
            write!(f, "{}. Cited in ", works.join("; "))?;
        }
        write!(
            f,
            "{office}, {}, {}, {date}, {place}{notes}.",
            italic(&report.title, markdown),
            report.symbol
        )
    }
}

/// One work in full, with the page locator of `footnote`.
fn full_work(source: &Source, footnote: &Footnote, markdown: bool) -> String {
    let mut parts: Vec<String> = Vec::new();
    let by = source.authors.as_deref().or(source.publisher.as_deref());
    if let Some(by) = by {
        parts.push(by.to_owned());
    }
    let title = match source.title_basis {
        TitleBasis::Printed => italic(&source.title, markdown),
        TitleBasis::FromUrl | TitleBasis::Descriptive => format!("[{}]", source.title),
    };
    parts.push(title);
    if source.authors.is_some()
        && let Some(publisher) = &source.publisher
    {
        parts.push(publisher.to_string());
    }
    if let Some(symbol) = &source.symbol
        && !source.title.contains(symbol.as_ref())
    {
        parts.push(symbol.to_string());
    }
    if let Some(year) = source.year {
        parts.push(year.to_string());
    }
    if let Some(pages) = &footnote.pages {
        parts.push(pages.to_string());
    }
    if let Some(url) = &source.url {
        parts.push(format!("available at {url}"));
    }
    parts.join(", ")
}

fn italic(title: &str, markdown: bool) -> String {
    if markdown {
        format!("*{title}*")
    } else {
        title.to_owned()
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// BibTeX's month macros.
const MONTHS_BIBTEX: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// `(year, month, day)` of an ISO 8601 date `YYYY-MM-DD`.
fn date_parts(iso: &str) -> Option<(u16, u8, u8)> {
    let mut it = iso.splitn(3, '-');
    let year = it.next()?.parse().ok()?;
    let month: u8 = it.next()?.parse().ok()?;
    let day: u8 = it.next()?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((year, month, day))
}

/// `"2025-01-13"` → `"13 January 2025"`.
pub(crate) fn long_date(iso: &str) -> Option<String> {
    let (year, month, day) = date_parts(iso)?;
    let name = MONTHS.get(usize::from(month).checked_sub(1)?)?;
    Some(format!("{day} {name} {year}"))
}

/// The full date of `source` when it is the report (the only work whose day the data gives).
fn report_date(report: &Report, source: &Source) -> Option<(u16, u8, u8)> {
    (source.id == report.source_id)
        .then(|| date_parts(&report.date))
        .flatten()
}

/// Why a title is not the report's words, for a `note` field.
fn title_note(basis: TitleBasis) -> Option<&'static str> {
    match basis {
        TitleBasis::Printed => None,
        TitleBasis::FromUrl => Some("Title read from the URL; A/HRC/58/19 prints none"),
        TitleBasis::Descriptive => {
            Some("Descriptive title; A/HRC/58/19 cites the work without a title")
        }
    }
}

/// The BibTeX entry type of a kind of source.
pub fn bibtex_type(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::UnDocument => "techreport",
        SourceKind::Publication => "book",
        SourceKind::JournalArticle => "article",
        SourceKind::PressRelease
        | SourceKind::BlogPost
        | SourceKind::WebPage
        | SourceKind::DataPage
        | SourceKind::LegalInstrument
        | SourceKind::Statement => "misc",
    }
}

/// The CSL item type of a kind of source (CSL 1.0.2 `csl-data.json`).
pub fn csl_type(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::UnDocument => "report",
        SourceKind::Publication => "book",
        SourceKind::JournalArticle => "article-journal",
        SourceKind::PressRelease | SourceKind::WebPage | SourceKind::DataPage => "webpage",
        SourceKind::BlogPost => "post-weblog",
        SourceKind::LegalInstrument => "treaty",
        SourceKind::Statement => "speech",
    }
}

/// `text` with BibTeX's special characters escaped: `& % $ # _ { } ~ ^ \`.
///
/// ```
/// use vac_figures::cite::escape_bibtex;
/// assert_eq!(escape_bibtex("R&D: 50% of $5 #1 a_b {x} ~ ^ \\"),
///     r"R\&D: 50\% of \$5 \#1 a\_b \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{}");
/// ```
pub fn escape_bibtex(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' | '%' | '$' | '#' | '_' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str(r"\textasciitilde{}"),
            '^' => out.push_str(r"\textasciicircum{}"),
            '\\' => out.push_str(r"\textbackslash{}"),
            _ => out.push(c),
        }
    }
    out
}

/// A URL for a verbatim BibTeX `url` field: braces and backslashes (which a verbatim field
/// cannot hold) percent-encoded, everything else as printed.
fn bibtex_url(url: &str) -> String {
    url.replace('\\', "%5C")
        .replace('{', "%7B")
        .replace('}', "%7D")
}

/// BibTeX names: each name (split on `" and "`) braced so that BibTeX prints it as written
/// and never guesses which word is the surname; `others` stays BibTeX's keyword.
fn bibtex_names(names: &str) -> String {
    let names = names
        .strip_suffix(" and others")
        .map_or((names, false), |n| (n, true));
    let mut out: Vec<String> = names
        .0
        .split(" and ")
        .map(|n| format!("{{{}}}", escape_bibtex(n)))
        .collect();
    if names.1 {
        out.push("others".to_owned());
    }
    out.join(" and ")
}

/// One source as a BibTeX entry (key = the source id), ending with a newline.
///
/// Fields by kind: UN documents are `@techreport` with `institution` and `number` (the
/// symbol); publications `@book` with `publisher`; journal articles `@article` with `journal`;
/// everything else `@misc` with `url` and `howpublished`. Text fields are escaped with
/// [`escape_bibtex`] and titles are braced to keep their case; non-ASCII text stays UTF-8
/// (biber, or BibTeX with `inputenc`). `report` is the dataset's report
/// ([`Dataset::report`]): its own entry carries the full date.
pub fn bibtex_entry(report: &Report, source: &Source) -> String {
    let mut fields: Vec<(&str, String)> = Vec::new();
    if let Some(authors) = &source.authors {
        fields.push(("author", bibtex_names(authors)));
    }
    fields.push(("title", format!("{{{}}}", escape_bibtex(&source.title))));
    if let Some(publisher) = &source.publisher {
        let field = match source.kind {
            SourceKind::UnDocument => "institution",
            SourceKind::JournalArticle => "journal",
            SourceKind::Publication => "publisher",
            _ => "howpublished",
        };
        // Braced: biblatex splits `publisher` and `institution` on " and ".
        fields.push((field, format!("{{{}}}", escape_bibtex(publisher))));
    }
    if let Some(symbol) = &source.symbol {
        fields.push(("number", escape_bibtex(symbol)));
    }
    if source.kind == SourceKind::UnDocument {
        fields.push(("type", "United Nations document".to_owned()));
    }
    if let Some((year, month, day)) = report_date(report, source) {
        fields.push(("year", year.to_string()));
        if let Some(month) = MONTHS_BIBTEX.get(usize::from(month).wrapping_sub(1)) {
            fields.push(("month", (*month).to_owned()));
        }
        fields.push(("date", format!("{year:04}-{month:02}-{day:02}")));
    } else if let Some(year) = source.year {
        fields.push(("year", year.to_string()));
    }
    if let Some(url) = &source.url {
        fields.push(("url", bibtex_url(url)));
    }
    if let Some(note) = title_note(source.title_basis) {
        fields.push(("note", escape_bibtex(note)));
    }
    let mut entry = format!("@{}{{{},\n", bibtex_type(source.kind), source.id);
    for (name, value) in fields {
        if name == "month" {
            // The month macros (`jan` …) are unbraced.
            entry.push_str(&format!("  {name:<12} = {value},\n"));
        } else {
            entry.push_str(&format!("  {name:<12} = {{{value}}},\n"));
        }
    }
    entry.push_str("}\n");
    entry
}

/// Writes `sources` (any selection of the dataset's) as a BibTeX database: one
/// [`bibtex_entry`] each, separated by blank lines, in the given order.
pub fn write_bibtex<'a, W: io::Write>(
    mut out: W,
    report: &Report,
    sources: impl IntoIterator<Item = &'a Source>,
) -> io::Result<()> {
    for (i, source) in sources.into_iter().enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        out.write_all(bibtex_entry(report, source).as_bytes())?;
    }
    Ok(())
}

/// One source as a CSL-JSON item (CSL 1.0.2 `csl-data.json`): `id` (the source id), `type`
/// ([`csl_type`]), `title`, `author` as name objects (`{"literal": …}`, the names as
/// printed), `publisher` (or `container-title` for a journal article), `number` (the
/// document symbol), `issued` as `date-parts`, `URL` and a `note` for titles the report does
/// not print. Absent data gives absent fields. `report` is the dataset's report
/// ([`Dataset::report`]): its own item carries the full date.
pub fn csl_item(report: &Report, source: &Source) -> Value {
    let mut item = Map::new();
    item.insert("id".into(), json!(source.id));
    item.insert("type".into(), json!(csl_type(source.kind)));
    item.insert("title".into(), json!(source.title));
    if let Some(authors) = &source.authors {
        // "X and others" stays one literal name: CSL has no "others", and dropping it
        // would misstate the authorship.
        let names: Vec<Value> = if authors.ends_with(" and others") {
            vec![json!({ "literal": authors })]
        } else {
            authors
                .split(" and ")
                .map(|n| json!({ "literal": n }))
                .collect()
        };
        item.insert("author".into(), Value::Array(names));
    }
    if let Some(publisher) = &source.publisher {
        let field = match source.kind {
            SourceKind::JournalArticle => "container-title",
            _ => "publisher",
        };
        item.insert(field.into(), json!(publisher));
    }
    if let Some(symbol) = &source.symbol {
        item.insert("number".into(), json!(symbol));
        item.insert("genre".into(), json!("United Nations document"));
    }
    if let Some((year, month, day)) = report_date(report, source) {
        item.insert(
            "issued".into(),
            json!({ "date-parts": [[year, month, day]] }),
        );
    } else if let Some(year) = source.year {
        item.insert("issued".into(), json!({ "date-parts": [[year]] }));
    }
    if let Some(url) = &source.url {
        item.insert("URL".into(), json!(url));
    }
    if let Some(note) = title_note(source.title_basis) {
        item.insert("note".into(), json!(note));
    }
    Value::Object(item)
}

/// Writes `sources` as a CSL-JSON array of [`csl_item`]s (pretty-printed, newline at the
/// end), in the given order.
pub fn write_csl_json<'a, W: io::Write>(
    mut out: W,
    report: &Report,
    sources: impl IntoIterator<Item = &'a Source>,
) -> io::Result<()> {
    let items: Vec<Value> = sources.into_iter().map(|s| csl_item(report, s)).collect();
    serde_json::to_writer_pretty(&mut out, &items)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(long_date("2025-01-13").as_deref(), Some("13 January 2025"));
        assert_eq!(long_date("2025-13-01"), None);
        assert_eq!(long_date("x"), None);
    }

    #[test]
    fn names_are_braced_and_others_kept() {
        assert_eq!(
            bibtex_names("Vasileia Digidiki and others"),
            "{Vasileia Digidiki} and others"
        );
        assert_eq!(
            bibtex_names("Kathryn E. Van Doore and Rebecca Nhep"),
            "{Kathryn E. Van Doore} and {Rebecca Nhep}"
        );
    }
}
