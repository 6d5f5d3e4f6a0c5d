//! The data version guards itself: when the built-in data changes, `DATA_VERSION` must be
//! raised (a new line in `src/data/version.rs`) and the change recorded in `CHANGELOG.md`.

/// The files whose bytes are the data: every exported file but the codebook and the data
/// package, which print the version itself.
const DATA_FILES: [&str; 13] = [
    "figures.csv",
    "footnotes.csv",
    "sources.csv",
    "reviews.csv",
    "figure_footnotes.csv",
    "footnote_sources.csv",
    "figures.json",
    "footnotes.json",
    "sources.json",
    "reviews.json",
    "report.json",
    "sources.bib",
    "sources.csl.json",
];

/// FNV-1a 64 over each file's name, a NUL, its length (8 bytes, little-endian) and its bytes.
fn fingerprint() -> u64 {
    let files = vac_figures::export::dataset_files(vac_figures::Dataset::builtin()).unwrap();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for name in DATA_FILES {
        let bytes = &files.iter().find(|(n, _)| *n == name).expect(name).1;
        let len = (bytes.len() as u64).to_le_bytes();
        for &b in name.as_bytes().iter().chain(&[0]).chain(&len).chain(bytes) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

#[test]
fn every_exported_file_but_the_versioned_ones_is_fingerprinted() {
    let files = vac_figures::export::dataset_files(vac_figures::Dataset::builtin()).unwrap();
    let mut names: Vec<&str> = files.iter().map(|(n, _)| *n).collect();
    names.retain(|n| !["README.md", "datapackage.json"].contains(n));
    assert_eq!(names, DATA_FILES);
}

#[test]
fn the_data_has_not_changed_without_a_new_data_version() {
    let history = vac_figures::DATA_VERSION_HISTORY;
    let &(version, recorded) = history.last().unwrap();
    assert_eq!(version, vac_figures::DATA_VERSION);
    let now = fingerprint();
    assert!(
        now == recorded,
        "the built-in data changed (fingerprint {now:#018x}) but DATA_VERSION is still {version} \
         (fingerprint {recorded:#018x}): raise it by appending (\"NEW\", {now:#018x}) to HISTORY in \
         src/data/version.rs, and record the change in CHANGELOG.md under `Data version NEW`"
    );
}

#[test]
fn the_history_only_grows() {
    let history = vac_figures::DATA_VERSION_HISTORY;
    let parse = |v: &str| -> Vec<u32> { v.split('.').map(|p| p.parse().unwrap()).collect() };
    for pair in history.windows(2) {
        assert!(
            parse(pair[0].0) < parse(pair[1].0),
            "{} then {}",
            pair[0].0,
            pair[1].0
        );
        assert_ne!(
            pair[0].1, pair[1].1,
            "{} and {} have the same data",
            pair[0].0, pair[1].0
        );
    }
}

#[test]
fn the_changelog_records_the_data_version() {
    let changelog = include_str!("../CHANGELOG.md");
    let version = vac_figures::DATA_VERSION;
    assert!(
        changelog.contains(&format!("Data version {version}."))
            || changelog.contains(&format!("data version {version}\n")),
        "CHANGELOG.md does not say what data version {version} changed"
    );
}
