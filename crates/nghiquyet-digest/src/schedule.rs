//! Standard crontab schedules evaluated in an IANA time zone.
//!
//! The `cron` crate matches and iterates the fields. Its format is Quartz's
//! (a seconds field, weekdays 1-7 from Sunday, both day fields required to
//! match), so a five-field crontab line is translated here and users never
//! see that format. Wall times are iterated as naive local times and then
//! placed in the zone, so daylight-saving gaps and repeats follow one rule.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, TimeZone, Timelike, Utc};
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
    /// One `cron` schedule, or two whose union is the Vixie "either day" rule.
    crons: Vec<cron::Schedule>,
    every_hour: bool,
}

const WEEKDAYS: [&str; 7] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

/// How far ahead a schedule is searched before it counts as never firing.
const HORIZON_YEARS: i64 = 8;

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
        let [minute, hour, dom, month, dow] = fields[..] else {
            return Err(err(
                spec,
                &format!(
                    "expected five fields (minute hour day-of-month month day-of-week), found {}",
                    fields.len()
                ),
            ));
        };
        // Each field is checked alone, so an error names the field the user
        // wrote; numbers are range-checked here in crontab's own terms.
        let check = |name: &str, field: &str, (min, max): (u32, u32), expr: String| {
            let values = field
                .split(',')
                .flat_map(|item| item.split('/').next().unwrap_or_default().split('-'));
            if let Some(v) = values
                .filter_map(|n| n.parse::<u32>().ok())
                .find(|&v| v < min || v > max)
            {
                return Err(err(spec, &format!("{name}: {v} is outside {min}-{max}")));
            }
            cron::Schedule::from_str(&expr)
                .map(|_| ())
                .map_err(|e| err(spec, &format!("{name}: {}", cron_reason(&e))))
        };
        check("minute", minute, (0, 59), format!("0 {minute} * * * *"))?;
        check("hour", hour, (0, 23), format!("0 0 {hour} * * *"))?;
        check("day of month", dom, (1, 31), format!("0 0 0 {dom} * *"))?;
        check("month", month, (1, 12), format!("0 0 0 * {month} *"))?;
        let dow = quartz_weekdays(dow).map_err(|m| err(spec, &format!("day of week: {m}")))?;
        let build = |dom: &str, dow: &str| {
            cron::Schedule::from_str(&format!("0 {minute} {hour} {dom} {month} {dow}"))
                .map_err(|e| err(spec, &cron_reason(&e)))
        };
        let crons = if !dom.starts_with('*') && !fields[4].starts_with('*') {
            vec![build(dom, "*")?, build("*", &dow)?]
        } else {
            vec![build(dom, &dow)?]
        };
        let schedule = Schedule {
            spec: trimmed.to_string(),
            crons,
            every_hour: hour == "*",
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

/// The reason in a `cron` error, without the echo of its own seven-field
/// expression (which the user never wrote).
fn cron_reason(e: &cron::error::Error) -> String {
    let text = e.to_string();
    let reason = text
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(&text);
    reason.trim().trim_end_matches('.').to_string()
}

/// Translates a crontab day-of-week field (0–7, 0 and 7 Sunday, names) into
/// an explicit list of the `cron` crate's names, which number from Sunday = 1.
fn quartz_weekdays(field: &str) -> Result<String, String> {
    if field == "*" {
        return Ok("*".into());
    }
    let day = |s: &str| -> Result<u32, String> {
        if let Some(i) = WEEKDAYS.iter().position(|n| n.eq_ignore_ascii_case(s)) {
            return Ok(i as u32);
        }
        match s.parse::<u32>() {
            Ok(v) if v <= 7 => Ok(v),
            Ok(v) => Err(format!("{v} is outside 0-7")),
            Err(_) => Err(format!("{s:?} is not a number or a name")),
        }
    };
    let mut days = [false; 7];
    for item in field.split(',') {
        let (range, step) = match item.split_once('/') {
            Some((r, s)) => match s.parse::<u32>() {
                Ok(0) => return Err("a step of 0".into()),
                Ok(step) => (r, step),
                Err(_) => return Err(format!("step {s:?} is not a number")),
            },
            None => (item, 1),
        };
        let (lo, hi) = match range.split_once('-') {
            _ if range == "*" => (0, 7),
            Some((a, b)) => (day(a)?, day(b)?),
            None if range.is_empty() => return Err("an empty item".into()),
            None => {
                let a = day(range)?;
                (a, if item.contains('/') { 7 } else { a })
            }
        };
        if lo > hi {
            return Err(format!("range {range:?} runs backwards"));
        }
        for d in (lo..=hi).step_by(step as usize) {
            days[(d % 7) as usize] = true;
        }
    }
    let names: Vec<&str> = WEEKDAYS
        .iter()
        .zip(days)
        .filter_map(|(n, on)| on.then_some(*n))
        .collect();
    Ok(names.join(","))
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
        // Wall times are walked as naive local times (the `cron` crate in UTC
        // stands for "no zone"), from a day early: a zone change can put a
        // wall time of the previous day after `after`.
        let local = after.with_timezone(&tz).naive_local();
        let from = Utc.from_utc_datetime(&(local - Duration::days(1)));
        let horizon = local + Duration::days(366 * HORIZON_YEARS);
        self.crons
            .iter()
            .filter_map(|c| {
                let mut best: Option<(DateTime<Utc>, NaiveDateTime)> = None;
                for candidate in c.after(&from) {
                    let naive = candidate.naive_utc();
                    // A gap or a repeat moves an instant by at most a few hours.
                    if naive > horizon || best.is_some_and(|(_, n)| naive > n + Duration::hours(4))
                    {
                        break;
                    }
                    for t in self.resolve(naive, tz) {
                        if t > after && best.is_none_or(|(b, _)| t < b) {
                            best = Some((t, naive));
                        }
                    }
                }
                best.map(|(t, _)| t)
            })
            .min()
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
                    t += Duration::minutes(1);
                    if (t.minute() == 0 || t.second() == 0)
                        && let Some(x) = tz.from_local_datetime(&t).earliest()
                    {
                        return vec![x.to_utc()];
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
    fn weekday_ranges_steps_and_lists() {
        // 2026-11-27 is a Friday.
        let after = "2026-11-27T09:00:00Z";
        assert_eq!(
            next("0 8 * * 6-7", after, Tz::UTC),
            "2026-11-28T08:00:00+00:00"
        );
        assert_eq!(
            next("0 8 * * 0,3", after, Tz::UTC),
            "2026-11-29T08:00:00+00:00"
        );
        // Sunday, Tuesday, Thursday, Saturday.
        assert_eq!(
            next("0 8 * * */2", after, Tz::UTC),
            "2026-11-28T08:00:00+00:00"
        );
        assert_eq!(
            next("0 8 * * 1-7/3", after, Tz::UTC),
            "2026-11-29T08:00:00+00:00"
        );
    }

    #[test]
    fn errors_name_the_field_in_crontab_terms() {
        let message = |spec: &str| spec.parse::<Schedule>().unwrap_err().to_string();
        let m = message("60 * * * *");
        assert!(
            m.contains("minute:") && m.contains("60") && !m.contains('\n'),
            "{m}"
        );
        assert!(message("0 7 * foo *").contains("month: 'foo'"));
        assert!(message("0 7 * * 8").contains("day of week: 8 is outside 0-7"));
        assert!(message("0 0 31 2 *").contains("never fires"));
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
