//! `touchmap`: the workspace from the command line, for scripts, CI and bulk work.
//!
//! Each subcommand is a thin wrapper over `touchmap-store` (and the engine);
//! output is a readable table by default and stable JSON with `--json`.

mod commands;
mod error;
mod info;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "touchmap",
    version,
    about = "Touchmap workspaces from the command line"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Create a workspace file (empty with default stages and channels, or the sample).
    New {
        file: PathBuf,
        /// Fill it with the sample telecom operator.
        #[arg(long)]
        sample: bool,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Summarise a workspace: segments, journeys, steps, bundles and their services.
    Info {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Export a workspace as JSON (format documented in docs/workspace.schema.json).
    Export {
        file: PathBuf,
        #[arg(long = "json", value_name = "OUT")]
        out: PathBuf,
    },
    /// Replace a workspace's content with a JSON export (one undoable edit).
    Import { file: PathBuf, input: PathBuf },
    /// Write the JSON Schemas of the file formats into a folder.
    Schema {
        #[arg(default_value = "docs")]
        dir: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(commands::run(cli.command)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
