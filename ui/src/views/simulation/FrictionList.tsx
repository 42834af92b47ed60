import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrictionItem } from '../../bindings';
import { FrictionEntry } from '../../components/FrictionEntry';
import { stepForTask } from '../../model/simulation';
import { useDocument } from '../../store/selectors';
import { useWorkspace } from '../../store/workspace';

/** How many steps the list shows until the user asks for all: the ones worth acting on. */
export const FRICTION_TOP = 10;

/**
 * The ranked friction steps, worst first, each with why it ranks there: the top ten, then all
 * on request. A step linked to a journey step opens it on the journey map (of this segment
 * when it has one).
 */
export function FrictionList({ items, segmentId }: { items: readonly FrictionItem[]; segmentId: string | null }) {
  const { t } = useTranslation();
  const doc = useDocument();
  const showStep = useWorkspace((s) => s.showStep);
  const journeyId = useWorkspace((s) => s.journeyId);
  const currentSegment = useWorkspace((s) => s.segmentId);
  const [all, setAll] = useState(false);
  if (!doc) return null;
  const shown = all ? items : items.slice(0, FRICTION_TOP);
  const prefer = segmentId ? { segmentId } : { journeyId, segmentId: currentSegment };
  return (
    <div className="card sim-friction">
      <h3>
        {t('simulation.friction')}{' '}
        <span className="muted friction-scale" title={t('simulation.scoreScaleHint')} data-testid="friction-scale">
          {t('simulation.scoreScale')}
        </span>
      </h3>
      {items.length === 0 && <p className="muted">{t('simulation.noFriction')}</p>}
      <ol className="friction-list">
        {shown.map((item) => {
          const step = stepForTask(doc, item.nodeId, prefer);
          return (
            <FrictionEntry
              key={item.nodeId}
              item={item}
              testId="friction-item"
              linked={!!step}
              parts
              title={step ? t('simulation.showStep', { title: step.title }) : t('simulation.notLinked')}
              onClick={() => {
                if (step) showStep(step.id);
              }}
            />
          );
        })}
      </ol>
      {items.length > FRICTION_TOP && (
        <button type="button" className="btn btn-link" data-testid="friction-show-all" onClick={() => setAll(!all)}>
          {all ? t('simulation.showTop', { count: FRICTION_TOP }) : t('simulation.showAll', { count: items.length })}
        </button>
      )}
    </div>
  );
}
