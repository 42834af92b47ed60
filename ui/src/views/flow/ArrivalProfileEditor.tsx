import { useTranslation } from 'react-i18next';
import type { ArrivalBand, Weekday } from '../../bindings';
import { WEEKDAYS } from '../../model/calendar';
import { NumberField } from './fields';

/** Office hours, Monday busiest: what a new profile starts from. */
const WORKING_WEEK: ArrivalBand[] = WEEKDAYS.slice(0, 5).map((day) => ({
  day,
  fromHour: 9,
  toHour: 17,
  weight: day === 'monday' ? 1.5 : 1,
}));

/**
 * The weekly profile of orders: bands of a weekday's hours with a relative weight. Hours no
 * band covers get no orders; the engine scales the weights so the orders per day stay as
 * entered. An empty profile means the same rate at every hour.
 */
export function ArrivalProfileEditor({
  bands,
  onCommit,
}: {
  bands: readonly ArrivalBand[];
  onCommit: (bands: ArrivalBand[]) => void;
}) {
  const { t } = useTranslation();
  const put = (i: number, band: ArrivalBand) => onCommit(bands.map((b, k) => (k === i ? band : b)));
  return (
    <fieldset className="flow-calendar" data-testid="arrival-profile">
      <legend>{t('flow.params.profile')}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={bands.length > 0}
          data-testid="arrival-profile-on"
          onChange={(e) => onCommit(e.target.checked ? WORKING_WEEK : [])}
        />
        {t('flow.params.profileOn')}
      </label>
      {bands.length > 0 && <p className="muted small">{t('flow.params.profileHint')}</p>}
      {bands.map((band, i) => (
        <div key={i} className="flow-field-row" data-testid="arrival-band">
          <select
            className="select select-compact"
            value={band.day}
            aria-label={t('flow.params.profileDay')}
            onChange={(e) => put(i, { ...band, day: e.target.value as Weekday })}
          >
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {t(`flow.days.${day}`)}
              </option>
            ))}
          </select>
          <NumberField
            label={t('flow.params.from')}
            value={band.fromHour}
            min={0}
            max={24}
            onCommit={(fromHour) => put(i, { ...band, fromHour })}
          />
          <NumberField
            label={t('flow.params.to')}
            value={band.toHour}
            min={0}
            max={24}
            onCommit={(toHour) => put(i, { ...band, toHour })}
          />
          <NumberField
            label={t('flow.params.profileWeight')}
            value={band.weight}
            min={0}
            testId={`arrival-band-weight-${i}`}
            onCommit={(weight) => put(i, { ...band, weight })}
          />
          <button type="button" className="btn btn-ghost" onClick={() => onCommit(bands.filter((_, k) => k !== i))}>
            {t('common.delete')}
          </button>
        </div>
      ))}
      {bands.length > 0 && (
        <button
          type="button"
          className="btn btn-ghost"
          data-testid="arrival-band-add"
          onClick={() => onCommit([...bands, { day: 'saturday', fromHour: 9, toHour: 13, weight: 1 }])}
        >
          {t('flow.params.profileAdd')}
        </button>
      )}
    </fieldset>
  );
}
