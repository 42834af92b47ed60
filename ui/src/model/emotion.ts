import { MINUS } from './simulation';
import { CUSTOMER_LANES, EMOTION_MAX, EMOTION_MIN, type Stage, type WorkspaceDocument } from './types';

export interface EmotionPoint {
  stageId: string;
  index: number;
  /** Average emotion of the stage's customer-facing steps; null when it has none. */
  value: number | null;
  count: number;
}

/** Average emotion per stage of a journey's customer-action and frontstage steps. */
export function emotionPoints(
  doc: WorkspaceDocument,
  journeyId: string | null,
  stages: readonly Stage[],
): EmotionPoint[] {
  return stages.map((stage, index) => {
    const values = doc.steps
      .filter((s) => s.journeyId === journeyId && s.stageId === stage.id && CUSTOMER_LANES.includes(s.lane))
      .map((s) => s.emotion);
    const value = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
    return { stageId: stage.id, index, value, count: values.length };
  });
}

export interface CurveGeometry {
  width: number;
  height: number;
  zeroY: number;
  dots: { x: number; y: number; value: number; stageId: string }[];
  /** SVG path through the stages that have a value; gaps are jumped over with a straight segment. */
  path: string;
}

/** Lays the points out under columns `columnWidth` wide, emotion +3 at the top. */
export function curveGeometry(
  points: readonly EmotionPoint[],
  columnWidth: number,
  height: number,
  padding = 12,
): CurveGeometry {
  const inner = height - 2 * padding;
  const y = (v: number) => padding + ((EMOTION_MAX - v) / (EMOTION_MAX - EMOTION_MIN)) * inner;
  const dots = points.flatMap((p) =>
    p.value === null ? [] : [{ x: (p.index + 0.5) * columnWidth, y: y(p.value), value: p.value, stageId: p.stageId }],
  );
  const path = dots.map((d, i) => `${i === 0 ? 'M' : 'L'}${d.x.toFixed(1)},${d.y.toFixed(1)}`).join(' ');
  return { width: points.length * columnWidth, height, zeroY: y(0), dots, path };
}

/** A colour class for an emotion value: negative, neutral or positive. */
export function emotionTone(value: number): 'negative' | 'neutral' | 'positive' {
  if (value <= -1) return 'negative';
  if (value >= 1) return 'positive';
  return 'neutral';
}

/** A stage's average emotion as written on the curve: one decimal with its sign ("+1.5",
 * "−1.8" with the minus sign, as every number we write), "0.0" when it rounds to nothing. */
export function emotionLabel(value: number): string {
  const text = Math.abs(value).toFixed(1);
  if (text === '0.0') return text;
  return `${value < 0 ? MINUS : '+'}${text}`;
}
