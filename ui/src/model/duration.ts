// Durations as people say them. The engine counts in days (24-hour days); a person thinks in
// minutes, hours or days by magnitude: "45 min", "2.5 h", "3–10 days", never "0.0416666 d".
// This is the one place that turns days into words and words back into days.

export type DurationUnit = 'minutes' | 'hours' | 'days';

/** Days per unit. */
const DAYS: Record<DurationUnit, number> = { minutes: 1 / 1440, hours: 1 / 24, days: 1 };

/** How a unit is written in the catalog, e.g. `duration.hours` → "{{value}} h". */
export type Translate = (key: string, options: { value: string; count: number }) => string;

/**
 * The unit a duration reads best in: minutes under an hour, hours under a day, else days,
 * judged after rounding (0.0416666 days is "1 h", not "60 min").
 */
export function unitOf(days: number): DurationUnit {
  const size = Math.abs(days);
  if (size === 0) return 'days';
  if (Number(amountText(size / DAYS.minutes)) < 60) return 'minutes';
  if (Number(amountText(size / DAYS.hours)) < 24) return 'hours';
  return 'days';
}

/** A number with as few decimals as its size needs (two under 10, one under 100, none above). */
export function amountText(value: number): string {
  const size = Math.abs(value);
  const decimals = size < 10 ? 2 : size < 100 ? 1 : 0;
  const rounded = Number(value.toFixed(decimals));
  // Never "-0".
  return (Object.is(rounded, -0) ? 0 : rounded).toString();
}

/** `days` in `unit`, as written in the field. */
export const inUnit = (days: number, unit: DurationUnit): number => days / DAYS[unit];

/** "45 min", "2.5 h", "3 days" (in the catalog's words). */
export function formatDuration(days: number, t: Translate): string {
  const unit = unitOf(days);
  const value = inUnit(days, unit);
  return t(`duration.${unit}`, { value: amountText(value), count: Number(amountText(value)) });
}

/**
 * A range in one unit, "3–10 days" or "2.4–24 h", chosen by its lower end (so a short
 * minimum is not written as a fraction); when the upper end would then be a large number
 * the two ends are written each in its own unit, "30 min–3 days".
 */
export function formatDurationRange(min: number, max: number, t: Translate): string {
  const unit = unitOf(min > 0 ? min : max);
  const high = inUnit(max, unit);
  if (high >= 100 && unitOf(max) !== unit) return `${formatDuration(min, t)}–${formatDuration(max, t)}`;
  const value = `${amountText(inUnit(min, unit))}–${amountText(high)}`;
  return t(`duration.${unit}`, { value, count: Number(amountText(high)) });
}

/** Unit words a person may type, in English and Chinese, longest first within each unit. */
const UNIT_WORDS: [DurationUnit | 'weeks', string[]][] = [
  ['minutes', ['minutes', 'minute', 'mins', 'min', 'm', '分钟', '分']],
  ['hours', ['hours', 'hour', 'hrs', 'hr', 'h', '小时', '个小时', '钟头', '时']],
  ['days', ['days', 'day', 'd', '天', '日']],
  ['weeks', ['weeks', 'week', 'wks', 'wk', 'w', '周', '星期', '个星期']],
];

const unitByWord = new Map<string, number>(
  UNIT_WORDS.flatMap(([unit, words]) =>
    words.map((word): [string, number] => [word, unit === 'weeks' ? 7 : DAYS[unit]]),
  ),
);

export type ParsedDuration = { ok: true; days: number } | { ok: false; error: string };

/**
 * What a person typed, in days: "1 h", "90 min", "2.5h", "3 d", "1 h 30 min", "2,5 h",
 * "1小时30分钟", "3天". A bare number is taken in `bareUnit` (the unit the field showed).
 * Anything else is refused with the catalog key of a message saying what to write.
 */
export function parseDuration(text: string, bareUnit: DurationUnit = 'days'): ParsedDuration {
  // Full-width digits and signs (from a Chinese keyboard) as ASCII; a decimal comma as a point.
  const input = text
    .trim()
    .replace(/[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(\d),(\d)/g, '$1.$2')
    .toLowerCase();
  if (input === '') return { ok: false, error: 'duration.error.empty' };
  if (/^-/.test(input)) return { ok: false, error: 'duration.error.negative' };
  const bare = /^(\d+(?:\.\d+)?|\.\d+)$/.exec(input);
  if (bare) return { ok: true, days: Number(bare[1]) * DAYS[bareUnit] };
  // One or more "number unit" parts, e.g. "1 h 30 min".
  const part = /(\d+(?:\.\d+)?|\.\d+)\s*([a-z\u4e00-\u9fff]+)\s*/gy;
  let days = 0;
  let end = 0;
  for (let match = part.exec(input); match; match = part.exec(input)) {
    const perUnit = unitByWord.get(match[2] ?? '');
    if (perUnit === undefined) return { ok: false, error: 'duration.error.unit' };
    days += Number(match[1]) * perUnit;
    end = part.lastIndex;
  }
  if (end === 0 || end !== input.length) return { ok: false, error: 'duration.error.format' };
  return { ok: true, days };
}
