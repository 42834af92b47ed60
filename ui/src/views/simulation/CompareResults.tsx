import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, FrictionRef, RunSummary, SegmentComparison } from '../../bindings';
import { Chart } from '../../charts/Chart';
import { overlayOption } from '../../charts/options';
import type { ChartTheme } from '../../charts/theme';
import { comparedHistograms } from '../../model/histogram';
import { formatRunTime } from '../../model/runs';
import { formatDiff, formatValue, SHOWN_KPIS, type KpiRowKind } from '../../model/simulation';

function RefList({ refs, testid, title }: { refs: FrictionRef[]; testid: string; title: string }) {
  const { t } = useTranslation();
  return (
    <div className="compare-friction" data-testid={testid}>
      <h4>{title}</h4>
      {refs.length === 0 ? (
        <p className="muted small">{t('simulation.none')}</p>
      ) : (
        <ul>
          {refs.map((r) => (
            <li key={r.nodeId} data-node-id={r.nodeId}>
              {r.name} <span className="muted small">({Math.round(r.score)})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Both scenarios' cycle-time distributions on one chart. */
export function OverlayChart({
  comparison,
  segment,
  height = 300,
}: {
  comparison: Comparison;
  segment: SegmentComparison;
  height?: number;
}) {
  const { t } = useTranslation();
  const name = segment.segmentId ? segment.name : t('simulation.allSegments');
  const title = t('charts.overlayTitle', { a: comparison.a.label, b: comparison.b.label, group: name });
  const option = useCallback(
    (theme: ChartTheme) => {
      const { a, b } = comparedHistograms(segment);
      return overlayOption(
        theme,
        { title, x: t('charts.days'), y: t('charts.shareOfCases') },
        { name: comparison.a.label, bins: a },
        { name: comparison.b.label, bins: b },
      );
    },
    [comparison, segment, title, t],
  );
  const { a, b } = comparedHistograms(segment);
  if (a.length === 0 && b.length === 0) return null;
  return <Chart option={option} label={title} testid="chart-overlay" height={height} />;
}

/**
 * Scenario A against B per segment: KPIs, B − A with its interval, friction steps that changed.
 * With `runs`, A and B are these two saved runs (older first), named above the figures.
 */
export function CompareResults({
  comparison,
  runs = null,
}: {
  comparison: Comparison;
  runs?: readonly [RunSummary, RunSummary] | null;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [key, setKey] = useState('');
  const ref = useRef<HTMLElement>(null);
  // Two saved runs compared from the run list: bring the comparison into view.
  useEffect(() => {
    if (runs) ref.current?.scrollIntoView?.({ block: 'start' });
  }, [comparison, runs]);
  const segment = comparison.segments.find((s) => (s.segmentId ?? '') === key) ?? comparison.segments[0];
  if (!segment) return null;
  const rows: { kind: KpiRowKind; diff: (typeof segment)['abandonmentRate'] }[] = [
    ...SHOWN_KPIS.flatMap((kind) => {
      const k = segment.kpis.find((x) => x.kind === kind);
      return k ? [{ kind: kind as KpiRowKind, diff: k.mean }] : [];
    }),
    { kind: 'abandonment', diff: segment.abandonmentRate },
  ];
  return (
    <section
      ref={ref}
      className="card sim-compare"
      data-testid="comparison"
      data-saved-runs={runs ? `${runs[0].id} ${runs[1].id}` : undefined}
      aria-label={t('simulation.comparison')}
    >
      <div className="sim-results-head">
        <h2>{t('simulation.comparisonOf', { a: comparison.a.label, b: comparison.b.label })}</h2>
        <select
          className="select select-compact"
          aria-label={t('simulation.segment')}
          value={segment.segmentId ?? ''}
          onChange={(e) => setKey(e.target.value)}
        >
          {comparison.segments.map((s) => (
            <option key={s.segmentId ?? ''} value={s.segmentId ?? ''}>
              {s.segmentId ? s.name : t('simulation.allSegments')}
            </option>
          ))}
        </select>
      </div>
      {runs && (
        <p className="compared-runs" data-testid="compared-runs">
          <span className="pill">{t('runs.savedRunsPill')}</span>{' '}
          {t('runs.comparedRuns', {
            a: t('runs.runLabel', { scenario: runs[0].scenario, when: formatRunTime(runs[0].at, locale) }),
            b: t('runs.runLabel', { scenario: runs[1].scenario, when: formatRunTime(runs[1].at, locale) }),
          })}
        </p>
      )}
      <OverlayChart comparison={comparison} segment={segment} />
      <table className="sim-table" data-testid="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('simulation.kpiMean')}</th>
            <th scope="col">{comparison.a.label}</th>
            <th scope="col">{comparison.b.label}</th>
            <th scope="col">{t('simulation.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ kind, diff }) => (
            <tr key={kind} data-testid="compare-row" data-kpi={kind}>
              <th scope="row">{t(`simulation.kpi_${kind}`)}</th>
              <td>{formatValue(diff.a, kind, locale)}</td>
              <td>{formatValue(diff.b, kind, locale)}</td>
              <td className={diff.significant ? 'significant' : 'muted'}>
                {formatDiff(diff, kind, locale)}
                {!diff.significant && ` · ${t('simulation.notSignificant')}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="compare-friction-row">
        <RefList
          refs={segment.frictionDisappeared}
          testid="friction-disappeared"
          title={t('simulation.disappeared', { n: comparison.topN })}
        />
        <RefList
          refs={segment.frictionAppeared}
          testid="friction-appeared"
          title={t('simulation.appeared', { n: comparison.topN })}
        />
        <RefList
          refs={segment.frictionKept}
          testid="friction-kept"
          title={t('simulation.kept', { n: comparison.topN })}
        />
      </div>
    </section>
  );
}
