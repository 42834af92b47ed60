import { useTranslation } from 'react-i18next';
import { SegmentDot } from '../../components/SegmentDot';
import { addSegment } from '../../model/changes';
import { EDIT_LABELS } from '../../model/labels';
import type { Segment } from '../../model/types';
import { useCurrentSegment } from '../../store/selectors';
import { useWorkspace } from '../../store/workspace';
import { JourneyList } from './JourneyList';
import { SegmentForm } from './SegmentForm';

const PALETTE = ['#0d9488', '#7c3aed', '#d97706', '#2563eb', '#db2777', '#059669', '#dc2626', '#4b5563'];

export function SegmentsView() {
  const { t } = useTranslation();
  const doc = useWorkspace((s) => s.workspace?.document);
  const segment = useCurrentSegment();
  const selectSegment = useWorkspace((s) => s.selectSegment);
  const edit = useWorkspace((s) => s.edit);
  if (!doc) return null;

  const add = async () => {
    const fresh: Segment = {
      id: crypto.randomUUID(),
      name: t('segments.newName', { n: doc.segments.length + 1 }),
      description: '',
      share: 0,
      valueTier: 'medium',
      channelPreferences: [],
      patienceDays: null,
      patienceContacts: null,
      channelMultipliers: {},
      priority: 0,
      colour: PALETTE[doc.segments.length % PALETTE.length] ?? '#4b5563',
    };
    const ok = await edit(
      EDIT_LABELS.addSegment,
      addSegment(fresh, { id: crypto.randomUUID(), name: t('segments.firstJourney') }),
    );
    if (ok) selectSegment(fresh.id);
  };

  return (
    <div className="editor-view">
      <div className="editor-list">
        <div className="editor-list-head">
          <h1 className="view-title">{t('segments.title')}</h1>
          <button type="button" className="btn btn-primary" data-testid="add-segment" onClick={() => void add()}>
            + {t('segments.add')}
          </button>
        </div>
        <ul className="plain-list">
          {doc.segments.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className={`list-item${s.id === segment?.id ? ' selected' : ''}`}
                onClick={() => selectSegment(s.id)}
              >
                <SegmentDot colour={s.colour} />
                <span className="grow">{s.name}</span>
                <span className="muted small">{t(`valueTiers.${s.valueTier}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="editor-detail">
        {segment ? (
          <>
            <SegmentForm key={`${segment.id}-${JSON.stringify(segment)}`} segment={segment} />
            <JourneyList segment={segment} />
          </>
        ) : (
          <p className="muted">{t('journey.noSegment')}</p>
        )}
      </div>
    </div>
  );
}
