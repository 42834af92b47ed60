// A fake backend for the tests and the browser dev server (no Tauri). It holds no logic of
// its own: it serves the fixtures the real backend wrote, applies edits with the app's own
// reducer (no cascades, no validation) and undoes them with the inverse of the records they
// replaced. Simulations return the recorded run and comparison whatever is asked.
import type {
  AppError,
  Applied,
  Change,
  HistoryState,
  Preferences,
  Result,
  SimulationProgress,
  WorkspaceDocument,
  WorkspaceView,
} from '../bindings';
import { applyChanges, inverseChanges } from '../model/changes';
import { sampleComparison, sampleDocument, sampleFlowViews, sampleRun } from './fixtures';
import type { Ipc, ProgressSource } from './ipc';

const progressListeners = new Set<(progress: SimulationProgress) => void>();

/** Progress of the fake's simulations (they report once, when done). */
export const mockProgress: ProgressSource = (listener) => {
  progressListeners.add(listener);
  return Promise.resolve(() => {
    progressListeners.delete(listener);
  });
};

const report = (done: number, total: number) => progressListeners.forEach((l) => l({ done, total }));

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
    return { changes: structuredClone(changes), history: history() };
  };
  const reset = (next: WorkspaceDocument, nextPath: string) => {
    doc = structuredClone(next);
    path = nextPath;
    undoStack.length = 0;
    redoStack.length = 0;
  };
  const hasBundle = (id: string) => doc.bundles.some((b) => b.id === id);
  const noBundle = <T>(id: string) => fail<T>({ code: 'notFound', message: `there is no bundle ${id}` });

  return {
    currentWorkspace: () => ok(view()),
    startupNotice: () => ok(null),
    applyEdit: (label, changes) => {
      undoStack.push({ label, changes, inverse: inverseChanges(doc, changes) });
      redoStack.length = 0;
      return ok(write(changes));
    },
    undo: () => {
      const last = undoStack.pop();
      if (!last) return ok({ changes: [], history: history() });
      redoStack.push(last);
      return ok(write(last.inverse));
    },
    redo: () => {
      const last = redoStack.pop();
      if (!last) return ok({ changes: [], history: history() });
      undoStack.push(last);
      return ok(write(last.changes));
    },
    newWorkspace: () => {
      reset({ ...sampleDocument(), segments: [], journeys: [], steps: [] }, '/home/consultant/Untitled.touchmap');
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
      reset(sampleDocument(), '/home/consultant/Sample operator.touchmap');
      return ok(view());
    },
    getPreferences: () => ok(prefs),
    setPreferences: (language, theme) => {
      prefs = { ...prefs, language, theme };
      return ok(prefs);
    },
    simulate: (bundleId, _scenario, _segmentId, cases) => {
      if (!hasBundle(bundleId)) return noBundle(bundleId);
      report(cases, cases);
      return ok(sampleRun());
    },
    compareScenarios: (bundleId, _a, _b, _segmentId, cases) => {
      if (!hasBundle(bundleId)) return noBundle(bundleId);
      report(2 * cases, 2 * cases);
      return ok(sampleComparison());
    },
    cancelSimulation: () => ok(null),
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
  };
}
