/** Items ordered by `position`, ties broken by name then id so the order is stable. */
export function byPosition<T extends { position: number; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}

/**
 * Moves the item `id` by `delta` places and returns the items whose position changed,
 * with positions renumbered 0..n-1 (so gaps or duplicates left by older edits heal).
 */
export function reorder<T extends { position: number; id: string }>(
  items: readonly T[],
  id: string,
  delta: number,
): T[] {
  const ordered = byPosition(items);
  const from = ordered.findIndex((item) => item.id === id);
  if (from < 0) return [];
  const to = Math.max(0, Math.min(ordered.length - 1, from + delta));
  if (to === from) return [];
  const [moved] = ordered.splice(from, 1);
  if (!moved) return [];
  ordered.splice(to, 0, moved);
  return ordered
    .map((item, index) => ({ item, index }))
    .filter(({ item, index }) => item.position !== index)
    .map(({ item, index }) => ({ ...item, position: index }));
}

/** The position after the last one, for appending. */
export function nextPositionOf(items: readonly { position: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.position + 1), 0);
}
