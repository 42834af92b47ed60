//! Running the `touchmap` binary as a user would, for the CLI test binaries.
#![allow(dead_code)] // each test binary uses a different part of these helpers
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub fn touchmap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_touchmap"))
        .args(args)
        .output()
        .unwrap()
}

/// Runs touchmap, which must succeed; its standard output.
pub fn ok(args: &[&str]) -> String {
    let output = touchmap(args);
    assert!(
        output.status.success(),
        "touchmap {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Runs touchmap, which must fail; its standard error.
pub fn fails(args: &[&str]) -> String {
    let output = touchmap(args);
    assert!(
        !output.status.success(),
        "touchmap {args:?} should have failed"
    );
    String::from_utf8(output.stderr).unwrap()
}

pub fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Starts touchmap with `args` in the background, its output ignored and its error output
/// kept for the test to read.
pub fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_touchmap"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// How a bounded run ended: its exit code (`None`: killed by a signal) and error output.
pub struct Outcome {
    pub code: Option<i32>,
    pub stderr: String,
}

/// Runs touchmap, killing it and failing the test if it runs longer than `limit`: a hang
/// fails one test, not the whole CI run.
pub fn bounded(args: &[&str], limit: Duration) -> Outcome {
    let mut child = spawn(args);
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            child.kill().unwrap();
            panic!("touchmap {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().unwrap();
    Outcome {
        code: output.status.code(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A temporary folder for one test's files.
pub struct Dir(pub tempfile::TempDir);

impl Dir {
    pub fn new() -> Dir {
        Dir(tempfile::tempdir().unwrap())
    }
    pub fn join(&self, name: &str) -> PathBuf {
        self.0.path().join(name)
    }
}

/// What in `value` the committed `docs/{schema}` refuses.
pub fn schema_errors(schema: &str, value: &serde_json::Value) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../docs")
        .join(schema);
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    validator
        .iter_errors(value)
        .map(|e| e.to_string())
        .collect()
}

/// A fresh sample workspace, and a `touchmap` run against its triple-play bundle.
pub fn on_sample_bundle(dir: &Dir, command: &str, extra: &[&str]) -> String {
    let file = dir.join("s.touchmap");
    if !file.exists() {
        ok(&["new", s(&file), "--sample"]);
    }
    let mut args = vec![command, s(&file), "--bundle", "Home triple-play"];
    args.extend_from_slice(extra);
    ok(&args)
}

pub fn kpi<'a>(kpis: &'a serde_json::Value, kind: &str) -> &'a serde_json::Value {
    kpis.as_array()
        .unwrap()
        .iter()
        .find(|k| k["kind"] == kind)
        .unwrap()
}

/// A number written with a sign although it reads as zero ("-0.00", "−0", "-0%").
pub fn minus_zeros(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || "[](),*".contains(c))
        .filter(|t| {
            let digits = t.trim_start_matches(['-', '\u{2212}']);
            digits.len() < t.len() && digits.trim_end_matches('%').parse::<f64>() == Ok(0.0)
        })
        .collect()
}
