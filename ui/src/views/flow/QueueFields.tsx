import { useTranslation } from 'react-i18next';
import type { Task } from '../../model/flowTypes';
import { MAX_PRIORITY, batchOf } from '../../model/queueing';
import { NumberField, OptionalField } from './fields';

/**
 * Where a task stands in its pool's queue: its priority (before the segments'), and the
 * batch it runs in, released at a size, after a time-out from its first case, or both.
 */
export function QueueFields({ task, onSave }: { task: Task; onSave: (patch: Partial<Task>) => void }) {
  const { t } = useTranslation();
  const size = task.batch?.size ?? null;
  const timeout = task.batch?.timeoutDays ?? null;
  return (
    <fieldset className="flow-field-row" data-testid="inspector-queue">
      <legend>{t('flow.inspector.queue')}</legend>
      <NumberField
        label={t('flow.inspector.priority')}
        value={task.priority ?? 0}
        min={0}
        max={MAX_PRIORITY}
        integer
        step={1}
        testId="inspector-priority"
        onCommit={(priority) => onSave({ priority: priority === 0 ? null : priority })}
      />
      <OptionalField
        label={t('flow.inspector.batchSize')}
        value={size}
        durations={false}
        scale={1}
        min={1}
        integer
        testId="inspector-batch-size"
        onCommit={(s) => onSave({ batch: batchOf(s, timeout) })}
      />
      <OptionalField
        label={t('flow.inspector.batchTimeout')}
        value={timeout}
        durations
        scale={1}
        testId="inspector-batch-timeout"
        onCommit={(days) => onSave({ batch: batchOf(size, days) })}
      />
    </fieldset>
  );
}
