import { describe, expect, it } from 'vitest';
import { composeDesign } from '../api/mockFlow';
import { testDesign } from '../test/flowFixtures';
import { assignLanes, FLOW_LANE, placeInBands } from './flowLanes';

describe('swimlanes', () => {
  it('puts steps in their silo, gateways with their neighbours, joins across silos in the Flow lane', () => {
    const design = testDesign();
    design.services[1]!.included = true;
    const lanes = assignLanes(composeDesign(design));
    expect(lanes.get('sale')).toBe('Sales');
    expect(lanes.get('mob-wait')).toBe('Mobile');
    // The gateway follows its predecessor's silo.
    expect(lanes.get('mob-gw')).toBe('Mobile');
    // The start has no predecessor: it joins its successor.
    expect(lanes.get('start')).toBe('Sales');
    expect(lanes.get('services-split')).toBe('Sales');
    // Mobile and TV meet in the join: no single silo owns it.
    expect(lanes.get('services-join')).toBe(FLOW_LANE);
    expect(lanes.get('end')).toBe('Billing');
  });

  it('stacks boxes of a lane that overlap and orders lanes from the left', () => {
    const { positions, bands } = placeInBands(
      [
        { id: 'a', lane: 'Sales', x: 0, y: 0, width: 100, height: 40 },
        { id: 'b', lane: 'Mobile', x: 200, y: 0, width: 100, height: 40 },
        { id: 'c', lane: 'Mobile', x: 220, y: 80, width: 100, height: 40 },
        { id: 'd', lane: 'Mobile', x: 400, y: 0, width: 100, height: 40 },
      ],
      { gap: 10, padding: 20 },
    );
    expect(bands.map((b) => b.lane)).toEqual(['Sales', 'Mobile']);
    expect(bands[0]).toEqual({ lane: 'Sales', y: 0, height: 80 });
    expect(bands[1]!.y).toBe(80);
    // b and c overlap horizontally: two rows; d fits in the first row again.
    expect(positions.get('b')!.y).toBe(100);
    expect(positions.get('c')!.y).toBe(150);
    expect(positions.get('d')!.y).toBe(100);
    expect(positions.get('c')!.x).toBe(220);
    expect(bands[1]!.height).toBe(130);
  });
});
