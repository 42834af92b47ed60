import { useTranslation } from 'react-i18next';
import { useSimulation } from '../../store/simulation';

/** The running simulation's progress bar, cases done and Cancel (a run, a comparison or the
 * improvement finder: each shows it where it was started). */
export function RunProgress({
  testid = 'simulation-progress',
  cancelTestid = 'cancel-simulation',
}: {
  testid?: string;
  cancelTestid?: string;
}) {
  const { t } = useTranslation();
  const progress = useSimulation((s) => s.progress);
  const cancel = useSimulation((s) => s.cancel);
  const percent = progress && progress.total > 0 ? (100 * progress.done) / progress.total : 0;
  return (
    <div className="sim-progress" data-testid={testid}>
      <progress max={100} value={percent} aria-label={t('simulation.progress')} />
      <span className="muted small">
        {progress
          ? t('simulation.progressValue', {
              done: Math.round(progress.done).toLocaleString(),
              total: Math.round(progress.total).toLocaleString(),
            })
          : t('simulation.starting')}
      </span>
      <button type="button" className="btn btn-ghost" data-testid={cancelTestid} onClick={() => void cancel()}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
