//! Rate limits of subscribe requests, per client address and per email
//! address (governor's keyed GCRA limiters, in memory).

use std::net::IpAddr;
use std::num::NonZeroU32;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

pub(crate) struct Limits {
    by_address: DefaultKeyedRateLimiter<IpAddr>,
    by_email: DefaultKeyedRateLimiter<String>,
}

fn quota(per_hour: u32) -> Quota {
    Quota::per_hour(NonZeroU32::new(per_hour.max(1)).unwrap_or(NonZeroU32::MIN))
}

impl Limits {
    pub(crate) fn new(per_address_per_hour: u32, per_email_per_hour: u32) -> Self {
        Limits {
            by_address: RateLimiter::keyed(quota(per_address_per_hour)),
            by_email: RateLimiter::keyed(quota(per_email_per_hour)),
        }
    }

    /// Whether the client may send another subscribe request.
    pub(crate) fn address_ok(&self, ip: IpAddr) -> bool {
        self.by_address.check_key(&ip).is_ok()
    }

    /// Whether another request for this (normalized) email may go out.
    pub(crate) fn email_ok(&self, email: &str) -> bool {
        self.by_email.check_key(&email.to_string()).is_ok()
    }

    /// Forgets keys whose limit has recovered (memory stays bounded).
    pub(crate) fn tidy(&self) {
        self.by_address.retain_recent();
        self.by_email.retain_recent();
    }
}
