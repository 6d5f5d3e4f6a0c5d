//! The benchmark package of `vac-figures`: criterion benchmarks with a baseline measured in the
//! same run, and the examples that need Polars' table printing. Not published: it exists so
//! that the library's own examples and tests compile neither criterion nor Polars' CSV reader.
//!
//! ```text
//! cargo bench -p vac-figures-bench --bench lookup
//! cargo bench -p vac-figures-bench --bench export
//! cargo bench -p vac-figures-bench --bench check
//! cargo bench -p vac-figures-bench --bench documents
//! cargo bench -p vac-figures-bench --bench frames
//! cargo run -p vac-figures-bench --example polars_analysis
//! ```
//!
//! This library holds the plain `Instant` timer each benchmark uses for the ratio it prints
//! after criterion's own report.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_in_their_unit() {
        assert_eq!(human(8.46), "8.5 ns");
        assert_eq!(human(40_200.0), "40.20 µs");
        assert_eq!(human(2_500_000.0), "2.50 ms");
    }

    #[test]
    fn the_timer_measures_something() {
        let ns = ns_per_call(|| std::hint::black_box((0..100u64).sum::<u64>()));
        assert!(ns.is_finite() && ns > 0.0);
    }
}
