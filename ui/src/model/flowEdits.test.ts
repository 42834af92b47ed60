import { describe, expect, it } from 'vitest';
import { connect, deleteEdge, deleteNode, insertAfter, insertOnComposedEdge, updateEdge } from './flowEdits';
import { newExclusive, newTask } from './flowNodes';
import { testDesign } from '../test/flowFixtures';
import type { Scenario as BundleDesign } from './flowTypes';

const ok = (result: { ok: true; design: BundleDesign } | { ok: false; reason: string }) => {
  if (!result.ok) throw new Error(result.reason);
  return result.design;
};
const pairs = (flow: { edges: { from: string; to: string }[] }) => flow.edges.map((e) => `${e.from}>${e.to}`);

describe('flow edits', () => {
  it('inserts a task after a node on its outgoing edge, in its fragment only', () => {
    const before = testDesign();
    const design = ok(insertAfter(before, 'sale', newTask('task-1', 'New', 'Sales', 'Shop')));
    expect(pairs(design.order)).toEqual(['order-start>sale', 'sale>task-1', 'task-1>check', 'check>order-end']);
    expect(design.order.nodes.map((n) => n.id)).toContain('task-1');
    expect(design.services).toBe(before.services);
    expect(pairs(before.order)).not.toContain('sale>task-1');
  });

  it('inserts after the last step of a fragment, before its end marker', () => {
    const design = ok(insertAfter(testDesign(), 'check', newTask('task-1', 'New', 'Sales', 'Shop')));
    expect(pairs(design.order).slice(-2)).toEqual(['check>task-1', 'task-1>order-end']);
  });

  it('asks for an edge after a gateway, and inserts on the chosen branch keeping its probability', () => {
    expect(insertAfter(testDesign(), 'mob-gw', newTask('t', 't', 'Mobile', ''))).toEqual({
      ok: false,
      reason: 'flow.refuse.pickEdge',
    });
    const design = ok(insertOnComposedEdge(testDesign(), 'mob-gw', 'mob-chase', newTask('t', 't', 'Mobile', '')));
    const mobile = design.services[0]!.provisioning;
    expect(mobile.edges.find((e) => e.from === 'mob-gw' && e.to === 't')?.probability).toBe(0.3);
    expect(mobile.edges.find((e) => e.from === 't')?.to).toBe('mob-chase');
  });

  it('gives a new gateway one certain branch', () => {
    const design = ok(insertAfter(testDesign(), 'sale', newExclusive('gateway-1', 'Decision')));
    expect(design.order.edges.find((e) => e.from === 'gateway-1')).toEqual({
      from: 'gateway-1',
      to: 'check',
      probability: 1,
    });
  });

  it('splices out a node with one edge in and one out', () => {
    const design = ok(deleteNode(testDesign(), 'check'));
    expect(pairs(design.order)).toEqual(['order-start>sale', 'sale>order-end']);
  });

  it('removes a branching node with its edges, and refuses to delete markers', () => {
    const design = ok(deleteNode(testDesign(), 'mob-gw'));
    expect(pairs(design.services[0]!.provisioning)).toEqual([
      'mobile-start>mob-entry',
      'mob-chase>mob-wait',
      'mob-wait>mobile-end',
    ]);
    expect(deleteNode(testDesign(), 'order-end')).toEqual({ ok: false, reason: 'flow.refuse.marker' });
  });

  it('connects nodes of one fragment and refuses across fragments or twice', () => {
    const design = ok(connect(testDesign(), 'mob-entry', 'mob-wait'));
    expect(pairs(design.services[0]!.provisioning)).toContain('mob-entry>mob-wait');
    expect(connect(testDesign(), 'sale', 'mob-entry')).toEqual({ ok: false, reason: 'flow.refuse.differentFragments' });
    expect(connect(testDesign(), 'sale', 'check')).toEqual({ ok: false, reason: 'flow.refuse.duplicateEdge' });
    expect(connect(testDesign(), 'sale', 'sale')).toEqual({ ok: false, reason: 'flow.refuse.selfLoop' });
    expect(connect(testDesign(), 'services-split', 'sale')).toEqual({ ok: false, reason: 'flow.refuse.notInFragment' });
  });

  it('deletes and re-weights edges given as composed edges', () => {
    const gone = ok(deleteEdge(testDesign(), 'check', 'services-split'));
    expect(pairs(gone.order)).not.toContain('check>order-end');
    const weighted = ok(updateEdge(testDesign(), { from: 'mob-gw', to: 'mob-chase', probability: 0.4 }));
    expect(weighted.services[0]!.provisioning.edges.find((e) => e.to === 'mob-chase' && e.from === 'mob-gw')).toEqual({
      from: 'mob-gw',
      to: 'mob-chase',
      probability: 0.4,
    });
  });
});
