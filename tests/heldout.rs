//! The claim checker on held-out sets written blind: their authors read the report,
//! `datasets/figures.csv` and the verdict rules, not the checker's code nor
//! `tests/claims.rs`. The accuracy of each is printed (overall, per class, and the claims
//! wrongly called supported), with every miss, and held.
//!
//! History, for honesty (each set's README has its own):
//!
//! - `tests/heldout/claims.tsv` (189 claims): the first run of the checker on it, before
//!   anyone looked at it, scored 91.0% (172 of 189). Since then it is no longer blind.
//! - `tests/heldout2/claims.tsv` (195 claims, a quarter built to be unverifiable): first run
//!   82.6% (161 of 195).
//! - `tests/heldout3/claims.tsv` (189 claims, 59% garbled) and `tests/heldout4/claims.tsv`
//!   (171 claims, 63% garbled), written from `tests/claim-set-brief.md`: first run on the
//!   redesigned checker (figures that declare what they count, where and when) 86.8% and
//!   86.5%, with 10 claims each wrongly supported; their READMEs list the first-run numbers
//!   per class and what the misses showed.
//! - `tests/heldout5/claims.tsv` (182 claims), written after those fixes from the same
//!   brief: first run 95.1%, 2 wrongly supported; `tests/heldout6/claims.tsv` (175), written
//!   after the fixes heldout5 prompted: first run 96.0% (garbled classes 95.3%), 2 wrongly
//!   supported. Their READMEs have the per-class tables and what the misses showed.
//!
//! The bars below hold each set at the level reached; a set no longer blind measures
//! nothing new, it guards against going back.

use vac_figures::check::check_claim;

#[test]
fn the_first_held_out_set_is_checked_accurately() {
    check_set("heldout", include_str!("heldout/claims.tsv"), 0.98, 0.0);
}

#[test]
fn the_second_held_out_set_is_checked_accurately() {
    check_set("heldout2", include_str!("heldout2/claims.tsv"), 0.97, 0.0);
}

#[test]
fn the_third_held_out_set_is_checked_accurately() {
    check_set("heldout3", include_str!("heldout3/claims.tsv"), 0.98, 0.0);
}

#[test]
fn the_fourth_held_out_set_is_checked_accurately() {
    check_set("heldout4", include_str!("heldout4/claims.tsv"), 0.98, 0.0);
}

/// Checks every claim of a set, prints the accuracy (overall and per class) and every miss,
/// and holds `min_accuracy` and at most `max_wrong_supported` (a share) of claims wrongly
/// called supported.
fn check_set(name: &str, claims: &str, min_accuracy: f64, max_wrong_supported: f64) {
    let mut lines = claims.lines().enumerate();
    let header = lines.next().map(|(_, l)| l).unwrap_or("");
    let columns = match header {
        "claim\tverdict\tfigure_id\tnote" => 4,
        "claim\tverdict\tfigure_id\tclass\tnote" => 5,
        other => panic!("{name}: unexpected header {other:?}"),
    };
    let (mut total, mut wrong, mut wrong_supported) = (0usize, Vec::new(), 0usize);
    let mut classes: Vec<(String, usize, usize)> = Vec::new();
    for (index, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells.len(), columns, "{name} line {}", index + 1);
        let (claim, verdict, figure) = (cells[0], cells[1], cells[2]);
        let class = if columns == 5 { cells[3] } else { "all" };
        let expected_figure = if figure == "-" { "" } else { figure };
        assert!(
            expected_figure.is_empty() || vac_figures::figure(expected_figure).is_some(),
            "{name} line {}: no figure {expected_figure:?}",
            index + 1
        );
        total += 1;
        let result = check_claim(claim);
        let got_figure = result.figure.map_or("", |f| f.id.as_ref());
        let right = result.verdict.as_str() == verdict && got_figure == expected_figure;
        match classes.iter_mut().find(|(c, _, _)| c == class) {
            Some(entry) => {
                entry.1 += usize::from(right);
                entry.2 += 1;
            }
            None => classes.push((class.to_owned(), usize::from(right), 1)),
        }
        if !right {
            if result.verdict.as_str() == "supported" {
                wrong_supported += 1;
            }
            wrong.push(format!(
                "line {}: {claim:?}\n    expected {verdict} {expected_figure:?}, got {} {got_figure:?} (claimed {:?}; note {:?}) [{}]",
                index + 1,
                result.verdict,
                result.claimed.as_ref().map(|c| c.describe()),
                result.note,
                cells[columns - 1]
            ));
        }
    }
    assert!(total >= 100);
    let accuracy = 1.0 - wrong.len() as f64 / total as f64;
    println!(
        "{name}: held-out claim accuracy {:.1}% ({} of {total}); wrongly supported {wrong_supported}",
        accuracy * 100.0,
        total - wrong.len()
    );
    for (class, right, n) in &classes {
        println!("    {class}: {right} of {n}");
    }
    for w in &wrong {
        println!("MISS {w}");
    }
    assert!(
        accuracy >= min_accuracy,
        "{name}: held-out accuracy {:.1}% below {:.0}%",
        accuracy * 100.0,
        min_accuracy * 100.0
    );
    assert!(
        wrong_supported as f64 <= max_wrong_supported * total as f64,
        "{name}: {wrong_supported} claims wrongly supported"
    );
}

#[test]
fn a_dataset_loaded_from_files_checks_claims_as_the_built_in_one_does() {
    // The figures' words travel with the data (columns of `figures.csv`): a dataset loaded
    // from `datasets/` gives every claim of every set the same verdict, figure and note.
    let loaded = vac_figures::Dataset::from_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/datasets"))
        .expect("datasets/ loads");
    let sets = [
        include_str!("heldout/claims.tsv"),
        include_str!("heldout2/claims.tsv"),
        include_str!("heldout3/claims.tsv"),
        include_str!("heldout4/claims.tsv"),
        include_str!("heldout8/claims.tsv"),
        include_str!("heldout9/claims.tsv"),
        include_str!("heldout10/claims.tsv"),
        include_str!("heldout11/claims.tsv"),
        include_str!("heldout12/claims.tsv"),
        include_str!("heldout13/claims.tsv"),
        include_str!("heldout14/claims.tsv"),
        include_str!("heldout15/claims.tsv"),
        include_str!("heldout16/claims.tsv"),
        include_str!("heldout17/claims.tsv"),
        include_str!("heldout18/claims.tsv"),
        include_str!("heldout19/claims.tsv"),
        include_str!("heldout20/claims.tsv"),
        include_str!("heldout21/claims.tsv"),
        include_str!("heldout22/claims.tsv"),
        include_str!("heldout23/claims.tsv"),
        include_str!("heldout24/claims.tsv"),
        include_str!("heldout25/claims.tsv"),
        include_str!("heldout26/claims.tsv"),
        include_str!("heldout27/claims.tsv"),
        include_str!("heldout28/claims.tsv"),
        include_str!("heldout29/claims.tsv"),
        include_str!("heldout30/claims.tsv"),
        include_str!("heldout31/claims.tsv"),
        include_str!("heldout32/claims.tsv"),
        include_str!("heldout33/claims.tsv"),
        include_str!("heldout34/claims.tsv"),
        include_str!("heldout35/claims.tsv"),
        include_str!("heldout36/claims.tsv"),
        include_str!("heldout37/claims.tsv"),
        include_str!("heldout38/claims.tsv"),
        include_str!("heldout39/claims.tsv"),
        include_str!("heldout40/claims.tsv"),
        include_str!("heldout41/claims.tsv"),
        include_str!("heldout42/claims.tsv"),
        include_str!("heldout43/claims.tsv"),
        include_str!("heldout44/claims.tsv"),
        include_str!("heldout45/claims.tsv"),
        include_str!("heldout46/claims.tsv"),
        include_str!("heldout47/claims.tsv"),
        include_str!("heldout48/claims.tsv"),
        include_str!("heldout49/claims.tsv"),
        include_str!("heldout51/claims.tsv"),
    ];
    let mut n = 0;
    for claim in sets
        .iter()
        .flat_map(|s| s.lines().skip(1))
        .filter_map(|l| l.split('\t').next())
    {
        let built_in = check_claim(claim);
        let from_files = vac_figures::check::check_claim_in(&loaded, claim);
        assert_eq!(
            (
                built_in.verdict,
                built_in.figure.map(|f| f.id.clone()),
                &built_in.note
            ),
            (
                from_files.verdict,
                from_files.figure.map(|f| f.id.clone()),
                &from_files.note
            ),
            "{claim}"
        );
        n += 1;
    }
    assert!(n > 700);
}

#[test]
fn the_fifth_held_out_set_is_checked_accurately() {
    // Written after the last fix; first run 95.1% (173 of 182), 2 wrongly supported: held.
    check_set("heldout5", include_str!("heldout5/claims.tsv"), 0.95, 0.011);
}

#[test]
fn the_sixth_held_out_set_is_checked_accurately() {
    // Written after the fixes heldout5 and documents/set2 prompted; first run 96.0% (168 of
    // 175), 2 wrongly supported: held.
    check_set("heldout6", include_str!("heldout6/claims.tsv"), 0.96, 0.012);
}

#[test]
fn the_seventh_held_out_set_is_checked_accurately() {
    // Written after the fixes heldout6 and documents/set3 prompted; first run 97.1% (170 of
    // 175), 3 wrongly supported. Held.
    check_set("heldout7", include_str!("heldout7/claims.tsv"), 0.97, 0.018);
}

#[test]
fn the_eighth_held_out_set_is_checked_accurately() {
    // Written after the fixes heldout7 and documents/set4 prompted; first run 95.8% (274 of
    // 286), 2 wrongly supported (0.7%). Held.
    check_set(
        "heldout8",
        include_str!("heldout8/claims.tsv"),
        0.958,
        0.007,
    );
}

#[test]
fn the_ninth_held_out_set_is_checked_accurately() {
    // Written after the fixes heldout8 and documents/set5 prompted; first run 94.8% (368 of
    // 388), 9 wrongly supported (2.3%). Held.
    check_set(
        "heldout9",
        include_str!("heldout9/claims.tsv"),
        0.948,
        0.023,
    );
}

#[test]
fn the_tenth_held_out_set_is_checked_accurately() {
    // Written after the fixes heldout9 and documents/set6 prompted; first run 94.8% (383 of
    // 404), 7 wrongly supported (1.7%). Held.
    check_set(
        "heldout10",
        include_str!("heldout10/claims.tsv"),
        0.948,
        0.018,
    );
}

#[test]
fn the_eleventh_held_out_set_is_checked_accurately() {
    // Written after the fixes heldout10 and documents/set7 prompted; first run 96.6% (344
    // of 356), 3 wrongly supported (0.8%). Held.
    check_set(
        "heldout11",
        include_str!("heldout11/claims.tsv"),
        0.966,
        0.009,
    );
}

#[test]
fn the_twelfth_held_out_set_is_checked_accurately() {
    // Written after the last fix (the fixes heldout11 and documents/set8 prompted); first
    // run 95.2% (399 of 419), 1 wrongly supported (0.2%). Held.
    check_set(
        "heldout12",
        include_str!("heldout12/claims.tsv"),
        0.952,
        0.003,
    );
}

#[test]
fn the_thirteenth_held_out_set_is_checked_accurately() {
    // Written after the last fix (the fixes heldout12 and documents/set9 prompted); first
    // run 95.8% (384 of 401), garbled 95.7%, 2 wrongly supported (0.5%). Held.
    check_set(
        "heldout13",
        include_str!("heldout13/claims.tsv"),
        0.957,
        0.005,
    );
}

#[test]
fn the_fourteenth_held_out_set_is_checked_accurately() {
    // Written after the fixes documents/set10 prompted (checker at 1a389ca); first run 97.2%
    // (518 of 533), garbled 96.1%, 1 wrongly supported (0.2%). Held.
    check_set(
        "heldout14",
        include_str!("heldout14/claims.tsv"),
        0.971,
        0.002,
    );
}

#[test]
fn the_fifteenth_held_out_set_is_checked_accurately() {
    // Written after the last fix (the fixes heldout14 and documents/set11 prompted; checker
    // at 3df280f); first run 97.4% (443 of 455), garbled 95.9%, 2 wrongly supported (0.4%).
    // Held.
    check_set(
        "heldout15",
        include_str!("heldout15/claims.tsv"),
        0.973,
        0.0044,
    );
}

#[test]
fn the_sixteenth_held_out_set_is_checked_accurately() {
    // Written after the last fix (the fixes heldout15 and documents/set12 prompted; checker
    // at 9f3a20e); first run 96.4% (507 of 526), garbled 95.5%, 4 wrongly supported (0.8%).
    // Held.
    check_set(
        "heldout16",
        include_str!("heldout16/claims.tsv"),
        0.963,
        0.008,
    );
}

#[test]
fn the_seventeenth_held_out_set_is_checked_accurately() {
    // Written after the last fix (the fixes heldout16 and documents/set13 prompted; checker
    // at 2a667df); first run 98.3% (289 of 294), garbled 97.1%, none wrongly supported.
    // Held.
    check_set(
        "heldout17",
        include_str!("heldout17/claims.tsv"),
        0.982,
        0.0,
    );
}

#[test]
fn the_eighteenth_held_out_set_is_checked_accurately() {
    // Written after the last fix (the fixes heldout17 and documents/set14 prompted; checker
    // at f558b7f); first run 99.4% (312 of 314), garbled 99.0%, none wrongly supported.
    // Held.
    check_set(
        "heldout18",
        include_str!("heldout18/claims.tsv"),
        0.993,
        0.0,
    );
}

#[test]
fn the_nineteenth_held_out_set_is_checked_accurately() {
    // Written after the last fix (the fixes documents/set15 prompted; checker at 916dab4);
    // first run 98.0% (301 of 307), garbled 97.9%, one wrongly supported (0.3%). Held.
    check_set(
        "heldout19",
        include_str!("heldout19/claims.tsv"),
        0.980,
        0.0033,
    );
}

#[test]
fn the_twentieth_held_out_set_is_checked_accurately() {
    // Written after the last fix (the fixes heldout19 and documents/set16 prompted; checker
    // at 5d85681); first run 99.7% (296 of 297), garbled 99.5%, one wrongly supported
    // (0.3%). Held.
    check_set(
        "heldout20",
        include_str!("heldout20/claims.tsv"),
        0.996,
        0.0034,
    );
}

#[test]
fn the_twenty_first_held_out_set_is_checked_accurately() {
    // Written after the fixes documents/set17 prompted (checker at bfa046c); first run
    // 99.6% (227 of 228), garbled 99.4%, none wrongly supported. Held.
    check_set(
        "heldout21",
        include_str!("heldout21/claims.tsv"),
        0.995,
        0.0,
    );
}

#[test]
fn the_twenty_second_held_out_set_is_checked_accurately() {
    // Written after the last fix (the one heldout20 prompted; checker at 734bdc8); first run
    // 99.0% (201 of 203), garbled 98.4%, none wrongly supported. Held.
    check_set(
        "heldout22",
        include_str!("heldout22/claims.tsv"),
        0.990,
        0.0,
    );
}

#[test]
fn the_twenty_third_held_out_set_is_checked_accurately() {
    // Written after the last fix (the one heldout22 prompted; checker at e99c318); first run
    // 98.8% (325 of 329), garbled 98.6%, none wrongly supported. Held.
    check_set(
        "heldout23",
        include_str!("heldout23/claims.tsv"),
        0.988,
        0.0,
    );
}

#[test]
fn the_twenty_fourth_held_out_set_is_checked_accurately() {
    // Written after the fixes heldout23 and documents/set19 prompted (checker at 980b533);
    // first run 99.7% (323 of 324), garbled 99.6%, none wrongly supported. Held.
    check_set(
        "heldout24",
        include_str!("heldout24/claims.tsv"),
        0.996,
        0.0,
    );
}

#[test]
fn the_twenty_fifth_held_out_set_is_checked_accurately() {
    // Written after the fixes heldout24 and documents/set20 prompted (checker at 602d2d0);
    // first run 98.9% (353 of 357), garbled 98.3%, 2 wrongly supported (0.6%). Held.
    check_set(
        "heldout25",
        include_str!("heldout25/claims.tsv"),
        0.988,
        0.006,
    );
}

#[test]
fn the_twenty_sixth_held_out_set_is_checked_accurately() {
    // Written after the last fix (the ones heldout25 and documents/set21 prompted; checker at
    // 606418e); first run 97.4% (296 of 304), garbled 97.0%, 2 wrongly supported (0.7%).
    // Held.
    check_set(
        "heldout26",
        include_str!("heldout26/claims.tsv"),
        0.973,
        0.007,
    );
}

#[test]
fn the_twenty_seventh_held_out_set_is_checked_accurately() {
    // Written after the last fix (the ones documents/set22 prompted; checker at e92c35f);
    // first run 99.3% (276 of 278), garbled 99.0%, none wrongly supported. Held.
    check_set(
        "heldout27",
        include_str!("heldout27/claims.tsv"),
        0.992,
        0.0,
    );
}

#[test]
fn the_twenty_eighth_held_out_set_is_checked_accurately() {
    // Written at e55f2a5 (what the checker decides unchanged since e92c35f, the last fix);
    // first run 99.0% (285 of 288), garbled 98.3%, none wrongly supported. Held.
    check_set(
        "heldout28",
        include_str!("heldout28/claims.tsv"),
        0.989,
        0.0,
    );
}

#[test]
fn the_twenty_ninth_held_out_set_is_checked_accurately() {
    // Written after the last fix (the ones heldout28 and documents/set24 prompted; checker
    // at 621276b); first run 98.0% (299 of 305), garbled 97.5%, one wrongly supported
    // (0.3%). Held.
    check_set(
        "heldout29",
        include_str!("heldout29/claims.tsv"),
        0.980,
        0.0033,
    );
}

#[test]
fn the_thirtieth_held_out_set_is_checked_accurately() {
    // Written at 62b95be (before documents/set26's fixes); first run 98.0% (250 of 255),
    // garbled 97.6%, one wrongly supported (0.4%). Held.
    check_set(
        "heldout30",
        include_str!("heldout30/claims.tsv"),
        0.980,
        0.004,
    );
}

#[test]
fn the_thirty_first_held_out_set_is_checked_accurately() {
    // Written at daab879 (after heldout30's fixes); first run 99.0% (294 of 297), garbled
    // 98.6%, none wrongly supported. Held.
    check_set(
        "heldout31",
        include_str!("heldout31/claims.tsv"),
        0.989,
        0.0,
    );
}

#[test]
fn the_thirty_second_held_out_set_is_checked_accurately() {
    // Written at 6d13377 (after the fixes heldout31, set27 and set28 prompted); first run
    // 99.4% (356 of 358), garbled 99.2%, none wrongly supported. Held.
    check_set(
        "heldout32",
        include_str!("heldout32/claims.tsv"),
        0.994,
        0.0,
    );
}

#[test]
fn the_thirty_third_held_out_set_is_checked_accurately() {
    // Written at a674c6c (after the fixes heldout32, set29 and set30 prompted); first run
    // 98.9% (362 of 366), garbled 99.2%, none wrongly supported. Held.
    check_set(
        "heldout33",
        include_str!("heldout33/claims.tsv"),
        0.989,
        0.0,
    );
}

#[test]
fn the_thirty_fourth_held_out_set_is_checked_accurately() {
    // Written at 8acd965 (after heldout33's fixes); first run 97.9% (370 of 378), garbled
    // 98.5%, two wrongly supported (0.5%). Held.
    check_set(
        "heldout34",
        include_str!("heldout34/claims.tsv"),
        0.978,
        0.0053,
    );
}

#[test]
fn the_thirty_fifth_held_out_set_is_checked_accurately() {
    // Written at f27cd6e (after set32's fixes); first run 99.7% (348 of 349), garbled 99.6%,
    // none wrongly supported. Held.
    check_set(
        "heldout35",
        include_str!("heldout35/claims.tsv"),
        0.997,
        0.0,
    );
}

#[test]
fn the_fortieth_held_out_set_is_checked_accurately() {
    // Written at b4072f2 (after heldout39's and set38's fixes); first run 99.5% (212 of 213),
    // garbled 100%, none wrongly supported. Held.
    check_set(
        "heldout40",
        include_str!("heldout40/claims.tsv"),
        0.995,
        0.0,
    );
}

#[test]
fn the_thirty_ninth_held_out_set_is_checked_accurately() {
    // Written at e802da4 (after heldout38's and set37's fixes); first run 99.2% (248 of 250),
    // garbled 98.8%, none wrongly supported. Held.
    check_set(
        "heldout39",
        include_str!("heldout39/claims.tsv"),
        0.992,
        0.0,
    );
}

#[test]
fn the_thirty_eighth_held_out_set_is_checked_accurately() {
    // Written at e91e009 (after heldout37's and set36's fixes); first run 99.5% (366 of 368),
    // garbled 99.2%, one wrongly supported (0.3%). Held.
    check_set(
        "heldout38",
        include_str!("heldout38/claims.tsv"),
        0.995,
        0.0028,
    );
}

#[test]
fn the_thirty_seventh_held_out_set_is_checked_accurately() {
    // Written at 4b27f70 (after set35's fixes); first run 97.9% (285 of 291), garbled 98.9%,
    // none wrongly supported. Held.
    check_set(
        "heldout37",
        include_str!("heldout37/claims.tsv"),
        0.979,
        0.0,
    );
}

#[test]
fn the_thirty_sixth_held_out_set_is_checked_accurately() {
    // Written at 2451b2d (after heldout34's and set33's fixes); first run 99.7% (335 of 336),
    // garbled 99.6%, none wrongly supported. Held.
    check_set(
        "heldout36",
        include_str!("heldout36/claims.tsv"),
        0.997,
        0.0,
    );
}

#[test]
fn the_forty_first_held_out_set_is_checked_accurately() {
    // Written at f923049 (after heldout40's and set39's fixes); first run 99.1% (344 of 347),
    // garbled 98.7% (231 of 234), one wrongly supported (0.3%: "recruited by their parents"
    // for the share recruited by a family member). Held as it stands after their fixes.
    check_set(
        "heldout41",
        include_str!("heldout41/claims.tsv"),
        0.997,
        0.0,
    );
}

#[test]
fn the_forty_second_held_out_set_is_checked_accurately() {
    // Written at 669d65b (after heldout41's and set40's fixes); first run 100% (294 of 294),
    // garbled 100% (179 of 179), none wrongly supported. Held.
    check_set("heldout42", include_str!("heldout42/claims.tsv"), 1.0, 0.0);
}

#[test]
fn the_forty_third_held_out_set_is_checked_accurately() {
    // Written at d156f84 (after set41's fixes); first run 98.4% (304 of 309), garbled 99.5%
    // (202 of 203), two wrongly supported (0.6%: "40 pathfinding projects", "1.7 million
    // reports"). Held as it stands after its fixes.
    check_set(
        "heldout43",
        include_str!("heldout43/claims.tsv"),
        0.997,
        0.0,
    );
}

#[test]
fn the_forty_fourth_held_out_set_is_checked_accurately() {
    // Written at 56e667d (after heldout43's and set42's fixes); first run 99.2% (355 of 358),
    // garbled 98.8% (240 of 243), none wrongly supported. Held as it stands after its fixes.
    check_set(
        "heldout44",
        include_str!("heldout44/claims.tsv"),
        0.997,
        0.0,
    );
}

#[test]
fn the_forty_fifth_held_out_set_is_checked_accurately() {
    // Written at 400d158 (after heldout44's fixes, the last of the eighth session); first run
    // 99.7% (335 of 336), garbled 99.6% (239 of 240), one wrongly supported (0.3%: "child
    // helplines in only 83 countries", a count of the countries whose helplines gave
    // evidence; unverifiable since, in the ninth session). Held as it stands: 336 of 336.
    check_set("heldout45", include_str!("heldout45/claims.tsv"), 1.0, 0.0);
}

#[test]
fn the_forty_sixth_held_out_set_is_checked_accurately() {
    // Written blind during the ninth session, opened after its last fix (4f864c2); first run
    // 99.3% (271 of 273), garbled 99.3% (145 of 146), none wrongly supported. Held.
    check_set(
        "heldout46",
        include_str!("heldout46/claims.tsv"),
        0.992,
        0.0,
    );
}

#[test]
fn the_forty_seventh_held_out_set_is_checked_accurately() {
    // Written blind in the tenth session, after the last fix that changed a verdict
    // (4f864c2; the checker's outputs at 1c6f24a are the same); first run 99.4% (329 of 331),
    // garbled 99.0% (192 of 194), one wrongly supported (0.3%: "Human trafficking generates
    // US$236 billion a year in illegal profits", the forced-labour figure; unverifiable since
    // the figure's excludes name human trafficking). Held as it stands: 330 of 331.
    check_set(
        "heldout47",
        include_str!("heldout47/claims.tsv"),
        0.996,
        0.0,
    );
}

#[test]
fn the_forty_eighth_held_out_set_is_checked_accurately() {
    // Written blind in the tenth session after its last fix (e9f7dad); first run 99.7% (333
    // of 334), garbled 100% (208 of 208), one wrongly supported (0.3%: "over 90 Member
    // States" for the report's "more than 100", a looser bound, rounded). Held.
    check_set(
        "heldout48",
        include_str!("heldout48/claims.tsv"),
        0.997,
        0.003,
    );
}

#[test]
fn the_forty_ninth_held_out_set_is_checked_accurately() {
    // Written blind in the twelfth session after its last fix that changed a verdict
    // (ad73b3a), by a helper that saw only the report, figures.csv, the rules and the brief;
    // first run 100% (261 of 261), garbled 100% (173 of 173), none wrongly supported. Held.
    check_set("heldout49", include_str!("heldout49/claims.tsv"), 1.0, 0.0);
}

#[test]
fn the_fifty_first_held_out_set_is_checked_accurately() {
    // Written blind in the thirteenth session after its first fix (7158ff4), by a helper
    // that saw only the report, figures.csv, the rules and the brief; first run at 7158ff4
    // 99.6% (258 of 259), garbled 99.4% (175 of 176), none wrongly supported. Held.
    check_set(
        "heldout51",
        include_str!("heldout51/claims.tsv"),
        0.996,
        0.0,
    );
}

#[test]
fn the_fifty_second_held_out_set_is_checked_accurately() {
    // Written blind in the thirteenth session after its last fix that changed a verdict
    // (694b276), by a helper that saw only the report, figures.csv, the rules and the brief;
    // first run 100% (229 of 229), garbled 100% (145 of 145), none wrongly supported. Held.
    check_set("heldout52", include_str!("heldout52/claims.tsv"), 1.0, 0.0);
}
