//! Writing every CSV export of the built-in dataset (the six tables of `datasets/`), against
//! the `csv` crate writing the same cells from plain structs that already hold them as
//! `String`s (the floor: no conversion, no escaping, no lookups).

use vac_figures_bench as common;

use std::hint::black_box;

use criterion::Criterion;
use vac_figures::{Dataset, export};

/// One table, pre-rendered: a plain struct of owned cells.
struct PlainTable {
    header: Vec<&'static str>,
    rows: Vec<Vec<String>>,
}

fn owned<'a>(cells: impl IntoIterator<Item = std::borrow::Cow<'a, str>>) -> Vec<String> {
    cells.into_iter().map(|c| c.into_owned()).collect()
}

fn plain_tables(data: &Dataset) -> Vec<PlainTable> {
    let figures = data.figures();
    vec![
        PlainTable {
            header: export::FIGURE_COLUMNS.to_vec(),
            rows: figures
                .iter()
                .map(|f| owned(export::figure_cells(data, f)))
                .collect(),
        },
        PlainTable {
            header: export::FOOTNOTE_COLUMNS.to_vec(),
            rows: data
                .footnotes()
                .iter()
                .map(|n| owned(export::footnote_cells(n)))
                .collect(),
        },
        PlainTable {
            header: export::SOURCE_COLUMNS.to_vec(),
            rows: data
                .sources()
                .iter()
                .map(|s| owned(export::source_cells(s)))
                .collect(),
        },
        PlainTable {
            header: export::REVIEW_COLUMNS.to_vec(),
            rows: figures
                .iter()
                .filter_map(|f| {
                    data.review_of(f)
                        .map(|r| owned(export::review_cells(&f.id, r)))
                })
                .collect(),
        },
        PlainTable {
            header: export::FIGURE_FOOTNOTE_COLUMNS.to_vec(),
            rows: figures
                .iter()
                .flat_map(|f| {
                    f.footnotes
                        .iter()
                        .map(|n| vec![f.id.to_string(), n.to_string()])
                })
                .collect(),
        },
        PlainTable {
            header: export::FOOTNOTE_SOURCE_COLUMNS.to_vec(),
            rows: data
                .footnotes()
                .iter()
                .flat_map(|n| {
                    n.sources
                        .iter()
                        .map(|s| vec![n.number.to_string(), s.to_string()])
                })
                .collect(),
        },
    ]
}

/// All six CSVs through the crate's writers.
fn crate_csvs(data: &Dataset) -> usize {
    let mut total = 0;
    let mut buf = Vec::with_capacity(64 * 1024);
    let figures = data.figures();
    let run =
        |buf: &mut Vec<u8>, r: Result<(), export::ExportError>| r.map(|_| buf.len()).unwrap_or(0);
    let n = export::write_figures_csv(&mut buf, data, figures);
    total += run(&mut buf, n);
    buf.clear();
    let n = export::write_footnotes_csv(&mut buf, data.footnotes());
    total += run(&mut buf, n);
    buf.clear();
    let n = export::write_sources_csv(&mut buf, data.sources());
    total += run(&mut buf, n);
    buf.clear();
    let n = export::write_reviews_csv(&mut buf, data, figures);
    total += run(&mut buf, n);
    buf.clear();
    let n = export::write_figure_footnotes_csv(&mut buf, figures);
    total += run(&mut buf, n);
    buf.clear();
    let n = export::write_footnote_sources_csv(&mut buf, data.footnotes());
    total += run(&mut buf, n);
    total
}

/// The same cells through the `csv` crate, from the plain tables.
fn plain_csvs(tables: &[PlainTable]) -> usize {
    let mut total = 0;
    for table in tables {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::with_capacity(64 * 1024));
        let ok = w.write_record(&table.header).is_ok()
            && table.rows.iter().all(|row| w.write_record(row).is_ok());
        if ok && let Ok(bytes) = w.into_inner() {
            total += bytes.len();
        }
    }
    total
}

fn main() {
    let data = Dataset::builtin();
    let tables = plain_tables(data);
    // Both sides write the same bytes (no built-in cell needs formula escaping).
    assert_eq!(
        crate_csvs(data),
        plain_csvs(&tables),
        "the two sides differ"
    );

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("csv_export");
    group.bench_function("vac_figures::export, six CSVs", |b| {
        b.iter(|| crate_csvs(black_box(data)))
    });
    group.bench_function("csv crate from plain structs (floor)", |b| {
        b.iter(|| plain_csvs(black_box(&tables)))
    });
    group.finish();
    c.final_summary();

    let ours = common::ns_per_call(|| crate_csvs(black_box(data)));
    let floor = common::ns_per_call(|| plain_csvs(black_box(&tables)));
    common::report(
        "six CSV exports",
        ours,
        "csv crate from plain structs",
        floor,
    );
}
