//! Checking whole documents: every sentence of a plain-text or Markdown document that states
//! a quantity, checked with the claim checker.
//!
//! The document is read as Markdown (plain text is Markdown without markup) with
//! [pulldown-cmark](https://docs.rs/pulldown-cmark): its text blocks are paragraphs, headings,
//! list items, block quotes, table rows (the cells of a row read as one statement, joined by
//! ` | `), footnote definitions and indented or fenced blocks. Emphasis, links and inline
//! code are read as their text; images, HTML blocks, YAML front matter, link targets and
//! footnote markers are left out. A sentence never spans two blocks. Each block is then cut into sentences, and
//! each sentence that states a quantity ([`states_a_quantity`]) is checked with
//! [`check_claim_in`].

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::check::claim::{ClaimCheck, Leaning, check_claim_in};
use crate::check::quantity::after_numbering;
use crate::check::reading::read_claim;
use crate::dataset::Dataset;

/// One sentence of a document that states a quantity, with where it stands and what the
/// claim checker found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceCheck<'a> {
    /// The sentence's byte range in the input (markup included), on character boundaries.
    pub span: Range<usize>,
    /// The line of the sentence's first character, from 1.
    pub line: usize,
    /// The column of the sentence's first character on its line, in characters, from 1.
    pub column: usize,
    /// The sentence as given to the claim checker: its plain text, markup removed, line
    /// breaks read as spaces.
    pub text: String,
    /// What the claim checker found for [`text`](Self::text). Its
    /// [`claimed_span`](ClaimCheck::claimed_span) is a range in `text`; see
    /// [`claimed_span_in_input`](Self::claimed_span_in_input) for the input's.
    pub check: ClaimCheck<'a>,
    /// Where the pieces of `text` come from in the input.
    #[serde(skip)]
    map: Vec<Seg>,
}

impl SentenceCheck<'_> {
    /// The byte range in the input of a byte range of [`text`](Self::text) (for instance the
    /// range of one number), on character boundaries; `None` for a range outside `text`.
    ///
    /// A piece of text the input writes differently (`&amp;` for `&`, a line break and
    /// its indentation for a space) maps to the whole of what the input writes for it.
    ///
    /// ```
    /// let doc = "Intro.\n\nChildren are **38%** of detected trafficking victims.";
    /// let found = vac_figures::check::check_text(doc);
    /// let s = &found[0];
    /// let number = s.check.claimed_span.clone().unwrap();
    /// assert_eq!(&s.text[number.clone()], "38%");
    /// assert_eq!(&doc[s.input_range(number).unwrap()], "38%");
    /// ```
    pub fn input_range(&self, range: Range<usize>) -> Option<Range<usize>> {
        if range.start > range.end
            || range.end > self.text.len()
            || !self.text.is_char_boundary(range.start)
            || !self.text.is_char_boundary(range.end)
        {
            return None;
        }
        let start = map_start(&self.map, range.start);
        let end = if range.is_empty() {
            start
        } else {
            map_end(&self.map, range.end)
        };
        Some(start..end.max(start))
    }

    /// The byte range in the input of the number the claim checker read, if it read one.
    pub fn claimed_span_in_input(&self) -> Option<Range<usize>> {
        self.check
            .claimed_span
            .clone()
            .and_then(|r| self.input_range(r))
    }
}

/// A piece of a block's plain text and where it comes from in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seg {
    /// Start and end in the block's plain text.
    plain: usize,
    plain_end: usize,
    /// Start and end in the input.
    src: usize,
    src_end: usize,
    /// The plain text is the input's bytes, byte for byte.
    exact: bool,
}

/// The input offset of plain offset `p`, read as the start of a range.
fn map_start(segs: &[Seg], p: usize) -> usize {
    let i = segs.partition_point(|s| s.plain <= p);
    let Some(seg) = i.checked_sub(1).and_then(|i| segs.get(i)) else {
        return segs.first().map_or(0, |s| s.src);
    };
    if p >= seg.plain_end {
        seg.src_end
    } else if seg.exact {
        seg.src + (p - seg.plain)
    } else {
        seg.src
    }
}

/// The input offset of plain offset `p`, read as the end of a range.
fn map_end(segs: &[Seg], p: usize) -> usize {
    let i = segs.partition_point(|s| s.plain < p);
    let Some(seg) = i.checked_sub(1).and_then(|i| segs.get(i)) else {
        return segs.first().map_or(0, |s| s.src);
    };
    if p >= seg.plain_end {
        seg.src_end
    } else if seg.exact {
        seg.src + (p - seg.plain)
    } else {
        seg.src_end
    }
}

/// One text block: its plain text and where each piece comes from.
#[derive(Default)]
struct Block {
    plain: String,
    segs: Vec<Seg>,
}

impl Block {
    fn clear(&mut self) {
        self.plain.clear();
        self.segs.clear();
    }

    fn push(&mut self, text: &str, src: Range<usize>, exact: bool) {
        if text.is_empty() {
            return;
        }
        let plain = self.plain.len();
        self.plain.push_str(text);
        self.segs.push(Seg {
            plain,
            plain_end: self.plain.len(),
            src: src.start,
            src_end: src.end,
            exact,
        });
    }

    /// Text the parser read from `range` of `input`: byte for byte when the input holds it
    /// there, else mapped to the whole range.
    fn push_text(&mut self, input: &str, text: &str, range: Range<usize>) {
        let Some(source) = input.get(range.clone()) else {
            return;
        };
        if source == text {
            self.push(text, range, true);
        } else if let Some(at) = source.find(text) {
            let start = range.start + at;
            self.push(text, start..start + text.len(), true);
        } else {
            self.push(text, range, false);
        }
    }
}

/// Calls `f` with every sentence of `input`: its block and its range in the block's plain
/// text (trimmed, never empty).
fn for_each_sentence(input: &str, mut f: impl FnMut(&Block, Range<usize>)) {
    let mut block = Block::default();
    let mut flush = |block: &mut Block| {
        if !block.plain.is_empty() {
            split_sentences(&block.plain, |r| f(block, r));
            block.clear();
        }
    };
    // Inside an image, an HTML block or a metadata block: their text is not prose.
    let mut skip = 0usize;
    // A table: its head's cells, the column of the current cell, and the columns whose head
    // names a reference ("Para.", "Footnote", "Page"): their cells are not read.
    let mut head: Vec<String> = Vec::new();
    let mut in_head = false;
    let mut column = 0usize;
    let mut reference_columns: Vec<bool> = Vec::new();
    let mut in_reference_cell = false;
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for (event, range) in Parser::new_ext(input, options).into_offset_iter() {
        match event {
            Event::Start(tag) => match tag {
                Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } => {}
                Tag::Superscript | Tag::Subscript => {}
                Tag::Image { .. } => skip += 1,
                Tag::HtmlBlock | Tag::MetadataBlock(_) => {
                    flush(&mut block);
                    skip += 1;
                }
                Tag::TableCell => {
                    if in_head && head.len() <= column {
                        head.resize(column + 1, String::new());
                    }
                    in_reference_cell =
                        !in_head && reference_columns.get(column).copied().unwrap_or(false);
                    if !block.plain.is_empty() && !in_reference_cell {
                        block.push(" | ", range.start..range.start, false);
                    }
                }
                Tag::Table(_) => {
                    head.clear();
                    reference_columns.clear();
                    flush(&mut block);
                }
                Tag::TableHead => {
                    in_head = true;
                    column = 0;
                    flush(&mut block);
                }
                Tag::TableRow => {
                    column = 0;
                    flush(&mut block);
                }
                _ => flush(&mut block),
            },
            Event::End(tag) => match tag {
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link => {}
                TagEnd::Superscript | TagEnd::Subscript => {}
                TagEnd::TableCell => {
                    column += 1;
                    in_reference_cell = false;
                }
                TagEnd::TableHead => {
                    in_head = false;
                    reference_columns = head.iter().map(|h| names_a_reference(h)).collect();
                    flush(&mut block);
                }
                TagEnd::Image => skip = skip.saturating_sub(1),
                TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) => {
                    skip = skip.saturating_sub(1);
                    block.clear();
                }
                _ => flush(&mut block),
            },
            Event::Text(text) | Event::Code(text) if skip == 0 && !in_reference_cell => {
                if in_head && let Some(h) = head.get_mut(column) {
                    h.push_str(&text);
                }
                block.push_text(input, &text, range);
            }
            Event::SoftBreak | Event::HardBreak if skip == 0 => block.push("\n", range, false),
            Event::InlineHtml(_) if skip == 0 => block.push(" ", range, false),
            Event::Rule => flush(&mut block),
            _ => {}
        }
    }
    flush(&mut block);
}

/// Whether a table's head cell names a column of references ("Para.", "Paragraph",
/// "Footnote", "Page", "¶", "Source (para.)").
fn names_a_reference(head: &str) -> bool {
    let words: Vec<String> = head
        .split(|c: char| !c.is_alphanumeric() && c != '¶')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    !words.is_empty()
        && words.len() <= 3
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "para"
                    | "paras"
                    | "paragraph"
                    | "paragraphs"
                    | "¶"
                    | "footnote"
                    | "footnotes"
                    | "fn"
                    | "page"
                    | "pages"
                    | "pp"
                    | "p"
                    | "ref"
                    | "reference"
            )
        })
}

/// Words a `.` does not end a sentence after (lower case, without the final dot).
const ABBREVIATIONS: &[&str] = &[
    "al", "approx", "apr", "art", "arts", "aug", "cf", "ch", "dec", "dr", "e.g", "eg", "ext",
    "feb", "fig", "figs", "fn", "fns", "i.e", "jan", "jr", "jul", "jun", "mar", "mr", "mrs", "ms",
    "no", "nos", "nov", "oct", "op", "p", "para", "paras", "pp", "prof", "sec", "sep", "sept",
    "st", "tel", "u.k", "u.n", "u.s", "v", "vol", "vs",
];

/// Whether the `.` at byte `i` of `text` ends an abbreviation, an initial or a dotted short
/// form (`e.g.`, `U.S.`, `J.`), not a sentence.
fn abbreviation_before(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let mut start = i;
    while start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'.') {
        start -= 1;
    }
    let word = &text[start..i];
    if word.is_empty() || word.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    // An initial: "J. Smith".
    if word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase()) {
        return true;
    }
    // A dotted short form: "U.S", "a.m", "e.g" (not a number: "8.7").
    if word.contains('.')
        && word
            .split('.')
            .all(|p| p.len() <= 2 && p.bytes().all(|b| b.is_ascii_alphabetic()))
    {
        return true;
    }
    word.len() <= 6
        && ABBREVIATIONS
            .iter()
            .any(|a| a.len() == word.len() && a.eq_ignore_ascii_case(word))
}

/// Whether a line starting with `rest` starts a new statement even without a full stop
/// before it: a post number ("3/8"), a bullet ("•"), a list or section number ("2.", "3)",
/// "4.1 The"), a time ("07:05 "), or a label ("Signatures: 8,412", "Started by: ...").
fn starts_a_statement(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    if rest.starts_with(['•', '▪', '●', '◦', '‣']) || opens_with_label(rest) {
        return true;
    }
    // A time in brackets opening a line: a chat export or a transcript ("[09:07] Tom: ...",
    // "[00:03:44] SESAY: ...").
    if let Some(inner) = rest.strip_prefix('[')
        && let Some(close) = inner.as_bytes().iter().take(9).position(|&b| b == b']')
    {
        let time = &inner.as_bytes()[..close];
        let parts: Vec<&[u8]> = time.split(|&b| b == b':').collect();
        if (2..=3).contains(&parts.len())
            && parts
                .iter()
                .all(|p| (1..=2).contains(&p.len()) && p.iter().all(u8::is_ascii_digit))
        {
            return true;
        }
    }
    // A list item lettered or numbered in brackets opening a line ("(a) Zambia's estimate
    // ...;", "(ii) ...", "(3) ...").
    if let Some(inner) = rest.strip_prefix('(')
        && let Some(close) = inner.as_bytes().iter().take(5).position(|&b| b == b')')
        && inner.as_bytes().get(close + 1) == Some(&b' ')
    {
        let label = &inner.as_bytes()[..close];
        if (label.len() == 1 && label[0].is_ascii_lowercase())
            || (!label.is_empty() && label.iter().all(|b| matches!(b, b'i' | b'v' | b'x')))
            || ((1..=2).contains(&label.len()) && label.iter().all(u8::is_ascii_digit))
        {
            return true;
        }
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=3).contains(&digits) {
        return false;
    }
    match bytes.get(digits) {
        Some(b'/') => {
            let more = bytes[digits + 1..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            (1..=3).contains(&more)
                && bytes
                    .get(digits + 1 + more)
                    .is_none_or(|b| !b.is_ascii_alphanumeric())
        }
        Some(b'.' | b')') => {
            (digits <= 2 && bytes.get(digits + 1).is_some_and(|b| *b == b' '))
                || after_numbering(rest).len() < rest.len()
        }
        // A time opening a line: an alert, a log or a transcript ("07:05  UN report: ...").
        Some(b':') => {
            digits <= 2
                && bytes
                    .get(digits + 1..digits + 3)
                    .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
                && bytes
                    .get(digits + 3)
                    .is_some_and(|b| matches!(b, b' ' | b'\t'))
        }
        _ => false,
    }
}

/// Whether a line opens with a label and a colon: one to three words of letters (or a number
/// after the first), the first capitalised, then ": " ("Signatures: 8,412", "Addressed to: the Minister", "Started by:
/// ..."), as the lines of a form, a header or a fact box are written.
fn opens_with_label(line: &str) -> bool {
    let head = &line.as_bytes()[..line.len().min(40)];
    let Some(colon) = head.iter().position(|&b| b == b':') else {
        return false;
    };
    if !head
        .get(colon + 1)
        .is_some_and(|&b| b == b' ' || b == b'\t')
    {
        return false;
    }
    // (A number after the first word: "Box 1: ...", "Slide 3: ...".)
    let mut words = 0;
    for word in head[..colon].split(|&b| b == b' ') {
        words += 1;
        let number =
            words > 1 && (1..=3).contains(&word.len()) && word.iter().all(u8::is_ascii_digit);
        if word.is_empty() || !(number || word.iter().all(u8::is_ascii_alphabetic)) || words > 3 {
            return false;
        }
    }
    head.first().is_some_and(u8::is_ascii_uppercase)
}

/// Cuts a block's plain text into sentences; calls `emit` with each one's range, trimmed and
/// never empty.
///
/// A sentence ends at `.`, `!` or `?` (and the closing quotes or brackets after it) followed
/// by a space and a capital, a digit or an opening quote, but not after an abbreviation
/// (`e.g.`, `para.`, `No.`, `Dr.`, `U.S.`, `Jan.`, ...) or an initial; a dot inside a number or
/// a symbol (`2.7`, `US$2.7bn`, `E/CN.4`) is never followed by a space. A blank line, and a
/// line that starts a post ("3/8"), a bullet, a list number or a time ("07:05 "), end a
/// sentence too.
fn split_sentences(text: &str, mut emit: impl FnMut(Range<usize>)) {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut start = 0;
    let mut emit_one = |from: usize, to: usize| {
        let piece = &text[from..to];
        let trimmed = piece.trim_start();
        let s = from + (piece.len() - trimmed.len());
        let e = s + trimmed.trim_end().len();
        if e > s {
            emit(s..e);
        }
    };
    // An emoji between two statements of a post, with no full stop: "... detected worldwide
    // 🌍 📈 In sub-Saharan Africa, children are 61% ...". The sentence ends before the emoji
    // when a capital letter opens what follows them. (Only the lead bytes of the emoji
    // ranges, U+2190–U+2BFF and U+1F000 on, are decoded: not the typographic marks of prose,
    // U+2000–U+203F.)
    let mut emit_trimmed = |from: usize, to: usize| {
        let mut s = from;
        let mut i = from;
        while let Some(at) = bytes
            .get(i..to)
            .and_then(|window| memchr::memchr2(0xE2, 0xF0, window))
        {
            i += at;
            let lead = matches!(
                (bytes[i], bytes.get(i + 1)),
                (0xE2, Some(0x86..=0xAF)) | (0xF0, Some(0x9F))
            );
            let Some(c) = lead
                .then(|| text.get(i..to).and_then(|t| t.chars().next()))
                .flatten()
            else {
                i += 1;
                continue;
            };
            let rest = text.get(i..to).unwrap_or("");
            if is_emoji(c)
                && !text.get(s..i).unwrap_or("").trim().is_empty()
                && emoji_then_statement(rest)
            {
                emit_one(s, i);
                s = i;
                // (Past the emoji and those after it: the next statement starts there.)
                let run: usize = rest
                    .chars()
                    .take_while(|&ch| is_emoji(ch) || is_emoji_modifier(ch) || ch.is_whitespace())
                    .map(char::len_utf8)
                    .sum();
                i += run.max(1);
            } else {
                i += c.len_utf8();
            }
        }
        emit_one(s, to);
    };
    let mut i = 0;
    // Where the line holding byte `i` starts.
    let mut line_start = 0;
    while i < len {
        match bytes[i] {
            b'.' | b'!' | b'?' => {
                let mut j = i + 1;
                loop {
                    if j < len
                        && matches!(bytes[j], b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']')
                    {
                        j += 1;
                    } else if let Some(end) = citation_at(bytes, j) {
                        // (A citation in brackets closes a sentence too: "... since
                        // 2019.[2] The share is highest ...".)
                        j = end;
                    } else if let Some(c) = text[j..]
                        .chars()
                        .next()
                        // (Footnote markers in superscript close a sentence too:
                        // "... were children.²⁶ According to UNICEF, ...".)
                        .filter(|c| {
                            matches!(
                                c,
                                '”' | '’'
                                    | '»'
                                    | '…'
                                    | '¹'
                                    | '²'
                                    | '³'
                                    | '⁴'
                                    | '⁵'
                                    | '⁶'
                                    | '⁷'
                                    | '⁸'
                                    | '⁹'
                                    | '⁰'
                            )
                        })
                    {
                        j += c.len_utf8();
                    } else {
                        break;
                    }
                }
                if j >= len || !matches!(bytes[j], b' ' | b'\n' | b'\t' | b'\r') {
                    i = j;
                    continue;
                }
                let mut k = j;
                while k < len && bytes[k].is_ascii_whitespace() {
                    k += 1;
                }
                // (A full stop that ends a table cell, before the next cell: "Children are 61
                // per cent of victims worldwide. | Wrong place: ...".)
                if k < len && bytes[k] == b'|' {
                    k += 1;
                    while k < len && bytes[k].is_ascii_whitespace() {
                        k += 1;
                    }
                }
                if let Some(nl) = memchr::memrchr(b'\n', &bytes[j..k]) {
                    line_start = j + nl + 1;
                }
                // (A dot leader before a page number ending its line, in a table of contents:
                // "Chapter 4: Sixty-One Per Cent ........ 91". The entry is a line of its own.)
                // (Only the next six bytes are looked at: a page number is at most five, and a
                // full stop in prose must not scan to the end of its paragraph.)
                let near = &bytes[k..len.min(k + 6)];
                let line_end = memchr::memchr(b'\n', near)
                    .map(|e| k + e)
                    .or((near.len() < 6).then_some(len));
                if let Some(line_end) = line_end
                    && (1..=5).contains(&(line_end - k))
                    && is_contents_entry(&text[line_start..line_end])
                {
                    if start < line_start {
                        emit_trimmed(start, line_start);
                        start = line_start;
                    }
                    i = k;
                    continue;
                }
                let opens = text[k..].chars().next().is_some_and(|c| {
                    c.is_uppercase()
                        || c.is_ascii_digit()
                        // ("... says the ILO. 📉 And forced labour profits ...")
                        || is_emoji(c)
                        || matches!(
                            c,
                            '"' | '\''
                                | '“'
                                | '‘'
                                | '«'
                                | '('
                                | '['
                                | '$'
                                | '€'
                                | '£'
                                | '#'
                                | '@'
                                | '•'
                        )
                });
                if opens && (bytes[i] != b'.' || !abbreviation_before(text, i)) {
                    emit_trimmed(start, j);
                    start = k;
                }
                i = k.max(i + 1);
            }
            b'\n' => {
                let mut k = i + 1;
                while k < len && matches!(bytes[k], b' ' | b'\t' | b'\r') {
                    k += 1;
                }
                if k < len
                    && (bytes[k] == b'\n'
                        || starts_a_statement(&text[k..])
                        || is_contents_entry(&text[line_start..i])
                        || ends_with_a_time(&text[line_start..i]))
                {
                    emit_trimmed(start, i);
                    start = k;
                }
                line_start = i + 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    if start < len {
        emit_trimmed(start, len);
    }
}

/// The end of a citation in brackets at byte `at` ("[2]", "[12, 13]", "[4–6]"): digits,
/// with commas, hyphens, dashes and spaces between, closed within 16 bytes.
// (Not inlined: inlined into `split_sentences`' loop it made the whole of sentence splitting
// a third slower on a 50 MB text, measured.)
#[inline(never)]
fn citation_at(bytes: &[u8], at: usize) -> Option<usize> {
    if bytes.get(at) != Some(&b'[') || !bytes.get(at + 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let inner = bytes.get(at + 1..)?;
    let close = inner.iter().take(16).position(|&b| b == b']')?;
    inner[..close]
        .iter()
        .all(|&b| b.is_ascii_digit() || matches!(b, b',' | b'-' | b' ' | 0x80..=0xFF))
        .then_some(at + 1 + close + 1)
}

/// Whether `c` is an emoji as posts use them: pictographs, dingbats and symbols, flags'
/// regional indicators, arrows (`🌍`, `📈`, `⚽`, `✍`, `🇿`, `⚠`, `↗`).
fn is_emoji(c: char) -> bool {
    matches!(u32::from(c),
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2300..=0x23FF | 0x2B00..=0x2BFF | 0x2190..=0x21FF)
}

/// A character that modifies the emoji before it: a variation selector, a zero-width
/// joiner, a keycap.
fn is_emoji_modifier(c: char) -> bool {
    matches!(c, '\u{fe0e}' | '\u{fe0f}' | '\u{200d}' | '\u{20e3}')
}

/// Whether `rest`, which opens with an emoji, is the emoji (with its modifiers and any
/// emoji after it, each after a space) then a space and a capital letter.
fn emoji_then_statement(rest: &str) -> bool {
    let mut spaced = false;
    for c in rest.chars() {
        if c.is_whitespace() {
            spaced = true;
        } else if is_emoji(c) || is_emoji_modifier(c) {
            continue;
        } else {
            return spaced && c.is_uppercase();
        }
    }
    false
}

/// Line and column (from 1, the column in characters) of byte offsets, read forwards: each
/// byte is read once however many sentences a line holds.
struct LineIndex<'t> {
    text: &'t str,
    pos: usize,
    line: usize,
    /// The column of `pos`, from 1.
    column: usize,
}

impl<'t> LineIndex<'t> {
    fn new(text: &'t str) -> Self {
        LineIndex {
            text,
            pos: 0,
            line: 1,
            column: 1,
        }
    }

    fn locate(&mut self, at: usize) -> (usize, usize) {
        if at < self.pos {
            *self = LineIndex::new(self.text);
        }
        let Some(piece) = self.text.get(self.pos..at) else {
            return (self.line, self.column);
        };
        for b in piece.bytes() {
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if b & 0xC0 != 0x80 {
                // The first byte of a character.
                self.column += 1;
            }
        }
        self.pos = at;
        (self.line, self.column)
    }
}

/// Checks every sentence of a plain-text or Markdown document that states a quantity against
/// the built-in figures, in document order.
///
/// Dates, years used as dates, document symbols, paragraph and footnote references, list
/// and post numbering are not quantities: a sentence with only those is not returned (see
/// [`states_a_quantity`]). Each result carries the sentence's byte range in `text`, on
/// character boundaries, with its line and column.
///
/// ```
/// use vac_figures::check::{check_text, Verdict};
///
/// let doc = "# Trafficking in 2024\n\n\
///            A/HRC/58/19 was published on 13 January 2025. Children make up **61%** of \
///            trafficking victims worldwide, it says (para. 41).\n\n\
///            - Over 470m children live in war zones.\n";
/// let found = check_text(doc);
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[0].text, "Children make up 61% of trafficking victims worldwide, it says (para. 41).");
/// assert_eq!(found[0].check.verdict, Verdict::Contradicted);
/// assert_eq!((found[0].line, found[0].column), (3, 47));
/// assert_eq!(&doc[found[1].span.clone()], "Over 470m children live in war zones.");
/// assert_eq!(found[1].check.verdict, Verdict::Rounded);
/// ```
///
/// Where the claim checker reads a sentence wrongly, so does this: see "What it cannot do"
/// on [`check_claim`](crate::check::check_claim).
pub fn check_text(text: &str) -> Vec<SentenceCheck<'static>> {
    check_text_in(Dataset::builtin(), text)
}

/// Checks every sentence of a document that states a quantity against the figures of
/// `dataset`, like [`check_text`] (the sentences are matched as
/// [`check_claim_in`](crate::check::check_claim_in) matches them).
pub fn check_text_in<'a>(dataset: &'a Dataset, text: &str) -> Vec<SentenceCheck<'a>> {
    let mut out = Vec::new();
    let mut lines = LineIndex::new(text);
    let mut sentence = String::new();
    // The three sentences before, whose words a sentence that names no topic of its own is
    // read with ("Profits have soared. They've doubled since 2014.").
    let mut previous: [String; 3] = Default::default();
    let mut context = String::new();
    for_each_sentence(text, |block, range| {
        let raw = &block.plain[range.clone()];
        previous.rotate_left(1);
        let last = &mut previous[2];
        last.clear();
        last.extend(raw.chars().map(|c| if c == '\n' { ' ' } else { c }));
        if !may_state_a_quantity(raw) {
            return;
        }
        sentence.clone_from(&previous[2]);
        // The sentence before first, then the two before (a place or a topic of the one
        // further back must not be read into a sentence the one right before explains).
        let alone = check_claim_in(dataset, &sentence);
        let helped = |c: &ClaimCheck<'_>| {
            c.numbers
                .iter()
                .any(|n| n.figure.is_some() || n.nearest.is_some())
        };
        let check = match Leaning::of(dataset, &alone, &sentence) {
            None => alone,
            Some(leaning) => {
                let mut read = leaning.read_after(dataset, &alone, &previous[1], &sentence);
                if !read.as_ref().map_or_else(|| helped(&alone), helped) && !previous[0].is_empty()
                {
                    context.clear();
                    for p in &previous[..2] {
                        if !p.is_empty() {
                            context.push_str(p);
                            context.push(' ');
                        }
                    }
                    read = leaning.read_after(dataset, &alone, context.trim_end(), &sentence);
                }
                read.unwrap_or(alone)
            }
        };
        if check.reading.quantities.is_empty() {
            return;
        }
        let map: Vec<Seg> = block
            .segs
            .iter()
            .filter(|s| s.plain_end > range.start && s.plain < range.end)
            .map(|s| rebase(s, &range))
            .collect();
        let span = input_span(text, &map, sentence.len());
        let (line, column) = lines.locate(span.start);
        out.push(SentenceCheck {
            span,
            line,
            column,
            text: sentence.clone(),
            check,
            map,
        });
    });
    out
}

/// The byte range of every sentence of `text` (plain text or Markdown), as [`check_text`]
/// cuts it, whether or not it states a quantity.
///
/// ```
/// let doc = "Dr. Maalla M'jid spoke. Children are 38 per cent of victims, i.e. more than a third.\n\n* One more.";
/// let spans = vac_figures::check::sentence_spans(doc);
/// let sentences: Vec<&str> = spans.iter().map(|r| &doc[r.clone()]).collect();
/// assert_eq!(sentences, ["Dr. Maalla M'jid spoke.", "Children are 38 per cent of victims, i.e. more than a third.", "One more."]);
/// ```
pub fn sentence_spans(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for_each_sentence(text, |block, range| {
        let map: Vec<Seg> = block
            .segs
            .iter()
            .filter(|s| s.plain_end > range.start && s.plain < range.end)
            .map(|s| rebase(s, &range))
            .collect();
        out.push(input_span(text, &map, range.len()));
    });
    out
}

/// A segment of a block, re-based on a sentence that starts at `range.start` of the block
/// (clipped to the sentence).
fn rebase(s: &Seg, range: &Range<usize>) -> Seg {
    let plain = s.plain.max(range.start);
    let plain_end = s.plain_end.min(range.end);
    let (src, src_end) = if s.exact {
        (s.src + (plain - s.plain), s.src + (plain_end - s.plain))
    } else {
        (s.src, s.src_end)
    };
    Seg {
        plain: plain - range.start,
        plain_end: plain_end - range.start,
        src,
        src_end,
        exact: s.exact,
    }
}

/// The input range of a whole sentence of `len` bytes, on character boundaries.
fn input_span(input: &str, map: &[Seg], len: usize) -> Range<usize> {
    let start = floor_boundary(input, map_start(map, 0));
    let end = ceil_boundary(input, map_end(map, len));
    start..end.max(start)
}

fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// A quick test that rules out most sentences before the number reader runs: `false` when
/// the sentence has no ASCII digit and none of the words the number reader reads as a
/// number.
fn may_state_a_quantity(sentence: &str) -> bool {
    if is_contents_entry(sentence) {
        return false;
    }
    let bytes = sentence.as_bytes();
    if bytes.iter().any(u8::is_ascii_digit) {
        return true;
    }
    let mut buf = [0u8; 12];
    for word in bytes.split(|b| !b.is_ascii_alphabetic()) {
        if !(3..=11).contains(&word.len()) {
            continue;
        }
        for (d, s) in buf.iter_mut().zip(word) {
            *d = s.to_ascii_lowercase();
        }
        if is_number_word(&buf[..word.len()]) {
            return true;
        }
    }
    false
}

/// Whether `line` is a short header that ends with a time of day, as a chat export heads
/// each message ("Mira (she/her) · 09:15", "[Sam] 16:35"): the message on the next line is a
/// statement of its own.
fn ends_with_a_time(line: &str) -> bool {
    let t = line.trim_end();
    let b = t.as_bytes();
    if t.len() > 60 || b.len() < 4 {
        return false;
    }
    let minutes = &b[b.len() - 2..];
    let colon = b.len() - 3;
    let hours = b[..colon]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    minutes.iter().all(u8::is_ascii_digit)
        && b[colon] == b':'
        && (1..=2).contains(&hours)
        && b[..colon - hours]
            .last()
            .is_none_or(|c| c.is_ascii_whitespace() || matches!(c, b'[' | b'('))
}

/// Whether `line` is an entry of a table of contents: a title, a leader of three or more dots
/// (or middle dots, or ellipses, spaced or not) and a page number ending the line ("Chapter 4:
/// Sixty-One Per Cent ........ 91", "Notes . . . . 189"). Its numbers are a chapter's, a
/// title's and a page's, not quantities.
fn is_contents_entry(line: &str) -> bool {
    let t = line.trim_end();
    let mut page = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if page == 0 {
        page = t.len() - t.trim_end_matches(['i', 'v', 'x', 'l']).len();
    }
    if page == 0 || page > 5 {
        return false;
    }
    let mut dots = 0;
    for c in t[..t.len() - page].chars().rev() {
        match c {
            '.' | '·' => dots += 1,
            '…' => dots += 3,
            ' ' | '\t' => {}
            _ => return dots >= 3,
        }
    }
    false
}

/// The words `read_numbers` reads as a number without a digit (lower case), by length:
/// number words, fractions ("a third"), multiples, scales and counts after "a" ("a
/// million", "a hundred", "a dozen", "a decade"), and "anniversary" (after an ordinal).
fn is_number_word(word: &[u8]) -> bool {
    let words: &[&[u8]] = match word.len() {
        3 => &[b"one", b"two", b"six", b"ten"],
        4 => &[b"four", b"five", b"nine", b"zero", b"half"],
        5 => &[
            b"three", b"seven", b"eight", b"forty", b"fifty", b"sixty", b"twice", b"third",
            b"fifth", b"sixth", b"tenth", b"dozen",
        ],
        6 => &[
            b"eleven", b"twelve", b"twenty", b"thirty", b"eighty", b"ninety", b"halves", b"double",
            b"triple", b"thirds", b"fourth", b"fifths", b"tenths", b"eighth", b"decade", b"thrice",
        ],
        7 => &[
            b"fifteen", b"sixteen", b"seventy", b"doubled", b"tripled", b"quarter", b"seventh",
            b"hundred", b"million", b"billion",
        ],
        8 => &[
            b"thirteen",
            b"fourteen",
            b"eighteen",
            b"nineteen",
            b"quarters",
            b"thousand",
            b"trillion",
        ],
        9 => &[b"seventeen"],
        11 => &[b"anniversary"],
        _ => return false,
    };
    words.contains(&word)
}

/// Whether a sentence states a quantity: at least one number [`read_numbers`](crate::check::read_numbers) finds in it
/// is a quantity by the rules (section "The sentence" of the [module docs](crate::check)).
///
/// Not quantities: years used as dates and ordinals (the number reader skips them); dates
/// ("13 January 2025", "7–8 November 2024", "Jan. 13", "2025-01-13"); document symbols and
/// slashed numbers ("A/HRC/58/19", "resolution 78/187", post numbers "3/8"); paragraph,
/// footnote, page, article, resolution, goal and target numbers ("para. 41", "paras. 41 and
/// 42", "pp. 121–122", "target 16.2", "No. 182"); list numbering ("2." or "3)" opening a
/// sentence, "(1)", `[12]`); times of day ("10:30", "3 p.m.", "14.00 CET"); phone numbers
/// ("+41 22 917 9000", "call 116 111"); street addresses ("405 East 42nd Street"); codes
/// joined by a hyphen ("COVID-19", "CH-1211"); numbers inside web and e-mail addresses;
/// ordinals written as words ("fifty-eighth session"); and a bare "one" ("no one", "one
/// day").
///
/// The claim reading decides ([`read_claim`]: a sentence states a quantity when its list of
/// quantities is not empty); the rules for what is not a quantity are in one place, used by
/// both `check_claim` and `check_text`.
pub fn states_a_quantity(sentence: &str) -> bool {
    may_state_a_quantity(sentence) && !read_claim(sentence).quantities.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        sentence_spans(text)
            .into_iter()
            .map(|r| text[r].to_owned())
            .collect()
    }

    #[test]
    fn chat_lines_after_a_time_in_brackets_and_table_cells_are_statements() {
        assert_eq!(
            sentences(
                "[09:07] Tom: rising since 2019\n[09:11] Mariam: Tile 1 draft\n[00:03:44] SESAY: yes"
            ),
            [
                "[09:07] Tom: rising since 2019",
                "[09:11] Mariam: Tile 1 draft",
                "[00:03:44] SESAY: yes"
            ]
        );
        let doc = "| Do not write | Why | Write |\n|---|---|---|\n| Children are 61 per cent of victims worldwide. | Wrong place. | Children are 38 per cent of detected victims worldwide. |";
        let checked = check_text(doc);
        let verdicts: Vec<_> = checked.iter().map(|s| s.check.verdict).collect();
        use crate::check::Verdict::{Contradicted, Supported};
        assert_eq!(verdicts, [Contradicted, Supported]);
    }

    #[test]
    fn a_line_that_opens_with_a_label_starts_a_statement() {
        assert_eq!(
            sentences(
                "Addressed to: the Minister for Children\nStarted by: Safe Harbour Network\nSignatures: 8,412 — help us reach 10,000"
            ),
            [
                "Addressed to: the Minister for Children",
                "Started by: Safe Harbour Network",
                "Signatures: 8,412 — help us reach 10,000",
            ]
        );
        assert_eq!(
            sentences(
                "Headline: Nearly 40% of victims are children
Box 1: One child in six"
            ),
            [
                "Headline: Nearly 40% of victims are children",
                "Box 1: One child in six"
            ]
        );
        // (Not a line of prose that goes on, nor a time.)
        assert_eq!(
            sentences(
                "Profits from forced labour reached\nUS$236 billion a year at 10:30 on Monday"
            ),
            ["Profits from forced labour reached\nUS$236 billion a year at 10:30 on Monday"]
        );
    }

    #[test]
    fn sentences_end_at_full_stops_but_not_after_abbreviations() {
        assert_eq!(
            sentences(
                "See para. 41 and pp. 121–122. The U.S. gave US$2.7bn, i.e. a lot! Was it? \"Yes.\" Mr. Smith and Dr. J. Doe agreed. 2024 was hard. It rose 2.7 times in Jan. 2024 vs. 2023 (para. 41, fn. 12). (c) Goal 8.7. (d) Next."
            ),
            [
                "See para. 41 and pp. 121–122.",
                "The U.S. gave US$2.7bn, i.e. a lot!",
                "Was it?",
                "\"Yes.\"",
                "Mr. Smith and Dr. J. Doe agreed.",
                "2024 was hard.",
                "It rose 2.7 times in Jan. 2024 vs. 2023 (para. 41, fn. 12).",
                "(c) Goal 8.7.",
                "(d) Next.",
            ]
        );
        // No capital after the stop: one sentence.
        assert_eq!(
            sentences("It fell to 38 per cent. in 2023 it rose."),
            ["It fell to 38 per cent. in 2023 it rose."]
        );
    }

    #[test]
    fn blocks_never_share_a_sentence() {
        let doc = "# Heading with 38%\nA paragraph line\nwrapped here\n\n> quoted 473 million\n\n- item one\n- item two\n\n| a | b |\n|---|---|\n| 38% | victims |\n";
        assert_eq!(
            sentences(doc),
            [
                "Heading with 38%",
                "A paragraph line\nwrapped here",
                "quoted 473 million",
                "item one",
                "item two",
                "a | b",
                "38% | victims",
            ]
        );
    }

    #[test]
    fn a_table_of_contents_is_a_line_per_entry_and_no_claim() {
        let doc = "Contents\nPrologue: The Trial Match ........ 1\nChapter 4: Sixty-One Per Cent ... 91\n\
                   Epilogue: Twenty Thirty . . . . 175\nNotes and sources \u{2026}\u{2026} 189\n\n\
                   Children are 38 per cent of victims.";
        assert_eq!(
            sentences(doc),
            [
                "Contents",
                "Prologue: The Trial Match ........ 1",
                "Chapter 4: Sixty-One Per Cent ... 91",
                "Epilogue: Twenty Thirty . . . . 175",
                "Notes and sources \u{2026}\u{2026} 189",
                "Children are 38 per cent of victims.",
            ]
        );
        let found = check_text(doc);
        assert_eq!(found.len(), 1);
        assert!(found[0].text.starts_with("Children"));
        // (An ellipsis before a number in prose is no leader: "... rose to ... 473".)
        assert!(!is_contents_entry(
            "Over 473 million children live in conflict areas."
        ));
        assert!(is_contents_entry("Annex ii ....... xiv"));
    }

    #[test]
    fn front_matter_is_not_prose() {
        assert_eq!(
            sentences("---\ntitle: Issue 12, 38 children\n---\n\nBody with 40 children."),
            ["Body with 40 children."]
        );
    }

    #[test]
    fn plain_text_posts_and_bullets_are_statements() {
        let doc = "1/3 Children are 38% of victims\n2/3 Over 473 million live in conflict\n• 119 countries came\n#EndViolence 3/3";
        assert_eq!(
            sentences(doc),
            [
                "1/3 Children are 38% of victims",
                "2/3 Over 473 million live in conflict",
                "• 119 countries came\n#EndViolence 3/3",
            ]
        );
    }

    #[test]
    fn markup_is_removed_but_spans_are_the_input_s() {
        let doc = "Children are **38 per cent** of [detected victims](https://x.org/a/58/19), says *UNODC*.";
        let found = check_text(doc);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].text,
            "Children are 38 per cent of detected victims, says UNODC."
        );
        assert_eq!(found[0].span, 0..doc.len());
        let number = found[0].claimed_span_in_input().unwrap();
        assert_eq!(&doc[number], "38 per cent");
    }

    #[test]
    fn what_is_not_a_quantity() {
        for s in [
            "The report A/HRC/58/19 was issued on 13 January 2025.",
            "It met on 7–8 November 2024 in Bogota.",
            "Between 10 and 16 March our team joined the week of action.",
            "Emergency: 999 Non-emergency: 101",
            "To reproduce, open tile 7; tile 12 is too low.",
            "Requires iOS 16 or Android 10 and later.",
            "Readings: Deuteronomy 26.1-11; Romans 10.8b-13; Luke 4.1-13",
            "Share of children among detected victims (p. 3, lines 41-44).",
            "See fn 33, pp. xvi, 3 and 12.",
            "See para. 41, paras. 41 and 42, footnote 12 and pp. 121-122.",
            "Target 16.2 of Goal 16 and resolution 78/187 apply.",
            "1/8",
            "2.",
            "Since 2019, the Office has worked on it.",
            "Call +41 22 917 9000, or call 116 111, at 10:30 or 3 p.m. on Jan. 13.",
            "Write to 405 East 42nd Street, New York.",
            "Our office (Rue de la Paix 12, 1202 Geneva) is open.",
            "2.1 Trafficking.",
            "During COVID-19, no one was spared [3].",
            "The fifty-eighth session met on 2025-01-13.",
            "See https://www.unodc.org/glotip/2024/GLOTIP_2024_BOOK.pdf for details.",
            "The 150th Assembly and the sixth Forum met.",
            "Convention No. 182 and article 34 apply.",
            "It is sourced to pages 121 and 122 of the study.",
            "The House met at half-past Eleven o'clock.",
            "Question [903114] was answered.",
            "Write to 88 Deansgate, Manchester M3 2ER.",
            "Contact: Jo Pearson · 7 Riverside Walk, Newcastle upon Tyne NE1 3PF",
            "Lisbon, 18–20 June 2025 · Poster board 117, Hall C",
            "Hand a card to Room 3 by 12 noon on the day.",
            "Priority motion 27 Protecting children from trafficking",
            "GENEVA NOTEBOOK, book 3 (HRC session, March 2025)",
            "Label 2.1 Ledger of a recruitment agent, handwritten",
            "Write to 27 Calle de Fuencarral, 28004 Madrid.",
            "Write to 7 Orchard Close, or to 1 College Green, Northfield.",
            "Next week, in episode 48, we read another report.",
            "That's the news at eight.",
            "Our next bulletin is at nine.",
            "The crash was at about half past eleven last night.",
            "See version 0.4 of the draft, and junction 4 of the M5.",
            "Text is available under CC BY-SA 4.0 (revision 47).",
            "Course SOC 3142 meets on Mondays.",
            "21:15 PLEDGE MOMENT SQ 6 Pledge music bed, LX 3 House to black",
            "All cues are called on channel 2.",
            "Send it by 17:00 Lusaka time (UTC+2).",
            "It ends on the card \"Text LIGHTS to 70085\".",
            "Text line: 81196, start your message with LINE",
            "Call the police on 101 or ring 111 for advice.",
            "Contact the named nurse on ext. 4471 or bleep 2213.",
            "SHELF TALKER 5 (Teen shelf, fiction and non-fiction)",
            "SHELF TALKER 1 (Non-fiction, 303.6: war and society)",
            "Shelved at 304.8 MEN.",
            "Install the dependencies (tested on Python 3.12).",
            "II.1 Background and need",
            "IV.3 Deadline for receipt of tenders: 17:00 on 14 April 2025.",
        ] {
            let numbers: Vec<_> = read_claim(s)
                .quantities
                .into_iter()
                .map(|q| q.text)
                .collect();
            assert!(numbers.is_empty(), "{s}: {numbers:?}");
        }
        for s in [
            "Children are 38 per cent of victims.",
            "Over 470m children live in war zones.",
            "119 countries attended.",
            "Nearly half of victims are children.",
            "A third of victims are children.",
            "It took 15 months to prepare.",
            "Profits reached US$236 billion a year.",
            "Two in five victims are girls.",
            "It has 3 offices in 2 regions.",
            "Adolescents (15–17 years of age) are 38% of them.",
            "Half of them are girls.",
        ] {
            assert!(states_a_quantity(s), "{s}");
            assert!(may_state_a_quantity(s), "{s}");
        }
    }

    #[test]
    fn lines_and_columns_count_characters() {
        let doc = "Éé intro.\n\nÀ la page, 38% of children — victims.\n  Then 119 countries came.";
        let found = check_text(doc);
        let places: Vec<_> = found.iter().map(|s| (s.line, s.column)).collect();
        assert_eq!(places, [(3, 1), (4, 3)]);
    }

    #[test]
    fn odd_markdown_does_not_break_spans() {
        for doc in [
            "",
            "#",
            "# 1/5",
            "1. 38% of victims\n2. 473 million children",
            "&amp; 38% &copy; 40 children.",
            "a\\*38%\\* b",
            "<div>38%</div>\n\n38 children",
            "```\n38 children\n\n40 more\n```",
            "    indented 38 children\n\n    and 40 more",
            "[^1]: Source, p. 26, 38 children.\n\nText[^1] with 40 children.",
            "![38 children](x.png) and 40 children",
            "| 38 |\n|---|\n| 40 |",
            "Title\n=====\n38 children",
            "---\ntitle: 38 children\n---\n\n40 children",
            "---\n38 children",
            "*unclosed 38 children",
            "`38` children\r\n\r\nmore 40 children\r\n",
            "**\u{a0}[^1]",
            "para.\u{a0}0 children",
        ] {
            for s in check_text(doc) {
                assert!(doc.is_char_boundary(s.span.start) && doc.is_char_boundary(s.span.end));
                assert!(
                    s.span.start <= s.span.end && s.span.end <= doc.len(),
                    "{doc:?}"
                );
            }
            for r in sentence_spans(doc) {
                assert!(doc.get(r.clone()).is_some(), "{doc:?}: {r:?}");
            }
        }
    }

    #[test]
    fn captions_and_pointing_back_read_the_sentences_before() {
        let verdicts = |doc: &str| -> Vec<(crate::check::Verdict, Option<&'static str>)> {
            check_text(doc)
                .iter()
                .map(|s| (s.check.verdict, s.check.figure.map(|f| &*f.id)))
                .collect()
        };
        use crate::check::Verdict::{Supported, Unverifiable};
        // The sentence right before explains the one after, even under a place named
        // further back.
        let doc = "In sub-Saharan Africa, children are 61% of detected victims.\n\n3/9 Forced labour makes $236bn a year in illegal profits. That's up $64bn since 2014.";
        assert_eq!(
            verdicts(doc)[2],
            (Supported, Some("forced_labour_profits_increase_since_2014"))
        );
        // A bare count of billions is the money of the sentence before, its currency left
        // unwritten.
        let doc = "The ILO says forced labour makes two hundred and thirty-six billion dollars a year in illegal profits. That's up sixty-four billion since 2014, about 37 per cent.";
        assert_eq!(
            verdicts(doc)[1],
            (Supported, Some("forced_labour_profits_increase_since_2014"))
        );
        // A script's caption in capitals leans on the narration before it; a label does not.
        let doc = "Forced labour now brings in $236 billion in illegal profits a year.\n\n[00:02:19] GRAPHIC: US$236bn a year - up 37% since 2014";
        assert_eq!(
            verdicts(doc)[1],
            (Supported, Some("forced_labour_illegal_profits_per_year"))
        );
        let doc = "Forced labour now brings in $236 billion in illegal profits a year.\n\nAttendance: 70 people in the room.";
        assert_eq!(verdicts(doc)[1].0, Unverifiable);
        // "There" takes the place of the sentence before.
        let doc = "In sub-Saharan Africa, the picture is starker still.\n\nThere, children account for 61 per cent of detected victims.";
        assert_eq!(
            verdicts(doc)[0],
            (
                Supported,
                Some("children_share_of_detected_victims_sub_saharan_africa")
            )
        );
        // The writer's own tally is not about the sentence before.
        let doc = "Over 40 Member States have joined the Pathfinding Global Alliance. Our own tally: members flagged 23 ads, and 17 of them were taken down.";
        assert_eq!(verdicts(doc)[1], (Unverifiable, None));
    }

    #[test]
    fn emoji_between_statements_end_a_sentence() {
        // An emoji and a capital after it, with or without a full stop before it.
        assert_eq!(
            sentences(
                "Children are 38% of victims worldwide 🌍 📈 In sub-Saharan Africa, it's 61%. 📉 And profits rose."
            ),
            [
                "Children are 38% of victims worldwide",
                "🌍 📈 In sub-Saharan Africa, it's 61%.",
                "📉 And profits rose."
            ]
        );
        // Not before a word in lower case.
        assert_eq!(
            sentences("We ❤️ the report 👍 and share it."),
            ["We ❤️ the report 👍 and share it."]
        );
        // Each statement is checked alone.
        let checks = check_text(
            "#2 · 12:40 🚨 Children make up 38% of all trafficking victims detected worldwide 🌍 📈 In sub-Saharan Africa, children are 61% of detected victims.",
        );
        let figures: Vec<_> = checks
            .iter()
            .map(|s| s.check.figure.map(|f| &*f.id))
            .collect();
        assert_eq!(
            figures,
            [
                Some("children_share_of_detected_victims"),
                Some("children_share_of_detected_victims_sub_saharan_africa")
            ]
        );
    }

    #[test]
    fn a_citation_after_a_full_stop_ends_a_sentence() {
        assert_eq!(
            sentences("Children are 38% of victims.[2] The share is 61% in Africa.[2][3] Next."),
            [
                "Children are 38% of victims.[2]",
                "The share is 61% in Africa.[2][3]",
                "Next."
            ]
        );
        // An emergency number before "in an emergency" is no quantity.
        assert!(!states_a_quantity(
            "Call the hotline on 01632 960 418, or 999 in an emergency."
        ));
    }

    #[test]
    fn citations_verses_and_other_calendars_are_not_quantities() {
        // A year with a letter in a citation, a verse, a year of the Hijri calendar.
        assert!(!states_a_quantity(
            "As UNICEF (2024b) notes, the picture is bleak."
        ));
        assert!(!states_a_quantity(
            "In Surah Al-Isra, verse 31, He commands it."
        ));
        assert!(!states_a_quantity("Friday 21 March 2025 / 21 Ramadan 1446"));
        // An author's year dates the publication, not the quantity.
        let doc = "Maalla M'jid (2025) reports that she engaged directly with 2,730 children.";
        assert_eq!(
            check_text(doc)[0].check.figure.map(|f| &*f.id),
            Some("children_engaged_directly")
        );
    }

    #[test]
    fn child_labour_is_not_forced_labour() {
        // (The sentence before gives the topic "forced labour"; the child labour ILO counts
        // is another measure, which the report does not give.)
        let doc = "Children make up 38 per cent of the victims of forced labour worldwide. According to the ILO, 160 million children are in child labour around the world.";
        let checks = check_text(doc);
        assert_eq!(checks.len(), 2);
        assert_eq!(checks[1].check.verdict, crate::check::Verdict::Unverifiable);
        // (Nor when the words come before the number, in a sentence read after the one
        // before: "... in forced labour.[7] The ILO puts ... *in child labour* at 160 million.")
        let doc = "The ILO has estimated that 1.7 million children are in forced commercial sexual exploitation, more than half of all children in forced labour.[7] The ILO's global estimates put the total number of children in child labour at 160 million.[8]";
        let checks = check_text(doc);
        assert_eq!(checks.len(), 2);
        assert_eq!(checks[1].check.verdict, crate::check::Verdict::Unverifiable);
    }

    #[test]
    fn digitless_counts_keypad_labels_and_numbered_paragraphs() {
        // A sentence whose only numbers are "a thousand" and "a hundred" states quantities.
        let doc = "The Special Representative asked children ahead of the Global Ministerial \
                   Conference. Around a thousand children from more than a hundred countries \
                   answered.";
        let found = check_text(doc);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].check.numbers.len(), 2);
        for phrase in ["a million", "a hundred", "a dozen", "a decade", "a billion"] {
            let sentence = format!("In all, {phrase} children.");
            assert!(may_state_a_quantity(&sentence), "{sentence}");
        }
        // An audio guide's keypad and stop numbers and a floor are labels.
        assert!(check_text("STOP 45 - CHILDREN SPEAK (press 45)").is_empty());
        assert!(check_text("Please return your handset to the desk on level 2.").is_empty());
        // ... but not a count after the same words.
        assert_eq!(
            check_text("We can stop 300 children being trafficked.").len(),
            1
        );
        // A numbered paragraph that points back is read with the one before.
        let doc = "4.2 UNICEF figures put the number of children living in areas affected by \
                   conflict at more than 470 million.\n\n4.3 That is roughly one child in every \
                   six worldwide.";
        let found = check_text(doc);
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[1].check.figure.map(|f| &*f.id),
            Some("children_in_conflict_areas_one_in")
        );
        let span = found[1].check.numbers[0].span.clone();
        assert_eq!(&found[1].text[span], "roughly one child in every six");
    }

    #[test]
    fn timed_lines_times_emergency_numbers_and_a_further() {
        // One alert per line after its time, with no full stop: one sentence each.
        let doc = "07:05  UN report: children make up 38% of trafficking victims detected worldwide\n\
                   07:12  Over 473m children live in conflict zones, says UNICEF\n";
        let found = check_text(doc);
        assert_eq!(found.len(), 2);
        assert!(
            found
                .iter()
                .all(|s| s.check.verdict == crate::check::Verdict::Supported)
        );
        // An item number of minutes after a heading with no full stop opens a sentence.
        let doc = "Treasurer's report\n4.1 The Treasurer reported income of 2,350 pounds.\n";
        let spans = sentence_spans(doc);
        assert_eq!(&doc[spans[0].clone()], "Treasurer's report");
        // ... but a wrapped line that goes on with a decimal does not.
        let doc = "The EU puts the cost at\n2.7 billion euros a year.\n";
        assert_eq!(sentence_spans(doc).len(), 1);
        // References to clauses and points, a radio frequency and a number in words before a
        // colon are not quantities; a grouped number before a colon is.
        assert!(check_text("We require action under clause 14.3 and points 2 to 4.").is_empty());
        assert!(check_text("By Priya Hollis, Dale Valley Radio 104.2 FM news desk.").is_empty());
        assert!(check_text("Two: put trafficking awareness into every school.").is_empty());
        assert_eq!(
            check_text("- **15,000**: children trafficked from West Africa to Europe each year\n")
                .len(),
            1
        );
        // A time after "from", and an emergency number joined to another, are not quantities.
        assert!(check_text("The team is in the library every lunchtime from 12.30.").is_empty());
        assert!(check_text("Call 999 in the UK or 112 anywhere in the European Union.").is_empty());
        // A deadline's or a timestamp's hour, and a label's number out of a total, are not
        // quantities; a count after "by" is.
        for s in [
            "Graphic desk to build a bar chart; brief them by 16.00.",
            "Budget v2, filed 11.40",
            "Online at 18.30; print deadline 21.15.",
            "Running order: slot 3 of 9.",
            "Piece: \"The Ledger\" (draft 4, spoken word)",
            // A cross-reference to a section, a channel, a sprint, a version in its cell, a
            // journal's volume and issue and a DOI are not quantities either.
            "Company emergency line: +45 3318 2270 (as in 4.3)",
            "Contact the rescue centre on VHF channel 16 if the child needs care.",
            "Rollout starts in sprint 14 and reaches all regions in sprint 16.",
            "Version | 2.1",
            "International Review of Sport and Society, 12(3), pp. 211–236. doi:10.5555/irss.2023.0412.",
        ] {
            assert!(check_text(s).is_empty(), "{s}");
        }
        assert_eq!(check_text("Profits rose by 64 billion dollars.").len(), 1);
        // (Nor does a mark of more than one byte before a number trip the cross-reference's
        // test.)
        assert_eq!(check_text("Über — 4.3 … é 4.3 per cent").len(), 1);
        assert_eq!(check_text("The count was cut by 12.50 per cent.").len(), 1);
        // "A further ..." counts what the sentence before counts.
        let doc = "1.7 million children are in forced commercial sexual exploitation. A further \
                   1.3 million, or 39 per cent, are in forced labour exploitation.";
        let found = check_text(doc);
        assert_eq!(
            found[1].check.figure.map(|f| &*f.id),
            Some("children_in_forced_labour_exploitation")
        );
    }

    #[test]
    fn reference_columns_keycaps_and_chat_numbering_are_not_claims() {
        // A table column headed "Para." holds references: its cells are not read.
        let doc = "| What | Report | Para. |\n|---|---|---|\n| Children in conflict areas | over 473 million | 51 |\n";
        let found = check_text(doc);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].check.numbers.len(), 1);
        assert_eq!(
            found[0].check.figure.map(|f| &*f.id),
            Some("children_in_conflict_areas")
        );
        // A table's first column of row numbers holds no quantity.
        let doc = "| No. | Story | Wording |\n|---|---|---|\n| 1 | Web story | Children are 38 per cent of detected victims worldwide. |\n";
        let found = check_text(doc);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].check.numbers.len(), 1);
        // An emoji keycap and a list number after a speaker's label are list numbers.
        assert!(check_text("1\u{fe0f}\u{20e3} Invest in child protection systems.").is_empty());
        assert!(check_text("[22:07] Daniel: 4) Profits went up, not down.").is_empty());
        let reading = read_claim("Daniel: 4) Profits rose by $64 billion.");
        assert_eq!(reading.quantities.len(), 1);
        assert_eq!(reading.quantities[0].text, "$64 billion");
    }

    #[test]
    fn lettered_list_items_and_line_references() {
        // A line opening with "(a)", "(ii)" or "(3)" starts a statement: each item is checked
        // alone.
        let doc = "Figures raised included:\n(a) Zambia's estimate that violence costs it 6.4 per cent of its gross domestic product;\n(b) Lesotho's plan to reduce violence against children by 75 per cent by 2028.\n";
        let found = check_text(doc);
        let ids: Vec<_> = found
            .iter()
            .map(|s| s.check.figure.map(|f| &*f.id))
            .collect();
        assert_eq!(
            ids,
            [
                Some("zambia_cost_of_violence_gdp_share"),
                Some("lesotho_violence_reduction_target")
            ]
        );
        assert_eq!(
            sentences("(ii) one;\n(iii) two."),
            ["(ii) one;", "(iii) two."]
        );
        // "lines 41-44" is a reference, like "p. 3".
        assert!(
            check_text("Share of children among detected victims (p. 3, lines 41-44).").is_empty()
        );
    }
}
