import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultBundle, resultGroups, scenarioOptions } from '../../model/simulation';
import { useDocument } from '../../store/selectors';
import { useSimulation } from '../../store/simulation';
import { shownFriction } from '../../store/friction';
// Loaded with the view: re-runs a quick estimate when the model is edited.
import '../../store/quickRerun';
import { CompareResults } from './CompareResults';
import { FrictionList } from './FrictionList';
import { KpiTable } from './KpiTable';
import { RerunStatus } from './RerunStatus';
import { CycleChart, ResourceChart, SegmentChart } from './RunCharts';
import { SimulationForm } from './SimulationForm';
import { StepTable } from './StepTable';
import { WeightsPanel } from './WeightsPanel';
import { WhatIf } from './WhatIf';
import '../../styles/analysis.css';

/** Run the activation simulation of a bundle, see its KPIs and friction, compare scenarios. */
export function SimulationView() {
  const { t } = useTranslation();
  const doc = useDocument();
  const result = useSimulation((s) => s.result);
  const comparison = useSimulation((s) => s.comparison);
  const [groupKey, setGroupKey] = useState<string>('');
  const ranked = useSimulation((s) => s.ranked);
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
      {result && <WhatIf />}
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
          <RerunStatus />
          <div className="sim-columns">
            <KpiTable group={group} />
            <CycleChart group={group} />
          </div>
          <div className="sim-columns sim-friction-row">
            <FrictionList items={shownFriction({ result, ranked }, group.segmentId)} segmentId={group.segmentId} />
            <WeightsPanel defaults={result.weights} />
          </div>
          <div className="sim-columns">
            <SegmentChart groups={groups} />
            <ResourceChart resources={result.resources} />
          </div>
          <StepTable group={group} />
        </section>
      )}
      {comparison && <CompareResults comparison={comparison} />}
    </div>
  );
}
