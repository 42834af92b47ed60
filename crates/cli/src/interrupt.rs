//! Ctrl-C during long work (`simulate`, `compare`, `improve`, `report`): the engine's cancel
//! flag is set, the run stops at its next check (within milliseconds), the command leaves
//! no output file behind and the process exits with [`EXIT_CODE`].
//!
//! Only those commands install the handler ([`crate::Command::runs_the_engine`]): the
//! others never look at the flag and keep the default Ctrl-C, which ends the process.

use std::sync::atomic::{AtomicBool, Ordering};

/// The exit code of a command stopped by Ctrl-C: 128 + SIGINT, what a shell reports for a
/// process that SIGINT ended, so scripts tell it from a failure.
pub const EXIT_CODE: u8 = 130;

/// What `touchmap --help` says of Ctrl-C.
pub const HELP: &str = "Ctrl-C stops simulate, compare, improve and report cleanly: nothing \
                        is printed, saved or written, and the exit code is 130.";

static CANCEL: AtomicBool = AtomicBool::new(false);

/// Makes Ctrl-C set [`cancel`]. A second Ctrl-C ends the process at once, in case what
/// runs does not look at the flag (a staged output file, `NAME.partial.EXT`, may then be left).
pub fn install() -> Result<(), ctrlc::Error> {
    ctrlc::set_handler(|| {
        if CANCEL.swap(true, Ordering::Relaxed) {
            std::process::exit(i32::from(EXIT_CODE));
        }
    })
}

/// The flag Ctrl-C sets, to pass to the engine (and the PDF writer) as their cancel.
pub fn cancel() -> &'static AtomicBool {
    &CANCEL
}
