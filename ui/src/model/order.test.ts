import { describe, expect, it } from 'vitest';
import { byPosition, nextPositionOf, reorder } from './order';

const items = [
  { id: 'c', position: 2 },
  { id: 'a', position: 0 },
  { id: 'b', position: 1 },
];

describe('order', () => {
  it('sorts by position', () => {
    expect(byPosition(items).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('moves an item and returns only the items whose position changed', () => {
    expect(reorder(items, 'c', -1)).toEqual([
      { id: 'c', position: 1 },
      { id: 'b', position: 2 },
    ]);
  });

  it('does nothing past either end', () => {
    expect(reorder(items, 'a', -1)).toEqual([]);
    expect(reorder(items, 'c', 1)).toEqual([]);
    expect(reorder(items, 'missing', 1)).toEqual([]);
  });

  it('heals gaps and duplicates when reordering', () => {
    const messy = [
      { id: 'a', position: 5 },
      { id: 'b', position: 5 },
      { id: 'c', position: 9 },
    ];
    const changed = reorder(messy, 'c', -2);
    expect(
      byPosition([...messy.filter((m) => !changed.some((c) => c.id === m.id)), ...changed]).map((i) => i.id),
    ).toEqual(['c', 'a', 'b']);
  });

  it('appends after the last position', () => {
    expect(nextPositionOf(items)).toBe(3);
    expect(nextPositionOf([])).toBe(0);
  });
});
