import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { formatDist } from './format';

const t = i18n.getFixedT('en');
const hours = (h: number) => h / 24;

describe('a distribution on a card', () => {
  it('reads as before without bounds', () => {
    expect(formatDist({ kind: 'triangular', min: hours(0.5), mode: hours(1), max: hours(2) }, t)).toBe('30 min–2 h');
    expect(formatDist({ kind: 'exponential', mean: hours(2) }, t)).toBe('≈2 h');
  });

  it('is moved by its shift and kept within its bounds', () => {
    const tri = { kind: 'triangular', min: 3, mode: 5, max: 14 } as const;
    expect(formatDist({ ...tri, bounds: { shift: 1 } }, t)).toBe('4–15 days');
    expect(formatDist({ ...tri, bounds: { shift: 1, max: 10 } }, t)).toBe('4–10 days');
    expect(formatDist({ kind: 'exponential', mean: hours(2), bounds: { shift: hours(1) } }, t)).toBe('≈3 h');
    expect(formatDist({ kind: 'exponential', mean: 3, bounds: { shift: 2, max: 10 } }, t)).toBe('2–10 days');
    expect(formatDist({ kind: 'normal', mean: 5, sd: 2, bounds: { min: 1 } }, t)).toBe('≥1 day');
  });
});
