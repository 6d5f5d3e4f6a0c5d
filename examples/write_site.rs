//! Writes the figures explorer, `site/index.html` (or OUTDIR/index.html), from the built-in
//! data, with links to the data files in `../datasets/`.
//!
//! ```text
//! cargo run --example write_site --features html            # writes site/index.html
//! cargo run --example write_site --features html -- OUTDIR  # writes OUTDIR/index.html
//! ```
//!
//! The page is `vac_figures::html::page`; `tests/site_fresh.rs` fails when the committed page
//! differs from what it renders. (`vac-figures export --format html --out DIR` writes the page
//! with the data files beside it instead.)

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("site"));
    let page = match vac_figures::html::page(vac_figures::Dataset::builtin()) {
        Ok(page) => page,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(err) = std::fs::create_dir_all(&dir) {
        eprintln!("error: creating {}: {err}", dir.display());
        return ExitCode::FAILURE;
    }
    let path = dir.join("index.html");
    if let Err(err) = std::fs::write(&path, page) {
        eprintln!("error: writing {}: {err}", path.display());
        return ExitCode::FAILURE;
    }
    println!("wrote {}", path.display());
    ExitCode::SUCCESS
}
