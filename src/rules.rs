//! The field rules every record of a [`Dataset`](crate::Dataset) obeys.
//!
//! [`Dataset::new`](crate::Dataset::new) and the loader ([`crate::load`]) check them; the
//! built-in records obey them (a test exports and loads them back). They are what makes a
//! record survive the trip through CSV unchanged:
//!
//! | record | rule |
//! |---|---|
//! | figure, source | `id` is snake_case: a lower-case ASCII letter, then lower-case letters, digits and `_` |
//! | figure, footnote | `paragraph` is 1 or more; a footnote's `number` is 1 or more |
//! | figure | `value` is finite; `value_upper`, when present, is finite and not below `value` |
//! | figure | `section`, `as_written`, `measure`, `population`, `geography`, `quote` are not empty |
//! | figure | at least one topic, none twice; no footnote twice |
//! | figure | `footnote_position` is `none` exactly when no footnote is listed |
//! | footnote | `text` is not empty; the form is `note` exactly when no source is listed; no source twice |
//! | source | `title` is not empty |
//! | any | an optional text is absent (`None`), never empty (`Some("")`): CSV cannot tell them apart |
//! | any | a list item (URL, source id, ...) is not empty and does not contain `;`, the list separator |
//!
//! Lists are written to CSV joined with `;` ([`LIST_SEPARATOR`]); rather than
//! invent an escape for a `;` inside an item, the data model forbids it (no URL, id or topic
//! of the report contains one).

use std::borrow::Cow;

use crate::record::{Figure, MarkerPosition};
use crate::sources::{CitationForm, Footnote, Source};

/// The list separator inside a CSV cell: lists are joined with it, so no list item may
/// contain it.
pub const LIST_SEPARATOR: &str = ";";

/// How a field breaks a rule of the data model (see the [module docs](self)).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FieldError {
    /// A required text is empty.
    #[error("empty; a value is required")]
    Empty,
    /// An optional text is present but empty (`Some("")`); it must be absent instead.
    #[error("present but empty; an absent value must be left out (None)")]
    EmptyOptional,
    /// An id that is not snake_case.
    #[error(
        "{0:?} is not a snake_case id (a lower-case letter, then lower-case letters, digits and `_`)"
    )]
    NotSnakeCase(String),
    /// A paragraph or footnote number of 0.
    #[error("0 is not allowed; numbering starts at 1")]
    Zero,
    /// A value that is infinite or not a number.
    #[error("{0} is not a finite number")]
    NotFinite(f64),
    /// The upper end of a range below its lower end.
    #[error("the upper end {upper} is below the value {value}")]
    UpperBelowValue {
        /// The lower end.
        value: f64,
        /// The upper end.
        upper: f64,
    },
    /// A figure without a topic.
    #[error("no topic; a figure has one or more")]
    NoTopic,
    /// An empty item in a list.
    #[error("an empty list item (`;` doubled, or at the start or end)")]
    EmptyItem,
    /// A list item that contains the list separator.
    #[error("list item {0:?} contains `;`, the list separator, which no item may contain")]
    SeparatorInItem(String),
    /// The same item twice in one list.
    #[error("{0:?} is listed twice")]
    RepeatedItem(String),
    /// A marker position other than `none` for a figure without footnotes.
    #[error("is `{0}` but the figure lists no footnote; use `none`")]
    PositionWithoutFootnote(MarkerPosition),
    /// Footnotes listed but the marker position says `none`.
    #[error("is `none` but the figure lists footnotes")]
    FootnotesWithoutPosition,
    /// A footnote of form `note` that lists sources.
    #[error("the form is `note` (cites no work) but sources are listed")]
    NoteWithSources,
    /// A citing footnote that lists no source.
    #[error("the form is `{0}` but no source is listed")]
    NoSource(CitationForm),
    /// A figure said to stand in a footnote that does not exist.
    #[error("footnote {0} does not exist")]
    NoSuchFootnote(u8),
}

/// `true` for a snake_case id: `[a-z][a-z0-9_]*`.
pub fn is_snake_case(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

type Found = Vec<(&'static str, FieldError)>;

fn required(out: &mut Found, field: &'static str, text: &str) {
    if text.is_empty() {
        out.push((field, FieldError::Empty));
    }
}

fn optional(out: &mut Found, field: &'static str, text: &Option<Cow<'static, str>>) {
    if text.as_deref() == Some("") {
        out.push((field, FieldError::EmptyOptional));
    }
}

fn id(out: &mut Found, field: &'static str, id: &str) {
    if id.is_empty() {
        out.push((field, FieldError::Empty));
    } else if !is_snake_case(id) {
        out.push((field, FieldError::NotSnakeCase(id.to_owned())));
    }
}

fn list_items<T: AsRef<str>>(out: &mut Found, field: &'static str, items: &[T]) {
    for (i, item) in items.iter().enumerate() {
        let item = item.as_ref();
        if item.is_empty() {
            out.push((field, FieldError::EmptyItem));
        } else if item.contains(LIST_SEPARATOR) {
            out.push((field, FieldError::SeparatorInItem(item.to_owned())));
        } else if items[..i].iter().any(|other| other.as_ref() == item) {
            out.push((field, FieldError::RepeatedItem(item.to_owned())));
        }
    }
}

/// The rules `figure` breaks on its own, as `(column of figures.csv, error)`.
pub(crate) fn figure_rules(figure: &Figure) -> Found {
    let mut out = Vec::new();
    id(&mut out, "id", &figure.id);
    let loc = &figure.location;
    if loc.paragraph == 0 {
        out.push(("paragraph", FieldError::Zero));
    }
    required(&mut out, "section", &loc.section);
    optional(&mut out, "subsection", &loc.subsection);
    optional(&mut out, "subheading", &loc.subheading);
    if !figure.value.is_finite() {
        out.push(("value", FieldError::NotFinite(figure.value)));
    }
    if let Some(upper) = figure.value_upper {
        if !upper.is_finite() {
            out.push(("value_upper", FieldError::NotFinite(upper)));
        } else if figure.value.is_finite() && upper < figure.value {
            out.push((
                "value_upper",
                FieldError::UpperBelowValue {
                    value: figure.value,
                    upper,
                },
            ));
        }
    }
    required(&mut out, "as_written", &figure.as_written);
    required(&mut out, "measure", &figure.measure);
    required(&mut out, "population", &figure.population);
    required(&mut out, "geography", &figure.geography);
    optional(&mut out, "period", &figure.period);
    if figure.topics.is_empty() {
        out.push(("topics", FieldError::NoTopic));
    }
    let topics: Vec<&str> = figure.topics.iter().map(|t| t.as_str()).collect();
    list_items(&mut out, "topics", &topics);
    required(&mut out, "quote", &figure.quote);
    let notes: Vec<String> = figure.footnotes.iter().map(|n| n.to_string()).collect();
    list_items(&mut out, "footnotes", &notes);
    let position = figure.footnote_position;
    if figure.footnotes.is_empty() {
        if position != MarkerPosition::None {
            out.push((
                "footnote_position",
                FieldError::PositionWithoutFootnote(position),
            ));
        }
    } else if position == MarkerPosition::None {
        out.push(("footnote_position", FieldError::FootnotesWithoutPosition));
    }
    optional(&mut out, "attribution", &figure.attribution);
    out
}

/// The rules `footnote` breaks on its own, as `(column of footnotes.csv, error)`.
pub(crate) fn footnote_rules(footnote: &Footnote) -> Found {
    let mut out = Vec::new();
    if footnote.number == 0 {
        out.push(("footnote", FieldError::Zero));
    }
    if footnote.paragraph == 0 {
        out.push(("paragraph", FieldError::Zero));
    }
    required(&mut out, "text", &footnote.text);
    list_items(&mut out, "source_ids", &footnote.sources);
    match (footnote.form, footnote.sources.is_empty()) {
        (CitationForm::Note, false) => out.push(("form", FieldError::NoteWithSources)),
        (CitationForm::Note, true) | (_, false) => {}
        (form, true) => out.push(("source_ids", FieldError::NoSource(form))),
    }
    optional(&mut out, "pages", &footnote.pages);
    list_items(&mut out, "urls", &footnote.urls);
    out
}

/// The rules `source` breaks on its own, as `(column of sources.csv, error)`.
pub(crate) fn source_rules(source: &Source) -> Found {
    let mut out = Vec::new();
    id(&mut out, "source_id", &source.id);
    required(&mut out, "title", &source.title);
    optional(&mut out, "authors", &source.authors);
    optional(&mut out, "publisher", &source.publisher);
    optional(&mut out, "url", &source.url);
    optional(&mut out, "symbol", &source.symbol);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_records_obey_every_rule() {
        for f in &crate::data::figures::FIGURES {
            assert_eq!(figure_rules(f), vec![], "{}", f.id);
        }
        for n in &crate::data::footnotes::FOOTNOTES {
            assert_eq!(footnote_rules(n), vec![], "{}", n.number);
        }
        for s in &crate::data::sources::SOURCES {
            assert_eq!(source_rules(s), vec![], "{}", s.id);
        }
    }

    #[test]
    fn broken_records_are_reported_by_field() {
        let mut f = crate::data::figures::FIGURES[0].clone();
        f.id = "Bad Id".into();
        f.value = f64::NAN;
        f.value_upper = Some(-1.0);
        f.topics = Cow::Owned(vec![]);
        f.period = Some("".into());
        let fields: Vec<&str> = figure_rules(&f).into_iter().map(|(c, _)| c).collect();
        assert_eq!(fields, ["id", "value", "period", "topics"]);
        let mut f = crate::data::figures::FIGURES[1].clone();
        f.value_upper = Some(f.value - 1.0);
        f.footnotes = Cow::Owned(vec![3, 3]);
        f.footnote_position = MarkerPosition::None;
        let found = figure_rules(&f);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(matches!(found[0].1, FieldError::UpperBelowValue { .. }));
        assert_eq!(found[1].1, FieldError::RepeatedItem("3".into()));
        assert_eq!(found[2].1, FieldError::FootnotesWithoutPosition);
        let mut n = crate::data::footnotes::FOOTNOTES[0].clone();
        n.urls = Cow::Owned(vec!["https://a;b".into(), "".into()]);
        n.form = CitationForm::Note;
        let found = footnote_rules(&n);
        assert_eq!(
            found,
            vec![
                ("form", FieldError::NoteWithSources),
                ("urls", FieldError::SeparatorInItem("https://a;b".into())),
                ("urls", FieldError::EmptyItem),
            ]
        );
    }
}
