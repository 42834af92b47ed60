import { describe, expect, it } from 'vitest';
import { designOf, fragmentEdgeOf, fragmentOf, freshId, usedNodeIds, withDesign } from './flowFragments';
import { testDesign, testModel } from '../test/flowFixtures';

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

  it('reads and replaces the design of a scenario', () => {
    const model = testModel();
    expect(designOf(model, 'to-be')?.id).toBe('to-be');
    expect(designOf(model, null)).toBeNull();
    const next = withDesign(model, 'to-be', { ...testDesign(), name: 'Changed' });
    expect(designOf(next, 'to-be')?.name).toBe('Changed');
    expect(designOf(next, 'as-is')?.name).toBe('Design');
    expect(designOf(model, 'to-be')?.name).toBe('Design');
  });

  it('makes ids unused anywhere in the model', () => {
    const used = usedNodeIds(testModel());
    expect(used.has('mob-gw')).toBe(true);
    expect(freshId(used, 'task')).toBe('task-1');
    expect(freshId(new Set(['task-1', 'task-2']), 'task')).toBe('task-3');
  });
});
