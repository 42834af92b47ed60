//! Weekly working calendars compiled to open intervals in days.
//!
//! Work on a calendar pauses when the pool closes and resumes at the next opening: a
//! task's duration is working time. We chose pausing (not finishing in overtime) because
//! back-office and technician durations are effort estimates, and pausing keeps both the
//! working time and the opening hours honest; the server stays assigned overnight.

use crate::model::WeeklyCalendar;

const WEEK: f64 = 7.0;

/// Open intervals within one week, in days from Monday 00:00, sorted and merged.
#[derive(Debug, Clone)]
pub(crate) struct Calendar {
    open: Vec<(f64, f64)>,
    /// `cum[k]`: open time of the week before interval `k` (`cum[len]`: all of it), so
    /// that open time up to an instant is one search, not a sum over the week. Summed in
    /// the order the sum over the intervals took, so the figures are the same to the bit.
    cum: Vec<f64>,
    week_open: f64,
}

impl Calendar {
    pub(crate) fn new(cal: &WeeklyCalendar) -> Option<Self> {
        let mut open: Vec<(f64, f64)> = Vec::new();
        for (day, intervals) in cal.days().iter().enumerate() {
            for i in intervals.iter() {
                let a = day as f64 + i.from_hour.clamp(0.0, 24.0) / 24.0;
                let b = day as f64 + i.to_hour.clamp(0.0, 24.0) / 24.0;
                if b > a {
                    open.push((a, b));
                }
            }
        }
        open.sort_by(|x, y| x.0.total_cmp(&y.0));
        let mut merged: Vec<(f64, f64)> = Vec::new();
        for (a, b) in open {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        let cum: Vec<f64> = std::iter::once(0.0)
            .chain(merged.iter().scan(0.0, |sum, (a, b)| {
                *sum += b - a;
                Some(*sum)
            }))
            .collect();
        // The last prefix: the week's open time, summed once.
        let week_open = cum[merged.len()];
        if week_open <= 0.0 {
            return None;
        }
        if (week_open - WEEK).abs() < 1e-12 {
            // open 24/7: no calendar needed
            return None;
        }
        Some(Calendar {
            open: merged,
            cum,
            week_open,
        })
    }

    /// The first open instant at or after `t`, and the index of its interval and its week.
    fn locate(&self, t: f64) -> (f64, usize, f64) {
        let week = whole(t / WEEK);
        let base = week * WEEK;
        let r = t - base;
        let k = self.open.partition_point(|&(_, b)| b <= r);
        match self.open.get(k) {
            Some(&(a, _)) => (base + a.max(r), k, base),
            None => (base + WEEK + self.open[0].0, 0, base + WEEK),
        }
    }

    /// The first open instant at or after `t`.
    pub(crate) fn next_open(&self, t: f64) -> f64 {
        if !t.is_finite() {
            return t;
        }
        self.locate(t).0
    }

    /// When `work` days of working time started at `t` are done, pausing while closed.
    /// Whole weeks are skipped at once, so the walk takes about three weeks of intervals
    /// at most, however long the work. At times so large that rounding swallows the
    /// intervals (far beyond the engine's bounds), it stops there instead of looping.
    /// Inlined: it runs once per task on a calendar.
    #[inline(always)]
    pub(crate) fn finish(&self, t: f64, work: f64) -> f64 {
        if !t.is_finite() || !work.is_finite() {
            return f64::INFINITY;
        }
        let (now, k, base) = self.locate(t);
        self.finish_from(now, k, base, work)
    }

    /// When work given a unit at `t` starts (the first open instant) and ends: one
    /// search of the week for both, where `next_open` then `finish` made two.
    #[inline(always)]
    pub(crate) fn start_and_finish(&self, t: f64, work: f64) -> (f64, f64) {
        if !t.is_finite() || !work.is_finite() {
            return (self.next_open(t), f64::INFINITY);
        }
        let (start, k, base) = self.locate(t);
        // What `locate(start)` would give: the same interval, entered at `start` as
        // rounded back from `base` (the figures stay those of `finish(start, work)`).
        let r = start - base;
        let same = whole(start / WEEK) * WEEK == base
            && r < self.open[k].1
            && (k == 0 || self.open[k - 1].1 <= r);
        if !same {
            return (start, self.finish(start, work));
        }
        let now = base + self.open[k].0.max(r);
        (start, self.finish_from(now, k, base, work))
    }

    /// The walk of [`Self::finish`] from open instant `now` in interval `k` of the week
    /// starting at `base`.
    #[inline(always)]
    fn finish_from(&self, mut now: f64, mut k: usize, mut base: f64, work: f64) -> f64 {
        let mut left = work;
        if left > self.week_open {
            let weeks = whole(left / self.week_open) - 1.0;
            if weeks > 0.0 {
                left -= weeks * self.week_open;
                base += weeks * WEEK;
                now += weeks * WEEK;
            }
        }
        // Rounding of huge works cannot leave more than two weeks to walk.
        left = left.min(2.0 * self.week_open);
        let mut steps = 4 * (self.open.len() + 1);
        loop {
            let end = base + self.open[k].1;
            let avail = end - now;
            if left <= avail || steps == 0 {
                return now + left.max(0.0);
            }
            steps -= 1;
            left -= avail.max(0.0);
            k += 1;
            if k == self.open.len() {
                k = 0;
                base += WEEK;
            }
            now = base + self.open[k].0;
        }
    }

    /// Closed time in [`from`, `to`] (night, weekend): what a wait over it owes to the
    /// calendar.
    pub(crate) fn closed_time(&self, from: f64, to: f64) -> f64 {
        (to - from) - (self.open_time_until(to) - self.open_time_until(from))
    }

    /// Open time in [0, t].
    pub(crate) fn open_time_until(&self, t: f64) -> f64 {
        let weeks = whole(t / WEEK);
        let r = t - weeks * WEEK;
        // Intervals before `k` are whole, those after it not begun.
        let k = self.open.partition_point(|&(_, b)| b <= r);
        let partial = match self.open.get(k) {
            Some(&(a, b)) => self.cum[k] + (b.min(r) - a).max(0.0),
            None => self.cum[k],
        };
        weeks * self.week_open + partial
    }
}

/// The first of `times` (days from Monday 00:00, sorted) at or after `t`, in this week or
/// the next; `None` when there are none (a batch released at set times of the week).
pub(crate) fn next_in_week(times: &[f64], t: f64) -> Option<f64> {
    let first = *times.first()?;
    let base = whole(t / WEEK) * WEEK;
    let at = match times.get(times.partition_point(|&w| base + w < t)) {
        Some(&w) => base + w,
        None => base + WEEK + first,
    };
    // Rounding must not put it before `t` (the agenda never goes back).
    Some(at.max(t))
}

/// `x.floor()`, without the call into libm that `floor` is on a baseline x86-64 target
/// (the engine calls it for every task on a calendar: 2% of the sample's instructions).
/// Times are not negative, and below 2^53 truncating is flooring; anything else (huge,
/// negative, not a number) takes `floor`.
#[inline]
fn whole(x: f64) -> f64 {
    if (0.0..9.0e15).contains(&x) {
        x as i64 as f64
    } else {
        x.floor()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_time_of_the_week_is_at_or_after_now_and_wraps_to_next_week() {
        // Mondays and Thursdays at 02:00.
        let times = [2.0 / 24.0, 3.0 + 2.0 / 24.0];
        assert_eq!(next_in_week(&times, 0.0), Some(2.0 / 24.0));
        assert_eq!(next_in_week(&times, 2.0 / 24.0), Some(2.0 / 24.0));
        assert_eq!(next_in_week(&times, 1.0), Some(3.0 + 2.0 / 24.0));
        assert_eq!(next_in_week(&times, 5.0), Some(7.0 + 2.0 / 24.0));
        assert_eq!(next_in_week(&times, 14.5), Some(14.0 + 3.0 + 2.0 / 24.0));
        assert_eq!(next_in_week(&[], 1.0), None);
    }

    #[test]
    fn whole_is_floor_for_every_kind_of_value() {
        for x in [
            0.0,
            -0.0,
            0.3,
            1.0,
            6.999_999_999,
            7.0,
            1e15 + 0.5,
            9.1e15,
            1e300,
            -0.5,
            -3.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            assert_eq!(whole(x), x.floor(), "{x}");
        }
        assert!(whole(f64::NAN).is_nan());
    }

    fn office() -> Calendar {
        Calendar::new(&WeeklyCalendar::office(9.0, 17.0, false)).expect("calendar")
    }

    const H: f64 = 1.0 / 24.0;

    #[test]
    fn opening_hours_and_weekends() {
        let c = office();
        // Monday 08:00 → Monday 09:00; Monday 10:00 stays; Friday 18:00 → Monday 09:00.
        assert!((c.next_open(8.0 * H) - 9.0 * H).abs() < 1e-12);
        assert!((c.next_open(10.0 * H) - 10.0 * H).abs() < 1e-12);
        assert!((c.next_open(4.0 + 18.0 * H) - (7.0 + 9.0 * H)).abs() < 1e-12);
    }

    #[test]
    fn work_pauses_overnight_and_over_weeks() {
        let c = office();
        // 4 h started Monday 15:00: 2 h on Monday, 2 h on Tuesday → Tuesday 11:00.
        let end = c.finish(15.0 * H, 4.0 * H);
        assert!((end - (1.0 + 11.0 * H)).abs() < 1e-12, "{end}");
        // 80 working hours = two full weeks of 40 h from Monday 09:00 → Friday 17:00 of week 2.
        let end = c.finish(9.0 * H, 80.0 * H);
        assert!((end - (11.0 + 17.0 * H)).abs() < 1e-9, "{end}");
        assert!((c.open_time_until(7.0) - 40.0 * H).abs() < 1e-12);
    }

    #[test]
    fn closed_time_is_nights_and_weekends() {
        let c = office();
        // Friday 16:00 → Monday 10:00: 66 h, of which Friday 16–17 and Monday 9–10 are open.
        let closed = c.closed_time(4.0 + 16.0 * H, 7.0 + 10.0 * H);
        assert!((closed - 64.0 * H).abs() < 1e-12, "{closed}");
        // Within opening hours nothing is closed.
        assert!(c.closed_time(9.5 * H, 16.0 * H).abs() < 1e-12);
    }

    #[test]
    fn always_open_needs_no_calendar() {
        let day = vec![crate::model::OpenInterval {
            from_hour: 0.0,
            to_hour: 24.0,
        }];
        let all = WeeklyCalendar {
            monday: day.clone(),
            tuesday: day.clone(),
            wednesday: day.clone(),
            thursday: day.clone(),
            friday: day.clone(),
            saturday: day.clone(),
            sunday: day,
        };
        assert!(Calendar::new(&all).is_none());
    }

    #[test]
    fn an_hour_a_week_far_in_the_future_does_not_loop_for_ever() {
        // The calendar used to lose its intervals to rounding at large times and loop.
        let c = Calendar::new(&WeeklyCalendar {
            monday: vec![crate::model::OpenInterval {
                from_hour: 9.0,
                to_hour: 10.0,
            }],
            ..WeeklyCalendar::default()
        })
        .expect("calendar");
        for t in [0.0, 1e6, 1e12] {
            let end = c.finish(t, 3.0 * H);
            assert!(end >= t && end <= t + 28.0, "{t}: {end}");
            let end = c.finish(t, 3652.5);
            assert!(end.is_finite() && end > t, "{t}: {end}");
        }
        // Where rounding swallows the hour (far beyond the engine's bounds) it still ends.
        for t in [1e15, 1e300] {
            for work in [3.0 * H, 3652.5, 1e300] {
                let end = c.finish(t, work);
                assert!(end >= t, "{t} + {work}: {end}");
            }
        }
        // 10 years of work at an hour a week: 87,660 weeks.
        let end = c.finish(0.0, 3652.5);
        assert!((end / 7.0 - 87_660.0).abs() < 1.0, "{end}");
        // Absurd inputs end at once.
        assert_eq!(c.finish(f64::INFINITY, 1.0), f64::INFINITY);
        assert_eq!(c.finish(0.0, f64::NAN), f64::INFINITY);
        assert_eq!(c.next_open(f64::INFINITY), f64::INFINITY);
    }
}
