import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { byPosition } from '../../model/order';
import { useWorkspace } from '../../store/workspace';

/** An ordered multi-select: the segment's preferred channels, most preferred first. */
export function ChannelPreferences({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const channels = useWorkspace((s) => s.workspace?.document.channels ?? []);
  const name = (id: string) => channels.find((c) => c.id === id)?.name ?? id;
  const available = byPosition(channels).filter((c) => !value.includes(c.id));
  const move = (i: number, delta: number) => {
    const next = [...value];
    const [id] = next.splice(i, 1);
    if (id === undefined) return;
    next.splice(i + delta, 0, id);
    onChange(next);
  };
  return (
    <fieldset className="list-editor" data-testid="channel-preferences">
      <legend>{t('segments.channelPreferences')}</legend>
      {value.length === 0 && <p className="muted small">{t('segments.noPreferences')}</p>}
      <ol className="pref-list">
        {value.map((id, i) => (
          <li key={id} className="list-row">
            <span className="pref-rank">{i + 1}</span>
            <span className="grow">{name(id)}</span>
            <button
              type="button"
              className="btn btn-ghost btn-icon"
              disabled={i === 0}
              aria-label={t('common.moveUpNamed', { name: name(id) })}
              title={t('common.moveUp')}
              onClick={() => move(i, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="btn btn-ghost btn-icon"
              disabled={i === value.length - 1}
              aria-label={t('common.moveDownNamed', { name: name(id) })}
              title={t('common.moveDown')}
              onClick={() => move(i, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="btn btn-ghost btn-icon"
              aria-label={t('common.removeNamed', { name: name(id) })}
              title={t('common.remove')}
              onClick={() => onChange(value.filter((x) => x !== id))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      {available.length > 0 && (
        <Field label={t('segments.addPreference')} hideLabel>
          <select className="select" value="" onChange={(e) => e.target.value && onChange([...value, e.target.value])}>
            <option value="">+ {t('segments.addPreference')}</option>
            {available.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      )}
    </fieldset>
  );
}
