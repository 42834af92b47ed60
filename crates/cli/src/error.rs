//! The CLI's errors: each names the file or field it is about.

use std::io::Read;
use std::path::{Path, PathBuf};

use touchmap_model::Problem;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Store(#[from] touchmap_store::Error),
    #[error(transparent)]
    Workbench(touchmap_workbench::Error),
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
    /// `--kpi` names no objective of the improvement finder.
    #[error("no KPI is called {kpi:?}; the KPIs are {}", kpi_keys())]
    UnknownKpi { kpi: String },
    #[error("{context}: {message}")]
    Engine { context: String, message: String },
    /// Ctrl-C stopped the work before anything was written.
    #[error("cancelled (Ctrl-C): no result was printed, saved or written")]
    Cancelled,
    #[error("cannot watch for Ctrl-C: {0}")]
    CtrlC(#[from] ctrlc::Error),
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// An error met while working on a workspace file whose message did not name it.
    #[error("{path}: {message}{hint}")]
    InFile {
        path: PathBuf,
        message: String,
        hint: &'static str,
    },
}

impl From<touchmap_workbench::Error> for CliError {
    fn from(error: touchmap_workbench::Error) -> CliError {
        match error {
            touchmap_workbench::Error::Cancelled => CliError::Cancelled,
            error => CliError::Workbench(error),
        }
    }
}

impl CliError {
    /// This error, naming the workspace or model `file` it happened on (and saying what to do) if
    /// its message does not already.
    pub fn naming(self, file: &Path) -> CliError {
        // Errors about other files (an input, an output) name those already.
        if !matches!(
            self,
            CliError::Store(_) | CliError::Workbench(_) | CliError::Engine { .. }
        ) {
            return self;
        }
        let message = self.to_string();
        if message.contains(&file.display().to_string()) {
            return self;
        }
        let store = match &self {
            CliError::Store(error)
            | CliError::Workbench(touchmap_workbench::Error::Store(error)) => Some(error),
            _ => None,
        };
        use touchmap_store::Error as E;
        let hint = match store {
            Some(E::Database(_) | E::Migrate(_)) => {
                ". If another program is writing the file, try again when it is done; \
                 otherwise open a backup copy"
            }
            Some(E::Stored(_)) => {
                ". Its content was changed outside Touchmap: open a backup copy, or import an \
                 export into a new workspace"
            }
            Some(E::Invalid(_)) => ". Nothing was changed",
            _ => "",
        };
        CliError::InFile {
            path: file.into(),
            message,
            hint,
        }
    }
}

/// The improvement finder's objectives as `--kpi` takes them: "p90-cycle, contacts, …".
pub fn kpi_keys() -> String {
    touchmap_engine::improve::Objective::ALL
        .map(|o| o.key())
        .join(", ")
}

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  - {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

pub type Result<T> = std::result::Result<T, CliError>;

/// Input files larger than this are refused before parsing: no workspace export or flow
/// model is that big, and a runaway file must not exhaust memory.
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a JSON input file the user named, refusing what is not a regular file (a FIFO
/// would block for ever, `/dev/zero` never ends and reports no size), more than
/// [`MAX_INPUT_BYTES`] (counted while reading) or not UTF-8.
pub fn read(path: &Path) -> Result<String> {
    let refused = |message: String| CliError::InvalidDocument {
        path: path.into(),
        problems: vec![Problem {
            path: "$".into(),
            message,
        }],
    };
    let io = |source| CliError::Io {
        path: path.into(),
        source,
    };
    if !std::fs::metadata(path).map_err(io)?.is_file() {
        return Err(refused(
            "it is not a regular file (a pipe or a device cannot be read as input)".into(),
        ));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .map_err(io)?
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(refused(format!(
            "the file is larger than {} MB, the limit for an input file",
            MAX_INPUT_BYTES / 1_048_576
        )));
    }
    String::from_utf8(bytes).map_err(|error| {
        refused(format!(
            "the file is not UTF-8 text (byte {} is not); save it as UTF-8 JSON",
            error.utf8_error().valid_up_to()
        ))
    })
}

pub fn write(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).map_err(|source| CliError::Io {
        path: path.into(),
        source,
    })
}
