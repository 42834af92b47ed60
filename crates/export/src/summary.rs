//! The first two pages of the report: a cover (who it is for, which bundle, scenarios and
//! segments, when, in which language) and an executive summary (the comparison's headline,
//! the cost per case when the model has prices, the five worst friction steps with their
//! reason, and what to change), so a client reads the conclusion before the detail.
//! Paragraphs wrap; nothing is cut with "…".

use touchmap_engine::compare::{Comparison, FrictionRef};
use touchmap_engine::headline::{HeadlineFigure, HeadlineMeasure, HeadlineStatistic, phrase};
use touchmap_engine::number::{fixed, signed, signed_percent};
use touchmap_engine::reason::reason_text;
use touchmap_engine::stats::{GroupResult, KpiKind};

use crate::report::{Page, ReportInput};
use crate::svg::Canvas;
use crate::{Labels, Language};

/// What the cover says that the workspace and results do not: given by the caller.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cover<'a> {
    /// The client's or the workspace's name.
    pub client: &'a str,
    /// The day of the report (e.g. 2026-11-28), from the caller so a report is reproducible.
    pub date: &'a str,
    /// The language of the fixed words.
    pub language: Language,
}

const WIDTH: f64 = 900.0;
/// Characters per line of body text at 13 px across the page's width.
const BODY_CHARS: usize = 120;
/// More lines than any sentence needs: paragraphs wrap rather than being cut.
const ALL_LINES: usize = 40;

/// Writes `text` wrapped from `y` and returns the y below it.
fn paragraph(c: &mut Canvas, x: f64, y: f64, size: f64, chars: usize, text: &str) -> f64 {
    let lines = crate::svg::wrap(text, chars, ALL_LINES).len().max(1);
    c.paragraph(x, y, size, chars, ALL_LINES, text);
    y + lines as f64 * size * 1.25
}

fn scenarios(input: &ReportInput) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let named = input
        .result
        .and_then(|r| r.scenario.as_deref())
        .map(|s| crate::report::scenario_name(input.document, s).to_owned())
        .into_iter()
        .chain(
            input
                .comparison
                .into_iter()
                .flat_map(|c| [c.a.label.clone(), c.b.label.clone()]),
        );
    for name in named {
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// The cover: title, then one line per fact.
pub fn cover_page(input: &ReportInput) -> Page {
    let l = input.labels;
    let mut c = Canvas::new();
    let title = l.word("cover.title", "Customer journey and activation report");
    c.rect(0.0, 0.0, WIDTH, 8.0, "#3b5bdb", "none");
    let mut y = paragraph(&mut c, 48.0, 90.0, 30.0, 48, title) + 10.0;
    y = paragraph(&mut c, 48.0, y, 20.0, 70, input.cover.client) + 30.0;
    let segments: Vec<&str> = input
        .document
        .segments
        .iter()
        .filter(|s| input.segments.is_empty() || input.segments.contains(&s.id))
        .map(|s| s.name.as_str())
        .collect();
    let bundle = input.result.map(|r| r.model_name.as_str()).unwrap_or("–");
    let facts = [
        (l.word("cover.bundle", "Bundle"), bundle.to_owned()),
        (
            l.word("cover.scenarios", "Scenarios"),
            scenarios(input).join(", "),
        ),
        (l.word("cover.segments", "Segments"), segments.join(", ")),
        (l.word("cover.date", "Date"), input.cover.date.to_owned()),
        (
            l.word("cover.language", "Language"),
            // The catalog in force names its own language; words without one name English,
            // and any other language by its code.
            l.word(
                "cover.languageName",
                match input.cover.language {
                    Language::En => "English",
                    other => other.code(),
                },
            )
            .to_owned(),
        ),
    ];
    for (label, value) in facts {
        c.text(48.0, y, 13.0, true, "start", label);
        let value = if value.is_empty() {
            "–".into()
        } else {
            value
        };
        y = paragraph(&mut c, 190.0, y, 13.0, 100, &value) + 10.0;
    }
    Page::fitted(title.to_owned(), c.finish(WIDTH, y + 40.0))
}

fn figure_label(l: &Labels, f: &HeadlineFigure) -> String {
    let (key, english) = match (f.measure, f.statistic) {
        (HeadlineMeasure::TimeToActivation, HeadlineStatistic::Mean) => {
            ("headline.timeMean", "mean time to activation")
        }
        (HeadlineMeasure::TimeToActivation, _) => ("headline.timeP90", "p90 time to activation"),
        (HeadlineMeasure::Contacts, HeadlineStatistic::Mean) => {
            ("headline.contactsMean", "mean contacts")
        }
        (HeadlineMeasure::Contacts, _) => ("headline.contactsP90", "p90 contacts"),
        (HeadlineMeasure::TechnicianVisits, HeadlineStatistic::Mean) => {
            ("headline.visitsMean", "mean technician visits")
        }
        (HeadlineMeasure::TechnicianVisits, _) => ("headline.visitsP90", "p90 technician visits"),
        (HeadlineMeasure::Abandonment, _) => ("headline.abandonment", "abandonment"),
    };
    l.word(key, english).to_owned()
}

/// The headline figures of the overall mix, one line each (the leads, then the means), a
/// figure whose interval includes zero marked as not significant.
fn headline_lines(comparison: &Comparison, l: &Labels) -> Vec<String> {
    let Some(overall) = comparison.segments.first() else {
        return Vec::new();
    };
    let unsure = l.word("headline.notSignificant", "not significant at 95%");
    let mut figures: Vec<&HeadlineFigure> = overall.headline.iter().filter(|f| f.lead).collect();
    figures.extend(overall.headline.iter().filter(|f| !f.lead));
    figures
        .into_iter()
        .map(|f| {
            let text = phrase(f, &figure_label(l, f), l);
            if f.significant {
                text
            } else {
                format!("{text} ({unsure})")
            }
        })
        .collect()
}

/// The mean cost per case of the overall mix, one line per scenario shown (the result's,
/// then the comparison's two) and the comparison's difference; none when the runs have no
/// prices (no cost KPI). Money takes two decimals, in the model's unnamed currency.
fn cost_lines(input: &ReportInput) -> Vec<String> {
    let l = input.labels;
    let compared = input.comparison.and_then(|c| {
        let cost = c
            .segments
            .first()?
            .kpis
            .iter()
            .find(|k| k.kind == KpiKind::Cost)?;
        Some((c, &cost.mean))
    });
    let mut out = Vec::new();
    if let Some(r) = input.result
        && let Some(cost) = r.overall.kpi(KpiKind::Cost)
    {
        let name = crate::report::run_scenario(r, input.document, l);
        // The comparison's own figures stand for a scenario it also ran.
        if compared.is_none_or(|(c, _)| c.a.label != name && c.b.label != name) {
            out.push(format!("{name}: {}", fixed(cost.mean.value, 2)));
        }
    }
    if let Some((c, d)) = compared {
        out.push(format!("{}: {}", c.a.label, fixed(d.a, 2)));
        out.push(format!("{}: {}", c.b.label, fixed(d.b, 2)));
        let relative = if d.a == 0.0 {
            String::new()
        } else {
            format!(" ({})", signed_percent(d.diff / d.a, 0))
        };
        let change = format!(
            "{} {} {}: {}{relative}",
            c.b.label,
            l.word("summary.versus", "vs"),
            c.a.label,
            signed(d.diff, 2)
        );
        out.push(if d.significant {
            change
        } else {
            format!(
                "{change} ({})",
                l.word("headline.notSignificant", "not significant at 95%")
            )
        });
    }
    out
}

fn names(list: &[FrictionRef]) -> String {
    list.iter()
        .map(|f| f.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// What to change: with a comparison, adopt the scenario for what it removes and watch what
/// it brings; without, start with the worst steps.
fn recommendations(input: &ReportInput, overall: Option<&GroupResult>) -> Vec<String> {
    let l = input.labels;
    let mut out = Vec::new();
    if let Some(c) = input.comparison
        && let Some(s) = c.segments.first()
    {
        if !s.friction_disappeared.is_empty() {
            out.push(format!(
                "{} {}: {} {}",
                l.word("summary.adopt", "Adopt"),
                c.b.label,
                l.word(
                    "summary.removes",
                    "it takes these steps out of the top friction:"
                ),
                names(&s.friction_disappeared)
            ));
        }
        if !s.friction_appeared.is_empty() {
            out.push(format!(
                "{} {}",
                l.word("summary.watch", "Watch the friction it brings instead:"),
                names(&s.friction_appeared)
            ));
        }
    }
    if out.is_empty()
        && let Some(g) = overall
    {
        let worst: Vec<&str> = g.friction.iter().take(3).map(|f| f.name.as_str()).collect();
        if !worst.is_empty() {
            out.push(format!(
                "{} {}",
                l.word(
                    "summary.startWith",
                    "Start with the steps at the top of the friction ranking:"
                ),
                worst.join(", ")
            ));
        }
    }
    out
}

/// The executive summary, or `None` when there is nothing simulated to summarise.
pub fn summary_page(input: &ReportInput) -> Option<Page> {
    let overall = input.result.map(|r| &r.overall);
    if overall.is_none() && input.comparison.is_none() {
        return None;
    }
    let l = input.labels;
    let mut c = Canvas::new();
    let title = l.word("summary.title", "Executive summary");
    let mut y = paragraph(&mut c, 32.0, 40.0, 22.0, 60, title) + 12.0;
    let section = |c: &mut Canvas, y: f64, heading: &str, lines: &[String]| -> f64 {
        let mut y = paragraph(c, 32.0, y, 15.0, 90, heading) + 4.0;
        for line in lines {
            c.circle(40.0, y - 4.5, 2.5, "#3b5bdb", "none");
            y = paragraph(c, 52.0, y, 13.0, BODY_CHARS, line) + 6.0;
        }
        y + 14.0
    };
    if let Some(comparison) = input.comparison {
        let heading = format!(
            "{}: {} {} {}",
            l.word("summary.headline", "Headline"),
            comparison.b.label,
            l.word("summary.versus", "vs"),
            comparison.a.label
        );
        y = section(&mut c, y, &heading, &headline_lines(comparison, l));
    }
    let costs = cost_lines(input);
    if !costs.is_empty() {
        y = section(&mut c, y, l.word("kpi.cost", "Cost per case"), &costs);
    }
    if let Some(g) = overall {
        let top: Vec<String> = g
            .friction
            .iter()
            .take(5)
            .map(|f| {
                format!(
                    "{}. {} ({}): {}",
                    f.rank,
                    f.name,
                    fixed(f.score, 0),
                    reason_text(&f.reason_parts, l)
                )
            })
            .collect();
        let heading = l.word(
            "summary.friction",
            "The five steps customers struggle with most (friction score 0–100; 100 = worst on every component)",
        );
        y = section(&mut c, y, heading, &top);
    }
    let changes = recommendations(input, overall);
    if !changes.is_empty() {
        let heading = l.word("summary.changes", "Recommended changes");
        y = section(&mut c, y, heading, &changes);
    }
    Some(Page::fitted(title.to_owned(), c.finish(WIDTH, y + 16.0)))
}
