//! Standard crontab schedules evaluated in an IANA time zone.

use std::fmt;
use std::str::FromStr;

use chrono::{
    DateTime, Datelike, Days, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Timelike, Utc,
};
use chrono_tz::Tz;

use crate::Error;

/// A standard five-field crontab schedule ("minute hour day-of-month month
/// day-of-week") or one of `@hourly`, `@daily`, `@weekly`, `@monthly`,
/// `@yearly`.
///
/// Fields take `*`, numbers, ranges `a-b`, steps `*/n` and `a-b/n`, lists
/// `a,b` and English names (`jan`–`dec`, `sun`–`sat`). Weekdays run 0–7 with
/// both 0 and 7 meaning Sunday. As in Vixie cron, when both day-of-month and
/// day-of-week are restricted, a day matching either fires.
///
/// Daylight-saving changes: a wall time that does not exist (skipped by a
/// spring-forward change) fires at the first instant after the gap; a wall
/// time that occurs twice (fall back) fires once, at its first occurrence,
/// unless the hour field is `*`, when both occurrences fire.
///
/// ```
/// use chrono::{DateTime, Utc};
/// use nghiquyet_digest::Schedule;
///
/// let monday_7am: Schedule = "0 7 * * 1".parse()?;
/// let after: DateTime<Utc> = "2026-11-27T00:00:00Z".parse()?;
/// let next = monday_7am.next_after(after, chrono_tz::Asia::Ho_Chi_Minh).unwrap();
/// assert_eq!(next.to_rfc3339(), "2026-11-30T00:00:00+00:00");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    spec: String,
    minutes: u64,
    hours: u32,
    days: u32,
    months: u16,
    weekdays: u8,
    days_restricted: bool,
    weekdays_restricted: bool,
    every_hour: bool,
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const WEEKDAYS: [&str; 7] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

impl FromStr for Schedule {
    type Err = Error;

    fn from_str(spec: &str) -> Result<Self, Error> {
        let trimmed = spec.trim();
        let expanded = match trimmed.to_ascii_lowercase().as_str() {
            "@hourly" => "0 * * * *",
            "@daily" | "@midnight" => "0 0 * * *",
            "@weekly" => "0 0 * * 0",
            "@monthly" => "0 0 1 * *",
            "@yearly" | "@annually" => "0 0 1 1 *",
            s if s.starts_with('@') => {
                return Err(err(
                    spec,
                    "unknown name: expected @hourly, @daily, @weekly, @monthly or @yearly",
                ));
            }
            _ => trimmed,
        };
        let fields: Vec<&str> = expanded.split_whitespace().collect();
        if fields.len() != 5 {
            return Err(err(
                spec,
                &format!(
                    "expected five fields (minute hour day-of-month month day-of-week), found {}",
                    fields.len()
                ),
            ));
        }
        let field = |i: usize, name: &str, min: u32, max: u32, names: &[&str]| {
            parse_field(fields[i], min, max, names).map_err(|m| err(spec, &format!("{name}: {m}")))
        };
        let minutes = field(0, "minute", 0, 59, &[])?;
        let hours = field(1, "hour", 0, 23, &[])?;
        let days = field(2, "day of month", 1, 31, &[])?;
        let months = field(3, "month", 1, 12, &MONTHS)?;
        let mut weekdays = field(4, "day of week", 0, 7, &WEEKDAYS)?;
        if weekdays & (1 << 7) != 0 {
            weekdays = (weekdays | 1) & 0x7f;
        }
        let schedule = Schedule {
            spec: trimmed.to_string(),
            minutes,
            hours: hours as u32,
            days: days as u32,
            months: months as u16,
            weekdays: weekdays as u8,
            days_restricted: !fields[2].starts_with('*'),
            weekdays_restricted: !fields[4].starts_with('*'),
            every_hour: fields[1] == "*",
        };
        // Refuse schedules that never fire ("0 0 31 2 *").
        let probe = Utc.with_ymd_and_hms(2000, 1, 1, 0, 0, 0).single();
        if probe
            .and_then(|p| schedule.next_after(p, Tz::UTC))
            .is_none()
        {
            return Err(err(spec, "it never fires"));
        }
        Ok(schedule)
    }
}

fn err(spec: &str, message: &str) -> Error {
    Error::Schedule {
        spec: spec.to_string(),
        message: message.to_string(),
    }
}

/// Parses one field into a bit set of the values it allows.
fn parse_field(field: &str, min: u32, max: u32, names: &[&str]) -> Result<u64, String> {
    let value = |s: &str| -> Result<u32, String> {
        if let Some(i) = names.iter().position(|n| n.eq_ignore_ascii_case(s)) {
            // Month names count from 1, weekday names from 0.
            return Ok(i as u32 + if names.len() == 12 { 1 } else { 0 });
        }
        let v: u32 = s.parse().map_err(|_| {
            format!(
                "{s:?} is not a number{}",
                if names.is_empty() { "" } else { " or a name" }
            )
        })?;
        if v < min || v > max {
            return Err(format!("{v} is outside {min}-{max}"));
        }
        Ok(v)
    };
    let mut bits = 0u64;
    for item in field.split(',') {
        let (range, step) = match item.split_once('/') {
            Some((r, s)) => {
                let step: u32 = s
                    .parse()
                    .map_err(|_| format!("step {s:?} is not a number"))?;
                if step == 0 {
                    return Err("a step of 0".into());
                }
                (r, step)
            }
            None => (item, 1),
        };
        let (lo, hi) = if range == "*" {
            (min, max)
        } else if let Some((a, b)) = range.split_once('-') {
            let (a, b) = (value(a)?, value(b)?);
            if a > b {
                return Err(format!("range {range:?} runs backwards"));
            }
            (a, b)
        } else if range.is_empty() {
            return Err("an empty item".into());
        } else {
            let a = value(range)?;
            (a, if item.contains('/') { max } else { a })
        };
        let mut v = lo;
        while v <= hi {
            bits |= 1 << v;
            v += step;
        }
    }
    Ok(bits)
}

impl Schedule {
    /// The schedule as it was written.
    ///
    /// ```
    /// let s: nghiquyet_digest::Schedule = "@weekly".parse()?;
    /// assert_eq!(s.as_str(), "@weekly");
    /// # Ok::<(), nghiquyet_digest::Error>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.spec
    }

    fn day_matches(&self, date: NaiveDate) -> bool {
        if self.months & (1 << date.month()) == 0 {
            return false;
        }
        let dom = self.days & (1 << date.day()) != 0;
        let dow = self.weekdays & (1 << date.weekday().num_days_from_sunday()) != 0;
        if self.days_restricted && self.weekdays_restricted {
            dom || dow
        } else {
            dom && dow
        }
    }

    /// The first instant strictly after `after` at which the schedule fires,
    /// with wall times read in `tz`; `None` if it never fires again within
    /// eight years.
    ///
    /// ```
    /// use chrono::{DateTime, Utc};
    /// use nghiquyet_digest::Schedule;
    ///
    /// // 02:30 does not exist in Berlin on 29 March 2026: it fires at 03:00 CEST.
    /// let s: Schedule = "30 2 * * *".parse()?;
    /// let after: DateTime<Utc> = "2026-03-28T12:00:00Z".parse()?;
    /// let next = s.next_after(after, chrono_tz::Europe::Berlin).unwrap();
    /// assert_eq!(next.to_rfc3339(), "2026-03-29T01:00:00+00:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn next_after(&self, after: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
        let start = after.with_timezone(&tz).date_naive();
        // A candidate a day earlier may land after `after` across a zone change.
        let start = start.checked_sub_days(Days::new(1))?;
        for offset in 0..(366 * 8) {
            let date = start.checked_add_days(Days::new(offset))?;
            if !self.day_matches(date) {
                continue;
            }
            let mut best: Option<DateTime<Utc>> = None;
            for h in (0..24).filter(|h| self.hours & (1 << h) != 0) {
                for m in (0..60).filter(|m| self.minutes & (1u64 << m) != 0) {
                    let naive = date.and_hms_opt(h, m, 0)?;
                    for t in self.resolve(naive, tz) {
                        if t > after && best.is_none_or(|b| t < b) {
                            best = Some(t);
                        }
                    }
                }
            }
            if best.is_some() {
                return best;
            }
        }
        None
    }

    fn resolve(&self, naive: NaiveDateTime, tz: Tz) -> Vec<DateTime<Utc>> {
        match tz.from_local_datetime(&naive) {
            LocalResult::Single(t) => vec![t.to_utc()],
            LocalResult::Ambiguous(a, b) if self.every_hour => vec![a.to_utc(), b.to_utc()],
            LocalResult::Ambiguous(a, _) => vec![a.to_utc()],
            LocalResult::None => {
                // In a spring-forward gap: the first wall time after it.
                let mut t = naive;
                for _ in 0..(24 * 60) {
                    t += chrono::Duration::minutes(1);
                    if t.minute() == 0 || t.second() == 0 {
                        if let Some(x) = tz.from_local_datetime(&t).earliest() {
                            return vec![x.to_utc()];
                        }
                    }
                }
                Vec::new()
            }
        }
    }

    /// How many times the schedule fires in `(after, until]`, counting at most
    /// `limit`: the slots a downtime missed.
    ///
    /// ```
    /// use chrono::{DateTime, Utc};
    /// let s: nghiquyet_digest::Schedule = "@hourly".parse()?;
    /// let a: DateTime<Utc> = "2026-01-01T00:00:00Z".parse()?;
    /// let b: DateTime<Utc> = "2026-01-01T05:00:00Z".parse()?;
    /// assert_eq!(s.count_between(a, b, chrono_tz::UTC, 100), 5);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn count_between(
        &self,
        after: DateTime<Utc>,
        until: DateTime<Utc>,
        tz: Tz,
        limit: usize,
    ) -> usize {
        let mut n = 0;
        let mut t = after;
        while n < limit {
            match self.next_after(t, tz) {
                Some(next) if next <= until => {
                    n += 1;
                    t = next;
                }
                _ => break,
            }
        }
        n
    }
}

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.spec)
    }
}

/// Parses an IANA time-zone name ("Asia/Ho_Chi_Minh").
///
/// ```
/// assert!(nghiquyet_digest::parse_tz("Europe/Berlin").is_ok());
/// assert!(nghiquyet_digest::parse_tz("Mars/Olympus").is_err());
/// ```
pub fn parse_tz(name: &str) -> Result<Tz, Error> {
    name.trim()
        .parse::<Tz>()
        .map_err(|_| Error::TimeZone(name.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::{America, Asia, Europe};

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }
    fn next(spec: &str, after: &str, tz: Tz) -> String {
        spec.parse::<Schedule>()
            .unwrap()
            .next_after(at(after), tz)
            .unwrap()
            .to_rfc3339()
    }

    #[test]
    fn weekdays_zero_and_seven_are_sunday() {
        // 2026-11-27 is a Friday; the next Sunday is the 29th.
        for spec in ["0 8 * * 0", "0 8 * * 7", "0 8 * * sun", "0 8 * * SUN"] {
            assert_eq!(
                next(spec, "2026-11-27T00:00:00Z", Tz::UTC),
                "2026-11-29T08:00:00+00:00",
                "{spec}"
            );
        }
        assert_eq!(
            next("0 8 * * 1", "2026-11-27T00:00:00Z", Tz::UTC),
            "2026-11-30T08:00:00+00:00"
        );
        assert_eq!(
            next("0 8 * * 6", "2026-11-27T00:00:00Z", Tz::UTC),
            "2026-11-28T08:00:00+00:00"
        );
        assert_eq!(
            next("0 8 * * 5-7", "2026-11-27T09:00:00Z", Tz::UTC),
            "2026-11-28T08:00:00+00:00"
        );
        assert_eq!(
            next("0 8 * * mon-fri", "2026-11-27T09:00:00Z", Tz::UTC),
            "2026-11-30T08:00:00+00:00"
        );
    }

    #[test]
    fn fields_steps_names_and_or_rule() {
        assert_eq!(
            next("*/15 * * * *", "2026-01-01T00:07:00Z", Tz::UTC),
            "2026-01-01T00:15:00+00:00"
        );
        assert_eq!(
            next("0 0 1 jan *", "2026-01-01T00:00:00Z", Tz::UTC),
            "2027-01-01T00:00:00+00:00"
        );
        // Day 15 or any Monday: Monday 30 Nov comes before 15 Dec.
        assert_eq!(
            next("0 0 15 * 1", "2026-11-27T00:00:00Z", Tz::UTC),
            "2026-11-30T00:00:00+00:00"
        );
        assert_eq!(
            next("@monthly", "2026-11-27T00:00:00Z", Tz::UTC),
            "2026-12-01T00:00:00+00:00"
        );
        assert_eq!(
            next("@daily", "2026-11-27T00:00:00Z", Asia::Ho_Chi_Minh),
            "2026-11-27T17:00:00+00:00"
        );
        assert_eq!(
            next("0 0 29 2 *", "2026-01-01T00:00:00Z", Tz::UTC),
            "2028-02-29T00:00:00+00:00"
        );
    }

    #[test]
    fn bad_schedules_are_refused() {
        for spec in [
            "",
            "* * * *",
            "60 * * * *",
            "* 24 * * *",
            "* * 0 * *",
            "* * * 13 *",
            "* * * * 8",
            "*/0 * * * *",
            "5-1 * * * *",
            "@often",
            "0 0 31 2 *",
            "x * * * *",
        ] {
            assert!(spec.parse::<Schedule>().is_err(), "{spec}");
        }
    }

    #[test]
    fn daylight_saving_berlin() {
        let tz = Europe::Berlin;
        assert_eq!(
            next("30 2 * * *", "2026-03-27T12:00:00Z", tz),
            "2026-03-28T01:30:00+00:00"
        );
        assert_eq!(
            next("30 2 * * *", "2026-03-28T12:00:00Z", tz),
            "2026-03-29T01:00:00+00:00"
        );
        assert_eq!(
            next("30 2 * * *", "2026-03-29T12:00:00Z", tz),
            "2026-03-30T00:30:00+00:00"
        );
        // Fall back: 02:30 happens twice on 25 October, the digest once.
        assert_eq!(
            next("30 2 * * *", "2026-10-24T12:00:00Z", tz),
            "2026-10-25T00:30:00+00:00"
        );
        assert_eq!(
            next("30 2 * * *", "2026-10-25T00:30:00Z", tz),
            "2026-10-26T01:30:00+00:00"
        );
        // Hourly runs in both 02:00 hours.
        assert_eq!(
            next("@hourly", "2026-10-25T00:00:00Z", tz),
            "2026-10-25T01:00:00+00:00"
        );
        assert_eq!(
            next("@hourly", "2026-10-25T01:00:00Z", tz),
            "2026-10-25T02:00:00+00:00"
        );
    }

    #[test]
    fn daylight_saving_new_york() {
        let tz = America::New_York;
        assert_eq!(
            next("0 9 * * *", "2026-03-07T15:00:00Z", tz),
            "2026-03-08T13:00:00+00:00"
        );
        assert_eq!(
            next("0 9 * * *", "2026-03-06T15:00:00Z", tz),
            "2026-03-07T14:00:00+00:00"
        );
    }
}
