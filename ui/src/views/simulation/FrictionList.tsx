import { useTranslation } from 'react-i18next';
import type { FrictionItem } from '../../bindings';
import { FrictionEntry } from '../../components/FrictionEntry';
import { stepForTask } from '../../model/simulation';
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
    </div>
  );
}
