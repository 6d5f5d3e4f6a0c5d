//! The works the report cites, each once, and the report itself.
//!
//! Titles: `Printed` titles are the report's words (in a footnote, or in the paragraph that
//! cites the work); `FromUrl` titles are the words of the printed URL, lightly cleaned; where
//! the report gives neither, a `Descriptive` title says what the work is cited for. Publishers
//! are as the footnote names them or as the URL's site shows them. Years are as the footnote
//! prints them, or as a dated URL path shows them; otherwise absent. Nothing here comes from
//! outside the report's text.

use std::borrow::Cow;

use crate::sources::{Source, SourceKind, TitleBasis};

sources! {
    A_HRC_58_19 {
        id: "a_hrc_58_19",
        title: "Annual report of the Special Representative of the Secretary-General on Violence against Children",
        title_basis: Printed,
        authors: "Special Representative of the Secretary-General on Violence against Children (Najat Maalla M'jid)",
        publisher: "United Nations General Assembly, Human Rights Council",
        year: 2025,
        url: "https://undocs.org/A/HRC/58/19",
        symbol: "A/HRC/58/19",
        kind: UnDocument,
    }
    A_61_299 {
        id: "a_61_299",
        title: "Report of the independent expert for the United Nations study on violence against children",
        title_basis: Printed,
        publisher: "United Nations General Assembly",
        symbol: "A/61/299",
        kind: UnDocument,
    }
    A_74_136 {
        id: "a_74_136",
        title: "United Nations global study on children deprived of liberty",
        title_basis: Printed,
        publisher: "United Nations General Assembly",
        symbol: "A/74/136",
        kind: UnDocument,
    }
    A_79_242 {
        id: "a_79_242",
        title: "2024 annual report of the Special Representative on Violence against Children to the General Assembly",
        title_basis: Descriptive,
        publisher: "United Nations General Assembly",
        year: 2024,
        symbol: "A/79/242",
        kind: UnDocument,
    }
    A_HRC_55_58 {
        id: "a_hrc_55_58",
        title: "Previous report of the Special Representative on Violence against Children to the Human Rights Council",
        title_basis: Descriptive,
        publisher: "United Nations Human Rights Council",
        symbol: "A/HRC/55/58",
        kind: UnDocument,
    }
    CRC_GENERAL_COMMENTS {
        id: "crc_general_comments",
        title: "General comments of the Committee on the Rights of the Child",
        title_basis: Printed,
        publisher: "OHCHR",
        url: "www.ohchr.org/en/treaty-bodies/crc/general-comments",
        kind: WebPage,
    }
    GLOBAL_CONFERENCE_CHILDREN_DEPRIVED_OF_LIBERTY {
        id: "global_conference_children_deprived_of_liberty",
        title: "Global Conference on Justice for Children Deprived of Liberty",
        title_basis: Printed,
        publisher: "Defence for Children",
        url: "https://defenceforchildren.org/global-conference",
        kind: WebPage,
    }
    A_78_214 {
        id: "a_78_214",
        title: "2023 annual report of the Special Representative on Violence against Children to the General Assembly, on the protection of children in travel and tourism",
        title_basis: Descriptive,
        publisher: "United Nations General Assembly",
        year: 2023,
        symbol: "A/78/214",
        kind: UnDocument,
    }
    TRAFFICKING_IN_PERSONS_PROTOCOL {
        id: "trafficking_in_persons_protocol",
        title: "Protocol to Prevent, Suppress and Punish Trafficking in Persons Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime",
        title_basis: Printed,
        publisher: "United Nations",
        kind: LegalInstrument,
    }
    GLOTIP_2024 {
        id: "glotip_2024",
        title: "Global Report on Trafficking in Persons 2024",
        title_basis: Printed,
        publisher: "UNODC (United Nations publication)",
        year: 2024,
        url: "https://www.unodc.org/documents/data-and-analysis/glotip/2024/GLOTIP2024_BOOK.pdf",
        kind: Publication,
    }
    GLOTIP_2018 {
        id: "glotip_2018",
        title: "Global Report on Trafficking in Persons 2018",
        title_basis: Printed,
        publisher: "UNODC (United Nations publication)",
        year: 2018,
        url: "https://www.unodc.org/documents/data-and-analysis/glotip/2018/GLOTIP_2018_BOOK_web_small.pdf",
        kind: Publication,
    }
    OHCHR_DRC_TRAFFICKING_PRESS_RELEASE {
        id: "ohchr_drc_trafficking_press_release",
        title: "DRC: alarming increase in trafficking, sexual exploitation, say experts",
        title_basis: FromUrl,
        publisher: "OHCHR",
        year: 2024,
        url: "https://www.ohchr.org/en/press-releases/2024/07/drc-alarming-increase-trafficking-sexual-exploitation-say-experts",
        kind: PressRelease,
    }
    OHCHR_HAITI_DISPLACED_PRESS_RELEASE {
        id: "ohchr_haiti_displaced_press_release",
        title: "Haiti: soaring number displaced desperately need protection and aid priority",
        title_basis: FromUrl,
        publisher: "OHCHR",
        year: 2024,
        url: "https://www.ohchr.org/en/press-releases/2024/06/haiti-soaring-number-displaced-desperately-need-protection-and-aid-priority",
        kind: PressRelease,
    }
    FROM_EVIDENCE_TO_ACTION {
        id: "from_evidence_to_action",
        title: "From Evidence to Action: Twenty Years of IOM Child Trafficking Data to Inform Policy and Programming",
        title_basis: Printed,
        authors: "Vasileia Digidiki and others",
        publisher: "FXB Center for Health and Human Rights at Harvard University, Boston, and IOM (Geneva)",
        year: 2023,
        kind: Publication,
    }
    GLOTIP_2022 {
        id: "glotip_2022",
        title: "Global Report on Trafficking in Persons 2022",
        title_basis: Printed,
        publisher: "UNODC (United Nations publication)",
        year: 2023,
        url: "https://www.unodc.org/lpomex/uploads/documents/Publicaciones/Crimen/GLOTIP_2022_web.pdf",
        kind: Publication,
    }
    CTOC_COP_WG_4_2024_3 {
        id: "ctoc_cop_wg_4_2024_3",
        title: "Working Group on Trafficking in Persons document CTOC/COP/WG.4/2024/3",
        title_basis: FromUrl,
        publisher: "UNODC",
        year: 2024,
        url: "https://www.unodc.org/documents/treaties/WG_TIP_2024/3/CTOC_COP_WG.4_2024_3_E.PDF",
        symbol: "CTOC/COP/WG.4/2024/3",
        kind: UnDocument,
    }
    A_79_322 {
        id: "a_79_322",
        title: "United Nations document A/79/322",
        title_basis: Descriptive,
        publisher: "United Nations General Assembly",
        symbol: "A/79/322",
        kind: UnDocument,
    }
    ECPAT_GLOBAL_BOYS_INITIATIVE {
        id: "ecpat_global_boys_initiative",
        title: "Global Boys Initiative",
        title_basis: FromUrl,
        publisher: "ECPAT",
        url: "https://ecpat.org/global-boys-initiative",
        kind: WebPage,
    }
    EU_TRAFFICKING_COST_PUBLICATION {
        id: "eu_trafficking_cost_publication",
        title: "Publication of the Publications Office of the European Union cited for the cost of trafficking in the European Union",
        title_basis: Descriptive,
        publisher: "Publications Office of the European Union",
        url: "https://op.europa.eu/en/publication-detail/-/publication/373138c5-0ea4-11eb-bc07-01aa75ed71a1/language-en",
        kind: Publication,
    }
    WORLD_MIGRATION_REPORT_2022 {
        id: "world_migration_report_2022",
        title: "World Migration Report 2022",
        title_basis: Printed,
        publisher: "IOM",
        url: "https://publications.iom.int/system/files/pdf/WMR-2022.pdf",
        kind: Publication,
    }
    UNICEF_CHILDREN_IN_CONFLICT_PRESS_RELEASE {
        id: "unicef_children_in_conflict_press_release",
        title: "Not the new normal: 2024 one of the worst years in UNICEF's history for children in conflict",
        title_basis: FromUrl,
        publisher: "UNICEF",
        url: "https://www.unicef.org/press-releases/not-new-normal-2024-one-worst-years-unicefs-history-children-conflict",
        kind: PressRelease,
    }
    UNICEF_DISPLACEMENT_DATA {
        id: "unicef_displacement_data",
        title: "Child migration and displacement: displacement",
        title_basis: FromUrl,
        publisher: "UNICEF",
        url: "https://data.unicef.org/topic/child-migration-and-displacement/displacement",
        kind: DataPage,
    }
    UNICEF_CHILD_POVERTY_TRENDS {
        id: "unicef_child_poverty_trends",
        title: "Child poverty trends",
        title_basis: FromUrl,
        publisher: "UNICEF",
        url: "https://www.unicef.org/documents/child-poverty-trends",
        kind: Publication,
    }
    SAVE_THE_CHILDREN_TOUGH_YEAR_BLOG {
        id: "save_the_children_tough_year_blog",
        title: "2024: a tough year ahead for children living in an increasingly hostile world",
        title_basis: FromUrl,
        publisher: "Save the Children",
        url: "https://www.savethechildren.net/blog/2024-tough-year-ahead-children-living-increasingly-hostile-world",
        kind: BlogPost,
    }
    UNICEF_HUMANITARIAN_APPEAL_PRESS_RELEASE {
        id: "unicef_humanitarian_appeal_press_release",
        title: "UNICEF appeals US$9.9 billion humanitarian funding support children affected conflict",
        title_basis: FromUrl,
        publisher: "UNICEF",
        url: "https://www.unicef.org/press-releases/unicef-appeals-us99-billion-humanitarian-funding-support-children-affected-conflict",
        kind: PressRelease,
    }
    FAO_HUNGER_PUBLICATION {
        id: "fao_hunger_publication",
        title: "FAO publication cited for hunger and severe food insecurity in 2023",
        title_basis: Descriptive,
        publisher: "FAO",
        url: "https://openknowledge.fao.org/server/api/core/bitstreams/d5be2ffc-f191-411c-9fee-bb737411576d/content",
        kind: Publication,
    }
    UNHCR_IDP_HANDBOOK {
        id: "unhcr_idp_handbook",
        title: "Handbook for the Protection of Internally Displaced Persons",
        title_basis: Printed,
        publisher: "UNHCR",
        kind: Publication,
    }
    GLOBAL_HUMANITARIAN_OVERVIEW_2024 {
        id: "global_humanitarian_overview_2024",
        title: "Global Humanitarian Overview 2024",
        title_basis: Printed,
        publisher: "OCHA",
        url: "https://www.unocha.org/publications/report/world/global-humanitarian-overview-2024-enarfiles",
        kind: Publication,
    }
    SRSG_VAC_CHILDREN_ON_THE_MOVE_NEWS {
        id: "srsg_vac_children_on_the_move_news",
        title: "Protecting the rights of children on the move in times of crisis",
        title_basis: FromUrl,
        publisher: "Office of the Special Representative of the Secretary-General on Violence against Children",
        url: "https://violenceagainstchildren.un.org/news/protecting-rights-children-move-times-crisis",
        kind: PressRelease,
    }
    GLOACT_ILLICIT_FINANCIAL_FLOWS_STUDY {
        id: "gloact_illicit_financial_flows_study",
        title: "GLOACT Study on Illicit Financial Flows",
        title_basis: FromUrl,
        publisher: "UNODC",
        year: 2023,
        url: "https://www.unodc.org/documents/human-trafficking/2023/New_publications/GLOACT_Study_on_Illicit_Financial_Flows_-_Final.pdf",
        kind: Publication,
    }
    FATF_HUMAN_TRAFFICKING_2018 {
        id: "fatf_human_trafficking_2018",
        title: "Human Trafficking 2018",
        title_basis: FromUrl,
        publisher: "FATF",
        year: 2018,
        url: "https://www.fatf-gafi.org/content/dam/fatf-gafi/reports/Human-Trafficking-2018.pdf",
        kind: Publication,
    }
    ICMEC_CRYPTOCURRENCY_CSAM {
        id: "icmec_cryptocurrency_csam",
        title: "Cryptocurrency and the Trade of Online Child Sexual Abuse Material",
        title_basis: FromUrl,
        publisher: "ICMEC",
        year: 2021,
        url: "https://cdn.icmec.org/wp-content/uploads/2021/03/Cryptocurrency-and-the-Trade-of-Online-Child-Sexual-Abuse-Material_03.17.21-publish-1.pdf",
        kind: Publication,
    }
    ILO_PROFITS_AND_POVERTY {
        id: "ilo_profits_and_poverty",
        title: "Profits and poverty - The economics of forced labour",
        title_basis: FromUrl,
        publisher: "ILO",
        year: 2024,
        url: "https://www.ilo.org/sites/default/files/2024-10/Profits%20and%20poverty%20-%20The%20economics%20of%20forced%20labour_WEB_20241017.pdf",
        kind: Publication,
    }
    UNDP_CORRUPTION_AND_SLAVERY {
        id: "undp_corruption_and_slavery",
        title: "Corruption and contemporary forms of slavery: examining relationships and addressing policy gaps",
        title_basis: FromUrl,
        publisher: "UNDP",
        url: "https://www.undp.org/publications/corruption-and-contemporary-forms-slavery-examining-relationships-and-addressing-policy-gaps",
        kind: Publication,
    }
    OSCE_TECHNOLOGY_PAGE {
        id: "osce_technology_page",
        title: "OSCE page on technology and trafficking in human beings",
        title_basis: Descriptive,
        publisher: "OSCE",
        url: "https://www.osce.org/cthb/technology",
        kind: WebPage,
    }
    ICAT_STATEMENT_WDAT_2022 {
        id: "icat_statement_wdat_2022",
        title: "ICAT statement WDAT 2022",
        title_basis: FromUrl,
        publisher: "Inter-Agency Coordination Group against Trafficking in Persons (ICAT)",
        year: 2022,
        url: "https://icat.un.org/sites/g/files/tmzbd1461/files/publications/icat_statement_wdat_2022.pdf",
        kind: Statement,
    }
    OSCE_ARTIFICIAL_INTELLIGENCE_PUBLICATION {
        id: "osce_artificial_intelligence_publication",
        title: "OSCE publication cited for the use of artificial intelligence in trafficking in persons",
        title_basis: Descriptive,
        publisher: "OSCE",
        url: "https://www.osce.org/files/f/documents/7/d/579715.pdf",
        kind: Publication,
    }
    ILO_CHILDREN_IN_FORCED_LABOUR_PUBLICATION {
        id: "ilo_children_in_forced_labour_publication",
        title: "ILO publication (wcms_854733) cited for children in forced labour",
        title_basis: Descriptive,
        publisher: "ILO",
        url: "https://www.ilo.org/sites/default/files/wcmsp5/groups/public/%40ed_norm/%40ipec/documents/publication/wcms_854733.pdf",
        kind: Publication,
    }
    EUROPOL_IOCTA_2024 {
        id: "europol_iocta_2024",
        title: "Internet Organised Crime Threat Assessment 2024",
        title_basis: Printed,
        authors: "Europol",
        publisher: "Publications Office of the European Union (Luxembourg)",
        year: 2024,
        kind: Publication,
    }
    FAMILIES_ON_THE_RUN {
        id: "families_on_the_run",
        title: "Families on the run",
        title_basis: FromUrl,
        url: "https://familiesontherun.org",
        kind: WebPage,
    }
    UNICEF_HAITI_ARMED_GROUPS_PRESS_RELEASE {
        id: "unicef_haiti_armed_groups_press_release",
        title: "Violence drives Haiti's children into armed groups: half of all members are now children",
        title_basis: FromUrl,
        publisher: "UNICEF",
        url: "https://www.unicef.org/press-releases/violence-drives-haitis-children-armed-groups-half-all-members-are-now-children",
        kind: PressRelease,
    }
    A_HRC_57_41 {
        id: "a_hrc_57_41",
        title: "United Nations document A/HRC/57/41",
        title_basis: Descriptive,
        publisher: "United Nations Human Rights Council",
        symbol: "A/HRC/57/41",
        kind: UnDocument,
    }
    ORPHANAGE_TRAFFICKING_AND_THE_SDGS {
        id: "orphanage_trafficking_and_the_sdgs",
        title: "Orphanage trafficking and the Sustainable Development Goals",
        title_basis: Printed,
        authors: "Kathryn E. Van Doore and Rebecca Nhep",
        publisher: "Institutionalised Children Explorations and Beyond, vol. 10, No. 1",
        year: 2023,
        kind: JournalArticle,
    }
    JOINT_STATEMENT_ILLEGAL_INTERCOUNTRY_ADOPTIONS {
        id: "joint_statement_illegal_intercountry_adoptions",
        title: "Joint statement of the United Nations human rights treaty bodies and human rights special procedures on illegal intercountry adoptions",
        title_basis: Printed,
        publisher: "OHCHR",
        year: 2022,
        url: "https://www.ohchr.org/sites/default/files/documents/hrbodies/ced/2022-09-29/JointstatementICA_HR_28September2022.pdf",
        kind: Statement,
    }
    PROBLEM_OF_SPORTS_TRAFFICKING {
        id: "problem_of_sports_trafficking",
        title: "The problem of sports trafficking",
        title_basis: FromUrl,
        publisher: "University of Nottingham Rights Lab",
        year: 2021,
        url: "https://www.nottingham.ac.uk/research/beacons-of-excellence/rights-lab/resources/reports-and-briefings/2021/august/the-problem-of-sports-trafficking.pdf",
        kind: Publication,
    }
    MISSION_89_SPORT_TRAFFICKING_2024 {
        id: "mission_89_sport_trafficking_2024",
        title: "Global Thematic Report on Sport Trafficking 2024",
        title_basis: Printed,
        publisher: "Mission 89",
        year: 2024,
        url: "https://mission89.org/wp-content/uploads/2024/12/GLOBAL-THEMATIC-REPORT-ON-SPORT-TRAFFICKING..pdf",
        kind: Publication,
    }
    ICAT_CALL_FOR_ACCELERATED_ACTION {
        id: "icat_call_for_accelerated_action",
        title: "Call for Accelerated Action by 2025 to Prevent and End Child Trafficking",
        title_basis: Printed,
        publisher: "Inter-Agency Coordination Group against Trafficking in Persons (ICAT)",
        url: "https://icat.un.org/sites/g/files/tmzbd1461/files/publications/call_to_action_on_child_trafficking.pdf",
        kind: Statement,
    }
    COUNCIL_EU_FORCED_LABOUR_BAN_PRESS_RELEASE {
        id: "council_eu_forced_labour_ban_press_release",
        title: "Products made with forced labour: Council adopts ban",
        title_basis: FromUrl,
        publisher: "Council of the European Union",
        year: 2024,
        url: "https://www.consilium.europa.eu/en/press/press-releases/2024/11/19/products-made-with-forced-labour-council-adopts-ban/pdf",
        kind: PressRelease,
    }
    CORPORATE_SUSTAINABILITY_DUE_DILIGENCE_DIRECTIVE {
        id: "corporate_sustainability_due_diligence_directive",
        title: "Directive on corporate sustainability due diligence",
        title_basis: Printed,
        publisher: "European Union (EUR-Lex)",
        year: 2024,
        url: "https://eur-lex.europa.eu/eli/dir/2024/1760/oj",
        kind: LegalInstrument,
    }
    SRSG_VAC_END_IMMIGRATION_DETENTION {
        id: "srsg_vac_end_immigration_detention",
        title: "End immigration detention of children",
        title_basis: FromUrl,
        publisher: "Office of the Special Representative of the Secretary-General on Violence against Children",
        url: "https://violenceagainstchildren.un.org/end-immigration-detention-of-children",
        kind: WebPage,
    }
    A_78_172 {
        id: "a_78_172",
        title: "United Nations document A/78/172",
        title_basis: Descriptive,
        publisher: "United Nations General Assembly",
        symbol: "A/78/172",
        kind: UnDocument,
    }
    ECPAT_CSE_IN_HUMANITARIAN_CONTEXTS {
        id: "ecpat_cse_in_humanitarian_contexts",
        title: "Child Sexual Exploitation in Humanitarian Contexts",
        title_basis: FromUrl,
        publisher: "ECPAT",
        year: 2024,
        url: "https://ecpat.org/wp-content/uploads/2024/05/Child-Sexual-Exploitation-in-Humanitarian-Contexts.pdf",
        kind: Publication,
    }
    UNODC_PUBLIC_PRIVATE_PARTNERSHIPS {
        id: "unodc_public_private_partnerships",
        title: "UNODC publication on public-private partnerships (UNODC-PPP-Interactive)",
        title_basis: Descriptive,
        publisher: "UNODC",
        url: "https://www.unodc.org/documents/NGO/PPP/UNODC-PPP-Interactive.pdf",
        kind: Publication,
    }
    EC_TRAFFICKING_RULES_CONSULTATION {
        id: "ec_trafficking_rules_consultation",
        title: "Fighting human trafficking - review of EU rules: public consultation",
        title_basis: FromUrl,
        publisher: "European Commission",
        url: "https://ec.europa.eu/info/law/better-regulation/have-your-say/initiatives/13106-Fighting-human-trafficking-review-of-EU-rules/public-consultation_en",
        kind: WebPage,
    }
    UNODC_WORKING_GROUP_TRAFFICKING_2024 {
        id: "unodc_working_group_trafficking_2024",
        title: "Working group on trafficking in persons 2024",
        title_basis: FromUrl,
        publisher: "UNODC",
        year: 2024,
        url: "https://www.unodc.org/unodc/en/treaties/CTOC/working-group-on-trafficking-in-persons-2024.html",
        kind: WebPage,
    }
    GCR_TRAFFICKING_PLEDGE {
        id: "gcr_trafficking_pledge",
        title: "Multi-stakeholder pledge: protection of refugees and migrants at risk of or affected by trafficking in persons",
        title_basis: FromUrl,
        publisher: "Global Compact on Refugees",
        url: "https://globalcompactrefugees.org/multi-stakeholder-pledge-protection-refugees-and-migrants-risk-or-affected-trafficking-persons",
        kind: WebPage,
    }
    CONFERENCE_GOVERNMENT_PLEDGES {
        id: "conference_government_pledges",
        title: "Government pledges",
        title_basis: FromUrl,
        publisher: "Global Ministerial Conference on Ending Violence Against Children",
        url: "https://endviolenceagainstchildrenconference.org/government-pledges",
        kind: WebPage,
    }
}
