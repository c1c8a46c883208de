//! The subscribe and preferences forms: their fields, read and checked into
//! a subscriber's settings.

use nghiquyet_digest::{Filter, Lang, NewSubscriber, Schedule, Subscriber, parse_tz};
use serde::{Deserialize, Serialize};

/// The fields of the forms (a public contract: `email, name, schedule, tz,
/// lang, issuer, keywords`), and the CSRF token.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub(crate) struct Fields {
    pub email: String,
    pub name: String,
    pub schedule: String,
    pub tz: String,
    pub lang: String,
    pub issuer: String,
    pub keywords: String,
    #[serde(skip_serializing)]
    pub csrf: Option<String>,
}

/// The schedules the form names, at 07:00 in the subscriber's zone.
const NAMED: [(&str, &str); 3] = [
    ("daily", "0 7 * * *"),
    ("weekly", "0 7 * * 1"),
    ("monthly", "0 7 1 * *"),
];

const DEFAULT_TZ: &str = "Asia/Ho_Chi_Minh";

/// The crontab line of a schedule as forms and imports name it: `daily`,
/// `weekly` and `monthly` at 07:00 (Mondays, the 1st), anything else as
/// written.
///
/// ```
/// assert_eq!(nghiquyet_web::schedule_spec(" Weekly "), "0 7 * * 1");
/// assert_eq!(nghiquyet_web::schedule_spec("30 6 * * *"), "30 6 * * *");
/// ```
pub fn schedule_spec(s: &str) -> String {
    let t = s.trim();
    NAMED
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(t))
        .map_or_else(|| t.to_string(), |(_, spec)| spec.to_string())
}
const MAX_KEYWORDS: usize = 20;

impl Fields {
    /// An empty subscribe form with the defaults.
    pub(crate) fn blank(lang: &str) -> Self {
        Fields {
            schedule: "weekly".into(),
            tz: DEFAULT_TZ.into(),
            lang: lang.into(),
            ..Fields::default()
        }
    }

    /// The form of a stored subscriber.
    pub(crate) fn of(sub: &Subscriber) -> Self {
        let spec = sub.schedule.to_string();
        Fields {
            email: sub.email.clone(),
            name: sub.name.clone().unwrap_or_default(),
            schedule: NAMED
                .iter()
                .find(|(_, s)| *s == spec)
                .map_or(spec.clone(), |(n, _)| n.to_string()),
            tz: sub.tz.clone(),
            lang: sub.lang.code().into(),
            issuer: sub.filter.issuer.clone().unwrap_or_default(),
            keywords: sub.filter.keywords.join(", "),
            csrf: None,
        }
    }

    /// The settings the form asks for, or what is wrong with it (for the
    /// page, in its own words).
    pub(crate) fn subscriber(&self, email: &str) -> Result<NewSubscriber, String> {
        let schedule: Schedule = schedule_spec(&self.schedule)
            .parse()
            .map_err(|e| format!("{e}"))?;
        let tz = if self.tz.trim().is_empty() {
            DEFAULT_TZ
        } else {
            self.tz.trim()
        };
        parse_tz(tz).map_err(|e| e.to_string())?;
        let lang: Lang = if self.lang.trim().is_empty() {
            Lang::Vi
        } else {
            self.lang
                .parse()
                .map_err(|e: nghiquyet_digest::Error| e.to_string())?
        };
        let keywords: Vec<String> = self
            .keywords
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .map(str::to_string)
            .collect();
        if keywords.len() > MAX_KEYWORDS {
            return Err(format!("at most {MAX_KEYWORDS} keywords"));
        }
        let issuer = self.issuer.trim();
        let name = self.name.trim();
        let new = NewSubscriber {
            email: email.to_string(),
            name: (!name.is_empty()).then(|| name.to_string()),
            schedule,
            tz: tz.to_string(),
            lang,
            filter: Filter {
                issuer: (!issuer.is_empty()).then(|| issuer.to_string()),
                keywords,
                min_targets: 0,
            },
            since: None,
        };
        new.settings().map_err(|e| e.to_string())?;
        Ok(new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_schedules_and_keywords() {
        let f = Fields {
            schedule: "Weekly".into(),
            tz: "Europe/Berlin".into(),
            lang: "en".into(),
            keywords: "ngân sách, , hộ nghèo".into(),
            ..Fields::default()
        };
        let s = f.subscriber("an@example.vn").unwrap();
        assert_eq!(s.schedule.to_string(), "0 7 * * 1");
        assert_eq!(s.filter.keywords, ["ngân sách", "hộ nghèo"]);
        assert!(
            Fields {
                schedule: "sometimes".into(),
                ..f.clone()
            }
            .subscriber("an@example.vn")
            .is_err()
        );
        assert!(
            Fields {
                tz: "Mars/Base".into(),
                ..f.clone()
            }
            .subscriber("an@example.vn")
            .is_err()
        );
        assert!(
            Fields {
                name: "A\r\nBcc: x".into(),
                ..f
            }
            .subscriber("an@example.vn")
            .is_err()
        );
    }
}
