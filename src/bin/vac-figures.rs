//! `vac-figures`: the figures of UN report A/HRC/58/19 on the command line.
//!
//! ```text
//! vac-figures list [--topic T] [--kind K] [--format table|csv|json]
//! vac-figures show ID [--json]
//! vac-figures export --format csv|json|bibtex|csl-json|parquet|html --out DIR
//! vac-figures check [--json] "CLAIM"
//! vac-figures verify PATH
//! vac-figures validate DIR
//! vac-figures --data DIR <command> ...    # any command, on the dataset loaded from DIR
//! ```
//!
//! Exit codes: 0 success (for `check`: supported or rounded; for `validate`: valid); 1
//! `check` contradicted, `verify` found problems, or `validate` found problems (one per line
//! on stdout); 2 `check` unverifiable; 3 invalid input (unknown argument, id, topic or kind,
//! or a `--data` dataset that does not load: its problems follow, one per line); 4 a file
//! could not be read or written. Other errors are one line on stderr.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use serde_json::json;
use vac_figures::Error;
use vac_figures::check::{ClaimCheck, Verdict, check_claim_in};
use vac_figures::{Dataset, Figure, Filter, Kind, Topic, export};

/// The figures of UN report A/HRC/58/19 (violence against children), with their sources.
#[derive(Parser)]
#[command(name = "vac-figures", version, about, long_about = None)]
struct Cli {
    /// Work on the dataset in DIR (figures.csv, footnotes.csv, sources.csv, as `export`
    /// writes them, possibly edited) instead of the built-in one.
    #[arg(long, global = true, value_name = "DIR")]
    data: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List figures, optionally filtered by topic and kind.
    List {
        /// Only figures with this topic (e.g. trafficking, conflict, forced_labour).
        #[arg(long)]
        topic: Option<String>,
        /// Only figures of this kind (statistic, office_activity, commitment, definition).
        #[arg(long)]
        kind: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Show one figure: the record, its footnotes, its sources and its citation.
    Show {
        /// The figure id (see `list`).
        id: String,
        /// Print the record as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write the dataset's tables into a directory.
    Export {
        /// What to write.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// The directory to write into (created if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// Check a claim someone wrote against the report.
    Check {
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
        /// The claim, e.g. "Children make up 40% of trafficking victims worldwide".
        claim: String,
    },
    /// Verify the dataset against the report's text.
    Verify {
        /// The report's text (A-HRC-58-19.txt).
        path: PathBuf,
    },
    /// Check that a directory holds a valid dataset (figures.csv, footnotes.csv,
    /// sources.csv); print every problem, one per line.
    Validate {
        /// The directory (default: the one given with --data).
        dir: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Table,
    Csv,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    Csv,
    Json,
    /// The sources as BibTeX: `sources.bib`.
    Bibtex,
    /// The sources as CSL-JSON: `sources.csl.json`.
    CslJson,
    /// The tables as Parquet files (needs the `parquet` feature).
    Parquet,
    /// The figures explorer, `index.html`, with every data file beside it (needs the `html`
    /// feature).
    Html,
}

/// A failure, with the exit code it maps to.
struct Failure {
    code: u8,
    message: String,
}

/// `export --format parquet`: every table as a Parquet file.
#[cfg(feature = "parquet")]
fn export_parquet(
    out: &mut impl Write,
    data: &vac_figures::Dataset,
    dir: &std::path::Path,
) -> Result<u8, Failure> {
    let written =
        vac_figures::frames::write_parquet_dir(data, dir).map_err(|e| io_failure(e.to_string()))?;
    for (path, rows) in written {
        writeln!(out, "wrote {} ({rows} rows)", path.display()).map_err(stdout_failure)?;
    }
    Ok(0)
}

/// `export --format parquet` in a build without Parquet support.
#[cfg(not(feature = "parquet"))]
fn export_parquet(
    _out: &mut impl Write,
    _data: &vac_figures::Dataset,
    _dir: &std::path::Path,
) -> Result<u8, Failure> {
    Err(invalid(
        "this vac-figures was built without Parquet support; install it with --features cli,parquet",
    ))
}

/// `export --format html`: the figures explorer with the data files it links to.
#[cfg(feature = "html")]
fn export_html(
    out: &mut impl Write,
    data: &vac_figures::Dataset,
    dir: &std::path::Path,
) -> Result<u8, Failure> {
    let files = vac_figures::html::export_files(data).map_err(|e| io_failure(e.to_string()))?;
    write_files(out, dir, files.iter().map(|(n, b)| (*n, b.as_slice())))?;
    Ok(0)
}

/// `export --format html` in a build without the figures explorer.
#[cfg(not(feature = "html"))]
fn export_html(
    _out: &mut impl Write,
    _data: &vac_figures::Dataset,
    _dir: &std::path::Path,
) -> Result<u8, Failure> {
    Err(invalid(
        "this vac-figures was built without the figures explorer; install it with --features cli,html",
    ))
}

/// Writes `files` into `dir` (created if missing), one "wrote PATH" line each.
fn write_files<'a>(
    out: &mut impl Write,
    dir: &Path,
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
) -> Result<(), Failure> {
    std::fs::create_dir_all(dir)
        .map_err(|e| io_failure(format!("cannot create {}: {e}", dir.display())))?;
    for (name, bytes) in files {
        let path = dir.join(name);
        std::fs::write(&path, bytes)
            .map_err(|e| io_failure(format!("cannot write {}: {e}", path.display())))?;
        writeln!(out, "wrote {}", path.display()).map_err(stdout_failure)?;
    }
    Ok(())
}

fn invalid(message: impl Into<String>) -> Failure {
    Failure {
        code: 3,
        message: message.into(),
    }
}

/// A failed write to standard output. A closed pipe (`vac-figures list | head`) is not an
/// error: the reader has what it wanted, so the program ends quietly with success, as Unix
/// tools do.
fn stdout_failure(e: io::Error) -> Failure {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Failure {
            code: 0,
            message: String::new(),
        }
    } else {
        io_failure(format!("writing to stdout: {e}"))
    }
}

/// A failed write of an export or JSON to standard output: quiet success on a closed pipe
/// (found through the error's sources), an I/O failure otherwise.
fn output_failure<E: std::error::Error + 'static>(e: E) -> Failure {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(&e);
    while let Some(err) = cause {
        // csv and serde_json keep their I/O errors out of `source`; they tell the kind.
        let kind = if let Some(io) = err.downcast_ref::<io::Error>() {
            Some(io.kind())
        } else if let Some(json) = err.downcast_ref::<serde_json::Error>() {
            json.io_error_kind()
        } else if let Some(csv) = err.downcast_ref::<csv::Error>() {
            match csv.kind() {
                csv::ErrorKind::Io(io) => Some(io.kind()),
                _ => None,
            }
        } else {
            None
        };
        if kind == Some(io::ErrorKind::BrokenPipe) {
            return stdout_failure(io::Error::from(io::ErrorKind::BrokenPipe));
        }
        cause = err.source();
    }
    io_failure(e.to_string())
}

fn io_failure(message: impl Into<String>) -> Failure {
    Failure {
        code: 4,
        message: message.into(),
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            use clap::error::ErrorKind;
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
            ) {
                let _ = err.print();
                return ExitCode::SUCCESS;
            }
            if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                eprintln!("error: a command is required (see `vac-figures --help`)");
                return ExitCode::from(3);
            }
            let text = err.to_string();
            let line = text.lines().next().unwrap_or("invalid arguments");
            let line = line.strip_prefix("error: ").unwrap_or(line);
            eprintln!("error: {line} (see `vac-figures --help`)");
            return ExitCode::from(3);
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(failure) if failure.code == 0 => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("error: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

/// The dataset loaded from `dir`, or the failure that lists its problems.
fn load(dir: &Path) -> Result<Dataset, Failure> {
    Dataset::from_dir(dir).map_err(|e| match e {
        Error::Invalid(problems) => {
            let mut message = format!(
                "{} is not a valid dataset ({} problem{}):",
                dir.display(),
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            );
            for p in &problems {
                message.push('\n');
                message.push_str(&p.to_string());
            }
            invalid(message)
        }
        io => io_failure(io.to_string()),
    })
}

fn run(cli: Cli) -> Result<u8, Failure> {
    let mut out = io::stdout().lock();
    let write_err = stdout_failure;
    if let Command::Validate { dir } = &cli.command {
        let dir = dir
            .as_ref()
            .or(cli.data.as_ref())
            .ok_or_else(|| invalid("validate needs a directory: `vac-figures validate DIR`"))?;
        return match Dataset::from_dir(dir) {
            Ok(data) => {
                writeln!(
                    out,
                    "valid: {} figures, {} footnotes, {} sources",
                    data.figures().len(),
                    data.footnotes().len(),
                    data.sources().len()
                )
                .map_err(write_err)?;
                Ok(0)
            }
            Err(Error::Invalid(problems)) => {
                for p in &problems {
                    writeln!(out, "{p}").map_err(write_err)?;
                }
                eprintln!(
                    "error: {} is not a valid dataset ({} problem{})",
                    dir.display(),
                    problems.len(),
                    if problems.len() == 1 { "" } else { "s" }
                );
                Ok(1)
            }
            Err(io) => Err(io_failure(io.to_string())),
        };
    }
    let loaded = cli.data.as_deref().map(load).transpose()?;
    let data = loaded.as_ref().unwrap_or(Dataset::builtin());
    match cli.command {
        Command::List {
            topic,
            kind,
            format,
        } => {
            let mut filter = Filter::new();
            if let Some(topic) = topic {
                let topic: Topic = topic.parse().map_err(|e| invalid(format!("{e}")))?;
                filter = filter.topic(topic);
            }
            if let Some(kind) = kind {
                let kind: Kind = kind.parse().map_err(|e| invalid(format!("{e}")))?;
                filter = filter.kind(kind);
            }
            let figures: Vec<&Figure> = data.select(&filter).collect();
            match format {
                ListFormat::Table => print_table(&mut out, &figures).map_err(write_err)?,
                ListFormat::Csv => {
                    export::write_figures_csv(&mut out, data, figures.iter().copied())
                        .map_err(output_failure)?
                }
                ListFormat::Json => {
                    export::write_json(&mut out, &figures).map_err(output_failure)?
                }
            }
            Ok(0)
        }
        Command::Show { id, json } => {
            let figure = data
                .figure(&id)
                .ok_or_else(|| invalid(unknown_id(data, &id)))?;
            if json {
                let value = json!({
                    "figure": figure,
                    "review": data.review_of(figure),
                    "footnotes": data.footnotes_of(figure).collect::<Vec<_>>(),
                    "sources": data.sources_of(figure),
                    "citation": data.citation(figure).to_string(),
                    "long_citation": data.long_citation(figure).to_string(),
                });
                serde_json::to_writer_pretty(&mut out, &value).map_err(output_failure)?;
                writeln!(out).map_err(write_err)?;
            } else {
                print_figure(&mut out, data, figure).map_err(write_err)?;
            }
            Ok(0)
        }
        Command::Validate { .. } => Ok(0),
        Command::Export {
            format: ExportFormat::Parquet,
            out: dir,
        } => export_parquet(&mut out, data, &dir),
        Command::Export {
            format: ExportFormat::Html,
            out: dir,
        } => export_html(&mut out, data, &dir),
        Command::Export { format, out: dir } => {
            let files = export::dataset_files(data).map_err(|e| io_failure(e.to_string()))?;
            // CSV comes with the data package and the codebook that describe it; JSON alone.
            let wanted = |name: &str| match format {
                ExportFormat::Csv => {
                    name.ends_with(".csv") || name == "datapackage.json" || name == "README.md"
                }
                ExportFormat::Json => {
                    name.ends_with(".json")
                        && name != "datapackage.json"
                        && name != "sources.csl.json"
                }
                ExportFormat::Bibtex => name == "sources.bib",
                ExportFormat::CslJson => name == "sources.csl.json",
                ExportFormat::Parquet | ExportFormat::Html => false,
            };
            let wanted = files
                .iter()
                .filter(|(n, _)| wanted(n))
                .map(|(n, b)| (*n, b.as_slice()));
            write_files(&mut out, &dir, wanted)?;
            Ok(0)
        }
        Command::Check { json, claim } => {
            let result = check_claim_in(data, &claim);
            let figure = result.figure;
            let citation = figure.map(|f| data.citation(f).to_string());
            if json {
                let value = claim_json(&claim, &result, figure, citation.as_deref());
                serde_json::to_writer_pretty(&mut out, &value).map_err(output_failure)?;
                writeln!(out).map_err(write_err)?;
            } else {
                print_check(&mut out, &claim, &result, figure, citation.as_deref())
                    .map_err(write_err)?;
            }
            Ok(match result.verdict {
                Verdict::Supported | Verdict::Rounded => 0,
                Verdict::Contradicted => 1,
                Verdict::Unverifiable => 2,
            })
        }
        Command::Verify { path } => {
            let text = std::fs::read(&path)
                .map_err(|e| io_failure(format!("cannot read {}: {e}", path.display())))?;
            let text = String::from_utf8(text).map_err(|e| {
                invalid(format!(
                    "{} is not UTF-8 text (byte {})",
                    path.display(),
                    e.utf8_error().valid_up_to()
                ))
            })?;
            let verification = vac_figures::verify_dataset(data, &text);
            writeln!(out, "{verification}").map_err(write_err)?;
            Ok(if verification.is_ok() { 0 } else { 1 })
        }
    }
}

/// "no figure with id `x`", with the closest ids.
fn unknown_id(data: &Dataset, id: &str) -> String {
    let needle = id.to_lowercase();
    let mut close: Vec<&str> = data
        .figures()
        .iter()
        .map(|f| f.id.as_ref())
        .filter(|f| {
            needle
                .split('_')
                .filter(|w| w.len() > 2)
                .any(|w| f.contains(w))
        })
        .collect();
    close.truncate(3);
    if close.is_empty() {
        format!("no figure with id `{id}` (see `vac-figures list`)")
    } else {
        format!(
            "no figure with id `{id}`; did you mean {}?",
            close.join(", ")
        )
    }
}

/// The terminal's width: `$COLUMNS`, or 100.
fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w: &usize| w >= 40)
        .unwrap_or(100)
}

/// `text` cut to `width` characters, with an ellipsis when cut.
fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

fn print_table(out: &mut impl Write, figures: &[&Figure]) -> io::Result<()> {
    // Ids are never cut (they are what `show` takes); the measure gets what is left of the
    // terminal, and is left out when too little is.
    let width = terminal_width();
    let id_w = figures.iter().map(|f| f.id.len()).max().unwrap_or(2).max(2);
    let value_w = figures
        .iter()
        .map(|f| f.as_written.chars().count())
        .max()
        .unwrap_or(10)
        .clamp(10, 24);
    let fixed = id_w + 2 + 4 + 2 + value_w;
    let measure_w = width.saturating_sub(fixed + 2);
    let show_measure = measure_w >= 16;
    let header = format!("{:<id_w$}  {:>4}  {:<value_w$}", "ID", "PARA", "AS WRITTEN");
    if show_measure {
        writeln!(out, "{header}  MEASURE")?;
    } else {
        writeln!(out, "{}", header.trim_end())?;
    }
    for f in figures {
        let row = format!(
            "{:<id_w$}  {:>4}  {:<value_w$}",
            f.id,
            f.location.paragraph,
            fit(&f.as_written, value_w)
        );
        if show_measure {
            writeln!(out, "{row}  {}", fit(&f.measure, measure_w))?;
        } else {
            writeln!(out, "{}", row.trim_end())?;
        }
    }
    writeln!(out, "{} figures", figures.len())
}

fn print_figure(out: &mut impl Write, data: &Dataset, f: &Figure) -> io::Result<()> {
    let loc = &f.location;
    writeln!(out, "{}", f.id)?;
    writeln!(out, "  measure      {}", f.measure)?;
    writeln!(
        out,
        "  value        {} ({}, {})",
        f.value_display(),
        f.qualifier,
        f.unit
    )?;
    writeln!(out, "  as written   {}", f.as_written)?;
    writeln!(out, "  population   {}", f.population)?;
    writeln!(out, "  geography    {}", f.geography)?;
    if let Some(period) = &f.period {
        writeln!(out, "  period       {period}")?;
    }
    let topics: Vec<&str> = f.topics.iter().map(|t| t.as_str()).collect();
    writeln!(
        out,
        "  kind         {}; topics: {}",
        f.kind,
        topics.join(", ")
    )?;
    let mut place = format!("para. {}, {}", loc.paragraph, loc.section);
    if let Some(s) = &loc.subsection {
        place.push_str(" › ");
        place.push_str(s);
    }
    if let Some(s) = &loc.subheading {
        place.push_str(" › ");
        place.push_str(s);
    }
    if let Some(n) = loc.in_footnote {
        place.push_str(&format!(" (in footnote {n})"));
    }
    writeln!(out, "  location     {place}")?;
    writeln!(out, "  quote        \"{}\"", f.quote)?;
    writeln!(
        out,
        "  attribution  {}",
        f.attribution.as_deref().unwrap_or("none")
    )?;
    writeln!(out, "  sourcing     {}", f.sourcing())?;
    for note in data.footnotes_of(f) {
        writeln!(
            out,
            "  footnote {:<3} {} ({})",
            note.number, note.text, f.footnote_position
        )?;
    }
    for source in data.sources_of(f) {
        writeln!(
            out,
            "  source       {} — {} ({}{})",
            source.id,
            source.title,
            source.kind.as_str(),
            source
                .url
                .as_deref()
                .map(|u| format!(", {u}"))
                .unwrap_or_default()
        )?;
    }
    writeln!(out, "  citation     {}", data.citation(f))?;
    writeln!(out, "  in full      {}", data.long_citation(f))?;
    match data.review_of(f) {
        Some(review) => {
            writeln!(out, "  review       {}", review.status_as_written)?;
            if !review.discrepancies.is_empty() {
                let kinds: Vec<&str> = review.discrepancies.iter().map(|k| k.as_str()).collect();
                writeln!(out, "    differs    {}", kinds.join(", "))?;
            }
            writeln!(out, "    source     {}", review.finding)?;
            writeln!(out, "    seen as    {}", review.copy_kind)?;
            if !review.note.is_empty() {
                writeln!(out, "    note       {}", review.note)?;
            }
            Ok(())
        }
        None => writeln!(out, "  review       not reviewed"),
    }
}

fn print_check(
    out: &mut impl Write,
    claim: &str,
    result: &ClaimCheck,
    figure: Option<&Figure>,
    citation: Option<&str>,
) -> io::Result<()> {
    let claimed_text = result
        .claimed_span
        .as_ref()
        .and_then(|s| claim.get(s.clone()))
        .unwrap_or("");
    match figure {
        Some(f) => {
            let how = match result.direction() {
                Some(d) => format!("{} ({})", result.verdict, d.as_str()),
                None => result.verdict.to_string(),
            };
            writeln!(
                out,
                "{how}: \"{claimed_text}\" vs the report's \"{}\" ({})",
                f.as_written, f.id
            )?;
            writeln!(out, "  {}", f.measure)?;
            if let Some(citation) = citation {
                writeln!(out, "  {citation}")?;
            }
            if let Some(note) = &result.note {
                writeln!(out, "  {note}")?;
            }
        }
        None => {
            writeln!(out, "{}", result.verdict)?;
            if let Some(note) = &result.note {
                writeln!(out, "  {note}")?;
            }
        }
    }
    Ok(())
}

/// The JSON answer of `check --json`.
fn claim_json(
    claim: &str,
    result: &ClaimCheck,
    figure: Option<&Figure>,
    citation: Option<&str>,
) -> serde_json::Value {
    let claimed = result.claimed.as_ref().map(|c| {
        json!({
            "value": c.value,
            "unit": c.unit,
            "qualifier": c.qualifier,
            "precision": c.precision,
            "text": result.claimed_span.as_ref().and_then(|s| claim.get(s.clone())),
        })
    });
    let reported = figure.map(|f| {
        json!({
            "value": f.value,
            "unit": f.unit,
            "qualifier": f.qualifier,
            "as_written": f.as_written,
            "quote": f.quote,
            "paragraph": f.location.paragraph,
            "footnotes": f.footnotes,
        })
    });
    let check = result.check.as_ref();
    json!({
        "claim": claim,
        "verdict": result.verdict,
        "figure_id": figure.map(|f| f.id.as_ref()),
        "claimed": claimed,
        "reported": reported,
        "direction": result.direction(),
        "difference": check.and_then(|c| c.difference),
        "relative_difference": check.and_then(|c| c.relative_difference),
        "citation": citation,
        "note": result.note,
        "review": result.review.map(|r| json!({
            "status": r.status,
            "discrepancies": r.discrepancies,
            "finding": r.finding,
            "note": r.note,
        })),
    })
}
