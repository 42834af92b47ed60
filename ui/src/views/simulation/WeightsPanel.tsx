import { useTranslation } from 'react-i18next';
import type { FrictionComponents } from '../../bindings';
import { currentWeights, resetWeights, setWeight } from '../../store/friction';
import { useSimulation } from '../../store/simulation';
import { FRICTION_COMPONENTS, WEIGHT_MAX, WEIGHT_MIN, WEIGHT_STEP } from '../../model/weights';
import { numberFormat } from '../../model/numberFormat';

/**
 * How much each friction component counts in the ranking. Moving a slider re-ranks the
 * friction (list and journey heat) shortly after; Reset goes back to the run's weights.
 */
export function WeightsPanel({ defaults }: { defaults: FrictionComponents }) {
  const { t, i18n } = useTranslation();
  const weights = useSimulation((s) => currentWeights(s)) ?? defaults;
  const custom = useSimulation((s) => s.weights !== null);
  const format = numberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <div className="card sim-weights" data-testid="weights-panel">
      <div className="sim-weights-head">
        <h3>{t('weights.title')}</h3>
        <button
          type="button"
          className="btn btn-ghost"
          data-testid="weights-reset"
          disabled={!custom}
          onClick={() => resetWeights()}
        >
          {t('weights.reset')}
        </button>
      </div>
      <p className="muted small">{t('weights.hint')}</p>
      <ul className="weights-list">
        {FRICTION_COMPONENTS.map((component) => (
          <li key={component} className="weight-row">
            <label htmlFor={`weight-${component}`}>{t(`simulation.component_${component}`)}</label>
            <input
              id={`weight-${component}`}
              type="range"
              min={WEIGHT_MIN}
              max={WEIGHT_MAX}
              step={WEIGHT_STEP}
              value={weights[component]}
              data-testid={`weight-${component}`}
              aria-valuetext={format.format(weights[component])}
              onChange={(e) => setWeight(component, Number(e.target.value))}
            />
            <output className={weights[component] === defaults[component] ? 'muted' : 'weight-changed'}>
              {format.format(weights[component])}
            </output>
          </li>
        ))}
      </ul>
    </div>
  );
}
