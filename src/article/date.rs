//! A small validated calendar date, and the date forms news articles use.

use crate::error::{Error, ErrorKind};
use core::fmt;
use core::str::FromStr;

/// A validated proleptic Gregorian calendar date (years 1 to 9999).
///
/// Displays and serializes as ISO 8601 `YYYY-MM-DD`. Dates that do not exist
/// are rejected, never silently adjusted.
///
/// # Example
///
/// ```
/// use dateline::Date;
///
/// let date = Date::new(2023, 11, 20)?;
/// assert_eq!(date.to_string(), "2023-11-20");
/// assert_eq!("2024-02-29".parse::<Date>()?.day(), 29);
/// assert!(Date::new(2023, 2, 29).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Creates a date.
    ///
    /// # Errors
    ///
    /// Returns [`ErrorKind::InvalidDate`] when the year is outside 1..=9999,
    /// the month outside 1..=12, or the day does not exist in that month.
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date, Error> {
        let invalid = || Error::new(ErrorKind::InvalidDate { year, month, day });
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return Err(invalid());
        }
        if day > days_in_month(year, month) {
            return Err(invalid());
        }
        Ok(Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The year (1 to 9999).
    pub fn year(&self) -> i32 {
        i32::from(self.year)
    }

    /// The month (1 to 12).
    pub fn month(&self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month (1 to 31).
    pub fn day(&self) -> u32 {
        u32::from(self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parses a whole string in one of the forms news uses:
    /// `2023-11-20`, `20 November 2023`, `November 20, 2023`, `Nov. 20, 2023`.
    ///
    /// A date that does not exist gives [`ErrorKind::InvalidDate`]; any
    /// other string gives [`ErrorKind::UnrecognizedDate`].
    fn from_str(s: &str) -> Result<Date, Error> {
        let t = s.trim();
        match parse_date_prefix(t) {
            Some(Ok((date, len))) if len == t.len() => Ok(date),
            Some(Err(e)) => Err(e),
            _ => Err(Error::new(ErrorKind::UnrecognizedDate {
                text: s.chars().take(64).collect(),
            })),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Recognises a month name or its usual abbreviation (`Nov`, `Nov.`,
/// `Sept.`), case-insensitively. Returns the month and the bytes consumed.
pub(crate) fn parse_month(s: &str) -> Option<(u32, usize)> {
    let word_len = s
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(s.len());
    if word_len < 3 {
        return None;
    }
    let word = s[..word_len].to_ascii_lowercase();
    for (i, name) in MONTHS.iter().enumerate() {
        let month = i as u32 + 1;
        if word == *name {
            return Some((month, word_len));
        }
        let is_abbrev = (word.len() == 3 || (word == "sept" && month == 9))
            && name.starts_with(word.as_str())
            && word != "may";
        if is_abbrev {
            let dot = usize::from(s[word_len..].starts_with('.'));
            return Some((month, word_len + dot));
        }
    }
    None
}

fn digits(s: &str, min: usize, max: usize) -> Option<(u32, usize)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n < min || n > max {
        return None;
    }
    // Digits only and at most 4 of them: this cannot overflow.
    Some((s[..n].parse().ok()?, n))
}

fn day_suffix(s: &str) -> usize {
    for suf in ["st", "nd", "rd", "th"] {
        if s.len() >= 2 && s.as_bytes()[..2].eq_ignore_ascii_case(suf.as_bytes()) {
            let after = s.as_bytes().get(2);
            if after.map_or(true, |b| !b.is_ascii_alphanumeric()) {
                return 2;
            }
        }
    }
    0
}

fn spaces(s: &str) -> usize {
    s.bytes().take_while(|&b| b == b' ' || b == b'\t').count()
}

/// Parses a date at the start of `s` in one of the forms news uses:
///
/// - ISO `2023-11-20` (also `2023/11/20`);
/// - `20 November 2023`, `20 Nov 2023`, `20th November, 2023`;
/// - `November 20, 2023`, `Nov. 20, 2023`, `Nov 20 2023`.
///
/// Returns `None` when `s` does not start with a date-shaped text,
/// `Some(Err(..))` when it does but the date does not exist (`2023-02-30`),
/// and `Some(Ok((date, len)))` with the number of bytes consumed otherwise.
/// A date must not run on into a letter or digit (`2023-11-201` is not a
/// date).
pub(crate) fn parse_date_prefix(s: &str) -> Option<Result<(Date, usize), Error>> {
    let end_ok = |rest: &str| rest.chars().next().map_or(true, |c| !c.is_alphanumeric());
    // ISO: YYYY-MM-DD or YYYY/MM/DD
    if let Some((year, 4)) = digits(s, 4, 4) {
        let sep = s.as_bytes().get(4).copied();
        if sep == Some(b'-') || sep == Some(b'/') {
            let (month, ml) = digits(&s[5..], 1, 2)?;
            if s.as_bytes().get(5 + ml).copied() != sep {
                return None;
            }
            let at = 6 + ml;
            let (day, dl) = digits(&s[at..], 1, 2)?;
            let len = at + dl;
            if !end_ok(&s[len..]) {
                return None;
            }
            return Some(Date::new(year as i32, month, day).map(|d| (d, len)));
        }
        return None;
    }
    // Day first: 20 November 2023
    if let Some((day, dl)) = digits(s, 1, 2) {
        let mut at = dl;
        at += day_suffix(&s[at..]);
        let sp = spaces(&s[at..]);
        if sp == 0 {
            return None;
        }
        at += sp;
        let (month, ml) = parse_month(&s[at..])?;
        at += ml;
        if s[at..].starts_with(',') {
            at += 1;
        }
        let sp = spaces(&s[at..]);
        if sp == 0 {
            return None;
        }
        at += sp;
        let (year, yl) = digits(&s[at..], 4, 4)?;
        at += yl;
        if !end_ok(&s[at..]) {
            return None;
        }
        return Some(Date::new(year as i32, month, day).map(|d| (d, at)));
    }
    // Month first: November 20, 2023
    let (month, ml) = parse_month(s)?;
    let mut at = ml;
    let sp = spaces(&s[at..]);
    if sp == 0 {
        return None;
    }
    at += sp;
    let (day, dl) = digits(&s[at..], 1, 2)?;
    at += dl;
    at += day_suffix(&s[at..]);
    if s[at..].starts_with(',') {
        at += 1;
    }
    let sp = spaces(&s[at..]);
    if sp == 0 {
        return None;
    }
    at += sp;
    let (year, yl) = digits(&s[at..], 4, 4)?;
    at += yl;
    if !end_ok(&s[at..]) {
        return None;
    }
    Some(Date::new(year as i32, month, day).map(|d| (d, at)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Option<String> {
        match parse_date_prefix(s)? {
            Ok((d, _)) => Some(d.to_string()),
            Err(_) => Some("invalid".into()),
        }
    }

    #[test]
    fn forms() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2023-11-20", Some("2023-11-20")),
            ("2023/11/20", Some("2023-11-20")),
            ("2023-1-5", Some("2023-01-05")),
            ("20 November 2023", Some("2023-11-20")),
            ("20 Nov 2023", Some("2023-11-20")),
            ("20th November, 2023", Some("2023-11-20")),
            ("November 20, 2023", Some("2023-11-20")),
            ("Nov. 20, 2023", Some("2023-11-20")),
            ("Nov 20 2023", Some("2023-11-20")),
            ("Sept. 3, 2004", Some("2004-09-03")),
            ("SEPTEMBER 3, 2004", Some("2004-09-03")),
            ("May 1, 2016", Some("2016-05-01")),
            ("February 29, 2024", Some("2024-02-29")),
            ("February 29, 2023", Some("invalid")),
            ("2023-02-30", Some("invalid")),
            ("2023-13-01", Some("invalid")),
            ("0000-01-01", Some("invalid")),
            ("2023-11-201", None),
            ("2023-11", None),
            ("November 2023", None),
            ("Mayor Smith", None),
            ("Nov.20, 2023", None),
            ("12345", None),
            ("", None),
            ("Marching 20, 2023", None),
        ];
        for (input, want) in cases {
            assert_eq!(parse(input).as_deref(), *want, "input {input:?}");
        }
    }

    #[test]
    fn from_str_needs_the_whole_string() {
        assert!("2023-11-20 extra".parse::<Date>().is_err());
        assert_eq!(
            " 2023-11-20 ".parse::<Date>().unwrap().to_string(),
            "2023-11-20"
        );
    }
}
