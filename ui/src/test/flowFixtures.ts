// A small bundle design for the flow tests: order (sale → check), two services (one with
// a branch), billing (one task).
import type { BundleDesign, Flow, FlowModel, FlowNode } from '../model/flowTypes';
import { newExclusive, newTask, newWait } from '../model/flowNodes';

const task = (id: string, silo = 'Sales') => newTask(id, id, silo, 'Shop');

function fragment(id: string, nodes: FlowNode[], edges: [string, string, number?][]): Flow {
  return {
    id,
    name: id,
    nodes: [
      { kind: 'start', id: `${id}-start`, name: 'Start' },
      ...nodes,
      { kind: 'end', id: `${id}-end`, name: 'End' },
    ],
    edges: edges.map(([from, to, probability]) =>
      probability === undefined ? { from, to } : { from, to, probability },
    ),
  };
}

export function testDesign(): BundleDesign {
  return {
    id: 'd',
    name: 'Design',
    order: fragment(
      'order',
      [task('sale'), task('check')],
      [
        ['order-start', 'sale'],
        ['sale', 'check'],
        ['check', 'order-end'],
      ],
    ),
    services: [
      {
        id: 'mobile',
        name: 'Mobile',
        included: true,
        provisioning: fragment(
          'mobile',
          [
            task('mob-entry', 'Mobile'),
            newExclusive('mob-gw', 'Chase?'),
            task('mob-chase', 'Mobile'),
            newWait('mob-wait', 'SIM', 'Mobile'),
          ],
          [
            ['mobile-start', 'mob-entry'],
            ['mob-entry', 'mob-gw'],
            ['mob-gw', 'mob-chase', 0.3],
            ['mob-gw', 'mob-wait', 0.7],
            ['mob-chase', 'mob-wait'],
            ['mob-wait', 'mobile-end'],
          ],
        ),
      },
      {
        id: 'tv',
        name: 'TV',
        included: false,
        provisioning: fragment(
          'tv',
          [task('tv-entry', 'TV')],
          [
            ['tv-start', 'tv-entry'],
            ['tv-entry', 'tv-end'],
          ],
        ),
      },
    ],
    billing: fragment(
      'billing',
      [task('bill', 'Billing')],
      [
        ['billing-start', 'bill'],
        ['bill', 'billing-end'],
      ],
    ),
  };
}

export function testModel(): FlowModel {
  return {
    format: 'touchmap-flow',
    version: 1,
    name: 'Test',
    segments: [{ id: 'seg-a', name: 'A', share: 1 }],
    resources: [{ id: 'pool', name: 'Pool', capacity: 2 }],
    scenarios: [
      { id: 'as-is', name: 'As-is', design: testDesign() },
      { id: 'to-be', name: 'To-be', design: { ...testDesign(), id: 'to-be' } },
    ],
  };
}
