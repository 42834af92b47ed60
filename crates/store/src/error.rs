//! What can go wrong with a workspace, in words a user can act on.

use std::path::PathBuf;

use touchmap_model::Problem;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path} is not a Touchmap workspace{detail}")]
    NotAWorkspace { path: PathBuf, detail: String },
    #[error("{path} is damaged and cannot be opened: {detail}")]
    Corrupt { path: PathBuf, detail: String },
    #[error(
        "{path} was saved by a newer Touchmap (format {found}; this version reads up to {supported}); it was left untouched"
    )]
    NewerVersion {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// SQLite could not open or read a file that may well be healthy (permissions, locks).
    #[error(
        "{path} could not be opened: {detail}. Check that the file can be read and written, and that no other program holds it locked"
    )]
    Unopenable { path: PathBuf, detail: String },
    #[error("{path} does not exist")]
    Missing { path: PathBuf },
    #[error("{path} already exists")]
    AlreadyExists { path: PathBuf },
    #[error("invalid input: {}", join(.0))]
    Invalid(Vec<Problem>),
    #[error("no {kind} has id {id:?}")]
    NotFound { kind: &'static str, id: String },
    #[error("{0}")]
    InUse(String),
    #[error("file error on {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data could not be read: {0}")]
    Stored(#[from] serde_json::Error),
}

fn join(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl Error {
    pub(crate) fn invalid(path: impl Into<String>, message: impl Into<String>) -> Error {
        Error::Invalid(vec![Problem {
            path: path.into(),
            message: message.into(),
        }])
    }
}
