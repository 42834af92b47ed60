import { useTranslation } from 'react-i18next';
import { updateChannel } from '../../model/changes';
import { FLOW_EDIT_LABELS } from '../../model/flowLabels';
import type { ResourcePool } from '../../model/flowTypes';
import { EDIT_LABELS } from '../../model/labels';
import { byPosition } from '../../model/order';
import { ArrivalProfileEditor } from './ArrivalProfileEditor';
import { CalendarEditor } from './CalendarEditor';
import { Collapsible, NumberField, TextField } from './fields';
import type { FlowContext } from './useFlowContext';

/** A price field: 0 is stored as no price, so a model without prices has no cost KPI. */
const price = (value: number) => (value > 0 ? value : null);

/**
 * What every scenario of the bundle shares, on its activation record: the resource pools
 * (with their cost per hour) and the orders per day (split between segments by their
 * shares) with their weekly profile; and each channel's cost per contact, on the channel.
 * Segment behaviour lives on the segments (Segments tab).
 */
export function ParametersPanel({ ctx }: { ctx: FlowContext }) {
  const { t } = useTranslation();
  const { activation } = ctx;
  if (!activation) return null;
  const pools = activation.resources;
  const putPool = (pool: ResourcePool) =>
    void ctx.commitActivation(FLOW_EDIT_LABELS.editResourcePool, {
      ...activation,
      resources: pools.map((p) => (p.id === pool.id ? pool : p)),
    });
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
              <NumberField
                label={t('flow.params.costPerHour')}
                value={pool.costPerHour ?? 0}
                min={0}
                testId={`resource-cost-${pool.id}`}
                onCommit={(cost) => putPool({ ...pool, costPerHour: price(cost) })}
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
        <label className="check">
          <input
            type="checkbox"
            checked={activation.ordersPerDay !== null}
            data-testid="orders-per-day-on"
            onChange={(e) =>
              void ctx.commitActivation(FLOW_EDIT_LABELS.editArrivals, {
                ...activation,
                ordersPerDay: e.target.checked ? 10 : null,
              })
            }
          />
          {t('flow.params.ordersStream')}
        </label>
        {activation.ordersPerDay !== null && (
          <NumberField
            label={t('flow.params.ordersPerDayTotal')}
            value={activation.ordersPerDay}
            min={0}
            testId="orders-per-day"
            onCommit={(ordersPerDay) =>
              void ctx.commitActivation(FLOW_EDIT_LABELS.editArrivals, { ...activation, ordersPerDay })
            }
          />
        )}
        {activation.ordersPerDay !== null && (
          <label className="check">
            <input
              type="checkbox"
              checked={activation.interArrival != null}
              data-testid="orders-evenly-spaced"
              onChange={(e) =>
                void ctx.commitActivation(FLOW_EDIT_LABELS.editArrivals, {
                  ...activation,
                  interArrival: e.target.checked ? { kind: 'fixed', value: 1 } : null,
                  weeklyProfile: e.target.checked ? [] : (activation.weeklyProfile ?? []),
                })
              }
            />
            {t('flow.params.evenlySpaced')}
          </label>
        )}
        {activation.ordersPerDay !== null && activation.interArrival == null && (
          <ArrivalProfileEditor
            bands={activation.weeklyProfile ?? []}
            onCommit={(weeklyProfile) =>
              void ctx.commitActivation(FLOW_EDIT_LABELS.editArrivals, { ...activation, weeklyProfile })
            }
          />
        )}
      </Collapsible>
      <Collapsible title={t('flow.params.contactCosts')} testId="flow-params-contact-costs">
        <p className="muted small">{t('flow.params.contactCostsHint')}</p>
        {byPosition(ctx.doc.channels).map((channel) => (
          <NumberField
            key={channel.id}
            label={channel.name}
            value={channel.contactCost ?? 0}
            min={0}
            testId={`contact-cost-${channel.id}`}
            onCommit={(cost) =>
              void ctx.commit(EDIT_LABELS.editChannel, updateChannel({ ...channel, contactCost: price(cost) }))
            }
          />
        ))}
      </Collapsible>
    </div>
  );
}
