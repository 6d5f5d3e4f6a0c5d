//! The matching index of a dataset: every word and phrase its figures declare and the
//! checker's English, interned once; a sentence is read into tokens and phrase matches
//! against it.

use std::collections::HashMap as StdHashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the index's keys are short words and phrase ids, for which it is several times
/// faster than the standard library's SipHash (no untrusted keys reach the index's shape).
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<Fnv>>;

/// A multiplicative hash of one `u64` key (a short word packed in its bytes,
/// [`packed`]): one multiplication instead of a loop over bytes.
#[derive(Default, Clone, Copy)]
pub(crate) struct Mul(u64);

impl Hasher for Mul {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // (Only `write_u64` is used; any other key is hashed byte by byte.)
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(26);
    }
}

/// A word of at most eight bytes as one number, its bytes in order (no word holds a zero
/// byte, so two words have the same number only when they are the same word).
fn packed(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.len() > 8 {
        return None;
    }
    // (A loop, not `copy_from_slice` into a buffer: a copy of a length not known at compile
    // time calls `memcpy`.)
    let mut n = 0u64;
    for (i, &b) in bytes.iter().enumerate() {
        n |= u64::from(b) << (8 * i);
    }
    Some(n)
}
use std::sync::OnceLock;

use crate::lexicon::{english, in_list, normalize, words};
use crate::record::{Change, Unit};
use crate::table::figures::Figure;

/// Role bits of a term (one word) or a phrase.
pub(crate) mod role {
    /// A phrase that names a population (`children`, `detected victims`).
    pub(crate) const POPULATION: u32 = 1;
    /// A phrase that names a place.
    pub(crate) const PLACE: u32 = 1 << 1;
    /// A phrase that names an institution or cause: the populations inside it are not
    /// counted.
    pub(crate) const NAME: u32 = 1 << 2;
    /// A phrase that says "the whole world".
    pub(crate) const WORLD: u32 = 1 << 3;
    /// A word that states a rise.
    pub(crate) const RISE: u32 = 1 << 4;
    /// A word that states a fall.
    pub(crate) const FALL: u32 = 1 << 5;
    /// A word that may stand between a verb of change and its number.
    pub(crate) const BETWEEN: u32 = 1 << 6;
    /// A word before a year that dates a quantity.
    pub(crate) const DATING: u32 = 1 << 7;
    /// "since".
    pub(crate) const SINCE: u32 = 1 << 8;
    /// "to" (a level reached: "rose *to* US$236 billion").
    pub(crate) const TO: u32 = 1 << 9;
    /// A verb after which "up" is no rise ([`english::UP_WITHOUT_A_RISE`]: "make *up*", "eats *up*").
    pub(crate) const MAKE: u32 = 1 << 10;
    /// "up".
    pub(crate) const UP: u32 = 1 << 11;
    /// A figure's own word or phrase (claim words, counts, among or places).
    pub(crate) const FIGURE: u32 = 1 << 12;
    /// A word after which a population is the object of a preposition ("inside *their*
    /// countries", "*with* governments"), not what a quantity counts.
    pub(crate) const OBJECT: u32 = 1 << 13;
    /// "of", "all", "the" before the whole a share is of ("38% *of all* victims").
    pub(crate) const OF: u32 = 1 << 14;
    /// A word before a number that makes it a reference ("para.", "target").
    pub(crate) const REFERENCE: u32 = 1 << 15;
    /// A month name.
    pub(crate) const MONTH: u32 = 1 << 16;
    /// A word of the future ("will").
    pub(crate) const FUTURE: u32 = 1 << 17;
    /// A word after a comma that starts another clause ("and", "whose", "which").
    pub(crate) const CLAUSE: u32 = 1 << 18;
    /// A verb of saying, or "that" ("the report *says* 38% ...").
    pub(crate) const SAYS: u32 = 1 << 19;
    /// A noun or comparative of change that may follow its number ("a 37% *rise*").
    pub(crate) const CHANGE_NOUN: u32 = 1 << 20;
    /// A relative pronoun after a comma ("..., *whose* workshop ...").
    pub(crate) const RELATIVE: u32 = 1 << 21;
    /// A preposition that puts a quantity inside the noun phrase before it ("213 million
    /// children *in* 146 countries").
    pub(crate) const WITHIN: u32 = 1 << 22;
    /// "age" ("the voting age").
    pub(crate) const AGE: u32 = 1 << 23;
    /// A word of what happened to the people counted ("killed", "received").
    pub(crate) const OUTCOME: u32 = 1 << 24;
}

/// How a figure uses a phrase (bits of [`Index::used_by`]).
pub(crate) mod uses {
    /// One of its claim words.
    pub(crate) const WORD: u8 = 1;
    /// One of its places.
    pub(crate) const PLACE: u8 = 2;
    /// One of its counts.
    pub(crate) const COUNTS: u8 = 4;
    /// One of its excludes.
    pub(crate) const EXCLUDES: u8 = 8;
}

/// The number of prefix keys: three places of 37 values (none, a–z, 0–9).
const PREFIXES: usize = 37 * 37 * 37;

/// The key of a word's first three characters (lower case), when they are ASCII letters or
/// digits; `None` otherwise (a word that must be normalised to be looked up).
fn prefix_key(word: &str) -> Option<usize> {
    let mut key = 0;
    for i in 0..3 {
        let v = match word.as_bytes().get(i) {
            None => 0,
            Some(b) if b.is_ascii_lowercase() => usize::from(b - b'a') + 1,
            Some(b) if b.is_ascii_uppercase() => usize::from(b - b'A') + 1,
            Some(b) if b.is_ascii_digit() => usize::from(b - b'0') + 27,
            Some(_) => return None,
        };
        key = key * 37 + v;
    }
    Some(key)
}

/// "girls and women" for "women and girls": a phrase of two words joined by "and", in the
/// other order; `None` for any other phrase.
fn other_order(phrase: &str) -> Option<String> {
    let mut words = phrase.split_whitespace();
    let (a, and, b) = (words.next()?, words.next()?, words.next()?);
    (words.next().is_none() && and.eq_ignore_ascii_case("and")).then(|| format!("{b} {and} {a}"))
}

/// A term id: an index into the interned words; `NONE` for a word no phrase uses.
const NONE: u32 = u32::MAX;

/// The term id of a word no phrase uses.
pub(crate) const NO_TERM: u32 = NONE;

/// What a figure declares, as phrase ids of the index.
#[derive(Debug, Clone)]
pub(crate) struct FigureKeys {
    /// `counts`.
    pub(crate) counts: Vec<u32>,
    /// `among`.
    pub(crate) among: Vec<u32>,
    /// `claim_words`.
    pub(crate) words: Vec<u32>,
    /// `places`.
    pub(crate) places: Vec<u32>,
    /// `excludes`.
    pub(crate) excludes: Vec<u32>,
    /// A claim that names no place may be about the figure: its geography is the world or
    /// it has no place to name.
    pub(crate) placeless: bool,
    /// The years it covers (the report's current years for a current level).
    pub(crate) years: (u16, u16),
    /// Whether it gives years of its own (not a current level).
    pub(crate) dated: bool,
    /// Its direction, for a change.
    pub(crate) change: Option<Change>,
    /// Its unit.
    pub(crate) unit: Unit,
    /// It is printed as a range ("15–24 years").
    pub(crate) range: bool,
    /// The words of what happened to the people it counts ([`english::OUTCOMES`]) that its
    /// quote, measure or claim words use, as term ids.
    pub(crate) outcomes: Vec<u32>,
    /// It counts what was added ("48 examples *added* to the map"): a rise of its number
    /// ("the map gained 48 examples") states it.
    pub(crate) additive: bool,
}

impl FigureKeys {
    /// Whether `phrase` names what the figure counts or what it is a share among.
    pub(crate) fn counts_or_among(&self, phrase: u32) -> bool {
        self.counts.contains(&phrase) || self.among.contains(&phrase)
    }

    /// Whether `phrase` is one of the figure's own: what it counts, is among, or a claim
    /// word of it.
    pub(crate) fn owns(&self, phrase: u32) -> bool {
        self.words.contains(&phrase) || self.counts_or_among(phrase)
    }
}

/// One list of items per key, all in one array: the list of key `k` is
/// `items[at[k]..at[k + 1]]` (read without following a pointer per key).
#[derive(Debug, Clone)]
pub(crate) struct Lists<T> {
    /// Where each key's list starts, and one past the last list's end.
    at: Vec<u32>,
    /// The lists, one after the other.
    items: Vec<T>,
}

impl<T: Clone> Lists<T> {
    /// The lists of `lists`, in one array.
    fn of(lists: &[Vec<T>]) -> Lists<T> {
        let mut at = Vec::with_capacity(lists.len() + 1);
        let mut items = Vec::with_capacity(lists.iter().map(Vec::len).sum());
        at.push(0);
        for list in lists {
            items.extend_from_slice(list);
            at.push(items.len() as u32);
        }
        Lists { at, items }
    }
}

impl<T> Lists<T> {
    /// The list of key `k`; `None` past the last key.
    pub(crate) fn get(&self, k: usize) -> Option<&[T]> {
        let start = *self.at.get(k)? as usize;
        let end = *self.at.get(k + 1)? as usize;
        self.items.get(start..end)
    }
}

/// A phrase a term starts ([`Index::starts`]).
#[derive(Debug, Clone, Copy)]
struct Start {
    /// The phrase id.
    phrase: u32,
    /// Where its terms are in [`Index::start_terms`].
    terms: u32,
    /// Its number of terms.
    len: u32,
}

/// The matching index of a dataset's figures.
#[derive(Debug, Clone)]
pub(crate) struct Index {
    /// Normalised word → term id.
    terms: HashMap<Box<str>, u32>,
    /// Role bits of each term.
    term_roles: Vec<u32>,
    /// Each phrase's terms.
    phrases: Vec<Box<[u32]>>,
    /// Role bits of each phrase.
    phrase_roles: Vec<u32>,
    /// Term sequence → phrase id.
    by_terms: HashMap<Box<[u32]>, u32>,
    /// For each term, the phrases it starts, longest first (the matcher's inner loop reads
    /// them in one array, with each phrase's terms beside it).
    starts: Lists<Start>,
    /// The terms of the phrases of [`Index::starts`], in its order.
    start_terms: Vec<u32>,
    /// A bit per three-letter prefix ([`prefix_key`]) that starts a term, or a word whose
    /// normal form is one.
    prefixes: Vec<u64>,
    /// One entry per figure of the dataset, in its order.
    pub(crate) figures: Vec<FigureKeys>,
    /// For each phrase, the figures that declare it and how (`(figure position, use::*
    /// bits)`).
    pub(crate) used_by: Lists<(u32, u8)>,
    /// For each phrase, how many figures have it among their claim words.
    pub(crate) word_users: Vec<u32>,
    /// The report's year and the one before: the years of a current level.
    pub(crate) current: (u16, u16),
    /// A number no other index built by this process has: the key of the words a thread
    /// has looked up in it ([`WordMemo`]).
    id: u64,
    /// The phrase of a place no list names ([`Index::mark_unlisted_places`]).
    unlisted_place: u32,
    /// The phrase of a thing no list names that a count counts
    /// ([`Index::mark_unlisted_places`]).
    unlisted_thing: u32,
}

/// The words a thread has looked up in an index, as written (`"Children"`, `"victims"`),
/// with their term ids and roles: the words of a text repeat, and one lookup of the word as
/// written replaces its normalisation and the lookup of its normal form.
#[derive(Default)]
struct WordMemo {
    /// The [`Index::id`] of the index the words were looked up in.
    index: u64,
    /// The words, as written.
    words: MemoWords,
}

/// Words as written → (term id, role bits).
#[derive(Default)]
struct MemoWords {
    /// Words of at most eight bytes, by their [`packed`] number.
    short: StdHashMap<u64, (u32, u32), BuildHasherDefault<Mul>>,
    /// Longer words.
    long: HashMap<Box<str>, (u32, u32)>,
}

impl MemoWords {
    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    fn clear(&mut self) {
        self.short.clear();
        self.long.clear();
    }

    fn get(&self, word: &str) -> Option<(u32, u32)> {
        match packed(word) {
            Some(key) => self.short.get(&key).copied(),
            None => self.long.get(word).copied(),
        }
    }

    fn insert(&mut self, word: &str, found: (u32, u32)) {
        match packed(word) {
            Some(key) => {
                self.short.insert(key, found);
            }
            None => {
                self.long.insert(word.into(), found);
            }
        }
    }
}

/// The most words a thread's memo keeps before it starts again (a few megabytes at most).
const MEMO_WORDS: usize = 1 << 16;

/// The ids of indexes ([`Index::id`]).
static NEXT_INDEX_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

thread_local! {
    /// The words this thread has looked up ([`Index::read_into`]).
    static MEMO: std::cell::RefCell<WordMemo> = std::cell::RefCell::new(WordMemo::default());
}

/// One word of a sentence.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    /// Its term id, `u32::MAX` when no phrase uses it.
    pub(crate) term: u32,
    /// Role bits of the word.
    pub(crate) roles: u32,
    /// Byte range in the sentence.
    pub(crate) start: usize,
    /// End of the byte range.
    pub(crate) end: usize,
    /// The year it writes, for four digits from 1900 to 2100.
    pub(crate) year: Option<u16>,
    /// The marks between the token before and this one ([`mark`] bits; none for the first).
    pub(crate) gap: u16,
}

/// The marks between two tokens (bits of [`Tok::gap`]), read once with the words.
pub(crate) mod mark {
    /// `,`
    pub(crate) const COMMA: u16 = 1;
    /// `;`
    pub(crate) const SEMICOLON: u16 = 1 << 1;
    /// `:`
    pub(crate) const COLON: u16 = 1 << 2;
    /// `(`
    pub(crate) const OPEN: u16 = 1 << 3;
    /// `)`
    pub(crate) const CLOSE: u16 = 1 << 4;
    /// An en or em dash (`–`, `—`).
    pub(crate) const DASH: u16 = 1 << 5;
    /// `|`
    pub(crate) const BAR: u16 = 1 << 6;
    /// `.`
    pub(crate) const STOP: u16 = 1 << 7;
    /// `·` (a byline's separator).
    pub(crate) const DOT: u16 = 1 << 8;
    /// Anything but white space and the marks above.
    pub(crate) const OTHER: u16 = 1 << 9;
    /// The marks that end a noun phrase before them: `,`, `.`, `;`, `:`.
    pub(crate) const ENDS_A_PHRASE: u16 = COMMA | STOP | SEMICOLON | COLON;

    /// The marks of `gap`, the text between two tokens.
    pub(crate) fn of(gap: &str) -> u16 {
        // (The usual gap: one space.)
        if gap == " " {
            return 0;
        }
        let mut bits = 0;
        for c in gap.chars() {
            bits |= match c {
                ',' => COMMA,
                ';' => SEMICOLON,
                ':' => COLON,
                '(' => OPEN,
                ')' => CLOSE,
                '–' | '—' => DASH,
                '|' => BAR,
                '.' => STOP,
                '·' => DOT,
                c if c.is_whitespace() => 0,
                _ => OTHER,
            };
        }
        bits
    }
}

/// A phrase found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    /// The phrase id.
    pub(crate) phrase: u32,
    /// First token.
    pub(crate) first: usize,
    /// One past the last token.
    pub(crate) last: usize,
}

/// A sentence read against the index: its tokens and every phrase match.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sentence {
    /// The words.
    pub(crate) toks: Vec<Tok>,
    /// Every phrase match (overlapping ones included), in order of first token.
    pub(crate) matches: Vec<Mention>,
    /// Population and place mentions: at each position the longest population, place or
    /// name phrase, non-overlapping.
    pub(crate) mentions: Vec<Mention>,
}

impl Index {
    /// Builds the index of `figures`, for a report of year `report_year`.
    pub(crate) fn new(figures: &[Figure], report_year: u16) -> Index {
        let mut index = Index {
            terms: HashMap::default(),
            term_roles: Vec::new(),
            phrases: Vec::new(),
            phrase_roles: Vec::new(),
            by_terms: HashMap::default(),
            starts: Lists::of(&[]),
            start_terms: Vec::new(),
            prefixes: vec![0; PREFIXES.div_ceil(64)],
            figures: Vec::with_capacity(figures.len()),
            used_by: Lists::of(&[]),
            word_users: Vec::new(),
            current: (report_year.saturating_sub(1), report_year),
            id: NEXT_INDEX_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            unlisted_place: NONE,
            unlisted_thing: NONE,
        };
        for (words, role) in [
            (english::RISE, role::RISE),
            (english::FALL, role::FALL),
            (english::BETWEEN_CHANGE_AND_NUMBER, role::BETWEEN),
            (english::DATING, role::DATING),
            (&["since"][..], role::SINCE),
            (&["to"][..], role::TO),
            (english::UP_WITHOUT_A_RISE, role::MAKE),
            (&["up"][..], role::UP),
            (english::BEFORE_AN_OBJECT, role::OBJECT),
            (&["of", "all", "the", "its", "their"][..], role::OF),
            (english::REFERENCES, role::REFERENCE),
            (english::MONTHS, role::MONTH | role::DATING),
            (english::FUTURE, role::FUTURE),
            (english::CLAUSE, role::CLAUSE),
            (english::SAYS, role::SAYS),
            (english::CHANGE_NOUNS, role::CHANGE_NOUN),
            (english::RELATIVE, role::RELATIVE),
            (
                &["in", "from", "across", "among", "within"][..],
                role::WITHIN,
            ),
            (&["age"][..], role::AGE),
            (english::OUTCOMES, role::OUTCOME),
        ] {
            for word in words {
                let term = index.term(word);
                index.term_roles[term as usize] |= role;
            }
        }
        for (phrases, role) in [
            (english::POPULATIONS, role::POPULATION),
            (english::PLACES, role::PLACE),
            (english::WORLD, role::WORLD),
            (english::NAMES, role::NAME),
        ] {
            for phrase in phrases {
                index.phrase(phrase, role);
            }
        }
        // (Its words are no words of prose: no sentence matches it by them.)
        index.unlisted_place = index
            .phrase("zzunlisted zzplace", role::PLACE)
            .unwrap_or(NONE);
        index.unlisted_thing = index
            .phrase("zzunlisted zzthing", role::POPULATION)
            .unwrap_or(NONE);
        for figure in figures {
            let mut keys = |list: &[std::borrow::Cow<'static, str>], role: u32| -> Vec<u32> {
                let mut ids: Vec<u32> = list
                    .iter()
                    .filter_map(|w| index.phrase(w, role | role::FIGURE))
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                ids
            };
            // A population of two joined by "and" is the same in either order ("women and
            // girls", "girls and women").
            let either_order = |list: &[std::borrow::Cow<'static, str>]| {
                let mut all = list.to_vec();
                all.extend(
                    list.iter()
                        .filter_map(|p| other_order(p))
                        .map(std::borrow::Cow::Owned),
                );
                all
            };
            let counts = keys(&either_order(&figure.counts), role::POPULATION);
            let among = keys(&either_order(&figure.among), role::POPULATION);
            let words = keys(&figure.claim_words, 0);
            let places = keys(&figure.places, role::PLACE);
            let excludes = keys(&figure.excludes, 0);
            let dated = figure.year_from.is_some() || figure.year_to.is_some();
            let years = match (figure.year_from, figure.year_to) {
                (Some(a), Some(b)) => (a.min(b), a.max(b)),
                (Some(a), None) | (None, Some(a)) => (a, a),
                (None, None) => index.current,
            };
            // The outcome words its own text uses ("received" in "received assistance").
            let mut outcomes = Vec::new();
            let mut key = String::new();
            let own_text = [figure.quote.as_ref(), figure.measure.as_ref()]
                .into_iter()
                .chain(figure.claim_words.iter().map(|w| w.as_ref()));
            for text in own_text {
                for (start, end) in crate::lexicon::words(text) {
                    crate::lexicon::normalize(&text[start..end], &mut key);
                    if let Some(&t) = index.terms.get(key.as_str())
                        && index.term_roles[t as usize] & role::OUTCOME != 0
                        && !outcomes.contains(&t)
                    {
                        outcomes.push(t);
                    }
                }
            }
            index.figures.push(FigureKeys {
                counts,
                among,
                words,
                places: places.clone(),
                excludes,
                placeless: figure.geography.eq_ignore_ascii_case("world") || places.is_empty(),
                years,
                dated,
                change: figure.change,
                unit: figure.unit,
                range: figure.value_upper.is_some(),
                outcomes,
                additive: [figure.quote.as_ref(), figure.measure.as_ref()]
                    .iter()
                    .any(|t| {
                        crate::lexicon::words(t).any(|(a, b)| {
                            t[a..b].eq_ignore_ascii_case("added")
                                || t[a..b].eq_ignore_ascii_case("additional")
                        })
                    }),
            });
        }
        let mut used_by: Vec<Vec<(u32, u8)>> = vec![Vec::new(); index.phrases.len()];
        for (f, keys) in index.figures.iter().enumerate() {
            for (list, bit) in [
                (&keys.words, uses::WORD),
                (&keys.places, uses::PLACE),
                (&keys.counts, uses::COUNTS),
                (&keys.excludes, uses::EXCLUDES),
            ] {
                for &p in list {
                    let users = &mut used_by[p as usize];
                    match users.iter_mut().find(|(g, _)| *g == f as u32) {
                        Some((_, bits)) => *bits |= bit,
                        None => users.push((f as u32, bit)),
                    }
                }
            }
        }
        index.word_users = vec![0; index.phrases.len()];
        for keys in &index.figures {
            for &p in &keys.words {
                index.word_users[p as usize] += 1;
            }
        }
        index.used_by = Lists::of(&used_by);
        // The phrases each term starts, in the order they were interned, then longest first.
        let mut starts: Vec<Vec<u32>> = vec![Vec::new(); index.term_roles.len()];
        for (p, terms) in index.phrases.iter().enumerate() {
            if let Some(&first) = terms.first() {
                starts[first as usize].push(p as u32);
            }
        }
        let mut lists = Vec::with_capacity(starts.len());
        for mut list in starts {
            list.sort_by_key(|&p| std::cmp::Reverse(index.phrases[p as usize].len()));
            let mut entries = Vec::with_capacity(list.len());
            for p in list {
                let terms = &index.phrases[p as usize];
                entries.push(Start {
                    phrase: p,
                    terms: index.start_terms.len() as u32,
                    len: terms.len() as u32,
                });
                index.start_terms.extend_from_slice(terms);
            }
            lists.push(entries);
        }
        index.starts = Lists::of(&lists);
        index
    }

    /// The term id of `word`, interned.
    fn term(&mut self, word: &str) -> u32 {
        // The word's first letters, and the normal form's, may start a term.
        if let Some(p) = prefix_key(word) {
            self.prefixes[p / 64] |= 1 << (p % 64);
        }
        let mut key = String::new();
        normalize(word, &mut key);
        if let Some(p) = prefix_key(&key) {
            self.prefixes[p / 64] |= 1 << (p % 64);
        }
        if let Some(&id) = self.terms.get(key.as_str()) {
            return id;
        }
        let id = self.term_roles.len() as u32;
        self.terms.insert(key.into_boxed_str(), id);
        self.term_roles.push(0);
        id
    }

    /// The phrase id of `text`, interned with `role` added; `None` for a phrase with no word.
    fn phrase(&mut self, text: &str, role: u32) -> Option<u32> {
        let terms: Box<[u32]> = words(text).map(|(s, e)| self.term(&text[s..e])).collect();
        if terms.is_empty() {
            return None;
        }
        if let Some(&id) = self.by_terms.get(&terms) {
            self.phrase_roles[id as usize] |= role;
            return Some(id);
        }
        let id = self.phrases.len() as u32;
        self.phrases.push(terms.clone());
        self.phrase_roles.push(role);
        self.by_terms.insert(terms, id);
        Some(id)
    }

    /// The number of words of a phrase.
    pub(crate) fn len_of(&self, phrase: u32) -> usize {
        self.phrases.get(phrase as usize).map_or(0, |p| p.len())
    }

    /// What a phrase says of a figure that uses it as a claim word: its length shared
    /// among the figures that use it (a word of one figure says more than a word of ten).
    pub(crate) fn weight_of(&self, phrase: u32) -> u32 {
        let users = self
            .word_users
            .get(phrase as usize)
            .copied()
            .unwrap_or(1)
            .max(1);
        self.len_of(phrase) as u32 * 120 / users
    }

    /// Role bits of a phrase.
    pub(crate) fn roles_of(&self, phrase: u32) -> u32 {
        self.phrase_roles.get(phrase as usize).copied().unwrap_or(0)
    }

    /// Reads `text` into tokens and phrase matches.
    pub(crate) fn read(&self, text: &str) -> Sentence {
        let mut sentence = Sentence::default();
        self.read_into(text, &mut sentence);
        sentence
    }

    /// [`Index::read`] into a sentence whose buffers are reused (cleared first).
    pub(crate) fn read_into(&self, text: &str, sentence: &mut Sentence) {
        MEMO.with(|memo| match memo.try_borrow_mut() {
            Ok(mut memo) => {
                if memo.index != self.id || memo.words.len() >= MEMO_WORDS {
                    memo.words.clear();
                    memo.index = self.id;
                }
                self.read_words(text, sentence, Some(&mut memo.words));
            }
            Err(_) => self.read_words(text, sentence, None),
        });
    }

    /// The term id and roles of `word` (as written), looked up in `memo` first.
    fn look_up(&self, word: &str, key: &mut String, memo: Option<&mut MemoWords>) -> (u32, u32) {
        if let Some(found) = memo.as_ref().and_then(|m| m.get(word)) {
            return found;
        }
        normalize(word, key);
        let term = self.terms.get(key.as_str()).copied().unwrap_or(NONE);
        let roles = if term == NONE {
            0
        } else {
            self.term_roles[term as usize]
        };
        if let Some(m) = memo {
            m.insert(word, (term, roles));
        }
        (term, roles)
    }

    /// [`Index::read_into`], with the thread's memo of words when it is free.
    fn read_words(&self, text: &str, sentence: &mut Sentence, memo: Option<&mut MemoWords>) {
        // (A text with no hashtag, almost every one, is read without looking for them.)
        if memchr::memchr(b'#', text.as_bytes()).is_none() {
            self.read_words_of(text, words(text), sentence, memo);
        } else {
            let parts = words(text).flat_map(|(s, e)| hashtag_words(text, s, e));
            self.read_words_of(text, parts, sentence, memo);
        }
    }

    /// [`Index::read_words`] over the byte ranges of `text`'s words.
    fn read_words_of(
        &self,
        text: &str,
        words: impl Iterator<Item = (usize, usize)>,
        sentence: &mut Sentence,
        mut memo: Option<&mut MemoWords>,
    ) {
        sentence.toks.clear();
        sentence.matches.clear();
        sentence.mentions.clear();
        // (Allocated at the first word the memo does not hold.)
        let mut key = String::new();
        for (start, end) in words {
            let word = &text[start..end];
            let year = (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
                .then(|| word.parse::<u16>().ok())
                .flatten()
                .filter(|y| (1900..=2100).contains(y))
                .filter(|_| {
                    // Not part of a grouped number ("2,0 14") or a decimal.
                    let before = text[..start].chars().next_back();
                    let after = text[end..].chars().next();
                    let grouped = matches!(before, Some(',' | '.'));
                    let decimal = matches!(after, Some(',' | '.'))
                        && text
                            .get(end + 1..)
                            .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
                    !grouped && !decimal
                });
            // A word whose first three letters start no term is no term: not normalised.
            let known = prefix_key(word)
                .is_none_or(|p| self.prefixes[p / 64] & (1 << (p % 64)) != 0)
                || (word.len() == 5 && word.ends_with("ies"));
            let (term, roles) = if known {
                self.look_up(word, &mut key, memo.as_deref_mut())
            } else {
                (NONE, 0)
            };
            // What stands between the word before and this one.
            let between = sentence
                .toks
                .last()
                .and_then(|p| Some((p.end, text.get(p.end..start)?)));
            // "&" between two words is "and" ("women & girls", "conflict & violence"): a
            // token of its own, written "&", read as "and".
            if let Some((p_end, between)) = between
                && between.bytes().any(|b| b == b'&')
                && between.trim() == "&"
                && let Some(at) = between.find('&')
            {
                let (term, roles) = self.look_up("and", &mut key, memo.as_deref_mut());
                let amp = p_end + at;
                let gap = text.get(p_end..amp).map_or(0, mark::of);
                sentence.toks.push(Tok {
                    term,
                    roles,
                    start: amp,
                    end: amp + 1,
                    year: None,
                    gap,
                });
            }
            let gap = match sentence.toks.last() {
                // (After an "&" token, the marks between it and this word.)
                Some(p) if between.is_some_and(|(end, _)| end != p.end) => {
                    text.get(p.end..start).map_or(0, mark::of)
                }
                _ => between.map_or(0, |(_, b)| mark::of(b)),
            };
            sentence.toks.push(Tok {
                term,
                roles,
                start,
                end,
                year,
                gap,
            });
        }
        // A year said in words ("by twenty twenty-three"): each of its words writes it.
        let mut i = 0;
        while i + 1 < sentence.toks.len() {
            let toks = &sentence.toks;
            // (Only "twenty" and "nineteen" open one.)
            let opens =
                |w: &str| w.eq_ignore_ascii_case("twenty") || w.eq_ignore_ascii_case("nineteen");
            if toks[i + 1].gap != 0 || !opens(&text[toks[i].start..toks[i].end]) {
                i += 1;
                continue;
            }
            let word = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
            let hyphen = |k: usize| {
                toks.get(k)
                    .is_some_and(|t| text.get(toks[k - 1].end..t.start) == Some("-"))
            };
            let (rest_end, len) = if hyphen(i + 2) {
                (i + 2, 3)
            } else {
                (i + 1, 2)
            };
            let year = (!hyphen(rest_end + 1))
                .then(|| {
                    let rest = &text[toks[i + 1].start..toks[rest_end].end];
                    super::spoken_year(word(i), rest)
                })
                .flatten();
            match year {
                Some(y) => {
                    for t in &mut sentence.toks[i..i + len] {
                        t.year = Some(y);
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        let toks = &sentence.toks;
        for i in 0..toks.len() {
            if toks[i].term == NONE {
                continue;
            }
            let Some(candidates) = self.starts.get(toks[i].term as usize) else {
                continue;
            };
            for c in candidates {
                let p = c.phrase;
                let at = c.terms as usize;
                let Some(terms) = self.start_terms.get(at..at + c.len as usize) else {
                    continue;
                };
                // (Not across a mark: "trafficking, children included" is not "trafficked
                // children".)
                let fits = i + terms.len() <= toks.len()
                    && terms.iter().zip(&toks[i..]).all(|(&t, tok)| tok.term == t)
                    && (i + 1..i + terms.len()).all(|j| {
                        toks[j].gap
                            & (mark::COMMA
                                | mark::SEMICOLON
                                | mark::COLON
                                | mark::OPEN
                                | mark::CLOSE
                                | mark::BAR)
                            == 0
                    });
                if fits {
                    sentence.matches.push(Mention {
                        phrase: p,
                        first: i,
                        last: i + terms.len(),
                    });
                }
            }
        }
        // Mentions: the longest population, place or name phrase at each position.
        let mut next = 0;
        for m in &sentence.matches {
            if m.first < next {
                continue;
            }
            let roles = self.phrase_roles[m.phrase as usize];
            if roles & (role::POPULATION | role::PLACE | role::NAME | role::WORLD) == 0 {
                continue;
            }
            // `matches` holds the longest phrase first at each position.
            // (A name that ends in a population its relative clause is about stands for that
            // population: "trafficking in *children, who* now account for 38 per cent".)
            let who = toks.get(m.last).is_some_and(|t| {
                t.gap & mark::COMMA != 0
                    && text
                        .get(t.start..t.end)
                        .is_some_and(|w| w.eq_ignore_ascii_case("who"))
            });
            let tail = (who && roles & (role::NAME | role::POPULATION) == role::NAME)
                .then(|| {
                    sentence.matches.iter().find(|p| {
                        p.first > m.first
                            && p.last == m.last
                            && self.phrase_roles[p.phrase as usize] & role::POPULATION != 0
                    })
                })
                .flatten();
            sentence.mentions.push(*tail.unwrap_or(m));
            next = m.last;
        }
        self.mark_unlisted_places(text, sentence);
    }

    /// A place no list names, after "in", "across", "within" or "throughout": one to three
    /// capitalised words that no phrase uses, then a mark but a colon, the end or a word in
    /// lower case ("In Valdoria, children made up 44 per cent ...", "... across
    /// Freedonia."); a name and a noun of a place after "in the" ("in the Wenlo corridor");
    /// the adjective of such a place before a population ("Valdorian children"). It is a
    /// place like any other, so a quantity there is not about a figure for the world.
    /// (Not a word of a phrase, a month or an acronym, nor one of [`english::NOT_PLACES`]:
    /// "In Brief", "in English", "in Parliament".)
    fn mark_unlisted_places(&self, text: &str, sentence: &mut Sentence) {
        let toks = &sentence.toks;
        let word = |i: usize| &text[toks[i].start..toks[i].end];
        let capitalised = |i: usize| {
            if i >= toks.len() {
                return false;
            }
            let w = word(i);
            // (The cheap tests first: this runs on every word of every sentence.)
            if toks[i].term != NONE
                || toks[i].roles != 0
                || w.len() < 3
                || w.as_bytes()[0].is_ascii_lowercase()
                || w.as_bytes()[0].is_ascii_digit()
            {
                return false;
            }
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
                && !in_list(english::NOT_PLACES, w)
        };
        let mut found: Vec<Mention> = Vec::new();
        // A thing no list names that a count counts: a plural noun no phrase uses right
        // after the count, or after one word of a phrase after it, read as a noun by what
        // follows it ("Over 40 pathfinding *projects* have been launched", "1.7 million
        // *reports* of online child sexual abuse"). Not after a year, a label or a share's
        // "every 6" ("An ILO report published in 2024 *puts* ...", "Mission 89 *reckons*",
        // "1 child in every 6 *lives* ..."), nor a unit ([`english::NOT_THINGS`]).
        let plural = |i: usize| {
            i < toks.len() && {
                let w = word(i);
                toks[i].gap == 0
                    && toks[i].roles
                        & (role::POPULATION
                            | role::PLACE
                            | role::OBJECT
                            | role::OF
                            | role::DATING
                            | role::MONTH)
                        == 0
                    && !sentence.matches.iter().any(|m| m.first <= i && i < m.last)
                    && w.len() >= 4
                    && w.bytes().all(|b| b.is_ascii_lowercase())
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !in_list(english::NOT_THINGS, w)
            }
        };
        let a_noun_by_what_follows = |i: usize| {
            i + 1 >= toks.len()
                || toks[i + 1].gap & mark::ENDS_A_PHRASE != 0
                || in_list(english::AFTER_A_COUNTED_NOUN, word(i + 1))
        };
        for j in 0..toks.len().saturating_sub(1) {
            let b = &text.as_bytes()[toks[j].start..toks[j].end];
            let digits =
                b.first().is_some_and(u8::is_ascii_digit) && b.iter().all(u8::is_ascii_digit);
            let scale = !digits
                && j > 0
                && matches!(b.first(), Some(b'm' | b'b' | b't' | b'h' | b'k'))
                && in_list(
                    &["million", "billion", "thousand", "hundred", "m", "bn", "k"],
                    word(j),
                )
                && word(j - 1).bytes().all(|b| b.is_ascii_digit());
            if !(digits || scale) || toks[j].year.is_some() {
                continue;
            }
            let count = if scale { j - 1 } else { j };
            // (The number's first group: "1.7" is "1", "7"; "15,000" is "15", "000".)
            let mut head = count;
            while head > 0
                && word(head - 1).bytes().all(|b| b.is_ascii_digit())
                && text
                    .get(toks[head - 1].end..toks[head].start)
                    .is_some_and(|g| g == "." || g == ",")
            {
                head -= 1;
            }
            let labelled = head > 0 && {
                let before = word(head - 1);
                (before.starts_with(char::is_uppercase)
                    && !in_list(english::BETWEEN_CHANGE_AND_NUMBER, before)
                    && !in_list(&["over", "more", "under", "fewer", "less", "some"], before))
                    || in_list(&["every", "in", "of", "per", "to", "and", "or"], before)
            };
            if labelled {
                continue;
            }
            let thing = if plural(j + 1) {
                Some(j + 1)
            } else if toks[j + 1].term != NONE
                && toks[j + 1].gap == 0
                && word(j + 1).bytes().all(|b| b.is_ascii_lowercase())
                && plural(j + 2)
            {
                Some(j + 2)
            } else {
                None
            };
            if let Some(t) = thing
                && a_noun_by_what_follows(t)
                && !sentence.mentions.iter().any(|m| m.first <= t && t < m.last)
            {
                found.push(Mention {
                    phrase: self.unlisted_thing,
                    first: t,
                    last: t + 1,
                });
            }
        }
        for i in 0..toks.len().saturating_sub(1) {
            // "2,730 Valdorian children": the adjective of a place no list holds, before a
            // population.
            let b = &text.as_bytes()[toks[i].start..toks[i].end];
            let demonym = b.len() > 5
                && matches!(&b[b.len() - 3..], b"ian" | b"ean" | b"ese")
                && toks[i + 1].gap == 0
                && capitalised(i)
                && !in_list(english::NOT_DEMONYMS, word(i))
                && sentence.mentions.iter().any(|m| {
                    m.first == i + 1 && self.roles_of(m.phrase) & role::POPULATION != 0
                })
                // (Not the adjective of a place the sentence names: "A *Zambian* delegate
                // ... Zambia's gross domestic product".)
                && !sentence.mentions.iter().any(|m| {
                    self.roles_of(m.phrase) & role::PLACE != 0
                        && text
                            .get(toks[m.first].start..toks[m.first].start + 4)
                            .zip(word(i).get(..4))
                            .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b))
                });
            if demonym {
                found.push(Mention {
                    phrase: self.unlisted_place,
                    first: i,
                    last: i + 1,
                });
                continue;
            }
            if !matches!(b.len(), 2 | 6 | 10)
                || !matches!(
                    b.first(),
                    Some(b'i' | b'I' | b'a' | b'A' | b'w' | b'W' | b't' | b'T')
                )
                || !in_list(&["in", "across", "within", "throughout"], word(i))
            {
                continue;
            }
            // "in the Wenlo corridor", "across the Kivu region": a name and a noun of a
            // place after "the".
            if word(i + 1) == "the"
                && (i + 2..(i + 4).min(toks.len())).all(|j| toks[j].gap == 0)
                && capitalised(i + 2)
                && toks
                    .get(i + 3)
                    .is_some_and(|_| in_list(english::PLACE_NOUNS, word(i + 3)))
                && !sentence
                    .mentions
                    .iter()
                    .any(|m| m.first < i + 4 && i + 2 < m.last)
            {
                found.push(Mention {
                    phrase: self.unlisted_place,
                    first: i + 2,
                    last: i + 4,
                });
                continue;
            }
            if !capitalised(i + 1) || toks[i + 1].gap != 0 {
                continue;
            }
            let mut last = i + 2;
            while last < toks.len() && last < i + 4 && toks[last].gap == 0 && capitalised(last) {
                last += 1;
            }
            // (Not before a colon: "Text from Kath in Amble: 383 million ..." says where a
            // message comes from.)
            let ends = last == toks.len()
                || (toks[last].gap != 0 && toks[last].gap & mark::COLON == 0)
                || (word(last).starts_with(char::is_lowercase)
                    && !in_list(&["of", "de", "del", "da", "do", "the"], word(last)));
            let covered = sentence
                .mentions
                .iter()
                .any(|m| m.first < last && i + 1 < m.last);
            if ends && !covered {
                found.push(Mention {
                    phrase: self.unlisted_place,
                    first: i + 1,
                    last,
                });
            }
        }
        if !found.is_empty() {
            sentence.mentions.extend(found);
            sentence.mentions.sort_by_key(|m| m.first);
        }
    }
}

/// The words of a hashtag written in camel case inside a sentence ("adopted the
/// #BogotaCallToAction and ...": "Bogota", "Call", "To", "Action"); any other word as it is,
/// and so are the tags that close a post ("... exploitation 💔 #EndChildLabour"), which label
/// it rather than say what it counts.
fn hashtag_words(text: &str, start: usize, end: usize) -> Parts<'_> {
    let bytes = text.as_bytes();
    let split = start > 0
        && bytes[start - 1] == b'#'
        && text.get(end..).is_some_and(|rest| {
            rest.split_whitespace()
                .any(|w| !w.starts_with('#') && w.chars().any(char::is_alphanumeric))
        });
    Parts {
        bytes,
        from: start,
        end,
        split,
    }
}

/// The byte ranges of one word's parts: the word itself, or the words of a hashtag in camel
/// case ([`hashtag_words`]).
struct Parts<'t> {
    bytes: &'t [u8],
    from: usize,
    end: usize,
    split: bool,
}

impl Iterator for Parts<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        if self.from >= self.end {
            return None;
        }
        let start = self.from;
        let stop = if self.split {
            (start + 1..self.end)
                .find(|&i| {
                    self.bytes[i].is_ascii_uppercase() && self.bytes[i - 1].is_ascii_lowercase()
                })
                .unwrap_or(self.end)
        } else {
            self.end
        };
        self.from = stop;
        Some((start, stop))
    }
}

/// An index built the first time it is needed and kept: a field of [`crate::Dataset`].
/// Two are always equal (the index follows from the figures, which the dataset compares).
#[derive(Default)]
pub(crate) struct LazyIndex(OnceLock<Index>);

impl LazyIndex {
    /// An index not built yet.
    pub(crate) const fn new() -> LazyIndex {
        LazyIndex(OnceLock::new())
    }

    /// The index, built from `figures` on the first call (`report_year` is asked for then
    /// only).
    pub(crate) fn get(&self, figures: &[Figure], report_year: impl FnOnce() -> u16) -> &Index {
        self.0.get_or_init(|| Index::new(figures, report_year()))
    }
}

impl Clone for LazyIndex {
    fn clone(&self) -> LazyIndex {
        LazyIndex(match self.0.get() {
            Some(index) => OnceLock::from(index.clone()),
            None => OnceLock::new(),
        })
    }
}

impl PartialEq for LazyIndex {
    fn eq(&self, _: &LazyIndex) -> bool {
        true
    }
}

impl std::fmt::Debug for LazyIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.get().is_some() {
            "LazyIndex(built)"
        } else {
            "LazyIndex(not built)"
        })
    }
}
