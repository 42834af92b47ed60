import { useTranslation } from 'react-i18next';
import { FLOW_EDIT_LABELS } from '../../model/flowLabels';
import type { FlowSegment, ResourcePool } from '../../model/flowTypes';
import { CalendarEditor } from './CalendarEditor';
import { Collapsible, NumberField, TextField } from './fields';
import { SegmentParams } from './SegmentParams';
import type { FlowContext } from './useFlowContext';

/** The simulation parameters of the model: resource pools, arrivals, segment behaviour. */
export function ParametersPanel({ ctx }: { ctx: FlowContext }) {
  const { t } = useTranslation();
  const { model } = ctx;
  const pools = model.resources ?? [];
  const putPool = (pool: ResourcePool) =>
    void ctx.commit(FLOW_EDIT_LABELS.editResourcePool, {
      ...model,
      resources: pools.map((p) => (p.id === pool.id ? pool : p)),
    });
  const putSegment = (segment: FlowSegment) =>
    void ctx.commit(FLOW_EDIT_LABELS.editFlowSegment, {
      ...model,
      segments: model.segments.map((s) => (s.id === segment.id ? segment : s)),
    });
  const rates = model.arrivals?.ordersPerDay ?? {};
  return (
    <div className="flow-params" data-testid="flow-parameters">
      <Collapsible title={t('flow.params.resources', { count: pools.length })} testId="flow-params-resources">
        {pools.map((pool) => (
          <div key={pool.id} className="flow-pool" data-testid={`resource-${pool.id}`}>
            <div className="flow-field-row">
              <TextField
                label={t('flow.params.poolName')}
                value={pool.name}
                onCommit={(name) => putPool({ ...pool, name })}
              />
              <NumberField
                label={t('flow.params.capacity')}
                value={pool.capacity}
                min={1}
                integer
                step={1}
                testId={`resource-capacity-${pool.id}`}
                onCommit={(capacity) => putPool({ ...pool, capacity })}
              />
            </div>
            <CalendarEditor
              calendar={pool.calendar}
              testPrefix={`resource-calendar-${pool.id}`}
              onCommit={(calendar) => putPool({ ...pool, calendar })}
            />
          </div>
        ))}
        {pools.length === 0 && <p className="muted small">{t('flow.params.noResources')}</p>}
      </Collapsible>
      <Collapsible title={t('flow.params.arrivals')} testId="flow-params-arrivals">
        <p className="muted small">{t('flow.params.arrivalsHint')}</p>
        <div className="flow-field-row">
          {model.segments.map((segment) => (
            <NumberField
              key={segment.id}
              label={t('flow.params.ordersPerDay', { segment: segment.name })}
              value={rates[segment.id] ?? 0}
              min={0}
              testId={`arrivals-${segment.id}`}
              onCommit={(rate) =>
                void ctx.commit(FLOW_EDIT_LABELS.editArrivals, {
                  ...model,
                  arrivals: { ordersPerDay: { ...rates, [segment.id]: rate } },
                })
              }
            />
          ))}
        </div>
      </Collapsible>
      <Collapsible title={t('flow.params.segments', { count: model.segments.length })} testId="flow-params-segments">
        {model.segments.map((segment) => (
          <SegmentParams key={segment.id} segment={segment} onCommit={putSegment} />
        ))}
      </Collapsible>
    </div>
  );
}
