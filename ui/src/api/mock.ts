// An in-memory stand-in for the Rust commands, used by the browser dev server (no Tauri)
// and by tests. It keeps the same contract: one applyEdit = one undo step, cascading deletes.
import type {
  AppError,
  Change,
  EntityKind,
  Preferences,
  Result,
  SimulationProgress,
  WorkspaceDocument,
  WorkspaceView,
} from '../bindings';
import type { Ipc, ProgressSource } from './ipc';
import { mockDistShape, mockFlowView } from './mockFlow';
import { mockRank } from './mockDetails';
import { mockComparison, mockRunResult } from './mockSimulation';
import { sampleDocument } from './sample';

const progressListeners = new Set<(progress: SimulationProgress) => void>();

/** Progress of the mock's simulations (they report once, when done). */
export const mockProgress: ProgressSource = (listener) => {
  progressListeners.add(listener);
  return Promise.resolve(() => {
    progressListeners.delete(listener);
  });
};

const report = (done: number, total: number) => progressListeners.forEach((l) => l({ done, total }));

type Doc = WorkspaceDocument;
type Listed = Exclude<keyof Doc, 'format' | 'version'>;

const LIST: Record<EntityKind, Listed> = {
  stage: 'stages',
  channel: 'channels',
  segment: 'segments',
  journey: 'journeys',
  step: 'steps',
  silo: 'silos',
  bundle: 'bundles',
  service: 'services',
  activation: 'activations',
};

function applyChange(doc: Doc, change: Change): void {
  if (change.op === 'put') {
    const list = doc[LIST[change.entity.kind]] as { id: string }[];
    const value = change.entity.value;
    const at = list.findIndex((e) => e.id === value.id);
    if (at >= 0) list[at] = value;
    else list.push(value);
    return;
  }
  const { kind, id } = change.target;
  const list = doc[LIST[kind]] as { id: string }[];
  doc[LIST[kind]] = list.filter((e) => e.id !== id) as never;
  // The cascades the Rust store performs.
  if (kind === 'segment') {
    for (const j of doc.journeys.filter((j) => j.segmentId === id))
      applyChange(doc, { op: 'delete', target: { kind: 'journey', id: j.id } });
  }
  if (kind === 'journey') doc.steps = doc.steps.filter((s) => s.journeyId !== id);
  if (kind === 'stage') doc.steps = doc.steps.filter((s) => s.stageId !== id);
  if (kind === 'bundle') doc.services = doc.services.filter((s) => s.bundleId !== id);
}

function problemsOf(doc: Doc): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  doc.steps.forEach((s, i) => {
    if (!s.title.trim()) problems.push({ path: `steps[${i}].title`, message: 'must not be empty' });
    if (s.emotion < -3 || s.emotion > 3)
      problems.push({ path: `steps[${i}].emotion`, message: 'must be between -3 and 3' });
  });
  doc.segments.forEach((s, i) => {
    if (s.share < 0 || s.share > 1) problems.push({ path: `segments[${i}].share`, message: 'must be between 0 and 1' });
  });
  return problems;
}

export function createMockIpc(initial: Doc = sampleDocument()): Ipc {
  let doc = structuredClone(initial);
  let path = '/home/consultant/Sample operator.touchmap';
  const undoStack: { label: string; doc: Doc }[] = [];
  const redoStack: { label: string; doc: Doc }[] = [];
  let prefs: Preferences = { language: null, theme: null, recent: [path, '/home/consultant/Client A.touchmap'] };

  const view = (): WorkspaceView => ({
    path,
    name: path.replace(/^.*\//, '').replace(/\.touchmap$/, ''),
    document: structuredClone(doc),
    history: { undo: undoStack.at(-1)?.label ?? null, redo: redoStack.at(-1)?.label ?? null },
  });
  const ok = <T>(data: T): Promise<Result<T, AppError>> => Promise.resolve({ status: 'ok', data });
  const fail = <T>(error: AppError): Promise<Result<T, AppError>> => Promise.resolve({ status: 'error', error });
  const reset = (next: Doc, nextPath: string) => {
    doc = structuredClone(next);
    path = nextPath;
    undoStack.length = 0;
    redoStack.length = 0;
  };

  return {
    currentWorkspace: () => ok(view()),
    startupNotice: () => ok(null),
    applyEdit: (label, changes) => {
      const next = structuredClone(doc);
      changes.forEach((c) => applyChange(next, c));
      const orphan = next.services.find((s) => !next.silos.some((silo) => silo.id === s.siloId));
      if (orphan) return fail({ code: 'inUse', message: `The silo is still used by the service “${orphan.name}”.` });
      const problems = problemsOf(next);
      if (problems.length) return fail({ code: 'invalid', message: 'The edit is not valid.', problems });
      undoStack.push({ label, doc });
      redoStack.length = 0;
      doc = next;
      return ok(view());
    },
    undo: () => {
      const last = undoStack.pop();
      if (!last) return fail({ code: 'internal', message: 'Nothing to undo.' });
      redoStack.push({ label: last.label, doc });
      doc = last.doc;
      return ok(view());
    },
    redo: () => {
      const last = redoStack.pop();
      if (!last) return fail({ code: 'internal', message: 'Nothing to redo.' });
      undoStack.push({ label: last.label, doc });
      doc = last.doc;
      return ok(view());
    },
    newWorkspace: () => {
      const empty = sampleDocument();
      reset({ ...empty, segments: [], journeys: [], steps: [] }, '/home/consultant/Untitled.touchmap');
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
    simulate: (bundleId, scenario, segmentId, cases, seed) => {
      if (!doc.bundles.some((b) => b.id === bundleId))
        return fail({ code: 'notFound', message: `there is no bundle ${bundleId}` });
      report(cases, cases);
      return ok(mockRunResult(doc, scenario, segmentId, cases, seed));
    },
    compareScenarios: (bundleId, a, b, segmentId, cases, seed) => {
      if (!doc.bundles.some((x) => x.id === bundleId))
        return fail({ code: 'notFound', message: `there is no bundle ${bundleId}` });
      report(2 * cases, 2 * cases);
      return ok(
        mockComparison(mockRunResult(doc, a, segmentId, cases, seed), mockRunResult(doc, b, segmentId, cases, seed)),
      );
    },
    cancelSimulation: () => ok(null),
    rankFriction: (bundleId, _segmentId, steps, weights) =>
      doc.bundles.some((b) => b.id === bundleId)
        ? ok(mockRank(steps, weights))
        : fail({ code: 'notFound', message: `there is no bundle ${bundleId}` }),
    flowView: (bundleId, scenario) => {
      const activation = doc.activations.find((a) => a.bundleId === bundleId);
      if (!activation) return fail({ code: 'notFound', message: `the bundle ${bundleId} has no activation model` });
      const view = mockFlowView(activation.model, scenario);
      return typeof view === 'string' ? fail({ code: 'engine', message: view }) : ok(view);
    },
    distributionShape: (dist) => ok(mockDistShape(dist)),
    // Exports are drawn and saved by Rust; without it there is nothing to save to.
    exportMap: () => ok(null),
    exportReport: () => ok(null),
    exportResultsCsv: () => ok(null),
  };
}
