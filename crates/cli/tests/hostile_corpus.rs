//! Replays the hostile-file corpus (`tests/hostile`, written by its `make.py`): every file
//! is refused or handled with 0 panics, 0 hangs and 0 changed bytes, and every refusal
//! names the file.
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{Outcome, bounded, s};

const TIMEOUT: Duration = Duration::from_secs(30);

fn touchmap(args: &[&str]) -> Outcome {
    bounded(args, TIMEOUT)
}

fn corpus(suffix: &str) -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile");
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no {suffix} files in tests/hostile");
    files
}

fn folder_listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Asserts a refusal: exit code 1 (101 is a panic), no panic text, the file named.
fn assert_refused(outcome: &Outcome, file: &Path, what: &str) {
    let name = file.file_name().unwrap().to_string_lossy();
    assert_eq!(outcome.code, Some(1), "{what}: {}", outcome.stderr);
    assert!(
        !outcome.stderr.contains("panicked"),
        "{what}: {}",
        outcome.stderr
    );
    assert!(
        outcome.stderr.contains(&*name),
        "{what}: the message does not name {name}: {}",
        outcome.stderr
    );
}

#[test]
fn every_hostile_workspace_file_is_refused_untouched_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let valid_export = dir.path().join("valid.json");
    let fresh = dir.path().join("fresh.touchmap");
    let ok = |args: &[&str]| assert_eq!(touchmap(args).code, Some(0), "{args:?}");
    ok(&["new", s(&fresh)]);
    ok(&["export", s(&fresh), "--json", s(&valid_export)]);
    let out = dir.path().join("out.json");
    let mut runs = 0;
    for original in corpus(".touchmap") {
        let file = dir.path().join(original.file_name().unwrap());
        std::fs::copy(&original, &file).unwrap();
        let before = std::fs::read(&file).unwrap();
        let listing = folder_listing(dir.path());
        let commands: [&[&str]; 5] = [
            &["info", s(&file)],
            &["export", s(&file), "--json", s(&out)],
            &["runs", s(&file)],
            &["import", s(&file), s(&valid_export)],
            &["simulate", s(&file), "--bundle", "any", "--no-save"],
        ];
        for args in commands {
            let what = format!("touchmap {}", args.join(" "));
            assert_refused(&touchmap(args), &file, &what);
            assert!(
                std::fs::read(&file).unwrap() == before,
                "{what} changed the file"
            );
            assert_eq!(
                folder_listing(dir.path()),
                listing,
                "{what} left files behind"
            );
            runs += 1;
        }
        std::fs::remove_file(&file).unwrap();
    }
    eprintln!("{runs} runs on hostile workspace files: all refused, 0 panics, 0 changed bytes");
}

#[test]
fn every_hostile_export_is_refused_without_touching_the_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = dir.path().join("client.touchmap");
    assert_eq!(touchmap(&["new", s(&workspace)]).code, Some(0));
    let before = std::fs::read(&workspace).unwrap();
    let mut runs = 0;
    for input in corpus(".workspace.json") {
        let what = format!("touchmap import client.touchmap {}", input.display());
        assert_refused(
            &touchmap(&["import", s(&workspace), s(&input)]),
            &input,
            &what,
        );
        assert!(
            std::fs::read(&workspace).unwrap() == before,
            "{what} changed it"
        );
        runs += 1;
    }
    eprintln!("{runs} hostile imports: all refused, 0 panics, 0 changed bytes");
}

#[test]
fn every_hostile_flow_model_ends_refused_or_simulated_within_bounds() {
    let (mut refused, mut simulated) = (0, 0);
    for model in corpus(".flow.json") {
        let args = ["simulate", "--model", s(&model), "--cases", "200"];
        let what = format!("touchmap {}", args.join(" "));
        let outcome = touchmap(&args);
        if model.ends_with("valid.flow.json") {
            assert_eq!(outcome.code, Some(0), "{what}: {}", outcome.stderr);
        }
        match outcome.code {
            Some(0) => simulated += 1,
            _ => {
                assert_refused(&outcome, &model, &what);
                refused += 1;
            }
        }
    }
    eprintln!("hostile flow models: {refused} refused, {simulated} simulated, 0 panics, 0 hangs");
    assert_eq!(simulated, 1, "only valid.flow.json may simulate");
}
