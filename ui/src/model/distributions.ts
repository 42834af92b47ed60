// Duration and patience distributions as the editor sees them: the kinds, the numeric
// parameters of each, their optional bounds and shift, a converted default when the kind
// changes, and what makes them valid.
import type { Bounds, Dist, DistKind } from './flowTypes';

export const DIST_KINDS: readonly DistKind[] = [
  'fixed',
  'uniform',
  'triangular',
  'normal',
  'logNormal',
  'exponential',
  'gamma',
  'empirical',
];

/** The numeric parameters of each kind, in the order they are edited. */
export const DIST_PARAMS: Record<DistKind, readonly string[]> = {
  fixed: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  normal: ['mean', 'sd'],
  logNormal: ['mean', 'sd'],
  exponential: ['mean'],
  gamma: ['shape', 'scale'],
  empirical: [],
};

export function distParams(dist: Dist): Record<string, number> {
  const { kind, ...rest } = dist;
  const out: Record<string, number> = {};
  for (const name of DIST_PARAMS[kind]) {
    const value = (rest as Record<string, unknown>)[name];
    if (typeof value === 'number') out[name] = value;
  }
  return out;
}

/**
 * The mean of a distribution's family, before its shift and bounds (for keeping the scale
 * when its kind changes; the mean of what is drawn is the engine's, in the shape's summary).
 */
export function distMean(dist: Dist): number {
  switch (dist.kind) {
    case 'fixed':
      return dist.value;
    case 'uniform':
      return (dist.min + dist.max) / 2;
    case 'triangular':
      return (dist.min + dist.mode + dist.max) / 3;
    case 'normal':
    case 'logNormal':
    case 'exponential':
      return dist.mean;
    case 'gamma':
      return dist.shape * dist.scale;
    case 'empirical': {
      const total = dist.bins.reduce((s, b) => s + b.weight, 0) || 1;
      return dist.bins.reduce((s, b) => s + ((b.from + b.to) / 2) * b.weight, 0) / total;
    }
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A distribution of another kind with about the same mean, keeping its bounds and shift. */
export function convertDist(dist: Dist, kind: DistKind): Dist {
  if (dist.kind === kind) return dist;
  const family = convertFamily(dist, kind);
  return dist.bounds ? { ...family, bounds: dist.bounds } : family;
}

function convertFamily(dist: Dist, kind: DistKind): Dist {
  const m = Math.max(0, distMean(dist)) || 1;
  switch (kind) {
    case 'fixed':
      return { kind, value: round(m) };
    case 'uniform':
      return { kind, min: round(m / 2), max: round(1.5 * m) };
    case 'triangular':
      return { kind, min: round(m / 2), mode: round(m), max: round(1.5 * m) };
    case 'normal':
    case 'logNormal':
      return { kind, mean: round(m), sd: round(m / 3) };
    case 'exponential':
      return { kind, mean: round(m) };
    case 'gamma':
      return { kind, shape: 2, scale: round(m / 2) };
    case 'empirical':
      return { kind, bins: [{ from: round(m / 2), to: round(1.5 * m), weight: 1 }] };
  }
}

export function withParam(dist: Dist, name: string, value: number): Dist {
  return { ...dist, [name]: value } as Dist;
}

/** The optional keys of a distribution's `bounds`, in the order they are edited. */
export const BOUND_KEYS = ['shift', 'min', 'max'] as const;
export type BoundKey = (typeof BOUND_KEYS)[number];

/** The shift and bounds of a distribution, null where not set. */
export function distBounds(dist: Dist): Record<BoundKey, number | null> {
  const b: Bounds = dist.bounds ?? {};
  return { shift: b.shift ?? null, min: b.min ?? null, max: b.max ?? null };
}

/** The distribution with one bound set, or cleared (null); no key left leaves no `bounds`. */
export function withBound(dist: Dist, key: BoundKey, value: number | null): Dist {
  const bounds: Bounds = {};
  for (const k of BOUND_KEYS) {
    const v = k === key ? value : distBounds(dist)[k];
    if (v !== null) bounds[k] = v;
  }
  const next = { ...dist };
  if (Object.keys(bounds).length > 0) next.bounds = bounds;
  else delete next.bounds;
  return next;
}

/** The catalog key of what is wrong with a distribution, or null when it is valid. */
export function distProblem(dist: Dist): string | null {
  const bounds = distBounds(dist);
  const values = [...Object.values(distParams(dist)), ...BOUND_KEYS.flatMap((k) => bounds[k] ?? [])];
  if (values.some((v) => !Number.isFinite(v))) return 'flow.dist.notANumber';
  if (values.some((v) => v < 0)) return 'flow.dist.negative';
  if (bounds.min !== null && bounds.max !== null && bounds.min >= bounds.max) return 'flow.dist.bounds.order';
  switch (dist.kind) {
    case 'uniform':
      return dist.min <= dist.max ? null : 'flow.dist.minMax';
    case 'triangular':
      return dist.min <= dist.mode && dist.mode <= dist.max && dist.min < dist.max ? null : 'flow.dist.minModeMax';
    case 'gamma':
      return dist.shape > 0 && dist.scale > 0 ? null : 'flow.dist.positive';
    case 'exponential':
      return dist.mean > 0 ? null : 'flow.dist.positive';
    case 'empirical':
      return dist.bins.length > 0 ? null : 'flow.dist.noBins';
    default:
      return null;
  }
}
