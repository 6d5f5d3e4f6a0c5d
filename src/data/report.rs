//! The metadata of A/HRC/58/19, as printed on its cover page.

use crate::sources::Report;

/// The report's metadata.
pub(crate) static REPORT: Report = Report {
    source_id: "a_hrc_58_19",
    symbol: "A/HRC/58/19",
    title: "Annual report of the Special Representative of the Secretary-General on Violence against Children",
    author: "Special Representative of the Secretary-General on Violence against Children, Najat Maalla M'jid",
    body: "Human Rights Council",
    session: "Fifty-eighth session",
    session_dates: "24 February–4 April 2025",
    agenda_item: "Agenda item 3: Promotion and protection of all human rights, civil, political, economic, social and cultural rights, including the right to development",
    date: "2025-01-13",
    submitted_pursuant_to: "General Assembly resolution 78/187",
    original_language: "English",
    url: "https://undocs.org/A/HRC/58/19",
};
