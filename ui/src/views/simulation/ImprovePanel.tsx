import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Findings, Objective } from '../../bindings';
import { Field } from '../../components/Field';
import type { Translate } from '../../model/duration';
import {
  changeWords,
  emptyReason,
  hasPrices,
  helps,
  intervalScale,
  OBJECTIVE_KIND,
  objectiveUnit,
  OBJECTIVES,
} from '../../model/improvements';
import { defaultBundle, formatDiff, formatValue, inputsChanged, scenarioOptions } from '../../model/simulation';
import { useDocument } from '../../store/selectors';
import { useSimulation } from '../../store/simulation';
import { RunProgress } from './RunProgress';
import { SegmentPicker } from './SegmentPicker';

/** Width of the interval bars, px. */
const BAR_WIDTH = 120;

/** A found change in the user's language. */
function useChangeText() {
  const { t, i18n } = useTranslation();
  const duration: Translate = (key, options) => t(key, options);
  return (finding: Finding) => {
    const words = changeWords(finding.candidate, duration, i18n.language);
    return t(`improve.change_${words.key}`, words.values);
  };
}

/** The effect's 95 % interval as a bar on a scale shared by every row, 0 in the middle. */
function IntervalBar({ finding, scale }: { finding: Finding; scale: (value: number) => number }) {
  const { diff, ciLow, ciHigh } = finding.effect;
  if (!Number.isFinite(diff)) return null;
  const low = scale(ciLow ?? diff);
  const high = scale(ciHigh ?? diff);
  return (
    <svg
      className={`improve-bar${helps(finding.effect) ? ' helps' : ''}`}
      width={BAR_WIDTH}
      height={14}
      viewBox={`0 0 ${BAR_WIDTH} 14`}
      aria-hidden="true"
    >
      <line className="improve-bar-zero" x1={BAR_WIDTH / 2} x2={BAR_WIDTH / 2} y1={0} y2={14} />
      <rect className="improve-bar-ci" x={low} y={5} width={Math.max(1, high - low)} height={4} rx={2} />
      <circle className="improve-bar-point" cx={scale(diff)} cy={7} r={3} />
    </svg>
  );
}

/** The objective's unit in words: a time's unit ("days", "minutes"), else what it counts per. */
function useObjectiveUnitWord() {
  const { t } = useTranslation();
  return (findings: Findings) => {
    const unit = objectiveUnit(findings);
    return unit ? t(`charts.${unit}`) : t(`improve.unit_${findings.objective}`);
  };
}

/** What was searched: the baseline, the cases and how the candidates were screened. */
function Caption({ findings, scenario }: { findings: Findings; scenario: string }) {
  const { t, i18n } = useTranslation();
  const unitWord = useObjectiveUnitWord();
  const locale = i18n.language;
  const kind = OBJECTIVE_KIND[findings.objective];
  const number = (n: number) => n.toLocaleString(locale);
  const searched = findings.screening
    ? t('improve.screened', {
        candidates: number(findings.candidates),
        screenCases: number(findings.screening.cases),
        keep: number(Math.min(findings.screening.keep, findings.candidates)),
        cases: number(findings.cases),
      })
    : t('improve.unscreened', { candidates: number(findings.candidates), cases: number(findings.cases) });
  return (
    <p className="muted small" data-testid="improve-caption">
      {t('improve.baseline', {
        objective: t(`improve.objective_${findings.objective}`),
        group: findings.segmentId ? findings.segmentName : t('simulation.allSegments'),
        scenario,
        value: formatValue(findings.baseline, kind, locale, objectiveUnit(findings)),
        unit: unitWord(findings),
      })}{' '}
      {searched}
    </p>
  );
}

/** The top ten, best first: rank, the change, its effect with the interval, and Keep. */
function FindingsTable({ findings, scenario }: { findings: Findings; scenario: string }) {
  const { t, i18n } = useTranslation();
  const unitWord = useObjectiveUnitWord();
  const changeText = useChangeText();
  const keepImprovement = useSimulation((s) => s.keepImprovement);
  const running = useSimulation((s) => s.running !== null);
  // The ranks kept as scenarios, of these findings only.
  const [kept, setKept] = useState<{ of: Findings; ranks: number[] } | null>(null);
  const keptRanks = kept?.of === findings ? kept.ranks : [];
  const kind = OBJECTIVE_KIND[findings.objective];
  const scale = intervalScale(
    findings.findings.map((f) => f.effect),
    BAR_WIDTH,
  );

  const keep = async (finding: Finding) => {
    const change = changeText(finding);
    const done = await keepImprovement(finding, {
      id: crypto.randomUUID(),
      name: t('improve.keptName', { scenario, change }),
      // The copy of the pool a capacity change adds (other changes add none and ignore it).
      poolName:
        finding.candidate.improvement.kind === 'capacity'
          ? t('whatIf.keptPool', { pool: finding.candidate.subject, capacity: finding.candidate.after })
          : '',
    });
    if (done) setKept({ of: findings, ranks: [...keptRanks, finding.rank] });
  };

  if (findings.findings.length === 0)
    return (
      <p className="muted small" data-testid="improve-empty">
        {t(`improve.${emptyReason(findings)}`, {
          candidates: findings.candidates,
          objective: t(`improve.objective_${findings.objective}`),
        })}
      </p>
    );
  return (
    <table className="sim-table improve-table" data-testid="improve-findings">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('improve.change')}</th>
          <th scope="col">{t('improve.effect', { unit: unitWord(findings) })}</th>
          <th scope="col">
            <span className="visually-hidden">{t('improve.interval')}</span>
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('improve.keep')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {findings.findings.map((f) => (
          <tr key={f.rank} data-testid="improve-row" data-rank={f.rank} data-kind={f.candidate.improvement.kind}>
            <td>{f.rank}</td>
            <th scope="row" className="improve-change">
              {changeText(f)}
            </th>
            <td className="improve-effect" data-testid="improve-effect">
              {formatDiff(f.effect, kind, i18n.language, objectiveUnit(findings))}
              {!f.effect.significant && <span className="muted small"> · {t('simulation.notSignificant')}</span>}
            </td>
            <td>
              <IntervalBar finding={f} scale={scale} />
            </td>
            <td>
              {keptRanks.includes(f.rank) ? (
                <span className="pill">{t('improve.kept')}</span>
              ) : (
                <button
                  type="button"
                  className="btn btn-small"
                  data-testid="improve-keep"
                  disabled={running}
                  onClick={() => void keep(f)}
                >
                  {t('improve.keep')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "What single change helps most?" for the form's scenario: every candidate change (a pool's
 * unit more, a task faster, rework or a wait halved, a hand-off or a task's contacts removed)
 * is simulated against the scenario as it is, and the ten that lower the chosen KPI most are
 * listed, each of which can be kept as a new scenario.
 */
export function ImprovePanel() {
  const { t } = useTranslation();
  const doc = useDocument();
  const form = useSimulation();
  const [open, setOpen] = useState(false);
  const [objective, setObjective] = useState<Objective>('p90Cycle');
  const [segmentId, setSegmentId] = useState<string | null>(null);
  const finding = form.improving;
  const cancel = form.cancel;
  // Esc stops the search, as the Cancel button does.
  useEffect(() => {
    if (!finding) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') void cancel('improve');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [finding, cancel]);
  if (!doc) return null;
  const bundleId =
    form.bundleId && doc.bundles.some((b) => b.id === form.bundleId) ? form.bundleId : defaultBundle(doc);
  if (!bundleId || !doc.activations.some((a) => a.bundleId === bundleId)) return null;
  const scenarios = scenarioOptions(doc, bundleId);
  const scenario = scenarios.find((s) => s.id === form.scenario) ?? scenarios[0];
  const segment = doc.segments.some((s) => s.id === segmentId) ? segmentId : null;
  const noPrices = objective === 'cost' && !hasPrices(doc, bundleId);
  const findings = form.findingsOf?.bundleId === bundleId ? form.findings : null;
  const stale = form.findingsOn !== null && inputsChanged(doc, form.findingsOn);
  // The scenario the findings are of (not necessarily the form's now), by name.
  const foundOn = scenarios.find((s) => s.id === form.findingsOf?.scenario)?.name ?? findings?.flowName ?? '';

  const find = () => {
    if (!scenario) return;
    form.setForm({ bundleId, scenario: scenario.id });
    void form.findImprovements({ bundleId, scenario: scenario.id, segmentId: segment, objective });
  };

  return (
    <section className="card sim-improve" data-testid="improve-panel" aria-label={t('improve.title')}>
      <button
        type="button"
        className="improve-toggle"
        aria-expanded={open}
        data-testid="improve-toggle"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> <h3>{t('improve.title')}</h3>
      </button>
      {open && (
        <>
          <p className="muted small">{t('improve.hint', { scenario: scenario?.name ?? '' })}</p>
          <div className="field-row">
            <Field label={t('improve.objective')}>
              <select
                className="select"
                data-testid="improve-objective"
                value={objective}
                disabled={finding}
                onChange={(e) => setObjective(e.target.value as Objective)}
              >
                {OBJECTIVES.map((o) => (
                  <option key={o} value={o}>
                    {t(`improve.objective_${o}`)}
                  </option>
                ))}
              </select>
            </Field>
            <SegmentPicker testid="improve-segment" value={segment} disabled={finding} onChange={setSegmentId} />
          </div>
          {noPrices && (
            <p className="field-error" data-testid="improve-no-prices">
              {t('improve.noPrices')}
            </p>
          )}
          <div className="row sim-actions">
            <button
              type="button"
              className="btn btn-primary"
              data-testid="improve-find"
              disabled={finding || noPrices || !scenario}
              onClick={find}
            >
              {t('improve.find')}
            </button>
            {finding && <RunProgress slot="improve" testid="improve-progress" cancelTestid="improve-cancel" />}
          </div>
          {findings && !finding && (
            <>
              <Caption findings={findings} scenario={foundOn} />
              {stale && (
                <p className="small" data-testid="improve-stale">
                  <span className="pill pill-warning">{t('improve.stale')}</span>
                </p>
              )}
              <FindingsTable findings={findings} scenario={foundOn} />
            </>
          )}
        </>
      )}
    </section>
  );
}
