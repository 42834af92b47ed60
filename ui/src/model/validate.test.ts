import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../api/fixtures';
import { emptyStepFields } from './changes';
import { formToSegment, segmentToForm, validateSegment, validateStep } from './validate';

describe('validation', () => {
  it('requires a step title and keeps emotion and effort in range', () => {
    const fields = emptyStepFields('s', 'frontstage');
    expect(validateStep(fields)).toEqual({ title: 'validation.required' });
    expect(validateStep({ ...fields, title: 'x', emotion: 4, effort: 0 })).toEqual({
      emotion: 'validation.emotionRange',
      effort: 'validation.effortRange',
    });
    expect(validateStep({ ...fields, title: 'x', emotion: -3, effort: 5 })).toEqual({});
  });

  it('edits the share as a percentage and round-trips it', () => {
    const segment = sampleDocument().segments[1]!;
    const form = segmentToForm(segment);
    expect(form.sharePercent).toBe(35);
    expect(formToSegment(form)).toEqual(segment);
  });

  it('checks share, patience and colour', () => {
    const form = segmentToForm(sampleDocument().segments[0]!);
    expect(validateSegment(form)).toEqual({});
    expect(
      validateSegment({
        ...form,
        name: ' ',
        sharePercent: 120,
        channelMultipliers: { web: 0 },
        colour: 'red',
      }),
    ).toEqual({
      name: 'validation.required',
      sharePercent: 'validation.shareRange',
      channelMultipliers: 'validation.positive',
      colour: 'validation.colour',
    });
    expect(validateSegment({ ...form, sharePercent: Number.NaN }).sharePercent).toBe('validation.shareRange');
  });

  it('keeps a segment priority a whole number from 0 to 9', () => {
    const form = segmentToForm(sampleDocument().segments[0]!);
    expect(form.priority).toBe(0);
    expect(validateSegment({ ...form, priority: 9 })).toEqual({});
    for (const priority of [10, -1, 1.5, Number.NaN])
      expect(validateSegment({ ...form, priority }).priority).toBe('validation.priorityRange');
  });
});
