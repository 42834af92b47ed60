import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey, buildJourneyGrid } from '../../model/grid';
import { useWorkspace } from '../../store/workspace';
import { EmotionCurve } from './EmotionCurve';
import { JourneyCell } from './JourneyCell';

/** Column width of a stage, shared by the grid and the emotion curve so they line up. */
export const STAGE_WIDTH = 212;

/** Stages as columns, lanes as rows, the emotion curve on top; scrolls inside its area. */
export function JourneyMap({ journeyId, colour }: { journeyId: string; colour: string }) {
  const { t } = useTranslation();
  const doc = useWorkspace((s) => s.workspace?.document);
  const grid = useMemo(() => (doc ? buildJourneyGrid(doc, journeyId) : null), [doc, journeyId]);
  if (!doc || !grid) return null;
  if (grid.stages.length === 0) return <div className="empty-view muted">{t('journey.noStages')}</div>;
  const columns = `var(--lane-head-width) repeat(${grid.stages.length}, ${STAGE_WIDTH}px)`;
  return (
    <div className="journey-scroll" data-testid="journey-map">
      <div
        className="journey-grid"
        style={{ gridTemplateColumns: columns }}
        role="table"
        aria-label={t('journey.mapLabel')}
      >
        {/* Rows use display: contents, so the cells stay items of the one CSS grid. */}
        <div className="grid-row" role="row">
          <div className="corner" role="columnheader">
            {t('journey.stagesLanes')}
          </div>
          {grid.stages.map((stage, i) => (
            <div key={stage.id} className="stage-head" role="columnheader" data-testid="stage-head">
              <span className="stage-index">{i + 1}</span>
              {stage.name}
            </div>
          ))}
        </div>
        <div className="grid-row" role="row">
          <div className="lane-head lane-head-emotion" role="rowheader">
            {t('journey.emotion')}
          </div>
          <div className="emotion-row" role="cell" style={{ gridColumn: `2 / span ${grid.stages.length}` }}>
            <EmotionCurve
              doc={doc}
              journeyId={journeyId}
              stages={grid.stages}
              columnWidth={STAGE_WIDTH}
              colour={colour}
            />
          </div>
        </div>
        {grid.lanes.map((lane) => (
          <div key={lane} className="grid-row" role="row">
            <div className={`lane-head lane-${lane}`} role="rowheader" title={t(`lanes.${lane}.hint`)}>
              <span className="lane-name">{t(`lanes.${lane}.name`)}</span>
              <span className="lane-hint">{t(`lanes.${lane}.hint`)}</span>
            </div>
            {grid.stages.map((stage) => (
              <JourneyCell
                key={stage.id}
                stage={stage}
                lane={lane}
                steps={grid.cells.get(cellKey(stage.id, lane)) ?? []}
              />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
