// Small fixed simulation results for the browser mock: plausible numbers shaped like the
// sample's as-is (three weeks, ~20 contacts, several visits) and to-be, so the dev server
// and the tests can show results without the engine.
import type {
  Comparison,
  Estimate,
  FrictionComponent,
  FrictionComponents,
  FrictionItem,
  FrictionRef,
  GroupResult,
  KpiKind,
  KpiStat,
  RunResult,
  SegmentComparison,
  StatDiff,
  WorkspaceDocument,
} from '../bindings';
import { capacityFactor, mockBins, mockResources, mockSteps } from './mockDetails';

const ZERO: FrictionComponents = {
  criticalDelay: 0,
  criticalShare: 0,
  waiting: 0,
  rework: 0,
  contacts: 0,
  technicianVisits: 0,
  channelSwitches: 0,
  handoffs: 0,
  abandonment: 0,
  negativeEmotion: 0,
};

const WEIGHTS: FrictionComponents = {
  criticalDelay: 3,
  criticalShare: 1,
  waiting: 1.5,
  rework: 1,
  contacts: 2,
  technicianVisits: 2,
  channelSwitches: 1,
  handoffs: 1.5,
  abandonment: 2,
  negativeEmotion: 1,
};

function estimate(value: number, spread: number): Estimate {
  return {
    value,
    ciLow: value - spread,
    ciHigh: value + spread,
    replications: [value - spread, value, value + spread],
  };
}

/** [mean, p50, p90] of each KPI, as-is then to-be. */
const KPIS: Record<KpiKind, [number[], number[]]> = {
  cycleDays: [
    [14.2, 12.8, 21.5],
    [6.1, 5.6, 9.2],
  ],
  waitingDays: [
    [10.4, 9.1, 16.8],
    [3.9, 3.4, 6.5],
  ],
  workingDays: [
    [3.8, 3.5, 5.4],
    [2.2, 2.0, 3.1],
  ],
  contacts: [
    [12.6, 12, 19.4],
    [4.1, 4, 6],
  ],
  technicianVisits: [
    [2.4, 2, 4],
    [1, 1, 1],
  ],
  handoffs: [
    [7.8, 8, 10],
    [2.1, 2, 3],
  ],
  channelSwitches: [
    [5.2, 5, 8],
    [1.6, 2, 3],
  ],
  reworks: [
    [0.9, 1, 2],
    [0.3, 0, 1],
  ],
};

type Task = [
  nodeId: string,
  name: string,
  asIs: number,
  toBe: number | null,
  reason: string,
  parts: FrictionComponent[],
];
const TASKS: Task[] = [
  [
    'bb-tech-visit',
    'Broadband technician visit',
    86,
    41,
    'adds 3.1 days on the critical path in 72% of cases and causes a technician visit',
    ['criticalDelay', 'technicianVisits'],
  ],
  [
    'bb-chase',
    'Customer chases broadband',
    71,
    null,
    'causes 2.4 customer contacts per case while waiting',
    ['contacts'],
  ],
  [
    'mob-porting',
    'Number porting',
    58,
    22,
    'waits 2.0 days before starting and fails 12% of the time',
    ['waiting', 'rework'],
  ],
  [
    'tv-tech-visit',
    'IPTV technician visit',
    49,
    null,
    'causes a second technician visit and a hand-off between silos',
    ['technicianVisits', 'handoffs'],
  ],
  [
    'bills-received',
    'Separate bills received',
    37,
    null,
    'three bills from three silos; customers call about them',
    ['contacts', 'negativeEmotion'],
  ],
  ['credit-check', 'Credit check', 18, 15, 'waits half a day before starting', ['waiting']],
  [
    'joint-install',
    'Joint installation visit',
    0,
    34,
    'one technician visit on the critical path in most cases',
    ['criticalDelay'],
  ],
];

function friction(toBe: boolean, factor: number): FrictionItem[] {
  return TASKS.map(([nodeId, name, a, b, reason, parts]) => ({
    nodeId,
    name,
    score: (toBe ? b : a) ?? 0,
    reason,
    parts,
  }))
    .filter((t) => t.score > 0)
    .sort((x, y) => y.score - x.score)
    .map((t, i) => ({
      nodeId: t.nodeId,
      name: t.name,
      rank: i + 1,
      score: Math.min(100, t.score * factor),
      components: ZERO,
      normalised: ZERO,
      criticalMedianDays: t.score / 30,
      reason: t.reason,
      reasonParts: t.parts,
    }));
}

function group(segmentId: string | null, name: string, toBe: boolean, factor: number, cases: number): GroupResult {
  const kpis: KpiStat[] = (Object.keys(KPIS) as KpiKind[]).map((kind) => {
    const [mean, p50, p90] = KPIS[kind][toBe ? 1 : 0].map((v) => v * factor) as [number, number, number];
    return {
      kind,
      n: cases,
      sd: mean / 3,
      mean: estimate(mean, mean * 0.03),
      p50: estimate(p50, p50 * 0.04),
      p90: estimate(p90, p90 * 0.05),
      p95: estimate(p90 * 1.1, p90 * 0.06),
      p99: estimate(p90 * 1.3, p90 * 0.1),
      histogram: mockBins(p50, p90),
    };
  });
  const rate = (toBe ? 0.03 : 0.11) * factor;
  return {
    segmentId,
    name,
    cases,
    completed: Math.round(cases * (1 - rate)),
    abandoned: Math.round(cases * rate),
    abandonmentRate: estimate(rate, rate * 0.1),
    kpis,
    steps: mockSteps(toBe, factor),
    friction: friction(toBe, factor),
  };
}

export function mockRunResult(
  doc: WorkspaceDocument,
  scenario: string | null,
  segmentId: string | null,
  cases: number,
  seed: number,
): RunResult {
  const toBe = scenario === 'to-be';
  const segments = doc.segments.filter((s) => !segmentId || s.id === segmentId);
  const share = segments.reduce((sum, s) => sum + s.share, 0) || 1;
  const stretch = capacityFactor(doc);
  return {
    engineVersion: 'mock',
    modelName: 'Home triple-play',
    flowId: scenario ?? 'base',
    flowName: toBe ? 'To-be' : 'As-is',
    scenario,
    segmentFilter: segmentId,
    seed,
    cases,
    replications: 3,
    mode: 'independent',
    taskEvents: cases * 24,
    overall: group(null, 'All segments', toBe, stretch, cases),
    segments: segments.map((s, i) =>
      group(s.id, s.name, toBe, stretch * (0.8 + 0.15 * i), Math.round((cases * s.share) / share)),
    ),
    resources: mockResources(toBe, doc),
    weights: WEIGHTS,
  };
}

function diff(a: Estimate, b: Estimate): StatDiff {
  const d = b.value - a.value;
  const half = Math.abs(d) * 0.08 + 0.01;
  return { a: a.value, b: b.value, diff: d, ciLow: d - half, ciHigh: d + half, significant: Math.abs(d) > half };
}

const ref = (f: FrictionItem): FrictionRef => ({ nodeId: f.nodeId, name: f.name, rank: f.rank, score: f.score });

function compareGroups(a: GroupResult, b: GroupResult): SegmentComparison {
  const top = (g: GroupResult) => g.friction.slice(0, 5);
  const inB = new Set(top(b).map((f) => f.nodeId));
  const inA = new Set(top(a).map((f) => f.nodeId));
  return {
    segmentId: a.segmentId,
    name: a.name,
    kpis: a.kpis.map((k, i) => {
      const other = b.kpis[i] ?? k;
      return {
        kind: k.kind,
        mean: diff(k.mean, other.mean),
        p50: diff(k.p50, other.p50),
        p90: diff(k.p90, other.p90),
        p95: diff(k.p95, other.p95),
        p99: diff(k.p99, other.p99),
        histogramA: k.histogram,
        histogramB: other.histogram,
      };
    }),
    abandonmentRate: diff(a.abandonmentRate, b.abandonmentRate),
    frictionDisappeared: top(a)
      .filter((f) => !inB.has(f.nodeId))
      .map(ref),
    frictionAppeared: top(b)
      .filter((f) => !inA.has(f.nodeId))
      .map(ref),
    frictionKept: top(b)
      .filter((f) => inA.has(f.nodeId))
      .map(ref),
  };
}

export function mockComparison(a: RunResult, b: RunResult): Comparison {
  const label = (r: RunResult) => ({
    label: r.scenario ?? r.flowName,
    flowName: r.flowName,
    cases: r.cases,
    seed: r.seed,
  });
  return {
    a: label(a),
    b: label(b),
    topN: 5,
    segments: [compareGroups(a.overall, b.overall), ...a.segments.map((g, i) => compareGroups(g, b.segments[i] ?? g))],
  };
}
