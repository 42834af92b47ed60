//! The headline of a comparison: the few figures a product manager reads first ("to-be: p90
//! time to activation −64% (20.0 → 7.2 days), contacts −76%, technician visits 4 → 1,
//! abandonment 7.0% → 0.0%"), each with the baseline and scenario values, the absolute and
//! relative change and whether the 95 % interval of the change excludes zero. It is derived
//! from the comparison's own differences, so the app, the CLI and the report show the same
//! statistics; the full table with every interval stays a click away.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::compare::{SegmentComparison, StatDiff};
use crate::duration::TimeUnit;
use crate::number::{fixed, percent, signed_percent};
use crate::reason::{English, Wording, unit_name};
use crate::stats::KpiKind;

/// What a headline figure measures. For all four, less is better for the customer.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum HeadlineMeasure {
    /// Days from order to full activation (the cycle-time KPI).
    TimeToActivation,
    /// Customer contacts per case.
    Contacts,
    /// Technician visits per case.
    TechnicianVisits,
    /// Share of cases abandoned (0–1).
    Abandonment,
}

/// Which statistic of the measure a figure is.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum HeadlineStatistic {
    /// 90th percentile across cases.
    P90,
    Mean,
    /// A share of cases (abandonment).
    Rate,
}

/// One figure of the headline: the scenario against the baseline.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct HeadlineFigure {
    pub measure: HeadlineMeasure,
    pub statistic: HeadlineStatistic,
    /// The figure the one-line headline shows for its measure (the p90, or the rate); the
    /// means are details.
    pub lead: bool,
    /// The value in the baseline (run A).
    pub baseline: f64,
    /// The value in the scenario (run B).
    pub scenario: f64,
    /// scenario − baseline.
    pub change: f64,
    /// change ÷ baseline; absent when the baseline is 0 (no meaningful ratio).
    pub relative_change: Option<f64>,
    /// 95 % interval of `change` (absent with a single replication).
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    /// The interval excludes 0.
    pub significant: bool,
}

/// The measures of the headline, in the order it reads, with the KPI each is computed from
/// (`None`: the abandonment rate).
const MEASURES: [(HeadlineMeasure, Option<KpiKind>); 4] = [
    (HeadlineMeasure::TimeToActivation, Some(KpiKind::CycleDays)),
    (HeadlineMeasure::Contacts, Some(KpiKind::Contacts)),
    (
        HeadlineMeasure::TechnicianVisits,
        Some(KpiKind::TechnicianVisits),
    ),
    (HeadlineMeasure::Abandonment, None),
];

fn figure(
    measure: HeadlineMeasure,
    statistic: HeadlineStatistic,
    lead: bool,
    d: &StatDiff,
) -> HeadlineFigure {
    HeadlineFigure {
        measure,
        statistic,
        lead,
        baseline: d.a,
        scenario: d.b,
        change: d.diff,
        relative_change: (d.a != 0.0).then(|| d.diff / d.a),
        ci_low: d.ci_low,
        ci_high: d.ci_high,
        significant: d.significant,
    }
}

/// The headline of one compared segment (or the overall mix): per measure its p90 (the
/// lead) and mean, then the abandonment rate. A KPI the runs did not measure is left out.
pub fn headline(s: &SegmentComparison) -> Vec<HeadlineFigure> {
    let mut out = Vec::new();
    for (measure, kind) in MEASURES {
        match kind {
            Some(kind) => {
                if let Some(k) = s.kpis.iter().find(|k| k.kind == kind) {
                    out.push(figure(measure, HeadlineStatistic::P90, true, &k.p90));
                    out.push(figure(measure, HeadlineStatistic::Mean, false, &k.mean));
                }
            }
            None => out.push(figure(
                measure,
                HeadlineStatistic::Rate,
                true,
                &s.abandonment_rate,
            )),
        }
    }
    out
}

/// English name of a figure ("p90 time to activation", "mean contacts", "abandonment").
pub fn english_label(f: &HeadlineFigure) -> String {
    let measure = match f.measure {
        HeadlineMeasure::TimeToActivation => "time to activation",
        HeadlineMeasure::Contacts => "contacts",
        HeadlineMeasure::TechnicianVisits => "technician visits",
        HeadlineMeasure::Abandonment => "abandonment",
    };
    match f.statistic {
        HeadlineStatistic::P90 => format!("p90 {measure}"),
        HeadlineStatistic::Mean => format!("mean {measure}"),
        HeadlineStatistic::Rate => measure.to_owned(),
    }
}

/// One figure as a phrase: "`label` −64% (20.0 → 7.2 days)"; a rate as
/// "`label` 7.0% → 0.0%" (a relative change of a small share misleads). A time takes the
/// unit the longer of its two reads best in (a process of minutes read "0.0 → 0.0 days"),
/// named in the words of `w`; times and counts take one decimal, shares one decimal of a
/// percent.
pub fn phrase(f: &HeadlineFigure, label: &str, w: &dyn Wording) -> String {
    if f.statistic == HeadlineStatistic::Rate {
        return format!(
            "{label} {} → {}",
            percent(f.baseline, 1),
            percent(f.scenario, 1)
        );
    }
    let (scale, unit) = if f.measure == HeadlineMeasure::TimeToActivation {
        let unit = TimeUnit::for_days(f.baseline.abs().max(f.scenario.abs()));
        (unit.per_day(), format!(" {}", unit_name(unit, w)))
    } else {
        (1.0, String::new())
    };
    let values = format!(
        "{} → {}{unit}",
        fixed(f.baseline * scale, 1),
        fixed(f.scenario * scale, 1)
    );
    match f.relative_change {
        Some(r) => format!("{label} {} ({values})", signed_percent(r, 0)),
        None => format!("{label} {values}"),
    }
}

/// The headline in English for the command line: the lead figures on one line, the means on
/// the next, then which of them are not significant at 95 %.
pub fn render_headline(scenario: &str, baseline: &str, s: &SegmentComparison) -> String {
    let figures = headline(s);
    let line = |lead: bool| {
        figures
            .iter()
            .filter(|f| f.lead == lead)
            .map(|f| phrase(f, &english_label(f), &English))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let unsure: Vec<String> = figures
        .iter()
        .filter(|f| !f.significant)
        .map(english_label)
        .collect();
    let mut out = format!(
        "{scenario} vs {baseline} ({}): {}\n  {}\n",
        s.name,
        line(true),
        line(false)
    );
    out.push_str(&if unsure.is_empty() {
        "  every change is significant at 95% (intervals below)\n".to_owned()
    } else {
        format!("  not significant at 95%: {}\n", unsure.join(", "))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::KpiDiff;

    fn diff(a: f64, b: f64, ci: Option<(f64, f64)>) -> StatDiff {
        StatDiff {
            a,
            b,
            diff: b - a,
            ci_low: ci.map(|c| c.0),
            ci_high: ci.map(|c| c.1),
            significant: ci.is_some_and(|(l, h)| l > 0.0 || h < 0.0),
        }
    }

    fn kpi(kind: KpiKind, mean: StatDiff, p90: StatDiff) -> KpiDiff {
        KpiDiff {
            kind,
            mean,
            p50: p90.clone(),
            p90: p90.clone(),
            p95: p90.clone(),
            p99: p90,
            histogram_a: vec![],
            histogram_b: vec![],
        }
    }

    fn compared() -> SegmentComparison {
        SegmentComparison {
            segment_id: None,
            name: "All segments".into(),
            headline: vec![],
            kpis: vec![
                kpi(
                    KpiKind::CycleDays,
                    diff(14.0, 6.0, Some((-8.2, -7.8))),
                    diff(21.0, 7.5, Some((-14.0, -13.0))),
                ),
                kpi(
                    KpiKind::Contacts,
                    diff(4.0, 1.0, Some((-3.1, -2.9))),
                    diff(8.0, 2.0, Some((-6.2, -5.8))),
                ),
                // The technician-visit KPI did not change: its interval straddles 0.
                kpi(
                    KpiKind::TechnicianVisits,
                    diff(1.0, 1.0000001, Some((-0.01, 0.01))),
                    diff(4.0, 1.0, None),
                ),
            ],
            abandonment_rate: diff(0.0, 0.0, Some((0.0, 0.0))),
            friction_disappeared: vec![],
            friction_appeared: vec![],
            friction_kept: vec![],
        }
    }

    #[test]
    fn each_measure_gives_its_p90_as_the_lead_and_its_mean_then_the_abandonment_rate() {
        let h = headline(&compared());
        let shape: Vec<_> = h.iter().map(|f| (f.measure, f.statistic, f.lead)).collect();
        use HeadlineMeasure::*;
        use HeadlineStatistic::*;
        assert_eq!(
            shape,
            [
                (TimeToActivation, P90, true),
                (TimeToActivation, Mean, false),
                (Contacts, P90, true),
                (Contacts, Mean, false),
                (TechnicianVisits, P90, true),
                (TechnicianVisits, Mean, false),
                (Abandonment, Rate, true),
            ]
        );
        let time = &h[0];
        assert_eq!(
            (time.baseline, time.scenario, time.change),
            (21.0, 7.5, -13.5)
        );
        assert!((time.relative_change.unwrap() + 0.642_857).abs() < 1e-6);
        assert!(time.significant);
        assert_eq!((time.ci_low, time.ci_high), (Some(-14.0), Some(-13.0)));
        assert!(!h[5].significant, "{:?}", h[5]);
        assert!(!h[4].significant, "a single replication proves nothing");
        assert_eq!(h[6].relative_change, None, "no ratio to a zero baseline");
    }

    #[test]
    fn the_headline_reads_like_the_issue_and_writes_no_minus_zero() {
        let text = render_headline("to-be", "as-is", &compared());
        let first = text.lines().next().unwrap();
        assert_eq!(
            first,
            "to-be vs as-is (All segments): p90 time to activation −64% (21.0 → 7.5 days), \
             p90 contacts −75% (8.0 → 2.0), p90 technician visits −75% (4.0 → 1.0), \
             abandonment 0.0% → 0.0%"
        );
        assert!(
            text.contains("mean technician visits 0% (1.0 → 1.0)"),
            "{text}"
        );
        assert!(
            text.contains(
                "not significant at 95%: p90 technician visits, mean technician visits, abandonment"
            ),
            "{text}"
        );
        assert!(!text.contains("−0%") && !text.contains("-0"), "{text}");
    }

    /// Seen on main: a process of minutes read "0.0 → 0.0 days" in the headline.
    #[test]
    fn a_time_of_minutes_is_written_in_minutes() {
        let mut time = headline(&compared()).remove(0);
        (time.baseline, time.scenario) = (30.0 / 1440.0, 12.0 / 1440.0);
        assert_eq!(
            phrase(&time, "p90 time to activation", &English),
            "p90 time to activation −64% (30.0 → 12.0 minutes)"
        );
    }
}
