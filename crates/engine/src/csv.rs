//! The one CSV writer: the event log ([`crate::log::CsvLog`]) and the results table of the
//! exports (`touchmap_export::csv`) write every row through [`push_row`].
//!
//! Text is made safe for spreadsheets whatever separator the reader picks (comma,
//! semicolon or tab): a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
//! gets a leading apostrophe, so it is not evaluated as a formula, and a cell holding a
//! comma, semicolon, quote, tab or line break is quoted (quotes doubled). Numbers we
//! compute are written as numbers, so a negative one stays `-1.5`.

use std::borrow::Cow;
use std::fmt::Write;

/// One cell of a row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    /// Text, from the user or from us: neutralised and quoted as needed ([`cell`]).
    Text(&'a str),
    /// A number we computed, with this many decimals; empty when not finite.
    Number(f64, usize),
    /// A count or an id number.
    Integer(u64),
    /// An empty cell.
    Empty,
}

/// Text as a CSV cell: a leading `=`, `+`, `-`, `@`, tab or carriage return gets an
/// apostrophe in front, and the cell is quoted when it holds a comma, semicolon, quote,
/// tab, carriage return or line feed.
pub fn cell(text: &str) -> Cow<'_, str> {
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = text.contains([',', ';', '"', '\t', '\r', '\n']);
    match (formula, quote) {
        (false, false) => Cow::Borrowed(text),
        (true, false) => Cow::Owned(format!("'{text}")),
        (formula, true) => {
            let mut out = String::with_capacity(text.len() + 4);
            out.push('"');
            if formula {
                out.push('\'');
            }
            for c in text.chars() {
                if c == '"' {
                    out.push('"');
                }
                out.push(c);
            }
            out.push('"');
            Cow::Owned(out)
        }
    }
}

/// Appends one row (cells separated by commas, then a line feed) to `out`.
pub fn push_row(out: &mut String, cells: &[Cell<'_>]) {
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match *c {
            Cell::Text(text) => out.push_str(&cell(text)),
            Cell::Number(v, decimals) if v.is_finite() => {
                let _ = write!(out, "{v:.decimals$}");
            }
            Cell::Number(..) | Cell::Empty => {}
            Cell::Integer(n) => {
                let _ = write!(out, "{n}");
            }
        }
    }
    out.push('\n');
}

/// One row as a string (see [`push_row`]).
pub fn row(cells: &[Cell<'_>]) -> String {
    let mut out = String::new();
    push_row(&mut out, cells);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised_whatever_the_separator() {
        assert_eq!(cell("a;=1+1"), "\"a;=1+1\"");
        assert_eq!(
            cell("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("-1+2"), "'-1+2");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("\t=1"), "\"'\t=1\"");
        assert_eq!(cell("\r=1"), "\"'\r=1\"");
        assert_eq!(cell("a\tb"), "\"a\tb\"");
        assert_eq!(cell("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(cell("Order, capture"), "\"Order, capture\"");
        assert_eq!(cell("宽带安装"), "宽带安装");
        assert!(matches!(cell("plain"), Cow::Borrowed("plain")));
    }

    #[test]
    fn numbers_we_write_stay_numbers() {
        let line = row(&[
            Cell::Text("-1+2"),
            Cell::Number(-1.5, 4),
            Cell::Integer(7),
            Cell::Empty,
            Cell::Number(f64::NAN, 2),
            Cell::Text("a;=1+1"),
        ]);
        assert_eq!(line, "'-1+2,-1.5000,7,,,\"a;=1+1\"\n");
    }
}
