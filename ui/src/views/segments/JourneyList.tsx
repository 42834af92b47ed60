import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { InlineName } from '../../components/InlineName';
import { addJourney, deleteJourney, updateJourney } from '../../model/changes';
import { EDIT_LABELS } from '../../model/labels';
import type { Segment } from '../../model/types';
import { useWorkspace } from '../../store/workspace';

/** The journeys of a segment: rename, add, delete (with its steps). */
export function JourneyList({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  const doc = useWorkspace((s) => s.workspace?.document);
  const edit = useWorkspace((s) => s.edit);
  if (!doc) return null;
  const journeys = doc.journeys.filter((j) => j.segmentId === segment.id);
  return (
    <section className="card" data-testid="journey-list">
      <div className="card-head">
        <h2 className="card-title">{t('segments.journeys')}</h2>
        <button
          type="button"
          className="btn"
          data-testid="add-journey"
          onClick={() =>
            void edit(
              EDIT_LABELS.addJourney,
              addJourney(segment.id, t('segments.newJourney', { n: journeys.length + 1 }), crypto.randomUUID()),
            )
          }
        >
          + {t('segments.addJourney')}
        </button>
      </div>
      <ul className="plain-list">
        {journeys.map((journey) => {
          const steps = doc.steps.filter((s) => s.journeyId === journey.id).length;
          return (
            <li key={journey.id} className="list-row">
              <InlineName
                value={journey.name}
                label={t('segments.journeyName')}
                onCommit={(name) => void edit(EDIT_LABELS.renameJourney, updateJourney({ ...journey, name }))}
              />
              <span className="muted small nowrap">{t('journey.stepCount', { count: steps })}</span>
              <ConfirmButton
                label={t('common.delete')}
                question={t('segments.confirmDeleteJourney', { count: steps })}
                onConfirm={() =>
                  void edit(EDIT_LABELS.deleteJourney, deleteJourney(journey.id), {
                    key: 'notices.journeyDeleted',
                    values: { name: journey.name },
                    undoable: true,
                  })
                }
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
