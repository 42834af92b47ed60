import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { batchSummary, clockTime } from './batchSummary';

describe('a batching task’s rule in words', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('reads an hour of the day as a clock does', () => {
    expect(clockTime(2)).toBe('02:00');
    expect(clockTime(22.5)).toBe('22:30');
    expect(clockTime(0)).toBe('00:00');
    expect(clockTime(23.99)).toBe('23:59');
  });

  it('lists every rule that releases the batch, days in the week’s order', () => {
    const t = i18n.t.bind(i18n);
    expect(batchSummary({ size: 20, timeoutDays: 1 }, t)).toBe(
      'Runs once per batch, released at 20 cases or 1 day after its first case',
    );
    expect(batchSummary({ size: null, timeoutDays: null, release: { days: ['thursday', 'monday'], hour: 2 } }, t)).toBe(
      'Runs once per batch, released on Mon, Thu at 02:00',
    );
    expect(batchSummary({ size: 1, timeoutDays: 0.5 }, t)).toBe(
      'Runs once per batch, released at 1 case or 12 h after its first case',
    );
  });

  it('says it in Chinese too', async () => {
    await i18n.changeLanguage('zh-CN');
    const t = i18n.t.bind(i18n);
    expect(
      batchSummary({ size: null, timeoutDays: null, release: { days: ['monday', 'thursday'], hour: 22.5 } }, t),
    ).toBe('按批次执行，每周一、四 22:30 放行（先到者为准）');
  });
});
