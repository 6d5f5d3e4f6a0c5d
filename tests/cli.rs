//! The command line: outputs, JSON and exit codes.
#![cfg(feature = "cli")]

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
}

#[test]
fn verify_passes_on_the_report_when_it_is_available() {
    let Ok(path) = std::env::var("VAC_FIGURES_REPORT") else {
        eprintln!(
            "SKIPPED verify_passes_on_the_report_when_it_is_available: VAC_FIGURES_REPORT not set"
        );
        return;
    };
    let (status, stdout, _) = run(&["verify", &path]);
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
    for name in ["figures.csv", "footnotes.csv", "sources.csv"] {
        assert!(dir.join(name).exists(), "{name}");
    }
    let _ = std::fs::remove_dir_all(dir);
}
