import { useTranslation } from 'react-i18next';
import type { GroupResult } from '../../bindings';
import { formatDuration } from '../../model/duration';
import { numberFormat } from '../../model/numberFormat';

/** Per task of the flow: how often it runs, how long it waits and works, how often it is critical, rework. */
export function StepTable({ group }: { group: GroupResult }) {
  const { t, i18n } = useTranslation();
  if (group.steps.length === 0) return null;
  // Each time in the unit it reads best in ("20 min", "3.2 days"): in days to one decimal,
  // a task of minutes read "0.0".
  const time = (days: number) => formatDuration(days, t);
  const two = numberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const pct = numberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const steps = [...group.steps].sort((a, b) => b.criticalDaysPerCase - a.criticalDaysPerCase);
  return (
    <div className="card sim-steps">
      <h3>{t('simulation.steps')}</h3>
      <div className="table-scroll">
        <table className="sim-table" data-testid="step-table">
          <thead>
            <tr>
              <th scope="col">{t('simulation.stepTask')}</th>
              <th scope="col">{t('simulation.stepExecutions')}</th>
              <th scope="col">{t('simulation.stepWaiting')}</th>
              <th scope="col">{t('simulation.stepWorking')}</th>
              <th scope="col">{t('simulation.stepCritical')}</th>
              <th scope="col">{t('simulation.stepRework')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.nodeId} data-testid="step-row" data-node-id={s.nodeId}>
                <th scope="row">
                  {s.name}
                  {s.silo && <span className="muted small"> · {s.silo}</span>}
                </th>
                <td>{two.format(s.executionsPerCase)}</td>
                <td>{time(s.meanWaitingDays)}</td>
                {/* A modelled wait (a slot, a delivery) has no working time to show. */}
                <td>{s.kind === 'wait' ? '–' : time(s.meanWorkingDays)}</td>
                <td>{pct.format(s.criticalShare)}</td>
                <td>{pct.format(s.reworkRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('simulation.stepsNote')}</p>
    </div>
  );
}
