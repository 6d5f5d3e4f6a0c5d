//! The Polars frames: typed columns, keys that join, selections, and Parquet round trips.
#![cfg(feature = "polars")]

use vac_figures::frames::{self, polars::prelude::*};
use vac_figures::{Dataset, Filter, Topic};

#[test]
fn figures_frame_has_one_typed_row_per_figure() {
    let df = vac_figures::to_dataframe().unwrap();
    let figures = vac_figures::figures();
    assert_eq!(df.height(), figures.len());
    let schema = df.schema();
    assert_eq!(schema.get("value"), Some(&DataType::Float64));
    assert_eq!(schema.get("value_upper"), Some(&DataType::Float64));
    assert_eq!(schema.get("paragraph"), Some(&DataType::UInt8));
    assert_eq!(schema.get("converted"), Some(&DataType::Boolean));
    assert_eq!(
        schema.get("footnotes"),
        Some(&DataType::List(Box::new(DataType::UInt8)))
    );
    for enum_column in [
        "unit",
        "qualifier",
        "kind",
        "footnote_position",
        "sourcing",
        "review_status",
    ] {
        assert!(
            schema.get(enum_column).unwrap().is_enum(),
            "{enum_column} is not an Enum"
        );
    }
    match schema.get("topics") {
        Some(DataType::List(inner)) => assert!(inner.is_enum()),
        other => panic!("topics is {other:?}"),
    }
    // Cell by cell against the records.
    let ids = df.column("id").unwrap().str().unwrap();
    let values = df.column("value").unwrap().f64().unwrap();
    let upper = df.column("value_upper").unwrap().f64().unwrap();
    let units = df.column("unit").unwrap().cat8().unwrap();
    let notes = df.column("footnotes").unwrap().list().unwrap();
    let status = df.column("review_status").unwrap().cat8().unwrap();
    let units: Vec<_> = units.iter_str().collect();
    let status: Vec<_> = status.iter_str().collect();
    for (i, f) in figures.iter().enumerate() {
        assert_eq!(ids.get(i), Some(f.id.as_ref()));
        assert_eq!(values.get(i), Some(f.value));
        assert_eq!(upper.get(i), f.value_upper);
        assert_eq!(units[i], Some(f.unit.as_str()));
        assert_eq!(status[i], Some(f.review_status().as_str()));
        let row = notes.get_as_series(i).unwrap();
        let row: Vec<u8> = row.u8().unwrap().into_no_null_iter().collect();
        assert_eq!(row, f.footnotes.as_ref());
    }
}

#[test]
fn topics_explode_to_enum_values() {
    let df = vac_figures::to_dataframe().unwrap();
    let exploded = df
        .select(["id", "topics"])
        .unwrap()
        .explode(
            ["topics"],
            ExplodeOptions {
                empty_as_null: true,
                keep_nulls: true,
            },
        )
        .unwrap();
    assert!(exploded.column("topics").unwrap().dtype().is_enum());
    let ids: Vec<&str> = exploded
        .column("id")
        .unwrap()
        .str()
        .unwrap()
        .iter()
        .flatten()
        .collect();
    let topics: Vec<&str> = exploded
        .column("topics")
        .unwrap()
        .cat8()
        .unwrap()
        .iter_str()
        .flatten()
        .collect();
    let want: Vec<(&str, &str)> = vac_figures::figures()
        .iter()
        .flat_map(|f| f.topics.iter().map(move |t| (f.id.as_ref(), t.as_str())))
        .collect();
    let got: Vec<(&str, &str)> = ids.into_iter().zip(topics).collect();
    assert_eq!(got, want);
}

#[test]
fn keys_join_figures_to_sources() {
    let data = Dataset::builtin();
    let long = frames::figure_sources().unwrap();
    // Every figure appears; the rows with a source match Dataset::sources_of.
    let ids = long.column("figure_id").unwrap().str().unwrap();
    let sources = long.column("source_id").unwrap().str().unwrap();
    for figure in data.figures() {
        let mut got: Vec<&str> = Vec::new();
        let mut seen = false;
        for (id, source) in ids.iter().zip(sources.iter()) {
            if id == Some(figure.id.as_ref()) {
                seen = true;
                if let Some(s) = source
                    && !got.contains(&s)
                {
                    got.push(s);
                }
            }
        }
        assert!(seen, "{} missing from the long frame", figure.id);
        let want: Vec<&str> = data
            .sources_of(figure)
            .iter()
            .map(|s| s.id.as_ref())
            .collect();
        assert_eq!(got, want, "sources of {}", figure.id);
    }
    // The link tables join with polars to the same pairs.
    let chain = frames::figure_footnotes()
        .unwrap()
        .join(
            &frames::footnote_sources().unwrap(),
            ["footnote"],
            ["footnote"],
            JoinArgs::new(JoinType::Inner),
            None,
        )
        .unwrap()
        .join(
            &frames::sources().unwrap(),
            ["source_id"],
            ["source_id"],
            JoinArgs::new(JoinType::Inner),
            None,
        )
        .unwrap();
    let with_source = long
        .filter(&long.column("source_id").unwrap().is_not_null())
        .unwrap();
    assert_eq!(chain.height(), with_source.height());
    // Reviews join to figures.
    let reviews = frames::reviews().unwrap();
    let joined = vac_figures::to_dataframe()
        .unwrap()
        .join(
            &reviews,
            ["id"],
            ["figure_id"],
            JoinArgs::new(JoinType::Inner),
            None,
        )
        .unwrap();
    assert_eq!(joined.height(), reviews.height());
    assert!(reviews.height() > 0);
}

#[test]
fn unodc_is_one_filter() {
    let long = frames::figure_sources().unwrap();
    let unodc = long
        .filter(&frames::text_mask(&long, "publisher", |p| p.contains("UNODC")).unwrap())
        .unwrap();
    let got: std::collections::BTreeSet<&str> = unodc
        .column("figure_id")
        .unwrap()
        .str()
        .unwrap()
        .iter()
        .flatten()
        .collect();
    let data = Dataset::builtin();
    let want: std::collections::BTreeSet<&str> = data
        .figures()
        .iter()
        .filter(|f| {
            data.sources_of(f)
                .iter()
                .any(|s| s.publisher.as_deref().is_some_and(|p| p.contains("UNODC")))
        })
        .map(|f| f.id.as_ref())
        .collect();
    assert!(!want.is_empty());
    assert_eq!(got, want);
}

#[test]
fn a_selection_gives_its_frame() {
    let data = Dataset::builtin();
    let filter = Filter::new().topic(Topic::ForcedLabour);
    let df = frames::figures_frame(data, data.select(&filter)).unwrap();
    let want: Vec<&str> = data.select(&filter).map(|f| f.id.as_ref()).collect();
    let got: Vec<&str> = df
        .column("id")
        .unwrap()
        .str()
        .unwrap()
        .iter()
        .flatten()
        .collect();
    assert_eq!(got, want);
    assert!(!want.is_empty());
    let empty = frames::figures_frame(data, []).unwrap();
    assert_eq!(empty.height(), 0);
    assert_eq!(
        empty.schema(),
        vac_figures::to_dataframe().unwrap().schema()
    );
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_files_read_back_as_equal_frames() {
    let dir = std::env::temp_dir().join(format!("vac-figures-parquet-{}", std::process::id()));
    let data = Dataset::builtin();
    let written = frames::write_parquet_dir(data, &dir).unwrap();
    let tables = frames::tables(data).unwrap();
    assert_eq!(written.len(), tables.len());
    for ((path, rows), (name, frame)) in written.iter().zip(&tables) {
        let back = frames::read_parquet(path).unwrap();
        assert_eq!(*rows, frame.height());
        assert_eq!(back.schema(), frame.schema(), "schema of {name}");
        assert!(
            back.equals_missing(frame),
            "{name} differs after a Parquet round trip"
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
