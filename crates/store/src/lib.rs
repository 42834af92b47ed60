//! The Touchmap workspace file: one SQLite database per client.
//!
//! Why SQLite: a consultant keeps one portable file per client, and every
//! edit must be atomic and durable. The file is opened through
//! [`Workspace::open`], which first probes it (is it a regular file, is it
//! SQLite, is it ours and only ours, is it newer than us, is it intact) so a
//! refused file is never touched, then applies the embedded migrations.
//!
//! Every user edit is a list of [`Change`]s applied in one `BEGIN IMMEDIATE`
//! transaction. The store records, in the same transaction, the changes that
//! undo it, so undo and redo survive a restart of the app.

mod changes;
mod connection;
mod error;
mod feed;
mod history;
pub mod preferences;
mod runs;
pub mod sample;
mod schema;
mod staging;
mod tables;
mod transaction;
mod upgrade;
mod workspace;

pub use changes::Change;
pub use error::{Error, Result};
pub use feed::{Feed, FeedEntry};
pub use history::HistoryState;
pub use runs::{RunHeadline, SavedRun};
pub use workspace::{Applied, Workspace};

/// `PRAGMA application_id` of every Touchmap workspace ('TMAP').
pub const APPLICATION_ID: i64 = 0x544D_4150;
/// The file extension of a workspace.
pub const EXTENSION: &str = "touchmap";
