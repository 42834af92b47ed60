import { describe, expect, it } from 'vitest';
import { sampleNames } from '../test/sample';
import {
  addBundle,
  addService,
  addSilo,
  deleteBundle,
  deleteService,
  deleteSilo,
  moveService,
  siloInUse,
  siloUse,
  updateBundle,
  updateService,
  updateSilo,
} from './changes';
import type { Service } from './types';

const names = sampleNames();
const { doc } = names;
const home = names.bundle('Home triple-play');
const service = (name: string): Service => names.service(name);
const iptvSilo = names.silo('IPTV');

describe('bundle, service and silo change builders', () => {
  it('adds and edits a bundle with trimmed fields, and deletes it with one change', () => {
    expect(addBundle('  Business duo ', 'b-1')).toEqual([
      { op: 'put', entity: { kind: 'bundle', value: { id: 'b-1', name: 'Business duo', description: '' } } },
    ]);
    const bundle = { id: 'bundle-home', name: ' Home ', description: ' Three services ' };
    expect(updateBundle(bundle)).toEqual([
      {
        op: 'put',
        entity: { kind: 'bundle', value: { id: 'bundle-home', name: 'Home', description: 'Three services' } },
      },
    ]);
    expect(deleteBundle('bundle-home')).toEqual([{ op: 'delete', target: { kind: 'bundle', id: 'bundle-home' } }]);
  });

  it('adds a service at the end of its bundle, not optional', () => {
    const inBundle = doc.services.filter((s) => s.bundleId === home.id);
    expect(addService(doc, home.id, ' Smart home ', iptvSilo.id, 'svc-new')).toEqual([
      {
        op: 'put',
        entity: {
          kind: 'service',
          value: {
            id: 'svc-new',
            bundleId: home.id,
            name: 'Smart home',
            siloId: iptvSilo.id,
            optional: false,
            position: Math.max(...inBundle.map((s) => s.position)) + 1,
          },
        },
      },
    ]);
    expect(addService(doc, 'bundle-empty', 'Mobile', names.silo('Mobile').id, 'svc-x')[0]).toMatchObject({
      entity: { value: { position: 0 } },
    });
  });

  it('edits, reorders within the bundle and deletes a service', () => {
    const iptv = service('IPTV');
    const fixed = names.silo('Fixed line').id;
    expect(updateService({ ...iptv, siloId: fixed, optional: true })).toEqual([
      { op: 'put', entity: { kind: 'service', value: { ...iptv, siloId: fixed, optional: true } } },
    ]);
    expect(moveService(doc, iptv, -1)).toEqual([
      { op: 'put', entity: { kind: 'service', value: { ...iptv, position: 1 } } },
      { op: 'put', entity: { kind: 'service', value: { ...service('Broadband'), position: 2 } } },
    ]);
    expect(moveService(doc, service('Mobile'), -1)).toEqual([]);
    expect(deleteService(iptv.id)).toEqual([{ op: 'delete', target: { kind: 'service', id: iptv.id } }]);
  });

  it('adds and edits a silo, and refuses to delete one a service or a scenario step still uses', () => {
    expect(addSilo(' Cloud ', ' Cloud OSS ', 'silo-cloud')).toEqual([
      { op: 'put', entity: { kind: 'silo', value: { id: 'silo-cloud', name: 'Cloud', system: 'Cloud OSS' } } },
    ]);
    expect(updateSilo({ id: iptvSilo.id, name: ' TV ', system: '' })).toEqual([
      { op: 'put', entity: { kind: 'silo', value: { id: iptvSilo.id, name: 'TV', system: '' } } },
    ]);
    expect(doc.services.some((s) => s.siloId === iptvSilo.id)).toBe(true);
    expect(deleteSilo(doc, iptvSilo.id)).toEqual([]);
    const unused = { ...doc, services: doc.services.filter((s) => s.siloId !== iptvSilo.id), scenarios: [] };
    expect(deleteSilo(unused, iptvSilo.id)).toEqual([{ op: 'delete', target: { kind: 'silo', id: iptvSilo.id } }]);
  });

  it('counts the tasks and waits a silo owns in every flow of every scenario as use', () => {
    // TV billing: no service, one task of the as-is billing.
    const tvBilling = names.silo('TV billing').id;
    const asIs = names.scenario('as-is');
    expect(siloUse(doc, tvBilling)).toEqual({ services: [], scenarios: [{ scenario: asIs, steps: 1 }] });
    expect(deleteSilo(doc, tvBilling)).toEqual([]);

    // Bundle provisioning: no service, tasks and a wait in the to-be provisioning flows only.
    const bundleSilo = names.silo('Bundle provisioning').id;
    const toBe = names.scenario('to-be');
    const inServices = toBe.services
      .flatMap((s) => s.provisioning.nodes)
      .filter((n) => (n.kind === 'task' || n.kind === 'wait') && n.silo === bundleSilo);
    expect(inServices.some((n) => n.kind === 'wait')).toBe(true);
    const use = siloUse(doc, bundleSilo);
    expect(use.services).toEqual([]);
    expect(use.scenarios).toEqual([{ scenario: toBe, steps: inServices.length }]);
    expect(siloInUse(use)).toBe(true);

    // Once no step names it, nothing uses it.
    const moved = {
      ...doc,
      scenarios: doc.scenarios.map((s) => ({
        ...s,
        billing: {
          ...s.billing,
          nodes: s.billing.nodes.map((n) =>
            n.kind === 'task' && n.silo === tvBilling ? { ...n, silo: iptvSilo.id } : n,
          ),
        },
      })),
    };
    expect(siloInUse(siloUse(moved, tvBilling))).toBe(false);
    expect(deleteSilo(moved, tvBilling)).toEqual([{ op: 'delete', target: { kind: 'silo', id: tvBilling } }]);
  });
});
