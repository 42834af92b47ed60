import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../model/calendar';
import type { Task } from '../../model/flowTypes';
import { MAX_PRIORITY, batchOf, withReleaseDay } from '../../model/queueing';
import { NumberField, OptionalField } from './fields';

/** The latest release hour the field takes: the engine wants it before midnight. */
const LAST_RELEASE_HOUR = 23.99;

/**
 * Where a task stands in its pool's queue: its priority (before the segments'), and the
 * batch it runs in, released at a size, after a time-out from its first case, at set times
 * of the week (a nightly billing run), or whichever of them comes first.
 */
export function QueueFields({ task, onSave }: { task: Task; onSave: (patch: Partial<Task>) => void }) {
  const { t } = useTranslation();
  const size = task.batch?.size ?? null;
  const timeout = task.batch?.timeoutDays ?? null;
  const release = task.batch?.release ?? null;
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
        onCommit={(s) => onSave({ batch: batchOf(s, timeout, release) })}
      />
      <OptionalField
        label={t('flow.inspector.batchTimeout')}
        value={timeout}
        durations
        scale={1}
        testId="inspector-batch-timeout"
        onCommit={(days) => onSave({ batch: batchOf(size, days, release) })}
      />
      <div className="flow-release" role="group" aria-label={t('flow.inspector.batchRelease')}>
        <span className="field-label">{t('flow.inspector.batchRelease')}</span>
        <div className="flow-release-days">
          {WEEKDAYS.map((day) => (
            <label key={day} className="check" title={t(`flow.days.${day}`)}>
              <input
                type="checkbox"
                checked={release?.days.includes(day) ?? false}
                data-testid={`inspector-release-${day}`}
                onChange={(e) =>
                  onSave({ batch: batchOf(size, timeout, withReleaseDay(release, day, e.target.checked)) })
                }
              />
              {t(`flow.daysShort.${day}`)}
            </label>
          ))}
        </div>
        {release && (
          <NumberField
            label={t('flow.inspector.batchReleaseHour')}
            value={release.hour}
            min={0}
            max={LAST_RELEASE_HOUR}
            testId="inspector-release-hour"
            onCommit={(hour) => onSave({ batch: batchOf(size, timeout, { ...release, hour }) })}
          />
        )}
      </div>
    </fieldset>
  );
}
