//! The metadata of A/HRC/58/19, as printed on its cover page.

use std::borrow::Cow;

use crate::sources::Report;

/// The report's metadata.
pub(crate) static REPORT: Report = Report {
    source_id: Cow::Borrowed("a_hrc_58_19"),
    symbol: Cow::Borrowed("A/HRC/58/19"),
    title: Cow::Borrowed(
        "Annual report of the Special Representative of the Secretary-General on Violence against Children",
    ),
    author: Cow::Borrowed(
        "Special Representative of the Secretary-General on Violence against Children, Najat Maalla M'jid",
    ),
    body: Cow::Borrowed("Human Rights Council"),
    session: Cow::Borrowed("Fifty-eighth session"),
    session_dates: Cow::Borrowed("24 February–4 April 2025"),
    agenda_item: Cow::Borrowed(
        "Agenda item 3: Promotion and protection of all human rights, civil, political, economic, social and cultural rights, including the right to development",
    ),
    date: Cow::Borrowed("2025-01-13"),
    submitted_pursuant_to: Cow::Borrowed("General Assembly resolution 78/187"),
    original_language: Cow::Borrowed("English"),
    url: Cow::Borrowed("https://undocs.org/A/HRC/58/19"),
};
