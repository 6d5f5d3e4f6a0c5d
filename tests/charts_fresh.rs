//! The committed SVGs in `examples/charts/` are exactly what `vac_figures::charts` draws from
//! the built-in data. When this fails, run
//! `cargo run --example draw_charts --features charts` and commit the result.
#![cfg(feature = "charts")]

use std::path::Path;

use vac_figures::{Dataset, charts, ids};

#[test]
fn committed_charts_are_fresh() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/charts");
    let mut stale = Vec::new();
    for (name, svg) in charts::all(Dataset::builtin()).expect("draw") {
        match std::fs::read_to_string(dir.join(name)) {
            Ok(committed) if committed == svg => {}
            Ok(_) => stale.push(format!("{name} differs")),
            Err(err) => stale.push(format!("{name}: {err}")),
        }
    }
    assert!(
        stale.is_empty(),
        "examples/charts is stale ({}); run `cargo run --example draw_charts --features charts` and commit",
        stale.join(", ")
    );
}

#[test]
fn every_chart_has_a_title_units_values_and_a_source_line() {
    for (name, svg) in charts::all(Dataset::builtin()).expect("draw") {
        assert!(svg.starts_with("<svg"), "{name}");
        assert!(
            svg.contains("Source: A/HRC/58/19, para"),
            "{name}: source line"
        );
        assert!(
            !svg.contains("font-face") && !svg.contains("@import"),
            "{name}: no fonts"
        );
        match name {
            "children_in_crisis.svg" => {
                assert!(svg.contains("Children (millions)"));
                assert!(svg.contains("more than 473 million"));
                assert!(svg.contains("fns. 27, 28, 29, 30, 31 and 32"));
            }
            "trafficking_shares.svg" => {
                assert!(svg.contains("Share (%)"));
                assert!(svg.contains("\n38%\n") && svg.contains("\n61%\n"));
                assert!(svg.contains("Global Report on Trafficking in Persons 2024"));
            }
            "forced_labour_profits.svg" => {
                assert!(svg.contains("(US$ billion)"));
                assert!(svg.contains("US$172 billion (derived)"));
                assert!(svg.contains("2014 (derived)"));
                assert!(svg.contains("para. 57, fn. 41"));
            }
            other => panic!("unexpected chart {other}"),
        }
    }
}

#[test]
fn the_derived_2014_value_is_the_relation_checker_s() {
    let derived = vac_figures::check::derived_values()
        .into_iter()
        .find(|d| d.id == "forced_labour_profits_2014")
        .expect("the 2014 level is a derived value");
    let svg = charts::forced_labour_profits(Dataset::builtin()).expect("draw");
    let label = format!("US${} billion (derived)", derived.value / 1e9);
    assert!(svg.contains(&label), "{label}");
}

#[test]
fn charts_follow_the_dataset_they_are_given() {
    let mut figures = vac_figures::figures().to_vec();
    let edited = figures
        .iter_mut()
        .find(|f| f.id == ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS.id)
        .expect("present");
    edited.value = 42.0;
    edited.measure = "Children & young people <under 18>".into();
    let data = Dataset::new(
        figures,
        vac_figures::footnotes().to_vec(),
        vac_figures::sources().to_vec(),
    )
    .expect("valid");
    let svg = charts::trafficking_shares(&data).expect("draw");
    assert!(svg.contains("\n42%\n") && !svg.contains("\n38%\n"));
    // Text is escaped for XML.
    assert!(svg.contains("Children &amp; young people &lt;under 18&gt;"));
}
