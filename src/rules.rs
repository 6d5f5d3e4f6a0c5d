//! The rules of the data model, in one place: each record's own rules ([`figure_rules`],
//! [`footnote_rules`], [`source_rules`]) and the rules between records ([`references`],
//! [`duplicate_keys`]). [`Dataset::new`](crate::Dataset::new) and the loader both check them
//! through these functions; the rules are listed in `rules.md`, shown on `Dataset::new`.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::error::{FieldError, ProblemKind};
use crate::record::MarkerPosition;
use crate::review::Review;
use crate::sources::{CitationForm, Footnote, Source};
use crate::table::figures::Figure;

pub(crate) use crate::table::LIST_SEPARATOR;

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
    list_items(&mut out, "counts", &figure.counts);
    list_items(&mut out, "among", &figure.among);
    list_items(&mut out, "claim_words", &figure.claim_words);
    list_items(&mut out, "places", &figure.places);
    list_items(&mut out, "excludes", &figure.excludes);
    if let (Some(from), Some(to)) = (figure.year_from, figure.year_to)
        && to < from
    {
        out.push(("year_to", FieldError::YearsReversed { from, to }));
    }
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

// ---------------------------------------------------------------------------------------
// Rules between records: keys, references

/// A table of a dataset, for the position of a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TableOf {
    /// `figures.csv`.
    Figures,
    /// `footnotes.csv`.
    Footnotes,
    /// `sources.csv`.
    Sources,
    /// `reviews.json`.
    Reviews,
}

impl TableOf {
    /// The file the table is read from.
    pub(crate) const fn file(self) -> &'static str {
        match self {
            TableOf::Figures => "figures.csv",
            TableOf::Footnotes => "footnotes.csv",
            TableOf::Sources => "sources.csv",
            TableOf::Reviews => "reviews.json",
        }
    }
}

/// A problem between records: the table and position of the record, the field, and what is
/// wrong. The loader turns the position into a line and the field into a column; a dataset
/// built in memory names the record.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Broken {
    /// The table of the record.
    pub(crate) table: TableOf,
    /// The record's position in its table.
    pub(crate) index: usize,
    /// The field (a column name), if the problem is in one.
    pub(crate) field: Option<&'static str>,
    /// What is wrong.
    pub(crate) kind: ProblemKind,
}

/// Which keys exist, for references: a reference to a key that exists is not reported, even
/// when its record could not be read (that record has its own problem).
pub(crate) struct Keys<'a> {
    /// Whether footnote `n` exists (`true` for every number when the footnotes are unknown).
    pub(crate) footnote: &'a dyn Fn(u8) -> bool,
    /// Whether source `id` exists.
    pub(crate) source: &'a dyn Fn(&str) -> bool,
    /// Whether figure `id` exists.
    pub(crate) figure: &'a dyn Fn(&str) -> bool,
}

/// Every reference that does not resolve: a figure's footnotes and `in_footnote`, a
/// footnote's sources, the figures a review covers, and a figure covered by two reviews.
pub(crate) fn references<'r>(
    figures: impl IntoIterator<Item = &'r Figure>,
    footnotes: impl IntoIterator<Item = &'r Footnote>,
    reviews: impl IntoIterator<Item = &'r Review>,
    keys: &Keys<'_>,
) -> Vec<Broken> {
    let mut out = Vec::new();
    for (index, figure) in figures.into_iter().enumerate() {
        if let Some(n) = figure.location.in_footnote
            && !(keys.footnote)(n)
        {
            out.push(Broken {
                table: TableOf::Figures,
                index,
                field: Some("in_footnote"),
                kind: ProblemKind::UnknownFootnote { number: n },
            });
        }
        for &n in figure.footnotes.iter().filter(|&&n| !(keys.footnote)(n)) {
            out.push(Broken {
                table: TableOf::Figures,
                index,
                field: Some("footnotes"),
                kind: ProblemKind::UnknownFootnote { number: n },
            });
        }
    }
    for (index, footnote) in footnotes.into_iter().enumerate() {
        for id in footnote.sources.iter().filter(|id| !(keys.source)(id)) {
            out.push(Broken {
                table: TableOf::Footnotes,
                index,
                field: Some("source_ids"),
                kind: ProblemKind::UnknownSource { id: id.to_string() },
            });
        }
    }
    let mut covered: Vec<&str> = Vec::new();
    for (index, review) in reviews.into_iter().enumerate() {
        for id in review.figures.iter() {
            let kind = if !(keys.figure)(id) {
                ProblemKind::UnknownReviewedFigure { id: id.to_string() }
            } else if covered.contains(&id.as_ref()) {
                ProblemKind::DuplicateReview { id: id.to_string() }
            } else {
                covered.push(id);
                continue;
            };
            out.push(Broken {
                table: TableOf::Reviews,
                index,
                field: Some("figures"),
                kind,
            });
        }
    }
    out
}

/// The positions of keys an earlier key already has, each with the position of the first:
/// `(position, first position)`.
pub(crate) fn duplicate_keys<'k>(keys: impl IntoIterator<Item = &'k str>) -> Vec<(usize, usize)> {
    let mut first: HashMap<&str, usize> = HashMap::new();
    let mut out = Vec::new();
    for (i, key) in keys.into_iter().enumerate() {
        match first.get(key) {
            Some(&f) => out.push((i, f)),
            None => {
                first.insert(key, i);
            }
        }
    }
    out
}

/// Every problem of records built in memory, in table order: each record's own rules, then
/// duplicate keys, then references (every problem, not just the first).
pub(crate) fn check_records(
    figures: &[Figure],
    footnotes: &[Footnote],
    sources: &[Source],
    reviews: &[Review],
) -> Vec<Broken> {
    let mut out = Vec::new();
    let own = |table, index, found: Found| {
        found.into_iter().map(move |(field, error)| Broken {
            table,
            index,
            field: Some(field),
            kind: ProblemKind::Field(error),
        })
    };
    for (i, f) in figures.iter().enumerate() {
        out.extend(own(TableOf::Figures, i, figure_rules(f)));
    }
    for (i, n) in footnotes.iter().enumerate() {
        out.extend(own(TableOf::Footnotes, i, footnote_rules(n)));
    }
    for (i, s) in sources.iter().enumerate() {
        out.extend(own(TableOf::Sources, i, source_rules(s)));
    }
    for count in [figures.len(), sources.len()] {
        if count > usize::from(u16::MAX) {
            out.push(Broken {
                table: TableOf::Figures,
                index: 0,
                field: None,
                kind: ProblemKind::TooManyRecords { count },
            });
        }
    }
    for (i, _) in duplicate_keys(figures.iter().map(|f| f.id.as_ref())) {
        out.push(Broken {
            table: TableOf::Figures,
            index: i,
            field: Some("id"),
            kind: ProblemKind::DuplicateId {
                id: figures[i].id.to_string(),
                first_line: None,
            },
        });
    }
    let numbers: Vec<String> = footnotes.iter().map(|n| n.number.to_string()).collect();
    for (i, _) in duplicate_keys(numbers.iter().map(String::as_str)) {
        out.push(Broken {
            table: TableOf::Footnotes,
            index: i,
            field: Some("footnote"),
            kind: ProblemKind::DuplicateFootnote {
                number: footnotes[i].number,
                first_line: None,
            },
        });
    }
    for (i, _) in duplicate_keys(sources.iter().map(|s| s.id.as_ref())) {
        out.push(Broken {
            table: TableOf::Sources,
            index: i,
            field: Some("source_id"),
            kind: ProblemKind::DuplicateId {
                id: sources[i].id.to_string(),
                first_line: None,
            },
        });
    }
    let keys = Keys {
        footnote: &|n| footnotes.iter().any(|f| f.number == n),
        source: &|id| sources.iter().any(|s| s.id == id),
        figure: &|id| figures.iter().any(|f| f.id == id),
    };
    out.extend(references(figures, footnotes, reviews, &keys));
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
