import { useTranslation } from 'react-i18next';
import type { FrictionItem } from '../../bindings';
import { heatColour, heatLevel, stepForTask } from '../../model/simulation';
import { useDocument } from '../../store/selectors';
import { useWorkspace } from '../../store/workspace';

/**
 * The ranked friction steps, worst first, each with why it ranks there. A step linked to a
 * journey step opens it on the journey map (of this segment when it has one).
 */
export function FrictionList({ items, segmentId }: { items: readonly FrictionItem[]; segmentId: string | null }) {
  const { t } = useTranslation();
  const doc = useDocument();
  const showStep = useWorkspace((s) => s.showStep);
  const journeyId = useWorkspace((s) => s.journeyId);
  const currentSegment = useWorkspace((s) => s.segmentId);
  if (!doc) return null;
  const prefer = segmentId ? { segmentId } : { journeyId, segmentId: currentSegment };
  return (
    <div className="card sim-friction">
      <h3>{t('simulation.friction')}</h3>
      {items.length === 0 && <p className="muted">{t('simulation.noFriction')}</p>}
      <ol className="friction-list">
        {items.map((item) => {
          const step = stepForTask(doc, item.nodeId, prefer);
          return (
            <li key={item.nodeId}>
              <button
                type="button"
                className={`friction-item heat-${heatLevel(item.score)}`}
                data-testid="friction-item"
                data-node-id={item.nodeId}
                data-linked={step ? 'true' : 'false'}
                title={step ? t('simulation.showStep', { title: step.title }) : t('simulation.notLinked')}
                onClick={() => {
                  if (step) showStep(step.id);
                }}
              >
                <span className="friction-rank">{item.rank}</span>
                <span className="friction-body">
                  <span className="friction-name">{item.name}</span>
                  <span className="friction-reason">{item.reason}</span>
                  {item.reasonParts.length > 0 && (
                    <span className="friction-parts">
                      {item.reasonParts.map((part) => (
                        <span key={part} className="chip">
                          {t(`simulation.component_${part}`)}
                        </span>
                      ))}
                    </span>
                  )}
                </span>
                <span
                  className="friction-score"
                  style={{ background: heatColour(item.score) }}
                  aria-label={t('simulation.score', { score: Math.round(item.score) })}
                >
                  {Math.round(item.score)}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
