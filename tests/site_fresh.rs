//! The committed figures explorer, `site/index.html`, is exactly what `vac_figures::html::page`
//! renders from the built-in data; and the page is complete, self-contained and escaped. When
//! the first test fails, run `cargo run --example write_site --features html` and commit the
//! result.
#![cfg(feature = "html")]

use std::path::Path;

use vac_figures::html::{self, PageOptions};
use vac_figures::{Dataset, ids};

fn builtin_page() -> String {
    html::page(Dataset::builtin()).expect("render")
}

#[test]
fn committed_site_is_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("site/index.html");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == builtin_page(),
        "site/index.html is stale; run `cargo run --example write_site --features html` and commit"
    );
}

#[test]
fn every_figure_footnote_and_source_has_its_anchor() {
    let page = builtin_page();
    let data = Dataset::builtin();
    for f in data.figures() {
        assert_eq!(
            page.matches(&format!(r#"id="{}""#, f.id)).count(),
            1,
            "figure {}",
            f.id
        );
        assert!(page.contains(&format!(r##"href="#{}""##, f.id)), "{}", f.id);
        assert!(page.contains(&format!(r#"id="cite-{}""#, f.id)), "{}", f.id);
    }
    for n in data.footnotes() {
        assert!(page.contains(&format!(r#"id="footnote-{}""#, n.number)));
    }
    for s in data.sources() {
        assert!(page.contains(&format!(r#"id="source-{}""#, s.id)));
        assert!(page.contains(&format!(r#"id="bibtex-{}""#, s.id)));
    }
    let figures = data.figures().len();
    assert_eq!(page.matches(r#"<li class="figure""#).count(), figures);
    assert_eq!(page.matches("Copy citation").count(), figures);
}

#[test]
fn the_page_loads_nothing_from_the_network() {
    let page = builtin_page().to_ascii_lowercase();
    for needle in [
        "<script src",
        " src=",
        "<link",
        "@import",
        "url(",
        "<img",
        "<iframe",
        "<object",
        "<embed",
        "srcset",
        "@font-face",
        "xlink:href",
    ] {
        assert!(!page.contains(needle), "the page contains {needle:?}");
    }
    assert!(page.contains("content-security-policy\" content=\"default-src 'none'"));
    // Every <script> is inline.
    assert_eq!(page.matches("<script").count(), 1);
    assert!(page.contains("<script>\n"));
}

#[test]
fn the_page_shows_the_report_version_quotes_footnotes_and_reviews() {
    let page = builtin_page();
    let data = Dataset::builtin();
    assert!(page.contains(&format!(
        r#"<span id="data-version">{}</span>"#,
        vac_figures::DATA_VERSION
    )));
    assert!(page.contains(&format!(
        "vac-figures {}, data version {}",
        env!("CARGO_PKG_VERSION"),
        vac_figures::DATA_VERSION
    )));
    // The number is marked in its quote (text escaped as the template escapes it).
    assert!(page.contains("“According to UNICEF, <mark>over 473 million</mark> children"));
    // Footnote URLs are live links; footnote 6's `www.` address gets its scheme.
    assert!(page.contains(
        r#"<a href="https:&#x2f;&#x2f;www.ohchr.org&#x2f;en&#x2f;treaty-bodies&#x2f;crc&#x2f;general-comments">"#
    ));
    // The review of the figure, from the dataset.
    let fig = ids::CHILDREN_IN_CONFLICT_AREAS_ONE_IN;
    let review = data.review_of(fig).expect("reviewed");
    let at = page
        .find(r#"id="children_in_conflict_areas_one_in""#)
        .expect("entry");
    let entry = &page[at..at + page[at..].find("</article>").expect("end")];
    assert!(entry.contains("Differs from its source"));
    assert!(entry.contains("qualifier"));
    assert!(!review.finding.is_empty());
    // Charts inline.
    assert_eq!(page.matches("<svg").count(), 3);
    // Data links relative to the committed page.
    assert!(page.contains(r#"href="..&#x2f;datasets&#x2f;figures.csv""#));
    assert!(page.contains(r#"href="..&#x2f;datasets&#x2f;sources.bib""#));
}

#[test]
fn a_page_of_an_edited_dataset_shows_the_edit_escaped() {
    let mut figures = vac_figures::figures().to_vec();
    let edited = figures
        .iter_mut()
        .find(|f| f.id == ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS.id)
        .expect("present");
    edited.measure = r#"<script>alert("x")</script> & 'quoted' <b>&"x"</b>"#.into();
    edited.quote = format!("<i>Edited</i> & \"quoted\": {}", edited.quote).into();
    let data = Dataset::new(
        figures,
        vac_figures::footnotes().to_vec(),
        vac_figures::sources().to_vec(),
    )
    .expect("valid")
    .with_reviews(Vec::new())
    .expect("no reviews");
    let mut report = vac_figures::report().clone();
    report.title = "An <edited> report & co".into();
    let data = data.with_report(report);
    let page = html::page(&data).expect("render");
    assert!(!page.contains("<script>alert"));
    assert!(!page.contains("<b>&"));
    assert!(page.contains(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;&#x2f;script&gt; &amp; &#x27;quoted&#x27; \
         &lt;b&gt;&amp;&quot;x&quot;&lt;&#x2f;b&gt;"
    ));
    assert!(page.contains("“&lt;i&gt;Edited&lt;&#x2f;i&gt; &amp; &quot;quoted&quot;: "));
    assert!(page.contains("An &lt;edited&gt; report &amp; co"));
    // Its own reviews (none) and no claim to be the built-in data.
    assert!(!page.contains("badge-confirmed\""));
    assert_eq!(
        page.matches(r#"data-review="not_reviewed""#).count(),
        vac_figures::figures().len()
    );
    assert!(page.contains("built from an edited dataset"));
    assert!(!page.contains(r#"<span id="data-version">1.1.0</span>"#));
}

#[test]
fn the_export_writes_the_page_beside_the_data_files() {
    let files = html::export_files(Dataset::builtin()).expect("export");
    let names: Vec<&str> = files.iter().map(|(n, _)| *n).collect();
    assert_eq!(names[0], "index.html");
    for name in ["figures.csv", "figures.json", "sources.bib", "README.md"] {
        assert!(names.contains(&name), "{name}");
    }
    let page = std::str::from_utf8(&files[0].1).expect("UTF-8");
    assert!(page.contains(r#"href=".&#x2f;figures.csv""#));
    assert!(!page.contains("..&#x2f;datasets"));
    let other =
        html::page_with(Dataset::builtin(), &PageOptions { data_base: "data/" }).expect("render");
    assert!(other.contains(r#"href="data&#x2f;reviews.csv""#));
}

/// `vac-figures export --format html`, on the built-in data and on an edited CSV dataset.
#[cfg(feature = "cli")]
#[test]
fn the_cli_writes_the_page_of_the_dataset_it_is_given() {
    use std::process::Command;
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_vac-figures"))
            .args(args)
            .output()
            .expect("the binary runs");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let root = std::env::temp_dir().join(format!("vac-figures-site-{}", std::process::id()));
    let (csv, site) = (root.join("csv"), root.join("site"));
    let _ = std::fs::remove_dir_all(&root);
    run(&[
        "export",
        "--format",
        "csv",
        "--out",
        csv.to_str().expect("UTF-8"),
    ]);
    // Edit one measure as a person would in a spreadsheet: read the table, change a cell,
    // write it back.
    let mut reader = csv::Reader::from_path(csv.join("figures.csv")).expect("figures.csv");
    let headers = reader.headers().expect("header").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (id, measure) = (column("id"), column("measure"));
    let mut rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let row = rows
        .iter_mut()
        .find(|r| r[id] == ids::CHILDREN_IN_CONFLICT_AREAS.id)
        .expect("the figure's row");
    *row = row
        .iter()
        .enumerate()
        .map(|(i, cell)| if i == measure { r#"<b>&"x"</b>"# } else { cell })
        .collect();
    let mut writer = csv::Writer::from_path(csv.join("figures.csv")).expect("write");
    writer.write_record(&headers).expect("header");
    for row in &rows {
        writer.write_record(row).expect("row");
    }
    writer.flush().expect("flush");
    let stdout = run(&[
        "--data",
        csv.to_str().expect("UTF-8"),
        "export",
        "--format",
        "html",
        "--out",
        site.to_str().expect("UTF-8"),
    ]);
    assert!(stdout.contains("index.html"), "{stdout}");
    let page = std::fs::read_to_string(site.join("index.html")).expect("index.html");
    assert!(page.contains("&lt;b&gt;&amp;&quot;x&quot;&lt;&#x2f;b&gt;"));
    assert!(!page.contains(r#"<b>&"x"</b>"#));
    assert!(page.contains("built from an edited dataset"));
    for name in ["figures.csv", "sources.bib", "datapackage.json"] {
        assert!(site.join(name).is_file(), "{name} beside the page");
    }
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_dataset_without_a_charted_figure_gets_its_page_without_charts() {
    let figures: Vec<_> = vac_figures::figures()
        .iter()
        .filter(|f| f.id != ids::CHILDREN_SHARE_OF_DETECTED_VICTIMS.id)
        .cloned()
        .collect();
    let data = Dataset::new(
        figures,
        vac_figures::footnotes().to_vec(),
        vac_figures::sources().to_vec(),
    )
    .expect("valid");
    let page = html::page(&data).expect("render");
    assert!(!page.contains("<svg"));
    assert!(page.contains(r#"id="charts-missing""#));
    assert!(page.contains("<code>children_share_of_detected_victims</code>"));
    assert_eq!(
        page.matches(r#"<li class="figure""#).count(),
        vac_figures::figures().len() - 1
    );
}
