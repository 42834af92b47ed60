//! Columns of the command line's text tables. A name is padded to the width it takes on a
//! terminal, where a Chinese character takes two columns: padding by characters (`{:<20}`)
//! put every column after a Chinese name out of line, and a fixed width cut no name but
//! pushed the rest of a row right when the name was longer.

use unicode_width::UnicodeWidthStr;

/// The terminal columns `s` takes.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` and then spaces up to `columns` terminal columns (none when it is wider).
pub fn pad(s: &str, columns: usize) -> String {
    let mut out = String::with_capacity(s.len() + columns);
    out.push_str(s);
    out.extend(std::iter::repeat_n(' ', columns.saturating_sub(width(s))));
    out
}

/// The width of a column: its widest cell, the header included.
pub fn column<'a>(header: &str, cells: impl IntoIterator<Item = &'a str>) -> usize {
    cells.into_iter().map(width).fold(width(header), usize::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chinese_name_takes_two_columns_a_character() {
        assert_eq!(width("年轻数字"), 8);
        assert_eq!(pad("年轻数字", 10), "年轻数字  ");
        assert_eq!(pad("Senior", 10), "Senior    ");
        assert_eq!(pad("a longer name", 4), "a longer name");
        assert_eq!(column("Segment", ["年轻数字用户", "Senior"]), 12);
    }
}
