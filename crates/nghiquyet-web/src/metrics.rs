//! What `GET /metrics` reports, in Prometheus' text format: the store's
//! subscribers and digests by status, and what the delivery passes of this
//! process saw (the last pass, SMTP errors by kind).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use nghiquyet_digest::{Fault, SendReport};
use nghiquyet_store::StatusCounts;

/// Counters shared by the delivery service (which records its passes) and
/// the web front door (which reports them).
///
/// ```
/// use nghiquyet_web::Metrics;
///
/// let m = Metrics::default();
/// m.record_pass("2026-11-27T07:00:00Z".parse()?, Ok(&Default::default()));
/// assert!(m.passes() == 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Metrics(Arc<Mutex<Inner>>);

#[derive(Debug, Default)]
struct Inner {
    last_pass: Option<DateTime<Utc>>,
    last_pass_ok: bool,
    passes: u64,
    smtp_errors: BTreeMap<&'static str, u64>,
}

/// The kinds of SMTP errors counted, always reported (zero when none).
const KINDS: [&str; 5] = ["temporary", "timeout", "ambiguous", "recipient", "operator"];

impl Metrics {
    /// Records a delivery pass that ended at `at`.
    pub fn record_pass(
        &self,
        at: DateTime<Utc>,
        report: Result<&SendReport, &nghiquyet_digest::Error>,
    ) {
        let Ok(mut m) = self.0.lock() else { return };
        m.last_pass = Some(at);
        m.passes += 1;
        match report {
            Ok(r) => {
                m.last_pass_ok = true;
                for (what, o) in &r.details {
                    let kind = match *what {
                        "failed" => "recipient",
                        _ if o.error.contains("timed out") || o.error.contains("timeout") => {
                            "timeout"
                        }
                        _ => "temporary",
                    };
                    *m.smtp_errors.entry(kind).or_default() += 1;
                }
            }
            Err(e) => {
                m.last_pass_ok = false;
                let kind = match e.fault() {
                    Fault::Transient => "temporary",
                    Fault::Ambiguous => "ambiguous",
                    Fault::Recipient => "recipient",
                    Fault::Operator => "operator",
                };
                *m.smtp_errors.entry(kind).or_default() += 1;
            }
        }
    }

    /// How many passes were recorded.
    pub fn passes(&self) -> u64 {
        self.0.lock().map(|m| m.passes).unwrap_or(0)
    }

    /// The text of `GET /metrics`.
    pub(crate) fn render(&self, counts: &StatusCounts) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# HELP nghiquyet_digests Digests in the store by status.\n# TYPE nghiquyet_digests gauge"
        );
        let by = |rows: &[(String, i64)], known: &[&str], name: &str, out: &mut String| {
            let mut all: BTreeMap<String, i64> = known.iter().map(|k| (k.to_string(), 0)).collect();
            for (k, n) in rows {
                all.insert(k.clone(), *n);
            }
            for (k, n) in all {
                let _ = writeln!(out, "{name}{{status=\"{k}\"}} {n}");
            }
        };
        by(
            &counts.digests,
            &["pending", "sent", "failed", "cancelled"],
            "nghiquyet_digests",
            &mut out,
        );
        let _ = writeln!(
            out,
            "# HELP nghiquyet_subscribers Subscribers in the store by status.\n# TYPE nghiquyet_subscribers gauge"
        );
        by(
            &counts.subscribers,
            &["active", "bouncing", "pending"],
            "nghiquyet_subscribers",
            &mut out,
        );
        let Ok(m) = self.0.lock() else { return out };
        let _ = writeln!(
            out,
            "# HELP nghiquyet_last_pass_timestamp_seconds When the last delivery pass of this process ended (0: none yet).\n\
             # TYPE nghiquyet_last_pass_timestamp_seconds gauge\n\
             nghiquyet_last_pass_timestamp_seconds {}\n\
             # HELP nghiquyet_last_pass_success Whether the last delivery pass ended without an error.\n\
             # TYPE nghiquyet_last_pass_success gauge\n\
             nghiquyet_last_pass_success {}\n\
             # HELP nghiquyet_passes_total Delivery passes of this process.\n\
             # TYPE nghiquyet_passes_total counter\n\
             nghiquyet_passes_total {}\n\
             # HELP nghiquyet_smtp_errors_total SMTP errors of the delivery passes by kind.\n\
             # TYPE nghiquyet_smtp_errors_total counter",
            m.last_pass.map_or(0, |t| t.timestamp()),
            u8::from(m.last_pass_ok),
            m.passes
        );
        for kind in KINDS {
            let n = m.smtp_errors.get(kind).copied().unwrap_or(0);
            let _ = writeln!(out, "nghiquyet_smtp_errors_total{{kind=\"{kind}\"}} {n}");
        }
        out
    }
}
