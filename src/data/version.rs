//! The data version and its history: one line per published version, with the fingerprint
//! of the data it names.
//!
//! `tests/data_version.rs` recomputes the fingerprint of the built-in data (the exported
//! CSV, JSON, BibTeX and CSL-JSON files of `datasets/`, everything but the codebook and the
//! data package, which print the version) and fails when it differs from the last line here:
//! data that changed without a new version. Its message gives the line to append. Append,
//! never edit a published line; record the change in `CHANGELOG.md` under the new version.

/// Every data version, oldest first, with the FNV-1a 64 fingerprint of its data.
pub(crate) const HISTORY: &[(&str, u64)] = &[
    ("1.0.0", 0xc5be_cd14_a7e9_3cde),
    ("1.1.0", 0x1c18_25fc_eebf_dd40),
    ("1.2.0", 0x8df9_b75d_3a19_7ae4),
    ("1.2.1", 0x8fde_9529_fb98_b76b),
];

/// The version of the built-in data: the last line of the history.
pub(crate) const DATA_VERSION: &str = HISTORY[HISTORY.len() - 1].0;
