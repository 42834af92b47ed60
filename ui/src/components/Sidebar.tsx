import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/workspace';
import { SegmentDot } from './SegmentDot';

/** Segments (coloured) and the journeys of the selected one, for quick switching. */
export function Sidebar() {
  const { t } = useTranslation();
  const doc = useWorkspace((s) => s.workspace?.document);
  const segmentId = useWorkspace((s) => s.segmentId);
  const journeyId = useWorkspace((s) => s.journeyId);
  const selectSegment = useWorkspace((s) => s.selectSegment);
  const selectJourney = useWorkspace((s) => s.selectJourney);
  if (!doc) return null;

  /** ↑/↓ on a focused segment selects the previous/next one and keeps focus with it. */
  const onSegmentKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const next = doc.segments[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    selectSegment(next.id);
    const list = event.currentTarget.closest('.segment-list');
    requestAnimationFrame(() =>
      list?.querySelector<HTMLButtonElement>(`[data-segment-id="${CSS.escape(next.id)}"]`)?.focus(),
    );
  };

  return (
    <nav className="sidebar" aria-label={t('sidebar.label')}>
      <h2 className="sidebar-title">{t('sidebar.segments')}</h2>
      {doc.segments.length === 0 && <p className="muted small">{t('sidebar.noSegments')}</p>}
      <ul className="segment-list">
        {doc.segments.map((segment, index) => {
          const selected = segment.id === segmentId;
          const journeys = doc.journeys.filter((j) => j.segmentId === segment.id);
          return (
            <li key={segment.id}>
              <button
                type="button"
                className={`segment-item${selected ? ' selected' : ''}`}
                data-testid="segment-item"
                data-segment-id={segment.id}
                aria-current={selected ? 'true' : undefined}
                title={index < 9 ? `${segment.name} (Alt+${index + 1})` : segment.name}
                onClick={() => selectSegment(segment.id)}
                onKeyDown={(e) => onSegmentKey(e, index)}
              >
                <SegmentDot colour={segment.colour} />
                <span className="segment-name">{segment.name}</span>
                <span className="segment-share">{t('common.percent', { value: Math.round(segment.share * 100) })}</span>
              </button>
              {selected && journeys.length > 0 && (
                <ul className="journey-list" aria-label={t('sidebar.journeys')}>
                  {journeys.map((journey) => (
                    <li key={journey.id}>
                      <button
                        type="button"
                        className={`journey-item${journey.id === journeyId ? ' selected' : ''}`}
                        data-testid="journey-item"
                        aria-current={journey.id === journeyId ? 'true' : undefined}
                        onClick={() => selectJourney(journey.id)}
                      >
                        {journey.name}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <p className="sidebar-hint small muted">{t('sidebar.hint')}</p>
    </nav>
  );
}
