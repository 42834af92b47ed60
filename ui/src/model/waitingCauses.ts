// Waiting before each step split by its cause (the engine's `waitingCauses`), as the rows of
// a stacked bar chart: the steps that waited, most first, in one unit for the whole chart.
import type { CauseStat, StepStats, WaitingCauses } from '../bindings';
import { inUnit, unitOf, type DurationUnit } from './duration';

/** A cause of waiting: a key of the engine's `WaitingCauses`. */
export type WaitingCause = keyof WaitingCauses;

/** The five causes in the taxonomy's order (batching and prioritisation are zero without batching tasks or priorities). */
export const WAITING_CAUSES: readonly WaitingCause[] = [
  'contention',
  'unavailability',
  'batching',
  'prioritisation',
  'extraneous',
];

export interface WaitingBars {
  /** The steps shown, most waiting first. */
  steps: { nodeId: string; name: string }[];
  /** The unit of every value, chosen by the longest wait. */
  unit: DurationUnit;
  /** One series per cause some shown step waited for, in the taxonomy's order: mean per execution. */
  series: { cause: WaitingCause; values: number[] }[];
}

/** A step's statistics of one cause (absent in results saved before causes were measured). */
export const causeOf = (step: StepStats, cause: WaitingCause): CauseStat | undefined => step.waitingCauses?.[cause];

/** The stacked bars of `steps`: those that waited at all, at most `limit`, longest wait first. */
export function waitingBars(steps: readonly StepStats[], limit = 12): WaitingBars {
  const shown = steps
    .filter((s) => s.meanWaitingDays > 0)
    .sort((a, b) => b.meanWaitingDays - a.meanWaitingDays || a.nodeId.localeCompare(b.nodeId))
    .slice(0, limit);
  const unit = unitOf(shown[0]?.meanWaitingDays ?? 0);
  const series = WAITING_CAUSES.map((cause) => ({
    cause,
    values: shown.map((s) => inUnit(causeOf(s, cause)?.mean.value ?? 0, unit)),
  })).filter((s) => s.values.some((v) => v > 0));
  return { steps: shown.map((s) => ({ nodeId: s.nodeId, name: s.name })), unit, series };
}
