//! Loading datasets from CSV files: the round trip of the built-in data, edited and extended
//! files, and the problems reported for broken ones.

use vac_figures::load::{LoadError, Problem, ProblemKind};
use vac_figures::{Dataset, export};

/// The exported CSV files of the built-in dataset, as text.
fn exported() -> [String; 3] {
    let files = export::dataset_files(Dataset::builtin()).expect("export");
    let text = |name: &str| {
        let bytes = files
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, b)| b.clone())
            .expect("file");
        String::from_utf8(bytes).expect("UTF-8")
    };
    [
        text("figures.csv"),
        text("footnotes.csv"),
        text("sources.csv"),
    ]
}

fn load(files: &[String; 3]) -> Result<Dataset, LoadError> {
    Dataset::from_readers(
        files[0].as_bytes(),
        files[1].as_bytes(),
        files[2].as_bytes(),
    )
}

fn problems(files: &[String; 3]) -> Vec<String> {
    match load(files) {
        Ok(_) => vec![],
        Err(LoadError::Invalid(problems)) => problems.iter().map(Problem::to_string).collect(),
        Err(e) => vec![format!("I/O: {e}")],
    }
}

#[test]
fn the_builtin_dataset_exported_and_loaded_back_is_equal_to_itself() {
    let dir = std::env::temp_dir().join(format!("vac-figures-roundtrip-{}", std::process::id()));
    export::write_dir(Dataset::builtin(), &dir).expect("write");
    let loaded = Dataset::from_dir(&dir).expect("loads");
    let _ = std::fs::remove_dir_all(&dir);
    let builtin = Dataset::builtin();
    assert_eq!(loaded.figures().len(), builtin.figures().len());
    for (a, b) in loaded.figures().iter().zip(builtin.figures()) {
        assert_eq!(a, b, "figure {}", b.id);
    }
    for (a, b) in loaded.footnotes().iter().zip(builtin.footnotes()) {
        assert_eq!(a, b, "footnote {}", b.number);
    }
    for (a, b) in loaded.sources().iter().zip(builtin.sources()) {
        assert_eq!(a, b, "source {}", b.id);
    }
    assert_eq!(&loaded, builtin);
    // The loaded dataset answers the same queries.
    let fig = loaded.figure("children_in_conflict_areas").expect("figure");
    assert_eq!(
        loaded.citation(fig).to_string(),
        builtin.citation(fig).to_string()
    );
    assert!(vac_figures::load::validate_dir("/no/such/dir").len() == 3);
}
