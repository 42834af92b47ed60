// A compact activation model of the sample's home triple-play for the browser mock: the
// same shape and node ids as the engine's calibrated sample (as-is and to-be), with fewer
// steps and round numbers. The desktop app gets the real one from the Rust store.
import type { Activation, Dist, Flow, FlowModel, Node, ServiceFlow } from '../bindings';
import { chain, service, task, tri, wait } from './sampleFlowParts';

function order(): Flow {
  return chain('order', 'Order', [
    task(['sale', 'Bundle sale', 'Sales', 'Shop', 'agent', tri(0.02, 0.04, 0.08)]),
    task(['credit-check', 'Credit check', 'Sales', 'Back office', 'system', tri(0.1, 0.3, 1)]),
  ]);
}

function asIsServices(): ServiceFlow[] {
  return [
    service(
      'mobile',
      'Mobile',
      chain('mobile', 'Mobile', [
        task(['mob-order-entry', 'Mobile order entry', 'Mobile', 'Back office', 'agent', tri(0.1, 0.3, 1)]),
        wait('mob-sim-delivery', 'SIM delivery', 'Mobile', tri(1, 2, 4)),
        task(['mob-porting', 'Number porting', 'Mobile', 'Back office', 'system', tri(0.5, 1, 3)], {
          rework: { probability: 0.12, target: 'mob-porting' },
        } as Partial<Node>),
      ]),
    ),
    service(
      'broadband',
      'Broadband',
      chain(
        'broadband',
        'Broadband',
        [
          task(['bb-order-entry', 'Broadband order entry', 'Broadband', 'Back office', 'agent', tri(0.2, 0.5, 2)]),
          wait('bb-slot-wait', 'Wait for a technician slot', 'Broadband', tri(3, 6, 10)),
          { kind: 'exclusive', id: 'bb-chase-gw', name: 'Customer chases?' },
          task([
            'bb-chase',
            'Customer chases broadband',
            'Broadband',
            'Phone (inbound)',
            'customer',
            tri(0.01, 0.02, 0.05),
          ]),
          task([
            'bb-tech-visit',
            'Broadband technician visit',
            'Broadband field',
            'Technician at home',
            'technician',
            tri(0.06, 0.1, 0.17),
          ]),
        ],
        [
          { from: 'bb-chase-gw', to: 'bb-chase', probability: 0.45 },
          { from: 'bb-chase-gw', to: 'bb-tech-visit', probability: 0.55 },
        ],
      ),
    ),
    service(
      'iptv',
      'IPTV',
      chain('iptv', 'IPTV', [
        task(['tv-order-entry', 'IPTV order entry', 'TV', 'Back office', 'agent', tri(0.1, 0.3, 1)]),
        wait('tv-slot-wait', 'Wait for a TV technician', 'TV', tri(2, 5, 9)),
        task([
          'tv-tech-visit',
          'IPTV technician visit',
          'TV field',
          'Technician at home',
          'technician',
          tri(0.05, 0.08, 0.12),
        ]),
      ]),
    ),
    // Optional and left out here, so the Flow tab has a service to switch on.
    {
      ...service(
        'fixed-line',
        'Fixed line',
        chain('fixed-line', 'Fixed line', [
          task(['fix-order-entry', 'Fixed-line order entry', 'Fixed line', 'Back office', 'agent', tri(0.1, 0.3, 1)]),
          task([
            'fix-tech-visit',
            'Fixed-line technician visit',
            'Fixed field',
            'Technician at home',
            'technician',
            tri(0.05, 0.08, 0.12),
          ]),
        ]),
      ),
      included: false,
    },
  ];
}

function toBeServices(): ServiceFlow[] {
  return [
    service(
      'mobile',
      'Mobile',
      chain('mobile', 'Mobile', [
        task([
          'mob-provision',
          'Mobile provisioning',
          'Bundle provisioning',
          'Back office',
          'system',
          tri(0.05, 0.1, 0.3),
        ]),
        task(['mob-porting', 'Number porting', 'Bundle provisioning', 'Back office', 'system', tri(0.3, 0.6, 1.5)]),
      ]),
    ),
    service(
      'broadband',
      'Broadband',
      chain('broadband', 'Broadband', [
        task([
          'bb-provision',
          'Broadband provisioning',
          'Bundle provisioning',
          'Back office',
          'system',
          tri(0.1, 0.3, 1),
        ]),
      ]),
    ),
    service(
      'iptv',
      'IPTV',
      chain('iptv', 'IPTV', [
        task(['tv-provision', 'IPTV provisioning', 'Bundle provisioning', 'Back office', 'system', tri(0.1, 0.2, 0.5)]),
      ]),
    ),
  ];
}

export function sampleActivation(): Activation {
  const patience = (mean: number): Dist => ({ kind: 'logNormal', mean, sd: mean / 3 });
  const segment = (id: string, name: string, share: number, days: number) => ({
    id,
    name,
    share,
    patienceDays: patience(days),
    patienceContacts: patience(25),
    channelMultipliers: { App: 0.8, 'Phone (inbound)': 1.1 },
  });
  const billing = (nodes: Node[]) => chain('billing', 'Billing', nodes);
  const office = {
    monday: [{ fromHour: 8, toHour: 17 }],
    tuesday: [{ fromHour: 8, toHour: 17 }],
    wednesday: [{ fromHour: 8, toHour: 17 }],
    thursday: [{ fromHour: 8, toHour: 17 }],
    friday: [{ fromHour: 8, toHour: 17 }],
    saturday: [],
    sunday: [],
  };
  const model: FlowModel = {
    format: 'touchmap-flow',
    version: 1,
    name: 'Home triple-play',
    segments: [
      segment('seg-young', 'Young digital', 0.3, 20),
      segment('seg-family', 'Family home', 0.35, 30),
      segment('seg-highValue', 'High-value', 0.15, 15),
      segment('seg-senior', 'Senior', 0.2, 40),
    ],
    resources: [
      { id: 'back-office', name: 'Back office', capacity: 20, calendar: office },
      { id: 'technicians', name: 'Technicians', capacity: 12, calendar: null },
    ],
    arrivals: { ordersPerDay: { 'seg-young': 12, 'seg-family': 14, 'seg-highValue': 6, 'seg-senior': 8 } },
    scenarios: [
      {
        id: 'as-is',
        name: 'As-is',
        description: 'Each service ordered, provisioned, scheduled and billed by its own silo.',
        design: {
          id: 'as-is',
          name: 'As-is',
          order: order(),
          services: asIsServices(),
          billing: billing([
            task(['bills-received', 'Separate bills received', 'Billing', 'Bill', 'customer', tri(5, 10, 20)]),
          ]),
        },
      },
      {
        id: 'to-be',
        name: 'To-be',
        description: 'One order, one coordinated provisioning, one technician visit, one bill.',
        design: {
          id: 'to-be',
          name: 'To-be',
          order: order(),
          services: toBeServices(),
          billing: billing([
            task([
              'joint-install',
              'Joint installation visit',
              'Field service',
              'Technician at home',
              'technician',
              tri(0.1, 0.15, 0.25),
            ]),
            task(['one-bill-setup', 'One bill set-up', 'Billing', 'Back office', 'system', tri(0.05, 0.1, 0.2)]),
          ]),
        },
      },
    ],
  };
  return { id: 'activation-home', bundleId: 'bundle-home', model };
}
