// Dev-only sample for the browser mock and the tests: the telecom operator of domain.md.
// The real sample ships from the Rust side; this one only lets the UI be seen without it.
import type { Channel, Journey, Lane, Segment, Stage, Step, WorkspaceDocument } from '../bindings';
import { sampleActivation } from './sampleActivation';

const STAGES = ['Discover', 'Choose', 'Order', 'Activate', 'Use', 'Support', 'Renew'];

const CHANNELS: [string, string, Channel['kind']][] = [
  ['shop', 'Shop', 'faceToFace'],
  ['technician', 'On-site technician', 'faceToFace'],
  ['serviceCentre', 'Service centre', 'faceToFace'],
  ['hotline', 'Hotline (inbound)', 'phoneInbound'],
  ['complaints', 'Complaints line', 'phoneInbound'],
  ['telesales', 'Telesales (outbound)', 'phoneOutbound'],
  ['followUp', 'Follow-up call', 'phoneOutbound'],
  ['app', 'Mobile app', 'digital'],
  ['web', 'Website', 'digital'],
  ['email', 'E-mail', 'digital'],
  ['sms', 'SMS', 'other'],
  ['advertising', 'Advertising', 'other'],
];

type Row = [
  stage: number,
  lane: Lane,
  title: string,
  channel: string | null,
  department: string,
  emotion: number,
  effort: number,
  pains?: string[],
  opportunities?: string[],
];

const C: Lane = 'customerAction';
const F: Lane = 'frontstage';
const B: Lane = 'backstage';
const D: Lane = 'department';

const FAMILY: Row[] = [
  [0, C, 'Sees the home triple-play offer', 'advertising', 'Marketing', 1, 1],
  [0, F, 'Asks about broadband speed at the shop', 'shop', 'Retail', 1, 2],
  [1, C, 'Compares bundles with the family', 'web', 'Marketing', 0, 2, ['Prices differ between web and shop']],
  [2, F, 'Orders mobile + broadband + IPTV in the shop', 'shop', 'Retail', 1, 3],
  [
    2,
    B,
    'Three separate orders keyed into three systems',
    null,
    'Order management',
    0,
    1,
    ['Order re-keyed per service'],
    ['One order for the whole bundle'],
  ],
  [
    3,
    F,
    'Three technician visits',
    'technician',
    'Field service',
    -3,
    5,
    ['Three technician visits', 'Days off work to wait at home'],
    ['One coordinated visit'],
  ],
  [
    3,
    C,
    'Calls to chase the order',
    'hotline',
    'Contact centre',
    -3,
    5,
    ['21 calls to chase the order', 'Nobody owns the order'],
    ['Proactive SMS status updates'],
  ],
  [3, F, 'Calls again: technician did not come', 'hotline', 'Contact centre', -3, 4, ['Missed appointment']],
  [3, F, 'Reschedules the IPTV set-up by phone', 'hotline', 'Contact centre', -2, 4],
  [3, F, 'Appointment SMS for each service', 'sms', 'Field service', -1, 2, ['Three separate appointments']],
  [
    3,
    D,
    'Broadband OSS, IPTV platform and mobile BSS provision separately',
    null,
    'Network operations',
    0,
    1,
    ['Hand-offs between silos'],
  ],
  [4, C, 'Watches IPTV, uses home Wi-Fi', 'app', 'Product', 2, 1],
  [5, F, 'Receives several bills', 'email', 'Billing', -2, 3, ['Several bills', 'First bill is wrong'], ['One bill']],
  [
    5,
    F,
    'Complains about the first bill',
    'complaints',
    'Customer care',
    -2,
    4,
    ['Complaint passed between departments'],
  ],
  [6, F, 'Renewal offer call', 'followUp', 'Retention', 1, 2, [], ['Reward loyalty, not only new customers']],
];

const YOUNG: Row[] = [
  [0, C, 'Finds the SIM-only offer on social media', 'advertising', 'Marketing', 2, 1],
  [1, F, 'Configures a bundle in the app', 'app', 'Digital sales', 1, 2],
  [2, F, 'Orders online, asked for ID twice', 'web', 'Digital sales', -1, 3, ['Information asked for again']],
  [2, B, 'Credit check', null, 'Risk', 0, 1],
  [3, F, 'Waits for the SIM delivery', 'sms', 'Logistics', -1, 2, ['No delivery slot to choose']],
  [3, C, 'Ports the number', 'app', 'Mobile BSS', -2, 3, ['Porting takes 3 days']],
  [4, C, 'Uses mobile data daily', 'app', 'Product', 2, 1],
  [5, F, 'Chats with support about roaming', 'app', 'Customer care', 0, 2],
  [5, D, 'Roaming handled by the mobile BSS team', null, 'Mobile BSS', 0, 1],
  [6, F, 'Gets a renewal offer in the app', 'app', 'Retention', 1, 1, [], ['Personalised offer']],
];

const HIGH_VALUE: Row[] = [
  [0, F, 'Account manager presents the premium bundle', 'telesales', 'Business sales', 2, 1],
  [1, C, 'Asks for a tailored quote', 'email', 'Business sales', 1, 2],
  [2, F, 'Signs with the account manager', 'shop', 'Business sales', 2, 2],
  [2, B, 'Orders split across silos', null, 'Order management', 0, 1, ['Order re-keyed per service']],
  [3, F, 'Technician installs broadband', 'technician', 'Field service', -1, 3, ['Two visits for one site']],
  [
    3,
    C,
    'Escalates via the account manager',
    'hotline',
    'Business sales',
    -2,
    4,
    ['Expected a dedicated manager to own it'],
  ],
  [4, C, 'Uses the service at home and office', 'app', 'Product', 2, 1],
  [5, F, 'Priority support line', 'hotline', 'Customer care', 1, 2],
  [5, D, 'Billing corrections in two systems', null, 'Billing', 0, 1, ['Several bills']],
  [6, F, 'Annual review with the account manager', 'followUp', 'Retention', 2, 1, [], ['Quarterly value review']],
];

const SENIOR: Row[] = [
  [0, C, 'Hears about the bundle from family', null, 'Marketing', 0, 1],
  [1, F, 'Visits the shop to ask questions', 'shop', 'Retail', 1, 3],
  [2, F, 'Orders in the shop with help', 'shop', 'Retail', 1, 3],
  [2, B, 'Paper form typed in later', null, 'Order management', 0, 1, ['Manual re-keying']],
  [3, F, 'Technician visit, TV set-up', 'technician', 'Field service', 0, 3],
  [
    3,
    C,
    'Calls the hotline: TV not working',
    'hotline',
    'Contact centre',
    -3,
    5,
    ['Long hold times', 'Transferred three times'],
  ],
  [4, C, 'Watches TV, calls family', null, 'Product', 2, 1],
  [5, F, 'Returns to the shop with the bill', 'shop', 'Retail', -2, 4, ['Several bills', 'Bill hard to read']],
  [5, D, 'Billing dispute handled by back office', null, 'Billing', 0, 1],
  [6, F, 'Renewal by phone', 'followUp', 'Retention', 1, 2, [], ['Simple printed summary']],
];

const SEGMENTS: [
  string,
  string,
  string,
  number,
  Segment['valueTier'],
  string[],
  number,
  number,
  string,
  Row[],
  string,
][] = [
  [
    'young',
    'Young digital',
    'Digital-first users, low patience, app and web',
    0.3,
    'medium',
    ['app', 'web', 'sms'],
    3,
    3,
    '#7c3aed',
    YOUNG,
    'Online SIM and bundle order',
  ],
  [
    'family',
    'Family home',
    'Families buying a home bundle: broadband, TV and fixed line',
    0.35,
    'high',
    ['shop', 'hotline', 'web'],
    14,
    8,
    '#0d9488',
    FAMILY,
    'Order and activate the home triple-play',
  ],
  [
    'highValue',
    'High-value',
    'High-value and business users who expect a dedicated manager',
    0.1,
    'premium',
    ['telesales', 'email', 'hotline'],
    5,
    4,
    '#d97706',
    HIGH_VALUE,
    'Premium bundle with an account manager',
  ],
  [
    'senior',
    'Senior',
    'Seniors who prefer the store and the phone',
    0.25,
    'low',
    ['shop', 'hotline'],
    21,
    10,
    '#2563eb',
    SENIOR,
    'Bundle bought in the shop',
  ],
];

export function sampleDocument(): WorkspaceDocument {
  const stages: Stage[] = STAGES.map((name, position) => ({ id: `stage-${name.toLowerCase()}`, name, position }));
  const channels: Channel[] = CHANNELS.map(([key, name, kind], position) => ({
    id: `ch-${key}`,
    name,
    kind,
    position,
  }));
  const segments: Segment[] = [];
  const journeys: Journey[] = [];
  const steps: Step[] = [];
  for (const [key, name, description, share, valueTier, prefs, days, contacts, colour, rows, journeyName] of SEGMENTS) {
    segments.push({
      id: `seg-${key}`,
      name,
      description,
      share,
      valueTier,
      channelPreferences: prefs.map((c) => `ch-${c}`),
      patienceDays: days,
      patienceContacts: contacts,
      colour,
    });
    const journeyId = `jr-${key}`;
    journeys.push({ id: journeyId, segmentId: `seg-${key}`, name: journeyName, description: '' });
    rows.forEach(([stage, lane, title, channel, department, emotion, effort, pains = [], opps = []], i) => {
      const stageId = stages[stage]?.id ?? 'stage-discover';
      const position = steps.filter(
        (s) => s.journeyId === journeyId && s.stageId === stageId && s.lane === lane,
      ).length;
      steps.push({
        id: `step-${key}-${i}`,
        journeyId,
        stageId,
        lane,
        position,
        title,
        description: '',
        channelId: channel ? `ch-${channel}` : null,
        department,
        emotion,
        effort,
        painPoints: pains,
        opportunities: opps,
        flowTask: null,
      });
    });
  }
  return {
    format: 'touchmap-workspace',
    version: 1,
    stages,
    channels,
    segments,
    journeys,
    steps,
    silos: [
      { id: 'silo-mobile', name: 'Mobile', system: 'Mobile BSS' },
      { id: 'silo-broadband', name: 'Broadband', system: 'Broadband OSS' },
      { id: 'silo-iptv', name: 'IPTV', system: 'IPTV platform' },
      { id: 'silo-fixed', name: 'Fixed line', system: 'Fixed-line OSS' },
    ],
    bundles: [
      { id: 'bundle-home', name: 'Home triple-play', description: 'Mobile + broadband + IPTV, optionally fixed line' },
    ],
    services: [
      {
        id: 'svc-mobile',
        bundleId: 'bundle-home',
        name: 'Mobile',
        siloId: 'silo-mobile',
        optional: false,
        position: 0,
      },
      {
        id: 'svc-broadband',
        bundleId: 'bundle-home',
        name: 'Broadband',
        siloId: 'silo-broadband',
        optional: false,
        position: 1,
      },
      { id: 'svc-iptv', bundleId: 'bundle-home', name: 'IPTV', siloId: 'silo-iptv', optional: false, position: 2 },
      {
        id: 'svc-fixed',
        bundleId: 'bundle-home',
        name: 'Fixed line',
        siloId: 'silo-fixed',
        optional: true,
        position: 3,
      },
    ],
    activations: [sampleActivation()],
  };
}
