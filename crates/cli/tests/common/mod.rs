//! Running the `touchmap` binary as a user would, for the CLI test binaries.
#![allow(dead_code)] // each test binary uses a different part of these helpers
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design

use std::path::Path;
use std::process::{Command, Output, Stdio};
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

/// How a bounded run ended: its exit code (`None`: killed by a signal) and error output.
pub struct Outcome {
    pub code: Option<i32>,
    pub stderr: String,
}

/// Runs touchmap, killing it and failing the test if it runs longer than `limit`: a hang
/// fails one test, not the whole CI run.
pub fn bounded(args: &[&str], limit: Duration) -> Outcome {
    let mut child = Command::new(env!("CARGO_BIN_EXE_touchmap"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
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
