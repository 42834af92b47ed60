// The mock's per-step measurements, resource use, KPI histograms and friction re-ranking:
// plausible shapes (a right-skewed cycle time, the as-is tail near three weeks) so the dev
// server and the tests can show charts, tables and the weights panel without the engine.
import type {
  Activation,
  FrictionComponent,
  FrictionComponents,
  FrictionItem,
  HistogramBin,
  ResourceStats,
  StepStats,
  WorkspaceDocument,
} from '../bindings';

/** Standard normal CDF (Abramowitz–Stegun 7.1.26), precise enough for mock data. */
function phi(z: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** A log-normal with the given median and 90th percentile, in `count` equal bins up to p99.5. */
export function mockBins(p50: number, p90: number, count = 40): HistogramBin[] {
  if (!(p50 > 0) || !(p90 > p50)) return [];
  const sigma = Math.log(p90 / p50) / 1.2816;
  const cdf = (x: number) => (x <= 0 ? 0 : phi(Math.log(x / p50) / sigma));
  const top = p50 * Math.exp(2.5758 * sigma);
  const width = top / count;
  return Array.from({ length: count }, (_, k) => {
    const from = k * width;
    const to = (k + 1) * width;
    // The far tail goes into the last bin so the weights sum to 1, as the engine does.
    const weight = (k === count - 1 ? 1 : cdf(to)) - cdf(from);
    return { from, to, weight };
  });
}

/** A one-pool activation model for tests and the dev server: technicians with a capacity. */
export function mockActivation(bundleId: string, capacity = 12): Activation {
  return {
    id: `act-${bundleId}`,
    bundleId,
    model: {
      format: 'touchmap-flow',
      version: 1,
      name: 'Home triple-play',
      segments: [],
      resources: [
        { id: 'technicians', name: 'Technicians', capacity },
        { id: 'agents', name: 'Contact-centre agents', capacity: 40 },
      ],
      scenarios: [],
    },
  };
}

/** Fewer technicians stretch the mock's times (and more shorten them), as a queue would. */
export function capacityFactor(doc: WorkspaceDocument): number {
  const pool = doc.activations.flatMap((a) => a.model.resources ?? []).find((r) => r.id === 'technicians');
  return pool ? Math.pow(12 / Math.max(1, pool.capacity), 0.3) : 1;
}

type Row = [
  nodeId: string,
  name: string,
  silo: string,
  channel: string | null,
  switches: number,
  visits: number,
  contacts: number,
];
const STEPS: Row[] = [
  ['order-capture', 'Order capture', 'Sales', 'Shop', 0.2, 0, 1],
  ['credit-check', 'Credit check', 'Sales', null, 0, 0, 0],
  ['mob-porting', 'Number porting', 'Mobile', 'Phone (inbound)', 0.6, 0, 1.5],
  ['bb-tech-visit', 'Broadband technician visit', 'Broadband', 'Home visit', 0.8, 1, 0.5],
  ['bb-chase', 'Customer chases broadband', 'Broadband', 'Phone (inbound)', 0.9, 0, 4.4],
  ['tv-tech-visit', 'IPTV technician visit', 'TV', 'Home visit', 0.7, 1, 0.5],
  ['bills-received', 'Separate bills received', 'Billing', 'E-mail', 0.5, 0, 2.2],
];

/** Per-task measurements; the to-be has fewer switches, visits and waits. */
export function mockSteps(toBe: boolean, factor: number): StepStats[] {
  const f = (toBe ? 0.4 : 1) * factor;
  return STEPS.map(([nodeId, name, silo, channel, switches, visits, contacts], i) => ({
    nodeId,
    name,
    kind: 'task',
    silo,
    channel,
    executionsPerCase: 1 + 0.1 * (i % 3) * f,
    meanWaitingDays: 0.4 * (i + 1) * f,
    meanWorkingDays: 0.2 + 0.1 * i,
    waitingDaysPerCase: 0.4 * (i + 1) * f,
    criticalShare: Math.min(0.95, 0.2 + 0.1 * i * f),
    criticalMedianDays: 0.5 * (i + 1) * f,
    criticalDaysPerCase: 0.3 * (i + 1) * f,
    reworkRate: 0.04 * (i % 4) * f,
    reworksPerCase: 0.05 * (i % 4) * f,
    contactsPerCase: contacts * f,
    technicianVisitsPerCase: visits * (toBe ? 0.5 : 1),
    channelSwitchesPerCase: switches * f,
    handoffsPerCase: 0.3 * (i % 3) * f,
    abandonmentShare: 0.01 * (i % 4) * f,
  }));
}

export function mockResources(toBe: boolean, doc: WorkspaceDocument): ResourceStats[] {
  const pools = doc.activations.flatMap((a) => a.model.resources ?? []);
  const use = toBe ? 0.55 : 0.82;
  return pools.map((p) => ({
    id: p.id,
    name: p.name,
    capacity: p.capacity,
    utilisation: Math.min(0.99, (use * 12) / Math.max(1, p.capacity) / (p.id === 'technicians' ? 1 : 3)),
  }));
}

/** The raw friction components of a step, as the engine measures them. */
function components(s: StepStats): FrictionComponents {
  return {
    criticalDelay: s.criticalDaysPerCase,
    criticalShare: s.criticalShare,
    waiting: s.waitingDaysPerCase,
    rework: s.reworksPerCase,
    contacts: s.contactsPerCase,
    technicianVisits: s.technicianVisitsPerCase,
    channelSwitches: s.channelSwitchesPerCase,
    handoffs: s.handoffsPerCase,
    abandonment: s.abandonmentShare,
    negativeEmotion: 0,
  };
}

/**
 * Ranks steps by weighted components, as the engine's `rank_friction` does: each component
 * normalised by its largest value over the steps, the score the weighted mean × 100.
 */
export function mockRank(steps: readonly StepStats[], weights: FrictionComponents): FrictionItem[] {
  const keys = Object.keys(weights) as FrictionComponent[];
  const raw = steps.map(components);
  const max = Object.fromEntries(keys.map((k) => [k, Math.max(0, ...raw.map((c) => c[k]))])) as FrictionComponents;
  const total = keys.reduce((sum, k) => sum + weights[k], 0);
  const items = steps.map((step, i) => {
    const c = raw[i] ?? components(step);
    const normalised = Object.fromEntries(keys.map((k) => [k, max[k] > 0 ? c[k] / max[k] : 0])) as FrictionComponents;
    const score = total > 0 ? (100 * keys.reduce((sum, k) => sum + weights[k] * normalised[k], 0)) / total : 0;
    const parts = [...keys].sort((a, b) => weights[b] * normalised[b] - weights[a] * normalised[a]).slice(0, 2);
    return {
      nodeId: step.nodeId,
      name: step.name,
      rank: 0,
      score,
      components: c,
      normalised,
      criticalMedianDays: step.criticalMedianDays,
      reason: `ranks on ${parts.join(' and ')}`,
      reasonParts: parts,
    };
  });
  return items
    .filter((item) => item.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((item, i) => ({ ...item, rank: i + 1 }));
}
