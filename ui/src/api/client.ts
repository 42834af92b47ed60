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
  Trial,
  WorkspaceView,
} from '../bindings';
import type { DistShape, FlowView } from '../model/flowTypes';
import type { FrictionComponents, FrictionItem, StepStats } from '../bindings';
import type { ExportProgress, ImageFormat, Labels, MapTarget, ReportFormat, ReportRequest } from '../bindings';
import { ApiError } from './errors';
import { ipc, progressChannel } from './ipc';

async function unwrap<T>(call: Promise<Result<T, AppError>>): Promise<T> {
  const result = await call;
  if (result.status === 'error') throw ApiError.fromAppError(result.error);
  return result.data;
}

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
    trial: Trial | null = null,
  ): Promise<RunResult> => unwrap(ipc().simulate(bundleId, scenario, segmentId, cases, seed, keep, trial)),
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
  ): Promise<Comparison> => unwrap(ipc().compareScenarios(bundleId, a, b, segmentId, cases, seed)),
  /** The ten changes of a scenario that lower `objective` most for a segment (null = the
   * mix), with progress like a simulation's; `cancelSimulation` stops it. */
  findImprovements: (
    bundleId: string,
    scenario: string | null,
    segmentId: string | null,
    objective: Objective,
    cases: number,
    seed: number,
  ): Promise<Findings> => unwrap(ipc().findImprovements(bundleId, scenario, segmentId, objective, cases, seed)),
  /** Keeps a found change as a new scenario (one undoable edit): what the edit wrote. */
  keepImprovement: (bundleId: string, scenarioId: string, change: Improvement, kept: KeptScenario): Promise<Applied> =>
    unwrap(ipc().keepImprovement(bundleId, scenarioId, change, kept)),
  cancelSimulation: (): Promise<null> => unwrap(ipc().cancelSimulation()),
  /** The saved runs of the open workspace, newest first. */
  listRuns: (): Promise<RunSummary[]> => unwrap(ipc().listRuns()),
  /** A saved run's result as it was when it ran. */
  openRun: (id: string): Promise<RunResult> => unwrap(ipc().openRun(id)),
  /** Two saved runs compared, `b` − `a`. */
  compareRuns: (a: string, b: string): Promise<Comparison> => unwrap(ipc().compareRuns(a, b)),
  /** The friction ranking of a group's steps under other weights (no simulation). */
  rankFriction: (
    bundleId: string,
    segmentId: string | null,
    steps: StepStats[],
    weights: FrictionComponents,
  ): Promise<FrictionItem[]> => unwrap(ipc().rankFriction(bundleId, segmentId, steps, weights)),
  /** The composed activation flow of a scenario (null = the base design) and its problems. */
  flowView: (bundleId: string, scenario: string | null): Promise<FlowView> =>
    unwrap(ipc().flowView(bundleId, scenario)),
  distributionShape: (dist: Dist): Promise<DistShape> => unwrap(ipc().distributionShape(dist)),
  /** Each export returns the path written, or null when the user cancelled the save dialog. */
  exportMap: (
    target: MapTarget,
    format: ImageFormat,
    heat: Partial<Record<string, number>>,
    labels: Labels,
  ): Promise<string | null> => unwrap(ipc().exportMap(target, format, heat, labels)),
  /** `onProgress` hears each step of the export as it starts. */
  exportReport: (
    format: ReportFormat,
    request: ReportRequest,
    onProgress: (progress: ExportProgress) => void,
  ): Promise<string | null> => unwrap(ipc().exportReport(format, request, progressChannel(onProgress))),
  /** Stops the report being made: its `exportReport` then fails with `cancelled`. */
  cancelExport: (): Promise<null> => unwrap(ipc().cancelExport()),
  exportResultsCsv: (result: RunResult): Promise<string | null> => unwrap(ipc().exportResultsCsv(result)),
  /** Help ▸ Open log folder: the Rust side picks the folder and opens it in the file manager. */
  openLogFolder: (): Promise<null> => unwrap(ipc().openLogFolder()),
};
