//! The primary-source review, one entry per row of `source/primary-source-review.md`,
//! in the file's order. `finding`, `note`, `reviewed` and `status_as_written` are the file's
//! cells verbatim; `computed` and `inferred` repeat the parts of the note the file marks
//! "(computed)" and "inferred:". Tests check every entry against the file.

use std::borrow::Cow;

use crate::review::{CopyKind, DiscrepancyKind, Review, ReviewStatus};

/// Every review, in the order of the review file.
pub(crate) static REVIEWS: &[Review] = &[
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed("children_share_of_detected_victims")]),
        status: ReviewStatus::Confirmed,
        status_as_written: Cow::Borrowed("confirmed"),
        reviewed: Cow::Borrowed("para. 41: children 38 per cent of detected victims (GLOTIP 2024)"),
        finding: Cow::Borrowed(
            "UNODC press release launching GLOTIP 2024 (Dec 2024): children \"now account for 38 per cent of detected victims\"; unodc.org/unodc/en/press/releases/2024/December/",
        ),
        seen_at: Some(Cow::Borrowed(
            "unodc.org/unodc/en/press/releases/2024/December/",
        )),
        copy_kind: CopyKind::OfficialSummary,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed(
            "reference year of the data is 2022; girls 22% + boys 16% (Reuters summary)",
        ),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed(
            "children_share_of_detected_victims_sub_saharan_africa",
        )]),
        status: ReviewStatus::Unverified,
        status_as_written: Cow::Borrowed("unverified"),
        reviewed: Cow::Borrowed(
            "para. 43: children 61 per cent of detected victims in sub-Saharan Africa (GLOTIP 2024 pp. 121–122)",
        ),
        finding: Cow::Borrowed(
            "GLOTIP 2024 preface: in several regions children are now the majority of detected victims",
        ),
        seen_at: None,
        copy_kind: CopyKind::SourceItself,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed(
            "inferred: 61% is also GLOTIP 2024's global share of women and girls; pp. 121–122 not seen",
        ),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[Cow::Borrowed(
            "61% is also GLOTIP 2024's global share of women and girls",
        )]),
    },
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed("international_migrants_2020")]),
        status: ReviewStatus::Confirmed,
        status_as_written: Cow::Borrowed("confirmed"),
        reviewed: Cow::Borrowed("para. 51: 281 million international migrants in 2020 (WMR 2022)"),
        finding: Cow::Borrowed(
            "WMR 2022: around 281 million international migrants in 2020, 3.6 per cent of world population",
        ),
        seen_at: None,
        copy_kind: CopyKind::SourceItself,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed(""),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed(
            "children_share_of_international_migrants_2020",
        )]),
        status: ReviewStatus::Unverified,
        status_as_written: Cow::Borrowed("unverified"),
        reviewed: Cow::Borrowed("para. 51: 14.6 per cent of them children (WMR 2022)"),
        finding: Cow::Borrowed(
            "UNICEF data: of 281 million migrants in 2020, 36 million were children",
        ),
        seen_at: None,
        copy_kind: CopyKind::RelatedWork,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed("36/281 = 12.8% (computed); inferred: 14.6% may count under-20s"),
        computed: Cow::Borrowed(&[Cow::Borrowed("36/281 = 12.8%")]),
        inferred: Cow::Borrowed(&[Cow::Borrowed("14.6% may count under-20s")]),
    },
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed("children_in_conflict_areas")]),
        status: ReviewStatus::Confirmed,
        status_as_written: Cow::Borrowed("confirmed"),
        reviewed: Cow::Borrowed(
            "para. 51: over 473 million children in conflict areas (UNICEF Dec 2024)",
        ),
        finding: Cow::Borrowed(
            "UNICEF release (reprinted by several outlets): over 473 million children live in areas affected by conflict",
        ),
        seen_at: None,
        copy_kind: CopyKind::PressReprint,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed(""),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed("children_in_conflict_areas_one_in")]),
        status: ReviewStatus::Discrepancy,
        status_as_written: Cow::Borrowed("discrepancy"),
        reviewed: Cow::Borrowed(
            "para. 51: \"about 1 child in every 6\" of the world's children in conflict areas (UNICEF Dec 2024)",
        ),
        finding: Cow::Borrowed(
            "the same UNICEF release: \"more than one in six globally\"; almost 19 per cent of children",
        ),
        seen_at: None,
        copy_kind: CopyKind::PressReprint,
        discrepancies: Cow::Borrowed(&[DiscrepancyKind::Qualifier]),
        note: Cow::Borrowed(
            "almost 19% is about 1 in 5.3 (computed); inferred: \"about 1 in 6\" understates the source",
        ),
        computed: Cow::Borrowed(&[Cow::Borrowed("almost 19% is about 1 in 5.3")]),
        inferred: Cow::Borrowed(&[Cow::Borrowed("\"about 1 in 6\" understates the source")]),
    },
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed("children_displaced_by_conflict_and_violence")]),
        status: ReviewStatus::Confirmed,
        status_as_written: Cow::Borrowed("confirmed"),
        reviewed: Cow::Borrowed(
            "para. 51: 47.2 million children displaced by conflict and violence, end 2023",
        ),
        finding: Cow::Borrowed(
            "UNICEF Dec 2024 release: 47.2 million children displaced due to conflict and violence by the end of 2023",
        ),
        seen_at: None,
        copy_kind: CopyKind::OfficialSummary,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed(""),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed("children_displaced_by_disasters")]),
        status: ReviewStatus::Unverified,
        status_as_written: Cow::Borrowed("unverified"),
        reviewed: Cow::Borrowed("para. 51: 3.1 million children displaced by disasters"),
        finding: Cow::Borrowed(
            "only earlier versions of the UNICEF displacement page were seen (3.8 million at end 2022; 2.4 million at end 2021)",
        ),
        seen_at: None,
        copy_kind: CopyKind::EarlierVersion,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed(""),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed("children_born_as_refugees_2018_2023")]),
        status: ReviewStatus::Unverified,
        status_as_written: Cow::Borrowed("unverified"),
        reviewed: Cow::Borrowed(
            "para. 51: over 2 million children born as refugees 2018–2023 (UNHCR, no footnote)",
        ),
        finding: Cow::Borrowed(
            "UNHCR explainer \"Born into a refugee life\" exists (unhcr.org/refugee-statistics/insights/explainers/children-born-into-refugee-life.html); earlier UNHCR figure: over 1.9 million for 2018–2022",
        ),
        seen_at: Some(Cow::Borrowed(
            "unhcr.org/refugee-statistics/insights/explainers/children-born-into-refugee-life.html",
        )),
        copy_kind: CopyKind::RelatedWork,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed("no footnote in the report"),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed("children_in_extreme_poverty")]),
        status: ReviewStatus::Confirmed,
        status_as_written: Cow::Borrowed("confirmed"),
        reviewed: Cow::Borrowed("para. 52: 333 million children in extreme poverty"),
        finding: Cow::Borrowed(
            "UNICEF/World Bank, Sept 2023: 333 million children live in extreme poverty",
        ),
        seen_at: None,
        copy_kind: CopyKind::OfficialSummary,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed("poverty line US$2.15 a day; data year 2022"),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed("children_facing_poverty_and_climate")]),
        status: ReviewStatus::Discrepancy,
        status_as_written: Cow::Borrowed("discrepancy"),
        reviewed: Cow::Borrowed(
            "para. 52: 774 million children facing poverty and climate (Save the Children, cited as a 2024 blog)",
        ),
        finding: Cow::Borrowed(
            "Save the Children press release: an estimated 774 million children, one third of the world's children, live with poverty and high climate risk",
        ),
        seen_at: None,
        copy_kind: CopyKind::OfficialSummary,
        discrepancies: Cow::Borrowed(&[
            DiscrepancyKind::ReferenceYear,
            DiscrepancyKind::Attribution,
        ]),
        note: Cow::Borrowed(
            "the figure comes from the October 2022 report \"Generation Hope\", not a 2024 analysis",
        ),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[
            Cow::Borrowed("children_needing_humanitarian_assistance_2025"),
            Cow::Borrowed("humanitarian_need_countries_and_territories_2025"),
        ]),
        status: ReviewStatus::Confirmed,
        status_as_written: Cow::Borrowed("confirmed"),
        reviewed: Cow::Borrowed(
            "para. 52: 213 million children in 146 countries and territories need humanitarian assistance in 2025",
        ),
        finding: Cow::Borrowed(
            "UNICEF, 5 Dec 2024 appeal for US$9.9 billion: 213 million children in 146 countries and territories will need humanitarian assistance",
        ),
        seen_at: None,
        copy_kind: CopyKind::SourceItself,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed("the appeal targets 109 million of them"),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[
            Cow::Borrowed("people_facing_hunger_2023"),
            Cow::Borrowed("people_facing_hunger_one_in"),
            Cow::Borrowed("people_in_severe_food_insecurity_2023"),
        ]),
        status: ReviewStatus::Confirmed,
        status_as_written: Cow::Borrowed("confirmed"),
        reviewed: Cow::Borrowed(
            "para. 52: around 733 million people faced hunger in 2023, 1 in 11; over 864 million severe food insecurity (SOFI 2024)",
        ),
        finding: Cow::Borrowed(
            "SOFI 2024: between 713 and 757 million may have faced hunger in 2023 (733 million mid-range), one in eleven; over 864 million severely food insecure",
        ),
        seen_at: None,
        copy_kind: CopyKind::SourceItself,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed(
            "733 million is the mid-range value SOFI gives for that range, not its arithmetic midpoint (735)",
        ),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[
            Cow::Borrowed("children_recruited_by_family_share"),
            Cow::Borrowed("recruited_by_family_age_band"),
        ]),
        status: ReviewStatus::Unverified,
        status_as_written: Cow::Borrowed("unverified"),
        reviewed: Cow::Borrowed(
            "para. 52: 35.8 per cent of children aged 14–17 recruited by a family member (From Evidence to Action, p. 19)",
        ),
        finding: Cow::Borrowed(
            "the publication's summaries use the age band 13–17 (46.6 per cent of child victims)",
        ),
        seen_at: None,
        copy_kind: CopyKind::OfficialSummary,
        discrepancies: Cow::Borrowed(&[DiscrepancyKind::AgeBand]),
        note: Cow::Borrowed("possible age-band discrepancy (14–17 vs 13–17); p. 19 not seen"),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed("child_victims_violence_rate_vs_adults")]),
        status: ReviewStatus::Unverified,
        status_as_written: Cow::Borrowed("unverified"),
        reviewed: Cow::Borrowed(
            "para. 47: children subjected to violence at almost two times the adult rate (GLOTIP 2022 p. 18)",
        ),
        finding: Cow::Borrowed("no copy of GLOTIP 2022 p. 18 was available"),
        seen_at: None,
        copy_kind: CopyKind::NoCopy,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed(""),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed("women_girls_extreme_violence_likelihood")]),
        status: ReviewStatus::Unverified,
        status_as_written: Cow::Borrowed("unverified"),
        reviewed: Cow::Borrowed(
            "para. 48: women and girls three times more likely to suffer explicit or extreme violence (UNODC)",
        ),
        finding: Cow::Borrowed("as above"),
        seen_at: None,
        copy_kind: CopyKind::NoCopy,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed("no footnote in the report"),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed("eu_trafficking_cost_per_year")]),
        status: ReviewStatus::Discrepancy,
        status_as_written: Cow::Borrowed("discrepancy"),
        reviewed: Cow::Borrowed(
            "para. 49: cost of trafficking in the EU in a single year, 2.7 billion euros (Commission study, p. 26)",
        ),
        finding: Cow::Borrowed(
            "the same sentence stands in the Commission's third progress report COM(2020) 661 final (20.10.2020); the cost study itself reports for 2016, for both EU-28 and EU-27 (EU-28 total about 3.7 billion euros)",
        ),
        seen_at: None,
        copy_kind: CopyKind::RelatedWork,
        discrepancies: Cow::Borrowed(&[
            DiscrepancyKind::Attribution,
            DiscrepancyKind::ReferenceYear,
        ]),
        note: Cow::Borrowed("inferred: 2.7 billion is the EU-27 figure for 2016"),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[Cow::Borrowed("2.7 billion is the EU-27 figure for 2016")]),
    },
    Review {
        figures: Cow::Borrowed(&[
            Cow::Borrowed("forced_labour_illegal_profits_per_year"),
            Cow::Borrowed("forced_labour_profits_increase_since_2014"),
            Cow::Borrowed("forced_labour_profits_increase_since_2014_percent"),
        ]),
        status: ReviewStatus::Confirmed,
        status_as_written: Cow::Borrowed("confirmed"),
        reviewed: Cow::Borrowed(
            "para. 57: US$236 billion illegal profits per year; up US$64 billion (37 per cent) since 2014 (ILO 2024)",
        ),
        finding: Cow::Borrowed(
            "ILO \"Profits and poverty\" (2024): forced labour in the private economy generates US$236 billion in illegal profits per year, up US$64 billion (37 per cent) since 2014",
        ),
        seen_at: None,
        copy_kind: CopyKind::SourceItself,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed("source qualifier \"in the private economy\"; estimate year 2021"),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed(
            "children_in_forced_commercial_sexual_exploitation_share",
        )]),
        status: ReviewStatus::Confirmed,
        status_as_written: Cow::Borrowed("confirmed"),
        reviewed: Cow::Borrowed(
            "para. 61: over half of the children in forced labour are in forced commercial sexual exploitation (GEMS 2022 p. 46)",
        ),
        finding: Cow::Borrowed(
            "ILO launch of the 2022 Global Estimates: 3.3 million children in forced labour, more than half in commercial sexual exploitation",
        ),
        seen_at: None,
        copy_kind: CopyKind::OfficialSummary,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed("p. 46 is where the section on children starts"),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[
            Cow::Borrowed("children_in_forced_commercial_sexual_exploitation"),
            Cow::Borrowed("children_in_forced_labour_exploitation"),
            Cow::Borrowed("children_in_forced_labour_exploitation_share"),
        ]),
        status: ReviewStatus::Unverified,
        status_as_written: Cow::Borrowed("unverified"),
        reviewed: Cow::Borrowed(
            "para. 61: 1.7 million children in forced commercial sexual exploitation; 1.3 million (39 per cent) in forced labour exploitation (GEMS 2022 p. 46)",
        ),
        finding: Cow::Borrowed(
            "the ILO launch gives 3.3 million children in forced labour in all; the split into 1.7 and 1.3 million was not seen",
        ),
        seen_at: None,
        copy_kind: CopyKind::OfficialSummary,
        discrepancies: Cow::Borrowed(&[]),
        note: Cow::Borrowed(
            "1.7/3.3 = 51.5%, 1.3/3.3 = 39.4% (computed): consistent with the total, which does not confirm the split",
        ),
        computed: Cow::Borrowed(&[
            Cow::Borrowed("1.7/3.3 = 51.5%"),
            Cow::Borrowed("1.3/3.3 = 39.4%"),
        ]),
        inferred: Cow::Borrowed(&[]),
    },
    Review {
        figures: Cow::Borrowed(&[Cow::Borrowed("children_trafficked_in_football_per_year")]),
        status: ReviewStatus::Discrepancy,
        status_as_written: Cow::Borrowed("discrepancy"),
        reviewed: Cow::Borrowed(
            "para. 66: 15,000 children trafficked from West Africa to Europe each year in football (Mission 89 2024)",
        ),
        finding: Cow::Borrowed(
            "Mission 89's own 2025 campaign text: an estimated 15,000 young football players trafficked from West Africa each year",
        ),
        seen_at: None,
        copy_kind: CopyKind::RelatedWork,
        discrepancies: Cow::Borrowed(&[DiscrepancyKind::Scope, DiscrepancyKind::ReferenceYear]),
        note: Cow::Borrowed(
            "the estimate traces back to 2013–2015 press reports; sources say \"young players\", not always children, and do not always name Europe",
        ),
        computed: Cow::Borrowed(&[]),
        inferred: Cow::Borrowed(&[]),
    },
];
