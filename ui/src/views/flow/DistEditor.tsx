import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { api } from '../../api/client';
import {
  BOUND_KEYS,
  convertDist,
  DIST_KINDS,
  DIST_PARAMS,
  distBounds,
  distMean,
  distParams,
  distProblem,
  withBound,
  withParam,
} from '../../model/distributions';
import type { Dist, DistKind, DistShape } from '../../model/flowTypes';
import { formatDuration } from '../../model/duration';
import { Collapsible, DurationField, NumberField, OptionalField } from './fields';

/** Parameters of a duration distribution that are not durations themselves. */
const UNITLESS = new Set(['shape']);

/** The shape of a distribution as the engine draws it: bars, with the mean and p10/p90 marked. */
export function DistPlot({
  dist,
  testId = 'dist-plot',
  durations = false,
}: {
  dist: Dist;
  testId?: string;
  durations?: boolean;
}) {
  const { t } = useTranslation();
  const [shape, setShape] = useState<{ key: string; shape: DistShape } | null>(null);
  const key = JSON.stringify(dist);
  useEffect(() => {
    let live = true;
    api
      .distributionShape(JSON.parse(key) as Dist)
      .then((next) => {
        if (live) setShape({ key, shape: next });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key]);
  const current = shape?.shape;
  const W = 220;
  const H = 64;
  const bins = current?.bins ?? [];
  const lo = bins[0]?.from ?? 0;
  const hi = bins.at(-1)?.to ?? 1;
  const span = hi - lo || 1;
  const top = Math.max(...bins.map((b) => b.weight), 1e-9);
  const x = (v: number) => ((v - lo) / span) * W;
  const fmt = (v: number) => (durations ? formatDuration(v, t) : (Math.round(v * 100) / 100).toString());
  const summary = current
    ? t('flow.dist.summary', { mean: fmt(current.mean), p10: fmt(current.p10), p90: fmt(current.p90) })
    : '';
  return (
    <figure className="dist-plot" data-testid={testId} data-stale={shape?.key !== key ? 'true' : undefined}>
      <svg width={W} height={H + 14} role="img" aria-label={summary || t('flow.dist.plot')}>
        {bins.map((b, i) => (
          <rect
            key={i}
            className="dist-bar"
            x={x(b.from)}
            y={H - (b.weight / top) * H}
            width={Math.max(1, x(b.to) - x(b.from) - 1)}
            height={(b.weight / top) * H}
          />
        ))}
        {current &&
          (
            [
              ['p10', current.p10],
              ['mean', current.mean],
              ['p90', current.p90],
            ] as const
          ).map(([name, v]) => (
            <g key={name} className={`dist-mark dist-mark-${name}`}>
              <line x1={x(v)} x2={x(v)} y1={0} y2={H} />
              <text x={x(v)} y={H + 12} textAnchor="middle">
                {name === 'mean' ? 'μ' : name}
              </text>
            </g>
          ))}
      </svg>
      <figcaption className="muted small">{summary}</figcaption>
    </figure>
  );
}

/** A distribution: its kind and numeric parameters (validated before saving), and its shape. */
export function DistEditor({
  dist,
  onCommit,
  testPrefix = 'inspector-dist',
  plotTestId = 'dist-plot',
  label,
  durations = false,
}: {
  dist: Dist;
  onCommit: (dist: Dist) => void;
  testPrefix?: string;
  plotTestId?: string;
  label: string;
  /** The values are durations in days, shown and typed as "45 min", "2.5 h", "3 days". */
  durations?: boolean;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const params = distParams(dist);
  const commit = (next: Dist) => {
    const wrong = distProblem(next);
    setProblem(wrong);
    if (!wrong) onCommit(next);
  };
  return (
    <fieldset className="flow-dist">
      <legend>{label}</legend>
      <Field label={t('flow.dist.kind')} className="flow-field">
        <select
          className="select"
          value={dist.kind}
          data-testid={`${testPrefix}-kind`}
          onChange={(e) => commit(convertDist(dist, e.target.value as DistKind))}
        >
          {DIST_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`flow.dist.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="flow-field-row">
        {DIST_PARAMS[dist.kind].map((name) =>
          durations && !UNITLESS.has(name) ? (
            <DurationField
              key={`${dist.kind}-${name}`}
              label={t(`flow.dist.params.${name}`)}
              days={params[name] ?? 0}
              testId={`${testPrefix}-${name}`}
              onCommit={(v) => commit(withParam(dist, name, v))}
            />
          ) : (
            <NumberField
              key={`${dist.kind}-${name}`}
              label={t(`flow.dist.params.${name}`)}
              value={params[name] ?? 0}
              min={0}
              testId={`${testPrefix}-${name}`}
              onCommit={(v) => commit(withParam(dist, name, v))}
            />
          ),
        )}
        {dist.kind === 'empirical' && (
          <span className="muted small">{t('flow.dist.empirical', { count: dist.bins.length })}</span>
        )}
      </div>
      <DistBounds dist={dist} testPrefix={testPrefix} durations={durations} onChange={commit} />
      {problem && (
        <p className="field-error" role="alert">
          {t(problem)}
        </p>
      )}
      <DistPlot dist={dist} testId={plotTestId} durations={durations} />
    </fieldset>
  );
}

/**
 * The optional shift and bounds of a distribution, folded away until opened (open when
 * any is set): the value is shift + a draw, kept only within the bounds (redrawn, not
 * clamped). Blank is none.
 */
function DistBounds({
  dist,
  testPrefix,
  durations,
  onChange,
}: {
  dist: Dist;
  testPrefix: string;
  durations: boolean;
  onChange: (dist: Dist) => void;
}) {
  const { t } = useTranslation();
  const bounds = distBounds(dist);
  const set = BOUND_KEYS.filter((k) => bounds[k] !== null).length;
  return (
    <Collapsible
      title={t('flow.dist.bounds.title')}
      testId={`${testPrefix}-bounds`}
      initiallyOpen={set > 0}
      badge={set > 0 ? <span className="muted small">({set})</span> : undefined}
    >
      <p className="muted small">{t('flow.dist.bounds.hint')}</p>
      <div className="flow-field-row">
        {BOUND_KEYS.map((key) => (
          <OptionalField
            key={key}
            label={t(`flow.dist.bounds.${key}`)}
            value={bounds[key]}
            durations={durations}
            scale={distMean(dist)}
            testId={`${testPrefix}-bound-${key}`}
            onCommit={(v) => onChange(withBound(dist, key, v))}
          />
        ))}
      </div>
    </Collapsible>
  );
}
