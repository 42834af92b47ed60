// The weekly opening hours of a resource pool as a simple editor sees them: per weekday one
// open interval or closed; no calendar at all means open 24/7.
import type { WeeklyCalendar } from './flowTypes';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface DayHours {
  open: boolean;
  from: number;
  to: number;
}

/** A day's hours: the span of its intervals (the editor edits one interval per day). */
export function dayHours(calendar: WeeklyCalendar, day: Weekday): DayHours {
  const intervals = calendar[day] ?? [];
  if (intervals.length === 0) return { open: false, from: 9, to: 17 };
  return {
    open: true,
    from: Math.min(...intervals.map((i) => i.fromHour)),
    to: Math.max(...intervals.map((i) => i.toHour)),
  };
}

export function withDay(calendar: WeeklyCalendar, day: Weekday, hours: DayHours): WeeklyCalendar {
  return { ...calendar, [day]: hours.open ? [{ fromHour: hours.from, toHour: hours.to }] : [] };
}

/** Office hours, the starting point when a 24/7 pool gets a calendar. */
export function officeHours(): WeeklyCalendar {
  const cal: WeeklyCalendar = {};
  for (const day of WEEKDAYS) cal[day] = day === 'saturday' || day === 'sunday' ? [] : [{ fromHour: 8, toHour: 17 }];
  return cal;
}

export function validHours(hours: DayHours): boolean {
  return !hours.open || (hours.from >= 0 && hours.to <= 24 && hours.from < hours.to);
}
