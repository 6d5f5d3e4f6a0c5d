//! Regenerates the committed files in `datasets/` from the built-in data in `src/data/`.
//!
//! ```text
//! cargo run --example export_datasets            # writes ./datasets
//! cargo run --example export_datasets -- OUTDIR  # writes OUTDIR
//! ```
//!
//! `tests/datasets_fresh.rs` fails when the committed files differ from what this writes.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("datasets"));
    match vac_figures::export::write_dir(vac_figures::Dataset::builtin(), &dir) {
        Ok(()) => {
            println!(
                "wrote {} figures, {} footnotes and {} sources to {}",
                vac_figures::figures().len(),
                vac_figures::footnotes().len(),
                vac_figures::sources().len(),
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}
