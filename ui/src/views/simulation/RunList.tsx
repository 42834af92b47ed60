import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../bindings';
import { Field } from '../../components/Field';
import { deleteRun } from '../../model/changes';
import { EDIT_LABELS } from '../../model/labels';
import { formatCount, formatRate, formatRunTime, formatTime } from '../../model/runs';
import { timeUnit } from '../../model/simulation';
import { useDocument } from '../../store/selectors';
import { useSimulation } from '../../store/simulation';
import { useWorkspace } from '../../store/workspace';

/**
 * The workspace's saved runs, newest first, with their headline figures: open one to see
 * its result as it ran, delete one (undoable), or tick two and compare them.
 */
export function RunList() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const doc = useDocument();
  const runs = useWorkspace((s) => s.runs);
  const edit = useWorkspace((s) => s.edit);
  const openRun = useSimulation((s) => s.openRun);
  const compareRuns = useSimulation((s) => s.compareRuns);
  const [selected, setSelected] = useState<string[]>([]);
  const hintId = useId();
  if (!doc) return null;
  if (runs === null) return <p className="muted">{t('runs.loading')}</p>;
  if (runs.length === 0)
    return (
      <div className="card run-list" data-testid="run-list">
        <p className="muted" data-testid="runs-empty">
          {t('runs.empty')}
        </p>
      </div>
    );

  // One unit for the time columns, the one the longest p90 reads best in (a process of
  // minutes read "0.0" days).
  const unit = timeUnit('cycleDays', ...runs.map((r) => r.headline.p90Days ?? 0)) ?? 'days';
  // Runs deleted since they were ticked are no longer selected.
  const chosen = runs.filter((r) => selected.includes(r.id));
  const [first, second] = chosen;
  const pair = chosen.length === 2 && first && second ? ([first, second] as const) : null;
  const toggle = (id: string, on: boolean) =>
    setSelected((ids) => (on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id)));
  const segmentName = (id: string | null) =>
    id === null
      ? t('simulation.allSegments')
      : (doc.segments.find((s) => s.id === id)?.name ?? t('runs.deletedSegment'));
  const number = (n: number) => n.toLocaleString(locale);
  const remove = (run: RunSummary, when: string) =>
    void edit(EDIT_LABELS.deleteRun, deleteRun(run.id), {
      key: 'notices.runDeleted',
      values: { scenario: run.scenario, when },
      undoable: true,
    });

  return (
    <div className="card run-list" data-testid="run-list">
      <p className="muted small">{t('runs.hint')}</p>
      <div className="row run-list-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="run-compare"
          disabled={!pair}
          aria-describedby={hintId}
          onClick={() => {
            if (pair) void compareRuns(pair[0], pair[1]);
          }}
        >
          {t('runs.compare')}
        </button>
        <span id={hintId} className="muted small">
          {t('runs.compareHint', { n: chosen.length })}
        </span>
      </div>
      <div className="table-scroll">
        <table className="sim-table run-table" data-testid="run-table">
          <caption className="visually-hidden">{t('runs.table')}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('runs.select')}</span>
              </th>
              <th scope="col" className="run-text">
                {t('runs.when')}
              </th>
              <th scope="col" className="run-text">
                {t('runs.bundle')}
              </th>
              <th scope="col" className="run-text">
                {t('runs.scenario')}
              </th>
              <th scope="col" className="run-text">
                {t('runs.segment')}
              </th>
              <th scope="col">{t('runs.cases')}</th>
              <th scope="col">{t('runs.p50Days', { unit: t(`charts.${unit}`) })}</th>
              <th scope="col">{t('runs.p90Days', { unit: t(`charts.${unit}`) })}</th>
              <th scope="col">{t('runs.p90Contacts')}</th>
              <th scope="col">{t('runs.p90Visits')}</th>
              <th scope="col">{t('runs.abandonment')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('runs.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => {
              const when = formatRunTime(run.at, locale);
              const named = { scenario: run.scenario, when };
              const h = run.headline;
              return (
                <tr key={run.id} data-testid="run-row" data-run-id={run.id}>
                  <td>
                    <Field label={t('runs.selectRun', named)} inline hideLabel>
                      <input
                        type="checkbox"
                        data-testid="run-select"
                        checked={selected.includes(run.id)}
                        onChange={(e) => toggle(run.id, e.target.checked)}
                      />
                    </Field>
                  </td>
                  <th scope="row">
                    <time dateTime={run.at}>{when}</time>
                  </th>
                  <td className="run-text">{run.bundle ?? <span className="muted">{t('runs.deletedBundle')}</span>}</td>
                  <td className="run-text">{run.scenario}</td>
                  <td className="run-text">{segmentName(run.segment)}</td>
                  <td>{number(run.cases)}</td>
                  <td data-testid="run-p50-days">{formatTime(h.p50Days, unit, locale)}</td>
                  <td data-testid="run-p90-days">{formatTime(h.p90Days, unit, locale)}</td>
                  <td data-testid="run-p90-contacts">{formatCount(h.p90Contacts, locale)}</td>
                  <td data-testid="run-p90-visits">{formatCount(h.p90Visits, locale)}</td>
                  <td data-testid="run-abandonment">{formatRate(h.abandonmentRate, locale)}</td>
                  <td>
                    <div className="run-actions">
                      <button
                        type="button"
                        className="btn"
                        data-testid="run-open"
                        aria-label={t('runs.openRun', named)}
                        onClick={() => void openRun(run)}
                      >
                        {t('runs.open')}
                      </button>
                      <button
                        type="button"
                        className="btn btn-danger-ghost"
                        data-testid="run-delete"
                        aria-label={t('runs.deleteRun', named)}
                        onClick={() => remove(run, when)}
                      >
                        {t('runs.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('runs.percentileNote')}</p>
    </div>
  );
}
