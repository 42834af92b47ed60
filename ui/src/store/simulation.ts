// The simulation the user runs from the app: the form, the run in progress (with its
// progress and cancellation), and the last result and comparison. Errors go to the
// workspace's error banner; a cancelled run only says so in a notice.
import { create } from 'zustand';
import { api } from '../api/client';
import { toApiError } from '../api/errors';
import { listenProgress } from '../api/ipc';
import type { Comparison, FrictionComponents, FrictionItem, RunResult, SimulationProgress } from '../bindings';
import { useWorkspace } from './workspace';

export const DEFAULT_CASES = 10_000;
/** Cases of the quick estimate re-run after an edit. */
export const QUICK_CASES = 10_000;

export interface SimulationForm {
  bundleId: string | null;
  scenario: string | null;
  /** null = every segment. */
  segmentId: string | null;
  cases: number;
  seed: number;
}

export interface SimulationState extends SimulationForm {
  running: 'simulate' | 'compare' | null;
  progress: SimulationProgress | null;
  result: RunResult | null;
  comparison: Comparison | null;
  /** How the shown result was made: a quick estimate after an edit, or the user's full run. */
  runKind: 'quick' | 'full' | null;
  /** Milliseconds from the last edit to the re-run numbers on screen. */
  rerunMs: number | null;
  /** Friction weights the user set; null = the run's own (`result.weights`). */
  weights: FrictionComponents | null;
  /** Friction re-ranked under `weights`, per group (segment id, '' = overall). */
  ranked: Record<string, FrictionItem[]>;

  setForm(patch: Partial<SimulationForm>): void;
  /** Runs the form's scenario; `quick` = a quick estimate of QUICK_CASES that cancels quietly. */
  simulate(options?: { quick?: boolean }): Promise<boolean>;
  compare(a: string, b: string): Promise<void>;
  cancel(): Promise<void>;
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
  result: null,
  comparison: null,
  runKind: null,
  rerunMs: null,
  weights: null,
  ranked: {},
};

export const useSimulation = create<SimulationState>()((set, get) => {
  /** Runs one engine call with progress; returns undefined when it failed or was cancelled. */
  const withProgress = async <T>(
    kind: 'simulate' | 'compare',
    call: () => Promise<T>,
    quiet = false,
  ): Promise<T | undefined> => {
    if (get().running) return undefined;
    set({ running: kind, progress: null });
    let stop: (() => void) | null = null;
    try {
      stop = await listenProgress((progress) => set({ progress }));
      const value = await call();
      useWorkspace.setState({ error: null });
      return value;
    } catch (thrown) {
      const error = toApiError(thrown);
      // A quick estimate is cancelled by the next edit: nothing to tell the user.
      if (error.code === 'cancelled' && quiet) return undefined;
      if (error.code === 'cancelled')
        useWorkspace.setState({ notice: { key: 'simulation.cancelledNotice', undoable: false } });
      else useWorkspace.setState({ error });
      return undefined;
    } finally {
      stop?.();
      set({ running: null, progress: null });
    }
  };

  return {
    ...initial,

    setForm: (patch) => set(patch),

    async simulate(options = {}) {
      const { bundleId, scenario, segmentId, seed } = get();
      if (!bundleId) return false;
      const cases = options.quick ? QUICK_CASES : get().cases;
      const result = await withProgress(
        'simulate',
        // A full run is saved in the workspace; a quick what-if estimate is not.
        () => api.simulate(bundleId, scenario, segmentId, cases, seed, !options.quick),
        options.quick,
      );
      if (result) set({ result, runKind: options.quick ? 'quick' : 'full', ranked: {}, rerunMs: null });
      return Boolean(result);
    },

    async compare(a, b) {
      const { bundleId, segmentId, cases, seed } = get();
      if (!bundleId) return;
      const comparison = await withProgress('compare', () =>
        api.compareScenarios(bundleId, a, b, segmentId, cases, seed),
      );
      if (comparison) set({ comparison });
    },

    async cancel() {
      if (!get().running) return;
      try {
        await api.cancelSimulation();
      } catch (thrown) {
        useWorkspace.setState({ error: toApiError(thrown) });
      }
    },

    clear: () => set({ result: null, comparison: null, runKind: null, rerunMs: null, ranked: {} }),
  };
});

/** For tests: back to no run and the default form. */
export function resetSimulationStore(): void {
  useSimulation.setState(initial);
}
