// View logic of the what-if: what a trial changed against the result it is measured
// against, on the headline measures (p90 time to activation, contacts, technician visits;
// the abandonment rate). A change is written by `formatSigned` ("−3.2", "+1.0%", never "−0.0").
import type { HeadlineMeasure, HeadlineStatistic, RunResult } from '../bindings';
import { resultGroups, type KpiRowKind } from './simulation';

export interface TrialEffect {
  measure: HeadlineMeasure;
  statistic: HeadlineStatistic;
  /** How the values are formatted. */
  kind: KpiRowKind;
  baseline: number;
  /** The value with the trial (named as the comparison headline names its scenario's). */
  scenario: number;
}

/** The headline measures a what-if shows, as the comparison headline names them. */
const MEASURES: readonly { measure: HeadlineMeasure; kind: KpiRowKind }[] = [
  { measure: 'timeToActivation', kind: 'cycleDays' },
  { measure: 'contacts', kind: 'contacts' },
  { measure: 'technicianVisits', kind: 'technicianVisits' },
  { measure: 'abandonment', kind: 'abandonment' },
];

/** The trial's effect on the first group shown (the overall mix, or the one segment run). */
export function trialEffects(baseline: RunResult, now: RunResult): TrialEffect[] {
  const [before] = resultGroups(baseline);
  const [after] = resultGroups(now);
  if (!before || !after) return [];
  const effects: TrialEffect[] = [];
  for (const { measure, kind } of MEASURES) {
    if (kind === 'abandonment') {
      effects.push({
        measure,
        kind,
        statistic: 'rate',
        baseline: before.abandonmentRate.value,
        scenario: after.abandonmentRate.value,
      });
      continue;
    }
    const a = before.kpis.find((k) => k.kind === kind)?.p90?.value;
    const b = after.kpis.find((k) => k.kind === kind)?.p90?.value;
    if (a != null && b != null) effects.push({ measure, kind, statistic: 'p90', baseline: a, scenario: b });
  }
  return effects;
}
