import { useTranslation } from 'react-i18next';
import { SegmentDot } from '../../components/SegmentDot';
import { useCurrentJourney, useCurrentSegment } from '../../store/selectors';
import { useWorkspace } from '../../store/workspace';
import { JourneyMap } from './JourneyMap';
import { StepEditor } from './StepEditor';

export function JourneyView() {
  const { t } = useTranslation();
  const segment = useCurrentSegment();
  const journey = useCurrentJourney();
  const panel = useWorkspace((s) => s.panel);
  const stepCount = useWorkspace(
    (s) => s.workspace?.document.steps.filter((x) => x.journeyId === s.journeyId).length ?? 0,
  );
  if (!segment || !journey)
    return <div className="empty-view muted">{segment ? t('journey.noJourney') : t('journey.noSegment')}</div>;
  return (
    <div className="journey-view">
      <div className="journey-main">
        <div className="view-header">
          <SegmentDot colour={segment.colour} />
          <h1 className="view-title">{journey.name}</h1>
          <span className="muted">{segment.name}</span>
          <span className="pill">{t('journey.stepCount', { count: stepCount })}</span>
          {stepCount === 0 && <span className="muted small">{t('journey.emptyHint')}</span>}
        </div>
        <JourneyMap journeyId={journey.id} colour={segment.colour} />
      </div>
      {panel.kind !== 'none' && (
        <StepEditor
          key={panel.kind === 'editStep' ? panel.stepId : `${panel.stageId}-${panel.lane}`}
          journeyId={journey.id}
        />
      )}
    </div>
  );
}
