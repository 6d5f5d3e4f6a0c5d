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

/// Runs the binary with `stdin` as its standard input.
fn run_with_stdin(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_vac-figures"))
        .args(args)
        .env("COLUMNS", "100")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().expect("a stdin pipe");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("it ends");
    writer.join().expect("the writer ends");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A document with a contradicted claim, a supported one, an unverifiable one and numbers
/// that are not claims.
const DOCUMENT: &str = "# Notes on A/HRC/58/19 (13 January 2025)\n\n\
Children make up **61%** of trafficking victims worldwide, says para. 41.\n\n\
- Over 473 million children live in areas affected by conflict.\n\
- There are 195 countries in the world.\n\n\
1/3 See footnote 27 and target 16.2.\n";

const CLEAN_DOCUMENT: &str = "The report was published on 13 January 2025 (A/HRC/58/19).\n\n\
Over 473 million children live in areas affected by conflict, it says in para. 51.\n";

fn document_file(name: &str, text: &[u8]) -> std::path::PathBuf {
    let dir = temp_dir(name);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("doc.md");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn check_file_prints_each_claim_with_its_place_and_a_summary() {
    let path = document_file("doc-text", DOCUMENT.as_bytes());
    let (status, stdout, stderr) = run(&["check", "--file", path.to_str().unwrap()]);
    assert_eq!(
        status, 1,
        "a contradicted claim fails the document: {stderr}"
    );
    let name = path.display().to_string();
    assert!(
        stdout.contains(&format!(
            "{name}:3:1: contradicted (overstated): \"61%\" vs the report's \"38 per cent\" (children_share_of_detected_victims)"
        )),
        "{stdout}"
    );
    assert!(
        stdout
            .contains("  > Children make up 61% of trafficking victims worldwide, says para. 41.")
    );
    assert!(
        stdout.contains("as cited in A/HRC/58/19, para. 41, fn. 12"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{name}:5:3: supported: \"Over 473 million\"")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{name}:6:3: unverifiable: \"195\"")),
        "{stdout}"
    );
    assert!(
        !stdout.contains("1/3"),
        "post numbering is not a claim: {stdout}"
    );
    assert_eq!(
        stdout.lines().last(),
        Some(
            "3 sentences state a quantity: 1 supported, 0 rounded, 1 contradicted, 1 unverifiable"
        )
    );
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn check_file_exits_0_without_a_contradiction_and_reads_stdin_for_a_dash() {
    let (status, stdout, stderr) =
        run_with_stdin(&["check", "--file", "-"], CLEAN_DOCUMENT.as_bytes());
    assert_eq!(status, 0, "{stderr}");
    assert!(stdout.starts_with("<stdin>:3:1: supported"), "{stdout}");
    assert!(stdout.ends_with(
        "1 sentence states a quantity: 1 supported, 0 rounded, 0 contradicted, 0 unverifiable\n"
    ));
    // Unverifiable claims do not fail a document either.
    let (status, _, _) = run_with_stdin(
        &["check", "--file", "-"],
        b"There are 195 countries in the world.",
    );
    assert_eq!(status, 0);
}

#[test]
fn check_file_jsonl_gives_one_object_per_sentence_with_input_offsets() {
    let (status, stdout, stderr) = run_with_stdin(
        &["check", "--file", "-", "--format", "jsonl"],
        DOCUMENT.as_bytes(),
    );
    assert_eq!(status, 1, "{stderr}");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 3);
    for v in &lines {
        for key in [
            "sentence",
            "start",
            "end",
            "line",
            "column",
            "verdict",
            "figure_id",
            "claimed",
            "reported",
            "citation",
            "note",
            "numbers",
        ] {
            assert!(v.get(key).is_some(), "no {key}: {v}");
        }
        let (start, end) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        assert!(DOCUMENT.get(start..end).is_some());
        for n in v["numbers"].as_array().unwrap() {
            let (s, e) = (
                n["start"].as_u64().unwrap() as usize,
                n["end"].as_u64().unwrap() as usize,
            );
            assert!(start <= s && e <= end);
            assert_eq!(&DOCUMENT[s..e], n["claimed"]["text"].as_str().unwrap());
            for key in ["figure_id", "verdict", "claimed", "reported"] {
                assert!(n.get(key).is_some(), "no numbers[].{key}: {n}");
            }
        }
    }
    let first = &lines[0];
    assert_eq!(first["verdict"], "contradicted");
    assert_eq!(first["figure_id"], "children_share_of_detected_victims");
    assert_eq!(first["line"], 3);
    assert_eq!(first["column"], 1);
    assert_eq!(
        first["sentence"],
        "Children make up 61% of trafficking victims worldwide, says para. 41."
    );
    let (s, e) = (
        first["start"].as_u64().unwrap() as usize,
        first["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        &DOCUMENT[s..e],
        "Children make up **61%** of trafficking victims worldwide, says para. 41."
    );
    assert_eq!(first["numbers"][0]["claimed"]["text"], "61%");
    assert_eq!(first["reported"]["as_written"], "38 per cent");
    assert!(first["citation"].as_str().unwrap().contains("A/HRC/58/19"));
    assert_eq!(lines[2]["verdict"], "unverifiable");
    assert!(lines[2]["figure_id"].is_null());
}

#[test]
fn check_file_claimreview_is_a_json_array_of_schema_org_claim_reviews() {
    let (status, stdout, stderr) = run_with_stdin(
        &[
            "check",
            "--file",
            "-",
            "--format",
            "claimreview",
            "--reviewer",
            "Fact Desk",
            "--url",
            "https://example.org/check",
            "--date",
            "2025-02-01",
            "--source-url",
            "https://example.org/post",
        ],
        DOCUMENT.as_bytes(),
    );
    assert_eq!(status, 1, "{stderr}");
    let reviews: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON array");
    let reviews = reviews.as_array().unwrap();
    assert_eq!(reviews.len(), 3);
    let r = &reviews[0];
    assert_eq!(r["@context"], "https://schema.org");
    assert_eq!(r["@type"], "ClaimReview");
    assert_eq!(
        r["claimReviewed"],
        "Children make up 61% of trafficking victims worldwide, says para. 41."
    );
    assert_eq!(r["reviewRating"]["@type"], "Rating");
    assert_eq!(r["reviewRating"]["alternateName"], "contradicted");
    assert_eq!(r["reviewRating"]["ratingValue"], 1);
    assert_eq!(r["reviewRating"]["bestRating"], 5);
    assert_eq!(r["reviewRating"]["worstRating"], 1);
    assert_eq!(r["author"]["@type"], "Organization");
    assert_eq!(r["author"]["name"], "Fact Desk");
    assert_eq!(r["url"], "https://example.org/check");
    assert_eq!(r["datePublished"], "2025-02-01");
    assert_eq!(r["itemReviewed"]["@type"], "Claim");
    assert_eq!(r["itemReviewed"]["appearance"]["@type"], "CreativeWork");
    assert_eq!(
        r["itemReviewed"]["appearance"]["url"],
        "https://example.org/post"
    );
    assert_eq!(reviews[1]["reviewRating"]["ratingValue"], 5);
    assert_eq!(reviews[2]["reviewRating"]["alternateName"], "unverifiable");
    assert!(reviews[2]["reviewRating"].get("ratingValue").is_none());

    // Without the options: no author, url or appearance; today's date.
    let (_, stdout, _) = run_with_stdin(
        &["check", "--file", "-", "--format", "claimreview"],
        CLEAN_DOCUMENT.as_bytes(),
    );
    let reviews: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let r = &reviews[0];
    assert!(r.get("author").is_none() && r.get("url").is_none());
    assert!(r["itemReviewed"].get("appearance").is_none());
    let date = r["datePublished"].as_str().unwrap();
    assert!(
        date.len() == 10 && date.starts_with("20") && date.as_bytes()[4] == b'-',
        "{date}"
    );

    let (status, stdout, stderr) = run_with_stdin(
        &[
            "check",
            "--file",
            "-",
            "--format",
            "claimreview",
            "--date",
            "2025-02-30",
        ],
        b"",
    );
    assert_eq!(status, 3);
    assert!(
        stdout.is_empty() && stderr.starts_with("error: --date"),
        "{stderr}"
    );
}

#[test]
fn check_file_exits_3_on_invalid_input_and_4_on_io_errors() {
    let path = document_file(
        "doc-bad-utf8",
        b"Children are 38% of victims.\n\xff\xfe more",
    );
    let (status, stdout, stderr) = run(&["check", "--file", path.to_str().unwrap()]);
    assert_eq!(status, 3);
    assert!(stdout.is_empty());
    assert_eq!(
        stderr.trim_end(),
        format!("error: {} is not UTF-8 text (byte 29)", path.display())
    );
    let (status, _, stderr) = run_with_stdin(&["check", "--file", "-"], b"ok \xc3");
    assert_eq!(status, 3);
    assert_eq!(
        stderr.trim_end(),
        "error: <stdin> is not UTF-8 text (byte 3)"
    );
    let (status, stdout, stderr) = run(&["check", "--file", "/no/such/doc.md"]);
    assert_eq!(status, 4);
    assert!(stdout.is_empty());
    assert!(
        stderr.starts_with("error: cannot read /no/such/doc.md"),
        "{stderr}"
    );
    assert_eq!(stderr.trim_end().lines().count(), 1);
    // Options that do not go together.
    for args in [
        &["check", "--format", "jsonl", "a claim"][..],
        &["check", "--reviewer", "X", "--file", "-"],
        &["check", "--file", "-", "a claim"],
        &["check", "--lines", "a claim"],
        &["check", "--json", "--file", "-"],
    ] {
        let (status, _, stderr) = run_with_stdin(args, b"");
        assert_eq!(status, 3, "{args:?}: {stderr}");
        assert!(stderr.starts_with("error: "), "{args:?}: {stderr}");
    }
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn check_lines_answers_every_line_with_its_number() {
    let input = "Children make up 40% of trafficking victims worldwide\n\
                 \n\
                 Over 470m children live in war zones\r\n\
                 There are 195 countries in the world";
    let (status, stdout, stderr) = run_with_stdin(&["check", "--lines"], input.as_bytes());
    assert_eq!(status, 0, "no contradiction: {stderr}");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 4);
    let numbers: Vec<u64> = lines.iter().map(|v| v["line"].as_u64().unwrap()).collect();
    assert_eq!(numbers, [1, 2, 3, 4]);
    assert_eq!(lines[0]["verdict"], "rounded");
    assert_eq!(lines[1]["verdict"], "unverifiable");
    assert_eq!(lines[2]["sentence"], "Over 470m children live in war zones");
    assert_eq!(lines[2]["figure_id"], "children_in_conflict_areas");
    let (s, e) = (
        lines[2]["start"].as_u64().unwrap() as usize,
        lines[2]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&input[s..e], "Over 470m children live in war zones");
    let n = &lines[2]["numbers"][0];
    let (s, e) = (
        n["start"].as_u64().unwrap() as usize,
        n["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&input[s..e], "Over 470m");
    assert_eq!(lines[3]["verdict"], "unverifiable");

    let (status, stdout, _) = run_with_stdin(
        &["check", "--lines"],
        b"Children make up 61% of trafficking victims worldwide\n",
    );
    assert_eq!(status, 1);
    assert_eq!(stdout.lines().count(), 1);
    let (status, stdout, stderr) = run_with_stdin(&["check", "--lines"], b"38%\nbad \xff\n");
    assert_eq!(status, 3);
    assert_eq!(stdout.lines().count(), 1, "the lines before are answered");
    assert_eq!(
        stderr.trim_end(),
        "error: standard input is not UTF-8 text (line 2, byte 8)"
    );
}

#[test]
fn check_lines_streams_and_a_closed_pipe_ends_it_quietly() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_vac-figures"))
        .args(["check", "--lines"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    // An answer comes back before the input ends.
    for k in 1..=3 {
        writeln!(stdin, "Over 470m children live in war zones").unwrap();
        stdin.flush().unwrap();
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["line"], k);
    }
    // The reader goes away; the writer keeps writing.
    drop(stdout);
    let writer = std::thread::spawn(move || {
        for _ in 0..10_000 {
            if writeln!(stdin, "Children make up 40% of trafficking victims").is_err() {
                break;
            }
        }
    });
    let out = child.wait_with_output().expect("it ends");
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn a_closed_pipe_ends_a_document_check_quietly() {
    use std::process::Stdio;
    let path = document_file("doc-pipe", DOCUMENT.repeat(200).as_bytes());
    for format in ["text", "jsonl", "claimreview"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_vac-figures"))
            .args([
                "check",
                "--file",
                path.to_str().unwrap(),
                "--format",
                format,
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("it ends");
        assert_eq!(out.status.code(), Some(0), "{format}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{format}");
    }
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}
