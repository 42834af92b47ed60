import { describe, expect, it } from 'vitest';
import { sampleDocument, sampleFlowViews } from '../api/fixtures';
import { assignLanes, placeInBands, siloLanes } from './flowLanes';

describe('swimlanes', () => {
  it('groups the derived flow by the silo ids of the scenario and names lanes by silo', () => {
    const doc = sampleDocument();
    const asIs = doc.scenarios.find((s) => s.name === 'as-is')!;
    const flow = sampleFlowViews()[asIs.id]!.flow;
    const silo = (name: string) => doc.silos.find((s) => s.name === name)!.id;
    const lanes = siloLanes(asIs, doc.silos);
    const assigned = assignLanes(flow, lanes);
    expect(assigned.get('sale')).toBe(silo('Sales & ordering'));
    expect(lanes.names.get(assigned.get('sale')!)).toBe('Sales & ordering');
    // The start has no predecessor: it joins its successor's silo.
    expect(assigned.get('start')).toBe(silo('Sales & ordering'));
    // Every task and wait of the flow is in a lane keyed by a workspace silo id.
    const ids = new Set(doc.silos.map((s) => s.id));
    for (const node of flow.nodes)
      if (node.kind === 'task' || node.kind === 'wait') expect(ids.has(assigned.get(node.id)!)).toBe(true);
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
