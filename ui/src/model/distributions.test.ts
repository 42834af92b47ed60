import { describe, expect, it } from 'vitest';
import { convertDist, distBounds, distMean, distParams, distProblem, withBound, withParam } from './distributions';

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

  it('sets and clears bounds one key at a time, leaving no empty bounds', () => {
    const dist = { kind: 'exponential', mean: 2 } as const;
    const shifted = withBound(dist, 'shift', 1);
    expect(shifted).toEqual({ kind: 'exponential', mean: 2, bounds: { shift: 1 } });
    const bounded = withBound(shifted, 'max', 6);
    expect(distBounds(bounded)).toEqual({ shift: 1, min: null, max: 6 });
    expect(withBound(withBound(bounded, 'shift', null), 'max', null)).toEqual(dist);
  });

  it('keeps bounds and shift when the kind changes', () => {
    const dist = { kind: 'uniform', min: 2, max: 4, bounds: { shift: 1, max: 4.5 } } as const;
    expect(convertDist(dist, 'exponential')).toEqual({ kind: 'exponential', mean: 3, bounds: { shift: 1, max: 4.5 } });
  });

  it('says what is wrong with bounds', () => {
    const exp = { kind: 'exponential', mean: 1 } as const;
    expect(distProblem({ ...exp, bounds: { min: 3, max: 3 } })).toBe('flow.dist.bounds.order');
    expect(distProblem({ ...exp, bounds: { min: 4, max: 3 } })).toBe('flow.dist.bounds.order');
    expect(distProblem({ ...exp, bounds: { shift: -1 } })).toBe('flow.dist.negative');
    expect(distProblem({ ...exp, bounds: { max: Number.POSITIVE_INFINITY } })).toBe('flow.dist.notANumber');
    expect(distProblem({ ...exp, bounds: { shift: 0.5, min: 1, max: 3 } })).toBeNull();
  });
});
