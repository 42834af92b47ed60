import { describe, expect, it } from 'vitest';
import { sampleNames } from '../test/sample';
import { curveGeometry, emotionLabel, emotionPoints, emotionTone } from './emotion';
import { byPosition } from './order';

describe('emotion curve', () => {
  const names = sampleNames();
  const { doc } = names;
  const family = names.journey('Get the home triple-play').id;
  const stages = byPosition(doc.stages);

  it('averages the customer-facing steps per stage and skips backstage', () => {
    const points = emotionPoints(doc, family, stages);
    const activate = points.find((p) => p.stageId === names.stage('Activate').id);
    // Customer: -2 (SIMs), -3 (chase calls); frontstage: -2 (booking call), -2, -3, -3 (three
    // visits). The department step (-3, three silos booking three visits) is not counted.
    expect(activate?.count).toBe(6);
    expect(activate?.value).toBeCloseTo(-15 / 6);
  });

  it('has no value for a stage without customer steps', () => {
    const points = emotionPoints(doc, family, stages);
    expect(points.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const empty = emotionPoints({ ...doc, steps: [] }, family, stages);
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

  // Regression: the curve wrote "-1.8" with a hyphen (and "-0.0" for a stage just below 0)
  // beside its own "−3" axis label.
  it('labels a stage with its sign and the minus sign, never minus zero', () => {
    expect(emotionLabel(1.5)).toBe('+1.5');
    expect(emotionLabel(-1.75)).toBe('−1.8');
    expect(emotionLabel(-0.04)).toBe('0.0');
    expect(emotionLabel(0)).toBe('0.0');
  });
});
