//! `to_dataframe()` (every column typed: Float64, UInt8, Boolean, Enum, List(Enum),
//! List(UInt8)) against Polars' own CSV reader parsing the committed `datasets/figures.csv`
//! from memory (columns as it infers them: strings, integers, floats).

use vac_figures_bench as common;

use std::hint::black_box;
use std::io::Cursor;

use criterion::Criterion;
use polars::prelude::{CsvReadOptions, DataFrame, PolarsResult, SerReader};

const FIGURES_CSV: &[u8] = include_bytes!("../../datasets/figures.csv");

fn read_csv() -> PolarsResult<DataFrame> {
    CsvReadOptions::default()
        .with_has_header(true)
        .into_reader_with_file_handle(Cursor::new(FIGURES_CSV))
        .finish()
}

fn main() -> PolarsResult<()> {
    // Same rows, same columns on both sides.
    let ours = vac_figures::to_dataframe()?;
    let theirs = read_csv()?;
    assert_eq!(ours.shape(), theirs.shape(), "the frames differ in shape");

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("frames");
    group.bench_function("to_dataframe()", |b| {
        b.iter(|| black_box(vac_figures::to_dataframe()))
    });
    group.bench_function("polars CSV reader, figures.csv from memory", |b| {
        b.iter(|| black_box(read_csv()))
    });
    group.bench_function("figure_sources() (joined long frame)", |b| {
        b.iter(|| black_box(vac_figures::frames::figure_sources()))
    });
    group.finish();
    c.final_summary();

    let build = common::ns_per_call(vac_figures::to_dataframe);
    let reader = common::ns_per_call(read_csv);
    common::report(
        &format!("to_dataframe() {}x{}", ours.height(), ours.width()),
        build,
        "polars CSV reader",
        reader,
    );
    println!(
        "TARGET to_dataframe / CSV reader <= 0.1: {}",
        if build / reader <= 0.1 {
            "met"
        } else {
            "MISSED"
        }
    );
    Ok(())
}
