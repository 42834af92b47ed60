import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, FrictionItem, Stage, Step, WorkspaceDocument } from '../../bindings';
import { byPosition } from '../../model/order';
import { formatDiff, formatValue, heatColour, heatLevel, SHOWN_KPIS, timeUnit } from '../../model/simulation';
import { reasonBesideName } from '../../model/slides';
import { LANES } from '../../model/types';
import { OverlayChart } from '../simulation/CompareResults';

/** The worst steps a friction slide lists: what a room reads in one look. */
const FRICTION_ON_SLIDE = 8;

export function TitleSlide({
  doc,
  title,
  segment,
  journey,
}: {
  doc: WorkspaceDocument;
  title: string;
  /** The presented segment's name, or null when the deck presents every segment. */
  segment: string | null;
  journey: string;
}) {
  const { t } = useTranslation();
  const scope = [
    t('presentation.stages', { count: doc.stages.length }),
    t('presentation.bundles', { count: doc.bundles.length }),
    ...(segment === null ? [t('presentation.segments', { count: doc.segments.length })] : []),
  ];
  return (
    <div className="slide-title">
      <p className="slide-kicker">{title}</p>
      <h1>{segment === null ? t('presentation.allSegments') : journey}</h1>
      {segment !== null && <p className="slide-sub">{t('presentation.segment', { segment })}</p>}
      <p className="muted" data-testid="slide-scope">
        {scope.join(' · ')}
      </p>
    </div>
  );
}

/** One stage of the journey (or a part of it): its steps lane by lane, friction shown as heat. */
export function StageSlide({
  stage,
  steps,
  friction,
  doc,
  kicker,
  part,
  parts,
}: {
  kicker: string;
  stage: Stage;
  steps: readonly Step[];
  part: number;
  parts: number;
  friction: readonly FrictionItem[];
  doc: WorkspaceDocument;
}) {
  const { t } = useTranslation();
  const byTask = new Map(friction.map((f) => [f.nodeId, f]));
  return (
    <div className="slide-stage">
      <p className="slide-kicker">{kicker}</p>
      <h1>{parts > 1 ? t('presentation.stagePart', { stage: stage.name, part, parts }) : stage.name}</h1>
      <div className="slide-lanes">
        {LANES.map((lane) => {
          const inLane = byPosition(steps.filter((s) => s.lane === lane));
          if (inLane.length === 0) return null;
          return (
            <div key={lane} className={`slide-lane lane-${lane}`}>
              <h2>{t(`lanes.${lane}.name`)}</h2>
              <ul>
                {inLane.map((step) => {
                  const f = step.flowTask ? byTask.get(step.flowTask) : undefined;
                  const channel = doc.channels.find((c) => c.id === step.channelId);
                  return (
                    <li
                      key={step.id}
                      className={`slide-step${f ? ` friction-heat heat-${heatLevel(f.score)}` : ''}`}
                      style={f ? ({ '--heat': heatColour(f.score) } as CSSProperties) : undefined}
                      data-friction={f ? Math.round(f.score) : undefined}
                    >
                      <strong>{step.title}</strong>
                      {channel && <span className="muted small">{channel.name}</span>}
                      {f && (
                        <span className="slide-heat">
                          {t('presentation.frictionRank', { rank: f.rank, score: Math.round(f.score) })}
                        </span>
                      )}
                      {step.painPoints.length > 0 && <span className="slide-pain">{step.painPoints.join(' · ')}</span>}
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The friction ranking, worst first, with why: each step named once. */
export function FrictionSlide({ items, segment }: { items: readonly FrictionItem[]; segment: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="slide-friction">
      {segment && <p className="slide-kicker">{segment}</p>}
      <h1>{t('presentation.frictionTitle')}</h1>
      <ol>
        {items.slice(0, FRICTION_ON_SLIDE).map((item) => {
          const reason = reasonBesideName(item.name, item.reason);
          return (
            <li key={item.nodeId} data-testid="slide-friction-item">
              <span className="friction-score" style={{ background: heatColour(item.score) }}>
                {Math.round(item.score)}
              </span>
              <span>
                <strong>{item.name}</strong>
                {reason && <span className="muted"> — {reason}</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** As-is against to-be: the headline differences and both distributions on one chart. */
export function ComparisonSlide({ comparison }: { comparison: Comparison }) {
  const { t, i18n } = useTranslation();
  const overall = comparison.segments[0];
  if (!overall) return null;
  return (
    <div className="slide-comparison">
      <h1>{t('simulation.comparisonOf', { a: comparison.a.label, b: comparison.b.label })}</h1>
      <OverlayChart comparison={comparison} segment={overall} height={420} />
      <dl className="slide-kpis">
        {SHOWN_KPIS.map((kind) => {
          const k = overall.kpis.find((x) => x.kind === kind);
          if (!k) return null;
          const unit = timeUnit(kind, k.mean.a, k.mean.b);
          return (
            <div key={kind}>
              <dt>{t(`simulation.kpi_${kind}`, { unit: t(`charts.${unit ?? 'days'}`) })}</dt>
              <dd>
                {formatValue(k.mean.a, kind, i18n.language, unit)} → {formatValue(k.mean.b, kind, i18n.language, unit)}{' '}
                <span className="muted small">({formatDiff(k.mean, kind, i18n.language, unit)})</span>
              </dd>
            </div>
          );
        })}
      </dl>
      {overall.frictionDisappeared.length > 0 && (
        <p>
          {t('presentation.gone')} {overall.frictionDisappeared.map((f) => f.name).join(', ')}
        </p>
      )}
    </div>
  );
}
