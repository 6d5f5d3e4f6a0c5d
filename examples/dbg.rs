use std::io::BufRead;
fn main() {
    for line in std::io::stdin().lock().lines() {
        let line = line.unwrap();
        let c = vac_figures::check::check_claim(&line);
        println!(
            "{line}\n  => {} {:?} note={:?}",
            c.verdict,
            c.figure.map(|f| f.id.to_string()),
            c.note
        );
        for (q, n) in c.reading.quantities.iter().zip(&c.numbers) {
            println!(
                "     q {:?} {} counts={:?} pops={:?} places={:?} years={:?} since={:?} change={:?}/{} -> {} {:?} near={:?} {:?}",
                q.text,
                q.claimed.unit,
                q.counts,
                q.populations,
                q.places,
                q.years,
                q.since,
                q.change,
                q.is_change,
                n.verdict,
                n.figure.map(|f| f.id.to_string()),
                n.nearest.map(|f| f.id.to_string()),
                n.note
            );
        }
    }
}
