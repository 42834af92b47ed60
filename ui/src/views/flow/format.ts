// Short texts of flow values for node cards and lists.
import type { Dist } from '../../model/flowTypes';

const n = (x: number) => (Math.round(x * 100) / 100).toString();

/** A distribution in a few characters, e.g. "1–3 d" or "≈2 d". */
export function formatDist(dist: Dist): string {
  switch (dist.kind) {
    case 'fixed':
      return `${n(dist.value)} d`;
    case 'uniform':
    case 'triangular':
      return `${n(dist.min)}–${n(dist.max)} d`;
    case 'normal':
    case 'logNormal':
    case 'exponential':
      return `≈${n(dist.mean)} d`;
    case 'gamma':
      return `≈${n(dist.shape * dist.scale)} d`;
    case 'empirical':
      return `${dist.bins.length} bins`;
  }
}
