import { useTranslation } from 'react-i18next';
import type { Estimate, GroupResult } from '../../bindings';
import type { DurationUnit } from '../../model/duration';
import { formatInterval, formatValue, kpiRows, type KpiRowKind } from '../../model/simulation';

/** A value with its confidence interval below it, smaller. */
function Cell({
  estimate,
  kind,
  unit,
  locale,
  testid,
}: {
  estimate: Estimate | null;
  kind: KpiRowKind;
  unit?: DurationUnit;
  locale: string;
  testid?: string;
}) {
  if (!estimate) return <td>–</td>;
  const ci = formatInterval(estimate.ciLow, estimate.ciHigh, kind, locale, unit);
  return (
    <td>
      <span className="kpi-value" data-testid={testid}>
        {formatValue(estimate.value, kind, locale, unit)}
      </span>
      {ci && <span className="kpi-ci">{ci}</span>}
    </td>
  );
}

/** Mean, median and 90th percentile of each KPI with their 95 % confidence intervals. */
export function KpiTable({ group }: { group: GroupResult }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <div className="card sim-kpis">
      <h3>{t('simulation.kpis')}</h3>
      <table className="sim-table" data-testid="kpi-table">
        <thead>
          <tr>
            <th scope="col">{t('simulation.kpi')}</th>
            <th scope="col">{t('simulation.mean')}</th>
            <th scope="col">{t('simulation.p50')}</th>
            <th scope="col">{t('simulation.p90')}</th>
          </tr>
        </thead>
        <tbody>
          {kpiRows(group).map((row) => (
            <tr key={row.kind} data-testid="kpi-row" data-kpi={row.kind}>
              <th scope="row">{t(`simulation.kpi_${row.kind}`, { unit: t(`charts.${row.unit ?? 'days'}`) })}</th>
              <Cell estimate={row.mean} kind={row.kind} unit={row.unit} locale={locale} />
              <Cell estimate={row.p50} kind={row.kind} unit={row.unit} locale={locale} />
              <Cell
                estimate={row.p90}
                kind={row.kind}
                unit={row.unit}
                locale={locale}
                testid={row.kind === 'cycleDays' && group.segmentId === null ? 'kpi-cycle-p90' : undefined}
              />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        {t('simulation.casesSummary', {
          cases: group.cases.toLocaleString(locale),
          completed: group.completed.toLocaleString(locale),
          abandoned: group.abandoned.toLocaleString(locale),
        })}{' '}
        {t('simulation.ciNote')}
      </p>
    </div>
  );
}
