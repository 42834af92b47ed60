//! The one error type that crosses to the UI: a code it can act on and a message a person can read.

use serde::Serialize;
use specta::Type;
use touchmap_engine::validate::Problem as FlowProblem;
use touchmap_model::Problem;

#[derive(Debug, thiserror::Error, Serialize, Type)]
#[serde(tag = "code", rename_all = "camelCase")]
pub enum AppError {
    #[error("{message}")]
    NotAWorkspace { message: String },
    #[error("{message}")]
    Corrupt { message: String },
    #[error("{message}")]
    NewerVersion { message: String },
    #[error("{message}")]
    Missing { message: String },
    /// The file exists but could not be opened (permissions, a lock held too long).
    #[error("{message}")]
    Unopenable { message: String },
    #[error("{message}")]
    Invalid {
        message: String,
        problems: Vec<Problem>,
    },
    #[error("{message}")]
    InUse { message: String },
    #[error("{message}")]
    NotFound { message: String },
    /// Only for the recent-files list: the UI may reopen only paths the Rust side remembered.
    #[error("{message}")]
    NotRecent { message: String },
    /// No workspace is open (the window asked before one was, or after it failed to open).
    #[error("{message}")]
    NoWorkspace { message: String },
    /// The engine refused to run the flow: its problems, by node.
    #[error("{message}")]
    Refused {
        message: String,
        problems: Vec<FlowProblem>,
    },
    /// The simulation could not run for another reason (threads, a log file).
    #[error("{message}")]
    Engine { message: String },
    /// The user cancelled the simulation.
    #[error("{message}")]
    Cancelled { message: String },
    #[error("{message}")]
    Internal { message: String },
    /// A command panicked: a bug. The window gets this answer instead of waiting for ever,
    /// and the log holds the panic (`guard`).
    #[error("{message}")]
    Crashed { message: String },
}

impl AppError {
    /// The code the window receives (`missing`, `crashed`…), as serde writes it.
    pub fn code(&self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|value| Some(value.get("code")?.as_str()?.to_owned()))
            .unwrap_or_default()
    }

    /// The error as the log may hold it: its code, and its message where that names only
    /// files, ids and system errors. Problems and not-found messages quote what the user
    /// typed (names, titles), so only their count or code is logged.
    pub fn loggable(&self) -> String {
        use AppError as E;
        let detail = match self {
            E::Invalid { problems, .. } => plural(problems.len(), "problem"),
            E::Refused { problems, .. } => {
                format!("{} in the flow", plural(problems.len(), "problem"))
            }
            E::NotFound { .. } => "(what was not found is not logged)".to_owned(),
            E::NotAWorkspace { message }
            | E::Corrupt { message }
            | E::NewerVersion { message }
            | E::Missing { message }
            | E::Unopenable { message }
            | E::InUse { message }
            | E::NotRecent { message }
            | E::NoWorkspace { message }
            | E::Engine { message }
            | E::Cancelled { message }
            | E::Internal { message }
            | E::Crashed { message } => message.clone(),
        };
        format!("{}: {detail}", self.code())
    }
}

fn plural(count: usize, what: &str) -> String {
    format!("{count} {what}{}", if count == 1 { "" } else { "s" })
}

impl From<touchmap_store::Error> for AppError {
    fn from(error: touchmap_store::Error) -> AppError {
        use touchmap_store::Error as E;
        let message = error.to_string();
        match error {
            E::NotAWorkspace { .. } => AppError::NotAWorkspace { message },
            E::Corrupt { .. } => AppError::Corrupt { message },
            E::NewerVersion { .. } => AppError::NewerVersion { message },
            E::Missing { .. } => AppError::Missing { message },
            E::Unopenable { .. } => AppError::Unopenable { message },
            E::Invalid(problems) => AppError::Invalid { message, problems },
            E::InUse(_) => AppError::InUse { message },
            E::NotFound { .. } => AppError::NotFound { message },
            E::AlreadyExists { .. }
            | E::Io { .. }
            | E::Database(_)
            | E::Migrate(_)
            | E::Stored(_) => AppError::Internal { message },
        }
    }
}

impl From<touchmap_workbench::Error> for AppError {
    fn from(error: touchmap_workbench::Error) -> AppError {
        use touchmap_workbench::Error as E;
        let message = error.to_string();
        match error {
            E::Store(error) => error.into(),
            E::NotFound(_) => AppError::NotFound { message },
            E::Refused { problems, .. } => AppError::Refused { message, problems },
            E::Cancelled => AppError::Cancelled { message },
            E::Engine(_) => AppError::Engine { message },
        }
    }
}

impl From<tauri::Error> for AppError {
    fn from(error: tauri::Error) -> AppError {
        AppError::Internal {
            message: error.to_string(),
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;
