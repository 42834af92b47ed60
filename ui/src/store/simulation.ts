// The simulation the user runs from the app: the form, the run in progress (with its
// progress and cancellation), and the last result and comparison, which may also be a
// saved run opened from the run list or two saved runs compared; and a what-if trial (a
// pool's capacity tried on a copy of the scenario's model, never stored) with the result it
// is measured against; and the improvement finder's findings (it runs, reports progress and
// is cancelled like a simulation, but as a call of its own: a quick estimate after an edit
// runs beside it, and cancelling one never stops the other). Errors go to the workspace's
// error banner; a cancelled run only says so in a notice.
import { create } from 'zustand';
import { api, longCall, type LongCall } from '../api/client';
import { toApiError } from '../api/errors';
import type {
  Comparison,
  Finding,
  Findings,
  FrictionComponents,
  KeptScenario,
  Objective,
  FrictionItem,
  RunResult,
  RunSummary,
  SimulationProgress,
  Trial,
  WorkspaceDocument,
} from '../bindings';
import { appLanguage, type Language } from '../i18n';
import { olderFirst } from '../model/runs';
import { useWorkspace } from './workspace';

export const DEFAULT_CASES = 10_000;
/** Cases of the quick estimate re-run after an edit. */
export const QUICK_CASES = 10_000;

export type SimulationPage = 'results' | 'runs';

export interface SimulationForm {
  bundleId: string | null;
  scenario: string | null;
  /** null = every segment. */
  segmentId: string | null;
  cases: number;
  seed: number;
}

/** What the improvement finder is asked: the form's bundle, scenario, cases and seed, and
 * its own objective and segment. */
export interface ImproveQuery {
  bundleId: string;
  scenario: string | null;
  /** null = the mix. */
  segmentId: string | null;
  objective: Objective;
}

/** Where a long call was started: the run form (a run, a comparison, a quick estimate; one
 * at a time) or the improvement finder. Each is cancelled on its own. */
export type CallSlot = 'form' | 'improve';

/** What a long call is: one of the run form's, or the finder's search. */
type CallKind = NonNullable<SimulationState['running']> | 'improve';

export interface SimulationState extends SimulationForm {
  /** The run form's call under way: a run, a quick estimate after an edit, a comparison. */
  running: 'simulate' | 'estimate' | 'compare' | null;
  progress: SimulationProgress | null;
  /** Whether the improvement finder is searching, and how far. */
  improving: boolean;
  improveProgress: SimulationProgress | null;
  result: RunResult | null;
  /** The language the result's friction reasons are worded in (the app's when it came). */
  resultLanguage: Language;
  comparison: Comparison | null;
  /** How the shown result was made: a quick estimate after an edit, the user's full run,
   * or a saved run opened from the run list. */
  runKind: 'quick' | 'full' | 'saved' | null;
  /** The saved run shown, when `runKind` is `saved`. */
  savedRun: RunSummary | null;
  /** The saved runs compared (older first), when the comparison is of two saved runs. */
  comparedRuns: [RunSummary, RunSummary] | null;
  /** What the simulation view shows: the form and results, or the saved runs. */
  page: SimulationPage;
  /** Milliseconds from the last edit to the re-run numbers on screen. */
  rerunMs: number | null;
  /** Friction weights the user set; null = the run's own (`result.weights`). */
  weights: FrictionComponents | null;
  /** Friction re-ranked under `weights`, per group (segment id, '' = overall). */
  ranked: Record<string, FrictionItem[]>;
  /** The what-if being tried: quick estimates run with it; nothing is edited. */
  trial: Trial | null;
  /** The result shown when the trial began: what the trial's effect is measured against. */
  baseline: RunResult | null;
  /** The improvement finder's last findings, and what they answer (a found change is
   * kept on that bundle's scenario). */
  findings: Findings | null;
  findingsOf: ImproveQuery | null;
  /** The workspace the findings were found on: after an edit to what a simulation is
   * derived from, their figures are of a model that is no longer there. */
  findingsOn: WorkspaceDocument | null;

  setForm(patch: Partial<SimulationForm>): void;
  /** Runs the form's scenario; `quick` = a quick estimate of QUICK_CASES that cancels quietly. */
  simulate(options?: { quick?: boolean }): Promise<boolean>;
  compare(a: string, b: string): Promise<void>;
  /** Shows a saved run's result (as it was when it ran) on the results page. */
  openRun(run: RunSummary): Promise<void>;
  /** Compares two saved runs, older → newer, on the results page. */
  compareRuns(a: RunSummary, b: RunSummary): Promise<void>;
  setPage(page: SimulationPage): void;
  /** Tries a pool's capacity on a copy (the caller re-runs the quick estimate). */
  tryCapacity(pool: string, capacity: number): void;
  /** Back to the scenario as it is (the caller re-runs the quick estimate). */
  resetTrial(): void;
  /** Keeps the trial as the new scenario `kept` (one undoable edit) and shows it. */
  keepTrial(scenarioId: string, kept: KeptScenario): Promise<boolean>;
  /** Runs the improvement finder at the form's cases and seed. */
  findImprovements(query: ImproveQuery): Promise<boolean>;
  /** Keeps a found change on the scenario it was found on as the new scenario `kept` (one
   * undoable edit) and selects it. */
  keepImprovement(finding: Finding, kept: KeptScenario): Promise<boolean>;
  /** Stops the call under way in `slot` (default: the run form's), and no other. */
  cancel(slot?: CallSlot): Promise<void>;
  clear(): void;
}

const initial = {
  bundleId: null,
  scenario: null,
  segmentId: null,
  cases: DEFAULT_CASES,
  seed: 1,
  running: null,
  progress: null,
  improving: false,
  improveProgress: null,
  result: null,
  resultLanguage: 'en' as Language,
  comparison: null,
  runKind: null,
  savedRun: null,
  comparedRuns: null,
  page: 'results' as SimulationPage,
  rerunMs: null,
  weights: null,
  ranked: {},
  trial: null,
  baseline: null,
  findings: null,
  findingsOf: null,
  findingsOn: null,
};

/** A form change that shows another scenario ends the trial tried on the one before. */
const endsTrial = (patch: Partial<SimulationForm>, now: SimulationForm) =>
  ('bundleId' in patch && patch.bundleId !== now.bundleId) || ('scenario' in patch && patch.scenario !== now.scenario);

/** The id of the call under way in each slot: what `cancel(slot)` stops. */
const callIds: Record<CallSlot, string | null> = { form: null, improve: null };

export const useSimulation = create<SimulationState>()((set, get) => {
  /** Shows a call under way in its slot, with its progress (null before the first report). */
  const show = (kind: CallKind, progress: SimulationProgress | null) =>
    kind === 'improve' ? set({ improving: true, improveProgress: progress }) : set({ running: kind, progress });
  const ended = (slot: CallSlot) =>
    slot === 'form' ? set({ running: null, progress: null }) : set({ improving: false, improveProgress: null });

  /** Runs one engine call in its slot (the finder's or the run form's), its progress heard
   * through the call's own channel; returns undefined when it failed or was cancelled, or
   * the slot was busy. */
  const withProgress = async <T>(
    kind: CallKind,
    call: (call: LongCall<SimulationProgress>) => Promise<T>,
  ): Promise<T | undefined> => {
    const slot: CallSlot = kind === 'improve' ? 'improve' : 'form';
    if (callIds[slot] !== null) return undefined;
    const ours = longCall<SimulationProgress>((progress) => {
      // A report that crosses the end of its call is not shown on the next one's bar.
      if (callIds[slot] === ours.id) show(kind, progress);
    });
    callIds[slot] = ours.id;
    show(kind, null);
    try {
      const value = await call(ours);
      useWorkspace.setState({ error: null });
      return value;
    } catch (thrown) {
      const error = toApiError(thrown);
      // A quick estimate is cancelled by the next edit: nothing to tell the user.
      if (error.code === 'cancelled' && kind === 'estimate') return undefined;
      if (error.code === 'cancelled')
        useWorkspace.setState({ notice: { key: 'simulation.cancelledNotice', undoable: false } });
      else useWorkspace.setState({ error });
      return undefined;
    } finally {
      callIds[slot] = null;
      ended(slot);
    }
  };

  /** A backend call that is no simulation (no progress); errors go to the banner. */
  const backend = async <T>(call: () => Promise<T>): Promise<T | undefined> => {
    try {
      const value = await call();
      useWorkspace.setState({ error: null });
      return value;
    } catch (thrown) {
      useWorkspace.setState({ error: toApiError(thrown) });
      return undefined;
    }
  };

  return {
    ...initial,

    setForm: (patch) => set(endsTrial(patch, get()) ? { ...patch, trial: null, baseline: null } : patch),

    async simulate(options = {}) {
      const { bundleId, scenario, segmentId, seed } = get();
      if (!bundleId) return false;
      const cases = options.quick ? QUICK_CASES : get().cases;
      // A trial is only ever estimated: a full run is of a stored scenario.
      const trial = options.quick ? get().trial : null;
      const language = appLanguage();
      const result = await withProgress(
        options.quick ? 'estimate' : 'simulate',
        // A full run is saved in the workspace; a quick what-if estimate is not.
        (call) => api.simulate(bundleId, scenario, segmentId, cases, seed, !options.quick, trial, language, call),
      );
      if (!result) return false;
      const received = performance.now();
      set({
        result,
        resultLanguage: language,
        runKind: options.quick ? 'quick' : 'full',
        savedRun: null,
        ranked: {},
        rerunMs: null,
      });
      // React draws a store update in a microtask that `set` queued: measured after it, the
      // UI's share of a run's time is showing the result (the backend's is the rest).
      await Promise.resolve();
      performance.measure('simulate-show', { start: received, end: performance.now() });
      // A full run was saved: the run list has one more.
      if (!options.quick) await useWorkspace.getState().refreshRuns();
      return true;
    },

    async compare(a, b) {
      const { bundleId, segmentId, cases, seed } = get();
      if (!bundleId) return;
      const comparison = await withProgress('compare', (call) =>
        api.compareScenarios(bundleId, a, b, segmentId, cases, seed, call),
      );
      if (comparison) set({ comparison, comparedRuns: null });
    },

    async openRun(run) {
      const language = appLanguage();
      const result = await backend(() => api.openRun(run.id, language));
      if (result)
        set({
          result,
          resultLanguage: language,
          runKind: 'saved',
          savedRun: run,
          ranked: {},
          rerunMs: null,
          page: 'results',
        });
    },

    async compareRuns(a, b) {
      const [older, newer] = olderFirst(a, b);
      const comparison = await backend(() => api.compareRuns(older.id, newer.id));
      if (comparison) set({ comparison, comparedRuns: [older, newer], page: 'results' });
    },

    setPage: (page) => set({ page }),

    tryCapacity(pool, capacity) {
      const { trial, result, runKind } = get();
      // The first try is measured against the numbers on screen: the scenario as it is.
      const baseline = trial ? get().baseline : runKind === 'saved' ? null : result;
      set({ trial: { pool, capacity }, baseline });
    },

    resetTrial: () => set({ trial: null, baseline: null }),

    async keepTrial(scenarioId, kept) {
      const { bundleId, trial } = get();
      if (!bundleId || !trial) return false;
      const done = await useWorkspace
        .getState()
        .write(() => api.keepTrialAsScenario(bundleId, scenarioId, trial, kept), {
          key: 'whatIf.keptNotice',
          values: { name: kept.name },
          undoable: true,
        });
      // The kept scenario runs as the trial did: the numbers on screen are now its own.
      if (done) set({ scenario: kept.id, trial: null, baseline: null });
      return done;
    },

    async findImprovements(query) {
      const { cases, seed } = get();
      const { bundleId, scenario, segmentId, objective } = query;
      const on = useWorkspace.getState().workspace?.document ?? null;
      const findings = await withProgress('improve', (call) =>
        api.findImprovements(bundleId, scenario, segmentId, objective, cases, seed, call),
      );
      if (!findings) return false;
      set({ findings, findingsOf: query, findingsOn: on });
      return true;
    },

    async keepImprovement(finding, kept) {
      const of = get().findingsOf;
      const scenarioId = of?.scenario;
      if (!of || !scenarioId) return false;
      const done = await useWorkspace
        .getState()
        .write(() => api.keepImprovement(of.bundleId, scenarioId, finding.candidate.improvement, kept), {
          key: 'improve.keptNotice',
          values: { name: kept.name },
          undoable: true,
        });
      // The keep added a scenario (and a pool copy) beside the one searched, which is as it
      // was: the other findings still hold.
      if (done)
        set({
          scenario: kept.id,
          trial: null,
          baseline: null,
          findingsOn: useWorkspace.getState().workspace?.document ?? null,
        });
      return done;
    },

    async cancel(slot = 'form') {
      const id = callIds[slot];
      if (!id) return;
      try {
        await api.cancelCall(id);
      } catch (thrown) {
        useWorkspace.setState({ error: toApiError(thrown) });
      }
    },

    clear: () =>
      set({
        result: null,
        comparison: null,
        runKind: null,
        savedRun: null,
        comparedRuns: null,
        rerunMs: null,
        ranked: {},
        trial: null,
        baseline: null,
      }),
  };
});

/** For tests: back to no run and the default form. */
export function resetSimulationStore(): void {
  callIds.form = null;
  callIds.improve = null;
  useSimulation.setState(initial);
}
