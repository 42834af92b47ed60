//! Simulation results as CSV: one row per segment (and the overall mix) per KPI, then one
//! row per step with its friction. Rows go through the engine's one CSV writer
//! ([`touchmap_engine::csv`], also used by the event log): text that a spreadsheet would
//! evaluate is neutralised whatever the reader's separator, and the numbers stay numbers.

use touchmap_engine::RunResult;
use touchmap_engine::csv::{Cell, push_row};

const HEADER: [&str; 10] = [
    "section",
    "segment",
    "kpi_or_step",
    "mean",
    "p50",
    "p90",
    "p90_ci_low",
    "p90_ci_high",
    "friction_score",
    "friction_rank",
];

/// The KPI table and the per-step table of `result`, one after the other.
pub fn results_csv(result: &RunResult) -> String {
    let mut out = String::new();
    push_row(&mut out, &HEADER.map(Cell::Text));
    let ci = |v: Option<f64>| v.map_or(Cell::Empty, |v| Cell::Number(v, 4));
    for group in std::iter::once(&result.overall).chain(&result.segments) {
        for k in &group.kpis {
            let kind = format!("{:?}", k.kind);
            push_row(
                &mut out,
                &[
                    Cell::Text("kpi"),
                    Cell::Text(&group.name),
                    Cell::Text(&kind),
                    Cell::Number(k.mean.value, 4),
                    Cell::Number(k.p50.value, 4),
                    Cell::Number(k.p90.value, 4),
                    ci(k.p90.ci_low),
                    ci(k.p90.ci_high),
                    Cell::Empty,
                    Cell::Empty,
                ],
            );
        }
        for f in &group.friction {
            push_row(
                &mut out,
                &[
                    Cell::Text("step"),
                    Cell::Text(&group.name),
                    Cell::Text(&f.name),
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Number(f.score, 2),
                    Cell::Integer(u64::from(f.rank)),
                ],
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::sync::atomic::AtomicBool;

    use touchmap_engine::RunConfig;
    use touchmap_engine::sample::{AS_IS, triple_play};

    fn result_with_names(segment: &str, step: &str) -> RunResult {
        let model = triple_play();
        let mut config = RunConfig::new(&model);
        config.scenario = Some(AS_IS);
        config.cases = 200;
        let mut result =
            touchmap_engine::run(&config, &|_, _| {}, &AtomicBool::new(false), None).expect("run");
        result.segments[0].name = segment.into();
        result.segments[0].friction[0].name = step.into();
        result
    }

    /// Cells of one line split as a reader with `separator` would (quotes respected).
    fn cells(line: &str, separator: char) -> Vec<String> {
        let (mut out, mut cur, mut quoted) = (Vec::new(), String::new(), false);
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' if quoted && chars.peek() == Some(&'"') => {
                    chars.next();
                    cur.push('"');
                }
                '"' => quoted = !quoted,
                c if c == separator && !quoted => out.push(std::mem::take(&mut cur)),
                c => cur.push(c),
            }
        }
        out.push(cur);
        out
    }

    #[test]
    fn results_csv_formula_after_a_semicolon_is_neutralised_for_every_separator() {
        for (segment, step, want) in [
            (
                "a;=1+1",
                "=HYPERLINK(\"http://x\")",
                ["\"a;=1+1\"", "\"'=HYPERLINK(\"\"http://x\"\")\""],
            ),
            ("@SUM(A1)", "-1+2", ["'@SUM(A1)", "'-1+2"]),
            ("x\t=1", "+cmd", ["\"x\t=1\"", "'+cmd"]),
        ] {
            let table = results_csv(&result_with_names(segment, step));
            for w in want {
                assert!(table.contains(w), "{w} missing from\n{table}");
            }
            for separator in [',', ';', '\t'] {
                for line in table.lines() {
                    for c in cells(line, separator) {
                        let formula = c.starts_with(['=', '+', '@', '\t', '\r'])
                            || (c.starts_with('-') && c.parse::<f64>().is_err());
                        assert!(
                            !formula,
                            "cell {c:?} of {line:?} would be a formula with {separator:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn results_csv_negative_numbers_stay_numbers() {
        let mut result = result_with_names("Young digital", "Order capture");
        result.overall.kpis[0].mean.value = -1.5;
        result.overall.kpis[0].p90.ci_low = Some(-0.25);
        let table = results_csv(&result);
        let line = table
            .lines()
            .find(|l| l.starts_with("kpi,All segments,CycleDays,"))
            .expect("the overall cycle-time row");
        let cells = cells(line, ',');
        assert_eq!(cells[3], "-1.5000");
        assert_eq!(cells[6], "-0.2500");
    }
}
