import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../api/sample';
import {
  addBundle,
  addService,
  addSilo,
  deleteBundle,
  deleteService,
  deleteSilo,
  moveService,
  updateBundle,
  updateService,
  updateSilo,
} from './changes';
import type { Service } from './types';

const doc = sampleDocument();
const service = (id: string): Service => {
  const found = doc.services.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

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
    expect(addService(doc, 'bundle-home', ' Smart home ', 'silo-iptv', 'svc-new')).toEqual([
      {
        op: 'put',
        entity: {
          kind: 'service',
          value: {
            id: 'svc-new',
            bundleId: 'bundle-home',
            name: 'Smart home',
            siloId: 'silo-iptv',
            optional: false,
            position: 4,
          },
        },
      },
    ]);
    expect(addService(doc, 'bundle-empty', 'Mobile', 'silo-mobile', 'svc-x')[0]).toMatchObject({
      entity: { value: { position: 0 } },
    });
  });

  it('edits, reorders within the bundle and deletes a service', () => {
    const iptv = service('svc-iptv');
    expect(updateService({ ...iptv, siloId: 'silo-fixed', optional: true })).toEqual([
      { op: 'put', entity: { kind: 'service', value: { ...iptv, siloId: 'silo-fixed', optional: true } } },
    ]);
    expect(moveService(doc, iptv, -1)).toEqual([
      { op: 'put', entity: { kind: 'service', value: { ...iptv, position: 1 } } },
      { op: 'put', entity: { kind: 'service', value: { ...service('svc-broadband'), position: 2 } } },
    ]);
    expect(moveService(doc, service('svc-mobile'), -1)).toEqual([]);
    expect(deleteService('svc-iptv')).toEqual([{ op: 'delete', target: { kind: 'service', id: 'svc-iptv' } }]);
  });

  it('adds and edits a silo, and refuses to delete one a service still uses', () => {
    expect(addSilo(' Cloud ', ' Cloud OSS ', 'silo-cloud')).toEqual([
      { op: 'put', entity: { kind: 'silo', value: { id: 'silo-cloud', name: 'Cloud', system: 'Cloud OSS' } } },
    ]);
    expect(updateSilo({ id: 'silo-iptv', name: 'TV', system: '' })).toEqual([
      { op: 'put', entity: { kind: 'silo', value: { id: 'silo-iptv', name: 'TV', system: '' } } },
    ]);
    expect(deleteSilo(doc, 'silo-iptv')).toEqual([]);
    const unused = { ...doc, services: doc.services.filter((s) => s.siloId !== 'silo-iptv') };
    expect(deleteSilo(unused, 'silo-iptv')).toEqual([{ op: 'delete', target: { kind: 'silo', id: 'silo-iptv' } }]);
  });
});
