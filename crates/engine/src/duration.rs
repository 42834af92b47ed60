//! The unit a duration is written in for people: the largest of days, hours, minutes and
//! seconds in which it is at least 1, so a process measured in minutes does not read
//! "0.00" days. The text tables choose their units here, and only here.

/// A unit of time for writing durations kept in days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeUnit {
    Seconds,
    Minutes,
    Hours,
    Days,
}

impl TimeUnit {
    /// The unit for values up to `largest` days: days from 1 day (and for 0, which reads
    /// the same in any unit), else hours from 1 hour, minutes from 1 minute, else seconds.
    pub fn for_days(largest: f64) -> TimeUnit {
        let x = largest.abs();
        if x == 0.0 || !x.is_finite() || x >= 1.0 {
            TimeUnit::Days
        } else if x >= 1.0 / 24.0 {
            TimeUnit::Hours
        } else if x >= 1.0 / 1440.0 {
            TimeUnit::Minutes
        } else {
            TimeUnit::Seconds
        }
    }

    /// How many of this unit make a day.
    pub fn per_day(self) -> f64 {
        match self {
            TimeUnit::Seconds => 86_400.0,
            TimeUnit::Minutes => 1_440.0,
            TimeUnit::Hours => 24.0,
            TimeUnit::Days => 1.0,
        }
    }

    /// `days` in this unit.
    pub fn of_days(self, days: f64) -> f64 {
        days * self.per_day()
    }

    /// The unit's name in a column or row label ("minutes").
    pub fn name(self) -> &'static str {
        match self {
            TimeUnit::Seconds => "seconds",
            TimeUnit::Minutes => "minutes",
            TimeUnit::Hours => "hours",
            TimeUnit::Days => "days",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unit_follows_the_magnitude() {
        assert_eq!(TimeUnit::for_days(21.0), TimeUnit::Days);
        assert_eq!(TimeUnit::for_days(1.0), TimeUnit::Days);
        assert_eq!(TimeUnit::for_days(0.5), TimeUnit::Hours);
        assert_eq!(TimeUnit::for_days(10.0 / 1440.0), TimeUnit::Minutes);
        assert_eq!(TimeUnit::for_days(20.0 / 86_400.0), TimeUnit::Seconds);
        assert_eq!(TimeUnit::for_days(0.0), TimeUnit::Days);
        assert_eq!(TimeUnit::for_days(f64::NAN), TimeUnit::Days);
        assert!((TimeUnit::Minutes.of_days(10.0 / 1440.0) - 10.0).abs() < 1e-9);
    }
}
