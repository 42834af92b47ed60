// A thin typed wrapper over the commands: it unwraps `Result` so callers get the value
// or a thrown ApiError, and never see the tauri-specta envelope.
import type {
  Applied,
  Change,
  Comparison,
  Dist,
  Findings,
  Improvement,
  KeptScenario,
  Objective,
  Preferences,
  Result,
  AppError,
  RunResult,
  RunSummary,
  SimulationProgress,
  Trial,
  WorkspaceView,
} from '../bindings';
import type { DistShape, FlowView } from '../model/flowTypes';
import type { FrictionComponents, FrictionItem, StepStats } from '../bindings';
import type { ExportProgress, ImageFormat, Language, MapTarget, ReportFormat, ReportRequest } from '../bindings';
import { ApiError } from './errors';
import { ipc, progressChannel } from './ipc';

async function unwrap<T>(call: Promise<Result<T, AppError>>): Promise<T> {
  const result = await call;
  if (result.status === 'error') throw ApiError.fromAppError(result.error);
  return result.data;
}

/** One long call (a simulation, comparison, improvement search or report export): the id
 * its caller chose, which `cancelCall` stops it by without touching any other call, and
 * what hears its progress, through a channel of its own. */
export interface LongCall<P> {
  id: string;
  onProgress: (progress: P) => void;
}

/** A long call with a fresh id. */
export const longCall = <P>(onProgress: (progress: P) => void): LongCall<P> => ({
  id: crypto.randomUUID(),
  onProgress,
});

export const api = {
  currentWorkspace: (): Promise<WorkspaceView> => unwrap(ipc().currentWorkspace()),
  /** Why the workspace expected at start could not be opened (given once), as an ApiError. */
  startupNotice: async (): Promise<ApiError | null> => {
    const notice = await unwrap(ipc().startupNotice());
    return notice ? ApiError.fromAppError(notice) : null;
  },
  /** Every change the backend wrote (cascades included) and the new history. */
  applyEdit: (label: string, changes: Change[]): Promise<Applied> => unwrap(ipc().applyEdit(label, changes)),
  undo: (): Promise<Applied> => unwrap(ipc().undo()),
  redo: (): Promise<Applied> => unwrap(ipc().redo()),
  newWorkspace: (): Promise<WorkspaceView | null> => unwrap(ipc().newWorkspace()),
  openWorkspace: (): Promise<WorkspaceView | null> => unwrap(ipc().openWorkspace()),
  saveWorkspaceAs: (): Promise<WorkspaceView | null> => unwrap(ipc().saveWorkspaceAs()),
  openRecent: (path: string): Promise<WorkspaceView> => unwrap(ipc().openRecent(path)),
  openSample: (): Promise<WorkspaceView> => unwrap(ipc().openSample()),
  getPreferences: (): Promise<Preferences> => unwrap(ipc().getPreferences()),
  setPreferences: (language: string | null, theme: string | null): Promise<Preferences> =>
    unwrap(ipc().setPreferences(language, theme)),
  simulate: (
    bundleId: string,
    scenario: string | null,
    segmentId: string | null,
    cases: number,
    seed: number,
    /** True for a full run (saved in the workspace), false for a quick what-if estimate. */
    keep: boolean,
    /** A pool's capacity tried on this run's model only (a what-if; never with `keep`). */
    trial: Trial | null,
    /** The friction reasons come worded in it. */
    language: Language,
    call: LongCall<SimulationProgress>,
  ): Promise<RunResult> =>
    unwrap(
      ipc().simulate(
        { bundleId, scenario, segmentId, cases, seed, keep, trial },
        language,
        call.id,
        progressChannel(call.onProgress),
      ),
    ),
  /** Keeps a what-if trial as a new scenario (one undoable edit): what the edit wrote. */
  keepTrialAsScenario: (bundleId: string, scenarioId: string, trial: Trial, kept: KeptScenario): Promise<Applied> =>
    unwrap(ipc().keepTrialAsScenario(bundleId, scenarioId, trial, kept)),
  compareScenarios: (
    bundleId: string,
    a: string,
    b: string,
    segmentId: string | null,
    cases: number,
    seed: number,
    call: LongCall<SimulationProgress>,
  ): Promise<Comparison> =>
    unwrap(ipc().compareScenarios(bundleId, a, b, segmentId, cases, seed, call.id, progressChannel(call.onProgress))),
  /** The ten changes of a scenario that lower `objective` most for a segment (null = the
   * mix), with progress and cancellation like a simulation's. */
  findImprovements: (
    bundleId: string,
    scenario: string | null,
    segmentId: string | null,
    objective: Objective,
    cases: number,
    seed: number,
    call: LongCall<SimulationProgress>,
  ): Promise<Findings> =>
    unwrap(
      ipc().findImprovements(
        bundleId,
        scenario,
        segmentId,
        objective,
        cases,
        seed,
        call.id,
        progressChannel(call.onProgress),
      ),
    ),
  /** Keeps a found change as a new scenario (one undoable edit): what the edit wrote. */
  keepImprovement: (bundleId: string, scenarioId: string, change: Improvement, kept: KeptScenario): Promise<Applied> =>
    unwrap(ipc().keepImprovement(bundleId, scenarioId, change, kept)),
  /** Stops the long call `id` if still under way (it then fails with `cancelled`); any other
   * call goes on. */
  cancelCall: (id: string): Promise<null> => unwrap(ipc().cancelCall(id)),
  /** The saved runs of the open workspace, newest first. */
  listRuns: (): Promise<RunSummary[]> => unwrap(ipc().listRuns()),
  /** A saved run's result as it was when it ran, its friction reasons in `language`. */
  openRun: (id: string, language: Language): Promise<RunResult> => unwrap(ipc().openRun(id, language)),
  /** Two saved runs compared, `b` − `a`. */
  compareRuns: (a: string, b: string): Promise<Comparison> => unwrap(ipc().compareRuns(a, b)),
  /** The friction ranking of a group's steps under other weights (no simulation). */
  rankFriction: (
    bundleId: string,
    segmentId: string | null,
    steps: StepStats[],
    weights: FrictionComponents,
    /** The reasons come worded in it. */
    language: Language,
  ): Promise<FrictionItem[]> => unwrap(ipc().rankFriction(bundleId, segmentId, steps, weights, language)),
  /** The composed activation flow of a scenario (null = the base design) and its problems. */
  flowView: (bundleId: string, scenario: string | null): Promise<FlowView> =>
    unwrap(ipc().flowView(bundleId, scenario)),
  distributionShape: (dist: Dist): Promise<DistShape> => unwrap(ipc().distributionShape(dist)),
  /** Each export returns the path written, or null when the user cancelled the save dialog. */
  exportMap: (
    target: MapTarget,
    format: ImageFormat,
    heat: Partial<Record<string, number>>,
    language: Language,
  ): Promise<string | null> => unwrap(ipc().exportMap(target, format, heat, language)),
  /** The call's `onProgress` hears each step of the export as it starts. */
  exportReport: (
    format: ReportFormat,
    request: ReportRequest,
    call: LongCall<ExportProgress>,
  ): Promise<string | null> => unwrap(ipc().exportReport(format, request, call.id, progressChannel(call.onProgress))),
  exportResultsCsv: (result: RunResult): Promise<string | null> => unwrap(ipc().exportResultsCsv(result)),
  /** Help ▸ Open log folder: the Rust side picks the folder and opens it in the file manager. */
  openLogFolder: (): Promise<null> => unwrap(ipc().openLogFolder()),
};
