//! The macro that declares the built-in figures once and derives the table, the typed id
//! constants and the sorted id index from that one declaration.

/// `Some(Cow::Borrowed(x))` for a present optional literal, `None` for an absent one.
macro_rules! opt_str {
    () => {
        None
    };
    ($text:literal) => {
        Some(::std::borrow::Cow::Borrowed($text))
    };
}

/// `Some(x)` for a present optional value, `None` for an absent one.
macro_rules! opt_val {
    () => {
        None
    };
    ($value:expr) => {
        Some($value)
    };
}

/// Declares the built-in figures.
///
/// Each entry `NAME { id: "name", ... }` becomes one [`Figure`](crate::Figure) in the static
/// table `FIGURES` (in declaration order, which is report order) and one public constant
/// `NAME: &Figure` pointing at it. A compile-time assertion checks that every constant's name
/// is its id in upper case, and `FIGURE_INDEX` (the table's positions sorted by id, for
/// binary search) is computed at compile time.
///
/// A field appended to `Figure` (in `src/table/figures.rs`) needs no change here: a
/// declaration gives it in a trailing `also { field: value, }` block, as a Rust expression of
/// the field's type, and a declaration without it takes the value of `Figure::new`.
macro_rules! figures {
    ($(
        $NAME:ident {
            id: $id:literal,
            value: $value:expr,
            $(value_upper: $upper:expr,)?
            unit: $unit:ident,
            qualifier: $qualifier:ident,
            as_written: $as_written:literal,
            $(converted: $converted:literal,)?
            measure: $measure:literal,
            population: $population:literal,
            geography: $geography:literal,
            $(period: $period:literal,)?
            kind: $kind:ident,
            topics: [$($topic:ident),+ $(,)?],
            location: $location:expr,
            quote: $quote:literal,
            footnotes: [$($footnote:literal),* $(,)?],
            footnote_position: $position:ident,
            $(attribution: $attribution:literal,)?
            $(also { $($field:ident: $field_value:expr,)* })?
        }
    )*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u16)]
        enum Position {
            $($NAME,)*
        }

        /// The number of built-in figures.
        pub(crate) const COUNT: usize = [$(Position::$NAME),*].len();

        $(
            #[doc = concat!("`", $id, "`: ", $measure, " (\"", $as_written, "\").")]
            pub const $NAME: &Figure = &FIGURES[Position::$NAME as usize];
        )*

        /// Every built-in figure, in report order.
        #[allow(clippy::needless_update)] // `..BLANK` fills fields appended later
        pub(crate) static FIGURES: [Figure; COUNT] = [
            $(Figure {
                id: Cow::Borrowed($id),
                value: $value,
                value_upper: opt_val!($($upper)?),
                unit: Unit::$unit,
                qualifier: Qualifier::$qualifier,
                as_written: Cow::Borrowed($as_written),
                converted: false $(|| $converted)?,
                measure: Cow::Borrowed($measure),
                population: Cow::Borrowed($population),
                geography: Cow::Borrowed($geography),
                period: opt_str!($($period)?),
                kind: Kind::$kind,
                topics: Cow::Borrowed(&[$(Topic::$topic),+]),
                location: $location,
                quote: Cow::Borrowed($quote),
                footnotes: Cow::Borrowed(&[$($footnote),*]),
                footnote_position: MarkerPosition::$position,
                attribution: opt_str!($($attribution)?),
                // A field appended to `Figure` after these: its value as a Rust expression,
                // or, when a declaration leaves it out, the value of `Figure::new`.
                $($($field: $field_value,)*)?
                ..$crate::table::figures::BLANK
            },)*
        ];

        // Every constant's name is its id in upper case: a typo in either fails the build.
        const _: () = {
            $(assert!(
                $crate::data::index::eq_ignore_ascii_case($id, stringify!($NAME)),
                concat!("constant ", stringify!($NAME), " does not match id ", $id),
            );)*
        };

        /// The positions of [`FIGURES`] sorted by id, for binary search.
        pub(crate) static FIGURE_INDEX: [u16; COUNT] =
            $crate::data::index::sorted_positions([$($id),*]);

        /// A hash table of [`FIGURES`] by id, built at compile time: slot `s` holds
        /// `position + 1`, `0` when empty ([`crate::data::index::hash_slots`]).
        pub(crate) static FIGURE_SLOTS: [u16; $crate::data::index::slot_count(COUNT)] =
            $crate::data::index::hash_slots([$($id),*]);

        /// The built-in figure with this id: one hash, usually one comparison.
        #[inline]
        pub(crate) fn lookup(id: &str) -> Option<&'static Figure> {
            const MASK: usize = $crate::data::index::slot_count(COUNT) - 1;
            let mut slot = $crate::data::index::id_hash(id.as_bytes()) & MASK;
            loop {
                let position = usize::from(FIGURE_SLOTS[slot]);
                let figure = FIGURES.get(position.checked_sub(1)?)?;
                if figure.id == id {
                    return Some(figure);
                }
                slot = (slot + 1) & MASK;
            }
        }
    };
}

/// Declares the built-in footnotes, in number order, as the static table `FOOTNOTES`.
macro_rules! footnotes {
    ($(
        $number:literal {
            paragraph: $paragraph:literal,
            form: $form:ident,
            text: $text:literal,
            urls: [$($url:literal),* $(,)?],
            $(pages: $pages:literal,)?
            sources: [$($source:literal),* $(,)?],
        }
    )*) => {
        /// The number of built-in footnotes.
        pub(crate) const COUNT: usize = [$($number),*].len();

        /// Every footnote of the report, in number order.
        pub(crate) static FOOTNOTES: [Footnote; COUNT] = [
            $(Footnote {
                number: $number,
                paragraph: $paragraph,
                text: Cow::Borrowed($text),
                urls: Cow::Borrowed(&[$(Cow::Borrowed($url)),*]),
                pages: opt_str!($($pages)?),
                form: CitationForm::$form,
                sources: Cow::Borrowed(&[$(Cow::Borrowed($source)),*]),
            },)*
        ];
    };
}

/// Declares the built-in sources as the static table `SOURCES` (in order of first citation),
/// one public constant `NAME: &Source` per source, and `SOURCE_INDEX` sorted by id.
macro_rules! sources {
    ($(
        $NAME:ident {
            id: $id:literal,
            title: $title:literal,
            title_basis: $basis:ident,
            $(authors: $authors:literal,)?
            $(publisher: $publisher:literal,)?
            $(year: $year:literal,)?
            $(url: $url:literal,)?
            $(symbol: $symbol:literal,)?
            kind: $kind:ident,
        }
    )*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u16)]
        enum Position {
            $($NAME,)*
        }

        /// The number of built-in sources.
        pub(crate) const COUNT: usize = [$(Position::$NAME),*].len();

        $(
            #[doc = concat!("`", $id, "`: ", $title, ".")]
            pub const $NAME: &Source = &SOURCES[Position::$NAME as usize];
        )*

        /// Every source, the report first, then in order of first citation.
        pub(crate) static SOURCES: [Source; COUNT] = [
            $(Source {
                id: Cow::Borrowed($id),
                title: Cow::Borrowed($title),
                title_basis: TitleBasis::$basis,
                authors: opt_str!($($authors)?),
                publisher: opt_str!($($publisher)?),
                year: opt_val!($($year)?),
                url: opt_str!($($url)?),
                symbol: opt_str!($($symbol)?),
                kind: SourceKind::$kind,
            },)*
        ];

        const _: () = {
            $(assert!(
                $crate::data::index::eq_ignore_ascii_case($id, stringify!($NAME)),
                concat!("constant ", stringify!($NAME), " does not match id ", $id),
            );)*
        };

        /// The positions of [`SOURCES`] sorted by id, for binary search.
        pub(crate) static SOURCE_INDEX: [u16; COUNT] =
            $crate::data::index::sorted_positions([$($id),*]);

        /// Every source id, in table order (for compile-time reference checks).
        pub(crate) const SOURCE_IDS: [&str; COUNT] = [$($id),*];
    };
}

/// A list of words for a figure's `counts`, `among`, `claim_words` or `places`:
/// `words!["children", "child victims"]`.
macro_rules! words {
    ($($word:literal),* $(,)?) => {
        Cow::Borrowed(&[$(Cow::Borrowed($word)),*])
    };
}
