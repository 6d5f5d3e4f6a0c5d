//! Prints the report's headline figures with their citations.
//!
//! ```text
//! cargo run --example headline_figures
//! ```

use vac_figures::{Dataset, ids};

fn main() {
    let data = Dataset::builtin();
    let headline = [
        ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS,
        ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS_SUB_SAHARAN_AFRICA,
        ids::CHILDREN_IN_CONFLICT_AREAS,
        ids::CHILDREN_DISPLACED_BY_CONFLICT_AND_VIOLENCE,
        ids::CHILDREN_IN_EXTREME_POVERTY,
        ids::FORCED_LABOUR_ILLEGAL_PROFITS_PER_YEAR,
        ids::FORCED_LABOUR_PROFITS_INCREASE_SINCE_2014,
        ids::FORCED_LABOUR_PROFITS_INCREASE_SINCE_2014_PERCENT,
        ids::MINISTERIAL_CONFERENCE_COUNTRIES,
        ids::MINISTERIAL_CONFERENCE_MINISTERS,
        ids::CHILDREN_ENGAGED_DIRECTLY,
    ];
    let report = vac_figures::report();
    println!("{} — {} ({})\n", report.symbol, report.title, report.date);
    // One column as wide as the longest figure as written, so every row lines up.
    let width = headline
        .iter()
        .map(|f| f.as_written.chars().count())
        .max()
        .unwrap_or(0);
    for fig in headline {
        println!("{:<width$}  {}", fig.as_written, fig.measure);
        println!("{:<width$}  {}", "", fig.value_in_words());
        println!("{:<width$}  {}\n", "", data.citation(fig));
    }
    println!(
        "{} figures, {} footnotes, {} sources (data version {}).",
        vac_figures::figures().len(),
        vac_figures::footnotes().len(),
        vac_figures::sources().len(),
        vac_figures::DATA_VERSION
    );
}
