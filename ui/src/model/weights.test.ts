import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FrictionComponents } from '../bindings';
import { debounced } from './debounce';
import { clampWeight, FRICTION_COMPONENTS, sameWeights, withWeight } from './weights';

const defaults = Object.fromEntries(FRICTION_COMPONENTS.map((c) => [c, 1])) as FrictionComponents;

describe('friction weights', () => {
  it('keeps weights within 0–5 on half steps', () => {
    expect(clampWeight(2.3)).toBe(2.5);
    expect(clampWeight(-1)).toBe(0);
    expect(clampWeight(9)).toBe(5);
    expect(clampWeight(Number.NaN)).toBe(0);
  });

  it('changes one component and tells when the weights are back to the defaults', () => {
    const changed = withWeight(defaults, 'contacts', 4);
    expect(changed.contacts).toBe(4);
    expect(changed.rework).toBe(1);
    expect(sameWeights(changed, defaults)).toBe(false);
    expect(sameWeights(withWeight(changed, 'contacts', 1), defaults)).toBe(true);
  });
});

describe('debounced calls', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once after the last call, and not at all when cancelled', () => {
    const fn = vi.fn();
    const d = debounced(fn, 150);
    d.schedule();
    vi.advanceTimersByTime(100);
    d.schedule();
    vi.advanceTimersByTime(100);
    expect(fn).not.toHaveBeenCalled();
    expect(d.pending()).toBe(true);
    vi.advanceTimersByTime(60);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(d.pending()).toBe(false);
    d.schedule();
    d.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
