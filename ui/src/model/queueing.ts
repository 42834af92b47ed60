// A task's place in its pool's queue and its batch, as the Flow tab edits them (the engine's
// `queueing` module defines what they do).
import type { Batch, BatchRelease, Weekday } from '../bindings';
import { WEEKDAYS } from './calendar';

/** Highest queue priority of a task or a segment (the engine's `MAX_PRIORITY`); 0 is none. */
export const MAX_PRIORITY = 9;

/** The hour a new release schedule runs at: the night, when batch jobs traditionally run. */
export const DEFAULT_RELEASE_HOUR = 2;

/** A task's batch from its three optional fields: none when all are empty. */
export function batchOf(
  size: number | null,
  timeoutDays: number | null,
  release: BatchRelease | null = null,
): Batch | null {
  if (size === null && timeoutDays === null && release === null) return null;
  return release === null ? { size, timeoutDays } : { size, timeoutDays, release };
}

/** The release schedule with `day` switched on or off, days in the week's order: none when no day is left. */
export function withReleaseDay(release: BatchRelease | null, day: Weekday, on: boolean): BatchRelease | null {
  const days = WEEKDAYS.filter((d) => (d === day ? on : (release?.days.includes(d) ?? false)));
  return days.length === 0 ? null : { days, hour: release?.hour ?? DEFAULT_RELEASE_HOUR };
}
