//! Logged runs: replications in parallel, each writing its own part of the log, appended
//! in replication order — the log and the results are those of the replications run one
//! after the other, at the speed of an unlogged run.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Condvar, Mutex, mpsc};

use super::engine::Stop;
use crate::log::{EventSink, LogPart};
use crate::stats::acc::RepAcc;

/// One replication with the sink it logs to.
pub(crate) type Simulate<'a> =
    dyn Fn(u32, Option<&mut dyn EventSink>) -> Result<RepAcc, Stop> + Sync + 'a;

/// Parts a worker may run ahead of the part being appended, per worker: enough to keep
/// every thread busy while a slow replication finishes, few enough that the memory of the
/// waiting parts stays a few replications' logs.
const AHEAD_PER_WORKER: u32 = 2;

/// Runs replications `0..reps` on `threads` threads, appending each one's log part to
/// `sink` in order (`parts` are empty parts of it, one per replication). Stops at the first
/// replication that fails: the results are those appended, in order, the failure last.
pub(crate) fn run_in_parts(
    reps: u32,
    threads: usize,
    sink: &mut dyn EventSink,
    parts: Vec<Box<dyn LogPart>>,
    simulate: &Simulate<'_>,
) -> Vec<Result<RepAcc, Stop>> {
    let threads = threads.clamp(1, reps.max(1) as usize);
    let window = AHEAD_PER_WORKER * threads as u32;
    let parts: Vec<Mutex<Option<Box<dyn LogPart>>>> =
        parts.into_iter().map(|p| Mutex::new(Some(p))).collect();
    let next = AtomicU32::new(0);
    let failed = AtomicBool::new(false);
    // How many parts have been appended, and the signal that it moved.
    let appended = (Mutex::new(0u32), Condvar::new());
    let (tx, rx) = mpsc::channel::<(u32, Result<(RepAcc, Vec<u8>), Stop>)>();
    let mut out = Vec::with_capacity(reps as usize);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (parts, next, failed, appended) = (&parts, &next, &failed, &appended);
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    if i >= reps || failed.load(Ordering::SeqCst) {
                        break;
                    }
                    {
                        let (count, moved) = appended;
                        let mut done = count.lock().unwrap_or_else(|e| e.into_inner());
                        while i >= *done + window && !failed.load(Ordering::SeqCst) {
                            done = moved.wait(done).unwrap_or_else(|e| e.into_inner());
                        }
                    }
                    let part = parts[i as usize]
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .take();
                    let result = match part {
                        Some(mut part) => simulate(i, Some(&mut *part)).and_then(|acc| {
                            part.into_bytes()
                                .map(|bytes| (acc, bytes))
                                .map_err(Stop::Log)
                        }),
                        None => simulate(i, None).map(|acc| (acc, Vec::new())),
                    };
                    if result.is_err() {
                        failed.store(true, Ordering::SeqCst);
                        appended.1.notify_all();
                    }
                    if tx.send((i, result)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut waiting = BTreeMap::new();
        let mut stopped = false;
        for (i, result) in rx {
            waiting.insert(i, result);
            while !stopped {
                let Some(result) = waiting.remove(&(out.len() as u32)) else {
                    break;
                };
                let result = result
                    .and_then(|(acc, bytes)| sink.append(bytes).map(|()| acc).map_err(Stop::Log));
                stopped = result.is_err();
                if stopped {
                    failed.store(true, Ordering::SeqCst);
                }
                out.push(result);
                let (count, moved) = &appended;
                *count.lock().unwrap_or_else(|e| e.into_inner()) = out.len() as u32;
                moved.notify_all();
            }
        }
    });
    out
}
