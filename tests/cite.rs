//! Citations against hand-checked expected strings.
//!
//! Each expected string was written by reading the footnote in A/HRC/58/19 (the text under
//! `/work/shared/source`): fn. 12–13 (UNODC *Global Report on Trafficking in Persons 2024*,
//! pp. 121 and 122, para. 43), fn. 27 (UNICEF press release, para. 51), fn. 7 (Defence for
//! Children web page, para. 23), fn. 17 (OHCHR press release), fn. 6 (OHCHR web page),
//! fn. 23 (A/79/322), and the cover page (13 January 2025).

use std::borrow::Cow;

use serde_json::{Value, json};
use vac_figures::cite::{self, bibtex_entry, csl_item, escape_bibtex};
use vac_figures::{Dataset, Source, SourceKind, TitleBasis, ids, source_ids};

const REPORT: &str = "Special Representative of the Secretary-General on Violence against Children, \
     Annual report of the Special Representative of the Secretary-General on Violence against \
     Children, A/HRC/58/19, 13 January 2025";

#[test]
fn long_citation_of_a_publication_with_pages() {
    let data = Dataset::builtin();
    let fig = ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS_SUB_SAHARAN_AFRICA;
    assert_eq!(
        data.long_citation(fig).to_string(),
        format!(
            "UNODC (United Nations publication), Global Report on Trafficking in Persons 2024, \
             2024, pp. 121 and 122, available at \
             https://www.unodc.org/documents/data-and-analysis/glotip/2024/GLOTIP2024_BOOK.pdf. \
             Cited in {REPORT}, para. 43, footnote 13."
        )
    );
    // The one-line citation is unchanged.
    assert_eq!(
        data.citation(fig).to_string(),
        "UNODC (United Nations publication), Global Report on Trafficking in Persons 2024, \
         pp. 121 and 122, as cited in A/HRC/58/19, para. 43, fn. 13"
    );
}

#[test]
fn long_citation_of_a_press_release_marks_the_title_read_from_the_url() {
    let data = Dataset::builtin();
    let fig = ids::CHILDREN_IN_CONFLICT_AREAS;
    assert_eq!(
        data.long_citation(fig).to_string(),
        format!(
            "UNICEF, [Not the new normal: 2024 one of the worst years in UNICEF's history for \
             children in conflict], available at \
             https://www.unicef.org/press-releases/not-new-normal-2024-one-worst-years-unicefs-history-children-conflict. \
             Cited in {REPORT}, para. 51, footnote 27."
        )
    );
}

#[test]
fn long_citation_of_a_web_page() {
    let data = Dataset::builtin();
    let fig = ids::GLOBAL_STUDY_ANNIVERSARY_YEARS;
    assert_eq!(
        data.long_citation(fig).to_string(),
        format!(
            "Defence for Children, Global Conference on Justice for Children Deprived of \
             Liberty, available at https://defenceforchildren.org/global-conference. \
             Cited in {REPORT}, para. 23, footnote 7."
        )
    );
}

#[test]
fn long_citation_of_the_report_itself() {
    let data = Dataset::builtin();
    let fig = ids::MANDATE_ANNIVERSARY_YEARS;
    assert_eq!(
        data.long_citation(fig).to_string(),
        format!("{REPORT}, para. 5.")
    );
}

#[test]
fn long_citation_in_markdown_italicizes_printed_titles() {
    let data = Dataset::builtin();
    let fig = ids::RECRUITED_BY_FAMILY_AGE_BAND;
    assert_eq!(
        format!("{:#}", data.long_citation(fig)),
        "Vasileia Digidiki and others, *From Evidence to Action: Twenty Years of IOM Child \
         Trafficking Data to Inform Policy and Programming*, FXB Center for Health and Human \
         Rights at Harvard University, Boston, and IOM (Geneva), 2023, p. 19. Cited in Special \
         Representative of the Secretary-General on Violence against Children, *Annual report \
         of the Special Representative of the Secretary-General on Violence against Children*, \
         A/HRC/58/19, 13 January 2025, para. 52, footnote 34."
    );
}

#[test]
fn bibtex_of_the_report() {
    assert_eq!(
        bibtex_entry(vac_figures::report(), source_ids::A_HRC_58_19),
        "@techreport{a_hrc_58_19,
  author       = {{Special Representative of the Secretary-General on Violence against Children (Najat Maalla M'jid)}},
  title        = {{Annual report of the Special Representative of the Secretary-General on Violence against Children}},
  institution  = {{United Nations General Assembly, Human Rights Council}},
  number       = {A/HRC/58/19},
  type         = {United Nations document},
  year         = {2025},
  month        = jan,
  date         = {2025-01-13},
  url          = {https://undocs.org/A/HRC/58/19},
}
"
    );
}

#[test]
fn bibtex_of_a_un_document_has_its_symbol_and_no_invented_year() {
    assert_eq!(
        bibtex_entry(vac_figures::report(), source_ids::A_79_322),
        "@techreport{a_79_322,
  title        = {{United Nations document A/79/322}},
  institution  = {{United Nations General Assembly}},
  number       = {A/79/322},
  type         = {United Nations document},
  note         = {Descriptive title; A/HRC/58/19 cites the work without a title},
}
"
    );
}

#[test]
fn bibtex_of_publications() {
    assert_eq!(
        bibtex_entry(vac_figures::report(), source_ids::GLOTIP_2024),
        "@book{glotip_2024,
  title        = {{Global Report on Trafficking in Persons 2024}},
  publisher    = {{UNODC (United Nations publication)}},
  year         = {2024},
  url          = {https://www.unodc.org/documents/data-and-analysis/glotip/2024/GLOTIP2024_BOOK.pdf},
}
"
    );
    assert_eq!(
        bibtex_entry(vac_figures::report(), source_ids::FROM_EVIDENCE_TO_ACTION),
        "@book{from_evidence_to_action,
  author       = {{Vasileia Digidiki} and others},
  title        = {{From Evidence to Action: Twenty Years of IOM Child Trafficking Data to Inform Policy and Programming}},
  publisher    = {{FXB Center for Health and Human Rights at Harvard University, Boston, and IOM (Geneva)}},
  year         = {2023},
}
"
    );
}

#[test]
fn bibtex_of_a_press_release_and_a_web_page_has_no_invented_access_date() {
    assert_eq!(
        bibtex_entry(vac_figures::report(), source_ids::OHCHR_DRC_TRAFFICKING_PRESS_RELEASE),
        "@misc{ohchr_drc_trafficking_press_release,
  title        = {{DRC: alarming increase in trafficking, sexual exploitation, say experts}},
  howpublished = {{OHCHR}},
  year         = {2024},
  url          = {https://www.ohchr.org/en/press-releases/2024/07/drc-alarming-increase-trafficking-sexual-exploitation-say-experts},
  note         = {Title read from the URL; A/HRC/58/19 prints none},
}
"
    );
    assert_eq!(
        bibtex_entry(vac_figures::report(), source_ids::CRC_GENERAL_COMMENTS),
        "@misc{crc_general_comments,
  title        = {{General comments of the Committee on the Rights of the Child}},
  howpublished = {{OHCHR}},
  url          = {www.ohchr.org/en/treaty-bodies/crc/general-comments},
}
"
    );
}

#[test]
fn csl_json_of_each_kind() {
    assert_eq!(
        csl_item(vac_figures::report(), source_ids::A_HRC_58_19),
        json!({
            "id": "a_hrc_58_19",
            "type": "report",
            "title": "Annual report of the Special Representative of the Secretary-General on Violence against Children",
            "author": [{"literal": "Special Representative of the Secretary-General on Violence against Children (Najat Maalla M'jid)"}],
            "publisher": "United Nations General Assembly, Human Rights Council",
            "number": "A/HRC/58/19",
            "genre": "United Nations document",
            "issued": {"date-parts": [[2025, 1, 13]]},
            "URL": "https://undocs.org/A/HRC/58/19",
        })
    );
    assert_eq!(
        csl_item(vac_figures::report(), source_ids::A_79_322),
        json!({
            "id": "a_79_322",
            "type": "report",
            "title": "United Nations document A/79/322",
            "publisher": "United Nations General Assembly",
            "number": "A/79/322",
            "genre": "United Nations document",
            "note": "Descriptive title; A/HRC/58/19 cites the work without a title",
        })
    );
    assert_eq!(
        csl_item(vac_figures::report(), source_ids::GLOTIP_2024),
        json!({
            "id": "glotip_2024",
            "type": "book",
            "title": "Global Report on Trafficking in Persons 2024",
            "publisher": "UNODC (United Nations publication)",
            "issued": {"date-parts": [[2024]]},
            "URL": "https://www.unodc.org/documents/data-and-analysis/glotip/2024/GLOTIP2024_BOOK.pdf",
        })
    );
    assert_eq!(
        csl_item(
            vac_figures::report(),
            source_ids::OHCHR_DRC_TRAFFICKING_PRESS_RELEASE
        ),
        json!({
            "id": "ohchr_drc_trafficking_press_release",
            "type": "webpage",
            "title": "DRC: alarming increase in trafficking, sexual exploitation, say experts",
            "publisher": "OHCHR",
            "issued": {"date-parts": [[2024]]},
            "URL": "https://www.ohchr.org/en/press-releases/2024/07/drc-alarming-increase-trafficking-sexual-exploitation-say-experts",
            "note": "Title read from the URL; A/HRC/58/19 prints none",
        })
    );
    assert_eq!(
        csl_item(vac_figures::report(), source_ids::CRC_GENERAL_COMMENTS),
        json!({
            "id": "crc_general_comments",
            "type": "webpage",
            "title": "General comments of the Committee on the Rights of the Child",
            "publisher": "OHCHR",
            "URL": "www.ohchr.org/en/treaty-bodies/crc/general-comments",
        })
    );
    assert_eq!(
        csl_item(vac_figures::report(), source_ids::FROM_EVIDENCE_TO_ACTION)["author"],
        json!([{"literal": "Vasileia Digidiki and others"}])
    );
}

/// The parts of the CSL 1.0.2 `csl-data.json` schema these items use.
#[test]
fn csl_json_follows_the_csl_data_schema() {
    const TYPES: &[&str] = &[
        "article",
        "article-journal",
        "book",
        "dataset",
        "document",
        "legislation",
        "post",
        "post-weblog",
        "regulation",
        "report",
        "speech",
        "treaty",
        "webpage",
    ];
    const STRINGS: &[&str] = &[
        "id",
        "type",
        "title",
        "publisher",
        "container-title",
        "number",
        "genre",
        "URL",
        "note",
    ];
    let mut out = Vec::new();
    cite::write_csl_json(
        &mut out,
        vac_figures::report(),
        Dataset::builtin().sources(),
    )
    .unwrap();
    let items: Value = serde_json::from_slice(&out).unwrap();
    let items = items.as_array().expect("a CSL-JSON array");
    assert_eq!(items.len(), vac_figures::sources().len());
    for item in items {
        let item = item.as_object().expect("an item object");
        let ty = item["type"].as_str().unwrap();
        assert!(TYPES.contains(&ty), "{ty}");
        assert!(item["id"].is_string());
        for (key, value) in item {
            match key.as_str() {
                "author" => {
                    for name in value.as_array().unwrap() {
                        let name = name.as_object().unwrap();
                        assert!(
                            name.keys()
                                .all(|k| k == "literal" || k == "family" || k == "given")
                        );
                    }
                }
                "issued" => {
                    let parts = value["date-parts"].as_array().unwrap();
                    assert_eq!(parts.len(), 1);
                    let first = parts[0].as_array().unwrap();
                    assert!((1..=3).contains(&first.len()));
                    assert!(first.iter().all(Value::is_u64));
                }
                other => {
                    assert!(STRINGS.contains(&other), "unexpected CSL field {other}");
                    assert!(value.is_string(), "{other}");
                }
            }
        }
    }
}

#[test]
fn bibtex_escapes_special_characters_and_keys_are_source_ids() {
    let mut source = Source::new("test_source");
    source.title = Cow::Borrowed("Costs & 50% of $ #1 a_b {x} ~ ^ \\");
    source.title_basis = TitleBasis::Printed;
    source.authors = Some(Cow::Borrowed("A_B & Co and others"));
    source.publisher = Some(Cow::Borrowed("R&D {Unit}"));
    source.year = Some(2020);
    source.url = Some(Cow::Borrowed("https://example.org/a_b%20c#x"));
    source.kind = SourceKind::Publication;
    assert_eq!(
        bibtex_entry(vac_figures::report(), &source),
        r"@book{test_source,
  author       = {{A\_B \& Co} and others},
  title        = {{Costs \& 50\% of \$ \#1 a\_b \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{}}},
  publisher    = {{R\&D \{Unit\}}},
  year         = {2020},
  url          = {https://example.org/a_b%20c#x},
}
"
    );
    assert_eq!(escape_bibtex("plain text"), "plain text");
    let mut bib = Vec::new();
    cite::write_bibtex(
        &mut bib,
        vac_figures::report(),
        Dataset::builtin().sources(),
    )
    .unwrap();
    let bib = String::from_utf8(bib).unwrap();
    let keys: Vec<&str> = bib
        .lines()
        .filter_map(|l| l.strip_prefix('@'))
        .filter_map(|l| l.split_once('{'))
        .map(|(_, rest)| rest.trim_end_matches(','))
        .collect();
    let ids: Vec<&str> = vac_figures::sources()
        .iter()
        .map(|s| s.id.as_ref())
        .collect();
    assert_eq!(keys, ids);
    // Balanced braces in every entry.
    for entry in bib.split("\n\n") {
        let unescaped = entry.replace("\\{", "").replace("\\}", "");
        let depth = unescaped.chars().try_fold(0i32, |d, c| {
            let d = match c {
                '{' => d + 1,
                '}' => d - 1,
                _ => d,
            };
            (d >= 0).then_some(d)
        });
        let depth = depth.unwrap_or(-1);
        assert_eq!(depth, 0, "{entry}");
    }
}
