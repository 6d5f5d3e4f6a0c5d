//! The report's headings and the paragraphs they cover, for [`Location`]s.

use std::borrow::Cow;

use crate::record::Location;

/// The level of a heading in the report.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    /// `I. Introduction`, `III. Trafficking in children on the rise: ...`.
    Section,
    /// `A. Alarming trends`.
    Subsection,
    /// An unnumbered heading (`Engaging more Member States`).
    Subheading,
}

/// `(first paragraph under the heading, level, heading as printed)`, in report order.
const HEADINGS: &[(u8, Level, &str)] = &[
    (1, Level::Section, "I. Introduction"),
    (
        5,
        Level::Section,
        "II. A year of wide multi-stakeholder mobilization",
    ),
    (8, Level::Subheading, "Engaging more Member States"),
    (
        17,
        Level::Subheading,
        "Strengthening engagement with regional organizations",
    ),
    (
        20,
        Level::Subheading,
        "Sensitizing parliaments, national human rights institutions and ombudspersons",
    ),
    (
        22,
        Level::Subheading,
        "Working closely with the United Nations system and international organizations",
    ),
    (30, Level::Subheading, "Catalysing private sector action"),
    (
        32,
        Level::Subheading,
        "Deepening collaboration with civil society",
    ),
    (
        33,
        Level::Subheading,
        "Working closely with religious and traditional leaders",
    ),
    (
        35,
        Level::Subheading,
        "Involving more children and young people",
    ),
    (
        39,
        Level::Section,
        "III. Trafficking in children on the rise: immediate action required",
    ),
    (41, Level::Subsection, "A. Alarming trends"),
    (50, Level::Subsection, "B. Growing vulnerabilities"),
    (56, Level::Subsection, "C. A low-risk, high-profit crime"),
    (
        61,
        Level::Subsection,
        "D. Growing demand online and offline",
    ),
    (
        69,
        Level::Subsection,
        "E. Action is under way, but far more must be done",
    ),
    (70, Level::Subheading, "At the national level"),
    (74, Level::Subheading, "Transnational cooperation"),
    (
        82,
        Level::Subheading,
        "The private sector, civil society organizations and children",
    ),
    (86, Level::Section, "IV. The way forward"),
];

/// The location of body paragraph `paragraph`: its section, subsection and subheading.
///
/// A heading of one level closes the headings of the levels below it.
pub(crate) const fn para(paragraph: u8) -> Location {
    let mut section: &'static str = "";
    let mut subsection: Option<&'static str> = None;
    let mut subheading: Option<&'static str> = None;
    let mut i = 0;
    while i < HEADINGS.len() {
        let (first, level, title) = HEADINGS[i];
        if first > paragraph {
            break;
        }
        match level {
            Level::Section => {
                section = title;
                subsection = None;
                subheading = None;
            }
            Level::Subsection => {
                subsection = Some(title);
                subheading = None;
            }
            Level::Subheading => subheading = Some(title),
        }
        i += 1;
    }
    Location {
        paragraph,
        section: Cow::Borrowed(section),
        subsection: match subsection {
            Some(s) => Some(Cow::Borrowed(s)),
            None => None,
        },
        subheading: match subheading {
            Some(s) => Some(Cow::Borrowed(s)),
            None => None,
        },
        in_footnote: None,
    }
}

/// The location of a figure that stands in the text of footnote `footnote`, whose marker is
/// in paragraph `paragraph`.
pub(crate) const fn in_footnote(paragraph: u8, footnote: u8) -> Location {
    let mut location = para(paragraph);
    location.in_footnote = Some(footnote);
    location
}
