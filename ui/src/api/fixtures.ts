// The sample as the real backend produced it: JSON written by a Rust test (never edited by
// hand). The fake backend of the tests and of the browser dev server serves these.
import type { Applied, Comparison, Findings, FlowView, RunResult, RunSummary, WorkspaceDocument } from '../bindings';
import comparison from '../test/fixtures/sample-comparison.json';
import findings from '../test/fixtures/sample-findings.json';
import flowViews from '../test/fixtures/sample-flow-views.json';
import keptImprovement from '../test/fixtures/sample-kept-improvement.json';
import keptTrial from '../test/fixtures/sample-kept-trial.json';
import run from '../test/fixtures/sample-run.json';
import runs from '../test/fixtures/sample-runs.json';
import workspace from '../test/fixtures/sample-workspace.json';

/** A fresh copy each time, so no test sees another's edits. */
export const sampleDocument = (): WorkspaceDocument => structuredClone(workspace as unknown as WorkspaceDocument);
/** The derived flow of each sample scenario, by scenario id. */
export const sampleFlowViews = (): Record<string, FlowView> =>
  structuredClone(flowViews as unknown as Record<string, FlowView>);
/** The as-is scenario run over every segment, 2,000 cases (the saved run `run-as-is`). */
export const sampleRun = (): RunResult => structuredClone(run as unknown as RunResult);
/** The sample's saved runs as the run list shows them, newest first: `run-to-be`, `run-as-is`. */
export const sampleRuns = (): RunSummary[] => structuredClone(runs as unknown as RunSummary[]);
/** As-is against to-be (also the saved runs `run-as-is` → `run-to-be` compared). */
export const sampleComparison = (): Comparison => structuredClone(comparison as unknown as Comparison);
/** What keeping a what-if on the as-is (its first pool down to one server) as the
 * scenario `kept-trial` writes. */
export const sampleKeptTrial = (): Applied => structuredClone(keptTrial as unknown as Applied);
/** The improvement finder on the as-is for the mix's p90 time to activation (2,000 cases,
 * every candidate screened at 500, the best 10 again at 2,000). */
export const sampleFindings = (): Findings => structuredClone(findings as unknown as Findings);
/** What keeping the best of those findings on the as-is as the scenario `kept-improvement` writes. */
export const sampleKeptImprovement = (): Applied => structuredClone(keptImprovement as unknown as Applied);
