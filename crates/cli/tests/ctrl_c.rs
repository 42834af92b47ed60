//! Ctrl-C on a long run: the command stops cleanly, says so, leaves no output file and exits
//! with 130. The test sends a real SIGINT to the built binary once it listens for it.
#![cfg(target_os = "linux")] // reads /proc to know when the handler is installed
#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{Dir, ok, s, spawn};

/// How a run interrupted by Ctrl-C ended.
struct Interrupted {
    code: Option<i32>,
    stderr: String,
    /// From the SIGINT to the process's end.
    took: Duration,
}

/// Whether process `pid` catches SIGINT (signal 2: bit 1 of the SigCgt mask in /proc).
fn catches_sigint(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("SigCgt:"))
        .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
        .is_some_and(|mask| mask & 0b10 != 0)
}

/// Starts touchmap with `args`, waits until it catches SIGINT and has worked a little
/// longer (into the engine's run), sends it SIGINT and waits for it to end.
fn interrupted(args: &[&str]) -> Interrupted {
    let mut child = spawn(args);
    let started = Instant::now();
    while !catches_sigint(child.id()) {
        assert!(
            child.try_wait().unwrap().is_none(),
            "touchmap {args:?} ended before it listened for Ctrl-C"
        );
        assert!(started.elapsed() < Duration::from_secs(30), "no handler");
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "touchmap {args:?} ended before the Ctrl-C: the run is too short for the test"
    );
    let kill = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let sent = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if sent.elapsed() > Duration::from_secs(30) {
            child.kill().unwrap();
            panic!("touchmap {args:?} went on after Ctrl-C");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let took = sent.elapsed();
    let output = child.wait_with_output().unwrap();
    Interrupted {
        code: output.status.code(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        took,
    }
}

/// A new sample workspace in `dir`.
fn sample(dir: &Dir) -> std::path::PathBuf {
    let file = dir.join("s.touchmap");
    ok(&["new", s(&file), "--sample"]);
    file
}

fn saved_runs(file: &Path) -> usize {
    let runs: serde_json::Value = serde_json::from_str(&ok(&["runs", s(file), "--json"])).unwrap();
    runs.as_array().unwrap().len()
}

fn assert_cancelled(run: &Interrupted) {
    assert_eq!(run.code, Some(130), "exit code; stderr: {}", run.stderr);
    assert!(
        run.stderr.contains("cancelled (Ctrl-C)"),
        "stderr: {}",
        run.stderr
    );
    // The engine looks at the flag every few hundred events: a cancel is not a wait for
    // the end of a replication of a 1,000,000-case run.
    assert!(run.took < Duration::from_secs(5), "took {:?}", run.took);
}

#[test]
fn ctrl_c_stops_simulate_with_code_130_leaving_no_event_log_and_no_saved_run() {
    let dir = Dir::new();
    let file = sample(&dir);
    let runs = saved_runs(&file);
    for log in ["events.csv", "events.xes"] {
        let log = dir.join(log);
        let run = interrupted(&[
            "simulate",
            s(&file),
            "--bundle",
            "Home triple-play",
            "--cases",
            "1000000",
            "--log",
            s(&log),
        ]);
        assert_cancelled(&run);
        let left: Vec<_> = std::fs::read_dir(dir.0.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|name| !name.to_string_lossy().starts_with("s.touchmap"))
            .collect();
        assert!(left.is_empty(), "no log, whole or partial: {left:?}");
    }
    assert_eq!(saved_runs(&file), runs, "a cancelled run is not saved");
}

#[test]
fn ctrl_c_stops_improve_with_code_130_and_says_it_was_cancelled() {
    let dir = Dir::new();
    let file = sample(&dir);
    let run = interrupted(&[
        "improve",
        s(&file),
        "--bundle",
        "Home triple-play",
        "--kpi",
        "p90-cycle",
        "--cases",
        "1000000",
    ]);
    assert_cancelled(&run);
}
