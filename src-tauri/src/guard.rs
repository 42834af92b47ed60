//! The command boundary. Every command's body runs under [`guarded`]: a failure is logged once,
//! with the command's name, and a panic becomes [`AppError::Crashed`].
//!
//! Why each command calls it rather than one wrapper around Tauri's invoke handler: Tauri runs
//! an async command as a task of its own and answers the window from inside that task. A
//! panic there ends the task without an answer, so the window waits on that call for ever
//! (a run that never finishes, a view that never loads), and nothing outside the task can see
//! that it ended. Only code inside the task can turn the panic into an answer.

use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::pin;
use std::task::Poll;

use crate::error::{AppError, AppResult};
use crate::log_file::panic_message;

/// Runs a command's body; its error, or a panic turned into `crashed`, is logged and returned.
pub async fn guarded<T, F>(body: F) -> AppResult<T>
where
    F: Future<Output = AppResult<T>>,
{
    let command = command_name::<F>();
    // A release build has no injected panic, so the block only awaits the body there.
    #[cfg_attr(not(debug_assertions), allow(clippy::redundant_async_block))]
    let body = async {
        #[cfg(debug_assertions)]
        injected_panic(command);
        body.await
    };
    let outcome = match unwinding(body).await {
        Ok(outcome) => outcome,
        Err(payload) => Err(AppError::Crashed {
            message: format!(
                "{command} stopped on an internal error: {}",
                panic_message(&*payload)
            ),
        }),
    };
    if let Err(error) = &outcome {
        match error {
            AppError::Cancelled { .. } => log::info!("{command}: cancelled"),
            AppError::Crashed { .. } => log::error!("{command} failed: {}", error.loggable()),
            _ => log::warn!("{command} failed: {}", error.loggable()),
        }
    }
    outcome
}

/// Polls `body`, catching a panic in any poll. What the body held when it panicked (a lock,
/// a transaction) is dropped with it, and those undo themselves on drop (a tokio lock is
/// released, an unfinished transaction rolled back), so nothing half-done is seen again:
/// hence `AssertUnwindSafe`.
async fn unwinding<F: Future>(body: F) -> std::thread::Result<F::Output> {
    let mut body = pin!(body);
    std::future::poll_fn(
        |cx| match catch_unwind(AssertUnwindSafe(|| body.as_mut().poll(cx))) {
            Ok(Poll::Ready(output)) => Poll::Ready(Ok(output)),
            Ok(Poll::Pending) => Poll::Pending,
            Err(payload) => Poll::Ready(Err(payload)),
        },
    )
    .await
}

/// The command a body belongs to, from the body's type name
/// (`touchmap_app::runs::open_run::{{closure}}::{{closure}}` → `open_run`), so the name is
/// not written a second time beside each command. For the log only.
fn command_name<F>() -> &'static str {
    let path = std::any::type_name::<F>();
    let path = path.split("::{{closure}}").next().unwrap_or(path);
    path.rsplit("::").next().unwrap_or(path)
}

/// Debug builds only: `TOUCHMAP_E2E_PANIC=<command>` makes that command panic, so the
/// end-to-end tests can watch a real panic reach the window and the log.
#[cfg(debug_assertions)]
fn injected_panic(command: &str) {
    if std::env::var_os("TOUCHMAP_E2E_PANIC").is_some_and(|asked| asked == command) {
        panic!("TOUCHMAP_E2E_PANIC asked {command} to panic");
    }
}

/// Runs `work` (a simulation, a drawing) on a blocking thread so the window stays responsive.
/// A panic there is logged by the panic hook on that thread and raised again here, where the
/// command's [`guarded`] turns it into `crashed`.
pub async fn blocking<T, W>(work: W) -> AppResult<T>
where
    T: Send + 'static,
    W: FnOnce() -> T + Send + 'static,
{
    match tauri::async_runtime::spawn_blocking(work).await {
        Ok(value) => Ok(value),
        Err(tauri::Error::JoinError(join)) if join.is_panic() => {
            std::panic::resume_unwind(join.into_panic())
        }
        Err(error) => Err(error.into()),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use tauri::async_runtime::block_on;

    use super::*;
    use crate::log_file::tests::read_test_log;

    fn crash_message<T: std::fmt::Debug>(outcome: AppResult<T>) -> String {
        match outcome {
            Err(AppError::Crashed { message }) => message,
            other => panic!("expected crashed, got {other:?}"),
        }
    }

    /// The bug: a panic inside a command ended Tauri's task without an answer, and the
    /// window waited on the call for ever.
    #[test]
    fn a_panic_in_a_command_is_answered_as_crashed_and_logged_instead_of_never_answered() {
        read_test_log();
        let outcome = block_on(guarded(async {
            let parts: Vec<u32> = Vec::new();
            if parts.is_empty() {
                panic!("the guard test's panic in a command");
            }
            Ok(parts[0])
        }));
        let message = crash_message(outcome);
        assert_eq!(
            message,
            "a_panic_in_a_command_is_answered_as_crashed_and_logged_instead_of_never_answered \
             stopped on an internal error: the guard test's panic in a command"
        );
        let log = read_test_log();
        assert!(
            log.contains("the guard test's panic in a command at src-tauri/src/guard.rs:"),
            "the hook logged the panic and where: {log}"
        );
        assert!(
            log.contains(&format!(
                "ERROR a_panic_in_a_command_is_answered_as_crashed_and_logged_instead_of_never_answered \
                 failed: crashed: {message}"
            )),
            "the guard logged the failed command: {log}"
        );
    }

    #[test]
    fn a_panic_on_the_blocking_thread_of_a_command_is_answered_as_crashed() {
        read_test_log();
        let outcome = block_on(guarded(async {
            blocking(|| -> u32 { panic!("the guard test's panic on a blocking thread") }).await
        }));
        assert!(crash_message(outcome).ends_with(
            "stopped on an internal error: the guard test's panic on a blocking thread"
        ));
        assert!(
            read_test_log()
                .contains("the guard test's panic on a blocking thread at src-tauri/src/guard.rs:")
        );
    }

    #[test]
    fn a_command_that_fails_is_logged_with_its_code_and_file_but_not_the_users_words() {
        read_test_log();
        let missing = block_on(guarded(async {
            Err::<(), _>(AppError::Missing {
                message: "/tmp/guard-test/Client A.touchmap does not exist".into(),
            })
        }));
        assert!(matches!(missing, Err(AppError::Missing { .. })));
        let invalid = block_on(guarded(async {
            Err::<(), _>(AppError::Invalid {
                message: "invalid input: the segment name \"Guard test secret\" is taken".into(),
                problems: vec![touchmap_model::Problem {
                    path: "segments[0].name".into(),
                    message: "\"Guard test secret\" is taken".into(),
                }],
            })
        }));
        assert!(matches!(invalid, Err(AppError::Invalid { .. })));
        let log = read_test_log();
        assert!(log.contains(
            "WARN  a_command_that_fails_is_logged_with_its_code_and_file_but_not_the_users_words \
             failed: missing: /tmp/guard-test/Client A.touchmap does not exist"
        ));
        assert!(log.contains("failed: invalid: 1 problem"));
        assert!(!log.contains("Guard test secret"), "{log}");
    }

    #[test]
    fn a_command_that_succeeds_is_not_logged() {
        let value = block_on(guarded(async {
            Ok::<_, AppError>("the guard test's quiet command")
        }));
        assert_eq!(value.unwrap(), "the guard test's quiet command");
        assert!(!read_test_log().contains("a_command_that_succeeds_is_not_logged"));
    }
}
