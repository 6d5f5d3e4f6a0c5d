//! Draws the report's figures as SVG charts into `examples/charts/` (or OUTDIR).
//!
//! ```text
//! cargo run --example draw_charts --features charts            # writes examples/charts
//! cargo run --example draw_charts --features charts -- OUTDIR  # writes OUTDIR
//! ```
//!
//! The drawing code is `vac_figures::charts`; `tests/charts_fresh.rs` fails when the
//! committed SVGs differ from what it draws.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("examples")
                .join("charts")
        });
    let charts = match vac_figures::charts::all(vac_figures::Dataset::builtin()) {
        Ok(charts) => charts,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(err) = std::fs::create_dir_all(&dir) {
        eprintln!("error: creating {}: {err}", dir.display());
        return ExitCode::FAILURE;
    }
    for (name, svg) in charts {
        let path = dir.join(name);
        if let Err(err) = std::fs::write(&path, svg) {
            eprintln!("error: writing {}: {err}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
