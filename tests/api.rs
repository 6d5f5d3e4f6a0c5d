//! The public API: lookups, typed constants, filters, citations and validation.

use std::borrow::Cow;

use vac_figures::{Dataset, Error, Filter, Kind, Sourcing, Topic, Unit, ids};

#[test]
fn lookup_by_id_finds_every_figure_and_nothing_else() {
    for fig in vac_figures::figures() {
        assert_eq!(vac_figures::figure(&fig.id).map(|f| &f.id), Some(&fig.id));
    }
    for missing in [
        "",
        "children",
        "zzz",
        "children_share_of_detected_victims_",
        "CHILDREN_IN_CONFLICT_AREAS",
    ] {
        assert!(vac_figures::figure(missing).is_none(), "{missing}");
    }
    for source in vac_figures::sources() {
        assert_eq!(
            vac_figures::source(&source.id).map(|s| &s.id),
            Some(&source.id)
        );
    }
    assert!(vac_figures::footnote(0).is_none());
    assert!(vac_figures::footnote(65).is_none());
}

#[test]
fn constants_are_the_records() {
    let fig = ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS;
    assert!(std::ptr::eq(
        fig,
        vac_figures::figure("children_share_of_detected_victims").unwrap()
    ));
    assert_eq!(
        vac_figures::source_ids::A_HRC_58_19.symbol.as_deref(),
        Some("A/HRC/58/19")
    );
}

#[test]
fn filters_combine() {
    let trafficking_stats: Vec<_> = vac_figures::select(
        &Filter::new()
            .topic(Topic::Trafficking)
            .kind(Kind::Statistic),
    )
    .collect();
    assert!(
        trafficking_stats
            .iter()
            .all(|f| f.has_topic(Topic::Trafficking) && f.kind == Kind::Statistic)
    );
    assert!(trafficking_stats.len() >= 5);

    let para_51: Vec<_> = vac_figures::by_paragraph(51)
        .map(|f| f.id.as_ref())
        .collect();
    assert_eq!(para_51.len(), 7);
    let fn_33: Vec<_> = vac_figures::select(&Filter::new().footnote(33)).collect();
    assert_eq!(fn_33.len(), 3);
    let usd: Vec<_> = vac_figures::select(&Filter::new().unit(Unit::Usd)).collect();
    assert_eq!(usd.len(), 2);
    // Through Ibid.: footnote 13 is "Ibid." after footnote 12, both GLOTIP 2024.
    let glotip: Vec<_> = vac_figures::by_source("glotip_2024")
        .map(|f| f.id.as_ref())
        .collect();
    assert_eq!(
        glotip,
        [
            "children_share_of_detected_victims",
            "children_share_of_detected_victims_sub_saharan_africa"
        ]
    );
    assert_eq!(
        vac_figures::by_kind(Kind::OfficeActivity).count()
            + vac_figures::by_kind(Kind::Statistic).count()
            + vac_figures::by_kind(Kind::Commitment).count()
            + vac_figures::by_kind(Kind::Definition).count(),
        vac_figures::figures().len()
    );
}

#[test]
fn sourcing_is_explicit_when_nothing_backs_a_figure() {
    assert_eq!(
        ids::CHILDREN_IN_CONFLICT_AREAS.sourcing(),
        Sourcing::FootnoteAndAttribution
    );
    assert_eq!(
        ids::CHILDREN_IN_EXTREME_POVERTY.sourcing(),
        Sourcing::FootnoteOnly
    );
    assert_eq!(
        ids::WOMEN_GIRLS_EXTREME_VIOLENCE_LIKELIHOOD.sourcing(),
        Sourcing::AttributionOnly
    );
    assert_eq!(
        ids::CHILDREN_ENGAGED_DIRECTLY.sourcing(),
        Sourcing::ReportOnly
    );
}

#[test]
fn citations_read_as_un_style_lines() {
    let data = Dataset::builtin();
    assert_eq!(
        data.citation(ids::FORCED_LABOUR_ILLEGAL_PROFITS_PER_YEAR)
            .to_string(),
        "ILO, Profits and poverty - The economics of forced labour, p. 13, as cited in A/HRC/58/19, para. 57, fn. 41"
    );
    assert_eq!(
        data.citation(ids::CHILDREN_BORN_AS_REFUGEES_2018_2023)
            .to_string(),
        "UNHCR, as cited in A/HRC/58/19, para. 51"
    );
    assert_eq!(
        data.citation(ids::MINISTERIAL_CONFERENCE_COUNTRIES)
            .to_string(),
        "A/HRC/58/19, para. 7"
    );
    assert_eq!(
        data.citation(ids::ICAT_MEMBER_ENTITIES).to_string(),
        "A/HRC/58/19, fn. 10 (to para. 40)"
    );
    let shown = ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS.to_string();
    assert!(shown.starts_with("\"According to the latest Global Report on Trafficking in Persons, children account for 38 per cent"));
    assert!(shown.ends_with("as cited in A/HRC/58/19, para. 41, fn. 12)"));
}

#[test]
fn value_display_uses_units() {
    assert_eq!(
        ids::CHILDREN_IN_CONFLICT_AREAS_ONE_IN.value_display(),
        "1 in 6"
    );
    assert_eq!(
        ids::FORCED_LABOUR_ILLEGAL_PROFITS_PER_YEAR.value_display(),
        "US$236,000,000,000"
    );
    assert_eq!(ids::ADOLESCENT_AGE_BAND.value_display(), "15–17 years");
    assert_eq!(
        ids::EU_TRAFFICKING_COST_PER_YEAR.value_display(),
        "€2,700,000,000"
    );
}

#[test]
fn an_owned_dataset_answers_like_the_builtin_one() {
    let builtin = Dataset::builtin();
    let owned = Dataset::new(
        builtin.figures().to_vec(),
        builtin.footnotes().to_vec(),
        builtin.sources().to_vec(),
    )
    .expect("the built-in records are valid");
    assert_eq!(&owned, builtin);
    for fig in builtin.figures() {
        assert_eq!(owned.figure(&fig.id), Some(fig));
    }
}

#[test]
fn invalid_records_are_rejected_with_what_is_wrong() {
    // Every problem, each naming its table, record and field (the loader's problem type).
    let problems = |result: Result<Dataset, Error>| -> Vec<String> {
        match result {
            Err(Error::Invalid(problems)) => problems.iter().map(|p| p.to_string()).collect(),
            other => panic!("expected problems, got {other:?}"),
        }
    };
    let b = Dataset::builtin();
    let mut figures = b.figures().to_vec();
    figures.push(figures[0].clone());
    figures[1].footnotes = Cow::Owned(vec![99]);
    assert_eq!(
        problems(Dataset::new(
            figures,
            b.footnotes().to_vec(),
            b.sources().to_vec()
        )),
        [
            "figures.csv: figure `office_establishment_anniversary_years`: field `id`: \
             duplicate id \"office_establishment_anniversary_years\"",
            "figures.csv: figure `contributions_to_report`: field `footnotes`: footnote 99 does \
             not exist in footnotes.csv",
        ]
    );
    let mut notes = b.footnotes().to_vec();
    notes[11].sources = Cow::Owned(vec![Cow::Borrowed("nowhere")]);
    assert_eq!(
        problems(Dataset::new(
            b.figures().to_vec(),
            notes,
            b.sources().to_vec()
        )),
        [
            "footnotes.csv: footnote 12: field `source_ids`: source \"nowhere\" does not exist in \
          sources.csv"
        ]
    );
}
