//! The words claims use: how a word is normalised, the English the claim checker knows
//! whatever the figures ([`english`]), and the matching index of a dataset's figures
//! ([`Index`]), built once per dataset from the words each figure declares
//! ([`Figure::counts`](crate::Figure::counts), [`Figure::claim_words`](crate::Figure::claim_words), ...).
//!
//! A word is matched without case, accents, possessive, plural, or `-ed`/`-ing`/`-ment`
//! endings, and British and American spellings (`labour`/`labor`, `-isation`/`-ization`)
//! are one word: see [`normalize`]. A phrase is a sequence of normalised words.

pub(crate) mod english;
mod index;

pub(crate) use index::{
    FigureKeys, Index, LazyIndex, Mention, NO_TERM, Sentence, Tok, mark, role, uses,
};

/// Whether `word` is one of `list`, whatever its ASCII case.
pub(crate) fn in_list(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Writes the normalised form of `word` into `out` (cleared first): lower case, accents
/// removed, possessive removed, irregular plurals and spellings mapped, then one suffix of
/// `-ies` (to `y`), `-ments`, `-ment`, `-ings`, `-ing`, `-ed` or `-s` removed where at
/// least three letters remain (not `-ss`), then a final `e` where at least five remain.
///
/// "Children", "child's" and "children's" are `child`; "trafficked" and "trafficking" are
/// `traffick`; "displaced" and "displacement" are `displac`.
pub(crate) fn normalize(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() && !word.contains('\'') {
        // The usual case: ASCII letters and digits.
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        push_plain(word, out);
    }
    strip_endings(out);
}

/// Lower case, accents removed, curly apostrophes straightened.
fn push_plain(word: &str, out: &mut String) {
    for c in word.chars() {
        match c {
            '\'' | '’' | 'ʼ' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => {
                for l in c.to_lowercase() {
                    out.push(plain_letter(l));
                }
            }
        }
    }
}

/// The possessive, irregular forms and suffixes of a lower-cased word.
fn strip_endings(out: &mut String) {
    if out.ends_with("'s") {
        out.truncate(out.len() - 2);
    } else if out.ends_with('\'') {
        out.truncate(out.len() - 1);
    }
    if let Some(to) = irregular(out) {
        out.clear();
        out.push_str(to);
        return;
    }
    let Some(&last) = out.as_bytes().last() else {
        return;
    };
    // "-isation" (and its plural) is "-ization".
    if last == b'n' && out.ends_with("isation") {
        let at = out.len() - 7;
        out.replace_range(at.., "ization");
    } else if last == b's' && out.ends_with("isations") {
        let at = out.len() - 8;
        out.replace_range(at.., "izations");
    }
    let n = out.len();
    if n >= 5 && last == b's' && out.ends_with("ies") {
        out.truncate(n - 3);
        out.push('y');
        return;
    }
    // The first of "-ments", "-ment", "-ings", "-ing", "-ed", "-s" that leaves three
    // letters ("-s" not after "s" or "u").
    let cut = match last {
        b's' if n >= 8 && out.ends_with("ments") => 5,
        b's' if n >= 7 && out.ends_with("ings") => 4,
        b's' if n >= 4 && !out.ends_with("ss") && !out.ends_with("us") => 1,
        b't' if n >= 7 && out.ends_with("ment") => 4,
        b'g' if n >= 6 && out.ends_with("ing") => 3,
        b'd' if n >= 5 && out.ends_with("ed") => 2,
        _ => 0,
    };
    out.truncate(n - cut);
    if out.len() >= 6 && out.ends_with('e') {
        out.truncate(out.len() - 1);
    }
}

/// The normal form of a word the suffix rules would not find.
fn irregular(word: &str) -> Option<&'static str> {
    Some(match word {
        "children" | "childrens" => "child",
        "women" => "woman",
        "men" => "man",
        "people" | "peoples" | "persons" => "person",
        "labor" => "labour",
        "news" => "news",
        "us" => "us",
        "has" => "has",
        "was" => "was",
        "this" => "this",
        "its" => "its",
        "is" => "is",
        "as" => "as",
        "less" => "less",
        "bogota" => "bogota",
        _ => return None,
    })
}

/// A Latin letter with its accent removed (`á` → `a`); any other character as it is.
fn plain_letter(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        c => c,
    }
}

/// The year a script says in words ("twenty eighteen", "twenty twenty-three", "nineteen
/// ninety"): `century` is its first word, `rest` the rest as written (one word, or two joined
/// by a hyphen). `None` unless the rest is ten to ninety-nine ("twenty one" is 21).
pub(crate) fn spoken_year(century: &str, rest: &str) -> Option<u16> {
    const TEENS: [&str; 10] = [
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    const UNITS: [&str; 9] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let index_in = |list: &[&str], w: &str| list.iter().position(|x| x.eq_ignore_ascii_case(w));
    let base: u16 = if century.eq_ignore_ascii_case("twenty") {
        2000
    } else if century.eq_ignore_ascii_case("nineteen") {
        1900
    } else {
        return None;
    };
    let tens_of = |w: &str| index_in(&TENS, w).map(|t| 20 + 10 * t as u16);
    let value = match rest.split_once('-') {
        Some((tens, unit)) => tens_of(tens)? + 1 + index_in(&UNITS, unit)? as u16,
        None => index_in(&TEENS, rest)
            .map(|t| 10 + t as u16)
            .or_else(|| tens_of(rest))?,
    };
    Some(base + value)
}

/// The words of `text` with their byte ranges: runs of letters and digits, with an
/// apostrophe inside a word kept (`children's`). Hyphens, slashes and other marks split
/// words: `sub-Saharan` is `sub`, `Saharan`.
pub(crate) fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    // The character at byte `at`, not ASCII, and its length.
    let wide = move |at: usize| -> Option<(char, usize)> {
        text.get(at..)?.chars().next().map(|c| (c, c.len_utf8()))
    };
    // Whether a letter starts at byte `at`.
    let letter_at = move |at: usize| match bytes.get(at) {
        Some(&b) if b < 0x80 => BYTE_CLASS[usize::from(b)] == LETTER,
        Some(_) => wide(at).is_some_and(|(c, _)| c.is_alphabetic()),
        None => false,
    };
    std::iter::from_fn(move || {
        // Skip to the next letter or digit (ASCII by a table, without decoding).
        loop {
            let b = *bytes.get(i)?;
            match BYTE_CLASS[usize::from(b)] {
                LETTER | DIGIT => break,
                WIDE => {
                    let (c, len) = wide(i)?;
                    if c.is_alphanumeric() {
                        break;
                    }
                    i += len;
                }
                _ => i += 1,
            }
        }
        let start = i;
        while let Some(&b) = bytes.get(i) {
            match BYTE_CLASS[usize::from(b)] {
                LETTER | DIGIT => i += 1,
                // An apostrophe inside a word: kept when a letter follows.
                APOSTROPHE if letter_at(i + 1) => i += 1,
                WIDE => match wide(i) {
                    Some((c, len)) if c.is_alphanumeric() || (c == '’' && letter_at(i + len)) => {
                        i += len;
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        Some((start, i))
    })
}

/// [`BYTE_CLASS`]: an ASCII letter.
const LETTER: u8 = 1;
/// [`BYTE_CLASS`]: an ASCII digit.
const DIGIT: u8 = 2;
/// [`BYTE_CLASS`]: `'`.
const APOSTROPHE: u8 = 3;
/// [`BYTE_CLASS`]: a byte of a character that is not ASCII.
const WIDE: u8 = 4;

/// What each byte is to [`words`] (0: a mark or a space).
const BYTE_CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        class[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c == b'\'' {
            APOSTROPHE
        } else if c >= 0x80 {
            WIDE
        } else {
            0
        };
        b += 1;
    }
    class
};

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(w: &str) -> String {
        let mut s = String::new();
        normalize(w, &mut s);
        s
    }

    #[test]
    fn spoken_years() {
        assert_eq!(spoken_year("twenty", "eighteen"), Some(2018));
        assert_eq!(spoken_year("Twenty", "twenty-three"), Some(2023));
        assert_eq!(spoken_year("nineteen", "ninety"), Some(1990));
        assert_eq!(spoken_year("twenty", "one"), None);
        assert_eq!(spoken_year("thirty", "ten"), None);
        assert_eq!(spoken_year("twenty", "twenty-ten"), None);
    }

    #[test]
    fn forms_of_one_word_agree() {
        for group in [
            &["children", "child", "Children's", "child's", "CHILDREN"][..],
            &["trafficked", "trafficking", "traffick"],
            &["displaced", "displacement", "displace"],
            &["victims", "victim", "victim's"],
            &["organisations", "organizations", "organization"],
            &["labor", "labour"],
            &["Bogotá", "Bogota"],
            &["countries", "country"],
            &["States", "state"],
        ] {
            let first = norm(group[0]);
            for w in group {
                assert_eq!(norm(w), first, "{w} vs {}", group[0]);
            }
        }
        assert_ne!(norm("girls"), norm("children"));
        assert_eq!(norm("people"), norm("persons"));
    }

    /// The words of `text` read character by character: the independent implementation
    /// [`words`] (a byte table) is tested against.
    fn words_by_chars(text: &str) -> Vec<(usize, usize)> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            if !chars[k].1.is_alphanumeric() {
                k += 1;
                continue;
            }
            let start = chars[k].0;
            while k < chars.len() {
                let c = chars[k].1;
                let apostrophe = matches!(c, '\'' | '’')
                    && chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphabetic());
                if c.is_alphanumeric() || apostrophe {
                    k += 1;
                } else {
                    break;
                }
            }
            out.push((start, chars.get(k).map_or(text.len(), |&(i, _)| i)));
        }
        out
    }

    #[test]
    fn words_agree_with_a_reading_by_characters() {
        let samples = [
            "sub-Saharan Africa's 61% — children’s",
            "l'enfant d’Ivoire, 'quoted' O'Neill's ’tis x’ y'",
            "Bogotá 2024: 63 ministres, ٣ أطفال, 子供 38％, naïve café—déjà vu",
            "tab\tnew\nline  12,000 US$236bn €2.7bn ½ ² ⁴ 🌍📈 ok",
            "",
            "'",
            "’’a",
        ];
        for text in samples {
            let got: Vec<_> = words(text).collect();
            assert_eq!(got, words_by_chars(text), "{text:?}");
        }
        // Every short string over a small alphabet of the cases that matter.
        let alphabet = ['a', 'Z', '1', '\'', '’', ' ', '-', 'é', '٣', '.'];
        let mut text = String::new();
        for n in 0..10u32.pow(4) {
            text.clear();
            let mut m = n;
            for _ in 0..4 {
                text.push(alphabet[(m % 10) as usize]);
                m /= 10;
            }
            let got: Vec<_> = words(&text).collect();
            assert_eq!(got, words_by_chars(&text), "{text:?}");
        }
    }

    #[test]
    fn words_split_on_marks_and_keep_apostrophes() {
        let text = "sub-Saharan Africa's 61% — children’s";
        let got: Vec<&str> = words(text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(got, ["sub", "Saharan", "Africa's", "61", "children’s"]);
    }
}
