//! The workspace file under kill -9, a second process and hostile inputs: every file opens
//! without help and holds either the old or the new content; a reader is never told a
//! healthy file is damaged; a bad input is refused at once, naming where.
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{bounded, ok, s, touchmap};

/// Runs touchmap expecting a refusal (exit code 1) within 10 s; its error output.
fn refused(args: &[&str]) -> String {
    let outcome = bounded(args, Duration::from_secs(10));
    assert_eq!(
        outcome.code,
        Some(1),
        "touchmap {args:?}: {}",
        outcome.stderr
    );
    outcome.stderr
}

/// A sample workspace and its export, in a fresh folder.
fn sample(dir: &Path) -> (PathBuf, serde_json::Value) {
    let (file, json) = (dir.join("w.touchmap"), dir.join("w.json"));
    ok(&["new", s(&file), "--sample"]);
    ok(&["export", s(&file), "--json", s(&json)]);
    let export = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    (file, export)
}

/// Imports `export` (edited) into a copy of `file`; the error and whether the file changed.
fn import_refusal(dir: &Path, file: &Path, text: &str) -> (String, bool) {
    let input = dir.join("edited.json");
    std::fs::write(&input, text).unwrap();
    let before = std::fs::read(file).unwrap();
    let message = refused(&["import", s(file), s(&input)]);
    (message, std::fs::read(file).unwrap() != before)
}

#[test]
fn an_import_with_a_title_of_one_nul_is_refused_before_the_file_is_touched() {
    let dir = tempfile::tempdir().unwrap();
    let (file, mut export) = sample(dir.path());
    export["steps"][3]["title"] = serde_json::json!("\u{0}");
    let (message, changed) = import_refusal(dir.path(), &file, &export.to_string());
    assert!(message.contains("steps[3].title"), "{message}");
    assert!(!changed);
    assert!(!Path::new(&format!("{}-journal", file.display())).exists());
}

#[test]
fn an_unknown_key_in_an_activation_model_is_refused_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let (file, mut export) = sample(dir.path());
    export["scenarios"][0]["order"]["nodes"][1]["colour"] = serde_json::json!("red");
    let (message, changed) = import_refusal(dir.path(), &file, &export.to_string());
    assert!(
        message.contains("scenarios[0].order.nodes[1]") && message.contains("colour"),
        "{message}"
    );
    assert!(!changed);
    let model = dir.path().join("model.flow.json");
    let bundle = export["bundles"][0]["name"].as_str().unwrap().to_owned();
    ok(&["export", s(&file), "--flow", s(&model), "--bundle", &bundle]);
    let mut flow: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&model).unwrap()).unwrap();
    flow["resources"][0]["shifts"] = serde_json::json!(3);
    std::fs::write(&model, flow.to_string()).unwrap();
    let message = refused(&["simulate", "--model", s(&model), "--cases", "10"]);
    assert!(message.contains("resources[0].shifts"), "{message}");
}

#[test]
fn an_integer_of_two_to_the_63_is_refused_not_turned_into_a_float() {
    let dir = tempfile::tempdir().unwrap();
    let (file, mut export) = sample(dir.path());
    export["stages"][1]["position"] = serde_json::json!(9_223_372_036_854_775_808_u64);
    let (message, changed) = import_refusal(dir.path(), &file, &export.to_string());
    assert!(message.contains("stages[1].position"), "{message}");
    assert!(message.contains("too large"), "{message}");
    assert!(!changed);
}

#[test]
fn a_fifo_or_dev_zero_given_as_input_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (file, _) = sample(dir.path());
    let fifo = dir.path().join("pipe.json");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for input in [s(&fifo), "/dev/zero"] {
        let message = refused(&["import", s(&file), input]);
        assert!(message.contains("not a regular file"), "{message}");
        let message = refused(&["simulate", "--model", input]);
        assert!(message.contains("not a regular file"), "{message}");
    }
    let message = refused(&["info", s(&fifo)]);
    assert!(message.contains("pipe.json") && message.contains("not a regular file"));
}

#[test]
fn an_input_larger_than_the_limit_is_refused_while_reading() {
    let dir = tempfile::tempdir().unwrap();
    let (file, _) = sample(dir.path());
    let big = dir.path().join("big.json");
    let handle = std::fs::File::create(&big).unwrap();
    handle.set_len(65 * 1024 * 1024).unwrap(); // sparse: no disk used
    let message = refused(&["import", s(&file), s(&big)]);
    assert!(message.contains("larger than 64 MB"), "{message}");
}

/// A document of the sample with `extra` more steps, to make an import last long enough
/// to be killed in the middle.
fn bigger(export: &serde_json::Value, extra: usize) -> serde_json::Value {
    let mut bigger = export.clone();
    let template = export["steps"][0].clone();
    let steps = bigger["steps"].as_array_mut().unwrap();
    for i in 0..extra {
        let mut step = template.clone();
        step["id"] = serde_json::json!(format!("extra-{i}"));
        step["position"] = serde_json::json!(1000 + i);
        step["description"] = serde_json::json!("x".repeat(400));
        steps.push(step);
    }
    bigger
}

/// xorshift64*: reproducible "random" moments without a dependency.
fn next(state: &mut u64) -> u64 {
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    state.wrapping_mul(0x2545_F491_4F6C_DD1D)
}

#[test]
fn kill_9_during_import_leaves_a_file_that_opens_with_the_old_or_the_new_content() {
    const KILLS: usize = 50;
    let dir = tempfile::tempdir().unwrap();
    let (original, export) = sample(dir.path());
    let new_content = dir.path().join("new.json");
    std::fs::write(&new_content, bigger(&export, 3_000).to_string()).unwrap();
    // The two exports a file may give back: before and after the import.
    let export_of = |file: &Path| {
        let out = dir.path().join("check.json");
        ok(&["export", s(file), "--json", s(&out)]);
        std::fs::read_to_string(&out).unwrap()
    };
    let old_text = export_of(&original);
    let imported = dir.path().join("imported.touchmap");
    std::fs::copy(&original, &imported).unwrap();
    let started = Instant::now();
    ok(&["import", s(&imported), s(&new_content)]);
    let import_time = started.elapsed();
    let new_text = export_of(&imported);
    assert_ne!(old_text, new_text);

    let (mut state, mut old_seen, mut new_seen) = (0x5EED_u64, 0, 0);
    for kill in 0..KILLS {
        let file = dir.path().join(format!("kill-{kill}.touchmap"));
        std::fs::copy(&original, &file).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_touchmap"))
            .args(["import", s(&file), s(&new_content)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Anywhere from start-up to a little after the import would have ended.
        let moment = import_time.mul_f64((next(&mut state) % 1_000) as f64 / 800.0);
        std::thread::sleep(moment);
        let _ = child.kill(); // SIGKILL; it may have finished already
        child.wait().unwrap();
        let text = export_of(&file);
        if text == old_text {
            old_seen += 1;
        } else if text == new_text {
            new_seen += 1;
        } else {
            panic!("kill {kill} after {moment:?} left content that is neither old nor new");
        }
        std::fs::remove_file(&file).unwrap();
    }
    eprintln!(
        "{KILLS} kills during a {import_time:?} import: {old_seen} files hold the old content, \
         {new_seen} the new, none anything else"
    );
    assert!(old_seen > 0, "no kill landed before the import committed");
}

#[test]
fn reads_while_another_process_imports_never_call_the_file_damaged() {
    const READS: usize = 200;
    let dir = tempfile::tempdir().unwrap();
    let (file, export) = sample(dir.path());
    let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
    std::fs::write(&a, export.to_string()).unwrap();
    std::fs::write(&b, bigger(&export, 200).to_string()).unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = std::thread::spawn({
        let (file, stop) = (file.clone(), stop.clone());
        move || {
            let mut imports = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let input = if imports % 2 == 0 { &b } else { &a };
                ok(&["import", s(&file), s(input)]);
                imports += 1;
                // A breath between imports, as between a person's saves: the reads are to
                // overlap the writes, not to queue behind an endless stream of them.
                std::thread::sleep(Duration::from_millis(30));
            }
            imports
        }
    });
    let mut failures = Vec::new();
    for read in 0..READS {
        let command: &[&str] = if read % 2 == 0 {
            &["info", s(&file), "--json"]
        } else {
            &["runs", s(&file), "--json"]
        };
        let output = touchmap(command);
        if !output.status.success() {
            failures.push(String::from_utf8_lossy(&output.stderr).into_owned());
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let imports = writer.join().unwrap();
    eprintln!(
        "{READS} reads during {imports} imports: {} failed",
        failures.len()
    );
    assert!(
        imports >= 10,
        "the reads did not overlap the writes ({imports} imports)"
    );
    assert!(failures.is_empty(), "{failures:#?}");
}
