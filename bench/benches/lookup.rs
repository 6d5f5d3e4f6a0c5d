//! Looking up a figure by id against a linear scan of the same slice, and iterating every
//! figure against a plain static slice of the same records (the floor).

use vac_figures_bench as common;

use std::hint::black_box;

use criterion::Criterion;
use vac_figures::Figure;

fn linear_scan<'a>(figures: &'a [Figure], id: &str) -> Option<&'a Figure> {
    figures.iter().find(|f| f.id == id)
}

fn sum_values(figures: &[Figure]) -> f64 {
    figures.iter().map(|f| f.value).sum()
}

fn main() {
    let figures = vac_figures::figures();
    let ids: Vec<&str> = figures.iter().map(|f| f.id.as_ref()).collect();
    // The floor: the same records as a plain slice, reached without the crate's accessor.
    let plain: &'static [Figure] = Vec::leak(figures.to_vec());

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("lookup");
    group.bench_function("figure(id), every id", |b| {
        b.iter(|| {
            for id in &ids {
                black_box(vac_figures::figure(black_box(id)));
            }
        })
    });
    group.bench_function("linear scan, every id", |b| {
        b.iter(|| {
            for id in &ids {
                black_box(linear_scan(figures, black_box(id)));
            }
        })
    });
    group.bench_function("iterate figures()", |b| {
        b.iter(|| sum_values(black_box(vac_figures::figures())))
    });
    group.bench_function("iterate plain static slice", |b| {
        b.iter(|| sum_values(black_box(plain)))
    });
    group.finish();
    c.final_summary();

    let n = ids.len() as f64;
    let lookup = common::ns_per_call(|| {
        for id in &ids {
            black_box(vac_figures::figure(black_box(id)));
        }
    }) / n;
    let scan = common::ns_per_call(|| {
        for id in &ids {
            black_box(linear_scan(figures, black_box(id)));
        }
    }) / n;
    common::report("figure(id) per lookup", lookup, "linear scan", scan);
    let iterate = common::ns_per_call(|| sum_values(black_box(vac_figures::figures())));
    let floor = common::ns_per_call(|| sum_values(black_box(plain)));
    common::report(
        &format!("iterate {} figures", figures.len()),
        iterate,
        "plain static slice",
        floor,
    );
    println!(
        "TARGET figure(id) < 20 ns: {}",
        if lookup < 20.0 { "met" } else { "MISSED" }
    );
}
