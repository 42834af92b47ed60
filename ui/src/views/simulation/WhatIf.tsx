import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { defaultBundle, formatSigned, scenarioOptions } from '../../model/simulation';
import { trialEffects } from '../../model/whatIf';
import { useDocument } from '../../store/selectors';
import { markEdit, rerunTrial } from '../../store/quickRerun';
import { useSimulation } from '../../store/simulation';
import { figureUnit, formatBetween, useLabel, useUnitWord } from './CompareHeadline';

/**
 * What if a resource pool had more or fewer servers (e.g. technicians)? Dragging the slider
 * tries the capacity on a copy of the scenario's model: the numbers are re-estimated at once
 * and shown against the scenario as it is; nothing is edited until the user keeps the trial
 * as a new scenario (one undoable edit) or resets it.
 */
export function WhatIf() {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const unitWord = useUnitWord();
  const doc = useDocument();
  const formBundle = useSimulation((s) => s.bundleId);
  const formScenario = useSimulation((s) => s.scenario);
  const trial = useSimulation((s) => s.trial);
  const baseline = useSimulation((s) => s.baseline);
  const result = useSimulation((s) => s.result);
  const tryCapacity = useSimulation((s) => s.tryCapacity);
  const resetTrial = useSimulation((s) => s.resetTrial);
  const keepTrial = useSimulation((s) => s.keepTrial);
  const bundleId =
    doc && formBundle && doc.bundles.some((b) => b.id === formBundle) ? formBundle : doc && defaultBundle(doc);
  const activation = doc?.activations.find((a) => a.bundleId === bundleId);
  const pools = useMemo(() => activation?.resources ?? [], [activation]);
  const scenarios = doc ? scenarioOptions(doc, bundleId ?? null) : [];
  const scenario = scenarios.find((s) => s.id === formScenario) ?? scenarios[0];
  const [poolId, setPoolId] = useState<string | null>(null);
  const pool = pools.find((p) => p.id === (trial?.pool ?? poolId)) ?? pools[0];
  if (!activation || !pool || !scenario) return null;
  const value = trial?.pool === pool.id ? trial.capacity : pool.capacity;
  const max = Math.max(50, pool.capacity * 3);
  const effects = trial && baseline && result ? trialEffects(baseline, result) : [];

  const tryValue = (capacity: number) => {
    markEdit();
    if (capacity === pool.capacity) resetTrial();
    else tryCapacity(pool.id, capacity);
    rerunTrial();
  };

  const reset = () => {
    markEdit();
    resetTrial();
    rerunTrial();
  };

  const keep = () => {
    if (!trial) return;
    const values = { scenario: scenario.name, pool: pool.name, capacity: trial.capacity };
    void keepTrial(scenario.id, {
      id: crypto.randomUUID(),
      name: t('whatIf.keptName', values),
      poolName: t('whatIf.keptPool', values),
    });
  };

  return (
    <div className="card sim-whatif" data-testid="whatif" data-trial={trial ? 'on' : 'off'}>
      <h3>{t('whatIf.title')}</h3>
      <div className="field-row">
        <Field label={t('whatIf.pool')}>
          <select
            className="select"
            data-testid="whatif-resource-select"
            value={pool.id}
            disabled={trial !== null}
            onChange={(e) => setPoolId(e.target.value)}
          >
            {pools.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('whatIf.capacity', { capacity: value })} className="whatif-capacity">
          <input
            type="range"
            min={1}
            max={max}
            step={1}
            value={value}
            data-testid="whatif-capacity"
            aria-valuetext={String(value)}
            onChange={(e) => tryValue(Math.max(1, Math.round(Number(e.target.value))))}
          />
        </Field>
      </div>
      {trial ? (
        <>
          <p className="small" data-testid="whatif-trying">
            <span className="pill pill-warning">{t('whatIf.trying', { scenario: scenario.name })}</span>
          </p>
          {effects.length > 0 && (
            <div className="whatif-effects" data-testid="whatif-effects">
              <span className="muted small">{t('whatIf.against', { scenario: scenario.name })}</span>
              <ul>
                {effects.map((e) => (
                  <li key={e.measure} data-testid="whatif-effect" data-measure={e.measure}>
                    {t('whatIf.effect', { label: label(e), between: formatBetween(e, i18n.language) + unitWord(e) })}{' '}
                    <strong>
                      {t('whatIf.delta', {
                        delta: formatSigned(e.scenario - e.baseline, e.kind, i18n.language, figureUnit(e)),
                      })}
                    </strong>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="whatif-actions">
            <button type="button" className="btn btn-primary" data-testid="whatif-keep" onClick={keep}>
              {t('whatIf.keep')}
            </button>
            <button type="button" className="btn" data-testid="whatif-reset" onClick={reset}>
              {t('whatIf.reset')}
            </button>
          </div>
        </>
      ) : (
        <p className="muted small">{t('whatIf.hint')}</p>
      )}
    </div>
  );
}
