import { describe, expect, it } from 'vitest';
import { testDesign } from '../test/flowFixtures';
import { fragments } from './flowFragments';
import { addService, removeService, SERVICE_CHANNEL, slugOf } from './flowServices';
import type { BundleDesign } from './flowTypes';

const defaults = { taskName: 'Streaming provisioning', channel: SERVICE_CHANNEL };

function added(design: BundleDesign, name: string) {
  const result = addService(design, name, defaults);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const allIds = (design: BundleDesign) => [
  ...design.services.map((s) => s.id),
  ...fragments(design).flatMap((f) => f.flow.nodes.map((n) => n.id)),
];

describe('flow services', () => {
  it('appends an included service whose fragment runs start → task → end', () => {
    const before = testDesign();
    const { design, id } = added(before, ' Streaming ');
    expect(id).toBe('svc-streaming');
    expect(before.services).toHaveLength(2);
    const service = design.services.at(-1)!;
    expect(service).toMatchObject({ id, name: 'Streaming', included: true });
    const flow = service.provisioning;
    expect(flow.nodes.filter((n) => n.kind === 'start').map((n) => n.id)).toEqual(['svc-streaming-start']);
    expect(flow.nodes.filter((n) => n.kind === 'end').map((n) => n.id)).toEqual(['svc-streaming-end']);
    expect(flow.edges.map((e) => `${e.from}>${e.to}`)).toEqual([
      'svc-streaming-start>svc-streaming-provision',
      'svc-streaming-provision>svc-streaming-end',
    ]);
    expect(flow.nodes.find((n) => n.id === 'svc-streaming-provision')).toMatchObject({
      kind: 'task',
      name: 'Streaming provisioning',
      silo: 'Streaming',
      actor: 'agent',
      channel: 'Back office',
    });
    expect(new Set(allIds(design)).size).toBe(allIds(design).length);
  });

  it('suffixes the id when it collides with a service id or a node id', () => {
    const base = testDesign();
    base.services[1]!.id = 'svc-streaming';
    expect(added(base, 'Streaming').id).toBe('svc-streaming-2');
    // A node of another fragment already uses one of the ids the service would bring.
    const taken = testDesign();
    taken.billing.nodes.push({ kind: 'exclusive', id: 'svc-streaming-2-end', name: 'x' });
    taken.services[0]!.id = 'svc-streaming';
    const { design, id } = added(taken, 'Streaming');
    expect(id).toBe('svc-streaming-3');
    expect(new Set(allIds(design)).size).toBe(allIds(design).length);
    // Names without ASCII letters still get an id.
    expect(added(testDesign(), '流媒体').id).toBe('svc');
    expect(slugOf('Télé & Box')).toBe('tele-box');
  });

  it('refuses an empty or duplicate name', () => {
    expect(addService(testDesign(), '  ', defaults)).toEqual({ ok: false, reason: 'flow.refuse.serviceNameEmpty' });
    expect(addService(testDesign(), 'mobile', defaults)).toEqual({ ok: false, reason: 'flow.refuse.serviceNameTaken' });
  });

  it('removes only the given service, never the last one', () => {
    const result = removeService(testDesign(), 'mobile');
    if (!result.ok) throw new Error(result.reason);
    expect(result.design.services.map((s) => s.id)).toEqual(['tv']);
    expect(result.design.services[0]).toEqual(testDesign().services[1]);
    expect(result.design.order).toEqual(testDesign().order);
    expect(removeService(result.design, 'tv')).toEqual({ ok: false, reason: 'flow.refuse.lastService' });
    expect(removeService(testDesign(), 'nope')).toEqual({ ok: false, reason: 'flow.refuse.unknownService' });
  });
});
