import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { Actor, Flow, FlowNode, Task } from '../../model/flowTypes';
import { DistEditor } from './DistEditor';
import { NumberField } from './fields';
import { QueueFields } from './QueueFields';
import { RecordSelect } from './RecordSelect';
import type { FlowContext } from './useFlowContext';

const ACTORS: readonly Actor[] = ['customer', 'agent', 'system', 'technician'];

type TaskNode = Extract<FlowNode, { kind: 'task' }>;

/** The fields of a task: duration, resource, actor, channel, silo, contacts, visit, rework, queue. */
export function TaskFields({
  task,
  flow,
  ctx,
  onSave,
}: {
  task: TaskNode;
  flow: Flow;
  ctx: FlowContext;
  onSave: (node: FlowNode) => void;
}) {
  const { t } = useTranslation();
  const save = (patch: Partial<Task>) => onSave({ ...task, ...patch });
  const contacts = task.contacts ?? { calls: 0, messages: 0, visits: 0 };
  const pools = ctx.activation?.resources ?? [];
  const tasks = flow.nodes.filter((n) => n.kind === 'task');
  return (
    <>
      <DistEditor
        label={t('flow.inspector.duration')}
        durations
        dist={task.duration}
        onCommit={(duration) => save({ duration })}
      />
      <Field label={t('flow.inspector.resource')} className="flow-field">
        <select
          className="select"
          value={task.resource ?? ''}
          data-testid="inspector-resource"
          onChange={(e) => save({ resource: e.target.value || null })}
        >
          <option value="">{t('flow.inspector.noResource')}</option>
          {pools.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
          {task.resource && !pools.some((r) => r.id === task.resource) && (
            <option value={task.resource}>{task.resource}</option>
          )}
        </select>
      </Field>
      <Field label={t('flow.inspector.actor')} className="flow-field">
        <select
          className="select"
          value={task.actor}
          data-testid="inspector-actor"
          onChange={(e) => save({ actor: e.target.value as Actor })}
        >
          {ACTORS.map((a) => (
            <option key={a} value={a}>
              {t(`flow.actors.${a}`)}
            </option>
          ))}
        </select>
      </Field>
      <RecordSelect
        label={t('flow.inspector.channel')}
        records={ctx.doc.channels}
        value={task.channel}
        testId="inspector-channel"
        onChange={(channel) => save({ channel })}
      />
      <RecordSelect
        label={t('flow.inspector.silo')}
        records={ctx.doc.silos}
        value={task.silo}
        testId="inspector-silo"
        onChange={(silo) => save({ silo })}
      />
      <fieldset className="flow-field-row">
        <legend>{t('flow.inspector.contacts')}</legend>
        {(['calls', 'messages', 'visits'] as const).map((kind) => (
          <NumberField
            key={kind}
            label={t(`flow.inspector.${kind}`)}
            value={contacts[kind]}
            min={0}
            integer
            step={1}
            testId={`inspector-contacts-${kind}`}
            onCommit={(v) => save({ contacts: { ...contacts, [kind]: v } })}
          />
        ))}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={task.technicianVisit ?? false}
          data-testid="inspector-technician-visit"
          onChange={(e) => save({ technicianVisit: e.target.checked })}
        />
        {t('flow.technicianVisit')}
      </label>
      <fieldset className="flow-field-row">
        <legend>{t('flow.inspector.rework')}</legend>
        <NumberField
          label={t('flow.inspector.reworkProbability')}
          value={task.rework?.probability ?? 0}
          min={0}
          max={0.99}
          step={0.05}
          testId="inspector-rework-probability"
          onCommit={(probability) =>
            save({ rework: probability > 0 ? { probability, target: task.rework?.target ?? task.id } : null })
          }
        />
        <Field label={t('flow.inspector.reworkTarget')} className="flow-field">
          <select
            className="select"
            value={task.rework?.target ?? ''}
            disabled={!task.rework}
            data-testid="inspector-rework-target"
            onChange={(e) => task.rework && save({ rework: { ...task.rework, target: e.target.value } })}
          >
            {!task.rework && <option value="">—</option>}
            {tasks.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>
      <QueueFields task={task} onSave={save} />
    </>
  );
}
