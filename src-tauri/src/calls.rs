//! The long calls under way (simulations, comparisons, the improvement finder, report
//! exports), each cancellable on its own by the id its caller chose: `cancel_call(id)` stops
//! that call and no other, so a what-if estimate and the finder can run side by side.
//! Their progress goes back through the channel each call was given, never app-wide.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use tauri::State;

use crate::error::{AppError, AppResult};
use crate::guard::guarded;
use crate::state::AppState;

/// The cancel flags of the calls under way, by the id their caller gave.
#[derive(Debug, Default)]
pub struct LiveCalls {
    flags: Mutex<HashMap<String, Arc<AtomicBool>>>,
}

impl LiveCalls {
    fn flags(&self) -> MutexGuard<'_, HashMap<String, Arc<AtomicBool>>> {
        // The map is consistent after any panic (each step is one insert or remove).
        self.flags
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Registers the call `id` until the returned guard is dropped, on every path out of the
    /// command (success, error, panic). An id already under way is refused: cancelling it
    /// would stop two calls.
    pub fn start(&self, id: &str) -> AppResult<LiveCall<'_>> {
        let cancel = Arc::new(AtomicBool::new(false));
        let mut flags = self.flags();
        if flags.contains_key(id) {
            return Err(AppError::Invalid {
                message: format!("the call id {id} is already under way"),
                problems: Vec::new(),
            });
        }
        flags.insert(id.to_owned(), Arc::clone(&cancel));
        Ok(LiveCall {
            calls: self,
            id: id.to_owned(),
            cancel,
        })
    }

    /// Asks the call `id` to stop; it then fails with `cancelled`. A call that has already
    /// ended (or never started) has nothing to stop: a cancel that crosses the end is normal.
    pub fn cancel(&self, id: &str) {
        if let Some(flag) = self.flags().get(id) {
            flag.store(true, Ordering::Relaxed);
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.flags().len()
    }
}

/// A call under way; dropping it ends its registration.
#[derive(Debug)]
pub struct LiveCall<'a> {
    calls: &'a LiveCalls,
    id: String,
    cancel: Arc<AtomicBool>,
}

impl LiveCall<'_> {
    /// The flag the work checks, for the thread it runs on.
    pub fn cancel_flag(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.cancel)
    }
}

impl Drop for LiveCall<'_> {
    fn drop(&mut self) {
        self.calls.flags().remove(&self.id);
    }
}

/// Asks the long call `call_id` (a simulation, comparison, improvement search or report
/// export), if still under way, to stop; it then fails with `cancelled`.
#[tauri::command]
#[specta::specta]
pub async fn cancel_call(state: State<'_, AppState>, call_id: String) -> AppResult<()> {
    guarded(async {
        state.calls.cancel(&call_id);
        Ok(())
    })
    .await
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use tauri::async_runtime::block_on;

    use super::*;

    /// The bug this replaced: one shared flag, so cancelling the finder cancelled the what-if
    /// estimate running beside it, and arming one cleared the other's cancellation.
    #[test]
    fn two_calls_under_way_are_cancelled_independently_and_unregistered_when_they_end() {
        let calls = LiveCalls::default();
        let finder = calls.start("finder").unwrap();
        let estimate = calls.start("estimate").unwrap();
        assert_eq!(calls.len(), 2);

        calls.cancel("finder");
        assert!(finder.cancel_flag().load(Ordering::Relaxed));
        assert!(!estimate.cancel_flag().load(Ordering::Relaxed));

        let again = calls.start("again").unwrap();
        assert!(
            finder.cancel_flag().load(Ordering::Relaxed),
            "a new call does not clear an earlier one's cancellation"
        );
        drop(again);

        calls.cancel("estimate");
        assert!(estimate.cancel_flag().load(Ordering::Relaxed));
        drop(finder);
        drop(estimate);
        assert_eq!(calls.len(), 0);

        calls.cancel("estimate");
        assert_eq!(calls.len(), 0, "a late cancel registers nothing");
    }

    #[test]
    fn a_call_id_under_way_is_refused_and_free_again_once_that_call_ends() {
        let calls = LiveCalls::default();
        let first = calls.start("same").unwrap();
        assert!(matches!(calls.start("same"), Err(AppError::Invalid { .. })));
        drop(first);
        assert!(calls.start("same").is_ok());
    }

    /// A command that fails (or panics) after registering still leaves the registry empty.
    #[test]
    fn a_call_that_fails_or_panics_is_unregistered() {
        let calls = LiveCalls::default();
        let failed = block_on(guarded(async {
            let live = calls.start("fails")?;
            let flag = live.cancel_flag();
            crate::guard::blocking(move || flag.load(Ordering::Relaxed)).await?;
            Err::<(), _>(AppError::Engine {
                message: "the calls test's failure".into(),
            })
        }));
        assert!(matches!(failed, Err(AppError::Engine { .. })));
        let crashed = block_on(guarded(async {
            let _live = calls.start("panics")?;
            crate::guard::blocking(|| -> AppResult<()> { panic!("the calls test's panic") }).await?
        }));
        assert!(matches!(crashed, Err(AppError::Crashed { .. })));
        assert_eq!(calls.len(), 0);
    }
}
