import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultBundle, resultGroups, scenarioOptions } from '../../model/simulation';
import { useDocument } from '../../store/selectors';
import { useSimulation } from '../../store/simulation';
import { CompareResults } from './CompareResults';
import { FrictionList } from './FrictionList';
import { KpiTable } from './KpiTable';
import { SimulationForm } from './SimulationForm';

/** Run the activation simulation of a bundle, see its KPIs and friction, compare scenarios. */
export function SimulationView() {
  const { t } = useTranslation();
  const doc = useDocument();
  const result = useSimulation((s) => s.result);
  const comparison = useSimulation((s) => s.comparison);
  const [groupKey, setGroupKey] = useState<string>('');
  if (!doc) return null;
  if (!defaultBundle(doc)) return <div className="empty-view muted">{t('simulation.noBundle')}</div>;
  const groups = result ? resultGroups(result) : [];
  const group = groups.find((g) => (g.segmentId ?? '') === groupKey) ?? groups[0];
  const scenarioName = (id: string | null) =>
    scenarioOptions(doc, defaultBundle(doc)).find((s) => s.id === id)?.name ?? id ?? t('simulation.baseDesign');

  return (
    <div className="simulation-view" data-testid="simulation-view">
      <div className="view-header">
        <h1 className="view-title">{t('simulation.title')}</h1>
        <span className="muted small">{t('simulation.hint')}</span>
      </div>
      <SimulationForm />
      {result && group && (
        <section className="sim-results" data-testid="simulation-results" aria-label={t('simulation.results')}>
          <div className="sim-results-head">
            <h2>
              {t('simulation.resultsOf', {
                scenario: scenarioName(result.scenario),
                cases: result.cases.toLocaleString(),
              })}
            </h2>
            <div className="sim-groups" role="tablist" aria-label={t('simulation.segment')}>
              {groups.map((g) => (
                <button
                  key={g.segmentId ?? ''}
                  type="button"
                  role="tab"
                  aria-selected={g === group}
                  className={`pill-button${g === group ? ' active' : ''}`}
                  data-testid="result-group"
                  onClick={() => setGroupKey(g.segmentId ?? '')}
                >
                  {g.segmentId ? g.name : t('simulation.allSegments')}
                </button>
              ))}
            </div>
          </div>
          <div className="sim-columns">
            <KpiTable group={group} />
            <FrictionList items={group.friction} segmentId={group.segmentId} />
          </div>
        </section>
      )}
      {comparison && <CompareResults comparison={comparison} />}
    </div>
  );
}
