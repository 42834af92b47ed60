import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupResult, ResourceStats } from '../../bindings';
import { Chart } from '../../charts/Chart';
import { barsOption, histogramOption, stackedBarsOption } from '../../charts/options';
import type { ChartTheme } from '../../charts/theme';
import { binsInUnit, estimateInUnit, kpiHistogram } from '../../model/histogram';
import { timeUnit } from '../../model/simulation';

/** The cycle-time distribution of a group, with its median and 90th percentile and their 95 % CIs. */
export function CycleChart({ group }: { group: GroupResult }) {
  const { t } = useTranslation();
  const name = group.segmentId ? group.name : t('simulation.allSegments');
  const option = useCallback(
    (theme: ChartTheme) => {
      const stat = group.kpis.find((k) => k.kind === 'cycleDays');
      // The axis in the unit the 90th percentile reads best in (minutes read "0.0 days").
      const unit = timeUnit('cycleDays', stat?.p90.value ?? 0) ?? 'days';
      const marks = stat
        ? [
            { name: t('charts.p50'), estimate: estimateInUnit(stat.p50, unit) },
            { name: t('charts.p90'), estimate: estimateInUnit(stat.p90, unit) },
          ]
        : [];
      return histogramOption(
        theme,
        {
          title: t('charts.cycleTitle', { group: name }),
          x: t(`charts.${unit}`),
          y: t('charts.shareOfCases'),
          series: name,
        },
        binsInUnit(kpiHistogram(group.kpis), unit),
        marks,
      );
    },
    [group, name, t],
  );
  if (kpiHistogram(group.kpis).length === 0) return null;
  return (
    <div className="card sim-chart">
      <Chart option={option} label={t('charts.cycleTitle', { group: name })} testid="chart-cycle" />
      <p className="muted small">{t('charts.cycleNote')}</p>
    </div>
  );
}

/** Contacts and technician visits per case (mean) and abandonment, per segment. */
export function SegmentChart({ groups }: { groups: readonly GroupResult[] }) {
  const { t } = useTranslation();
  const segments = useMemo(() => groups.filter((g) => g.segmentId), [groups]);
  const option = useCallback(
    (theme: ChartTheme) => {
      const mean = (g: GroupResult, kind: string) => g.kpis.find((k) => k.kind === kind)?.mean.value ?? 0;
      return barsOption(
        theme,
        { title: t('charts.segmentsTitle'), y: t('charts.perCase'), y2: t('charts.percent') },
        segments.map((g) => g.name),
        [
          { name: t('simulation.kpi_contacts'), values: segments.map((g) => mean(g, 'contacts')) },
          { name: t('simulation.kpi_technicianVisits'), values: segments.map((g) => mean(g, 'technicianVisits')) },
          {
            name: t('charts.abandonmentPercent'),
            values: segments.map((g) => 100 * g.abandonmentRate.value),
            axis: 1,
          },
        ],
      );
    },
    [segments, t],
  );
  if (segments.length < 2) return null;
  return (
    <div className="card sim-chart">
      <Chart option={option} label={t('charts.segmentsTitle')} testid="chart-segments" />
    </div>
  );
}

/** The option of the utilisation chart: a horizontal bar per pool, so every pool's name can be
 * read (upright bars side by side showed one name in five on a card's width). */
export function useResourceOption(resources: readonly ResourceStats[]) {
  const { t } = useTranslation();
  const measured = useMemo(() => resources.filter((r) => r.utilisation != null), [resources]);
  const option = useCallback(
    (theme: ChartTheme) =>
      stackedBarsOption(
        theme,
        { title: t('charts.resourcesTitle'), x: t('charts.percent') },
        measured.map((r) => t('charts.pool', { name: r.name, capacity: r.capacity })),
        [
          {
            name: t('charts.utilisation'),
            values: measured.map((r) => 100 * (r.utilisation ?? 0)),
            colour: theme.series[0],
          },
        ],
      ),
    [measured, t],
  );
  return { pools: measured.length, option };
}

/** How busy each resource pool was (streams of orders only). */
export function ResourceChart({ resources }: { resources: readonly ResourceStats[] }) {
  const { t } = useTranslation();
  const { pools, option } = useResourceOption(resources);
  if (pools === 0) return null;
  // Room for each bar, the title, the legend and the axis.
  const height = 120 + 28 * pools;
  return (
    <div className="card sim-chart">
      <Chart option={option} label={t('charts.resourcesTitle')} height={height} testid="chart-resources" />
    </div>
  );
}
