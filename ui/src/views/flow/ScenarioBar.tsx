import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FLOW_EDIT_LABELS } from '../../model/flowLabels';
import { deleteScenario, duplicateScenario, renameScenario } from '../../model/flowScenarios';
import { useDocument } from '../../store/selectors';
import { useFlowEditor } from '../../store/flowEditor';
import { TextField } from './fields';
import type { FlowContext } from './useFlowContext';

/** Which bundle and scenario are edited, and the scenarios' management. */
export function ScenarioBar({ ctx }: { ctx: FlowContext }) {
  const { t } = useTranslation();
  const doc = useDocument();
  const setBundle = useFlowEditor((s) => s.setBundle);
  const setScenario = useFlowEditor((s) => s.setScenario);
  if (!doc) return null;
  const { scenarios, scenarioId, bundleId } = ctx;
  const scenario = scenarios.find((s) => s.id === scenarioId);

  const duplicate = async () => {
    if (!scenario) return;
    const id = crypto.randomUUID();
    const name = t('flow.scenario.copyName', { name: scenario.name });
    if (await ctx.commit(FLOW_EDIT_LABELS.duplicateScenario, duplicateScenario(doc.scenarios, scenario, name, id)))
      setScenario(id);
  };

  return (
    <div className="flow-bar">
      <Field label={t('flow.bundle')} inline>
        <select
          className="select select-compact"
          value={bundleId}
          data-testid="flow-bundle-select"
          onChange={(e) => setBundle(e.target.value)}
        >
          {doc.bundles.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('flow.scenario.label')} inline>
        <select
          className="select select-compact"
          value={scenarioId ?? ''}
          data-testid="flow-scenario-select"
          onChange={(e) => setScenario(e.target.value || null)}
        >
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      {scenario && (
        <>
          <TextField
            label={t('flow.scenario.name')}
            value={scenario.name}
            testId="flow-scenario-name"
            onCommit={(name) => void ctx.commit(FLOW_EDIT_LABELS.renameScenario, renameScenario(scenario, name))}
          />
          <button
            type="button"
            className="btn flow-bar-end"
            data-testid="flow-scenario-duplicate"
            onClick={() => void duplicate()}
          >
            {t('flow.scenario.duplicate')}
          </button>
          <ConfirmButton
            label={t('flow.scenario.delete')}
            question={t('flow.scenario.confirmDelete', { name: scenario.name })}
            testId="flow-scenario-delete"
            onConfirm={() => {
              void ctx.commit(FLOW_EDIT_LABELS.deleteScenario, deleteScenario(scenario.id));
              setScenario(scenarios.find((s) => s.id !== scenario.id)?.id ?? null);
            }}
          />
        </>
      )}
    </div>
  );
}
