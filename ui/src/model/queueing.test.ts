import { describe, expect, it } from 'vitest';
import { batchOf, withReleaseDay } from './queueing';

describe('a task batch from its fields', () => {
  it('is none when neither a size, a time-out nor a release time is given', () => {
    expect(batchOf(null, null)).toBeNull();
    expect(batchOf(null, null, null)).toBeNull();
  });

  it('keeps whichever of them is given', () => {
    expect(batchOf(20, null)).toEqual({ size: 20, timeoutDays: null });
    expect(batchOf(null, 1)).toEqual({ size: null, timeoutDays: 1 });
    expect(batchOf(5, 0.5)).toEqual({ size: 5, timeoutDays: 0.5 });
    const nightly = { days: ['monday' as const], hour: 2 };
    expect(batchOf(null, null, nightly)).toEqual({ size: null, timeoutDays: null, release: nightly });
  });
});

describe('a batch release schedule from its day toggles', () => {
  it('starts at the default hour and keeps the days in the week’s order', () => {
    const thursday = withReleaseDay(null, 'thursday', true);
    expect(thursday).toEqual({ days: ['thursday'], hour: 2 });
    expect(withReleaseDay({ days: ['thursday'], hour: 22 }, 'monday', true)).toEqual({
      days: ['monday', 'thursday'],
      hour: 22,
    });
  });

  it('is none once its last day is switched off', () => {
    expect(withReleaseDay({ days: ['friday'], hour: 2 }, 'friday', false)).toBeNull();
    expect(withReleaseDay({ days: ['monday', 'friday'], hour: 2 }, 'friday', false)).toEqual({
      days: ['monday'],
      hour: 2,
    });
  });
});
