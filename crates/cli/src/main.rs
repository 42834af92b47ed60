//! `touchmap`: the workspace from the command line, for scripts, CI and bulk work.
//!
//! Each subcommand is a thin wrapper over `touchmap-store` (and the engine);
//! output is a readable table by default and stable JSON with `--json`.

mod commands;
mod error;
mod improve;
mod info;
mod interrupt;
mod simulate;
mod staged;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "touchmap",
    version,
    about = "Touchmap workspaces from the command line",
    after_help = interrupt::HELP
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
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Export a workspace as JSON (format documented in docs/workspace.schema.json), or with
    /// --flow a bundle's derived activation-flow model (docs/flow-model.schema.json), which
    /// `simulate --model` runs exactly as the workspace would.
    Export {
        file: PathBuf,
        /// Write the whole workspace as JSON to this file.
        #[arg(long = "json", value_name = "OUT", required_unless_present = "flow")]
        out: Option<PathBuf>,
        /// Write the bundle's derived activation-flow model to this file.
        #[arg(long, value_name = "OUT.flow.json", requires = "bundle")]
        flow: Option<PathBuf>,
        /// The bundle whose flow model to write (name or id).
        #[arg(long)]
        bundle: Option<String>,
        /// Only this scenario (name or id); default: every scenario of the bundle.
        #[arg(long)]
        scenario: Option<String>,
    },
    /// List the runs saved in a workspace: when, bundle, scenario, cases, headline figures.
    Runs {
        file: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Replace a workspace's content with a JSON export (one undoable edit).
    Import { file: PathBuf, input: PathBuf },
    /// Simulate a bundle's activation (or a standalone model) and show KPIs and friction.
    Simulate {
        #[command(flatten)]
        request: simulate::Request,
        /// Scenario name (default: the model's base design, or its first scenario).
        #[arg(long)]
        scenario: Option<String>,
        /// Simulate only this segment's orders.
        #[arg(long)]
        segment: Option<String>,
        /// Print the whole result as JSON instead of tables.
        #[arg(long)]
        json: bool,
        /// Write the full event log (CSV, or XES when the name ends in .xes).
        #[arg(long, value_name = "OUT.csv|OUT.xes")]
        log: Option<PathBuf>,
        /// Do not save the run in the workspace.
        #[arg(long)]
        no_save: bool,
    },
    /// Compare two scenarios of a bundle: every KPI with its difference and confidence interval.
    Compare {
        #[command(flatten)]
        request: simulate::Request,
        /// Two scenario names, e.g. as-is,to-be.
        #[arg(long, value_delimiter = ',', required = true)]
        scenarios: Vec<String>,
        /// Simulate only this segment's orders in both.
        #[arg(long)]
        segment: Option<String>,
        /// Print the comparison as JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Find the single changes that lower a KPI most: one more unit of each pool, each task
    /// 25% faster, each rework or wait halved, each hand-off or task's contacts removed, each
    /// simulated against the scenario with the same orders (common random numbers).
    Improve {
        #[command(flatten)]
        request: simulate::Request,
        /// Scenario to improve (default: the model's base design, or its first scenario).
        #[arg(long)]
        scenario: Option<String>,
        #[arg(long, help = format!("The KPI to lower: {}", error::kpi_keys()))]
        kpi: String,
        /// Rank on this segment's KPI (every segment is still simulated: they share pools).
        #[arg(long)]
        segment: Option<String>,
        /// How many changes to show, best first.
        #[arg(long, default_value_t = 10)]
        top: u32,
        /// Run every candidate at the full cases (default: all at fewer cases first, then
        /// the best again at the full cases).
        #[arg(long)]
        full: bool,
        /// Print the findings as JSON (docs/findings.schema.json) instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Write a bundle's report (journey and touchpoint maps with friction, results, friction
    /// ranking, and a scenario comparison) as self-contained HTML or PDF. The activation
    /// flow picture needs the app's layout and is exported from the app.
    Report {
        file: PathBuf,
        /// The bundle (name or id); default: the workspace's only bundle.
        #[arg(long)]
        bundle: Option<String>,
        /// Scenario whose results are shown (default: the base design or first scenario).
        #[arg(long)]
        scenario: Option<String>,
        /// Also compare two scenarios, e.g. as-is,to-be.
        #[arg(long, value_delimiter = ',')]
        compare: Vec<String>,
        /// Only these segments' journeys and touchpoints (names or ids, comma-separated);
        /// default: every segment.
        #[arg(long, value_delimiter = ',')]
        segments: Vec<String>,
        /// Cases measured per scenario run.
        #[arg(long, default_value_t = 10_000)]
        cases: u32,
        /// The random seed: the same seed gives the same report.
        #[arg(long, default_value_t = 1)]
        seed: u32,
        /// The report's language: en or zh-CN (the app's languages).
        #[arg(long, default_value = "en")]
        language: String,
        /// The file to write: .html or .pdf.
        #[arg(long, value_name = "OUT.html|OUT.pdf")]
        out: PathBuf,
    },
    /// Write the JSON Schemas of the file formats, and of `improve --json`, into a folder.
    Schema {
        #[arg(default_value = "docs")]
        dir: PathBuf,
    },
}

impl Command {
    /// The workspace (or flow-model) file the command works on, if any.
    fn workspace(&self) -> Option<&std::path::Path> {
        match self {
            Command::New { file, .. }
            | Command::Info { file, .. }
            | Command::Export { file, .. }
            | Command::Runs { file, .. }
            | Command::Import { file, .. }
            | Command::Report { file, .. } => Some(file),
            Command::Simulate { request, .. }
            | Command::Compare { request, .. }
            | Command::Improve { request, .. } => {
                request.file.as_deref().or(request.model.as_deref())
            }
            Command::Schema { .. } => None,
        }
    }

    /// Whether it runs the engine, long enough for Ctrl-C to cancel it (see [`interrupt`]).
    fn runs_the_engine(&self) -> bool {
        matches!(
            self,
            Command::Simulate { .. }
                | Command::Compare { .. }
                | Command::Improve { .. }
                | Command::Report { .. }
        )
    }
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
        Err(error @ error::CliError::Cancelled) => {
            eprintln!("{error}");
            ExitCode::from(interrupt::EXIT_CODE)
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
