import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FLOW_EDIT_LABELS } from '../../model/flowLabels';
import { setServiceIncluded } from '../../model/flowScenarios';
import { addService, removeService, SERVICE_CHANNEL } from '../../model/flowServices';
import { useFlowEditor } from '../../store/flowEditor';
import type { FlowContext } from './useFlowContext';

/** The services of the design: a checkbox each (included ones are provisioned in parallel), removal, addition. */
export function ServiceToggles({ ctx }: { ctx: FlowContext }) {
  const { t } = useTranslation();
  const select = useFlowEditor((s) => s.select);
  if (!ctx.design) return null;
  const services = ctx.design.services;
  const last = services.length <= 1;
  const remove = async (id: string) => {
    // The selection may be a step of the removed service.
    if (await ctx.commitDesign(FLOW_EDIT_LABELS.removeFlowService, (d) => removeService(d, id))) select(null);
  };
  return (
    <fieldset className="flow-services">
      <legend>{t('flow.services')}</legend>
      {services.map((s) => (
        <span key={s.id} className="flow-service">
          <label className="check">
            <input
              type="checkbox"
              checked={s.included !== false}
              data-testid={`flow-service-${s.id}`}
              onChange={(e) =>
                void ctx.commit(
                  FLOW_EDIT_LABELS.toggleFlowService,
                  setServiceIncluded(ctx.model, ctx.scenarioId, s.id, e.target.checked),
                )
              }
            />
            {s.name}
          </label>
          {last ? (
            // A disabled button shows no tooltip in every webview, so the wrapper carries it.
            <span title={t('flow.service.lastHint')}>
              <button type="button" className="btn btn-ghost" disabled data-testid={`flow-remove-service-${s.id}`}>
                {t('flow.service.remove')}
              </button>
            </span>
          ) : (
            <ConfirmButton
              label={t('flow.service.remove')}
              question={t('flow.service.confirmRemove', { name: s.name })}
              testId={`flow-remove-service-${s.id}`}
              onConfirm={() => void remove(s.id)}
            />
          )}
        </span>
      ))}
      <AddService ctx={ctx} />
    </fieldset>
  );
}

/** "Add service", then a name asked inline: Enter adds it (one edit), Escape cancels. */
function AddService({ ctx }: { ctx: FlowContext }) {
  const { t } = useTranslation();
  const select = useFlowEditor((s) => s.select);
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setName(null);
    setError(null);
  };
  if (name === null)
    return (
      <button type="button" className="btn" data-testid="flow-add-service" onClick={() => setName('')}>
        + {t('flow.service.add')}
      </button>
    );

  const defaults = { taskName: t('flow.service.taskName', { name: name.trim() }), channel: SERVICE_CHANNEL };
  const confirm = async () => {
    if (!ctx.design) return;
    // Checked here first so the reason shows beside the name rather than in the toolbar.
    const tried = addService(ctx.design, name, defaults);
    if (!tried.ok) {
      setError(tried.reason);
      return;
    }
    if (await ctx.commitDesign(FLOW_EDIT_LABELS.addFlowService, (d) => addService(d, name, defaults))) {
      close();
      select({ kind: 'node', id: `${tried.id}-provision` });
    }
  };
  return (
    <form
      className="flow-new-service"
      onSubmit={(e) => {
        e.preventDefault();
        void confirm();
      }}
    >
      <input
        className="input"
        // Opened by a click on "Add service": the name is what comes next.
        autoFocus
        value={name}
        placeholder={t('flow.service.newName')}
        aria-label={t('flow.service.newName')}
        aria-invalid={error ? true : undefined}
        data-testid="flow-new-service-name"
        onChange={(e) => {
          setName(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close();
        }}
      />
      <button type="submit" className="btn btn-primary" data-testid="flow-new-service-confirm">
        {t('flow.service.confirmAdd')}
      </button>
      <button type="button" className="btn" onClick={close}>
        {t('common.cancel')}
      </button>
      {error && (
        <span className="flow-refusal" role="alert" data-testid="flow-new-service-error">
          {t(error)}
        </span>
      )}
    </form>
  );
}
