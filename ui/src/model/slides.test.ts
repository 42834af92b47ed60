import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../api/fixtures';
import { buildSlides, slideDelta, stepSlide } from './slides';

describe('presentation slides', () => {
  it('has a title, the stages of the journey that have steps in order, then friction and comparison', () => {
    const doc = sampleDocument();
    const journey = doc.journeys[0]!;
    const used = new Set(doc.steps.filter((s) => s.journeyId === journey.id).map((s) => s.stageId));
    const stages = [...doc.stages].sort((a, b) => a.position - b.position).filter((s) => used.has(s.id));
    const slides = buildSlides(doc, journey.id, { result: true, comparison: true });
    expect(slides[0]).toEqual({ kind: 'title' });
    expect(slides.slice(1, -2)).toEqual(stages.map((s) => ({ kind: 'stage', stageId: s.id })));
    expect(slides.slice(-2)).toEqual([{ kind: 'friction' }, { kind: 'comparison' }]);
  });

  it('leaves out friction and comparison before any run, and stages without steps', () => {
    const doc = sampleDocument();
    const journey = doc.journeys[0]!;
    doc.steps = doc.steps.filter((s) => s.journeyId !== journey.id || s.stageId === doc.stages[0]!.id);
    const slides = buildSlides(doc, journey.id, { result: false, comparison: false });
    expect(slides.map((s) => s.kind)).toEqual(
      doc.steps.some((s) => s.journeyId === journey.id) ? ['title', 'stage'] : ['title'],
    );
    expect(buildSlides(doc, null, { result: false, comparison: false })).toEqual([{ kind: 'title' }]);
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
