import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FLOW_EDIT_LABELS } from '../../model/flowLabels';
import { addService, deleteService, servicesOf } from '../../model/changes';
import { setServiceIncluded } from '../../model/flowScenarios';
import { refuseServiceName } from '../../model/flowServices';
import { byPosition } from '../../model/order';
import { useFlowEditor } from '../../store/flowEditor';
import { SiloSelect } from '../bundles/ServiceList';
import { Collapsible } from './fields';
import type { FlowContext } from './useFlowContext';

/**
 * The services of the bundle: a checkbox each (whether the scenario edited provisions it),
 * removal from the bundle, addition to the bundle (the backend gives every scenario a
 * default provisioning sub-flow for it).
 */
export function ServiceToggles({ ctx }: { ctx: FlowContext }) {
  const { t } = useTranslation();
  const select = useFlowEditor((s) => s.select);
  const { design } = ctx;
  if (!design) return null;
  const services = byPosition(servicesOf(ctx.doc, ctx.bundleId));
  const last = services.length <= 1;
  const remove = async (id: string) => {
    // The selection may be a step of the removed service.
    if (await ctx.commit(FLOW_EDIT_LABELS.removeFlowService, deleteService(id))) select(null);
  };
  return (
    <Collapsible title={t('flow.services')} testId="flow-services" initiallyOpen>
      <ul className="plain-list flow-services">
        {services.map((s) => (
          <li key={s.id} className="flow-service">
            <label className="check">
              <input
                type="checkbox"
                checked={design.services.find((d) => d.serviceId === s.id)?.included ?? false}
                disabled={!design.services.some((d) => d.serviceId === s.id)}
                data-testid={`flow-service-${s.id}`}
                onChange={(e) =>
                  void ctx.commit(
                    FLOW_EDIT_LABELS.toggleFlowService,
                    setServiceIncluded(design, s.id, e.target.checked),
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
          </li>
        ))}
      </ul>
      <AddService ctx={ctx} />
    </Collapsible>
  );
}

/** "Add service", then a name asked inline: Enter adds it (one edit), Escape cancels. */
function AddService({ ctx }: { ctx: FlowContext }) {
  const { t } = useTranslation();
  const select = useFlowEditor((s) => s.select);
  const [name, setName] = useState<string | null>(null);
  const [silo, setSilo] = useState('');
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

  const { doc } = ctx;
  const siloId = doc.silos.some((s) => s.id === silo) ? silo : (doc.silos[0]?.id ?? '');
  const confirm = async () => {
    const refusal = refuseServiceName(servicesOf(doc, ctx.bundleId), name);
    if (refusal) {
      setError(refusal);
      return;
    }
    const id = crypto.randomUUID();
    if (await ctx.commit(FLOW_EDIT_LABELS.addFlowService, addService(doc, ctx.bundleId, name, siloId, id))) {
      close();
      select(null);
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
      <SiloSelect silos={doc.silos} value={siloId} onChange={setSilo} testId="flow-new-service-silo" />
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
