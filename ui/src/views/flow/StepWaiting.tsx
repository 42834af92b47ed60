import { useTranslation } from 'react-i18next';
import type { StepStats } from '../../bindings';
import { formatDuration } from '../../model/duration';
import { WAITING_CAUSES, causeOf } from '../../model/waitingCauses';
import { WaitingChart } from '../simulation/WaitingChart';

/** The selected step's waiting in the last run of this scenario: a bar split by cause, and each cause's mean and p90. */
export function StepWaiting({ step }: { step: StepStats }) {
  const { t } = useTranslation();
  const days = (v: number) => formatDuration(v, t);
  const causes = WAITING_CAUSES.flatMap((c) => {
    const stat = causeOf(step, c);
    return stat && stat.mean.value > 0 ? [{ cause: c, stat }] : [];
  });
  return (
    <section className="flow-step-waiting" data-testid="flow-step-waiting" data-node-id={step.nodeId}>
      <h3 className="flow-linked-title">{t('flow.inspector.waiting')}</h3>
      {causes.length === 0 ? (
        <p className="muted small">{t('flow.inspector.waitingNone')}</p>
      ) : (
        <>
          <WaitingChart steps={[step]} title={step.name} testid="inspector-waiting" note={false} />
          <ul className="plain-list small">
            {causes.map(({ cause, stat }) => (
              <li key={cause} data-testid="flow-waiting-cause" data-cause={cause}>
                {t('flow.inspector.waitingCause', {
                  cause: t(`simulation.cause_${cause}`),
                  mean: days(stat.mean.value),
                  p90: days(stat.p90.value),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
