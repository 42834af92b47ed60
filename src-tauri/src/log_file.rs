//! The log a user can send: one rotating file in the app's log folder (`app_log_dir`, on Linux
//! `~/.local/share/<identifier>/logs`), at most [`KEPT`] full files of [`FILE_BYTES`] besides
//! the one being written. It holds the start (version, OS), every command that failed (see
//! `guard`), every panic (message, place, backtrace) and each full simulation run. Logging is
//! done here, in the adapter: the crates below return errors and never log.
//!
//! What goes in is chosen so the file can be sent as it is: file names, error codes and
//! system messages, never what the user typed in the workspace (`AppError::loggable`).

use std::any::Any;
use std::backtrace::Backtrace;
use std::io::{self, Write};
use std::path::Path;

use flexi_logger::writers::FileLogWriter;
use flexi_logger::{
    Cleanup, Criterion, DeferredNow, Duplicate, FileSpec, FlexiLoggerError, Logger, LoggerHandle,
    Naming, Record,
};
use tauri::{AppHandle, Manager};

use crate::error::{AppError, AppResult};
use crate::guard::guarded;

/// The file's name: `touchmap_rCURRENT.log`, rotated to `touchmap_r00000.log`, `…r00001.log`.
pub const BASENAME: &str = "touchmap";
/// A file is rotated once a line takes it past this size (a line is never split).
pub const FILE_BYTES: u64 = 1024 * 1024;
/// Rotated files kept besides the current one; older ones are deleted when a new one is made.
pub const KEPT: usize = 4;
/// Warnings and errors of everything (Tauri logs through the same facade), this crate's
/// information too. The what-if estimate, run on every edit, logs at debug: not kept.
const LEVELS: &str = "warn, touchmap_app=info";

/// The rotating file writer in `dir`, as the app writes it.
pub fn writer(dir: &Path) -> Result<FileLogWriter, FlexiLoggerError> {
    FileLogWriter::builder(
        FileSpec::default()
            .directory(dir)
            .basename(BASENAME)
            .suppress_timestamp(),
    )
    .rotate(
        Criterion::Size(FILE_BYTES),
        Naming::Numbers,
        Cleanup::KeepLogFiles(KEPT),
    )
    // A crash's log is read after a restart: the new session adds to the file, it does not
    // start a new one.
    .append()
    // Rotation is rare and deletes one file; a thread for it is not worth having.
    .cleanup_in_background_thread(false)
    .format(line)
    .try_build()
}

/// Makes the file in `dir` the log of this process (warnings also on stderr, for whoever
/// started the app from a terminal). Logging stops when the handle is dropped.
pub fn start(dir: &Path) -> Result<LoggerHandle, FlexiLoggerError> {
    Logger::try_with_str(LEVELS)?
        .log_to_writer(Box::new(writer(dir)?))
        .duplicate_to_stderr(Duplicate::Warn)
        .start()
}

fn line(out: &mut dyn Write, now: &mut DeferredNow, record: &Record) -> io::Result<()> {
    write!(
        out,
        "{} {:<5} {}",
        now.format_rfc3339(),
        record.level(),
        record.args()
    )
}

/// Starts the log in the app's log folder and writes the first line. Without a log the app
/// still runs: the reason goes to stderr.
pub fn start_for(app: &AppHandle) {
    let started = app
        .path()
        .app_log_dir()
        .map_err(|e| e.to_string())
        .and_then(|dir| start(&dir).map_err(|e| format!("{}: {e}", dir.display())));
    match started {
        Ok(handle) => {
            app.manage(handle);
        }
        Err(error) => eprintln!("Touchmap runs without a log file: {error}"),
    }
    log::info!(
        "Touchmap {} started on {} ({}), WebKit {}",
        app.package_info().version,
        os_name(),
        std::env::consts::ARCH,
        tauri::webview_version().unwrap_or_else(|_| "unknown".into()),
    );
}

/// The system's name as it gives it (`Debian GNU/Linux 12 (bookworm)`), else its family.
fn os_name() -> String {
    let release = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    release
        .lines()
        .find_map(|l| l.strip_prefix("PRETTY_NAME="))
        .map(|name| name.trim_matches('"').to_owned())
        .unwrap_or_else(|| std::env::consts::OS.to_owned())
}

/// Writes every panic to the log (message, place, thread, backtrace) before anything else
/// sees it, then hands it to the hook that was there (Rust's, which prints to stderr).
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let place = info
            .location()
            .map_or_else(|| "an unknown place".to_owned(), ToString::to_string);
        let thread = std::thread::current();
        log::error!(
            "panic on thread {}: {} at {place}\n{}",
            thread.name().unwrap_or("unnamed"),
            panic_message(info.payload()),
            // Panics are rare; a backtrace costs some milliseconds and says where it came from.
            Backtrace::force_capture(),
        );
        log::logger().flush();
        previous(info);
    }));
}

/// What a panic said, for the log and the `crashed` error.
pub fn panic_message(payload: &(dyn Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("a panic without a message")
}

/// Help ▸ Open log folder: shows the folder holding the log in the system's file manager.
/// The folder is decided here; the window cannot name another.
#[tauri::command]
#[specta::specta]
pub async fn open_log_folder(app: AppHandle) -> AppResult<()> {
    guarded(async {
        let dir = app.path().app_log_dir()?;
        let cannot = |e: io::Error| AppError::Internal {
            message: format!("cannot open {} in the file manager: {e}", dir.display()),
        };
        std::fs::create_dir_all(&dir).map_err(cannot)?;
        open::that_detached(&dir).map_err(cannot)
    })
    .await
}

#[cfg(test)]
pub(crate) mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::path::PathBuf;
    use std::sync::OnceLock;

    use flexi_logger::writers::LogWriter;
    use log::Level;

    use super::*;

    /// The process's log for the tests: one per test binary, as in the app, with the panic
    /// hook installed. Returns the file being written.
    pub(crate) fn test_log() -> PathBuf {
        static DIR: OnceLock<(tempfile::TempDir, LoggerHandle)> = OnceLock::new();
        let (dir, _) = DIR.get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let handle = start(dir.path()).unwrap();
            install_panic_hook();
            log::info!("the tests' log");
            (dir, handle)
        });
        dir.path().join(format!("{BASENAME}_rCURRENT.log"))
    }

    /// Reads the test log after flushing it.
    pub(crate) fn read_test_log() -> String {
        let path = test_log();
        log::logger().flush();
        std::fs::read_to_string(path).unwrap()
    }

    fn files_in(dir: &Path) -> Vec<(String, u64)> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let name = e.file_name().to_string_lossy().into_owned();
                (name, e.metadata().unwrap().len())
            })
            .collect();
        files.sort();
        files
    }

    #[test]
    fn the_log_stays_within_its_files_and_sizes_however_much_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let writer = writer(dir.path()).unwrap();
        let text = "x".repeat(1_000);
        let lines = (FILE_BYTES as usize / 1_000) * (KEPT + 3);
        for n in 0..lines {
            let args = format_args!("{n} {text}");
            let record = Record::builder()
                .level(Level::Error)
                .target("touchmap_app")
                .args(args)
                .build();
            writer.write(&mut DeferredNow::new(), &record).unwrap();
        }
        writer.flush().unwrap();
        let files = files_in(dir.path());
        assert_eq!(files.len(), KEPT + 1, "{files:?}");
        assert!(
            files
                .iter()
                .any(|(name, _)| name == "touchmap_rCURRENT.log"),
            "{files:?}"
        );
        // A file is rotated at the first line that takes it past the limit.
        let longest_line = 1_100;
        assert!(
            files
                .iter()
                .all(|(_, len)| *len < FILE_BYTES + longest_line),
            "no file grows past the limit by more than a line: {files:?}"
        );
        assert!(
            files
                .iter()
                .filter(|(name, _)| name != "touchmap_rCURRENT.log")
                .all(|(_, len)| *len > FILE_BYTES - longest_line),
            "a rotated file is full: {files:?}"
        );
        // The newest lines are kept, the oldest dropped.
        let current = std::fs::read_to_string(dir.path().join("touchmap_rCURRENT.log")).unwrap();
        assert!(current.contains(&format!(" {} x", lines - 1)));
        let all: String = files
            .iter()
            .map(|(name, _)| std::fs::read_to_string(dir.path().join(name)).unwrap())
            .collect();
        assert!(
            !all.contains("ERROR 0 x"),
            "the first line was rotated away"
        );
    }

    #[test]
    fn a_panic_is_logged_with_its_message_and_place_before_it_unwinds() {
        test_log();
        let caught = std::panic::catch_unwind(|| panic!("the hook test's own panic"));
        assert!(caught.is_err());
        let log = read_test_log();
        let entry = log
            .split_once("the hook test's own panic")
            .map(|(before, after)| (before.rsplit_once('\n').map_or(before, |(_, l)| l), after))
            .expect("the panic is in the log");
        assert!(entry.0.contains("ERROR panic on thread"), "{}", entry.0);
        assert!(
            entry.1.starts_with(" at src-tauri/src/log_file.rs:"),
            "{}",
            log
        );
    }
}
