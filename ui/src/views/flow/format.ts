// Short texts of flow values for node cards and lists.
import { distBounds, distMean } from '../../model/distributions';
import { formatDuration, formatDurationRange, type Translate } from '../../model/duration';
import type { Dist } from '../../model/flowTypes';

/**
 * A duration distribution (in days) in a few words, e.g. "3–10 days", "≈2.5 h", as drawn:
 * moved by its shift and kept within its bounds ("≥2 h" when only bounded below).
 */
export function formatDist(dist: Dist, t: Translate): string {
  const { shift, min, max } = distBounds(dist);
  const moved = (v: number) => v + (shift ?? 0);
  const range = (from: number, to: number) => {
    const low = Math.max(moved(from), min ?? 0);
    const high = Math.min(moved(to), max ?? Infinity);
    if (high <= low) return formatDuration(low, t);
    return Number.isFinite(high) ? formatDurationRange(low, high, t) : `≥${formatDuration(low, t)}`;
  };
  switch (dist.kind) {
    case 'fixed':
      return formatDuration(moved(dist.value), t);
    case 'uniform':
    case 'triangular':
      return range(dist.min, dist.max);
    case 'empirical':
      return range(dist.bins[0]?.from ?? 0, dist.bins.at(-1)?.to ?? 0);
    default:
      // A family known by its mean: about the mean, or the range it is kept within.
      return min === null && max === null ? `≈${formatDuration(moved(distMean(dist)), t)}` : range(0, Infinity);
  }
}
