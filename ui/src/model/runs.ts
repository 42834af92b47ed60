// View logic of the saved runs: how a run is named and its headline figures written, and
// which of two runs is the older.
import type { RunSummary } from '../bindings';
import type { DurationUnit } from './duration';
import { formatValue } from './simulation';
import { numberFormat } from './numberFormat';

/** The time of a run as the locale writes a date and time; the raw text if it is no date. */
export function formatRunTime(at: string, locale = 'en'): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A time (days) in `unit`, written as the key figures write it; '–' when there is no
 * value (e.g. no case was activated). */
export function formatTime(days: number | null, unit: DurationUnit, locale = 'en'): string {
  return days === null ? '–' : formatValue(days, 'cycleDays', locale, unit);
}

/** A count per case (contacts, visits): whole numbers as they are, else one decimal. */
export function formatCount(count: number | null, locale = 'en'): string {
  if (count === null || !Number.isFinite(count)) return '–';
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(count);
}

/** A rate (0..1) in percent with one decimal. */
export function formatRate(rate: number, locale = 'en'): string {
  if (!Number.isFinite(rate)) return '–';
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rate);
}

const time = (run: RunSummary) => {
  const t = new Date(run.at).getTime();
  return Number.isNaN(t) ? 0 : t;
};

/** The two runs older first (as given when they ran at the same time). */
export function olderFirst(a: RunSummary, b: RunSummary): [RunSummary, RunSummary] {
  return time(b) < time(a) ? [b, a] : [a, b];
}
