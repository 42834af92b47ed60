import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageFormat, MapTarget } from '../bindings';
import {
  cancelReportExport,
  exportMap,
  exportReport,
  exportResultsCsv,
  lastFlowLayout,
  useReportExport,
} from '../store/exports';
import { useSimulation } from '../store/simulation';
import { useWorkspace } from '../store/workspace';
import { DropdownMenu } from './DropdownMenu';

const FORMATS: ImageFormat[] = ['svg', 'png'];

/** The report being made: which, the step it is at and how many there are, and a Cancel
 * (Escape too) that stops it without saving anything. */
function ReportProgress() {
  const { t } = useTranslation();
  const { format, progress, cancelling } = useReportExport();
  useEffect(() => {
    if (!format) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      void cancelReportExport();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [format]);
  if (!format) return null;
  const what = t('export.making', { format: format.toUpperCase() });
  return (
    <div className="export-progress" role="status" data-testid="export-progress">
      {/* No value until the first step is heard: an indeterminate bar. */}
      <progress aria-label={what} max={progress?.total ?? 1} value={progress ? progress.done - 0.5 : undefined} />
      <span className="small" data-testid="export-progress-text">
        {progress
          ? t('export.step', {
              what,
              step: t(`export.steps.${progress.step}`),
              done: progress.done,
              total: progress.total,
            })
          : what}
      </span>
      <button
        type="button"
        className="btn"
        data-testid="export-cancel"
        title={t('export.cancelHint')}
        disabled={cancelling}
        onClick={() => void cancelReportExport()}
      >
        {cancelling ? t('export.cancelling') : t('export.cancel')}
      </button>
    </div>
  );
}

/** Export ▾: maps as SVG/PNG, the report as HTML/PDF, results as CSV; a report being made
 * shows its progress under the menu. */
export function ExportMenu() {
  return (
    <div className="export-menu">
      <Menu />
      <ReportProgress />
    </div>
  );
}

function Menu() {
  const { t } = useTranslation();
  const journeyId = useWorkspace((s) => s.journeyId);
  const segmentId = useWorkspace((s) => s.segmentId);
  const hasResult = useSimulation((s) => s.result !== null);
  const making = useReportExport((s) => s.format !== null);
  return (
    <DropdownMenu label={t('export.menu')} testId="export-menu">
      {(close) => {
        // Read when the menu opens: the Flow tab records its layout outside React state.
        const flow = lastFlowLayout();
        const maps: { key: string; target: MapTarget | null }[] = [
          { key: 'journey', target: journeyId ? { kind: 'journey', journey: journeyId } : null },
          { key: 'touchpoints', target: segmentId ? { kind: 'touchpoints', segment: segmentId } : null },
          { key: 'flow', target: flow ? { kind: 'flow', ...flow } : null },
        ];
        const pick = (action: () => Promise<unknown>) => () => {
          close();
          void action();
        };
        return (
          <>
            {maps.map(({ key, target }) =>
              FORMATS.map((format) => (
                <button
                  key={`${key}-${format}`}
                  type="button"
                  role="menuitem"
                  data-testid={`export-${key}-${format}`}
                  disabled={!target}
                  title={target ? undefined : t(`export.needs.${key}`)}
                  onClick={target ? pick(() => exportMap(target, format)) : undefined}
                >
                  {t(`export.${key}`, { format: format.toUpperCase() })}
                </button>
              )),
            )}
            <div className="menu-separator" role="separator" />
            <button
              type="button"
              role="menuitem"
              data-testid="export-report-html"
              disabled={making}
              onClick={pick(() => exportReport('html'))}
            >
              {t('export.reportHtml')}
            </button>
            <button
              type="button"
              role="menuitem"
              data-testid="export-report-pdf"
              disabled={making}
              onClick={pick(() => exportReport('pdf'))}
            >
              {t('export.reportPdf')}
            </button>
            <button
              type="button"
              role="menuitem"
              data-testid="export-results-csv"
              disabled={!hasResult}
              title={hasResult ? undefined : t('export.needs.result')}
              onClick={pick(exportResultsCsv)}
            >
              {t('export.resultsCsv')}
            </button>
          </>
        );
      }}
    </DropdownMenu>
  );
}
