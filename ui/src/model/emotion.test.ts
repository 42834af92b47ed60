import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../api/sample';
import { curveGeometry, emotionPoints, emotionTone } from './emotion';
import { byPosition } from './order';

describe('emotion curve', () => {
  const doc = sampleDocument();
  const stages = byPosition(doc.stages);

  it('averages the customer-facing steps per stage and skips backstage', () => {
    const points = emotionPoints(doc, 'jr-family', stages);
    const activate = points.find((p) => p.stageId === 'stage-activate');
    // -3 (visits), -3 (chase calls), -3, -2, -1; the department step (0) is not counted.
    expect(activate?.count).toBe(5);
    expect(activate?.value).toBeCloseTo(-12 / 5);
  });

  it('has no value for a stage without customer steps', () => {
    const points = emotionPoints(doc, 'jr-family', stages);
    expect(points.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const empty = emotionPoints({ ...doc, steps: [] }, 'jr-family', stages);
    expect(empty.every((p) => p.value === null)).toBe(true);
    expect(curveGeometry(empty, 100, 80).path).toBe('');
  });

  it('lays points at column centres with +3 on top and the zero line in the middle', () => {
    const g = curveGeometry(
      [
        { stageId: 'a', index: 0, value: 3, count: 1 },
        { stageId: 'b', index: 1, value: null, count: 0 },
        { stageId: 'c', index: 2, value: -3, count: 1 },
      ],
      100,
      80,
      10,
    );
    expect(g.width).toBe(300);
    expect(g.zeroY).toBe(40);
    expect(g.dots).toEqual([
      { x: 50, y: 10, value: 3, stageId: 'a' },
      { x: 250, y: 70, value: -3, stageId: 'c' },
    ]);
    expect(g.path).toBe('M50.0,10.0 L250.0,70.0');
  });

  it('names the tone of an emotion', () => {
    expect(emotionTone(-2)).toBe('negative');
    expect(emotionTone(0.5)).toBe('neutral');
    expect(emotionTone(1)).toBe('positive');
  });
});
