//! The built-in data: figures, footnotes, sources, reviews and the report's metadata, as
//! static tables built at compile time. `Dataset::builtin` (in `dataset`) is the one
//! constructor over them; nothing else names them.
//!
//! The Rust declarations in this module are the dataset's one source of truth; `datasets/`
//! is exported from them (see the crate docs, "One source of truth").

#[macro_use]
mod macros;
pub(crate) mod index;
pub(crate) mod outline;

pub(crate) mod figures;
pub(crate) mod footnotes;
pub(crate) mod report;
pub(crate) mod reviews;
pub(crate) mod sources;
pub(crate) mod version;

use std::borrow::Cow;

/// Checks at compile time that the footnotes are numbered 1 to N in order and that every
/// source id a footnote names is a built-in source.
const fn check_footnotes() {
    let notes = &footnotes::FOOTNOTES;
    let mut i = 0;
    while i < notes.len() {
        assert!(
            notes[i].number as usize == i + 1,
            "footnotes must be numbered 1..=N in order"
        );
        let ids = match &notes[i].sources {
            Cow::Borrowed(ids) => *ids,
            Cow::Owned(_) => &[],
        };
        let mut j = 0;
        while j < ids.len() {
            let id = match &ids[j] {
                Cow::Borrowed(id) => *id,
                Cow::Owned(_) => "",
            };
            let mut found = false;
            let mut k = 0;
            while k < sources::SOURCE_IDS.len() {
                if index::str_eq(sources::SOURCE_IDS[k], id) {
                    found = true;
                }
                k += 1;
            }
            assert!(
                found,
                "a footnote names a source id that is not in the sources table"
            );
            j += 1;
        }
        i += 1;
    }
}

const _: () = check_footnotes();
