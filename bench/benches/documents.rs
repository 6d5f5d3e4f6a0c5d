//! Document checking: `check_text` over a corpus of ordinary prose, the development documents
//! (`tests/text_dev/`) repeated to 100 MB, one thread; with a baseline measured in the same
//! run over the same text: the sentence splitting `check_text` does (`sentence_spans`, which
//! parses the Markdown) and a scan of each sentence for an ASCII digit, and nothing else.
//!
//! Each pass over 100 MB takes seconds, so criterion takes 10 samples. After criterion's
//! report, a plain clock times the same two side by side, how much of `check_text` is the
//! quantity test and the claim checker, and the same on a second corpus: the report's own
//! text (`source/A-HRC-58-19.txt`, UN prose with its footnotes) repeated to 100 MB.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};

const DOCUMENTS: &[&str] = &[
    include_str!("../../tests/text_dev/blog.md"),
    include_str!("../../tests/text_dev/wire.txt"),
    include_str!("../../tests/text_dev/thread.txt"),
    include_str!("../../tests/text_dev/briefing.txt"),
    include_str!("../../tests/text_dev/oped.md"),
    include_str!("../../tests/text_dev/speech.txt"),
    include_str!("../../tests/text_dev/newsletter.md"),
];

const REPORT: &str = include_str!("../../source/A-HRC-58-19.txt");

const CORPUS_BYTES: usize = 100 * 1024 * 1024;

/// The documents, each after a blank line, repeated until the corpus holds 100 MB.
fn corpus(documents: &[&str]) -> String {
    let mut out = String::with_capacity(CORPUS_BYTES + 8192);
    'fill: loop {
        for doc in documents {
            if out.len() >= CORPUS_BYTES {
                break 'fill;
            }
            out.push_str(doc);
            out.push_str("\n\n");
        }
    }
    out
}

/// The baseline: cut the text into sentences as `check_text` does and scan each for a digit.
fn split_and_scan(text: &str) -> usize {
    vac_figures::check::sentence_spans(text)
        .into_iter()
        .filter(|r| text.as_bytes()[r.clone()].iter().any(u8::is_ascii_digit))
        .count()
}

/// The baseline and the quantity test, without the claim checker.
fn split_scan_and_test(text: &str) -> usize {
    vac_figures::check::sentence_spans(text)
        .into_iter()
        .filter(|r| vac_figures::check::states_a_quantity(&text[r.clone()]))
        .count()
}

/// The median of `runs` timed calls of `f`, in seconds.
fn median_seconds<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let text = corpus(DOCUMENTS);
    let mb = text.len() as f64 / 1e6;
    let found = vac_figures::check_text(&text).len();
    let with_digits = split_and_scan(&text);
    println!(
        "corpus: {:.1} MB, {} sentences, {with_digits} with a digit, {found} state a quantity",
        mb,
        vac_figures::check::sentence_spans(&text).len()
    );

    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(20))
        .configure_from_args();
    let mut group = c.benchmark_group("documents");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("check_text, 100 MB", |b| {
        b.iter(|| black_box(vac_figures::check_text(black_box(&text))))
    });
    group.bench_function("baseline: sentence splitting and digit scan, 100 MB", |b| {
        b.iter(|| black_box(split_and_scan(black_box(&text))))
    });
    group.finish();
    c.final_summary();

    // The same two, timed side by side with a plain clock (median of 3 passes each), and
    // the share of the quantity test.
    let check = median_seconds(3, || vac_figures::check_text(&text));
    let baseline = median_seconds(3, || split_and_scan(&text));
    let tested = median_seconds(3, || split_scan_and_test(&text));
    let rate = mb / check;
    println!(
        "RATE check_text: {:.1} MB/s ({:.2} s per {:.0} MB); baseline (sentence splitting and digit scan) {:.1} MB/s ({:.2} s); check_text takes {:.2}x the baseline (target >= 50 MB/s: {})",
        rate,
        check,
        mb,
        mb / baseline,
        baseline,
        check / baseline,
        if rate >= 50.0 { "met" } else { "MISSED" }
    );
    println!(
        "SPLIT check_text: splitting and the quantity test {:.2} s, the claim checker on the {found} sentences that state a quantity {:.2} s ({:.1} us per sentence)",
        tested,
        check - tested,
        (check - tested) * 1e6 / found as f64
    );

    let report = corpus(&[REPORT]);
    let mb = report.len() as f64 / 1e6;
    let found = vac_figures::check_text(&report).len();
    let check = median_seconds(3, || vac_figures::check_text(&report));
    let baseline = median_seconds(3, || split_and_scan(&report));
    println!(
        "RATE check_text on the report's text: {:.1} MB/s ({:.2} s per {:.0} MB, {} sentences, {found} state a quantity); baseline {:.1} MB/s ({:.2} s); {:.2}x the baseline",
        mb / check,
        check,
        mb,
        vac_figures::check::sentence_spans(&report).len(),
        mb / baseline,
        baseline,
        check / baseline
    );
}
