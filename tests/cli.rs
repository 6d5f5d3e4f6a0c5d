//! The command line: outputs, JSON and exit codes.
#![cfg(feature = "cli")]

mod common;

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_vac-figures"))
        .args(args)
        .env("COLUMNS", "100")
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_json_answers_with_the_documented_fields_and_exit_codes() {
    let cases = [
        (
            "Children make up 40% of trafficking victims worldwide",
            0,
            "rounded",
        ),
        ("Forced labour profits rose 37% since 2014", 0, "supported"),
        (
            "Children make up 61% of trafficking victims worldwide",
            1,
            "contradicted",
        ),
        ("There are 195 countries in the world", 2, "unverifiable"),
    ];
    for (claim, code, verdict) in cases {
        let (status, stdout, stderr) = run(&["check", "--json", claim]);
        assert_eq!(status, code, "{claim}: {stderr}");
        let v: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON object");
        assert_eq!(v["verdict"], verdict, "{claim}");
        for key in ["verdict", "figure_id", "claimed", "reported", "citation"] {
            assert!(v.get(key).is_some(), "{claim}: no {key}");
        }
        if verdict == "unverifiable" {
            assert!(v["figure_id"].is_null());
        } else {
            assert!(
                v["citation"]
                    .as_str()
                    .is_some_and(|c| c.contains("A/HRC/58/19"))
            );
        }
    }
}

#[test]
fn errors_are_one_line_and_exit_3() {
    for args in [
        &["show", "no_such_figure"][..],
        &["list", "--topic", "bogus"],
        &["frobnicate"],
        &[],
    ] {
        let (status, stdout, stderr) = run(args);
        assert_eq!(status, 3, "{args:?}");
        assert!(stdout.is_empty(), "{args:?}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("error: "), "{args:?}: {stderr}");
    }
    let (status, _, stderr) = run(&["verify", "/no/such/file.txt"]);
    assert_eq!(status, 4);
    assert!(stderr.starts_with("error: cannot read /no/such/file.txt"));
}

#[test]
fn list_fits_the_terminal_and_show_prints_the_record() {
    let (status, stdout, _) = run(&["list"]);
    assert_eq!(status, 0);
    assert!(stdout.lines().all(|l| l.chars().count() <= 100), "{stdout}");
    assert!(stdout.contains("children_share_of_detected_victims "));
    let (status, stdout, _) = run(&["list", "--topic", "forced_labour", "--format", "csv"]);
    assert_eq!(status, 0);
    assert_eq!(
        stdout.lines().count(),
        1 + vac_figures::by_topic(vac_figures::Topic::ForcedLabour).count()
    );
    let (status, stdout, _) = run(&["show", "children_in_conflict_areas"]);
    assert_eq!(status, 0);
    assert!(stdout.contains("over 473 million"));
    assert!(stdout.contains("footnote 27"));
    assert!(stdout.contains("citation"));
    assert!(stdout.contains("in full      UNICEF, "), "{stdout}");
    assert!(stdout.contains("A/HRC/58/19, 13 January 2025, para. 51, footnote 27."));
}

#[test]
fn verify_passes_on_the_report() {
    let path = common::report_path();
    let path = path.to_str().expect("a UTF-8 path");
    let (status, stdout, _) = run(&["verify", path]);
    assert_eq!(status, 0, "{stdout}");
    assert!(stdout.starts_with("OK: "));
}

#[test]
fn export_writes_the_tables() {
    let dir = std::env::temp_dir().join(format!("vac-figures-cli-{}", std::process::id()));
    let (status, _, stderr) = run(&[
        "export",
        "--format",
        "csv",
        "--out",
        dir.to_str().unwrap_or("."),
    ]);
    assert_eq!(status, 0, "{stderr}");
    for name in [
        "figures.csv",
        "footnotes.csv",
        "sources.csv",
        "reviews.csv",
        "figure_footnotes.csv",
        "footnote_sources.csv",
        "datapackage.json",
        "README.md",
    ] {
        assert!(dir.join(name).exists(), "{name}");
    }
    assert!(!dir.join("figures.json").exists());
    let _ = std::fs::remove_dir_all(&dir);

    // JSON alone: no data package describing CSVs that are not there.
    let (status, _, stderr) = run(&[
        "export",
        "--format",
        "json",
        "--out",
        dir.to_str().unwrap_or("."),
    ]);
    assert_eq!(status, 0, "{stderr}");
    assert!(dir.join("figures.json").exists());
    assert!(!dir.join("datapackage.json").exists());
    assert!(!dir.join("sources.csl.json").exists());
    assert!(!dir.join("figures.csv").exists());
    let _ = std::fs::remove_dir_all(&dir);

    // Citations: one file each, the same as the committed one.
    for (format, name) in [("bibtex", "sources.bib"), ("csl-json", "sources.csl.json")] {
        let (status, stdout, stderr) = run(&[
            "export",
            "--format",
            format,
            "--out",
            dir.to_str().unwrap_or("."),
        ]);
        assert_eq!(status, 0, "{stderr}");
        assert_eq!(stdout.lines().count(), 1, "{stdout}");
        let written = std::fs::read(dir.join(name)).expect(name);
        let committed = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("datasets")
                .join(name),
        )
        .expect(name);
        assert_eq!(written, committed, "{name}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// A fresh temporary directory for one test.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("vac-figures-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn validate_prints_exactly_the_expected_text_of_every_malformed_case() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed");
    let mut cases: Vec<_> = std::fs::read_dir(&corpus)
        .expect("corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 15);
    for dir in cases {
        let expected = std::fs::read_to_string(dir.join("expected.txt")).expect("expected.txt");
        let (status, stdout, stderr) = run(&["validate", dir.to_str().expect("UTF-8 path")]);
        assert_eq!(stdout, expected, "{}", dir.display());
        if expected.starts_with("valid: ") {
            assert_eq!(status, 0, "{}: {stderr}", dir.display());
        } else {
            assert_eq!(status, 1, "{}", dir.display());
            assert!(stderr.starts_with("error: "), "{stderr}");
            assert!(stderr.contains("is not a valid dataset"), "{stderr}");
        }
    }
}

#[test]
fn validate_accepts_the_exported_builtin_dataset() {
    let dir = temp_dir("validate");
    let path = dir.to_str().expect("UTF-8 path");
    let (status, _, stderr) = run(&["export", "--format", "csv", "--out", path]);
    assert_eq!(status, 0, "{stderr}");
    let (status, stdout, _) = run(&["validate", path]);
    assert_eq!(status, 0);
    assert_eq!(
        stdout,
        format!(
            "valid: {} figures, {} footnotes, {} sources\n",
            vac_figures::figures().len(),
            vac_figures::footnotes().len(),
            vac_figures::sources().len()
        )
    );
    // `--data` names the directory too.
    let (status, stdout2, _) = run(&["--data", path, "validate"]);
    assert_eq!((status, stdout2), (0, stdout));
    let (status, _, stderr) = run(&["validate"]);
    assert_eq!(status, 3, "{stderr}");
    let (status, _, stderr) = run(&["validate", "/no/such/dir"]);
    assert_eq!(status, 4);
    assert!(
        stderr.starts_with("error: cannot read /no/such/dir/figures.csv"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn every_command_works_on_an_edited_dataset_given_with_data() {
    let dir = temp_dir("data");
    let path = dir.to_str().expect("UTF-8 path");
    let (status, _, stderr) = run(&["export", "--format", "csv", "--out", path]);
    assert_eq!(status, 0, "{stderr}");
    // Edit one value, as a person would in a spreadsheet: 38 per cent becomes 40.
    let figures = std::fs::read_to_string(dir.join("figures.csv")).expect("figures.csv");
    let old = "children_share_of_detected_victims,41,";
    let row = figures.lines().find(|l| l.starts_with(old)).expect("row");
    let edited_row = row.replacen(",38,,percent,", ",40,,percent,", 1);
    assert_ne!(row, edited_row);
    std::fs::write(dir.join("figures.csv"), figures.replace(row, &edited_row)).expect("write");

    let claim = "Children make up 40% of trafficking victims worldwide";
    let (status, stdout, _) = run(&["check", "--json", claim]);
    assert_eq!(status, 0);
    assert!(stdout.contains("\"verdict\": \"rounded\""), "{stdout}");
    let (status, stdout, stderr) = run(&["--data", path, "check", "--json", claim]);
    assert_eq!(status, 0, "{stderr}");
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(v["verdict"], "supported");
    assert_eq!(v["reported"]["value"], 40.0);
    // The option stands after the command too.
    let (status, stdout, _) = run(&["show", "children_share_of_detected_victims", "--data", path]);
    assert_eq!(status, 0);
    assert!(stdout.contains("value        40%"), "{stdout}");
    let (status, stdout, _) = run(&["list", "--data", path, "--format", "csv"]);
    assert_eq!(status, 0);
    assert_eq!(stdout.lines().count(), 1 + vac_figures::figures().len());
    assert!(
        stdout.contains(&edited_row),
        "list --format csv writes the edited row"
    );
    // export --data writes back exactly the files it loaded.
    let again = temp_dir("data-again");
    let again_path = again.to_str().expect("UTF-8 path");
    let (status, _, stderr) = run(&[
        "--data", path, "export", "--format", "csv", "--out", again_path,
    ]);
    assert_eq!(status, 0, "{stderr}");
    for name in ["figures.csv", "footnotes.csv", "sources.csv"] {
        assert_eq!(
            std::fs::read(dir.join(name)).expect("read"),
            std::fs::read(again.join(name)).expect("read"),
            "{name}"
        );
    }
    // The edited value no longer matches its quote.
    let report = common::report_path();
    let report = report.to_str().expect("a UTF-8 path");
    let (status, stdout, _) = run(&["--data", path, "verify", report]);
    assert_eq!(status, 1, "{stdout}");
    assert!(
        stdout.contains("children_share_of_detected_victims [ValueMismatch]"),
        "{stdout}"
    );
    let _ = std::fs::remove_dir_all(dir);
    let _ = std::fs::remove_dir_all(again);
}

#[test]
fn a_data_directory_that_does_not_load_lists_its_problems_and_exits_3() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed");
    let case = corpus.join("several_problems");
    let expected = std::fs::read_to_string(case.join("expected.txt")).expect("expected.txt");
    let (status, stdout, stderr) = run(&["--data", case.to_str().expect("UTF-8"), "list"]);
    assert_eq!(status, 3);
    assert!(stdout.is_empty());
    let mut lines = stderr.lines();
    assert_eq!(
        lines.next(),
        Some(
            format!(
                "error: {} is not a valid dataset ({} problems):",
                case.display(),
                expected.lines().count()
            )
            .as_str()
        )
    );
    assert_eq!(
        lines.map(|l| format!("{l}\n")).collect::<String>(),
        expected
    );
    let (status, _, stderr) = run(&["--data", "/no/such/dir", "show", "x"]);
    assert_eq!(status, 4);
    assert_eq!(
        stderr.trim_end(),
        "error: cannot read /no/such/dir/figures.csv: No such file or directory (os error 2)"
    );
}

#[cfg(feature = "parquet")]
#[test]
fn export_parquet_writes_every_table() {
    let dir = temp_dir("parquet");
    let (status, stdout, stderr) = run(&[
        "export",
        "--format",
        "parquet",
        "--out",
        dir.to_str().unwrap_or("."),
    ]);
    assert_eq!(status, 0, "{stderr}");
    let rows = format!("figures.parquet ({} rows)", vac_figures::figures().len());
    assert!(stdout.contains(&rows), "{stdout}");
    let frame = vac_figures::frames::read_parquet(&dir.join("figures.parquet")).unwrap();
    assert_eq!(frame, vac_figures::to_dataframe().unwrap());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_closed_pipe_ends_the_program_quietly_with_success() {
    use std::process::Stdio;
    // `vac-figures list | head -0`: the reader goes away before the first write.
    for args in [
        &["list"][..],
        &["list", "--format", "json"],
        &["list", "--format", "csv"],
        &["show", "--json", "children_in_conflict_areas"],
        &["show", "children_in_conflict_areas"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_vac-figures"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("it ends");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
}
