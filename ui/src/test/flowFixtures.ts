// A small scenario for the pure flow-editing tests: order (sale → check), two services (one
// with a branch), billing (one task). Silos and channels are ids, as in scenario records.
import type { Flow, FlowNode, Scenario } from '../model/flowTypes';
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

export function testDesign(): Scenario {
  return {
    id: 'as-is',
    bundleId: 'bundle',
    name: 'as-is',
    description: '',
    position: 0,
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
        serviceId: 'mobile',
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
        serviceId: 'tv',
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

/** Two scenarios of one bundle, as-is then to-be, with the same flows. */
export function testScenarios(): Scenario[] {
  return [testDesign(), { ...testDesign(), id: 'to-be', name: 'to-be', position: 1 }];
}
