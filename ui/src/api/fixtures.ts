// The sample as the real backend produced it: JSON written by a Rust test (never edited by
// hand). The fake backend of the tests and of the browser dev server serves these.
import type { Applied, Comparison, FlowView, RunResult, RunSummary, WorkspaceDocument } from '../bindings';
import comparison from '../test/fixtures/sample-comparison.json';
import flowViews from '../test/fixtures/sample-flow-views.json';
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
