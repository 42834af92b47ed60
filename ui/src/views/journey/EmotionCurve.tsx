import { useTranslation } from 'react-i18next';
import { curveGeometry, emotionLabel, emotionPoints, emotionTone } from '../../model/emotion';
import type { Stage, WorkspaceDocument } from '../../model/types';

const HEIGHT = 84;

/** The average emotion per stage of the customer-facing steps, drawn under the stage columns. */
export function EmotionCurve({
  doc,
  journeyId,
  stages,
  columnWidth,
  colour,
}: {
  doc: WorkspaceDocument;
  journeyId: string;
  stages: Stage[];
  columnWidth: number;
  /** The segment's colour, so the curve reads as this segment's everywhere it is shown. */
  colour: string;
}) {
  const { t } = useTranslation();
  const geometry = curveGeometry(emotionPoints(doc, journeyId, stages), columnWidth, HEIGHT);
  return (
    <svg
      className="emotion-curve"
      width={geometry.width}
      height={geometry.height}
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      role="img"
      aria-label={t('journey.emotionCurve')}
      data-testid="emotion-curve"
    >
      <line x1={0} x2={geometry.width} y1={geometry.zeroY} y2={geometry.zeroY} className="curve-zero" />
      <text x={4} y={geometry.zeroY - 4} className="curve-axis">
        0
      </text>
      <text x={4} y={12} className="curve-axis">
        +3
      </text>
      <text x={4} y={HEIGHT - 4} className="curve-axis">
        −3
      </text>
      {geometry.path && <path d={geometry.path} className="curve-line" style={{ stroke: colour }} />}
      {geometry.dots.map((d) => (
        <g key={d.stageId}>
          <circle cx={d.x} cy={d.y} r={5} className={`curve-dot curve-${emotionTone(d.value)}`}>
            <title>{t('journey.emotionAverage', { value: d.value.toFixed(1) })}</title>
          </circle>
          {/* The value sits above the dot, or below it near the top edge. */}
          <text x={d.x} y={d.y < 24 ? d.y + 17 : d.y - 9} textAnchor="middle" className="curve-value">
            {emotionLabel(d.value)}
          </text>
        </g>
      ))}
    </svg>
  );
}
