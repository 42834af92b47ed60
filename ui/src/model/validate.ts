// Form validation before anything is sent; the backend validates again and its
// `invalid` problems are shown too. Messages are catalog keys, translated by the form.
import type { StepFields } from './changes';
import { MAX_PRIORITY } from './queueing';
import { EFFORT_MAX, EFFORT_MIN, EMOTION_MAX, EMOTION_MIN, type Segment } from './types';

export type FieldErrors = Partial<Record<string, string>>;

const inRange = (v: number, min: number, max: number) => Number.isFinite(v) && v >= min && v <= max;

export function validateStep(fields: StepFields): FieldErrors {
  const errors: FieldErrors = {};
  if (!fields.title.trim()) errors.title = 'validation.required';
  if (!Number.isInteger(fields.emotion) || !inRange(fields.emotion, EMOTION_MIN, EMOTION_MAX))
    errors.emotion = 'validation.emotionRange';
  if (!Number.isInteger(fields.effort) || !inRange(fields.effort, EFFORT_MIN, EFFORT_MAX))
    errors.effort = 'validation.effortRange';
  return errors;
}

/** The segment form edits the share as a percentage. */
export interface SegmentForm extends Omit<Segment, 'share'> {
  sharePercent: number;
}

export function segmentToForm(segment: Segment): SegmentForm {
  const { share, ...rest } = segment;
  // Rounded so 0.35 shows as 35, not 35.00000000000001.
  return { ...rest, sharePercent: Math.round(share * 10000) / 100 };
}

export function formToSegment(form: SegmentForm): Segment {
  const { sharePercent, ...rest } = form;
  return { ...rest, share: sharePercent / 100 };
}

export function validateSegment(form: SegmentForm): FieldErrors {
  const errors: FieldErrors = {};
  if (!form.name.trim()) errors.name = 'validation.required';
  if (!inRange(form.sharePercent, 0, 100)) errors.sharePercent = 'validation.shareRange';
  // The patience distributions are checked by their editor before they reach the form.
  if (Object.values(form.channelMultipliers).some((m) => m === undefined || !Number.isFinite(m) || m <= 0))
    errors.channelMultipliers = 'validation.positive';
  if (!/^#[0-9a-fA-F]{6}$/.test(form.colour)) errors.colour = 'validation.colour';
  const priority = form.priority ?? 0;
  if (!Number.isInteger(priority) || !inRange(priority, 0, MAX_PRIORITY)) errors.priority = 'validation.priorityRange';
  return errors;
}

export const hasErrors = (errors: FieldErrors): boolean => Object.keys(errors).length > 0;
