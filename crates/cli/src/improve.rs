//! `touchmap improve`: the improvement finder of the workbench on a workspace's bundle or a
//! standalone flow-model file, as a table or as JSON.

use std::sync::OnceLock;

use touchmap_engine::improve::Objective;
use touchmap_workbench::{ImproveRequest, SCREENING};

use crate::error::{CliError, Result};
use crate::interrupt;
use crate::simulate::{Request, load, progress_bar};

/// What to improve and how, beyond what to simulate.
#[derive(Debug)]
pub struct Search {
    pub scenario: Option<String>,
    /// The segment ranked on (name or id); `None`: the mix.
    pub segment: Option<String>,
    /// An [`Objective::key`].
    pub kpi: String,
    pub top: u32,
    /// Every candidate at the full cases, without the first pass at fewer.
    pub full: bool,
    pub json: bool,
}

/// The objective whose key is `kpi`, or an error listing the keys.
fn objective(kpi: &str) -> Result<Objective> {
    Objective::ALL
        .into_iter()
        .find(|o| o.key() == kpi)
        .ok_or_else(|| CliError::UnknownKpi {
            kpi: kpi.to_owned(),
        })
}

pub async fn improve(request: Request, search: Search) -> Result<()> {
    let objective = objective(&search.kpi)?;
    let source = load(&request, search.segment.as_deref()).await?;
    let improve = ImproveRequest {
        scenario: search.scenario,
        segment: source.segment.clone(),
        objective,
        cases: request.cases,
        seed: request.seed,
        top: search.top,
        screening: (!search.full).then_some(SCREENING),
    };
    // Made at the first report, which brings the number of cases in all (the finder counts
    // its candidates first): a bar made before would show a full bar of 0/0 cases.
    let bar = OnceLock::new();
    let found = touchmap_workbench::find_improvements(
        &source.input,
        &improve,
        &|done, total| {
            bar.get_or_init(|| progress_bar("finding improvements", total))
                .set_position(done);
        },
        interrupt::cancel(),
    );
    if let Some(bar) = bar.get() {
        bar.finish_and_clear();
    }
    if let Some((workspace, _)) = source.workspace {
        workspace.close().await;
    }
    let found = found?;
    if search.json {
        println!("{}", serde_json::to_string_pretty(&found)?);
    } else {
        print!(
            "{}",
            touchmap_engine::report::render_findings_table(&source.input.model.name, &found)
        );
    }
    Ok(())
}
