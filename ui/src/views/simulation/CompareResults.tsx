import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, FrictionRef, RunSummary, SegmentComparison } from '../../bindings';
import { Chart } from '../../charts/Chart';
import { overlayOption } from '../../charts/options';
import type { ChartTheme } from '../../charts/theme';
import { binsInUnit, comparedHistograms } from '../../model/histogram';
import { formatRunTime } from '../../model/runs';
import { timeUnit } from '../../model/simulation';
import { useDocument } from '../../store/selectors';
import { CompareHeadline, HeadlineTable } from './CompareHeadline';

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

/** What a compared run is called: its scenario's name when its label is a scenario id. */
export function useRunNames(comparison: Comparison): { a: string; b: string } {
  const doc = useDocument();
  const name = (label: string) => doc?.scenarios.find((s) => s.id === label)?.name ?? label;
  return { a: name(comparison.a.label), b: name(comparison.b.label) };
}

/** Both scenarios' cycle-time distributions on one chart; the legend names the scenarios
 * (the title does not repeat them). */
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
  const names = useRunNames(comparison);
  const name = segment.segmentId ? segment.name : t('simulation.allSegments');
  const title = t('charts.overlayTitle', { group: name });
  const option = useCallback(
    (theme: ChartTheme) => {
      const { a, b } = comparedHistograms(segment);
      const p90 = segment.kpis.find((k) => k.kind === 'cycleDays')?.p90;
      const unit = timeUnit('cycleDays', p90?.a ?? 0, p90?.b ?? 0) ?? 'days';
      return overlayOption(
        theme,
        { title, x: t(`charts.${unit}`), y: t('charts.shareOfCases') },
        { name: names.a, bins: binsInUnit(a, unit) },
        { name: names.b, bins: binsInUnit(b, unit) },
      );
    },
    [names.a, names.b, segment, title, t],
  );
  const { a, b } = comparedHistograms(segment);
  if (a.length === 0 && b.length === 0) return null;
  return <Chart option={option} label={title} testid="chart-overlay" height={height} />;
}

/**
 * Scenario B against its baseline A per segment: the headline first, then both distributions,
 * every headline figure with its interval a click away, and the friction steps that changed.
 * With `runs`, A and B are these two saved runs (older first), named above the figures.
 * A new comparison is scrolled into view: it is what the user just asked for.
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
  const names = useRunNames(comparison);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [comparison]);
  const segment = comparison.segments.find((s) => (s.segmentId ?? '') === key) ?? comparison.segments[0];
  if (!segment) return null;
  const figures = segment.headline ?? [];
  return (
    <section
      ref={ref}
      className="card sim-compare"
      data-testid="comparison"
      data-saved-runs={runs ? `${runs[0].id} ${runs[1].id}` : undefined}
      aria-label={t('simulation.comparison')}
    >
      <div className="sim-results-head">
        <h2>{t('compare.title', { scenario: names.b, baseline: names.a })}</h2>
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
      <CompareHeadline figures={figures} scenario={names.b} baseline={names.a} />
      <details className="compare-details" data-testid="compare-details">
        <summary>{t('compare.details')}</summary>
        <HeadlineTable figures={figures} scenario={names.b} baseline={names.a} />
      </details>
      <OverlayChart comparison={comparison} segment={segment} />
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
