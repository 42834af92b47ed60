import '@xyflow/react/dist/style.css';
import '../../styles/flow.css';
import '../../styles/flow-graph.css';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { problemsByNode } from '../../model/flowProblems';
import { siloLanes } from '../../model/flowLanes';
import { frictionByTask, runOfScenario } from '../../model/simulation';
import type { FlowLayout } from '../../bindings';
import { forgetPlaces, placeNodes } from '../../model/flowEdits';
import { FLOW_EDIT_LABELS } from '../../model/flowLabels';
import { rememberFlowLayout } from '../../store/exports';
import { useFlowEditor } from '../../store/flowEditor';
import { shownFriction } from '../../store/friction';
import { useSimulation } from '../../store/simulation';
import { FlowCanvas } from './FlowCanvas';
import { FlowToolbar } from './FlowToolbar';
import { FrictionPanel } from './FrictionPanel';
import { Inspector } from './Inspector';
import { ParametersPanel } from './ParametersPanel';
import { ProblemsPanel } from './ProblemsPanel';
import { ScenarioBar } from './ScenarioBar';
import { ServiceToggles } from './ServiceToggles';
import { useFlowActions } from './useFlowActions';
import { useFlowContext } from './useFlowContext';
import { useFlowKeys } from './useFlowKeys';

/** The activation-flow editor: compose the bundle, edit its flow as a graph, see problems and friction. */
export function FlowView() {
  const { t } = useTranslation();
  const ctx = useFlowContext();
  const view = useFlowEditor((s) => s.view);
  const viewError = useFlowEditor((s) => s.viewError);
  const load = useFlowEditor((s) => s.load);
  const simBundle = useSimulation((s) => s.bundleId);
  const result = useSimulation((s) => s.result);
  const bundleId = ctx?.bundleId ?? null;
  const scenarioId = ctx?.scenarioId ?? null;
  const design = ctx?.design ?? null;
  const doc = ctx?.doc;
  // The document is new after every edit (and undo), which is when to derive the flow again:
  // it also depends on the silo, channel, service and segment records.
  useEffect(() => {
    if (bundleId && doc) void load(bundleId, scenarioId);
  }, [bundleId, scenarioId, doc, load]);

  const flow = view?.flow ?? null;
  const actions = useFlowActions(ctx, flow);
  useFlowKeys(actions.removeSelection);
  const problems = useMemo(() => problemsByNode(view?.problems ?? []), [view]);
  // Heat only from a run of this very bundle and scenario: node ids recur across scenarios.
  const heatOn = !!result && simBundle === bundleId && !!design && runOfScenario(result, design);
  const ranked = useSimulation((s) => s.ranked);
  const frictionItems = useMemo(
    () => (heatOn && result ? shownFriction({ result, ranked }, null) : []),
    [heatOn, result, ranked],
  );
  const friction = useMemo(() => frictionByTask(frictionItems), [frictionItems]);
  const lanes = useMemo(() => (design && doc ? siloLanes(design, doc.silos) : null), [design, doc]);
  const present = useMemo(() => new Set(flow?.nodes.map((n) => n.id)), [flow]);
  const stored = useMemo(
    () =>
      new Map(
        Object.entries(design?.layout ?? {}).flatMap(([id, at]): [string, { x: number; y: number }][] =>
          at ? [[id, at]] : [],
        ),
      ),
    [design],
  );
  const rememberLayout = useCallback(
    (layout: FlowLayout) => bundleId && rememberFlowLayout({ bundle: bundleId, scenario: scenarioId, layout }),
    [bundleId, scenarioId],
  );

  if (!ctx) return <div className="empty-view muted">{t('flow.noActivation')}</div>;
  return (
    <div className="flow-view" data-testid="flow-view">
      {/* Two rows above the canvas, which takes the rest of the window; everything else is
          beside it, in a column that scrolls on its own. */}
      <div className="view-header flow-head">
        <h1 className="view-title" title={t('flow.hint')}>
          {t('flow.title')}
        </h1>
        <ScenarioBar ctx={ctx} />
      </div>
      <FlowToolbar actions={actions} nodes={flow?.nodes ?? []} />
      <div className="flow-main">
        <div className="flow-graph">
          {flow ? (
            <FlowCanvas
              // A new canvas for another scenario: it opens on that flow's start.
              key={`${bundleId}/${scenarioId}`}
              flow={flow}
              stored={stored}
              onMove={(moves) =>
                void ctx.commitDesign(FLOW_EDIT_LABELS.moveFlowNode, (d) => ({
                  ok: true,
                  design: placeNodes(d, moves),
                }))
              }
              onForgetPlaces={() =>
                void ctx.commitDesign(FLOW_EDIT_LABELS.resetFlowLayout, (d) => ({ ok: true, design: forgetPlaces(d) }))
              }
              problems={problems}
              friction={friction}
              lanes={lanes}
              onConnect={(a, b) => void actions.link(a, b)}
              onLayout={rememberLayout}
            />
          ) : (
            <div className="flow-canvas flow-canvas-empty" data-testid="flow-canvas">
              <p className={viewError ? 'field-error' : 'muted'} role={viewError ? 'alert' : undefined}>
                {viewError ?? t('flow.composing')}
              </p>
            </div>
          )}
        </div>
        <aside className="flow-side" data-testid="flow-side" aria-label={t('flow.side')}>
          {flow && <Inspector flow={flow} ctx={ctx} steps={heatOn ? result?.overall.steps : undefined} />}
          {frictionItems.length > 0 && <FrictionPanel items={frictionItems} present={present} />}
          <ProblemsPanel problems={view?.problems ?? []} present={present} />
          <ServiceToggles ctx={ctx} />
          <ParametersPanel ctx={ctx} />
        </aside>
      </div>
    </div>
  );
}
