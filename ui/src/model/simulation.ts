// View logic of the simulation: which KPIs are shown and how, the heat scale of friction
// scores, and the links between ranked flow tasks and journey steps.
import type {
  Estimate,
  FrictionItem,
  GroupResult,
  KpiKind,
  RunResult,
  StatDiff,
  Step,
  WorkspaceDocument,
} from '../bindings';
import { inUnit, unitOf, type DurationUnit } from './duration';
import { numberFormat } from './numberFormat';

/** The KPIs of the results table, in order; abandonment follows as its own row. Cost is
 * only in the results of a model with prices, and shown only then. */
export const SHOWN_KPIS: readonly KpiKind[] = ['cycleDays', 'contacts', 'technicianVisits', 'handoffs', 'cost'];

/** A row of the KPI table: a KPI or the abandonment rate (which has no percentiles). */
export type KpiRowKind = KpiKind | 'abandonment';

export interface KpiRow {
  kind: KpiRowKind;
  mean: Estimate;
  p50: Estimate | null;
  p90: Estimate | null;
  /** A time's unit, the one its largest figure reads best in; none for a count. */
  unit?: DurationUnit;
}

/** The KPIs measured in time (days in the engine). */
const TIMES: readonly KpiRowKind[] = ['cycleDays', 'waitingDays', 'workingDays'];

/**
 * The unit a row of `kind` is written in: for a time, the one the largest of `values` (days)
 * reads best in (a process of minutes read "0.0 days"); none for a count, a rate or a cost.
 */
export function timeUnit(kind: KpiRowKind, ...values: number[]): DurationUnit | undefined {
  if (!TIMES.includes(kind)) return undefined;
  return unitOf(Math.max(0, ...values.filter(Number.isFinite).map(Math.abs)));
}

/** The rows of a group's KPI table. */
export function kpiRows(group: GroupResult): KpiRow[] {
  const rows: KpiRow[] = [];
  for (const kind of SHOWN_KPIS) {
    const stat = group.kpis.find((k) => k.kind === kind);
    if (stat) rows.push({ kind, mean: stat.mean, p50: stat.p50, p90: stat.p90, unit: timeUnit(kind, stat.p90.value) });
  }
  rows.push({ kind: 'abandonment', mean: group.abandonmentRate, p50: null, p90: null });
  return rows;
}

/** The record lists a simulation is derived from (segments, channels, silos, services, the
 * activations, their scenarios). The change reducer keeps a list that no change touched as
 * it was, so comparing them by identity is exact and cheap. */
function simulationInputs(doc: WorkspaceDocument): unknown[] {
  return [doc.segments, doc.channels, doc.silos, doc.services, doc.activations, doc.scenarios];
}

/** Whether an edit between `before` and `now` changed what a simulation is derived from. */
export function inputsChanged(now: WorkspaceDocument, before: WorkspaceDocument): boolean {
  const previous = simulationInputs(before);
  return simulationInputs(now).some((list, i) => list !== previous[i]);
}

/** The groups to show: the overall mix, then each segment (one group when only one ran). */
export function resultGroups(result: RunResult): GroupResult[] {
  if (result.segmentFilter && result.segments.length === 1) return result.segments;
  return [result.overall, ...result.segments];
}

/** The minus sign of every number we write, as the engine's `number::MINUS` (the CLI and
 * the report write "−4.0"): Intl writes a hyphen, and "[-4.8 – -3.3]" reads as dashes. */
export const MINUS = '\u2212';

/** A value as shown: days and counts with one decimal, the abandonment rate in percent with
 * one, a cost as an amount with two (no currency symbol: the workspace names no currency). */
export function formatValue(value: number, kind: KpiRowKind, locale = 'en', unit?: DurationUnit): string {
  if (!Number.isFinite(value)) return '–';
  if (unit) value = inUnit(value, unit);
  // Never "-0.0": the upper end of an interval just below zero (a finding's −0.004 days)
  // is written as the zero it rounds to. Decimals of the value itself (a percent has two more).
  const decimals = kind === 'cost' ? 2 : kind === 'abandonment' ? 3 : 1;
  const shown = Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value;
  return formatShown(shown, kind, locale).replace('-', MINUS);
}

function formatShown(shown: number, kind: KpiRowKind, locale: string): string {
  if (kind === 'cost')
    return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(shown);
  if (kind === 'abandonment')
    return numberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(shown);
  return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(shown);
}

/** The 95 % confidence interval as "[low – high]", or null when the run had one replication. */
export function formatInterval(
  low: number | null | undefined,
  high: number | null | undefined,
  kind: KpiRowKind,
  locale = 'en',
  unit?: DurationUnit,
): string | null {
  if (low == null || high == null) return null;
  return `[${formatValue(low, kind, locale, unit)} – ${formatValue(high, kind, locale, unit)}]`;
}

export function formatEstimate(estimate: Estimate, kind: KpiRowKind, locale = 'en', unit?: DurationUnit): string {
  const ci = formatInterval(estimate.ciLow, estimate.ciHigh, kind, locale, unit);
  const value = formatValue(estimate.value, kind, locale, unit);
  return ci ? `${value} ${ci}` : value;
}

/** A value with its sign ("−3.2", "+1.0"); unsigned when it is written as zero. */
export function formatSigned(value: number, kind: KpiRowKind, locale = 'en', unit?: DurationUnit): string {
  const text = formatValue(value, kind, locale, unit);
  return value > 0 && text !== formatValue(0, kind, locale) ? `+${text}` : text;
}

/** A difference B − A with its sign and interval, e.g. "−12.3 [−13.0 – −11.6]". */
export function formatDiff(diff: StatDiff, kind: KpiRowKind, locale = 'en', unit?: DurationUnit): string {
  const value = formatSigned(diff.diff, kind, locale, unit);
  const ci = formatInterval(diff.ciLow, diff.ciHigh, kind, locale, unit);
  return ci ? `${value} ${ci}` : value;
}

/** Heat levels 0 (no friction) to 4 (worst), one per quarter of the 0–100 score. */
export const HEAT_LEVELS = 5;

export function heatLevel(score: number): number {
  if (!Number.isFinite(score) || score <= 0) return 0;
  return Math.min(HEAT_LEVELS - 1, Math.ceil(Math.min(score, 100) / 25));
}

/** The overlay colour of a score: pale yellow (low) through orange to red (high). */
export function heatColour(score: number): string {
  const t = Math.max(0, Math.min(100, Number.isFinite(score) ? score : 0)) / 100;
  const hue = Math.round(55 - 55 * t);
  const lightness = Math.round(85 - 35 * t);
  return `hsl(${hue} 90% ${lightness}%)`;
}

/** The friction ranking that applies to a segment's journeys: its own, else the overall one. */
export function frictionFor(result: RunResult | null, segmentId: string | null): FrictionItem[] {
  if (!result) return [];
  const own = segmentId ? result.segments.find((g) => g.segmentId === segmentId) : undefined;
  return (own ?? result.overall).friction;
}

/** Friction items by the flow task (node id) they rank. */
export function frictionByTask(items: readonly FrictionItem[]): Map<string, FrictionItem> {
  return new Map(items.map((item) => [item.nodeId, item]));
}

/**
 * The journey step linked to a ranked task: in the preferred journey if it has one, else in
 * the journeys of the preferred segment, else anywhere; null when no step is linked.
 */
export function stepForTask(
  doc: WorkspaceDocument,
  nodeId: string,
  prefer: { journeyId?: string | null; segmentId?: string | null } = {},
): Step | null {
  const linked = doc.steps.filter((s) => s.flowTask === nodeId);
  if (linked.length === 0) return null;
  const inJourney = linked.find((s) => s.journeyId === prefer.journeyId);
  if (inJourney) return inJourney;
  const journeys = new Set(doc.journeys.filter((j) => j.segmentId === prefer.segmentId).map((j) => j.id));
  return linked.find((s) => journeys.has(s.journeyId)) ?? linked[0] ?? null;
}

/** The bundle to simulate by default: the first with an activation model, else the first. */
export function defaultBundle(doc: WorkspaceDocument): string | null {
  const modelled = doc.bundles.find((b) => doc.activations.some((a) => a.bundleId === b.id));
  return (modelled ?? doc.bundles[0])?.id ?? null;
}

export interface ScenarioOption {
  id: string;
  name: string;
}

/** The scenarios of a bundle, in their order. */
export function scenarioOptions(doc: WorkspaceDocument, bundleId: string | null): ScenarioOption[] {
  return doc.scenarios
    .filter((s) => s.bundleId === bundleId)
    .sort((a, b) => a.position - b.position)
    .map((s) => ({ id: s.id, name: s.name }));
}

/** Whether a run simulated this scenario (runs name it by id or by name; the flow is its id). */
export function runOfScenario(result: RunResult, scenario: ScenarioOption): boolean {
  return result.flowId === scenario.id || result.scenario === scenario.id || result.scenario === scenario.name;
}
