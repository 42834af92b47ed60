import { useTranslation } from 'react-i18next';
import { dayHours, officeHours, validHours, WEEKDAYS, withDay, type DayHours } from '../../model/calendar';
import type { WeeklyCalendar } from '../../model/flowTypes';
import { NumberField } from './fields';

/** Opening hours of a pool: 24/7, or per weekday one open interval or closed. */
export function CalendarEditor({
  calendar,
  onCommit,
  testPrefix,
}: {
  calendar: WeeklyCalendar | null | undefined;
  onCommit: (calendar: WeeklyCalendar | null) => void;
  testPrefix: string;
}) {
  const { t } = useTranslation();
  const setDay = (day: (typeof WEEKDAYS)[number], hours: DayHours) => {
    if (calendar && validHours(hours)) onCommit(withDay(calendar, day, hours));
  };
  return (
    <fieldset className="flow-calendar">
      <legend>{t('flow.params.calendar')}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={!calendar}
          data-testid={`${testPrefix}-always`}
          onChange={(e) => onCommit(e.target.checked ? null : officeHours())}
        />
        {t('flow.params.always')}
      </label>
      {calendar && (
        <table className="flow-calendar-days">
          <tbody>
            {WEEKDAYS.map((day) => {
              const hours = dayHours(calendar, day);
              return (
                <tr key={day}>
                  <th scope="row">
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={hours.open}
                        aria-label={t('flow.params.openOn', { day: t(`flow.days.${day}`) })}
                        onChange={(e) => setDay(day, { ...hours, open: e.target.checked })}
                      />
                      {t(`flow.days.${day}`)}
                    </label>
                  </th>
                  {hours.open ? (
                    <>
                      <td>
                        <NumberField
                          label={t('flow.params.from')}
                          value={hours.from}
                          min={0}
                          max={hours.to - 0.5}
                          onCommit={(from) => setDay(day, { ...hours, from })}
                        />
                      </td>
                      <td>
                        <NumberField
                          label={t('flow.params.to')}
                          value={hours.to}
                          min={hours.from + 0.5}
                          max={24}
                          onCommit={(to) => setDay(day, { ...hours, to })}
                        />
                      </td>
                    </>
                  ) : (
                    <td colSpan={2} className="muted small">
                      {t('flow.params.closed')}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
