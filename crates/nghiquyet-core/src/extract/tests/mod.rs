//! The clause grammar on sentences the team wrote, one file per theme.

use super::*;

mod bounds;
mod comparisons;
mod dated;
mod facts;
mod goals_and_reports;
mod lists;
mod not_goals;
mod quantities;
mod subjects;

fn one(text: &str) -> Target {
    let t = extract_targets(&crate::normalize(text));
    assert_eq!(t.len(), 1, "{text}: {t:#?}");
    t.into_iter().next().unwrap()
}

fn all(text: &str) -> Vec<Target> {
    extract_targets(&crate::normalize(text))
}

fn bound(text: &str) -> Bound {
    one(text).bound
}

fn values(text: &str) -> Vec<f64> {
    all(text).iter().map(|t| t.value).collect()
}

/// The values read from `text` as written on `y-m-d`.
fn values_published(text: &str, (y, m, d): (i32, u32, u32)) -> Vec<f64> {
    let published = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    TargetReader::new(&crate::normalize(text))
        .published(published)
        .map(|t| t.value)
        .collect()
}

fn pairs(text: &str) -> Vec<(f64, Option<f64>, Bound, Option<f64>)> {
    all(text)
        .into_iter()
        .map(|t| (t.value, t.value_max, t.bound, t.achieved))
        .collect()
}

fn years(text: &str) -> Vec<(f64, Option<i32>)> {
    all(text)
        .into_iter()
        .map(|t| (t.value, t.deadline_year))
        .collect()
}

/// Each target's value and bound.
fn bounds(text: &str) -> Vec<(f64, Bound)> {
    all(text).into_iter().map(|t| (t.value, t.bound)).collect()
}

/// Each target's value and unit.
fn units(text: &str) -> Vec<(f64, Option<String>)> {
    all(text).into_iter().map(|t| (t.value, t.unit)).collect()
}

/// Each target's value, unit and deadline.
fn milestones(text: &str) -> Vec<(f64, Option<String>, Option<i32>)> {
    all(text)
        .into_iter()
        .map(|t| (t.value, t.unit, t.deadline_year))
        .collect()
}

fn readings(text: &str) -> Vec<(f64, Option<String>, Bound)> {
    all(text)
        .into_iter()
        .map(|t| (t.value, t.unit, t.bound))
        .collect()
}
