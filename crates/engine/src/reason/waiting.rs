//! The waiting part of a reason, split by cause in plain words ("9.7 days of waiting per
//! customer: 7.2 queued behind other orders, 2.5 over nights and weekends"). The causes are
//! written in the total's unit to one decimal and apportioned so that the figures shown add
//! up to the total shown: rounding each alone can read 4.5 + 4.5 for 8.9.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::{Wording, filled, unit_name};
use crate::duration::TimeUnit;
use crate::stats::{StepStats, WaitingCause};

/// A reason cites at most this many causes of waiting.
const MAX_CITED: usize = 3;

/// Days of waiting per customer with one cause.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CauseDays {
    pub cause: WaitingCause,
    pub days: f64,
}

/// The causes of `days` of waiting per customer before step `s`, largest first (the
/// taxonomy's order on ties), without the causes it never waited for. The step's causes
/// are measured per execution; their shares of its mean waiting applied to `days` give
/// figures per customer that add up to `days`.
pub(super) fn causes_of(s: &StepStats, days: f64) -> Vec<CauseDays> {
    let mut causes: Vec<CauseDays> = s
        .waiting_causes
        .shares()
        .into_iter()
        .filter(|&(_, share)| share > 0.0)
        .map(|(cause, share)| CauseDays {
            cause,
            days: share * days,
        })
        .collect();
    causes.sort_by(|a, b| b.days.total_cmp(&a.days));
    causes
}

/// Tenths as one decimal ("72" → "7.2"; never negative here).
fn decimal(tenths: i64) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The causes a reason cites, in tenths: `total` tenths shared out in proportion to the
/// causes by largest remainder (so they add up to it), those that read as 0.0 left out,
/// largest first, at most [`MAX_CITED`].
fn cited(total: i64, causes: &[CauseDays]) -> Vec<(WaitingCause, i64)> {
    let sum: f64 = causes.iter().map(|c| c.days.max(0.0)).sum();
    if total <= 0 || sum <= 0.0 {
        return Vec::new();
    }
    let exact: Vec<f64> = causes
        .iter()
        .map(|c| c.days.max(0.0) / sum * total as f64)
        .collect();
    let mut shown: Vec<i64> = exact.iter().map(|x| x.floor() as i64).collect();
    let left = total - shown.iter().sum::<i64>();
    let mut by_remainder: Vec<usize> = (0..causes.len()).collect();
    by_remainder
        .sort_by(|&a, &b| (exact[b] - exact[b].floor()).total_cmp(&(exact[a] - exact[a].floor())));
    for &i in by_remainder.iter().take(left.max(0) as usize) {
        shown[i] += 1;
    }
    let mut out: Vec<(WaitingCause, i64)> = causes
        .iter()
        .zip(shown)
        .filter(|&(_, t)| t > 0)
        .map(|(c, t)| (c.cause, t))
        .collect();
    out.sort_by_key(|&(_, tenths)| std::cmp::Reverse(tenths));
    out.truncate(MAX_CITED);
    out
}

/// A cause as the reason names it.
fn phrase(cause: WaitingCause, w: &dyn Wording) -> &str {
    match cause {
        WaitingCause::Contention => w.word("reason.cause.contention", "queued behind other orders"),
        WaitingCause::Unavailability => {
            w.word("reason.cause.unavailability", "over nights and weekends")
        }
        WaitingCause::Batching => w.word("reason.cause.batching", "waiting for a batch to fill"),
        WaitingCause::Prioritisation => w.word(
            "reason.cause.prioritisation",
            "overtaken by higher-priority orders",
        ),
        WaitingCause::Extraneous => w.word("reason.cause.extraneous", "in a modelled wait"),
    }
}

/// `days` of waiting per customer with its `causes` in words of `w`, or `None` when it
/// reads as zero. A wait that is all modelled (a wait node's) is its modelled delay.
pub(super) fn words(days: f64, causes: &[CauseDays], w: &dyn Wording) -> Option<String> {
    let unit = TimeUnit::for_days(days);
    let total = (unit.of_days(days) * 10.0).round() as i64;
    if total <= 0 {
        return None;
    }
    let duration = format!("{} {}", decimal(total), unit_name(unit, w));
    let cited = cited(total, causes);
    let (template, values) = match cited.as_slice() {
        [] => (
            w.word("reason.waiting", "{duration} of waiting per customer"),
            vec![("duration", duration)],
        ),
        [(WaitingCause::Extraneous, _)] => (
            w.word(
                "reason.waitingModelled",
                "{duration} of modelled delay per customer",
            ),
            vec![("duration", duration)],
        ),
        &[(cause, _)] => (
            w.word(
                "reason.waitingFor",
                "{duration} of waiting per customer, {cause}",
            ),
            vec![
                ("duration", duration),
                ("cause", phrase(cause, w).to_owned()),
            ],
        ),
        several => {
            let amount = w.word("reason.causeAmount", "{amount} {cause}");
            let list: Vec<String> = several
                .iter()
                .map(|&(cause, tenths)| {
                    filled(
                        amount,
                        &[
                            ("amount", decimal(tenths)),
                            ("cause", phrase(cause, w).to_owned()),
                        ],
                    )
                })
                .collect();
            (
                w.word(
                    "reason.waitingBy",
                    "{duration} of waiting per customer: {causes}",
                ),
                vec![
                    ("duration", duration),
                    ("causes", list.join(w.word("reason.causeSeparator", ", "))),
                ],
            )
        }
    };
    Some(filled(template, &values))
}

#[cfg(test)]
mod tests {
    use super::super::English;
    use super::*;

    fn causes(list: &[(WaitingCause, f64)]) -> Vec<CauseDays> {
        list.iter()
            .map(|&(cause, days)| CauseDays { cause, days })
            .collect()
    }

    /// The figures a text cites after the total, in tenths.
    fn cited_tenths(text: &str) -> Vec<i64> {
        let (_, list) = text.split_once(": ").expect("a breakdown");
        list.split(", ")
            .map(|part| {
                let figure = part.split(' ').next().unwrap_or_default();
                figure.replace('.', "").parse().expect("a figure")
            })
            .collect()
    }

    #[test]
    fn waiting_all_by_contention_says_so_and_not_weekends() {
        let text = words(9.7, &causes(&[(WaitingCause::Contention, 9.7)]), &English);
        assert_eq!(
            text.as_deref(),
            Some("9.7 days of waiting per customer, queued behind other orders")
        );
        assert!(!text.unwrap_or_default().contains("weekend"));
    }

    #[test]
    fn contention_and_unavailability_are_both_cited_adding_up_to_the_total() {
        let text = words(
            9.7,
            &causes(&[
                (WaitingCause::Contention, 7.24),
                (WaitingCause::Unavailability, 2.46),
            ]),
            &English,
        )
        .unwrap_or_default();
        assert_eq!(
            text,
            "9.7 days of waiting per customer: 7.2 queued behind other orders, \
             2.5 over nights and weekends"
        );
        // Rounded alone these read 4.5 + 4.5 for a total of 8.9.
        let even = causes(&[
            (WaitingCause::Contention, 4.46),
            (WaitingCause::Unavailability, 4.46),
        ]);
        let text = words(8.92, &even, &English).unwrap_or_default();
        assert!(text.starts_with("8.9 days"), "{text}");
        assert_eq!(cited_tenths(&text).iter().sum::<i64>(), 89, "{text}");
        // Small waits are in the total's unit, hours here.
        let text = words(
            0.25,
            &causes(&[
                (WaitingCause::Unavailability, 0.1667),
                (WaitingCause::Contention, 0.0833),
            ]),
            &English,
        );
        assert_eq!(
            text.as_deref(),
            Some(
                "6.0 hours of waiting per customer: 4.0 over nights and weekends, \
                 2.0 queued behind other orders"
            )
        );
    }

    #[test]
    fn a_cause_that_reads_as_zero_is_never_cited_and_at_most_three_are() {
        // 0.02 days is 0.0 in days, the total's unit.
        let text = words(
            9.72,
            &causes(&[
                (WaitingCause::Contention, 9.7),
                (WaitingCause::Unavailability, 0.02),
            ]),
            &English,
        )
        .unwrap_or_default();
        assert_eq!(
            text,
            "9.7 days of waiting per customer, queued behind other orders"
        );
        let four = causes(&[
            (WaitingCause::Extraneous, 4.0),
            (WaitingCause::Contention, 3.0),
            (WaitingCause::Unavailability, 2.0),
            (WaitingCause::Batching, 1.0),
        ]);
        let text = words(10.0, &four, &English).unwrap_or_default();
        assert_eq!(
            text,
            "10.0 days of waiting per customer: 4.0 in a modelled wait, \
             3.0 queued behind other orders, 2.0 over nights and weekends"
        );
        assert_eq!(words(0.0001 / 86_400.0, &four, &English), None);
    }

    #[test]
    fn a_wait_nodes_waiting_is_its_modelled_delay() {
        let text = words(7.2, &causes(&[(WaitingCause::Extraneous, 7.2)]), &English);
        assert_eq!(
            text.as_deref(),
            Some("7.2 days of modelled delay per customer")
        );
        // Without causes (a run saved before they were measured) it is plain waiting.
        assert_eq!(
            words(7.2, &[], &English).as_deref(),
            Some("7.2 days of waiting per customer")
        );
    }
}
