// A batching task's rule in words, for the marker on its card: the map shows which steps
// wait for a batch and what releases it without opening the inspector.
import type { TFunction } from 'i18next';
import type { Batch } from '../../bindings';
import { WEEKDAYS } from '../../model/calendar';
import { formatDuration } from '../../model/duration';

/** An hour of the day as a clock reads it: 2 → "02:00", 22.5 → "22:30". */
export function clockTime(hour: number): string {
  const minutes = Math.round(hour * 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "Runs once per batch, released at 20 cases or 1 day after its first case or Mon, Thu at 02:00". */
export function batchSummary(batch: Batch, t: TFunction): string {
  const rules: string[] = [];
  if (batch.size != null) rules.push(t('flow.batch.size', { count: batch.size }));
  if (batch.timeoutDays != null)
    rules.push(t('flow.batch.timeout', { duration: formatDuration(batch.timeoutDays, t) }));
  if (batch.release) {
    const { days, hour } = batch.release;
    const names = WEEKDAYS.filter((d) => days.includes(d)).map((d) => t(`flow.daysShort.${d}`));
    rules.push(t('flow.batch.release', { days: names.join(t('flow.batch.daySeparator')), time: clockTime(hour) }));
  }
  return t('flow.batch.summary', { rules: rules.join(t('flow.batch.or')) });
}
