import { describe, expect, it } from 'vitest';
import { dayHours, officeHours, validHours, withDay } from './calendar';

describe('opening hours', () => {
  it('reads and writes one interval per weekday', () => {
    const cal = officeHours();
    expect(dayHours(cal, 'monday')).toEqual({ open: true, from: 8, to: 17 });
    expect(dayHours(cal, 'sunday').open).toBe(false);
    const next = withDay(cal, 'saturday', { open: true, from: 9, to: 13 });
    expect(next.saturday).toEqual([{ fromHour: 9, toHour: 13 }]);
    expect(withDay(next, 'monday', { open: false, from: 8, to: 17 }).monday).toEqual([]);
    expect(cal.saturday).toEqual([]);
  });

  it('accepts only hours within the day, from before to', () => {
    expect(validHours({ open: true, from: 8, to: 17 })).toBe(true);
    expect(validHours({ open: true, from: 17, to: 8 })).toBe(false);
    expect(validHours({ open: true, from: 0, to: 25 })).toBe(false);
    expect(validHours({ open: false, from: 17, to: 8 })).toBe(true);
  });
});
