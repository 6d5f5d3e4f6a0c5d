//! The codebook `datasets/README.md`: every column of every CSV with its type, constraints
//! and meaning, generated from [`super::schema::TABLES`] like the data package, so the two
//! cannot disagree.
//!
//! ```
//! let book = vac_figures::export::codebook::codebook(vac_figures::report());
//! assert!(book.contains("| `value` | number | required |"));
//! assert!(book.contains("## How to cite"));
//! ```

use std::fmt::Write as _;

use super::schema::{Column, ColumnType, TABLES};
use crate::sources::Report;

/// The type of a column as the codebook writes it (`integer ≥ 1`, `one of ...`, `list of ...`).
pub fn type_label(column: &Column) -> String {
    let item = match column.kind {
        ColumnType::Text => "string".to_owned(),
        ColumnType::Id => "id (snake_case)".to_owned(),
        ColumnType::Integer { minimum: Some(m) } => format!("integer ≥ {m}"),
        ColumnType::Integer { minimum: None } => "integer".to_owned(),
        ColumnType::Number => "number".to_owned(),
        ColumnType::Boolean => "boolean (`TRUE`/`FALSE`)".to_owned(),
        ColumnType::OneOf(names) => {
            let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!("one of {}", names.join(", "))
        }
    };
    if column.list {
        format!("list of {item}")
    } else {
        item
    }
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The codebook of the exported tables, as Markdown.
pub fn codebook(report: &Report) -> String {
    let mut out = String::new();
    let crate_version = env!("CARGO_PKG_VERSION");
    let data_version = crate::data::version::DATA_VERSION;
    // Writing to a String cannot fail; the results are ignored on purpose.
    let _ = write!(
        out,
        "# vac-figures datasets: codebook\n\n\
         The files here are **generated** from the Rust declarations in `src/data/` by\n\
         `cargo run --example export_datasets`; do not edit them by hand (the test\n\
         `tests/datasets_fresh.rs` fails when they are stale). This codebook is generated too,\n\
         from the same column descriptions as `datapackage.json` (`src/export/schema.rs`).\n\n\
         Source: United Nations document {symbol}, *{title}*, {body}, {session}, {date}\n\
         (<{url}>). Crate version {crate_version}, data version {data_version}.\n\n",
        symbol = report.symbol,
        title = report.title,
        body = report.body,
        session = report.session,
        date = report.date,
        url = report.url,
    );
    out.push_str(
        "## Files\n\n\
         | file | what |\n|---|---|\n",
    );
    for t in &TABLES {
        let _ = writeln!(out, "| `{}` | {} |", t.file, cell(t.description));
    }
    out.push_str(
        "| `figures.json`, `footnotes.json`, `sources.json`, `reviews.json` | the same records as \
         serde serialises the crate's types (`figures.json` nests the location under `location`) |\n\
         | `report.json` | the report's metadata (symbol, title, author, session, date, URL) |\n\
         | `datapackage.json` | the Frictionless Data Package (v2) describing the CSVs |\n\
         | `README.md` | this codebook |\n\n",
    );
    out.push_str(
        "## Format\n\n\
         - UTF-8 without BOM; RFC 4180 CSV: comma-separated, `\"`-quoted where needed (a quote \
         inside a quoted cell is doubled), CRLF line ends, one header row.\n\
         - **Missing values**: an absent value is an empty cell (and only that: `missingValues` \
         is `[\"\"]`). Required columns are never empty.\n\
         - **Lists** (`topics`, `footnotes`, `source_ids`, `urls`, `discrepancies`, `computed`, \
         `inferred`) are joined with `;` and no spaces (`27;28`); no item is empty or contains \
         `;`. An empty cell is an empty list. The link tables `figure_footnotes.csv` and \
         `footnote_sources.csv` give the same lists one row per item, so that they can carry \
         foreign keys and be joined.\n\
         - **Booleans** are `TRUE`/`FALSE`, which base R's `read.csv`, pandas, Polars and \
         spreadsheets all read as logical with no options; the crate's loader also reads \
         `true`/`false` in any case. **Numbers** are plain decimals with `.` as the \
         decimal point and no grouping or exponent (`473000000`, `14.6`).\n\
         - **Closed sets** (unit, qualifier, kind, topics, ...) use the snake_case names listed \
         below; they are the crate's enum names (`as_str()`).\n\
         - **Ids** (`id`, `source_id`) are snake_case: a lower-case letter, then lower-case \
         letters, digits and `_`.\n\
         - **Spreadsheet safety**: a cell that begins with `=`, `+`, `-`, `@`, a tab, a carriage \
         return or an apostrophe is written with one extra leading apostrophe `'` (so \
         `=SUM(A1)` is written `'=SUM(A1)`); spreadsheets show it as text instead of running a \
         formula. Strip one leading apostrophe to read such a cell back (the crate's loader \
         does). No cell of the built-in data needs it; an edited dataset may (a negative number \
         would be written `'-5`).\n\n",
    );
    for t in &TABLES {
        let key = t
            .primary_key
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(" + ");
        let _ = write!(out, "## {} — {} (key: {key})\n\n", t.file, t.title);
        let _ = write!(out, "{}\n\n", t.description);
        for fk in t.foreign_keys {
            let _ = writeln!(
                out,
                "- `{}` refers to `{}` of `{}` (empty cells refer to nothing).",
                fk.columns.join("`, `"),
                fk.reference.join("`, `"),
                fk.table,
            );
        }
        if !t.foreign_keys.is_empty() {
            out.push('\n');
        }
        out.push_str("| column | type | required | meaning |\n|---|---|---|---|\n");
        for c in t.columns {
            let required = if c.required { "required" } else { "optional" };
            let unique = if c.unique { ", unique" } else { "" };
            let _ = writeln!(
                out,
                "| `{}` | {} | {required}{unique} | {} |",
                c.name,
                cell(&type_label(c)),
                cell(c.description)
            );
        }
        out.push('\n');
    }
    out.push_str(
        "## Units and values\n\n\
         `value` (and `value_upper`) is in the unit named by `unit`:\n\n\
         | `unit` | `short_unit` | how the value is written |\n|---|---|---|\n\
         | `percent` | `%` | per cent as printed: `38` means 38 per cent |\n\
         | `count` | (empty) | a count, fully expanded: \"over 473 million\" is `473000000` |\n\
         | `usd` | `US$` | United States dollars, fully expanded: \"$236 billion\" is `236000000000` |\n\
         | `eur` | `€` | euros, fully expanded |\n\
         | `one_in` | `1 in N` | \"1 in 6\" is `6` |\n\
         | `times` | `×` | a multiple: \"almost two times higher\" is `2` (qualifier `almost`) |\n\
         | `years` | `years` | a duration or an age in years; an age band \"15–17\" is value `15`, value_upper `17` |\n\
         | `months` | `months` | a duration in months |\n\n\
         The hedge printed with the number is in `qualifier`, not in the value: \"over half\" is \
         `50`, unit `percent`, qualifier `more_than`. `as_written` keeps the printed words.\n\n",
    );
    let _ = write!(
        out,
        "## Data package\n\n\
         `datapackage.json` is a [Frictionless Data Package](https://datapackage.org/) (v2) \
         describing every CSV above: for each column its type, title, description and \
         constraints (`required`, `unique`, `enum` for closed sets, `pattern` for ids and \
         lists, `minimum` for paragraph and footnote numbers), each table's `primaryKey`, and \
         the `foreignKeys` listed above. Check the files (after editing them, too) with\n\n\
         ```sh\npip install 'frictionless==5.18.*'\nfrictionless validate datasets/datapackage.json\n```\n\n\
         or load them with `frictionless`, pandas (`pd.read_csv(\"datasets/figures.csv\", \
         keep_default_na=False)` keeps empty cells as empty text) or R.\n\n\
         ## Stable ids and columns\n\n\
         Figure ids, footnote numbers and source ids are a public contract: they are never \
         renamed, renumbered or reused, and a published record is never removed (a correction \
         changes its fields, not its id). Columns are only ever appended at the end of a file, \
         never renamed, removed or reordered. Every change to the data is recorded in the \
         crate's `CHANGELOG.md` and raises the data version ({data_version} now). The test \
         `tests/stable_ids.rs` holds the published lists and fails if one is broken.\n\n\
         ## How to cite\n\n\
         Cite the report for its figures: *United Nations, {title}, {symbol} ({date}), para. N* \
         (add *fn. M* for a figure in a footnote, and *as cited in {symbol}* when quoting the \
         work a footnote names). Cite this dataset as: *vac-figures {crate_version}, data \
         version {data_version}: figures of UN report {symbol} as typed, sourced records*, \
         naming the file and the figure `id` you use. `sources.bib` (BibTeX) and \
         `sources.csl.json` (CSL-JSON, for Zotero or pandoc) hold every source, the report \
         included, keyed by `source_id`; they add no metadata the report does not give (no \
         access dates), and a title the report does not print carries a `note`.\n",
        title = report.title,
        symbol = report.symbol,
        date = report.date,
    );
    out
}
