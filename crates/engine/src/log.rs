//! Optional full event log, written while the simulation runs: CSV and XES (IEEE 1849).
//!
//! Nothing is kept in memory for the CSV log. The XES log groups events by case (traces),
//! so it holds the events of the cases still in progress and writes a trace as soon as its
//! case finishes: memory follows the number of open cases, not the length of the run.
//! Timestamps count from Monday 2026-01-05 00:00 UTC (simulation time 0).
//!
//! Every case has its arrival ("Order placed"), each task's enable (the token reached it),
//! start and complete, each wait's start and complete, and its end: "Activated",
//! "Abandoned" or "Exceeded the engine's bounds". The cycle time of a case is the time from
//! its arrival to its activation, as the engine measures it.
//!
//! Both logs can be written in parts ([`EventSink::part`]): each replication formats its
//! events in memory on its own thread, and the parts are appended in replication order,
//! so a logged run is as parallel as an unlogged one and its log is byte for byte the one
//! the replications would write one after the other.

use std::collections::HashMap;
use std::io::{self, Write};

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};

use crate::csv::{Cell, push_row, row};

/// The lifecycle transition of a logged event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifecycle {
    /// The token reached the task: from here it waits for its pool (XES `schedule`).
    Enable,
    Start,
    Complete,
    /// The customer abandoned.
    Abort,
}

impl Lifecycle {
    fn csv(self) -> &'static str {
        match self {
            Lifecycle::Enable => "enable",
            Lifecycle::Start => "start",
            Lifecycle::Complete => "complete",
            Lifecycle::Abort => "abort",
        }
    }

    fn xes(self) -> &'static str {
        match self {
            Lifecycle::Enable => "schedule",
            Lifecycle::Start => "start",
            Lifecycle::Complete => "complete",
            Lifecycle::Abort => "ate_abort",
        }
    }
}

/// One event of the log. `time` is in days since simulation time 0.
#[derive(Debug, Clone, Copy)]
pub struct LogEvent<'a> {
    /// Case number, unique within a run.
    pub case: u64,
    pub activity: &'a str,
    pub activity_id: &'a str,
    pub lifecycle: Lifecycle,
    pub time: f64,
    pub resource: Option<&'a str>,
    pub segment: &'a str,
}

/// Receives the event log while the simulation runs.
pub trait EventSink {
    /// One event.
    fn record(&mut self, event: &LogEvent<'_>) -> io::Result<()>;
    /// The case has finished (activated or abandoned): no more events for it.
    fn case_finished(&mut self, _case: u64) -> io::Result<()> {
        Ok(())
    }
    /// The run is over; flush and close.
    fn finish(&mut self) -> io::Result<()>;
    /// An empty part of this log for one replication, written on a worker thread and
    /// appended with [`EventSink::append`] in replication order. `None` (the default): the
    /// sink takes one stream of events, and the replications run one after the other.
    fn part(&self) -> Option<Box<dyn LogPart>> {
        None
    }
    /// Appends a finished part made by [`EventSink::part`].
    fn append(&mut self, _part: Vec<u8>) -> io::Result<()> {
        Err(io::Error::new(
            io::ErrorKind::Unsupported,
            "this event log is not written in parts",
        ))
    }
}

/// One replication's share of a log, formatted in memory.
pub trait LogPart: EventSink + Send {
    /// The part's bytes, to append to the log it came from.
    fn into_bytes(self: Box<Self>) -> io::Result<Vec<u8>>;
}

/// Names and ids of the events that are not a task's or a wait's.
pub mod activity {
    /// The order arrives: the case starts.
    pub const ARRIVAL: (&str, &str) = ("Order placed", "arrival");
    /// Every service works: the case ends activated.
    pub const ACTIVATED: (&str, &str) = ("Activated", "activated");
    pub const ABANDONED: (&str, &str) = ("Abandoned", "abandoned");
    pub const EXCEEDED: (&str, &str) = ("Exceeded the engine's bounds", "exceeded");
}

/// Opens an event log for `path`: XES when it ends in `.xes`, CSV otherwise. Call
/// [`EventSink::finish`] (done by [`crate::run`]) to flush it.
pub fn sink_for_path(path: &std::path::Path) -> io::Result<Box<dyn EventSink>> {
    let file = io::BufWriter::new(std::fs::File::create(path)?);
    let xes = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xes"));
    Ok(if xes {
        Box::new(XesLog::new(file))
    } else {
        Box::new(CsvLog::new(file))
    })
}

/// ISO-8601 UTC timestamp of simulation time `days` (time 0 = 2026-01-05T00:00:00Z, a Monday).
pub fn timestamp(days: f64) -> String {
    let ms_total = (days.max(0.0) * 86_400_000.0).round() as i64;
    let day = ms_total.div_euclid(86_400_000);
    let ms = ms_total.rem_euclid(86_400_000);
    // 2026-01-05 is day 20458 since 1970-01-01.
    let (y, m, d) = civil_from_days(20_458 + day);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000
    )
}

/// Days since 1970-01-01 → (year, month, day) (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// CSV event log: `case,activity,lifecycle,timestamp,resource,segment`, one row per event,
/// in simulation order. Rows go through the one CSV writer ([`crate::csv`]): activity,
/// resource and segment names that a spreadsheet would evaluate are neutralised.
#[derive(Debug)]
pub struct CsvLog<W: Write> {
    out: W,
    header: bool,
    line: String,
}

const CSV_HEADER: [Cell<'static>; 6] = [
    Cell::Text("case"),
    Cell::Text("activity"),
    Cell::Text("lifecycle"),
    Cell::Text("timestamp"),
    Cell::Text("resource"),
    Cell::Text("segment"),
];

impl<W: Write> CsvLog<W> {
    pub fn new(out: W) -> Self {
        CsvLog {
            out,
            header: false,
            line: String::new(),
        }
    }

    /// The writer back.
    pub fn into_inner(self) -> W {
        self.out
    }

    fn header(&mut self) -> io::Result<()> {
        if !self.header {
            self.header = true;
            self.out.write_all(row(&CSV_HEADER).as_bytes())?;
        }
        Ok(())
    }
}

impl<W: Write> EventSink for CsvLog<W> {
    fn record(&mut self, e: &LogEvent<'_>) -> io::Result<()> {
        self.header()?;
        let time = timestamp(e.time);
        self.line.clear();
        push_row(
            &mut self.line,
            &[
                Cell::Integer(e.case),
                Cell::Text(e.activity),
                Cell::Text(e.lifecycle.csv()),
                Cell::Text(&time),
                e.resource.map_or(Cell::Empty, Cell::Text),
                Cell::Text(e.segment),
            ],
        );
        self.out.write_all(self.line.as_bytes())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.header()?;
        self.out.flush()
    }

    fn part(&self) -> Option<Box<dyn LogPart>> {
        Some(Box::new(CsvLog {
            out: Vec::new(),
            // The header is the whole log's, not the part's.
            header: true,
            line: String::new(),
        }))
    }

    fn append(&mut self, part: Vec<u8>) -> io::Result<()> {
        self.header()?;
        self.out.write_all(&part)
    }
}

impl LogPart for CsvLog<Vec<u8>> {
    fn into_bytes(self: Box<Self>) -> io::Result<Vec<u8>> {
        Ok(self.out)
    }
}

#[derive(Debug)]
struct Buffered {
    activity: String,
    lifecycle: Lifecycle,
    time: f64,
    resource: Option<String>,
}

/// XES (IEEE 1849-2016) event log, one trace per case, written when the case finishes.
pub struct XesLog<W: Write> {
    xml: Writer<W>,
    open: HashMap<u64, (String, Vec<Buffered>)>,
    started: bool,
}

impl<W: Write> std::fmt::Debug for XesLog<W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("XesLog")
            .field("open_cases", &self.open.len())
            .finish()
    }
}

impl<W: Write> XesLog<W> {
    pub fn new(out: W) -> Self {
        XesLog {
            xml: Writer::new_with_indent(out, b' ', 1),
            open: HashMap::new(),
            started: false,
        }
    }

    /// The writer back.
    pub fn into_inner(self) -> W {
        self.xml.into_inner()
    }

    fn begin(&mut self) -> io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        let x = &mut self.xml;
        x.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        let mut log = BytesStart::new("log");
        log.push_attribute(("xes.version", "1849.2016"));
        log.push_attribute(("xes.features", ""));
        log.push_attribute(("xmlns", "http://www.xes-standard.org/"));
        x.write_event(Event::Start(log))?;
        for (name, prefix) in [
            ("Concept", "concept"),
            ("Time", "time"),
            ("Lifecycle", "lifecycle"),
            ("Organizational", "org"),
        ] {
            let uri = format!("http://www.xes-standard.org/{prefix}.xesext");
            x.create_element("extension")
                .with_attribute(("name", name))
                .with_attribute(("prefix", prefix))
                .with_attribute(("uri", uri.as_str()))
                .write_empty()?;
        }
        x.create_element("global")
            .with_attribute(("scope", "trace"))
            .write_inner_content(|w| {
                attr(w, "string", "concept:name", "__INVALID__")?;
                Ok(())
            })?;
        x.create_element("global")
            .with_attribute(("scope", "event"))
            .write_inner_content(|w| {
                attr(w, "string", "concept:name", "__INVALID__")?;
                attr(w, "string", "lifecycle:transition", "complete")?;
                attr(w, "date", "time:timestamp", "1970-01-01T00:00:00.000Z")?;
                Ok(())
            })?;
        x.create_element("classifier")
            .with_attribute(("name", "Activity"))
            .with_attribute(("keys", "concept:name"))
            .write_empty()?;
        Ok(())
    }
}

fn attr<W: Write>(w: &mut Writer<W>, kind: &str, key: &str, value: &str) -> io::Result<()> {
    w.create_element(kind)
        .with_attribute(("key", key))
        .with_attribute(("value", value))
        .write_empty()?;
    Ok(())
}

impl<W: Write> EventSink for XesLog<W> {
    fn record(&mut self, e: &LogEvent<'_>) -> io::Result<()> {
        self.begin()?;
        let entry = self
            .open
            .entry(e.case)
            .or_insert_with(|| (e.segment.to_owned(), Vec::new()));
        entry.1.push(Buffered {
            activity: e.activity.to_owned(),
            lifecycle: e.lifecycle,
            time: e.time,
            resource: e.resource.map(str::to_owned),
        });
        Ok(())
    }

    fn case_finished(&mut self, case: u64) -> io::Result<()> {
        self.begin()?;
        let Some((segment, mut events)) = self.open.remove(&case) else {
            return Ok(());
        };
        events.sort_by(|a, b| a.time.total_cmp(&b.time));
        self.xml.create_element("trace").write_inner_content(|w| {
            attr(w, "string", "concept:name", &format!("case-{case}"))?;
            attr(w, "string", "segment", &segment)?;
            for ev in &events {
                w.create_element("event").write_inner_content(|w| {
                    attr(w, "string", "concept:name", &ev.activity)?;
                    attr(w, "string", "lifecycle:transition", ev.lifecycle.xes())?;
                    attr(w, "date", "time:timestamp", &timestamp(ev.time))?;
                    if let Some(r) = &ev.resource {
                        attr(w, "string", "org:resource", r)?;
                    }
                    Ok(())
                })?;
            }
            Ok(())
        })?;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.begin()?;
        self.close_open_traces()?;
        self.xml.write_event(Event::End(BytesEnd::new("log")))?;
        self.xml.get_mut().flush()
    }

    fn part(&self) -> Option<Box<dyn LogPart>> {
        // The writer indents by nesting: it opens a `log` element as the whole log does,
        // then drops those bytes, so the traces of the part are indented as in the log.
        let mut xml = Writer::new_with_indent(Vec::new(), b' ', 1);
        xml.write_event(Event::Start(BytesStart::new("log"))).ok()?;
        xml.get_mut().clear();
        Some(Box::new(XesLog {
            xml,
            open: HashMap::new(),
            started: true,
        }))
    }

    fn append(&mut self, part: Vec<u8>) -> io::Result<()> {
        self.begin()?;
        self.xml.get_mut().write_all(&part)
    }
}

impl<W: Write> XesLog<W> {
    /// Writes the traces of cases still open, by case number.
    fn close_open_traces(&mut self) -> io::Result<()> {
        let mut rest: Vec<u64> = self.open.keys().copied().collect();
        rest.sort_unstable();
        for case in rest {
            self.case_finished(case)?;
        }
        Ok(())
    }
}

impl LogPart for XesLog<Vec<u8>> {
    fn into_bytes(mut self: Box<Self>) -> io::Result<Vec<u8>> {
        self.close_open_traces()?;
        Ok(self.xml.into_inner())
    }
}
