//! `vac-figures`: the figures of UN report A/HRC/58/19 on the command line.
//!
//! ```text
//! vac-figures list [--topic T] [--kind K] [--format table|csv|json]
//! vac-figures show ID [--json]
//! vac-figures export --format csv|json|bibtex|csl-json|parquet|html --out DIR
//! vac-figures check [--json] "CLAIM"
//! vac-figures check --file PATH|- [--format text|jsonl|claimreview] [--reviewer NAME]
//!                   [--url URL] [--date YYYY-MM-DD] [--source-url URL]
//! vac-figures check --lines < claims.txt      # one JSON object per input line
//! vac-figures verify PATH
//! vac-figures validate DIR
//! vac-figures --data DIR <command> ...    # any command, on the dataset loaded from DIR
//! ```
//!
//! Exit codes: 0 success (for `check`: supported or rounded; for `check --file` and `check
//! --lines`: no claim contradicted; for `validate`: valid); 1 `check` contradicted (for
//! `--file` and `--lines`: any claim contradicted), `verify` found problems, or `validate`
//! found problems (one per line on stdout); 2 `check` unverifiable (a single claim only:
//! unverifiable claims do not fail a document); 3 invalid input (unknown argument, id, topic
//! or kind, text that is not UTF-8, with the byte where it stops being UTF-8, or a `--data`
//! dataset that does not load: its problems follow, one per line); 4 a file could not be read
//! or written. Other errors are one line on stderr.

use std::io::{self, BufRead, Read, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use serde_json::json;
use vac_figures::Error;
use vac_figures::check::{ClaimCheck, SentenceCheck, Verdict, check_claim_in, check_text_in};
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
    /// Check a claim someone wrote against the report, every sentence of a document that
    /// states a quantity (--file), or one claim per line of standard input (--lines).
    #[command(after_long_help = CHECK_HELP)]
    Check {
        /// Print one JSON object instead of text (a single claim).
        #[arg(long, conflicts_with_all = ["file", "lines"])]
        json: bool,
        /// Check every sentence that states a quantity in this plain-text or Markdown file
        /// (`-`: standard input). Exits 1 when any claim is contradicted, 0 otherwise.
        #[arg(long, value_name = "PATH", conflicts_with = "lines")]
        file: Option<PathBuf>,
        /// Read one claim per line from standard input and write one JSON object per line
        /// (every line, blank ones included), as it goes. Exits 1 when any claim is
        /// contradicted, 0 otherwise.
        #[arg(long)]
        lines: bool,
        /// With --file: `text`, a report to read (default); `jsonl`, one JSON object per
        /// sentence; `claimreview`, a JSON array of schema.org ClaimReview objects.
        #[arg(long, value_enum)]
        format: Option<DocFormat>,
        /// With --format claimreview: the reviewer, an organization (`author`). Absent: no
        /// `author`.
        #[arg(long, value_name = "NAME")]
        reviewer: Option<String>,
        /// With --format claimreview: the URL of the page that publishes the review (`url`).
        /// Absent: no `url` (Google requires one to show a fact check).
        #[arg(long, value_name = "URL")]
        url: Option<String>,
        /// With --format claimreview: the review's date (`datePublished`). Absent: today, in
        /// UTC.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// With --format claimreview: the URL of the document the claims appear in
        /// (`itemReviewed.appearance`). Absent: the Claim has no appearance.
        #[arg(long, value_name = "URL")]
        source_url: Option<String>,
        /// The claim, e.g. "Children make up 40% of trafficking victims worldwide".
        #[arg(
            conflicts_with_all = ["file", "lines"],
            required_unless_present_any = ["file", "lines"]
        )]
        claim: Option<String>,
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

/// What `check --file` prints.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DocFormat {
    /// Each claim with line:column, verdict, claimed and reported values, figure and
    /// citation; then a summary line.
    Text,
    /// One JSON object per sentence that states a quantity.
    Jsonl,
    /// A JSON array of schema.org ClaimReview objects.
    Claimreview,
}

/// The long help of `check`, after the options.
const CHECK_HELP: &str = "\
A document (--file) is read as Markdown; plain text is Markdown without markup. A sentence
states a quantity when it has a number that is not a date, a year used as a date, a
document symbol, a paragraph, footnote, page, resolution, goal or target number, list or
post numbering, a time, a phone number or an address.

--format jsonl prints, per sentence: sentence, start and end (byte offsets in the input),
line, column (in characters), verdict, figure_id, claimed, reported, direction, difference,
citation, note, and numbers (per quantity: start, end, figure_id, verdict, claimed,
reported).

--format claimreview prints a JSON array with one schema.org ClaimReview per sentence:
claimReviewed (the sentence), reviewRating (a Rating whose alternateName is the verdict;
ratingValue 5 supported, 4 rounded, 1 contradicted on a scale of worstRating 1 to
bestRating 5, and no ratingValue for unverifiable), ratingExplanation when a figure was
matched, author (an Organization named by --reviewer; left out without it), url (--url;
left out without it), datePublished (--date, else today in UTC), and itemReviewed (a
Claim, with an appearance, a CreativeWork at --source-url, when given).

--lines writes one JSON object per input line with `line` (the input line number) and the
jsonl fields, start and end being byte offsets in the whole input.";

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
        Command::Check {
            json,
            file,
            lines,
            format,
            reviewer,
            url,
            date,
            source_url,
            claim,
        } => {
            if format.is_some() && file.is_none() {
                return Err(invalid("--format goes with `--file PATH`"));
            }
            let format = format.unwrap_or(DocFormat::Text);
            let review_options = [
                ("--reviewer", reviewer.is_some()),
                ("--url", url.is_some()),
                ("--date", date.is_some()),
                ("--source-url", source_url.is_some()),
            ];
            if let Some((name, _)) = review_options
                .iter()
                .find(|(_, given)| *given && format != DocFormat::Claimreview)
            {
                return Err(invalid(format!(
                    "{name} goes with `--file PATH --format claimreview`"
                )));
            }
            if lines {
                return check_lines(&mut out, data);
            }
            if let Some(path) = file {
                let review = ReviewOptions {
                    reviewer,
                    url,
                    date: match date {
                        Some(d) => parse_date(&d)?,
                        None => today_utc(),
                    },
                    source_url,
                };
                return check_file(&mut out, data, &path, format, &review);
            }
            let claim = claim.ok_or_else(|| {
                invalid(
                    "check needs a claim, --file PATH or --lines (see `vac-figures check --help`)",
                )
            })?;
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

/// The value a claim states, as JSON (`claimed`).
fn claimed_json(claim: &str, result: &ClaimCheck) -> Option<serde_json::Value> {
    result.claimed.as_ref().map(|c| {
        json!({
            "value": c.value,
            "unit": c.unit,
            "qualifier": c.qualifier,
            "precision": c.precision,
            "text": result.claimed_span.as_ref().and_then(|s| claim.get(s.clone())),
        })
    })
}

/// The figure a claim was checked against, as JSON (`reported`).
fn reported_json(figure: Option<&Figure>) -> Option<serde_json::Value> {
    figure.map(|f| {
        json!({
            "value": f.value,
            "unit": f.unit,
            "qualifier": f.qualifier,
            "as_written": f.as_written,
            "quote": f.quote,
            "paragraph": f.location.paragraph,
            "footnotes": f.footnotes,
        })
    })
}

/// The JSON answer of `check --json`.
fn claim_json(
    claim: &str,
    result: &ClaimCheck,
    figure: Option<&Figure>,
    citation: Option<&str>,
) -> serde_json::Value {
    let claimed = claimed_json(claim, result);
    let reported = reported_json(figure);
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
        "numbers": numbers_json(claim, result, Some),
        "reading": result.reading,
    })
}

/// What `check --file PATH --format claimreview` writes besides the verdicts.
struct ReviewOptions {
    reviewer: Option<String>,
    url: Option<String>,
    /// `YYYY-MM-DD`.
    date: String,
    source_url: Option<String>,
}

/// Reads a document: a file, or standard input for `-`. Invalid UTF-8 is invalid input (3),
/// with the byte where the text stops being UTF-8; a file that cannot be read is an I/O
/// failure (4), named.
fn read_document(path: &Path) -> Result<(String, String), Failure> {
    let (name, bytes) = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| io_failure(format!("cannot read standard input: {e}")))?;
        ("<stdin>".to_owned(), bytes)
    } else {
        let bytes = std::fs::read(path)
            .map_err(|e| io_failure(format!("cannot read {}: {e}", path.display())))?;
        (path.display().to_string(), bytes)
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        invalid(format!(
            "{name} is not UTF-8 text (byte {})",
            e.utf8_error().valid_up_to()
        ))
    })?;
    Ok((name, text))
}

/// `check --file PATH`: every sentence of the document that states a quantity.
fn check_file(
    out: &mut impl Write,
    data: &Dataset,
    path: &Path,
    format: DocFormat,
    review: &ReviewOptions,
) -> Result<u8, Failure> {
    let (name, text) = read_document(path)?;
    let found = check_text_in(data, &text);
    let mut out = io::BufWriter::new(out);
    match format {
        DocFormat::Text => {
            for s in &found {
                print_sentence(&mut out, &name, s).map_err(stdout_failure)?;
            }
            writeln!(out, "{}", summary(&found)).map_err(stdout_failure)?;
        }
        DocFormat::Jsonl => {
            for s in &found {
                serde_json::to_writer(&mut out, &sentence_json(s)).map_err(output_failure)?;
                writeln!(out).map_err(stdout_failure)?;
            }
        }
        DocFormat::Claimreview => {
            let reviews: Vec<serde_json::Value> =
                found.iter().map(|s| claim_review_json(s, review)).collect();
            serde_json::to_writer_pretty(&mut out, &reviews).map_err(output_failure)?;
            writeln!(out).map_err(stdout_failure)?;
        }
    }
    out.flush().map_err(stdout_failure)?;
    Ok(exit_code_of_document(found.iter().map(|s| s.check.verdict)))
}

/// A document fails (1) when any of its claims is contradicted; supported, rounded and
/// unverifiable claims do not fail it.
fn exit_code_of_document(verdicts: impl IntoIterator<Item = Verdict>) -> u8 {
    u8::from(verdicts.into_iter().any(|v| v == Verdict::Contradicted))
}

/// "12 sentences state a quantity: 5 supported, 2 rounded, 1 contradicted, 4 unverifiable".
fn summary(found: &[SentenceCheck]) -> String {
    let count = |v: Verdict| found.iter().filter(|s| s.check.verdict == v).count();
    format!(
        "{} sentence{} state{} a quantity: {} supported, {} rounded, {} contradicted, {} unverifiable",
        found.len(),
        if found.len() == 1 { "" } else { "s" },
        if found.len() == 1 { "s" } else { "" },
        count(Verdict::Supported),
        count(Verdict::Rounded),
        count(Verdict::Contradicted),
        count(Verdict::Unverifiable),
    )
}

/// One claim of a document, for a person: where, the verdict, the numbers, the sentence,
/// the citation and the note.
fn print_sentence(out: &mut impl Write, name: &str, s: &SentenceCheck) -> io::Result<()> {
    let result = &s.check;
    let claimed = result
        .claimed_span
        .as_ref()
        .and_then(|r| s.text.get(r.clone()));
    let how = match result.direction() {
        Some(d) => format!("{} ({})", result.verdict, d.as_str()),
        None => result.verdict.to_string(),
    };
    write!(out, "{name}:{}:{}: {how}", s.line, s.column)?;
    match (claimed, result.figure) {
        (Some(c), Some(f)) => writeln!(
            out,
            ": \"{c}\" vs the report's \"{}\" ({})",
            f.as_written, f.id
        )?,
        (Some(c), None) => writeln!(out, ": \"{c}\"")?,
        (None, _) => writeln!(out)?,
    }
    writeln!(out, "  > {}", s.text)?;
    if let Some(citation) = result.citation() {
        writeln!(out, "  {citation}")?;
    }
    if let Some(note) = &result.note {
        writeln!(out, "  {note}")?;
    }
    Ok(())
}

/// Every quantity of a checked sentence, as JSON (`numbers`): its span in the input, the
/// figure it was matched to (or the nearest, for an unverifiable one), its verdict, and the
/// claimed and reported values.
fn numbers_json(
    text: &str,
    result: &ClaimCheck,
    to_input: impl Fn(Range<usize>) -> Option<Range<usize>>,
) -> serde_json::Value {
    serde_json::Value::Array(
        result
            .numbers
            .iter()
            .map(|n| {
                let input = to_input(n.span.clone());
                json!({
                    "start": input.as_ref().map(|r| r.start),
                    "end": input.as_ref().map(|r| r.end),
                    "text": text.get(n.span.clone()),
                    "figure_id": n.figure.map(|f| f.id.as_ref()),
                    "verdict": n.verdict,
                    "claimed": {
                        "value": n.claimed.value,
                        "unit": n.claimed.unit,
                        "qualifier": n.claimed.qualifier,
                        "precision": n.claimed.precision,
                        "text": text.get(n.span.clone()),
                    },
                    "reported": reported_json(n.figure),
                    "nearest_figure_id": n.nearest.map(|f| f.id.as_ref()),
                    "note": n.note,
                })
            })
            .collect(),
    )
}

/// One checked sentence or line, as JSON: the fields of `check --file --format jsonl`.
fn check_json(
    text: &str,
    span: Range<usize>,
    line: usize,
    column: usize,
    result: &ClaimCheck,
    numbers: serde_json::Value,
) -> serde_json::Value {
    let check = result.check.as_ref();
    json!({
        "sentence": text,
        "start": span.start,
        "end": span.end,
        "line": line,
        "column": column,
        "verdict": result.verdict,
        "figure_id": result.figure.map(|f| f.id.as_ref()),
        "claimed": claimed_json(text, result),
        "reported": reported_json(result.figure),
        "direction": result.direction(),
        "difference": check.and_then(|c| c.difference),
        "citation": result.citation(),
        "note": result.note,
        "numbers": numbers,
    })
}

/// A sentence of a document, as one line of `--format jsonl`.
fn sentence_json(s: &SentenceCheck) -> serde_json::Value {
    let numbers = numbers_json(&s.text, &s.check, |r| s.input_range(r));
    check_json(&s.text, s.span.clone(), s.line, s.column, &s.check, numbers)
}

/// A schema.org `ClaimReview` of one sentence (Google's fact-check structured data): the
/// verdict is the rating's `alternateName`, with a numeric rating on Google's documented
/// 1 (false) to 5 (true) scale where one applies.
fn claim_review_json(s: &SentenceCheck, options: &ReviewOptions) -> serde_json::Value {
    let result = &s.check;
    let mut rating = json!({
        "@type": "Rating",
        "alternateName": result.verdict.as_str(),
    });
    let value = match result.verdict {
        Verdict::Supported => Some(5),
        Verdict::Rounded => Some(4),
        Verdict::Contradicted => Some(1),
        Verdict::Unverifiable => None,
    };
    if let Some(value) = value {
        rating["ratingValue"] = json!(value);
        rating["bestRating"] = json!(5);
        rating["worstRating"] = json!(1);
    }
    if let (Some(f), Some(claimed)) = (
        result.figure,
        result
            .claimed_span
            .as_ref()
            .and_then(|r| s.text.get(r.clone())),
    ) {
        let mut explanation = format!(
            "\"{claimed}\" against the report's \"{}\" ({})",
            f.as_written, f.id
        );
        if let Some(citation) = result.citation() {
            explanation.push_str(": ");
            explanation.push_str(&citation);
        }
        rating["ratingExplanation"] = json!(explanation);
    }
    let mut claim = json!({ "@type": "Claim" });
    if let Some(url) = &options.source_url {
        claim["appearance"] = json!({ "@type": "CreativeWork", "url": url });
    }
    let mut review = json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": s.text,
        "reviewRating": rating,
        "datePublished": options.date,
        "itemReviewed": claim,
    });
    if let Some(name) = &options.reviewer {
        review["author"] = json!({ "@type": "Organization", "name": name });
    }
    if let Some(url) = &options.url {
        review["url"] = json!(url);
    }
    review
}

/// `check --lines`: one claim per line of standard input, one JSON object per line out, in
/// constant memory (one reused line buffer). The output is flushed whenever the input has
/// nothing more buffered, so a reader sees each answer as soon as its line is read.
fn check_lines(out: &mut impl Write, data: &Dataset) -> Result<u8, Failure> {
    // Our own buffer over standard input, to see when it holds no more lines.
    let mut input = io::BufReader::with_capacity(64 * 1024, io::stdin().lock());
    let mut out = io::BufWriter::new(out);
    let mut buf = Vec::new();
    let mut line = 0usize;
    let mut offset = 0usize;
    let mut contradicted = false;
    loop {
        buf.clear();
        let n = input
            .read_until(b'\n', &mut buf)
            .map_err(|e| io_failure(format!("cannot read standard input: {e}")))?;
        if n == 0 {
            break;
        }
        line += 1;
        let start = offset;
        offset += n;
        let text = std::str::from_utf8(&buf).map_err(|e| {
            invalid(format!(
                "standard input is not UTF-8 text (line {line}, byte {})",
                start + e.valid_up_to()
            ))
        })?;
        let claim = text.trim_end_matches(['\n', '\r']);
        let result = check_claim_in(data, claim);
        contradicted |= result.verdict == Verdict::Contradicted;
        let numbers = numbers_json(claim, &result, |r| Some(start + r.start..start + r.end));
        let mut value = check_json(claim, start..start + claim.len(), line, 1, &result, numbers);
        value["line"] = json!(line);
        serde_json::to_writer(&mut out, &value).map_err(output_failure)?;
        out.write_all(b"\n").map_err(stdout_failure)?;
        if input.buffer().is_empty() {
            out.flush().map_err(stdout_failure)?;
        }
    }
    out.flush().map_err(stdout_failure)?;
    Ok(u8::from(contradicted))
}

/// A `--date` value: a real calendar date written `YYYY-MM-DD`.
fn parse_date(text: &str) -> Result<String, Failure> {
    let bad = || {
        invalid(format!(
            "--date must be a date written YYYY-MM-DD, not \"{text}\""
        ))
    };
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return Err(bad());
    }
    let (Ok(year), Ok(month), Ok(day)) = (y.parse::<i64>(), m.parse::<u32>(), d.parse::<u32>())
    else {
        return Err(bad());
    };
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return Err(bad());
    }
    Ok(text.to_owned())
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Today's date in UTC, `YYYY-MM-DD`, from the system clock.
fn today_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_101), (2025, 1, 13));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn dates_are_checked() {
        assert!(parse_date("2025-01-13").is_ok());
        assert!(parse_date("2024-02-29").is_ok());
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-1-13",
            "13/01/2025",
            "",
            "2025-01-00",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }
}
