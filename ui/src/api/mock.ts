// A fake backend for the tests and the browser dev server (no Tauri). It holds no logic of
// its own: it serves the fixtures the real backend wrote, applies edits with the app's own
// reducer (no cascades, no validation) and undoes them with the inverse of the records they
// replaced. Simulations return the recorded run and comparison whatever is asked (a what-if
// trial too), the improvement finder the recorded findings; keeping a trial or a found
// change writes the recorded keep; the saved runs are the recorded
// list, less the ones deleted by edits (a full run adds none).
import type {
  AppError,
  Applied,
  Change,
  HistoryState,
  Preferences,
  Result,
  RunSummary,
  WorkspaceDocument,
  WorkspaceView,
} from '../bindings';
import { applyChanges, inverseChanges } from '../model/changes';
import { EDIT_LABELS } from '../model/labels';
import {
  sampleComparison,
  sampleDocument,
  sampleFindings,
  sampleFlowViews,
  sampleKeptImprovement,
  sampleKeptTrial,
  sampleRun,
  sampleRuns,
} from './fixtures';
import type { Ipc } from './ipc';

/** The fake's simulations report once, when done, through the call's own channel (the
 * stand-in `progressChannel` makes outside the desktop window). */
const reportDone = (progress: { onmessage: (p: { done: number; total: number }) => void }, total: number) =>
  progress.onmessage({ done: total, total });

interface Step {
  label: string;
  /** What the edit wrote, and what undoes it. */
  changes: Change[];
  inverse: Change[];
}

export function createMockIpc(initial: WorkspaceDocument = sampleDocument()): Ipc {
  let doc = structuredClone(initial);
  let path = '/home/consultant/Sample operator.touchmap';
  const undoStack: Step[] = [];
  const redoStack: Step[] = [];
  const views = sampleFlowViews();
  /** The saved runs of the open workspace, listed or not, and the ids of those deleted. */
  let runs = sampleRuns();
  const deletedRuns = new Set<string>();
  /** The change-feed position: one more per write. */
  let feed = 0;
  let prefs: Preferences = { language: null, theme: null, recent: [path, '/home/consultant/Client A.touchmap'] };

  const history = (): HistoryState => ({
    undo: undoStack.at(-1)?.label ?? null,
    redo: redoStack.at(-1)?.label ?? null,
  });
  const view = (): WorkspaceView => ({
    path,
    name: path.replace(/^.*\//, '').replace(/\.touchmap$/, ''),
    document: structuredClone(doc),
    history: history(),
  });
  const ok = <T>(data: T): Promise<Result<T, AppError>> => Promise.resolve({ status: 'ok', data });
  const fail = <T>(error: AppError): Promise<Result<T, AppError>> => Promise.resolve({ status: 'error', error });
  const write = (changes: Change[]): Applied => {
    doc = applyChanges(doc, changes);
    for (const change of changes) {
      if (change.op !== 'run') continue;
      if (change.listed) deletedRuns.delete(change.id);
      else deletedRuns.add(change.id);
    }
    feed += 1;
    return { changes: structuredClone(changes), history: history(), feed };
  };
  /** What undo or redo answers when there is nothing to do: no write, the same feed. */
  const nothing = (): Applied => ({ changes: [], history: history(), feed });
  const reset = (next: WorkspaceDocument, nextPath: string, nextRuns: RunSummary[]) => {
    doc = structuredClone(next);
    path = nextPath;
    runs = nextRuns;
    deletedRuns.clear();
    undoStack.length = 0;
    redoStack.length = 0;
  };
  /** An edit: written, and undoable with the inverse of what it replaced. */
  const edit = (label: string, changes: Change[]): Applied => {
    undoStack.push({ label, changes, inverse: inverseChanges(doc, changes, (id) => !deletedRuns.has(id)) });
    redoStack.length = 0;
    return write(changes);
  };
  const listedRun = (id: string) => runs.some((r) => r.id === id) && !deletedRuns.has(id);
  const noRun = <T>(id: string) => fail<T>({ code: 'notFound', message: `there is no saved run ${id}` });
  const hasBundle = (id: string) => doc.bundles.some((b) => b.id === id);
  const noBundle = <T>(id: string) => fail<T>({ code: 'notFound', message: `there is no bundle ${id}` });

  return {
    currentWorkspace: () => ok(view()),
    startupNotice: () => ok(null),
    applyEdit: (label, changes) => ok(edit(label, changes)),
    undo: () => {
      const last = undoStack.pop();
      if (!last) return ok(nothing());
      redoStack.push(last);
      return ok(write(last.inverse));
    },
    redo: () => {
      const last = redoStack.pop();
      if (!last) return ok(nothing());
      undoStack.push(last);
      return ok(write(last.changes));
    },
    newWorkspace: () => {
      reset({ ...sampleDocument(), segments: [], journeys: [], steps: [] }, '/home/consultant/Untitled.touchmap', []);
      return ok(view());
    },
    openWorkspace: () => ok(null),
    saveWorkspaceAs: () => {
      path = '/home/consultant/Copy.touchmap';
      return ok(view());
    },
    openRecent: (recent) =>
      recent === path ? ok(view()) : fail({ code: 'missing', message: `The file ${recent} no longer exists.` }),
    openSample: () => {
      reset(sampleDocument(), '/home/consultant/Sample operator.touchmap', sampleRuns());
      return ok(view());
    },
    getPreferences: () => ok(prefs),
    setPreferences: (language, theme) => {
      prefs = { ...prefs, language, theme };
      return ok(prefs);
    },
    simulate: (form, _language, _callId, progress) => {
      if (!hasBundle(form.bundleId)) return noBundle(form.bundleId);
      reportDone(progress, form.cases);
      return ok(sampleRun());
    },
    compareScenarios: (bundleId, _a, _b, _segmentId, cases, _seed, _callId, progress) => {
      if (!hasBundle(bundleId)) return noBundle(bundleId);
      reportDone(progress, 2 * cases);
      return ok(sampleComparison());
    },
    keepTrialAsScenario: (bundleId) => {
      if (!hasBundle(bundleId)) return noBundle(bundleId);
      return ok(edit(EDIT_LABELS.keepTrial, sampleKeptTrial().changes));
    },
    findImprovements: (bundleId, _scenario, _segmentId, _objective, cases, _seed, _callId, progress) => {
      if (!hasBundle(bundleId)) return noBundle(bundleId);
      reportDone(progress, cases);
      return ok(sampleFindings());
    },
    keepImprovement: (bundleId) => {
      if (!hasBundle(bundleId)) return noBundle(bundleId);
      return ok(edit(EDIT_LABELS.keepImprovement, sampleKeptImprovement().changes));
    },
    listRuns: () => ok(structuredClone(runs.filter((r) => !deletedRuns.has(r.id)))),
    // The fake has one recorded result (the as-is run, `run-as-is`): every listed run opens it.
    openRun: (id) => (listedRun(id) ? ok(sampleRun()) : noRun(id)),
    // The recorded comparison is of `run-as-is` → `run-to-be`; it answers for any two listed runs.
    compareRuns: (a, b) => {
      if (!listedRun(a)) return noRun(a);
      if (!listedRun(b)) return noRun(b);
      return ok(sampleComparison());
    },
    // The recorded ranking, whatever the weights: the fake ranks nothing itself.
    rankFriction: (bundleId) => (hasBundle(bundleId) ? ok(sampleRun().overall.friction) : noBundle(bundleId)),
    flowView: (bundleId, scenario) => {
      if (!hasBundle(bundleId)) return noBundle(bundleId);
      const first = doc.scenarios.filter((s) => s.bundleId === bundleId).sort((a, b) => a.position - b.position)[0];
      const recorded = views[scenario ?? first?.id ?? ''];
      return recorded
        ? ok(structuredClone(recorded))
        : fail({ code: 'notFound', message: `no recorded flow for the scenario ${scenario ?? ''}` });
    },
    // One bin at the mean-ish centre: the fake draws no distributions.
    distributionShape: () => ok({ bins: [{ from: 0, to: 1, weight: 1 }], mean: 0.5, p10: 0.1, p50: 0.5, p90: 0.9 }),
    // Exports are drawn and saved by Rust; without it there is nothing to save to.
    exportMap: () => ok(null),
    exportReport: () => ok(null),
    exportResultsCsv: () => ok(null),
    // Nothing to open without a desktop; the call succeeds.
    openLogFolder: () => ok(null),
    // The fake's calls end as they start: none is ever under way to stop.
    cancelCall: () => ok(null),
  };
}
