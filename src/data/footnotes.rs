//! The report's 64 footnotes: verbatim text (the conversion's markup removed), URLs, page
//! locators and the works they cite, with *Ibid.* and short forms resolved.

use std::borrow::Cow;

use crate::sources::{CitationForm, Footnote};

footnotes! {
    1 {
        paragraph: 1,
        form: Full,
        text: "A/61/299.",
        urls: [],
        sources: ["a_61_299"],
    }
    2 {
        paragraph: 1,
        form: Full,
        text: "A/74/136.",
        urls: [],
        sources: ["a_74_136"],
    }
    3 {
        paragraph: 4,
        form: Note,
        text: "Submissions from Argentina, Armenia, Austria, Azerbaijan, Bahrain, Belarus, Bulgaria, Denmark, Ecuador, Germany, India, Iraq, Israel, Italy, Jordan, Kuwait, Latvia, Luxembourg, Malta, Norway, Poland, Portugal, Serbia, Switzerland, Türkiye and Zambia, as well as from civil society organizations and the United Nations Office on Drugs and Crime (UNODC), the International Labour Organization (ILO) and UNICEF Innocenti – Global Office of Research and Foresight.",
        urls: [],
        sources: [],
    }
    4 {
        paragraph: 5,
        form: Full,
        text: "A/79/242.",
        urls: [],
        sources: ["a_79_242"],
    }
    5 {
        paragraph: 10,
        form: Full,
        text: "A/HRC/55/58.",
        urls: [],
        sources: ["a_hrc_55_58"],
    }
    6 {
        paragraph: 21,
        form: Full,
        text: "See www.ohchr.org/en/treaty-bodies/crc/general-comments.",
        urls: ["www.ohchr.org/en/treaty-bodies/crc/general-comments"],
        sources: ["crc_general_comments"],
    }
    7 {
        paragraph: 23,
        form: Full,
        text: "See https://defenceforchildren.org/global-conference.",
        urls: ["https://defenceforchildren.org/global-conference"],
        sources: ["global_conference_children_deprived_of_liberty"],
    }
    8 {
        paragraph: 31,
        form: Full,
        text: "A/78/214.",
        urls: [],
        sources: ["a_78_214"],
    }
    9 {
        paragraph: 39,
        form: Full,
        text: "See Protocol to Prevent, Suppress and Punish Trafficking in Persons Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime, art. 3.",
        urls: [],
        sources: ["trafficking_in_persons_protocol"],
    }
    10 {
        paragraph: 40,
        form: Note,
        text: "A policy forum consisting of 31 United Nations and international entities working on trafficking in persons.",
        urls: [],
        sources: [],
    }
    11 {
        paragraph: 40,
        form: Note,
        text: "End abuse, exploitation, trafficking and all forms of violence against and torture of children.",
        urls: [],
        sources: [],
    }
    12 {
        paragraph: 41,
        form: Full,
        text: "Global Report on Trafficking in Persons 2024 (United Nations publication, 2024), available at https://www.unodc.org/documents/data-and-analysis/glotip/2024/GLOTIP2024_BOOK.pdf.",
        urls: ["https://www.unodc.org/documents/data-and-analysis/glotip/2024/GLOTIP2024_BOOK.pdf"],
        sources: ["glotip_2024"],
    }
    13 {
        paragraph: 43,
        form: Ibid,
        text: "Ibid., pp. 121 and 122.",
        urls: [],
        pages: "pp. 121 and 122",
        sources: ["glotip_2024"],
    }
    14 {
        paragraph: 43,
        form: Ibid,
        text: "Ibid., pp. 12, 25 and 43–45.",
        urls: [],
        pages: "pp. 12, 25 and 43–45",
        sources: ["glotip_2024"],
    }
    15 {
        paragraph: 44,
        form: Ibid,
        text: "Ibid., pp. 44 and 45.",
        urls: [],
        pages: "pp. 44 and 45",
        sources: ["glotip_2024"],
    }
    16 {
        paragraph: 45,
        form: Full,
        text: "See Global Report on Trafficking in Persons 2018 (United Nations publication, 2018), available at https://www.unodc.org/documents/data-and-analysis/glotip/2018/GLOTIP_2018_BOOK_web_small.pdf.",
        urls: ["https://www.unodc.org/documents/data-and-analysis/glotip/2018/GLOTIP_2018_BOOK_web_small.pdf"],
        sources: ["glotip_2018"],
    }
    17 {
        paragraph: 45,
        form: Full,
        text: "See https://www.ohchr.org/en/press-releases/2024/07/drc-alarming-increase-trafficking-sexual-exploitation-say-experts. See also https://www.ohchr.org/en/press-releases/2024/06/haiti-soaring-number-displaced-desperately-need-protection-and-aid-priority.",
        urls: ["https://www.ohchr.org/en/press-releases/2024/07/drc-alarming-increase-trafficking-sexual-exploitation-say-experts", "https://www.ohchr.org/en/press-releases/2024/06/haiti-soaring-number-displaced-desperately-need-protection-and-aid-priority"],
        sources: ["ohchr_drc_trafficking_press_release", "ohchr_haiti_displaced_press_release"],
    }
    18 {
        paragraph: 46,
        form: Full,
        text: "Vasileia Digidiki and others, From Evidence to Action: Twenty Years of IOM Child Trafficking Data to Inform Policy and Programming (Geneva, FXB Center for Health and Human Rights at Harvard University, Boston, and IOM, 2023), p. 13.",
        urls: [],
        pages: "p. 13",
        sources: ["from_evidence_to_action"],
    }
    19 {
        paragraph: 47,
        form: Full,
        text: "See Global Report on Trafficking in Persons 2022 (United Nations Publication, 2023), available at https://www.unodc.org/lpomex/uploads/documents/Publicaciones/Crimen/GLOTIP_2022_web.pdf.",
        urls: ["https://www.unodc.org/lpomex/uploads/documents/Publicaciones/Crimen/GLOTIP_2022_web.pdf"],
        sources: ["glotip_2022"],
    }
    20 {
        paragraph: 47,
        form: Full,
        text: "See https://www.unodc.org/documents/treaties/WG_TIP_2024/3/CTOC_COP_WG.4_2024_3_E.PDF.",
        urls: ["https://www.unodc.org/documents/treaties/WG_TIP_2024/3/CTOC_COP_WG.4_2024_3_E.PDF"],
        sources: ["ctoc_cop_wg_4_2024_3"],
    }
    21 {
        paragraph: 47,
        form: ShortForm,
        text: "Global Report on Trafficking in Persons 2022, p.18.",
        urls: [],
        pages: "p.18",
        sources: ["glotip_2022"],
    }
    22 {
        paragraph: 48,
        form: ShortForm,
        text: "From Evidence to Action, p. 13.",
        urls: [],
        pages: "p. 13",
        sources: ["from_evidence_to_action"],
    }
    23 {
        paragraph: 48,
        form: Full,
        text: "A/79/322, p. 13.",
        urls: [],
        pages: "p. 13",
        sources: ["a_79_322"],
    }
    24 {
        paragraph: 48,
        form: Full,
        text: "See https://ecpat.org/global-boys-initiative.",
        urls: ["https://ecpat.org/global-boys-initiative"],
        sources: ["ecpat_global_boys_initiative"],
    }
    25 {
        paragraph: 49,
        form: Full,
        text: "See https://op.europa.eu/en/publication-detail/-/publication/373138c5-0ea4-11eb-bc07-01aa75ed71a1/language-en, p. 26.",
        urls: ["https://op.europa.eu/en/publication-detail/-/publication/373138c5-0ea4-11eb-bc07-01aa75ed71a1/language-en"],
        pages: "p. 26",
        sources: ["eu_trafficking_cost_publication"],
    }
    26 {
        paragraph: 51,
        form: Full,
        text: "See https://publications.iom.int/system/files/pdf/WMR-2022.pdf, pp. xii and 40.",
        urls: ["https://publications.iom.int/system/files/pdf/WMR-2022.pdf"],
        pages: "pp. xii and 40",
        sources: ["world_migration_report_2022"],
    }
    27 {
        paragraph: 51,
        form: Full,
        text: "See https://www.unicef.org/press-releases/not-new-normal-2024-one-worst-years-unicefs-history-children-conflict.",
        urls: ["https://www.unicef.org/press-releases/not-new-normal-2024-one-worst-years-unicefs-history-children-conflict"],
        sources: ["unicef_children_in_conflict_press_release"],
    }
    28 {
        paragraph: 51,
        form: Full,
        text: "See https://data.unicef.org/topic/child-migration-and-displacement/displacement.",
        urls: ["https://data.unicef.org/topic/child-migration-and-displacement/displacement"],
        sources: ["unicef_displacement_data"],
    }
    29 {
        paragraph: 51,
        form: Ibid,
        text: "Ibid.",
        urls: [],
        sources: ["unicef_displacement_data"],
    }
    30 {
        paragraph: 52,
        form: Full,
        text: "See https://www.unicef.org/documents/child-poverty-trends.",
        urls: ["https://www.unicef.org/documents/child-poverty-trends"],
        sources: ["unicef_child_poverty_trends"],
    }
    31 {
        paragraph: 52,
        form: Full,
        text: "See https://www.savethechildren.net/blog/2024-tough-year-ahead-children-living-increasingly-hostile-world.",
        urls: ["https://www.savethechildren.net/blog/2024-tough-year-ahead-children-living-increasingly-hostile-world"],
        sources: ["save_the_children_tough_year_blog"],
    }
    32 {
        paragraph: 52,
        form: Full,
        text: "See https://www.unicef.org/press-releases/unicef-appeals-us99-billion-humanitarian-funding-support-children-affected-conflict.",
        urls: ["https://www.unicef.org/press-releases/unicef-appeals-us99-billion-humanitarian-funding-support-children-affected-conflict"],
        sources: ["unicef_humanitarian_appeal_press_release"],
    }
    33 {
        paragraph: 52,
        form: Full,
        text: "See https://openknowledge.fao.org/server/api/core/bitstreams/d5be2ffc-f191-411c-9fee-bb737411576d/content, pp. xvi, 3 and 12.",
        urls: ["https://openknowledge.fao.org/server/api/core/bitstreams/d5be2ffc-f191-411c-9fee-bb737411576d/content"],
        pages: "pp. xvi, 3 and 12",
        sources: ["fao_hunger_publication"],
    }
    34 {
        paragraph: 52,
        form: ShortForm,
        text: "From Evidence to Action, p. 19.",
        urls: [],
        pages: "p. 19",
        sources: ["from_evidence_to_action"],
    }
    35 {
        paragraph: 53,
        form: Full,
        text: "UNHCR, Handbook for the Protection of Internally Displaced Persons, pp. 216 and 217.",
        urls: [],
        pages: "pp. 216 and 217",
        sources: ["unhcr_idp_handbook"],
    }
    36 {
        paragraph: 54,
        form: Full,
        text: "See https://www.unocha.org/publications/report/world/global-humanitarian-overview-2024-enarfiles.",
        urls: ["https://www.unocha.org/publications/report/world/global-humanitarian-overview-2024-enarfiles"],
        sources: ["global_humanitarian_overview_2024"],
    }
    37 {
        paragraph: 55,
        form: Full,
        text: "See https://violenceagainstchildren.un.org/news/protecting-rights-children-move-times-crisis.",
        urls: ["https://violenceagainstchildren.un.org/news/protecting-rights-children-move-times-crisis"],
        sources: ["srsg_vac_children_on_the_move_news"],
    }
    38 {
        paragraph: 56,
        form: ShortForm,
        text: "See Global Report on Trafficking in Persons 2024.",
        urls: [],
        sources: ["glotip_2024"],
    }
    39 {
        paragraph: 56,
        form: Full,
        text: "See https://www.unodc.org/documents/human-trafficking/2023/New_publications/GLOACT_Study_on_Illicit_Financial_Flows_-_Final.pdf. See also https://www.fatf-gafi.org/content/dam/fatf-gafi/reports/Human-Trafficking-2018.pdf.",
        urls: ["https://www.unodc.org/documents/human-trafficking/2023/New_publications/GLOACT_Study_on_Illicit_Financial_Flows_-_Final.pdf", "https://www.fatf-gafi.org/content/dam/fatf-gafi/reports/Human-Trafficking-2018.pdf"],
        sources: ["gloact_illicit_financial_flows_study", "fatf_human_trafficking_2018"],
    }
    40 {
        paragraph: 56,
        form: Full,
        text: "See https://cdn.icmec.org/wp-content/uploads/2021/03/Cryptocurrency-and-the-Trade-of-Online-Child-Sexual-Abuse-Material_03.17.21-publish-1.pdf.",
        urls: ["https://cdn.icmec.org/wp-content/uploads/2021/03/Cryptocurrency-and-the-Trade-of-Online-Child-Sexual-Abuse-Material_03.17.21-publish-1.pdf"],
        sources: ["icmec_cryptocurrency_csam"],
    }
    41 {
        paragraph: 57,
        form: Full,
        text: "See https://www.ilo.org/sites/default/files/2024-10/Profits%20and%20poverty%20-%20The%20economics%20of%20forced%20labour_WEB_20241017.pdf, p. 13.",
        urls: ["https://www.ilo.org/sites/default/files/2024-10/Profits%20and%20poverty%20-%20The%20economics%20of%20forced%20labour_WEB_20241017.pdf"],
        pages: "p. 13",
        sources: ["ilo_profits_and_poverty"],
    }
    42 {
        paragraph: 58,
        form: Full,
        text: "See https://www.undp.org/publications/corruption-and-contemporary-forms-slavery-examining-relationships-and-addressing-policy-gaps, p. 8.",
        urls: ["https://www.undp.org/publications/corruption-and-contemporary-forms-slavery-examining-relationships-and-addressing-policy-gaps"],
        pages: "p. 8",
        sources: ["undp_corruption_and_slavery"],
    }
    43 {
        paragraph: 59,
        form: ShortForm,
        text: "Global Report on Trafficking in Persons 2022, p. 70.",
        urls: [],
        pages: "p. 70",
        sources: ["glotip_2022"],
    }
    44 {
        paragraph: 59,
        form: Full,
        text: "See https://www.osce.org/cthb/technology.",
        urls: ["https://www.osce.org/cthb/technology"],
        sources: ["osce_technology_page"],
    }
    45 {
        paragraph: 59,
        form: Full,
        text: "See https://icat.un.org/sites/g/files/tmzbd1461/files/publications/icat_statement_wdat_2022.pdf.",
        urls: ["https://icat.un.org/sites/g/files/tmzbd1461/files/publications/icat_statement_wdat_2022.pdf"],
        sources: ["icat_statement_wdat_2022"],
    }
    46 {
        paragraph: 60,
        form: Full,
        text: "See https://www.osce.org/files/f/documents/7/d/579715.pdf.",
        urls: ["https://www.osce.org/files/f/documents/7/d/579715.pdf"],
        sources: ["osce_artificial_intelligence_publication"],
    }
    47 {
        paragraph: 60,
        form: Ibid,
        text: "Ibid.",
        urls: [],
        sources: ["osce_artificial_intelligence_publication"],
    }
    48 {
        paragraph: 61,
        form: Full,
        text: "See https://www.ilo.org/sites/default/files/wcmsp5/groups/public/%40ed_norm/%40ipec/documents/publication/wcms_854733.pdf, p. 46.",
        urls: ["https://www.ilo.org/sites/default/files/wcmsp5/groups/public/%40ed_norm/%40ipec/documents/publication/wcms_854733.pdf"],
        pages: "p. 46",
        sources: ["ilo_children_in_forced_labour_publication"],
    }
    49 {
        paragraph: 62,
        form: Ibid,
        text: "Ibid., p. 49.",
        urls: [],
        pages: "p. 49",
        sources: ["ilo_children_in_forced_labour_publication"],
    }
    50 {
        paragraph: 63,
        form: Full,
        text: "See Europol, Internet Organised Crime Threat Assessment 2024 (Luxembourg, Publications Office of the European Union, 2024).",
        urls: [],
        sources: ["europol_iocta_2024"],
    }
    51 {
        paragraph: 64,
        form: Full,
        text: "See https://familiesontherun.org; https://www.unicef.org/press-releases/violence-drives-haitis-children-armed-groups-half-all-members-are-now-children; and A/HRC/57/41, para. 22.",
        urls: ["https://familiesontherun.org", "https://www.unicef.org/press-releases/violence-drives-haitis-children-armed-groups-half-all-members-are-now-children"],
        sources: ["families_on_the_run", "unicef_haiti_armed_groups_press_release", "a_hrc_57_41"],
    }
    52 {
        paragraph: 65,
        form: Full,
        text: "Kathryn E. Van Doore and Rebecca Nhep, \"Orphanage trafficking and the Sustainable Development Goals\", Institutionalised Children Explorations and Beyond, vol. 10, No. 1 (March 2023) pp. 76–84.",
        urls: [],
        pages: "pp. 76–84",
        sources: ["orphanage_trafficking_and_the_sdgs"],
    }
    53 {
        paragraph: 65,
        form: Full,
        text: "See joint statement of the United Nations human rights treaty bodies and human rights special procedures on illegal intercountry adoptions, 28 September 2022, available from https://www.ohchr.org/sites/default/files/documents/hrbodies/ced/2022-09-29/JointstatementICA_HR_28September2022.pdf.",
        urls: ["https://www.ohchr.org/sites/default/files/documents/hrbodies/ced/2022-09-29/JointstatementICA_HR_28September2022.pdf"],
        sources: ["joint_statement_illegal_intercountry_adoptions"],
    }
    54 {
        paragraph: 66,
        form: Full,
        text: "See https://www.nottingham.ac.uk/research/beacons-of-excellence/rights-lab/resources/reports-and-briefings/2021/august/the-problem-of-sports-trafficking.pdf.",
        urls: ["https://www.nottingham.ac.uk/research/beacons-of-excellence/rights-lab/resources/reports-and-briefings/2021/august/the-problem-of-sports-trafficking.pdf"],
        sources: ["problem_of_sports_trafficking"],
    }
    55 {
        paragraph: 66,
        form: Full,
        text: "See https://mission89.org/wp-content/uploads/2024/12/GLOBAL-THEMATIC-REPORT-ON-SPORT-TRAFFICKING..pdf.",
        urls: ["https://mission89.org/wp-content/uploads/2024/12/GLOBAL-THEMATIC-REPORT-ON-SPORT-TRAFFICKING..pdf"],
        sources: ["mission_89_sport_trafficking_2024"],
    }
    56 {
        paragraph: 69,
        form: Full,
        text: "See https://icat.un.org/sites/g/files/tmzbd1461/files/publications/call_to_action_on_child_trafficking.pdf.",
        urls: ["https://icat.un.org/sites/g/files/tmzbd1461/files/publications/call_to_action_on_child_trafficking.pdf"],
        sources: ["icat_call_for_accelerated_action"],
    }
    57 {
        paragraph: 76,
        form: Full,
        text: "See https://www.consilium.europa.eu/en/press/press-releases/2024/11/19/products-made-with-forced-labour-council-adopts-ban/pdf.",
        urls: ["https://www.consilium.europa.eu/en/press/press-releases/2024/11/19/products-made-with-forced-labour-council-adopts-ban/pdf"],
        sources: ["council_eu_forced_labour_ban_press_release"],
    }
    58 {
        paragraph: 76,
        form: Full,
        text: "See https://eur-lex.europa.eu/eli/dir/2024/1760/oj.",
        urls: ["https://eur-lex.europa.eu/eli/dir/2024/1760/oj"],
        sources: ["corporate_sustainability_due_diligence_directive"],
    }
    59 {
        paragraph: 80,
        form: Full,
        text: "See https://violenceagainstchildren.un.org/end-immigration-detention-of-children.",
        urls: ["https://violenceagainstchildren.un.org/end-immigration-detention-of-children"],
        sources: ["srsg_vac_end_immigration_detention"],
    }
    60 {
        paragraph: 81,
        form: Full,
        text: "See A/78/172.",
        urls: [],
        sources: ["a_78_172"],
    }
    61 {
        paragraph: 81,
        form: Full,
        text: "See https://ecpat.org/wp-content/uploads/2024/05/Child-Sexual-Exploitation-in-Humanitarian-Contexts.pdf.",
        urls: ["https://ecpat.org/wp-content/uploads/2024/05/Child-Sexual-Exploitation-in-Humanitarian-Contexts.pdf"],
        sources: ["ecpat_cse_in_humanitarian_contexts"],
    }
    62 {
        paragraph: 82,
        form: Full,
        text: "See https://www.unodc.org/documents/NGO/PPP/UNODC-PPP-Interactive.pdf.",
        urls: ["https://www.unodc.org/documents/NGO/PPP/UNODC-PPP-Interactive.pdf"],
        sources: ["unodc_public_private_partnerships"],
    }
    63 {
        paragraph: 84,
        form: Full,
        text: "The European Commission conducted an open public consultation on the evaluation and possible revision of Directive 2011/36/EU on preventing and combating trafficking in human beings and protecting its victims (Anti-Trafficking Directive) to provide citizens and stakeholders with an opportunity to share their opinions on current problems and the future of combating trafficking in persons, including possible ways to reinforce, develop and modernize the existing framework. Feedback was received from, among others, organizations focusing on child protection and assistance. See https://ec.europa.eu/info/law/better-regulation/have-your-say/initiatives/13106-Fighting-human-trafficking-review-of-EU-rules/public-consultation_en.",
        urls: ["https://ec.europa.eu/info/law/better-regulation/have-your-say/initiatives/13106-Fighting-human-trafficking-review-of-EU-rules/public-consultation_en"],
        sources: ["ec_trafficking_rules_consultation"],
    }
    64 {
        paragraph: 89,
        form: Full,
        text: "See https://www.unodc.org/unodc/en/treaties/CTOC/working-group-on-trafficking-in-persons-2024.html. See also https://globalcompactrefugees.org/multi-stakeholder-pledge-protection-refugees-and-migrants-risk-or-affected-trafficking-persons; and https://endviolenceagainstchildrenconference.org/government-pledges.",
        urls: ["https://www.unodc.org/unodc/en/treaties/CTOC/working-group-on-trafficking-in-persons-2024.html", "https://globalcompactrefugees.org/multi-stakeholder-pledge-protection-refugees-and-migrants-risk-or-affected-trafficking-persons", "https://endviolenceagainstchildrenconference.org/government-pledges"],
        sources: ["unodc_working_group_trafficking_2024", "gcr_trafficking_pledge", "conference_government_pledges"],
    }
}
