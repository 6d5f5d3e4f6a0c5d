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

/// The words of `text` with their byte ranges: runs of letters and digits, with an
/// apostrophe inside a word kept (`children's`). Hyphens, slashes and other marks split
/// words: `sub-Saharan` is `sub`, `Saharan`.
pub(crate) fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    // The character at byte `at` and its length; ASCII without decoding.
    let char_at = move |at: usize| -> Option<(char, usize)> {
        let b = *bytes.get(at)?;
        if b.is_ascii() {
            Some((char::from(b), 1))
        } else {
            text.get(at..)?.chars().next().map(|c| (c, c.len_utf8()))
        }
    };
    std::iter::from_fn(move || {
        // Skip to the next letter or digit.
        let start = loop {
            let (c, len) = char_at(i)?;
            if c.is_alphanumeric() {
                break i;
            }
            i += len;
        };
        while let Some((c, len)) = char_at(i) {
            if c.is_alphanumeric() {
                i += len;
                continue;
            }
            if matches!(c, '\'' | '’')
                && char_at(i + len).is_some_and(|(after, _)| after.is_alphabetic())
            {
                // An apostrophe inside a word: kept when a letter follows.
                i += len;
                continue;
            }
            break;
        }
        Some((start, i))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(w: &str) -> String {
        let mut s = String::new();
        normalize(w, &mut s);
        s
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

    #[test]
    fn words_split_on_marks_and_keep_apostrophes() {
        let text = "sub-Saharan Africa's 61% — children’s";
        let got: Vec<&str> = words(text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(got, ["sub", "Saharan", "Africa's", "61", "children’s"]);
    }
}
