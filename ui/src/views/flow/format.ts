// Short texts of flow values for node cards and lists.
import { formatDuration, formatDurationRange, type Translate } from '../../model/duration';
import type { Dist } from '../../model/flowTypes';

/** A duration distribution (in days) in a few words, e.g. "3–10 days", "≈2.5 h". */
export function formatDist(dist: Dist, t: Translate): string {
  switch (dist.kind) {
    case 'fixed':
      return formatDuration(dist.value, t);
    case 'uniform':
    case 'triangular':
      return formatDurationRange(dist.min, dist.max, t);
    case 'normal':
    case 'logNormal':
    case 'exponential':
      return `≈${formatDuration(dist.mean, t)}`;
    case 'gamma':
      return `≈${formatDuration(dist.shape * dist.scale, t)}`;
    case 'empirical':
      return formatDurationRange(dist.bins[0]?.from ?? 0, dist.bins.at(-1)?.to ?? 0, t);
  }
}
