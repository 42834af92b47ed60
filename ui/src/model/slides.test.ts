import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../api/fixtures';
import type { Step } from '../bindings';
import { buildSlides, reasonBesideName, slideDelta, splitStage, stepSlide, STEPS_PER_SLIDE } from './slides';

const has = { result: true, comparison: true };

describe('presentation slides', () => {
  it('has a title, the stages of the journey that have steps in order, then friction and comparison', () => {
    const doc = sampleDocument();
    const journey = doc.journeys[0]!;
    const used = new Set(doc.steps.filter((s) => s.journeyId === journey.id).map((s) => s.stageId));
    const stages = [...doc.stages].sort((a, b) => a.position - b.position).filter((s) => used.has(s.id));
    const slides = buildSlides(doc, { scope: 'segment', segmentId: journey.segmentId, journeyId: journey.id }, has);
    expect(slides[0]).toEqual({ kind: 'title' });
    const shown = slides.slice(1, -2);
    expect(shown.map((s) => (s.kind === 'stage' ? s.stageId : s.kind))).toEqual(stages.map((s) => s.id));
    // Every step of the journey is on exactly one slide.
    const onSlides = shown.flatMap((s) => (s.kind === 'stage' ? s.stepIds : []));
    expect(onSlides.sort()).toEqual(
      doc.steps
        .filter((s) => s.journeyId === journey.id)
        .map((s) => s.id)
        .sort(),
    );
    expect(slides.slice(-2)).toEqual([{ kind: 'friction', segmentId: journey.segmentId }, { kind: 'comparison' }]);
  });

  it('leaves out friction and comparison before any run, and stages without steps', () => {
    const doc = sampleDocument();
    const journey = doc.journeys[0]!;
    doc.steps = doc.steps.filter((s) => s.journeyId !== journey.id || s.stageId === doc.stages[0]!.id);
    const choice = { scope: 'segment', segmentId: journey.segmentId, journeyId: journey.id } as const;
    const slides = buildSlides(doc, choice, { result: false, comparison: false });
    expect(slides.map((s) => s.kind)).toEqual(
      doc.steps.some((s) => s.journeyId === journey.id) ? ['title', 'stage'] : ['title'],
    );
    const none = { scope: 'segment', segmentId: null, journeyId: null } as const;
    expect(buildSlides(doc, none, { result: false, comparison: false })).toEqual([{ kind: 'title' }]);
  });

  it('presents every segment in turn, each with its own journeys and friction', () => {
    const doc = sampleDocument();
    const slides = buildSlides(doc, { scope: 'all', segmentId: doc.segments[0]!.id, journeyId: null }, has);
    const friction = slides.filter((s) => s.kind === 'friction').map((s) => s.segmentId);
    expect(friction).toEqual(doc.segments.map((s) => s.id));
    for (const journey of doc.journeys) {
      const own = slides.filter((s) => s.kind === 'stage' && s.journeyId === journey.id);
      expect(own.length).toBeGreaterThan(0);
      expect(own.every((s) => s.kind === 'stage' && s.segmentId === journey.segmentId)).toBe(true);
    }
    // A segment's friction slide comes right after its last stage slide.
    const lastOfFirst = slides.findLastIndex((s) => s.kind === 'stage' && s.segmentId === doc.segments[0]!.id);
    expect(slides[lastOfFirst + 1]).toEqual({ kind: 'friction', segmentId: doc.segments[0]!.id });
    expect(slides.at(-1)).toEqual({ kind: 'comparison' });
  });

  it('splits a stage with more steps than a slide holds, lane by lane, as evenly as it can', () => {
    const base = sampleDocument().steps[0]!;
    const lanes = ['backstage', 'customerAction', 'frontstage'] as const;
    const steps: Step[] = Array.from({ length: STEPS_PER_SLIDE + 3 }, (_, i) => ({
      ...base,
      id: `s${i}`,
      lane: lanes[i % 3]!,
      position: i,
    }));
    const parts = splitStage(steps);
    expect(parts).toHaveLength(2);
    expect(parts.map((p) => p.length)).toEqual([6, 5]);
    const lanesInOrder = [
      ...Array<string>(4).fill('customerAction'),
      ...Array<string>(3).fill('frontstage'),
      ...Array<string>(4).fill('backstage'),
    ];
    expect(parts.flat().map((s) => s.lane)).toEqual(lanesInOrder);
    expect(splitStage(steps.slice(0, STEPS_PER_SLIDE))).toHaveLength(1);
    expect(splitStage([])).toEqual([]);
  });

  it('never repeats the step name in front of its reason (runs saved before reasons left it out)', () => {
    expect(reasonBesideName('Number porting', 'Number porting: 1.1 hand-offs between silos per customer')).toBe(
      '1.1 hand-offs between silos per customer',
    );
    expect(reasonBesideName('Number porting', 'number porting — fails and is redone')).toBe('Fails and is redone');
    expect(reasonBesideName('Number porting', '1.1 hand-offs between silos')).toBe('1.1 hand-offs between silos');
    expect(reasonBesideName('Number porting', 'Number porting')).toBe('');
    expect(reasonBesideName('Wait', 'Waiting 9.6 days per customer')).toBe('Waiting 9.6 days per customer');
  });

  it('steps within the deck with arrows, page keys and space', () => {
    expect(stepSlide(0, -1, 5)).toBe(0);
    expect(stepSlide(4, 1, 5)).toBe(4);
    expect(stepSlide(2, 1, 5)).toBe(3);
    expect(stepSlide(9, 0, 5)).toBe(4);
    expect(stepSlide(0, 1, 0)).toBe(0);
    expect(['ArrowRight', 'PageDown', ' '].map(slideDelta)).toEqual([1, 1, 1]);
    expect(['ArrowLeft', 'PageUp'].map(slideDelta)).toEqual([-1, -1]);
    expect(slideDelta('a')).toBeNull();
  });
});
