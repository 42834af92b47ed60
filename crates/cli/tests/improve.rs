//! `touchmap improve`, the improvement finder, run as a user would run it.
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design

mod common;

use common::{Dir, fails, kpi, minus_zeros, ok, on_sample_bundle, s, schema_errors};

/// `improve` on the sample's as-is, ranked on p90 time to activation.
fn improve_as_is(dir: &Dir, extra: &[&str]) -> String {
    let args = ["--scenario", "as-is", "--kpi", "p90-cycle"];
    on_sample_bundle(dir, "improve", &[&args[..], extra].concat())
}

#[test]
fn improve_ranks_the_sample_s_changes_by_their_effect_on_p90_time_to_activation() {
    let dir = Dir::new();
    let found: serde_json::Value =
        serde_json::from_str(&improve_as_is(&dir, &["--cases", "2000", "--json"])).unwrap();
    assert_eq!(
        (&found["objective"], &found["cases"], &found["segmentId"]),
        (&"p90Cycle".into(), &2000.into(), &serde_json::Value::Null)
    );
    let errors = schema_errors("findings.schema.json", &found);
    assert!(errors.is_empty(), "{errors:?}");
    let findings = found["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 10, "--top defaults to ten");
    let effect = |f: &serde_json::Value, field: &str| f["effect"][field].as_f64().unwrap();
    for (i, f) in findings.iter().enumerate() {
        assert_eq!(f["rank"], i + 1);
        let (low, diff, high) = (effect(f, "ciLow"), effect(f, "diff"), effect(f, "ciHigh"));
        assert!(low <= diff && diff <= high, "{f}");
    }
    let diffs: Vec<f64> = findings.iter().map(|f| effect(f, "diff")).collect();
    assert!(diffs.is_sorted(), "best (most negative) first: {diffs:?}");
    let top = &findings[0];
    assert!(
        effect(top, "diff") < 0.0
            && effect(top, "ciHigh") < 0.0
            && top["effect"]["significant"] == true,
        "the best change shortens the p90 for sure: {top}"
    );

    // The same run as text: the same rows, each marked as the app marks it when its
    // interval takes in no change (the table had no such mark).
    let table = improve_as_is(&dir, &["--cases", "2000"]);
    for header in [
        "Improvements of Home triple-play — scenario as-is — ranked on All segments",
        "Objective: p90 time to activation, ",
        " days as it is (lower is better)",
        "2000 cases, seed 1, ",
        &format!("{} candidates tried", found["candidates"]),
    ] {
        assert!(table.contains(header), "{header} in {table}");
    }
    let rows: Vec<&str> = table
        .lines()
        .skip_while(|l| !l.trim_start().starts_with("rank"))
        .skip(1)
        .collect();
    assert_eq!(rows.len(), 10, "{table}");
    for (i, row) in rows.iter().enumerate() {
        assert!(
            row.trim_start().starts_with(&format!("{} ", i + 1)),
            "{row}"
        );
        let significant = findings[i]["effect"]["significant"] == true;
        assert!(row.contains(" days"), "{row}");
        if significant {
            assert!(row.ends_with('%'), "{row}");
        } else {
            assert!(row.ends_with("%  not significant"), "{row}");
        }
    }
    assert!(
        findings.iter().any(|f| f["effect"]["significant"] == false),
        "the sample's top ten at 2000 cases has changes that move nothing for sure"
    );
    assert_eq!(minus_zeros(&table), Vec::<&str>::new(), "{table}");
}

#[test]
fn improve_on_a_segment_ranks_on_that_segment_s_p90() {
    let dir = Dir::new();
    let table = improve_as_is(
        &dir,
        &["--segment", "Senior", "--cases", "1000", "--top", "3"],
    );
    assert!(table.contains("ranked on Senior"), "{table}");
    // The baseline is the segment's p90 in a plain run with the same cases and seed.
    let run: serde_json::Value = serde_json::from_str(&on_sample_bundle(
        &dir,
        "simulate",
        &[
            "--scenario",
            "as-is",
            "--cases",
            "1000",
            "--json",
            "--no-save",
        ],
    ))
    .unwrap();
    let p90 = |group: &serde_json::Value| {
        kpi(&group["kpis"], "cycleDays")["p90"]["value"]
            .as_f64()
            .unwrap()
    };
    let senior = run["segments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["name"] == "Senior")
        .unwrap();
    let (segment, overall) = (p90(senior), p90(&run["overall"]));
    assert!(
        format!("{segment:.2}") != format!("{overall:.2}"),
        "the test tells the segment from the mix"
    );
    assert!(
        table.contains(&format!(
            "p90 time to activation, {segment:.2} days as it is"
        )),
        "{segment:.2} in {table}"
    );
}

#[test]
fn improve_names_an_unknown_kpi_scenario_segment_or_bundle_with_the_valid_ones() {
    let dir = Dir::new();
    let file = dir.join("s.touchmap");
    ok(&["new", s(&file), "--sample"]);
    let improve = |extra: &[&str]| fails(&[&["improve", s(&file)], extra].concat());
    let message = improve(&["--kpi", "speed"]);
    assert!(
        message.contains("\"speed\"")
            && message.contains("p90-cycle, contacts, visits, abandonment, cost"),
        "{message}"
    );
    let on_bundle = ["--bundle", "Home triple-play", "--kpi", "contacts"];
    let message = improve(&[&on_bundle[..], &["--scenario", "dream"]].concat());
    assert!(
        message.contains("\"dream\"") && message.contains("[\"as-is\", \"to-be\"]"),
        "{message}"
    );
    let message = improve(&[&on_bundle[..], &["--segment", "Martians"]].concat());
    assert!(
        message.contains("\"Martians\"") && message.contains("Senior"),
        "{message}"
    );
    let message = improve(&["--bundle", "Quad play", "--kpi", "contacts"]);
    assert!(
        message.contains("Quad play") && message.contains("Home triple-play"),
        "{message}"
    );
    // The sample has no prices: there is no cost to lower, said before anything runs.
    let message = improve(&["--bundle", "Home triple-play", "--kpi", "cost"]);
    assert!(message.contains("has no prices"), "{message}");
}
