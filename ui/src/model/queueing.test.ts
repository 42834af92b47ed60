import { describe, expect, it } from 'vitest';
import { batchOf } from './queueing';

describe('a task batch from its fields', () => {
  it('is none when neither a size nor a time-out is given', () => {
    expect(batchOf(null, null)).toBeNull();
  });

  it('keeps whichever of the two is given', () => {
    expect(batchOf(20, null)).toEqual({ size: 20, timeoutDays: null });
    expect(batchOf(null, 1)).toEqual({ size: null, timeoutDays: 1 });
    expect(batchOf(5, 0.5)).toEqual({ size: 5, timeoutDays: 0.5 });
  });
});
