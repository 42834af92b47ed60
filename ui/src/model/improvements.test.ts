import { describe, expect, it } from 'vitest';
import { sampleDocument, sampleFindings } from '../api/fixtures';
import type { Candidate, StatDiff } from '../bindings';
import type { Translate } from './duration';
import { changeWords, emptyReason, hasPrices, helps, intervalScale, objectiveUnit } from './improvements';
import { defaultBundle } from './simulation';

/** The duration words of the English catalog, without i18next. */
const duration: Translate = (key, { value }) =>
  ({ 'duration.minutes': `${value} min`, 'duration.hours': `${value} h` })[key] ?? `${value} days`;

const candidate = (patch: Partial<Candidate>): Candidate => ({
  improvement: { kind: 'capacity', pool: 'p', capacity: 5 },
  subject: 'Technicians',
  before: 4,
  after: 5,
  silo: null,
  description: '',
  ...patch,
});

const diff = (d: number, low: number, high: number): StatDiff => ({
  a: 10,
  b: 10 + d,
  diff: d,
  ciLow: low,
  ciHigh: high,
  significant: low > 0 || high < 0,
});

describe('improvement findings', () => {
  it('word each kind of change from its figures', () => {
    expect(changeWords(candidate({}), duration, 'en')).toEqual({
      key: 'capacity',
      values: { subject: 'Technicians', before: 4, after: 5, count: 5 },
    });
    // The share faster comes from the figures (2 → 1.5 days is 25 %), durations in their unit.
    const faster = changeWords(
      candidate({ improvement: { kind: 'fasterTask', task: 't' }, subject: 'Install', before: 2, after: 1.5 }),
      duration,
      'en',
    );
    expect(faster.values).toEqual({ subject: 'Install', before: '2 days', after: '1.5 days', faster: '25%' });
    const wait = changeWords(
      candidate({ improvement: { kind: 'halveWait', wait: 'w' }, before: 1 / 12, after: 1 / 24 }),
      duration,
      'en',
    );
    expect(wait.values).toMatchObject({ before: '2 h', after: '1 h' });
    const rework = changeWords(
      candidate({ improvement: { kind: 'halveRework', task: 't' }, before: 0.15, after: 0.075 }),
      duration,
      'en',
    );
    expect(rework.values).toMatchObject({ before: '15%', after: '7.5%' });
    const handoff = changeWords(
      candidate({ improvement: { kind: 'removeHandoff', task: 't', previous: 'q' }, silo: 'Field ops' }),
      duration,
      'en',
    );
    expect(handoff).toEqual({ key: 'removeHandoff', values: { subject: 'Technicians', silo: 'Field ops' } });
    const contacts = changeWords(
      candidate({ improvement: { kind: 'removeContacts', task: 't' }, before: 3, after: 0 }),
      duration,
      'en',
    );
    expect(contacts.values.count).toBe(3);
  });

  it('word every recorded finding of the sample', () => {
    for (const f of sampleFindings().findings) {
      const words = changeWords(f.candidate, duration, 'en');
      expect(Object.values(words.values).every((v) => v !== '' && !Number.isNaN(v))).toBe(true);
    }
  });

  it('scale the interval bars around 0 so that every finding fits', () => {
    const effects = [diff(-4, -5, -3), diff(1, -2, 3)];
    const x = intervalScale(effects, 100);
    expect(x(0)).toBe(50);
    expect(x(-5)).toBe(0);
    expect(x(3)).toBe(80);
    expect(helps(effects[0]!)).toBe(true);
    expect(helps(effects[1]!)).toBe(false);
    // No effect at all: every value in the middle, no division by 0.
    expect(intervalScale([diff(0, 0, 0)], 100)(0)).toBe(50);
  });

  it('tell a model with prices from one without', () => {
    const doc = sampleDocument();
    const bundle = defaultBundle(doc);
    expect(hasPrices(doc, bundle)).toBe(false);
    doc.channels[0]!.contactCost = 2.5;
    expect(hasPrices(doc, bundle)).toBe(true);
    doc.channels[0]!.contactCost = null;
    const pool = doc.activations.find((a) => a.bundleId === bundle)!.resources[0]!;
    pool.costPerHour = 40;
    expect(hasPrices(doc, bundle)).toBe(true);
  });

  // Regression: with changes tried that none moved (no patience, so nobody abandons), the
  // panel said there was no change to try.
  it('say why nothing was ranked', () => {
    const found = sampleFindings();
    expect(emptyReason({ ...found, candidates: 0 })).toBe('nothing');
    expect(emptyReason({ ...found, baseline: null as unknown as number })).toBe('unmeasured');
    expect(emptyReason(found)).toBe('unmoved');
  });
});

// Seen on main: the finder wrote a p90 time of minutes as "0.0" days, its effects as "−0.0".
describe("the objective's unit", () => {
  it('is the one the baseline p90 time reads best in, and none for a count', () => {
    expect(objectiveUnit({ objective: 'p90Cycle', baseline: 20.2 })).toBe('days');
    expect(objectiveUnit({ objective: 'p90Cycle', baseline: 25 / 1440 })).toBe('minutes');
    expect(objectiveUnit({ objective: 'contacts', baseline: 16 })).toBeUndefined();
  });
});
