import { describe, expect, it } from 'vitest';
import { sampleRuns } from '../api/fixtures';
import { formatCount, formatRate, formatRunTime, formatTime, olderFirst } from './runs';

describe('saved runs as shown', () => {
  it('writes times in a unit with one decimal, counts as they are, rates in percent with one decimal', () => {
    expect(formatTime(12.75566556622535, 'days')).toBe('12.8');
    expect(formatTime(20 / 1440, 'minutes')).toBe('20.0');
    expect(formatTime(null, 'days')).toBe('–');
    expect(formatTime(1234.56, 'days', 'zh-CN')).toBe('1,234.6');
    expect(formatCount(21)).toBe('21');
    expect(formatCount(2.25)).toBe('2.3');
    expect(formatRate(0.0805)).toBe('8.1%');
    expect(formatRate(0)).toBe('0.0%');
  });

  it('writes the time of a run as the locale does, and leaves text that is no time as it is', () => {
    const at = '2026-11-01T10:00:00+00:00';
    expect(formatRunTime(at, 'en')).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at)),
    );
    expect(formatRunTime(at, 'en')).toContain('2026');
    expect(formatRunTime('yesterday')).toBe('yesterday');
  });

  it('puts the older of two runs first, whichever order they come in', () => {
    const runs = sampleRuns();
    const toBe = runs[0]!;
    const asIs = runs[1]!;
    expect(olderFirst(toBe, asIs).map((r) => r.id)).toEqual(['run-as-is', 'run-to-be']);
    expect(olderFirst(asIs, toBe).map((r) => r.id)).toEqual(['run-as-is', 'run-to-be']);
  });
});
