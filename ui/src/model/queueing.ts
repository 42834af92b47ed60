// A task's place in its pool's queue and its batch, as the Flow tab edits them (the engine's
// `queueing` module defines what they do).
import type { Batch } from '../bindings';

/** Highest queue priority of a task or a segment (the engine's `MAX_PRIORITY`); 0 is none. */
export const MAX_PRIORITY = 9;

/** A task's batch from its two optional fields: none when both are empty. */
export function batchOf(size: number | null, timeoutDays: number | null): Batch | null {
  return size === null && timeoutDays === null ? null : { size, timeoutDays };
}
