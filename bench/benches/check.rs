//! The claim checker: claims per second over the held-out claims (`tests/heldout/claims.tsv`
//! and the garbled sets `tests/heldout3` and `tests/heldout4`), one thread, with reading
//! the numbers alone (`read_numbers`) on the same claims as the same-run baseline. Target:
//! `check_claim` at least 250,000 claims per second.

use vac_figures_bench as common;

use std::hint::black_box;

use criterion::{Criterion, Throughput};

const CLAIM_SETS: [&str; 3] = [
    include_str!("../../tests/heldout/claims.tsv"),
    include_str!("../../tests/heldout3/claims.tsv"),
    include_str!("../../tests/heldout4/claims.tsv"),
];

fn main() {
    let claims: Vec<&str> = CLAIM_SETS
        .iter()
        .flat_map(|set| set.lines().skip(1))
        .filter_map(|line| line.split('\t').next())
        .filter(|claim| !claim.is_empty())
        .collect();
    // The index is built once per dataset; build it before timing.
    black_box(vac_figures::check_claim(
        "warm up: 38% of victims are children",
    ));

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
    group.bench_function("baseline: read_numbers alone", |b| {
        b.iter(|| {
            for claim in &claims {
                black_box(vac_figures::check::read_numbers(black_box(claim)));
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
    let baseline_pass = common::ns_per_call(|| {
        for claim in &claims {
            black_box(vac_figures::check::read_numbers(black_box(claim)));
        }
    });
    let per_claim = per_pass / claims.len() as f64;
    let per_second = 1e9 / per_claim;
    let baseline_per_claim = baseline_pass / claims.len() as f64;
    println!(
        "RATE check_claim: {} claims, {} per claim = {:.0} claims/s (target >= 250000/s: {}); \
         baseline read_numbers alone: {} per claim = {:.0} claims/s; check_claim / read_numbers = {:.2}",
        claims.len(),
        common::human(per_claim),
        per_second,
        if per_second >= 250_000.0 {
            "met"
        } else {
            "MISSED"
        },
        common::human(baseline_per_claim),
        1e9 / baseline_per_claim,
        per_claim / baseline_per_claim,
    );
}
