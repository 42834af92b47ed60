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
