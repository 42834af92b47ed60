import { useTranslation } from 'react-i18next';
import { useSimulation, type CallSlot } from '../../store/simulation';

/** A running simulation's progress bar, cases done and Cancel (a run or comparison of the run
 * form, or the improvement finder: each shows it where it was started, and cancels only it). */
export function RunProgress({
  slot = 'form',
  testid = 'simulation-progress',
  cancelTestid = 'cancel-simulation',
}: {
  slot?: CallSlot;
  testid?: string;
  cancelTestid?: string;
}) {
  const { t, i18n } = useTranslation();
  const progress = useSimulation((s) => (slot === 'form' ? s.progress : s.improveProgress));
  const cancel = useSimulation((s) => s.cancel);
  const percent = progress && progress.total > 0 ? (100 * progress.done) / progress.total : 0;
  return (
    <div className="sim-progress" data-testid={testid}>
      <progress max={100} value={percent} aria-label={t('simulation.progress')} />
      <span className="muted small">
        {progress
          ? t('simulation.progressValue', {
              done: Math.round(progress.done).toLocaleString(i18n.language),
              total: Math.round(progress.total).toLocaleString(i18n.language),
            })
          : t('simulation.starting')}
      </span>
      <button type="button" className="btn btn-ghost" data-testid={cancelTestid} onClick={() => void cancel(slot)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
