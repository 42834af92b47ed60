import { describe, expect, it } from 'vitest';
import { sampleRun } from '../api/fixtures';
import { trialEffects } from './whatIf';

describe('what-if effects', () => {
  it('measures the headline figures of the trial against the baseline, p90s and the abandonment rate', () => {
    const baseline = sampleRun();
    const now = sampleRun();
    const cycle = now.overall.kpis.find((k) => k.kind === 'cycleDays')!;
    cycle.p90!.value += 2;
    now.overall.abandonmentRate.value = 0;
    const effects = trialEffects(baseline, now);
    expect(effects.map((e) => [e.measure, e.statistic])).toEqual([
      ['timeToActivation', 'p90'],
      ['contacts', 'p90'],
      ['technicianVisits', 'p90'],
      ['abandonment', 'rate'],
    ]);
    const time = effects[0]!;
    expect(time.scenario - time.baseline).toBeCloseTo(2);
    expect(effects[3]!.baseline).toBe(baseline.overall.abandonmentRate.value);
    expect(effects[3]!.scenario).toBe(0);
  });
});
