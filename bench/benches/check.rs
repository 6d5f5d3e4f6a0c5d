//! The claim checker: claims per second over the held-out claims (`tests/heldout/claims.tsv`),
//! one thread.

use vac_figures_bench as common;

use std::hint::black_box;

use criterion::{Criterion, Throughput};

const CLAIMS_TSV: &str = include_str!("../../tests/heldout/claims.tsv");

fn main() {
    let claims: Vec<&str> = CLAIMS_TSV
        .lines()
        .skip(1)
        .filter_map(|line| line.split('\t').next())
        .filter(|claim| !claim.is_empty())
        .collect();

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("check_claim");
    group.throughput(Throughput::Elements(claims.len() as u64));
    group.bench_function("every held-out claim", |b| {
        b.iter(|| {
            for claim in &claims {
                black_box(vac_figures::check_claim(black_box(claim)));
            }
        })
    });
    group.finish();
    c.final_summary();

    let per_pass = common::ns_per_call(|| {
        for claim in &claims {
            black_box(vac_figures::check_claim(black_box(claim)));
        }
    });
    let per_claim = per_pass / claims.len() as f64;
    let per_second = 1e9 / per_claim;
    println!(
        "RATE check_claim: {} claims, {} per claim = {:.0} claims/s (target >= 100000/s: {})",
        claims.len(),
        common::human(per_claim),
        per_second,
        if per_second >= 100_000.0 {
            "met"
        } else {
            "MISSED"
        }
    );
}
