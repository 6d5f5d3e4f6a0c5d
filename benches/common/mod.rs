//! Shared by the benchmarks: a plain `Instant` timer for the ratios each benchmark prints
//! after criterion's own report.

#![allow(dead_code)] // each benchmark uses only part of it

use std::hint::black_box;
use std::time::{Duration, Instant};

/// Nanoseconds per call of `f`: the median of 11 batches, each long enough (≥ 20 ms) to
/// make the clock's resolution irrelevant.
pub fn ns_per_call<T>(mut f: impl FnMut() -> T) -> f64 {
    // Warm up and size a batch.
    let mut batch: u64 = 1;
    loop {
        let start = Instant::now();
        for _ in 0..batch {
            black_box(f());
        }
        if start.elapsed() >= Duration::from_millis(20) {
            break;
        }
        batch *= 2;
    }
    let mut samples: Vec<f64> = (0..11)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..batch {
                black_box(f());
            }
            start.elapsed().as_nanos() as f64 / batch as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// A human-readable duration for `ns` nanoseconds.
pub fn human(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.1} ns")
    }
}

/// Prints one comparison line: `name: measured vs baseline = ratio`.
pub fn report(name: &str, measured_ns: f64, baseline: &str, baseline_ns: f64) {
    println!(
        "RATIO {name}: {} vs {baseline} {} = {:.3}",
        human(measured_ns),
        human(baseline_ns),
        measured_ns / baseline_ns
    );
}
