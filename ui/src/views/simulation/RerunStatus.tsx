import { useTranslation } from 'react-i18next';
import { formatRunTime } from '../../model/runs';
import { useSimulation } from '../../store/simulation';

/**
 * What the numbers on screen are: a quick estimate re-run after an edit (with how long the
 * edit took to reach the numbers), the user's full run, or a saved run opened from the run
 * list; a button for the full run, or back to the saved runs.
 */
export function RerunStatus() {
  const { t, i18n } = useTranslation();
  const kind = useSimulation((s) => s.runKind);
  const cases = useSimulation((s) => s.result?.cases ?? 0);
  const ms = useSimulation((s) => s.rerunMs);
  const running = useSimulation((s) => s.running);
  const chosen = useSimulation((s) => s.cases);
  const simulate = useSimulation((s) => s.simulate);
  const saved = useSimulation((s) => s.savedRun);
  const setPage = useSimulation((s) => s.setPage);
  // A what-if trial is only estimated: it runs in full once kept as a scenario.
  const trying = useSimulation((s) => s.trial !== null);
  if (!kind) return null;
  if (kind === 'saved')
    return (
      <div className="rerun-status" data-testid="rerun-status" data-kind={kind}>
        <span className="pill" data-testid="saved-run-pill">
          {t('runs.savedPill')}
        </span>
        {saved && (
          <span className="muted small">{t('runs.savedNote', { when: formatRunTime(saved.at, i18n.language) })}</span>
        )}
        <button type="button" className="btn btn-ghost" data-testid="back-to-runs" onClick={() => setPage('runs')}>
          {t('runs.backToList')}
        </button>
      </div>
    );
  const n = cases.toLocaleString(i18n.language);
  return (
    <div className="rerun-status" data-testid="rerun-status" data-kind={kind}>
      <span className={`pill${kind === 'quick' ? ' pill-warning' : ''}`}>
        {kind === 'quick' ? t('rerun.quick', { cases: n }) : t('rerun.full', { cases: n })}
      </span>
      {ms !== null && (
        <span className="muted small" data-testid="rerun-ms" data-ms={ms}>
          {t('rerun.updatedIn', { ms: ms.toLocaleString(i18n.language) })}
        </span>
      )}
      {kind === 'quick' && (
        <button
          type="button"
          className="btn"
          data-testid="full-run"
          disabled={running !== null || !Number.isInteger(chosen) || trying}
          title={trying ? t('whatIf.fullRunTrial') : undefined}
          onClick={() => void simulate()}
        >
          {t('rerun.fullRun', { cases: Number.isFinite(chosen) ? chosen.toLocaleString(i18n.language) : '–' })}
        </button>
      )}
    </div>
  );
}
