import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRunTime } from '../../model/runs';
import { defaultBundle, resultGroups, scenarioOptions } from '../../model/simulation';
import { useDocument } from '../../store/selectors';
import { useSimulation, type SimulationPage } from '../../store/simulation';
import { useWorkspace } from '../../store/workspace';
import { shownFriction } from '../../store/friction';
// Loaded with the view: re-runs a quick estimate when the model is edited.
import '../../store/quickRerun';
import { CompareResults } from './CompareResults';
import { FrictionList } from './FrictionList';
import { ImprovePanel } from './ImprovePanel';
import { KpiTable } from './KpiTable';
import { RerunStatus } from './RerunStatus';
import { RunMethod } from './RunMethod';
import { RunList } from './RunList';
import { CycleChart, ResourceChart, SegmentChart } from './RunCharts';
import { SimulationForm } from './SimulationForm';
import { StepTable } from './StepTable';
import { WaitingChart } from './WaitingChart';
import { WeightsPanel } from './WeightsPanel';
import { WhatIf } from './WhatIf';
import '../../styles/analysis.css';

/** The two pages of the view: the form with the results, and the saved runs. */
function PageTabs({ ids }: { ids: Record<SimulationPage, string> }) {
  const { t } = useTranslation();
  const page = useSimulation((s) => s.page);
  const setPage = useSimulation((s) => s.setPage);
  const count = useWorkspace((s) => s.runs?.length);
  const tab = (p: SimulationPage, label: string) => (
    <button
      type="button"
      role="tab"
      id={`${ids[p]}-tab`}
      aria-controls={ids[p]}
      aria-selected={page === p}
      className={`pill-button${page === p ? ' active' : ''}`}
      data-testid={`sim-page-${p}`}
      onClick={() => setPage(p)}
    >
      {label}
    </button>
  );
  return (
    <div className="sim-pages" role="tablist" aria-label={t('runs.pages')}>
      {tab('results', t('runs.resultsPage'))}
      {tab('runs', count === undefined ? t('runs.title') : `${t('runs.title')} (${count})`)}
    </div>
  );
}

/** Run the activation simulation of a bundle, see its KPIs and friction, compare scenarios or saved runs. */
export function SimulationView() {
  const { t, i18n } = useTranslation();
  const doc = useDocument();
  const result = useSimulation((s) => s.result);
  const comparison = useSimulation((s) => s.comparison);
  const savedRun = useSimulation((s) => s.savedRun);
  const comparedRuns = useSimulation((s) => s.comparedRuns);
  const page = useSimulation((s) => s.page);
  const [groupKey, setGroupKey] = useState<string>('');
  const ranked = useSimulation((s) => s.ranked);
  const pageId = useId();
  // Kept while the result is: a new list on every edit redrew the segment chart.
  const groups = useMemo(() => (result ? resultGroups(result) : []), [result]);
  if (!doc) return null;
  if (!defaultBundle(doc)) return <div className="empty-view muted">{t('simulation.noBundle')}</div>;
  const group = groups.find((g) => (g.segmentId ?? '') === groupKey) ?? groups[0];
  const scenarioName = (id: string | null) =>
    scenarioOptions(doc, defaultBundle(doc)).find((s) => s.id === id)?.name ?? id ?? t('simulation.baseDesign');
  const ids = { results: `${pageId}-results`, runs: `${pageId}-runs` };
  // A saved run is shown as it ran: no what-if on it, and no re-ranking once its bundle is gone.
  const saved = result && savedRun ? savedRun : null;
  const heading = !result
    ? ''
    : saved
      ? t('runs.savedResultOf', {
          scenario: saved.scenario,
          when: formatRunTime(saved.at, i18n.language),
          cases: result.cases.toLocaleString(i18n.language),
        })
      : t('simulation.resultsOf', {
          scenario: scenarioName(result.scenario),
          cases: result.cases.toLocaleString(i18n.language),
        });

  return (
    <div className="simulation-view" data-testid="simulation-view">
      <div className="view-header">
        <h1 className="view-title">{t('simulation.title')}</h1>
        <span className="muted small">{t('simulation.hint')}</span>
      </div>
      <PageTabs ids={ids} />
      {page === 'runs' ? (
        <section id={ids.runs} role="tabpanel" aria-labelledby={`${ids.runs}-tab`} className="sim-page">
          <RunList />
        </section>
      ) : (
        <div id={ids.results} role="tabpanel" aria-labelledby={`${ids.results}-tab`} className="sim-page">
          <SimulationForm />
          {/* Right under the Compare button, where the user is looking. */}
          {comparison && <CompareResults comparison={comparison} runs={comparedRuns} />}
          {result && !saved && <WhatIf />}
          <ImprovePanel />
          {result && group && (
            <section
              className="sim-results"
              data-testid="simulation-results"
              data-saved-run={saved?.id}
              aria-label={t('simulation.results')}
            >
              <div className="sim-results-head">
                <h2 data-testid="results-heading">{heading}</h2>
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
              <RunMethod result={result} />
              <RerunStatus />
              <div className="sim-columns">
                <KpiTable group={group} />
                <CycleChart group={group} />
              </div>
              <div className="sim-columns sim-friction-row">
                <FrictionList items={shownFriction({ result, ranked }, group.segmentId)} segmentId={group.segmentId} />
                {(!saved || saved.bundle !== null) && <WeightsPanel defaults={result.weights} />}
              </div>
              <div className="sim-columns">
                <SegmentChart groups={groups} />
                <ResourceChart resources={result.resources} />
              </div>
              <WaitingChart
                steps={group.steps}
                title={t('charts.waitingTitle', { group: group.segmentId ? group.name : t('simulation.allSegments') })}
              />
              <StepTable group={group} />
            </section>
          )}
        </div>
      )}
    </div>
  );
}
