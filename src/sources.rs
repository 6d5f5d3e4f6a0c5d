//! Footnotes, the works they cite, and the report itself.
//!
//! A [`Figure`](crate::Figure) names the footnotes whose markers cite it; a [`Footnote`] names
//! the [`Source`]s (distinct cited works) it refers to, with *Ibid.* and short forms resolved
//! to the full work; the [`Report`] describes A/HRC/58/19 itself.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// One of the report's 64 footnotes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Footnote {
    /// The footnote number, 1–64.
    pub number: u8,
    /// The numbered paragraph whose text carries the footnote's marker.
    pub paragraph: u8,
    /// The footnote text as printed, with the text conversion's markup removed (`*Ibid.*` →
    /// `Ibid.`, `[A/61/299](#)` → `A/61/299`, `<https://…>` → `https://…`).
    pub text: Cow<'static, str>,
    /// Every URL in the text, in order, as printed (without the closing full stop).
    pub urls: Cow<'static, [Cow<'static, str>]>,
    /// The page locator as printed (`"p. 13"`, `"pp. 121 and 122"`, `"pp. xii and 40"`), if
    /// any.
    pub pages: Option<Cow<'static, str>>,
    /// How the footnote refers to its work: in full, *Ibid.*, a short form, or not at all.
    pub form: CitationForm,
    /// The ids of the works cited, in the order the footnote names them; *Ibid.* and short
    /// forms are resolved to the full work. Empty for a note that cites no work.
    pub sources: Cow<'static, [Cow<'static, str>]>,
}

impl Footnote {
    /// A footnote with this number and every other field empty (form `note`): the start of
    /// a footnote added by hand.
    pub fn new(number: u8) -> Footnote {
        Footnote {
            number,
            paragraph: 0,
            text: Cow::Borrowed(""),
            urls: Cow::Borrowed(&[]),
            pages: None,
            form: CitationForm::Note,
            sources: Cow::Borrowed(&[]),
        }
    }

    /// The id of the first (main) work the footnote cites.
    pub fn source_id(&self) -> Option<&str> {
        self.sources.first().map(|s| s.as_ref())
    }
}

closed_set! {
    /// How a footnote refers to the work it cites.
    pub enum CitationForm {
        /// The work is cited in full (title, URL or document symbol).
        Full = "full",
        /// *Ibid.*: the work of the footnote before.
        Ibid = "ibid",
        /// A short title of a work cited in full earlier ("*From Evidence to Action*, p. 13").
        ShortForm = "short_form",
        /// An explanatory note that cites no work.
        Note = "note",
    }
}

/// A distinct work the report cites, or the report itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Source {
    /// Stable identifier: snake_case, unique, never reused.
    pub id: Cow<'static, str>,
    /// The work's title. Where the report prints none, a title read from the URL or a short
    /// description (see [`Source::title_basis`]).
    pub title: Cow<'static, str>,
    /// Where the title comes from.
    pub title_basis: TitleBasis,
    /// The authors as the footnote names them ("Vasileia Digidiki and others"), if any.
    pub authors: Option<Cow<'static, str>>,
    /// The organization that published the work: as the report names it, or as the URL's
    /// site shows it.
    pub publisher: Option<Cow<'static, str>>,
    /// The year of publication as the footnote prints it, or as a dated URL shows it.
    pub year: Option<u16>,
    /// The URL as the report prints it, if any.
    pub url: Option<Cow<'static, str>>,
    /// The UN document symbol, for UN documents (`"A/79/322"`).
    pub symbol: Option<Cow<'static, str>>,
    /// What kind of work it is.
    pub kind: SourceKind,
}

impl Source {
    /// A source with this id and every other field empty (title basis `printed`, kind
    /// `publication`): the start of a source added by hand.
    pub fn new(id: impl Into<Cow<'static, str>>) -> Source {
        Source {
            id: id.into(),
            title: Cow::Borrowed(""),
            title_basis: TitleBasis::Printed,
            authors: None,
            publisher: None,
            year: None,
            url: None,
            symbol: None,
            kind: SourceKind::Publication,
        }
    }
}

closed_set! {
    /// Where a source's title comes from. Only `Printed` titles are the report's words.
    pub enum TitleBasis {
        /// The report prints the title (in a footnote or in the paragraph citing it).
        Printed = "printed",
        /// Read from the words of the URL (a slug or file name), lightly cleaned.
        FromUrl = "from_url",
        /// The report gives no title: a short description of the work written for this
        /// dataset.
        Descriptive = "descriptive",
    }
}

closed_set! {
    /// The kind of a cited work.
    pub enum SourceKind {
        /// A report or book (UN publications, studies, handbooks).
        Publication = "publication",
        /// An article in a journal.
        JournalArticle = "journal_article",
        /// A press release or news item.
        PressRelease = "press_release",
        /// A blog post.
        BlogPost = "blog_post",
        /// A web page or site.
        WebPage = "web_page",
        /// A data portal page.
        DataPage = "data_page",
        /// A UN document with a symbol (A/…, A/HRC/…, CTOC/…).
        UnDocument = "un_document",
        /// A treaty, protocol, directive or regulation.
        LegalInstrument = "legal_instrument",
        /// A statement or joint statement.
        Statement = "statement",
    }
}

impl Report {
    /// Metadata with this symbol and source id and every other field empty: the start of the
    /// metadata of another report.
    pub fn new(
        symbol: impl Into<Cow<'static, str>>,
        source_id: impl Into<Cow<'static, str>>,
    ) -> Report {
        let empty = || Cow::Borrowed("");
        Report {
            source_id: source_id.into(),
            symbol: symbol.into(),
            title: empty(),
            author: empty(),
            body: empty(),
            session: empty(),
            session_dates: empty(),
            agenda_item: empty(),
            date: empty(),
            submitted_pursuant_to: empty(),
            original_language: empty(),
            url: empty(),
        }
    }
}

/// The metadata of the report a dataset is about, as printed on its cover page (for the
/// built-in dataset, A/HRC/58/19). Exported as `report.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Report {
    /// The source id under which the report stands among the dataset's sources.
    pub source_id: Cow<'static, str>,
    /// The document symbol: `A/HRC/58/19`.
    pub symbol: Cow<'static, str>,
    /// The title.
    pub title: Cow<'static, str>,
    /// The author: the Special Representative, by title and name.
    pub author: Cow<'static, str>,
    /// The body the report is submitted to.
    pub body: Cow<'static, str>,
    /// The session, as printed.
    pub session: Cow<'static, str>,
    /// The session's dates, as printed.
    pub session_dates: Cow<'static, str>,
    /// The agenda item, as printed.
    pub agenda_item: Cow<'static, str>,
    /// The date of the document (ISO 8601).
    pub date: Cow<'static, str>,
    /// The mandate under which the report is submitted.
    pub submitted_pursuant_to: Cow<'static, str>,
    /// The report's language of origin.
    pub original_language: Cow<'static, str>,
    /// A URL that resolves the document symbol (built from the symbol; the text prints no
    /// URL).
    pub url: Cow<'static, str>,
}
