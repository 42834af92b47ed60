import { describe, expect, it } from 'vitest';
import { convertDist, distMean, distParams, distProblem, withParam } from './distributions';

describe('distributions', () => {
  it('lists the parameters of a kind and changes one', () => {
    const dist = { kind: 'triangular', min: 1, mode: 2, max: 6 } as const;
    expect(distParams(dist)).toEqual({ min: 1, mode: 2, max: 6 });
    expect(withParam(dist, 'mode', 3)).toEqual({ kind: 'triangular', min: 1, mode: 3, max: 6 });
    expect(distMean(dist)).toBe(3);
  });

  it('keeps the mean when the kind changes', () => {
    const dist = { kind: 'uniform', min: 2, max: 4 } as const;
    expect(convertDist(dist, 'fixed')).toEqual({ kind: 'fixed', value: 3 });
    expect(distMean(convertDist(dist, 'gamma'))).toBeCloseTo(3);
    expect(convertDist(dist, 'logNormal')).toEqual({ kind: 'logNormal', mean: 3, sd: 1 });
  });

  it('says what is wrong with parameters', () => {
    expect(distProblem({ kind: 'uniform', min: 5, max: 1 })).toBe('flow.dist.minMax');
    expect(distProblem({ kind: 'triangular', min: 1, mode: 0.5, max: 2 })).toBe('flow.dist.minModeMax');
    expect(distProblem({ kind: 'normal', mean: -1, sd: 1 })).toBe('flow.dist.negative');
    expect(distProblem({ kind: 'exponential', mean: 0 })).toBe('flow.dist.positive');
    expect(distProblem({ kind: 'fixed', value: Number.NaN })).toBe('flow.dist.notANumber');
    expect(distProblem({ kind: 'triangular', min: 1, mode: 1, max: 2 })).toBeNull();
  });
});
