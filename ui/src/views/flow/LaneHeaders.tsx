import { useStore, type ReactFlowState } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Band } from '../../model/flowLanes';
import { LANE_HEADER_WIDTH, laneHeaders } from './viewport';

const transformOf = (s: ReactFlowState) => s.transform;
const heightOf = (s: ReactFlowState) => s.height;

/**
 * The lane names in a column over the canvas's left edge, following the bands as the
 * canvas pans and zooms, so a lane's name is always in sight while any of it is.
 */
export function LaneHeaders({ bands, nameOf }: { bands: readonly Band[]; nameOf: (lane: string) => string }) {
  const { t } = useTranslation();
  const [, y, zoom] = useStore(transformOf);
  const height = useStore(heightOf);
  return (
    <div className="flow-lane-headers" style={{ width: LANE_HEADER_WIDTH }} aria-label={t('flow.lanes')} role="list">
      {laneHeaders(bands, { y, zoom }, height).map((h) => (
        <div
          key={h.lane}
          role="listitem"
          className="flow-lane-header"
          data-testid="flow-lane-header"
          style={{ top: h.top, height: h.height }}
        >
          <span className="flow-lane-header-name" style={{ top: h.labelTop }}>
            {nameOf(h.lane)}
          </span>
        </div>
      ))}
    </div>
  );
}
