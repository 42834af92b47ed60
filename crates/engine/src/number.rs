//! How numbers are written in text for people (CLI tables, headlines, report figures): one
//! rule, here. A value that rounds to zero is written "0.00", never "-0.00" or "−0" — a
//! signed zero reads as a change that did not happen. Negative numbers take the typographic
//! minus (U+2212), as in "−64%".

use crate::stats::Estimate;

/// The minus sign of every number we write.
pub const MINUS: char = '\u{2212}';

/// `x` to `decimals` places; a value that rounds to zero has no sign.
pub fn fixed(x: f64, decimals: usize) -> String {
    let text = format!("{x:.decimals$}");
    if x.is_finite() && rounds_to_zero(&text) {
        format!("{:.decimals$}", 0.0)
    } else {
        text.replace('-', &MINUS.to_string())
    }
}

/// `x` to `decimals` places with its sign written ("+1.5", "−1.5"); zero has none ("0.0").
pub fn signed(x: f64, decimals: usize) -> String {
    let text = fixed(x, decimals);
    if x > 0.0 && !rounds_to_zero(&text) {
        format!("+{text}")
    } else {
        text
    }
}

/// An estimate and its interval, multiplied by `scale` (a time's unit per day, 100 for a
/// percentage, 1 for a count), to `decimals` places: "12.50 [12.31–12.69]", or the value
/// alone when the run had one replication.
pub fn with_interval(e: &Estimate, scale: f64, decimals: usize) -> String {
    let v = |x: f64| fixed(x * scale, decimals);
    match (e.ci_low, e.ci_high) {
        (Some(l), Some(h)) => format!("{} [{}–{}]", v(e.value), v(l), v(h)),
        _ => v(e.value),
    }
}

/// A share (0.25) as a percentage to `decimals` places ("25.0%").
pub fn percent(share: f64, decimals: usize) -> String {
    format!("{}%", fixed(100.0 * share, decimals))
}

/// A relative change (−0.64) as a signed percentage ("−64%"); zero as "0%".
pub fn signed_percent(change: f64, decimals: usize) -> String {
    format!("{}%", signed(100.0 * change, decimals))
}

/// The written number has no digit other than 0 (so its sign would be a lie).
fn rounds_to_zero(text: &str) -> bool {
    text.chars().filter(char::is_ascii_digit).all(|c| c == '0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minus_zero_is_never_written() {
        for x in [-0.0, -0.001, -0.004_999, 0.0, 0.004] {
            assert_eq!(fixed(x, 2), "0.00", "{x}");
            assert_eq!(signed(x, 2), "0.00", "{x}");
        }
        assert_eq!(fixed(-0.4, 0), "0");
        assert_eq!(signed(-0.4, 0), "0");
        assert_eq!(signed_percent(-0.000_4, 0), "0%");
        assert_eq!(percent(-0.000_01, 1), "0.0%");
        assert_eq!(fixed(f64::NAN, 1), "NaN");
    }

    #[test]
    fn signs_are_written_with_the_typographic_minus() {
        assert_eq!(fixed(-12.734, 2), "−12.73");
        assert_eq!(signed(-12.734, 2), "−12.73");
        assert_eq!(signed(0.6, 2), "+0.60");
        assert_eq!(fixed(21.0, 1), "21.0");
        assert_eq!(signed_percent(-0.638, 0), "−64%");
        assert_eq!(signed_percent(0.25, 0), "+25%");
        assert_eq!(percent(0.029, 1), "2.9%");
    }
}
