//! Published ids, footnote numbers, closed-set names and CSV columns are a public contract:
//! once published they are never renamed, renumbered, reused or removed, and columns are only
//! appended. This test holds the published lists (data version 1.0.0, crate 0.1.0); it fails
//! when one is removed or renamed, and passes when new ones are added.
//!
//! When you publish new ids or columns, append them here too. Never edit or delete a line.

use vac_figures::export;

/// Every figure id published in data version 1.0.0.
const PUBLISHED_FIGURE_IDS: &[&str] = &[
    "office_establishment_anniversary_years",
    "contributions_to_report",
    "mandate_anniversary_years",
    "mobilization_processes",
    "ministerial_conference_countries",
    "ministerial_conference_ministers",
    "bogota_call_to_action_states",
    "pathfinding_alliance_member_states",
    "conference_preparation_months",
    "national_preparatory_processes",
    "alliance_workshop_participants",
    "zambia_cost_of_violence_gdp_share",
    "lesotho_plan_commitment_years",
    "lesotho_violence_reduction_target",
    "malta_voting_age",
    "voluntary_national_review_states",
    "global_study_anniversary_years",
    "task_force_advocacy_briefs",
    "online_participation_partner_organizations",
    "child_helpline_countries",
    "adolescent_age_band",
    "youth_age_band",
    "religions_forum_participants",
    "religions_forum_countries",
    "children_engaged_directly",
    "conference_online_dialogues",
    "conference_children_consulted",
    "conference_children_consulted_countries",
    "children_messages_horizon_years",
    "child_led_actions_added_to_map",
    "member_states_reviewed_for_participation",
    "trafficking_driving_factors",
    "icat_co_chair_years",
    "icat_member_entities",
    "children_share_of_detected_victims",
    "children_share_of_detected_victims_sub_saharan_africa",
    "child_victims_violence_rate_vs_adults",
    "women_girls_extreme_violence_likelihood",
    "eu_trafficking_cost_per_year",
    "international_migrants_2020",
    "children_share_of_international_migrants_2020",
    "children_in_conflict_areas",
    "children_in_conflict_areas_one_in",
    "children_displaced_by_conflict_and_violence",
    "children_displaced_by_disasters",
    "children_born_as_refugees_2018_2023",
    "children_in_extreme_poverty",
    "children_facing_poverty_and_climate",
    "children_needing_humanitarian_assistance_2025",
    "humanitarian_need_countries_and_territories_2025",
    "people_facing_hunger_2023",
    "people_facing_hunger_one_in",
    "people_in_severe_food_insecurity_2023",
    "recruited_by_family_age_band",
    "children_recruited_by_family_share",
    "forced_labour_illegal_profits_per_year",
    "forced_labour_profits_increase_since_2014",
    "forced_labour_profits_increase_since_2014_percent",
    "children_in_forced_commercial_sexual_exploitation",
    "children_in_forced_commercial_sexual_exploitation_share",
    "children_in_forced_labour_exploitation",
    "children_in_forced_labour_exploitation_share",
    "children_trafficked_in_football_per_year",
    "virtual_global_taskforce_agencies",
    "weprotect_alliance_actors",
    "trafficking_interlinked_factors",
    "icat_child_protection_effort_years",
    "years_remaining_to_2030",
];

/// Every source id published in data version 1.0.0.
const PUBLISHED_SOURCE_IDS: &[&str] = &[
    "a_hrc_58_19",
    "a_61_299",
    "a_74_136",
    "a_79_242",
    "a_hrc_55_58",
    "crc_general_comments",
    "global_conference_children_deprived_of_liberty",
    "a_78_214",
    "trafficking_in_persons_protocol",
    "glotip_2024",
    "glotip_2018",
    "ohchr_drc_trafficking_press_release",
    "ohchr_haiti_displaced_press_release",
    "from_evidence_to_action",
    "glotip_2022",
    "ctoc_cop_wg_4_2024_3",
    "a_79_322",
    "ecpat_global_boys_initiative",
    "eu_trafficking_cost_publication",
    "world_migration_report_2022",
    "unicef_children_in_conflict_press_release",
    "unicef_displacement_data",
    "unicef_child_poverty_trends",
    "save_the_children_tough_year_blog",
    "unicef_humanitarian_appeal_press_release",
    "fao_hunger_publication",
    "unhcr_idp_handbook",
    "global_humanitarian_overview_2024",
    "srsg_vac_children_on_the_move_news",
    "gloact_illicit_financial_flows_study",
    "fatf_human_trafficking_2018",
    "icmec_cryptocurrency_csam",
    "ilo_profits_and_poverty",
    "undp_corruption_and_slavery",
    "osce_technology_page",
    "icat_statement_wdat_2022",
    "osce_artificial_intelligence_publication",
    "ilo_children_in_forced_labour_publication",
    "europol_iocta_2024",
    "families_on_the_run",
    "unicef_haiti_armed_groups_press_release",
    "a_hrc_57_41",
    "orphanage_trafficking_and_the_sdgs",
    "joint_statement_illegal_intercountry_adoptions",
    "problem_of_sports_trafficking",
    "mission_89_sport_trafficking_2024",
    "icat_call_for_accelerated_action",
    "council_eu_forced_labour_ban_press_release",
    "corporate_sustainability_due_diligence_directive",
    "srsg_vac_end_immigration_detention",
    "a_78_172",
    "ecpat_cse_in_humanitarian_contexts",
    "unodc_public_private_partnerships",
    "ec_trafficking_rules_consultation",
    "unodc_working_group_trafficking_2024",
    "gcr_trafficking_pledge",
    "conference_government_pledges",
];

/// Footnotes 1 to 64 of the report, all published.
const PUBLISHED_FOOTNOTES: std::ops::RangeInclusive<u8> = 1..=64;

/// The columns of every CSV as published, in order.
const PUBLISHED_COLUMNS: &[(&str, &[&str])] = &[
    (
        "figures.csv",
        &[
            "id",
            "paragraph",
            "section",
            "subsection",
            "subheading",
            "in_footnote",
            "value",
            "value_upper",
            "unit",
            "short_unit",
            "qualifier",
            "as_written",
            "converted",
            "measure",
            "population",
            "geography",
            "period",
            "kind",
            "topics",
            "quote",
            "footnotes",
            "footnote_position",
            "attribution",
            "sourcing",
            "source_ids",
            "review_status",
        ],
    ),
    (
        "footnotes.csv",
        &[
            "footnote",
            "paragraph",
            "form",
            "text",
            "source_id",
            "source_ids",
            "pages",
            "urls",
        ],
    ),
    (
        "sources.csv",
        &[
            "source_id",
            "title",
            "title_basis",
            "authors",
            "publisher",
            "year",
            "url",
            "symbol",
            "kind",
        ],
    ),
    (
        "reviews.csv",
        &[
            "figure_id",
            "status",
            "status_as_written",
            "discrepancies",
            "finding",
            "seen_at",
            "copy_kind",
            "note",
            "computed",
            "inferred",
            "reviewed",
        ],
    ),
    ("figure_footnotes.csv", &["figure_id", "footnote"]),
    ("footnote_sources.csv", &["footnote", "source_id"]),
];

#[test]
fn every_published_figure_id_still_exists() {
    let missing: Vec<&str> = PUBLISHED_FIGURE_IDS
        .iter()
        .copied()
        .filter(|id| vac_figures::figure(id).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "published figure ids removed or renamed: {missing:?}"
    );
    // A list without duplicates, so that a copy-paste slip cannot hide a removal.
    let mut sorted = PUBLISHED_FIGURE_IDS.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), PUBLISHED_FIGURE_IDS.len());
}

#[test]
fn every_published_source_id_still_exists() {
    let missing: Vec<&str> = PUBLISHED_SOURCE_IDS
        .iter()
        .copied()
        .filter(|id| vac_figures::source(id).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "published source ids removed or renamed: {missing:?}"
    );
    let mut sorted = PUBLISHED_SOURCE_IDS.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), PUBLISHED_SOURCE_IDS.len());
}

#[test]
fn every_published_footnote_number_still_exists() {
    for number in PUBLISHED_FOOTNOTES {
        assert!(
            vac_figures::footnote(number).is_some(),
            "published footnote {number} removed"
        );
    }
}

#[test]
fn published_columns_keep_their_names_and_places() {
    let files = export::dataset_files(vac_figures::Dataset::builtin()).expect("export");
    for (file, published) in PUBLISHED_COLUMNS {
        let bytes = &files
            .iter()
            .find(|(n, _)| n == file)
            .unwrap_or_else(|| panic!("published file {file} is no longer exported"))
            .1;
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let header: Vec<&str> = reader.headers().expect("header").iter().collect();
        assert!(
            header.len() >= published.len() && header[..published.len()] == **published,
            "{file}: published columns {published:?} must stay first and in order (only \
             append); the header is now {header:?}"
        );
    }
}

#[test]
fn published_closed_set_names_still_exist() {
    let sets: &[(&str, &[&str], &[&str])] = &[
        (
            "Unit",
            vac_figures::Unit::NAMES,
            &[
                "percent", "count", "usd", "eur", "one_in", "times", "years", "months",
            ],
        ),
        (
            "Qualifier",
            vac_figures::Qualifier::NAMES,
            &["exact", "approximate", "more_than", "less_than", "almost"],
        ),
        (
            "Kind",
            vac_figures::Kind::NAMES,
            &["statistic", "office_activity", "commitment", "definition"],
        ),
        (
            "Topic",
            vac_figures::Topic::NAMES,
            &[
                "trafficking",
                "migration_displacement",
                "conflict",
                "poverty_hunger",
                "humanitarian",
                "climate",
                "forced_labour",
                "sexual_exploitation",
                "gender",
                "economic_cost",
                "violence_prevention",
                "mobilization",
                "participation",
                "cooperation",
                "online_safety",
                "deprivation_of_liberty",
            ],
        ),
        (
            "MarkerPosition",
            vac_figures::MarkerPosition::NAMES,
            &[
                "at_quote",
                "earlier_in_paragraph",
                "later_in_paragraph",
                "none",
            ],
        ),
        (
            "Sourcing",
            vac_figures::Sourcing::NAMES,
            &[
                "footnote_and_attribution",
                "footnote_only",
                "attribution_only",
                "report_only",
            ],
        ),
        (
            "CitationForm",
            vac_figures::CitationForm::NAMES,
            &["full", "ibid", "short_form", "note"],
        ),
        (
            "TitleBasis",
            vac_figures::TitleBasis::NAMES,
            &["printed", "from_url", "descriptive"],
        ),
        (
            "SourceKind",
            vac_figures::SourceKind::NAMES,
            &[
                "publication",
                "journal_article",
                "press_release",
                "blog_post",
                "web_page",
                "data_page",
                "un_document",
                "legal_instrument",
                "statement",
            ],
        ),
        (
            "ReviewStatus",
            vac_figures::ReviewStatus::NAMES,
            &["confirmed", "discrepancy", "unverified", "not_reviewed"],
        ),
        (
            "DiscrepancyKind",
            vac_figures::DiscrepancyKind::NAMES,
            &[
                "wording",
                "qualifier",
                "reference_year",
                "scope",
                "age_band",
                "attribution",
            ],
        ),
        (
            "CopyKind",
            vac_figures::CopyKind::NAMES,
            &[
                "source_itself",
                "official_summary",
                "press_reprint",
                "earlier_version",
                "related_work",
                "no_copy",
            ],
        ),
    ];
    for (set, current, published) in sets {
        for name in *published {
            assert!(
                current.contains(name),
                "{set}: published name {name:?} removed or renamed"
            );
        }
    }
}
