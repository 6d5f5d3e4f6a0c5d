//! Compile-time helpers for the static tables: id comparison and sorted indexes.

/// `a == b` ignoring ASCII case, usable in constants.
pub(crate) const fn eq_ignore_ascii_case(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !a[i].eq_ignore_ascii_case(&b[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// `a == b`, usable in constants.
pub(crate) const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// `a < b` in byte order (the order of `str`'s `Ord`), usable in constants.
pub(crate) const fn less(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// The positions `0..N` of `keys`, sorted so that `keys[positions[i]]` ascends.
///
/// Evaluated at compile time; a duplicate key fails the build.
pub(crate) const fn sorted_positions<const N: usize>(keys: [&str; N]) -> [u16; N] {
    assert!(N <= u16::MAX as usize, "too many records for a u16 index");
    let mut positions = [0u16; N];
    let mut i = 0;
    while i < N {
        positions[i] = i as u16;
        i += 1;
    }
    // Insertion sort: N is small and this runs once, in the compiler.
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && less(keys[positions[j] as usize], keys[positions[j - 1] as usize]) {
            let swap = positions[j];
            positions[j] = positions[j - 1];
            positions[j - 1] = swap;
            j -= 1;
        }
        i += 1;
    }
    let mut i = 1;
    while i < N {
        assert!(
            less(keys[positions[i - 1] as usize], keys[positions[i] as usize]),
            "duplicate id in a built-in table"
        );
        i += 1;
    }
    positions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_sort_keys() {
        let keys = ["delta", "alpha", "charlie", "bravo", "alphabet"];
        let positions = sorted_positions(keys);
        let sorted: Vec<&str> = positions.iter().map(|&p| keys[p as usize]).collect();
        let mut expected = keys.to_vec();
        expected.sort_unstable();
        assert_eq!(sorted, expected);
    }

    #[test]
    fn case_insensitive_equality() {
        assert!(eq_ignore_ascii_case("abc_def", "ABC_DEF"));
        assert!(!eq_ignore_ascii_case("abc_def", "ABC_DEG"));
        assert!(!eq_ignore_ascii_case("abc", "ABCD"));
    }
}
