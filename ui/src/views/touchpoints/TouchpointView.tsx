import type React from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SegmentDot } from '../../components/SegmentDot';
import { channelSwitchCells } from '../../model/channelSwitches';
import { buildTouchpointGrid, heat, touchpointKey } from '../../model/touchpoints';
import { groupOf } from '../../store/friction';
import { useSimulation } from '../../store/simulation';
import { useCurrentSegment } from '../../store/selectors';
import { useWorkspace } from '../../store/workspace';
import { TouchpointSteps } from './TouchpointSteps';
import { numberFormat } from '../../model/numberFormat';

const CHANNEL_WIDTH = 172;
const STAGE_MIN_WIDTH = 76;

/** A segment's stage × channel grid of touchpoints, heat-coloured by count. */
export function TouchpointView() {
  const { t, i18n } = useTranslation();
  const doc = useWorkspace((s) => s.workspace?.document);
  const segment = useCurrentSegment();
  const [picked, setPicked] = useState<{ stageId: string; channelId: string } | null>(null);
  const grid = useMemo(() => (doc ? buildTouchpointGrid(doc, segment?.id ?? null) : null), [doc, segment]);
  // After a run: the channel switches the flow forces into each cell (this segment's group).
  const result = useSimulation((s) => s.result);
  const switches = useMemo(() => {
    const steps = groupOf({ result }, segment?.id ?? null)?.steps ?? [];
    return doc ? channelSwitchCells(doc, segment?.id ?? null, steps) : new Map();
  }, [doc, segment, result]);
  const perCase = numberFormat(i18n.language, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  if (!doc || !grid) return null;
  if (!segment) return <div className="empty-view muted">{t('journey.noSegment')}</div>;
  const pickedSteps = picked ? (grid.cells.get(touchpointKey(picked.stageId, picked.channelId)) ?? []) : [];
  // Stage columns share the width but never get narrower than a stage name; past that the
  // grid scrolls inside its area instead of spilling out of its frame.
  const columns = `${CHANNEL_WIDTH}px repeat(${grid.stages.length}, minmax(${STAGE_MIN_WIDTH}px, 1fr))`;
  const minWidth = CHANNEL_WIDTH + grid.stages.length * STAGE_MIN_WIDTH + 2;
  return (
    <div className="touchpoint-view">
      <div className="touchpoint-main">
        <div className="view-header">
          <SegmentDot colour={segment.colour} />
          <h1 className="view-title">{t('touchpoints.title', { segment: segment.name })}</h1>
          <span className="pill">{t('touchpoints.total', { count: grid.total })}</span>
        </div>
        <div className="touchpoint-scroll">
          <div
            className="touchpoint-grid"
            style={{ gridTemplateColumns: columns, minWidth }}
            role="table"
            aria-label={t('touchpoints.gridLabel')}
            data-testid="touchpoint-map"
          >
            <div className="grid-row" role="row">
              <div className="corner" role="columnheader">
                {t('touchpoints.channelsStages')}
              </div>
              {grid.stages.map((s) => (
                <div key={s.id} className="tp-stage" role="columnheader">
                  {s.name}
                </div>
              ))}
            </div>
            {grid.channels.map((channel) => (
              <div key={channel.id} className="grid-row" role="row">
                <div className="tp-channel" role="rowheader">
                  <span className={`kind-mark kind-${channel.kind}`} aria-hidden="true" />
                  <span className="tp-channel-name">{channel.name}</span>
                  <span className="tp-kind muted small">{t(`channelKinds.${channel.kind}`)}</span>
                </div>
                {grid.stages.map((stage) => {
                  const count = grid.cells.get(touchpointKey(stage.id, channel.id))?.length ?? 0;
                  const isPicked = picked?.stageId === stage.id && picked.channelId === channel.id;
                  const h = heat(count, grid.max);
                  const switched = switches.get(touchpointKey(stage.id, channel.id));
                  return (
                    // The badge sits under the count, in the flow of the cell, so it never covers it.
                    <div
                      key={stage.id}
                      role="cell"
                      className={`tp-cellbox${switched ? ' with-switch' : ''}`}
                      style={{ '--heat': h.toFixed(2) } as React.CSSProperties}
                    >
                      <button
                        type="button"
                        className={`tp-cell${count ? ' has-count' : ''}${isPicked ? ' picked' : ''}${h > 0.6 ? ' hot' : ''}`}
                        data-testid="touchpoint-cell"
                        data-stage-id={stage.id}
                        data-channel-id={channel.id}
                        data-count={count}
                        disabled={count === 0}
                        aria-label={t('touchpoints.cellLabel', { count, stage: stage.name, channel: channel.name })}
                        title={t('touchpoints.cellLabel', { count, stage: stage.name, channel: channel.name })}
                        onClick={() => setPicked(isPicked ? null : { stageId: stage.id, channelId: channel.id })}
                      >
                        <span className="tp-count" data-testid="touchpoint-count">
                          {count > 0 ? count : ''}
                        </span>
                      </button>
                      {switched && (
                        <span
                          className="tp-switch"
                          data-testid={`channel-switch-${stage.id}-${channel.id}`}
                          data-per-case={switched.perCase}
                          title={t('touchpoints.switchTitle', { value: perCase.format(switched.perCase) })}
                        >
                          {t('touchpoints.switchBadge', { value: perCase.format(switched.perCase) })}
                        </span>
                      )}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
        </div>
        {switches.size > 0 && (
          <p className="tp-legend muted small" data-testid="channel-switch-legend">
            <span className="tp-switch tp-switch-sample">⇄</span> {t('touchpoints.switchLegend')}
          </p>
        )}
      </div>
      <TouchpointSteps picked={picked} steps={pickedSteps} onClose={() => setPicked(null)} />
    </div>
  );
}
