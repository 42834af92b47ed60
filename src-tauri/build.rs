//! Declares our commands to Tauri so each needs an explicit permission in
//! `capabilities/`: the webview can call only what is listed there.

const COMMANDS: &[&str] = &[
    "current_workspace",
    "startup_notice",
    "apply_edit",
    "undo",
    "redo",
    "new_workspace",
    "open_workspace",
    "open_recent",
    "save_workspace_as",
    "open_sample",
    "get_preferences",
    "set_preferences",
    "simulate",
    "compare_scenarios",
    "keep_trial_as_scenario",
    "find_improvements",
    "keep_improvement",
    "list_runs",
    "open_run",
    "compare_runs",
    "flow_view",
    "distribution_shape",
    "rank_friction",
    "export_map",
    "export_report",
    "export_results_csv",
    "open_log_folder",
    "cancel_call",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}
