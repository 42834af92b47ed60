import { describe, expect, it } from 'vitest';
import { fragmentEdgeOf, fragmentOf, freshId, nodeOf, putFragment, scenariosOf, usedNodeIds } from './flowFragments';
import { testDesign, testScenarios } from '../test/flowFixtures';

describe('flow fragments', () => {
  it('finds the fragment that owns a node, markers included', () => {
    const design = testDesign();
    expect(fragmentOf(design, 'sale')).toBe('order');
    expect(fragmentOf(design, 'mob-gw')).toBe('service:mobile');
    expect(fragmentOf(design, 'tv-end')).toBe('service:tv');
    expect(fragmentOf(design, 'bill')).toBe('billing');
    expect(fragmentOf(design, 'services-split')).toBeNull();
  });

  it('maps composed edges that cross a fragment boundary to the marker edges', () => {
    const design = testDesign();
    expect(fragmentEdgeOf(design, 'check', 'services-split')).toEqual({ key: 'order', from: 'check', to: 'order-end' });
    expect(fragmentEdgeOf(design, 'services-split', 'mob-entry')).toEqual({
      key: 'service:mobile',
      from: 'mobile-start',
      to: 'mob-entry',
    });
    expect(fragmentEdgeOf(design, 'sale', 'check')).toEqual({ key: 'order', from: 'sale', to: 'check' });
    expect(fragmentEdgeOf(design, 'start', 'end')).toBeNull();
  });

  it("lists a bundle's scenarios in order and replaces one fragment of a scenario", () => {
    const [asIs, toBe] = testScenarios();
    expect(scenariosOf([toBe!, asIs!], 'bundle').map((s) => s.id)).toEqual(['as-is', 'to-be']);
    expect(scenariosOf([toBe!, asIs!], 'other')).toEqual([]);
    const billing = { ...asIs!.billing, name: 'Changed' };
    const next = putFragment(asIs!, 'billing', billing);
    expect(next.billing.name).toBe('Changed');
    expect(asIs!.billing.name).toBe('billing');
    expect(nodeOf(next, 'mob-gw')?.kind).toBe('exclusive');
    expect(nodeOf(next, 'services-split')).toBeUndefined();
  });

  it('makes ids unused anywhere in the model', () => {
    const used = usedNodeIds(testScenarios());
    expect(used.has('mob-gw')).toBe(true);
    expect(freshId(used, 'task')).toBe('task-1');
    expect(freshId(new Set(['task-1', 'task-2']), 'task')).toBe('task-3');
  });
});
