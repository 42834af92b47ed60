//! The CLI's errors: each names the file or field it is about.

use std::path::PathBuf;

use touchmap_model::Problem;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Store(#[from] touchmap_store::Error),
    #[error(transparent)]
    Workbench(#[from] touchmap_workbench::Error),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a valid Touchmap workspace export:\n{}", list(.problems))]
    InvalidDocument {
        path: PathBuf,
        problems: Vec<Problem>,
    },
    #[error("{0}")]
    Usage(String),
    #[error("{context}: {message}")]
    Engine { context: String, message: String },
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
}

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  - {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

pub type Result<T> = std::result::Result<T, CliError>;

pub fn read(path: &std::path::Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| CliError::Io {
        path: path.into(),
        source,
    })
}

pub fn write(path: &std::path::Path, text: &str) -> Result<()> {
    std::fs::write(path, text).map_err(|source| CliError::Io {
        path: path.into(),
        source,
    })
}
