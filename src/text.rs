//! Reading the report's text: numbered paragraphs, headings, footnotes and footnote markers.
//!
//! The text of A/HRC/58/19 comes from a PDF conversion (see the source's README): paragraphs
//! are numbered `1.` to `90.`, headings stand on their own lines, footnote markers are
//! superscript digits glued to the text, and footnote texts are printed in blocks where a page
//! ended, interrupting paragraphs. [`ReportText::parse`] undoes that layout: each paragraph
//! comes back whole, with its footnote markers recorded by position and removed from the
//! text, and the conversion's markup removed (see [`strip_markup`]).
//!
//! This is what the crate's tests and its report verification check quotes against.
//!
//! ```
//! use vac_figures::text::ReportText;
//!
//! let text = "I. Introduction\n\n1. Children account for 38 per cent of victims.¹²\n\n\
//!             ¹² *Global Report*, p. 13.\n";
//! let report = ReportText::parse(text);
//! let para = report.paragraph(1).unwrap();
//! assert_eq!(para.text, "Children account for 38 per cent of victims.");
//! let span = para.find("38 per cent of victims").unwrap();
//! assert_eq!(para.markers_at(span), vec![12]);
//! assert_eq!(report.footnote(12).unwrap().text, "Global Report, p. 13.");
//! ```

/// The report's text, parsed into paragraphs and footnotes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportText {
    /// The numbered paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
    /// The footnotes, in the order they are printed.
    pub footnotes: Vec<FootnoteText>,
}

/// A numbered paragraph, reassembled across page breaks and footnote blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph number.
    pub number: u8,
    /// The 1-based line of the text on which the paragraph starts.
    pub line: usize,
    /// The chapter heading it stands under, as printed.
    pub section: String,
    /// The lettered heading it stands under, if any.
    pub subsection: Option<String>,
    /// The unnumbered heading it stands under, if any.
    pub subheading: Option<String>,
    /// The text, without its number, footnote markers and markup; whitespace collapsed.
    pub text: String,
    /// The footnote markers, by the byte offset in `text` where each stood.
    pub markers: Vec<Marker>,
}

/// A footnote as printed at the foot of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FootnoteText {
    /// The footnote number.
    pub number: u8,
    /// The 1-based line on which it starts.
    pub line: usize,
    /// The text, without its number and markup; whitespace collapsed.
    pub text: String,
    /// The text exactly as in the file (markup kept), its lines joined by spaces.
    pub raw: String,
}

/// A footnote marker in a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    /// The footnote number the marker refers to.
    pub footnote: u8,
    /// The byte offset in the paragraph's text at which the marker stood.
    pub offset: usize,
}

/// Where a quote was found in a paragraph's text: byte offsets `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// The first byte of the quote.
    pub start: usize,
    /// One past the last byte of the quote.
    pub end: usize,
}

impl ReportText {
    /// Parses the report's text. Never fails: text that is not laid out like the report gives
    /// fewer (or no) paragraphs and footnotes, which a verification then reports as missing.
    pub fn parse(text: &str) -> ReportText {
        Parser::default().run(text)
    }

    /// Paragraph `number`, if present.
    pub fn paragraph(&self, number: u8) -> Option<&Paragraph> {
        self.paragraphs.iter().find(|p| p.number == number)
    }

    /// Footnote `number`, if present.
    pub fn footnote(&self, number: u8) -> Option<&FootnoteText> {
        self.footnotes.iter().find(|f| f.number == number)
    }

    /// The paragraph whose text carries the marker of footnote `number`.
    pub fn paragraph_citing(&self, number: u8) -> Option<&Paragraph> {
        self.paragraphs
            .iter()
            .find(|p| p.markers.iter().any(|m| m.footnote == number))
    }
}

impl Paragraph {
    /// Where `quote` stands in the text (compared after [`normalize`]), if it does.
    pub fn find(&self, quote: &str) -> Option<Span> {
        let quote = normalize(quote);
        if quote.is_empty() {
            return None;
        }
        self.text.find(&quote).map(|start| Span {
            start,
            end: start + quote.len(),
        })
    }

    /// The footnotes whose markers stand inside the span or directly after it (past closing
    /// punctuation such as `.`, `,` or `)`), in order.
    pub fn markers_at(&self, span: Span) -> Vec<u8> {
        let rest = self.text.get(span.end..).unwrap_or("");
        let trailing = rest
            .char_indices()
            .find(|&(_, c)| !matches!(c, '.' | ',' | ';' | ':' | ')' | '"' | '\''))
            .map_or(rest.len(), |(i, _)| i);
        let after = span.end + trailing;
        self.markers
            .iter()
            .filter(|m| m.offset > span.start && m.offset <= after)
            .map(|m| m.footnote)
            .collect()
    }

    /// The footnotes whose markers stand in the paragraph before the span.
    pub fn markers_before(&self, span: Span) -> Vec<u8> {
        self.markers
            .iter()
            .filter(|m| m.offset <= span.start)
            .map(|m| m.footnote)
            .collect()
    }

    /// The footnotes whose markers stand in the paragraph after the span (and after the
    /// markers of [`Paragraph::markers_at`]).
    pub fn markers_after(&self, span: Span) -> Vec<u8> {
        let at = self.markers_at(span);
        self.markers
            .iter()
            .filter(|m| m.offset > span.end && !at.contains(&m.footnote))
            .map(|m| m.footnote)
            .collect()
    }
}

/// Removes the PDF conversion's markup: `\$` → `$`, `*italics*` → `italics`,
/// `[A/61/299](#)` → `A/61/299`, `<https://…>` → `https://…`. Footnote markers are kept.
///
/// ```
/// use vac_figures::text::strip_markup;
/// assert_eq!(strip_markup(r"generated \$236 billion"), "generated $236 billion");
/// assert_eq!(strip_markup("*Ibid.*, p. 13; [A/79/322](#)"), "Ibid., p. 13; A/79/322");
/// assert_eq!(strip_markup("See <https://example.org/a>."), "See https://example.org/a.");
/// ```
pub fn strip_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        match c {
            '\\' => {
                let mut chars = rest.chars();
                chars.next();
                match chars.next() {
                    Some(escaped) if escaped.is_ascii_punctuation() => {
                        out.push(escaped);
                        rest = &rest[1 + escaped.len_utf8()..];
                    }
                    _ => {
                        out.push('\\');
                        rest = &rest[1..];
                    }
                }
            }
            '*' => rest = &rest[1..],
            '[' => match link_text(rest) {
                Some((inner, consumed)) => {
                    out.push_str(inner);
                    rest = &rest[consumed..];
                }
                None => {
                    out.push('[');
                    rest = &rest[1..];
                }
            },
            '<' if rest[1..].starts_with("http") || rest[1..].starts_with("www.") => {
                match rest.find('>') {
                    Some(close) => {
                        out.push_str(&rest[1..close]);
                        rest = &rest[close + 1..];
                    }
                    None => {
                        out.push('<');
                        rest = &rest[1..];
                    }
                }
            }
            _ => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// For `[inner](target)…`, the inner text and the bytes the link takes.
fn link_text(text: &str) -> Option<(&str, usize)> {
    let close = text.find("](")?;
    let inner = &text[1..close];
    if inner.contains('[') || inner.contains('\n') {
        return None;
    }
    let target_end = text[close + 2..].find(')')?;
    Some((inner, close + 2 + target_end + 1))
}

/// The text as the dataset quotes it: markup removed, footnote markers removed, runs of
/// whitespace collapsed to one space, ends trimmed.
///
/// ```
/// use vac_figures::text::normalize;
/// assert_eq!(
///     normalize("According to the latest *Global Report*,¹² children\n account for"),
///     "According to the latest Global Report, children account for",
/// );
/// ```
pub fn normalize(text: &str) -> String {
    strip_markers(&strip_markup(text)).0
}

/// `text` without footnote markers and with whitespace collapsed, and the markers found.
fn strip_markers(text: &str) -> (String, Vec<Marker>) {
    let mut out = String::with_capacity(text.len());
    let mut markers = Vec::new();
    let mut number: Option<u32> = None;
    let mut pending_space = false;
    for c in text.chars() {
        if let Some(digit) = superscript_digit(c) {
            number = Some(number.unwrap_or(0).saturating_mul(10).saturating_add(digit));
            continue;
        }
        if let Some(n) = number.take()
            && let Ok(footnote) = u8::try_from(n)
        {
            markers.push(Marker {
                footnote,
                offset: out.len(),
            });
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    if let Some(n) = number
        && let Ok(footnote) = u8::try_from(n)
    {
        markers.push(Marker {
            footnote,
            offset: out.len(),
        });
    }
    (out, markers)
}

/// The value of a superscript digit.
fn superscript_digit(c: char) -> Option<u32> {
    match c {
        '⁰' => Some(0),
        '¹' => Some(1),
        '²' => Some(2),
        '³' => Some(3),
        '⁴' => Some(4),
        '⁵' => Some(5),
        '⁶' => Some(6),
        '⁷' => Some(7),
        '⁸' => Some(8),
        '⁹' => Some(9),
        _ => None,
    }
}

/// A run of non-blank lines.
struct Block {
    line: usize,
    text: String,
}

/// What a block is.
enum BlockKind {
    Section,
    Subsection,
    Subheading,
    /// A numbered paragraph: its number and the text after `N. `.
    Paragraph(u8, usize),
    /// A footnote: its number and the byte where its text starts.
    Footnote(u8, usize),
    /// Text that continues the paragraph or footnote before it.
    Continuation,
}

/// What the parser is in the middle of.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Nothing,
    Paragraph,
    Footnote,
}

#[derive(Default)]
struct Parser {
    started: bool,
    section: String,
    subsection: Option<String>,
    subheading: Option<String>,
    /// Raw text of the open paragraph (joined lines) and its number and line.
    paragraph: Option<(u8, usize, String)>,
    /// The open footnote: number, line, raw text.
    footnote: Option<(u8, usize, String)>,
    last_paragraph: u8,
    out: ReportText,
}

impl Parser {
    fn run(mut self, text: &str) -> ReportText {
        let mut open = Open::Nothing;
        for block in blocks(text) {
            let kind = self.classify(&block);
            if !self.started {
                if matches!(kind, BlockKind::Section) {
                    self.started = true;
                } else {
                    continue;
                }
            }
            match kind {
                BlockKind::Section | BlockKind::Subsection | BlockKind::Subheading => {
                    self.close_footnote();
                    self.close_paragraph();
                    let title = block.text.trim().to_owned();
                    match kind {
                        BlockKind::Section => {
                            self.section = title;
                            self.subsection = None;
                            self.subheading = None;
                        }
                        BlockKind::Subsection => {
                            self.subsection = Some(title);
                            self.subheading = None;
                        }
                        _ => self.subheading = Some(title),
                    }
                    open = Open::Nothing;
                }
                BlockKind::Paragraph(number, start) => {
                    self.close_footnote();
                    self.close_paragraph();
                    self.last_paragraph = number;
                    self.paragraph = Some((number, block.line, block.text[start..].to_owned()));
                    open = Open::Paragraph;
                }
                BlockKind::Footnote(number, start) => {
                    self.close_footnote();
                    self.footnote = Some((number, block.line, block.text[start..].to_owned()));
                    open = Open::Footnote;
                }
                BlockKind::Continuation => {
                    let footnote_continues = open == Open::Footnote
                        && self
                            .footnote
                            .as_ref()
                            .is_some_and(|(_, _, raw)| !ends_sentence(&strip_markup(raw)));
                    if footnote_continues {
                        if let Some((_, _, raw)) = self.footnote.as_mut() {
                            raw.push(' ');
                            raw.push_str(&block.text);
                        }
                    } else {
                        self.close_footnote();
                        if let Some((_, _, raw)) = self.paragraph.as_mut() {
                            raw.push(' ');
                            raw.push_str(&block.text);
                        }
                        open = Open::Paragraph;
                    }
                }
            }
        }
        self.close_footnote();
        self.close_paragraph();
        self.out
    }

    fn classify(&self, block: &Block) -> BlockKind {
        let text = block.text.as_str();
        if let Some((number, start)) = leading_superscript(text) {
            return BlockKind::Footnote(number, start);
        }
        if let Some((number, start)) = leading_number(text)
            && number == self.last_paragraph.saturating_add(1)
        {
            return BlockKind::Paragraph(number, start);
        }
        let single_line = !text.contains('\n');
        if single_line && is_roman_heading(text) {
            return BlockKind::Section;
        }
        if !self.started {
            return BlockKind::Continuation;
        }
        if single_line && is_letter_heading(text) {
            return BlockKind::Subsection;
        }
        let starts_upper = text.chars().next().is_some_and(char::is_uppercase);
        if single_line && starts_upper && text.chars().count() <= 100 && !ends_sentence(text) {
            return BlockKind::Subheading;
        }
        BlockKind::Continuation
    }

    fn close_paragraph(&mut self) {
        if let Some((number, line, raw)) = self.paragraph.take() {
            let (text, markers) = strip_markers(&strip_markup(&raw));
            self.out.paragraphs.push(Paragraph {
                number,
                line,
                section: self.section.clone(),
                subsection: self.subsection.clone(),
                subheading: self.subheading.clone(),
                text,
                markers,
            });
        }
    }

    fn close_footnote(&mut self) {
        if let Some((number, line, raw)) = self.footnote.take() {
            self.out.footnotes.push(FootnoteText {
                number,
                line,
                text: normalize(&raw),
                raw,
            });
        }
    }
}

/// Splits text into runs of non-blank lines, each with the number of its first line.
fn blocks(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut current: Option<Block> = None;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            if let Some(block) = current.take() {
                out.push(block);
            }
            continue;
        }
        match current.as_mut() {
            Some(block) => {
                block.text.push('\n');
                block.text.push_str(line.trim());
            }
            None => {
                current = Some(Block {
                    line: i + 1,
                    text: line.trim().to_owned(),
                })
            }
        }
    }
    if let Some(block) = current {
        out.push(block);
    }
    out
}

/// `true` if the text ends a sentence (or a clause that headings never end with).
fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', ',', ';', ':', '!', '?', ')', '"'])
}

/// `"12. text"` → `(12, byte offset of "text")`.
fn leading_number(text: &str) -> Option<(u8, usize)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 || !text[digits..].starts_with(". ") {
        return None;
    }
    let number = text[..digits].parse().ok()?;
    Some((number, digits + 2))
}

/// `"¹² text"` → `(12, byte offset of "text")`.
fn leading_superscript(text: &str) -> Option<(u8, usize)> {
    let mut number: u32 = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        match superscript_digit(c) {
            Some(d) => {
                number = number.saturating_mul(10).saturating_add(d);
                end = i + c.len_utf8();
            }
            None => break,
        }
    }
    if end == 0 {
        return None;
    }
    let start = end + text[end..].len() - text[end..].trim_start().len();
    Some((u8::try_from(number).ok()?, start))
}

/// `"III. Trafficking ..."`: a chapter heading.
fn is_roman_heading(text: &str) -> bool {
    let numeral = text.bytes().take_while(|b| b"IVX".contains(b)).count();
    numeral > 0
        && text[numeral..].starts_with(". ")
        && text[numeral + 2..].starts_with(|c: char| c.is_uppercase())
        && !ends_sentence(text)
}

/// `"A. Alarming trends"`: a lettered heading.
fn is_letter_heading(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() > 3
        && bytes[0].is_ascii_uppercase()
        && text[1..].starts_with(". ")
        && text[3..].starts_with(|c: char| c.is_uppercase())
        && !ends_sentence(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "Cover\n\nSummary\n\nI. Introduction\n\n\
        1. First paragraph cites a work.¹ It goes on\n\n\
        ¹ [A/61/299](#).\n\n\
        ² See\n\nhttps://example.org/a.pdf.\n\n\
        and ends here.² More text.\n\n\
        A. A lettered heading\n\n\
        Plain heading\n\n\
        2. Second paragraph costs \\$236 billion.\n";

    #[test]
    fn paragraphs_continue_across_footnote_blocks() {
        let report = ReportText::parse(SAMPLE);
        assert_eq!(report.paragraphs.len(), 2);
        let first = &report.paragraphs[0];
        assert_eq!(
            first.text,
            "First paragraph cites a work. It goes on and ends here. More text."
        );
        assert_eq!(first.markers.len(), 2);
        assert_eq!(first.section, "I. Introduction");
        let second = &report.paragraphs[1];
        assert_eq!(second.text, "Second paragraph costs $236 billion.");
        assert_eq!(second.subsection.as_deref(), Some("A. A lettered heading"));
        assert_eq!(second.subheading.as_deref(), Some("Plain heading"));
    }

    #[test]
    fn footnotes_continue_when_unfinished() {
        let report = ReportText::parse(SAMPLE);
        assert_eq!(report.footnotes.len(), 2);
        assert_eq!(report.footnotes[0].text, "A/61/299.");
        assert_eq!(report.footnotes[1].text, "See https://example.org/a.pdf.");
        assert_eq!(report.paragraph_citing(2).map(|p| p.number), Some(1));
    }

    #[test]
    fn markers_are_placed_relative_to_a_quote() {
        let report = ReportText::parse(SAMPLE);
        let para = &report.paragraphs[0];
        let span = para
            .find("First paragraph cites a work")
            .unwrap_or(Span { start: 0, end: 0 });
        assert_eq!(para.markers_at(span), vec![1]);
        assert_eq!(para.markers_after(span), vec![2]);
        let later = para.find("More text.").unwrap_or(Span { start: 0, end: 0 });
        assert_eq!(para.markers_before(later), vec![1, 2]);
    }

    #[test]
    fn garbage_gives_nothing_and_no_panic() {
        for text in [
            "",
            "\n\n\n",
            "¹",
            "1. ",
            "I. ",
            "[",
            "<http",
            "\\",
            "*",
            "⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹",
        ] {
            let _ = ReportText::parse(text);
            let _ = normalize(text);
        }
    }
}
