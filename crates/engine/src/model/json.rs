//! Reading the JSON files a user hands us (flow models, workspace exports): every field
//! that does not fit is named by its path, unknown keys are refused (each type denies
//! them), and so are numbers too large to hold exactly.
//!
//! Why the number check: serde turns an integer of 2^64 or more into a float without a
//! word, and SQLite does the same above 2^63, so `"position": 9223372036854775808` would
//! come back as another number. No quantity in our files comes near 2^63 (about 9.2e18).

use std::fmt;

use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, SeqAccess, Visitor};

/// Below this magnitude every integer converts exactly between JSON, Rust and SQLite.
const LIMIT: f64 = 9_223_372_036_854_775_808.0; // 2^63

/// One thing that does not fit, with where: `segments[2].share`, or `$` for the whole text.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonProblem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for JsonProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Parses `text` as a `T`, refusing numbers of 2^63 or more in magnitude.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, JsonProblem> {
    with_path::<NumbersInRange>(text)?;
    with_path::<T>(text)
}

fn with_path<T: DeserializeOwned>(text: &str) -> Result<T, JsonProblem> {
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        JsonProblem {
            path: if path == "." { "$".into() } else { path },
            message: error.into_inner().to_string(),
        }
    })
}

/// Any JSON value whose numbers are all below [`LIMIT`] in magnitude.
struct NumbersInRange;

impl<'de> de::Deserialize<'de> for NumbersInRange {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NumbersInRange)
    }
}

fn too_large<E: de::Error>(number: impl fmt::Display) -> E {
    E::custom(format!(
        "{number} is too large: numbers must be below 2^63 (about 9.2e18)"
    ))
}

impl<'de> Visitor<'de> for NumbersInRange {
    type Value = NumbersInRange;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self, E> {
        Ok(self)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self, E> {
        Ok(self)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self, E> {
        if i64::try_from(v).is_ok() {
            Ok(self)
        } else {
            Err(too_large(v))
        }
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self, E> {
        // Integers beyond u64 arrive here as floats already; refuse them all by magnitude.
        if v.abs() < LIMIT {
            Ok(self)
        } else {
            Err(too_large(format!("{v:e}")))
        }
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self, E> {
        Ok(self)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self, E> {
        Ok(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self, A::Error> {
        while seq.next_element::<NumbersInRange>()?.is_some() {}
        Ok(self)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self, A::Error> {
        // Keys as strings: the path then names the key of a number that is refused.
        while map.next_key::<String>()?.is_some() {
            map.next_value::<NumbersInRange>()?;
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    struct Row {
        #[allow(dead_code)] // read only to be parsed
        value: f64,
    }

    #[test]
    fn integers_of_two_to_the_63_or_more_are_refused_with_their_path() {
        for literal in [
            "9223372036854775808",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775809",
            "1e300",
        ] {
            let text = format!(r#"{{"rows": [{{"value": 1}}, {{"value": {literal}}}]}}"#);
            let problem = parse::<serde_json::Value>(&text).unwrap_err();
            assert_eq!(problem.path, "rows[1].value", "{literal}");
            assert!(problem.message.contains("too large"), "{problem}");
        }
        for fine in ["9223372036854775807", "-9223372036854775808", "1.5e18", "0"] {
            let text = format!(r#"{{"value": {fine}}}"#);
            assert!(parse::<Row>(&text).is_ok(), "{fine}");
        }
    }

    #[test]
    fn an_unknown_key_is_refused_with_its_path() {
        let problem =
            parse::<Vec<Row>>(r#"[{"value": 1}, {"value": 2, "colour": "red"}]"#).unwrap_err();
        assert_eq!(problem.path, "[1].colour");
        assert!(
            problem.message.contains("unknown field `colour`"),
            "{problem}"
        );
    }
}
