// The friction ranking as shown everywhere (the list, the journey heat, the presentation):
// the run's own, or re-ranked by the backend under the weights the user set. The re-ranked
// lists live in the simulation store so every view reads one source.
import { api } from '../api/client';
import { toApiError } from '../api/errors';
import type { FrictionComponent, FrictionComponents, FrictionItem, GroupResult, RunResult } from '../bindings';
import { appLanguage, i18n } from '../i18n';
import { debounced } from '../model/debounce';
import { sameWeights, withWeight } from '../model/weights';
import { useSimulation, type SimulationState } from './simulation';
import { useWorkspace } from './workspace';

export const RERANK_DELAY_MS = 150;

const groupKey = (segmentId: string | null) => segmentId ?? '';

/** A segment's group of the shown result (its own, else the overall mix). */
export function groupOf(state: Pick<SimulationState, 'result'>, segmentId: string | null): GroupResult | null {
  const result = state.result;
  if (!result) return null;
  return (segmentId ? result.segments.find((g) => g.segmentId === segmentId) : undefined) ?? result.overall;
}

/** The friction of a group as shown: re-ranked under the user's weights when there are some. */
export function shownFriction(
  state: Pick<SimulationState, 'result' | 'ranked'>,
  segmentId: string | null,
): FrictionItem[] {
  const group = groupOf(state, segmentId);
  if (!group) return [];
  return state.ranked[groupKey(group.segmentId)] ?? group.friction;
}

/** The result as it is shown, for the exports: each group's friction ranked as on screen,
 * under the weights in force (the report and the CSV ranked by the run's own weights while
 * the screen and the exported map's heat followed the user's). */
export function shownResult(state: Pick<SimulationState, 'result' | 'ranked' | 'weights'>): RunResult | null {
  const { result } = state;
  if (!result) return null;
  const shown = (group: GroupResult): GroupResult => ({ ...group, friction: shownFriction(state, group.segmentId) });
  return {
    ...result,
    weights: currentWeights(state) ?? result.weights,
    overall: shown(result.overall),
    segments: result.segments.map(shown),
  };
}

/** The weights in force: the user's, else the run's. */
export function currentWeights(state: Pick<SimulationState, 'result' | 'weights'>): FrictionComponents | null {
  return state.weights ?? state.result?.weights ?? null;
}

// Each re-ranking gets a number so a slow answer never overwrites a newer one.
let generation = 0;

/** Whether the result's own ranking is not what to show: other weights, or reasons worded in
 * a language the app is no longer in. */
function needsRanking(state: Pick<SimulationState, 'weights' | 'resultLanguage'>): boolean {
  return state.weights !== null || state.resultLanguage !== appLanguage();
}

async function rerank(): Promise<void> {
  const state = useSimulation.getState();
  const { result } = state;
  const weights = currentWeights(state);
  // A saved run is ranked with the emotions of its own bundle, not the form's.
  const bundleId = state.savedRun?.bundleId ?? state.bundleId;
  if (!result || !weights || !bundleId) return;
  const mine = ++generation;
  const groups = [result.overall, ...result.segments];
  const language = appLanguage();
  try {
    const lists = await Promise.all(
      groups.map((g) => api.rankFriction(bundleId, g.segmentId, g.steps, weights, language)),
    );
    if (mine !== generation || useSimulation.getState().result !== result) return;
    const ranked = Object.fromEntries(groups.map((g, i) => [groupKey(g.segmentId), lists[i] ?? g.friction]));
    useSimulation.setState({ ranked });
  } catch (thrown) {
    useWorkspace.setState({ error: toApiError(thrown) });
  }
}

const pendingRerank = debounced(() => void rerank(), RERANK_DELAY_MS);

/** Sets one weight; the ranking follows once the user stops moving the slider. */
export function setWeight(component: FrictionComponent, value: number): void {
  const state = useSimulation.getState();
  const base = currentWeights(state);
  if (!base || !state.result) return;
  const weights = withWeight(base, component, value);
  if (sameWeights(weights, state.result.weights)) {
    resetWeights();
    return;
  }
  useSimulation.setState({ weights });
  pendingRerank.schedule();
}

/** Back to the run's weights and its own ranking (no backend call needed unless its reasons
 * are worded in a language the app has left since). */
export function resetWeights(): void {
  pendingRerank.cancel();
  generation++;
  useSimulation.setState({ weights: null, ranked: {} });
  if (needsRanking(useSimulation.getState())) void rerank();
}

// A new result (e.g. the quick re-run after an edit) comes ranked by the default weights:
// re-rank it under the user's (and in the app's language, if it changed while it ran).
useSimulation.subscribe((state, previous) => {
  if (state.result !== previous.result && state.result && needsRanking(state)) pendingRerank.schedule();
});

// The reasons on screen follow the app's language: Rust words them again in the new one.
i18n.on('languageChanged', () => {
  const state = useSimulation.getState();
  if (!state.result) return;
  if (needsRanking(state)) void rerank();
  else {
    // Back in the language the result came in: its own ranking, unless weights are set.
    generation++;
    useSimulation.setState({ ranked: {} });
  }
});
