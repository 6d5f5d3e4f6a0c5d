//! Analysing the report's figures with Polars (feature `polars`):
//! `cargo run --example polars_analysis --features polars`.
//!
//! Groups the figures by topic and by cited work, puts the figures on children affected by
//! crises side by side, and joins figures to their sources and reviews.

use vac_figures::frames::{self, polars::prelude::*};
use vac_figures::{Dataset, Filter, Kind, Topic, Unit};

fn main() -> PolarsResult<()> {
    let figures = vac_figures::to_dataframe()?;
    println!(
        "figures: {} rows x {} columns",
        figures.height(),
        figures.width()
    );
    for (name, dtype) in figures.schema().iter() {
        println!("  {name}: {dtype}");
    }

    // 1. Figures per topic: explode the List(Enum) column, then group.
    let per_topic = figures
        .select(["id", "topics"])?
        .explode(
            ["topics"],
            ExplodeOptions {
                empty_as_null: true,
                keep_nulls: true,
            },
        )?
        .group_by(["topics"])?
        .select(["id"])
        .count()?
        .sort(
            ["id_count"],
            SortMultipleOptions::default().with_order_descending(true),
        )?;
    println!("\nFigures per topic:\n{per_topic}");

    // 2. Citations per cited work (one per figure × footnote): the joined long frame, grouped
    //    by publisher and title.
    let long = frames::figure_sources()?;
    let per_source = long
        .filter(&long.column("source_id")?.is_not_null())?
        .group_by(["publisher", "title"])?
        .select(["figure_id"])
        .count()?
        .sort(
            ["figure_id_count"],
            SortMultipleOptions::default().with_order_descending(true),
        )?;
    println!(
        "\nCitations of figures per cited work (top 10):\n{}",
        per_source.head(Some(10))
    );

    // 3. Every figure that rests on a UNODC publication: one filter on the long frame.
    let unodc = long.filter(&frames::text_mask(&long, "publisher", |p| {
        p.contains("UNODC")
    })?)?;
    println!(
        "\nFigures resting on UNODC works:\n{}",
        unodc.select(["figure_id", "as_written", "footnote", "title"])?
    );

    // 4. Children affected by crises, side by side: a query in Rust, then a frame.
    let data = Dataset::builtin();
    let crises = [
        Topic::Conflict,
        Topic::Humanitarian,
        Topic::MigrationDisplacement,
        Topic::Climate,
        Topic::PovertyHunger,
    ];
    let statistics = Filter::new().kind(Kind::Statistic).unit(Unit::Count);
    let selection = data.select(&statistics).filter(|f| {
        f.population.to_lowercase().contains("child") && crises.iter().any(|&t| f.has_topic(t))
    });
    let side_by_side = frames::figures_frame(data, selection)?
        .select([
            "id",
            "as_written",
            "qualifier",
            "value",
            "geography",
            "period",
            "topics",
        ])?
        .sort(
            ["value"],
            SortMultipleOptions::default().with_order_descending(true),
        )?;
    println!("\nChildren affected by crises, largest first:\n{side_by_side}");

    // 5. Joins through the keys: figures → reviews (figure_id), footnotes → sources.
    let reviews = frames::reviews()?;
    let reviewed = figures.select(["id", "as_written"])?.join(
        &reviews.select(["figure_id", "status"])?,
        ["id"],
        ["figure_id"],
        JoinArgs::new(JoinType::Inner),
        None,
    )?;
    let discrepancies = reviewed.filter(&frames::text_mask(&reviewed, "status", |s| {
        s == "discrepancy"
    })?)?;
    println!("\nFigures whose cited source differs (primary-source review):\n{discrepancies}");

    let chain = frames::figure_footnotes()?
        .join(
            &frames::footnote_sources()?,
            ["footnote"],
            ["footnote"],
            JoinArgs::new(JoinType::Inner),
            None,
        )?
        .join(
            &frames::sources()?.select(["source_id", "kind"])?,
            ["source_id"],
            ["source_id"],
            JoinArgs::new(JoinType::Inner),
            None,
        )?;
    let per_kind = chain.group_by(["kind"])?.select(["figure_id"]).count()?;
    println!(
        "\nCitations of figures per kind of cited work (joined from the link tables):\n{per_kind}"
    );
    Ok(())
}
