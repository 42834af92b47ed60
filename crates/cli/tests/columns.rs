//! The text tables line up with names in Chinese, whose characters take two columns on a
//! terminal: padded by characters, every column after such a name stood out of line.
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design

mod common;

use common::{Dir, ok, s};
use touchmap_engine::columns::width;

/// The rows of the table that starts with the line beginning `header`, header included,
/// up to the first blank line.
fn table<'a>(text: &'a str, header: &str) -> Vec<&'a str> {
    text.lines()
        .skip_while(|l| !l.trim_start().starts_with(header))
        .take_while(|l| !l.trim().is_empty())
        .collect()
}

fn assert_lined_up(rows: &[&str]) {
    assert!(rows.len() > 2, "{rows:#?}");
    let widths: Vec<usize> = rows.iter().map(|r| width(r)).collect();
    assert!(
        widths.iter().all(|&w| w == widths[0]),
        "{widths:?}\n{}",
        rows.join("\n")
    );
}

#[test]
fn tables_of_chinese_names_stood_out_of_line() {
    let dir = Dir::new();
    let (file, json) = (dir.join("zh.touchmap"), dir.join("zh.json"));
    ok(&["new", s(&file), "--sample"]);
    ok(&["export", s(&file), "--json", s(&json)]);
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let names = ["年轻数字用户", "家庭", "高价值客户群", "银发族"];
    for (segment, name) in doc["segments"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .zip(names)
    {
        segment["name"] = name.into();
    }
    std::fs::write(&json, serde_json::to_string(&doc).unwrap()).unwrap();
    ok(&["import", s(&file), s(&json)]);

    let info = ok(&["info", s(&file)]);
    let shares: Vec<&str> = info
        .lines()
        .filter(|l| l.contains("% of customers"))
        .collect();
    assert_eq!(shares.len(), 4, "{info}");
    assert_lined_up(&shares);

    let run = ok(&["simulate", s(&file), "--cases", "500", "--no-save"]);
    assert!(run.contains("银发族"), "{run}");
    assert_lined_up(&table(&run, "Segment"));

    // The saved runs, one of a bundle named in Chinese.
    doc["bundles"][0]["name"] = "家庭三合一".into();
    std::fs::write(&json, serde_json::to_string(&doc).unwrap()).unwrap();
    ok(&["import", s(&file), s(&json)]);
    for scenario in ["as-is", "to-be"] {
        ok(&[
            "simulate",
            s(&file),
            "--cases",
            "500",
            "--scenario",
            scenario,
        ]);
    }
    let runs = ok(&["runs", s(&file)]);
    assert!(
        runs.contains("家庭三合一") && runs.contains("p90 days"),
        "{runs}"
    );
    // Up to the ids, which close each row at their own length.
    let before_ids: Vec<&str> = table(&runs, "when")
        .iter()
        .map(|row| row.rsplit_once("  ").unwrap().0)
        .collect();
    assert_lined_up(&before_ids);
}
