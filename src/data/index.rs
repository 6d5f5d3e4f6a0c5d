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

/// The number of slots of a [`hash_slots`] table for `n` keys: a power of two, at least four
/// times `n`, so probes are short and an empty slot always ends a probe.
pub(crate) const fn slot_count(n: usize) -> usize {
    (n * 4).next_power_of_two()
}

/// A cheap hash of an id: its length and four of its bytes (first, last, middle, three
/// quarters), mixed by one multiplication. Usable in constants and at run time.
#[inline]
pub(crate) const fn id_hash(id: &[u8]) -> usize {
    let n = id.len();
    if n == 0 {
        return 0;
    }
    let h = (n as u64)
        | (id[0] as u64) << 8
        | (id[n - 1] as u64) << 16
        | (id[n / 2] as u64) << 24
        | (id[n * 3 / 4] as u64) << 32;
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize
}

/// An open-addressing hash table of `keys` (linear probing): slot `s` holds `position + 1`
/// of the key stored there, `0` when empty. Built at compile time.
pub(crate) const fn hash_slots<const N: usize, const S: usize>(keys: [&str; N]) -> [u16; S] {
    assert!(S.is_power_of_two() && S >= 2 * N, "hash table too small");
    let mut slots = [0u16; S];
    let mut i = 0;
    while i < N {
        let mut s = id_hash(keys[i].as_bytes()) & (S - 1);
        while slots[s] != 0 {
            s = (s + 1) & (S - 1);
        }
        slots[s] = (i + 1) as u16;
        i += 1;
    }
    slots
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
