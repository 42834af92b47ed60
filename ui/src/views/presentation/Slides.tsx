import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, FrictionItem, Stage, Step, WorkspaceDocument } from '../../bindings';
import { byPosition } from '../../model/order';
import { formatDiff, formatValue, heatColour, heatLevel, SHOWN_KPIS } from '../../model/simulation';
import { LANES } from '../../model/types';
import { OverlayChart } from '../simulation/CompareResults';

export function TitleSlide({
  doc,
  title,
  segment,
  journey,
}: {
  doc: WorkspaceDocument;
  title: string;
  segment: string;
  journey: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="slide-title">
      <p className="slide-kicker">{title}</p>
      <h1>{journey}</h1>
      <p className="slide-sub">{t('presentation.segment', { segment })}</p>
      <p className="muted">{t('presentation.scope', { stages: doc.stages.length, bundles: doc.bundles.length })}</p>
    </div>
  );
}

/** One stage of the journey: its steps lane by lane, friction shown as heat. */
export function StageSlide({
  stage,
  steps,
  friction,
  doc,
  kicker,
}: {
  kicker: string;
  stage: Stage;
  steps: readonly Step[];
  friction: readonly FrictionItem[];
  doc: WorkspaceDocument;
}) {
  const { t } = useTranslation();
  const byTask = new Map(friction.map((f) => [f.nodeId, f]));
  return (
    <div className="slide-stage">
      <p className="slide-kicker">{kicker}</p>
      <h1>{stage.name}</h1>
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

/** The friction ranking, worst first, with why. */
export function FrictionSlide({ items }: { items: readonly FrictionItem[] }) {
  const { t } = useTranslation();
  return (
    <div className="slide-friction">
      <h1>{t('presentation.frictionTitle')}</h1>
      <ol>
        {items.slice(0, 8).map((item) => (
          <li key={item.nodeId}>
            <span className="friction-score" style={{ background: heatColour(item.score) }}>
              {Math.round(item.score)}
            </span>
            <span>
              <strong>{item.name}</strong>
              <span className="muted"> — {item.reason}</span>
            </span>
          </li>
        ))}
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
          return (
            <div key={kind}>
              <dt>{t(`simulation.kpi_${kind}`)}</dt>
              <dd>
                {formatValue(k.mean.a, kind, i18n.language)} → {formatValue(k.mean.b, kind, i18n.language)}{' '}
                <span className="muted small">({formatDiff(k.mean, kind, i18n.language)})</span>
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
