import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { defaultBundle, scenarioOptions } from '../../model/simulation';
import { useDocument } from '../../store/selectors';
import { useSimulation } from '../../store/simulation';
import { RunProgress } from './RunProgress';
import { SegmentPicker } from './SegmentPicker';

/** The engine's cap on one run's cases (`touchmap_engine::bounds::MAX_CASES`): beyond it
 * the backend refuses the run, so the form says so before. */
const MAX_CASES = 1_000_000;

/** Bundle, scenario, segment and cases; Run, Compare, and the progress of a run with Cancel
 * (the improvement finder shows its own in its panel). */
export function SimulationForm() {
  const { t } = useTranslation();
  const doc = useDocument();
  const form = useSimulation();
  // The cases message sits under the whole row; it still describes the cases input.
  const casesErrorId = useId();
  if (!doc) return null;
  const bundleId =
    form.bundleId && doc.bundles.some((b) => b.id === form.bundleId) ? form.bundleId : defaultBundle(doc);
  const scenarios = scenarioOptions(doc, bundleId);
  const scenario = scenarios.some((s) => s.id === form.scenario) ? form.scenario : (scenarios[0]?.id ?? null);
  const segmentId = doc.segments.some((s) => s.id === form.segmentId) ? form.segmentId : null;
  const hasModel = doc.activations.some((a) => a.bundleId === bundleId);
  const casesValid = Number.isInteger(form.cases) && form.cases >= 100 && form.cases <= MAX_CASES;
  const pair = [
    scenarios.find((s) => s.id === 'as-is') ?? scenarios[0],
    scenarios.find((s) => s.id === 'to-be') ?? scenarios[1],
  ] as const;
  const running = form.running !== null;
  const ready = Boolean(bundleId) && casesValid && !running;
  const settle = () => form.setForm({ bundleId, scenario, segmentId });

  return (
    <form
      className="card sim-form"
      data-testid="simulation-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        settle();
        void form.simulate();
      }}
    >
      <div className="field-row">
        <Field label={t('simulation.bundle')}>
          <select
            className="select"
            data-testid="sim-bundle"
            value={bundleId ?? ''}
            disabled={running}
            onChange={(e) => form.setForm({ bundleId: e.target.value, scenario: null })}
          >
            {doc.bundles.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('simulation.scenario')}>
          <select
            className="select"
            data-testid="sim-scenario"
            value={scenario ?? ''}
            disabled={running}
            onChange={(e) => form.setForm({ scenario: e.target.value })}
          >
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <SegmentPicker
          testid="sim-segment"
          value={segmentId}
          disabled={running}
          onChange={(id) => form.setForm({ segmentId: id })}
        />
        <Field label={t('simulation.cases')} className="field-narrow">
          <input
            className="input"
            type="number"
            min={100}
            max={MAX_CASES}
            step={1000}
            data-testid="sim-cases"
            value={Number.isFinite(form.cases) ? form.cases : ''}
            aria-invalid={!casesValid}
            aria-describedby={casesValid ? undefined : casesErrorId}
            disabled={running}
            onChange={(e) =>
              form.setForm({ cases: e.target.value.trim() === '' ? Number.NaN : Number(e.target.value) })
            }
          />
        </Field>
      </div>
      {!casesValid && (
        <p id={casesErrorId} className="field-error">
          {t('simulation.casesInvalid')}
        </p>
      )}
      {!hasModel && <p className="muted small">{t('simulation.noModel')}</p>}
      <div className="row sim-actions">
        <button type="submit" className="btn btn-primary" data-testid="run-simulation" disabled={!ready}>
          {t('simulation.run')}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="compare-scenarios"
          disabled={!ready || !pair[0] || !pair[1]}
          title={pair[0] && pair[1] ? t('simulation.compareTitle', { a: pair[0].name, b: pair[1].name }) : undefined}
          onClick={() => {
            settle();
            if (pair[0] && pair[1]) void form.compare(pair[0].id, pair[1].id);
          }}
        >
          {t('simulation.compare')}
        </button>
        {/* A quick estimate after an edit (a tenth of a second) shows no bar: it would flash,
            and moving everything under the form repaints the page. */}
        {(form.running === 'simulate' || form.running === 'compare') && <RunProgress />}
      </div>
    </form>
  );
}
