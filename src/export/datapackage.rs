//! The Frictionless Data Package (v2) `datapackage.json` that describes the exported CSVs.
//!
//! Every resource, field, constraint and key comes from [`super::schema::TABLES`]; the closed
//! sets (`enum` constraints and list patterns) come from the crate's enums. Validate the
//! committed package with the `frictionless` Python package:
//! `frictionless validate datasets/datapackage.json` (`.ci/run` does).
//!
//! ```
//! let json = vac_figures::export::datapackage::datapackage(vac_figures::report())?;
//! assert_eq!(json["$schema"], "https://datapackage.org/profiles/2.0/datapackage.json");
//! assert_eq!(json["version"], env!("CARGO_PKG_VERSION"));
//! assert_eq!(json["resources"][0]["path"], "figures.csv");
//! assert_eq!(json["resources"][0]["schema"]["primaryKey"][0], "id");
//! # Ok::<(), vac_figures::export::ExportError>(())
//! ```

use serde::Serialize;
use serde_json::{Value, json};

use super::schema::{Column, ColumnType, TABLES, Table};
use crate::sources::Report;

/// The package's `$schema`: Data Package v2.
pub const PROFILE: &str = "https://datapackage.org/profiles/2.0/datapackage.json";

/// The Table Schema `type` of a column: lists are strings with a `pattern`.
fn field_type(column: &Column) -> &'static str {
    if column.list {
        return "string";
    }
    match column.kind {
        ColumnType::Text | ColumnType::Id | ColumnType::OneOf(_) => "string",
        ColumnType::Integer { .. } => "integer",
        ColumnType::Number => "number",
        ColumnType::Boolean => "boolean",
    }
}

/// A Table Schema field, in the order its properties are written.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Field {
    name: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'static str,
    description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    true_values: Option<&'static [&'static str]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    false_values: Option<&'static [&'static str]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    constraints: Option<serde_json::Map<String, Value>>,
}

/// A resource, in the order its properties are written.
#[derive(Serialize)]
struct Resource {
    name: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    path: &'static str,
    format: &'static str,
    mediatype: &'static str,
    encoding: &'static str,
    title: &'static str,
    description: &'static str,
    dialect: Value,
    schema: Schema,
}

/// A Table Schema, in the order its properties are written.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Schema {
    fields: Vec<Field>,
    missing_values: [&'static str; 1],
    primary_key: &'static [&'static str],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    foreign_keys: Vec<Value>,
}

/// The package, in the order its properties are written.
#[derive(Serialize)]
struct Package {
    #[serde(rename = "$schema")]
    schema: &'static str,
    name: &'static str,
    title: String,
    description: String,
    version: &'static str,
    keywords: Vec<String>,
    licenses: Value,
    sources: Value,
    resources: Vec<Resource>,
}

fn field(table: &Table, column: &Column) -> Field {
    let mut constraints = serde_json::Map::new();
    if column.required {
        constraints.insert("required".into(), Value::Bool(true));
    }
    // A one-column primary key is unique by definition; say so for the reader as well.
    if column.unique || table.primary_key == [column.name] {
        constraints.insert("unique".into(), Value::Bool(true));
    }
    if let Some(pattern) = super::schema::list_pattern(column) {
        constraints.insert("pattern".into(), Value::String(pattern));
    } else {
        match column.kind {
            ColumnType::Id => {
                constraints.insert("pattern".into(), json!("[a-z][a-z0-9_]*"));
            }
            ColumnType::OneOf(names) => {
                constraints.insert("enum".into(), json!(names));
            }
            ColumnType::Integer {
                minimum: Some(minimum),
            } => {
                constraints.insert("minimum".into(), json!(minimum));
            }
            _ => {}
        }
    }
    let mut description = column.description.to_owned();
    if column.list {
        description.push_str(" A list: items joined with `;`.");
        if let ColumnType::Integer {
            minimum: Some(minimum),
        } = column.kind
        {
            description.push_str(&format!(
                " Each item is a whole number of at least {minimum}."
            ));
        }
    }
    let boolean = column.kind == ColumnType::Boolean && !column.list;
    Field {
        name: column.name,
        kind: field_type(column),
        title: column.title,
        description,
        true_values: boolean.then_some(&["TRUE", "True", "true"]),
        false_values: boolean.then_some(&["FALSE", "False", "false"]),
        constraints: (!constraints.is_empty()).then_some(constraints),
    }
}

fn resource(table: &Table) -> Resource {
    let name_of = |file: &'static str| -> &'static str {
        TABLES
            .iter()
            .find(|t| t.file == file)
            .map_or(file, |t| t.name)
    };
    let foreign_keys: Vec<Value> = table
        .foreign_keys
        .iter()
        .map(|fk| {
            json!({
                "fields": fk.columns,
                "reference": { "resource": name_of(fk.table), "fields": fk.reference },
            })
        })
        .collect();
    Resource {
        name: table.name,
        kind: "table",
        path: table.file,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        title: table.title,
        description: table.description,
        dialect: json!({
            "header": true,
            "delimiter": ",",
            "lineTerminator": "\r\n",
            "quoteChar": "\"",
            "doubleQuote": true,
        }),
        schema: Schema {
            fields: table.columns.iter().map(|c| field(table, c)).collect(),
            missing_values: [""],
            primary_key: table.primary_key,
            foreign_keys,
        },
    }
}

fn package(report: &Report) -> Package {
    Package {
        schema: PROFILE,
        name: "vac-figures",
        title: format!("Figures of UN report {}: {}", report.symbol, report.title),
        description: format!(
            "Every figure (number stating a quantity) of United Nations document {symbol}, \
             {title} ({body}, {session}, {date}), as a typed, sourced record: value, unit, \
             qualifier, what it measures, the verbatim quote, and the footnotes and works it \
             rests on; with the report's footnotes, the works they cite, and a primary-source \
             review of its main statistics. Generated by the Rust crate vac-figures {crate_version} \
             (data version {data_version}) from its built-in data; the same records are in the \
             JSON files beside this package. Cells that begin with =, +, -, @, a tab, a carriage \
             return or an apostrophe are written with one leading apostrophe (spreadsheet \
             safety); lists are joined with `;`; an empty cell is a missing value. Ids are \
             never renamed or reused, columns are only appended, and every change is recorded \
             in the crate's CHANGELOG.md. The figures and quotes are from United Nations \
             document {symbol}.",
            symbol = report.symbol,
            title = report.title,
            body = report.body,
            session = report.session,
            date = report.date,
            crate_version = env!("CARGO_PKG_VERSION"),
            data_version = crate::data::version::DATA_VERSION,
        ),
        version: env!("CARGO_PKG_VERSION"),
        keywords: [
            "united nations",
            "violence against children",
            "trafficking in children",
            "statistics",
            "fact-checking",
            &report.symbol,
        ]
        .map(str::to_owned)
        .to_vec(),
        licenses: json!([
            {
                "name": "MIT",
                "path": "https://opensource.org/licenses/MIT",
                "title": "MIT License",
            },
            {
                "name": "Apache-2.0",
                "path": "https://opensource.org/licenses/Apache-2.0",
                "title": "Apache License 2.0",
            },
        ]),
        sources: json!([
            {
                "title": format!(
                    "United Nations, {title}, {symbol} ({date}); {author}",
                    title = report.title,
                    symbol = report.symbol,
                    date = report.date,
                    author = report.author,
                ),
                "path": report.url,
            },
        ]),
        resources: TABLES.iter().map(resource).collect(),
    }
}

/// The data package describing the CSVs of [`super::dataset_files`], with `report` as its
/// source, as a JSON value (for inspection; [`write_datapackage`] writes the same package
/// with its properties in the conventional order, `$schema` and `name` first).
pub fn datapackage(report: &Report) -> Result<Value, super::ExportError> {
    Ok(serde_json::to_value(package(report))?)
}

/// Writes [`datapackage`] as pretty-printed JSON with a final newline.
pub fn write_datapackage<W: std::io::Write>(
    writer: W,
    report: &Report,
) -> Result<(), super::ExportError> {
    super::write_json(writer, &package(report))
}
