// View logic of the improvement finder: the objectives it ranks on and how their values are
// formatted, a found change in the user's language (from the figures the engine gives:
// subject, before, after, silo), and the scale of the small interval bars. The finding and
// its numbers are the backend's; nothing here simulates or ranks.
import type { Candidate, Findings, Objective, StatDiff, WorkspaceDocument } from '../bindings';
import { formatDuration, type DurationUnit, type Translate } from './duration';
import { timeUnit, type KpiRowKind } from './simulation';
import { numberFormat } from './numberFormat';

/** The objectives in the picker, in the engine's order. */
export const OBJECTIVES: readonly Objective[] = ['p90Cycle', 'contacts', 'technicianVisits', 'abandonment', 'cost'];

/** How an objective's values are formatted: as the KPI it reads. */
export const OBJECTIVE_KIND: Record<Objective, KpiRowKind> = {
  p90Cycle: 'cycleDays',
  contacts: 'contacts',
  technicianVisits: 'technicianVisits',
  abandonment: 'abandonment',
  cost: 'cost',
};

/** The unit the objective is written in: for the p90 time, the one its baseline reads best
 * in (a process of minutes read "0.0" days); none for a count, a rate or a cost. */
export function objectiveUnit(findings: Pick<Findings, 'objective' | 'baseline'>): DurationUnit | undefined {
  return timeUnit(OBJECTIVE_KIND[findings.objective], findings.baseline);
}

/** Whether a bundle's model has any price (a pool's cost per hour, a channel's cost per
 * contact): without one, runs have no cost and the finder cannot rank on it. */
export function hasPrices(doc: WorkspaceDocument, bundleId: string | null): boolean {
  const activation = doc.activations.find((a) => a.bundleId === bundleId);
  const priced = (cost: number | null | undefined) => cost != null && cost > 0;
  return (
    (activation?.resources.some((p) => priced(p.costPerHour)) ?? false) ||
    doc.channels.some((c) => priced(c.contactCost))
  );
}

/** The catalog's words for a change: a key under `improve.change_` and its values. */
export interface ChangeWords {
  key: string;
  values: Record<string, string | number>;
}

const percentText = (share: number, locale: string) =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** A found change in words: "Field technicians: 4 → 5 units", "Install 25% faster (2 → 1.5
 * days)". Durations (a task's or wait's mean, in days) read in the unit that suits them. */
export function changeWords(candidate: Candidate, duration: Translate, locale: string): ChangeWords {
  const { improvement, subject, before, after } = candidate;
  const days = { before: formatDuration(before, duration), after: formatDuration(after, duration) };
  switch (improvement.kind) {
    case 'capacity':
      return { key: 'capacity', values: { subject, before, after, count: after } };
    case 'fasterTask':
      // The share faster, from the figures: the engine's factor is written nowhere else.
      return {
        key: 'fasterTask',
        values: { subject, ...days, faster: before > 0 ? percentText(1 - after / before, locale) : '' },
      };
    case 'halveRework':
      return {
        key: 'halveRework',
        values: { subject, before: percentText(before, locale), after: percentText(after, locale) },
      };
    case 'halveWait':
      return { key: 'halveWait', values: { subject, ...days } };
    case 'removeHandoff':
      return { key: 'removeHandoff', values: { subject, silo: candidate.silo ?? '' } };
    case 'removeContacts':
      return { key: 'removeContacts', values: { subject, count: before } };
  }
}

/** Where 0 and an interval sit on a bar of `width` px that holds every finding's interval:
 * the scale is symmetric around 0, so left of the middle is better (less) and right worse. */
export function intervalScale(effects: readonly StatDiff[], width: number): (value: number) => number {
  const reach = Math.max(
    ...effects.flatMap((e) =>
      [e.diff, e.ciLow ?? e.diff, e.ciHigh ?? e.diff].map((v) => (Number.isFinite(v) ? Math.abs(v) : 0)),
    ),
    Number.MIN_VALUE,
  );
  return (value) => width / 2 + (value / reach) * (width / 2);
}

/** Whether a change helps: it lowers the objective and its interval excludes 0. */
export const helps = (effect: StatDiff): boolean => effect.significant && effect.diff < 0;

/** Why the finder ranked nothing, as a key under `improve.`: no change to try, an objective
 * the runs give no figure for (its baseline), or changes none of which moved it. */
export function emptyReason(findings: Pick<Findings, 'candidates' | 'baseline'>): 'nothing' | 'unmeasured' | 'unmoved' {
  if (findings.candidates === 0) return 'nothing';
  // The engine's NaN baseline arrives as null.
  if (!Number.isFinite(findings.baseline)) return 'unmeasured';
  return 'unmoved';
}
