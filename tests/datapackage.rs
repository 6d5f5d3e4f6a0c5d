//! The Frictionless Data Package `datasets/datapackage.json` describes the exported CSVs
//! truthfully: its resources and fields are the files and columns as written, its closed sets
//! are the crate's enums, and every cell of the built-in export satisfies its field's
//! constraints, primary keys and foreign keys (checked here in Rust; `.ci/run` also runs
//! `frictionless validate`).

use std::collections::{HashMap, HashSet};

use serde_json::Value;
use vac_figures::export::schema::{self, ColumnType, TABLES};
use vac_figures::{Dataset, export};

fn files() -> Vec<(&'static str, Vec<u8>)> {
    export::dataset_files(Dataset::builtin()).expect("export to memory")
}

fn package() -> Value {
    let files = files();
    let bytes = &files
        .iter()
        .find(|(n, _)| *n == "datapackage.json")
        .expect("datapackage.json is exported")
        .1;
    serde_json::from_slice(bytes).expect("datapackage.json is JSON")
}

/// The rows of an exported CSV: header, then records.
fn rows(files: &[(&'static str, Vec<u8>)], name: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let bytes = &files.iter().find(|(n, _)| *n == name).expect(name).1;
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let header = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let records = reader
        .records()
        .map(|r| r.expect("row").iter().map(str::to_owned).collect())
        .collect();
    (header, records)
}

#[test]
fn package_metadata_is_data_package_v2_with_the_crate_version_and_the_report() {
    let p = package();
    assert_eq!(
        p["$schema"],
        "https://datapackage.org/profiles/2.0/datapackage.json"
    );
    assert_eq!(p["name"], "vac-figures");
    assert_eq!(p["version"], env!("CARGO_PKG_VERSION"));
    let description = p["description"].as_str().expect("description");
    assert!(description.contains(&format!("data version {}", vac_figures::DATA_VERSION)));
    assert!(p["title"].as_str().expect("title").contains("A/HRC/58/19"));
    let licenses: Vec<&str> = p["licenses"]
        .as_array()
        .expect("licenses")
        .iter()
        .map(|l| l["name"].as_str().expect("licence name"))
        .collect();
    // The same licences as Cargo.toml's `license = "MIT OR Apache-2.0"`.
    assert_eq!(licenses, ["MIT", "Apache-2.0"]);
    assert!(env!("CARGO_PKG_LICENSE").contains("MIT"));
    assert!(env!("CARGO_PKG_LICENSE").contains("Apache-2.0"));
    let source = &p["sources"][0];
    assert_eq!(source["path"], vac_figures::report().url.as_ref());
    assert!(
        source["title"]
            .as_str()
            .expect("source title")
            .contains(vac_figures::report().title.as_ref())
    );
}

#[test]
fn resources_are_the_exported_csvs_with_their_columns_in_order() {
    let p = package();
    let files = files();
    let resources = p["resources"].as_array().expect("resources");
    let exported: Vec<&str> = files
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| n.ends_with(".csv"))
        .collect();
    let paths: Vec<&str> = resources
        .iter()
        .map(|r| r["path"].as_str().expect("path"))
        .collect();
    assert_eq!(paths, exported);
    for resource in resources {
        let path = resource["path"].as_str().expect("path");
        assert_eq!(resource["format"], "csv");
        assert_eq!(resource["mediatype"], "text/csv");
        assert_eq!(resource["encoding"], "utf-8");
        assert_eq!(resource["dialect"]["header"], true);
        assert_eq!(resource["dialect"]["lineTerminator"], "\r\n");
        let schema = &resource["schema"];
        assert_eq!(schema["missingValues"], serde_json::json!([""]));
        let fields: Vec<&str> = schema["fields"]
            .as_array()
            .expect("fields")
            .iter()
            .map(|f| f["name"].as_str().expect("field name"))
            .collect();
        let (header, _) = rows(&files, path);
        assert_eq!(fields, header, "{path}: fields are the CSV header");
        for field in schema["fields"].as_array().expect("fields") {
            let name = field["name"].as_str().expect("name");
            for key in ["type", "title", "description"] {
                assert!(
                    field[key].as_str().is_some_and(|s| !s.is_empty()),
                    "{path}.{name} lacks {key}"
                );
            }
        }
        assert!(
            !schema["primaryKey"]
                .as_array()
                .expect("primaryKey")
                .is_empty()
        );
    }
}

#[test]
fn closed_sets_are_the_crates_enums() {
    let p = package();
    let field = |resource: &str, name: &str| -> Value {
        p["resources"]
            .as_array()
            .expect("resources")
            .iter()
            .find(|r| r["name"] == resource)
            .and_then(|r| {
                r["schema"]["fields"]
                    .as_array()
                    .expect("fields")
                    .iter()
                    .find(|f| f["name"] == name)
                    .cloned()
            })
            .unwrap_or_else(|| panic!("{resource}.{name}"))
    };
    let names = |v: &Value| -> Vec<String> {
        v.as_array()
            .expect("enum")
            .iter()
            .map(|s| s.as_str().expect("name").to_owned())
            .collect()
    };
    let units: Vec<String> = vac_figures::Unit::ALL
        .iter()
        .map(|u| u.as_str().to_owned())
        .collect();
    assert_eq!(
        names(&field("figures", "unit")["constraints"]["enum"]),
        units
    );
    let qualifiers: Vec<String> = vac_figures::Qualifier::ALL
        .iter()
        .map(|q| q.as_str().to_owned())
        .collect();
    assert_eq!(
        names(&field("figures", "qualifier")["constraints"]["enum"]),
        qualifiers
    );
    let kinds: Vec<String> = vac_figures::SourceKind::ALL
        .iter()
        .map(|k| k.as_str().to_owned())
        .collect();
    assert_eq!(
        names(&field("sources", "kind")["constraints"]["enum"]),
        kinds
    );
    // A list of a closed set is a string with a pattern naming every member.
    let topics = field("figures", "topics");
    assert_eq!(topics["type"], "string");
    let pattern = topics["constraints"]["pattern"].as_str().expect("pattern");
    for topic in vac_figures::Topic::ALL {
        assert!(pattern.contains(topic.as_str()), "{topic}");
    }
    // Numbers and counts.
    assert_eq!(field("figures", "value")["type"], "number");
    assert_eq!(field("figures", "paragraph")["type"], "integer");
    assert_eq!(
        field("figures", "paragraph")["constraints"]["minimum"],
        serde_json::json!(1)
    );
    assert_eq!(field("figures", "converted")["type"], "boolean");
}

#[test]
fn every_exported_cell_satisfies_its_column() {
    let files = files();
    let mut checked = 0;
    for table in &TABLES {
        let (header, records) = rows(&files, table.file);
        let expected: Vec<&str> = table.column_names().collect();
        assert_eq!(header, expected, "{}", table.file);
        for (i, record) in records.iter().enumerate() {
            for (column, cell) in table.columns.iter().zip(record) {
                if let Err(e) = schema::check_cell(column, cell) {
                    panic!("{} row {} column {}: {e}", table.file, i + 2, column.name);
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 2000, "only {checked} cells checked");
}

#[test]
fn keys_are_unique_and_every_foreign_key_resolves() {
    let files = files();
    let key_of = |table: &schema::Table, header: &[String], record: &[String], cols: &[&str]| {
        cols.iter()
            .map(|c| {
                let i = header
                    .iter()
                    .position(|h| h == c)
                    .unwrap_or_else(|| panic!("{}: no column {c}", table.file));
                record[i].clone()
            })
            .collect::<Vec<_>>()
    };
    let mut keys: HashMap<&str, HashSet<Vec<String>>> = HashMap::new();
    for table in &TABLES {
        let (header, records) = rows(&files, table.file);
        let mut seen = HashSet::new();
        for record in &records {
            let key = key_of(table, &header, record, table.primary_key);
            assert!(
                seen.insert(key.clone()),
                "{}: key {key:?} twice",
                table.file
            );
        }
        for column in table.columns.iter().filter(|c| c.unique) {
            let mut values = HashSet::new();
            let i = header
                .iter()
                .position(|h| h == column.name)
                .expect("column");
            for record in &records {
                assert!(
                    values.insert(record[i].clone()),
                    "{}.{} not unique",
                    table.file,
                    column.name
                );
            }
        }
        keys.insert(table.file, seen);
    }
    let mut references = 0;
    for table in &TABLES {
        let (header, records) = rows(&files, table.file);
        for fk in table.foreign_keys {
            for record in &records {
                let value = key_of(table, &header, record, fk.columns);
                if value.iter().all(String::is_empty) {
                    continue;
                }
                assert!(
                    keys[fk.table].contains(&value),
                    "{}: {:?} = {value:?} not in {}",
                    table.file,
                    fk.columns,
                    fk.table
                );
                references += 1;
            }
        }
    }
    // Link tables (29 + 67 rows), footnote main sources, reviews, figures in footnotes.
    assert!(references > 150, "only {references} references checked");
}

#[test]
fn link_tables_hold_the_same_lists_as_the_list_cells() {
    let files = files();
    let at = |header: &[String], name: &str| header.iter().position(|h| h == name).expect(name);
    let (header, figures) = rows(&files, "figures.csv");
    let (id, footnotes) = (at(&header, "id"), at(&header, "footnotes"));
    let (_, links) = rows(&files, "figure_footnotes.csv");
    let from_cells: Vec<(String, String)> = figures
        .iter()
        .flat_map(|r| {
            let id = r[id].clone();
            r[footnotes]
                .split(';')
                .filter(|s| !s.is_empty())
                .map(move |n| (id.clone(), n.to_owned()))
                .collect::<Vec<_>>()
        })
        .collect();
    let from_links: Vec<(String, String)> =
        links.iter().map(|r| (r[0].clone(), r[1].clone())).collect();
    assert_eq!(from_links, from_cells);

    let (header, notes) = rows(&files, "footnotes.csv");
    let (number, source_id, source_ids) = (
        at(&header, "footnote"),
        at(&header, "source_id"),
        at(&header, "source_ids"),
    );
    let (_, links) = rows(&files, "footnote_sources.csv");
    let from_cells: Vec<(String, String)> = notes
        .iter()
        .flat_map(|r| {
            let n = r[number].clone();
            r[source_ids]
                .split(';')
                .filter(|s| !s.is_empty())
                .map(move |s| (n.clone(), s.to_owned()))
                .collect::<Vec<_>>()
        })
        .collect();
    let from_links: Vec<(String, String)> =
        links.iter().map(|r| (r[0].clone(), r[1].clone())).collect();
    assert_eq!(from_links, from_cells);
    // The main source of a footnote is the first row of its links.
    for r in &notes {
        let first = from_links
            .iter()
            .find(|(n, _)| *n == r[number])
            .map(|(_, s)| s);
        assert_eq!(
            first.map(String::as_str).unwrap_or(""),
            r[source_id],
            "footnote {}",
            r[number]
        );
    }
}

#[test]
fn column_types_follow_the_values() {
    // `value` holds decimals and large counts; `paragraph` whole numbers.
    let figures = schema::table("figures.csv").expect("figures.csv");
    assert_eq!(
        figures.column("value").map(|c| c.kind),
        Some(ColumnType::Number)
    );
    let files = files();
    let (_, records) = rows(&files, "figures.csv");
    let values: Vec<&str> = records.iter().map(|r| r[6].as_str()).collect();
    assert!(values.contains(&"473000000"));
    assert!(values.contains(&"14.6"));
}
