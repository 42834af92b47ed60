// Friction weights as the user adjusts them: the components in a fixed order, the slider
// range, and whether a set of weights differs from the run's defaults.
import type { FrictionComponent, FrictionComponents } from '../bindings';

export const FRICTION_COMPONENTS: readonly FrictionComponent[] = [
  'criticalDelay',
  'criticalShare',
  'waiting',
  'rework',
  'contacts',
  'technicianVisits',
  'channelSwitches',
  'handoffs',
  'abandonment',
  'negativeEmotion',
];

export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 5;
export const WEIGHT_STEP = 0.5;

/** A weight as the slider allows it: within 0–5, on a half step. */
export function clampWeight(value: number): number {
  if (!Number.isFinite(value)) return WEIGHT_MIN;
  const stepped = Math.round(value / WEIGHT_STEP) * WEIGHT_STEP;
  return Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, stepped));
}

/** The weights with one component changed. */
export function withWeight(
  weights: FrictionComponents,
  component: FrictionComponent,
  value: number,
): FrictionComponents {
  return { ...weights, [component]: clampWeight(value) };
}

export function sameWeights(a: FrictionComponents, b: FrictionComponents): boolean {
  return FRICTION_COMPONENTS.every((c) => a[c] === b[c]);
}
