//! Writes every table as a Parquet file (feature `parquet`):
//! `cargo run --example export_parquet --features parquet -- [DIR]` (default `target/parquet`).

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("target/parquet"), PathBuf::from);
    let written = vac_figures::frames::write_parquet_dir(vac_figures::Dataset::builtin(), &dir)?;
    for (path, rows) in written {
        println!("{}: {rows} rows", path.display());
    }
    Ok(())
}
