//! What a use case can fail with, in words a user can act on.

use touchmap_engine::EngineError;
use touchmap_engine::validate::Problem as FlowProblem;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] touchmap_store::Error),
    /// A bundle, scenario or segment named by the user does not exist (or none was named
    /// where several could be meant).
    #[error("{0}")]
    NotFound(String),
    /// The engine refused the model: every problem, by node.
    #[error("{message}")]
    Refused {
        message: String,
        problems: Vec<FlowProblem>,
    },
    /// The user cancelled the run.
    #[error("the run was cancelled")]
    Cancelled,
    /// The engine failed for another reason (log file, threads).
    #[error("{0}")]
    Engine(String),
}

impl From<EngineError> for Error {
    fn from(error: EngineError) -> Error {
        let message = error.to_string();
        match error {
            EngineError::Invalid(invalid) => Error::Refused {
                message,
                problems: invalid.problems,
            },
            EngineError::UnknownScenario(_)
            | EngineError::UnknownSegment(_)
            | EngineError::UnknownNode { .. } => Error::NotFound(message),
            EngineError::Cancelled => Error::Cancelled,
            EngineError::Format(_) | EngineError::Log(_) | EngineError::Threads(_) => {
                Error::Engine(message)
            }
        }
    }
}
