import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { amountText, formatDuration, formatDurationRange, parseDuration, unitOf, type Translate } from './duration';

const en: Translate = (key, options) => i18n.getFixedT('en')(key, options);
const zh: Translate = (key, options) => i18n.getFixedT('zh-CN')(key, options);
const HOUR = 1 / 24;
const MINUTE = 1 / 1440;

function days(text: string, bare?: Parameters<typeof parseDuration>[1]): number {
  const parsed = parseDuration(text, bare);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error}`);
  return parsed.days;
}

describe('formatDuration', () => {
  it('writes a duration in the unit its size reads best in, never as a fraction of a day', () => {
    expect(formatDuration(HOUR, en)).toBe('1 h');
    expect(formatDuration(0.0416666666666, en)).toBe('1 h');
    expect(formatDuration(2.5 * HOUR, en)).toBe('2.5 h');
    expect(formatDuration(45 * MINUTE, en)).toBe('45 min');
    expect(formatDuration(1, en)).toBe('1 day');
    expect(formatDuration(3, en)).toBe('3 days');
    expect(formatDuration(1.5, en)).toBe('1.5 days');
    expect(formatDuration(0, en)).toBe('0 days');
  });

  it('uses Chinese units in Chinese', () => {
    expect(formatDuration(3, zh)).toBe('3 天');
    expect(formatDuration(2.5 * HOUR, zh)).toBe('2.5 小时');
    expect(formatDuration(45 * MINUTE, zh)).toBe('45 分钟');
  });

  it('keeps two decimals under 10, one under 100, none above, and never writes -0', () => {
    expect(amountText(7.992)).toBe('7.99');
    expect(amountText(42.25)).toBe('42.3');
    expect(amountText(123.4)).toBe('123');
    expect(amountText(-0.0001)).toBe('0');
  });
});

describe('formatDurationRange', () => {
  it('writes both ends in the unit of the lower one', () => {
    expect(formatDurationRange(3, 10, en)).toBe('3–10 days');
    expect(formatDurationRange(0.1, 1, en)).toBe('2.4–24 h');
    expect(formatDurationRange(HOUR, 6 * HOUR, en)).toBe('1–6 h');
    expect(formatDurationRange(3, 14, zh)).toBe('3–14 天');
  });

  it('writes each end in its own unit when one unit would need a large number', () => {
    expect(formatDurationRange(30 * MINUTE, 3, en)).toBe('30 min–3 days');
  });
});

describe('parseDuration', () => {
  it('reads what people type, in English and Chinese units', () => {
    expect(days('1 h')).toBeCloseTo(HOUR, 12);
    expect(days('90 min')).toBeCloseTo(1.5 * HOUR, 12);
    expect(days('2.5h')).toBeCloseTo(2.5 * HOUR, 12);
    expect(days('3 d')).toBe(3);
    expect(days('3 days')).toBe(3);
    expect(days('1 week')).toBe(7);
    expect(days('2,5 h')).toBeCloseTo(2.5 * HOUR, 12);
    expect(days('1 h 30 min')).toBeCloseTo(1.5 * HOUR, 12);
    expect(days('2 小时')).toBeCloseTo(2 * HOUR, 12);
    expect(days('30分钟')).toBeCloseTo(30 * MINUTE, 12);
    expect(days('1小时30分钟')).toBeCloseTo(1.5 * HOUR, 12);
    expect(days('3天')).toBe(3);
    expect(days('３天')).toBe(3);
  });

  it('takes a bare number in the unit the field showed', () => {
    expect(days('4', 'hours')).toBeCloseTo(4 * HOUR, 12);
    expect(days('4')).toBe(4);
  });

  it('refuses nonsense with a message saying what to write', () => {
    expect(parseDuration('')).toEqual({ ok: false, error: 'duration.error.empty' });
    expect(parseDuration('-2 h')).toEqual({ ok: false, error: 'duration.error.negative' });
    expect(parseDuration('3 parsecs')).toEqual({ ok: false, error: 'duration.error.unit' });
    expect(parseDuration('soon')).toEqual({ ok: false, error: 'duration.error.format' });
    expect(parseDuration('2 h and')).toEqual({ ok: false, error: 'duration.error.format' });
    expect(parseDuration('1..5 h')).toEqual({ ok: false, error: 'duration.error.format' });
    for (const key of ['empty', 'negative', 'unit', 'format'])
      expect(i18n.getFixedT('en')(`duration.error.${key}`)).not.toContain('duration.');
  });
});

describe('round trips', () => {
  it('reads back what it writes, in both languages', () => {
    for (const value of [MINUTE, 45 * MINUTE, HOUR, 2.5 * HOUR, 6 * HOUR, 0.25, 1, 3, 14, 45]) {
      for (const t of [en, zh]) {
        const text = formatDuration(value, t);
        expect(days(text)).toBeCloseTo(value, 6);
      }
    }
  });

  it('picks the unit it writes the value in', () => {
    expect(unitOf(30 * MINUTE)).toBe('minutes');
    expect(unitOf(5 * HOUR)).toBe('hours');
    expect(unitOf(2)).toBe('days');
  });
});
